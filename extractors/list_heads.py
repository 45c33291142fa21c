"""A list's owner written once before its first item (`省区市文件和会议`, `万元GDP能耗、水耗`, `职工工资和福利`):
each later item that is only a short measure of its own is the same owner's (省区市会议, 万元GDP水耗, 职工福利). A
`分别` clause naming only another owner after such a run (`…，中央和国家机关分别压缩39%、33%`) has the run's measures in
order, and a `其中` part naming only another owner measures what its whole does (`国有企业应交税费…。其中，中央企业…`).
Words in lexicon/subjects.toml (`list_head_owner`, `list_scope_alone`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_OWNER = _LEX.compile("list_head_owner")
_SCOPE_ALONE = _LEX.compile("list_scope_alone")
_MAX_ITEM = 4  # characters: a longer later item names more than a measure, maybe an owner of its own


def head_shared(items: list[str]) -> list[str]:
    """[`省区市文件`, `会议`] → [`省区市文件`, `省区市会议`]; a later item that names an owner, or is longer than the
    measure after the first item's owner, is left as it is."""
    if len(items) < 2 or (m := _OWNER.match(items[0])) is None:
        return items
    owner, measure = m["owner"], items[0][m.end("owner"):]
    return [items[0]] + [owner + x if len(x) <= min(_MAX_ITEM, len(measure)) and not _OWNER.match(x)
                         and not x.startswith(owner) else x for x in items[1:]]


def owner_over_earlier(head: str, earlier: list[str] | None) -> list[str] | None:
    """`中央和国家机关` over [`省区市文件`, `省区市会议`] (the run just before) → [中央和国家机关文件, 中央和国家机关会议];
    None when the head names more than an owner or the run before has no owner of its own to replace."""
    if not earlier or not _SCOPE_ALONE.fullmatch(head):
        return None
    measures = [x[m.end("owner"):] if (m := _OWNER.match(x)) else "" for x in earlier]
    return [head + x for x in measures] if all(measures) else None


def owner_part(subject: str, whole: str) -> str:
    """`中央企业` after `国有企业应交税费…。其中,` → 中央企业应交税费: a `其中` part that names only another owner of the
    same kind measures what the whole does."""
    if not _SCOPE_ALONE.fullmatch(subject) or (m := _OWNER.match(whole)) is None or whole.startswith(subject):
        return subject
    return subject + whole[m.end("owner"):]
