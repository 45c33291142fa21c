"""Declared metadata: values checked and made canonical, manifests parsed and matched (nearest wins), and a
manifest never read as a report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.declared import DeclaredError, check_published, check_region, checked, fingerprint, merged
from store.manifest import MANIFEST, Manifests, read_manifest
from store.sources import find_report_files

# (given, canonical)
PUBLISHED = [("2021-07-05", "2021-07-05"), (" 2021-07-05 ", "2021-07-05"), (date(2020, 2, 29), "2020-02-29"),
             ("", None), (None, None)]
NOT_PUBLISHED = ["2021-02-30", "2021-7-5", "20210705", "2021/07/05", "yesterday", "2021-W27-1", "2021"]

REGIONS = [("辽源市", "辽源市"), ("辽源", "辽源市"), (" 东丰县 ", "东丰县"), ("全国", "全国"), ("我国", "全国"),
           ("吉林省", "吉林省"), ("温州", "温州市"), ("美国", "美国"), ("", None), (None, None)]
NOT_REGIONS = ["辽原", "全市", "各地", "Liaoyuan", "辽源市东丰县", "全球"]


@pytest.mark.parametrize("given, canonical", PUBLISHED)
def test_a_declared_date_is_an_iso_day(given, canonical):
    assert check_published(given) == canonical


@pytest.mark.parametrize("given", NOT_PUBLISHED)
def test_anything_else_is_refused_naming_the_value(given):
    with pytest.raises(DeclaredError, match=f"not '{given}'"):
        check_published(given)


@pytest.mark.parametrize("given, canonical", REGIONS)
def test_a_declared_region_is_a_place_the_gazetteer_knows(given, canonical):
    assert check_region(given) == canonical


@pytest.mark.parametrize("given", NOT_REGIONS)
def test_an_unknown_region_is_refused_naming_it(given):
    with pytest.raises(DeclaredError, match=f"region '{given}' is not a place"):
        check_region(given)


def test_checked_drops_what_is_not_declared_and_fingerprints_are_canonical():
    assert checked(published="", region="辽源", publisher="  辽源 日报 ") == {"region": "辽源市", "publisher": "辽源 日报"}
    assert fingerprint({}) is None and fingerprint(None) is None
    assert fingerprint({"region": "辽源市", "published": "2021-07-05"}) == \
        fingerprint({"published": "2021-07-05", "region": "辽源市"}) == '{"published": "2021-07-05", "region": "辽源市"}'


# (layers, merged): later layers win field by field; None clears a field (a correction to nothing)
MERGES = [
    (({"region": "辽源市"}, {"published": "2021-07-05"}), {"region": "辽源市", "published": "2021-07-05"}),
    (({"region": "辽源市"}, {"region": "东丰县"}), {"region": "东丰县"}),
    (({"region": "辽源市", "publisher": "p"}, {"region": None}), {"publisher": "p"}),
    ((None, {}, {"publisher": "p"}), {"publisher": "p"}),
]


@pytest.mark.parametrize("layers, expected", MERGES)
def test_later_layers_win(layers, expected):
    assert merged(*layers) == expected


def write_manifest(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / MANIFEST
    p.write_text(text, encoding="utf-8")
    return p


# (manifest body, file relative to it, declared)
MATCHES = [
    ("file,published,region,publisher\n*.txt,,辽源市,辽源日报\n", "a.txt", {"region": "辽源市", "publisher": "辽源日报"}),
    ("file,published,region,publisher\n*.txt,,辽源市,辽源日报\n", "2021/a.txt",
     {"region": "辽源市", "publisher": "辽源日报"}),  # a pattern without / matches at any depth
    ("file,published,region,publisher\n*.txt,,辽源市,\n", "a.pdf", {}),
    ("file,published,region,publisher\n2021/*.txt,2021-07-05,,\n", "2021/a.txt", {"published": "2021-07-05"}),
    ("file,published,region,publisher\n2021/*.txt,2021-07-05,,\n", "2022/a.txt", {}),
    ("file,published,region,publisher\n2021/*.txt,2021-07-05,,\n", "x/2021/a.txt", {}),
    ("file,published,region,publisher\na.txt,2021-07-05,,\n*.txt,2021-01-01,东丰县,\n", "a.txt",
     {"published": "2021-07-05", "region": "东丰县"}),  # the exact row wins over a pattern, field by field
    ("file,published,region,publisher\n*.txt,,辽源市,\nlyrb*.txt,,东丰县,\n", "lyrb1.txt", {"region": "东丰县"}),
    ("file,published,region,publisher\n./sub/a.txt,,全国,\n", "sub/a.txt", {"region": "全国"}),
    ("\ufefffile,region\n*,辽源\n", "a.txt", {"region": "辽源市"}),  # a BOM, a subset of the columns, a short name
    ("File, Region ,Published\n\"a,b.txt\",我国,2021-07-05\n\n", "a,b.txt", {"region": "全国", "published": "2021-07-05"}),
    ("file,published,region,publisher\na.txt\n", "a.txt", {}),  # short rows: missing cells are empty
]


@pytest.mark.parametrize("body, relative, declared", MATCHES)
def test_a_manifest_declares_for_the_files_it_names(tmp_path, body, relative, declared):
    write_manifest(tmp_path, body)
    assert Manifests().declared_for(tmp_path / relative) == declared


# (manifest body, the error after `indicators-manifest.csv:`)
MALFORMED = [
    ("", "1: the header must be file,published,region,publisher"),
    ("published,region\n2021-07-05,辽源市\n", "1: the header must be"),
    ("file,published,place\na.txt,,辽源市\n", "1: unknown column 'place'"),
    ("file,region,region\na.txt,辽源市,辽源市\n", "1: the header must be"),
    ("file,published,region,publisher\na.txt,2021-13-01,,\n", "2: published must be a date like 2021-07-04, not '2021-13-01'"),
    ("file,published,region,publisher\na.txt,,辽原,\n", "2: region '辽原' is not a place"),
    ("file,published,region,publisher\n\na.txt,,,,extra\n", "3: 5 cells but the header has 4 columns"),
    ("file,published,region,publisher\n,2021-07-05,,\n", "2: the file cell is empty"),
    ("file,published,region,publisher\n../a.txt,2021-07-05,,\n", "2: '../a.txt' must be a path inside"),
    ("file,published,region,publisher\n/etc/a.txt,2021-07-05,,\n", "2: '/etc/a.txt' must be a path inside"),
    ("file,published,region,publisher\na.txt,,辽源市,\nb.txt,,,\n*.txt,,,\na.txt,,东丰县,\n", "5: 'a.txt' is already on line 2"),
    ("file,published,region,publisher\n\"a.txt,,,\n", "not valid CSV"),
]


@pytest.mark.parametrize("body, error", MALFORMED)
def test_a_malformed_manifest_names_itself_the_line_and_the_problem(tmp_path, body, error):
    p = write_manifest(tmp_path, body)
    with pytest.raises(DeclaredError) as e:
        read_manifest(p)
    assert str(e.value).startswith(f"{p}:") and error in str(e.value)
    assert "\n" not in str(e.value)


def test_a_manifest_that_is_not_utf8_names_the_line(tmp_path):
    p = tmp_path / MANIFEST
    p.write_bytes("file,region\na.txt,辽源市\nb.txt,东丰县\n".encode("gb18030"))
    with pytest.raises(DeclaredError, match=r":2: not UTF-8 text"):
        read_manifest(p)


def test_the_nearest_manifest_wins_field_by_field(tmp_path):
    write_manifest(tmp_path, "file,published,region,publisher\n*.txt,2021-01-01,辽源市,辽源日报\n")
    write_manifest(tmp_path / "dongfeng", "file,published,region,publisher\n*.txt,,东丰县,\n")
    (tmp_path / "dongfeng" / "2021").mkdir()
    manifests = Manifests()
    assert manifests.declared_for(tmp_path / "dongfeng" / "2021" / "a.txt") == {
        "published": "2021-01-01", "region": "东丰县", "publisher": "辽源日报"}
    assert manifests.declared_for(tmp_path / "a.txt") == {
        "published": "2021-01-01", "region": "辽源市", "publisher": "辽源日报"}


def test_a_manifest_is_never_read_as_a_report(tmp_path):
    write_manifest(tmp_path, "file,region\n*,辽源市\n")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    for args in ([tmp_path], [f"{tmp_path}/*"], [f"{tmp_path}/**/*"]):
        found = find_report_files(args)
        assert [p.name for p in found.files] == ["a.txt"] and found.problems == [], args
    named = find_report_files([tmp_path / MANIFEST])
    assert named.files == [] and named.problems == [f"{tmp_path / MANIFEST}: a manifest is not a report: it "
                                                    "declares the metadata of the reports beside it, and is read for them"]
