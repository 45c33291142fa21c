"""Series names on the dashboard: a family's and an indicator's name as the catalog gives them (dashboard.hints),
in either language, else the words the text used."""

from __future__ import annotations

from dashboard.i18n import t


def family_name(family: str | None, lang: str) -> str:
    """A family's name: its page's name from the catalog, `other` from the wording."""
    from dashboard import hints

    for p in hints.pages():
        if p.family == family:
            return p.name_zh if lang == "zh" else p.name_en
    return t("other", lang) if family == "other" else str(family or "")


def indicator_name(indicator: str | None, subject: str | None, lang: str) -> str:
    """A reader's name for a series: the catalog name of its indicator, else the subject the text used."""
    from dashboard import hints

    ind = hints.indicator(indicator)
    if ind is not None:
        return (ind.name_zh if lang == "zh" else ind.name_en) or ind.id
    return subject or indicator or ""


def option_label(indicator: str | None, subject: str | None) -> str:
    """A series name that is the same in both languages, since bound widgets put it in the URL."""
    from dashboard import hints

    ind = hints.indicator(indicator)
    if ind is not None:
        zh, en = ind.name_zh or ind.id, ind.name_en or ind.id
        return zh if zh == en else f"{zh} · {en}"
    return subject or indicator or ""
