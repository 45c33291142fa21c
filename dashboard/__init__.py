"""The Streamlit dashboard: pages lay out, `queries` talks to DuckDB, `charts` builds Altair charts."""
