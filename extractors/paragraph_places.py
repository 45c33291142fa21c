"""The place a figure's sentence or paragraph opens with, when its own clause names none (`眉山高新区统筹推进…。
截至目前,…新开工项目16个`), and the whole a `其中` sentence's parts belong to — the ParagraphPlaces mixin of
ScopePlaces (scope_places.py), which asks it once per clause."""

from __future__ import annotations

from .deputy_homes import official_post
from .lexicon import lexicon
from .listed_places import in_list
from .place_chains import chain_item, division_chain, one_place
from .place_overrides import DIVISIONS
from .place_topics import among_set
from .places import place_mentions
from .refined_places import refines_story
from .regions import enclosed, is_topic
from .sentences import Sentence
from .site_places import site_set_up
from .story_places import person_home

_LEX = lexicon()
_OF_WHICH = _LEX.words("of_which")[0]
_LIST_NEXT = frozenset(_LEX.words("list_joiner"))
_COUNTED_TOPIC = _LEX.compile("counted_topic")
SENTENCE_MARKS = ("。", "!", "?", "！", "？", "\n")
_SENTENCE_ENDS = SENTENCE_MARKS[:-1]  # a kept line break ends a sentence too (`……\n这些年,`)
_PARAGRAPH_REACH = 400  # characters of the paragraph before a sentence that may hold its place


