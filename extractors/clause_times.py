"""The time that opens a figure's comma clause (`…说，2018年…`, `…，截至2019年底，共…`): it dates every item of
the clause's list, unlike a time inside one item."""

from __future__ import annotations

import re
from bisect import bisect_left

from .figure_filters import _LOOKBACK
from .lexicon import lexicon
from .mention import Mention
from .period_dates import Period
from .periods import TimeMention, period_at, time_mentions
from .sentences import Sentence
from .undating_times import attributive_end

_LEX = lexicon()
_CLAUSE_OPENERS = (",", "，", ";", "；")
_RESPECTIVELY = _LEX.words("respectively")[0]
_REPORTING_DAY = _LEX.compile("bulletin_reporting_day")
_CLAUSE_END_MARKS = (",", "，", ";", "；")
_STATEMENT_END_MARKS = _CLAUSE_END_MARKS[2:]  # a `；` ends a statement: its time is not a later list's
_ALONE_PREFIX = 3  # characters before a time that is a clause by itself (`截至`, `到`)
_OPENING_MARKS = ("。", "：", ":")  # a time right after a sentence's end or a colon (`一组数据：2018年，…`) opens its own
_UNTIL_PREFIX = _LEX.compile(r"\s*(?:{until})?\s*")
_LIST_WIDE_TIMES = ("y", "ym", "quarter", "mend")  # time forms (groups of lexicon `time`) that date a clause's whole list


def _start_of(tm: TimeMention) -> int:
    return tm.start


def _runs(times: list[TimeMention]) -> list[tuple[int, int]]:
    """The spans of times written on one after another (`2024年` `春节假期`), in text order."""
    runs: list[tuple[int, int]] = []
    for tm in times:
        if runs and tm.start == runs[-1][1]:
            runs[-1] = (runs[-1][0], tm.end)
        else:
            runs.append((tm.start, tm.end))
    return runs


