"""An item of a breakdown by place named by its place alone measures what the whole it breaks down measures:
`各级政府共资助幼儿865.65万人。其中,西部地区620.40万人` → 各级政府资助幼儿 in 西部地区, and its share right after it
(`…投入资金113.61亿元。…从区域来看,西部地区78.91亿元,占69.46%`) is that measure's share (各级政府投入资金占比).

The whole is the last level of the item's unit before it that is no part of a breakdown itself (not after `其中`,
`从区域来看,`: `…投入资金113.61亿元。其中,中央财政资金…;地方财政资金…。` still gives 投入资金), in the item's sentence
or in one that only sentences opening breakdowns follow (also across a paragraph that opens with one), and the only
one of its unit in its sentence (`包括寄宿制学生…,非寄宿制学生…` tells no whole); it is named without its total's
adverb (`共`; lexicon breakdowns.toml `place_item_whole_cut`). A name too long to keep yields to the measure an
earlier item of the breakdown named after its place (`西部地区国家助学金资助资金…;中部地区…` → 国家助学金资助资金).
With no whole the figure is dropped: a bare place says nothing of what is measured. Mixed into the Resolver."""

from __future__ import annotations

from dataclasses import replace

import regex

from .lexicon import lexicon
from .mention import Mention
from .place_words import breakdown_place
from .places import place_mentions
from .sentences import Sentence
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_OF_WHICH = _LEX.words("of_which")[0]
_BREAKDOWN = _LEX.compile("breakdown_opening")
_WHOLE_CUT = _LEX.compile("place_item_whole_cut")
_AREA = _LEX.compile("area_item")
_HEADED_WHOLE = _LEX.compile(r"(?P<measure>{sourced_whole_measure})\([^()]+\)")  # headed_measures' bracket
_SHARE_NAME = _LEX.words("share_name")[0]  # 占比
_SHARE_BRACKET = "("  # `西部地区(占享受国家助学金总人数)`: a share naming its whole
_PERCENT = "%"
_LEVEL = "level"
_PLACE_KINDS = ("place", "group")
_MAX_PLACE = 8  # characters: a longer subject is no place name alone
_HAN = regex.compile(r"\p{Han}")
_MIN_MEASURE = 2  # characters of a measure an item names after its place
_SENTENCE = regex.compile(r"[^。！？!?\s][^。！？!?]*")  # the sentences between a whole and its breakdown


def only_place(subject: str) -> str | None:
    """`西部地区` → 西部地区, `长江三角洲` → 长三角, `乐清市`: the place a subject names if that is all it names."""
    if not subject or len(subject) > _MAX_PLACE:
        return None
    found = place_mentions(subject)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(subject) and found[0].kind in _PLACE_KINDS \
            and found[0].place is not None:
        return found[0].place.name
    return breakdown_place(subject)


def whole_measure(whole: str) -> str:
    """`各级政府共投入资金` → 各级政府投入资金: what the whole measures, without its total's adverb or scope word, and
    without the heading's programme headed_measures put in brackets (its items take it there again)."""
    if (headed := _HEADED_WHOLE.fullmatch(whole)) is not None:
        whole = headed["measure"]
    cut = _WHOLE_CUT.match(whole)
    return cut["actor"] + whole[cut.end():] if cut else whole


def _share_parts(subject: str) -> tuple[str, str] | None:
    """`西部地区占比` → (西部地区, 占比); `西部地区(占…总人数)` → (西部地区, (占…总人数)); else None."""
    if subject.endswith(_SHARE_NAME):
        return subject[:-len(_SHARE_NAME)], _SHARE_NAME
    at = subject.find(_SHARE_BRACKET)
    return (subject[:at], subject[at:]) if at > 0 else None


