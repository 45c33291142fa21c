"""Whether a number is a fact at all, and of which family: a hypothetical, a conversion, an equivalence, a rule's
rate, an article of law or a number in a title is none; a scaled number without a unit takes the one its words
imply (money, people) or is none."""

from __future__ import annotations

from .catalog import Indicator
from .lexicon import lexicon
from .mention import Mention
from .quantities import RATIO_UNITS, unit_name
from .sentences import Sentence

_LEX = lexicon()
_LOOKBACK = 240   # characters before a number that may hold its time, place and status words
_MONEY_WORDS = _LEX.compile("money_subject")
_ABSTRACT = _LEX.compile("abstract_subject")
_BOUNDED_SET_ALONE = _LEX.compile("bounded_set_alone")  # `10人以上的小企业` for a percent: the share's act is after it
_HELD_EVENTS = _LEX.compile("held_events")
_SESSION_UNITS = frozenset(_LEX.words("session_unit"))
_HYPOTHETICAL = _LEX.compile("hypothetical")
_SCENARIO_ITEM = _LEX.compile("scenario_item")
_SCENARIO_OPEN = _LEX.compile("scenario_open")
_SCENARIO_REACH = 120   # characters before an item that its scenario's condition is looked for in
_CONVERSION = _LEX.compile("conversion")
_EQUIVALENCE = _LEX.compile("(?:{equivalence})|(?:{rate_conversion})")
_POLICY_STANDARD = _LEX.compile("policy_standard")
_NICKNAME = _LEX.compile("figure_nickname")
_PROGRAMME_NAME = _LEX.compile("programme_numbered_name")
_RULE_LIMIT = _LEX.compile("rule_limit_after")
_TOLERANCE = _LEX.compile("tolerance_band")
_FLAT_WITH_OTHER = _LEX.compile("flat_with_other")  # `出口与进口规模基本持平`: flat with no earlier year
_FLAT_RULES = frozenset(("growth.flat", "growth.flat_roughly"))
_BOUNDS = frozenset({"at_least", "less_than"})
_NAME_COUNTER = _LEX.words("programme_name_counter")[0]  # `3113项目攻坚行动计划`: 项 runs into 项目
_RATIO_RULE_BEFORE = _LEX.compile("ratio_rule_before")
_RATIO_RULE_AFTER = _LEX.compile_at("ratio_rule_after")
_ARTICLE_OF_LAW = _LEX.compile("article_of_law")
_SAMPLE_FRACTION = _LEX.compile_at("sample_fraction_after")
# after 相当于 a ratio is the fact (`R&D经费支出相当于地区生产总值的2.2%`): the units of ratios, from the lexicon
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"
_MONEY_UNIT = unit_name(_LEX.words("default_currency")[0])
_IMPLICIT = _LEX.compile("implicit_unit")
_IMPLICIT_UNIT: str = _LEX.table("implicit_unit", "unit")
_PEOPLE_AFTER = _LEX.compile_at("implicit_unit_people_after")
_PEOPLE_UNIT: str = _LEX.table("implicit_unit_people_after", "unit")
_CLAUSE_END = _LEX.compile("clause_end")
_RANK_SET = _LEX.compile("rank_set_after")
_RANK_MOVED = _LEX.compile("rank_moved_after")
_BENCHMARK_BRACKET = _LEX.compile("benchmark_bracket")
_BENCHMARK_REACH = 12   # `全国平均水平 (` before the digits
_CASE_WORD = _LEX.compile("case_word")
_COVID_CONTEXT = _LEX.compile("covid_case_context")
_HOTLINE_PART = _LEX.compile("hotline_part_context")
_HOTLINE_UNITS = frozenset(_LEX.words("hotline_part_unit"))
_HOTLINE_REACH = 60  # characters before a part's sentence where its whole, the line's calls, is told
_CASE_UNITS = frozenset(_LEX.words("case_unit"))
_CASE_PERSON = _LEX.compile("case_person_word")
_CASE_PERSON_UNITS = frozenset(_LEX.words("case_person_unit"))
_VITAL_STATISTIC = _LEX.compile("(?:{vital_statistic})|(?:{cases_handled})")  # no epidemic count: rates, workloads
_OTHER_DISEASE = _LEX.compile("other_disease")
_COVID_NAMED = _LEX.compile("covid_named")
_NOTIFIABLE = _LEX.compile("notifiable_disease_class")
BARE_CASE_WORD = _LEX.compile("bare_case_word")
_DEATH_AFTER_COUNT = _LEX.compile("death_after_count")
_OWNER_CASE_WORD = _LEX.compile("owner_case_word")
_DEATHS_OF = _LEX.words("death_subject_suffix")[0]


