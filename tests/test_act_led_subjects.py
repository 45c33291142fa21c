"""Subjects that open with the act which produced or touched what a figure counts (audit class: act-led subjects).
Things found are counted as the things (`发现…确诊患者` → 确诊患者, a finding's `在…间` frame goes too); `统筹`
before pooled funds goes as `安排` does; a bare act of making before a size names the thing made after it, keeping
the act as a count's thing does (`新建茶园`, beside `建设扶贫车间`); a bare `使用` is the previous amount's use.
An act with a short thing stays (`发现隐患`), and so does an act that is the measure (`发现率`).
Sentences are our own; each row gives ALL the facts of the sentence, in order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 15)


def _facts(text: str) -> list[tuple]:
    return [(f["subject"], f["value"]) for f in facts_of(text, DAY)]


CASES = [
    ("cases found", "截至昨日，全市共发现120例境外输入确诊患者。", [("境外输入确诊患者", 120)]),
    ("funds found", "上半年，该区查出违规资金230万元。", [("违规资金", 2_300_000)]),
    ("a finding over years", "研究人员分析卫星数据，发现在2001年至2018年间全球森林面积减少了3%。", [("全球森林面积", -3)]),
    ("pooled funds", "今年全县统筹各级财政投入2.3亿元。", [("各级财政投入", 230_000_000)]),
    ("pooled and placed funds", "去年全省统筹安排中央财政资金8.6亿元。", [("中央财政资金", 860_000_000)]),
    ("tea gardens made", "全县新建2000亩茶园。", [("新建茶园", 2000)]),
    ("herbs planted", "去年种植了3000亩中药材。", [("种植中药材", 3000)]),
    ("funds used", "全县下达资金5亿元，已使用3亿元。", [("下达资金", 500_000_000), ("下达资金使用", 300_000_000)]),
]


@pytest.mark.parametrize("name,text,facts", CASES, ids=[row[0] for row in CASES])
def test_the_subject_names_what_the_act_touched(name, text, facts):
    assert _facts(text) == facts


STAYS = [
    ("a short thing keeps its act", "全年共发现隐患86处。", [("发现隐患", 86)]),
    ("a rate of finding", "截至目前，全省发现率达到95%。", [("发现率", 95)]),
    ("an act already named", "今年建设高标准农田80亩。", [("建设高标准农田", 80)]),
]


@pytest.mark.parametrize("name,text,facts", STAYS, ids=[row[0] for row in STAYS])
def test_a_named_act_stays(name, text, facts):
    assert _facts(text) == facts


KNOWN_GAPS = [
    # a list of sized things after one act: each item's own thing is not read, so both keep the bare act
    ("a list of sized things", "整合闲置土地，建设80亩高标准农田、30亩蔬菜种植基地。",
     [("建设高标准农田", 80), ("建设蔬菜种植基地", 30)]),
    # an act after its owner stays inside the subject
    ("an owner's finding", "疫情期间，全市发热门诊共发现120例境外输入确诊患者。", [("发热门诊境外输入确诊患者", 120)]),
]


@pytest.mark.parametrize("name,text,facts", KNOWN_GAPS, ids=[row[0] for row in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="a list of sized things, an owner's act: not read yet")
def test_known_gaps(name, text, facts):
    assert _facts(text) == facts
