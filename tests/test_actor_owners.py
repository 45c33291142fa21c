"""The actor of a count's act, cut off by a phrase of place, goal or beneficiary (extractors/measure_owners.py
`actor_of_count`, lexicon/owners.toml `actor_before_goal`): `东江银行今年将在省内发放20万张…卡` counts the bank's cards,
not all such cards. Never across a list of actors, a `的`, or a clause. Sentences are our own; each row: text, the
figure's value, the subject it must have (negatives: the subject it keeps)."""

from __future__ import annotations

import pytest
from factcase import facts_of

ACTOR_KEPT = [
    ("东江银行今年将在全省范围内发放20万张创业担保卡。", 200_000, "东江银行发放创业担保卡"),
    ("市委组织部工委向全市中小学校派出5个督导组。", 5, "市委组织部工委派出督导组"),
    ("滨海第一医院已向灾区派出12名医护人员。", 12, "滨海第一医院派出医护人员"),
    ("西岭农机合作社今年为周边农户提供300台收割机。", 300, "西岭农机合作社提供收割机"),
    ("恒远集团向山区学校捐赠了4000套课桌椅。", 4000, "恒远集团捐赠课桌椅"),
    ("北方理工大学为边疆医院培训60名在职医生。", 60, "北方理工大学培训在职医生"),
    ("会上介绍，南湖银行将在县域新建40个便民服务点。", 40, "南湖银行新建便民服务点"),
    ("恒远集团在西部山区建造了210所乡村卫生室。", 210, "恒远集团建造乡村卫生室"),
    ("东江银行还在体育场设置了6台自助兑换机。", 6, "东江银行设置自助兑换机"),
]
ACTOR_NOT_TAKEN = [  # a list of actors, a `的` in the phrase, no body, a count in the phrase: the noun stays alone
    # (the things are named with their kind, 6+ characters: a bare `口罩` of such a clause is dropped, bare_names.py)
    ("甲公司、乙公司和丙公司将在未来两个月生产2000万个医用防护口罩。", 20_000_000, "医用防护口罩"),
    ("东江银行在省城的分行今年向农户发放了5000张乡村振兴信用卡。", 5000, "乡村振兴信用卡"),
    ("全市各乡镇今年将向贫困家庭发放3000张临时生活救助卡。", 3000, "临时生活救助卡"),
    ("东江银行行长表示，全省各地今年将在社区发放2万张消费券。", 20_000, "各地在社区发放消费券"),  # the future's 将 cut out
    ("恒远集团的员工志愿者在春节期间向敬老院赠送800份新春年货礼包。", 800, "新春年货礼包"),
    ("几位村民在东江银行网点为乡亲们发放了300张第三代社保卡。", 300, "第三代社保卡"),
]

COUNT_IN_THE_PHRASE = [  # known gap: a count inside the goal phrase takes the clause, the actor is lost
    ("市委组织部工委向18所中小学校派出5个督导组。", 5, "市委组织部工委派出督导组"),
]


def _subject_of(text: str, value: float) -> str:
    found = [f["subject"] for f in facts_of(text) if abs(float(f["value"]) - value) < 1e-6 * max(1, value)]
    assert found, f"no fact of {value} in {text}"
    return found[0]


@pytest.mark.parametrize(("text", "value", "subject"), ACTOR_KEPT)
def test_the_actor_owns_the_count(text, value, subject):
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(("text", "value", "subject"), ACTOR_NOT_TAKEN)
def test_no_actor_is_taken_across_a_list_or_a_modifier(text, value, subject):
    assert _subject_of(text, value) == subject


@pytest.mark.xfail(strict=True, reason="the phrase's own count (18所) ends the clause the actor stands in")
@pytest.mark.parametrize(("text", "value", "subject"), COUNT_IN_THE_PHRASE)
def test_a_count_in_the_phrase_keeps_the_actor(text, value, subject):
    assert _subject_of(text, value) == subject
