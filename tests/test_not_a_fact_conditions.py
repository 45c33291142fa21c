"""Numbers that are no reported figure, sixth round (audit judged14, classes N1, N2, N3): the bound of a condition
(`高于16%的省份`), the old and new value of a rule changed (`标准由每千瓦2500元提高到5000元`), a count of ranks
(`8项指标位居第一`), one misuse case's sum (`套取、挪用…资金18万元`), a story recalled (`人们还记得`), an event's
make-up (`精选的150件作品`, `会同15个机关`, `搭载4台设备`) and one development story (`历经700多次试验`,
`170多个设备难题`). Each class in phrasings of our own, with neighbours in like wording that must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # [N3] the bound of a condition: a comparison word, the figure, 的 and the kind of thing it sorts
    ("a rate above which provinces", "养老保险单位缴费比例高于18%的地区已统一降到18%。", []),  # the second: `地区统一`, no fact
    ("an income above which firms", "年营业收入超过2亿元的企业达到46家。", [46]),
    ("an income below which households", "人均纯收入不足3500元的农户全部纳入帮扶范围。", []),
    ("a rate at least for projects", "资本金比例不低于25%的项目可申请贴息。", []),
    ("an export total over stays", "全市出口额超过1200亿元,增长9.6%。", [1.2e11, 9.6]),
    ("a benchmark after a rate stays", "全省规上工业企业利润增长12.5%,高于全国3.1%的平均增速。", [12.5]),
    # [N3] a rule's value changed from an old one
    ("an allowance raised", "本市将高龄津贴标准由每月200元提高到300元。", []),
    ("a threshold lowered", "起征点门槛从3万元降至1万元。", []),
    ("a rate's change stays", "全省城镇化率由58.2%提高到61.4%。", [58.2, 61.4]),
    ("an income's change stays", "居民人均可支配收入从2.1万元增加到2.4万元。", [2.1e4, 2.4e4]),
    # [N2] a count of ranks held
    ("indicators ranked first", "前三季度,本市共有6项主要指标增速位居全省第一。", []),
    ("indicators in the top three", "全市有5项指标排名全省前三,其中工业投资增长15.2%。", [15.2]),
    ("a count then its rank stays", "全市完成重点项目12项,位居全省第一。", [12]),
    # [N1] one misuse case's sum
    ("a sum embezzled", "合作社理事长贪污集体资金9万元。", []),
    ("a subsidy obtained by fraud", "村会计骗取危房改造补助资金6.8万元,已被移送司法机关。", []),
    ("a fund misused", "镇卫生院原院长挪用医保资金23万元。", []),
    ("a sum recovered stays", "全省追回被挪用资金3.2亿元。", [3.2e8]),
    # [N1] a story recalled
    ("an order recalled", "人们还记得,疫情防控期间,杭州一家企业接到来自武汉的500台呼吸机订单。", []),
    ("a factory's order recalled", "大家仍记得,前年夏天,这家工厂接下了3000套防护服的订单。", []),
    ("a year's jobs stay", "全市去年新增就业岗位5.6万个。", [5.6e4]),
    # [N1] an event's make-up: a selection shown, the bodies joined, a craft's payload
    ("exhibits selected", "展会精选的400件非遗展品集中亮相。", []),
    ("works picked for a show", "展厅陈列着从全国来稿中遴选出的96件摄影作品。", []),
    ("bronzes picked for a show", "馆方从馆藏中遴选出的120件青铜器首次展出。", []),
    ("proposals picked stay", "政协从上千件提案中遴选出38件重点督办提案。", [38]),
    ("agencies joined", "市生态环境局会同12个部门开展联合执法。", []),
    ("a probe's payload", "新型探测器搭载6台科学载荷。", []),
    ("a satellite's cameras", "这颗卫星搭载了3台遥感相机。", []),
    ("halls built stay", "全市已建成各类展馆120个。", [120]),
    ("officers sent out stay", "本次行动出动执法人员1200人次。", [1200]),
    ("passengers carried stay", "今年以来,全市机场运送旅客320万人次。", [3.2e6]),
    # [N1] one development story: its trials, the technical problems it solved
    ("trials and problems", "历经300多次试验,团队先后攻克了40多个工艺难题。", []),
    ("years and key problems", "研发团队历经5年攻关,攻克12项关键技术难关。", []),
    ("firms' problems solved stay", "全区帮助企业解决融资难题120个。", [120]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_condition_and_story_numbers(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
