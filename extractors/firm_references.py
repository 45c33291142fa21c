"""The firm a subject's `公司` points back at: the one firm its paragraph names before it, by its kind, a brand or a
short name the story gives it.

`宁夏宏远能源集团股份有限公司（简称“宏远能源”）…。宏远能源先行布局…。公司立足…，规划投资14亿元` is the firm's plan
(宏远能源规划投资), and `在东江华达新材料股份有限公司的车间里，…。去年公司出口额超2亿美元` its exports. Two firms
named before, or another named between the anaphor and the figure, leave `公司` as it is (an earlier round found a
wrong owner worse than none). Words in lexicon/owners.toml (`subject_firm_anaphor`, `firm_short_name`, `firm_name`).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import lexicon

_LEX = lexicon()
_SUBJECT_ANAPHOR = _LEX.compile("subject_firm_anaphor")
_FIRM = _LEX.compile("firm_name")
_CLASS = _LEX.compile("{firm_class}")
_GENERIC = _LEX.compile("firm_mention_generic")
_SHORT = _LEX.compile("firm_short_name")
_LEGAL_FORM = _LEX.compile("firm_legal_form")
_SHORT_WORD = next(w for w, role in _LEX.values("firm_definition_cue").items() if role == "short")
_REACH = 400  # characters of the paragraph read back from the anaphor: a run-on paragraph is read nearby only
_MAX_OWNED = 16  # characters: a longer subject is a piece of a sentence (subject_checks._MAX_OTHER_SUBJECT)


def firm_anaphor_opens(subject: str) -> bool:
    """`公司出口额`, `该公司利润`: the subject opens by pointing back at a firm."""
    return _SUBJECT_ANAPHOR.match(subject) is not None


def referred_firm(text: str, para_start: int, sent_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with its leading `公司` replaced by the one firm the paragraph names before
    it (in its sentence from sent_start or earlier); else the subject as it is."""
    if (m := _SUBJECT_ANAPHOR.match(subject)) is None:
        return subject
    at = text.rfind(m[0], sent_start, pos)
    if at < 0 or firms_named(text, at + len(m[0]), pos):
        return subject  # another firm between the anaphor and its figure
    names = firms_named(text, max(para_start, at - _REACH), at)
    owned = names.pop() + subject[len(m[0]):] if len(names) == 1 else subject
    return owned if len(owned) <= _MAX_OWNED else subject


def firms_named(text: str, start: int, end: int) -> set[str]:
    """The firms text[start:end] names, each once (by its short name when the story gives one, without its legal
    form), never a kind of firm or one named by a pointing word (`这家公司`)."""
    short = short_names(text)
    names = {short.get(m[0], _LEGAL_FORM.sub("", m[0])) for m in _FIRM.finditer(text, start, end)
             if not _CLASS.search(m[0]) and not _GENERIC.match(m[0]) and not _SUBJECT_ANAPHOR.fullmatch(m[0])}
    names.update(s for s in set(short.values()) if text.find(s, start, end) >= 0)
    return names


@lru_cache(maxsize=4)
def short_names(text: str) -> dict[str, str]:
    """Full name → short name, for every firm the story gives a short name (`…集团股份有限公司（简称“宏远能源”）`);
    the whole-text scan runs only when a definition's word is in the text."""
    return {m["full"]: m["short"] for m in _SHORT.finditer(text)} if _SHORT_WORD in text else {}
