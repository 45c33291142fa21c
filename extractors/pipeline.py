"""The extraction pipeline: file → text → canonical text → context → sentences → mentions → facts."""

from __future__ import annotations

import os
import re
import time
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .carried_breakdowns import carried_heading
from .case_outcomes import with_case_outcomes
from .catalog import Catalog, default_catalog
from .context import DocContext, document_context
from .division_wholes import article_whole, carried_measure
from .errors import ReportError
from .fact import Fact
from .lexicon import lexicon
from .load import load_text
from .match import find_mentions, pattern_hits, whole_before
from .new_case_kinds import with_carried_lead
from .normalize import normalize
from .periods import time_mentions
from .quantities import TooManyQuantities, find_quantities
from .resolve import Resolver
from .restated_wholes import restated_whole
from .scope_counties import use_document_scope
from .sentences import is_item_line, segment
from .status import TARGET_ENUMERATION
from .story_counties import story_province
from .tables import find_tables
from .time_openings import opened_by_formula

_OPENING_REACH = 48   # a time expression this close to a sentence start may open it (after a byline)
_THIS = lexicon().compile(r"\s*{this_is}", engine=re)
_LIST_OPENS = (":", "：")  # a sentence ending so opens a list of the lines after it
# Each figure costs about 0.6 KB while a document is resolved; a real report has a few thousand. Far more is a
# data dump or generated text, refused before it can exhaust memory (the store records the refusal).
MAX_FIGURES = int(os.environ.get("INDICATORS_MAX_FIGURES", "300000"))
DOC_SECONDS = 300.0  # default time budget per document, CPU seconds (a real 200 MB report needs about 150 s)


def doc_seconds_setting() -> float | None:
    """The per-document time budget: INDICATORS_DOC_SECONDS if set (0: no limit), else DOC_SECONDS."""
    raw = os.environ.get("INDICATORS_DOC_SECONDS", "").strip()
    try:
        seconds = float(raw) if raw else DOC_SECONDS
    except ValueError:
        seconds = DOC_SECONDS
    return seconds if seconds > 0 else None


class OverBudget(ReportError):
    """Extraction of one document used up its time budget (see `Deadline`)."""

    def __init__(self, name: str, seconds: float):
        self.seconds = seconds
        super().__init__(name, f"extraction took more than its time budget of {seconds:g} s of CPU time "
                               "(INDICATORS_DOC_SECONDS)")


@dataclass(frozen=True, slots=True)
class Deadline:
    """A cooperative time budget for one document, in CPU seconds of the thread extracting it.

    `extract_text` checks it between sentences and stops with `OverBudget` (a `ReportError` naming the
    document). CPU time, not the wall clock: whether a document fits does not depend on what else the machine
    is doing. The clock is read only to stop, never for a result.
    """

    at: float  # time.thread_time() value
    seconds: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.thread_time() + seconds, seconds)

    def check(self, name: str) -> None:
        if time.thread_time() > self.at:
            raise OverBudget(name, self.seconds)


@dataclass(slots=True)
class Extraction:
    context: DocContext
    facts: list[Fact]
    chars: int


def _by_sentence(items, position, starts: list[int], sentences) -> dict[int, list]:
    """Items grouped by the index of the sentence holding their position (items in text order)."""
    out: dict[int, list] = defaultdict(list)
    for item in items:
        pos = position(item)
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i].end:
            out[i].append(item)
    return out


