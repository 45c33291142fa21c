"""COVID-19 bulletins: stated zeros, new and cumulative cases, cured, suspected, contacts, vaccinations."""

from datetime import date

import pytest
from factcase import assert_facts

JUL6 = date(2020, 7, 6)
DAY = {"period_end": "2020-07-04", "period_start": "2020-07-04"}
AS_OF = {"period_end": "2020-07-04", "period_start": None}   # `截至…24时`: a level that day, no start
CASES = [
    # a cumulative count revised to a new total is that total; a count added by the revision is no total
    ("4月17日,全市将确诊病例核增325例,累计确诊病例数订正为50333例。",
     [("covid.cumulative_confirmed", 50333, "例")]),
    # a city bulletin's breakdowns: the lead's list item is no story place, an item the gazetteer does not know
    # has no region (never the item before's), and a bracket's last item names nothing after it
    ("7月4日0—24时,我市新增确诊病例1例(城厢区1例);新增疑似病例3例(城厢区2例、仙游县1例)。截至7月4日24时,"
     "我市累计报告确诊病例52例(重症病例2例、危重症2例)。其中:城厢区30例、湄洲湾北岸3例、仙游县4例。",
     [("covid.new_suspected", 3, "例", DAY | {"region": "莆田市"}),
      ("covid.cumulative_confirmed", 30, "例", AS_OF | {"region": "城厢区"}),
      ("covid.cumulative_confirmed", 3, "例", AS_OF | {"region": None}),
      ("covid.cumulative_confirmed", 4, "例", AS_OF | {"region": "仙游县"})]),
    # from a sentence that opens with a case origin to its paragraph's end, the counts are of that origin: imported
    # cases are no second national total; a bulletin may write 新增报告本土无症状感染者
    ("7月4日0—24时,全省新增报告本土无症状感染者30例。\n境外输入现有确诊病例50例。累计确诊病例400例,无死亡病例。"
     "\n截至7月4日24时,全省累计报告确诊病例3000例。",
     [("covid.new_local_asymptomatic", 30, "例", DAY), ("covid.cumulative_imported", 400, "例", AS_OF),
      ("covid.cumulative_confirmed", 3000, "例", AS_OF)]),
    # a day's deaths are their own indicator; a stock named after 其中 is a level that day; an item inside brackets
    # lends its name to nothing after the bracket
    ("7月4日0—24时,全国新增死亡病例12例(湖北省10例)。截至7月4日24时,全国累计死亡病例300例,现有确诊病例900例"
     "(其中重症病例80例)。",
     [("covid.new_deaths", 12, "例", DAY), ("covid.new_deaths", 10, "例", DAY | {"region": "湖北省"}),
      ("covid.deaths", 300, "例", AS_OF), ("covid.severe", 80, "例", AS_OF)]),
    ("截至7月4日24时,累计收到港澳台地区通报确诊病例40例:香港特别行政区25例(出院3例,死亡1例),澳门特别行政区9例。",
     [("covid.cumulative_confirmed", 40, "例", AS_OF | {"region": None}),
      ("covid.cumulative_confirmed", 25, "例", {"region": "香港特别行政区"}),
      ("covid.cumulative_confirmed", 9, "例", AS_OF | {"region": "澳门特别行政区"})]),
    # a later item of a case list takes the state (and origin) of the one before; a noun never starts with 和
    ("7月4日0—24时,全市新增本土确诊病例25例和本土无症状感染者800例,其中,海珠区新增本土确诊病例12例、无症状感染者300例。",
     [("covid.new_local", 25, "例", DAY), ("covid.new_local_asymptomatic", 800, "例", DAY),
      ("covid.new_local", 12, "例", DAY), ("covid.new_local_asymptomatic", 300, "例", DAY)]),
    # `其中N例为X`: the part is named after the count (an imported or a local case count, not a second total)
    ("7月4日0—24时,全国新增确诊病例20例,其中8例为境外输入病例,12例为本土病例(广东7例,福建5例)。",
     [("covid.new_confirmed", 20, "例", DAY), ("covid.new_imported", 8, "例", DAY),
      ("covid.new_local", 12, "例", DAY), ("covid.new_local", 7, "例", DAY | {"region": "广东省"}),
      ("covid.new_local", 5, "例", DAY | {"region": "福建省"})]),
    # a big5 repost: converted, a variant a converter wrote (陜) too; 新疆 is the region, never the item before's
    ("7月4日0—24時,31個省(自治區、直轄市)和新疆生產建設兵團報告新增確診病例30例,其中本土病例30例(河南20例,新疆6例,"
     "陜西4例)。當日新增治愈出院病例9例。",
     [("covid.new_local", 20, "例", DAY | {"region": "河南省"}),
      ("covid.new_local", 6, "例", DAY | {"region": "新疆维吾尔自治区"}),
      ("covid.new_local", 4, "例", DAY | {"region": "陕西省"})]),
    # a place that only ends a statement (`…均为本土病例,在湖北;`) says where that happened, not whose the next is
    ("7月4日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增死亡病例5例,均为本土病例,在湖北;无新增疑似病例。",
     [("covid.new_deaths", 5, "例", DAY | {"region": "全国"}),
      ("covid.new_suspected", 0, "例", DAY | {"region": "全国"})]),
    # a short name kept out as a common word is a place as an item of a list of cases (`中山4例`), and a place that
    # reports a case (`…1例,肇庆报告,`) is no topic of the sentences after it (the paragraph's opening `全省` is: the
    # one province the bulletin names); `目前在院` is no discharge count
    ("7月4日0—24时,全省新增本土无症状感染者20例(佛山16例,中山4例)。新增境外输入确诊病例1例,肇庆报告,来自泰国。"
     "新增出院9例,目前在院120例。",
     [("covid.new_local_asymptomatic", 4, "例", DAY | {"region": "中山市"}),
      ("covid.new_cured", 9, "例", DAY | {"region": "广东省"})]),
    # a count of cases no indicator names (a subset) is still a covid figure, with no indicator; another country's
    # count as published at a date is its cumulative count (the audit's [F2])
    ("截至目前,全省累计有631例本土新冠肺炎确诊病例。3月13日,美国公布的确诊病例是1896例。",
     [("本土新冠肺炎确诊病例", 631, "例", {"indicator": None}),
      ("公布的确诊病例", 1896, "例", {"indicator": "covid.cumulative_confirmed", "region": "美国"})]),
    # early bulletins count confirmed cases as 新冠肺炎病例, with no 确诊
    ("7月4日0—24时,全省新增新冠肺炎病例20例。截至7月4日24时,全省累计报告新冠肺炎病例3100例。",
     [("covid.new_confirmed", 20, "例", DAY), ("covid.cumulative_confirmed", 3100, "例", AS_OF)]),
    ("7月4日0—24时,辽源市无新增确诊病例,无新增疑似病例。",
     [("covid.new_confirmed", 0, "例", DAY), ("covid.new_suspected", 0, "例", DAY)]),
    ("截至7月4日24时,辽源市累计确诊病例7例,累计治愈出院7例,无疑似病例。",
     [("covid.cumulative_confirmed", 7, "例", AS_OF), ("covid.cumulative_cured", 7, "例", AS_OF),
      ("covid.current_suspected", 0, "例", AS_OF)]),
    ("7月4日0—24时,全市无新增确诊病例、疑似病例和无症状感染者。",
     [("covid.new_confirmed", 0, "例"), ("covid.new_suspected", 0, "例"), ("covid.new_asymptomatic", 0, "例")]),
    ("7月4日0—24时,长春市新增本土确诊病例3例,新增无症状感染者5例。",
     [("covid.new_local", 3, "例", {"region": "长春市"}), ("covid.new_asymptomatic", 5, "例")]),
    ("截至7月4日24时,全省累计报告确诊病例155例,累计治愈出院153例,死亡2例。",
     [("covid.cumulative_confirmed", 155, "例"), ("covid.cumulative_cured", 153, "例"),
      ("covid.deaths", 2, "例")]),
    ("7月4日0—24时,全市无新增无症状感染者。", [("covid.new_asymptomatic", 0, "例")]),
    # a breakdown's places end with its parenthesis: what follows is the province's again
    ("吉林日报\n2022年1月11日 星期二\n\n1月10日0时至24时,全省新增本土确诊病例2例(长春市1例、吉林市1例),"
     "新增无症状感染者5例。",
     [("covid.new_local", 2, "例", {"region": "吉林省"}), ("covid.new_local", 1, "例", {"region": "长春市"}),
      ("covid.new_asymptomatic", 5, "例", {"region": "吉林省"})]),
    ("截至7月4日24时,现有疑似病例2例。", [("covid.current_suspected", 2, "例")]),
    ("截至7月4日24时,累计追踪密切接触者1,203人。", [("covid.close_contacts", 1203, "人")]),
    ("截至7月4日24时,全市无死亡病例,无密切接触者。", [("covid.deaths", 0, "例"), ("covid.close_contacts", 0, "人")]),
    ("7月4日0—24时,31个省(自治区、直辖市)新增确诊病例8例。", [("covid.new_confirmed", 8, "例")]),
    ("7月4日,东丰县首批接种了新冠疫苗的2837人。", [("covid.vaccinated", 2837, "人", {"region": "东丰县"})]),
    ("截至7月3日,全市累计接种新冠疫苗12.6万剂次。", [("covid.vaccinated", 126000, "剂次", {"period_end": "2020-07-03"})]),
    ("全省已完成新冠疫苗接种1,520万人。", [("covid.vaccinated", 15200000, "人")]),
    ("7月4日0—24时,通化市新增确诊病例1例,累计确诊病例7例。",
     [("covid.new_confirmed", 1, "例"), ("covid.cumulative_confirmed", 7, "例")]),
    ("截至7月4日24时,累计治愈出院病例7例。", [("covid.cumulative_cured", 7, "例")]),
    ("7月4日0—24时,吉林省新增本土确诊病例5例,其中长春市3例、吉林市2例;新增本土无症状感染者12例。",
     [("covid.new_local", 5, "例", {"region": "吉林省"}), ("covid.new_local", 3, "例", {"region": "长春市"}),
      ("covid.new_local", 2, "例", {"region": "吉林市"}), ("covid.new_local_asymptomatic", 12, "例", {"region": "吉林省"})]),
    ("截至7月4日24时,全省现有本土确诊病例30例,现有无症状感染者8例。",
     [("现有本土确诊病例", 30, "例", {"indicator": None}), ("covid.current_asymptomatic", 8, "例")]),
    ("截至7月4日24时,全省累计报告境外输入确诊病例12例,新增境外输入确诊病例2例。",
     [("covid.cumulative_imported", 12, "例"), ("covid.new_imported", 2, "例")]),
    ("7月4日0—24时,31个省(自治区、直辖市)报告新增确诊病例102例。其中境外输入病例37例(广东14例,上海9例),"
     "本土病例65例(吉林36例,广东5例)。",
     [("covid.new_confirmed", 102, "例"), ("covid.new_imported", 37, "例"),
      ("covid.new_imported", 14, "例", {"region": "广东省"}), ("covid.new_imported", 9, "例", {"region": "上海市"}),
      ("covid.new_local", 65, "例"), ("covid.new_local", 36, "例", {"region": "吉林省"})]),
    ("截至 7月 4日 24时,辽源市累计确诊病例 7例。", [("covid.cumulative_confirmed", 7, "例", AS_OF)]),
    # a cumulative count under a day's heading is that day's level
    ("7月4日0—24时,辽源市累计确诊病例7例。", [("covid.cumulative_confirmed", 7, "例", AS_OF)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_covid(text, expected):
    assert_facts(text, "covid", expected, published=JUL6)


# A country's count as published at a date is its running total; a day's new cases never are (catalog alias group)
PUBLISHED_TOTALS = [
    ("4月1日宣布全国封锁时，西班牙公开确诊病例只有300例。", "西班牙", 300),
    ("3月2日关闭边境时，澳大利亚官方统计确诊病例仅30例。", "澳大利亚", 30),
    ("5月3日，俄罗斯国内公布的确诊病例是13万例。", "俄罗斯", 130000),
    ("目前，印度确诊病例已超过5万例。", "印度", 50000),
    ("同一天，加拿大公开病例仅12例。", "加拿大", 12),
    ("4月2日0—24时，西班牙报告新冠肺炎确诊病例800例。", "西班牙", None),      # a day's count
    ("目前，印度新增确诊病例3000例，确诊病例中有一半在孟买。", "印度", None),  # new cases, a breakdown
    ("目前，该院已收治确诊病例60例。", None, None),                           # a hospital's patients
    ("俄罗斯公布的确诊病例从20人增至1万人只用了一个月。", "俄罗斯", None),    # a story's span, in persons
]


@pytest.mark.parametrize("text, region, value", PUBLISHED_TOTALS, ids=[c[0][:14] for c in PUBLISHED_TOTALS])
def test_a_published_count_at_a_date_is_cumulative(text, region, value):
    from extractors.pipeline import extract_text

    facts = extract_text(text, "t.txt").facts
    found = [(f.region, f.value) for f in facts if f.indicator == "covid.cumulative_confirmed"]
    assert found == ([(region, value)] if value is not None else [])


# One chart cell holds one measure: infections released are no contacts released, contacts still under observation
# are under observation, a day's bound of imported cases is imported, a system's screening count no suspected cases.
MEASURES_APART = [
    ("7月4日0—24时,全省新增无症状感染者6例;当日无转为确诊病例;当日解除医学观察14例;尚在医学观察无症状感染者210例。",
     [("covid.new_asymptomatic", 6, "例"), ("covid.released_asymptomatic", 14, "例"),
      ("covid.current_asymptomatic", 210, "例")]),
    ("7月4日0—24时,新增无症状感染者3例,当日转为确诊病例1例,当日解除医学观察9例。",
     [("covid.new_asymptomatic", 3, "例"), ("covid.released_asymptomatic", 9, "例")]),
    ("7月4日0—24时,全省新增解除医学观察无症状感染者11例。", [("covid.released_asymptomatic", 11, "例")]),
    ("7月4日0—24时,全省新增治愈出院病例5例,解除医学观察的密切接触者230人。",
     [("covid.new_cured", 5, "例"), ("covid.released_from_observation", 230, "人")]),
    ("截至7月4日,全省仍有800余名密切接触者处于医学观察中。", [("covid.under_observation", 800, "人")]),
    ("截至7月4日,全省尚在医学观察的密切接触者1200人。", [("covid.under_observation", 1200, "人")]),
    ("7月4日0—24时,全省单日新增境外输入确诊病例5例。", [("covid.new_imported", 5, "例")]),
]


@pytest.mark.parametrize("text,expected", MEASURES_APART, ids=[c[0][9:25] for c in MEASURES_APART])
def test_one_measure_per_indicator(text, expected):
    assert_facts(text, "covid", expected, published=JUL6)


SCREENING_COUNTS = [  # a system's or a hospital's throughput: no covid figure at all
    "据介绍，这套影像系统每月协助诊断2000多例疑似病例。",
    "该院的辅助诊断平台每天可筛查500例疑似病例。",
]


@pytest.mark.parametrize("text", SCREENING_COUNTS)
def test_a_screening_count_is_no_case_count(text):
    from extractors.pipeline import extract_text

    assert [f for f in extract_text(text, "t.txt").facts if f.family == "covid"] == []


RELEASED_SUBJECTS = [  # the bare release of an asymptomatic bulletin's sentence names the infections it counts
    ("7月4日0—24时,新增无症状感染者3例,当日转为确诊病例1例,当日解除医学观察9例。", "解除医学观察无症状感染者"),
    ("7月4日0—24时,全省新增无症状感染者6例;当日解除医学观察14例。", "解除医学观察无症状感染者"),
    # already named: the subject stays as written
    ("7月4日0—24时,全省新增解除医学观察无症状感染者11例。", "新增解除医学观察无症状感染者"),
]


@pytest.mark.parametrize("text,subject", RELEASED_SUBJECTS)
def test_a_released_infection_is_named(text, subject):
    from extractors.pipeline import extract_text

    facts = [f for f in extract_text(text, "t.txt", published=JUL6).facts if f.indicator == "covid.released_asymptomatic"]
    assert [f.subject for f in facts] == [subject]
