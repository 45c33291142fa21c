"""Dashboard entry point: `streamlit run dashboard/app.py`."""

import streamlit as st

from dashboard import charts, queries

st.set_page_config(page_title="Reported Indicators", layout="wide")
st.title("Reported Indicators")
df = queries.growth_rates()
if df.empty:
    st.info("No facts yet: run `indicators ingest data/samples` first.")
else:
    st.altair_chart(charts.growth_chart(df), use_container_width=True)
    st.dataframe(df, use_container_width=True)
