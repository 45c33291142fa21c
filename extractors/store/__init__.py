"""The DuckDB store: schema, ingest, and read access shared by the CLI, exports and the dashboard."""

DEFAULT_DB = "data/indicators.duckdb"
