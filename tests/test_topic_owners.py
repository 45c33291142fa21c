"""A topic's own figure (topic_owners, lexicon/owners.toml `topic_*`): a port, a platform or a fund that opens the
sentence owns its measures named alone in a later clause (集装箱吞吐量, 累计注册人数), and in the next `；` group when
that group goes on with the act alone; a place, a scope, a speaker or another group's actor keeps the measure bare.
Sentences are our own; each row: text and every fact's value and subject."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    # a port after an attributive phrase, its topic closed by a comma
    ("地处新通道节点的南岭港，去年跨入亿吨大港行列，今年上半年集装箱吞吐量突破80万箱，同比增长21.3%。",
     {800_000: "南岭港集装箱吞吐量", 21.3: "南岭港集装箱吞吐量"}),
    # the next `；` group goes on with the port's act
    # (a volume done is named without its act once the port's name is carried: round 66)
    ("东江港完成货物吞吐量1.5亿吨,增长12%；完成集装箱吞吐量60.2万标准箱,增长9.6%。",
     {150_000_000: "东江港完成货物吞吐量", 12: "东江港完成货物吞吐量", 602_000: "东江港集装箱吞吐量",
      9.6: "东江港集装箱吞吐量"}),
    # a platform named in quotes after a time
    ("截至目前，“东江校园招聘平台”已提供岗位信息近百万条，累计注册人数近20万人。", {200_000: "东江校园招聘平台累计注册人数"}),
    # a platform or a fund named by its kind, then its name in quotes
    ("南岭研究所设立的数据共享平台“东江基因库”，迄今访问量超过50万次，下载量超过1200万次。",
     {500_000: "东江基因库访问量", 12_000_000: "东江基因库下载量"}),
    ("省里设立的产业基金“东江一号”，基金规模达20亿元。", {2_000_000_000: "东江一号基金规模"}),
]

NOT_OWNED = [
    # another actor opens the next group; the ports of a place; a port's people speak; a place named like a port
    ("东江港完成货物吞吐量1.5亿吨；全市完成集装箱吞吐量60.2万标准箱。",
     {150_000_000: "东江港完成货物吞吐量", 602_000: "集装箱吞吐量"}),
    ("全市港口完成集装箱吞吐量50万标准箱。", {500_000: "港口完成集装箱吞吐量"}),
    ("东江港负责人介绍，今年集装箱吞吐量达30万标准箱。", {300_000: "集装箱吞吐量"}),
    ("香港去年访问量达到3000万人次。", {30_000_000: "访问量"}),
    # a quoted name opening with a number would read as a year: the measure stays bare, the figure kept
    ("南岭所设立的共享平台“2020病毒库”，迄今访问量超过50万次。", {500_000: "访问量"}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_topic_figures(text, expected):
    got = {round(float(f["value"]), 1): f["subject"] for f in facts_of(text)}
    assert got == expected  # every fact, no extra one
