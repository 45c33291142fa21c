"""Owners of a measure named alone: the set just counted, the field or set a sentence opened, an act, an organisation.

A figure's subject is read from its own clause, so a measure named alone there (`投资额`, `日均消费量`, `第三产业`)
loses whose it is when the owner stands earlier in the sentence. These rules put it back only where the sentence
says it plainly: right after a count of projects, firms or roads (`落地项目633个、投资额5675亿元` → 落地项目投资额,
`农村公路1200条，通车里程…` → 农村公路通车里程, `…项目备案46个，涉及投资额…` → …项目投资额) or of
people aided (`资助学前教育幼儿914万人次，资助金额116亿元` → 学前教育幼儿资助金额), after
a clause that names the field (`成品油消费方面，3月份日均消费量…` → 成品油日均消费量), for a
count of the noun after it, the act that picks the things counted (`在边境击毙了30名武装分子` → 击毙武装分子), for a part
of the set a sentence opens with (`在规模以上工业中，国有控股企业…` → 规模以上工业国有控股企业) or its breakdown's
total counts (`规模以上服务业营业收入…。分行业看，道路运输业营业收入…` → 规模以上道路运输业营业收入), and for
a running total or a firm's own account in a sentence an organisation opens, the organisation (`恒远集团每年出资…，
累计出资…` → 恒远集团累计出资, `公司现日产…，全年产值…` → 公司产值).
A `分别` list's items take theirs in list_owners.py. Words in lexicon/owners.toml.
"""

from __future__ import annotations

import regex

from .body_particulars import body_kept, counted_body, particular_body, particular_of
from .held_things import area_things
from .lexicon import lexicon
from .quantities import UNIT_KINDS
from .sentences import is_item_line
from .subjects import clean_subject, overlap_joined, set_opening

_LEX = lexicon()
_COUNT_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "count")
_COUNTED_MEASURE = _LEX.compile("counted_measure")
_COUNTED_OWNER = _LEX.compile("counted_owner")
_COUNTED_OWNER_WORD = _LEX.compile("counted_owner_word")
_LIGHT_ACT = _LEX.compile("counted_owner_light_act")
_COUNTED_AIDED = _LEX.compile("counted_aided")
_AID_MEASURE = _LEX.compile("counted_aid_measure")
_PROJECT_RATE = _LEX.compile("counted_project_rate")
_PROJECT_SET = _LEX.compile("counted_project_set")
_NAMING_BRACKETS = regex.compile(r"[()]")
_AIDED_UNITS = frozenset(_LEX.words("aided_count_unit"))  # a count of people or households aided
_ASPECT = _LEX.compile("aspect_opening")
_POPULATION = _LEX.compile("population_opening")
_ECONOMY_OF_TOTAL = _LEX.compile("economy_of_total")
_POPULATION_OF_TOTAL = _LEX.compile("population_of_total")
_POPULATION_NAMED = _LEX.compile("population_qualifier")
_ASPECT_MEASURE = _LEX.compile("aspect_measure")
_FIELD_TAIL = _LEX.compile("aspect_field_tail")
_TIME_CLAUSE = _LEX.compile("time_clause_opening")
_IN_SET = _LEX.words("in_set")[0]
_PROJECT = _LEX.words("project_word")[0]
_BRACKET_OPEN = _LEX.compile("(?:{count_bracket_open})$")
_BRACKET_CLOSE = _LEX.compile(r"[)）]\s*")
_RATE_NOUN = _LEX.compile("bracketed_rate_noun")
_RATE_FIGURE = 8  # characters: a rate's bracket holds its figure and unit alone
_LIST_MARK = "、"
_BRACKET_SHARE = _LEX.compile_at("count_bracket_share")
_HEADING_NUMBER = _LEX.compile("(?:{item_number})$")  # `一、招聘岗位(35人)`: a heading, no list
_REACH = 60  # characters: how far a bracket's close is looked for
_COUNT_BEFORE = _LEX.compile("count_right_before_set")  # `154家` right before the set
_MAX_BRACKETED = 24  # characters: `较为突出的问题主要集中在水电气暖` still names the noun a bracket follows
_MAX_NAME = 16  # characters: a longer subject is a piece of a sentence (subjects._MAX_OTHER_SUBJECT), so no owner
_MAX_AIDED = 18  # characters: the people and their aid amount (学前教育幼儿资助金额)
_MAX_OWNER = 14  # characters: a longer counted subject is a piece of narrative, not a set's name
_ACT_BEFORE = _LEX.compile("counting_act_before")
_ACT_AFTER = _LEX.compile("counting_act_after")
_NOUN_ENDS = frozenset((*",，;；:：。、！？!?\n", ""))  # the noun is whole: a clause, an item or a line ends
_ATTRIBUTIVE = _LEX.words("attributive")[0]
_ORGANISATION_MEASURE = _LEX.compile("organisation_measure_alone")
_OPENS_WITH_TOTAL = _LEX.compile("clause_opens_with_running_total")
_GROUP_END = "；;"  # an organisation's sentence owns no clause past its `；` group
_ORGANISATION = _LEX.compile("organisation_opening")
_CLAUSE_MARKS = ",，、;； "


