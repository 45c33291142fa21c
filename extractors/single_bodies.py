"""Single bodies: whether a figure is one ship's, one named college's, one event's or one result's own (its passengers, its
graduates, its delegates and exhibitors), so no place's: neither the country a ship docks in, the province a
college's story is about, nor the host of a forum or a fair. Only when the figure's own clause names no place
(scope_places.py asks after that). So is the size of one project or result a clause names alone (owner_clauses.py:
`；某研究所某药物单项成果，转化效益达…`), and one workplace's staff (staff_owners.py). Words in lexicon/owners.toml (`one_vessel`, `vessel_anaphor`, `named_college`,
`event_attendance`, `event_kind`, `exhibition_opening`, `site_list_opening`).
So is each named site's figure in a list of sites (`10家景区(点)接待游客情况:A…;B…`)."""

from __future__ import annotations

from functools import lru_cache

from .firm_figures import owns_up_to
from .lexicon import lexicon
from .owner_clauses import owner_alone
from .staff_owners import staffed_body

_LEX = lexicon()
_VESSEL = _LEX.compile("one_vessel")
_VESSEL_ANAPHOR = _LEX.compile(r"(?:\s*{dateline_opening})?{vessel_anaphor}")
_COLLEGE = _LEX.compile("named_college")
_PLACE_NAMED_BODY = _LEX.compile("place_named_body")
_SITE_LIST = _LEX.compile("site_list_opening")
_SITE_ITEM = _LEX.compile("site_list_item")
_COLLEGE_ACTOR = _LEX.compile(r"(?:\s*{dateline_opening})?{sentence_lead}(?:{named_college}){firm_acts_after}")
_ATTENDING = _LEX.compile("event_attendance")
_EVENT = _LEX.compile("event_kind")
_EXHIBITION = _LEX.compile(r"(?:\s*{dateline_opening})?{exhibition_opening}")  # a story's first sentence: after its dateline
_DEALS = _LEX.compile("event_deal_measure")
_REACH = 120          # characters before a figure its sentence's owner may stand, or its sentence open (bounded:
# a run-on sentence of figures read back to its start per figure is quadratic)
_AFTER_REACH = 8      # characters after a count its attendance verb may follow it (`…2000名代表参加了`)
_EVENT_AFTER = 40     # characters after the verb the event may be named (`参加了…多个分论坛`)
_ARTICLE_REACH = 600  # characters before a sentence its pointed-at ship may be named
_CLAUSE_ENDS = ("，", ",", "；", ";", "。")
_ITEM_ENDS = ("；", ";")
_SITE_LIST_REACH = 600  # characters before a figure the opening of its list of sites may stand


def place_named_body(text: str, place_end: int, pos: int) -> bool:
    """The place ending at place_end opens one named hospital's or theatre's name (`北京人艺…`, `武汉市金银潭医院…`,
    lexicon `place_named_body`) that owns the figure at pos."""
    body = _PLACE_NAMED_BODY.match(text, place_end)
    return body is not None and body.end() <= pos and owns_up_to(text, body.end(), pos)


def single_body_figure(text: str, starts: tuple[int, int], pos: int, end: int, subject: str) -> bool:
    """starts: the article's and the sentence's; the figure is text[pos:end] with subject."""
    article, sentence = starts
    return _vessel_figure(text, article, sentence, pos, subject) or _college_figure(text, sentence, pos, subject) \
        or _event_figure(text, sentence, pos, end, subject) or owner_alone(text, sentence, pos, subject) is not None \
        or staffed_body(text, sentence, pos) is not None or _listed_site(text, sentence, pos)


def place_named_site(text: str, sentence: int, place_start: int, pos: int) -> bool:
    """The place at place_start opens the item of a list of named sites the figure at pos stands in (`…10家景区(点)
    接待游客情况:…;上海海洋水族馆累计接待游客11.1万人次`): the place is in the site's name."""
    item = _site_item(text, sentence, pos)
    return item is not None and not text[item:place_start].strip()