def extract_text(source: str, name: str, published: date | None = None,
                 catalog: Catalog | None = None, deadline: Deadline | None = None, *,
                 region: str | None = None, publisher: str | None = None) -> Extraction:
    """All facts in one decoded document. `published`, `region` and `publisher` are what the user declared
    about it, and win over what is read from the text; past the `deadline` (checked per sentence) it raises
    `OverBudget`.

    Quantities, catalog patterns and time expressions are found in one pass each over the whole text; only
    sentences holding a number, a pattern hit, an opening time expression or `这…` are resolved.
    """
    catalog = catalog or default_catalog()
    canon = normalize(source)
    text = canon.text
    use_document_scope(text, None)  # none yet: an equal text read before (the same object) named its own scope
    ctx = document_context(text, name, published, region, publisher)
    use_document_scope(text, ctx.region)  # its counties' short names name them from here on (`靖江12345受理`)
    tables = find_tables(text)
    found = _quantities(text, name)
    if tables.line_starts:   # a table's cells are read by the table reader, never as a sentence's figures
        found = [q for q in found if text.rfind("\n", 0, q.start) + 1 not in tables.line_starts]
    found_hits = pattern_hits(text, catalog)
    if not (found or found_hits or tables.figures):
        if deadline is not None:
            deadline.check(name)  # the whole-text passes count against the budget as before
        return Extraction(ctx, [], len(source))  # a fact needs a figure: nothing to resolve
    seg = segment(text, tables.line_starts)
    province = story_province(text, seg.articles, ctx.region)
    if province is not None:  # a national paper's story on one province names its counties by short names too
        use_document_scope(text, province)
    sentences = seg.sentences
    starts = [s.start for s in sentences]
    quantities = _by_sentence(found, lambda q: q.start, starts, sentences)
    hits = _by_sentence(found_hits, lambda h: h[1].start(), starts, sentences)
    # a table's header cell (`较上年±%`) dates no sentence: its column's figures are read by the table reader
    found_times = [tm for tm in time_mentions(text, 0, len(text))
                   if not tables.line_starts or text.rfind("\n", 0, tm.start) + 1 not in tables.line_starts]
    times = _by_sentence(found_times, lambda t: t.start, starts, sentences)
    rows = _by_sentence(tables.figures, lambda f: f.cell.start, starts, sentences)
    resolver = Resolver(text, seg, ctx, catalog, source, canon.to_source)
    seen_articles: set[int] = set()
    before, before_index = [], -2  # the mentions of the last sentence read, and its index
    whole_told = (-1, "")  # the article's first total a division by place may break down (carried_breakdowns.py)
    told, told_article = [], -1  # the mentions of the article read so far (a whole restated later names one of them)
    heading = ""   # what the items on lines after `…确诊病例50例,其中:` count
    # the sentences after the last one with a figure change only scopes no figure reads any more (the one right
    # after it may still name the figure before it: `这是…的第一笔奖励资金`)
    last = max((*quantities, *hits, *rows), default=-2) + 1
    for i, s in enumerate(sentences[:last + 1]):
        if deadline is not None:
            deadline.check(name)
        first_in_article = False
        if s.article not in seen_articles and seg.paragraphs[s.paragraph][0] not in seg.headline_starts:
            seen_articles.add(s.article)
            first_in_article = True
        if i in rows:
            resolver.add_table_figures(s, rows[i])
        opening = i in times and (times[i][0].start - s.start <= _OPENING_REACH
                                  or opened_by_formula(text, s.start, s.end, times[i][0].start))
        if not (i in quantities or i in hits or opening or _THIS.match(text, s.start, s.end)
                or TARGET_ENUMERATION.search(text, s.start, s.end)):  # a target list's introduction alone
            continue
        mentions = []
        heading = heading if is_item_line(text, s.start, s.end) else ""
        if i in quantities or i in hits:
            whole = whole_before(text, s.start, before) if before_index == i - 1 else ""
            listed = heading or (carried_heading(text, s.start, (sentences[i - 1].start, sentences[i - 1].end))
                                 if i else "")  # `…中,男性…。按照…地区划分,南山区79例…`: the whole before
            listed = listed or carried_measure(text, s.start, before if before_index == i - 1 else [], whole_told,
                                               sentences[i - 1].start if i else 0)
            mentions = find_mentions(text, s.start, s.end, catalog, quantities.get(i, []), hits.get(i, []), listed,
                                     whole)
            same_paragraph = before_index == i - 1 and i and sentences[i - 1].paragraph == s.paragraph
            mentions = with_carried_lead(text, s.start, before if same_paragraph else [], mentions)  # `本土无症状…`
            mentions = with_case_outcomes(mentions, before if same_paragraph else [])  # `…受理案件…。办结…件。`
            told, told_article = (told, s.article) if told_article == s.article else ([], s.article)
            mentions = restated_whole(text, s.start, mentions, told)  # `…119例。119例确诊病例中,沈阳市28例`
            told.extend(mentions)
        if mentions and text[s.start:s.end].rstrip()[-1:] in _LIST_OPENS:
            heading = mentions[-1].subject
        previous = (sentences[i - 1], times.get(i - 1, [])) if i else None
        resolver.add_sentence(i, s, mentions, times.get(i, []), first_in_article, previous)
        before, before_index = mentions, i
        whole_told = article_whole(whole_told, s.article, mentions)
    return Extraction(ctx, resolver.facts(), len(source))


def _quantities(text: str, name: str) -> list:
    try:
        return find_quantities(text, limit=MAX_FIGURES)
    except TooManyQuantities:
        raise ReportError(name, f"more than {MAX_FIGURES} figures in one document (the limit is "
                                "INDICATORS_MAX_FIGURES): a data dump, not a report") from None


def extract_file(path: str | Path) -> Extraction:
    loaded = load_text(path)
    return extract_text(loaded.text, Path(path).name)
