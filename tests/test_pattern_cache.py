"""The on-disk cache of compiled patterns gives back the very pattern `regex.compile` builds, and ignores a bad file."""

from __future__ import annotations

import importlib

import regex

from extractors import pattern_cache


def _fresh(monkeypatch, folder):
    monkeypatch.setenv("INDICATORS_PATTERN_CACHE", str(folder))
    return importlib.reload(pattern_cache)


def test_a_stored_pattern_matches_as_the_compiled_one(tmp_path, monkeypatch):
    source = r"(?P<n>\d+)(?:万|亿)?(?=元)|(?<!\p{Han})年"
    first = _fresh(monkeypatch, tmp_path)
    built = first.compile_regex(source)
    first._STORE.save()
    second = _fresh(monkeypatch, tmp_path)
    rebuilt = second.compile_regex(source)
    assert not second._STORE.new   # read from the file, not compiled
    text = "共12万元，去年"
    assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in built.finditer(text)]
    assert rebuilt.groupindex == built.groupindex and rebuilt.flags == built.flags


def test_an_unreadable_file_is_ignored(tmp_path, monkeypatch):
    module = _fresh(monkeypatch, tmp_path)
    assert module._STORE.path is not None
    module._STORE.path.write_bytes(b"not marshal data")
    again = _fresh(monkeypatch, tmp_path)
    assert again.compile_regex("a+").pattern == "a+" and again._STORE.new


def test_an_empty_setting_turns_it_off(monkeypatch):
    monkeypatch.setenv("INDICATORS_PATTERN_CACHE", "")
    module = importlib.reload(pattern_cache)
    assert module._STORE.path is None and isinstance(module.compile_regex("b"), regex.Pattern)
