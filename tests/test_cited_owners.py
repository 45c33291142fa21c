"""Owners named in an earlier sentence of the paragraph (source_firms, zone_references, division_counts.beyond_reach):
a firm a sentence opens by citing as its data's source owns that sentence's figures and the parts after `其中` the
next sentence opens with (no region, the firm in the subject); a clause pointing back at a park named after a place
(`该产业园`, `园区`) counts that park, in that place; a figure over a programme's counties (`为项目县…`, `在25个县…`)
is no one county's. A place's or a national body's figures stay the place's. Sentences are our own; each row: text,
{value: (subject, region)} for every fact of the text."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    # a firm cited as the data's source: its own bookings, not the paper's whole country; its `其中` parts too
    ("美团数据显示，2019年外卖订单量同比增长35%。其中，家庭套餐占比同比增加12%。",
     {35: ("美团外卖订单量", None), 12: ("美团家庭套餐占比", None)}),
    ("据东江旅游集团统计，今年国庆期间客房预订量同比增长20%。", {20: ("东江旅游集团客房预订量", None)}),
    ("携程大数据显示，2019年暑期亲子游订单量增长18%。", {18: ("携程暑期亲子游订单量", None)}),
    # a park named after a place, pointed back at: the park's firms, in the place its name opens with (a park named
    # after its city: the park, a region of its own)
    ("2019年5月，代表团考察了绍兴市柯桥区某某合作产业园。该产业园是首个落地项目，园区已入驻企业86家。",
     {86: ("园区入驻企业(某某合作产业园)", "柯桥区")}),
    ("2019年5月，代表团考察了中山火炬高技术产业开发区。园区已入驻企业120家，其中外资企业30家。",
     {120: ("园区入驻企业(火炬高技术产业开发区)", "中山火炬高技术产业开发区"),
      30: ("入驻外资企业(火炬高技术产业开发区)", "中山火炬高技术产业开发区")}),
    # a programme's counties, or a count of counties a figure is spread in: no one county's figure
    ("安徽某某县某村村医张明，身患重病仍坚守岗位。截至9月底，为项目县村医赠送了12000份意外保险。",
     {12000: ("赠送意外保险(为项目县村医)", None)}),
]

NOT_OWNED = [
    # a national firm's data is the country's; a place named after the source is the figure's
    ("中国铁路总公司数据显示，2018年全国铁路营业里程达到13万公里。", {130000: ("铁路营业里程", "全国")}),
    # two parks named before; a place named between the pointing word and the figure
    ("2019年5月，代表团考察了绍兴市柯桥区某某合作产业园和嘉兴市南湖区某某科技园区。园区已入驻企业86家。",
     {86: ("园区入驻企业", None)}),
    ("2019年5月，代表团考察了绍兴市柯桥区某某合作产业园。园区所在的柯桥区已有企业860家。",
     {860: ("园区所在的柯桥区已有企业", "柯桥区")}),
    # one county listed as a programme's, and a county's spread over its own towns: the county's
    ("安徽金寨县被列为项目县，获得奖励资金500万元。", {5_000_000: ("奖励资金", "金寨县")}),
    ("安徽金寨县在5个乡镇发放了共计500万元奖励基金。", {5_000_000: ("乡镇发放奖励基金", "金寨县")}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_cited_owner(text, expected):
    got = {float(f["value"]): (f["subject"], f["region"]) for f in facts_of(text)}
    assert got == {float(k): v for k, v in expected.items()}  # every fact, no extra one