class ParagraphPlaces:
    """Reads self.text, self.seg and self.list_items (the ScopeReader's); keeps self._last_paragraph_place."""

    def _whole_sentence_start(self, s: Sentence, lo: int) -> int:
        """Where the sentence right before s starts when s opens with `其中` (`“三区三州”地区…财政投入共计…。其中,中央
        财政资金…`): its parts are the whole's, in the whole's place; -1 otherwise."""
        if not self._of_which(s):
            return -1
        end = len(self.text[:s.start].rstrip()) - 1  # the previous sentence's own end mark
        return max(lo, max(self.text.rfind(c, lo, end) for c in SENTENCE_MARKS) + 1)

    def _of_which(self, s: Sentence) -> bool:
        """`其中,古田会议会址、…等景区接待游客增速分别为…`: parts named by themselves, not the whole a scope word
        opened the paragraph with."""
        return self.text[s.start:s.end].lstrip().startswith(_OF_WHICH)

    def _not_an_item(self, mentions: list, k: int, in_sentence: int) -> bool:
        """`乐清市16例` is an item of a list by place, and so is the chain that ends in one (`信阳市浉河区1例`: 信阳市
        is no topic of the items after it); `呼和浩特市16家大型商场累计销售额…`, the one place of its sentence
        before a count of what the sentence is about, is its topic."""
        last = chain_item(mentions, k, self.text)
        if last is None:
            return True
        chained = last - k  # the places of the chain count as one
        return in_sentence - chained == 1 and _COUNTED_TOPIC.match(self.text, mentions[last].end) is not None

    def _paragraph_place(self, s: Sentence, pos: int, anaphor: bool = False):
        """_opened_place, asked once for the figures of one clause (each of them asks in turn, with the same pos)."""
        key = (s.start, s.paragraph, pos, anaphor)
        if self._last_paragraph_place[0] != key:
            self._last_paragraph_place = (key, self._opened_place(s, pos, anaphor))
        return self._last_paragraph_place[1]

    def _opened_place(self, s: Sentence, pos: int, anaphor: bool):
        """The place the sentence or its paragraph is about, when the figure's own clause names none:
        `截至5月1日24时,31个省区市…现有确诊病例557例;累计治愈出院病例77685例` (the sentence's topic, across its
        `;`), the place the paragraph's opening sentence is about (`眉山高新区统筹推进…。截至目前,…新开工项目16个`,
        `在浙江安吉,…。全县…`), or the whole country an earlier sentence is about (`截至…,31个省区市…。新增…`).
        A place named in a later sentence is that sentence's: news sentences in a row are often about different
        places (`餐饮消费更显年味。…北京重点监测餐饮企业…。某外卖平台…`), unless the figure's clause refers back
        (`anaphor`: `这些年,靖安县…。2018年,该县生产总值…`)."""
        item = self.list_items.of(s.paragraph)  # `…五大特点:` / `二是…`: an item's paragraph goes on with its list's
        para_start = self.seg.paragraphs[s.paragraph if item is None else item.introduction][0]
        lo = max(para_start, s.start - _PARAGRAPH_REACH, pos - 2 * _PARAGRAPH_REACH)  # a run-on sentence: bounded
        # `中国…`: its sentence's; `(其中,绥化市望奎县26例…);新增…`: a place in a bracket closed before is no topic
        raw = place_mentions(self.text, lo, pos)  # a deputy's home (`…县某某乡副乡长某某代表在…`) opens no scope,
        mentions = [m for k, m in enumerate(raw) if (m.kind != "scope" or not anaphor) and m.subject  # but `该县`'s
                    and not m.comparison and (m.kind != "china" or m.start >= s.start)
                    and not enclosed(self.text, m.start, pos) and not site_set_up(self.text, m)
                    and (anaphor or m.kind != "place" or not person_home(self.text, raw, k, pos))
                    and not official_post(self.text, m) and not among_set(self.text, m)]
        sentence_starts = [max(lo, max(self.text.rfind(c, lo, m.start) for c in SENTENCE_MARKS) + 1)
                           for m in mentions]
        topics: dict[int, list] = {}   # sentence start → its topic places, in order
        scoped: dict[int, list] = {}   # sentence start → the scope words (`全省`) that open it
        for k, m in enumerate(mentions):
            sentence_start = sentence_starts[k]
            if is_topic(self.text, m, sentence_start) and not in_list(self.text, mentions, k) \
                    and self._not_an_item(mentions, k, sentence_starts.count(sentence_start)) \
                    and self.text[m.start - 1] not in _LIST_NEXT:
                (scoped if m.kind == "scope" else topics).setdefault(sentence_start, []).append(m)
        for start, words in scoped.items():  # `全省新增…4例,其中…,永胜在…发现2例。`: the scope the sentence opened
            if start in topics and self.text.find(_OF_WHICH, words[0].end, topics[start][0].start) != -1:
                del topics[start]  # with is its topic; a place after its `其中` is a part of that whole
        first = min([*topics, *scoped], default=para_start)  # after a byline or a sub-heading line, still the opening
        opening_start = first if not any(c in self.text[para_start:first] for c in _SENTENCE_ENDS) else para_start
        for start, words in scoped.items():  # `全省接待游客…;实现旅游收入…`: its sentence's and its paragraph's topic
            if start not in topics and (start >= s.start or start == opening_start and not self._of_which(s)):
                topics[start] = words
        whole_start = self._whole_sentence_start(s, lo)
        for start in sorted(topics, reverse=True):
            places = division_chain(topics[start])
            single = one_place(places, self.text)  # `甘肃省甘南藏族自治州夏河县`: a chain is one place, its last
            if start >= s.start or (single and (anaphor or start in (opening_start, whole_start)
                                                or places[0].kind == "national")):
                return places[-1]
            opening = topics.get(opening_start)  # `2017年，上海…。虹桥机场…。…`: the same division again keeps it
            if opening and one_place(opening) and opening[-1].place == places[-1].place \
                    and opening[-1].kind == "place" and opening[-1].place.level in DIVISIONS:
                return opening[-1]
            if lo == para_start and start == min(topics) and single \
                    and refines_story(self.text, para_start, start, places[-1].place, self._scopes()):
                return places[-1]  # `…洞庭湖畔…。岳阳市城陵矶新港…。…到港6000台` in a 湖南 story: 岳阳市's
            return None  # a place named mid-paragraph (`…。北京重点监测企业…。某平台…`) is its sentence's
        return None
