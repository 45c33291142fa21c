"""Scopes of round 65: a school year and a season across two years as periods, a count of products whose output moved
heading the list after `其中`, the year a section heading sets for `过去的一年`, an official's run of posts naming no
topic, and words left over around a removed time or before the verb.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

SCHOOL_YEARS = [
    ("a school year's opening: its first month",
     "2021~2022学年初惠州市教育统计情况\n时间:2022-04-22 16:18:54 来源:本网\n\n一、学校情况\n\n全市共有各级各类学校1650所,比去年增加38所。\n",
     [{"value": 1650, "region": "惠州市", "period_start": "2021-09-01", "period_end": "2021-09-30"},
      {"value": 38, "region": "惠州市", "period_start": "2021-09-01", "period_end": "2021-09-30"}]),
    ("a school year: September to August",
     "2022-2023学年,全市普通高中在校生11.2万人。\n",
     [{"value": 112000, "period_start": "2022-09-01", "period_end": "2023-08-31"}]),
    ("a season across two years: its months by the trade's usage",
     "2017—2018冰雪季,我国冰雪旅游人数达到1.97亿人次。\n",
     [{"value": 197_000_000, "region": "全国", "period_start": "2017-11-01", "period_end": "2018-03-31"}]),
    # negative: a sports season's months vary: no period of its own
    ("a sports season", "2018—2019赛季,联赛观众达到120万人次。\n", [{"value": 1_200_000, "period_start": None}]),
]

COUNTED_GOODS = [
    ("a count of products whose output grew heads the items after 其中",
     "1-11月份,全市十种主要工业产品产量实现增长,其中:水泥同比增长13.3%,钢材同比增长8.5%。\n",
     [{"value": 13.3, "subject": "水泥产量"}, {"value": 8.5, "subject": "钢材产量"}]),
    ("products whose output fell",
     "1-11月份,全市八种主要工业产品产量增速下降,其中:中成药同比下降50.1%,焦炭同比下降1.1%。\n",
     [{"value": -50.1, "subject": "中成药产量"}, {"value": -1.1, "subject": "焦炭产量"}]),
    # negative: a count with a figure of its own is a measure, its later items name theirs
    ("a count told with its figure", "1-11月份,全市十种主要工业产品产量增长5.2%,用电量增长3.1%。\n",
     [{"value": 5.2}, {"value": 3.1, "subject": "用电量"}]),
]

Y2019 = {"period_start": "2019-01-01", "period_end": "2019-12-31"}

PAST_YEAR = [
    ("a section heading's year is the year `过去的一年` reviews, in a report delivered in May",
     "政府工作报告\n\n一、2019年工作回顾\n\n过去的一年,全市生产总值完成2911.2亿元,增长7.4%。\n",
     [{"value": 291_120_000_000, **Y2019}, {"value": 7.4, **Y2019}]),
    # negative: more than a year is up to the report
    ("more than a year", "政府工作报告\n\n一、2019年工作回顾\n\n过去一年多,全县示范推广面积超过300万亩。\n",
     [{"value": 3_000_000, "period_start": "2019-05-21", "period_end": "2020-05-20"}]),
]

Y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}

OFFICIAL_POSTS = [
    ("a prefecture's official in a run of posts opens no topic: 全市 is the county-level city's",
     "1月18日,高州市第十七届人民代表大会第二次会议召开。茂名市委常委、高州市委书记、大会执行主席王某主持开幕式。"
     "2021年,全市实现地区生产总值672.86亿元,增长6.2%。\n",
     [{"value": 67_286_000_000, "region": "高州市", **Y2021}, {"value": 6.2, "region": "高州市", **Y2021}]),
    # negative: one post before the official telling of the place: the place's
    ("a mayor telling of the city", "茂名市市长李某介绍,2021年全市地区生产总值增长6.1%。\n",
     [{"value": 6.1, "region": "茂名市", **Y2021}]),
]

WORDS_LEFT = [
    ("the adverbs around a removed time", "外交部热线全天运转,仅3至4月就接听电话20多万通。\n",
     [{"value": 200_000, "subject": "接听电话"}]),
    ("an adverb before the verb", "今年一季度,钢铁行业受到冲击,太钢出口却同比增长70%。\n",
     [{"value": 70, "subject": "太钢出口"}]),
    ("a word made with 在 stays", "目前,南通拥有在谈重大项目超过150个。\n",
     [{"value": 150, "subject": "在谈重大项目", "region": "南通市"}]),
    ("a rule's floor is a norm", "社区党群服务中心面积,文件规定每百户居民不低于30平方米。\n",
     [{"value": 30, "status": "target"}]),
    ("a run's bound is no figure", "全市PM2.5浓度已连续多天低于35微克/立方米。\n", []),
    # negative: a floor told as a fact keeps its status
    ("a floor told as a fact", "全市社区服务中心面积均不低于300平方米。\n",
     [{"value": 300, "status": "actual"}]),
]

SERVICE_LINE_PLACES = [
    ("a page naming its city only before its service line's number is that city's",
     "2019年度12345政务服务热线工作情况发布\n近日,市政务服务热线办公室通报了全年情况。2019年热线共受理市民反映问题522623件。"
     "此外,人民网地方领导留言板(市长板块)受理133件,东营12345微信互动平台受理642件。\n",
     [{"value": 522623, "region": "东营市", **Y2019}, {"value": 133, "region": "东营市", **Y2019},
      {"value": 642, "region": "东营市", **Y2019}]),
    # negative: another place named elsewhere names none
    ("another city named too",
     "2019年度12345政务服务热线工作情况发布\n近日,市政务服务热线办公室通报了全年情况,并学习借鉴了青岛市的经验。"
     "2019年热线共受理市民反映问题522623件,东营12345微信互动平台受理642件。\n",
     [{"value": 522623, "region": None, **Y2019}, {"value": 642, "region": "东营市", **Y2019}]),
]

D0327 = {"period_start": "2022-03-27", "period_end": "2022-03-27"}

UNDATED_BULLETINS = [
    ("an undated page's bulletin day dates the counts after it, in the year its file name gives",
     "3月28日,营口市召开疫情防控新闻发布会。市卫健委副主任李某发布最新消息:3月27日0—24时,营口市新增1例本土确诊病例。"
     "新增病例中集中隔离场所35例。本轮疫情累计报告本土确诊病例191例。\n",
     [{"value": 1, "region": "营口市", **D0327}, {"value": 35, "region": "营口市", **D0327},
      {"value": 191, "region": "营口市", "period_start": None, "period_end": "2022-03-27"}]),
]

HOLIDAYS_UNTIL = [
    ("a day told with 截至, then a place and a holiday: the holiday dates the paragraph",
     "截至10月7日,我市国庆黄金周共接待游客32.86万人次。纳林湖景区接待游客1.45万人次。\n",
     [{"value": 328600, "period_start": "2018-10-01", "period_end": "2018-10-07"},
      {"value": 14500, "period_start": "2018-10-01", "period_end": "2018-10-07"}]),
    # negative: a day told with 截至 and no span after the place stays as of that day
    ("a day told with 截至 alone", "截至10月7日,我市累计接待游客32.86万人次。纳林湖景区接待游客1.45万人次。\n",
     [{"value": 328600, "period_start": None, "period_end": "2018-10-07"},
      {"value": 14500, "period_start": None, "period_end": "2018-10-07"}]),
]

MASSES_SHORT = [
    ("a concentration's change written short keeps the mass the text wrote",
     "1—5月,全市PM2.5浓度为33微克/立方米,同比下降26微克、降幅44%。\n",
     [{"value": 33, "unit": "微克/立方米", "subject": "PM2.5浓度"},
      {"value": -26, "unit": "微克", "subject": "PM2.5浓度变化"},
      {"value": -44, "unit": "%", "subject": "PM2.5浓度"}]),
    # negative: a rate of change alone names nothing
    ("a yearly rise alone", "全球臭氧背景值不断提升,平均每年上升1微克。\n", []),
]

COUNTED_CHAINS = [
    ("the amounts after a count of projects are the set's, one after another",
     "1-6月,新签项目中市外项目10个,协议资金21亿元,到位资金2.5亿元,占比27.1%。\n",
     [{"value": 10, "subject": "新签项目中市外项目"},
      {"value": 2_100_000_000, "subject": "新签项目中市外项目协议资金", "indicator": "investment.contracted"},
      {"value": 250_000_000, "subject": "新签项目中市外项目到位资金", "indicator": "investment.attracted"},
      {"value": 27.1, "subject": "新签项目中市外项目到位资金占比"}]),
]

TRADE_LISTS = [
    ("partners listed as a set of markets before a `分别` clause of one trade measure",
     "1-4月,全市对香港、美国和欧盟等传统出口市场也保持两位数增长,出口规模分别达2.2亿美元、2.1亿美元和1.9亿美元。\n",
     [{"value": 220_000_000, "subject": "对香港出口规模"}, {"value": 210_000_000, "subject": "对美国出口规模"},
      {"value": 190_000_000, "subject": "对欧盟出口规模"}]),
    ("goods sharing a trade flow's size", "同期,机电产品、服装和玩具出口规模分别达3.7亿美元、3亿美元和1.7亿美元。\n",
     [{"value": 370_000_000, "subject": "机电产品出口规模"}, {"value": 300_000_000, "subject": "服装出口规模"},
      {"value": 170_000_000, "subject": "玩具出口规模"}]),
    ("changes over two bases are one measure's", "其中:出口3.7亿美元,同比增长19.8%,环比增长21.8%;"
     "进口2.3亿美元,同比增长23.6%,环比增长9.3%。\n",
     [{"value": 370_000_000, "subject": "出口"}, {"value": 19.8, "subject": "出口"},
      {"value": 21.8, "subject": "出口(环比)"}, {"value": 230_000_000, "subject": "进口"},
      {"value": 23.6, "subject": "进口"}, {"value": 9.3, "subject": "进口(环比)"}]),
    ("a list's later items in their first item's set",
     "1-6月,新签项目中市内项目60个,协议资金43.1亿元;市外项目10个,协议资金21亿元;境外项目1个,协议资金7.5亿元。\n",
     [{"value": 60, "subject": "新签项目中市内项目"}, {"value": 4_310_000_000, "subject": "新签项目中市内项目协议资金"},
      {"value": 10, "subject": "新签项目中市外项目"}, {"value": 2_100_000_000, "subject": "新签项目中市外项目协议资金"},
      {"value": 1, "subject": "新签项目中境外项目"}, {"value": 750_000_000, "subject": "新签项目中境外项目协议资金"}]),
    ("a later item of another kind stays out of the set",
     "1-6月,新签项目中市内项目60个;签约企业12家。\n",
     [{"value": 60, "subject": "新签项目中市内项目"}, {"value": 12, "subject": "签约企业"}]),
    # negative: partners as many as the figures, or the measure no trade measure, name none
    ("fewer partners than figures", "全市对香港、美国等传统出口市场保持增长,出口规模分别达2.2亿美元、2.1亿美元和1.9亿美元。\n",
     [{"value": 220_000_000, "subject": "出口规模"}, {"value": 210_000_000, "subject": "出口规模"},
      {"value": 190_000_000, "subject": "出口规模"}]),
]

INDUSTRIES_BEFORE = [
    ("a `分别` sentence of the industries' measure after the sentence that told them in order",
     "全年地区生产总值2003.4亿元。其中,第一产业增加值290.3亿元;第二产业增加值823.1亿元;第三产业增加值890亿元。"
     "对经济增长的贡献率分别为15.7%、50.7%和33.6%。\n",
     [{"value": 200_340_000_000}, {"value": 29_030_000_000}, {"value": 82_310_000_000}, {"value": 89_000_000_000},
      {"value": 15.7, "subject": "第一产业对经济增长的贡献率"}, {"value": 50.7, "subject": "第二产业对经济增长的贡献率"},
      {"value": 33.6, "subject": "第三产业对经济增长的贡献率"}]),
    # negative: a paragraph's first sentence has no sentence before it
    ("no sentence before", "对经济增长的贡献率分别为15.7%、50.7%和33.6%。\n",
     [{"value": 15.7, "subject": "对经济增长的贡献率"}, {"value": 50.7, "subject": "对经济增长的贡献率"},
      {"value": 33.6, "subject": "对经济增长的贡献率"}]),
]

ACCOUNTS_AND_WORDS = [
    ("a school level's account named alone after another of the same level",
     "2、小学招生人数105655人,比去年增加3324人;在校生人数633683人,比上年增加11892人。\n",
     [{"value": 105655, "subject": "小学招生人数"}, {"value": 3324, "subject": "小学招生人数增加"},
      {"value": 633683, "subject": "小学在校生人数"}, {"value": 11892, "subject": "小学在校生人数增加"}]),
    ("a part opening with the words its whole ends with takes them once",
     "年末辖区户籍人口666559人,其中,城镇人口240764人;男性人口347315人,女性人口319244人。\n",
     [{"value": 666559, "subject": "辖区户籍人口"}, {"value": 240764, "subject": "辖区户籍城镇人口"},
      {"value": 347315, "subject": "辖区户籍男性人口"}, {"value": 319244, "subject": "辖区户籍女性人口"}]),
    ("the 与 of a word is no comparison", "全年网格员参与度上升313.46%。\n",
     [{"value": 313.46, "subject": "网格员参与度"}]),
    ("a per-period average after a rate is the average of the level before the rate",
     "2020年平台受理办件302万件,接通率61.90%;日均8254件。\n",
     [{"value": 3_020_000, "subject": "平台受理办件"}, {"value": 61.9, "subject": "接通率"},
      {"value": 8254, "subject": "平台受理办件(日均)"}]),
    ("a class of a measure's set named with the measure is its own",
     "在粮食种植面积中,玉米种植面积24590公顷,增长3.7%。\n",
     [{"value": 24590, "subject": "玉米种植面积"}, {"value": 3.7, "subject": "玉米种植面积"}]),
    ("a part of a set of funds", "在一般性转移支付中,均衡性转移支付安排17192亿元。\n",
     [{"value": 1_719_200_000_000, "subject": "均衡性转移支付"}]),
    # negative: a set's owner before its part's own measure stays
    ("an owner's set", "住户贷款中,短期贷款增加2.1万亿元。\n", [{"value": 2_100_000_000_000, "subject": "住户短期贷款增加"}]),
    ("more than a share of ten", "2019年全市热线受理量52万余件,同比增长四成多。\n",
     [{"value": 520_000, "qualifier": "more_than"}, {"value": 40, "qualifier": "more_than"}]),
    ("a hotline's daily calls in", "2019年,市12345热线工作日期间日均呼入量2400余件。\n",
     [{"value": 2400, "indicator": "hotline.daily_average"}]),
    # negative: a share of ten with nothing after it is that share
    ("a share of ten", "2019年全市热线受理量同比增长四成。\n", [{"value": 40, "qualifier": "exact"}]),
    # negative: a partner after 与 is still a partner, a base after 与 still a base
    ("a base after 与", "全市进出口总额与上年相比增长5.2%。\n", [{"value": 5.2, "subject": "进出口总额"}]),
]

PULLS = [
    ("a pull of a city's industry growth: its thing before it",
     "1-11月份,工业战略性新兴产业同比增长40.3%,上拉全市工业增速5.1个百分点。\n",
     [{"value": 40.3, "subject": "工业战略性新兴产业"}, {"value": 5.1, "subject": "工业战略性新兴产业上拉全市工业"}]),
    ("a contribution named alone after a pull is the puller's",
     "全年民营经济增加值1121.8亿元,民营经济拉动GDP增长1.9个百分点,对GDP增长的贡献率为47%。\n",
     [{"value": 112_180_000_000}, {"value": 1.9, "subject": "民营经济拉动GDP"},
      {"value": 47, "subject": "民营经济对GDP增长的贡献率"}]),
    ("a port before its year keeps its name", "九江港2023年累计完成货物吞吐量2.01亿吨。\n",
     [{"value": 201_000_000, "subject": "九江港累计完成货物吞吐量"}]),
    # negative: a contribution with its own owner keeps it
    ("a contribution with its owner", "民营经济拉动GDP增长1.9个百分点,第三产业对经济增长的贡献率为52%。\n",
     [{"value": 1.9, "subject": "民营经济拉动GDP"}, {"value": 52, "subject": "第三产业对经济增长的贡献率"}]),
]

OWN_BODIES = [
    ("a national library's figure is its own, in a national paper", "据统计,除夕到初六,国家图书馆到馆总人次超过12万,同比增长140%。\n",
     [{"value": 140, "subject": "国家图书馆到馆总人次", "region": None}]),
    ("a borrower's new credit after its balance and the balance's growth",
     "上半年制造业贷款余额720.94亿元,同比增长8.51%,增速同比提高10.45个百分点,上半年新增信贷投入58.54亿元。\n",
     [{"value": 72_094_000_000, "subject": "制造业贷款余额"}, {"value": 8.51}, {"value": 10.45},
      {"value": 5_854_000_000, "subject": "制造业新增信贷投入"}]),
    ("an estimate's cue inside the measure's name is no part of it for the catalog",
     "1-10月,锦屏县规模工业预计完成总产值13.29亿元,同比增长179.9%;实现增加值4.29亿元,同比增长184.4%。\n",
     [{"value": 1_329_000_000, "status": "estimate"}, {"value": 179.9, "indicator": "growth.industrial_output"},
      {"value": 429_000_000, "subject": "规模工业增加值"},
      {"value": 184.4, "subject": "规模工业增加值", "indicator": "growth.industrial_value_added", "status": "estimate"}]),
    # negative: a national figure of the country stays the country's
    ("the country's own figure", "据统计,除夕到初六,全国公共图书馆到馆总人次超过1200万人次。\n",
     [{"value": 12_000_000, "region": "全国"}]),
]

TABLES = [
    (SCHOOL_YEARS, date(2022, 4, 22), "release.txt"),
    (COUNTED_GOODS, date(2023, 12, 20), "release.txt"),
    (PAST_YEAR, date(2020, 5, 20), "report.txt"),
    (OFFICIAL_POSTS, date(2022, 1, 20), "news.txt"),
    (WORDS_LEFT, date(2020, 5, 25), "news.txt"),
    (SERVICE_LINE_PLACES, date(2020, 1, 10), "hotline.txt"),
    (UNDATED_BULLETINS, None, "yingkou-2022.txt"),
    (HOLIDAYS_UNTIL, date(2018, 10, 8), "news.txt"),
    (MASSES_SHORT, date(2021, 6, 21), "news.txt"),
    (COUNTED_CHAINS, date(2015, 7, 21), "news.txt"),
    (TRADE_LISTS, date(2010, 5, 11), "news.txt"),
    (INDUSTRIES_BEFORE, date(2021, 4, 20), "communique.txt"),
    (ACCOUNTS_AND_WORDS, date(2021, 4, 7), "release.txt"),
    (PULLS, date(2024, 1, 9), "news.txt"),
    (OWN_BODIES, date(2019, 2, 12), "rmrb-2019-02-12-01-04.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round65_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
