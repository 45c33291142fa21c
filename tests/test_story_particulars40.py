"""A feature story's particulars on a national paper are no facts: one retiree's laps (`游上80个来回`), one worker's
promotion (`当上了班组长，手下多了8个人`), one contract's terms (`协议约定，公司投资…`), one village's road (`…到乡政府的
12公里柏油路`), one flight (`飞行21000多公里`), one day's planting (`一天的时间里…600余株`), the rest of a province's
divisions (`除武汉以外的16个市州`), one vessel's rating (`8000吨全回转起重船`), one union's founders (`牵手80家合作社成立
联合社`) and one officer's record (`从警12年来…`). A village's, a county's or a sector's own statistics told beside
them stay. Each row is our own sentence: ALL its facts (value and unit)."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

PAPER = "rmrb-2019-10-08-07-01.txt"  # a national paper: undated story details are weighed as such
PUBLISHED = date(2019, 10, 8)


def _values(text: str) -> list[tuple]:
    facts = [f.contract() for f in extract_text(text, PAPER, PUBLISHED).facts]
    return [(f["value"], f["unit"]) for f in facts]


PARTICULARS = [
    ("one retiree's laps",
     "老周退休后迷上了运动，有时在标准泳池里游上80个来回，有时绕着操场跑20多圈。\n"),
    ("the laps told another way",
     "她每天清晨下水，一口气游上50多个来回才上岸。\n"),
    ("one worker's promotion",
     "李明当上了班组长，手下多了8个人，负责的车间面积扩大近3倍，收入涨了约1倍。\n"),
    ("one manager's team",
     "小赵成了管理者，手下管着20个人，负责的仓库面积扩大了4倍。\n"),
    ("one contract's terms",
     "协议约定，公司投资2.5亿元对该镇三块土地实施整治。\n"),
    ("one contract's terms with a colon",
     "双方签订的合同中约定：企业出资8000万元建设厂房。\n"),
    ("one village's road",
     "去年，东沟村到乡政府的12公里柏油路修通了，还解决了200多人的饮水问题。\n"),
    ("one road to the county town",
     "村里通往县城的8公里水泥路修好后，山货不愁卖了。\n"),
    ("one flight's distance",
     "2017年，我国首次派出运输机，飞行21000多公里，接回受伤的维和人员。\n"),
    ("one voyage",
     "科考船从青岛出发，航行了1.2万公里，抵达南极中山站。\n"),
    ("one day's planting",
     "一天的时间里，志愿者们共种植樟树、桂花等600余株。\n"),
    ("one morning's planting",
     "一个上午下来，党员突击队栽下树苗300多株。\n"),
    ("the rest of a province's divisions",
     "十余个省份对口支援湖北除武汉以外的16个市州。\n"),
    ("the rest told with 之外",
     "省里安排经济强市结对帮扶除省会之外的其他12个地市。\n"),
    ("one vessel's rating",
     "我国自主研制的亚洲最大的8000吨全回转起重船投入使用。\n"),
    ("one union's founders",
     "依靠新技术，合作社流转8000亩地；后来又牵手80家合作社成立农机联合社。\n"),
    ("one officer's record",
     "从警12年来，王某某主办毒品案件40起，抓获嫌疑人70人。\n"),
]


@pytest.mark.parametrize("label,text", PARTICULARS, ids=[c[0] for c in PARTICULARS])
def test_story_particulars_are_no_facts(label, text):
    assert _values(text) == []


STAY = [
    ("a county's roads built",
     "今年以来，全县新建农村公路320公里，改造危桥15座。\n", [(320, "公里"), (15, "座")]),
    ("a village's road works",
     "全村到镇上的8公里水泥路今年全部硬化，村里还新修了3公里产业路。\n", [(3, "公里")]),
    ("a village's crops",
     "东沟村今年种植花椒600亩，比去年增加200亩，户均增收5000元。\n", [(600, "亩"), (200, "亩"), (5000, "CNY")]),
    ("a sector's flight distance",
     "全年民航安全飞行110万小时，运输飞行里程达到1.2亿公里。\n", [(120000000, "公里")]),
    ("a city's contracts counted",
     "今年，全市签约项目120个，协议约定投资额300亿元。\n", [(120, "个"), (30000000000, "CNY")]),
    ("a city's firms joining",
     "全市有120家企业加入产业联盟，带动就业8000人。\n", [(120, "家"), (8000, "人")]),
    ("a province's cases outside its capital",
     "除武汉以外，全省新增确诊病例20例。\n", [(20, "例")]),
    ("a fleet's capacity and berths",
     "新增船舶运力50万吨，建成万吨级泊位3个。\n", [(500000, "吨"), (3, "个")]),
    ("a county's workforce",
     "该县从业人员达到12万人。\n", [(120000, "人")]),
]


@pytest.mark.parametrize("label,text,expected", STAY, ids=[c[0] for c in STAY])
def test_real_statistics_stay(label, text, expected):
    assert _values(text) == [(pytest.approx(v), u) for v, u in expected]
