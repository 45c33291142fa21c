"""Canonical text and its offset map: folds, joins, kept breaks, spaces, and exact offsets back to the source."""

from __future__ import annotations

import re

import pytest
from conftest import corpus_pages
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.context import document_context
from extractors.load import load_text
from extractors.normalize import normalize

# (source, canonical) — written for these tests: other cities, other years.
FOLDS = [
    ("增长６．１％，投资１２０亿元", "增长6.1%,投资120亿元"),
    ("（记者 张三）：本周受理１，２３４件；", "(记者 张三):本周受理1,234件;"),
    ("ＧＤＰ增长５％！真的？", "GDP增长5%!真的?"),
    ("价格￥５０", "价格¥50"),
    ("范围６％－６．５％", "范围6%-6.5%"),
    ("保留。、“”《》—…①", "保留。、“”《》—…①"),
    ("半角｡､", "半角。、"),
]

# a middle dot printed for the decimal point before a unit or %; never an event's date or a name's separator
DECIMAL_DOTS = [
    ("交通类价格上涨2·7%,娱乐类3·4%", "交通类价格上涨2.7%,娱乐类3.4%"),
    ("比上年提高0·6个百分点,完成4·2亿元", "比上年提高0.6个百分点,完成4.2亿元"),
    ("纪念4·25地震,7·21暴雨,艾力·买提", "纪念4·25地震,7·21暴雨,艾力·买提"),
]

JOINS = [
    ("城乡建\n设占比15%", "城乡建设占比15%"),
    ("住房保障占比20%;城乡建\n\n设占比15%;", "住房保障占比20%;城乡建设占比15%;"),
    ("全年出口额占比\n15%", "全年出口额占比15%"),
    ("出口创汇目标是5000万美\n元,明年1亿美元", "出口创汇目标是5000万美元,明年1亿美元"),
    ("本周共受理电话来电\n和其他平台留言 2280件,", "本周共受理电话来电和其他平台留言2280件,"),
    ("同比增\n长3.5%", "同比增长3.5%"),
    ("完成投资12\n3.4亿元", "完成投资123.4亿元"),
    # a short line opening a block is a wrap when the line after it is short too (not a full-width paragraph line)
    ("上一段完成了很多很多的工作任务。\n全年出口额占比\n15%,进口额占比20%。", "上一段完成了很多很多的工作任务。\n全年出口额占比15%,进口额占比20%。"),
    ("LIAO YUAN\nRI BAO", "LIAO YUAN RI BAO"),
    # a numbered line that starts a sentence with a year is wrapped text, not a year heading
    ("上一段完。\n一、2019年全县地区生产总值\n达到88亿元。", "上一段完。\n一、2019年全县地区生产总值达到88亿元。"),
    ("  前导空格\n  和缩进的续行,继续", "前导空格和缩进的续行,继续"),
    ("上一段完。\n\n反映的问题有:\n小区夜间施工噪\n\n音扰民;路灯不亮。", "上一段完。\n反映的问题有:小区夜间施工噪音扰民;路灯不亮。"),
    ("上一段完。\n\n本报讯(记者\n李四)8月1日,", "上一段完。\n本报讯(记者李四)8月1日,"),
    ("上一段完。\n\n本报讯 西安区四合\n东区6号楼经常断电,", "上一段完。\n本报讯 西安区四合东区6号楼经常断电,"),
    ("第一段很长的文字,说明了很多很多的情况,而且一直写到了很长很长很长很长的地方,企业利\n润实现了较大增长,说明了很多很多的情况而且一直写到了很长很长的地方。",
     "第一段很长的文字,说明了很多很多的情况,而且一直写到了很长很长很长很长的地方,企业利润实现了较大增长,说明了很多很多的情况而且一直写到了很长很长的地方。"),
]

