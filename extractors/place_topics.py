"""Whether a place is what its clause is about: it opens the clause (after time words, connectives, the places that
hold it, a speaker or a point of view) or heads a noun phrase the clauses after it are about; and whether a stretch
of text is nothing but place names."""

from __future__ import annotations

import regex

from .gazetteer import gazetteer
from .lexicon import lexicon
from .place_words import breakdown_place
from .places import PlaceMention, place_mentions

_CLAUSE_MARKS = (",", "，", ":", "：", "。", "(", "（", "、")
_TOPIC_FILLER = lexicon().compile("topic_filler")
_SPEECH_OPENING = lexicon().compile("speech_opening")
_VIEW_OPENING = lexicon().compile_at("view_opening")
_CAUSATIVE = lexicon().compile("(?:{causative_before})$")
_CAUSATIVE_REACH = 2   # characters of the causative verb before the place
_LISTED_THING = lexicon().compile("listed_thing_after")
_NAME_BEFORE = regex.compile(r"\p{Han}")
_REPORTED_BY = lexicon().compile("{topic_filler}{reported_by}")
_REPORTING_BODY = lexicon().compile("reporting_body")
_MODIFIER_END = frozenset(lexicon().words("modifier_end"))
_TOPIC_HEAD_END = lexicon().compile("topic_head_end")
_NOT_SUBJECT_CUE = lexicon().compile("place_not_subject_before")
_LOCATED_IN = lexicon().compile_at(r"\s*(?:{located_in})")
_NAME_DOT = lexicon().compile("name_dot_gap")
_STATEMENT_ENDS = (";", "；", "。", ")", "）")
_OPENING_BRACKETS = ("(", "（")
_GROUP_QUOTES = lexicon().values("quoted_group_name")
_AMONG_SET = lexicon().compile("(?:{among_places_set})$")
_AMONG_REACH = 16  # characters of the set phrase before the place's clause (`11个设区市中,`)


def is_topic(text: str, m: PlaceMention, lo: int) -> bool:
    """The place opens its comma clause (after time words, connectives or the places that hold it, as in
    `浙江省温州市`, `诸暨大唐街道`, or the place whose authorities report: `据吉林省卫健委通报`): what the
    clause is about."""
    start = max(lo, max(text.rfind(c, lo, m.start) for c in _CLAUSE_MARKS) + 1)
    if (speech := _SPEECH_OPENING.match(text, start)) is not None and speech.end() <= m.start:
        start = speech.end()  # `“绍兴是纺织大县,…`: what someone says about the place
    if (view := _VIEW_OPENING.match(text, start)) is not None and view.end() <= m.start:
        start = view.end()  # `从四川全省来看,…`: the place the clauses after it are seen in
    if text[m.end:m.end + 1] in _STATEMENT_ENDS:
        return False  # `…死亡病例47例,均为本土病例,在上海;`: where the statement before happened, nothing said of it
    if start == m.start and text[m.start - 1:m.start] in _OPENING_BRACKETS and text[m.end:m.end + 1] in ")）" \
            and _NAME_BEFORE.match(text[m.start - 2:m.start - 1]):
        return False  # `国家会展中心(上海)`: a venue's address, not what the sentence is about
    if (thing := _LISTED_THING.match(text, m.end)) and not is_place_chain(thing["name"]):
        return False  # `河北润田食品、长丰养殖等项目`: the place begins a listed thing's name
    head = _unquoted_start(text, m)
    if _TOPIC_FILLER.fullmatch(text, start, head) is not None \
            or m.kind != "world" and _CAUSATIVE.search(text, max(start, m.start - _CAUSATIVE_REACH), m.start):
        return True  # `这些措施使非洲疟疾死亡率…`: the place opens the clause of the effect (`使全球…`: a reach)
    if _REPORTED_BY.fullmatch(text, start, m.start) is not None:  # `据吉林省卫健委通报`
        return _REPORTING_BODY.match(text, m.end) is not None
    filler = _TOPIC_FILLER.match(text, start, m.start)
    return is_place_chain(text[filler.end() if filler else start:head]) or _modified_head(text, start, m) \
        or filler is not None and is_place_chain(text[start:head])  # `日照市东港区`: no filler word `日` opens 日照市


def _unquoted_start(text: str, m: PlaceMention) -> int:
    """Where a group's name starts with the quotes around it alone (`“三区三州”还有…` → at `“`), else m.start."""
    close = _GROUP_QUOTES.get(text[m.start - 1:m.start]) if m.kind == "group" and m.start else None
    return m.start - 1 if close is not None and text[m.end:m.end + 1] == close else m.start


def _modified_head(text: str, start: int, m: PlaceMention) -> bool:
    """`处在铁海联运节点的钦州港，`, `地处浙江的义乌，`: the place (or its facility) is the head of a clause that is
    only a noun phrase, the topic of the clauses after it — not a place that ends a statement about another one
    (`法国有…文物来自撒哈拉以南的非洲，`)."""
    if _TOPIC_HEAD_END.match(text, m.end) is None:
        return False
    head = max(text.rfind(mark, start, m.start) for mark in _MODIFIER_END)  # `…的江苏淮安，`: a chain after it
    if head <= start or not is_place_chain(text[head + 1:m.start]):
        return False
    if _LOCATED_IN.match(text, start):
        return True  # `地处三峡库区的重庆万州，`: the place before `的` only locates the head
    return _NOT_SUBJECT_CUE.search(text, start, head) is None \
        and all(_holds(p, m) for p in place_mentions(text, start, head))


def _holds(outer: PlaceMention, m: PlaceMention) -> bool:
    """`江西东北部的鹰潭市，`: a division that holds the head only locates it (not `来自撒哈拉以南的非洲`)."""
    if outer.kind != "place" or outer.place is None or m.place is None or not outer.place.code:
        return False
    return m.place.code != outer.place.code and m.place.code.startswith(outer.place.code) \
        and m.place.level not in ("foreign", "world")


def is_place_chain(gap: str) -> bool:
    """`浙江省`, `诸暨`, `辽宁辽阳`, `辽阳·`: nothing but place names (a county's short name too, a name's middle dot
    after one)."""
    scanner = gazetteer().scanner
    while gap:
        m = scanner.match(gap)
        if m is not None and gazetteer().words[m[2]][0] in ("none", "guarded"):
            m = None
        if m is None:
            return breakdown_place(gap) is not None
        gap = gap[m[1]:]
        dot = _NAME_DOT.match(gap)
        gap = gap[dot.end():] if dot else gap
    return True


def among_set(text: str, m: PlaceMention) -> bool:
    """The place's clause opens after a set of places it is one of (`11个城市中,鹰潭市PM2.5月均浓度同比下降,其余城市上升;`):
    it is that clause's place, not the topic of the sentence's later clauses."""
    start = max(text.rfind(c, max(0, m.start - _AMONG_REACH), m.start) for c in ("，", ",", "、")) + 1
    return start > 0 and _AMONG_SET.search(text, max(0, start - _AMONG_REACH), start) is not None
