"""The fast time scan finds exactly what the time grammar finds.

`periods.time_mentions` looks for where a time may start with the standard engine (lexicon `time_candidate`,
narrower than the grammar's own `time_start` at digits) and reads each with the grammar. That is only a speed-up
if no time expression the grammar finds alone is missed: checked on every lexicon example and case, on the same
words run together, and on real reports of the shared corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.lexicon import lexicon, marked
from extractors.load import load_text
from extractors.normalize import normalize
from extractors.periods import _TIME, time_mentions

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _lexicon_texts() -> list[str]:
    out = []
    for entry in lexicon().entries.values():
        for example in (*entry.examples, *entry.negatives):
            if isinstance(example, str):
                out.append(marked(example)[0])
        for case in entry.cases:
            if isinstance(case, list | tuple) and case and isinstance(case[0], str):
                out.append(case[0])
    return out


def _spans_agree(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    grammar = [(m.start(), m.end()) for m in _TIME.finditer(text, start, end)]
    scanned = [(t.start, t.end) for t in time_mentions(text, start, end)]
    assert scanned == grammar, text[start:end][:200]


@pytest.mark.parametrize("text", _lexicon_texts())
def test_every_lexicon_example_is_scanned_as_the_grammar_reads_it(text):
    _spans_agree(text)


@pytest.mark.parametrize("joiner", ["", "，", " ", "12.5%", "3"])
def test_examples_run_together(joiner):
    """Digits and words of neighbouring examples touch: a candidate must not be lost at the seams."""
    _spans_agree(joiner.join(_lexicon_texts()))


@pytest.mark.parametrize("text", ["增长12.5%,2020年3月至5月", "1-3月", "2019—2020年", "3个月", "5季度", "10日电",
                                  "共300多人,2021年度", "第1季度", "近3年来", "12345热线2024年第3周"])
def test_digits_before_and_inside_times(text):
    _spans_agree(text)
    for cut in range(len(text)):  # every range start: the scan starts where the caller asks
        _spans_agree(text, cut)


def test_real_reports():
    if not CORPUS.is_dir():
        pytest.skip(f"no shared corpus at {CORPUS}")
    files = sorted(p for p in CORPUS.glob("*/*") if p.is_file())[::40]
    checked = 0
    for path in files:
        try:
            text = normalize(load_text(path).text).text
        except Exception:  # noqa: BLE001 - an unreadable file has no times to compare
            continue
        _spans_agree(text)
        _spans_agree(text, len(text) // 3, 2 * len(text) // 3)
        checked += 1
    assert checked >= 20