def notifiable_diseases(context: str) -> bool:
    """A paragraph about the notifiable diseases as a class (`法定传染病`, `乙类传染病`), covid among them or not: a bare
    death count there is some diseases', never covid's by default."""
    return _NOTIFIABLE.search(context) is not None


def covid_in(text: str, start: int, end: int) -> bool:
    """Covid is named in text[start:end] (`…法定传染病中,新型冠状病毒感染共报告发病8200例,死亡15例`: its deaths)."""
    return _COVID_NAMED.search(text, start, end) is not None


def other_disease(context: str) -> bool:
    """A paragraph about notifiable diseases other than covid (`法定传染病`, `乙类传染病`, `流感`) that names no
    covid: its case and death counts are no covid figures."""
    return _OTHER_DISEASE.search(context) is not None and _COVID_NAMED.search(context) is None


def disease_of_deaths(text: str, last_end: int, last_subject: str, start: int, zero: str = "") -> str | None:
    """`报告法定传染病4476例,死亡4例`: the deaths right after a disease's count are that disease's (法定传染病死亡),
    and so is a zero's (`丙类传染病共报告25896例,无死亡病例`: zero, the words the zero names); None when no disease
    count comes right before them (`乙类:3042例,死亡4例` names no disease: no owner)."""
    if last_end < 0 or not _DEATH_AFTER_COUNT.search(text[last_end:start] + zero) \
            or not _OTHER_DISEASE.search(last_subject):
        return None
    return _OWNER_CASE_WORD.sub("", last_subject) + _DEATHS_OF


def _implicit_unit(subject: str, after: str) -> str | None:
    """A scaled number without a unit: money after money words (`销售收入达3亿`), people after people words
    (`贫困人口减少1109万`), else none (no fact). Only the number's own clause counts: in `…减少6800多万,居民收入…`
    the next clause's 收入 makes no money of it."""
    own = _CLAUSE_END.search(after)
    if _MONEY_WORDS.search(subject + (after[:own.start()] if own else after)):
        return _PEOPLE_UNIT if _PEOPLE_AFTER.match(after) else _MONEY_UNIT  # `吸纳2800万农民就业…销售`: people
    return _IMPLICIT_UNIT if _IMPLICIT.search(subject) or _IMPLICIT.search(subject[:-2]) else None


def part_family(text: str, sentence_start: int, m: Mention, family: str | None) -> str | None:
    """The family of a whole's part named by no word of its own: a case count's (`在院5例(其中轻型1例`, `…确诊病例中:
    新加坡输入1例`, `菲律宾籍2例`, lexicon `covid_case_context`) is covid, a service line's calls' (`…热线共接听来电…。
    其中,直接解答…件`, `hotline_part_context`) hotline (kinds67a); any other keeps its family."""
    if family == "other" and m.kind == "level" and m.unit in _CASE_UNITS \
            and _COVID_CONTEXT.search(text, sentence_start, m.start) is not None:
        return "covid"
    if family == "other" and m.kind == "level" and m.unit in _HOTLINE_UNITS \
            and _HOTLINE_PART.search(text, max(0, sentence_start - _HOTLINE_REACH), m.start) is not None:
        return "hotline"  # `…热线共接听来电44633件。其中,直接解答34113件`: a part of the line's calls (kinds67a)
    return family


def _family_of(m: Mention, ind: Indicator | None) -> str | None:
    if ind is not None:
        return ind.family
    if m.kind == "change":
        return "growth_rate"
    if m.kind in ("level", "delta") and m.unit in _CASE_UNITS and _CASE_WORD.search(m.subject) \
            and not _VITAL_STATISTIC.search(m.subject):
        return "covid"  # `境外输入现有确诊病例591例`, `本土新冠肺炎确诊病例631例`: cases no indicator names
    if m.kind in ("level", "delta") and m.unit in _CASE_PERSON_UNITS and _CASE_PERSON.search(m.subject):
        return "covid"  # `当日排除疑似病例0人`: persons only a bulletin counts
    if m.unit == "%" and _BOUNDED_SET_ALONE.search(m.subject):
        return None  # `10人以上的小企业只有15%涉足电商`: a share of the set, its act after the figure
    if m.kind in ("level", "delta") and len(m.subject) >= 2 and (not _ABSTRACT.search(m.subject) or (
            m.unit in _SESSION_UNITS and _HELD_EVENTS.search(m.subject))):   # `举办文化活动230场次`: events held
        return "other"
    return None


