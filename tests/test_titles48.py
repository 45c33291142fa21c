"""A document's first line that is a title of two phrases (round 48, lead): on a page whose lines are paragraphs, when
the line under it is a subtitle stating a figure (`今年GDP预期增长7.5%左右`, no full stop), the title is a line of its
own and its words no longer run into the subtitle's subject (`…作政府工作报告GDP预期`). A title over a line with no
figure (a newspaper's kicker over its headline, a column name in brackets) is read as before. Each row is our own
text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 1, 10)
YEAR = {"period_start": "2019-01-01", "period_end": "2019-12-31"}
BYLINE = ("某某晚报讯 记者某某报道:今天上午,株洲市第十五届人民代表大会第四次会议在市会议中心开幕,大会由市人大常委会主任主持,"
          "市长作《政府工作报告》。\n")

CASES = [
    ("a two-phrase title over a subtitle with the year's target",
     "株洲市人大会议上午开幕,市长作《政府工作报告》\n今年GDP预期增长7.5%左右\n" + BYLINE
     + "报告提出,今年全市地区生产总值预期增长7.5%左右。\n",
     [{"value": 7.5, "subject": "地区生产总值", "region": "株洲市", "status": "target", **YEAR}]),
    ("the title's words stay out of a subtitle's count",
     "株洲市人大会议上午开幕,市长作《政府工作报告》\n全市新增城镇就业5.2万人\n" + BYLINE,
     [{"value": 52000, "subject": "新增城镇就业", "region": "株洲市"}]),
    ("the same title over a subtitle alone: its target read without the title's words",
     "株洲市人大会议上午开幕,市长作《政府工作报告》\n今年GDP预期增长7.5%左右\n" + BYLINE,
     [{"value": 7.5, "subject": "GDP预期", "status": "target", **YEAR}]),
]

KEPT = [
    ("a kicker over a headline with a bracketed column name: joined as before",
     "返程高峰多地降雪，铁路部门积极应对\n雪不停 人不歇（2019春运一线）\n\n"
     "　　本报北京1月9日电 记者从中国国家铁路集团获悉，1月8日全国铁路发送旅客1050万人次，同比增长8.2%。\n",
     [{"value": 10500000, "subject": "铁路发送旅客", "region": "全国"}, {"value": 8.2, "subject": "铁路发送旅客"}]),
]


@pytest.mark.parametrize("label,text,expected", CASES + KEPT)
def test_titles48(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)
