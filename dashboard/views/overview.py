"""Overview page: the latest value of each headline indicator, and what the data covers."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, queries, widgets
from dashboard.highlight import highlight_html, number_span
from dashboard.i18n import indicator_name, t

HEADLINE = ("growth.gdp", "growth.industrial_value_added", "growth.fixed_asset_investment", "growth.retail_sales",
            "investment.completed", "investment.attracted", "hotline.contacts_total", "covid.cumulative_confirmed",
            "sock.orders_value", "sock.exports")


def latest_values(lang: str) -> list[dict]:
    """Per headline indicator: its latest actual value (in the region reporting it last) and the change."""
    df = queries.headline(HEADLINE)
    cards = []
    for indicator in HEADLINE:
        rows = df[df["indicator"] == indicator] if len(df) else df
        if rows.empty:
            continue
        latest = rows[rows["period_end"] == rows["period_end"].max()]
        # among regions reporting the latest period, the one with the longest record (the city, usually)
        region = latest["region"].iloc[0] if len(latest) == 1 else \
            rows[rows["region"].isin(latest["region"])]["region"].value_counts().index[0]
        same = rows[rows["region"].isna()] if pd.isna(region) else rows[rows["region"] == region]
        now, before = same.iloc[0], (same.iloc[1] if len(same) > 1 else None)
        divisor, unit = charts.display_scale(now["unit"], abs(float(now["value"])), lang)
        delta_unit = ("个百分点" if lang == "zh" else "pp") if now["unit"] == "%" else unit  # a change of a rate
        cards.append({
            "name": indicator_name(indicator, now["subject"], lang), "region": region, "now": now,
            "text": f"{now['value'] / divisor:,.4g} {unit}".strip(),
            "delta": None if before is None else f"{(now['value'] - before['value']) / divisor:+,.4g} {delta_unit} "
                     + t("change", lang, period=widgets.day(before["period_end"])),
        })
    return cards


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
    cards = latest_values(lang)
    for start in range(0, len(cards), 3):
        for col, card in zip(st.columns(3), cards[start:start + 3], strict=False):
            now = card["now"]
            region = "" if pd.isna(card["region"]) else f" · {card['region']}"
            label = widgets.plain(f"{card['name']}{region} · {widgets.day(now['period_end'])}")
            col.metric(label, card["text"], card["delta"],
                       help=f"{t('period', lang)}: {widgets.day(now['period_start'])} – "
                            f"{widgets.day(now['period_end'])}; {t('doc', lang)}: {widgets.plain(now['doc'])}")
            with col.popover(t("quote", lang)):
                quote = str(now["quote"] or "")
                st.markdown(highlight_html(quote, number_span(quote, now["value"])), unsafe_allow_html=True)
                st.text(f"{now['doc']} · {widgets.day(now['published'])} · {now['start']}–{now['end']}")

    st.subheader(t("coverage", lang))
    by_date = queries.documents_by_date()
    if len(by_date):
        st.caption(t("docs_over_time", lang))
        st.altair_chart(charts.documents_chart(by_date, lang), width="stretch")
    c1, c2 = st.columns(2)
    c1.caption(t("facts_by_family", lang))
    c1.dataframe(queries.facts_by_family(), hide_index=True)
    c2.caption(t("regions", lang))
    c2.dataframe(queries.regions_coverage(), hide_index=True)
