"""Paragraphs that go on with the one before: an item of a list whose introduction set the time (`公告称,2017年…如下:`),
a plan verb after a target list's dated introduction (`2023年,全区主要预期目标是:…` then `力争…`), a breakdown of the
figure before (`分产业看,…`) or another angle on the same figures (`从区域发展看，…`) — the ParagraphsGoingOn mixin of
ScopeReader (scopes.py), whose anchors it reads."""

from __future__ import annotations

from .lexicon import lexicon
from .list_items import ListItem
from .period_dates import Period
from .periods import period_at

_LEX = lexicon()
_BREAKDOWN_LEAD = _LEX.compile(r"\s*(?:[^,，。;；]{1,24}[,，:：]\s?)?(?:{breakdown_opening}|{breakdown_by_class})")  # after a speaker
_BREAKDOWN_REACH = 40
_VIEWPOINT_LEAD = _LEX.compile(r"\s*{viewpoint_opening}")  # `从区域发展看，`: the same figures again
_TARGET_LIST_GOES_ON = _LEX.compile("target_list_goes_on")


class ParagraphsGoingOn:
    """Whether a paragraph keeps the time and status the paragraphs before it set."""

    def _list_item(self, paragraph: int, new_section: bool) -> ListItem | None:
        """The list item the paragraph is (list_items.py), when the paragraph read before it was inside that list (its
        introduction or an item) and the paragraph opens no section (`二、2021年工作安排` is a heading)."""
        item = None if new_section else self.list_items.of(paragraph)
        return item if item is not None and item.introduction <= self.paragraph < paragraph else None

    def _introduced_anchor(self, item: ListItem) -> Period:
        """The time a list's introduction set, read where it ends (`公告称,2017年…如下:`, `1—10月,…五大特点:`)."""
        key = (item.introduction, item.end)
        if self._list_anchor is None or self._list_anchor[0] != key:
            anchor, _ = period_at(self.text, self.seg.paragraphs[item.introduction][0], item.end, self.para_anchor,
                                  self.ctx.published, skip_baselines=True)
            self._list_anchor = (key, anchor)
        return self._list_anchor[1]

    def _target_list_goes_on(self, paragraph: int) -> bool:
        """`2023年,全区主要预期目标是:…` then `力争…`: a paragraph opening with a plan verb after a target list's
        introduction dated by a written year is an item of that list (its year and status go on)."""
        start, end = self.seg.paragraphs[paragraph]
        return self.para_target and self.para_dated and _TARGET_LIST_GOES_ON.match(self.text, start, end) is not None

    def _breaks_down(self, paragraph: int) -> bool:
        """`郝康理介绍说,分产业看,第一产业增加值…`: a paragraph that breaks down the figure before goes on with its time."""
        start, end = self.seg.paragraphs[paragraph]
        return _BREAKDOWN_LEAD.match(self.text, start, min(end, start + _BREAKDOWN_REACH)) is not None

    def _viewpoint_goes_on(self, paragraph: int) -> bool:
        """`从区域发展看，东部地区…` after a paragraph that told `前三季度，…`: a paragraph opening with another angle on
        the same figures (lexicon `viewpoint_opening`) goes on with the time of the paragraph before; a time of its own
        after the angle still opens it."""
        start, end = self.seg.paragraphs[paragraph]
        return _VIEWPOINT_LEAD.match(self.text, start, end) is not None
