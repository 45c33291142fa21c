"""Named regex fragments (for the `regex` module) that catalog patterns and rules are composed from.

A pattern template names fragments in braces (`{number}{scale}?{unit}`); `compose()` substitutes them.
Every fragment is bounded (no nested unbounded repetition), so composed patterns stay linear-time.
Canonical text may carry ASCII or full-width punctuation, so separators accept both.
"""

from __future__ import annotations

import regex

from . import numbers

# Numbers come from the text layer (numbers.py): Arabic numbers never inside digit/Latin runs (phone numbers,
# `CN22-0010`, `N95`) nor after 第; Chinese numerals only with a unit character (十/百/千/万/亿/点), never
# touching other numerals (`十四五`) nor inside words (`统一`, `十分`).
ARABIC = numbers.ARABIC
CHINESE = numbers.CHINESE
NUMBER = rf"(?:{ARABIC}|{CHINESE})"
# 万亿 / 千万 / 个亿 … ; `个` only before 亿/万 (`5个亿`).
SCALE = r"(?:个[亿万]|万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)"
# Counting words and measures; longest first inside each alternation.
UNIT = (r"(?:个百分点|百分点|%|倍|美元|欧元|港元|日元|元|人民币|件次|人次|剂次|架次|户次|"
        r"平方公里|平方米|公顷|亩|立方米|千瓦时|千瓦|公里|千米|吨|公斤|千克|斤|"
        r"个(?!月|工作日|小时|季度|百分点|多月)|名|人|户|家|所|项|件|例|双|款|只|套|辆|台|座|条|处|张|间|艘|头|剂|株|棵|份|宗|篇|册)")
QUAL_BEFORE = r"(?:大约|约为|约|将近|接近|近|超过|逾|突破|不足|不到|低于|至少|不少于|最高|达到|达)"
QUAL_AFTER = r"(?:左右|以上|以下|以内|之多|\+)"
UP = (r"(?:同比|比上年|比去年|较上年|较去年|比年初|比去年同期|较去年同期|年均|平均)?"
      r"(?:增长了?|增加了?|提高了?|上升了?|提升了?|上涨了?|扩大了?|收窄了?|增幅(?:为|达到?)?|增速(?:为|达到?)?|涨幅(?:为|达到?)?)")
DOWN = (r"(?:同比|比上年|比去年|较上年|较去年|比年初|比去年同期|较去年同期|年均|平均)?"
        r"(?:下降了?|减少了?|降低了?|回落了?|下滑了?|下跌了?|降幅(?:为|达到?|收窄至|收窄到|扩大至|扩大到)?)")
DIRECTION = rf"(?:(?P<down>{DOWN})|(?P<up>{UP}))"
RANGE_SEP = r"(?:[\-－—~～至到]|——)"
CLAUSE_END = r"[,，;；:：。！？!?\n、]"

FRAGMENTS = {
    "number": NUMBER, "arabic": ARABIC, "chinese": CHINESE, "scale": SCALE, "unit": UNIT,
    "qual_before": QUAL_BEFORE, "qual_after": QUAL_AFTER, "up": UP, "down": DOWN,
    "direction": DIRECTION, "range_sep": RANGE_SEP, "clause_end": CLAUSE_END,
    "han": r"\p{Han}",
}

_SLOT = regex.compile(r"(?<!\\[pP])\{([a-z_]+)\}")


def compose(template: str, extra: dict[str, str] | None = None) -> str:
    """Substitute `{name}` fragment slots in a template (unknown names raise KeyError)."""
    table = {**FRAGMENTS, **(extra or {})}
    return _SLOT.sub(lambda m: table[m.group(1)], template)


def compile_template(template: str, extra: dict[str, str] | None = None) -> regex.Pattern:
    return regex.compile(compose(template, extra))
