"""Paragraphs a page prints inline, marked only by full-width indentation: each becomes a line of its own."""

from __future__ import annotations

import pytest

from extractors.inline_paragraphs import break_inline_paragraphs
from extractors.normalize import normalize
from extractors.sentences import segment

IND = "\u3000\u3000"

CASES = [
    # (one-line page, the lines its canonical text holds)
    (f"{IND}全县经济稳中有进。{IND}农业发展 稳步推进{IND}2021年以来,全县新建大棚300座。{IND}工业提速。",
     ["全县经济稳中有进。", "农业发展 稳步推进", "2021年以来,全县新建大棚300座。", "工业提速。"]),
    (f"{IND}今年情况如下：{IND}一、交通建设{IND}（一）公路{IND}新修公路12公里。{IND}二、水利建设{IND}改造水渠5条。",
     ["今年情况如下:", "一、交通建设", "(一)公路", "新修公路12公里。", "二、水利建设", "改造水渠5条。"]),
    (f"{IND}他说：“路修好了。”\u3000村里通了班车。{IND}全村有住户80户。",
     ["他说:“路修好了。”", "村里通了班车。", "全村有住户80户。"]),    # a page flattened with ordinary spaces where its lines broke (kinds69c)
    ("全县经济稳中有进。  工业提速。  农业增产。", ["全县经济稳中有进。", "工业提速。", "农业增产。"]),
]

NEGATIVES = [
    # one sentence end before an indentation only: not a page of inline paragraphs
    f"{IND}全县经济稳中有进。{IND}工业提速",
    # ideographic spaces between a table's cells or words, no sentence end before them
    f"指标{IND}单位{IND}数值{IND}粮食产量{IND}万吨{IND}45.6",
    "张\u3000三\u3000李\u3000四\u3000王\u3000五",
    # ordinary spaces count only after two full stops or more (a page flattened with them): one is no such page,
    # a space inside a sentence and a field table's colons break nothing
    "全县经济稳中有进。  工业提速",
    "现在请各位政协委员和其他列席人 员提出意见。",
    "索 引 号: | 640100-142/2019-00027 | 发布日期: | 2019-07-16 |",
]


@pytest.mark.parametrize(("page", "lines"), CASES)
def test_inline_paragraphs_become_lines(page, lines):
    canon = normalize(page)
    assert canon.text.split("\n") == lines
    assert len(break_inline_paragraphs(page)) == len(page)


@pytest.mark.parametrize("page", NEGATIVES)
def test_other_spaces_break_nothing(page):
    assert break_inline_paragraphs(page) == page


def test_offsets_point_at_the_source():
    page = CASES[0][0]
    canon = normalize(page)
    at = canon.text.index("300座")
    start, end = canon.source_span(at, at + len("300座"))
    assert page[start:end] == "300座"


def test_an_item_heading_opens_no_article():
    text = "学生资助报告\n一、资助人数\n1.政府资助\n全年资助学生10万人。\n2.学校资助\n学校资助学生2万人。"
    seg = segment(text)
    assert [a.headline for a in seg.articles] == ["学生资助报告"]
