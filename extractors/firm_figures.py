"""Firm figures: whether a figure is one named firm's or body's own, so never a national paper's whole country.

`2018年末，南岭银行总资产突破2万亿元` (the subject names the firm) and `截至3月末，东升集团12个厂区已复工，整体复工率
93%` (the firm opens the sentence as its actor, and nothing between it and the figure names a place or another firm)
are the firm's figures: they get no region, the paper's 全国 and the place the story is about alike (audits: a firm's,
a shop's or a bank's figure under its city or province is wrong), unless they count firms or a whole of a place opens
their clause (resolve.py). A kind of firm (`大型商业银行`, `各银行`, `上市公司`) is a sector, whose
figure the country's scope keeps. A body named after its place (`东江站`, `某区文华学校`, `三门峡电站`) is one too:
the place in its name is the body's, not the figure's region; so are a scenic area, an airport and a store or office
building named after its place (`雪岭景区`, `东江机场`, `某市某某百货大楼`). In a list of clauses each opening with its own
firm or body (`某某百货大楼按每千瓦时1.70元收费，某某公司按…`), each figure is its clause's actor's, unless the name is one
example of a set counted (`某某大学等18所高校`). Words in lexicon/owners.toml (`firm_name`, `firm_brand`,
`firm_class`, `one_body`, `one_of_a_set`, `port_named_alone`).
"""

from __future__ import annotations

from functools import lru_cache

from .body_topics import opens_with_body_topic
from .document_firms import document_firm_actor, names_document_firm, opens_with_document_firm
from .firm_references import firm_anaphor_opens
from .gazetteer import NATIONAL, Place
from .lexicon import lexicon
from .partner_clauses import owned_past_partners
from .place_led_bodies import named_bodies, place_led_actor
from .places import place_mentions
from .pointed_bodies import owned_by_pointed_body
from .quantities import UNIT_KINDS
from .scope_counties import document_scope

_LEX = lexicon()
_FIRM = _LEX.compile("firm_name")
_CLASS = _LEX.compile("{firm_class}")
_BRAND_INSIDE = _LEX.compile("firm_brand_inside")
_ACTOR = _LEX.compile("firm_actor_opening")
_INSTITUTION = _LEX.compile("institution_actor_opening")
_SYSTEM = _LEX.compile("bodies_as_system")
OWN_ACCOUNT = _LEX.compile("own_account_body")
_PORT = _LEX.compile_at("port_named_alone")
_SITE_ENTERED = _LEX.compile("^{site_entry_verb}")  # `进入月牙泉景区的游客`: the site's own visitors
_BODY_KIND = _LEX.compile("(?:{body_kind})")  # a site's kind after its own name (_receives_visitors)
_GROUP_ENDS = ("；", ";")
CLAUSE_OPENINGS = ("，", ",", "；", ";")  # the firm's sentence owns no clause group past its `；`
_COMMAS = ("，", ",")
_CROSS_BORDER = ("investment.attracted", "investment.outward")  # directions a part of a firm's total keeps
_COMPLETED = "investment.completed"  # a place keeps a firm's figure only in the figure's own comma clause
_OF_WHICH = _LEX.words("of_which")[0]
_COUNTED_FIRMS = _LEX.compile("(?:{firm_kind}|{body_kind})$")
FIRM_ANAPHOR = _LEX.compile("firm_anaphor")
_POINTER = _LEX.compile("firm_pointer_inside")
_REPORTED_BY = _LEX.compile("reported_by_lead")
_LOCATED = _LEX.compile("firm_located_before")
SET_MEMBER = _LEX.compile("one_of_a_set")
_INSTITUTION_ANAPHOR = _LEX.compile("institution_anaphor")
_ONE_INSTITUTION = _LEX.compile("one_institution")
_SITE_VISIT = _LEX.compile("site_visit_after")
_DATELINE = _LEX.compile("\\s*(?:{dateline_opening}|{paper_dateline}|{wire_dateline})\\s*")
_WIDER_THAN_A_PLACE = ("world", "national", "china")  # `腾讯全球专利申请`: where the firm works, no place's figure
_SITE_NAME_MIN = 3  # characters of a site's own name before its kind
_LOCATED_REACH = 24  # characters of a locating attributive before a firm's name
ANAPHOR_REACH = 120  # characters before a figure an anaphor may stand (the audit documents' farthest: 58); searched
# from the sentence start, a run-on sentence of figures with no stop made this quadratic
_OWN_REACH = 400  # characters from a firm's name to a figure it may own: a run-on line of items after one body's name
# (`某某景区5万人次、某某景区4万人次、…`) was scanned again for each figure, quadratic


