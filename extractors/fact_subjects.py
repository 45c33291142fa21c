"""A fact's last naming step: the budget account its paragraph or section opened with before a generic budget
subject (`本年收支缺口` in the social-insurance section), a decline's amount named as a change, the zone a zone's report
is about before a measure that names no zone (`工业总产值` in `天津开发区上半年…` → 开发区工业总产值), and the catalog
indicator's own naming."""

from __future__ import annotations

from .catalog import Indicator
from .document_place import ZONE_TITLE, titled_zone
from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_BUDGET_GENERIC = _LEX.compile("budget_generic")
_DOWN_END = _LEX.compile("(?:{down_verb})$")  # a verb of decline ending an amount of change's name
_DECLINE_NAME = _LEX.words("decline_amount_name")[0]
_BUDGET_ACCOUNT = _LEX.compile("budget_account")
_ZONE_NAMED = _LEX.compile("zone_kind")


class FactSubjects:
    """Mixed into the resolver: needs `section` (the section in force) and `_account` (the paragraph and the budget
    its last account named)."""

    def _subject(self, m: Mention, ind: Indicator | None, paragraph: int) -> str:
        subject = m.subject
        account = self.section.account if self.section is not None else None
        if self._account[0] != paragraph and (named := _BUDGET_ACCOUNT.match(subject)):
            self._account = (paragraph, named["account"])  # `中央一般公共预算收入…。…支出总量`: the budget the
        elif self._account[0] == paragraph:                # paragraph opens with, not one it names later
            account = self._account[1]
        if account and _BUDGET_GENERIC.match(subject):
            subject = account + subject  # `本年收支缺口` in the social-insurance section
        if m.kind == "delta" and m.sign < 0 and (down := _DOWN_END.search(subject)) and down.start() >= 2:
            subject = subject[:down.start()] + _DECLINE_NAME  # `重症病例减少` of -9 → 重症病例变化: no double negative
        if self.ctx.region_source == ZONE_TITLE and not _ZONE_NAMED.search(subject) \
                and (zone := titled_zone(self.text)) is not None:
            subject = zone + subject  # `天津开发区上半年…`: the zone's output, whose report names no place
        if ind is not None:
            for _ in range(3 if ind.strip else 0):  # `咨询类占` → 咨询类 → 咨询
                subject = ind.strip.sub("", subject)
            subject = ind.named_subject(subject)
        return subject
