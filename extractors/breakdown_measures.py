"""A breakdown's item named by its category alone measures what the total it breaks down measures:
`农林牧渔业增加值78.1亿元。其中,农业46.7亿元` → 农业增加值, `固定资产投资增长9.7%。分产业看,第一产业增长12%` →
第一产业投资, `粮食作物播种面积…。其中,稻谷42.5千公顷,减少0.6千公顷` → 稻谷播种面积, 稻谷播种面积减少.

The total is the paragraph's last figure before the breakdown opens (`其中`, `分产业看,`) of the same kind and
unit, else, when that one's measure is unknown, the breakdown's first item naming a measure the lexicon knows
(`分三大门类看,采矿业增加值增长…,制造业增长…` → 制造业增加值); an item that names a measure of its own (`工业投资`, `出口`), a place, or a total whose measure the lexicon
does not know keeps its subject. Mixed into the Resolver, which notes every figure it keeps."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

import regex

from .lexicon import lexicon
from .match import Mention
from .measure_owners import economy_of_total, population_of_total, within
from .quantities import UNIT_KINDS
from .subjects import BARE_VERB, GENERIC, MEASURE_OF_PREVIOUS, MEASURE_TAIL, TIME_WORDS

_LEX = lexicon()
_OPENING = _LEX.compile("breakdown_item_opening")
_BY_CLASS = _LEX.compile(r"[,，;；:：。\n]?\s?{breakdown_by_class}")  # `从规模以上工业三大门类看,`: a division by class
_PART_MEASURE: dict[str, str] = _LEX.values("total_measure")
_TOTAL_MEASURE = _LEX.compile("(?:{total_measure})$")
_MEASURE_NAMED = _LEX.compile("measure_named")
_DIRECTION_END = _LEX.compile("(?:{direction})$")
_CATEGORY = regex.compile(r"[\p{Han}、]{2,20}")
_ITEM_MARKS = "；;"
_OF_WHICH = _LEX.words("of_which")[0]
_FIGURE_NEXT = _LEX.compile(r"\s?(?:{qualifier_before})?\s?\d")  # `蔬菜7275公顷`, `蔬菜约7275公顷`
_GOODS_TOTAL = _LEX.compile("^(?:{heading_goods_class})(?P<measure>\\p{Han}{2,8})$")  # `农产品网络零售额`
_RATE_OF_PART = _LEX.compile("part_rate_of_change")  # `粮油的增速均在70%以上`: a change told as a rate's level
_GRADED = _LEX.compile("graded_category")
_GRADED_TOTAL = _LEX.compile("graded_total")
_HEADING = _LEX.compile("measure_heading")
_PRODUCED = _LEX.compile("produced_goods_lead")  # `全省生产滚动轴承…` under `从主要产品产量看,`: 滚动轴承产量
_OUTPUT = _LEX.table("produced_goods_lead", "output")
_HEADING_SET = _LEX.compile("population_qualifier")  # `按限上消费形态分,`: the items are counted above the threshold
_LEVEL, _CHANGE, _DELTA = "level", "change", "delta"
_PERCENT = "%"
_OUTPUT_KINDS = frozenset(("mass", "count", "volume", "energy", "length", "area"))  # a product's own output


def _joined(category: str, measure: str) -> str:
    """`城镇居民` + `居民人均可支配收入` → 城镇居民人均可支配收入: the words they share written once."""
    for n in range(min(len(category), len(measure)) - 1, 0, -1):
        if category.endswith(measure[:n]):
            return category + measure[n:]
    return category + measure


def measure_of_parts(total: str) -> str | None:
    """`农林牧渔业增加值` → 增加值, `固定资产投资` → 投资: what each part of the total measures, if the lexicon knows."""
    found = _TOTAL_MEASURE.search(total)
    return _PART_MEASURE[found.group()] if found else None


def part_measure(category: str, total: str) -> str | None:
    """`农业` of `农林牧渔业增加值` → 农业增加值, `粮油` of `农产品网络零售额` → 粮油网络零售额 (a total of goods in general:
    its words after the goods); None when the item is no category alone or the total's measure is unknown."""
    measure = measure_of_parts(total)
    if measure is None or not _CATEGORY.fullmatch(category) or _MEASURE_NAMED.search(category) \
            or GENERIC.match(category) or TIME_WORDS.search(category) or MEASURE_OF_PREVIOUS.search(category) \
            or BARE_VERB.fullmatch(category):
        return None
    goods = _GOODS_TOTAL.fullmatch(total)
    named = category + goods["measure"] if goods and goods["measure"].endswith(measure) else _joined(category, measure)
    itself = named == total or total.startswith(category) and total[len(category):] in _PART_MEASURE
    return None if itself else named  # `农林牧渔业` of 农林牧渔业增加值 is the total itself


