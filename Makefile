# Reported Indicators: `make run` serves the dashboard on the bundled samples, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= data/indicators.duckdb
PORT   ?= 8501
SAMPLES := $(wildcard data/samples/*.txt data/samples/*.html data/samples/*.pdf)
EXTRACTOR := $(wildcard extractors/*.py extractors/*.toml extractors/catalog/*.toml)

.PHONY: install run ingest test test-fast bench lint clean

install: $(STAMP)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# Re-ingest when the database is missing or older than the sample reports or the extractor (ingest itself
# re-reads only what changed).
$(DB): $(SAMPLES) $(EXTRACTOR) $(STAMP)
	$(BIN)/indicators ingest data/samples --db $(DB)
	touch $@

ingest: $(DB)

# The bundled samples go only into the default database: a database the user names (`make run DB=mine.duckdb`,
# or DB in the environment) is served as it is, never filled with samples.
ifeq ($(origin DB),file)
run: $(DB)
else
run: $(STAMP)
endif
	$(BIN)/indicators serve --db $(DB) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser"

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_dashboard.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
