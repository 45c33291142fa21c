"""Subjects: what a number measures, read from the clause around it and cleaned into a name.

`clean_subject` drops quotes, brackets, time words, comparisons (`比上年`), places, connectives and verbs
(word lists in words.toml); `noun_after` reads the noun a count qualifies (`48个民生项目`); `distributive` and
`places_over` spread `分别` lists over numbers (`蛋鸡、黑猪饲养量分别增长…`, `长春、吉林两市…分别为…`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from .quantities import Quantity
from .regions import REGION_PREFIX, place_name

COUNT_UNITS = frozenset("个 人 户 家 所 项 件 例 双 款 只 套 辆 台 座 条 处 张 间 艘 头 剂 株 棵 份 宗 篇 册".split())
_PAREN = regex.compile(r"[(（][^()（）]{0,30}[)）]")
_WORDS = tomllib.loads((Path(__file__).resolve().parent / "words.toml").read_text(encoding="utf-8"))


def _words(key: str, section: str = "subject") -> str:
    return "|".join(f"(?:{w})" for w in _WORDS[section][key])


_NOUN_AFTER = regex.compile(
    rf"[“”\"]?(?![{_WORDS['noun_after']['never_starts']}])(?P<noun>[\p{{Han}}A-Za-z0-9“”\"]{{1,14}}?)"
    rf"(?={_words('ends_before', 'noun_after')}|[,，;；:：。！？!?、()（）\s]|$)")
TIME_WORDS = regex.compile(
    r"(?:19|20)\d\d\s?[-—~至到]{0,2}\s?(?:(?:19|20)\d\d)?\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?(?:末|底|份|以来|来|度)?"
    r"|\d{1,2}\s?月\s?\d{1,2}\s?[日号](?:\s?\d{1,2}\s?[-—]{1,2}\s?\d{1,2}\s?时|\s?\d{1,2}\s?时)?(?:这天|当天|上午|下午|晚上?)?"
    r"|(?:1\s?[-—~至到]{1,2}\s?)?\d{1,2}\s?月(?:末|底|份)?|截至目前|截至|截止|目前|至今|今年以来|年末|年底|今年|去年同期|上年同期|同期|去年|上年"
    r"|明年|前年|后年|全年|当年|本年度?|本周|上周|一周|[一二三四五六七八九十\d]{1,2}年(?:内|来|以来|间)|过去的?一年"
    r"|与[一二三四五六七八九十\d]{1,2}年前相比|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来)?|[一二三四]季度|前三季度|上半年|下半年")
COMPARE = regex.compile(_words("compare"))
_LEADING = regex.compile(f"^(?:{_words('leading')})")
_TRAILING = regex.compile(f"(?:{_words('trailing')})$")
BARE_VERB = regex.compile(_words("bare_verbs"))
MEASURE_OF_PREVIOUS = regex.compile(_words("measure_of_previous"))
MEASURE_END = regex.compile(f"(?:{_words('measure_of_previous')})$")
GENERIC = regex.compile(f"^(?:{_words('generic')})?$")
RATE_WORD = regex.compile(f"(?:{_words('rate_words')})$")
_QUOTES = regex.compile(r"[“”\"'‘’《》「」『』\s]")


def clean_subject(raw: str) -> str:
    """The measured thing in a clause fragment: no quotes, time, comparison, place, connectives or verbs."""
    s = _PAREN.sub("", _QUOTES.sub("", raw))
    s = s[max(s.rfind("("), s.rfind("（"), s.rfind(")"), s.rfind("）")) + 1:]  # an unbalanced bracket ends it
    s = COMPARE.sub("", s)
    s = TIME_WORDS.sub("", s)
    for _ in range(6):
        before = s
        s = _LEADING.sub("", s)
        s = REGION_PREFIX.sub("", s)
        s = _TRAILING.sub("", s)
        if s == before:
            break
    return s.strip("，,、：:；;的和及与 ")


def noun_after(text: str, q: Quantity, end: int) -> tuple[str, int]:
    """The noun a count qualifies (`48个民生项目` → 民生项目) and where it ends."""
    if q.unit is not None and q.unit not in COUNT_UNITS:
        return "", q.end
    m = _NOUN_AFTER.match(text, q.end, min(end, q.end + 16))
    if not m:
        return "", q.end
    if text[m.end():m.end() + 1] == "的":  # `78名经过培训的预防接种人员`: the head noun follows 的
        head = _NOUN_AFTER.match(text, m.end() + 1, min(end, m.end() + 17))
        if head and not head["noun"][:1].isdigit() and len(head["noun"]) >= 2:
            return _QUOTES.sub("", head["noun"]), head.end()
    return _QUOTES.sub("", m["noun"]), m.end()


def _leading_place(item: str) -> tuple[str, str] | None:
    """(place, rest) when the item opens with a place name (`长春`, `吉林两市地区生产总值`)."""
    for n in range(min(len(item), 8), 1, -1):
        if place := place_name(item[:n]):
            return place, item[n:]
    return None


def places_over(subject_raw: str, count: int) -> tuple[list[str], str] | None:
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


def distributive(subject_raw: str, count: int) -> list[str] | None:
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
