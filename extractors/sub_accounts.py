"""Sub-accounts: the name of a part after `其中` of an account (`户籍人口…，其中城镇人口` → 户籍城镇人口), the whole's owner
written before the part (lexicon/subjects.toml `sub_account`, `trade_whole`, `trade_part`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()


_SUB_ACCOUNTS = tuple(_LEX.words("sub_account"))
_WHOLE_MARK = _LEX.words("sub_account_whole_mark")
_TRADE_WHOLE, _TRADE_PART = _LEX.compile("trade_whole"), _LEX.compile("trade_part")


def sub_account(subject: str, whole: str) -> str:
    """A part after `其中` of an account (`中央政府性基金预算支出…,其中,本级支出` → 中央政府性基金预算本级支出,
    `户籍人口…,其中城镇人口` → 户籍城镇人口, `加工贸易进出口总额…,其中出口额` → 加工贸易出口额): the whole's owner before
    the part."""
    if _TRADE_PART.fullmatch(subject) and (trade := _TRADE_WHOLE.fullmatch(whole)):
        return trade["owner"] + subject
    for account in _SUB_ACCOUNTS:
        if whole.endswith(account) and subject.endswith(account) and len(subject) <= len(account) + 4:
            owner, own = whole[:-len(account)], subject[:-len(account)]
            owner = owner[:-1] if owner.endswith(_WHOLE_MARK) else owner  # `财政总收入`: 总 is the whole's, not its owner's
            shares_more = bool(owner and own) and owner[-1] == own[-1]  # `原保险保费收入`, `寿险保费收入`: its own name
            return owner + subject if owner and owner not in subject and not shares_more else subject
    return subject


def is_account(whole: str) -> bool:
    """A whole whose parts sub_account names (`户籍人口`, `加工贸易进出口总额`)."""
    return whole.endswith(_SUB_ACCOUNTS) or _TRADE_WHOLE.fullmatch(whole) is not None
