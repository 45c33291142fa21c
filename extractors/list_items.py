"""Lists written one item a paragraph: which paragraph is a later item of a list an earlier paragraph introduced.

A release that introduces a list after a colon (`公告称,2017年全省粮食产量如下:一、…`, `1—10月,全省外贸呈现五大特点:`)
often prints each later item (`二、…`, `二是…`) as a paragraph of its own, the first one on the introduction's line or
on a line of its own: those items are still the list's, so they keep the time and place the introduction set
(scopes.py reads the time where the introduction ends, scope_places.py the place from its paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import lexicon
from .numbers import parse_number

_LEX = lexicon()
_OPENING = _LEX.compile("list_item_opening")
_INTRO = _LEX.compile(r"{list_introduction}{list_item_opening}")
_INTRO_END = _LEX.compile(r"{list_introduction}$")


@dataclass(frozen=True)
class ListItem:
    """Item `number` of the list paragraph `introduction` introduced; its introduction ends at `end` (the colon)."""

    number: int
    introduction: int
    end: int


def _number(m) -> int:
    return int(parse_number(m["point"] or m["item"]))


def _form(m) -> str:
    """A list's items are all written alike: `二是`, `二、` or `2.`."""
    return "point" if m["point"] else "digit" if m["item"].isdigit() else "numeral"


def _opening(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(number, form) of the item a span opens with (`三、` → (3, "numeral"), `二是` → (2, "point")), else None."""
    m = _OPENING.match(text, start, end)
    return (_number(m), _form(m)) if m else None


class ListItems:
    """The list items among a document's paragraphs, read on demand (each paragraph once)."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]):
        self.text, self.paragraphs = text, paragraphs
        self._known: dict[int, ListItem | None] = {}

    def of(self, index: int) -> ListItem | None:
        """The list item paragraph `index` is, else None: item 1 after a paragraph that ends with the introduction's
        colon; item n after the paragraph holding item n-1 of the same list, or its introduction with the items
        before it (`…五大特点:一是…。二是…` then `三是…`)."""
        if index not in self._known:
            # the items before it first: a long list is read from its start, not by a deep recursion
            k = index
            while k - 1 > 0 and k - 1 not in self._known and _opening(self.text, *self.paragraphs[k - 1]):
                k -= 1
            for j in range(k, index + 1):
                self._known[j] = self._read(j)
        return self._known[index]

    def _read(self, index: int) -> ListItem | None:
        opening = _opening(self.text, *self.paragraphs[index]) if index > 0 else None
        if opening is None:
            return None
        number, form = opening
        before = self.paragraphs[index - 1]
        if number == 1:  # `…如下:` on a line of its own, then `一、…`
            m = _INTRO_END.search(self.text, *before)
            return ListItem(1, index - 1, m.start()) if m else None
        previous = self._known.get(index - 1)
        if previous is not None and _opening(self.text, *before) == (number - 1, form):
            return ListItem(number, previous.introduction, previous.end)
        for m in _INTRO.finditer(self.text, *before):  # `…如下:一、…` on the line before
            if (_number(m), _form(m)) == (number - 1, form):
                return ListItem(number, index - 1, m.start())
        return None
