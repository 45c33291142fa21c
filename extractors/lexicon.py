"""The lexicon: the extractor's knowledge of Chinese (numerals, units, time forms, cues, places) as data, read once.

Every `extractors/lexicon/*.toml` file holds named entries; a name is unique across files. An entry is a table:

    [scale]
    doc = "what it is for"
    words = ["万亿", "亿"]                 # surface forms (the pattern is their alternation, longest first)
    values = { "万" = 10000 }              # or a table of surface form → value (its keys are the words)
    alternatives = ["在(?!建)", "达到了?"] # or regex alternatives, tried in this order
    pattern = '''(?:万亿|亿(?!万))'''     # or a regex; `{name}` slots are other entries' patterns,
                                            # `{name:chars}` their one-character words inside a [class]
    examples = ["亿", "增长【三成】"]       # each must match: whole, or exactly the span marked 【…】
    negatives = ["亿万"]                    # each must not match anywhere
    cases = [...]                           # values a consumer must compute from a surface form (tests/)

`tests/test_lexicon.py` turns every entry's examples, negatives and cases into exact-match test cases.
Patterns are compiled for the `regex` module unless a caller asks for `re` (`compile(..., engine=re)`): the
standard engine scans large literal alternations several times faster, `regex` scans patterns with a required
literal (years, dates) many times faster and knows `\\p{Han}`.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import regex

from .pattern_cache import compile_regex
from .word_scanner import alternation

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_SLOT = re.compile(r"(?<!\\[pPN])\{([a-z_][a-z0-9_]*)(:chars)?\}")
_MARK = re.compile(r"【(.*?)】")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    file: str
    doc: str
    words: tuple[str, ...]
    values: dict[str, Any]
    source: str                   # the raw pattern (with slots), or '' for a word list
    examples: tuple[Any, ...] = ()
    negatives: tuple[Any, ...] = ()
    cases: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)   # any other key of the entry (tables, settings)
    alternatives: tuple[str, ...] = ()   # the raw alternatives (with slots) the source joins, if written so


class LexiconError(ValueError):
    """A lexicon file that cannot be used: a duplicate name, an unknown slot, a pattern that does not compile."""


class Lexicon:
    """All entries, with their patterns composed on demand (and cached)."""

    def __init__(self, entries: dict[str, Entry]):
        self.entries = entries
        self._composed: dict[str, str] = {}

    def __contains__(self, name: str) -> bool:
        return name in self.entries

    def entry(self, name: str) -> Entry:
        try:
            return self.entries[name]
        except KeyError:
            raise LexiconError(f"no lexicon entry {name!r}") from None

    def words(self, name: str) -> tuple[str, ...]:
        return self.entry(name).words

    def values(self, name: str) -> dict[str, Any]:
        return self.entry(name).values

    def table(self, name: str, key: str) -> Any:
        """Another key of an entry (a setting or a nested table)."""
        return self.entry(name).extra[key]

    def chars(self, name: str) -> str:
        """The characters of an entry of one-character words, or of an entry whose pattern is one character
        class (`[{cn_digit:chars}点]`): for use inside another character class (escaped)."""
        e = self.entry(name)
        if e.words:
            if any(len(w) != 1 for w in e.words):
                raise LexiconError(f"{name}: only one-character words can be used as :chars")
            return regex.escape("".join(e.words))
        inner = self.compose(e.source, _seen=(name,))
        if not (inner.startswith("[") and inner.endswith("]")) or "[" in inner[1:-1].replace("\\[", ""):
            raise LexiconError(f"{name}: its pattern is not one character class, it cannot be used as :chars")
        return inner[1:-1]

    def pattern(self, name: str) -> str:
        """The regex source of an entry, slots substituted (a word list becomes an alternation)."""
        if name not in self._composed:
            e = self.entry(name)
            self._composed[name] = "(?:" + (self.compose(e.source, _seen=(name,)) if e.source
                                             else alternation(e.words)) + ")"
        return self._composed[name]

    def compose(self, template: str, extra: dict[str, str] | None = None, _seen: tuple[str, ...] = ()) -> str:
        """A template with `{name}` slots filled by entries' patterns (or by `extra`)."""
        def fill(m: re.Match) -> str:
            name = m.group(1)
            if m.group(2):  # `{cn_digit:chars}`: the one-character words, for use inside a character class
                return self.chars(name)
            if extra and name in extra:
                return extra[name]
            if name in _seen:
                raise LexiconError(f"lexicon entry {name!r} refers to itself")
            if name not in self.entries:
                raise LexiconError(f"unknown lexicon slot {{{name}}} in {template[:60]!r}")
            if name not in self._composed:
                e = self.entries[name]
                body = self.compose(e.source, extra, _seen + (name,)) if e.source else alternation(e.words)
                self._composed[name] = "(?:" + body + ")"
            return self._composed[name]
        return _SLOT.sub(fill, template)

    def compile(self, name_or_template: str, engine=regex, flags: int = 0):
        """Compile an entry (by name) or a template, for `regex` (default) or `re`."""
        source = self.pattern(name_or_template) if name_or_template in self.entries \
            else self.compose(name_or_template)
        return compile_regex(source, flags) if engine is regex else engine.compile(source, flags)

    def compile_at(self, name_or_template: str):
        """Compile for `match` at a position: a never-matching alternative turns off `regex`'s required-string scan,
        which sought the literal (`比例`) through the rest of the text before each match (quadratic per sentence)."""
        return self.compile(f"(?:{{{name_or_template}}}|(?!))" if name_or_template in self.entries
                            else f"(?:{name_or_template}|(?!))")

    def digest(self) -> str:
        """A hash of every lexicon file's bytes: part of the extractor version."""
        h = hashlib.sha256()
        for path in sorted(LEXICON_DIR.glob("*.toml")) + sorted(LEXICON_DIR.glob("*.tsv")):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        return h.hexdigest()


def marked(example: str) -> tuple[str, tuple[int, int] | None]:
    """`增长【三成】以上` → ('增长三成以上', (2, 4)); an example without a mark → (text, None)."""
    m = _MARK.search(example)
    if not m:
        return example, None
    plain = example[:m.start()] + m.group(1) + example[m.end():]
    return plain, (m.start(), m.start() + len(m.group(1)))


_KNOWN = {"doc", "words", "values", "pattern", "alternatives", "examples", "negatives", "cases"}


def _entry(name: str, file: str, raw: dict) -> Entry:
    values = raw.get("values", {})
    words = tuple(raw.get("words", ())) or tuple(values)
    source = raw.get("pattern", "") or "|".join(f"(?:{a})" for a in raw.get("alternatives", ()))
    return Entry(name=name, file=file, doc=raw.get("doc", ""), words=words, values=dict(values),
                 source=source, examples=tuple(raw.get("examples", ())),
                 negatives=tuple(raw.get("negatives", ())), cases=tuple(raw.get("cases", ())),
                 extra={k: v for k, v in raw.items() if k not in _KNOWN},
                 alternatives=tuple(raw.get("alternatives", ())))


def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read every lexicon file; a name defined twice is an error."""
    entries: dict[str, Entry] = {}
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for name, raw in data.items():
            if not isinstance(raw, dict):
                raise LexiconError(f"{path.name}: {name} is not a table")
            if name in entries:
                raise LexiconError(f"{path.name}: {name} is already defined in {entries[name].file}")
            entries[name] = _entry(name, path.name, raw)
    return Lexicon(entries)


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    return load_lexicon()
