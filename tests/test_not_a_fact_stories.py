"""Numbers that are no reported figure, third round on a People's Daily sample (classes N1, N6): a story's start told
as a memory (`刚起步时`, `以往`), a war story (`日寇`, `八路军`), a count that points back at a list just named
(`这4个名称`, `上述3家`) and a person introduced by a plain role (`小伙子`, `花农`). Each class in several phrasings
of our own, with neighbours that must stay facts: a comparison with before (`比以往`), today's figure after the
memory (`如今`), a county's total in a war memorial story, a count that is no back-reference, a role's source."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # [N1] a story's start told as a memory
    ("a farm's first year", "“2017年刚起步时我们只种了40亩,收了15吨果子。”", []),
    ("hiring in the old days", "“以往每年要招150人,人手总是不够。”", []),
    ("at first", "起初合作社只有8户社员,大家心里都没底。", []),
    ("when it began", "刚开始的时候,作坊一个月只能卖出300瓶酱。", []),
    ("compared with before stays", "今年客流比以往增加了20%。", [20]),
    ("the same period before stays", "销售额较以往同期增长15%。", [15]),
    ("today after the memory stays", "起初只有3家企业入驻,如今园区已聚集企业120家。", [120]),
    # [N1] a war story told by its actors
    ("besieged by the invaders", "第三次冲进日寇包围圈,战士们又救出200多名百姓。", []),
    ("a squad of the Eighth Route Army", "八路军某团3连的12名战士坚守阵地两天两夜。", []),
    ("the puppet troops sent", "不久,敌方出动日伪军5000人扫荡根据地。", []),
    ("a memorial's visitors stay", "纪念馆今年接待参观者35万人次。", [350000]),
    # [N6] a count that points back at a list just named
    ("these names", "北斗、天枢和玉衡这3个名称都来自古代星官。", []),
    ("why these names", "为什么要选这6个名字?专家给出了解释。", []),
    ("the firms above", "上述4家企业均已完成整改。", []),
    ("a count with no pointer stays", "全市4家企业入选国家级绿色工厂。", [4]),
    # [N1] a person introduced by a plain role, acting before the figure
    ("a young man's record", "镇上的小伙子韩立成找到育种公司。当年,韩立成种出了亩产值8万元的好收成。", []),
    ("a flower grower's stall", "花农邹海燕去年开了网店。邹海燕一个月卖出3000多束花。", []),
    ("the grower as a source stays", "花农邹海燕说,全村今年鲜花销售额突破2000万元。", [2e7]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_no_reported_figure(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values


# second batch: a quote opened by a time of day, a post or a rhyme quoted, a told distance, a capability, a
# structure's parts, a familiar name before 连
MORE = [
    ("a clerk's morning", "窗口的工作人员说,“上午来了4个,下午来了1个。”", []),
    ("a harvest told", "“秋天时,50台插秧机一起下田,800亩地一周种完。”", []),
    ("a dated quote stays", "“今天上午,全市新签约项目18个。”", [18]),
    ("a plan posted", "“一个月瘦10斤!”最近,在朋友圈晒减肥目标的人多了起来。", []),
    ("a rhyme", "奶奶常念一首童谣:“小板凳,摆两排,一排坐着三个娃。”", []),
    ("a told distance", "“从山脚到观景台只有约3公里,一个小时就能走到。”", []),
    ("a line's length stays", "从北京到雄安的城际铁路全长92公里。", [92]),
    ("a spacecraft's crew", "新型飞船可支持4名航天员在轨驻留。", []),
    ("what a reservoir can meet", "水库建成后能满足12万人的饮水需求。", []),
    ("a work's stories", "这部纪录片的6个故事各有侧重。", []),
    ("a plan's aspects", "全市围绕医疗、教育等4个方面的建设加大投入。", []),
    ("a plan's mechanisms", "意见提出构建3个机制——快速受理、快速审查、快速处理。", []),
    ("counties' parts stay", "全省3个部分地区出现旱情。", [3]),
    ("key villages stay", "全县10个重点村已全部通上自来水。", [10]),
    ("a familiar name's trips", "两年里,老蒋连续20次进山寻找水源。", []),
]


@pytest.mark.parametrize("name,text,values", MORE, ids=[c[0] for c in MORE])
def test_no_reported_figure_more(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values


# third batch: a showcase of cases picked from many
SHOWCASES = [
    ("court's typical cases", "省高院发布10个保护民营企业典型案例。", []),
    ("typical cases of a year", "最高法公布了6件2020年以来审结的拖欠工资典型案例。", []),
    ("outstanding cases picked", "联席会议办公室选取了12个成效较为突出的案例。", []),
    ("excellent cases", "全省评出15个乡村振兴优秀案例。", []),
    ("cases tried stay", "全年审结涉医犯罪案件860件。", [860]),
    ("a count after a showcase stays", "发布典型案例后,全省受理此类案件增加300件。", [300]),
]


@pytest.mark.parametrize("name,text,values", SHOWCASES, ids=[c[0] for c in SHOWCASES])
def test_showcase_is_no_figure(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
