"""The trade flow of a goods list governed by one verb (`出口了口罩18亿只，防护服2300万件，呼吸机3200台`): every
item is an export (出口防护服), not the goods made or held (audit class S3c); the list ends at the first clause
that is not one bare item."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_LEAD = _LEX.compile("goods_flow_lead")
_ITEM = _LEX.compile("goods_flow_item")
_ADVERBS = "".join(_LEX.words("goods_flow_adverb"))  # `中国就出口了…`: 中国出口口罩


def goods_flow(subject: str, flow: str | None, gap: str) -> tuple[str, str | None]:
    """(the subject, the flow the next item takes): `中国就出口了口罩` → (中国出口口罩, 出口); with flow 出口 and
    the gap `，新型冠状病毒检测试剂盒` since the figure before, `检测试剂盒` → (出口检测试剂盒, 出口); anything else ends the list."""
    if lead := _LEAD.search(subject):
        return subject[:lead.start()].rstrip(_ADVERBS) + lead["verb"] + lead["goods"], lead["verb"]
    if flow and subject and (item := _ITEM.fullmatch(gap)) and item["goods"].endswith(subject):
        return flow + subject, flow
    return subject, None
