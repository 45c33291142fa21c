"""What is a figure of the region, a target or no fact at all: classes met on real reports, each as a small
document in our own words with every fact it must give (an extra or a missing fact fails)."""

from datetime import date

import pytest
from factcase import assert_exactly, facts_of

MAY = date(2020, 5, 10)

CASES = [
    # a forecast (`有关部门预测…将达到`) is an estimate
    ("forecast", "有关部门预测,今年全省旅客发送量将达到3亿人次。", MAY, [{"value": 3e8, "status": "estimate"}]),
    # a figure told of an era some decades before (`十几年前`, `几十年前`) is history, not reported
    ("some decades ago", "十几年前她刚到村里时,村集体还负债60多万元。", MAY, []),
    ("decades ago", "几十年前,这里的农户人均年收入不足百元,只有80多元。", MAY, []),
    # an equivalence restates another figure; a ratio after 相当于 is the communiqués' wording of a share
    ("equivalence", "新建隔离病房4200张,相当于新增30多家县级医院的床位。", MAY, [{"value": 4200}]),
    ("equivalence kept for a ratio", "全年科研经费支出12亿元,相当于地区生产总值的1.6%。", MAY,
     [{"value": 1.2e9, "status": "actual"}, {"value": 1.6, "unit": "%", "status": "actual"}]),
    ("conversion outside brackets", "实际到位外资3亿美元,折合人民币21亿元。", MAY, [{"value": 3e8, "unit": "USD"}]),
    # a policy's rate per head, per mu or per household is a standard, not an amount reported
    ("policy rate per mu", "对种粮大户每亩补助150元,资金年底前拨付。", MAY, []),
    ("policy rate per head", "引进的博士每人奖励20万元。", MAY, []),
    ("policy rate with standard", "困难家庭每户补贴标准为800元。", MAY, []),
    ("amount paid is a fact", "全年发放种粮补贴2.3亿元。", MAY, [{"value": 2.3e8, "status": "actual"}]),
    # pledges, what will still be done, and the capacity of a plant not yet built are targets
    ("will still", "全区下半年还将新建5所幼儿园。", MAY, [{"value": 5, "status": "target"}]),
    # what a measure or a firm will do (`将降为`, `将生产`, `将带动`) is a plan, not what is
    # (the first item's subject keeps the verb, `通关时间将降`, and is dropped as debris: precision first)
    ("will fall to", "按新办法,通关时间将降为5小时,报关费用降为120美元。", MAY, [{"value": 120, "status": "target"}]),
    ("will produce", "两家厂商今后三个月将生产口罩500万只。", MAY, [{"value": 5e6, "status": "target"}]),
    ("will lead", "这批合作社将带动4000名农民增收。", MAY, [{"value": 4000, "status": "target"}]),
    ("has fallen to", "企业报关费用已降为120美元。", MAY, [{"value": 120, "status": "actual"}]),
    # a plan verb speaks of its own `；` item: a later item's figure of a period already over is a result
    ("a plan then a past result", "全省将于明年全面完成改造；2018年全省单位GDP能耗比2015年下降了12.5%。", MAY,
     [{"value": -12.5, "status": "actual"}]),
    ("a pledge then last year's output", "公司力争年内投产；去年公司发电量突破2.1亿千瓦时。", MAY,
     [{"value": 2.1e8, "status": "actual"}]),
    ("a plan then this year's items", "今年全市将新开工项目120个；完成投资600亿元。", MAY,
     [{"value": 120, "status": "target"}, {"value": 6e10, "status": "target"}]),
    ("a past year's target list", "2018年的主要目标是：地区生产总值增长7%；一般公共预算收入增长6%。", MAY,
     [{"value": 7, "status": "target"}, {"value": 6, "status": "target"}]),
    # what was planned before (原定, 预安排) is a target; what was done against it is actual
    ("planned before", "全年减免税费1.2万亿元,超过原定的1万亿元规模。", MAY,
     [{"value": 1.2e12, "status": "actual"}, {"value": 1e12, "status": "target"}]),
    ("arranged ahead", "委员会今年预安排了18个调研项目。", MAY, [{"value": 18, "status": "target"}]),
    ("arranged so far", "截至4月底,各级财政共安排防控资金1200亿元。", MAY, [{"value": 1.2e11, "status": "actual"}]),
    # an amount before `的` and a count is the threshold of what is counted (`超5亿元的8家`), no fact
    ("thresholds of counted firms", "全县年产值超亿元的企业有30家,其中超5亿元的8家,超10亿元的2家。", MAY,
     [{"value": 30, "unit": "家"}, {"value": 8, "unit": "家"}, {"value": 2, "unit": "家"}]),
    ("projects above a size", "投资亿元以上的十二个项目全部开工。", MAY, [{"value": 12, "unit": "个"}]),
    ("share of the target is no threshold", "引进资金完成年度目标任务6000万元的105%。", MAY,
     [{"value": 6e7, "status": "target"}, {"value": 105, "unit": "%"}]),
    # a part after 其中 counts over its whole's time (a day's flow, a stock that day), and an origin's cases are covid
    ("parts of a flow and of a stock",
     "7月4日0—24时,全国新增无症状感染者20例,其中境外输入5例;当日解除医学观察30例;尚在医学观察无症状感染者800例,"
     "其中境外输入60例。", date(2020, 7, 6),
     [{"value": 20, "period_start": "2020-07-04"}, {"value": 5, "family": "covid", "period_start": "2020-07-04"},
      {"value": 30, "period_start": "2020-07-04"}, {"value": 800, "period_start": None},
      {"value": 60, "family": "covid", "period_start": None, "period_end": "2020-07-04"}]),
    # a gap to the whole's growth (`高出外贸整体增速2个百分点`) is a measure of the item before, and so is its share
    ("gap to the whole", "前三季度,全省一般贸易进出口增长4.8%,高出外贸整体增速2个百分点,占外贸总值的59.5%。", MAY,
     [{"value": 4.8, "subject": "一般贸易进出口"}, {"value": 2, "subject": "一般贸易进出口(高出外贸整体)"},
      {"value": 59.5, "subject": "一般贸易进出口(占外贸总值)"}]),
    ("gap to the overall growth", "一季度,全省对东盟出口1200亿元,增长9.5%,高出总体增幅1.8个百分点。", MAY,
     [{"value": 1200e8, "subject": "对东盟出口"}, {"value": 9.5, "subject": "对东盟出口"},
      {"value": 1.8, "subject": "对东盟出口(高出总体)"}]),
    ("gap to the country", "去年全省知识密集型服务进出口增长20.7%,高于全国增速9.2个百分点。", MAY,
     [{"value": 20.7, "subject": "知识密集型服务进出口"}, {"value": 9.2, "subject": "知识密集型服务进出口(高于全国)"}]),
    # a bracket after a noun that is no list's item lends the noun nothing (a heading, a rule's share)
    ("heading's bracket", "一、招聘岗位（35人）\n", MAY, []),
    ("pledge", "多家企业承诺吸纳30%的本地劳动力。", MAY, [{"value": 30, "status": "target"}]),
    ("design capacity", "该电厂投产后年发电量可达40亿千瓦时。", MAY, [{"value": 4e9, "status": "target"}]),
    ("the target's amount", "全县利用外资完成额占全年目标任务3000万美元的80%。", MAY,
     [{"value": 3e7, "status": "target"}, {"value": 80, "status": "actual"}]),
    ("a target's amount", "今年利用外资目标任务5000万美元。", MAY, [{"value": 5e7, "status": "target"}]),
    ("done is actual", "全区上半年已新建5所幼儿园。", MAY, [{"value": 5, "status": "actual"}]),
    # a firm's investment it will make somewhere (`将在…投资`), over the next years (`未来5年投资`), or that it plans
    # (`规划投资`, `规划了发射…`) is a plan; what it has already invested there is actual
    ("will invest in", "同时该公司将在重点领域投资60亿元。", MAY, [{"value": 6e9, "status": "target"}]),
    ("over the next years", "双方签署了未来3年投资5亿美元的合作协议。", MAY, [{"value": 5e8, "status": "target"}]),
    ("planned investment", "企业规划投资8亿元,正在建设一座储能电站。", MAY, [{"value": 8e8, "status": "target"}]),
    ("planned launches", "首飞成功后,还规划了发射2艘货运飞船。", MAY, [{"value": 2, "status": "target"}]),
    ("invested there already", "去年该公司已在重点领域投资60亿元。", MAY, [{"value": 6e9, "status": "actual"}]),
    ("a plan of the next years signed", "两国签署未来5年共同行动计划以及约20项政府间合作文件。", MAY,
     [{"value": 20, "status": "actual"}]),
    # 后年 / 前年 are years only as words of their own (and a design capacity no time word dates has no year)
    ("后年 inside 建成后年产", "项目建成后年产钢材200万吨。", MAY,
     [{"value": 2e6, "status": "target", "period_end": None}]),
    ("前年 as a word", "去年和前年全市GDP分别增长6%和7%。", MAY,
     [{"value": 6, "period_end": "2019-12-31"}, {"value": 7, "period_end": "2018-12-31"}]),
    # a sector's, a product's or a group's share of a region's whole measure is not the region's indicator
    ("sector of industry", "前4个月全市重工业增加值增长4.1%。", MAY,
     [{"value": 4.1, "indicator": None, "subject": "重工业增加值"}]),
    ("product of exports", "今年一季度全省机电产品出口增长9%。", MAY, [{"value": 9, "indicator": None}]),
    # a subset of the cases (本土 only, one team's patients) is not the region's cumulative count
    ("local cases only", "截至5月9日24时,全省累计报告本土确诊病例40例。", MAY,
     [{"value": 40, "indicator": None}]),
    ("one team's patients", "支援湖北医疗队累计治愈出院患者90人。", MAY, [{"value": 90, "indicator": None}]),
    # `OWNER实现A…;实现B…`: the later clause measures the same owner's B
    ("owner carries", "全年规模以上工业企业实现营业收入900亿元,增长6%;实现利润总额50亿元,增长4%。", MAY,
     [{"value": 9e10, "subject": "规模以上工业企业实现营业收入"}, {"value": 6, "subject": "规模以上工业企业实现营业收入"},
      {"value": 5e9, "subject": "规模以上工业企业利润总额"}, {"value": 4, "subject": "规模以上工业企业利润总额"}]),
    # a person who only tells, or China as a party, makes no story of the figures
    ("a source who tells", "据他介绍,去年全县300名乡村教师获得资助。", MAY, [{"value": 300}]),
    ("China as a party", "今年与我签署合作协议的境外企业达70家。", MAY, [{"value": 70}]),
    ("other services", "其他服务业增加值增长5%。", MAY, [{"value": 5}]),
    # `其中` opening the next sentence lists parts of the same measure by place; a gap to a wider area is a
    # measure of the figure before it, not the indicator itself
    ("parts by place in the next sentence", "全市地区生产总值增长9.8%。其中,乐清市增长10.5%,瑞安市增长9.6%。", MAY,
     [{"value": 9.8, "indicator": "growth.gdp"},
      {"value": 10.5, "indicator": "growth.gdp", "subject": "地区生产总值", "region": "乐清市"},
      {"value": 9.6, "indicator": "growth.gdp", "subject": "地区生产总值", "region": "瑞安市"}]),
    ("a gap to the province", "全市规上工业增加值增长14.2%,增速高于全省1.1个百分点。", MAY,
     [{"value": 14.2, "indicator": "growth.industrial_value_added"},
      {"value": 1.1, "indicator": None, "subject": "规上工业增加值(高于全省)"}]),
    # a change of a growth rate in points, a month-on-month change, and the month within a year-to-date figure
    ("points, month on month, the month", "1—10月,全省规模以上工业增加值增长7.8%,增速比1—9月回落0.1个百分点。"
     "其中,10月当月增长6.2%。10月份,全省居民消费价格同比上涨0.3%,环比下降0.2%。", date(2024, 11, 20),
     [{"value": 7.8, "indicator": "growth.industrial_value_added"},
      {"value": -0.1, "indicator": None},
      {"value": 6.2, "indicator": "growth.industrial_value_added", "period_start": "2024-10-01"},
      {"value": 0.3, "indicator": "growth.cpi"},
      {"value": -0.2, "indicator": None, "subject": "居民消费价格(环比)"}]),
    # an owner alone in the clause before its verb (`…企业，实现…`) owns the figures after it
    ("owner in its own clause", "2019年,全省规模以上服务业企业,实现营业收入800亿元,增长6%。", MAY,
     [{"value": 8e10, "subject": "规模以上服务业企业营业收入"}, {"value": 6, "subject": "规模以上服务业企业营业收入"}]),
    ("another account of the same firms", "去年全省外资企业营业收入增长7%、利润总额增长5%。", MAY,
     [{"value": 7, "subject": "外资企业营业收入"}, {"value": 5, "subject": "外资企业利润总额"}]),
    # a share of the budget or plan is a measure of the figure before it
    ("share of the budget", "全省国有资本经营预算收入160亿元,为预算的99.9%。", MAY,
     [{"value": 1.6e10, "subject": "国有资本经营预算收入"},
      {"value": 99.9, "subject": "国有资本经营预算收入(为预算)"}]),
    ("share of the plan", "全县重点项目完成投资30亿元,完成年度计划的95%。", MAY,
     [{"value": 3e9}, {"value": 95, "subject": "重点项目完成投资(完成年度计划)"}]),
    ("a place owns nothing", "全市实现地区生产总值120亿元;完成固定资产投资80亿元。", MAY,
     [{"value": 1.2e10, "subject": "地区生产总值"}, {"value": 8e9, "subject": "完成固定资产投资"}]),
    # a direction inside a `分别` list holds for the items after it; what narrows shrinks, a decline rate that
    # narrows moves up
    ("directions in a list", "全年三大产业产值分别增长12%和下降5%、8%。", MAY,
     [{"value": 12}, {"value": -5}, {"value": -8}]),
    ("a surplus narrows", "去年全省外贸顺差收窄6.5%。", MAY, [{"value": -6.5, "unit": "%"}]),
    ("a decline narrows", "全市工业增加值下降3%,降幅比一季度收窄2个百分点。", MAY,
     [{"value": -3}, {"value": 2, "unit": "个百分点"}]),
    ("whole with its qualifiers", "今年一季度全省规模以上工业增加值增长3%。", MAY,
     [{"value": 3, "indicator": "growth.industrial_value_added"}]),
    # a share named by its verb alone is the thing's share; a bare class noun or verb names no measure; a method
    # of reckoning before a growth names no measure either: the figure before it is the one that grew
    ("share by its verb", "去年全县财政收入中税收占71.4%,非税收入占28.6%。", MAY,
     [{"value": 71.4, "subject": "财政收入中税收占比"}, {"value": 28.6, "subject": "非税收入占比"}]),
    ("share by its verb, only", "在各类贷款中,小微企业贷款只占18%。", MAY, [{"value": 18, "subject": "小微企业贷款占比"}]),
    ("share with its whole", "去年全省税收占财政收入的比重为70%。", MAY,
     [{"value": 70, "subject": "税收占财政收入的比重"}]),
    ("a bare class noun", "展会吸引了来自全球60多个国家的客商。", MAY, []),
    ("a bare verb", "截至去年底,累计完成950万亩。", MAY, []),
    ("a bare class noun with its thing", "去年全市新建城市公园12个。", MAY, [{"value": 12, "subject": "新建城市公园"}]),
    ("a method of reckoning", "1978年至2018年,全省工业增加值从40亿元增至3.1万亿元,按不变价计算增长120倍。", MAY,
     [{"value": 4e9, "subject": "工业增加值", "period_start": "1978-01-01", "period_end": "1978-12-31"},
      {"value": 3.1e12, "subject": "工业增加值", "period_start": "2018-01-01", "period_end": "2018-12-31"},
      {"value": 120, "subject": "工业增加值(按不变价计算)", "period_start": "1978-01-01"}]),
    # the two amounts of a from-to statement over a span of years are its first and last years' levels
    ("from-to over years", "2015—2019年,全县农民人均纯收入由8000元提高到12000元,年均增长10.7%。", MAY,
     [{"value": 8000, "period_end": "2015-12-31"}, {"value": 12000, "period_end": "2019-12-31"},
      {"value": 10.7, "period_start": "2015-01-01", "period_end": "2019-12-31"}]),
    ("a to without a from", "2015—2019年,全县累计造林达到12万亩。", MAY,
     [{"value": 1.2e5, "period_start": "2015-01-01", "period_end": "2019-12-31"}]),
    ("then only adverb", "全县去年就新建村级光伏电站35座。", MAY, [{"value": 35, "subject": "新建村级光伏电站"}]),
    # a measure named alone after the sentence's first figure belongs to what that figure is about, unless that
    # is only a place, a time or a scope; a zone's industry is not the region's
    ("the topic's measure", "去年全国光伏玻璃累计产量达900万吨,增长20%;产业规模超过3000亿元。", MAY,
     [{"value": 9e6}, {"value": 20}, {"value": 3e11, "subject": "光伏玻璃产业规模"}]),
    # an account's other side and a network's length are the topic's too (收费公路支出总额, 地铁运营里程)
    ("the account's spending", "2020年度,全省收费公路通行费收入320亿元;支出总额510亿元。", MAY,
     [{"value": 3.2e10}, {"value": 5.1e10, "subject": "收费公路支出总额"}]),
    ("the network's length", "该市地铁运营线路达到12条,运营里程410公里。", MAY,
     [{"value": 12}, {"value": 410, "subject": "地铁运营里程"}]),
    ("a zone's accounts", "高新区工业增加值增长9%,实现营业收入500亿元;实现利润总额40亿元。", MAY,
     [{"value": 9, "indicator": None, "subject": "高新区工业增加值"},
      {"value": 5e10, "subject": "高新区营业收入"}, {"value": 4e9, "subject": "高新区利润总额"}]),
    ("a group's accounts", "该集团累计实现钢材产量800万吨,销售收入2000亿元。", MAY,
     [{"value": 8e6}, {"value": 2e11, "subject": "该集团钢材销售收入"}]),
    ("no topic in a place", "全市工业增加值增长5%,营业收入增长3%。", MAY,
     [{"value": 5, "indicator": "growth.industrial_value_added"}, {"value": 3, "subject": "营业收入"}]),
    ("while achieving", "去年,全省外贸在实现出口3200亿元、增长6%的同时,实现进口2100亿元,增长9%。", MAY,
     [{"value": 3.2e11, "subject": "外贸出口"}, {"value": 6, "indicator": "growth.exports"},
      {"value": 2.1e11, "subject": "外贸进口"}, {"value": 9, "indicator": "growth.imports"}]),
    ("a second respectively list", "去年全县城乡居民人均可支配收入分别增长8%和9%,分别达40000元和15000元。", MAY,
     [{"value": 8, "subject": "城镇居民人均可支配收入"}, {"value": 9, "subject": "农村居民人均可支配收入"},
      {"value": 40000, "subject": "城镇居民人均可支配收入"}, {"value": 15000, "subject": "农村居民人均可支配收入"}]),
    ("the topic's value added, then a new topic (its planted area, then its output)", "去年全县林业总产值12亿元,增加值7亿元;茶叶种植面积3000公顷,"
     "产量4500吨。", MAY,
     [{"value": 1.2e9, "subject": "林业总产值"}, {"value": 7e8, "subject": "林业增加值"},
      {"value": 3000, "subject": "茶叶种植面积"}, {"value": 4500, "subject": "茶叶产量"}]),
    # an undated report's 如今 is some day nobody knows, not the year an earlier sentence told of
    ("now in an undated report", "2005年,园区开始兴建。如今,这个园区入驻企业超过600家。", None,
     [{"value": 600, "subject": "园区入驻企业", "period_start": None, "period_end": None}]),
    # ordinals sharing their head; a gap to last year's figure is this period's, the baseline's own figure is last year's
    ("ordinals sharing a head", "去年全县第一、二、三产业增加值分别增长3%、6%和8%。", MAY,
     [{"value": 3, "subject": "第一产业增加值"}, {"value": 6, "subject": "第二产业增加值"},
      {"value": 8, "subject": "第三产业增加值"}]),
    ("a gap to last year", "今年一季度,全市项目投资增长8.9%,高于去年同期9个百分点。", MAY,
     [{"value": 8.9, "period_start": "2020-01-01"}, {"value": 9, "period_start": "2020-01-01"}]),
    pytest.param("last year's own figure", "今年一季度,全市外贸顺差为43亿元,远高于2019年同期的30亿元。", MAY,
                 [{"value": 4.3e9, "period_start": "2020-01-01"},
                  {"value": 3e9, "period_start": "2019-01-01", "period_end": "2019-03-31"}], id="last year's own figure",
                 marks=pytest.mark.xfail(strict=True, reason="the compared figure's subject takes the comparison's `远` "
                                         "(外贸顺差远), and the bare-name rule then drops it")),
    # a lead's day (an event's: a speech, a meeting) dates the article's figures as of that day, not on it
    ("a lead's day", "1月20日,县长在作政府工作报告时回顾了去年的工作。\n据统计,全县地区生产总值达92.9亿元。",
     date(2022, 1, 24), [{"value": 9.29e9, "period_start": None, "period_end": "2022-01-20"}]),
    # energy in standard coal and per output; a set named at the sentence's opening owns its figures
    ("standard coal", "去年全县能源消费总量52万吨标准煤;万元GDP能耗0.3吨标准煤/万元,下降2%。", MAY,
     [{"value": 520000, "unit": "吨标准煤"}, {"value": 0.3, "unit": "吨标准煤/万元", "subject": "万元GDP能耗"},
      {"value": -2, "subject": "万元GDP能耗"}]),
    ("a set at the opening", "住户存款中,活期存款80亿元,定期存款余额120亿元。", MAY,
     [{"value": 8e9, "subject": "住户活期存款"}, {"value": 1.2e10, "subject": "住户定期存款余额"}]),
    ("not a set of all", "各项存款中,活期存款80亿元。", MAY, [{"value": 8e9, "subject": "活期存款"}]),
    # the second level of a from–to statement is the same measure, and no change; a gap after a comparative
    ("reached level", "全县贫困发生率从2015年的30.5%下降到去年底的2.1%。", MAY,
     [{"value": 30.5, "subject": "贫困发生率"}, {"value": 2.1, "subject": "贫困发生率", "period_end": "2019-12-31"}]),
    ("a gap after a comparative", "截至4月末,全市普惠贷款余额900亿元,增速比上年末高2.4个百分点。", MAY,
     [{"value": 9e10}, {"value": 2.4, "subject": "普惠贷款余额增速", "period_end": "2020-04-30"}]),
    # 上月 is the month before the month in force; a gap over last month or year (比上月多…) is this month's
    ("last month", "4月份,全市规模以上工业增加值同比增长3.9%,从上月下降1.1%转为增长。", MAY,
     [{"value": 3.9, "period_start": "2020-04-01"},
      {"value": -1.1, "indicator": "growth.industrial_value_added", "period_start": "2020-03-01",
       "period_end": "2020-03-31"}]),
    ("a measure named in brackets", "年末城镇常住人口300万人,占总人口的比重(常住人口城镇化率)为60.5%,比上年末提高0.6个百分点。",
     MAY, [{"value": 3e6}, {"value": 60.5, "subject": "常住人口城镇化率"},
           {"value": 0.6, "subject": "常住人口城镇化率"}]),
    # a part after 其中 of an account takes the whole's owner, unless it names it already
    ("parts of an account", "中央政府性基金预算支出1000亿元,其中,本级支出300亿元。年末户籍人口58万人,其中城镇人口25万人。"
     "年末常住人口48万人,其中城镇常住人口20万人。", MAY,
     [{"value": 1e11}, {"value": 3e10, "subject": "中央政府性基金预算本级支出"}, {"value": 580000},
      {"value": 250000, "subject": "户籍城镇人口"}, {"value": 480000}, {"value": 200000, "subject": "城镇常住人口"}]),
]


