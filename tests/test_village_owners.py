"""Whose figures a village's, a household's or a named district's are, when a wider place is in force: a village heading
its sentence owns the figures of its later clauses too (the village as written when the story introduced it after its county, else no
region, never the story's province or city); a family's accounts a villager tells in quotes are no reported figure; a
city's district named only `城区`/`郊区` is no city's but written with its name (`阳泉市城区`); a zone the gazetteer does not know, listed after
`;` among districts, takes no district's place before it; and a prefecture paper's story whose headline names one of its
counties by its short name is that county's. Our own sentences."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

DAY = date(2020, 5, 29)
NATIONAL_PAPER = "rmrb-2020-05-29-15-01.txt"  # a national paper's file name: its scope is 全国


def _regions(headline: str, body: str, name: str = NATIONAL_PAPER) -> list:
    text = f"{headline}\n　　本报记者 张三\n　　{body}\n"
    return [(f.contract()["value"], f.contract()["region"]) for f in extract_text(text, name, DAY).facts]


OWNED = [
    ("a village heads its sentence, a province's story",
     "湖南山村奔小康", "前年,杉木村有18户40人脱贫;去年,22户65人脱贫。",
     [(40, None), (65, None)]),
    ("the same village introduced after its county",
     "湖南山村奔小康", "湖南溆浦县杉木村的柑橘出了名。\n　　前年,杉木村有18户40人脱贫;去年,22户65人脱贫。",
     [(40, "杉木村"), (65, "杉木村")]),
    ("a village after 如今的, a city's story",
     "潍坊乡村新貌", "如今的杏花村,红枣种植面积达2000多亩,年产值4000万元。",
     [(2000, None), (40000000, None)]),
    ("a village's collective income across ;",
     "广西山村见闻", "前年,花坪村农民人均增收2100元;去年,村集体收入超过20万元。",
     [(2100, None), (200000, None)]),
    ("a city's district named 城区",
     "阳泉城区推进社区治理", "目前,阳泉市城区已有215个社会组织登记备案。",
     [(215, "阳泉市城区")]),
    ("a quoted household's accounts",
     "张北农家算收入账",
     "“去年种了3个大棚土豆,收入三万多元;打工又挣了8000元。”村民赵大山掰着指头算。",
     []),
    ("a farmer's accounts before the quote",
     "张北农家算收入账", "种植户李小河笑着说:“今年养了40头猪,卖了6万多元。”",
     []),
]

STAYS = [
    ("a province's figure after a village's sentence",
     "湖南山村奔小康", "前年,杉木村有18户40人脱贫。\n　　去年,湖南全省减贫60万人。",
     [(40, None), (600000, "湖南省")]),
    ("a county's figure an official quotes",
     "张北农家算收入账", "“全县去年种土豆20万亩。”县委书记王大成说。", [(200000, None)]),
    ("an athletes' village is no village",
     "武汉军运会筹备就绪", "武汉军运村今年竣工,可提供2000套公寓。", [(2000, "武汉市")]),
    ("a place's district listed with known ones",
     "重庆旅游市场火热", "今年五一假期,渝中区接待国内游客250万人次;涪陵区接待55万人次。",
     [(2500000, "渝中区"), (550000, "涪陵区")]),
]


@pytest.mark.parametrize("label, headline, body, expected", OWNED, ids=[c[0] for c in OWNED])
def test_a_villages_or_households_figures_are_not_the_storys_place(label, headline, body, expected):
    assert _regions(headline, body) == expected


@pytest.mark.parametrize("label, headline, body, expected", STAYS, ids=[c[0] for c in STAYS])
def test_wider_figures_keep_their_place(label, headline, body, expected):
    assert _regions(headline, body) == expected


def test_a_zone_listed_among_districts_takes_none_of_theirs():
    body = "今年五一假期,渝中区接待国内游客250万人次;万盛经开区接待53万人次;涪陵区接待55万人次。"
    # the zone is a region of its own (docs/AUDIT.md), never a district's
    assert _regions("重庆旅游市场火热", body) == [(2500000, "渝中区"), (530000, "万盛经开区"), (550000, "涪陵区")]


def test_a_prefecture_papers_county_story_by_its_headline():
    text = "恩施日报\n2010年10月20日\n咸丰:特色产业加快发展\n　　本报讯 近年来,全县特色产业加快发展。" \
           "多家石材企业进展顺利,预计两年内形成8亿元产能。\n"
    got = [(f.contract()["value"], f.contract()["region"]) for f in extract_text(text, "es.txt", None).facts]
    assert got == [(800000000, "咸丰县")]
