"""Items of a breakdown by place named by the place alone (`其中,西部地区620万人`, `从区域来看,西部地区78亿元,占69%`)
measure what the whole they break down measures, in their place (各级政府资助幼儿 in 西部地区; its share 各级政府投入资金占比), never
a bare place as the subject; with no whole of their unit they are dropped. Breakdowns whose items name their own
measure (`分地区看,东部地区投资增长3.3%,中部地区增长9.5%`) keep working. Sentences are our own: each row gives the
text and every fact it must give (subject, value, region), in text order."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-02-01.txt"  # a national paper: its scope is 全国
HEAD = "助学工作稳步推进\n\n　　"

ROWS = [
    ("persons after 其中, the next sentence",
     "2020年，各级政府共资助幼儿710.5万人。其中，西部地区402.3万人、中部地区180.7万人、东部地区127.5万人。",
     [("各级政府资助幼儿", 7105000, "全国"), ("各级政府资助幼儿", 4023000, "西部地区"), ("各级政府资助幼儿", 1807000, "中部地区"),
      ("各级政府资助幼儿", 1275000, "东部地区")]),
    ("money by region after the whole's own parts, in a paragraph of its own",
     "2020年，各级政府共投入资金98.4亿元。其中，中央财政资金20.1亿元，占20.43%；地方财政资金78.3亿元，占79.57%。\n\n"
     "　　从区域来看，西部地区61.2亿元，占62.2%；东部地区37.2亿元，占37.8%。",
     [("各级政府投入资金", 9.84e9, "全国"), ("中央财政资金", 2.01e9, "全国"), ("中央财政资金占比", 20.43, "全国"),
      ("地方财政资金", 7.83e9, "全国"), ("地方财政资金占比", 79.57, "全国"),
      ("各级政府投入资金", 6.12e9, "西部地区"), ("各级政府投入资金占比", 62.2, "西部地区"),
      ("各级政府投入资金", 3.72e9, "东部地区"), ("各级政府投入资金占比", 37.8, "东部地区")]),
    ("a whole with its change, items after 其中",
     "2020年，全国共投入助学资金210.6亿元，比上年增加5.2亿元。其中，西部地区120.4亿元、东部地区90.2亿元。",
     [("投入助学资金", 2.106e10, "全国"), ("投入助学资金增加", 5.2e8, "全国"),
      ("投入助学资金", 1.204e10, "西部地区"), ("投入助学资金", 9.02e9, "东部地区")]),
    ("cases in the same sentence",
     "2020年，新增确诊病例56例，其中，西部地区21例，东部地区35例。",
     [("新增确诊病例", 56, "全国"), ("新增确诊病例", 21, "西部地区"), ("新增确诊病例", 35, "东部地区")]),
    ("a whole's name too long to keep: the measure the first item names after its place",
     # (the whole itself has a name too long to keep: no fact of its own)
     "2020年，全国各级财政共投入中等职业学校国家助学金资助资金41.5亿元。\n\n"
     "　　从区域来看，西部地区国家助学金资助资金20.5亿元，占49.4%；中部地区21.0亿元，占50.6%。",
     [("西部地区国家助学金资助资金", 2.05e9, "西部地区"), ("西部地区国家助学金资助资金占比", 49.4, "西部地区"),
      ("国家助学金资助资金", 2.1e9, "中部地区"), ("国家助学金资助资金占比", 50.6, "中部地区")]),
    ("a count of things, with shares",
     "2020年，全国共有4.6万所幼儿园。其中，西部地区2.1万所，占45.7%；东部地区2.5万所，占54.3%。",
     [("幼儿园", 46000, "全国"), ("幼儿园", 21000, "西部地区"), ("幼儿园占比", 45.7, "西部地区"),
      ("幼儿园", 25000, "东部地区"), ("幼儿园占比", 54.3, "东部地区")]),
    ("a whole named with 共计",
     "2020年，社会捐助资金共计3120.5万元。其中，中部地区1500.2万元、东部地区1620.3万元。",
     [("社会捐助资金", 31205000, "全国"), ("社会捐助资金", 15002000, "中部地区"),
      ("社会捐助资金", 16203000, "东部地区")]),
]

NEGATIVES = [
    # no whole of the items' unit before them: a bare place names nothing measured, so nothing is kept
    ("no whole at all", "2020年，从区域来看，西部地区61.2亿元，占62.2%；东部地区37.2亿元。", []),
    ("the whole counts persons, the items are money",
     "2020年，各级政府共资助幼儿710.5万人。其中，西部地区40.3亿元、东部地区12.5亿元。",
     [("各级政府资助幼儿", 7105000, "全国")]),
    ("two wholes of the unit before: which one is broken down is not told",
     "2020年，全国共有1500万学生享受补助，包括寄宿生补助对象900万人，走读生补助对象600万人。其中，西部地区800万人、东部地区700万人。",
     [("享受补助的学生", 15000000, "全国"), ("寄宿生补助对象", 9000000, "全国"), ("走读生补助对象", 6000000, "全国")]),
    ("the whole is only a count's modifier, no figure of its own",
     "2020年，全国2.5万幼儿获得社会资助。其中，西部地区1.3万人、东部地区1.2万人。", []),
    ("the whole's noun goes on with a verb: the act joins its name, which the items count",
     "2020年，全国共有4.6万高职学生获得企业资助。其中，西部地区2.1万人，占45.7%；东部地区2.5万人，占54.3%。",
     [("获得企业资助的高职学生", 46000, "全国"), ("获得企业资助的高职学生", 21000, "西部地区"),
      ("获得企业资助的高职学生占比", 45.7, "西部地区"), ("获得企业资助的高职学生", 25000, "东部地区"),
      ("获得企业资助的高职学生占比", 54.3, "东部地区")]),
    # items naming their own measure stay as they are
    ("items that name the measure",
     "2020年，全国固定资产投资增长2.9%。分地区看，东部地区投资增长3.8%，中部地区增长0.7%。",
     [("固定资产投资", 2.9, "全国"), ("东部地区投资", 3.8, "东部地区"), ("中部地区投资", 0.7, "中部地区")]),
    # a part told by its source after 其中 is no place
    ("parts by source keep their names",
     "2020年，各级财政共投入资金64.2亿元。其中，中央财政资金30.1亿元，地方财政资金34.1亿元。",
     [("各级财政投入资金", 6.42e9, "全国"), ("中央财政资金", 3.01e9, "全国"), ("地方财政资金", 3.41e9, "全国")]),
]


@pytest.mark.parametrize("label, text, items", ROWS + NEGATIVES, ids=[r[0] for r in ROWS + NEGATIVES])
def test_place_items_take_the_whole_measure(label, text, items):
    expected = [{"subject": s, "value": v, "region": r} for s, v, r in items]
    assert_exactly(HEAD + text + "\n", expected, DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, items", [
    ("2020年，全省固定资产投资增长5.1%。其中，南京市增长3.3%，苏州市增长9.5%。",
     [("固定资产投资", 5.1, "江苏省"), ("固定资产投资", 3.3, "南京市"), ("固定资产投资", 9.5, "苏州市")]),
])
def test_items_by_division_keep_the_measure(text, items):
    expected = [{"subject": s, "value": v, "region": r} for s, v, r in items]
    assert_exactly("江苏省2020年国民经济和社会发展统计公报\n\n　　" + text + "\n", expected, DAY, name="report.txt")
