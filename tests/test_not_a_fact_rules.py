"""Numbers of a rule, not reported figures (audit classes N3, N4, N2), met on the audit's articles: a payment
schedule's instalments, a rent or subsidy per area, a target set for each unit, a size class whose bound took its
`以上`, the terms of a share said as `每4台…就有1台`, and a hypothetical or a capability whose verb opens the
figure's own span (`每|增长1个百分点`, `能|减少4%`), a vehicle's rating (`续航里程`, `载重`, `时速`) and a journey's
time on a new line (`从南京到太仓仅需`).
Each class in several phrasings of our own, with negatives that must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # [N3] the instalments of a payment schedule
    ("three instalments", "每亩补助1000元,分三次发放,第一年400元、第三年300元、第五年300元。", []),
    ("two instalments", "每户奖补6000元,分两年兑现,第一年3000元、第二年3000元。", []),
    ("monthly steps", "补贴按月递减,第1个月800元、第2个月500元。", []),
    # [N3] a deduction a law sets
    ("a deduction a tax law sets", "稿酬所得,每次收入不超过四千元的,减除费用八百元。", []),
    ("a deduction said with its verb", "劳务报酬所得扣除费用为每次一千元。", []),
    ("taxes cut stay", "去年全省累计减征税款120亿元。", [1.2e10]),
    ("a running third year stays", "全市粮食产量连续第三年超过50万吨。", [5e5]),
    ("a year's total stays", "第三年全县完成投资12亿元。", [1.2e9]),
    # [N3] a rent, subsidy or payout per area
    ("rent per mu per year", "村里集中流转荒地1800亩,每亩每年流转金350元。", [1800]),
    ("subsidy per hectare", "种植大豆每公顷补贴2500元。", []),
    ("rent per mu", "每亩土地租金为600元,按年支付。", []),
    ("income per mu stays", "全县大豆种植面积达到12万亩。", [1.2e5]),
    ("land rented stays", "合作社流转土地3000亩。", [3000]),
    # [N3] a target set for each unit
    ("target per pilot city", "力争每个试点城市培育80家左右示范企业。", []),
    ("target per county", "争取每个县打造2个以上特色小镇。", []),
    ("target per city to build", "初步考虑力争每个试点城市建设培育60家左右骨干企业。", []),
    ("target per county to build", "争取每个县建设培育40家左右龙头企业。", []),
    ("what each city built stays", "全省已培育示范企业1200家。", [1200]),
    # [N3] a size class whose bound took its 以上: the count after it is the figure
    ("size class with 以上 inside", "承包大户中,百亩以上900户,5000亩以上12户。", [900, 12]),
    ("size classes in a row", "其中百亩以上870户,千亩以上31户,5000亩以上9户。", [870, 31, 9]),
    # [V3] the terms of a share said as 每N…就有M
    ("listed denominators", "全国每5台电视、每6台冰箱、每8台空调就有1台产自本省。", []),
    ("one in ten people", "本市每10个人中就有1人从事旅游相关行业。", []),
    ("a density stays", "全省平均每4.6个市场主体拥有一个有效商标。", [4.6]),
    ("a count of appliances stays", "全省去年生产冰箱320万台。", [3.2e6]),
    # [N4] a hypothetical whose verb opens the figure's span; [N2] what something can do
    ("per point of growth", "据测算,经济每增长1个百分点,可带动就业约200万人。", []),
    ("per point of rise", "收入每提高1个百分点,消费约增加0.5个百分点。", []),
    ("a shoe can cut", "这双跑鞋能减少5%左右的体能消耗。", []),
    ("a device can save", "新设备可以节约15%的电能。", []),
    # [N2] a vehicle's rating, a journey's time on a new line
    ("range of a bus", "这批氢能公交车续航里程可达450公里。", []),
    ("load of a truck", "新下线的重卡载重30吨。", []),
    ("speed of a line", "设计时速250公里的城际铁路建成通车。", []),
    ("journey time", "线路开通后,从市区到机场仅需40分钟。", []),
    ("journey time in hours", "建成通车后,从苏州到南通只需1个多小时。", []),
    ("a voyage's distance stays", "科考船历时90天,航程近2.8万千米。", [2.8e4]),
    ("freight carried stays", "全市公路货运量达到1.2亿吨。", [1.2e8]),
    ("growth reported stays", "全市地区生产总值增长6.5%。", [6.5]),
    ("a fall reported stays", "全省能耗强度下降4.2%。", [-4.2]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_rule_numbers(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
