"""Subjects: what a number measures, read from the clause around it and cleaned into a name.

`clean_subject` drops quotes, brackets, time words, comparisons (`比上年`), places, connectives and verbs
(word lists in lexicon/subjects.toml); `noun_after` reads the noun a count qualifies (`48个民生项目`); `distributive` and
`places_over` spread `分别` lists over numbers (`蛋鸡、黑猪饲养量分别增长…`, `长春、吉林两市…分别为…`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from .case_parts import conversion_after
from .lexicon import lexicon
from .quantities import UNIT_KINDS, Quantity
from .received_nouns import received_named, recipients_before_gift, with_modifier
from .subject_places import strip_place_prefix

_LEX = lexicon()
MEASURE_TAIL = regex.compile(r"[(][^()]*[)]$")  # `居民人均可支配收入(名义)`: a measure of a measure
COUNT_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "count")
_NAMED_IN_BRACKETS = _LEX.compile("measure_named_in_brackets")
_CALIBER = _LEX.compile("measure_caliber")
_PAREN = _LEX.compile("bracketed_aside")  # an aside, however long its list (`(含省长信箱、…等渠道)`)
_NOUN_AFTER = _LEX.compile(
    r"[“”\"]?(?!(?!{noun_after_word_start})[{noun_after_never_starts:chars}]|{one_char_reach}|{move_reach}|{noun_after_opening_act})(?P<noun>[\p{Han}A-Za-z0-9“”\"]{1,14}?)"
    r"(?={noun_after_end}|[,，;；。！？!?、()（）\s]|[:：](?!\s?\d)|$)")  # `0例乙类:3042例`: 乙类 labels the next count
_NEXT_FIGURE = _LEX.compile("next_figure_noun")
_LONG_CASE_NOUN = _LEX.compile("(?P<noun>{long_case_noun})(?=[,，;；。、()（）\\s]|$)")
_CASE_NOUN_REACH = 26  # characters after a count a case noun naming its disease in full may take
_ATTRIBUTIVE = _LEX.words("attributive")[0]
_POSSESSORS = frozenset(_LEX.words("possessor_noun"))
_RESPECTIVELY = _LEX.words("respectively")[0]
LIST_SPLIT = _LEX.compile("(?:{list_joiner_word}|(?!{joiner_opens_word}){list_joiner})")
ENUMERATION_COMMA = _LEX.words("list_joiner")[0]  # `、`: between a list's items, where 和/及 may join inside one
_URBAN_RURAL = _LEX.words("urban_rural")[0]
_EDGE, _EDGE_END = "".join(_LEX.words("subject_edge")), _LEX.compile("subject_edge_end")
_LEFT_EDGE = _EDGE.replace(_LEX.words("list_joiner")[2], "")  # `及时处办率`: 及 opens a word there (and a list item is cut before)
_ETC = _LEX.words("etcetera")[0]
_DROP = _LEX.compile("subject_drop")
_DURATION = _LEX.compile("duration_adverbial")  # `只用2个月时间就实现了`: how long it took, no part of the name
_CAPTION_UNIT = _LEX.compile("caption_unit_note")
_CATCHWORD = _LEX.compile("headline_catchword")  # `“热得发烫” 国庆黄金周…`: a headline's hook
_FOOTNOTE = _LEX.compile("footnote_reference")
_TRADE_PARTNERS = _LEX.compile("trade_partner_phrase")
_CURRENCY_NAME = _LEX.compile("currency_name_after")
_LEAD_IN = _LEX.words("subject_lead_in")[0]
_INLINE_HEADING = _LEX.compile("inline_heading")
_RUN_IN_LABEL = _LEX.compile("run_in_label")
_LINE_OPENING = _LEX.compile("(?r){line_opening_sentence}")  # the last such line in the window
SHARE_VERB_END = _LEX.compile("share_verb_end")
_SHARE_NAME, _SHARE_VERB, _SHARE_WORD = _LEX.words("share_name")
_NAMED_SHARE_MAX = 16  # characters: a share named with a longer whole would read as a piece of a sentence: 占比 alone
NATIONAL_PHRASE = _LEX.compile("national_phrase")
_PROGRESSIVE = _LEX.compile("noun_after_progressive")
_NOUN_THEN_STATE = _LEX.compile("noun_then_state")
_REST_LEAD = _LEX.compile("rest_lead_alone")
_COPULA = _LEX.compile("noun_after_copula")
_FEATURE_LIST = _LEX.compile("noun_after_feature_list")
_MILESTONE = _LEX.compile("milestone_after")
_CLOSED = _LEX.compile_at("noun_after_closed")
_OPENERS = frozenset(_LEX.words("quote_opener"))  # `“5亿+”业绩目标`: a figure quoted alone names the noun after
_GOAL = _LEX.compile("noun_after_goal")
_GOAL_COUNTERS = frozenset(_LEX.words("goal_counter"))
_OPENS_CLAUSE = _LEX.compile("(?:{of_which}|[,，;；:：])$")
_NOUN_STATE = _LEX.compile("noun_after_state")
TIME_WORDS = _LEX.compile("subject_time")
COMPARE = _LEX.compile("(?:{comparison_point}|{comparison_base})")  # the longer `比上年末` before `比上年`
_LEADING = _LEX.compile("^{subject_leading}")
_SHARE_BASE_SIZE = _LEX.compile("share_base_size_tail")
_TRAILING = _LEX.compile("{subject_trailing}$")
BARE_VERB = _LEX.compile("bare_verb")
MEASURE_OF_PREVIOUS = _LEX.compile("measure_of_previous")
MEASURE_END = _LEX.compile("{measure_of_previous}$")
SHARE_OF_PREVIOUS = _LEX.compile("share_of_previous")
GENERIC = _LEX.compile("^{subject_generic}?$")
RATE_WORD = _LEX.compile("{rate_word}$")
_DIGIT = regex.compile(r"\d")
_QUOTES = regex.compile(r"[“”\"'‘’《》「」『』\s]")


@lru_cache(maxsize=8192)  # a pure function of the fragment, asked again for a third of the fragments
def clean_subject(raw: str) -> str:
    """The measured thing in a clause fragment: no quotes, time, comparison, place, connectives or verbs."""
    if named := _NAMED_IN_BRACKETS.search(raw):  # `占总人口的比重（常住人口城镇化率）为`: the name given
        return named["name"]
    if (caliber := _CALIBER.search(raw)) is not None:  # `收入(同口径)`: another figure than the 自然口径 one
        measure = clean_subject(raw[:caliber.start()] + raw[caliber.end():])
        return f"{measure}({caliber['caliber']})" if measure else measure
    if (line := _LINE_OPENING.search(raw)) is not None:  # `…再上台阶\n去年我国…`: a sub-heading line before
        raw = raw[line.start("opening"):]
    raw = _CATCHWORD.sub("", _CAPTION_UNIT.sub("", raw, count=1), count=1)  # `人 全年城镇新增就业`: a caption's unit
    raw = _RUN_IN_LABEL.sub("", raw, count=1)  # `依法惩治刑事犯罪 审结刑事案件`: a label set off by a space
    s = _PAREN.sub("", _QUOTES.sub("", _FOOTNOTE.sub("", raw)))
    if (lead := s.rfind(_LEAD_IN)) != -1 and lead + len(_LEAD_IN) < len(s):
        s = s[lead + len(_LEAD_IN):]  # `看数量——工业增加值占GDP比重`: a lead-in is no part of the subject
    s = s[max(s.rfind("("), s.rfind("（"), s.rfind(")"), s.rfind("）")) + 1:]  # an unbalanced bracket ends it
    s = _INLINE_HEADING.sub("", s, count=1)  # `人口年末常住人口`: a flattened communiqué's lead word
    s = COMPARE.sub("", s)
    s = _SHARE_BASE_SIZE.sub(r"\g<whole>", _DURATION.sub("", _DROP.sub("", s)))  # `占全省3200亿元的`: the whole's size
    s = NATIONAL_PHRASE.sub("", s)
    s = TIME_WORDS.sub("", s)
    partners = ""
    if (trade := _TRADE_PARTNERS.search(s)) is not None:  # `我国与东盟、欧盟的进出口总额`: the partners stay
        partners, s = trade.group(), s[trade.end():]
    for _ in range(6):
        before = s
        s = _LEADING.sub("", s)
        s = strip_place_prefix(s)
        s = _TRAILING.sub("", s)
        if s == before:
            break
    return partners + _EDGE_END.sub("", s) if partners else _EDGE_END.sub("", s).lstrip(_LEFT_EDGE)


def without_measure_tail(subject: str) -> str:
    """`居民人均可支配收入(名义)` → 居民人均可支配收入: the measure a later figure may name, but a caliber stays
    (`收入(同口径)完成…,增长14.6%`: the growth is of the same-caliber revenue)."""
    tail = MEASURE_TAIL.search(subject)
    return subject if tail is None or _CALIBER.fullmatch(tail.group()) else subject[:tail.start()]


def share_named(subject: str) -> str:
    """`税收占` before a percentage → 税收占比: the thing's share, not the thing."""
    m = SHARE_VERB_END.search(subject)
    if m is None or m.start() < 2:
        return subject
    named = f"{subject[:m.start()]}{_SHARE_VERB}{m['whole']}{_SHARE_WORD}" if m["whole"] else ""
    return named if 0 < len(named) <= _NAMED_SHARE_MAX else subject[:m.start()] + _SHARE_NAME


