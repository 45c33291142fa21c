"""The code that turns a lexicon entry's surface forms into values, for tests/test_lexicon.py's `cases`.

Each entry name maps to a function (surface, *context) → value; a case is [surface, *context, expected].
"""

from __future__ import annotations

from extractors.numbers import parse_number

CONSUMERS = {
    "number": parse_number,
}
