"""Subjects told by the one before them: a case count listed after another takes its state (`新增本土…、无症状感染者…`),
the other one of a pair or another account of the same owner takes the owner (`技术服务出口…,进口…`), a herd's account
alone takes the breed (`涪北黑猪母猪…，年出栏肥猪…`), a bulletin's bare act takes the persons its sentence named
(`累计追踪密切接触者…,尚在接受医学观察…`). Words in lexicon subjects.toml and cases.toml."""

from __future__ import annotations

from .figure_bases import without_rate
from .lexicon import lexicon
from .subjects import MEASURE_TAIL

_LEX = lexicon()
_CASE_STATE = _LEX.compile("case_state")
_CASE_WORD = _LEX.compile("case_word")
_CASE_ORIGIN = _LEX.compile("case_origin")
_ITEM_JOINERS = frozenset(_LEX.words("list_joiner"))
_COUNTERPARTS: dict[str, str] = _LEX.values("counterpart")
_ACCOUNT_GROUPS = (_LEX.words("account_measure"), _LEX.words("crop_account"), _LEX.words("school_account"),
                   _LEX.words("loan_account"), _LEX.words("business_account"))
# one owner's accounts: a firm's, a crop's, a school level's, a borrower's, a sector's business


def shared_state(subject: str, previous: str, left: str) -> str:
    """`新增本土确诊病例120例、无症状感染者4512例`: a case count listed right after another (after `、`/`和`)
    that names no state of its own has the other's (新增本土无症状感染者)."""
    state = _CASE_STATE.match(previous)
    if state and left[:1] in _ITEM_JOINERS and not _CASE_STATE.match(subject) and _CASE_WORD.search(subject):
        return state["state"] + subject if _CASE_ORIGIN.match(subject) else state.group() + subject
    return subject


def shared_owner(subject: str, previous: str) -> str:
    """A subject that is only the other one of a pair (`技术服务出口…,进口839.2亿元` → 技术服务进口) or another
    account of the same firms (`规上工业企业营业收入增长5%,利润总额增长3%` → 规上工业企业利润总额) or crop
    (`油料面积…,产量693吨` → 油料产量) or school level (`小学招生人数…;在校生人数…` → 小学在校生人数) or the same herd
    takes the previous subject's owner."""
    previous = without_rate(MEASURE_TAIL.sub("", previous))  # `…贷款余额增速` moved: the balance's owner
    accounts = next((group for group in _ACCOUNT_GROUPS if subject in group), ())
    others = [_COUNTERPARTS[subject]] if subject in _COUNTERPARTS else [a for a in accounts if a != subject]
    for other in sorted(others, key=len, reverse=True):  # `夏粮种植面积`: the whole account word, not `面积`
        if previous.endswith(other):
            if len(previous) > len(other) + 1:
                return previous[:-len(other)] + subject
            break  # `播种面积…,总产量…`: an account named alone has no owner to share
    return herd_owner(subject, previous)


_HERD_ACCOUNT = _LEX.compile("herd_account")
_HERD_ACT_LEAD = _LEX.compile("herd_act_lead")


def herd_owner(subject: str, previous: str) -> str:
    """`涪北黑猪母猪…，年出栏肥猪…` → 涪北黑猪年出栏肥猪: a herd's account alone after another account (previous) of an
    owner (a breed, a product) is that owner's."""
    if not subject or not _HERD_ACCOUNT.fullmatch(subject):
        return subject
    tail = next((m for m in _HERD_ACCOUNT.finditer(previous) if m.end() == len(previous) and m.start() < m.end()), None)
    owner = _HERD_ACT_LEAD.sub("", previous[:tail.start()]) if tail else ""  # `存栏涪北黑猪母猪` → 涪北黑猪
    return owner + subject if len(owner) >= 2 and not subject.startswith(owner) else subject


_BARE_ACT = _LEX.compile("case_bare_act")
_ACT_PERSONS = _LEX.compile("case_bare_act_persons")
_ACT_JOINED: dict[str, str] = _LEX.table("case_bare_act_persons", "joined")
_ACT_REACH = 120   # characters back from a bare act searched for its persons (a bulletin's sentence; bounded)


def persons_before(subject: str, text: str, start: int, pos: int) -> str:
    """A count named by an act alone (`当日排除0人`, `尚在接受医学观察1352人`) counts the persons of that act named last
    before it in its sentence (text[start:pos], a bounded reach back): 当日排除疑似病例, 尚在接受医学观察的密切接触者;
    else it keeps its name."""
    act = _BARE_ACT.match(subject)
    if act is None:
        return subject
    kind = act.lastgroup
    named = [m[kind] for m in _ACT_PERSONS.finditer(text, max(start, pos - _ACT_REACH), pos) if m[kind]]
    return subject + _ACT_JOINED[kind] + named[-1] if named else subject