def test_a_budget_sections_revenue_is_estimated_and_its_spending_planned():
    text = ("关于2024年预算草案的报告\n\n二、2025年预算草案\n\n（三）2025年一般公共预算收入预计和支出安排。\n\n"
            "全省一般公共预算收入3000亿元,增长5%。全省一般公共预算支出6000亿元,增长3%。\n")
    assert_exactly(text, [{"value": 3e11, "status": "estimate"}, {"value": 5, "status": "estimate"},
                          {"value": 6e11, "status": "target"}, {"value": 3, "status": "target"}], date(2025, 1, 20))


def test_in_a_plan_section_months_already_over_are_actual():
    text = ("关于2025年预算草案的报告\n\n二、2025年预算草案\n\n"
            "今年1—4月全省财政收入下降4.5%,其中2月下降9.1%。全年一般公共预算收入增长3%。\n")
    assert_exactly(text, [
        {"value": -4.5, "status": "actual", "period_start": "2025-01-01", "period_end": "2025-04-30"},
        {"value": -9.1, "status": "actual", "period_start": "2025-02-01", "period_end": "2025-02-28"},
        {"value": 3, "status": "target", "period_start": "2025-01-01", "period_end": "2025-12-31"}], date(2025, 5, 20))


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[getattr(c, "id", None) or c[0] for c in CASES])
def test_what_is_a_fact(label, text, published, expected):
    assert_exactly(text, expected, published)


