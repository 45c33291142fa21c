"""Precision by abstaining (audit classes N1 and S1): a figure of a person the story names or calls by a polite
title is no reported figure, and a subject that is a fragment of its sentence (`一比例`, `即岗位`, `占全球总数`,
`会降`) names no measure; a lead-in before a dash is no part of the subject. Each row is our own sentence; the kept
rows are real figures that must stay."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

DROPPED = [
    # [N1] a person the text introduced by role and name, acting before the figure
    ("a villager's greenhouses", "村民邱树林今年五十岁。靠着合作社的扶持,邱树林自建了6个温室种草莓。", 6),
    ("a director's gift", "研究所所长钱玉华说起育苗头头是道。钱玉华每年给邻村送去20余亩的辣椒苗。", 20),
    ("a secretary's team", "村党支部书记冯德顺是一名老党员。在冯德顺带领下,志愿者组成了36人的巡逻队。", 36),
    ("a mayor's broadcasts", "副市长唐立新亲自上阵。唐立新先后4次走进直播间推介本地茶叶。", 4),
    ("one individual as the subject", "临走时,我们把3人的饭钱交给了一位同事统一结账。", 3),
    # [N1] a person by family name and polite title
    ("Mr. by family name", "在广州上班的陈先生发现自己名下多了4张银行卡。", 4),
    ("Ms. by family name", "此前,杭州的刘女士查询时发现名下竟有9家公司。", 9),
    # [S1] subjects that are fragments of the sentence
    ("a back-reference cut", "在甲国和乙国,这一比例分别只有8%和11%。", 8),
    ("a gloss", "二季度求人倍率为1.3(即1.3个岗位对应1个求职者)。", 1.3),
    ("a share with no owner", "这种候鸟逐年增多,占全球总数的45%。", 45),
    ("a share contributed", "该省贡献了全球15%的显示面板。", 15),
    ("a site's layout", "省城往东40余公里,18平方公里的工地灯火通明。", 18),
    ("a clause cut before its noun", "她从几个人做起,慢慢拉起一支600人的绣娘队伍。", 600),
    ("an adverb alone", "去年物价指数同比上涨0.3%,6月一度同比下降0.2%。", -0.2),
]


@pytest.mark.parametrize("name,text,value", DROPPED, ids=[row[0] for row in DROPPED])
def test_no_reported_figure(name, text, value):
    values = [f["value"] for f in facts_of(text, MAY)]
    assert value not in values, f"{name}: {value} kept from {text!r}"


KEPT = [
    # a named person as a source, a whole after a person, a person never introduced by role
    ("a mayor as a source", "市长唐立新说,今年前4个月全市新增市场主体1.2万户。", 12000),
    ("a director introducing the county", "县长郑海林介绍,全县去年新建乡村公路320公里。", 320),
    ("a deputy's statement", "董事长吴建平代表说,企业复工率已恢复到95%。", 95),
    ("a polite title with a whole", "王先生所在的全县,去年新增就业岗位8000个。", 8000),
    ("a statistic in a person article", "村民邱树林今年五十岁。全村今年种植草莓320亩。", 320),
    # subjects that look like debris but are measures
    ("a share of its owner", "民营企业出口占全国出口的比重为52%。", 52),
    ("general budget revenue", "一般公共预算收入完成85亿元。", 8.5e9),
    ("one of a set", "这个县是52个重点帮扶县之一。", 52),
    # a forecast's modal and verb are trimmed (`经济增速会降到` → 经济), no longer a fragment (tests/test_subject_cut_words.py)
    ("a forecast's verb", "有机构预计,该国今年经济增速会降到1.8%。", 1.8),
]


@pytest.mark.parametrize("name,text,value", KEPT, ids=[row[0] for row in KEPT])
def test_reported_figure_kept(name, text, value):
    values = [f["value"] for f in facts_of(text, MAY)]
    assert value in values, f"{name}: {value} lost from {text!r} (got {values})"


LEAD_IN = [
    ("a heading before the dash", "看规模——全省工业增加值占GDP比重达到36.5%。", 36.5, "工业增加值占GDP比重"),
    ("a slogan before the dash", "亮出硬招——问责失职基层干部120人。", 120, "问责失职基层干部"),
]


@pytest.mark.parametrize("name,text,value,subject", LEAD_IN, ids=[row[0] for row in LEAD_IN])
def test_lead_in_is_no_part_of_the_subject(name, text, value, subject):
    subjects = [f["subject"] for f in facts_of(text, MAY) if f["value"] == value]
    assert subjects and all("——" not in s for s in subjects), f"{name}: {subjects}"
    assert subject in subjects, f"{name}: {subjects}"