LONG = "这一段是很长的正文,说明了全市经济运行的很多情况,而且一直写到了很长很长很长很长的地方才结束。"
KEPT = [
    ("今年增长5%。\n\n明年力争增长6%。", "今年增长5%。\n明年力争增长6%。"),
    ("他说:“增长很快。”\n\n下一段开始,", "他说:“增长很快。”\n下一段开始,"),
    ("市民表示满意。(热线办)\n\n新的一段", "市民表示满意。(热线办)\n新的一段"),
    ("开好头 起好步 努力实现新发展\n\n本报讯 近日", "开好头 起好步 努力实现新发展\n本报讯 近日"),
    ("上一段结束。\n\n一周数据\n\n本周受理1200件。", "上一段结束。\n一周数据\n本周受理1200件。"),
    ("金额300万元,目标3年5个亿\n\n本报讯(记者 李四)8月1日,", "金额300万元,目标3年5个亿\n本报讯(记者 李四)8月1日,"),
    ("全文完\n——访某县委书记", "全文完\n——访某县委书记"),
    # a headline wrapped over two lines still stands apart
    ("上一段完。\n\n南方市召开全市经济工作\n会议部署明年任务\n\n本报讯 12月1日,", "上一段完。\n南方市召开全市经济工作会议部署明年任务\n本报讯12月1日,"),
    # a work report's year heading stays a line of its own on a hard-wrapped page (pasted from a PDF)
    ("各位代表:\n一、2018年工作回顾\n刚刚过去的一年,全省地区生\n产总值增长\n4%\n。",
     "各位代表:\n一、2018年工作回顾\n刚刚过去的一年,全省地区生产总值增长4%。"),
    ("报告如下。\n二、2022年主要工作安排\n今年全市经济增长\n6%\n左右。", "报告如下。\n二、2022年主要工作安排\n今年全市经济增长6%左右。"),
    ("报告如下。\n一、2020年和“十三五”工作回顾\n五年来,全区经济年均增长\n5%\n。",
     "报告如下。\n一、2020年和“十三五”工作回顾\n五年来,全区经济年均增长5%。"),
    # on a page hard-wrapped at a width, a short line with no punctuation opening a block and followed by a
    # full-width line is a heading of its own (its time must not open the paragraph under it)
    ("报告如下,请予审议。\n去年工作和今年以来回顾\n去年,县政府在县委的领导下,全面建成小康社会取得了新\n的重大进展。全县生产总值增长5%,规上工业增加值增长\n15%。",
     "报告如下,请予审议。\n去年工作和今年以来回顾\n去年,县政府在县委的领导下,全面建成小康社会取得了新的重大进展。全县生产总值增长5%,规上工业增加值增长15%。"),
    (LONG + "\n\n" + LONG + "\n\n" + LONG + "\n特此公告。\n某某市统计局\n2023年6月1日\n\n疫情通报\n\n6月1日0—24时,无新增确诊病例。",
     LONG + "\n" + LONG + "\n" + LONG + "\n特此公告。\n某某市统计局\n2023年6月1日\n疫情通报\n6月1日0—24时,无新增确诊病例。"),
]

SPACES = [
    ("签约100 万双", "签约100万双"),
    ("可 9月 1日这天", "可9月1日这天"),
    ("留言 2280 件", "留言2280件"),
    ("超过 24 小时", "超过24小时"),
    ("增长 15 %", "增长15%"),
    ("共计 1 234 567 元", "共计1234567元"),
    ("2021年11月19日 星期五", "2021年11月19日 星期五"),
    ("记者  王茵\t夏景明", "记者 王茵 夏景明"),
    ("增长\u30005%", "增长5%"),
    ("增长\u00a05%", "增长5%"),
    ("增\u200b长5%", "增长5%"),
    ("\ufeff辽源日报", "辽源日报"),
    ("2019 2020", "2019 2020"),
]

# a photo's credit ends its caption's line: the story's next line is not the caption's sentence
CREDITS = [
    ("会议现场。李明 摄\n据介绍,今年上半年,全省进出口增长8%。", "会议现场。李明 摄\n据介绍,今年上半年,全省进出口增长8%。"),
    ("假期里,南湖公园游人如织某某晚报记者 王 芳 摄\n今年的假期结束,", "假期里,南湖公园游人如织某某晚报记者 王 芳 摄\n今年的假期结束,"),
    ("新华社记者 张国俊摄\n本月以来", "新华社记者 张国俊摄\n本月以来"),
    # negatives: a wrapped sentence whose line ends in 拍摄 goes on
    ("工作人员正在拍摄\n宣传片,共拍摄3部。", "工作人员正在拍摄宣传片,共拍摄3部。"),
]

# a pinyin reading in brackets after a Han character is a gloss: dropped; other brackets stay
GLOSSES = [
    ("2023年甘肃省(shěng)兰州市(shì)国民经(jīng)济", "2023年甘肃省兰州市国民经济"),
    ("画家张旸（yáng）在晚年", "画家张旸在晚年"),
    ("营业额(yè) 增长 5%", "营业额 增长5%"),
    ("绿(lǜ)色", "绿色"),
    ("行政区(qū)", "行政区"),
]
GLOSS_KEPT = [
    ("美国(USA)的出口", "美国(USA)的出口"),
    ("附表(a)所列", "附表(a)所列"),
    ("ABC(zhè)", "ABC(zhè)"),
    ("区(jiànshèqū)合并", "区(jiànshèqū)合并"),   # longer than one syllable: no gloss of one character
]

LINE_ENDS = [
    ("第一段。\r\n第二段。\r\n", "第一段。\n第二段。"),
    ("第一段。\r第二段。", "第一段。\n第二段。"),
    ("第一段。\u2028第二段。", "第一段。\n第二段。"),
    ("第一页完。\x0c第二页。", "第一页完。\n第二页。"),
    ("\n\n\n", ""),
    ("", ""),
]


@pytest.mark.parametrize("source,canonical", FOLDS + DECIMAL_DOTS + JOINS + KEPT + SPACES + LINE_ENDS
                         + GLOSSES + GLOSS_KEPT + CREDITS)
def test_canonical_text(source, canonical):
    assert normalize(source).text == canonical


_SEPARATORS = frozenset(",、;。")


def _fold_char(ch: str) -> str:
    return normalize(ch).text or ch