class ClauseTimes:
    """The Resolver's reading of the time that opens a figure's clause, and of which times date a list's items (the
    scopes in force: ScopeReader)."""

    def _item_time(self, lo: int, m: Mention, times: list[TimeMention]) -> bool:
        """Whether a time after lo dates list item m only: one in m's own comma clause does; one that is a clause
        by itself (`前三季度,…,其中A和B分别增长8.7%和6.3%`, `到目前,…13棵、…1棵`) dates every item after it, and so does
        one of a `分别` list's own statement before its 分别 (`曾有8个…县、610个…村,分别占全省的36%、27%`)."""
        cut = max(self.text.rfind(c, lo, m.start) for c in _CLAUSE_END_MARKS) + 1
        skipped = [tm for tm in times if lo <= tm.start < m.start]
        if (spread := self.text.rfind(_RESPECTIVELY, max(lo, cut), m.start)) >= 0:
            part = max(self.text.rfind(c, lo, spread) for c in _STATEMENT_END_MARKS)
            if any(part < tm.start < spread for tm in skipped):
                return any(tm.start > spread for tm in skipped)
        return any(tm.start >= cut for tm in skipped) or not any(self._clause_alone(run) for run in _runs(skipped))

    def _clause_alone(self, run: tuple[int, int]) -> bool:
        """The time (a run of times written on together: `2024年春节假期`) is its comma clause, but for a word or two
        before it (`截至2019年底,`, `到目前,`)."""
        start, end = run
        if (day := _REPORTING_DAY.match(self.text, start)) is not None and day.end() >= end:
            # `通报:10月8日0—24时,新增…2例和…19例`: a bulletin's day is a clause by itself whatever precedes it
            return self.text[day.end():day.end() + 1] in _CLAUSE_END_MARKS
        if self.text[end:end + 1] not in _CLAUSE_END_MARKS:
            return False
        lo = max(0, start - _ALONE_PREFIX)
        return any(c in _CLAUSE_END_MARKS or c in _OPENING_MARKS for c in self.text[lo:start]) or lo == 0

    def _clause_opening(self, s: Sentence, m: Mention, times: list[TimeMention]) -> Period | None:
        """The time that opens the comma clause of m (`…说，2018年…`): it holds for every item of the clause's
        list, unlike a time inside one item (`上年结转收入…、抗疫特别国债收入…`)."""
        floor = max(s.start, m.start - _LOOKBACK)  # bounded: a run-on sentence is not scanned back per figure
        lo = max(floor, max(self.text.rfind(c, floor, m.start) for c in _CLAUSE_OPENERS) + 1)
        k = bisect_left(times, lo, key=_start_of)
        opening = times[k] if k < len(times) and times[k].start == lo and times[k].end <= m.start else None
        alone = self._time_clause_before(max(floor, self._opening_end), lo, times) if opening is None else None
        if alone is not None:
            return alone  # `…推进，截至2019年底，共打掉涉黑组织2900余个、涉恶犯罪集团9800余个`
        if opening is None or not any(opening.match[g] for g in _LIST_WIDE_TIMES) or opening.end <= self._opening_end \
                or attributive_end(self.text, opening, m.start) is not None:
            return None  # only a written year, quarter or month opens a clause for all its items (`…介绍，一季度某省
            # 发行一般债券…、专项债券…`), not `上年结转收入`, nor one the sentence's opening read already (`截至4月底，2020年发行…`)
        period, _ = period_at(self.text, lo, m.start, self.sentence_anchor, self.ctx.published,
                              skip_baselines=True, mentions=times)
        return period

    def _time_clause_before(self, floor: int, lo: int, times: list[TimeMention]) -> Period | None:
        """A clause before lo that is a time alone (`截至2019年底，`), after the sentence's opening: it opens the
        clause at lo, all its items."""
        if lo - 1 <= floor:
            return None
        start = max(floor, max(self.text.rfind(c, floor, lo - 1) for c in _CLAUSE_OPENERS) + 1)
        prefix = _UNTIL_PREFIX.match(self.text, start, lo - 1)
        k = bisect_left(times, prefix.end(), key=_start_of)
        if k >= len(times) or times[k].start != prefix.end() or times[k].end != lo - 1:
            return None
        period, _ = period_at(self.text, start, lo - 1, self.sentence_anchor, self.ctx.published,
                              skip_baselines=True, mentions=times)
        return period


_YEAR_END = _LEX.compile("time_year_end")
_WRITTEN_YEAR_END = _LEX.compile("year_end_written")
_FLOW_MEASURE = _LEX.compile("flow_measure_noun")
_FLOW = _LEX.compile("year_end_flow")
_AS_OF = _LEX.compile("year_end_running_total")
_OPENS_WITH_TOTAL = _LEX.compile("clause_opens_with_running_total")
_TOTAL_WITH_PARTY = _LEX.compile("running_total_with_party")
_SINCE_WORKS_BEGAN = _LEX.compile("works_running_total")
_FIGURE_CLAUSE_MARKS = ",，;；、"


_VAGUE_TIME = _LEX.compile("vague_clause_time")
_CLAUSE_MARKS = ",，;；"
_SCENE_ITEM = _LEX.compile("scene_item_opening")


def vague_clause_end(text: str, sentence_start: int, pos: int) -> int | None:
    """Where a vague time word that opens the figure's comma clause after an earlier clause of its sentence ends
    (`…2020年…；近期拟下达…3亿元`), or is that clause's own comma clause before it (`…；近期，拟下达…3亿元`), else
    None. At the sentence's opening it is none (`日前，国家统计局发布消息：…`: the day a body told)."""
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_MARKS))
    word, end = clause, None
    if (m := _VAGUE_TIME.match(text, clause, pos)) is not None:
        end = m.end()
    elif clause > lo and text[clause - 1] in ",，":
        word = max(lo, *(text.rfind(c, lo, clause - 1) + 1 for c in _CLAUSE_MARKS))
        end = clause if _VAGUE_TIME.fullmatch(text, word, clause) is not None else None
    return end if end is not None and text[sentence_start:word].strip() else None


