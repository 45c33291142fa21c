"""Health bulletins and hotline news of other provinces and years (kinds22, classes found on real reports outside
every gold): a bulletin's case details after `具体情况如下:` (`2例为外省返乡人员;`) say who its cases are and count
nothing of their own; a paper's `上个月` is the month before its date, and said again later it is the same month;
a spokesman's long title before `介绍,` (`…中心相关负责人介绍,`) still lets the time after it open the paragraph.
Own sentences, other places and figures."""

from datetime import date

import pytest
from factcase import assert_exactly

# A provincial bulletin's case details: only the day's counts are facts, not the items that say who the cases are.
CASE_DETAILS = [
    ("8月3日0—24时,贵州新增本土确诊病例3例,新增本土无症状感染者2例。\n具体情况如下:\n新增本土确诊病例3例:\n"
     "1例为贵阳前期病例的密切接触者;\n2例为外省返筑人员,系主动就诊发现;\n均于8月3日确诊。",
     date(2022, 8, 4), [3, 2]),
    ("新增境外输入无症状感染者4例:\n3例为7月28日自新加坡乘机抵达进行隔离;\n1例为7月30日自泰国乘机抵达进行隔离;\n"
     "均于8月1日诊断为无症状感染者。", date(2022, 8, 2), [4]),
    # a part inside the first sentence's bracket that says who it is goes too; the city's own count stays
    ("9月5日0—24时,云南新增本土确诊病例5例(昆明4例,其中1例为既往无症状感染者转确诊;玉溪1例)。",
     date(2022, 9, 6), [5, 4, 1]),
    # negatives: a count with its own subject, or a comma before `为`, is a count
    ("10月2日0—24时,全市新增疑似病例1例,为境外输入病例。", date(2022, 10, 3), [1]),
    ("6月9日0—24时,全省新增确诊病例9例,其中4例为境外输入病例,5例为本土病例(长沙3例,株洲2例)。", date(2022, 6, 10),
     [9, 4, 5, 3, 2]),
]


@pytest.mark.parametrize("text,published,values", CASE_DETAILS)
def test_a_bulletins_case_details_are_no_counts(text, published, values):
    assert_exactly(text, [{"value": v} for v in values], published)


NOVEMBER = {"period_start": "2011-11-01", "period_end": "2011-11-30"}

# A city paper's `上个月`: the month before the paper's date; said again in a later paragraph, the same month.
LAST_MONTH = [
    ("上个月,我市共受理市民来电来信4280件,冬季供暖成为热点。", date(2011, 12, 12), [4280]),
    ("上月,全市共办结群众诉求3920件。\n据悉,上个月,市长热线按期办结率达98%。", date(2011, 12, 20), [3920, 98]),
    # negative: with a month in force in its own sentence, 上月 is the month before that one
    ("10月份,全市规模以上工业增加值增长5.2%,从上月下降0.8%转为增长。", date(2011, 11, 15),
     [5.2, -0.8]),
]


@pytest.mark.parametrize("text,published,values", LAST_MONTH)
def test_a_papers_last_month_is_the_month_before_its_date(text, published, values):
    if values == [5.2, -0.8]:
        assert_exactly(text, [{"value": 5.2, "period_start": "2011-10-01", "period_end": "2011-10-31"},
                              {"value": -0.8, "period_start": "2011-09-01", "period_end": "2011-09-30"}], published)
    else:
        assert_exactly(text, [{"value": v, **NOVEMBER} for v in values], published)


DAY_END = {"period_end": "2019-11-15"}

# A spokesman's long title before `介绍,`: the day after it dates the paragraph's later sentences too, not the
# paper's date.
SPOKESMAN = [
    ("德州市市长公开电话受理中心相关负责人介绍, 2019年11月15日当天,12345热线共接听市民来电6120个。"
     "市民反映暖气不热的1320件;反映水压不足的210件。", [6120, 1320, 210]),
    ("市城市管理局供热管理处处长表示,2019年11月15日当天,全市12345热线共受理供暖诉求2100件。"
     "反映未供暖的860件。", [2100, 860]),
]


@pytest.mark.parametrize("text,values", SPOKESMAN)
def test_a_spokesmans_title_before_the_time_still_opens_the_paragraph(text, values):
    assert_exactly(text, [{"value": v, **DAY_END} for v in values], date(2019, 11, 16))