def _one_firm(name: str) -> bool:
    return _CLASS.search(name) is None


def names_a_firm(subject: str) -> bool:
    """`南岭银行总资产`: the subject opens with one firm's name (not a kind of firm: `大型商业银行贷款`), after an
    attributive that only locates it too (`位于嘉兴的某集团工厂投资`)."""
    located = _LOCATED.match(subject)
    m = _FIRM.match(subject, located.end() if located is not None else 0)
    return m is not None and _one_firm(m[0])


def names_a_body(subject: str) -> bool:
    """`三峡电站累计发电`, `某区文华学校占地面积`: the subject opens with one named body's name (a station, a school),
    or with a port's own name, which needs no place (`拱北口岸日均出入境人员`); a visit's verb may come first
    (`进入月牙泉景区的游客`)."""
    subject = _SITE_ENTERED.sub("", subject, count=1)
    return _PORT.match(subject) is not None or any(a == 0 for a, _ in named_bodies(subject, 0, len(subject)))


@lru_cache(maxsize=64)  # a pure function of the sentence, asked again for each of its figures
def firm_actor(text: str, sentence_start: int) -> tuple[str, int] | None:
    """(name, end) of the one firm opening the sentence as its actor: by its kind (`此外，汉口银行与…`) or by a name
    the document gave it (`截至4月底，国开行今年已发放…`); not a kind of firm (`各银行`)."""
    if (m := _ACTOR.match(text, sentence_start)) is not None:
        return (m["firm"], m.end()) if _one_firm(m["firm"]) else None
    return document_firm_actor(text, sentence_start)


def institution_actor(text: str, sentence_start: int) -> tuple[str, int] | None:
    """(name, end) of one named hospital opening the sentence as its actor (`今天下午某某医院有2例…`)."""
    return _institution_actor_within(text, sentence_start, document_scope(text))


@lru_cache(maxsize=256)  # asked for every figure of the sentence; keyed by the scope its place mentions read too
def _institution_actor_within(text: str, sentence_start: int, _scope: Place | None) -> tuple[str, int] | None:
    span = _institution_span(text, sentence_start)
    return (text[span[0]:span[1]], span[1]) if span is not None else None


@lru_cache(maxsize=256)  # asked again for each figure of a clause it opens
def _institution_span(text: str, sentence_start: int) -> tuple[int, int] | None:
    """Where the named hospital or body opening the sentence as its actor stands (`为此，东江站推出…`)."""
    m = _INSTITUTION.match(text, sentence_start)
    if m is None:
        return place_led_actor(text, sentence_start)  # `去年入冬以来，新疆天池景区接待游客…`: the place opens the name
    if m["body"] and not named_bodies(text, m.start("body"), m.end("body")) \
            and not _receives_visitors(text, m):
        return None  # `参观博物馆…`: a kind of body after no place's name is no one body, unless it receives visitors
    return m.span("firm") if m["firm"] else m.span("body")


def _receives_visitors(text: str, m) -> bool:
    """`华清宫景区接待游客…`: a site's own name (three characters or more before its kind: `红色景区` is a kind of site)
    opening its clause with its visitors."""
    kind = _BODY_KIND.search(text, m.start("body"), m.end("body"))
    return kind is not None and kind.start() - m.start("body") >= _SITE_NAME_MIN \
        and _SITE_VISIT.match(text, m.end("body")) is not None


