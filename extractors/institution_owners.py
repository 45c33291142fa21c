"""The name a single institution's figure is told with: the firm, bank, hospital or named body whose clause the
figure is in, put before a measure its subject names alone.

`浦发银行…，服务企业客户29万户、金融机构500家` counts the bank's clients (浦发银行服务金融机构), and `某某医院院长说，
医院今年接诊…` the hospital's patients: firm_figures already reads such a figure as the institution's own (no region),
but its subject named no owner. The owner is the actor that makes it the institution's (firm_figures.firm_figure): one
firm or named body opening the sentence or the figure's clause, or the one firm or hospital a pointing word (`该公司`,
`公司`, `该院`) stands for. A subject that names an owner, a place or a scope of its own keeps it (`全市…`, `各…`,
`中方员工` of `公司` stays the firm's), and so does one that names nothing (`发放`, `可以带来`: a name before it would only
let a dropped fragment through). A name that opens with an act or a count (`仅…`, `设立…`, `数十家医院`) or names a
kind of firm is no owner. The name does not count against the measure's length (round 47: `某某汽车分公司` + a
ten-character measure), but a measure past the narrative length must read as a name alone (owner_named, also asked by
draft_facts' narrative filter). Words in lexicon/owners.toml (`actor_owned_subject_open`, `actor_owned_pointer`,
`actor_name_lead`).
"""

from __future__ import annotations

from .firm_figures import (
    ANAPHOR_REACH,
    CLAUSE_OPENINGS,
    FIRM_ANAPHOR,
    OWN_ACCOUNT,
    SET_MEMBER,
    firm_actor,
    institution_actor,
    institution_anaphor,
    named_bodies,
    names_a_body,
    names_a_firm,
    opens_before,
    owns_up_to,
)
from .firm_references import firms_named, short_names
from .lexicon import lexicon
from .places import place_mentions
from .subject_checks import names_nothing, narrative_words, subject_is_debris, subject_is_narrative

_LEX = lexicon()
_FIRM = _LEX.compile("firm_name")
_CLASS = _LEX.compile("{firm_class}")
_GENERIC = _LEX.compile("firm_mention_generic")
_GENERIC_KIND = _LEX.compile("firm_bare_generic")  # `外国公司`, `当地物流公司`: a kind of firm
_KIND_ONLY = _LEX.compile("^(?:{firm_kind})+$")  # `集团公司`: the kind alone points back, it names no one
_LEAD = _LEX.compile("sentence_lead")  # `近期公司…`: a time ran into the pointing word
_NAME_LEAD = _LEX.compile("actor_name_lead")  # `仅郑州大学`, `打通集团媒体平台`: no one owner's name
_KIND_AT = _LEX.compile("^(?:{firm_kind}|{body_kind})")  # `站预计发送旅客` after `天津站`: the kind said once
_KIND_ONLY_AT = _LEX.compile("(?:{firm_kind}|{body_kind})")  # a shared part that is the kind alone names no one body
_PART_NAMED = _LEX.compile("actor_part_named")  # `东江银行在省城的分行`: the branch, not the bank
_LEGAL_FORM = _LEX.compile("firm_legal_form")
_LEGAL_WORD = next(w for w, role in _LEX.values("firm_definition_cue").items() if role == "legal")  # `有限`
_ONE_INSTITUTION = _LEX.compile("one_institution")
_OPEN = _LEX.compile("actor_owned_subject_open")  # a subject opening with its own owner or scope keeps it
_POINTER = _LEX.compile("actor_owned_pointer")  # `其网站…`: the pointer gives way to the name
_EXAMPLES = _LEX.words("etcetera")[0]  # `等`: a name before it is the first of examples, not one owner
_REACH = 400  # characters of the paragraph read back from a pointing word for the firm it stands for
_TRADE_FLOW = _LEX.compile("body_trade_flow")
_LIST_MARK = "、"  # a subject listing two owners is no one institution's
_COUNTED_INSIDE = _LEX.compile("firm_pointer_inside")  # `一家`, `这家` inside what matched as a name
_NOT_A_HEAD = frozenset(_LEX.words("not_a_head"))
_HEAD_NOUNS = _LEX.words("head_noun_end")
_PEOPLE_UNITS = frozenset(_LEX.words("people_unit"))
_MAX_NAME = 12  # characters of a name that may stand before a measure past the narrative length: a longer match ran
# on into its clause (`某软件公司接到了承接某某医院`)
_MAX_NAMED_MEASURE = 10  # characters of a measure an owner's name may stand before past the narrative length
_MAX_OWNED = 24  # characters of the name and the measure: a longer subject is a piece of narrative; the measure alone
# is held to subject_is_narrative's length, the name not counted (`安庆某某汽车分公司` + `汽车零部件本地供应商`, round 47)


