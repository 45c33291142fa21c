"""The noun a count names after it (`实施48个民生项目`: 民生项目) made part of its subject: the thing a size measures
(`建成8亿亩高标准农田`), the project an amount sizes (`投资120万元的…项目`), an act's object, a fair's exhibitors,
a graded level (`32个省级、316个地市级…中心`); or none, when the count is no figure of its own (`12个省份的51家单位`,
a capacity's size, a share of the things after it).

Mixed into FigureReader (figure_reader.py), whose sentence state (text, start, end, prev_end, last_count) it reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .act_edges import sized_thing
from .capacity_subjects import NO_SUBJECT, capacity_subject
from .count_acts import defined_by_act, object_of_act
from .fair_exhibitors import exhibitors
from .held_things import area_things
from .lexicon import lexicon
from .list_subjects import graded_noun
from .measure_owners import acted_on, actor_of_count, attributed, listed_act
from .pointed_projects import pointed_project
from .quantities import UNIT_KINDS
from .rate_counts import with_rate
from .subjects import BARE_VERB, in_state, noun_after

if TYPE_CHECKING:
    from .figure_state import Figure

_LEX = lexicon()
_SIZE_KINDS = frozenset(("area", "length", "mass"))  # a size whose thing may follow it, as a count's does
_OF_FIGURE = _LEX.compile("count_of_figure")
_MEASURE_AFTER = _LEX.compile("measure_after_figure")  # `以18.89万人次的游客接待量创下…`
_SCOPE_SHARE = _LEX.compile_at("scope_share_of_things")
_SCOPE_WORDS = frozenset(_LEX.words("scope_word_alone"))
_OWNED_VERB = _LEX.compile("owned_bare_verb")
_LISTED_ON = _LEX.compile("noun_listed_on")


class FigureNouns:
    """The FigureReader's reading of the noun after a count."""

    def _with_noun(self, f: Figure, subject: str) -> str | None:
        """The subject with the noun a count names after it (None: the count is no figure of its own)."""
        text, q, measure = self.text, f.q, subject
        if UNIT_KINDS.get(q.unit or "") == "percent" and subject in _SCOPE_WORDS and _SCOPE_SHARE.match(text, q.end):
            return None  # `农村95.3%的村居完成…`: a share of the things after it, not a measure of 农村
        if not (f.change or f.delta) and (capacity := capacity_subject(text, self.start, self.end, q.start, q.end)) is not None:
            return None if capacity == NO_SUBJECT else capacity  # `形成12万吨短纤维…的年生产加工能力`
        f.noun, f.noun_end = ("", q.end) if (f.change or f.delta) else noun_after(text, q, self.end)
        f.noun = graded_noun(text, f.noun, f.noun_end)  # `32个省级、316个地市级反诈骗中心`: 省级反诈骗中心
        if f.noun and _OF_FIGURE.match(text, f.noun_end):
            return None
        if not f.noun and not (f.change or f.delta) and UNIT_KINDS.get(q.unit or "") in _SIZE_KINDS:
            f.noun, f.noun_end = sized_thing(text, q, self.end, subject)  # `确保建成8亿亩高标准农田`: the farmland
        if not f.noun and not (f.change or f.delta) and BARE_VERB.fullmatch(subject):
            f.noun, f.noun_end = noun_after(text, q, self.end, any_unit=True)  # `同时发行1万亿元抗疫特别国债`
            subject = "" if len(f.noun) >= 2 else subject
        elif not f.noun and not (f.change or f.delta) and _OWNED_VERB.fullmatch(subject):
            f.noun, f.noun_end = noun_after(text, q, self.end, any_unit=True)  # `中央财政发行1万亿元抗疫特别国债`
            if _LISTED_ON.match(text, f.noun_end):
                f.noun, f.noun_end = "", q.end  # `公开发放3亿元餐饮、体育等…消费券`: the first of a list is not the thing
        if UNIT_KINDS.get(q.unit or "") != "percent" and (named := _MEASURE_AFTER.match(text, q.end)) is not None:
            f.noun_end = named.end()
            return named["measure"]  # `不仅以18.89万人次的游客接待量创下…`: the name after it, not the clause's debris
        if not (f.change or f.delta) and (owned := attributed(text, q.end, measure)):
            return owned  # `投资120万元的电网改造项目`: the project's investment
        if not (f.change or f.delta) and (owned := pointed_project(text, self.start, (q.start, q.end), measure)):
            return owned  # `某某项目…，这项总投资…的项目`: the project the sentence named
        if f.noun and not subject and (listed := listed_act(self.last_count, text[self.prev_end:q.start], q.unit, f.noun)):
            return listed  # `共刊发185个专版、40个公益广告`: the same act's
        if f.noun and (shown := exhibitors(text, self.start, self.end, q.start, q.end)) is not None:
            return shown  # `携10家袜企盛装亮相`: a fair's exhibitors
        if f.noun:
            f.noun = acted_on(text, f.left if len(subject) > 8 else "", (q.end, f.noun_end), f.noun)  # `击毙了50名…`
            f.noun, f.noun_end = defined_by_act(text, f.left, f.noun, f.noun_end, subject)
            subject, f.noun, f.noun_end = object_of_act(text, subject, f.noun, f.noun_end)  # `对…项目进行了调整`
            subject = in_state(text, q, subject)  # `其余12例确诊病例正在…`: the state names them
            subject = (area_things(subject, f.noun) or subject + f.noun) if len(subject) <= 8 \
                else actor_of_count(subject, f.noun)  # `湖北银行将在…发放`, `…街区内保存有…古建筑`
            subject = with_rate(f.left, subject)  # `平均每天…报告约8万例新增病例`: a daily rate, no total
        return subject
