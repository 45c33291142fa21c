"""The event a story named that a later pointer at its kind stands for (`此次论坛` → 中关村论坛, `专项行动期间` →
根治欠薪夏季专项行动): the event of that kind its headline or lead names, else the last one named of that kind in the
few sentences before the pointer."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_EVENT = _LEX.compile("event_name_told")
_CAMPAIGN = _LEX.compile("campaign_name_told")
_CAMPAIGN_KIND = _LEX.compile("campaign_head")
_NOT_NAME = _LEX.compile("event_name_clause")  # `还专门组织了…论坛`: a clause, no name
_LEAD = 200  # characters of an article (its headline and lead) where the story's own event is named
_BACK = 300  # characters before the pointer where an event of its kind may be named last
_MAX_EVENT = 20  # characters: a longer name is a piece of narrative


def story_event(text: str, article_start: int, pos: int, kind: str) -> str | None:
    """The name of the event of this kind (`论坛`, `专项行动`) the story told before pos, or None."""
    names = _CAMPAIGN if _CAMPAIGN_KIND.fullmatch(kind) else _EVENT
    lead_end = min(pos, article_start + _LEAD)
    for start, end in ((article_start, lead_end), (0, min(pos, _LEAD))):  # the article's lead, the page's headline
        for m in names.finditer(text, start, end):
            if _of_kind(m["event"], kind):
                return m["event"]
    back = [m["event"] for m in names.finditer(text, max(lead_end, pos - _BACK), pos) if _of_kind(m["event"], kind)]
    return back[-1] if back else None


def _of_kind(name: str, kind: str) -> bool:
    """A full name of that kind: longer than the kind alone, short enough to be a name."""
    return name.endswith(kind) and len(kind) < len(name.strip("“”\"")) <= _MAX_EVENT and not _NOT_NAME.search(name)