class FigureFilters:
    """The Resolver's test of a mention that is no fact, whatever its words (its text: `self.text`)."""

    def _abstains(self, m: Mention, s: Sentence, clause: int) -> bool:
        """A hypothetical (`每增长1个百分点`), a conversion (`(1英镑约合8.7元)`), an equivalence
        (`相当于60多家医院`), a policy's rate (`每亩补助1200元`) or a number in a title (`《关于…3年行动计划》`)
        is no fact."""
        # through the figure's own span: a change's span starts at its verb (`GDP每|增长1个百分点`, `能|减少4%`)
        if _HYPOTHETICAL.search(self.text, clause, m.end) or _POLICY_STANDARD.search(self.text, clause, m.start):
            return True
        if _NICKNAME.search(self.text, clause, m.start) or (
                m.unit == _NAME_COUNTER and _PROGRAMME_NAME.match(self.text, m.end)):
            return True  # `被誉为…“36棵青松”`: a nickname; `3113项目攻坚行动计划`: a programme's name
        if m.unit in RATIO_UNITS and _SAMPLE_FRACTION.match(self.text, m.end):
            return True  # `据全省5‰人口变动抽样调查推算`: the survey's sampling fraction
        if m.qualifier in _BOUNDS and _RULE_LIMIT.match(self.text, m.end):
            return True  # `不得低于130%的统一限制`: a rule's parameter
        if _TOLERANCE.search(self.text, max(clause, m.start - 4), m.start + 1):
            return True  # `一般保持在±6%的范围之内`: a band a measure stays in, no level reported
        if m.rule in _FLAT_RULES and _FLAT_WITH_OTHER.search(self.text, clause, m.end) is not None:
            return True  # `出口与进口规模基本持平`, `增速与1—4月持平`: flat with no year before, no growth of 0
        if self._scenario_item(s, clause):
            return True  # `只要增长1%，就能…；增长3%，相当于…`: the scenario's next case
        if _RATIO_RULE_AFTER.match(self.text, m.end) and _RATIO_RULE_BEFORE.search(self.text, clause, m.start):
            return True  # `按投资额30%的比例抵免`: a rule's share
        if m.unit not in RATIO_UNITS and _EQUIVALENCE.search(self.text, clause, m.start):
            return True
        if _ARTICLE_OF_LAW.search(self.text, max(clause, m.start - 8), m.end):
            return True  # `基本法23条`: an article's number
        if _RANK_SET.match(self.text, m.end) or _RANK_MOVED.match(self.text, m.end):
            return True  # `在全省27个基地中居第7位`: the size of a ranked field; `提高了10个名次`: a rank's move
        if _BENCHMARK_BRACKET.search(self.text, max(clause, m.start - _BENCHMARK_REACH), m.start):
            return True  # `超出全国平均水平(12.3%)`: the benchmark's figure, not the sentence's place's
        lo = max(s.start, m.start - _LOOKBACK)
        if self.text.rfind(_TITLE_OPEN, lo, m.start) > self.text.rfind(_TITLE_CLOSE, lo, m.start):
            return True
        paren = self.text.rfind("(", max(s.start, m.start - 40), m.start)
        return paren != -1 and self.text.find(")", paren, m.start) == -1 and bool(
            _CONVERSION.search(self.text, paren, min(s.end, m.end + 20)))

    def _scenario_item(self, s: Sentence, clause: int) -> bool:
        """The figure's clause opens a `；` item with a bare change after a scenario's condition in its sentence."""
        if clause <= s.start or self.text[clause - 1] not in ";；" or not _SCENARIO_ITEM.match(self.text, clause):
            return False
        return _SCENARIO_OPEN.search(self.text, max(s.start, clause - _SCENARIO_REACH), clause) is not None
