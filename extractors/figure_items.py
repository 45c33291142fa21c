"""The items of a breakdown by place as the sentence reader reads them: what each counts (its list's heading, else the
measure in force), where it is (a place, a zone by its kind alone, a place `分别` pairs with a change), and a run of
places' changes (`…分别是临夏38.5%、天水30.4%`). Mixed into FigureReader (figure_reader.py), whose state it reads."""

from __future__ import annotations

from .breakdown_items import found_method, list_category, unnamed_item_place, unplaced_item_name, zone_place
from .case_item_brackets import origin_item
from .figure_state import Figure
from .lexicon import lexicon
from .subjects import RATE_WORD
from .zone_list_items import zone_heads_list, zone_item_place

_LEX = lexicon()
_CASE_ITEM = _LEX.compile_at("case_item_after")
_DIVIDED = _LEX.compile("division_opening")  # `分地区看,`: a list by place, its zones items as in a bulletin
_RUN_JOINERS = frozenset(_LEX.words("list_joiner"))  # between the items of a run of figures by place
_OF_WHICH = _LEX.words("of_which")[0]
_CLOSING = (")", "）")


def _without_of_which(raw: str) -> str:
    """An item's words without its edges and an opening `其中` (`,其中集中隔离发现` → 集中隔离发现)."""
    words = raw.strip("、，, ")
    return words[len(_OF_WHICH):].lstrip("，, ") if words.startswith(_OF_WHICH) else words


class FigureItems:
    """Breakdown items: the reader's `text`, `start`, `end`, `mentions`, `heading`, `prev_subject`, `last_item`."""

    def _placed_item(self, item: tuple) -> tuple:
        """A `分别` list's place item that names no measure changes the one in force (`从分县(市、区)看,兴宁市、蕉岭县
        分别增长…` after the city's revenue: each county's revenue), when one is."""
        subject, change, _, place, _ = item
        measure = self.heading or self.prev_subject  # a list's heading over a count said on the way (`有3个县(市)`)
        return (measure, *item[1:]) if subject is None and place and change and measure else item

    def _run_of_changes(self, f: Figure) -> bool:
        """A place's item with no direction of its own, joined right after a change of the same unit (`增幅前五位的
        地区分别是临夏38.5%、天水30.4%`): a later item of the same run, a change as the first is."""
        last = self.mentions[-1] if self.mentions else None
        if f.change or f.delta or last is None or last.kind != "change" or last.unit != f.q.unit:
            return False
        gap = self.text[last.end:f.q.start - len(f.raw)] or f.raw[:1]  # `…33.1%和庆阳25.7%`: 和 opens the item
        return gap in _RUN_JOINERS

    def _list_category(self, f: Figure, method: str | None) -> str:
        """What a breakdown's items count: its heading (`新增确诊病例中,…`), else the count before; an item found
        some way (`兰州市在集中隔离点发现3例、…`) counts what the list's first item did (a way holds no heading)."""
        if method and self.last_item and self.mentions and (last := self.mentions[-1].subject):
            return last.split("（", 1)[0]
        return list_category(self.text, self.start, f.q.start - len(f.raw) if method else f.q.start) or self.prev_subject

    def _bracket_closed(self, f: Figure) -> bool:
        """The bracketed list by place that held the last item closed before the figure (`…东风区4例),其中…28例`)."""
        return any(b in self.text[self.mentions[-1].end:f.q.start] for b in _CLOSING)

    def _item_place(self, f: Figure, subject: str, item_place: str | None) -> tuple[str, str | None]:
        """(subject, place) of a breakdown by place: it counts what its heading names."""
        place = f.spread[3] if f.spread else None
        item_place = unnamed_item_place(self.text, f.raw, f.q.start, bool(f.spread), self.last_item, item_place)
        if item_place is None and not f.spread and not f.change and zone_heads_list(self.text, f.raw, f.noun_end or f.q.end, self.end):
            self.last_item = True  # `其中，宜昌高新区10个，宜都市3个`: the zone is where, the list's measure what
            return list_category(self.text, self.start, f.q.start) or self.prev_subject, zone_item_place(f.raw)
        cased = _CASE_ITEM.match(self.text, f.q.start) is not None or _DIVIDED.match(self.text, self.start) is not None
        if item_place is None and cased and not f.spread and (zone := zone_place(f.raw)) is not None:
            item_place = zone  # `分地区看,开发区同比增长3.4%,…`: the zone's part, as in a bulletin's list
        method = found_method(f.raw) if _CASE_ITEM.match(self.text, f.q.start) else None
        if method and not item_place and self.last_item and self.mentions and _without_of_which(f.raw) == method:
            if self._bracket_closed(f) or self.mentions[-1].place is None:  # `…92例(…、东风区4例),其中集中隔离
                return f"{self._list_category(f, method)}（{method}）", None  # 发现28例,居家…64例`: the whole's parts
            item_place = self.mentions[-1].place  # `马关县在…发现11例、集中隔离点发现3例`: the same place's next part
        if item_place is not None and ((category := self._list_category(f, method)) or item_place == ""):
            subject, place = category, item_place
            if method:
                subject = f"{category}（{method}）"  # `孟连县在集中隔离点和区域核酸筛查中各发现1例`: how, and each way
            elif category and item_place == "" and cased and (unplaced := unplaced_item_name(f.raw)):
                subject = f"{category}({unplaced})"  # `经开区4例`: a zone's part, named since it has no region
            elif f.q.unit == "%" and (rate := RATE_WORD.search(category)) and rate.start() >= 2:
                subject = category[:rate.start()]  # `…投资增速分别为:某县13.8%`: each place's growth of 投资
                f.change, f.sign = True, f.sign if f.change else 1
            if item_place and origin_item(self.text, f.q.start, item_place):
                subject, place = f"{category}（{item_place}）", None  # `境外输入5例(缅甸3例`: an origin, not where
        self.last_item = item_place is not None
        return subject, place
