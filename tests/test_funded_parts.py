"""A source of funds after `其中` is a part of the programme money its whole names (extractors/funded_parts.py,
lexicon/owners.toml `funding_source_part`, `funded_whole`; sheet26a 101, 108, 116, 26b 139; under a section
heading, funded_headings.py, `funded_heading`: sheet26a 100, 26b 124, 228). Each row is our own text
and ALL the facts it must give (subject, value)."""

from __future__ import annotations

import pytest

from tests.factcase import facts_of

ROWS = [
    # in the same sentence
    ("今年全省下达农村危房改造补助资金18亿元，其中中央财政资金12亿元，地方财政资金6亿元。",
     [("下达农村危房改造补助资金", 1_800_000_000), ("农村危房改造补助中央财政资金", 1_200_000_000),
      ("农村危房改造补助地方财政资金", 600_000_000)]),
    ("去年，全市义务教育营养改善计划投入资金4.6亿元，其中，中央资金2.9亿元，省级资金1.1亿元。",
     [("义务教育营养改善计划投入资金", 460_000_000), ("义务教育营养改善计划中央资金", 290_000_000),
      ("义务教育营养改善计划省级资金", 110_000_000)]),
    # a sentence that opens with `其中` after the whole's sentence
    ("全省中职国家助学金到位资金共计12.4亿元。其中，中央财政资金8.1亿元；地方财政资金4.3亿元。",
     [("中职国家助学金到位资金", 1_240_000_000), ("中职国家助学金中央财政资金", 810_000_000),
      ("中职国家助学金地方财政资金", 430_000_000)]),
    ("全县各级财政支付贴息资金0.8亿元，其中，中央财政资金0.3亿元，地方财政资金0.5亿元。",
     [("各级财政支付贴息资金", 80_000_000), ("贴息中央财政资金", 30_000_000), ("贴息地方财政资金", 50_000_000)]),
    # a source's share is a share of the programme, named in brackets as shares name their whole
    ("全省中职国家助学金到位资金共计12.4亿元。其中，中央财政资金8.1亿元，占65.3%。",
     [("中职国家助学金到位资金", 1_240_000_000), ("中职国家助学金中央财政资金", 810_000_000),
      ("中央财政资金(占中职国家助学金)", 65.3)]),
    # a whole that names only who paid, under a section heading naming the aid programme (run into one paragraph)
    ("　　（二）中职学生资助　　全省各级财政共投入资金30.5亿元。其中，中央财政资金18.2亿元，占财政资金总额的59.67%；"
     "地方财政资金12.3亿元，占40.33%。",
     [("中职学生资助中央财政资金", 1_820_000_000),
      ("中职学生资助中央财政资金(占财政资金总额)", 59.67), ("中职学生资助地方财政资金", 1_230_000_000),
      ("中职学生资助地方财政资金占比", 40.33)]),
    ("（三）学前教育幼儿补助\n去年，各级财政共计投入资金9.6亿元。其中，中央财政资金5.0亿元，地方财政资金4.6亿元。",
     [("各级财政投入资金(学前教育幼儿补助)", 960_000_000), ("学前教育幼儿补助中央财政资金", 500_000_000),
      ("学前教育幼儿补助地方财政资金", 460_000_000)]),
    # a numbered sub-heading names the part of the section's programme; a long name puts the programme in brackets
    ("（一）学前教育幼儿资助\n1.政府资助\n2019年，各级政府共投入资金13.5亿元。其中，中央财政资金3.5亿元，地方财政资金10亿元。",
     [("各级政府投入资金(学前教育幼儿政府资助)", 1_350_000_000), ("学前教育幼儿政府资助中央财政资金", 350_000_000),
      ("学前教育幼儿政府资助地方财政资金", 1_000_000_000)]),
    ("　　（三）中等职业学校学生资助　　2.国家助学金　　2019年，各级财政共投入资金8亿元。其中，中央财政资金5亿元。",
     [("各级财政投入资金(中等职业学校学生国家助学金)", 800_000_000), ("中央财政资金(中等职业学校学生国家助学金)", 500_000_000)]),
    # a heading that is a figure or an act names no programme; a part inside a sentence whose words agree with the
    # heading is the programme's (tests/test_parts43.py)
    ("　　（一）财政投入820亿元，占资助资金总额的60%　　全省财政投入共计820亿元。其中，中央财政资金500亿元。",
     [("财政投入", 82_000_000_000), ("财政投入(占资助资金总额)", 60), ("中央财政资金", 50_000_000_000)]),
    ("　　（二）义务教育学生资助　　2019年，全省共资助学生12万人；资助金额共计3.2亿元，其中，中央财政资金2.0亿元。",
     [("资助学生", 120_000), ("学生资助金额", 320_000_000), ("义务教育学生资助中央财政资金", 200_000_000)]),
    # negatives: a whole that names only who paid, a source that names its programme, no `其中`
    ("各级财政共计投入资金96.5亿元。其中，中央财政资金50.2亿元，地方财政资金46.3亿元。",
     [("各级财政投入资金", 9_650_000_000), ("中央财政资金", 5_020_000_000), ("地方财政资金", 4_630_000_000)]),
    ("全省义务教育营养改善计划投入资金4.6亿元。中央财政资金2.9亿元用于试点县。",
     [("义务教育营养改善计划投入资金", 460_000_000), ("中央财政资金(用于试点县)", 290_000_000)]),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[row[0][:12] for row in ROWS])
def test_funding_source_is_part_of_its_programme(text, expected):
    assert [(f["subject"], f["value"]) for f in facts_of(text)] == expected
