"""A counted body's particulars: `全国共有养老机构3.4万个，床位420万张，工作人员37万人` → 养老机构床位, 养老机构工作人员.

A clause that counts a body (lexicon/owners.toml `particular_owner`), or names one of its particulars
(`幼儿园教职工90319人`), and the clauses after it in the same sentence that name only a bare particular with their
figure (`owned_particular`: beds, staff, pupils, floor space) tell that body's particulars, not the region's. A
clause naming its own owner or scope (`社区养老床位`, `全市职工`) is left as it is.
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BODY = _LEX.compile("particular_owner")
_PARTICULAR = _LEX.compile("owned_particular")
_LEAD = _LEX.compile("particular_owner_lead")
_BODY_COUNTERS = frozenset(_LEX.words("holder_counter"))  # 个, 家, 所, 座, 处
_MAX_BODY = 14  # characters: a longer counted subject is a piece of narrative, not a body's name


def counted_body(subject: str, unit: str | None) -> str | None:
    """`养老机构` counted in 个: a body whose particulars may follow (without a verb of having before it), else None."""
    if unit in _BODY_COUNTERS and 2 <= len(subject) <= _MAX_BODY and _BODY.search(subject):
        return subject[_LEAD.match(subject).end():] if _LEAD.match(subject) else subject
    return None


def particular_body(subject: str) -> str | None:
    """`幼儿园教职工` → 幼儿园: a body named with one of its particulars, whose later bare particulars in the sentence
    (`…;专任教师56742人`) are that body's too; else None."""
    if len(subject) > _MAX_BODY + 6:
        return None
    for end in range(len(subject) - 2, 1, -1):
        if _BODY.search(subject, 0, end) and _PARTICULAR.fullmatch(subject[end:]):
            body = subject[:end]
            return body[_LEAD.match(body).end():] if _LEAD.match(body) else body
    return None


def particular_of(body: str | None, subject: str, opening: str) -> str | None:
    """`床位` whose clause (opening, from its start) opens with it, after a count of `养老机构` → 养老机构床位; else None."""
    if body and _BODY.search(body) and _PARTICULAR.fullmatch(subject) and opening.startswith(subject):
        return body + subject
    return None


def body_kept(subject: str, kept: str | None) -> bool:
    """Whether subject is a particular of the body kept from before (`养老机构床位` after `养老机构…个`), so the body's
    later particulars are its too (`…，床位…，工作人员…`)."""
    return bool(kept) and subject.startswith(kept) and _BODY.search(kept) is not None \
        and _PARTICULAR.fullmatch(subject[len(kept):]) is not None
