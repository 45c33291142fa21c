"""A `分别` list item's own name, cleaned as a subject but never cut to one character of a longer name: `华为` is a
firm's name, its `为` no verb (cut, the measure the items share was read by the wrong length: `华节跳动发明专利申请`);
an ordinal left alone by cleaning (`我国一、二、三产`: 一) stays as cleaned (round 48)."""

from __future__ import annotations

from .numbers import parse_number
from .subjects import clean_subject


def item_name(item: str) -> str:
    """item cleaned as a subject, or whole where cleaning would leave one character of it that is no numeral."""
    cleaned = clean_subject(item)
    return item.strip() if len(cleaned) == 1 < len(item.strip()) and not _numeral(cleaned) else cleaned


def _numeral(word: str) -> bool:
    try:
        return parse_number(word) is not None
    except ValueError:
        return False
