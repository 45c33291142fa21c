"""A change whose own clause names nothing, after a clause that names the measure and its trend in words
(`工业投资快速增长,同比增长25.6%`, `…等五大重点行业均实现增加值同比增长,合计增长14.2%`): the change is that
measure's (五大重点行业增加值), not a number that says nothing (lexicon `trend_clause`). A measure named alone after
a clause that only says its owner grew (`全市文化产业保持较快增长，营业收入达…`) is the owner's (文化产业营业收入;
lexicon `trend_owner_clause`; a sector's, `农业生产总体平稳，增加值…`: `sector_trend_clause`), and after a clause that names the same measure with its scope and trend
(`重庆笔记本电脑出口逆势而上，4月份出口…`) it is that scope's (笔记本电脑出口; lexicon `trend_scoped_clause`)."""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import TIME_WORDS, clean_subject

_TREND = lexicon().compile("trend_clause")
_TREND_OWNER = lexicon().compile("trend_owner_clause")
_TREND_SCOPED = lexicon().compile("trend_scoped_clause")
_SECTOR_TREND = lexicon().compile("sector_trend_clause")  # `农业生产总体平稳，增加值…` → 农业增加值
_SCOPED_MAX = 14  # characters: the scope and its measure, a name a chart can carry
_CLAUSE_MARKS = ",，;；、 "
_CLAUSE_ENDS = ",，;；。:：\n"
_OWNER_CLAUSE_MAX = 40  # characters: an owner's trend clause is short; a run-on sentence with no clause mark has none


def trend_measure(prior: str) -> str:
    """`工业投资快速增长` → 工业投资; `…等五大重点行业均实现增加值同比增长` → 五大重点行业增加值; else ``."""
    m = _TREND.search(prior)
    if m is None:
        return ""
    return m["set"] + m["measure"] if m["set"] else clean_subject(m["measure"])


def trend_owned(text: str, start: int, clause: int, left: str, subject: str) -> str:
    """`…农村电商实现逆势增长，网络零售额达…`: a measure named alone (subject) opening its clause (which starts at
    clause, left before the figure; a time may come first) right after a clause that only says its owner grew is the owner's; not when the
    measure already names the owner's kind (`…工业持续增长，规上工业增加值…`)."""
    if not subject or not TIME_WORDS.sub("", left.lstrip(_CLAUSE_MARKS)).startswith(subject) or clause - 1 <= start:
        return subject
    end = clause - 1
    reach = max(start, end - _OWNER_CLAUSE_MAX - 1)  # a clause end farther back leaves the clause too long anyway
    lo = max(reach, max(text.rfind(c, reach, end) for c in _CLAUSE_ENDS) + 1)
    if end - lo > _OWNER_CLAUSE_MAX:
        return subject
    prior = clean_subject(text[lo:end])
    m = _TREND_OWNER.fullmatch(prior) or _SECTOR_TREND.fullmatch(prior)
    if m is None or m["owner"][-2:] in subject:
        return _scoped_again(prior, subject)
    return clean_subject(m["owner"]) + subject


def _scoped_again(prior: str, subject: str) -> str:
    """`重庆笔记本电脑出口逆势而上，4月份出口…`: a measure named alone right after a clause that names it with its scope
    and only its trend (prior, cleaned) is that scope's (笔记本电脑出口), not the place's whole."""
    m = _TREND_SCOPED.fullmatch(prior)
    if m is None or m["measure"] != subject or len(m["scope"]) + len(subject) > _SCOPED_MAX:
        return subject
    return m["scope"] + subject
