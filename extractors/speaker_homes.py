"""The division a figure is about when one of its leaders, a deputy or a member at the national session, tells it
(`广东省茂名市市长林某代表说，目前全市120个省定贫困村已全部出列`, `“…共输转劳动力3000人…”某县县长曾某代表说`): the
leader speaks for the division, not for the country whose report the session discusses."""

from __future__ import annotations

from .lexicon import lexicon
from .place_chains import chain_end
from .places import PlaceMention, place_mentions
from .regions import region_of

_LEADER = lexicon().compile_at("official_deputy_after_place")
_BREAKS = lexicon().words("speaker_home_break")
_OTHER_SPEAKER = lexicon().compile("{speaker_tag_between}")
_PARTNER_BEFORE = frozenset(lexicon().words("speaker_home_partner_before"))
_TAG_REACH = 30   # characters after a quotation's closing mark where its speaker's division may stand


def speaker_home(text: str, sentence: int, pos: int) -> str | None:
    """The division whose leader tells the figure at pos: the leader's words open the figure's paragraph before it
    with nothing but the leader's own words between (no other place, no other speaker, no national word), or close
    the quotation holding it."""
    para = text.rfind("\n", 0, sentence) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    home = _closing_leader(text, pos, end) or _opening_leader(text, para, pos)
    if home is None:
        return None
    place, said_from = home
    told = text[said_from:pos]
    named = place_mentions(text, said_from, pos)
    if any(w in told for w in _BREAKS) or any(_elsewhere(text, named, k) for k in range(len(named))):
        return None
    return region_of(place.place)


def _elsewhere(text: str, named: list[PlaceMention], k: int) -> bool:
    """The place at k, named in the leader's words, may own the figure: not a scope word (`全市`: the leader's own),
    nor a partner the division works with, alone or in a chain (`与福建福州的扶贫协作`)."""
    first = k
    while first and named[first - 1].end == named[first].start:
        first -= 1
    return named[k].kind != "scope" and text[named[first].start - 1:named[first].start] not in _PARTNER_BEFORE


def _opening_leader(text: str, para: int, pos: int) -> tuple[PlaceMention, int] | None:
    """The last leader who speaks in the paragraph before pos, and where their words start; none when another
    speaker or a quotation's tag stands between."""
    found = place_mentions(text, para, pos)
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        said = _LEADER.match(text, m.end) if m.place is not None and m.kind == "place" else None
        if said is not None and said.end() <= pos:
            return None if _OTHER_SPEAKER.search(text, said.end(), pos) else (m, said.end())
    return None


def _closing_leader(text: str, pos: int, end: int) -> tuple[PlaceMention, int] | None:
    """The leader named right after the closing mark of the quotation holding pos (`”某县县长曾某代表说`), and the
    quotation's opening."""
    opened = text.rfind("“", 0, pos)
    closed = text.find("”", pos, end)
    if opened == -1 or closed == -1 or "”" in text[opened:pos] or "“" in text[pos:closed]:
        return None
    found = place_mentions(text, closed, min(end, closed + _TAG_REACH))
    if not found or text.find("。", closed, found[0].start) != -1:
        return None
    m = chain_end(found, 0, text)
    return (m, opened + 1) if m.place is not None and _LEADER.match(text, m.end) else None
