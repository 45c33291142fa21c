"""Finding mentions in a sentence: a quantity (or a stated zero) with its subject and direction.

A mention says *what* was measured and *how much*, as the text puts it; which indicator, period, region
and status it gets is resolve.py's business. Rules, in order: catalog patterns (`无新增确诊病例` → 0),
then every quantity: a direction word right before it (`增长`, `降幅收窄至`) makes a change (growth rate),
anything else a level. The subject is the clause text before the number (or the noun after a count:
`实施48个民生项目`), cleaned by subjects.py; `分别` spreads a list of subjects (or places) over a list of
numbers; a subject left empty or generic (`增长41%`, `明年1亿美元`, `总额`) is inherited from the previous
mention, a place alone (`(吉林36例,…)`) is a breakdown of the previous figure.

A figure's direction word and sign are figure_direction.py; the place a breakdown item names and what its list
counts are breakdown_items.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .breakdown_items import _ITEM_EDGE, _breakdown_item, _category
from .case_parts import case_part
from .catalog import Catalog
from .figure_direction import _DIR_END, _DIR_START, _sign
from .figure_lists import changes_after_levels, earlier_levels, joined_run
from .holders import held, holder_at
from .lexicon import lexicon
from .list_subjects import distributive, items_sharing, places_over
from .measure_owners import (
    acted_on,
    actor_of_count,
    aspect_of,
    bracket_owner,
    counted_set,
    flows_respectively,
    handled_things,
    of_counted,
    opening_set,
    organisation_items,
    organisation_total,
    owners_listed_before,
    shares_respectively,
    topic_for_items,
)
from .periods import time_mentions
from .quantities import UNIT_KINDS, Quantity, find_quantities
from .sentences import inside_bracket
from .subjects import (
    BARE_VERB,
    GENERIC,
    MEASURE_END,
    MEASURE_OF_PREVIOUS,
    MEASURE_TAIL,
    NATIONAL_PHRASE,
    RATE_WORD,
    SHARE_OF_PREVIOUS,
    TIME_WORDS,
    class_of_examples,
    clean_subject,
    noun_after,
    of_set,
    owned,
    owner_before,
    owner_of,
    share_named,
    shared_owner,
    shared_state,
    sub_account,
    topic_of,
    topical,
    trimmed_cut,
)

_LEX = lexicon()
CHANGE_UNITS = tuple(unit for unit, kind in UNIT_KINDS.items() if kind in ("percent", "point", "times"))
_TIMES = next(unit for unit, kind in UNIT_KINDS.items() if kind == "times")
_WINDOW = 48  # characters of clause before a number that may hold its subject

_LAST_CLAUSE_MARK = regex.compile(r"(?r)[,，;；:：。！？!?]")
_LIST_MARK_CHAR = "、"
_GROUP_MARKS = ";；"  # a clause group ends: a holder opened before holds no more
_DIGIT = regex.compile(r"\d")
_STATED_RATE = _LEX.compile("stated_rate")
_OF_FIGURE = _LEX.compile("count_of_figure")
_MONTH_ON_MONTH = _LEX.words("month_on_month")[0]
_MOM_TAIL = f"({_MONTH_ON_MONTH})"
_BASELINE_BEFORE = frozenset(_LEX.words("baseline_before"))
_CASE_ITEM = _LEX.compile("case_item_after")
_MONITORED_SET = _LEX.compile("monitored_set_after")
_ONE_CHAR = frozenset(_LEX.words("one_char_product"))  # `…,纱增长16.2%`: a product of its own, not the one before's
_RESPECTIVELY = _LEX.words("respectively")[0]
_OF_WHICH = _LEX.words("of_which")[0]
_COMPARISON = _LEX.compile("{comparison_point}|{comparison_base}|{comparison_with}")
_PERFECTIVE = _LEX.words("perfective")[0]
_UNKNOWN_ITEM = _LEX.compile("unknown_place_item")
_REACHED = _LEX.compile("reached_level")
_WHOLE_CONTINUED = _LEX.compile("share_whole_continued")
_SHARE_TAKEN = _LEX.compile("share_taken")
_CASE_WORD = _LEX.compile("case_word")


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str                 # change | level | delta (an amount of change) | zero
    subject: str
    value: int | float
    value_high: int | float | None
    unit: str | None
    qualifier: str
    sign: int                 # -1 for a decline
    start: int                # canonical span of the matched text
    end: int
    rule: str
    place: str | None = None  # `(吉林36例,…)`: the place a breakdown item names, in place of a subject
    part: bool = False        # after `其中` that follows an earlier figure: a part of it, not a total
    time: int | None = None   # `一季度、二季度…分别为…`: where the time expression of this figure starts


MAX_SUBJECT = 40  # characters; real subjects are far shorter


def _shared_by_items(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """`大米、面粉价格均与上周持平`: one figure of each item of the list before `均`, not one of the list."""
    out = []
    for m in mentions:
        items = None if (m.place or m.part) else items_sharing(text[_boundary(text, start, m.start, False):m.end])
        out.extend([replace(m, subject=x) for x in items] if items else [m])
    return out


def _told_apart(mentions: list[Mention], listed: list[bool]) -> list[Mention]:
    """`比上年提高3.9、2.9和2.0个百分点` after a list the clause does not name again: the bare numbers before the
    last one are kept only when each has a subject of its own (else they would repeat the last one's)."""
    keep, run = [], []
    for m, is_listed in zip(mentions, listed, strict=True):
        if is_listed:
            run.append(m)
            continue
        if run and len({r.subject for r in run} | {m.subject}) == len(run) + 1:
            keep.extend(run)
        run = []
        keep.append(m)
    return keep


def _boundary(text: str, lo: int, pos: int, list_marks: bool) -> int:
    """Start of the clause that ends at pos (never before lo)."""
    start = max(lo, pos - _WINDOW)
    mark = _LAST_CLAUSE_MARK.search(text, start, pos)  # searched backwards: the last mark is the first found
    last = mark.end() if mark else None
    if list_marks and (item := text.rfind(_LIST_MARK_CHAR, start, pos)) != -1:
        last = max(last or 0, item + 1)
    return last if last is not None else start


def pattern_hits(text: str, catalog: Catalog, start: int = 0, end: int | None = None) -> list[tuple]:
    """(catalog pattern, match) for every catalog pattern match in text[start:end]."""
    end = len(text) if end is None else end
    return [(pat, m) for pat in catalog.patterns for m in pat.regex.finditer(text, start, end)]


def find_mentions(text: str, start: int, end: int, catalog: Catalog, quantities: list[Quantity] | None = None,
                  hits: list[tuple] | None = None, heading: str = "") -> list[Mention]:
    """Mentions in the sentence text[start:end], in text order.

    The sentence's quantities and catalog-pattern hits may be given (found once for the whole text); `heading` is
    what a list's items on lines of their own count (`…确诊病例50例,其中:` then `1.鄂尔多斯市11例`).
    """
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pat, m in pattern_hits(text, catalog, start, end) if hits is None else hits:
        if "subject" in m.re.groupindex:
            subject = pat.prefix + m["subject"]
        else:  # `工业增加值与上年持平`: the pattern states the value, the clause before it names the thing
            before = text[_boundary(text, start, m.start(), list_marks=True):m.start()]
            subject = clean_subject(before)
            if len(subject) < 2 or _DIGIT.search(_STATED_RATE.sub("", TIME_WORDS.sub("", text[start:m.start()]))):
                continue  # `636个,而去年同期只有300个,一年时间翻了一番`: the numbers already say it
        mentions.append(Mention(pat.kind, subject, pat.value, None, pat.unit, "exact", 1,
                                m.start(), m.end(), pat.id))
        taken.append(m.span())
    if quantities is None:
        quantities = find_quantities(text, start, end)
    # `31个省区市` names the whole country, it counts nothing
    quantities = [q for q in quantities if not any(a <= q.start < b for a, b in taken)
                  and not NATIONAL_PHRASE.match(text, q.start)]
    listed = [False] * len(mentions)
    prev_end, prev_subject, owner, topic, last_item, whole = start, heading, None, None, False, ""
    counted = None  # `落地项目633个、`: the set whose amounts may follow
    holder, holder_group, group, scanned = None, -1, start, start  # `德胜村共有443户，`: whose categories follow
    spread: dict[int, tuple] = {}   # quantity index → (subject, change, sign, place) from `分别`
    part = False
    for i, q in enumerate(quantities):
        if q.modifier:
            if _MONITORED_SET.match(text, q.end - 1):  # `339个地级及以上城市平均…`: the measure after it starts
                prev_end = q.end                       # at its set's noun, not at the count
            continue
        mentions_before = len(mentions)
        clause = _boundary(text, max(start, prev_end), q.start, list_marks=False)
        left = text[clause:q.start]
        d = _DIR_END.search(left)
        change = d is not None and q.unit in CHANGE_UNITS
        # `比上年增加1000亿元`: an amount of change, kept as an `other` fact named after what changed
        delta = d is not None and not change and q.unit not in CHANGE_UNITS
        sign = _sign(d, left)
        if d is not None and d["minus"]:
            sign = -sign  # `增长-3.2%`: a decline
        raw = left[:d.start()] if (change or delta) else left
        if d is None and q.unit in CHANGE_UNITS and (d0 := _DIR_START.match(clean_subject(left))):
            # `降低工商业电价5%`: the verb, its object, then the change
            change, sign, raw = True, -1 if d0["down"] else 1, clean_subject(left)[d0.end():]
        if i in spread:
            subject, change, sign, _, _ = spread[i]
            if change and d is not None:  # each item of a `分别` list may carry its own direction, and the
                sign = _sign(d, left)     # items after it share it (`分别增长5%、1%和下降4%、6%`)
                spread.update({j: (*v[:2], sign, *v[3:]) for j, v in spread.items() if j > i})
        else:
            if _RESPECTIVELY in raw:
                run = joined_run(text, quantities, i)
                run, changes, change_sign = changes_after_levels(
                    text, run, [(quantities[j].start, quantities[j].end) for j in run],
                    [quantities[j].unit in CHANGE_UNITS for j in run])
                by_place = places_over(raw, len(run))
                if by_place:
                    subjects, places = [by_place[1]] * len(run), by_place[0]
                else:
                    head = clean_subject(raw.split(_RESPECTIVELY)[0])
                    items = distributive(raw, len(run))
                    before = text[_boundary(text, start, max(start, clause - 1), list_marks=False):max(start, clause - 1)]
                    items = organisation_items(flows_respectively(raw, items)) if items else None
                    subjects = (topic_for_items(items) if items else None) or (
                        None if head else earlier_levels(mentions, start, len(run))) or owners_listed_before(
                        before, head, len(run)) or [head] * len(run)  # `…制造业、…制造业，投资分别增长…`
                    bare = places_over(raw, len(run), bare=True)  # `四川和重庆分别为…和…`
                    places = bare[0] if bare else [None] * len(run)
                if not change and q.unit == "%":
                    subjects = shares_respectively(raw, subjects, opening_set(text, start))  # `…分别占比2.6%、…`
                own_times = [tm.start for tm in time_mentions(text, clause, clause + len(raw))]
                baseline = any(text[t - 1:t] in _BASELINE_BEFORE for t in own_times)  # `分别比前三季度、1~8月…`
                own_times = own_times if len(own_times) == len(run) and not baseline else [None] * len(run)
                spread.update({j: (sub, change, sign, pl, tm)
                               for j, sub, pl, tm in zip(run, subjects, places, own_times, strict=False)})
                spread.update({j: (sub, True, change_sign, pl, None)  # `…,增长8.2%和8.8%`: the same items'
                               for j, sub, pl in zip(changes, subjects, places, strict=False)})
            elif change and not clean_subject(raw) and len(run := joined_run(text, quantities, i)) >= 2 \
                    and all(quantities[j].unit in CHANGE_UNITS for j in run) \
                    and (levels := earlier_levels(mentions, start, len(run))):
                # `城镇居民…42038元,农村居民…20366元,同比增长5.3%和6.4%`: 分别 unsaid, the levels' items in order
                spread.update({j: (sub, True, sign, None, None) for j, sub in zip(run, levels, strict=True)})
            if i in spread:
                subject = spread[i][0]
            else:
                list_start = _boundary(text, max(start, prev_end), q.start, list_marks=True)
                # `乐清市16例、瑞安市11例`: items after an earlier figure of the clause; `来电、市长信箱、短信…
                # 25.95万件` with no figure between is one subject
                if list_start > clause and prev_end > _boundary(text, start, q.start, list_marks=False):
                    raw = text[list_start:q.start]
                    d2 = _DIR_END.search(raw)
                    raw = raw[:d2.start()] if (change and d2) else raw
                subject = bracket_owner(text, max(start, prev_end), q.start, clean_subject(raw))
        item_place = None if i in spread else _breakdown_item(raw, _CASE_ITEM.match(text, q.start) is not None)
        if not change and q.unit == _TIMES:
            continue
        noun, noun_end = ("", q.end) if (change or delta) else noun_after(text, q, end)
        if noun and _OF_FIGURE.match(text, noun_end):
            continue  # `12个省份的51家单位`: the count says where the next figure's things are
        if not noun and not (change or delta) and BARE_VERB.fullmatch(subject):
            noun, noun_end = noun_after(text, q, end, any_unit=True)  # `同时发行1万亿元抗疫特别国债`
            subject = "" if len(noun) >= 2 else subject
        if noun:
            noun = acted_on(text, left if len(subject) > 8 else "", (q.end, noun_end), noun)  # `击毙了50名武装分子`
            subject = (subject + noun) if len(subject) <= 8 else actor_of_count(subject, noun)  # `湖北银行将在…发放`
        measure = MEASURE_END.search(subject)
        if measure and measure.start() > 1:  # `居民人均可支配收入名义` → 居民人均可支配收入(名义)
            subject = f"{subject[:measure.start()]}({measure.group()})"
        elif q.unit == "%" and mentions and (shared := _SHARE_TAKEN.fullmatch(mentions[-1].subject)) \
                and (w := _WHOLE_CONTINUED.fullmatch(raw.strip())):
            subject = f"{shared['base']}({shared['verb']}{w['whole']})"  # `占全国总量的65%,世界总量的三分之一`: a share of each
        elif prev_subject and (MEASURE_OF_PREVIOUS.fullmatch(subject) or SHARE_OF_PREVIOUS.fullmatch(subject)):
            subject = f"{regex.sub(r'[(][^()]*[)]$', '', prev_subject)}({subject})"
        elif prev_subject and _REACHED.match(subject):
            subject = prev_subject  # `…从54.36%下降到去年底的9.27%`: the same measure, reached
        elif not delta and (GENERIC.match(subject) or (len(subject) < 2 and not noun and subject not in _ONE_CHAR)
                          or BARE_VERB.fullmatch(subject)):
            subject = prev_subject + subject if prev_subject else subject
        group = max(group, *(text.rfind(c, scanned, q.start) + 1 for c in _GROUP_MARKS))  # each character once
        scanned = q.start
        if group != holder_group:  # the first figure of a `；` group: its holder, if any
            holder, holder_group = holder_at(text[group:q.start], q.unit, noun), group
        elif i not in spread and not delta:
            subject = held(holder, text, clause, q.start, subject)  # `德胜村共有443户，…建档立卡贫困户212户`
        if not mentions_before:
            prior = text[_boundary(text, start, max(start, clause - 1), list_marks=False):max(start, clause - 1)]
            owner, topic = owner_of(subject), topic_of(subject)
            if owner is None and (owner := owner_before(prior, left)) and not subject.startswith(owner):
                subject = owner + subject   # `…产业企业，实现营业收入…`: the clause before names whose
        elif i not in spread and not delta:
            topic, subject = topical(topic, owned(owner, left, subject))
        subject = shared_state(shared_owner(subject, prev_subject), prev_subject, left)
        if i not in spread and not delta:  # a measure named alone: the set just counted, the field opened
            subject = aspect_of(text, start, clause, of_counted(counted, subject))
            subject = organisation_total(text, start, left, subject)  # `恒远集团每年出资…,累计出资…`
            last = mentions[-1] if mentions and not change else None  # `排查出…别墅120套，拆除115套`
            subject = handled_things(subject, q.unit, (last.subject, last.unit) if last else None)
        base_subject = subject or prev_subject
        if delta:
            subject = base_subject + _COMPARISON.sub("", d.group()).strip(" -－−").removesuffix(_PERFECTIVE)
        if not change and q.unit == "%":
            subject = share_named(subject)
        rate = RATE_WORD.search(subject) if (not change and q.unit == "%") else None
        if rate:  # `地区生产总值增速为5.2%`, `增速回落至3%`: a growth rate stated as a level
            change, sign = True, 1
            subject = subject[:rate.start()] or prev_subject
        place = spread[i][3] if i in spread else None
        if not item_place and last_item and i not in spread and text[q.start - len(raw) - 1:q.start - len(raw)] == \
                _LIST_MARK_CHAR and _UNKNOWN_ITEM.fullmatch(_ITEM_EDGE.sub("", raw)) and not _CASE_WORD.search(raw):
            item_place = ""  # `城厢区30例、…、湄洲湾北岸3例`: a place of the list the gazetteer does not know
        if item_place is not None and ((category := _category(text, start, q.start) or prev_subject)
                                       or item_place == ""):
            subject, place = category, item_place  # a breakdown by place: it counts what its heading names
        last_item = item_place is not None
        if change and _MONTH_ON_MONTH in left and not subject.endswith(_MOM_TAIL):
            subject = f"{subject}{_MOM_TAIL}"  # `环比下降0.2%`: against last month, not the year-on-year measure
        span_start = clause + d.start() if (change and d is not None) else q.start
        kind = "change" if change else "delta" if delta else "level"
        # inherited subjects chain (`增长5%增长5%…` would make each one longer than the last): bound them
        subject = trimmed_cut(class_of_examples(subject, q.unit)[:MAX_SUBJECT])
        if not part and prev_end > start and _OF_WHICH in text[prev_end:q.start]:
            part, whole = True, prev_subject  # `户籍人口…,其中城镇人口…`: the whole the parts belong to
            subject = case_part(sub_account(subject, whole), whole)
        elif part and i not in spread:
            subject = case_part(sub_account(subject, whole), whole)
        mentions.append(Mention(kind, subject, q.value, q.value_high, q.unit, q.qualifier, sign,
                                span_start, q.end, kind, place, part, spread[i][4] if i in spread else None))
        listed.append(q.listed)
        counted = counted_set(subject, q.unit) if kind == "level" else None
        prev_end = noun_end
        # an amount of change names what changed (`一般公共预算收入增收23.25亿元,同比增长9.1%`); a measure of a
        # subject (`虫害防治…(约占)`) is not what the next figure measures
        if not inside_bracket(text, start, q.start):  # `香港68例(出院6例,死亡2例),澳门10例`: 死亡 stays inside
            prev_subject = prev_subject if place else base_subject if delta else MEASURE_TAIL.sub("", subject)
    mentions = _shared_by_items(text, start, _told_apart(mentions, listed))
    mentions.sort(key=lambda m: m.start)
    if (opening := opening_set(text, start)) is not None:  # `住户贷款中，短期贷款…`: the set's
        mentions = [replace(m, subject=of_set(opening, m.subject)) for m in mentions]
    return mentions
