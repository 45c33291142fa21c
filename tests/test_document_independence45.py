"""One document's facts never depend on the documents extracted before it in the same process: a breakdown's
totals, a paragraph's wholes by place and the document scope that names counties by their short names are held per
document. Each document is extracted in several orders in one process and must give exactly its own facts every
time. Sentences are our own."""

from __future__ import annotations

from itertools import permutations

import pytest

from extractors.pipeline import extract_text

# (key, text, declared region, every fact as (subject, value, region)) — what the document gives in a fresh process
DOCUMENTS = [
    # a first paragraph opening with a breakdown by field: its totals were kept in a list every document shared
    ("fields", "分领域看,工业投资增长5.3%,民间投资增长3.9%。", None,
     [("工业投资", 5.3, None), ("民间投资", 3.9, None)]),
    ("fields_fullwidth", "分领域看，能源投资增长7.1%，社会领域投资增长2.6%。", None,
     [("能源投资", 7.1, None), ("社会领域投资", 2.6, None)]),
    # the reported pair's shape: a bare item takes the breakdown's first item's measure, whatever came before
    ("trades", "分行业看，仓储业营业收入增长3.2%；邮政业增长1.4%。", None,
     [("仓储业营业收入", 3.2, None), ("邮政业营业收入", 1.4, None)]),
    ("software", "分行业看,软件业营业收入增长9.3%;信息技术服务业增长6.8%。", None,
     [("软件业营业收入", 9.3, None), ("信息技术服务业营业收入", 6.8, None)]),
    ("services", "分行业看,租赁业营业收入增长5.6%;商务服务业增长3.1%。", None,
     [("租赁业营业收入", 5.6, None), ("商务服务业营业收入", 3.1, None)]),
    # a breakdown by place opening the first paragraph: its wholes are the document's own
    ("regions", "从区域看,东部地区投资增长4.1%,中部地区增长6.0%,西部地区增长5.5%。", None,
     [("东部地区投资", 4.1, "东部地区"), ("中部地区投资", 6, "中部地区"), ("西部地区投资", 5.5, "西部地区")]),
    # a county's short name names it only under the document's own declared scope, never under another's
    ("short_in_scope", "本报讯 今年以来,靖江12345热线受理群众诉求3200件,兴化受理2100件。", "泰州市",
     [("靖江12345热线受理群众诉求", 3200, "靖江市"), ("兴化受理", 2100, "兴化市")]),
    ("short_unscoped", "本报讯 今年以来,靖江12345热线受理群众诉求3200件,兴化受理2100件。", None,
     [("靖江12345热线受理群众诉求", 3200, None), ("兴化受理", 2100, None)]),
]
_BY_KEY = {key: (text, region, facts) for key, text, region, facts in DOCUMENTS}


def _facts(key: str) -> list[tuple]:
    text, region, _ = _BY_KEY[key]
    return [(f.subject, f.value, f.region) for f in extract_text(text, "doc.txt", region=region).facts]


def _orders() -> list[tuple[str, ...]]:
    """Every order of the breakdown documents (each first once), and the county documents both ways round."""
    breakdowns = [k for k in _BY_KEY if not k.startswith("short")]
    orders = [tuple(p) for p in permutations(breakdowns, 2)]
    orders += [("short_in_scope", "short_unscoped", "short_in_scope"), ("short_unscoped", "short_in_scope"),
               ("fields", "short_in_scope", "trades", "short_unscoped", "services")]
    return orders


@pytest.mark.parametrize("order", _orders(), ids=lambda o: ">".join(o))
def test_facts_independent_of_documents_before(order):
    for key in order:
        assert _facts(key) == _BY_KEY[key][2], key


def test_same_text_object_read_again_under_another_scope():
    """The very same string read with and then without a declared region: the scope is read afresh each time."""
    text = _BY_KEY["short_in_scope"][0]
    scoped = [(f.subject, f.value, f.region) for f in extract_text(text, "a.txt", region="泰州市").facts]
    unscoped = [(f.subject, f.value, f.region) for f in extract_text(text, "b.txt").facts]
    assert scoped == _BY_KEY["short_in_scope"][2]
    assert unscoped == _BY_KEY["short_unscoped"][2]
