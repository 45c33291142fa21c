"""The last word on a document's drafts: a sentence that names the amount before it (`这是…的第一笔奖励资金。`), the
final filters on what a fact names (nothing, a piece of narrative, a fragment), and one fact per figure (a headline or
summary restating a figure of the body counts once). Mixed into the Resolver, which fills `drafts`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .act_edges import is_clause_fragment, without_act_edges
from .attested_subjects import attested_name, rated_subjects
from .bare_names import bare_name_of_a_clause
from .case_acts import case_act_subject, counted_acts
from .clause_remnants import without_predicate, without_remnants
from .clause_subjects import repaired_clause, subject_is_clause, told_as_held_once
from .fact import Fact
from .headline_repeats import body_article, round_repeats
from .institution_owners import owner_named
from .lexicon import lexicon
from .quantities import UNIT_KINDS
from .sentences import Sentence
from .subject_checks import (
    catalogued_name,
    level_reached,
    names_nothing,
    subject_is_debris,
    subject_is_narrative,
)
from .subject_debris import names_no_measure, without_debris
from .subject_fragments import only_fragment, planned, without_fragments
from .unowned_measures import measure_without_owner

_LEX = lexicon()
_THIS_IS = _LEX.compile_at("this_names_previous")
_NTH_AMOUNT = _LEX.compile("nth_amount")
_CURRENCIES = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "currency")
_SIBLINGS = 12  # drafts either side searched for a rest item's siblings (one sentence's list)
UNREPORTED_FAMILIES = ("other", "growth_rate")  # uncatalogued only: the catalogued families keep their recall


@dataclass(slots=True)
class Draft:
    """A fact as the Resolver first reads it, with how its period was settled and whether a headline or an item gave it."""
    fact: Fact
    explicit: bool   # a time expression decided the period (not the report's default)
    headline: bool = False
    item: bool = False   # an item of a list by place (`包头市9例`): its own place's figure, never a restatement
    clause_timed: bool = False  # its own clause names its time (`…,四季度增长1.9%`): a span of its own
    article: int = -1    # the article the figure is in (a headline restates only its own article's body)
    lead: str = ""   # its sentence's text right before it (`该县曾有`: a count once held, not a story's act)
    after: str = ""  # its sentence's text right after it (`18个…军营`: a clause may name the things after the number)
    told_time: str = ""  # a yearless time its sentence told on a page with no year (`7月`): kept in the subject



def _own_span(d: Draft, other: Fact) -> bool:
    """`全年增长1.9%…四季度增长1.9%`: a figure whose own clause dates it to a span that only ends with the other's
    is another figure with an equal value, no restatement."""
    return d.clause_timed and other.period_start != d.fact.period_start


def _restates_owned(f: Fact, out: list[Fact], kept: dict[tuple, list[int]]) -> bool:
    """`学前教育幼儿资助金额116.26亿元` then, later, `资助金额共计116.26亿元`: the measure named alone with the same value,
    time and place as an owned one already kept restates it (its owner was read from the first's sentence). Only
    amounts and rates (`…提案数量较2017年增长近40%` told in the lead with its office, then in the body without): a count
    of things named alone (`全县共有181个行政村`) may be the whole an earlier subset equals.
    `kept` indexes out by _owned_key (every key a place of out has held), so a long report is not scanned per fact."""
    return f.indicator is None and (f.unit in _CURRENCIES or f.unit == "%") and len(f.subject) >= 2 and any(
        (o := out[i]).indicator is None and o.subject != f.subject and o.subject.endswith(f.subject)
        and _owned_key(o) == _owned_key(f) for i in kept.get(_owned_key(f), ()))


def _owned_key(f: Fact) -> tuple:
    return (f.family, f.value, f.unit, f.status, f.period_end, f.region)


class DraftFacts:
    """The Resolver's drafts turned into its facts."""

    def _maybe_rename(self, s: Sentence) -> None:
        """`这是…的第一笔奖励资金。` names what the single amount of the previous sentence was."""
        m = _THIS_IS.match(self.text, s.start, s.end)
        if not m or not self.drafts:
            return
        last = self.drafts[-1]
        if (len(self.drafts) > 1 and self.drafts[-2].fact.quote == last.fact.quote) \
                or last.fact.unit not in _CURRENCIES:
            return  # only a sentence with a single amount is named by the next one
        para = self.seg.paragraphs[s.paragraph]
        context = self.text[para[0]:para[1]] + " " + self.seg.articles[s.article].headline
        noun = _NTH_AMOUNT.sub("", m["noun"])
        ind = self.catalog.classify("level", noun, last.fact.unit, self.catalog.context_hits(context))
        renamed = {"subject": noun} | ({"indicator": ind.id, "family": ind.family} if ind is not None else {})
        last.fact = replace(last.fact, **renamed)

    def _lead_day(self, f: Fact, article: int) -> Fact:
        """An undated headline figure, as of the paper's day, is as of the day its article's lead tells (a day before
        the paper's: `本报重庆5月11日电 5月11日,…` in the paper of the 12th), not the day the paper came out."""
        day, published = self.lead_days.get(article), self.story_days.get(article, self.paper.published)
        if day is None or day.end is None or published is None or f.period_start is not None \
                or f.period_end != published.isoformat() or not day.end < published:
            return f
        return replace(f, period_end=day.end.isoformat())

    def _series(self, f: Fact) -> str:
        """What a repeat must name again: the indicator, or the subject too for a fallback indicator, one series per
        item it names (`咨询131件` and, later, `车辆管理131件` are two hotline items, not one told twice)."""
        if f.indicator is None:
            return f.subject
        return f"{f.indicator}|{f.subject}" if self.catalog.by_id[f.indicator].fallback else f.indicator

    @staticmethod
    def _without_clause(f: Fact) -> str:
        """The subject with the clause's pieces trimmed: fragments, debris, act edges, clause remnants (an uncatalogued
        figure's counted noun loses its predicate last; a catalogued one's name is cut to the measure later)."""
        name = without_act_edges(without_debris(without_fragments(without_remnants(f.subject), f.unit), f.unit, f.family))
        return name if f.indicator is not None else without_predicate(name, f.quote)

    def facts(self) -> list[Fact]:
        """The facts, without repeats (a headline restating the body counts once)."""
        out: list[Fact] = []
        heads: list[bool] = []
        articles: list[int] = []
        undated_heads: list[bool] = []
        seen: dict[tuple, int] = {}
        kept: dict[tuple, list[int]] = {}   # out's places by _owned_key
        acts = counted_acts((d.fact.quote, d.fact.subject, d.fact.unit, d.lead) for d in self.drafts)
        rated = rated_subjects(self.drafts)
        for k, d in enumerate(self.drafts):
            f = d.fact
            if not f.subject and not f.indicator:
                continue  # `同比增长5%。` on its own: a number that says nothing about what it measures
            if f.family == "other" and subject_is_narrative(f.subject) and not owner_named(f.subject, f.unit) \
                    and not attested_name(
                    f, d.lead, rated, [o.fact for o in self.drafts[max(0, k - _SIBLINGS):k + _SIBLINGS + 1]]):
                continue  # a piece of narrative, not the name of a measure (decided after renaming); not a name its
                # sentence attests (`…共接待游客39.82万人次,…同比增长21.69%`, `…、其他谷物784亩、…`: attested_subjects.py)
            if f.indicator is None and f.family in UNREPORTED_FAMILIES and (
                    subject_is_debris(f.subject) or is_clause_fragment(f.subject, f.unit)
                    or level_reached(f.subject, f.unit) or names_no_measure(f.subject)):
                continue  # `一比例`, `会降`: a fragment of the sentence (a growth rate's too)
            if f.indicator is None and f.family in UNREPORTED_FAMILIES and only_fragment(f.subject):
                continue  # `一下子`: an adverb of the clause alone
            if f.subject and planned(f.subject) and f.status == "actual":
                f = replace(f, status="target")  # `公司计划出资600亿元`: the plan verb says it is a target
            if f.subject and (name := self._without_clause(f)) != f.subject:
                if f.indicator is None and f.family in UNREPORTED_FAMILIES and names_nothing(name):
                    continue  # `完成整改` → 整改: a bare act once the act that carries it is gone
                f = replace(f, subject=name)  # `实施民生项目` → 民生项目 (after the catalog and the filters read it)
            if f.subject and (name := case_act_subject(f.subject, f.unit, d.lead, acts.get((f.quote, f.subject)))) \
                    != f.subject:
                f = replace(f, subject=name)  # `起诉涉黑犯罪` → 涉黑犯罪起诉, `死亡`…人 → 死亡人数
            if f.family == "other" and f.indicator is None and f.subject:
                f = replace(f, subject=repaired_clause(f.subject))  # `…增加了近` → …增加 (after its acts are trimmed)
                if subject_is_clause(f.subject) and not told_as_held_once(d.lead):
                    continue  # `半个月就售出…`, `跑遍了…`: a story's particular, not a measure's name
                if bare_name_of_a_clause(f.subject, d.lead, d.after):
                    continue  # `贫困村`, `出行`: the things or the act, not which of them the sentence counts
                if measure_without_owner(f.subject, d.lead, d.after):
                    continue  # `营业收入`, `覆盖率`: whose, the sentence said and the subject lost
            if f.indicator is not None and (name := catalogued_name(f.subject)) != f.subject:
                if name is None:
                    continue  # `某城区先后投资380万元，建设了…`: several acts told elsewhere, not the district's total
                f = replace(f, subject=name)  # `全部按时办结` → 办结: the catalogued measure keeps its figure
            if d.headline and not d.explicit:
                f = self._lead_day(f, body_article(self.seg, d.article))  # `…累产超300亿立方米` over `5月11日,…`
            if d.told_time and not f.subject.startswith(d.told_time):
                f = replace(f, subject=d.told_time + f.subject)  # `7月受理`: the time the period could not hold
            key = (f.family, self._series(f), f.value, f.unit, f.status)
            if key in seen and heads[seen[key]] and not d.headline:
                out[seen[key]], heads[seen[key]] = f, False  # the body's own figure, not the headline's
                kept.setdefault(_owned_key(f), []).append(seen[key])
                continue
            if f.indicator and key in seen:
                other = out[seen[key]]
                same_time = other.period_end == f.period_end and other.region == f.region \
                    and not _own_span(d, other)
                restated = not d.explicit and not (d.item and other.region != f.region)
                if other.quote != f.quote and (same_time or restated):
                    continue  # a headline or summary restating a figure of the body (not another place's)
            exact = key + (f.period_end, f.subject, f.region)
            if exact in seen and not _own_span(d, out[seen[exact]]):
                continue
            if _restates_owned(f, out, kept):
                continue
            kept.setdefault(_owned_key(f), []).append(len(out))
            seen.setdefault(key, len(out))
            seen[exact] = len(out)
            out.append(f)
            heads.append(d.headline)
            articles.append(body_article(self.seg, d.article) if d.headline else d.article)
            undated_heads.append(d.headline and not d.explicit)
        repeats = round_repeats(out, articles, undated_heads)  # `产业投入逾七百亿` over the body's 753.71亿元
        return [f for i, f in enumerate(out) if i not in repeats]
