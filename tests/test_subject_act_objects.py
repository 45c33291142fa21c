"""Subjects that opened with a clause's act or word (audit class S1): an act that only brings its things about
(`设立…`, `开展…`, `确定…`, `排查出…`) is trimmed; an act its things are counted by (`排查…`, `培训…`, `办理…`)
is put after them, as a measure's name is written (`矛盾纠纷排查`); a deadline's `到` goes with its time words; a
port before its throughput keeps its city (`某某港…`, not `港…`); a part's own amount after `占` is no share.
Sentences are our own; each row gives ALL the facts of the sentence, in order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 15)


def _facts(text: str) -> list[tuple]:
    return [(f["subject"], f["value"]) for f in facts_of(text, DAY)]


CASES = [
    # an act that only brings its things about: trimmed
    ("hospitals designated", "疫情高峰时,全省共设立96家定点医院。", [("定点医院", 96)]),
    ("surveys carried out", "去年全年开展专题调研23次。", [("专题调研", 23)]),
    ("surveys organised and carried out", "今年全县组织开展岗前培训36次。", [("岗前培训", 36)]),
    ("key motions settled", "会后,确定了15项重点督办议案。", [("重点督办议案", 15)]),
    ("illegal villas found", "全县排查出违建厂房86处。", [("违建厂房", 86)]),
    ("standards set and issued", "全年制定发布地方标准57项。", [("地方标准", 57)]),
    ("policies issued", "今年以来,先后出台惠企政策40多条。", [("惠企政策", 40)]),
    # an act its things are counted by: put after them
    ("disputes screened", "截至目前,全省排查矛盾纠纷12.5万起。", [("矛盾纠纷排查", 125000)]),
    ("police trained", "去年全年培训干警8.2万人次。", [("干警培训", 82000)]),
    ("bilingual teachers trained", "三年来培养双语教师2600人。", [("双语教师培养", 2600)]),
    ("proposals handled", "全年办理政协提案216件。", [("政协提案办理", 216)]),
    ("hazards screened and fixed", "全市排查整治安全隐患3100处。", [("安全隐患排查整治", 3100)]),
    # a deadline's 到 goes with its time words
    ("a deadline opens the clause", "目前全国每年培育80万名新型农民,到2025年底我国高素质农民将达到3000万人。",
     [("每年培育新型农民", 800000), ("高素质农民", 3e7)]),
    # a port's throughput keeps its city
    ("a port's throughput", "宁波港完成货物吞吐量2.1亿吨,增长9%。",
     [("宁波港完成货物吞吐量", 2.1e8), ("宁波港完成货物吞吐量", 9)]),
    # an enumeration's opening is no part of the measure; a reduplicated filler names nothing
    ("one group of figures", "有两组数据最有说服力,一组是重症患者总体治愈率达96%。", [("重症患者总体治愈率", 96)]),
    ("big and small rooms", "院子三面都盖满了房,大大小小15间。", []),
    # a part's own length after 占, not a share (a province's network: one line's split is a story's detail)
    ("a part's length", "全省高速公路总里程中,桥梁占48公里,隧道有96公里。", [("桥梁", 48), ("隧道", 96)]),
]


@pytest.mark.parametrize("name,text,facts", CASES, ids=[row[0] for row in CASES])
def test_the_subject_without_its_clause_act(name, text, facts):
    assert _facts(text) == facts


STAYS = [
    # an act that opens a noun, or one inside a relative clause
    ("time limits of handling", "全省办理时限整体压缩比例达到40%。", [("办理时限整体压缩比例", 40)]),
    ("cases accepted, relative clause", "去年受理的行政案件是58件。", [("受理的行政案件", 58)]),
    ("a rate of treatment", "高龄患者中,救治成功率接近80%。", [("救治成功率", 80)]),
    # a verb reaching a level keeps the first level's measure
    ("from one level down to another", "全村贫困户由2015年的120户,减少到2019年的6户。",
     [("贫困户", 120), ("贫困户", 6)]),
    # a share stays a share
    ("a share by its verb", "全县税收占62%。", [("税收占比", 62)]),
]


@pytest.mark.parametrize("name,text,facts", STAYS, ids=[row[0] for row in STAYS])
def test_a_named_act_stays(name, text, facts):
    assert _facts(text) == facts