def counted_set(subject: str, unit: str | None, kept: str | None = None, level: bool = True) -> str | None:
    """`纳入管理库的项目` counted in 个: a set of things whose amounts may follow, when it is one; the set kept from
    before when the figure is that set's own amount (`11个省重点项目完成投资…，年度投资完成率…`: its rate may follow),
    rate or change (`…项目899个，同比增加50个，投资总额…`); any other change ends the set."""
    if not level:
        return kept if kept and subject.startswith(kept) else None
    if body_kept(subject, kept):
        return kept  # `…床位420万张，工作人员…`: the body's particulars go on
    if unit in _COUNT_UNITS and 2 <= len(subject) <= _MAX_OWNER and (m := _COUNTED_OWNER.search(subject)):
        owner = subject[:m.start()] + (m["act"] or "") + m["head"]  # `高新技术企业总数` → 高新技术企业, `企业入驻` → 入驻企业
        return owner[light.end():] if (light := _LIGHT_ACT.match(owner)) else owner  # `组织实施…项目` → …项目
    if body := counted_body(subject, unit) or particular_body(subject):
        return body  # `养老机构3.4万个`, whose `床位` may follow; `幼儿园教职工…`, whose `专任教师` may
    if unit in _AIDED_UNITS and (m := _COUNTED_AIDED.fullmatch(subject)):
        return m["who"]  # `资助学前教育幼儿914万人次` → 学前教育幼儿, whose `资助金额` may follow
    return kept if kept and (subject.startswith(kept) or _PROJECT_RATE.fullmatch(subject)) else None


