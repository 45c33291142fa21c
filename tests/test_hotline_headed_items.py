"""A hotline report's items that a heading or a bracket names (kinds28 class, Changji's April report): a list whose
heading names its measure (`工单数量较多的单位为:`) counts that measure for each unit, and the change in its bracket
too; the verb that opens a list of items (`主要涉及`) is no part of the first item; a numbered category with its count
and share in a bracket (`1.住房保障类(…件,占比…%)`) is the subject of both; bare count lines under a heading that ends
in its measure (`(二)承办单位工单办理量`) count it. Own sentences of another city, month and figures."""

from datetime import date

import pytest
from factcase import assert_exactly

HEAD = "蚌埠市2022年5月份12345政务服务热线运行情况通报\n一、基本情况\n"
JUNE = date(2022, 6, 10)
MAY = {"region": "蚌埠市", "period_start": "2022-05-01", "period_end": "2022-05-31"}


def _facts(*rows):
    return [{"subject": s, "value": v, **MAY, **(extra[0] if extra else {})} for s, v, *extra in rows]


HEADED_LISTS = [
    ("(二)办理情况。工单数量较多的单位为:市住建局812件(同比上升12.5%),市城管局640件(同比下降3.2%),市公安局505件。",
     _facts(("市住建局工单数量", 812), ("市住建局工单数量", 12.5), ("市城管局工单数量", 640),
            ("市城管局工单数量", -3.2), ("市公安局工单数量", 505))),
    ("(二)办理情况。诉求量排名前三的部门是：市水务局300件；市交通局240件；市教育局150件。",
     _facts(("市水务局诉求量", 300), ("市交通局诉求量", 240), ("市教育局诉求量", 150))),
    ("(二)办理情况。来电量最多的街道依次为:东城街道96件、西城街道80件。",
     _facts(("东城街道来电量", 96), ("西城街道来电量", 80))),
    # negatives: items whose figures name their own measures keep them; a list with no measure in its heading
    ("(二)办理情况。各区承办量前两位的为:龙子湖区(直办410件,转办300件)、蚌山区(直办380件,转办250件)。",
     _facts(("直办", 410, {"region": "龙子湖区"}), ("转办", 300, {"region": "龙子湖区"}),
            ("直办", 380, {"region": "蚌山区"}), ("转办", 250, {"region": "蚌山区"}))),
    ("(二)办理情况。较多的单位为:市住建局812件,市城管局640件。",
     _facts(("市住建局", 812), ("市城管局", 640))),
]


@pytest.mark.parametrize("text,expected", HEADED_LISTS)
def test_a_measure_headed_lists_items_count_its_measure(text, expected):
    assert_exactly(HEAD + text, expected, JUNE)


NUMBERED_CATEGORIES = [
    ("(三)诉求热点\n5月份,群众反映的热点问题主要集中在:\n1.社会保障类(640件,占比14.2%)。主要涉及医疗保险300件、养老保险120件。",
     _facts(("社会保障", 640), ("社会保障", 14.2), ("医疗保险", 300), ("养老保险", 120))),
    ("(三)诉求热点\n2.教育培训类(510件，占11.3%)。涉及校外培训200件、招生入学90件。",
     _facts(("教育培训", 510), ("教育培训", 11.3), ("校外培训", 200), ("招生入学", 90))),
    ("(三)诉求热点\n群众诉求主要集中在供水供电220件、燃气供暖130件。",
     _facts(("供水供电", 220), ("燃气供暖", 130))),
    ("(三)诉求热点\n市民反映集中在噪音扰民76件、违章停车41件。",
     _facts(("噪音扰民", 76), ("违章停车", 41))),
    # negatives: a bracket of a count alone after a numbered heading is no category's; `涉及` alone stays
    ("(三)诉求热点\n一、招聘岗位(35人)\n",
     []),
]


@pytest.mark.parametrize("text,expected", NUMBERED_CATEGORIES)
def test_a_numbered_category_names_its_bracketed_count_and_share(text, expected):
    assert_exactly(HEAD + text, expected, JUNE)


# a page whose lines are paragraphs keeps its short lines apart (normalize.py): the lines are the heading's items
PAGE = ("5月份,全市12345政务服务便民热线共转派工单4700件,按期签收率100%,按期办结率99.5%。\n"
        "5月份,群众通过电话、网站、微信等渠道反映的诉求总体平稳,热点问题主要集中在住房保障和城乡建设两个方面。\n")
_TOTAL = _facts(("12345政务服务便民热线转派工单", 4700), ("按期签收率", 100), ("按期办结率", 99.5))

