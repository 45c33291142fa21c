"""Numbers that are no reported figure, ninth round (audit base18, classes N1–N3): a story of a year long past that an
earlier sentence dates, one object's details (a load, a cabin's space, one building's area, a sample's computers), a
decision's awardees, a gift in an advertisement, a firm's running costs in a profile, a code's content, a
designation's count (`…之一`), rhetoric (`13亿人民`), a rating inside a product's name and a figure inside a title.
Each class in phrasings of our own, with neighbours in like wording that are reported figures and must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 20)

# (name, text, the values that must be facts, in text order)
CASES = [
    # a story of a year long past, the year carried from an earlier sentence
    ("a battle's ships", "1938年，前线战事吃紧。5月3日，敌人出动兵力一万人，以18艘炮艇配合进攻。", []),
    ("a hero's rescue", "1971年夏，洪水突至。危急关头，他冲进激流，救出了9名村民。", []),
    ("a country's base stays", "1978年，改革开放起步。40年来，全国农民人均纯收入由134元增加到1.5万元。", [134, 1.5e4]),
    ("a park's lasting size stays", "2005年，某县被列为试点。同年，产业园开工。园区占地60万平方米。", [6e5]),
    ("a recent year stays", "2018年，全县大力发展特色产业。年底，合作社发展到120家。", [120]),
    # one object's details
    ("a train's containers", "3月2日，一列载着52个标准集装箱货物的班列从成都出发。", []),
    ("a lorry's load", "一辆货车装载着30吨蔬菜驶出园区。", []),
    ("a freight's yearly tally stays", "今年以来，该站累计发送货物80万吨。", [8e5]),
    ("a cabin's space", "为了住得更舒适，返回舱在设计上作了改进，供乘员生活的空间约12立方米。", []),
    ("a reservoir's water stays", "全市今年新增蓄水量3000万立方米。", [3e7]),
    ("one library's area", "没想到这个小镇竟有一座全市最大的图书馆，占地30亩。", []),
    ("a district's new area stays", "全区今年新增绿地面积30万平方米。", [3e5]),
    ("a sample's computers", "结果显示，所抽查的25台电脑中，仅有3台没有安装过盗版软件。", []),
    ("an inspection's tally stays", "今年以来，全市共抽查食品生产企业1200家。", [1200]),
    # a decision's awardees, a gift in an advertisement
    ("a decision's teams and people", "三部门决定，授予星河创新团队等12个团队创新奖牌；授予赵明等30名教师奖章。", []),
    ("a prize's winners", "评审委员会公布年度大奖获奖名单，共4人获奖，其中包括一位中国学者。", []),
    ("a province's winners stay", "今年全省共有120人获奖。", [120]),
    ("an advertisement's gift", "订购全套，另附赠送价值3800元的导读一册。", []),
    ("a shop's sales stay", "书城今年销售图书12万册。", [1.2e5]),
    # a firm's running costs in a profile
    ("a workshop's rent and fees", "“租门面每年8万元，设计费用每月近2万元，最多时一天花了3万元！”", []),
    # its bare `利润` (the firm's, the subject lost whose) is no fact since round 51 (unowned_measures.py)
    ("a firm's year stays", "公司2019年全年产值达450余万元，利润足足有90余万元。", [4.5e6]),
    ("a cooperative's land exclaimed", "如今合作社的果园足足800多亩！", []),
    # a code's content, a designation's count, rhetoric
    ("a code's articles and charges", "新法典不仅条文由150条增加到380条，罪名由90个增加到300个。", []),
    ("a designation's count", "作为试行新办法的6个区域之一，杭州率先开展试点。", []),
    ("a set of counties stays", "这个县是全国40个重点帮扶县之一。", [40]),
    ("a team's member", "张华副教授是课程团队5名主讲教师之一。", []),
    ("the people as a body", "13亿人民团结一心，就没有战胜不了的困难。", []),
    ("a population stays", "全国总人口达到14亿人。", [1.4e9]),
    ("money in 亿 stays", "全市今年发放贷款5亿元人民币。", [5e8]),
    # a rating inside a product's name, a figure inside a title
    ("an engine's name", "据介绍，“天鹰”60吨液氧煤油发动机采用了新技术。", []),
    ("a report's title", "秘书长作了关于财经委、外事委等3个专门委员会的议案审议结果报告的汇报。", []),
    ("a report's count stays", "会议听取了报告,全年共审议议案36件。", [36]),
    # a rule for each person
    ("a list each cadre draws", "2018年，某省要求每名领导干部都要制定4个清单。", []),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_told_and_named_numbers(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