def of_counted(counted: str | None, subject: str, left: str) -> str:
    """`投资额` right after `落地项目633个、` → 落地项目投资额; the measure opens the figure's clause (left), no scope
    between (`项目63个，全市完成投资…` is the region's); a word of the set before it (`外商企业30家，外商投资总额`) only
    repeats whose it is, so the words of the set before it scope the measure (`来粤投资茶叶产业的外商企业…，外商投资总额`
    → 来粤投资茶叶产业的外商投资总额)."""
    if not counted:
        return subject
    opening = left.lstrip(_CLAUSE_MARKS)
    if particular := particular_of(counted, subject, opening):
        return particular  # `养老机构3.4万个，床位420万张` → 养老机构床位
    if _COUNTED_AIDED.fullmatch(counted):  # people aided own only an aid amount (学前教育幼儿资助金额)
        aid = _AID_MEASURE.fullmatch(subject) and _AID_MEASURE.match(opening)
        return counted + subject if aid and len(counted + subject) <= _MAX_AIDED else subject
    if _COUNTED_MEASURE.match(opening) and (m := _COUNTED_MEASURE.fullmatch(subject)):  # `…项目25个，项目总投资`
        subject = subject[m.end("via"):] if m["via"] else subject  # `…，涉及总投资` → 总投资
        return counted + (subject[len(_PROJECT):] if counted.endswith(_PROJECT) and subject.startswith(_PROJECT)
                          else subject)
    if _COUNTED_MEASURE.fullmatch(subject) and (at := opening.rfind(counted + subject)) > 0 \
            and _COUNT_BEFORE.search(opening, 0, at):
        return counted + subject  # `120家试点单位营业收入达…`: the measure right after the set its count names
    plain = _NAMING_BRACKETS.sub("", subject)  # `年度投资(完成率)`, as the figure before named it
    if _PROJECT_SET.search(counted) and _PROJECT_RATE.fullmatch(plain) and opening.startswith(plain):
        return counted + subject  # `11个省重点项目完成投资…，年度投资完成率…` → 省重点项目年度投资(完成率)
    word = _COUNTED_OWNER_WORD.match(subject)
    if word is None or word[0] not in counted or not opening.startswith(subject) \
            or not _COUNTED_MEASURE.fullmatch(subject, word.end()):
        return subject
    scope = counted[:counted.rfind(word[0])]  # a clause that says which firms (`来粤投资茶叶产业的`), not an act (`新设`)
    return scope + subject if scope.endswith(_ATTRIBUTIVE) else subject


def acted_on(text: str, left: str, span: tuple[int, int], noun: str) -> str:
    """`…击毙了至少30名武装分子`, `20名武装分子被击毙`: the count (its number to its noun, span) is of the things the
    act picks (击毙武装分子), not of all such things. An act before it counts only with its noun (`驱逐20名记者的对等措施`
    counts no act), read back from the end of left; pass left empty when the subject before already holds it."""
    if m := _ACT_AFTER.match(text, span[1]):
        return m["verb"] + noun
    m = _ACT_BEFORE.search(left)
    whole_noun = text[span[1]:span[1] + 1] in _NOUN_ENDS and _ATTRIBUTIVE not in text[span[0]:span[1]]
    return m["verb"] + noun if m and whole_noun and not noun.startswith(m["verb"]) else noun


def organisation_total(text: str, start: int, clause: int, left: str, subject: str) -> str:
    """`自2015年起，恒远集团每年出资5000万元…，累计出资超过3亿元`, `公司现日产…，全年产值达620万元`: a firm's own
    account or a running total named alone, opening a clause (from clause, left before the figure) of the `；` group
    an organisation opens as its actor at start, is that organisation's (恒远集团累计出资, 公司产值)."""
    if not _ORGANISATION_MEASURE.fullmatch(subject) or not (m := _OPENS_WITH_TOTAL.match(left)) \
            or not left.startswith(subject, m.start("measure")) or any(c in text[start:clause] for c in _GROUP_END):
        return subject
    m = _ORGANISATION.match(text, start)
    return m["org"] + subject if m and len(m["org"] + subject) <= _MAX_NAME else subject


def aspect_of(text: str, start: int, clause: int, subject: str) -> str:
    """`成品油消费方面，3月份日均消费量…`: a measure named alone after the sentence's last `…方面，` before its clause
    is that field's (without the field's activity word: 成品油日均消费量)."""
    if not _ASPECT_MEASURE.fullmatch(subject):
        return subject
    field = None
    for m in _ASPECT.finditer(text, start, clause):
        field = m["topic"]
    if not field or subject.startswith(field):
        return subject
    field = _FIELD_TAIL.sub("", field)
    return field + subject if len(field) >= 2 and not subject.startswith(field) else subject


def population_of(text: str, start: int, clause: int) -> str | None:
    """`在规模以上工业中，分经济类型看，…`: the set the sentence text[start:…] opens with before the clause, if any."""
    m = _POPULATION.search(text, start, clause)
    return None if not m else m["set"] or m["measure"] + _IN_SET  # `在网上零售额中，` → 网上零售额中吃类商品


def population_of_total(total: str) -> str | None:
    """`全年全县规模以上服务业企业实现营业收入` → 规模以上: the threshold a total (a breakdown's whole) counts firms above."""
    m = _POPULATION_OF_TOTAL.match(total)
    return m["set"] if m else None


