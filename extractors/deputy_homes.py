"""Whether a place names where one quoted person comes from: a deputy's or a member's post and name follow its chain
(`湖南省某市某县某某乡副乡长某某代表在…`, `来自江西的代表说`), or a visitor who tells something (`一位山西太原观众在留言
中感慨`). The report such a person discusses (the government work report, a national exhibition) is not their home's:
the place opens no scope for the figures that follow (`deputy_of_place_after`)."""

from __future__ import annotations

from .lexicon import lexicon
from .places import PlaceMention

_DEPUTY_OF_PLACE = lexicon().compile_at("deputy_of_place_after")
_OFFICIAL_POST = lexicon().compile_at("official_post_after")
_WE = lexicon().words("speaker_we")
_SUFFIXES = sorted(lexicon().words("place_suffix"), key=len, reverse=True)  # `吕梁市` → 吕梁


def deputy_home(text: str, mentions: list[PlaceMention], k: int, pos: int | None = None) -> bool:
    """The place at k (or the chain of places it starts or continues) is followed by a deputy's or a visitor's post;
    not for a figure at pos the deputy tells of in the first person (`…涌塘村党总支书记某某代表说，“在咱们村，30多户…`):
    that is the home's own."""
    if mentions[k].kind != "place" or pos is not None and any(w in text[mentions[k].end:pos] for w in _WE):
        return False
    last = k  # `湖南省张家界市慈利县…代表`: every place of the chain is the person's home
    while last + 1 < len(mentions) and mentions[last + 1].start == mentions[last].end \
            and mentions[last + 1].kind == "place":
        last += 1
    post = _DEPUTY_OF_PLACE.match(text, mentions[last].end)
    if post is None:
        return False
    # `吕梁市市长某某代表说，近年来吕梁坚持…，森林覆盖率…`: the deputy names the home again, and tells of it
    return pos is None or not any(_named(text, m, post.end(), pos) for m in mentions[k:last + 1])


def _named(text: str, m: PlaceMention, start: int, pos: int) -> bool:
    name = m.place.name if m.place is not None else text[m.start:m.end]
    short = next((name[:-len(w)] for w in _SUFFIXES if name.endswith(w) and len(name) - len(w) >= 2), name)
    return short in text[start:pos]


_QUOTE_TAG = lexicon().compile_at("deputy_quote_tag")
_GOAL = lexicon().words("speaker_we_goal")
_QUOTE_REACH = 200  # characters before a figure where its quotation may open, and after it where it may close


def deputy_says_we(text: str, sentence: int, pos: int) -> bool:
    """The figure at pos stands in a quotation that a deputy or a member said (`“…我们共发放价格临时补贴1288万元…”某某代表
    说`) after the speaker's first person plural: the deputy's own place's or body's figure, not the country's; not
    in a quotation of a goal (`speaker_we_goal`)."""
    opened = text.rfind("“", max(0, sentence - _QUOTE_REACH), pos)
    if opened == -1 or "”" in text[opened:pos] or not any(w in text[opened:pos] for w in _WE):
        return False
    closed = text.find("”", pos, pos + _QUOTE_REACH)
    if closed == -1 or "“" in text[pos:closed] or any(w in text[opened:closed] for w in _GOAL):
        return False  # `“我们完全有能力实现…目标”`: the country's goal the deputy is sure of
    return _QUOTE_TAG.match(text, closed) is not None


def unless_deputy_home(text: str, m: PlaceMention | None, pos: int) -> PlaceMention | None:
    """m, unless it is a deputy's home (`…小岗村党委书记某某代表在…`) for the figure at pos: a village read by its name."""
    return None if m is not None and deputy_home(text, [m], 0, pos) else m


def official_post(text: str, m: PlaceMention) -> bool:
    """The place m is followed by an official's post in it, in a run of posts (`茂名市委常委、…`): the office's, no topic."""
    return m.kind == "place" and _OFFICIAL_POST.match(text, m.end) is not None
