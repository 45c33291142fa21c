"""Whether an uncatalogued actual figure a wide paper gives no time of its own is a reported figure at all: a
national or provincial paper's feature stories are full of a story's particulars (`5只羊有20只蹄子`, `出昆明200多
公里`, `有3个对接口`), which no reader charts. Such a figure is kept only when its sentence tells it as a tally a
report keeps (lexicon `tallied_figure`: a whole's measure, a running total, a level reached, a change against a
time, an achievement, a count as of now or over a span). A dated figure, a catalogued one, a plan or an estimate,
and every figure of a bulletin, a city paper or a report are read as before: their date or their measure makes them
news."""

from __future__ import annotations

from .context import DocContext
from .lexicon import lexicon
from .period_dates import Period, default_period
from .undated_changes import wide_paper

_LEX = lexicon()
_TALLIED = _LEX.compile("tallied_figure")
_MONEY_PUT_IN = _LEX.compile("tallied_subject")
_WHOLE = _LEX.compile("reported_whole")
_ONE_THING = _LEX.compile("one_thing_attribute")
_ATTRIBUTE_REACH = 12   # characters before a figure searched for its attribute word
_REACH = 200   # characters of a run-on sentence searched on either side of the figure


def untallied_detail(text: str, sentence: tuple[int, int], figure_end: int, subject: str, period: Period,
                     explicit: bool, ctx: DocContext) -> bool:
    """An undated figure on a wide paper whose sentence tells it as no tally: a story's particular, no fact (money
    put in, named by its subject, is always told)."""
    if explicit or not wide_paper(ctx) or period != default_period(ctx.published) or _MONEY_PUT_IN.search(subject):
        return False
    return _TALLIED.search(text, max(sentence[0], figure_end - _REACH), min(sentence[1], figure_end + _REACH)) is None


def one_thing_attribute(text: str, sentence: tuple[int, int], figure: tuple[int, int], ctx: DocContext) -> bool:
    """An uncatalogued actual figure of a wide paper told right after an attribute word of one object (`铁路全长`,
    `医院占地`, `展览面积`), dated or not, in a sentence that measures no whole (`我国海岸线全长`)."""
    if not wide_paper(ctx) or not _ONE_THING.search(text, max(sentence[0], figure[0] - _ATTRIBUTE_REACH), figure[0]):
        return False
    return _WHOLE.search(text, max(sentence[0], figure[1] - _REACH), min(sentence[1], figure[1] + _REACH)) is None