def site_span(text: str, clause: int) -> tuple[int, int] | None:
    """Where a visitor site opening the clause at `clause` with its visitors stands (`…;某某宫景区接待游客…`): a
    site's own name with no place in it is one body when it receives visitors (lexicon `site_visit_after`)."""
    m = _INSTITUTION.match(text, clause)
    return m.span("body") if m is not None and m["body"] and _receives_visitors(text, m) else None


def owns_up_to(text: str, actor_end: int, pos: int) -> bool:
    """Nothing between the actor's name and the figure at pos takes the figure from it: no `；`, no other firm,
    no bodies of its kind as a whole (`各级法院`) and no place."""
    if pos - actor_end > _OWN_REACH:
        return False
    between = text[actor_end:pos]
    bodies = named_bodies(text, actor_end, pos)  # `…，今年春运东江站预计…`: the place in a body's name is the body's
    return not any(mark in between for mark in _GROUP_ENDS) and _FIRM.search(between) is None \
        and _SYSTEM.search(between) is None \
        and not any(not any(a <= p.start < b for a, b in bodies) for p in place_mentions(text, actor_end, pos))


def firm_figure(text: str, sentence_start: int, pos: int, subject: str) -> bool:
    """The figure at pos is one firm's: its subject names the firm, or the firm opens its sentence or one of its
    clauses before the figure as actor (by name or by `公司`, `该行`) and the clauses up to the figure name no place,
    no other firm and no `；`."""
    if names_a_firm(subject) or names_a_body(subject) or firm_anaphor_opens(subject) or opens_with_document_firm(text, subject) \
            or _BRAND_INSIDE.search(subject):
        return True  # `公司新种800亩`: a firm's, even when its name comes after; `北美地区全品类格兰仕`: a brand's
    actor = firm_actor(text, sentence_start) or institution_actor(text, sentence_start)
    if actor is not None and opens_before(actor, pos) and owns_up_to(text, actor[1], pos):
        return True  # `某市中级人民法院共受理案件…`: a subject that cut the body's place off starts inside its name
    if _clause_actor_owns(text, sentence_start, pos) or _opening_actor_owns(text, sentence_start, pos):
        return True  # `…收取电费，南岭某某超市按每千瓦时1.30元收取电费`: each clause its own firm's
    reach = max(sentence_start, pos - ANAPHOR_REACH)
    anaphors = list(FIRM_ANAPHOR.finditer(text, reach, pos))  # `…，公司克服困难…，投诉量减少91%`
    if anaphors and owns_up_to(text, anaphors[-1].end(), pos):
        return True
    held = institution_anaphor(text, sentence_start, pos)  # `某某医院院长某某说，医院每年…`
    return held is not None and owns_up_to(text, held.end(), pos)


def opens_before(actor: tuple[str, int], pos: int) -> bool:
    """The actor's name (name, end) starts at or before the figure's mention at pos: the mention may start inside the
    name when its subject kept only the name's part after its place (`中级人民法院共受理案件` of `某市中级人民法院`)."""
    return actor[1] - len(actor[0]) <= pos


def _clause_actor_owns(text: str, sentence_start: int, pos: int) -> bool:
    """A firm or a named body opens a clause of the figure's sentence before it (after a `，`) as its actor, and
    nothing after it up to the figure takes the figure from it (owns_up_to): the figure's own clause, or an earlier
    one the clauses after it continue with no actor of their own (`运行的44天里，某某医院筛查了2175人，报告确诊病例54人`)."""
    reach = max(sentence_start, pos - ANAPHOR_REACH)
    clauses = sorted({i + 1 for i in range(reach, pos) if text[i] in CLAUSE_OPENINGS}, reverse=True)
    for clause in clauses:  # the nearest actor decides: an earlier one is cut off by any firm or place between
        actor = firm_actor(text, clause) or institution_actor(text, clause)
        if actor is not None and clause != clauses[0] and OWN_ACCOUNT.fullmatch(actor[0]):
            continue  # `最高检开展了…专项监督，…共办理…案件`: a national organ's campaign runs through its whole system
        if actor is not None and actor[1] <= pos:
            return owns_up_to(text, actor[1], pos) \
                and SET_MEMBER.search(text, actor[1], pos + 1) is None  # `某某大学等18所高校`: one of the counted
    return False


