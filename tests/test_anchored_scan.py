"""AnchoredScan finds exactly `finditer`'s matches of a lexicon entry, trying the whole pattern only just before its
slot's matches; an entry whose alternatives do not all open with a bounded lead before a slot is scanned whole."""

import pytest

from extractors.anchored_scan import AnchoredScan, _anchor
from extractors.lexicon import Lexicon, _entry, lexicon

TEXTS = [
    "此外，汉口银行与东江各区政府合作，邮储银行东江省分行也采取了多项措施。",
    "南岭省农信联社对民营企业发放贷款；中国三星及时调整布局，富士康27个厂区复工。",
    "新华社播发快讯后，央视新闻客户端观看量破亿；最高法派出6个巡查组。",
    "迪瑞特公司在全世界设有工厂，迪瑞特连年保持增长，东升集团和西岭集团股份有限公司各投资5亿元。",
    "银行业金融机构和民营企业的贷款增加，省份银行网点减少，公司信用类债券发行放缓。",
    "公司",
    "某某公司数据显示，华为、阿里巴巴和美国特斯拉在东江设厂。",
    "",
]


@pytest.mark.parametrize("text", [*TEXTS, "".join(TEXTS) * 3])
def test_firm_names_as_finditer(text):
    scan = AnchoredScan.of_entry(lexicon(), "firm_name")
    assert [m.span() for m in scan.matches(text)] == [m.span() for m in scan.whole.finditer(text)]


def test_firm_name_is_anchored():
    """Every alternative of firm_name opens with a bounded lead before its slot (else the scan would be slow)."""
    assert AnchoredScan.of_entry(lexicon(), "firm_name").anchors is not None


def _lexicon(**alternatives) -> Lexicon:
    entries = {"kind": _entry("kind", "t", {"words": ["公司", "集团"]})}
    for name, alts in alternatives.items():
        entries[name] = _entry(name, "t", {"alternatives": alts})
    return Lexicon(entries)


@pytest.mark.parametrize("alternative, width", [
    (r"\p{Han}{2,4}(?:{kind})", (2, 4)),
    (r"(?:东江|西岭)?{kind}", (0, 2)),
    (r"{kind}(?!业)", (0, 0)),
    (r"\p{Han}+{kind}", None),          # a lead of any length: no bound
    (r"\p{Han}{2}(?:{kind})?", None),   # an optional slot need not be in the match
    (r"\p{Han}{2}{kind}*", None),       # nor a repeated one
    (r"东江{kind}|西岭", None),          # an alternation: the second branch has no slot
    (r"(?:东江|{kind})", None),          # the slot inside a group the lead opens
    (r"东江", None),                     # no slot
])
def test_anchor_width(alternative, width):
    lex = _lexicon(firm=[alternative])
    found = _anchor(lex, alternative)
    assert (found[1:] if found else None) == width


@pytest.mark.parametrize("text", ["东江公司和西岭集团", "东江东江公司公司", "集团公司", "西岭"])
def test_not_anchored_entry_scans_whole(text):
    lex = _lexicon(firm=[r"\p{Han}+{kind}", r"西岭"])
    scan = AnchoredScan.of_entry(lex, "firm")
    assert scan.anchors is None
    assert [m.span() for m in scan.matches(text)] == [m.span() for m in scan.whole.finditer(text)]
