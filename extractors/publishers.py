"""Which paper published a page: a paper named as the page's own (its first lines, or after `来源:`; a paper
cited as `《人民日报》` is not), a paper's code in the file name, and the place each paper covers."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .gazetteer import gazetteer
from .lexicon import lexicon
from .report_titles import _TITLE_LINES, _nth_line_end
from .word_scanner import WordScanner

_LEX = lexicon()
_SOURCE_LINE = _LEX.compile("source_line")
_CITED = "《"  # a paper's name right after this is a citation, not a masthead
_VENUE = _LEX.compile("paper_cited_venue")  # `…在岳阳日报发表`: the paper printed another's piece
_CREDIT_REACH = 16  # characters after `来源:` that may name the paper
_COUNTY_CITY = tuple(_LEX.words("paper_county_city"))  # a county-level city prints its own paper


@cache
def _papers() -> tuple[dict[str, str], WordScanner]:
    """Paper name → the place it covers (the lexicon's table, plus `<place>日报` for every place), and a scanner."""
    table = dict(_LEX.values("papers"))
    g = gazetteer()
    elsewhere = frozenset(_LEX.words("paper_home_elsewhere"))
    named = [(word, place) for word, (kind, place, _) in g.words.items()
             if kind == "place" and _has_papers(place) and place.name not in elsewhere]
    for word, place in sorted(named, key=lambda wp: wp[1].level == "county"):  # `恩施日报` is the prefecture's
        for suffix in _LEX.words("paper_suffix"):
            table.setdefault(word + suffix, place.name)
            if place.level == "county" and len(word) >= 3 and word.endswith(_COUNTY_CITY):
                table.setdefault(word[:-1] + suffix, place.name)  # `仙桃日报`: the city's short name
    return table, WordScanner(table)


def _has_papers(place) -> bool:
    """Provinces, cities and county-level cities (`仙桃日报`, `义乌商报`, `昆山日报`) print papers named after them."""
    return place.level in ("province", "city") or (place.level == "county" and place.name.endswith(_COUNTY_CITY))


def paper_place(paper: str | None) -> str | None:
    return _papers()[0].get(paper or "")


def masthead_papers(head: str) -> list[tuple[int, str]]:
    """(position, paper) for papers named as the page's own: on its first lines, or right after `来源:`; a paper
    cited as where a piece was printed (`《人民日报》`, `在岳阳日报发表`) is not."""
    _, scanner = _papers()
    spans = [(0, _nth_line_end(head, _TITLE_LINES + 2))]
    spans += [(m.end(), min(len(head), m.end() + _CREDIT_REACH)) for m in _SOURCE_LINE.finditer(head)]
    out = []
    for lo, hi in spans:  # only where a masthead or a credit can be: the paper scanner is large
        for a, b, paper in scanner.finditer(head, lo, hi):
            if head[a - 1:a] != _CITED and _VENUE.match(head, b) is None:
                out.append((a, paper))
    return sorted(set(out))


def filename_paper(name: str) -> str | None:
    stem = Path(name).name.lower()
    for code, paper in _LEX.values("paper_file_codes").items():
        if stem.startswith(code):
            return paper
    return None
