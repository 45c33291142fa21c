"""Numbers that are no reported figure, second round on audit sheet 11 (classes N1, N2, N5, N9): a survey's sample
written as an act (`对N家企业进行问卷调查`), a notional output (`意味着可以多生产…`), a distance from a home or a local
place (`距家…公里`) and a daily round (`每天往返…公里`). Each class in several phrasings of our own, with negatives
that must stay facts: an inspection's count, what a change meant that happened, a city's distance from a city
(the unseen gold keeps it), a daily rate of work."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # [N5] a survey's sample as an act: 对 + count + 进行/开展 … 调查
    ("firms surveyed by questionnaire", "某研究院曾对国内340家企业进行问卷调查,多数表示订单减少。", []),
    ("residents surveyed online", "该机构对全球15个经济体的2.3万名居民进行了在线调查。", []),  # coverage too
    ("hospitals checked for satisfaction", "调查组对近150家县级医院开展满意度调查。", []),
    ("households interviewed", "课题组对800户脱贫户开展入户访谈。", []),
    ("pupils assessed", "专家组对1200名小学生实施体质测评。", []),
    ("an inspection's count stays", "执法人员对460家餐饮企业开展食品安全检查。", [460]),
    ("a survey's finding stays", "问卷调查显示,全市居民满意度达到93%。", [93]),
    ("firms that surveyed stay", "全省有60家企业开展了职工满意度调查。", [60]),
    # [N2] a notional output: 意味着 + 可/能 + an output verb
    ("hours mean more masks", "提前的两天,意味着可以多生产出900万只口罩。", []),
    ("a line means coal saved", "新生产线投产,意味着每年可节约标准煤4万吨。", []),
    ("a park means jobs", "园区建成,意味着能多吸纳3000人就业。", []),
    ("what happened stays", "这意味着全年出口增长了7.5%。", [7.5]),
    ("renewables share stays", "这意味着可再生能源占比达到了28%。", [28]),
    # [N1]/[N9] a distance from a home or a local place
    ("flat far from home", "为照顾孩子上学,她在距家30公里远的镇上租了房。", []),
    ("village far from town", "这个村地处距县城80公里之遥的深山里。", []),
    ("field near his home", "那片地距他家不到2公里。", []),
    ("school far away", "孩子们的新校舍距学校约5公里。", []),
    ("a city's distance stays", "该市距上海150公里,交通便利。", [150]),
    ("a road built stays", "全县新建农村公路320公里。", [320]),
    # [N1] a daily round of a person or a car
    ("postman's daily route", "每天平均行程80多公里,他在山路上一跑就是20年。", []),
    ("patrol car's round trip", "巡逻车每天往返约120公里。", []),
    ("walking each day", "她每天步行15公里给老人送药。", []),
    ("daily track laying stays", "铺轨机每天施工进度达到3公里左右。", [3]),
    ("railway opened stays", "全年新增高速铁路营业里程2500公里。", [2500]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_no_reported_figure(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
