"""Bodies whose name opens with a place (`钦州港`, `新疆天池景区`, `苏州橙光360剧场`, `某县法院`): the place is the body's
name, not the place its figures are about, so a figure of such a body is the body's own (no region: firm_figures.py).

one_body reads a name of two to fourteen Han characters before a body's kind and keeps out characters that open verbs
and wholes (`新建`, `和`, `上`), so a name opening with a place spelt with one (`新疆`, `福建`, `和田`), a name with digits
(`360剧场`) and a place followed directly by the kind (`钦州港`) were missed, and that place was read as the figure's.
Here the place is read first and the rest of the name after it (lexicon `body_after_place`)."""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_REST = _LEX.compile_at("body_after_place")
_LEAD = _LEX.compile_at("sentence_lead")
_ACTS_AFTER = _LEX.compile_at("firm_acts_after")
_BODY = _LEX.compile("one_body")
_SPEAKER = _LEX.compile_at("affiliation_speaker_tail")
_BODY_KIND = _LEX.compile("(?:{body_kind})")


def place_led_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the bodies between start and end whose name opens with a place (the place's start, the kind's end)."""
    spans = []
    for p in place_mentions(text, start, end):
        if p.kind == "place" and (m := _REST.match(text, p.end, end)) is not None:
            spans.append((p.start, m.end()))
    return spans


def place_led_actor(text: str, clause: int) -> tuple[int, int] | None:
    """Where a body whose name opens with a place stands when it opens the clause at `clause` as its actor, after the
    clause's lead (`去年入冬以来，新疆天池景区接待游客…`)."""
    lead = _LEAD.match(text, clause)
    at = lead.end() if lead is not None else clause
    first = next(iter(place_mentions(text, at, min(len(text), at + 12))), None)
    if first is None or first.start != at or first.kind != "place":
        return None
    m = _REST.match(text, first.end, min(len(text), first.end + 40))
    if m is None or _ACTS_AFTER.match(text, m.end()) is None or _SPEAKER.match(text, m.end()) is not None:
        return None  # `新加坡国立大学某研究所教授某某说，…`: a speaker's affiliation, no actor
    return at, m.end()


def named_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the bodies named after their place between start and end (`东江站`, `某市某区文华学校`, `钦州港`): a body's
    kind after a place's name; a kind after no place (`覆盖医院`, `参观博物馆`, `资助中职学校`) is no one body's name."""
    if _BODY_KIND.search(text, start, end) is None:
        return []  # a cheap first look: most spans name no body's kind at all
    spans = set(place_led_bodies(text, start, end))
    for m in _BODY.finditer(text, start, end):
        at = next((p.start for p in place_mentions(text, m.start(), m.end()) if p.kind == "place"), None)
        if at is not None:
            spans.add((at, m.end()))
    return sorted(spans)