def part_named(subject: str) -> str:
    """`桥梁占` before a length or a count (`总里程中,桥梁占62公里`) → 桥梁: the part's own amount, not a share."""
    m = SHARE_VERB_END.search(subject)
    return subject[:m.start()] if m and m.start() >= 2 else subject


def in_state(text: str, q: Quantity, subject: str) -> str:
    """`其余` before `12例确诊病例正在…治疗`: a lead that only says rest is dropped when the things counted are named
    by the state they are in (noun_then_state); any other subject unchanged."""
    return "" if _REST_LEAD.fullmatch(subject) and _NOUN_THEN_STATE.match(text, q.end, q.end + 24) else subject


def noun_after(text: str, q: Quantity, end: int, any_unit: bool = False) -> tuple[str, int]:
    """The noun a count qualifies (`48个民生项目` → 民生项目) and where it ends; with any_unit, the noun an
    amount names after a bare verb too (`发行1万亿元抗疫特别国债`)."""
    if not any_unit and q.unit is not None and q.unit not in COUNT_UNITS:
        return "", q.end
    if _CLOSED.match(text, q.end, q.end + 1) and text[q.start - 1:q.start] not in _OPENERS:
        return "", q.end  # `“制作照片近8亿张”论坛…`: the quoted clause ends with the count
    if (p := _PROGRESSIVE.match(text, q.end, min(end, q.end + 16))) is not None:
        return p["noun"], p.end()
    if (p := _NOUN_THEN_STATE.match(text, q.end, min(end, q.end + 24))) is not None:
        return p["state"] + p["noun"], p.end()  # `12例确诊病例正在…隔离治疗`: the cases in treatment
    if (converted := conversion_after(text, q.end, end)) is not None:
        return converted  # `2例境外输入无症状感染者转确诊病例`: no new cases
    if _OPENS_CLAUSE.search(text, max(0, q.start - 2), q.start) and (
            p := _COPULA.match(text, q.end, min(end, q.end + 12))) is not None:
        return p["noun"], p.end()
    if (p := _FEATURE_LIST.match(text, q.end, min(end, q.end + 80))) is not None:
        return p["noun"], p.end()  # `40台自动感应开门、垃圾压缩…功能的垃圾桶`: the bins, not the first feature
    m = _NOUN_AFTER.match(text, q.end, min(end, q.end + 16)) \
        or _LONG_CASE_NOUN.match(text, q.end, min(end, q.end + _CASE_NOUN_REACH))  # `1例境外输入性新型冠状病毒肺炎确诊病例`
    if (m is None or _DIGIT.search(m["noun"])) and (given := recipients_before_gift(text, q.start, q.end, end)):
        return given  # `为5000名困难职工发放慰问金800万元`: the recipients, not a noun run into the next figure
    if not m or _MILESTONE.fullmatch(m["noun"]) or _CURRENCY_NAME.fullmatch(m["noun"]) or _NEXT_FIGURE.match(m["noun"]) \
            or (_GOAL.match(m["noun"]) and q.unit not in _GOAL_COUNTERS):
        return "", q.end  # `迈上5万亿台阶`: a milestone names no thing counted, `1800户9200人` the next figure none
    if text[m.end():m.end() + 1] == _ATTRIBUTIVE and m["noun"] not in _POSSESSORS:
        # `78名经过培训的预防接种人员`: the head noun follows 的 (but `60个国家的客商` counts the countries)
        head = _NOUN_AFTER.match(text, m.end() + 1, min(end, m.end() + 17))
        if head and not head["noun"][:1].isdigit() and len(head["noun"]) >= 2:
            return _QUOTES.sub("", with_modifier(m["noun"], head["noun"])), head.end()  # `…袜子的企业`
    noun = _state_cut(_QUOTES.sub("", m["noun"]))
    return received_named(text, m.end(), noun) or (noun, m.end())  # `65家企业获得信贷支持`


