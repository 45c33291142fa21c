"""The DuckDB store: schema, ingest, and read access shared by the CLI, exports and the dashboard."""

DEFAULT_DB = "data/indicators.duckdb"
# What `indicators export` can write; here, not in export.py, so the CLI can list them without importing
# the export machinery (pyarrow) on every command.
EXPORT_TABLES = ("facts", "observations", "documents", "growth_rates", "investments", "hotline", "covid_cases",
                 "sock_industry", "corrections")
EXPORT_FORMATS = ("csv", "parquet", "jsonl", "xlsx")
