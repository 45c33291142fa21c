"""Scopes of round 53: a scraped page's field line under its title (`发布日期:…`), a list of counts written a line
each, a bulletin's window over a night (`2月14日22时至2月15日10时`) and a whole restated to open its breakdown
(`119例确诊病例中,…`). Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

FIELDS = "发布日期:2024-06-03 16:09:12  发文单位:行政审批局(数字化发展局)  发布机构:某某市政府网"
HOTLINE_PAGE = [
    ("a field line under the title: the title still makes a hotline report",
     f"2024年某某市12345政务服务便民热线运行分析报告\n\n{FIELDS}\n\n"
     "一、受理情况\n本月共转派工单4800件。\n(一)诉求分类情况\n表扬120件 占比2.5%\n",
     [{"value": 4800}, {"value": 120, "family": "hotline", "subject": "表扬"}, {"value": 2.5, "family": "hotline"}]),
    ("a list of counts a line each under a numbered heading",
     f"2024年某某市12345政务服务便民热线运行分析报告\n\n{FIELDS}\n\n(二)承办单位工单办理量\n"
     "市直部门3100件\n街道 280件\n乡镇 95件\n(三)诉求热点\n",
     [{"value": 3100, "subject": "市直部门工单办理量"}, {"value": 280, "subject": "街道工单办理量"},
      {"value": 95, "subject": "乡镇工单办理量"}]),
    ("a category's items after the verb that opens them are the hotline's",
     f"某某市12345热线月度报告\n\n{FIELDS}\n\n(三)诉求热点\n群众反映的热点问题主要集中在:\n1.住房保障类(600件,占比15%)。主要涉及物业管理300件、房屋建设150件。\n",
     [{"value": 600, "family": "hotline"}, {"value": 15, "family": "hotline"},
      {"value": 300, "family": "hotline", "subject": "物业管理"}, {"value": 150, "family": "hotline", "subject": "房屋建设"}]),
]

WINDOW_BULLETIN = [
    ("a window over a night: new counts are the window's, running ones as of its end",
     "2020年3月1日22时至3月2日10时某某省新型冠状病毒肺炎疫情情况\n\n发布时间:2020-03-02 10:30:00\n\n"
     "2020年3月1日22时至3月2日10时,某某省新增确诊病例2例。目前,某某省累计报告确诊病例95例,治愈出院40例。\n",
     [{"value": 2, "period_start": "2020-03-01", "period_end": "2020-03-02"},
      {"value": 95, "period_start": None, "period_end": "2020-03-02"},
      {"value": 40, "period_start": None, "period_end": "2020-03-02"}]),
    ("a whole restated: no new fact, its parts count what it counted, as of the window's end",
     "2020年2月14日22时至2月15日10时,辽宁省无新增确诊病例。目前,辽宁省累计报告确诊病例119例。\n"
     "119例确诊病例中,沈阳市28例、大连市18例。\n",
     [{"value": 0, "period_start": "2020-02-14", "period_end": "2020-02-15"},
      {"value": 119, "subject": "累计报告确诊病例", "period_start": None, "period_end": "2020-02-15"},
      {"value": 28, "subject": "累计报告确诊病例", "region": "沈阳市", "period_start": None, "period_end": "2020-02-15"},
      {"value": 18, "subject": "累计报告确诊病例", "region": "大连市", "period_start": None, "period_end": "2020-02-15"}]),
    ("a count that is not the one before stays a fact of its own",
     "目前,辽宁省累计报告确诊病例119例。\n120例确诊病例中,沈阳市28例。\n",
     [{"value": 119}, {"value": 120, "subject": "确诊病例"}, {"value": 28, "subject": "确诊病例", "region": "沈阳市"}]),
    ("a window of a day's hours is no night's window: the day's bulletin as before",
     "2020年2月15日0时至24时,辽宁省新增确诊病例1例。\n",
     [{"value": 1, "period_start": "2020-02-15", "period_end": "2020-02-15"}]),
]

RELEASE = [
    ("a release's lead names its province, the rest speaks of 全省: the province's page, the lead's span",
     "据甲、乙两地海关统计,一季度福建省货物贸易进出口4200亿元,同比增长6.1%。\n"
     "结构优化。全省机电产品出口增长9.5%,占全省出口总值的41%。\n",
     [{"value": 420000000000, "region": "福建省", "period_start": "2024-01-01", "period_end": "2024-03-31"},
      {"value": 6.1, "region": "福建省", "period_start": "2024-01-01", "period_end": "2024-03-31"},
      {"value": 9.5, "region": "福建省", "period_start": "2024-01-01", "period_end": "2024-03-31"},
      {"value": 41, "region": "福建省", "period_start": "2024-01-01", "period_end": "2024-03-31"}]),
    ("a lead naming two provinces names no page's place",
     "一季度福建省、广东省货物贸易进出口分别增长6.1%、5.2%。\n全省机电产品出口增长9.5%。\n",
     [{"value": 6.1, "region": "福建省"}, {"value": 5.2, "region": "广东省"}, {"value": 9.5, "region": None}]),
    ("goods listed before a flow named once share it",
     "其中,塑料制品、箱包、家具出口分别增长40%、22.5%、18%。\n",
     [{"value": 40, "subject": "塑料制品出口"}, {"value": 22.5, "subject": "箱包出口"}, {"value": 18, "subject": "家具出口"}]),
    ("two flows of their own share none", "一般贸易进口、加工贸易出口分别增长5%、3%。\n",
     [{"value": 5, "subject": "一般贸易进口"}, {"value": 3, "subject": "加工贸易出口"}]),
]

HALF_DAY_BULLETIN = [
    ("a half day's window up to midnight: the day's report, 目前 as of its end",
     "2020年1月27日12—24时,某省报告新增确诊病例9例。\n\n目前有疑似病例30例。\n",
     [{"value": 9, "period_start": "2020-01-27", "period_end": "2020-01-27"},
      {"value": 30, "period_start": None, "period_end": "2020-01-27"}]),
    ("a district after its city whose name opens with a time word's character (日照市)",
     "日照市东港区新增确诊病例1例,威海市环翠区新增确诊病例2例。\n",
     [{"value": 1, "region": "东港区"}, {"value": 2, "region": "环翠区"}]),
    ("a running total alone after new cases is the cases' total", "全省新增确诊病例12例,累计87例。\n",
     [{"value": 12, "subject": "新增确诊病例"}, {"value": 87, "subject": "累计确诊病例", "indicator": "covid.cumulative_confirmed"}]),
    ("after new jobs it stays the new jobs' total", "全省新增就业1.2万人,累计8.7万人。\n",
     [{"value": 12000, "subject": "新增就业"}, {"value": 87000, "subject": "累计新增就业"}]),
]

COMMUNIQUE = [
    ("bands closed by an open one count what follows it",
     "0-14岁、15-59岁、60岁及以上常住人口分别为2.1万人、7.3万人和3.2万人。\n",
     [{"value": 21000, "subject": "0-14岁常住人口"}, {"value": 73000, "subject": "15-59岁常住人口"},
      {"value": 32000, "subject": "60岁及以上常住人口"}]),
    ("a survey's sampling fraction is no figure", "据全省1‰人口变动抽样调查推算,年末全县常住人口20.5万人。\n",
     [{"value": 205000, "subject": "常住人口"}]),
    ("a communiqué's reckoning is no part of the measure", "最终核实2022年全县生产总值为98.6亿元。\n",
     [{"value": 9860000000, "subject": "生产总值"}]),
    ("a later item of a list of bare numbers keeps its minus sign",
     "三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点。\n",
     [{"value": 0.15, "subject": "第一产业对经济增长的拉动"}, {"value": -5.64, "subject": "第二产业对经济增长的拉动"},
      {"value": 1.34, "subject": "第三产业对经济增长的拉动"}]),
    ("and so does a later item of a list of rates", "三次产业对经济增长的贡献率分别为5%、-40%、135%。\n",
     [{"value": 5}, {"value": -40}, {"value": 135}]),
    ("a range is no list", "预计全县粮食增产3-5万吨。\n", [{"value": 30000, "value_high": 50000}]),
    ("industries named bare after an industry's change of a named measure take it",
     "一季度,采矿业增加值同比增长12.5%,制造业同比下降3.0%,批发和零售业同比增长6.2%。\n",
     [{"value": 12.5, "subject": "采矿业增加值"}, {"value": -3.0, "subject": "制造业增加值"},
      {"value": 6.2, "subject": "批发和零售业增加值"}]),
    ("no industry after it: the next clause's measure stays its own",
     "一季度,采矿业增加值同比增长12.5%,全县就业人数同比增长2%。\n",
     [{"value": 12.5, "subject": "采矿业增加值"}, {"value": 2, "subject": "就业人数"}]),
]

CITY_BULLETIN = [
    ("a division's opening carries the whole the sentence before broke down; people's groups are its parts",
     "2020年2月8日0时至12时,某市报告新增确诊病例3例,累计确诊120例。\n累计报告确诊病例中,男性58例、女性62例。\n"
     "按照病例管理地区划分,南山区40例、福田区30例。\n",
     [{"value": 3}, {"value": 120},
      {"value": 58, "subject": "累计报告确诊病例（男性）", "family": "covid"},
      {"value": 62, "subject": "累计报告确诊病例（女性）", "family": "covid"},
      {"value": 40, "subject": "累计报告确诊病例", "region": "南山区", "period_end": "2020-02-08"},
      {"value": 30, "subject": "累计报告确诊病例", "region": "福田区", "period_end": "2020-02-08"}]),
    ("cases said to be under treatment are those held, as of the bulletin's day",
     "2020年2月8日0时至12时,某市新增确诊病例3例。\n300例确诊病例均在市第三人民医院隔离治疗。\n",
     [{"value": 3}, {"value": 300, "subject": "隔离治疗确诊病例", "family": "covid", "period_start": None,
                     "period_end": "2020-02-08"}]),
    ("patients said to be under treatment are a covid count held, in any unit",
     "2020年2月14日22时至2月15日10时,某省无新增确诊病例。目前共有89名新型冠状病毒肺炎患者在定点医疗机构隔离治疗。\n",
     [{"value": 0}, {"value": 89, "family": "covid", "subject": "隔离治疗新型冠状病毒肺炎患者", "period_end": "2020-02-15"}]),
    ("no whole broken down before: the items stay unnamed", "全市新增确诊病例3例。\n按照病例管理地区划分,南山区40例、福田区30例。\n",
     [{"value": 3}]),
]

WORK_REPORT_ADDRESS = [
    ("a record over two spans dates nothing after it; an untitled work report read by its address",
     "各位代表:\n现在,我代表市人民政府向大会报告工作。\n过去的一年,地区生产总值完成4700亿元、增长6.1%,规模以上工业增加值增长9.5%,"
     "增速均居全省第一,分别为35年来、20年来首次;固定资产投资增长8.3%。\n",
     [{"value": 470000000000, "period_start": "2024-01-01", "period_end": "2024-12-31"},
      {"value": 6.1, "period_start": "2024-01-01", "period_end": "2024-12-31"},
      {"value": 9.5, "period_start": "2024-01-01", "period_end": "2024-12-31"},
      {"value": 8.3, "period_start": "2024-01-01", "period_end": "2024-12-31"}]),
    ("a rise's rate named 升幅 is the measure's growth",
     "截至1月末,外汇储备规模为30879亿美元,较上月末上升152亿美元,升幅为0.5%。\n",
     [{"value": 3087900000000}, {"value": 15200000000}, {"value": 0.5, "family": "growth_rate", "subject": "外汇储备规模"}]),
]

PROJECT_PROGRESS = [
    ("a paragraph's counted set of projects owns the measures it names alone",
     "1、新建项目。新建项目共120个,计划总投资300亿元,年内计划投资90亿元。至9月底,开工率为85%,累计完成投资60亿元。\n",
     [{"value": 120}, {"value": 30000000000}, {"value": 9000000000, "subject": "新建项目年内投资"},
      {"value": 85, "subject": "新建项目开工率"}, {"value": 6000000000, "subject": "新建项目累计完成投资"}]),
    ("a province's list the city's projects are in", "今年我市列入省级重点项目共17个,年度计划投资258亿元。1-8月完成投资190亿元。\n",
     [{"value": 17}, {"value": 25800000000, "subject": "省级重点项目年度计划投资"},
      {"value": 19000000000, "subject": "省级重点项目完成投资"}]),
    ("no set counted at the paragraph's opening: the measure stays the place's",
     "前三季度,全区经济平稳。全区累计完成投资60亿元。\n", [{"value": 6000000000, "subject": "累计完成投资"}]),
]

THRESHOLDS = [
    ("a threshold passed, then the value: the value alone", "一季度,出口规模在历史同期首次突破2000亿元,达2080.5亿元,同比增长9.8%。\n",
     [{"value": 208050000000, "subject": "出口规模", "qualifier": "exact"}, {"value": 9.8, "subject": "出口规模"}]),
    ("the value, then the threshold it crossed", "全省高新技术企业实现产值8600亿元,首次突破8000亿元。\n",
     [{"value": 860000000000, "qualifier": "exact"}]),
    ("a bare 行业 before its measure points back at the industry its sentence named",
     "清河县羊绒产业集群是全国中小企业产业集群,2022年行业实现产值236.7亿元。\n",
     [{"value": 23670000000, "subject": "清河县羊绒产业实现产值"}]),
    ("a central bank of many countries is no national body", "欧洲央行理事会10月24日决定,将隔夜存款利率维持在-0.5%不变。\n",
     [{"value": -0.5, "region": None}]),
    ("a threshold said alone stays a lower bound", "全市进出口突破3000亿元,同比增长5%。\n",
     [{"value": 300000000000, "qualifier": "more_than"}, {"value": 5}]),
]

TABLES = [
    (HOTLINE_PAGE, date(2024, 6, 3), "hotline.txt"),
    (WINDOW_BULLETIN, date(2020, 2, 15), "bulletin.txt"),
    (RELEASE, date(2024, 4, 16), "release.txt"),
    (HALF_DAY_BULLETIN, date(2020, 1, 28), "bulletin.txt"),
    (COMMUNIQUE, date(2023, 4, 20), "communique.txt"),
    (CITY_BULLETIN, date(2020, 2, 8), "bulletin.txt"),
    (WORK_REPORT_ADDRESS, date(2025, 2, 10), "report.txt"),
    (PROJECT_PROGRESS, date(2017, 10, 19), "progress.txt"),
    (THRESHOLDS, date(2024, 4, 16), "release.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round53_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
