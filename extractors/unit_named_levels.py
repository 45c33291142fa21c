"""One measure told in two units in a row, then changes spread over both (`共开行跨境班列464列、32609标箱,同比分别增长
45.45%和25.10%`, `受理审查起诉案件533件645人,同比分别下降0.93%、10.3%`): the second level is named with its unit,
`开行跨境班列(标箱)`, so each change names which count moved. Without such a spread the pair keeps one name (its units
tell the two apart); amounts of money and ratios name their own measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicon
from .quantities import UNIT_KINDS

if TYPE_CHECKING:
    from .mention import Mention

_SPREAD_AFTER = lexicon().compile("second_unit_spread")
_OWN_MEASURE_KINDS = frozenset({"currency", "percent", "permille", "point", "times"})


def in_second_unit(subject: str, unit: str | None, last: Mention | None, text: str, span: tuple[int, int]) -> str:
    """subject, named with its unit when the sentence's level right before (last, from span's start on) is the same
    measure in another unit of things and a spread of changes follows the level's end (span's end)."""
    start, end = span
    if last is None or last.start < start or last.kind != "level" or last.subject != subject or not subject \
            or unit is None or last.unit is None or unit == last.unit \
            or UNIT_KINDS.get(unit) in _OWN_MEASURE_KINDS or UNIT_KINDS.get(last.unit) in _OWN_MEASURE_KINDS \
            or _SPREAD_AFTER.match(text, end) is None:
        return subject
    return f"{subject}({unit})"
