"""Numbers that are no reported figure, eighth round (audit facts17, class N1): who attended one gathering
(`4000余名中外人士欢聚一堂`, `300多人参会`), the make-up of one parade (`15个徒步方队`, a squad's generals), the party
a person leads on a trip (`带着7名工友`, `一行7人`) and a person introduced by a soldier's or an official's role
(`女兵朱亚荣`, `局长朱正亮`). Each class in phrasings of our own, with neighbours in like wording that are reported
figures and must stay facts: a programme's participants, a fair's exhibitors, a body's work with people."""

from datetime import date

import pytest
from factcase import facts_of

OCT = date(2019, 10, 12)

# (name, text, the values that must be facts, in text order)
CASES = [
    # who attended one gathering
    ("guests at a reception", "宴会厅灯火辉煌,3500余名中外嘉宾欢聚一堂,共庆佳节。", []),
    ("delegates gathered", "来自各地的180余名中医代表和学者汇聚一堂,交流最新成果。", []),
    ("members at a meeting", "学会倡议者、导师和会员等260多人参会。", []),
    ("a rehearsal's audience", "晚会此前已举行多场彩排,约2万名观众到现场观看。", []),
    ("players gathered", "来自12个国家的300名选手齐聚成都。", []),
    ("a programme's trainees stay", "今年以来,全市共有5万人参加技能培训。", [5e4]),
    ("a forum's shared figure stays", "“上传照片近6亿张”论坛现场分享的数据令与会嘉宾赞叹。", [6e8]),
    ("a fair's exhibitors stay", "本届农博会吸引1200家企业参展,成交额达80亿元。", [1200, 8e9]),
    ("a fair's visitors stay", "展会吸引了约8万人次参会和观展。", [8e4]),
    ("a congress's attendees as a noun stay", "世界互联网大会吸引了来自80个国家的5万名参会者。", [5e4]),
    ("a broadcast's viewers stay", "直播累计吸引2亿人次在线观看。", [2e8]),
    # the make-up of one parade
    ("marching formations", "12个徒步方队依次通过检阅台。", []),
    ("air echelons", "9个空中梯队以精准的间隔飞过广场上空。", []),
    ("a squad's generals", "这是一个联合指挥特色鲜明的方队——队员从12个部门抽组而成,包括24名将军。", []),
    ("flag bearers' load", "训练中,3位擎旗手在旗杆上挂上水壶练平衡,总负重超过25斤。", []),
    ("a team's count stays", "全省今年组建应急救援队伍,队员达3000人。", [3000]),
    ("a talent echelon's plan stays", "新区将加强教师梯队建设,到2025年培养出800名左右骨干教师。", [800]),
    # the party a person leads on a trip
    ("a foreman's crew", "“到了!”李建国带着6名工友下了车。", []),
    ("an inspection party", "整整20分钟里,检查组一行8人沉默着前后相随。", []),
    ("a body's work stays", "合作社带动300户村民增收。", [300]),
    # a person introduced by a soldier's or an official's role
    ("a soldier's drill", "火箭军女兵王晓梅很激动。为练好驾驶,王晓梅每天做80个俯卧撑。", []),
    ("a director's inspection", "在分局局长陈立新的带领下,检查组下到井底。陈立新先后检查了12个工作面。", []),
    ("a section chief telling a reporter stays", "科长刘文清对记者说,“保护区去年记录到候鸟5万只。”", [5e4]),
    ("a director as a source stays", "局长陈立新说,全市今年检查煤矿企业320家。", [320]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_event_and_party_numbers(name, text, values):
    assert [f["value"] for f in facts_of(text, OCT)] == values
