"""A whole restated to open its breakdown: `累计报告确诊病例119例。119例确诊病例中,沈阳市28例、…` names again a count
the article gave before, so it is no new fact, and its parts count what that count counted (累计报告确诊病例, as of its
time), not a bare noun over the sentence's own time. So does `在接待的61.5万人次当中,过夜游客…`, the count named by
its act (接待游客61.5万人次, paragraphs before).

Only when the sentence opens with the count and its noun or act before `中`/`当中` (lexicon
`restated_whole_opening`), and the article gave before a level of the same value and unit whose subject ends with that
noun and holds that act; else nothing changes.
"""

from __future__ import annotations

from .lexicon import lexicon
from .mention import Mention, with_subject

_OPENING = lexicon().compile("restated_whole_opening")


def restated_whole(text: str, start: int, mentions: list[Mention], told: list[Mention]) -> list[Mention]:
    """The sentence's mentions less a whole it restates from the article's mentions told before, its parts named as
    that whole."""
    opening = _OPENING.match(text, start)
    if opening is None or not mentions or not told:
        return mentions
    first, noun, act = mentions[0], opening["noun"], opening["act"] or ""
    if first.kind != "level" or first.start > opening.end():
        return mentions
    whole = next((b for b in reversed(told) if b.kind == "level" and b.value == first.value and b.unit == first.unit
                  and b.subject.endswith(noun) and act in b.subject), None)
    if whole is None:
        return mentions
    return [with_subject(m, whole.subject) if m.place and m.subject in (first.subject, noun) else m for m in mentions[1:]]
