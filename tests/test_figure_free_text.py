"""Text with no figure: a document without one gives no facts but still its context and time budget, and the
sentences after a document's last figure change none of its facts (the sentence right after may still name it)."""

import time
from datetime import date

import pytest

from extractors.pipeline import Deadline, OverBudget, extract_text

FIGURE_FREE = [
    "市委召开全体会议,研究部署下一阶段的重点工作。",
    "这是一次十分重要的会议。\n\n与会同志一致表示,要把思想统一到全会精神上来。",
    "春节前夕,县领导走访慰问了困难群众,送去节日的祝福。",
]

TAILS = [
    "会议强调,要压实各方责任。",
    "\n\n记者手记\n走进园区,处处是忙碌的景象。工人们正在赶制订单。",
    "这一做法受到群众欢迎。",   # `这…` that names no amount renames nothing
]

FIGURES = [
    ("今年前三季度,全县地区生产总值增长6.5%。", "增长"),
    ("9月1日,一家企业多出一笔6400多元的收入。", "收入"),
    ("截至10月末,园区累计签约项目达到了58个。", "签约项目"),
]


@pytest.mark.parametrize("text", FIGURE_FREE)
def test_a_text_without_figures_gives_no_facts_but_its_context(text):
    ex = extract_text(text, "rmrb-2020-05-31-02-02.txt")
    assert ex.facts == []
    assert ex.context.published == date(2020, 5, 31)
    assert ex.chars == len(text)


@pytest.mark.parametrize("text", FIGURE_FREE)
def test_a_text_without_figures_still_answers_to_its_time_budget(text):
    deadline = Deadline(time.thread_time() - 1, 1e-6)   # already past
    with pytest.raises(OverBudget):
        extract_text(text, "r.txt", date(2021, 3, 1), deadline=deadline)


@pytest.mark.parametrize(("figure", "word"), FIGURES)
@pytest.mark.parametrize("tail", TAILS)
def test_sentences_after_the_last_figure_change_none_of_its_facts(figure, word, tail):
    alone = extract_text(figure, "r.txt", date(2021, 11, 19)).facts
    followed = extract_text(figure + tail, "r.txt", date(2021, 11, 19)).facts
    assert alone and word in alone[0].quote
    assert [(f.subject, f.value, f.period_end, f.region) for f in followed] == \
        [(f.subject, f.value, f.period_end, f.region) for f in alone]
