"""Every lexicon entry's examples, negatives and cases, as exact-match test cases (duckling's corpus style).

An example must match the entry's pattern: the whole string, or exactly the span marked 【…】; a negative must
not match anywhere. `cases` are values a consumer computes from a surface form: each entry with cases names
its consumer in CONSUMERS below, and an entry with cases but no consumer fails (no untested data).
"""

from __future__ import annotations

import pytest
import regex
from lexicon_consumers import CONSUMER_ARITY, CONSUMERS

from extractors.lexicon import LexiconError, lexicon, load_lexicon, marked

LEX = lexicon()
EXAMPLES = [(e.name, x) for e in LEX.entries.values() for x in e.examples]
NEGATIVES = [(e.name, x) for e in LEX.entries.values() for x in e.negatives]
CASES = [(e.name, c) for e in LEX.entries.values() for c in e.cases]


def _compiled(name: str) -> regex.Pattern:
    return LEX.compile(name)


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[f"{n}:{x}" for n, x in EXAMPLES])
def test_example_matches(name, example):
    text, span = marked(example)
    pattern = _compiled(name)
    if span is None:
        assert pattern.fullmatch(text), f"{name} does not match the whole of {text!r}"
    else:
        found = [m.span() for m in pattern.finditer(text)]
        assert span in found, f"{name} finds {[text[a:b] for a, b in found]} in {text!r}, not {example!r}"


@pytest.mark.parametrize("name,negative", NEGATIVES, ids=[f"{n}:{x}" for n, x in NEGATIVES])
def test_negative_does_not_match(name, negative):
    m = _compiled(name).search(negative)
    assert m is None, f"{name} matches {m.group()!r} in {negative!r}"


@pytest.mark.parametrize("name,case", CASES, ids=[f"{n}:{c[0]}" for n, c in CASES])
def test_case_value(name, case):
    assert name in CONSUMERS, f"{name} has cases but no consumer in tests/lexicon_consumers.py"
    surface, *rest = case
    arity = CONSUMER_ARITY.get(name, 1)
    context, expected = rest[:arity - 1], rest[arity - 1:]
    expected = expected[0] if len(expected) == 1 else tuple(expected)
    got = CONSUMERS[name](surface, *context)
    assert got == expected, f"{name}: {surface!r} gives {got!r}, expected {expected!r}"


def test_every_entry_is_documented_and_exemplified():
    missing = [e.name for e in LEX.entries.values() if not e.doc or not (e.examples or e.cases)]
    assert not missing, f"entries without doc or examples: {missing}"


def test_every_entry_compiles():
    for name in LEX.entries:
        _compiled(name)


def test_a_name_defined_twice_is_an_error(tmp_path):
    (tmp_path / "a.toml").write_text('[x]\ndoc = "a"\nwords = ["a"]\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[x]\ndoc = "b"\nwords = ["b"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="already defined"):
        load_lexicon(tmp_path)


def test_an_unknown_slot_is_an_error(tmp_path):
    (tmp_path / "a.toml").write_text('[x]\ndoc = "a"\npattern = "{nothing}"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown lexicon slot"):
        load_lexicon(tmp_path).pattern("x")


def test_marked_examples():
    assert marked("增长【三成】以上") == ("增长三成以上", (2, 4))
    assert marked("万") == ("万", None)


def _chinese_literals(path) -> list[tuple[int, str]]:
    """String literals holding Han characters in a module, docstrings excepted."""
    import io
    import tokenize

    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    han, found, previous = regex.compile(r"\p{Han}"), [], None
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.STRING and han.search(tok.string):
            after = next((t for t in tokens[i + 1:] if t.type not in (tokenize.NL, tokenize.COMMENT)), None)
            docstring = (previous is None or previous.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)) \
                and after is not None and after.type == tokenize.NEWLINE
            if not docstring:
                found.append((tok.start[0], tok.string[:60]))
        if tok.type not in (tokenize.NL, tokenize.COMMENT):
            previous = tok
    return found


def test_no_chinese_word_lists_in_library_code():
    """The extractor's words live once, in the lexicon (or the catalog): no Chinese string in its code."""
    from pathlib import Path

    import extractors

    library = Path(extractors.__file__).resolve().parent
    offenders = {str(p.relative_to(library)): hits for p in sorted(library.rglob("*.py"))
                 if (hits := _chinese_literals(p))}
    assert not offenders, offenders


def test_the_scan_finds_a_word_list(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('"""模块说明。"""\nWORDS = ["增长", "下降"]\n', encoding="utf-8")
    assert [line for line, _ in _chinese_literals(module)] == [2, 2]   # both words; the docstring is fine
