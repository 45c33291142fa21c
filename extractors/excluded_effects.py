"""A measure reckoned without one of its parts is another measure: `剔除猪肉价格影响后，CPI上涨1.4%` measures CPI
without pork (CPI(剔除猪肉价格影响)), not CPI, so it keeps the exclusion and no catalog indicator; the real change of
a measure (`剔除价格因素`) is the measure's own (lexicon excluded_effect)."""

from __future__ import annotations

from .lexicon import lexicon

_EXCLUDED = lexicon().compile("excluded_effect")
_REACH = 30  # characters back from the figure's clause: the exclusion is the clause right before it


def without_excluded(subject: str, text: str, start: int, clause: int) -> str:
    """The subject with the exclusion the clause right before its own (from the sentence's start) states, if any."""
    if not subject or (m := _EXCLUDED.search(text, max(start, clause - _REACH), clause)) is None:
        return subject
    return f"{subject}({m['excluded']})"