def institution_anaphor(text: str, sentence_start: int, pos: int):
    """The last `医院`/`该院` before pos pointing back at one named hospital its sentence named before it."""
    reach = max(sentence_start, pos - ANAPHOR_REACH)
    found = list(_INSTITUTION_ANAPHOR.finditer(text, reach, pos))
    return found[-1] if found and _ONE_INSTITUTION.search(text, reach, found[-1].start()) else None


def part_of_firm_figure(text: str, firm_end: int, pos: int) -> bool:
    """`…三星在华累计投资407亿美元，其中，尖端产业投资295亿美元，占总投资比重的72%`: a part (after `其中`) of a firm's
    figure that ends at firm_end in the same sentence, with no place, other firm or `；` between, is the firm's too."""
    return _OF_WHICH in text[firm_end:pos] and owns_up_to(text, firm_end, pos)


def part_direction(whole: str | None, part: str | None) -> str | None:
    """The indicator of a `其中` part of a firm's cross-border total (`在华累计投资407亿美元，其中，尖端产业投资295亿美元`):
    the whole's direction (attracted, outward), where the part alone reads as investment completed; else None."""
    return whole if whole in _CROSS_BORDER and part == _COMPLETED else None


def firm_region(text: str, span: tuple[int, int, int], owned: str, unit: str | None, region: str | None) -> str | None:
    """The region of a firm's figure (span: its sentence's and its clause's starts and its own; owned: its subject
    with its firm): none (`交通银行某省分行…贷款利率下降30%`, `公司…投诉量减少91%` are one firm's, not the province's or
    the city's), unless no firm is named in its subject or before it in its sentence, the figure counts firms
    (`主板公司51家`), or its own comma clause names a place before it outside a firm's name and after its actor
    (`东升集团在贵州投资…`; not `国网某省公司将…与某省能源改革融合，…将在关键领域投资…`: the place is another clause's)."""
    if region is None or region == NATIONAL:
        return None
    sentence, clause, pos = span
    named_firm = names_a_firm(owned) or names_a_body(owned) \
        or _FIRM.search(owned) is not None and _one_firm(_FIRM.search(owned)[0]) \
        or any(_one_firm(m[0]) for m in _FIRM.finditer(text, max(sentence, pos - _OWN_REACH), pos)) \
        or FIRM_ANAPHOR.search(text, max(sentence, pos - _OWN_REACH), pos) \
        or names_document_firm(text, owned) or bool(named_bodies(text, max(sentence, pos - ANAPHOR_REACH), pos)) \
        or institution_anaphor(text, sentence, pos) is not None or _clause_actor_owns(text, sentence, pos) \
        or _opening_actor_owns(text, sentence, pos)  # `西湖材料实验室引进…`: a name firm_name leaves out
    held = institution_actor(text, sentence)  # cached per sentence: the same span, asked for each figure
    institution = (held[1] - len(held[0]), held[1]) if held is not None else None
    if institution is None:  # `…;某某宫景区接待游客…`: each clause its own site's; `…，某县某某审判庭已受理…`: its own body's
        opened = max(text.rfind(c, max(sentence, pos - ANAPHOR_REACH), pos) for c in CLAUSE_OPENINGS) + 1
        institution = (_institution_span(text, opened) or site_span(text, opened)) if opened > sentence else None
    named_firm = named_firm or institution is not None and institution[0] <= pos  # its subject may cut its place off
    body = owned_by_pointed_body(text, max(sentence, pos - ANAPHOR_REACH), pos, owned) \
        or opens_with_body_topic(text, sentence, owned, pos)  # `该站…`, `某某景区成为…，接待游客…`: the body's own
    named_firm = named_firm or body
    if not named_firm or UNIT_KINDS.get(unit or "") == "count" and _COUNTED_FIRMS.search(owned):
        return region
    if names_a_body(owned) or body:
        return None  # `东江站预计发送旅客`, `该站目前日均集散量…`: the body's measure, whatever place its other clauses name
    firms = [(_located_start(text, clause, _name_start(m)), m.end()) for m in _FIRM.finditer(text, clause, pos)] \
        + named_bodies(text, max(clause, pos - ANAPHOR_REACH), pos) \
        + [m.span() for m in _ONE_INSTITUTION.finditer(text, max(clause, pos - ANAPHOR_REACH), pos)]
    if institution is not None:
        firms.append(institution)  # `国科大宁波华美医院`: 宁波 is its name's
    actor = firm_actor(text, sentence)  # `在湖南长沙，北岭光电…`: the place of the lead before the actor is the firm's
    after = max(clause, actor[1]) if actor is not None and actor[1] <= pos else clause
    after = _past_reporter(text, after, pos)  # `某市假日办…显示，…某某博物院接待…`: the place is the reporter's
    dateline = _DATELINE.match(text, after)  # `本报北京…电  …某县某某审判庭…`: where the story was filed
    after = dateline.end() if dateline is not None and dateline.end() <= pos else after
    return region if _names_own_place(text, firms, (after, pos), actor is not None and actor[1] <= pos) else None