def _assert_offsets(source: str) -> None:
    canon = normalize(source)
    text, to_source = canon.text, canon.to_source
    assert len(to_source) == len(text) + 1 and to_source[len(text)] == len(source)
    previous = -1
    for i, ch in enumerate(text):
        s = to_source[i]
        assert previous < s < len(source)
        previous = s
        if ch not in " \n" and not (ch == "|" and source[s] == "\t"):   # a table row's tabs are `|`
            assert _fold_char(source[s]) == ch, (i, ch, source[s])
    # Every span maps to a source span holding the same text once whitespace and the weaker marks of doubled
    # separators (`,、` → `、`: dropped, so mapped from no canonical character) are ignored.
    squash = re.compile(r"[\s|\u200b\u200c\u200d\u2060\ufeff\u00ad]")
    mapped = {to_source[i] for i in range(len(text))}
    for start in range(0, len(text), 3):
        for end in (start + 1, start + 4, start + 9):
            if end > len(text):
                continue
            s, e = canon.source_span(start, end)
            folded = "".join(_fold_char(c) for p, c in enumerate(source[s:e], s)
                             if p in mapped or _fold_char(c) not in _SEPARATORS)
            assert squash.sub("", folded) == squash.sub("", text[start:end])


@pytest.mark.parametrize("source", [s for s, _ in FOLDS + JOINS + KEPT + SPACES + LINE_ENDS])
def test_offsets_of_examples(source):
    _assert_offsets(source)


ALPHABET = st.sampled_from(list("增长投资亿万元件占比城乡建设。,，;；、") + list("0123456789０５％%.")
                           + [" ", "\n", "\n\n", "\r\n", "\r", "\u3000", "\u00a0", "\u200b", "\ufeff", "\t",
                              "a", "B", "(", "）", "“", "”"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_offsets_property(source):
    _assert_offsets(source)


@pytest.mark.parametrize("source", [s for s, _ in GLOSSES])
def test_a_dropped_gloss_keeps_offsets_exact(source):
    canon = normalize(source)
    assert canon.to_source[len(canon.text)] == len(source)
    for i, ch in enumerate(canon.text):
        if ch != " ":
            assert _fold_char(source[canon.to_source[i]]) == ch


def test_a_glossed_title_names_its_city_inside_the_province():
    text = normalize("2023年甘肅省(shěng)蘭州市(shì)國民經(jīng)濟和社會發(fā)展統(tǒng)計公報\n一、綜合\n"
                     "初步核算,全年地區生產總值3300億元。").text
    assert document_context(text, "x.txt").region.name == "兰州市"


def test_source_span_of_a_joined_word():
    source = "今年城乡建\n\n设占比15%。"
    canon = normalize(source)
    start = canon.text.index("城乡建设")
    s, e = canon.source_span(start, start + 4)
    assert source[s:e] == "城乡建\n\n设"


def test_large_single_line_keeps_a_small_offset_map():
    source = "全市完成投资181.68亿元,增长5%," * 100_000
    canon = normalize(source)
    assert canon.text == source
    assert len(canon.to_source._starts) == 1  # one breakpoint, not one int per character


# ---- invariance on the sample pages ---------------------------------------------------------------------

def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def _hard_wrap(text: str, width: int = 20) -> str:
    out = []
    for line in text.split("\n"):
        out.append("\n".join(line[i:i + width] for i in range(0, max(len(line), 1), width)))
    return "\n".join(out)


def _fullwidth_digits(text: str) -> str:
    return text.translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789"})


VARIANTS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode(),
    "fullwidth-digits": lambda t: _fullwidth_digits(t).encode(),
    "hard-wrapped-20": lambda t: _hard_wrap(t).encode(),
    "all-at-once": lambda t: _hard_wrap(_fullwidth_digits(t)).replace("\n", "\r\n").encode("gb18030"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("page", corpus_pages(), ids=lambda p: p.name[:3])
def test_invariance_on_sample_pages(tmp_path, page, variant):
    original = load_text(page).text
    path = tmp_path / page.name
    path.write_bytes(VARIANTS[variant](original))
    changed = load_text(path).text
    reference, candidate = normalize(original).text, normalize(changed).text
    assert _squash(candidate) == _squash(reference)
    assert (document_context(candidate, page.name).published
            == document_context(reference, page.name).published)


def test_sample_pages_present_or_skipped(corpus):
    assert len(corpus) == 5


@pytest.mark.parametrize("source,canonical", DECIMAL_DOTS)
def test_a_decimal_middle_dot_keeps_offsets(source, canonical):
    """One character for one: every canonical character maps to the source character at the same place."""
    canon = normalize(source)
    assert canon.text == canonical and list(canon.to_source) == list(range(len(source) + 1))


def test_a_decimal_middle_dot_is_read_as_a_decimal():
    from tests.factcase import facts_of
    facts = facts_of("2020年,全县蔬菜产量增长2·6%,水果产量增长1·9%,肉类产量4·3万吨。")
    assert [(f["subject"], f["value"], f["unit"]) for f in facts] == [
        ("蔬菜产量", 2.6, "%"), ("水果产量", 1.9, "%"), ("肉类产量", 43000, "吨")]
