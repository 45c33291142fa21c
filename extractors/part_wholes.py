"""Parts and their wholes: a figure after `其中` or a breakdown's opening takes its measure from the whole before it
(`…增长9.8%。其中，乐清市增长10.5%`), a part named alone takes its whole's, its set's or its heading's name (`其中,
农业46.7亿元` → 农业增加值, `…助学金到位资金…。其中，中央财政资金…`) — the PartWholes mixin of the Resolver (resolve.py),
on its last subject and the breakdown readers (breakdown_measures.py, place_items.py)."""

from __future__ import annotations

from dataclasses import replace

from .aided_parts import aided_part
from .funded_headings import headed_source
from .funded_parts import opened_part
from .lexicon import lexicon
from .mention import Mention, with_subject
from .sentences import Sentence
from .subjects import MEASURE_OF_PREVIOUS

_LEX = lexicon()
_OF_WHICH = _LEX.words("of_which")[0]
_BREAKDOWN = _LEX.compile("breakdown_opening")


class PartWholes:
    """A figure's subject as a part of the whole the paragraph named before it."""

    def _as_part(self, m: Mention, s: Sentence) -> Mention | None:
        """The mention with the measure of the whole it is a part of; None when it is no figure of its own."""
        if self._before[0] != s.start:  # the paragraph's last subject before this sentence: a `其中` part's whole
            self._before = (s.start, *self._last_subject)
        if self._last_subject[0] == s.paragraph and (self.text.startswith(_OF_WHICH, s.start) or _BREAKDOWN.match(
                self.text, s.start)) and (
                not m.subject or MEASURE_OF_PREVIOUS.fullmatch(m.subject)):
            # `…增长9.8%。其中，乐清市增长10.5%` / `其中，10月当月增长6.2%`: the same measure, or a measure of it
            last = self._last_subject[1]
            return replace(m, subject=f"{last}({m.subject})" if m.subject else last)
        m = self._measured_part(m, s.start, s.end, s.paragraph)  # `其中,农业46.7亿元` → 农业增加值
        m = self._population_part(m, s.start, s.end, s.paragraph)  # `规模以上…。分行业看,道路运输业…`
        m = self._headed_part(m, s.start, s.end)  # `限额以上单位商品零售额中,日用品类…` → 限额以上日用品类零售额
        if (m := self._place_item(m, s)) is None:  # `…共资助幼儿…。其中,西部地区620.40万人` → 资助幼儿
            return None
        if self._before[1] == s.paragraph:  # `…助学金到位资金…。其中，中央财政资金…` → …助学金中央财政资金
            m = with_subject(m, opened_part(self.text, s.start, self._before[2], m.subject))
        m = with_subject(m, headed_source(self.text, s.start, m.subject, m.start,
                                           self.seg.paragraphs[s.paragraph][0]))  # `（二）义务教育学生资助…其中，中央…`
        m = with_subject(m, aided_part(self.text, self.seg.paragraphs[s.paragraph][0], s.start, m.subject))
        return m
