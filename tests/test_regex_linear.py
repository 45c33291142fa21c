"""No pattern backtracks catastrophically: extraction time grows about linearly with hostile line length.

Lines of 250 000 and 1 000 000 characters (0.25–3 MB) of digits, punctuation, 增长, 亿, 万, 年 … repeats.
"""

import time

import pytest

from extractors.pipeline import extract_text

UNITS = ["1234567890", "增长增长增长", "亿亿万万", "年年年", ",,。;;%%", "12.5%增长", "5个亿万余", "“1688”",
         "增长5%增长"]  # the last once chained subjects: quadratic time and memory


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    extract_text(text, "hostile.txt")
    return time.perf_counter() - t0


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", UNITS)
def test_time_grows_linearly(unit):
    small = unit * (250_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    t_small, t_large = _seconds(small), _seconds(large)
    # 4x the input may take at most ~10x the time (generous for noise); quadratic would be 16x.
    assert t_large <= max(10 * t_small, 0.5), (unit, t_small, t_large)


def test_a_data_dump_is_refused_before_it_exhausts_memory(monkeypatch):
    from extractors import pipeline
    from extractors.errors import ReportError

    monkeypatch.setattr(pipeline, "MAX_FIGURES", 1000)
    with pytest.raises(ReportError, match="figures in one document"):
        extract_text("增长5%," * 1001, "dump.txt")
    assert len(extract_text("增长5%," * 999, "fine.txt").facts) > 0
