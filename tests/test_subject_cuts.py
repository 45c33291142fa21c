"""Subjects cut at the wrong place are trimmed to the measure's name, not dropped (audit class S1): the last
place of a `、` list glued to the verb (`镇、街输送…`), a question's opening (`为何要投资`), a conjunction the clause
goes on with (`增速则`), the `涉` of a `涉及` cut at `及` (the bare 议案 left is then dropped: round 50), `同` before
the countries a figure counts, and a count's noun cut inside `定向`/`面向` (`实施定`). Each row is our own sentence;
the negatives are subjects that look alike and must stay as they are."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

TRIMMED = [
    # the last item of a `、` list of places, glued to the verb after it
    ("towns and streets sent staff", "中心去年为全区12个镇、街输送技术人员85人。", 85, "输送技术人员"),
    ("villages and towns given guidance", "工作队为9个乡、镇提供技术指导1200次。", 1200, "提供技术指导"),
    ("streets and villages trained", "商务局今年为5个街、村培训电商骨干240人。", 240, "电商骨干培训"),
    ("towns and villages brought in", "招商组帮8个镇、村引进项目31个。", 31, "引进项目"),
    # a question's opening before the measure
    ("why invest", "一个小镇为何要投资30亿元建设文化园?", 3e9, "投资"),
    ("why put in", "这个县为什么要投资8亿元修一座古城?", 8e8, "投资"),
    # a conjunction the clause goes on with
    ("a growth rate, then", "过去十年,这些国家每年的增速则在1.2%上下。", 1.2, "国家每年的增速"),
    # a count's noun is not cut inside a word ending in 向
    ("targeted cuts", "央行去年实施5次定向降准。", 5, "央行实施定向降准"),
    ("projects open to bidders", "全省推出了26个项目面向社会资本招标。", 26, "项目面向社会资本招标"),
    # a speaker and `同` before the countries a figure counts
    ("leaders called", "外长同27个国家领导人通电话。", 27, "国家领导人通电话"),
]


@pytest.mark.parametrize("name,text,value,subject", TRIMMED, ids=[row[0] for row in TRIMMED])
def test_trimmed_to_the_measure(name, text, value, subject):
    found = [f["subject"] for f in facts_of(text, MAY) if f["value"] == value]
    assert found == [subject], f"{name}: {found} from {text!r}"


DROPPED = [
    # what is left (`国家`) names nothing alone: which countries is elsewhere in the clause
    ("countries met by video", "我国同90多个国家和国际组织召开视频会议。", 90),
    ("a premier's calls", "总理同14个国家和国际组织领导人通电话。", 14),
    # `涉及` cut at `及`: the 议案/建议 left is a bare name its clause defines (round 50, bare_names.py)
    ("motions involving items", "主席团交付的300件议案全部办结,其中45件议案涉及的8个立法项目已通过。", 45),
    ("proposals involving items", "今年已有52件建议涉及的6部法律完成修改。", 52),
]


@pytest.mark.parametrize("name,text,value", DROPPED, ids=[row[0] for row in DROPPED])
def test_nothing_left_to_name(name, text, value):
    assert value not in [f["value"] for f in facts_of(text, MAY)], f"{name}: {value} kept from {text!r}"


UNCHANGED = [
    ("a town's area", "镇区常住人口达到4.2万人。", 42000, "镇区常住人口"),
    ("village collective income", "村级集体经济收入超过50万元。", 5e5, "村级集体经济收入"),
    ("township enterprises", "乡镇企业实现营业收入80亿元。", 8e9, "乡镇企业实现营业收入"),
    ("a rule's count", "新修订的实施细则共有46条。", 46, "新修订的实施细则"),
    ("year on year", "全市生产总值同比增长6.1%。", 6.1, "生产总值"),
    ("co-investment", "两家企业共同投资5亿元。", 5e8, "两家企业共同投资"),
]


@pytest.mark.parametrize("name,text,value,subject", UNCHANGED, ids=[row[0] for row in UNCHANGED])
def test_alike_subjects_stay(name, text, value, subject):
    found = [f["subject"] for f in facts_of(text, MAY) if f["value"] == value]
    assert subject in found, f"{name}: {found} from {text!r}"
