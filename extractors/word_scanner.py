"""Word lists as scanners: a regex alternation of literal words (longest first, a trie when many) and an
Aho–Corasick scanner for large word sets (places, papers); the lexicon (lexicon.py) builds its patterns with these."""

from __future__ import annotations

from bisect import bisect_left

import regex

_TRIE_FROM = 64  # words: from this many on, a trie of shared prefixes (either engine scans it many times faster)


def alternation(words) -> str:
    """A regex alternation of literal words that prefers the longest (`万亿` over `万`); one-character words
    become a character class, many words a trie of their shared prefixes (`温州(?:市|日报)?`)."""
    words = list(dict.fromkeys(words))
    if words and all(len(w) == 1 for w in words):
        return "[" + regex.escape("".join(words)) + "]"
    if len(words) >= _TRIE_FROM:
        return _trie(words)
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _trie(words) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(root)


def _trie_source(node: dict) -> str:
    """Children before the end of a word, so a longer word is tried first (greedy, like longest-first)."""
    branches = [regex.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class WordScanner:
    """Every occurrence of a large set of literal words in text, leftmost-longest and not overlapping
    (Aho–Corasick via pyahocorasick: a place gazetteer of 4,000 names scans three times faster than the
    best regex, and the scan no longer grows with the number of words).

    The automaton reads UTF-8 bytes (as latin-1 characters), not characters: pyahocorasick looks a node's
    children up one by one, and the root of 4,000 Chinese names has over a thousand, tried at every character;
    a byte has at most a few dozen. UTF-8 keeps the matches the same: a continuation byte never starts a word.
    """

    def __init__(self, words, whole: tuple[int, int] | None = None):
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        self._longest = 0
        chars: set[str] = set()
        self._words: set[str] = set()
        for w in words:
            self._automaton.add_word(_bytes(w).decode("latin-1"), (w, len(_bytes(w))))
            self._longest = max(self._longest, len(w))
            chars.update(w)
            self._words.add(w)
        self._alphabet = frozenset(chars)
        sizes: dict[str, set[int]] = {}
        for w in self._words:
            sizes.setdefault(w[0], set()).add(len(w))
        self._sizes = {first: sorted(n, reverse=True) for first, n in sizes.items()}  # by first character
        self._empty = not len(self._automaton)
        if not self._empty:
            self._automaton.make_automaton()
        self._whole_sizes = whole   # (from, to) characters: a text that long is scanned whole (see finditer)
        self._whole: tuple[str, list, list[int]] | None = None   # the last such text: its matches and starts

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, word) of each word found in text[start:end].

        With `whole`, a text of that size (a document) is scanned whole once, and a range that no word can
        straddle at either end (a character next to the end is in no word) is read from that scan: the matches
        are the same, since the automaton starts afresh after a character no word has."""
        end = len(text) if end is None else min(end, len(text))
        if self._empty or start >= end:
            return iter(())
        whole = self._whole_sizes is not None and self._whole_sizes[0] <= len(text) <= self._whole_sizes[1] \
            and start >= 0
        if not (whole and self._open(text, start) and self._open(text, end)):
            return self._scan(text, start, end)
        if self._whole is None or self._whole[0] is not text:
            found = list(self._scan(text, 0, len(text)))
            self._whole = (text, found, [a for a, _, _ in found])
        _, found, starts = self._whole
        out = []
        for k in range(bisect_left(starts, start), len(found)):
            if found[k][0] >= end:
                break
            out.append(found[k])
        return iter(out)

    def _open(self, text: str, pos: int) -> bool:
        """No word can straddle pos."""
        return pos <= 0 or pos >= len(text) or text[pos - 1] not in self._alphabet or text[pos] not in self._alphabet

    def _scan(self, text: str, start: int, end: int):
        # A slice, not iter_long(text, start, end): pyahocorasick copies the whole string on every call, which made
        # a figure's short look-back cost the length of the document.
        data = _bytes(text[start:end])
        done, pos = 0, start   # bytes read so far, and the character position they end at
        for last, (word, size) in self._automaton.iter_long(data.decode("latin-1")):
            first = last + 1 - size
            pos += len(data[done:first].decode("utf-8", "surrogatepass"))
            yield pos, pos + len(word), word
            done, pos = last + 1, pos + len(word)

    def match(self, text: str, pos: int = 0) -> tuple[int, int, str] | None:
        """The longest word that starts exactly at pos (looked up by its length: no automaton run)."""
        for size in self._sizes.get(text[pos:pos + 1], ()):
            if (word := text[pos:pos + size]) in self._words:
                return pos, pos + size, word
        return None


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")