def scene_item_start(text: str, sentence_start: int, pos: int) -> int | None:
    """Where the figure's `;` item starts when it opens with a scene of its own (`…;在贵州安顺,458名…`) after an
    earlier item of its sentence, else None."""
    lo = max(sentence_start, pos - _LOOKBACK)
    item = max(text.rfind(c, lo, pos) for c in ";；") + 1
    return item if item > lo and _SCENE_ITEM.match(text, item, pos) is not None else None


def own_clause_start(text: str, lo: int, pos: int) -> int:
    """Where the comma clause holding pos starts, not before lo."""
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_OPENERS))


def year_end_spilled(text: str, sentence_start: int, pos: int) -> bool:
    """A year-end (`年末`) written in an earlier clause of the sentence, before a figure whose own comma clause
    names a flow (`年末…失业率0.7%;…;在外务工总收入59.06亿元`, `年末…失业人数143人,用工备案减员980人`): the flow
    is the year's, not a level at its end; after a written year's end (`2018年底，…综合产值约30亿元`) only a measure
    that is a flow by name. A running total (`截至去年底,…累计…`) stays a level at the end."""
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_OPENERS))
    flow = _FLOW if _YEAR_END.search(text, lo, clause) else _FLOW_MEASURE  # `2018年底，…综合产值…`: a flow by name
    year_end = _YEAR_END.search(text, lo, clause) or _WRITTEN_YEAR_END.search(text, lo, clause)
    return year_end is not None and _YEAR_END.search(text, clause, pos) is None \
        and flow.search(text, clause, pos) is not None and _AS_OF.search(text, lo, pos) is None


_BARE_YEAR_UNTIL = _LEX.compile("until_bare_year")
_YEARLY_OUTPUT = _LEX.compile("yearly_output_flow")


def bare_year_until_flow(text: str, sentence_start: int, pos: int, subject: str) -> bool:
    """`截至2020年,全行业生产袜子200多亿双`: a year alone after 截至 opened the sentence, and the figure's own clause
    (or its subject, `…(占世界总量)` after one) names a yearly output: that year's flow, not a running total (one
    with 累计 stays a level at the year's end)."""
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_OPENERS))
    until = _BARE_YEAR_UNTIL.match(text, sentence_start, pos)
    return until is not None and until.end() > lo and _AS_OF.search(text, until.end(), pos) is None \
        and (_YEARLY_OUTPUT.search(text, clause, pos) is not None or _YEARLY_OUTPUT.search(subject) is not None)


_COMPARED = _LEX.compile("{comparison_point}|{comparison_base}|{since_new_year}")


def until_bare_year_change(text: str, sentence_start: int, start: int, end: int) -> bool:
    """`截至2018年,全市植被覆盖度提高35.3%`: a change after a year alone after 截至 that opened the sentence, measured
    against nothing the clause names, is the change up to that year's end from a start the text leaves open, not
    the change over that one year (`截至2018年,…比上年增长8%` is the year's)."""
    until = _BARE_YEAR_UNTIL.match(text, sentence_start, start)
    if until is None:
        return False
    clause = max(until.end(), *(text.rfind(c, until.end(), start) + 1 for c in _CLAUSE_OPENERS))
    return _COMPARED.search(text, clause, end) is None


def opens_running_total(text: str, sentence_start: int, pos: int) -> bool:
    """The figure's comma clause opens with `累计` (`累计支持733万户…`, `，已累计投入…`, `累计与138个国家签署…`): a running
    total, whose start the text does not say, unlike `全年累计…` or `全省累计…`."""
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) for c in _CLAUSE_OPENERS))
    head = text[clause:pos]
    return _OPENS_WITH_TOTAL.match(head) is not None or _TOTAL_WITH_PARTY.match(head) is not None


_CUMULATIVE_NOUN = _LEX.compile("cumulative_stock_noun")
_CARRIED_BREAK = _LEX.compile("running_total_carried_break")
_TOTAL_ALONE = _LEX.compile("running_total_alone")


