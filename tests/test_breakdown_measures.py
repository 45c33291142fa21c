"""A breakdown's item named by its category alone takes the measure of the total it breaks down (audit class S3:
`其中,农业46.7亿元` is 农业增加值, `分产业看,第一产业增长12%` after fixed-asset investment is 第一产业投资).
Sentences are our own; each row: text, the figure's value, the subject it must get."""

import pytest

from extractors.pipeline import extract_text

HEAD = "某县2023年国民经济和社会发展统计公报\n"


def _subjects(text: str) -> dict[float, str]:
    return {f.value: f.subject for f in extract_text(HEAD + text, "bd.txt", None).facts}


ROWS = [
    # 其中 in the next sentence, value added by sector
    ("农林牧渔业增加值52.4亿元,比上年增长4.1%。其中,农业31.6亿元,增长5.2%;渔业2.3亿元,下降1.4%。", 3160000000, "农业增加值"),
    ("农林牧渔业增加值52.4亿元,比上年增长4.1%。其中,农业31.6亿元,增长5.2%;渔业2.3亿元,下降1.4%。", -1.4, "渔业增加值"),
    # output value
    ("全年农林牧渔业总产值88.2亿元,增长3.9%。其中,畜牧业21.5亿元,增长2.2%。", 2150000000, "畜牧业产值"),
    # sown area, with its change in hectares
    ("粮食作物播种面积64.8千公顷,增加0.7千公顷。其中,小麦20.1千公顷,减少0.2千公顷。", 20100, "小麦播种面积"),
    ("粮食作物播种面积64.8千公顷,增加0.7千公顷。其中,小麦20.1千公顷,减少0.2千公顷。", -200, "小麦播种面积变化"),
    # output in tonnes
    ("粮食总产量45.6万吨,比上年增长2.8%。其中,夏粮12.3万吨,增长1.9%。", 123000, "夏粮产量"),
    # growth by sector after 分产业看 (fixed-asset investment)
    ("全县固定资产投资增长8.6%。分产业看,第一产业增长41.3%;第三产业下降2.7%。", 41.3, "第一产业投资"),
    ("全县固定资产投资增长8.6%。分产业看,第一产业增长41.3%;第三产业下降2.7%。", -2.7, "第三产业投资"),
    # in the same sentence, after an intervening gap figure
    ("全市固定资产投资1234.5亿元,增长9.4%,高于全省1.2个百分点,其中第一、二、三产业分别增长11.8%、7.7%和9.9%。",
     7.7, "第二产业投资"),
    # industry value added by class, another opening; the total's threshold set counts the items too
    ("规模以上工业增加值增长6.6%。分三大门类看,采矿业增长3.3%,制造业增长7.1%。", 7.1, "规模以上制造业增加值"),
    ("规模以上工业增加值增长6.6%。从经济类型看,股份制企业增长5.8%,私营企业增长4.4%。", 4.4, "规模以上私营企业增加值"),
    # a list of the key industries, the first naming the measure
    ("工业增加值增长6.1%。重点行业中,纺织业增加值增长4.8%,通用设备制造业增长9.3%。", 9.3, "通用设备制造业增加值"),
    # population by sex
    ("年末全县户籍人口96.5万人,比上年末减少0.3万人。其中,男性49.2万人,女性47.3万人。", 473000, "女性户籍人口"),
    # GDP's parts are value added
    ("全年地区生产总值300.8亿元,增长5.5%,其中第三产业增长6.9%。", 6.9, "第三产业增加值"),
    # retail sales by urban and rural
    ("社会消费品零售总额150.2亿元,增长7.7%。分城乡看,乡村21.4亿元,增长8.8%。", 2140000000, "乡村消费品零售额"),
]

NEGATIVES = [
    # the item names a measure of its own
    ("全年固定资产投资增长8.6%。其中,工业投资增长10.2%。", 10.2, "工业投资"),
    ("全年进出口总额95.1亿元。其中,出口60.3亿元。", 6030000000, "出口"),
    ("社会消费品零售总额150.2亿元。按消费类型分,商品零售131.8亿元,增长7.1%。", 13180000000, "商品零售"),
    # the total's measure is not known: a count of visitors
    ("全年接待游客820万人次,增长12%。其中,过夜游客210万人次。", 2100000, "过夜游客"),
    # units disagree: the part is a count of firms, the total an amount
    ("规模以上工业增加值122.5亿元。其中,高新技术企业46家。", 46, "高新技术企业"),
    # no breakdown: the figure follows a total but no 其中 or 分…看 opens it
    ("农林牧渔业增加值52.4亿元。农业31.6亿元。", 3160000000, "农业"),
    # a figure of another measure ends the breakdown: a later amount is not a part
    ("财政总收入8.2亿元,其中地方收入4.6亿元;农民人均纯收入9876元,净增812元。", 812, "农民人均纯收入净增"),
    # industries counted, not measured: a count of industries is no part of the value added
    ("工业增加值增长6.1%。重点行业中,有12个行业增长。", 12, "重点行业增长"),
    # another paragraph: the total does not reach it
    ("农林牧渔业增加值52.4亿元。\n其中,农业31.6亿元。", 3160000000, "农业"),
]


@pytest.mark.parametrize("text,value,subject", ROWS)
def test_breakdown_item_takes_the_totals_measure(text, value, subject):
    assert _subjects(text).get(value) == subject


@pytest.mark.parametrize("text,value,subject", NEGATIVES)
def test_item_keeps_its_subject(text, value, subject):
    assert _subjects(text).get(value, subject) == subject
