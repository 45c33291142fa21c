"""Sentences that must yield no fact: names, ranks, codes, phone numbers, dates, words with numerals."""

import pytest
from factcase import facts_of

NEGATIVE = [
    "两国队员一起训练，我们一起走过了春秋。",  # `一起` (together) is no count of cases
    "全国商品市场保持平稳较快增长。",   # 持平 inside 保持平稳 is no flat change
    # thresholds (`及以上`, `及以下` before a noun) and what something can do are no reported figures
    "统计范围为年主营业务收入2000万元及以上的工业企业。",
    "购买3.5吨及以下货车的给予补贴。",
    "扶贫车间每月可带动贫困户增收1500元以上。",
    # a rule's share, not a reported one
    "试点企业可按投资额25%的比例抵免附加费。",
    "公益金分别按50%、40%和10%的比例分配。",
    # a person's story: an uncatalogued figure after 他/她/我 is a detail of it
    "他把幼崽低价卖给乡亲,带动9户脱了贫。",
    "“我在这里干活,一个月能挣五千多元。”",
    "她和丈夫每天从镇上挑8箱豆腐去卖。",
    "依据基本法23条立法,维护国家安全。",  # a law's article number
    # a ratio's count and a story's count after `是`/`为` are no parts of a reported total
    "国内每4台空调就有1台是本省制造。",
    "第1、2和3名选手分别获得奖牌。",  # ordinals listed before a count share no unit
    "派出所的民警中,除了6人是本地人外,其余都来自外省。",
    "柴伟一行深入东北袜业园“1688”服务站直播间调研。",
    "东北袜业园2009年启动了“5232”大学生创业计划。",
    "市民可拨打“12345”市民服务热线反映问题。",
    "我市构建“111”平安建设模式。",
    "加快推进新基建“761”工程。",
    "审查“十四五”规划纲要草案。",
    "地区生产总值增速居全国第20位。",
    "这是一次十分重要的会议。",
    "要把思想和行动统一到中央部署上来。",
    "进一步抓好党建云平台建设。",
    "一个马克思主义政党,要保持先进性和纯洁性。",
    "新闻热线:0437-3249118",
    "国内统一刊号:CN22-0010 E-mail:jl_lyrb@126.com",
    "辽源信息港 <http://www.0437.com>",
    "总第8401期 今日4版",
    "市委常委会召开2021年第二十一次会议。",
    "省委常委会第十二次扩大会议精神。",
    "2021年11月19日 星期五",
    "7月4日0—24时,通报如下。",
    "电话举报受理时间:8:00—18:00",
    "深刻领会“十个坚持”的历史经验。",
    "坚定“四个自信”,做到“两个维护”。",
    "市八届人大常委会举行第三十八次会议。",
    "庆祝中国共产党成立99周年。",
    "G1212沈吉高速辽源段K35+200处发生交通事故。",   # a road stake number is a place
    "去年同期增长3.1%。",                               # a rate of nothing named
    "同比增长5%。",
    "园区成立16年来,发展迅速。",
    "连续36年无重大森林火灾。",
    "仅用31天实现确诊病例治愈。",
    "要打好袜业、铝业两张牌。",
    "今年是新中国成立70周年。",
    "突出亿元以上大项目,建立领导包保机制。",
    "规模以上工业企业要加快转型。",
    "九台区探索形成了八字工作法。",
    "我市在全国的信用综合排名上升67位。",
    "其中，甲市综合保税区进出口值位居5个综保区之首。",
    "该县茶叶产量连续三年居全市9个县区之冠。",
    "请发送邮件至feedback@example.com提出意见。",
    "对照中央确定的8个方面专项整治任务抓好落实。",
    "距首届“辽源城市节”还有 7 天",
    "北京天安门地区举行庆祝活动第二次演练。",
    "78岁的王大爷每天步行5公里。",
    "我市前5个月经济运行稳中有进。",
    "玉米收购价格为2600元/吨,大豆5元每斤。",
    "编号999999999999999999亿元的记录无效。",
    "企业开办时间压缩至3个工作日。",
    "今天最高气温-5℃,最低气温-18℃,西北风3到4级。",
    "中国队以3:1战胜对手,股票代码600000。",
    "身份证号220102198001011234,邮编134000。",
    "2019年第4期《求是》杂志刊发文章。",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:14] for t in NEGATIVE])
def test_no_facts(text):
    assert facts_of(text) == []


NOT_TARGETS = [
    "制定岗位目标管理责任制,听取基层党员群众意见建议11条。",
    "园区启动了大学生创业计划,已吸引3000余名大学生创业就业。",
    "聚焦阶段性目标,在11个重点行业领域开展专项行动。",
    "“个转企”完成年度目标的161.5%。",
]


@pytest.mark.parametrize("text", NOT_TARGETS, ids=[t[:14] for t in NOT_TARGETS])
def test_not_a_target(text):
    """目标/计划 as a noun (目标管理, 创业计划, 完成年度目标) does not make a reported figure a target."""
    facts = facts_of(text)
    assert facts and all(f["status"] == "actual" for f in facts)


NOT_THESE_FAMILIES = [
    ("东北亚地区人口占全球人口23%的说法由来已久,本周12345热线也有人问起。", "hotline"),
    ("就业人数达10万余人,自主品牌达到636个。", "sock_industry"),
    ("抽调78名经过培训的预防接种人员,设置了14个接种点。", "covid"),
    ("南部新城开工建设中心医院等11个项目。", "investment"),
    ("袜业园自主品牌达到636个,比去年同期的300个翻了一番还多。", "growth_rate"),
    ("自主品牌达到636个,而去年同期只有300个,一年时间翻了一番还多。", "growth_rate"),
]


@pytest.mark.parametrize("text,family", NOT_THESE_FAMILIES, ids=[t[0][:14] for t in NOT_THESE_FAMILIES])
def test_not_this_family(text, family):
    """Words of a family without its context (no 袜, no 热线 share, staff not vaccinations) stay out of it."""
    assert [f for f in facts_of(text) if f["family"] == family] == []
