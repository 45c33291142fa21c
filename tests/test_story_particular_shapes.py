"""A story's one-off particulars recognised by their shape (audit sheet 34): a distance that bounds an area
(`1公里范围内`), the bodies that join in one statement (`7个…组织发表联合声明`) and who came to or missed one sitting
(`出席…人，缺席…人`) are no reported measure; real figures of like shape stay. Sentences are our own; each row gives
ALL the facts as (value, unit), in text order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 10)


def _values(text: str) -> list[tuple]:
    return [(f["value"], f["unit"]) for f in facts_of(text, DAY)]


PARTICULARS = [
    # a zone's edge (and the firms inside it: a bare `企业搬迁`, `化工企业` loses the zone, no fact either)
    ("今年将完成黄河干流岸线2公里范围内56家企业搬迁。", []),
    ("岸线1公里范围内共有化工企业80家。", []),
    # the signers of one statement
    ("5个行业协会发表联合声明，呼吁加强自律。", []),
    ("9家媒体机构联合发布倡议书，倡导文明上网。", []),
    ("30多位学者联名发表公开信。", []),
    # one sitting's attendance
    ("今天上午的全体会议，出席1502人，缺席31人。", []),
    ("下午的会议，出席委员156人，列席代表40人。", []),
]


@pytest.mark.parametrize("text,facts", PARTICULARS)
def test_a_storys_particular_is_no_fact(text, facts):
    assert _values(text) == facts


STAYS = [
    # a length a body covers
    ("全市今年整治河道52公里。", [(52, "公里")]),
    ("治理范围达300平方公里。", [(300, "平方公里")]),
    # ties and deals signed are counted
    ("会上，签署合作协议的企业达46家。", [(46, "家")]),
    # a body's size and its attendance rate
    ("本次大会应出席代表2956人。", [(2956, "人")]),
    ("全年培训班出席率达98%。", [(98, "%")]),
]


@pytest.mark.parametrize("text,facts", STAYS)
def test_a_real_figure_of_like_shape_stays(text, facts):
    assert _values(text) == facts