class PlaceItems:
    """The Resolver's wholes of the paragraph being read, as what its items by place measure."""

    # paragraph → its wholes; no list by default (the class's list would be every document's: see BreakdownParts)
    _place_wholes: tuple[int, list[tuple[int, int, int, str | None, str]] | tuple] = (-2, ())
    _place_measure: tuple[int, str, str] = (-1, "", "")  # sentence start, the place, the measure its amount took
    _item_measure: tuple[int, str | None, str] = (-1, None, "")  # sentence start, unit, the measure an item named

    def _breaks_down(self, paragraph: int) -> bool:  # scopes.py's: the paragraph opens with a breakdown
        raise NotImplementedError

    def _breakdown_opening(self, start: int, end: int, pos: int) -> int | None:  # breakdown_measures.py's
        raise NotImplementedError

    def _opens_breakdown(self, start: int) -> bool:
        """The sentence at start opens with `其中` or `从区域来看,`: all it tells are parts."""
        start += self.text[start:start + 1].isspace()
        return self.text.startswith(_OF_WHICH, start) or _BREAKDOWN.match(self.text, start) is not None

    def _in_breakdown(self, s: Sentence, pos: int) -> bool:
        """The figure at pos is a part: its sentence opens a breakdown, or one opens before it in the sentence."""
        return self._opens_breakdown(s.start) or self._breakdown_opening(s.start, s.end, pos) is not None

    def _wholes_of(self, paragraph: int) -> list[tuple[int, int, int, str | None, str]]:
        if self._place_wholes[0] != paragraph:
            kept = self._place_wholes[0] == paragraph - 1 and self._breaks_down(paragraph)
            self._place_wholes = (paragraph, self._place_wholes[1] if kept else [])
        return self._place_wholes[1]

    def _note_place_whole(self, s: Sentence, m: Mention, unit: str | None) -> None:
        """A figure the Resolver kept: a whole a later breakdown by place may break down, unless it is a part."""
        wholes = self._wholes_of(s.paragraph)
        if m.kind == _LEVEL and unit != _PERCENT and m.subject and not self._in_breakdown(s, m.start):
            wholes.append((s.start, s.end, m.end, unit, "" if self._acting_count(m) else m.subject))

    def _acting_count(self, m: Mention) -> bool:
        """`3.23万中等职业学校学生获得社会资助`: a count named by the noun after it, which a verb goes on to say more
        of: its name (中等职业学校学生) is not what its parts by place count."""
        after = m.end + len(m.subject)
        return self.text.startswith(m.subject, m.end) and _HAN.match(self.text, after) is not None

    def _only_parts_between(self, end: int, start: int) -> bool:
        """Every sentence of text[end:start] opens a breakdown (`其中,中央财政资金…;地方财政资金…。`): the figure
        before them is still the whole the next breakdown breaks down."""
        return all(self._opens_breakdown(piece.start()) for piece in _SENTENCE.finditer(self.text, end, start))

    def _whole(self, m: Mention, s: Sentence) -> str | None:
        """The whole of the item's unit it breaks down: the only one of its sentence, in the item's sentence or in
        one that only breakdowns follow; None when there is none or it is not told apart."""
        wholes = [w for w in self._wholes_of(s.paragraph) if w[2] <= m.start and w[3] == m.unit]
        if not wholes:
            return None
        start, end = wholes[-1][:2]
        if sum(w[0] == start for w in wholes) != 1 or start != s.start and not self._only_parts_between(end, s.start):
            return None  # `包括寄宿制学生…,非寄宿制学生…。其中,西部地区…`: which one is broken down is not told
        return wholes[-1][4] or None  # "": a whole whose name is not what it counts

    def _place_item(self, m: Mention, s: Sentence) -> Mention | None:
        """The item with its whole's measure and its place as region; None (dropped) for a bare place item with no
        whole of its unit; the mention as it is when it is no such item."""
        if m.kind != _LEVEL or not m.subject or m.place or not self._in_breakdown(s, m.start):
            return m
        if m.unit == _PERCENT:
            return self._place_share(m, s)
        place = only_place(m.subject)
        if place is None and _AREA.fullmatch(m.subject):
            return self._area_item(m, s)
        if place is None:
            self._note_item_measure(m, s)
            return m
        whole = self._whole(m, s)
        measure = whole_measure(whole) if whole else None
        last = self._item_measure
        named = last[2] if last[0] == s.start and last[1] == m.unit else None  # an earlier item's own measure
        if measure is None or named and subject_is_narrative(measure + _SHARE_NAME):  # too long a name to keep
            measure = named
        if measure is None or subject_is_narrative(measure):
            return None
        self._place_measure = (s.start, place, measure)
        return replace(m, subject=measure, place=place)

    def _area_item(self, m: Mention, s: Sentence) -> Mention:
        """`…退耕还湿共42万亩，其中包括三江平原29万亩` → 三江平原退耕还湿: a natural area's item (lexicon `area_item`)
        measures its whole's measure there; its region stays the whole's (the area is no division)."""
        whole = self._whole(m, s)
        measure = whole_measure(whole) if whole else None
        if not measure or measure.startswith(m.subject) or subject_is_narrative(named := m.subject + measure):
            return m
        return replace(m, subject=named)

    def _note_item_measure(self, m: Mention, s: Sentence) -> None:
        """`从区域来看,西部地区国家助学金资助资金30.35亿元`: the measure an item names after its place, which the
        bare items after it share when their whole's name is too long to keep."""
        found = place_mentions(m.subject)
        if found and found[0].start == 0 and found[0].kind in _PLACE_KINDS and found[0].place is not None \
                and len(rest := m.subject[found[0].end:]) >= _MIN_MEASURE:
            self._item_measure = (s.start, m.unit, rest)

    def _place_share(self, m: Mention, s: Sentence) -> Mention | None:
        """`西部地区78.91亿元,占69.46%` → 投入资金占比: the share of the measure its place's amount took."""
        parts = _share_parts(m.subject)
        place = only_place(parts[0]) if parts else None
        if parts is None or place is None:
            return m
        start, last_place, measure = self._place_measure
        if start != s.start or last_place != place:
            return None
        return replace(m, subject=measure + parts[1], place=place)
