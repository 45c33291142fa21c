"""The holder a clause group opens with: a village, community or body and what it has (`德胜村共有443户，…`).

A figure later in the same group (up to `；` or the sentence's end) that names only a category (`建档立卡贫困户212户`,
`常住居民8000多户`, `研究生学历14人`) counts the holder's, not the region's (audit class S3: a subject whose owner was
dropped). A group may also open with a count of holders and what they have (`17所卫生院现有在编人员449人，大集体65人`
→ 卫生院大集体). Nothing is added where the later clause names a place or a holder of its own, or when the opening
figure counts the holders themselves and nothing they have (`某村共有3个`). Words in lexicon/owners.toml.
"""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_HOLDER = _LEX.compile("holder_opening")
_HOLDER_KIND = _LEX.compile("holder_kind")
_HOLDERS_HAVE = _LEX.compile("holder_counted")
_COUNT_OPENING = _LEX.compile("holder_count_opening")
_SELF_COUNTERS = frozenset(_LEX.words("holder_counter"))  # `某村共有3个`: the figure counts holders, no holder
_MAX_CATEGORY = 10  # characters: a longer subject is a clause of its own, not a category of the holder


def holder_at(left: str, unit: str | None, noun: str, after: str = "") -> str | None:
    """The holder of the clause group whose first figure has `left` before it (`德胜村共有` → 德胜村), or the holders it
    counts when `after` (the text after its unit) names their kind and what they have (`卫生院现有在编人员…` → 卫生院)."""
    if unit in _SELF_COUNTERS and _COUNT_OPENING.match(left) and (counted := _HOLDERS_HAVE.match(after)):
        return counted["holder"]
    # the holder's kind is in every holder_opening (same lookarounds, same string): a search for it alone is a
    # few times faster than the anchored pattern's lazy tries, and rules out nine tenths of the figures
    m = _HOLDER.match(left) if _HOLDER_KIND.search(left) else None
    if m is None or (not noun and not m["rest"] and unit in _SELF_COUNTERS):
        return None
    return m["holder"]


def held(holder: str | None, text: str, clause: int, pos: int, subject: str) -> str:
    """`建档立卡贫困户` after `德胜村共有443户，` → 德胜村建档立卡贫困户: a later figure of the holder's group (the caller
    keeps the group) whose clause text[clause:pos] names no place."""
    if not holder or not subject or holder in subject or len(subject) > _MAX_CATEGORY \
            or _HOLDER_KIND.search(subject) or place_mentions(text, clause, pos):
        return subject
    return holder + subject
