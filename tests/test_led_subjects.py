"""Verb-led and head-less subjects (audit class S1) named by what they count: a clause of what a counted set brought
about takes the set (`审结…案件…件，涉及债权…` → …案件涉及债权), a `其中` part told only by a threshold takes the whole's
things (`…超亿元的工业企业…户，其中超10亿元的…户`), a figure in a manner phrase takes the rate named after it
(`以每年…%的…速率`), and an act whose things are counted goes after them (`选派法官` → 法官选派)."""

import pytest
from factcase import assert_exactly

CASES = [
    # what a counted set brought about: the set's, never a bare verb and its object
    ("workshops employ", "遵义市建设就业帮扶车间315个，吸纳3120名脱贫劳动力就业。",
     [{"subject": "建设就业帮扶车间", "value": 315}, {"subject": "就业帮扶车间吸纳脱贫劳动力就业", "value": 3120}]),
    ("cases involve", "去年，贵州省法院审结破产清算案件812件，涉及债权960亿元。",
     [{"subject": "法院破产清算案件审结", "value": 812},
      {"subject": "破产清算案件涉及债权", "value": 96_000_000_000}]),
    ("cases involve, adverb", "全年妥善审结金融借款案件2300件，涉及金额150亿元。",
     [{"subject": "妥善审结金融借款案件", "value": 2300}, {"subject": "金融借款案件涉及金额", "value": 15_000_000_000}]),
    ("firms drive jobs", "全县培育农业龙头企业42家，带动就业1.6万人。",
     [{"subject": "培育农业龙头企业", "value": 42}, {"subject": "农业龙头企业带动就业", "value": 16000}]),
    # a part after 其中 told only by its threshold: the whole's things above it
    ("threshold parts", "全年营业收入超亿元的规上企业达73户，其中超10亿元的9户，超50亿元的2户。",
     [{"subject": "营业收入超亿元的规上企业", "value": 73}, {"subject": "营业收入超10亿元的规上企业", "value": 9},
      {"subject": "营业收入超50亿元的规上企业", "value": 2}]),
    ("threshold parts, 以上", "年产值5000万元以上的企业有40家，其中1亿元以上的15家。",
     [{"subject": "年产值5000万元以上的企业", "value": 40}, {"subject": "年产值1亿元以上的企业", "value": 15}]),
    # a verb of making others act goes; an actor before it goes after the counted, in brackets
    ("urged", "据介绍，余杭区纪委督促各单位新建修订制度95项。",
     [{"subject": "各单位新建修订制度(纪委督促)", "value": 95}]),
    ("helped", "去年，湖南省帮助6.2万名员工保住就业岗位。", [{"subject": "员工保住就业岗位", "value": 62000}]),
    ("attracted", "各大直播平台吸引超8万家外贸企业入场。", [{"subject": "外贸企业入场(各大直播平台吸引)", "value": 80000}]),
    ("attracted, already", "目前石门村已吸引创客120多名。", [{"subject": "创客(石门村吸引)", "value": 120}]),
    # a threshold before the things it bounds and their count: the count of those things, the amount no fact
    ("threshold before things", "2022年，安化县营业收入超10亿元的工业企业7户。",
     [{"subject": "营业收入超10亿元的工业企业", "value": 7}]),
    ("threshold before things, 达到", "全年主营业务收入超过5亿元的工业企业达到14家。",
     [{"subject": "主营业务收入超过5亿元的工业企业", "value": 14}]),
    ("threshold before things, 以上", "全县年产值5000万元以上的企业有36家。",
     [{"subject": "年产值5000万元以上的企业", "value": 36}]),
    # a manner phrase's figure: the rate named after it
    ("manner rate", "四十年来，定边县以每年2.3%的沙化土地治理速率推进防沙。",
     [{"subject": "每年沙化土地治理速率", "value": 2.3}]),
    ("manner rate, per month", "今年以来，该市以每月0.6%的湿地恢复速率修复生态。",
     [{"subject": "每月湿地恢复速率", "value": 0.6}]),
    # an act whose things are counted goes after them
    ("sent", "去年，四川省选派620名驻村干部。", [{"subject": "驻村干部选派", "value": 620}]),
    ("sent to take part", "去年，湖南省选派430名法官参加涉外培训交流。",
     [{"subject": "法官选派(参加涉外培训交流)", "value": 430}]),
    ("villages taking part", "目前，全省已有9210个村参与农村集体产权制度改革。",
     [{"subject": "村(参与农村集体产权制度改革)", "value": 9210}]),
    ("rebuilt", "去年，河南省改造老旧小区1.2万个。", [{"subject": "老旧小区改造", "value": 12000}]),
    ("granted", "全年发放创业担保贷款38亿元。", [{"subject": "创业担保贷款发放", "value": 3_800_000_000}]),
]
NEGATIVES = [
    # people trained bring about nothing as a set; an amount lends no things; a rate keeps its own name
    ("people, no set", "全年培训农民工9.1万人，带动和惠及贫困人口120万人。",
     [{"subject": "农民工培训", "value": 91000}, {"subject": "带动和惠及贫困人口", "value": 1_200_000}]),
    ("amount, no set", "全年发放稳岗补贴12亿元，惠及职工85万人。",
     [{"subject": "稳岗补贴发放", "value": 1_200_000_000}, {"subject": "惠及职工", "value": 850_000}]),
    ("places covered are no owner", "基金已投项目涉及全国22个省区市，覆盖11个特困片区。",
     [{"subject": "覆盖特困片区", "value": 11}]),  # `省区市` without the projects that reach them: dropped (bare_names.py)
    ("own actor keeps it", "全县建设扶贫车间120个，园区企业吸纳就业2600人。",
     [{"subject": "建设扶贫车间", "value": 120}, {"subject": "园区企业吸纳就业", "value": 2600}]),
    ("a sum is no thing", "近年来救助困难群众3万人次，救助总金额达5200万元。",
     [{"subject": "困难群众救助", "value": 30000}, {"subject": "救助总金额", "value": 52_000_000}]),
    ("a part after a comma describes the whole", "去年，湖南省选派430名法官，参加涉外培训交流。",
     [{"subject": "法官选派", "value": 430}]),
    ("an amount at the same time is a fact", "全年完成投资120亿元的同时，新开工项目45个。",
     [{"subject": "完成投资", "value": 12_000_000_000}, {"subject": "新开工项目", "value": 45}]),
    ("a bare speed names nothing", "某市经济以年均8%的速度增长。", []),
]

GAPS = [
    # `年均` before a manner phrase's figure is read as a yearly average and cut before the rate is named
    ("manner rate, yearly average", "近十年，该市以年均1.8%的湿地恢复速率修复生态。",
     [{"subject": "年均湿地恢复速率", "value": 1.8}]),
]


@pytest.mark.parametrize("name,text,expected", CASES + NEGATIVES, ids=[c[0] for c in CASES + NEGATIVES])
def test_led_and_headless_subjects(name, text, expected):
    assert_exactly(text, expected)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("name,text,expected", GAPS, ids=[c[0] for c in GAPS])
def test_known_gaps(name, text, expected):
    assert_exactly(text, expected)
