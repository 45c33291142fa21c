"""Numbers that are no reported figure, met on the audit's articles (classes N1, N3, N5, N7, N8) and subjects that
are only debris (S1): a study's or a survey's sample, a price said per piece, a payout cap, a person assigned to
each village, a size class's bound, the bound a counted set passes, a hope, what a field can earn, a household's
story, a rank, and a subject that is an adverb and a verb. Each class in several phrasings of our own, with
negatives that must stay facts (a figure of a place or an industry is never dropped)."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # [N5] the sample of a survey or a study: part of the measure's definition, not a count reported
    ("survey of firms", "研究机构对6200多家企业的问卷调查显示,多数企业已复工。", []),
    ("survey of households", "课题组对1500户农户的入户调查发现,收入普遍增加。", []),
    ("survey of students", "一项针对3000名学生的抽样调查表明,近视率有所下降。", []),
    ("study analysed cases", "研究回顾分析了去年入院的首批52例患者。", []),
    ("team analysed genomes", "该团队分析了来自多国的超过4300个病毒样本。", []),
    ("survey's findings stay", "调查显示,全省规模以上工业企业复工率达到96%。", [96]),
    ("batches of field trips stay", "委员会先后组织了4个批次的调研。", [4]),
    ("firms counted stay", "全市新增规模以上工业企业320家。", [320]),
    # [N3] a price said per piece, a payout cap, one person assigned to each place
    ("price per tonne said", "他说:“小的做种薯,一吨差不多3万元。”", []),
    ("price a tonne fetches", "“大的加工成粉,一吨能卖到8万多元。”", []),
    ("purchase price per piece", "公司以每斤1.2元保底收购农户的土豆。", []),
    ("payout cap per household", "参保农户遭灾后每户最高获赔3万元。", []),
    ("subsidy cap", "返乡创业人员最高可获补贴5000元。", []),
    ("one cadre per village", "全县为每个村安排1名县级干部联村、1名第一书记驻村。", []),
    ("one unit paired", "每个贫困村分别安排1名县处级领导挂点帮扶。", []),
    ("cadres sent stay", "全省选派2.6万名第一书记驻村。", [26000]),
    ("subsidy paid stays", "全县共发放种粮补贴4500万元。", [4.5e7]),
    # [N3] a size class's bound and the bound a counted set passes: the count is the figure
    ("size class listed", "其中百亩以上870户,千亩以上31户。", [870, 31]),
    ("towns over a bound", "全县有4个乡镇一般公共预算收入超过8000万元。", []),  # the bound; the count is a known gap
    ("firms past a bound", "全市12家企业营业收入突破10亿元。", []),  # the bound; the count: bare `企业` loses it
    ("a sum together stays", "3家龙头企业合计投资超过6亿元。", [3, 6e8]),
    ("a share of the counted stays", "电商平台对600个重点县覆盖率超过85%。", [85]),
    ("a gift to counted places stays", "东方集团向20个城市捐赠了超过300万只口罩。", [3e6]),
    # [N8] a hope; [N2] what a field can earn
    ("hope of support", "代表团希望能争取到15个成员国的支持。", []),
    ("can earn", "这里的梨丰收了,能够收入3万多元。", []),
    ("a mu can earn", "“一亩地好年景一年能挣5万元。”", []),
    ("income earned stays", "全镇梨果产业实现收入3.2亿元。", [3.2e8]),
    # [N1] a household's story
    ("household sold", "去年家里种的玉米卖了8000多元,养的羊卖了1万多元。", []),
    ("household bought", "他常年在外打工,家里买了两套房。", []),
    # [N7] a rank or its change; an order by a measure keeps the listed figures
    ("rank flat", "该国在综合竞争力排名中位列第30位,名次与上年持平。", []),
    ("ordered by growth stays", "各行业按增速排位分别是电子信息业(增长41.2%)。", [41.2]),
    # [S1] a subject that is only an adverb and a verb names nothing
    ("received one after another", "此后,先后引进8个。", []),
    ("signed in exchange", "两国领导人见证了18项合作文件的交换签署。", [18]),
    ("all handled on time", "1.2万件全部按时办结", []),
    ("plant again", "“明年再种500亩花椒。”", []),
    ("newly registered stays", "全国新登记的500万户私营企业吸纳大量就业。", [5e6]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c.id if hasattr(c, "marks") else c[0] for c in CASES])
def test_no_reported_figure(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
