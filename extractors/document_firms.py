"""Firm names a document teaches: the short name it gives a firm (`东江铁路总公司（以下简称“东铁”）`) and the bare name
of a full name with a legal form (`东江华达新材料股份有限公司` → 东江华达新材料), which its later sentences name the firm
by with no kind after it (`国开行今年已发放…`, `东江华达新材料去年出口…`).

A figure whose subject opens with such a name, or whose sentence has the firm as its actor, is the firm's own, so never
the national paper's whole country (firm_figures). Words in lexicon/owners.toml (`firm_short_name`, `firm_name`,
`firm_legal_form`, `firm_acts_after`).
"""

from __future__ import annotations

from functools import lru_cache

from .anchored_scan import AnchoredScan
from .firm_references import short_names
from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_FIRMS = AnchoredScan.of_entry(_LEX, "firm_name")  # tried only just before a firm's kind or brand
_LEGAL_FORM = _LEX.compile("firm_legal_form")  # ends before the full name's closing `公司`
_VISIT_LEAD = _LEX.compile("firm_visit_lead")  # `步入新峰水泥有限责任公司`: the verb is no part of the name
_ACTS_AFTER = _LEX.compile_at("firm_acts_after")
_LEAD = _LEX.compile_at("sentence_lead")
_LEGAL_WORD = next(w for w, role in _LEX.values("firm_definition_cue").items() if role == "legal")  # every legal form has it
_BARE_KIND = _LEX.compile_at("firm_kind_named_alone")
_BARE_KINDS = _LEX.words("firm_kind_word")
_ALONE_AFTER = _LEX.compile_at("firm_bare_name_after")
_GENERIC = _LEX.compile_at("firm_bare_generic")
_OPENING_MARKS = frozenset(_LEX.words("firm_bare_name_before"))
_CLASS = _LEX.compile("firm_class")
_MIN_BARE = 3  # characters: a shorter bare name (`东江`) is a place or a common word as often as the firm


@lru_cache(maxsize=4)
def document_firm_names(text: str) -> tuple[str, ...]:
    """The names the document gives its firms with no kind after them, longest first (the whole-text scans only run
    when the words they end with are in the text: most documents define no firm)."""
    names = set(short_names(text).values())
    firms = _FIRMS.matches(text) if _LEGAL_WORD in text or any(k in text for k in _BARE_KINDS) else []
    for m in (firms if _LEGAL_WORD in text else ()):
        if (legal := _LEGAL_FORM.search(m[0])) is not None and legal.start() >= _MIN_BARE:
            lead = _VISIT_LEAD.match(m[0])
            bare = m[0][lead.end() if lead is not None and legal.start() - lead.end() >= _MIN_BARE else 0:legal.start()]
            names.update(_with_place_dropped(bare))
    names.update(_named_alone(text, firms))
    return tuple(sorted(names, key=len, reverse=True))


def _named_alone(text: str, firms: list) -> set[str]:
    """`迪瑞特公司在全世界…` and `迪瑞特连年保持…`: a firm's name with its kind (`公司`, `集团`), opening a clause or a
    list item, that the story also uses with no kind after it (迪瑞特); never a place's name (`内蒙古公司`), a kind
    of firm (`国外育种公司`) or a name run on from a word before it (`的`, a verb, a quote); firms: the text's firm names."""
    names = set()
    for m in firms if any(k in text for k in _BARE_KINDS) else ():
        kind = _BARE_KIND.search(m[0])
        bare = m[0][:kind.start()] if kind is not None else ""
        opens = m.start() == 0 or text[m.start() - 1] in _OPENING_MARKS  # `吸引上汽集团`: a verb ran into the name
        if opens and len(bare) >= _MIN_BARE and bare not in names and not _GENERIC.match(bare) and not _CLASS.search(m[0]) \
                and _used_alone(text, bare) and not _a_place(bare):
            names.add(bare)
    return names


def _used_alone(text: str, bare: str) -> bool:
    """The story names the firm by `bare` with no kind after it, somewhere."""
    at = text.find(bare)
    while at >= 0:
        if _ALONE_AFTER.match(text, at + len(bare)) is not None:
            return True
        at = text.find(bare, at + 1)
    return False


def _with_place_dropped(bare: str) -> set[str]:
    """`武汉天马微电子` and `天马微电子`: a full name's bare name, and the rest after the place it opens with, which the
    story names the firm by later (`在湖北武汉，天马微电子…`)."""
    ends = [m.end for m in place_mentions(bare) if m.start == 0 and m.end < len(bare)]
    rest = bare[max(ends):] if ends else ""
    return {bare, rest} if len(rest) >= _MIN_BARE and not _a_place(rest) else {bare}


def _a_place(bare: str) -> bool:
    return any(m.start == 0 and m.end == len(bare) for m in place_mentions(bare))


def document_firm_at(text: str, pos: int) -> str | None:
    """The name of a firm the document taught, when text[pos:] opens with it."""
    return next((n for n in document_firm_names(text) if text.startswith(n, pos)), None)


def opens_with_document_firm(text: str, subject: str) -> bool:
    """`国开行新增转贷款`: the subject opens with a name the document gave one firm."""
    return any(subject.startswith(n) and len(subject) > len(n) for n in document_firm_names(text))


def names_document_firm(text: str, words: str) -> bool:
    """`南电投已发放贷款`: the words name a firm by a name the document gave it, anywhere in them."""
    return any(n in words for n in document_firm_names(text))


def document_firm_actor(text: str, sentence_start: int) -> tuple[str, int] | None:
    """(name, end) of a firm the document taught opening the sentence as its actor (`截至4月底，国开行今年已发放…`);
    the sentence's lead is read only in a document that taught a name (most teach none)."""
    if not document_firm_names(text):
        return None
    lead = _LEAD.match(text, sentence_start)
    at = lead.end() if lead else sentence_start
    name = document_firm_at(text, at)
    if name is None or _ACTS_AFTER.match(text, at + len(name)) is None:
        return None
    return name, at + len(name)
