"""The extractor version is a hash of its code, lexicon and catalog: editing any of them changes it."""

from __future__ import annotations

import shutil

import pytest

from extractors import version


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    copy = tmp_path / "extractors"
    shutil.copytree(version.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "PACKAGE", copy)
    version.extractor_version.cache_clear()
    yield copy
    version.extractor_version.cache_clear()


def test_the_version_is_stable_for_the_same_files(package_copy):
    first = version.extractor_version()
    version.extractor_version.cache_clear()
    assert version.extractor_version() == first


@pytest.mark.parametrize("relative", ["lexicon/units.toml", "catalog/covid.toml", "periods.py", "lexicon/places.tsv"])
def test_editing_the_lexicon_the_catalog_or_the_code_changes_it(package_copy, relative):
    before = version.extractor_version()
    path = package_copy / relative
    path.write_bytes(path.read_bytes() + b"\n")
    version.extractor_version.cache_clear()
    assert version.extractor_version() != before


def test_what_is_hashed():
    names = {p.relative_to(version.PACKAGE).as_posix() for p in version.source_files()}
    assert {"resolve.py", "lexicon/time.toml", "lexicon/places.tsv", "catalog/growth.toml"} <= names
    assert not any(n.startswith("__pycache__") for n in names)
