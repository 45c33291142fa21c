"""Finding mentions in a sentence: a quantity (or a stated zero) with its subject and direction.

A mention says *what* was measured and *how much*, as the text puts it; which indicator, period, region
and status it gets is resolve.py's business. Rules, in order: catalog patterns (`无新增确诊病例` → 0),
then every quantity, read in turn by figure_reader.py: a direction word right before it (`增长`, `降幅收窄至`)
makes a change (growth rate), anything else a level, and the clause before it (or the noun after a count) its
subject. Last, a list whose items share one figure (`…均…`) gives one mention per item.

A figure's direction word and sign are figure_direction.py; the place a breakdown item names and what its list
counts are breakdown_items.py; what a `分别` list gives each number is respective_lists.py.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .carried_breakdowns import with_demographic_parts
from .catalog import Catalog
from .clause_bounds import subject_clause_start
from .figure_reader import FigureReader
from .grade_items import with_graded_measure
from .headed_lists import with_heading_measure
from .hotline_category_channels import by_category_channel
from .hotline_channels import by_channel
from .hotline_outcomes import with_outcome_objects
from .item_measures import with_first_item_measure, with_industry_measure, with_per_head_base
from .lexicon import lexicon
from .list_subjects import items_sharing
from .measure_owners import opening_set
from .mention import Mention
from .new_case_kinds import with_new_kinds
from .part_bodies import names_a_body
from .part_qualifiers import with_part_qualifiers
from .partner_flows import with_partner_flows
from .passed_thresholds import without_passed_thresholds
from .quantities import Quantity, find_quantities
from .respective_margins import with_respective_margins
from .set_scopes import qualified_siblings, scoped_siblings
from .shared_objects import with_joint_objects, with_objects_named_once, with_stage_owners
from .sub_accounts import is_account
from .subjects import NATIONAL_PHRASE, TIME_WORDS, clean_subject, of_set
from .treated_counts import with_treatment
from .unit_parts import per_unit

__all__ = ["Mention", "find_mentions", "pattern_hits"]

_LEX = lexicon()
_DIGIT = regex.compile(r"\d")
_STATED_RATE = _LEX.compile("stated_rate")


def _shared_by_items(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """`大米、面粉价格均与上周持平`: one figure of each item of the list before `均`, not one of the list."""
    out = []
    for m in mentions:
        items = None if (m.place or m.part) else items_sharing(text[subject_clause_start(text, start, m.start, False):m.end])
        out.extend([replace(m, subject=x) for x in items] if items else [m])
    return out


def _told_apart(mentions: list[Mention], listed: list[bool]) -> list[Mention]:
    """`比上年提高3.9、2.9和2.0个百分点` after a list the clause does not name again: the bare numbers before the
    last one are kept only when each has a subject of its own (else they would repeat the last one's)."""
    keep, run = [], []
    for m, is_listed in zip(mentions, listed, strict=True):
        if is_listed:
            run.append(m)
            continue
        if run and len({r.subject for r in run} | {m.subject}) == len(run) + 1:
            keep.extend(run)
        run = []
        keep.append(m)
    return keep


def pattern_hits(text: str, catalog: Catalog, start: int = 0, end: int | None = None) -> list[tuple]:
    """(catalog pattern, match) for every catalog pattern match in text[start:end]."""
    end = len(text) if end is None else end
    return [(pat, m) for pat in catalog.patterns for m in pat.regex.finditer(text, start, end)]


def _pattern_mentions(text: str, start: int, hits: list[tuple]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Mentions of the catalog patterns that state a value (`无新增确诊病例` → 0), and the spans they take."""
    mentions, taken = [], []
    for pat, m in hits:
        if "subject" in m.re.groupindex:
            subject = pat.prefix + m["subject"]
        else:  # `工业增加值与上年持平`: the pattern states the value, the clause before it names the thing
            subject = clean_subject(text[subject_clause_start(text, start, m.start(), list_marks=True):m.start()])
            if len(subject) < 2 or _DIGIT.search(_STATED_RATE.sub("", TIME_WORDS.sub("", text[start:m.start()]))):
                continue  # `636个,而去年同期只有300个,一年时间翻了一番`: the numbers already say it
        mentions.append(Mention(pat.kind, subject, pat.value, None, pat.unit, pat.qualifier, 1, m.start(), m.end(), pat.id))
        taken.append(m.span())
    return mentions, taken


def find_mentions(text: str, start: int, end: int, catalog: Catalog, quantities: list[Quantity] | None = None,
                  hits: list[tuple] | None = None, heading: str = "", whole: str = "") -> list[Mention]:
    """Mentions in the sentence text[start:end], in text order.

    The sentence's quantities and catalog-pattern hits may be given (found once for the whole text); `heading` is
    what a list's items on lines of their own count (`…确诊病例50例,其中:` then `1.鄂尔多斯市11例`); `whole` is the
    whole the parts of a sentence that opens with `其中` belong to (`年末户籍人口…。其中,城镇人口…`).
    """
    mentions, taken = _pattern_mentions(text, start, pattern_hits(text, catalog, start, end) if hits is None else hits)
    if quantities is None:
        quantities = find_quantities(text, start, end)
    # `31个省区市` names the whole country, it counts nothing
    quantities = [q for q in quantities if not any(a <= q.start < b for a, b in taken)
                  and not NATIONAL_PHRASE.match(text, q.start)]
    reader = FigureReader(text, start, end, heading, mentions, whole)
    for i, q in enumerate(quantities):
        reader.read(i, q, quantities)
    mentions = _shared_by_items(text, start, _told_apart(reader.mentions, reader.listed))
    mentions = by_channel(text, start, sorted(mentions, key=lambda m: m.start))
    mentions = by_category_channel(text, mentions)  # `咨询类诉求受理…(热线受理…)` → 咨询类诉求热线受理
    mentions = with_objects_named_once(mentions)  # `…接待国内游客…;涪陵区接待55万人次` → 接待国内游客  # `来电…,其中转办…` → 来电转办
    mentions = with_stage_owners(mentions)  # `危房改造已开工126万户、竣工112万户` → 危房改造竣工
    mentions = with_joint_objects(text, start, end, mentions)  # `受理和审结…案件…，共受理…、审结…` → 审结…案件
    mentions = with_outcome_objects(mentions)  # `呼入来电…,接通…` → 接通来电
    mentions = with_graded_measure(mentions)  # `评价为A类的有50家,B类4家` → 评价为B类
    mentions = without_passed_thresholds(text, mentions)  # `首次突破3000亿元,达3080.3亿元`: the line crossed
    mentions = with_part_qualifiers(text, mentions)  # `…旅客…、车辆…，其中出港车辆…、旅客…` → 出港旅客
    mentions = with_first_item_measure(text, mentions)  # `小麦收购量…、玉米…、大豆…` → 大豆收购量
    mentions = scoped_siblings(text, mentions)  # `新签项目中市内项目…;市外项目…` → 新签项目中市外项目
    mentions = qualified_siblings(mentions)  # `限额以上单位粮油类零售额…,服装类零售额…` → 限额以上单位服装类零售额
    mentions = with_per_head_base(mentions)  # `每10万人中拥有大学…;拥有高中文化程度的…` → 每10万人中拥有高中文化程度
    mentions = with_industry_measure(text, mentions)  # `采矿业增加值增长…,制造业下降…` → 制造业增加值
    mentions = with_partner_flows(text, start, mentions)  # `其中对越南增长…` → 对越南进出口
    mentions = per_unit(text, start, mentions)  # `12件逾期,其中市住建局3件` → 市住建局逾期
    mentions = with_demographic_parts(text, start, mentions)  # `累计报告确诊病例中,男性171例` → …(男性)
    mentions = with_new_kinds(text, mentions)  # `新增本土确诊病例33例…;无症状感染者67例` → 新增无症状感染者
    mentions = with_treatment(text, end, mentions)  # `315例确诊病例均在某医院隔离治疗` → 隔离治疗确诊病例
    mentions = with_heading_measure(text, start, end, mentions)  # `工单数量较多的单位为:住建局1468件` → 住建局工单数量
    mentions = with_respective_margins(text, start, end, mentions)  # `分别高于全省、全市0.6个、0.7个百分点`
    if (opening := opening_set(text, start)) is not None:  # `住户贷款中，短期贷款…`: the set's
        mentions = [replace(m, subject=of_set(opening, m.subject)) for m in mentions]
    return mentions


_OPENS_WITH_PARTS = regex.compile(rf"\s*{lexicon().words('of_which')[0]}[,，:：]?")


def whole_before(text: str, start: int, before: list[Mention]) -> str:
    """The account a sentence that opens with `其中` breaks down: the one measure the sentence before gave a level of
    (`年末全县户籍人口为11万人。其中,城镇人口…` → 户籍人口); none when that sentence gave several. Other wholes (funds by
    their sources) are the resolver's (funded_parts.opened_part). A whole measured of a body
    (`832个国家级贫困县农村电商网络零售额…。其中，农产品…`: part_bodies.body_of_part) is one too, and a count of that
    body the sentence gave first is no other whole."""
    levels = {m.subject for m in before if m.kind == "level"}
    levels = {s for s in levels if not any(other != s and other.startswith(s) for other in levels)}
    whole = levels.pop() if len(levels) == 1 and _OPENS_WITH_PARTS.match(text, start) else ""
    return whole if is_account(whole) or names_a_body(whole) else ""
