"""A body's own figure (body_owners, lexicon/owners.toml `body_*`): a fair, games or an international organisation
that opens the sentence owns the measures it keeps of itself named alone in its later clauses (展览总面积, 参展企业,
成员国), so they do not read as the city's or the nation's totals. Sentences are our own; each row: text, the
figure's value, the subject it must have; every fact of the sentence is checked."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    # an event with its session, a date and a place before the clause
    ("第48届东盟交易会20日在南宁会展中心开幕，展览总面积为26.3万平方米，参展企业1.2万家。",
     {263_000: "东盟交易会展览总面积", 12_000: "东盟交易会参展企业"}),
    ("第三届西部博览会昨日在成都开幕，展览面积达18万平方米，境外采购商3000余名。",
     {180_000: "西部博览会展览面积", 3000: "西部博览会境外采购商"}),
    ("第十届海峡旅游博览会昨天在厦门闭幕，意向成交额超过40亿元。", {4_000_000_000: "海峡旅游博览会意向成交额"}),
    ("去年，第五届丝路博览会在西安举办，参展企业达3800家。", {3800: "丝路博览会参展企业"}),
    # after a dateline with its credit, or a news item's bullet
    ("本报昆明1月20日电（记者张明）第9届南亚博览会20日在昆明开幕，展览总面积为15万平方米。", {150_000: "南亚博览会展览总面积"}),
    ("◆国际海事组织是联合国的专门机构，现有174个成员国。", {174: "国际海事组织成员国"}),
    # an international organisation, its members counted after `现有`
    ("国际劳工组织是联合国的专门机构，现有187个成员国。", {187: "国际劳工组织成员国"}),
    ("世卫组织成立于1948年，目前共有194个会员国。", {194: "世卫组织会员国"}),
]

NOT_OWNED = [
    # the area is a place's, a sector's or in another `；` group; one of the body's people speaks; a list of events
    ("全市会展业去年举办展会68场，展览总面积为90万平方米。", {900_000: "展览总面积"}),
    ("广交会、进博会等展会期间，全市接待观众120万人次。", {1_200_000: "接待观众"}),
    ("世卫组织总干事表示，全球会员国已有120个提交了报告。", {120: "会员国"}),
    ("本届博览会在会展中心举行；全市展览总面积为260万平方米。", {2_600_000: "展览总面积"}),
    ("市人大常委会昨日召开会议，参会人员120名。", {120: "参会人员"}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_body_figures(text, expected):
    got = {round(float(f["value"])): f["subject"] for f in facts_of(text)}
    assert got == expected  # every fact, no extra one
