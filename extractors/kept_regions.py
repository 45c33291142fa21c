"""The region a figure keeps after the scopes in force gave it one: none for one entity's own figure its sentence points
at by its kind (`这家农场…纯收益实现20多万元`: one_entity_figures.py) or of a sentence that says what its one firm
has become (`…成为一家…集团，…品牌价值…`), nor the country's for a past figure a deputy tells
in the first person in a quotation (`“…我们共发放补贴1288万元…”某某代表说`: deputy_homes.py)."""

from __future__ import annotations

from .deputy_homes import deputy_says_we
from .gazetteer import NATIONAL
from .one_entity_figures import one_entity_figure, one_firm_sentence
from .speaker_homes import speaker_home


def kept_region(text: str, sentence: int, pos: int, region: str | None, status: str) -> str | None:
    """region, or None when the figure at pos (in the sentence starting at sentence) is no place's; the division
    whose leader tells it (speaker_homes.py) where the scopes left none or the country's."""
    if region in (None, NATIONAL) and (home := speaker_home(text, sentence, pos)) is not None:
        region = home
    if region is None:
        return None
    if region == NATIONAL and status == "actual" and deputy_says_we(text, sentence, pos):
        return None
    return None if one_entity_figure(text, sentence, pos) or one_firm_sentence(text, sentence, pos) else region
