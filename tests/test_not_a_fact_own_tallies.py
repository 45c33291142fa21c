"""Numbers that are no reported figure, thirteenth round (audit judged21b/22b, classes N1/N3): one actor's own doings
(a national leader's visits, signings and calls, one body's plenary meetings, one speaker's plan), the structure of one
text or site (a law's articles, a draft's parts, parts listed then counted), an inventory of ones, a per-area payout of
one village and a count inside a policy task's name. Each class in phrasings of our own, with neighbours in like
wording that are reported figures and must stay facts (an inspection tour's tally, a law's effect, a plan of a city)."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # a national leader's own visits, signings and calls
    ("a leader's village visits", "习近平总书记深入西部山区,走访了30多个农户家庭。", []),
    ("a premier's phone calls", "李克强总理同15个国家领导人22次通电话。", []),
    ("a province's top official's visits", "去年以来,省委主要负责同志先后4次到该县调研脱贫工作。", []),
    ("a city's top officials' visits", "市委主要领导同志两次深入山区乡镇督导防汛。", []),
    ("a minister's visits and signings", "王毅国务委员访问了6个国家,签署了12项合作文件。", []),
    ("a state visit's documents", "国家主席赴南美进行国事访问,双方签署约25项合作文件。", []),
    ("an inspection tour's villages stay", "全省巡视组走访了320个村,发现问题1500个。", [320]),
    ("a leader quoting a national figure stays", "总书记指出,全国已有9000万人脱贫。", [9e7]),
    ("officials' visits of a province stay", "今年以来,全省领导干部走访了1200户企业。", [1200]),
    ("inspection teams' visits stay", "今年,省督导组先后6次到各地督导防汛工作。", [6]),
    ("firms a leader saw, their revenue stays", "总理考察了3家企业,这些企业营业收入达50亿元。", [5e9]),
    # one body's plenary meetings
    ("a committee's plenary meetings", "委员会成立5年来,已召开86次全体会议。", []),
    ("a ministry's forums stay", "国家发改委召开座谈会12次,上门沟通20次。", [12, 20]),
    ("a national body's sessions stay", "全国人大常委会已召开12次常委会全体会议。", [12]),
    # one speaker's plan
    ("a farmer's plan", "他说,明年打算再养300只羊。", []),
    ("a manager's hiring plan", "厂长说,今年准备招工200人。", []),
    ("a village's plan told by its secretary", "他说,明年准备再开垦500亩。", []),
    ("a city's plan stays", "全市今年准备新建学校20所。", [20]),
    ("a reserve ratio stays", "央行下调存款准备金率0.5个百分点。", [0.5]),
    ("preparatory work stays", "防汛准备工作完成80%。", [80]),
    # the structure of one text or site
    ("a law's articles", "新修订的森林法共有84条。", []),
    ("a code's articles and one part's", "这部法典共有1150条,其中物权编就占了258条。", []),
    ("a chapter's articles", "森林法共有84条,其中法律责任一章就占了15条。", []),
    ("a draft's articles", "办法正文部分共有9条。", []),
    ("a code's book's sub-books", "草案第五编共4个分编、18章、300条,主要内容如下:", []),
    ("a code's sub-books", "这部法典共有7个分编。", []),
    ("parts listed then counted", "场馆由比赛区、训练区和媒体区3个区域组成。", []),
    ("a delegation's members stay", "代表团由120人组成。", [120]),
    ("suggestions received stay", "立法机关共收到公众意见建议5600条。", [5600]),
    ("a list cut stays", "负面清单条目缩减至33条。", [33]),
    ("a law's effect stays", "新法实施以来,全省查处违法案件1200件。", [1200]),
    # an inventory of ones
    ("one post's inventory", "1名站长、1间小屋,守着这片林场。", []),
    ("a county's drivers stay", "全县配备11名司机、20辆车。", [11]),
    # one village's per-area payout
    ("a payout per hectare", "去年村民1公顷地入股分红1.2万元。", []),
    ("a payout per mu", "村支书介绍,去年村民1亩地入股分红900元。", []),
    ("a village's total payout stays", "去年全村土地入股分红总额达120万元。", [1.2e6]),
    ("the income per mu stays", "他说,过去种小麦,1亩地收入600多元。", [600]),
    # a count inside a policy task's name
    ("a task's name", "2500万非户籍人口在城镇落户工作取得明显进展。", []),
    ("a task's name with a whole", "全国1亿非户籍人口在城市落户工作取得重大进展。", []),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_own_tallies_and_structures(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
