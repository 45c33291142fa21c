"""A provincial paper's story is about the place its body names, as a national paper's is: a county's sock fair in
浙江日报 is the county's, not the province's. A web page's credit line after the headline names the paper, and a
paper's own dateline (`浙江日报绍兴9月1日电`) says where the story was filed; neither is what the story measures."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

SEP2 = date(2016, 9, 2)
CREDIT = "2016年9月2日 08:10 来源: 浙江在线-浙江日报 记者 王某\n\n"

# (text, value of the fact, its region)
CASES = [
    # the story's county, not the paper's province, for a figure whose sentence names no place
    ("纺织博览会开幕 产业升级提速\n" + CREDIT + "  浙江日报绍兴9月1日电 9月1日至3日,第十三届纺织博览会在诸暨市大唐镇举行。\n"
     "  据统计,今年1至7月,大唐镇织造袜子48亿双。其中,电商平台销售额达到6.2亿元。\n"
     "  作为配套,研发中心项目在展会上正式启动,总投资3亿元。", 300000000, "诸暨市"),
    # a part after 其中 is the place of the figure before it
    ("纺织博览会开幕 产业升级提速\n" + CREDIT + "  浙江日报绍兴9月1日电 9月1日至3日,第十三届纺织博览会在诸暨市大唐镇举行。\n"
     "  据统计,今年1至7月,大唐镇织造袜子48亿双。其中,电商平台销售额达到6.2亿元。", 620000000, "大唐镇"),
    ("纺织博览会开幕 产业升级提速\n" + CREDIT + "  浙江日报绍兴9月1日电 9月1日至3日,第十三届纺织博览会在诸暨市大唐镇举行。\n"
     "  据统计,今年1至7月,大唐镇织造袜子48亿双。其中,电商平台销售额达到6.2亿元。", 4800000000, "大唐镇"),
    # a provincial story that names no narrower place stays the province's
    ("全省工业稳中有进\n" + CREDIT + "  浙江日报杭州9月1日电 今年1至7月,全省规模以上工业增加值增长8.1%。",
     8.1, "浙江省"),
    # the place in the paper's own dateline is where the story was filed, not its place
    ("工业稳中有进\n" + CREDIT + "  浙江日报杭州9月1日电 今年1至7月,规模以上工业增加值增长8.3%。", 8.3, "浙江省"),
]


@pytest.mark.parametrize("text,value,region", CASES, ids=[str(c[1]) for c in CASES])
def test_a_provincial_papers_story_place(text, value, region):
    facts = [f.contract() for f in extract_text(text, "page.txt", SEP2).facts]
    fact = next((f for f in facts if abs(f["value"] - value) < 1e-6), None)
    assert fact is not None and fact["region"] == region, [(f["subject"], f["value"], f["region"]) for f in facts]