def running_total(text: str, sentence_start: int, pos: int) -> bool:
    """The figure is a running total whose start the text does not say: its comma clause opens with `累计`
    (opens_running_total), names one as a noun (`中方累计投资额超过…`), or follows, with no time or flow word of its
    own, a first clause of its sentence that opened with `累计` (`累计建设安置区…、住房…，可安置…人口`)."""
    if opens_running_total(text, sentence_start, pos):
        return True
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) for c in _CLAUSE_OPENERS))
    if _CUMULATIVE_NOUN.search(text, clause, pos) is not None:
        return True
    first = min((i for i in (text.find(c, lo, pos) for c in _CLAUSE_OPENERS) if i != -1), default=-1)
    opened = _OPENS_WITH_TOTAL.match(text[lo:first]) if lo == sentence_start and first > lo else None
    return opened is not None and _TOTAL_ALONE.fullmatch(opened.group("measure")) is not None \
        and _CARRIED_BREAK.search(text, first, pos) is None and not time_mentions(text, first, pos)


def since_works_began(text: str, sentence_start: int, pos: int) -> bool:
    """The figure's own clause (up to a `，`, `；` or a list's `、`) says `开累` (`隧道开累成洞98.5公里`): a total since the
    works began, a level at the end of the time in force."""
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) for c in _FIGURE_CLAUSE_MARKS))
    return _SINCE_WORKS_BEGAN.search(text, clause, pos) is not None


_CURRENT_STOCK = _LEX.compile("current_stock_cue")
_FLOW_VERB = _LEX.compile("flow_verb")
_CLAUSE_ENDS = (";", "；")
_DIGIT = re.compile(r"\d")


def counted_now(text: str, sentence_start: int, pos: int, cue_words=_CURRENT_STOCK) -> bool:
    """The figure's comma clause says a count held now (`全县现有学校228所`), or opens a list of counts that the
    figure's clause goes on with, count first (`万载现有2个…景区，5个…景区`), with no flow verb after that word
    (`现有毕业生…`, `现有…，新增…` are flows)."""
    lo = max(sentence_start, pos - _LOOKBACK)
    clause = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_ENDS))
    cues = list(cue_words.finditer(text, clause, pos))
    if not cues:
        return False
    cue = cues[-1]
    own = max(cue.end(), *(text.rfind(c, cue.end(), pos) + 1 for c in _CLAUSE_OPENERS))
    digit = _DIGIT.search(text, cue.end(), own)
    held = min((i for i in (text.find(c, cue.end(), own) for c in _CLAUSE_OPENERS) if i != -1), default=own)
    # the flow words right after the word (up to its first count) and in the figure's own comma clause; those of
    # the items held (`1个…旅游消费集聚区，1个…模范村`) name things, not flows
    in_list = own <= cue.end() or (_COUNT_FIRST_ITEMS.fullmatch(text, held, own) is not None
                                    and _DIGIT.match(text, own) is not None) or _named_counts_held(text, held, own)
    return in_list \
        and _FLOW_VERB.search(text, cue.end(), digit.start() if digit else held) is None \
        and _FLOW_VERB.search(text, own, pos) is None


_COUNT_FIRST_ITEMS = re.compile(r"(?:[,，]\d[^,，;；。]*)*[,，]")
_COUNTED_ITEMS = re.compile(r"(?:[,，][^,，;；。\d]{1,12}\d[^,，;；。]*)*[,，]")


def _named_counts_held(text: str, held: int, own: int) -> bool:
    """The clauses between the held word's first count and the figure's own clause are more counts of the same
    holder, each a short name and its count (`现有在编人员449人，大集体65人，聘用人员706人，合计1224人`), with
    no flow verb among them (`现有学校150所，全年招生8200人，…` goes on with flows)."""
    return _COUNTED_ITEMS.fullmatch(text, held, own) is not None and _FLOW_VERB.search(text, held, own) is None