def test_a_count_that_says_where_the_next_figures_things_are_is_no_fact():
    """`12个省份的51家单位`: the 12 places the 51 units; a count of places is no figure of its own."""
    assert [f["value"] for f in facts_of("“中国书架”已在俄罗斯12个城市的22家实体书店入驻。")] == [22]


@pytest.mark.xfail(strict=True, reason="the next figure's subject still holds the count (`全省12个县的`), so it is "
                                       "dropped as a subject with a bare number")
def test_the_figure_after_a_place_count_keeps_its_own_subject():
    assert [f["value"] for f in facts_of("今年,全省12个县的300个村完成了改造。")] == [300]


def test_a_budget_sections_fund_owns_its_generic_figures_and_last_years_carry_over_dates_nothing():
    text = ("关于2025年预算草案的报告\n\n二、2025年预算草案\n\n"
            "（三）2025年国有资本经营预算收入预计和支出安排。\n\n"
            "全省国有资本经营预算收入80亿元。加上上年结转收入5亿元，收入总量为85亿元。全省国有资本经营预算支出60亿元。\n\n"
            "（四）2025年社会保险基金预算收入预计和支出安排。\n\n"
            "全省社会保险基金预算按照统筹兼顾、收支平衡的原则编制，本年收支缺口10亿元，年末滚存结余300亿元。\n")
    y2025 = {"period_start": "2025-01-01", "period_end": "2025-12-31"}
    assert_exactly(text, [
        {"value": 8e9, "subject": "国有资本经营预算收入", **y2025},
        {"value": 5e8, "subject": "国有资本经营预算结转收入", **y2025},
        {"value": 8.5e9, "subject": "国有资本经营预算收入总量", **y2025},
        {"value": 6e9, "subject": "国有资本经营预算支出", "status": "target", **y2025},
        {"value": 1e9, "subject": "社会保险基金收支缺口", **y2025},
        {"value": 3e10, "subject": "社会保险基金滚存结余", "period_start": None, "period_end": "2025-12-31"},
    ], date(2025, 1, 20))
