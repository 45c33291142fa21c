"""Overview page: the latest value of each headline indicator in the chosen region, and what the data covers."""

from __future__ import annotations

import streamlit as st

from dashboard import cards, charts, hints, queries, widgets
from dashboard.highlight import highlight_html, number_span
from dashboard.i18n import t
from dashboard.series_names import family_name

FAMILY_TABLE = {"family_label": "family", "facts": "n_facts", "documents": "n_documents",
                "first_period": "first_period", "last_period": "last_period"}
REGION_TABLE = {"region_label": "region", "facts": "n_facts", "documents": "n_documents",
                "first_period": "first_period", "last_period": "last_period"}


def region_choice(lang: str) -> str | None:
    """The region the cards are about, bound to `?o_region=`: by default the one reporting most headline
    indicators (it stays put when an upload adds another city). "" stands for facts without a region."""
    df = queries.headline_regions(hints.headline())
    if df.empty:
        return None
    options = [r if isinstance(r, str) else "" for r in df["region"]]
    chosen = st.selectbox(t("region", lang), options, index=0, key="o_region", bind="query-params",
                          format_func=lambda r: r or t("unspecified", lang), placeholder=t("choose", lang))
    return chosen or ""


def headline_cards(lang: str) -> None:
    region = region_choice(lang)
    if region is None:
        st.caption(t("no_headline", lang))
        return
    points = queries.headline_points(hints.headline(), region or None)
    shown = cards.cards(points, hints.headline(), lang)
    if not shown:
        st.caption(t("no_headline", lang))
    for start in range(0, len(shown), 3):
        for col, card in zip(st.columns(3), shown[start:start + 3], strict=False):
            now = card.now
            label = widgets.plain(f"{card.name} · {now['period']}")
            col.metric(label, card.text, card.delta,
                       help=f"{t('period', lang)}: {widgets.day(now['period_start'])} – "
                            f"{widgets.day(now['period_end'])}; {t('doc', lang)}: {widgets.plain(now['doc'])}")
            if card.delta is None:
                col.caption(t("no_comparable", lang, period=card.previous))
            else:
                col.caption(t("compared_with", lang, period=card.previous))
            with col.popover(t("quote", lang)):
                quote = str(now["quote"] or "")
                st.markdown(highlight_html(quote, number_span(quote, now["value"])), unsafe_allow_html=True)
                st.text(f"{now['doc']} · {widgets.day(now['published'])} · {now['start']}–{now['end']}")


def render() -> None:
    lang = widgets.lang()
    st.title(t("app_title", lang))
    totals = queries.totals()
    if not totals.get("documents"):
        st.info(t("no_db", lang))
        return
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("n_documents", lang), f"{int(totals['documents']):,}")
    c2.metric(t("n_facts", lang), f"{int(totals['facts']):,}")
    c3.metric(t("first_published", lang), widgets.day(totals["first"]))
    c4.metric(t("last_published", lang), widgets.day(totals["last"]))

    st.subheader(t("latest", lang))
    headline_cards(lang)

    st.subheader(t("coverage", lang))
    by_date = queries.documents_by_date()
    if len(by_date):
        st.caption(t("docs_over_time", lang))
        st.altair_chart(charts.documents_chart(by_date, lang), width="stretch")
    c1, c2 = st.columns(2)
    c1.caption(t("facts_by_family", lang))
    families = queries.facts_by_family()
    if len(families):
        families["family_label"] = [family_name(f, lang) for f in families["family"]]
    c1.dataframe(widgets.headed(families, FAMILY_TABLE, lang), hide_index=True)
    c2.caption(t("regions", lang))
    regions = queries.regions_coverage()
    if len(regions):
        regions["region_label"] = regions["region"].fillna(t("unspecified", lang))
    c2.dataframe(widgets.headed(regions, REGION_TABLE, lang), hide_index=True)