def _opening_actor_owns(text: str, sentence: int, pos: int) -> bool:
    """The firm opening the sentence as its actor (firm_actor, also by a name only its act shows: `东岭科技联合…`)
    owns the figure at pos: nothing between them names a place, another firm or a `；` (owns_up_to), past its
    partners' clause and the world it works in (partner_clauses.py)."""
    actor = firm_actor(text, sentence)
    return actor is not None and actor[1] <= pos and (owns_up_to(text, actor[1], pos)
                                                      or owned_past_partners(text, actor[1], pos))


def _names_own_place(text: str, firms: list[tuple[int, int]], span: tuple[int, int], actor: bool) -> bool:
    """A place outside the firms' names in span (the clauses up to the figure): in the figure's own comma clause, or
    before the first firm they name when no actor opened the sentence (`上海累计引进…，累计引进跨国公司地区总部730家`);
    not in an earlier clause after the firm (`国网某省公司将…与某省能源改革融合，…将在关键领域投资…`, `公司立足宁夏…，
    规划投资…`): that clause tells what the firm does, not where its figure is. The world or the whole country
    (`某集团全球专利申请`, `在全国开设门店`) is where a firm works, never the place the story is set in."""
    after, pos = span
    own = max(after, *(text.rfind(c, after, pos) + 1 for c in _COMMAS))
    first = after if actor else min([a for a, _ in firms] + [m.start() for m in FIRM_ANAPHOR.finditer(text, after, pos)],
                                    default=pos)
    return any((p.start >= own or p.start < first) and not any(a <= p.start < b for a, b in firms)
               for p in place_mentions(text, after, pos) if p.kind not in _WIDER_THAN_A_PLACE)


def _past_reporter(text: str, start: int, pos: int) -> int:
    """Where the clauses before pos start that are not a lead naming who reports the figure (reported_by_lead)."""
    reach = max(start, pos - ANAPHOR_REACH)
    ends = [m.end() for m in _REPORTED_BY.finditer(text, reach, pos)]
    return ends[-1] if ends else start


def _located_start(text: str, clause: int, start: int) -> int:
    """Where a firm's name starting at start begins with the attributive that only locates it (`位于嘉兴的某集团`)."""
    located = _LOCATED.search(text, max(clause, start - _LOCATED_REACH), start)
    return located.start() if located is not None and located.end() == start else start


def _name_start(m) -> int:
    """Where a firm's name matched at m begins: after a pointing or counting word inside it (`山东日照一家医疗公司`:
    the place before `一家` is no part of the name)."""
    inner = _POINTER.search(m[0])
    return m.start() + inner.end() if inner is not None else m.start()
