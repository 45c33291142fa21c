"""Pages printed a clause a line with no punctuation at all (a phone-screen summary: `今年春运期间` / `全市道路运输共投入客运
车辆45091辆` / `其中班车客运车辆41065辆` / `累计发送旅客39.8万人次`): there a line break is the pause between two clauses,
not a word wrapped, and normalize.py joins such lines with a comma, so that each clause keeps its own subject and the
time and place an opening line gives go on over the clauses after it (lexicon `poster_figure_end`).

A page is one when at least five of its lines, and a third of all, are short, hold no punctuation and end on a figure
and its unit (`…45091辆`, `…19.65%`): prose wrapped at a fixed width ends a line on a whole figure only by chance, and
a line of a wrapped sentence nearly always holds a comma somewhere.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

_FIGURE_END = lexicon().compile("poster_figure_end", engine=re)
_PUNCT = re.compile(r"[,，。;；:：!?！？、]")
_SHORT = 40        # characters: a longer line is a paragraph, not a clause of a poster
_LEAST = 5         # lines that end on a figure with no punctuation
_SHARE = 1 / 3     # of the page's lines


def poster_page(lines: list[str]) -> bool:
    """The lines (stripped or not, blank ones ignored) are a poster page's, as described above."""
    figures = total = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        total += 1
        if len(line) <= _SHORT and _FIGURE_END.search(line) is not None and _PUNCT.search(line) is None:
            figures += 1
    return figures >= _LEAST and figures >= _SHARE * total