COUNT_LINES = [
    (PAGE + "(二)承办单位工单办理量 (详见附件2)\n市直部门3100件\n街道 420件\n乡镇 180件\n",
     _TOTAL + _facts(("市直部门工单办理量", 3100), ("街道工单办理量", 420), ("乡镇工单办理量", 180))),
    (PAGE + "(二)各级诉求量\n市直部门 260件\n县直部门 210件\n",
     _TOTAL + _facts(("市直部门诉求量", 260), ("县直部门诉求量", 210))),
    # negatives: a heading that names no amount; a line with more words than a name and its count
    (PAGE + "(一)诉求分类情况\n投诉2100件 占比 60.5%\n咨询900件 占比 25.9%\n",
     _TOTAL + _facts(("投诉", 2100), ("投诉", 60.5), ("咨询", 900), ("咨询", 25.9))),
]


def test_a_short_pages_count_lines_stay_apart():
    """On a page of short lines `市直部门3100件` / `街道 420件` are a list of counts a line each (lexicon
    figure_item_line), not one wrapped line whose subjects run into the next line's figure (`街道420件乡镇180件`)."""
    text = "(二)承办单位工单办理量 (详见附件2)\n市直部门3100件\n街道 420件\n乡镇 180件\n"
    assert_exactly(HEAD + text, _facts(("市直部门工单办理量", 3100), ("街道工单办理量", 420), ("乡镇工单办理量", 180)), JUNE)


@pytest.mark.parametrize("text,expected", COUNT_LINES)
def test_bare_count_lines_count_their_headings_measure(text, expected):
    assert_exactly(HEAD + text, expected, JUNE)


SAME_COUNTS = [
    # two items of a hotline report with the same count are two series, not one figure told twice
    ("(三)诉求热点\n群众诉求主要涉及供水供电45件、燃气供暖30件、物业服务45件。",
     _facts(("供水供电", 45), ("燃气供暖", 30), ("物业服务", 45))),
    ("(三)诉求热点\n2.城乡建设类(300件,占比10.5%)。主要涉及市容管理60件、城乡规划12件。\n3.交通出行类(280件,占比9.8%)。"
     "主要涉及道路设施60件、公交线路12件。",
     _facts(("城乡建设", 300), ("城乡建设", 10.5), ("市容管理", 60), ("城乡规划", 12), ("交通出行", 280),
            ("交通出行", 9.8), ("道路设施", 60), ("公交线路", 12))),
]


@pytest.mark.parametrize("text,expected", SAME_COUNTS)
def test_items_with_the_same_count_are_two_facts(text, expected):
    assert_exactly(HEAD + text, expected, JUNE)


CATEGORY_SHARES = [
    # a category named with 类 and its share is the category's share, `占` written before or not at all
    ("(一)诉求类型。咨询类占60.2%,求助类占25.1%,其他类0.03%。",
     [{"subject": "咨询", "value": 60.2, "indicator": "hotline.category_share"},
      {"subject": "求助", "value": 25.1, "indicator": "hotline.category_share"},
      {"subject": "其他", "value": 0.03, "indicator": "hotline.category_share"}]),
    ("(一)诉求类型。建议类14.4%,投诉类9.7%。",
     [{"subject": "建议", "value": 14.4, "indicator": "hotline.category_share"},
      {"subject": "投诉", "value": 9.7, "indicator": "hotline.category_share"}]),
    # negative: all the classes (`各类`) are no category
    ("(一)诉求类型。受理各类15.5%。", [{"value": 15.5, "indicator": "hotline.share"}]),
]


@pytest.mark.parametrize("text,expected", CATEGORY_SHARES)
def test_a_category_named_with_its_class_word_owns_its_share(text, expected):
    assert_exactly(HEAD + text, expected, JUNE)


CATEGORY_LINES = [
    # lines of a category, its count and share under a heading of the contacts' categories are category counts
    (PAGE + "(一)诉求分类情况\n投诉2100件 占比 60.5%\n咨询900件 占比 25.9%\n",
     _TOTAL + [{"subject": "投诉", "value": 2100, "indicator": "hotline.category_count"},
               {"subject": "投诉", "value": 60.5, "indicator": "hotline.category_share"},
               {"subject": "咨询", "value": 900, "indicator": "hotline.category_count"},
               {"subject": "咨询", "value": 25.9, "indicator": "hotline.category_share"}]),
    # negative: the same lines under a heading of units are no categories
    (PAGE + "(二)承办单位情况\n市直部门2100件 占比 60.5%\n",
     _TOTAL + [{"subject": "市直部门", "value": 2100, "indicator": "hotline.count"},
               {"subject": "市直部门", "value": 60.5, "indicator": "hotline.category_share"}]),
]


@pytest.mark.parametrize("text,expected", CATEGORY_LINES)
def test_category_lines_under_a_category_heading_count_their_category(text, expected):
    assert_exactly(HEAD + text, expected, JUNE)