def economy_of_total(total: str) -> str | None:
    """`民营经济增加值` → 民营经济: the part of the economy a total's value added is narrowed to (economy_of_total)."""
    m = _ECONOMY_OF_TOTAL.match(total)
    return m["economy"] if m else None


def within(population: str | None, subject: str) -> str:
    """A part of the set the sentence or its breakdown's total opened (`国有控股企业增加值` in 规模以上工业) is the
    set's, unless it names it or another threshold's set (`限额以上…` in a 规模以上 breakdown)."""
    if not population or not subject or population in subject or _POPULATION_NAMED.search(subject):
        return subject
    return overlap_joined(population, subject)



def opening_set(text: str, start: int) -> tuple[str, str] | None:
    """The set a sentence opens with (`住户贷款中，`), also after a clause that is a time alone (`2018年，`)."""
    if (opening := set_opening(text, start)) is not None:
        return opening
    m = _TIME_CLAUSE.match(text, start)
    return set_opening(text, m.end()) if m else None


def bracket_owner(text: str, lo: int, pos: int, subject: str) -> str:
    """`集中在水电气暖(共1088件,以…为主)、城市管理(…)`: a count at pos that opens a bracket, its clause naming
    nothing else, is the count of the noun the bracket follows (back to the last clause or list mark), when the
    noun is an item of a list (a `、` before it or after its bracket). A figure before the bracket (`确诊病例3例(城厢区
    1例)`) is the breakdown's business, and a lone bracket after a noun (`地方分担的部分(50%)`, a heading's
    `招聘岗位(35人)`) is no list's item, unless the noun is a rate holding its figure alone (`按年平均汇率(6.62元)`)."""
    if subject or not (m := _BRACKET_OPEN.search(text, max(lo, pos - 4), pos)):
        return subject
    before = m.start()
    mark = max(text.rfind(c, lo, before) for c in ",，;；:：、。(（")
    noun = clean_subject(text[max(lo, mark + 1):before])
    close = _BRACKET_CLOSE.search(text, pos, pos + _REACH)
    listed = (mark > 0 and text[mark] == _LIST_MARK and not _HEADING_NUMBER.search(text, max(0, mark - 4), mark + 1)) \
        or (close and text[close.end():close.end() + 1] == _LIST_MARK)  # not a heading's `一、`
    # `1.住房保障类(793件,占比17.36%)`: a numbered line's category, its count and share in the bracket
    line = max(lo, mark + 1, text.rfind("\n", lo, before) + 1)
    listed = listed or (line > mark and is_item_line(text, line, pos + _REACH) and _BRACKET_SHARE.match(text, pos) is not None)
    if (rate := _RATE_NOUN.search(noun)) and close is not None and close.start() - pos <= _RATE_FIGURE:
        return rate["rate"]
    return noun if listed and 2 <= len(noun) <= _MAX_BRACKETED and not noun[-1].isdigit() else subject


def opens_shared_bracket(text: str, lo: int, pos: int) -> bool:
    """`住房保障类(793件,占比17.36%)`: the count at pos opens a bracket that gives its share too, so the share is the
    same category's (the count names what the rest of the bracket measures)."""
    return _BRACKET_OPEN.search(text, max(lo, pos - 4), pos) is not None and _BRACKET_SHARE.match(text, pos) is not None

_ACT_ALONE = _LEX.compile("act_alone")
_ACT_THEN_NOUN = _LEX.compile("act_then_noun")


def handled_things(subject: str, unit: str | None, previous: tuple[str, str | None] | None) -> str:
    """`排查出违建别墅120套，拆除115套，没收5套`: a count named by its act alone, right after a count in the same unit
    whose subject is an act and its things, counts those things (拆除违建别墅), the acting body's if it was named
(`某某法院受理案件…，审结…` → 某某法院审结案件); previous is that figure's (subject, unit)."""
    if previous is None or unit not in _COUNT_UNITS or previous[1] != unit or not handles_previous(subject, previous[0]):
        return subject
    before, lead = _ACT_THEN_NOUN.fullmatch(previous[0]), _ACT_ALONE.fullmatch(subject)["lead"]
    return (before["actor"] or "") + subject[len(lead or ""):] + before["noun"]  # `处于办结时限内正在办理`: the act


