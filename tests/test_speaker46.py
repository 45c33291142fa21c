"""Region class of round 46: a division's leader who speaks at the national session as a deputy or a member
(`某市市长某某代表说，目前全市…`, `“…我们共输转劳动力…”某市委书记某某代表说`) tells the division's figures, not the
country's, unless the words name the country or its report (`我国`, `政府工作报告`). Each row is our own text: ALL its
facts (value, region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 27)
PAPER = "rmrb-2020-05-27-05-01.txt"   # a national paper's page: its scope is the country
SESSION = ("代表委员谈脱贫攻坚\n　　本报北京5月26日电  政府工作报告提出，脱贫是全面建成小康社会必须完成的硬任务。\n"
           "　　“脱贫攻坚，要在长效上下功夫。”四川省达州市委书记陈建军代表认为，要着力增强内生动力。\n")


def story(*paragraphs: str) -> str:
    return SESSION + "".join("　　" + p + "\n" for p in paragraphs)


CASES = [
    ("a mayor's scope word among several deputies' homes", PAPER,
     story("“眼前的事要做好，未来的事要谋好。”广东省茂名市市长林海涛代表说，目前全市已经出列的省定贫困村有120个，"
           "但绝不能松劲。"),
     [(120, "茂名市")]),
    ("a mayor's goals for this year", PAPER,
     story("“目标不变，力度不减！”广西壮族自治区河池市市长周建国代表说，今年要确保150个贫困村出列、3万贫困人口脱贫。"),
     [(150, "河池市"), (30000, "河池市")]),
    ("a mayor's count of services", PAPER,
     story("宁夏石嘴山市市长杨光明代表介绍，目前，200项政务服务事项中，150项已经可以网上办理。"),
     [(200, "石嘴山市"), (150, "石嘴山市")]),
    ("a quotation closed by a city party secretary, with a partner province inside", PAPER,
     story("吉林省靖宇县县长曾庆华代表介绍，县里为贫困劳动力开展免费培训。“我们同浙江宁波开展劳务协作，共输转劳动力"
           "3000人，其中建档立卡贫困群众2000人。”甘肃省陇南市委书记唐建明代表说。"),
     [(3000, "陇南市"), (2000, "陇南市")]),
    # negatives: the country named in the leader's words, a non-leader, a leader who names the home again
    ("a mayor who speaks of the country", PAPER,
     story("贵州省安顺市市长李建华代表说，1—4月，我国城镇新增就业354万人，就业形势逐步好转。"),
     [(3540000, "全国")]),
    ("a mayor who quotes the national report", PAPER,
     story("湖南省郴州市市长刘志强代表说，政府工作报告提出，今年城镇新增就业900万人以上。"),
     [(9000000, "全国")]),
    ("a university head is no division's leader", PAPER,
     story("武汉大学教授王建国委员说，截至4月底，湖北返岗就业人数累计达到600万人。"),
     [(6000000, "湖北省")]),
    ("a mayor who names the home again", PAPER,
     story("山西省忻州市市长王立新代表说，近年来忻州森林覆盖率以每年1个百分点的速度递增。"),
     [(1, "忻州市")]),
]

GAPS = {
    # a firm's head: the firm's figures are no place's (firm speakers are not read as homes)
    ("a firm's chairman tells the firm's figures", PAPER,
     story("东岭集团董事长张文斌代表说，企业去年营收增长20%，带动就业5000人。"),
     ((20, None), (5000, None))),
    # a leader named by the name alone in a later paragraph, the post given before
    ("a leader named again by the name alone", PAPER,
     story("广西壮族自治区河池市市长周建国代表认为，要巩固脱贫成果。", "“我们今年要让150个贫困村全部出列。”周建国代表说。"),
     ((150, "河池市"),)),
    # a village head's `村里` figures: the village is no division read as a home
    ("a village head tells the village's figures", PAPER,
     story("河北省保定市阜平县骆驼湾村党支部书记赵红梅代表介绍，村里发展中草药产业，种植药材近2000亩。"),
     ((2000, "骆驼湾村"),)),
}
CASES += [pytest.param(label, name, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_speaker46(label, name, text, expected):
    assert_exactly(text, [{"value": v, "region": r} for v, r in expected], PUBLISHED, name)
