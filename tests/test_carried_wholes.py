"""Owners a part or a list item takes from a figure before it (match.whole_before, sub_accounts.sub_account and lexicon
subjects.toml sub_account / trade_whole / trade_part; shared_objects.with_objects_named_once and act_object_once): the
parts of an account broken down in the next sentence, opened by `其中`, are the account's (户籍城镇人口, 加工贸易出口额),
and a later item of a list of places that names only its act counts what the first item's act took (接待国内游客).
Sentences are our own; each row: text -> ALL facts."""

from __future__ import annotations

import pytest
from factcase import assert_exactly

NEXT_SENTENCE_PARTS = [  # the account the sentence before gave alone owns the parts `其中` opens
    ("据户籍统计，年末全县户籍人口为98000人。其中，城镇人口41000人，乡村人口57000人。",
     [{"value": 98000, "subject": "户籍人口"}, {"value": 41000, "subject": "户籍城镇人口"},
      {"value": 57000, "subject": "户籍乡村人口"}]),
    ("全年一般公共预算收入52亿元，增长3.1%。其中税收收入36亿元，非税收入16亿元。",
     [{"value": 5.2e9, "subject": "一般公共预算收入"}, {"value": 3.1, "subject": "一般公共预算收入"},
      {"value": 3.6e9, "subject": "一般公共预算税收收入"}, {"value": 1.6e9, "subject": "一般公共预算非税收入"}]),
    ("一季度，我市加工贸易进出口总额达2.4亿美元，同比增长80%。其中，出口额1.5亿美元，增长60%；进口额0.9亿美元。",
     [{"value": 2.4e8, "subject": "加工贸易进出口总额"}, {"value": 80, "subject": "加工贸易进出口总额"},
      {"value": 1.5e8, "subject": "加工贸易出口额"}, {"value": 60, "subject": "加工贸易出口额"},
      {"value": 9e7, "subject": "加工贸易进口额"}]),
    ("一季度，一般贸易进出口额6亿美元。其中，出口额4亿美元，进口额2亿美元。",
     [{"value": 6e8, "subject": "一般贸易进出口额"}, {"value": 4e8, "subject": "一般贸易出口额"},
      {"value": 2e8, "subject": "一般贸易进口额"}]),
]
NOT_CARRIED = [  # plain foreign trade names no kind; a sentence with several levels names no one whole
    ("一季度，全市外贸进出口总额5亿美元。其中，出口额3亿美元，进口额2亿美元。",
     [{"value": 5e8, "subject": "外贸进出口总额"}, {"value": 3e8, "subject": "出口额"}, {"value": 2e8, "subject": "进口额"}]),
    ("年末全县户籍人口98000人，常住人口91000人。其中，城镇人口50000人。",
     [{"value": 98000, "subject": "户籍人口"}, {"value": 91000, "subject": "常住人口"}, {"value": 50000, "subject": "城镇人口"}]),
    ("全年保险公司原保险保费收入7.1亿元。其中，寿险保费收入4.1亿元。",  # the part names its own account
     [{"value": 7.1e8, "subject": "保险公司原保险保费收入"}, {"value": 4.1e8, "subject": "寿险保费收入"}]),
]
PLACE_LIST_OBJECTS = [  # the act's object, named in the first item, is every later item's
    ("五一期间，东城区接待国内游客120万人次，同比增长12%；西城区接待80万人次，同比增长9%。",
     [{"value": 1.2e6, "subject": "接待国内游客"}, {"value": 12, "subject": "接待国内游客"},
      {"value": 8e5, "subject": "接待国内游客"}, {"value": 9, "subject": "接待国内游客"}]),
    ("国庆期间，东城区吸引外地游客60万人次，西城区吸引45万人次。",
     [{"value": 6e5, "subject": "外地游客"}, {"value": 4.5e5, "subject": "外地游客"}]),
]
NOT_PLACE_LIST_OBJECTS = [  # another unit: another measure; an item naming its own object keeps it
    ("东城区接待国内游客120万人次，西城区接待入境游客3万人次。",
     [{"value": 1.2e6, "subject": "接待国内游客"}, {"value": 3e4, "subject": "接待入境游客"}]),
]
ALL = NEXT_SENTENCE_PARTS + NOT_CARRIED + PLACE_LIST_OBJECTS + NOT_PLACE_LIST_OBJECTS


@pytest.mark.parametrize("text,expected", ALL, ids=[r[1][-1]["subject"] + str(i) for i, r in enumerate(ALL)])
def test_parts_and_items_take_the_earlier_owner(text, expected):
    assert_exactly(text, expected)
