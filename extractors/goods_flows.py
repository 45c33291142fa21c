"""The flow of a list governed by one verb: a trade verb's goods (`出口了口罩18亿只，防护服2300万件，呼吸机3200台`:
every item is an export, 出口防护服, not the goods made or held; audit class S3c) and an act of adding's things
(`新增高新技术企业120家、科技型中小企业300家`: 新增科技型中小企业, not the stock of them; audit 33a#161); the list
ends at the first clause that is not one bare item."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_LEAD = _LEX.compile("goods_flow_lead")
_ITEM = _LEX.compile("goods_flow_item")
_ADVERBS = "".join(_LEX.words("goods_flow_adverb"))  # `中国就出口了…`: 中国出口口罩
_ADDING_LEAD = _LEX.compile("listed_flow_lead")
_ADDING_ITEM = _LEX.compile("listed_flow_item")
_GRADE = _LEX.compile("listed_flow_grade")
_GRADED = _LEX.compile("^(?:{listed_flow_grade})(?P<head>\\p{Han}{2,12})$")
_QUOTES = str.maketrans("", "", "“”\"")  # `、“三品一标”农产品`: the subject keeps no quotes

Flow = tuple[str, bool, str]  # the verb the next item takes, whether it is an act of adding (items after `、` only),
# and the head a grade alone names (`新建自治区级示范区3个、县级6个` → 示范区)


def goods_flow(subject: str, flow: Flow | None, gap: str) -> tuple[str, Flow | None]:
    """(the subject, the flow the next item takes): `中国就出口了口罩` → (中国出口口罩, 出口); with flow 出口 and
    the gap `，新型冠状病毒检测试剂盒` since the figure before, `检测试剂盒` → (出口检测试剂盒, 出口); anything else ends the list."""
    if lead := _LEAD.search(subject):
        return subject[:lead.start()].rstrip(_ADVERBS) + lead["verb"] + lead["goods"], (lead["verb"], False, "")
    if flow and subject and (item := (_ADDING_ITEM if flow[1] else _ITEM).fullmatch(gap.translate(_QUOTES))):
        name = item["thing"] if flow[1] else item["goods"]
        if flow[2] and _GRADE.fullmatch(name) and subject == name:
            return flow[0] + name + flow[2], flow  # `、县级` → 新建县级示范区
        if name.endswith(subject) and not _GRADE.fullmatch(name):
            return flow[0] + subject, flow
    if adding := _ADDING_LEAD.fullmatch(subject):
        graded = _GRADED.match(adding["thing"])
        return subject, (adding["verb"], True, graded["head"] if graded else "")
    return subject, None


_STOCK_TOTAL = _LEX.compile("stock_total")
_BALANCE = _LEX.compile("balance_named_before")
_BALANCE_FLOW = _LEX.compile("balance_flow_alone")
_CASE_TOTAL = _LEX.compile("case_total_alone")
_NEW_CASES = _LEX.compile("new_cases_named")


def total_of(previous: str, subject: str) -> str:
    """A total named alone after things added (`新增企业300家，总数达5万家`): the stock's total (企业总数), not the
    added things' (新增企业总数); what is added named alone after a balance (`贷款余额…增长13.1%…；4月份新增1.70万亿元`):
    the balance's thing added (贷款新增), not the balance's rate's; a running total alone after new cases
    (`新增确诊病例12例,累计87例`): the cases' (累计确诊病例)."""
    if _CASE_TOTAL.fullmatch(subject) and (new := _NEW_CASES.fullmatch(previous)):
        return subject + new["cases"]  # `新增确诊病例12例,累计87例`: the cases' running total, not the new ones'
    if _STOCK_TOTAL.fullmatch(subject) and (adding := _ADDING_LEAD.fullmatch(previous)):
        return adding["thing"] + subject
    if _BALANCE_FLOW.fullmatch(subject) and (balance := _BALANCE.fullmatch(previous)):
        return balance["thing"] + subject
    return previous + subject
