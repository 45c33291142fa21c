"""A `分别` list item's own name, cleaned as a subject but never cut to one character of a longer name: `华为` is a
firm's name, its `为` no verb (cut, the measure the items share was read by the wrong length: `华节跳动发明专利申请`);
a one-character thing left after a leading word (`全年梨、桃产量`: 梨) or an ordinal (`我国一、二、三产`: 一) stays as
cleaned (round 48)."""

from __future__ import annotations

from .numbers import parse_number
from .subjects import clean_subject


def item_name(item: str) -> str:
    """item cleaned as a subject, or whole where cleaning cut its end and left its first character, no numeral."""
    cleaned, whole = clean_subject(item), item.strip()
    return whole if len(cleaned) == 1 < len(whole) and whole.startswith(cleaned) and not _numeral(cleaned) else cleaned


def _numeral(word: str) -> bool:
    try:
        return parse_number(word) is not None
    except ValueError:
        return False
