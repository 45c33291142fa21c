"""The owners of a `分别` list's items: a share in the set its sentence opens with (新登记企业中第三产业占比), owners
listed in the clause before (专用设备制造业投资), the first item's topic (高新技术产业增加值) or organisation
(东江银行小微企业贷款), a flow after `分别` (扶贫贷款新增). Words in lexicon/owners.toml."""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import ENUMERATION_COMMA, LIST_SPLIT, clean_subject, topic_of

_LEX = lexicon()
_RESPECTIVELY = _LEX.words("respectively")[0]
_SHARE_NAME = _LEX.words("share_name")[0]
_SHARE_AFTER = _LEX.compile("share_after_respectively")
_IN_SET = _LEX.words("in_set")[0]


def shares_respectively(raw: str, subjects: list[str], opening: tuple[str, str] | None) -> list[str]:
    """`第一、第二、第三产业分别占比…`: each item's share (第三产业占比), in the set the sentence opens with
    (`新登记企业中，` → 新登记企业中第三产业占比)."""
    after = raw.split(_RESPECTIVELY, 1)[1] if _RESPECTIVELY in raw else ""
    if not _SHARE_AFTER.fullmatch(after.strip()):
        return subjects
    shares = [s if not s or s.endswith(_SHARE_NAME) else s + _SHARE_NAME for s in subjects]
    if opening is None:
        return shares
    whole = opening[0] + opening[1]
    return [s if not s or opening[1] in s else whole + _IN_SET + s for s in shares]


_LISTED_OWNER = _LEX.compile("listed_owner_item")
_TOPIC_MEASURE_ALONE = _LEX.compile("topic_measure_alone")


def owners_listed_before(prior: str, head: str, count: int) -> list[str] | None:
    """`通用设备制造业、专用设备制造业和汽车制造业，2018年投资分别增长8.6%、15.4%和3.5%`: a clause that is only a list
    of as many owners as the figures, right before a `分别` clause naming one measure, gives each figure its owner
    (专用设备制造业投资); the items only when every one is an owner's name (listed_owner_item), never a place."""
    if count < 2 or len(head) < 2:
        return None
    for split in (LIST_SPLIT.split, lambda s: s.split(ENUMERATION_COMMA)):
        items = [clean_subject(x) for x in split(prior)]
        if len(items) == count and all(_LISTED_OWNER.fullmatch(x) and not _two_owners(x) for x in items):
            return [x + head for x in items]
    return None


def _two_owners(item: str) -> bool:
    """`专用设备制造业和汽车制造业` is two owners joined, `电气机械和器材制造业` one (`电气机械` owns nothing)."""
    parts = [clean_subject(x) for x in LIST_SPLIT.split(item)]
    return len(parts) > 1 and all(_LISTED_OWNER.fullmatch(x) for x in parts)


def topic_for_items(subjects: list[str]) -> list[str]:
    """`高新技术产业产值、增加值分别增长13.6%、13.9%`: a later item of a `分别` list that is a topic measure alone
    (增加值, 营业收入) is measured of the first item's topic (高新技术产业增加值), when the first item has one."""
    topic = topic_of(subjects[0]) if subjects else None
    if not topic:
        return subjects
    return [subjects[0]] + [topic + s if _TOPIC_MEASURE_ALONE.fullmatch(s) else s for s in subjects[1:]]


_FLOW = _LEX.compile("respectively_flow")
_ORGANISATION_ITEM = _LEX.compile("organisation_item")
_OWN_SECTOR = _LEX.compile("item_own_sector")


def flows_respectively(raw: str, subjects: list[str]) -> list[str]:
    """`扶贫贷款、涉农贷款分别新增79亿元、29亿元`: each item's new amount (扶贫贷款新增), not its balance."""
    after = raw.split(_RESPECTIVELY, 1)[1] if _RESPECTIVELY in raw else ""
    if not (m := _FLOW.match(after)):
        return subjects
    return [s if not s or m["flow"] in s else s + m["flow"] for s in subjects]


def organisation_items(subjects: list[str]) -> list[str]:
    """`东江银行扶贫贷款、小微企业贷款分别…`: later items that name no organisation or sector of their own are the
    first item's organisation's (东江银行小微企业贷款, but 电子信息产业产值 stays the sector's). A later item that ends
    with the first item's whole measure names another owner of it (`私营企业和个体工商户就业人数` → 个体工商户就业人数)."""
    m = _ORGANISATION_ITEM.match(subjects[0]) if subjects else None
    if not m:
        return subjects
    measure = subjects[0][m.end():]
    return [subjects[0]] + [s if not s or _ORGANISATION_ITEM.match(s) or _OWN_SECTOR.match(s) or m["org"] in s
                            or (len(s) > len(measure) and s.endswith(measure)) else m["org"] + s
                            for s in subjects[1:]]
