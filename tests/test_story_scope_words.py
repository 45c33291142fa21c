"""Where a national paper's figure is when its own clause names no place (regions15): a scope word after the place its
own sentence opened with (`石城县…,全县…`), a place opening what someone says (`“绍兴是纺织大县,…`) or a bulleted
item (`◆杭州市…`), a place that has the things its sentence counts (`绵阳有80多万名…`), a local story that names its
place far more than the few visitors and buyers it mentions, and a figure callout's caption (`98.2%` over
`湖北省…98.2%`), whose place is not the story's. Precision first: a figure of none of these stays empty."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-07-01.txt"  # a national paper: its scope is 全国

SCOPE_WORD_AFTER_ITS_PLACE = [
    ("county, then 全县",
     "人才振兴见成效\n\n　　湖南平江县也有类似做法。\n　　修水县大力推行“百人带头计划”,全县已培育返乡创业带头人860余名。\n",
     [{"value": 860, "region": "修水县"}]),
    ("city, then 全市",
     "电网助企复产\n\n　　浙江嘉兴也有类似做法。\n　　此外,佛山供电局积极助力企业复产,今年以来全市新装接电用户15321户。\n",
     [{"value": 15321, "region": "佛山市"}]),
    ("province after 在, then 全省",
     "便民服务再提速\n\n　　福建泉州也有类似做法。\n　　在贵州,全省建成政务自助服务站的县城达88个。\n",
     [{"value": 88, "region": "贵州省"}]),
    ("autonomous region, then 全区",
     "营商环境持续优化\n\n　　湖北襄阳也有类似做法。\n　　广西深化审批改革,全区市场主体总量较改革前增长62%。\n",
     [{"value": 62, "region": "广西壮族自治区"}]),
    # no place opens the sentence: the scope word names none (a national paper's 全县 is no county)
    ("scope word alone",
     "人才振兴见成效\n\n　　各地大力推行“百人带头计划”,全县已培育返乡创业带头人860余名。\n",
     [{"value": 860, "region": None}]),
]

QUOTED_OR_BULLETED_PLACE = [
    ("a speech opens with its place",
     "纺织产业加快升级\n\n　　山东潍坊也有类似做法。\n　　“绍兴是纺织大县,今年规上纺织企业达到1260家。”\n",
     [{"value": 1260, "region": "绍兴市"}]),
    ("a speech's place, then 全市 in the next sentence",
     "盛会留下的变化\n\n　　四川绵阳也有类似做法。\n　　“宁波比以前更美了。”博览会筹办期间,全市改造提升街道超过600公里。\n",
     [{"value": 600, "region": "宁波市"}]),
    ("a bulleted item opens with its place",
     "抗疫一线的力量\n\n　　◆江苏南通也有类似做法。\n　　◆杭州市累计3.2万多名机关干部下沉到社区一线。\n",
     [{"value": 32000, "region": "杭州市"}]),
]

PLACE_THAT_HAS_THEM = [
    ("a place has the workers, then 全市",
     "就业帮扶暖人心\n\n　　督查组来到绵阳人社局。绵阳共有80多万名外出务工人员。工作人员介绍,当地建起劳务基地;同时,"
     "全市征集返乡创业项目312个。\n",
     [{"value": 800000, "region": "绵阳市"}, {"value": 312, "region": "绵阳市"}]),
]

LOCAL_STORY = (
    "小茶叶做成大产业\n\n　　“进了这道门,就是咱英山了!”英山茶园连绵起伏。\n"
    "　　英山茶叶种植面积达30万亩,年产干茶1.2万吨。英山的茶企越来越多。\n"
    "　　去年,河南客商来考察。如今,苏州市民也爱喝英山茶。\n"
    "　　如今,全县茶园机械化采摘率达到65%。\n"
    "　　英山县今年还将新建标准茶园2万亩。\n"
)
UNRELATED_PLACES_STORY = (
    "小茶叶做成大产业\n\n　　“进了这道门,就是咱英山了!”英山茶园连绵起伏。\n"
    "　　英山县茶叶种植面积达30万亩。河南信阳的茶园面积也在扩大,信阳今年新开茶园5万亩。\n"
    "　　信阳市的茶企越来越多。\n　　如今,全县茶园机械化采摘率达到65%。\n"
)

STORY_PLACE = [
    # named far more often than a buyer's province and a fair's city: the county's story
    ("a county story with a visitor and a buyer", LOCAL_STORY,
     [{"value": 300000, "region": "英山县"}, {"value": 12000, "region": "英山县"},
      {"value": 65, "region": "英山县"}, {"value": 20000, "region": "英山县"}]),
    # another county named as often as a story's subject: no single place
    ("two counties' story", UNRELATED_PLACES_STORY,
     [{"value": 300000, "region": "英山县"}, {"value": 50000, "region": "信阳市"}, {"value": 65, "region": None}]),
]

CALLOUT = (
    "企业整体配套协同复工\n产业链协同复工提速(推动复工复产)\n\n　　97.3%\n　　截至4月20日,全国规模以上工业企业复工率达97.3%\n"
    "　　96.5%\n　　截至4月20日,湖南省规模以上工业企业复工率达96.5%\n　　　\n"
    "　　“口罩产能提起来了!”上下游加速联动,全国口罩日产量一个月里增长了9倍。\n"
    "　　“资金要精准滴灌到产业链上。”据银行业协会统计,银行机构为复工提供信贷支持已超过1.8万亿元。\n"
)

CAPTION = [
    ("a callout's caption is not the story's lead", CALLOUT,
     [{"value": 97.3, "region": "全国"}, {"value": 96.5, "region": "湖南省"}, {"value": 9, "region": "全国"},
      {"value": 1.8e12, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected",
                         SCOPE_WORD_AFTER_ITS_PLACE + QUOTED_OR_BULLETED_PLACE + PLACE_THAT_HAS_THEM + STORY_PLACE
                         + CAPTION, ids=lambda c: c if isinstance(c, str) and len(c) < 60 else "")
def test_story_scope_words(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