def actor_owned(text: str, starts: tuple[int, int], pos: int, subject: str) -> str:
    """The subject of the one institution's figure at pos (starts: its paragraph's and its sentence's) with the
    institution's name before it, when the subject names no owner of its own; else the subject as it is."""
    pointer = _POINTER.match(subject)
    bare = subject[pointer.end():] if pointer is not None else subject
    if len(bare) < 2 or names_nothing(bare) or subject_is_debris(bare) or narrative_words(bare) or _OPEN.match(bare) or _FIRM.search(bare) or names_a_body(bare) or names_a_firm(bare) \
            or any(p.start == 0 for p in place_mentions(bare)):
        return subject
    name = owning_actor(text, starts, pos)
    if name is not None and (at := text.rfind(name, starts[1], pos)) >= 0 \
            and _PART_NAMED.search(text, at + len(name), pos):
        return subject  # `东江银行在省城的分行…发放了…`: a part of the firm acts, not the firm
    if name is None and pointer is not None:  # `…医院是…。该院去年接诊…`: the one body the paragraph named before
        name = _pointed(text, starts[0], text.rfind(pointer[0], starts[1], pos))
    if name is None or name in bare or _named_already(name, bare) or _TRADE_FLOW.match(bare) and names_a_body(name):
        return subject  # `某某国际机场国际航线…，进出口总额…`: the city's trade, not the airport's
    short = _short(text, name)
    owned = _joined(short, bare)
    if len(owned) > _MAX_OWNED or narrative_words(owned) \
            or subject_is_narrative(owned) and (len(short) > _MAX_NAME or not _clean_measure(owned[len(short):])):
        return subject  # the name does not count against the measure's length, but a longer one must read as a name
    return owned


def owning_actor(text: str, starts: tuple[int, int], pos: int) -> str | None:
    """The name of the one firm or body whose figure the one at pos is, by the rules of firm_figures.firm_figure:
    the sentence's actor, else the nearest clause actor, else the one firm or hospital a pointing word stands for."""
    para_start, sentence_start = starts
    actor = firm_actor(text, sentence_start) or institution_actor(text, sentence_start)
    if actor is not None and opens_before(actor, pos) and owns_up_to(text, actor[1], pos):
        return _one(actor[0], text, actor[1])
    reach = max(sentence_start, pos - ANAPHOR_REACH)
    clauses = sorted({i + 1 for i in range(reach, pos) if text[i] in CLAUSE_OPENINGS}, reverse=True)
    for clause in clauses:  # the nearest actor decides, as in firm_figures._clause_actor_owns
        actor = firm_actor(text, clause) or institution_actor(text, clause)
        if actor is not None and clause != clauses[0] and OWN_ACCOUNT.fullmatch(actor[0]):
            continue
        if actor is not None and actor[1] <= pos:
            owns = owns_up_to(text, actor[1], pos) and SET_MEMBER.search(text, actor[1], pos + 1) is None
            return _one(actor[0], text, actor[1]) if owns else None
    anaphors = list(FIRM_ANAPHOR.finditer(text, reach, pos))
    if anaphors and owns_up_to(text, anaphors[-1].end(), pos):
        names = firms_named(text, max(para_start, anaphors[-1].start() - _REACH), anaphors[-1].start())
        return _one(names.pop()) if len(names) == 1 else None
    held = institution_anaphor(text, sentence_start, pos)
    if held is not None and owns_up_to(text, held.end(), pos):
        names = {m[0] for m in _ONE_INSTITUTION.finditer(text, reach, held.start())}
        return _one(names.pop()) if len(names) == 1 else None
    return None


