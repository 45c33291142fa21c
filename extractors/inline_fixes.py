"""Fixes inside one line of canonical text: whitespace and zero-width runs, pinyin glosses, a doubled separator's
weaker mark, a count's other counter and a footnote's number (see normalize.py's docstring for the rules)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import lexicon

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_RUN = re.compile(f"[{ZERO_WIDTH}]")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff])\((?=[a-zü{_TONED}]{{1,6}}\))[a-zü]*[{_TONED}][a-zü]*\)"
_DOUBLED_SEPARATOR = lexicon().pattern("doubled_separator")
_ALTERNATE_COUNTER = lexicon().pattern("alternate_counter")  # `68.8万头(只)牲畜`: the bracket goes
_FOOTNOTE = lexicon().pattern("footnote_marker")  # `常住人口[2]为…`: the note's number goes
_INLINE = re.compile(rf"[ {ZERO_WIDTH}]+|{_GLOSS}|{_DOUBLED_SEPARATOR}|{_ALTERNATE_COUNTER}|{_FOOTNOTE}")
_MARKS = tuple(re.compile(p) for p in (_GLOSS, _DOUBLED_SEPARATOR, _ALTERNATE_COUNTER, _FOOTNOTE))


def inline_fixer(text: str) -> Callable[[str], bool]:
    """Which lines of `text` need fix_inline: asks only for the marks the whole text holds (most hold none)."""
    present = [p.search for p in (_ZERO_WIDTH_RUN, *_MARKS) if p.search(text) is not None]
    if not present:
        return lambda line: " " in line
    return lambda line: " " in line or any(search(line) for search in present)


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def fix_inline(line: str) -> tuple[str, list[tuple[int, int]]]:
    """Collapse/remove whitespace and zero-width runs inside one stripped line, drop pinyin glosses and the weaker
    mark of a doubled separator.

    Returns the new line and a list of (new_offset, old_offset) breakpoints where the shift changes.
    """
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    last = 0
    new_len = 0
    for m in _INLINE.finditer(line):
        s, e = m.start(), m.end()
        run = m.group()
        prev, nxt = line[s - 1], line[e:e + 1]  # a stripped line never starts or ends with a space run
        if " " not in run:  # a zero-width run, a gloss, a doubled separator's weaker mark or a count's other words
            rep = ""
        elif _is_digit(prev) and (_is_han(nxt) or nxt in "%‰" or _is_group_of_three(line, e)):
            rep = ""
        elif _is_digit(nxt) and _is_han(prev):
            rep = ""
        else:
            rep = " "
        if len(rep) == e - s:
            continue
        out.append(line[last:s])
        out.append(rep)
        new_len += s - last + len(rep)
        last = e
        marks.append((new_len, e))
    if not marks:
        return line, marks
    out.append(line[last:])
    return "".join(out), marks


def _is_group_of_three(line: str, i: int) -> bool:
    return line[i:i + 3].isdigit() and len(line[i:i + 3]) == 3 and not line[i + 3:i + 4].isdigit() \
        and line[i:i + 3].isascii()

