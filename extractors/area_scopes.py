"""Area scopes: a paragraph that opens inside a park, a reserve or a zone counts that area's figures, not its place's.

`在三江源国家公园范围内，青海采取…。截至2019年6月底，…查处各类违法犯罪案件200余起` counts the cases inside the park;
with the region 青海省 and a bare subject, the CSV reads them as the whole province's. A figure of such a paragraph
(lexicon/owners.toml `area_within_opening`) keeps its area after its subject (`各类违法犯罪案件查处(三江源国家公园范围内)`,
in brackets like a measure of a measure, so it counts in no subject's length), unless its own sentence names a place
before it or its subject names the area already.
"""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_OPENING = _LEX.compile_at("area_within_opening")
_REACH = 600  # characters from the paragraph's opening: a run-on paragraph is scoped near its opening only
_MEASURE_TAIL_END = ")）"


def area_named(text: str, para_start: int, sent_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the area its paragraph opens inside, else as it is."""
    if not subject or subject[-1] in _MEASURE_TAIL_END or pos - para_start > _REACH:
        return subject
    m = _OPENING.match(text, para_start)
    if m is None or m["area"] in subject or m.end() > pos:
        return subject
    if place_mentions(text, max(sent_start, m.end()), pos):
        return subject  # `在某某园区内，…。某县…`: the sentence's own place measures it
    return f"{subject}({m['scope']})"
