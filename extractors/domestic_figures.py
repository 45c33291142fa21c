"""A domestic measure in a national document: `国内旅游收入` with no place in its clause is the country's.

A national paper's holiday story names the places it visited, so its scope stays unsettled and a figure told with no
place of its own (`10月1日至7日，实现国内旅游收入6497.1亿元`) had none; its measure says it is the country's (lexicon
`domestic_measure`). Only where the document's own scope is the whole country and no place is in force.
"""

from __future__ import annotations

from .gazetteer import NATIONAL
from .lexicon import lexicon

_DOMESTIC = lexicon().compile("domestic_measure")


def domestic_region(subject: str, region: str | None, document_region: str | None, clause_named: bool) -> str | None:
    """The figure's region: the country for a domestic measure in a national document whose clause names no place;
    else region as it was."""
    if region is not None or clause_named or document_region != NATIONAL or not _DOMESTIC.match(subject or ""):
        return region
    return NATIONAL
