"""Family scopes: a scope word an earlier clause of a sentence writes before a measure carries to a measure of the
same family that a later clause of the sentence names bare.

`国庆档全国电影票房达…亿元；观众达到…亿人次` counts cinema audiences (电影观众), not every audience;
`快递服务企业业务量完成…；业务收入完成…` is express revenue (快递业务收入), and `公路汽车客运量…，货运量…` road
freight (公路货运量); `新增债券发行…，其中一般债券…；专项债券…` the new special bonds issued (新增专项债券发行), and
`申报提前批专项债项目…，专项债券额度…` the early batch's quota (提前批专项债券额度), `贫困地区农网供电可靠率…，
综合电压合格率…` that grid's voltage (贫困地区农网综合电压合格率), and `城镇居民人均粮食消费量…；人均蛋类消费量…`
those residents' (城镇居民人均蛋类消费量). Since round 49 also a class of firms or banks (`商业银行…，拨备覆盖率…`,
`网贷机构462家，借贷余额…`), a trade partner (`中国对共建“一带一路”国家投资…，贸易额…`; a pair, `中非双边贸易…`, only for
an investment), crops (`三大主粮化肥利用率…，农药利用率…`), a retail threshold set's categories, the marine economy's
industries and a kind of tourism (`乡村旅游接待游客…，旅游收入…` → 乡村旅游收入, the word said twice said once); a firm
class's or a tourism kind's place is left to the region. A bare measure that keeps its running total's word (`业务收入累计完成…`)
is read without it. Two different scopes of the family before it leave the measure bare; a family bound to its `；` group
(`进口…；出口…`) reads its scope there only.
The family is the lexicon's (lexicon/owners.toml `family_scoped_measure`, `family_bare_measure`); the scope comes
only from the figure's own sentence.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative
from .subject_places import strip_place_prefix

_LEX = lexicon()
_SCOPED = _LEX.compile("family_scoped_measure")
_BARE = _LEX.compile("family_bare_measure")
_TOTAL_WORD = _LEX.compile("family_bare_total_word")
_TAILS: dict[str, str] = _LEX.table("family_scoped_measure", "tails")  # `新增` + 专项债券 + `发行`
_IN_GROUP = frozenset(_LEX.table("family_scoped_measure", "within_group"))
_ALSO = {family: _LEX.compile(pattern) for family, pattern in _LEX.table("family_bare_measure", "also").items()}  # `进口…；出口…`: each group its own
_PLACED = frozenset({"firms", "tourism"})  # scopes that may open with the place counted in, which the region names
_GROUP_ENDS = "；;"
_REACH = 240  # characters read back from the clause for a scope: a run-on sentence of bare measures stays linear
_NO_QUOTES = str.maketrans("", "", "“”\"")  # `“一区一州”及深度贫困地区农网`: a subject keeps no quotes


def _family(m) -> str:
    """The family whose group matched (film, express, transport, early, issued)."""
    return next(name for name, value in m.groupdict().items() if value is not None)


def _scopes_before(family: str, text: str, sentence: tuple[int, int], clause: int) -> list[str]:
    """The scopes of the family that earlier clauses of the sentence wrote before a measure, in order."""
    start = max(sentence[0], clause - _REACH)
    if family in _IN_GROUP:
        start = max([start] + [text.rfind(c, start, clause) + 1 for c in _GROUP_ENDS])
    return [m[family] for m in _SCOPED.finditer(text, start, min(sentence[1], clause + _REACH))  # a lookahead may reach
            if m[family] is not None and m.end() <= clause]  # into the clause (`，其中`)


def family_scope(subject: str, text: str, sentence: tuple[int, int], clause: int) -> str:
    """The subject with the scope an earlier clause of its sentence (text[start:end]) wrote before a measure of its
    family (电影观众, 快递业务收入), or as it was."""
    total = _TOTAL_WORD.search(subject)  # `业务收入累计`: the running total's word, put back after the scope
    core, kept = (subject[:total.start()], total[0]) if total else (subject, "")
    if (bare := _BARE.fullmatch(core)) is None:
        return subject
    first = _family(bare)
    also = [family for family, measure in _ALSO.items() if measure.fullmatch(core)]  # `直接投资` of a pair (`中非`)
    for family in (first, *also):
        scopes = _scopes_before(family, text, sentence, clause)
        if len(set(scopes)) == 1:
            break
    else:  # none, or two (`城镇居民人均…，农村居民人均…，人均…`): whose is not told
        return subject
    scope = strip_place_prefix(scopes[-1]) if family in _PLACED else scopes[-1]  # `赣州市工业园区…企业`: the city is the region
    said = next((n for n in range(min(len(scope), len(core) - 1), 1, -1) if scope.endswith(core[:n])), 0)
    named = (scope + core[said:] + _TAILS.get(family, "") + kept).translate(_NO_QUOTES)  # `乡村旅游`+`旅游收入`
    return subject if subject_is_narrative(named) else named
