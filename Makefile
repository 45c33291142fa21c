# Reported Indicators: `make run` serves the dashboard on the bundled samples, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/indicators.duckdb
PORT   ?= 8501
# Optional extras to install with the test tools; CI adds `cluster` (Ray, ~45 s to install) so the Ray runner's
# tests run there; without it they are skipped with a reason.
EXTRAS ?= test
comma  := ,
STAMP  := $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))
SAMPLES := $(wildcard data/samples/*.txt data/samples/*.html data/samples/*.pdf)
EXTRACTOR := $(wildcard extractors/*.py extractors/catalog/*.toml extractors/lexicon/*.toml extractors/lexicon/*.tsv)

.PHONY: install run ingest test test-fast bench bench-archive lint clean

install: $(STAMP)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
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
	$(BIN)/python bench/bench_real.py --against $(AGAINST)

# Real-text speed against another commit (default the previous one), identical facts required.
AGAINST ?= HEAD~1
bench-real: $(STAMP)
	$(BIN)/python bench/bench_real.py --against $(AGAINST)

# Outside CI: ~20 GB of disk and about an hour on two busy cores.
bench-archive: $(STAMP)
	$(BIN)/python bench/bench_archive.py --facts 100000000 --out /tmp/bench_archive --drop-caches

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
