"""Works sizes: the investment of works named before it is the works' size, not money a period put in.

`某某高铁，…，预计投资300亿元`, `某某直流工程投资超过180亿元`, `…签约智慧东丰建设协议，投资3.2亿元`: what one works (or an
agreement) costs in all, investment.project_total. So is the total, planned, expected or agreed investment of works or
sets of works (`…扶贫项目3200个，计划投资26.5亿元`). Money told as put in stays investment completed: `完成投资`,
`累计投资`, a bare investment of a programme or of counted sites (`实施老旧小区改造，投资…`), and of works the sentence
tells done (`…的一期工程正式投入生产`). Words in lexicon/works.toml (`works_size_measure` names the two indicators).
"""

from __future__ import annotations

from .invested_works import one_works, works_of
from .lexicon import lexicon

_LEX = lexicon()
_MEASURE = _LEX.compile("works_size_measure")
_IDS: dict[str, str] = _LEX.table("works_size_measure", "indicators")
_SIZED_HEAD = _LEX.compile("works_sized_head")
_DONE = _LEX.compile("works_told_done")
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_SENTENCE_END = "。！？!?\n；;"
_REACH = 80  # characters after the figure its sentence may tell the works done in
_BACK = 160  # characters before it: a run-on line tells no works done that far off


def _told_done(text: str, sent_start: int, pos: int) -> bool:
    ends = [at for at in (text.find(c, pos, pos + _REACH) for c in _SENTENCE_END) if at >= 0]
    return _DONE.search(text, max(sent_start, pos - _BACK), min(ends, default=min(len(text), pos + _REACH))) is not None


def works_size_indicator(indicator: str | None, text: str, span: tuple[int, int], subject: str,
                         money: bool) -> str | None:
    """The indicator of a works' size for the amount of money (money) at span[1], its sentence opening at span[0]
    (its subject as read), else None."""
    sent_start, pos = span
    if not money or indicator not in (None, _IDS["from"]) or (works := works_of(text, sent_start, pos, subject)) is None:
        return None
    lo = max(sent_start, pos - _BACK)
    clause = max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)
    m = _MEASURE.search(text, clause, pos)
    if m is None or m.end() != pos:
        return None
    if m["size"]:
        return _IDS["to"]  # `计划投资`, `总投资`, `预计投资`, `协议投资`: all the works need
    sized = works.one or _SIZED_HEAD.search(works.name) is not None and not works.counted  # `…二期`, `…协议`
    return _IDS["to"] if sized and not _told_done(text, sent_start, pos) else None


def one_works_size(indicator: str | None, text: str, span: tuple[int, int], subject: str, dated: bool) -> bool:
    """Whether the figure at span[1] (its sentence opening at span[0]) is one works' size (`某某高铁，…，投资…`) that its
    own sentence does not date (dated): then it is as of the story's day, not of a span or year a headline or an
    earlier sentence set."""
    return not dated and indicator == _IDS["to"] and one_works(text, span[0], span[1], subject)
