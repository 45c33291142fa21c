"""Subjects cut inside a clause (audit sheet 39, class 2): the clause's words at a subject's edges are trimmed
(`前期已分两批…`, `市场预计…`, `涉及总投资`, `除了…外`, `光一项…就投资`, a tail `如期`/`能`/`不过`), and an uncatalogued
figure whose subject names nothing (a place word alone, a bare act, `其下…`, a bare growth rate's margin) is dropped.
Each row is our own sentence with ALL the facts it must give (family, subject, value); the negatives stay as they are."""

import pytest
from factcase import named_values

CASES = [
    # a clause's batches, forecaster or `涉及` before the measure: trimmed
    ("batches given earlier", "财政部前期已分两批提前下达今年新增地方政府专项债额度1.8万亿元。",
     [("investment", "提前下达新增地方政府专项债额度", 1.8e12)]),
    ("a market's forecast", "市场预计今年全年专项债发行额能突破4万亿元。",
     [("investment", "专项债发行额", 4e12)]),
    ("an industry's forecast", "业内普遍预计今年新能源汽车销量将超过150万辆。",
     [("other", "新能源汽车销量", 1.5e6)]),
    ("total investment involved", "新区已完成26项重点工程前期批复，涉及总投资310亿元。",
     [("other", "新区重点工程前期批复", 26), ("investment", "总投资", 3.1e10)]),
    # a part singled out, the things set apart by 除…外
    ("one item alone", "村里说，光一项河道整治上级就投资1500万元。",
     [("investment", "河道整治上级投资", 1.5e7)]),
    ("kept apart by the province", "除了省里确定保留的8处功能性矮围外，其余矮围全部拆除。",
     [("other", "省里确定保留功能性矮围", 8)]),
    pytest.param("lines set apart", "除5条开通线路外，其余线路正在加紧建设。", [("other", "开通线路", 5)],
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: a set-apart frame (除…外) around an act with its "
                                         "counted things (开通线路)"),
                 id="lines set apart"),
    # the clause's adverb or reach after the measure: trimmed
    ("on schedule", "目前，215户市属厂办大集体改革如期完成。", [("other", "市属厂办大集体改革", 215)]),
    ("no more than", "东线输电工程投资不过90亿元。", [("investment", "东线输电工程投资", 9e9)]),
    ("a goal's effort", "今年我们要努力做到平均每日新注册企业2万户左右。", [("other", "平均每日新注册企业", 20000)]),
    # `达` of `达到`: trimmed after an amount; a count before it counts things the subject does not name
    ("an output reached", "西部18个省区市林业产业总产值达到3.1万亿元。", [("other", "西部省区市林业产业总产值", 3.1e12)]),
    ("stations over a threshold", "全国320个气象站的连续高温日数达到极端事件阈值。", []),
    ("some hospitals reached a grade", "30余家贫困县医院达到三级医院医疗服务水平。", []),
    ("all tributaries reached a grade", "流域内30条一级支流全部达到Ⅱ类以上水质。", [("other", "流域内一级支流", 30)]),
    ("a goal ensured", "我们将全力确保粮食产量稳定在1.3万亿斤以上。", [("other", "粮食产量", 1.3e12)]),
    # names nothing: a place word alone, a bare act, a pronoun's set, a bare growth rate's margin
    ("the village's land", "村里4200亩土地全部流转给合作社。", []),
    ("our village's sites", "这样的安置点，我们村里有6个。", []),
    ("in the film", "片中约60%的特效由国内团队完成。", []),
    ("a net increase", "截至3月末，全省涉农贷款余额800亿元，比年初净增45亿元。", [("other", "涉农贷款余额", 8e10)]),
    ("rectified", "截至目前，全县共排查问题900个，已完成整改720个。", []),
    ("its categories", "其下30个行业大类中，有18个行业营业收入同比增长。", []),
    ("a margin over the whole country", "一季度，贫困地区农村居民人均可支配收入实际增长7.5%，实际增速高于全国农村2.1个百分点。",
     [("growth_rate", "贫困地区农村居民人均可支配收入(实际)", 7.5)]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[r.id if hasattr(r, "marks") else r[0] for r in CASES])
def test_clause_cut_subjects(name, text, expected):
    assert named_values(text) == expected, f"{name}: from {text!r}"


STAY = [
    ("new capacity", "全市新增产能120万吨。", [("other", "新增产能", 1.2e6)]),
    ("served electronically", "全年电子送达文书4.5万份。", [("other", "电子送达文书", 45000)]),
    ("a rate reached", "全省地表水省控断面水质优良率达到88%。", [("other", "地表水省控断面水质优良率", 88)]),
    ("an act and its object", "全国人大常委会今年检查5部法律实施情况，进行6项专题调研。", [("other", "进行专题调研", 6)]),
    ("a share against the world", "今年三种作物的单产比世界平均水平分别高30%、42%、8%。",
     [("other", "三种作物的单产比世界平均水平", 30), ("other", "三种作物的单产比世界平均水平", 42),
      ("other", "三种作物的单产比世界平均水平", 8)]),
]


@pytest.mark.parametrize("name,text,expected", STAY, ids=[row[0] for row in STAY])
def test_alike_subjects_stay(name, text, expected):
    assert named_values(text) == expected, f"{name}: from {text!r}"
