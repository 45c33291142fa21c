"""A lexicon entry's matches in a whole text, tried only where one can start: each alternative of the entry opens
with a lead of bounded width before a slot it must match (`…\\p{Han}){2,12}(?:{firm_kind})`, `(?:中国|美国)?(?:{firm_brand})`,
`{own_account_body}`; a slot opening a lookahead, `(?!{act_on_firms})`, is part of the lead, of no width), so a match starts at most that width before a place where the slot's own short pattern matches.

The slot's pattern keeps `regex`'s fast scans (a literal prefilter, a first-character test) that the whole entry loses:
a lead of any Han characters is tried at every position of the text (a firm's name over a long story cost a tenth of
extraction). The matches are those of `finditer` on the whole pattern: its leftmost match from a position is its
first match at a candidate start, since every start it can match at is a candidate. Widths are read from the lead by
the standard library's parser; an entry whose alternatives do not all open so is scanned by `finditer` as before."""

from __future__ import annotations

import re

import regex

from .lexicon import Lexicon

_FIRST_SLOT = re.compile(r"(?<!\\[pPN])(?<!\(\?!)(?<!\(\?=)(\(\?:)?\{([a-z_][a-z0-9_]*)(:chars)?\}(\))?")
_ANY_SLOT = re.compile(r"(?<!\\[pPN])\{[a-z_][a-z0-9_]*(?::chars)?\}")  # inside a lookahead of the lead: no width
_PROPERTY = re.compile(r"\\[pP]\{\w+\}")
_QUANTIFIER_NEXT = "?*+{"


class AnchoredScan:
    """`whole.finditer(text)` as a list, each match tried only just before a match of an alternative's slot."""

    def __init__(self, whole: regex.Pattern, anchors: list[tuple[regex.Pattern, int, int]] | None):
        self.whole, self.anchors = whole, anchors

    @classmethod
    def of_entry(cls, lexicon: Lexicon, name: str) -> AnchoredScan:
        whole = lexicon.compile(name)
        alternatives = lexicon.entry(name).alternatives
        anchors = [_anchor(lexicon, a) for a in alternatives]
        return cls(whole, None if not alternatives or None in anchors else anchors)

    def matches(self, text: str) -> list:
        if self.anchors is None:
            return list(self.whole.finditer(text))
        out, pos = [], 0
        for start in self._starts(text):
            if start < pos or (m := self.whole.match(text, start)) is None:
                continue
            if m.end() == m.start():  # an empty match: finditer's own rule for the next search decides
                return list(self.whole.finditer(text))
            out.append(m)
            pos = m.end()
        return out

    def _starts(self, text: str) -> list[int]:
        starts: set[int] = set()
        for anchor, shortest, longest in self.anchors:
            at = anchor.search(text)
            while at is not None:
                q = at.start()
                starts.update(range(max(0, q - longest), q - shortest + 1))
                at = anchor.search(text, q + 1)
        return sorted(starts)


def _anchor(lexicon: Lexicon, alternative: str) -> tuple[regex.Pattern, int, int] | None:
    """(the slot's pattern, the lead's shortest and longest width) of an alternative `lead{slot}…` whose every match
    holds a match of its first slot right after the lead; None if the alternative is not of that form."""
    slot = _FIRST_SLOT.search(alternative)
    if slot is None or slot[3] or bool(slot[1]) != bool(slot[4]) or _top_level_bar(alternative):
        return None
    if alternative[slot.end():slot.end() + 1] and alternative[slot.end()] in _QUANTIFIER_NEXT:
        return None  # an optional or repeated slot need not be in the match
    width = _width(alternative[:slot.start()])
    return None if width is None else (lexicon.compile(slot[2]), *width)


def _width(lead: str) -> tuple[int, int] | None:
    """The shortest and longest text the lead can match, if it is a whole pattern of bounded width."""
    if "{e" in lead or "\\L<" in lead:  # `regex`'s fuzzy and named-list forms: the standard parser misreads them
        return None
    try:
        shortest, longest = re._parser.parse(_ANY_SLOT.sub(".", _PROPERTY.sub(".", lead))).getwidth()
    except (re.error, OverflowError, RecursionError):
        return None
    return (shortest, longest) if longest < re._constants.MAXREPEAT else None


def _top_level_bar(source: str) -> bool:
    """Whether source is itself an alternation (a `|` outside every group and class)."""
    depth, in_class, k = 0, False, 0
    while k < len(source):
        ch = source[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k += 1 if source[k + 1:k + 2] == "^" else 0
            k += 1 if source[k + 1:k + 2] == "]" else 0  # a `]` first in a class is one of its characters
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        k += 1
    return False