def _set_named_part(category: str, total: str) -> str | None:
    """`采矿业增加值` under `规模以上工业增加值`: an item naming the total's measure itself is counted in the total's set of
    firms too (规模以上采矿业增加值), unless it names a set of its own."""
    measure, population = measure_of_parts(total), population_of_total(total)
    if not measure or not population or not category.endswith(measure) or len(category) <= len(measure) \
            or population_of_total(category):
        return None
    return within(population, category)


def _another_measure(subject: str, measure: str | None) -> bool:
    """A figure of the breakdown so far that names a measure other than its parts' (`农民人均纯收入` after
    `其中地方收入`)."""
    subject = MEASURE_TAIL.sub("", subject)
    return _MEASURE_NAMED.search(subject) is not None and not subject.endswith(measure or "")



def _category_and_direction(m: Mention) -> tuple[str, str] | None:
    """A part's category and the direction after it (`日用品类增加` → 日用品类, 增加); a level has no direction; a
    delta whose subject ends in none is no part (None)."""
    if m.kind != _DELTA:
        return m.subject, ""
    direction = _DIRECTION_END.search(m.subject)
    return None if direction is None else (m.subject[:direction.start()], direction.group())

class BreakdownParts:
    """The Resolver's figures of the paragraph being read, as totals its breakdowns' items take the measure of."""

    # Defaults hold no list: a list here would be the class's, shared by every document read in the process (a
    # first paragraph opening with `分领域看,` kept it as "the paragraph before's" and the next document found
    # this one's totals in it). No paragraph is -2, never the one before paragraph 0.
    _wholes: tuple[int, list[tuple[int, str, str | None, str]] | tuple] = (-2, ())
    _openings: tuple[int, list[int] | tuple, list[int] | tuple] = (-1, (), ())  # sentence start → openings' starts, ends
    _headings: tuple[int, list[int] | tuple, list[tuple[str, str]] | tuple] = (-1, (), ())  # sentence start → headings' ends, wholes

    def _breakdown_opening(self, start: int, end: int, pos: int) -> int | None:
        """Where the breakdown the figure at pos is an item of begins (the last `其中`/`分产业看,` of its sentence
        text[start:end] before it, at a clause's start), if it is one. The sentence is searched once, not once per
        figure (a sentence of a million characters with a figure every few would take quadratic time)."""
        if self._openings[0] != start:
            found = list(_OPENING.finditer(self.text, start, end))
            self._openings = (start, [m.start() for m in found], [m.end() for m in found])
        last = bisect_right(self._openings[2], pos) - 1
        return self._openings[1][last] if last >= 0 else None

    def _semicolon_item(self, start: int, pos: int, category: str) -> int | None:
        """Where the `；` item the figure at pos heads begins, when the item opens with its category and the
        figure (`…播种面积667公顷;蔬菜7275公顷`): an item of a list naming the shared measure once."""
        mark = max(self.text.rfind(c, start, pos) for c in _ITEM_MARKS)
        if mark < 0:
            return None
        item = mark + 1 + (self.text[mark + 1:mark + 2].isspace())
        after = item + len(category)
        if not self.text.startswith(category, item) or _FIGURE_NEXT.match(self.text, after) is None:
            return None
        return item

    def _breaks_down(self, paragraph: int) -> bool:  # scopes.py's: the paragraph opens with a breakdown
        raise NotImplementedError

    def _whole_paragraph(self, paragraph: int) -> bool:
        """The figures noted are the paragraph's, or the paragraph before's when this one opens by breaking them
        down (`…规模以上工业增加值增长10%。` then, on a line of its own, `分三大门类看,采矿业增长8%…`)."""
        return self._wholes[0] == paragraph or self._wholes[0] == paragraph - 1 and self._breaks_down(paragraph)

    def _note_total(self, paragraph: int, m: Mention, unit: str | None) -> None:
        """A figure the Resolver kept: a total a later breakdown of its paragraph may break down."""
        if self._wholes[0] != paragraph:
            self._wholes = (paragraph, self._wholes[1] if self._whole_paragraph(paragraph) else [])
        if m.kind in (_LEVEL, _CHANGE):
            self._wholes[1].append((m.end, m.kind, unit, m.subject))

    def _measured_part(self, m: Mention, start: int, end: int, paragraph: int) -> Mention:
        """`其中,农业46.7亿元` after `农林牧渔业增加值…`: the item with the total's measure (see the module doc)."""
        rate = _RATE_OF_PART.search(m.subject) if m.unit == _PERCENT and m.kind in (_LEVEL, _CHANGE) else None
        if rate is not None and rate.start() >= 2:  # `其中，粮油的增速均在70%以上` → 粮油网络零售额, the item's change
            named = self._measured_part(replace(m, kind=_CHANGE, subject=m.subject[:rate.start()]), start, end, paragraph)
            return m if named.subject == m.subject[:rate.start()] else replace(m, subject=named.subject)
        if m.place is not None or not m.subject or not self._whole_paragraph(paragraph) or (m.kind == _LEVEL and m.unit == _PERCENT):
            return m
        if self._changes_output(m, start):
            return m  # `其中,钢材10740万吨,同比增长11.5%`: the output's change, not the total's value added
        opening = self._breakdown_opening(start, end, m.start)
        if opening is None:  # an opening at the text's start is 0: asked for None, not for truth
            opening = self._semicolon_item(start, m.start, m.subject)
        if opening is None:
            return m
        split = _category_and_direction(m)
        if split is None:
            return m
        category, tail = split
        kind = _LEVEL if m.kind == _DELTA else m.kind
        figures = self._wholes[1]
        total = next((MEASURE_TAIL.sub("", subject) for end, k, unit, subject in reversed(figures)
                      if end <= opening and k == kind and unit == m.unit), None)  # `…增加值(两年)`: 增加值
        if total is None or measure_of_parts(total) is None:  # `分三大门类看,采矿业增加值…,制造业增长…`
            total = next((subject for end, k, unit, subject in figures if opening < end <= m.start and k == kind
                          and unit == m.unit and measure_of_parts(subject)), None)
        named = part_measure(category, total) if total else None
        if named is None and total and _BY_CLASS.match(self.text, opening) is not None \
                and (measured := _set_named_part(category, total)) is not None:
            return replace(m, subject=measured + tail)  # `规模以上工业…。从…三大门类看,采矿业增加值…` → 规模以上采矿业增加值
        if named is None and (graded := self._graded_part(m, start, opening)):
            return replace(m, subject=graded)  # `青少年俱乐部…,其中,国家级145个` → 国家级青少年俱乐部
        if named is None or any(_another_measure(subject, measure_of_parts(total)) for end, k, unit, subject in figures
                                if end > opening and unit == m.unit and (k == kind or unit != _PERCENT)):
            return m  # `其中地方收入…;农民人均纯收入…`: a figure naming another measure ended the breakdown (an item's
            # share or contribution, `…,对规上工业增长的贡献率为39.6%`, is a level of its own: no change ends there)
        economy = economy_of_total(total)  # `民营经济增加值…。其中,第一产业增速…` → 民营经济第一产业增加值
        return replace(m, subject=(economy if economy and economy not in named else "") + named + tail)

    def _changes_output(self, m: Mention, start: int) -> bool:
        """A change right after a product's output told in its own unit (`钢材10740万吨,同比增长11.5%`): the
        change measures that output (its own clause's measure), not the measure of the total broken down."""
        last = self._wholes[1][-1] if self._wholes[1] else None
        return m.kind == _CHANGE and last is not None and last[0] >= start and last[1] == _LEVEL \
            and last[3] == m.subject and UNIT_KINDS.get(last[2] or "") in _OUTPUT_KINDS

    def _heading_whole(self, start: int, end: int, pos: int) -> tuple[str, str] | None:
        """(whole, measure word) of the last measure heading (`全年限额以上单位商品零售额中,`) of the sentence
        text[start:end] before pos; the sentence is searched once, not once per figure."""
        if self._headings[0] != start:
            found = list(_HEADING.finditer(self.text, start, end))
            self._headings = (start, [h.end() for h in found], [(h["whole"], h["measure"]) for h in found])
        last = bisect_right(self._headings[1], pos) - 1
        return self._headings[2][last] if last >= 0 else None

    def _headed_part(self, m: Mention, start: int, end: int) -> Mention:
        """`全年限额以上单位商品零售额中,…日用品类增长2.8%` → 限额以上日用品类零售额, `从主要工业产品产量看,精制茶增长…`
        → 精制茶产量: an item named by its category alone under a heading naming the measure (measure_heading); an
        item naming that measure itself (`粮油类零售额`) is only put in the heading's set."""
        if m.place is not None or not m.subject or (m.kind == _LEVEL and m.unit == _PERCENT):
            return m
        heading = self._heading_whole(start, end, m.start)
        if heading is None:
            return m
        whole, word = heading
        population = population_of_total(whole)
        if word in m.subject:  # `粮油类零售额`; `限额以上单位商品零售额中烟酒类`: the set's already
            return replace(m, subject=within(population, m.subject)) if m.subject.endswith(word) else m
        split = _category_and_direction(m)
        if split is None:
            return m
        category, tail = split
        if word == _OUTPUT:
            category = _PRODUCED.sub("", category, count=1) or category
        named = part_measure(category, whole)
        return m if named is None else replace(m, subject=within(population, named + tail))

    def _graded_part(self, m: Mention, start: int, opening: int) -> str | None:
        """`青少年俱乐部202个,其中,国家级145个` → 国家级青少年俱乐部: a count's part named by its grade alone, after a
        count of the same unit in the same sentence (see graded_category)."""
        if m.kind != _LEVEL or not _GRADED.fullmatch(m.subject):
            return None
        total = next(((end, subject) for end, k, unit, subject in reversed(self._wholes[1])
                      if end <= opening and k == _LEVEL and unit == m.unit), None)
        if total is None or total[0] < start or not _GRADED_TOTAL.fullmatch(total[1]) or _GRADED.match(total[1]):
            return None
        return m.subject + total[1]

    def _population_part(self, m: Mention, start: int, end: int, paragraph: int) -> Mention:
        """`规模以上服务业企业营业收入…。分行业看,道路运输业营业收入…` → 规模以上道路运输业营业收入: an item of a
        breakdown whose total (the paragraph's last figure before the opening) is counted above a threshold is
        counted above it too, when the item measures what the total does (in its unit, or its change) or names no
        measure of its own; so is an item of an opening that names the threshold (`按限上消费形态分,餐饮收入…`)."""
        if m.place is not None or not m.subject or not self._whole_paragraph(paragraph) or (m.kind == _LEVEL and m.unit == _PERCENT):
            return m
        if self._changes_output(m, start):
            return m  # `其中,钢材10740万吨,同比增长11.5%`: the output's change, not the total's value added
        opening = self._breakdown_opening(start, end, m.start)
        if opening is None:
            return m
        if (heading := _HEADING_SET.search(self.text, opening, self._breakdown_end(opening))) is not None:
            return replace(m, subject=within(heading.group(), m.subject))  # `按限上消费形态分,餐饮收入…`: 限上餐饮收入
        found = next(((subject, unit) for end_, k, unit, subject in reversed(self._wholes[1])
                      if end_ <= opening and not (k == _LEVEL and unit == _PERCENT)), None)
        if found is None or m.unit not in {_PERCENT, *(u for _, _, u, sub in self._wholes[1] if sub == found[0])}:
            return m  # `以上3个行业为新入规行业` after amounts: no part of the total
        total = MEASURE_TAIL.sub("", found[0])  # `规上工业增加值(高于全市)`: the total's measure
        population = population_of_total(total)
        measure, own = (measure_of_parts(total), measure_of_parts(m.subject)) if population else (None, None)
        if measure is None or (own is not None and own != measure) or TIME_WORDS.match(m.subject):
            return m
        if own is not None and self._past_of_which_item(opening, m.start):
            return m  # `其中规模以上工业增加值…;农林牧渔业总产值…`: the report's next measure, not a part
        return replace(m, subject=within(population, m.subject))

    def _breakdown_end(self, opening: int) -> int:
        """Where the breakdown's opening that begins at opening ends (noted with it by _breakdown_opening)."""
        k = bisect_right(self._openings[1], opening) - 1
        return self._openings[2][k] if k >= 0 and self._openings[1][k] == opening else opening

    def _past_of_which_item(self, opening: int, pos: int) -> bool:
        """A `；` stands between a `其中` and the figure at pos: a list of a report's measures went on past the part
        (a `分行业看,` breakdown's items are `；` items of their own)."""
        return self.text.startswith(_OF_WHICH, opening + self.text[opening].isspace()) \
            and any(c in self.text[opening:pos] for c in _ITEM_MARKS)
