"""A figure whose own clause names nothing, after a clause that names its measure: how a measure's trend turned
(`工业投资由负转正,增长2.7%` → 工业投资), or a share or contribution ranked top (`…贡献率最高,达39.6%`), or a record
or milestone the measure reached (`新登记市场主体突破百万大关,达100.56万户`); lexicon subjects.toml trend_turned_measure,
top_measure_clause, record_measure_clause."""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import clean_subject

_TURNED = lexicon().compile("trend_turned_measure")
_TOP = lexicon().compile("top_measure_clause")
_RECORD = lexicon().compile("record_measure_clause")
_REACH = 40   # characters before the change's clause: the trend clause and its measure


def trend_subject(text: str, lo: int, clause: int) -> str:
    """The measure named by the trend clause that ends right at `clause` (after `lo`), else ""."""
    m = _TURNED.search(text, max(lo, clause - _REACH), clause)
    return clean_subject(m["measure"]) if m is not None else ""


def top_measure(text: str, lo: int, figure: int) -> str:
    """The share or contribution a clause ranks top right before the bare verb of the figure at `figure` (`…,对规上工业
    增速贡献率最高,达`), the text from lo (the previous figure's end), else ""."""
    m = _TOP.fullmatch(text, lo, figure)
    return m["measure"] if m is not None else ""


def record_measure(text: str, lo: int, figure: int) -> str:
    """The measure a clause says reached a record or a milestone right before the bare level verb of the figure at
    `figure` (`…,全省新登记市场主体突破百万大关,达`), the text from lo; else ""."""
    m = _RECORD.search(text, lo, figure)
    return clean_subject(m["measure"]) if m is not None else ""