def _state_cut(noun: str) -> str:
    """`重点项目已`, `供水工程已全部开工` → the things counted (noun_after_state), when two characters are left."""
    cut = _NOUN_STATE.sub("", noun, count=1)
    return cut if len(cut) >= 2 else noun


_OWNER = _LEX.compile(r"^(?P<owner>\p{Han}{2,14}?)(?:{owner_stage})?(?:{owner_verb})(?=\p{Han}{2})")
_OWNER_HEAD = _LEX.compile("owner_head")
_LISTED_MEASURE = _LEX.compile("owner_listed_measure")
_LIST_MARK = "、"
_CASE_WORD = _LEX.compile("case_word")
_CASE_ORIGIN = _LEX.compile("case_origin")
_ORIGIN_OPENING = _LEX.compile("case_origin_opening")
_OWNER_VERB_FIRST = _LEX.compile(r"^[\s,，;；、]*(?:{owner_verb})(?=\p{Han}{2})")
_OWNER_VERB_ANY = _LEX.compile("owner_verb")


def owner_of(subject: str) -> str | None:
    """`规模以上工业企业实现营业收入` → 规模以上工业企业: the owner of a sentence's figures, when it is one."""
    m = _OWNER.match(subject)
    return m["owner"] if m and _OWNER_HEAD.search(m["owner"]) else None


