"""Clause remnants: what a subject keeps of its clause besides the measure's name — a time preposition whose time the
period took (`到已…`), the clause's adverb between the owner and the act counted (`某局共受理…` → 某局受理…,
`某区已累计完成…` → 某区累计完成…), and the predicate a counted noun carries when the noun follows its count
(`N名贫困群众全部脱贫` → 全部脱贫的贫困群众, `N名先进个人受…` → 先进个人). Word classes in `lexicon/clause_remnants.toml` (round 47)."""

from __future__ import annotations

import regex

from .lexicon import lexicon

_LEX = lexicon()
_INNER = _LEX.compile("remnant_inner_adverb")
_TIME_LEAD = _LEX.compile("remnant_time_lead")  # `到已…`: the time itself is the period's
_TAIL = _LEX.compile("remnant_counted_tail")
_COUNT_END = _LEX.compile("remnant_count_before")
_OF = _LEX.words("remnant_relative_mark")[0]
_REST = _LEX.compile("remnant_word_rest")  # `口大省` after `8000万人`: the rest of 人口
_NUMERAL = _LEX.compile("remnant_numeral")  # `最近一年`, `…赴两家`: a time or another count, no counted noun
_CLAUSE_END = regex.compile(r"[，。；、,;：:！？!?”）)]|$")
_MIN_NAME = 2   # characters the counted noun keeps
_MAX_PREDICATE = 10  # characters of a predicate put before its noun: a longer one is a clause of its own
_COUNT_REACH = 16  # characters before a noun searched for its count


def without_remnants(subject: str) -> str:
    """The subject without a time preposition left with `已` and without the clause's adverbs inside it."""
    return _INNER.sub("", _TIME_LEAD.sub("", subject))


def without_predicate(subject: str, quote: str) -> str:
    """The subject without the predicate after a counted noun, once the other trims have read it (an act they cut,
    `…全部建成`, leaves the noun as they left it)."""
    return _without_counted_tail(subject, quote)


def _without_counted_tail(subject: str, quote: str) -> str:
    """`贫困群众全部脱贫` of `近3万名贫困群众全部脱贫。` → 全部脱贫的贫困群众; `先进个人受` of `5名先进个人受到表彰` → 先进个人.
    Only a noun its sentence counts (a numeral and a counting word right before it); else the subject as it was."""
    for m in _TAIL.finditer(subject):
        head, tail = subject[:m.start()], subject[m.start():]
        noun = _counted_noun(head, tail, quote)
        if noun is None:
            continue
        owner = head[:len(head) - len(noun)]
        if _ends_clause(tail, quote) and (len(tail) > len(m[0]) or m["verb"]) and len(tail) <= _MAX_PREDICATE:
            return f"{owner}{tail}{_OF}{noun}"  # the clause's whole predicate says which of the things were counted
        return head
    return subject


def _counted_noun(head: str, tail: str, quote: str) -> str | None:
    """The longest end of `head` (at least two characters) that follows a count in the quote and runs into `tail`."""
    for k in range(len(head), _MIN_NAME - 1, -1):
        noun = head[len(head) - k:]
        if _NUMERAL.search(noun) or _REST.match(noun):
            return None
        for at in _occurrences(quote, noun + tail[:2]):
            if _COUNT_END.search(quote, max(0, at - _COUNT_REACH), at) is not None:
                return noun
    return None


def _occurrences(text: str, part: str):
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _ends_clause(tail: str, quote: str) -> bool:
    at = quote.find(tail)
    return at >= 0 and _CLAUSE_END.match(quote, at + len(tail)) is not None
