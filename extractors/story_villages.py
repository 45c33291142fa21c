"""The one village a story speaks of at a figure (`村里新建了36处…`, `那是村集体投资400万元…`): the village the article
named last before the figure, when the article introduced it after its county, town or city (`某区某街道黄边村`), no
place is named as a subject after it, and no other village's name is written between it and the figure (round 48)."""

from __future__ import annotations

from .gazetteer import Place
from .lexicon import lexicon
from .village_places import village_before

_NAME = lexicon().compile("village_heading_name")
_BREAKERS = tuple(lexicon().words("village_name_breaker"))
_FIRM = lexicon().compile("(?:{anonymous_firm}|{firm_name})")
_STORY_REACH = 8000  # characters: a story's village is named within this much of its figure (an article's length)


def story_village_of(text: str, lo: int, sentence: int, pos: int) -> Place | None:
    """The village the figure at pos is about when its sentence speaks of the story's village without naming it:
    the one the article (from lo) introduced and named last (village_before), else None; a village named later by its
    name alone (`娄山关村从事藤编的村民…`) may be another one, and a firm in the figure's sentence (from sentence: `村里最大
    的一家养鸽场，鸽子达两万多只`, `村里引进的某公司…收购`) owns the figure, so then none."""
    lo, sentence = max(lo, pos - _STORY_REACH), max(sentence, pos - _STORY_REACH)  # a run-on text: bounded reads
    if _FIRM.search(text, sentence, pos) is not None:
        return None
    village = village_before(text, lo, pos)
    if village is None or any(c in village.name for c in _BREAKERS):
        return None
    last = None
    for m in _NAME.finditer(text, lo, pos):
        if not _same(m.group(), village.name) and text.count(m.group(), lo, pos + _STORY_REACH) > 1:
            last = m.group()  # a name the story writes again is a village's, not a run of words (`带到村中心`)
        elif _same(m.group(), village.name):
            last = village.name
    return village if last == village.name else None


def _same(written: str, name: str) -> bool:
    """The village's name as the name pattern reads it, perhaps with what stood before it (`街道黄边村`)."""
    return written.endswith(name) or name.endswith(written)