_TOPIC = _LEX.compile(r"^(?P<topic>\p{Han}{2,10}?)(?:{owner_verb})*(?:{topic_measure})$")
_TOPIC_MEASURE = _LEX.compile("topic_measure_alone")
_TOPIC_MEASURE_END = _LEX.compile("{topic_measure}$")  # what every _TOPIC match ends with
_NO_TOPIC = _LEX.compile("whole_measure_prefix")
_RECORD_TOPIC = _LEX.compile("record_topic")  # `最高田块`: a record plot owns no later measure
_COMPARED_TOPIC = _LEX.compile("compared_topic")  # `利润增速高于营业收入…`: a comparison owns no later measure


_SET_OPENING = _LEX.compile_at("set_opening")
_MEASURE_HEADING = _LEX.compile("measure_heading")  # `商品零售额中，`: its items carry the measure (breakdown_measures)


def set_opening(text: str, start: int) -> tuple[str, str] | None:
    """(qualifier, measure) of a sentence opening `住户贷款中，` at start."""
    m = _SET_OPENING.match(text, start)
    if m is None or _NO_TOPIC.fullmatch(m["qualifier"]) or _MEASURE_HEADING.match(text, start):
        return None  # `商品零售额中，` is no set `商品零` of 售额
    return m["qualifier"], m["measure"]