def handles_previous(subject: str, previous: str) -> bool:
    """`办结` after `受理投诉`: an act alone on the things another act before it named (see handled_things)."""
    m, before = _ACT_ALONE.fullmatch(subject), _ACT_THEN_NOUN.fullmatch(previous)
    return bool(m and before) and before["act"] != m["act"] and not _ACT_ALONE.fullmatch(before["noun"])


_ACTOR_BEFORE_GOAL = _LEX.compile("actor_before_goal")


def actor_of_count(subject: str, noun: str) -> str:
    """`湖北银行将在湖北省内发放` before `30万张退役军人专属卡`: a subject too long to be a name that is a body, a phrase of
    place or goal and the body's act keeps the body and its act (湖北银行发放退役军人专属卡), not the noun alone."""
    if not (m := _ACTOR_BEFORE_GOAL.fullmatch(subject)):
        return area_things(subject, noun) or noun  # `…历史文化街区内保存有` 200多座古建筑: the area's
    owned = m["actor"] + (noun if noun.startswith(m["verb"]) else m["verb"] + noun)
    return owned if len(owned) <= _MAX_NAME else noun


_ATTRIBUTED_MEASURE = _LEX.compile("attributed_measure")
_ATTRIBUTED_TO = _LEX.compile_at("attributed_to")
_MIN_THING = 3  # characters: `项目投资` would still read as all projects' investment


def attributed(text: str, end: int, subject: str) -> str | None:
    """`投资120万元的村级电网改造项目`, `占地620亩的湿地公园`, `投资445万元建成农产品销售中心`, `还包括总投资…的某某项目`: a measure named alone
    whose figure (ending at end) describes the thing named after it is that thing's (村级电网改造项目投资), else None."""
    if not (held := _ATTRIBUTED_MEASURE.fullmatch(subject)) or not (m := _ATTRIBUTED_TO.match(text, end)):
        return None
    return m["thing"] + held["measure"] if len(m["thing"]) >= _MIN_THING else None  # `项目中还包括总投资…的X`: X's


_DESCRIBES = _LEX.compile_at("attributed_describes")


def describes_thing(text: str, end: int, subject: str) -> bool:
    """`投资7000万元的高新技术企业某某`: a measure named alone whose figure (ending at end) describes a thing after it,
    named or not, so it is no measure of the subject before it."""
    return bool(_ATTRIBUTED_MEASURE.fullmatch(subject) and _DESCRIBES.match(text, end))


_LISTED_ACT = _LEX.compile("listed_count_act")
_ITEM_JOINERS = frozenset(_LEX.words("list_joiner"))
_MAX_ITEM_NOUN = 6  # characters: `调研组赴各省辖市及32个县` is a trip, not a list of things the act counts


def listed_act(previous: tuple[str, str, str | None] | None, between: str, unit: str | None, noun: str) -> str | None:
    """`经济日报共刊发185个全彩专版、40个公益广告`: a count that is a later item (its noun alone, right after the
    previous count's noun, between them only a list mark) in the same unit is counted by the previous count's act
    and actor (经济日报刊发公益广告); previous is that count's (subject, noun, unit). None when it is not."""
    if previous is None or len(noun) < 2 or between not in _ITEM_JOINERS or unit not in _COUNT_UNITS or previous[2] != unit:
        return None
    subject, before = previous[0], previous[1]
    if not before or len(before) > _MAX_ITEM_NOUN or not subject.endswith(before) or not (m := _LISTED_ACT.fullmatch(subject[:-len(before)])):
        return None
    owned = m["actor"] + m["act"] + noun
    return owned if len(owned) <= _MAX_NAME else None
