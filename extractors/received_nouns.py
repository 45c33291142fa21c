"""The things a count counts named by what they received (`65家企业获得信贷支持` → 获得信贷支持的企业): a verb of
receiving and its object right after the counted noun, up to the clause's end or the next figure; and the recipients
of a gift cut before its verb (`为5000名困难职工发放慰问金…` → 困难职工); a generic head keeps its modifier
(`近一万家纯生产或加工袜子的企业`) (lexicon subjects.toml `counted_received`, `recipients_given`, `recipient_before_count`,
`generic_counted_head`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_RECEIVED = _LEX.compile_at("counted_received")
_GIVEN = _LEX.compile("recipients_given")
_LEAD = _LEX.compile("recipient_before_count")
_GENERIC_HEADS = frozenset(_LEX.words("generic_counted_head"))
_OF = _LEX.words("attributive")[0]
_PART = _LEX.compile("counted_name_part")
_MODIFIER_MAX = 10  # characters: a longer modifier is a clause, not which things are counted
_LEAD_REACH = 18  # characters before the count: its preposition and the recipients' modifier
_NOUN_REACH = 16  # characters after the count: the recipients and the verb of giving
_RECIPIENTS_MAX = 14  # characters: the recipients' name


def received_named(text: str, end: int, noun: str) -> tuple[str, int] | None:
    """(`获得信贷支持的企业`, where the name ends) when a verb of receiving and its short object follow the noun that
    ends at end (the name ends there when a figure follows the object: the object names it); None otherwise."""
    m = _RECEIVED.match(text, end)
    if m is None or not noun:
        return None
    figure_next = text[m.end():m.end() + 1].isdigit()  # `获得贷款0.9亿元`: the object is the next figure's name
    return m["verb"] + m["obj"] + _OF + noun, end if figure_next else m.end()


def recipients_before_gift(text: str, start: int, end: int, limit: int) -> tuple[str, int] | None:
    """`困难职工` and its end, read after `为5000名` (the count from start to end) before `发放慰问金…`: the recipients,
    when the clause before the count holds the preposition of recipients and a verb of giving follows them within
    limit; None otherwise."""
    if _LEAD.search(text, max(0, start - _LEAD_REACH), start) is None:
        return None
    gift = _GIVEN.search(text, end, min(limit, end + _NOUN_REACH))
    if gift is None or not 2 <= gift.start() - end <= _RECIPIENTS_MAX or not _PART.fullmatch(text, end, gift.start()):
        return None
    return text[end:gift.start()], gift.start()


def with_modifier(modifier: str, head: str) -> str:
    """`纯生产或加工袜子` + `企业` → 纯生产或加工袜子的企业: a generic head (generic_counted_head) names nothing of its own,
    its modifier says which are counted; any other head alone (`经过培训的预防接种人员` → 预防接种人员)."""
    named = head in _GENERIC_HEADS and 2 <= len(modifier) <= _MODIFIER_MAX and _PART.fullmatch(modifier)
    return modifier + _OF + head if named else head