def of_set(opening: tuple[str, str] | None, subject: str) -> str:
    """`短期贷款` under `住户贷款中，` → 住户短期贷款 (not a share of the set: `自筹资金(占资金来源的比重)`)."""
    if opening is None or opening[1] not in (head := MEASURE_TAIL.sub("", subject)) or subject.startswith(opening[0]):
        return subject
    before = head[:head.rfind(opening[1])]  # `在粮食种植面积中,玉米种植面积…`: a class of the set's things, its own
    if len(opening[0]) >= 4 and len(before) > 2 and before.endswith(opening[0][-2:]):  # measure whole (玉米种植面积)
        return subject
    return opening[0] + subject


def topic_of(subject: str) -> str | None:
    """`锂电池累计产量` → 锂电池: what the sentence's first figure is about, when that is not only a place, a time
    or a scope."""
    m = _TOPIC.match(subject) if _TOPIC_MEASURE_END.search(subject) else None  # a cheap test first: 7 -> 1.6 µs
    topic = _OWNER_VERB_ANY.sub("", m["topic"]) if m else ""
    return topic if len(topic) >= 2 and not _NO_TOPIC.fullmatch(topic) and not _RECORD_TOPIC.match(topic) \
        and not _COMPARED_TOPIC.search(topic) else None


def topical(topic: str | None, subject: str) -> tuple[str | None, str]:
    """A measure named alone later in the sentence (`产业规模`) is the topic's (锂电池产业规模); a figure that names
    its own thing (`果用瓜1107公顷`) starts a new topic, or none."""
    if _TOPIC_MEASURE.fullmatch(subject):
        return topic, (_topic_joined(topic, subject) if topic else subject)
    return topic_of(subject), subject


def _topic_joined(topic: str, measure: str) -> str:
    """`工业` + `工业增加值` → 工业增加值, `开发区工业` + `工业增加值` → 开发区工业增加值: a measure that already names the
    topic's last word (two characters or more) does not take it twice."""
    for n in range(min(len(topic), len(measure) - 1), 1, -1):
        if topic.endswith(measure[:n]):
            return topic + measure[n:]
    return topic + measure


def owner_before(prior: str, clause: str) -> str | None:
    """`全国规模以上文化及相关产业企业，实现营业收入…`: a clause that is only an owner (no figure, no verb), and the
    next one opens with the owner's verb — the owner of that clause's figures."""
    owner = clean_subject(prior)
    if 2 <= len(owner) <= 20 and _OWNER_HEAD.search(owner) and _OWNER_VERB_FIRST.match(clause) \
            and not _OWNER_VERB_ANY.search(owner):
        return owner
    return None


def owned(owner: str | None, clause: str, subject: str) -> str:
    """A later clause of the owner's sentence that opens with its verb (`;实现利润总额…`), or a measure named alone
    listed after the owner's first (`…工厂实现生产率提升20%、能源利用率提升10%`), measures the owner's."""
    if owner and not subject.startswith(owner) and (_OWNER_VERB_FIRST.match(clause) or (
            clause[:1] == _LIST_MARK and _LISTED_MEASURE.fullmatch(subject))):
        return owner + subject
    return subject


def opening_origin(text: str, start: int) -> str | None:
    """`境外输入现有确诊病例1020例…`, `云南现有境外输入确诊病例13例`: the case origin a sentence opens with, if any."""
    m = _ORIGIN_OPENING.match(text, start, start + 12)
    return m["origin"] if m else None


def with_origin(mentions: list, origin: str) -> list:
    """`境外输入现有确诊病例1020例…。累计确诊病例13666例…,无死亡病例。`: from a sentence that opens with a case
    origin to its paragraph's end, the case counts that name no origin are of that origin."""
    return [x if not _CASE_WORD.search(x.subject) or _CASE_ORIGIN.search(x.subject)
            else replace(x, subject=origin + x.subject) for x in mentions]


def overlap_joined(whole: str, part: str, least: int = 2) -> str:
    """`辖区户籍` + `户籍男性人口` → 辖区户籍男性人口, `…非法采矿案件` + `案件数` → …非法采矿案件数: a part that opens with the
    words (at least `least` characters) its whole's name ends with takes them once."""
    for n in range(min(len(whole), len(part) - 1), least - 1, -1):
        if whole.endswith(part[:n]):
            return whole + part[n:]
    return whole + part
