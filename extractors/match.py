"""Finding mentions in a sentence: a quantity (or a stated zero) with its subject and direction.

A mention says *what* was measured and *how much*, as the text puts it; which indicator, period, region
and status it gets is resolve.py's business. Rules, in order: catalog patterns (`无新增确诊病例` → 0),
then every quantity: a direction word right before it (`增长`, `降幅收窄至`) makes a change (growth rate),
anything else a level. The subject is the clause text before the number (or the noun after a count:
`实施48个民生项目`), cleaned of time, place, connectives and verbs; `分别` spreads a list of subjects over
a list of numbers; a subject left empty (`增长41%`, `明年1亿美元`) is inherited from the previous mention.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

from .catalog import Catalog
from .fragments import compose
from .quantities import Quantity, find_quantities
from .regions import REGION_PREFIX, place_name

CHANGE_UNITS = ("%", "个百分点", "倍")
COUNT_UNITS = frozenset("个 人 户 家 所 项 件 例 双 款 只 套 辆 台 座 条 处 张 间 艘 头 剂 株 棵 份 宗 篇 册".split())
_WINDOW = 48  # characters of clause before a number that may hold its subject

_DIR_END = regex.compile(compose(r"{direction}\s?(?:{qual_before})?\s?$"))
_CLAUSE_MARK = regex.compile(r"[,，;；:：。！？!?]")
_PAREN = regex.compile(r"[(（][^()（）]{0,30}[)）]")
_LIST_MARK = regex.compile(r"[、]")
_WORDS = tomllib.loads((Path(__file__).resolve().parent / "words.toml").read_text(encoding="utf-8"))


def _words(key: str, section: str = "subject") -> str:
    return "|".join(f"(?:{w})" for w in _WORDS[section][key])


_NOUN_AFTER = regex.compile(
    rf"[“”\"]?(?![{_WORDS['noun_after']['never_starts']}])(?P<noun>[\p{{Han}}A-Za-z0-9“”\"]{{1,14}}?)"
    rf"(?={_words('ends_before', 'noun_after')}|[,，;；:：。！？!?、()（）\s]|$)")
_TIME_WORDS = regex.compile(
    r"(?:19|20)\d\d\s?[-—~至到]{0,2}\s?(?:(?:19|20)\d\d)?\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?(?:末|底|份|以来|来|度)?"
    r"|\d{1,2}\s?月\s?\d{1,2}\s?[日号](?:\s?\d{1,2}\s?[-—]{1,2}\s?\d{1,2}\s?时|\s?\d{1,2}\s?时)?(?:这天|当天|上午|下午|晚上?)?"
    r"|(?:1\s?[-—~至到]{1,2}\s?)?\d{1,2}\s?月(?:末|底|份)?|截至目前|截至|截止|目前|至今|今年以来|年末|年底|今年|去年同期|上年同期|同期|去年|上年"
    r"|明年|前年|后年|全年|当年|本年度?|本周|上周|一周|[一二三四五六七八九十\d]{1,2}年(?:内|来|以来|间)|过去的?一年"
    r"|与[一二三四五六七八九十\d]{1,2}年前相比|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来)?|[一二三四]季度|前三季度|上半年|下半年")
_COMPARE = regex.compile(_words("compare"))
_LEADING = regex.compile(f"^(?:{_words('leading')})")
_TRAILING = regex.compile(f"(?:{_words('trailing')})$")
_BARE_VERB = regex.compile(_words("bare_verbs"))
_MEASURE_OF_PREVIOUS = regex.compile(_words("measure_of_previous"))
_MEASURE_END = regex.compile(f"(?:{_words('measure_of_previous')})$")
_GENERIC = regex.compile(f"^(?:{_words('generic')})?$")
_RATE_WORD = regex.compile(f"(?:{_words('rate_words')})$")
_DIGIT = regex.compile(r"\d")
_JOINER = regex.compile(r"\s?[和、,，及与]\s?")
_QUOTES = regex.compile(r"[“”\"'‘’《》「」『』\s]")


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


def clean_subject(raw: str) -> str:
    """The measured thing in a clause fragment: no quotes, time, comparison, place, connectives or verbs."""
    s = _PAREN.sub("", _QUOTES.sub("", raw))
    s = s[max(s.rfind("("), s.rfind("（"), s.rfind(")"), s.rfind("）")) + 1:]  # an unbalanced bracket ends it
    s = _COMPARE.sub("", s)
    s = _TIME_WORDS.sub("", s)
    for _ in range(6):
        before = s
        s = _LEADING.sub("", s)
        s = REGION_PREFIX.sub("", s)
        s = _TRAILING.sub("", s)
        if s == before:
            break
    return s.strip("，,、：:；;的和及与 ")


def _boundary(text: str, lo: int, pos: int, list_marks: bool) -> int:
    """Start of the clause that ends at pos (never before lo)."""
    start = max(lo, pos - _WINDOW)
    last = None
    for m in _CLAUSE_MARK.finditer(text, start, pos):
        last = m.end()
    if list_marks:
        for m in _LIST_MARK.finditer(text, start, pos):
            last = max(last or 0, m.end())
    return last if last is not None else start


def _noun_after(text: str, q: Quantity, end: int) -> tuple[str, int]:
    """The noun a count qualifies (`48个民生项目` → 民生项目) and where it ends."""
    if q.unit is not None and q.unit not in COUNT_UNITS:
        return "", q.end
    m = _NOUN_AFTER.match(text, q.end, min(end, q.end + 16))
    return (_QUOTES.sub("", m["noun"]), m.end()) if m else ("", q.end)


def _leading_place(item: str) -> tuple[str, str] | None:
    """(place, rest) when the item opens with a place name (`长春`, `吉林两市地区生产总值`)."""
    for n in range(min(len(item), 8), 1, -1):
        if place := place_name(item[:n]):
            return place, item[n:]
    return None


def _places_over(subject_raw: str, count: int) -> tuple[list[str], str] | None:
    """`长春、吉林两市地区生产总值分别为…和…` → ([长春市, 吉林市], 地区生产总值)."""
    head = _QUOTES.sub("", subject_raw.split("分别")[0])
    head = head[max(head.rfind(","), head.rfind("，")) + 1:]
    items = [x for x in regex.split(r"[、和及与]", head) if x]
    found = [_leading_place(x) for x in items]
    if len(found) != count or count < 2 or not all(found):
        return None
    kind = regex.match(r"[两三四五六七八九十]+([市县区省])", found[-1][1])
    places = [place for place, _ in found]
    if kind:  # `长春、吉林两市`: 吉林 is the city here, not the province
        places = [place_name(item[:len(item) - len(rest)] + kind.group(1)) or place
                  for item, (place, rest) in zip(items, found, strict=True)]
    subject = clean_subject(found[-1][1][kind.end():] if kind else found[-1][1])
    return (places, subject) if len(subject) >= 2 else None


def _distributive(subject_raw: str, count: int) -> list[str] | None:
    """`蛋鸡、黑猪饲养量` for two numbers → [`蛋鸡饲养量`, `黑猪饲养量`]."""
    head = subject_raw.split("分别")[0]
    items = [clean_subject(x) for x in regex.split(r"[、和及与]", head)]
    items = [x for x in items if x]
    if count == 2 and len(items) == 1 and items[0].startswith("城乡"):
        rest = items[0][2:]  # `城乡居民人均可支配收入分别增长…和…`
        return ["城镇" + rest, "农村" + rest]
    if len(items) != count or count < 2:
        return None
    first, last = items[0], items[-1]
    tail = last[len(first):] if len(last) > len(first) + 1 else ""
    return [x if x.endswith(tail) else x + tail for x in items]


def pattern_hits(text: str, catalog: Catalog, start: int = 0, end: int | None = None) -> list[tuple]:
    """(catalog pattern, match) for every catalog pattern match in text[start:end]."""
    end = len(text) if end is None else end
    return [(pat, m) for pat in catalog.patterns for m in pat.regex.finditer(text, start, end)]


def find_mentions(text: str, start: int, end: int, catalog: Catalog, quantities: list[Quantity] | None = None,
                  hits: list[tuple] | None = None) -> list[Mention]:
    """Mentions in the sentence text[start:end], in text order.

    The sentence's quantities and catalog-pattern hits may be given (found once for the whole text).
    """
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pat, m in pattern_hits(text, catalog, start, end) if hits is None else hits:
        if "subject" in m.re.groupindex:
            subject = pat.prefix + m["subject"]
        else:  # `工业增加值与上年持平`: the pattern states the value, the clause before it names the thing
            before = text[_boundary(text, start, m.start(), list_marks=True):m.start()]
            subject = clean_subject(before)
            if len(subject) < 2 or _DIGIT.search(_TIME_WORDS.sub("", text[start:m.start()])):
                continue  # `636个,而去年同期只有300个,一年时间翻了一番`: the numbers already say it
        mentions.append(Mention(pat.kind, subject, pat.value, None, pat.unit, "exact", 1,
                                m.start(), m.end(), pat.id))
        taken.append(m.span())
    if quantities is None:
        quantities = find_quantities(text, start, end)
    quantities = [q for q in quantities if not any(a <= q.start < b for a, b in taken)]
    prev_end, prev_subject = start, ""
    spread: dict[int, tuple] = {}   # quantity index → (subject, change, sign, place) from `分别`
    for i, q in enumerate(quantities):
        if q.modifier:
            continue
        clause = _boundary(text, max(start, prev_end), q.start, list_marks=False)
        left = text[clause:q.start]
        d = _DIR_END.search(left)
        change = d is not None and q.unit in CHANGE_UNITS
        # `比上年增加1000亿元`: an amount of change, kept as an `other` fact named after what changed
        delta = d is not None and not change and q.unit not in CHANGE_UNITS
        sign = -1 if (change and d["down"]) else 1
        raw = left[:d.start()] if (change or delta) else left
        if i in spread:
            subject, change, sign, _ = spread[i]
        else:
            if "分别" in raw:
                run = [i]
                for j in range(i + 1, len(quantities)):
                    if quantities[j].modifier or not _JOINER.fullmatch(text, quantities[run[-1]].end,
                                                                         quantities[j].start):
                        break
                    run.append(j)
                by_place = _places_over(raw, len(run))
                if by_place:
                    subjects, places = [by_place[1]] * len(run), by_place[0]
                else:
                    subjects = _distributive(raw, len(run)) or [clean_subject(raw.split("分别")[0])] * len(run)
                    places = [None] * len(run)
                spread.update({j: (sub, change, sign, pl)
                               for j, sub, pl in zip(run, subjects, places, strict=False)})
            if i in spread:
                subject = spread[i][0]
            else:
                list_start = _boundary(text, max(start, prev_end), q.start, list_marks=True)
                if list_start > clause:
                    raw = text[list_start:q.start]
                    d2 = _DIR_END.search(raw)
                    raw = raw[:d2.start()] if (change and d2) else raw
                subject = clean_subject(raw)
        if not change and q.unit == "倍":
            continue
        noun, noun_end = ("", q.end) if (change or delta) else _noun_after(text, q, end)
        if noun:
            subject = (subject + noun) if len(subject) <= 8 else noun
        measure = _MEASURE_END.search(subject)
        if measure and measure.start() > 1:  # `居民人均可支配收入名义` → 居民人均可支配收入(名义)
            subject = f"{subject[:measure.start()]}({measure.group()})"
        elif prev_subject and _MEASURE_OF_PREVIOUS.fullmatch(subject):
            subject = f"{regex.sub(r'[(][^()]*[)]$', '', prev_subject)}({subject})"
        elif not delta and (_GENERIC.match(subject) or (len(subject) < 2 and not noun)
                          or _BARE_VERB.fullmatch(subject)):
            subject = prev_subject + subject if prev_subject else subject
        if delta:
            subject = (subject or prev_subject) + _COMPARE.sub("", d.group()).strip()
        rate = _RATE_WORD.search(subject) if (not change and q.unit == "%") else None
        if rate:  # `地区生产总值增速为5.2%`, `增速回落至3%`: a growth rate stated as a level
            change, sign = True, 1
            subject = subject[:rate.start()] or prev_subject
        if i in spread:
            place = spread[i][3]
        elif place := (place_name(subject) if prev_subject else None):
            subject = prev_subject  # a breakdown by place: it measures what the previous figure measured
        span_start = clause + d.start() if (change and d is not None) else q.start
        kind = "change" if change else "delta" if delta else "level"
        mentions.append(Mention(kind, subject, q.value, q.value_high, q.unit, q.qualifier, sign,
                                span_start, q.end, kind, place))
        prev_end = noun_end
        prev_subject = subject if not place else prev_subject
    mentions.sort(key=lambda m: m.start)
    return mentions