def owner_named(subject: str, unit: str | None = None) -> bool:
    """The subject is one institution's name before a measure that is no narrative (`某某汽车分公司本地零部件供应商`,
    `某县环境资源审判庭行政非诉审查案件`): the name does not count against a measure's length (draft_facts' narrative
    filter), up to _MAX_OWNED characters in all (round 47). Not a full name with its legal form (this module drops it;
    a speaker's firm put before a quotation's figure is not always its owner), a list (`、`), a second firm, nor a count
    of people (`某公司60多名电力建设者放弃休息`: a firm's staff in one scene tell particulars)."""
    if len(subject) > _MAX_OWNED or narrative_words(subject) or _LEGAL_WORD in subject or _LIST_MARK in subject \
            or unit in _PEOPLE_UNITS:
        return False
    firm = _FIRM.match(subject)
    ends = [firm.end()] if firm is not None and _CLASS.search(firm[0]) is None else []
    ends += [b for a, b in named_bodies(subject, 0, len(subject)) if a == 0]
    return any(end <= _MAX_NAME and _clean_measure(subject[end:]) and _FIRM.search(subject, end) is None for end in ends)


def _clean_measure(rest: str) -> bool:
    """A measure after an owner's name that reads as a name alone: two to _MAX_NAMED_MEASURE characters, no narrative,
    no adverb, particle or preposition (`却决定每年投入`, `以订单价共收购`, `一次性给…`; lexicon `not_a_head`) outside a
    noun that ends with one (`供应`, `许可`: `head_noun_end`)."""
    if not 2 <= len(rest) <= _MAX_NAMED_MEASURE or subject_is_narrative(rest):
        return False
    for noun in _HEAD_NOUNS:
        rest = rest.replace(noun, "")
    return not any(c in _NOT_A_HEAD for c in rest)


def _pointed(text: str, para_start: int, at: int) -> str | None:
    """The one firm, hospital or named body the paragraph names before the pointing word at `at` (none when it is
    not in the figure's sentence, or when two are named)."""
    if at < 0:
        return None
    lo = max(para_start, at - _REACH)
    names = firms_named(text, lo, at) | {m[0] for m in _ONE_INSTITUTION.finditer(text, lo, at)} \
        | {text[a:b] for a, b in named_bodies(text, lo, at)}
    names = {n for n in names if not any(n != o and n in o for o in names)}  # `…医院` inside `某市…医院`
    return _one(names.pop()) if len(names) == 1 else None


def _one(name: str, text: str = "", end: int = 0) -> str | None:
    """The name, when it names one firm or body: not a kind of firm (`外国公司`), its kind alone (`集团公司`) or one
    named by a pointing word, a time before it (`近期公司`, `日前该公司`), nor a thing counted right after it
    (`设立自助银行2278个`: the bank's outlets, not an actor) or the first of examples (`…中心医院等11个项目`)."""
    if _CLASS.search(name) or _GENERIC.match(name) or _GENERIC_KIND.match(name) or _KIND_ONLY.match(name) \
            or _NAME_LEAD.search(name) or OWN_ACCOUNT.fullmatch(name) \
            or _LEAD.match(name).end() > 0 or end < len(text) and (text[end].isdigit() or text[end] == _EXAMPLES) \
            or any(m["named"] for m in _POINTER.finditer(name)) or _COUNTED_INSIDE.search(name):
        return None  # `…找到北京一家农业公司`: a firm counted or pointed at inside the match is no name
    return name


def _short(text: str, name: str) -> str:
    """The name the story uses for the firm: its short name, else its full name without its legal form."""
    return short_names(text).get(name) or _LEGAL_FORM.sub("", name)


def _named_already(name: str, bare: str) -> bool:
    """The subject opens with the name's own words and its kind (`西江机场通航城市` after `梧州西江机场`): it names the
    body already, its place left off; two words shared (`东站` of `晋城东站`) are only a part of the name, and so is
    its kind alone (`中级人民法院` of `某市中级人民法院`: every city has one, round 47)."""
    return any(name.endswith(bare[:k]) and not _KIND_ONLY_AT.fullmatch(bare[:k])
               for k in range(min(len(name), len(bare)), 2, -1))


def _joined(name: str, bare: str) -> str:
    """The name before the measure, the words they share said once (`晋城东站` + `东站日均乘客` → 晋城东站日均乘客,
    `天津站` + `站预计发送旅客` → 天津站预计发送旅客)."""
    shared = next((k for k in range(min(len(name), len(bare)), 1, -1) if name.endswith(bare[:k])), 0)
    if not shared and (kind := _KIND_AT.match(bare)) is not None and name.endswith(kind[0]):
        shared = kind.end()
    return name + bare[shared:]


def points_at_institution(subject: str) -> bool:
    """`该院接诊门诊患者`: the subject opens with a pointer that says its body's kind (lexicon `actor_owned_pointer`)."""
    pointer = _POINTER.match(subject)
    return pointer is not None and pointer["named"] is not None
