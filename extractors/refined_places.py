"""A paragraph's first named place as its place when its opening sentence names none (`碧波万顷的洞庭湖畔，船来船往。
岳阳市城陵矶新港…。…今年到港超过了6000台`): only when that place lies inside the division the story is about, so the
figure goes to the more specific place of the same story (岳阳市 over the story's 湖南省), never to another one."""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .place_chains import _ancestry
from .places import place_mentions

_DIVISIONS = ("province", "city", "county")   # China's: a national story's places stay their sentences'


def refines_story(text: str, para_start: int, topic_start: int, topic: Place | None, scopes: list) -> bool:
    """The topic place of the sentence at topic_start is the paragraph's: nothing before it in the paragraph names a
    place, and it lies strictly inside the innermost Chinese division in force (scopes, innermost first). The caller
    reads a paragraph only when its reach (a few hundred characters) holds the paragraph's start."""
    story = next((p for p in scopes if p is not None), None)
    if topic is None or story is None or story.level not in _DIVISIONS or topic.level not in _DIVISIONS:
        return False
    if topic.name == story.name or story.name not in _ancestry(gazetteer(), topic):
        return False
    return not place_mentions(text, para_start, topic_start)