def _listed_site(text: str, sentence: int, pos: int) -> bool:
    """The figure at pos is the item of a list of named sites it stands in (lexicon `site_list_opening`: `10家景区(点)
    接待游客情况:A…;B…`), its item a site's name and its measure (`site_list_item`)."""
    return _site_item(text, sentence, pos) is not None


def _site_item(text: str, sentence: int, pos: int) -> int | None:
    """Where the item of a list of named sites that the figure at pos ends begins, or None."""
    lo = max(sentence, pos - _SITE_LIST_REACH)
    opening = max(_SITE_LIST.finditer(text, lo, pos), key=lambda m: m.start(), default=None)  # the nearest
    if opening is None:
        return None
    item = max(opening.end(), *(text.rfind(c, opening.end(), pos) + 1 for c in _ITEM_ENDS))
    return item if item < pos and _SITE_ITEM.fullmatch(text, item, pos) is not None else None


def _vessel_figure(text: str, article: int, sentence: int, pos: int, subject: str) -> bool:
    """`“钻石公主”号邮轮712例确诊病例中…653例出院` (the ship before it in its sentence) or `邮轮载有乘客…3700人` (its kind
    opening the sentence, one ship of that kind named before in the article)."""
    if _VESSEL.match(subject or "") is not None:
        return True
    named = list(_VESSEL.finditer(text, max(sentence, pos - _REACH), pos))
    if named and owns_up_to(text, named[-1].end(), pos):
        return True
    opening = _opening(_VESSEL_ANAPHOR, text, sentence) if pos - sentence <= _REACH else None
    if opening is None or opening.end() > pos or not owns_up_to(text, opening.end(), pos):
        return False
    before = _VESSEL.finditer(text, max(article, sentence - _ARTICLE_REACH), sentence)
    return any(m[0].endswith(opening["kind"]) for m in before)


def _college_figure(text: str, sentence: int, pos: int, subject: str) -> bool:
    """`华夏理工学院毕业生…` (the subject opens with the college) or `华夏理工学院共483名毕业生参加，投递简历1715次`
    (the college opens the sentence as its actor, nothing between it and the figure takes the figure from it)."""
    if _COLLEGE.match(subject or "") is not None:
        return True
    actor = _opening(_COLLEGE_ACTOR, text, sentence) if pos - sentence <= _REACH else None
    return actor is not None and actor.end() <= pos and owns_up_to(text, actor.end(), pos)


def _event_figure(text: str, sentence: int, pos: int, end: int, subject: str) -> bool:
    """`约2000名代表参加了…分论坛`, `参展企业300家` (who takes part, the event named in its sentence) or `…展区展览面积…，
    企业数量增加了30%` (an exhibition's hall opening the sentence); never what is signed or invested there."""
    if _DEALS.search(subject or ""):
        return False
    opening = _opening(_EXHIBITION, text, sentence) if pos - sentence <= _REACH else None
    if opening is not None and opening.end() <= pos and owns_up_to(text, opening.end(), pos):
        return True
    lo = max(sentence, pos - _REACH, max(text.rfind(c, max(sentence, pos - _REACH), pos) for c in _CLAUSE_ENDS) + 1)
    hi = min(len(text), end + _AFTER_REACH)
    stop = min((i for c in _CLAUSE_ENDS if (i := text.find(c, end, hi)) != -1), default=hi)
    verb = _ATTENDING.search(text, lo, pos) or _ATTENDING.search(text, end, stop)
    if verb is None:
        return False
    return _EVENT.search(text, max(sentence, pos - _REACH), min(len(text), verb.end() + _EVENT_AFTER)) is not None


@lru_cache(maxsize=64)  # a pure function of the sentence, asked again for each of its figures
def _opening(pattern, text: str, sentence: int):
    """pattern matched at the sentence's start (its opening actor, kind or exhibition), or None."""
    return pattern.match(text, sentence)

