# workbench: `make report` sets everything up and runs the main job on the bundled sample; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
WORKSPACE ?= workspace
SAMPLE ?= data/samples/customer_care_tweets.json
EMBEDDING ?= minilm
SEGMENT_BY ?= brand
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: help install report test lint bench models quality samples notebooks clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s "$$(printf '\t')"

$(BIN)/workbench: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

install: $(BIN)/workbench  ## create .venv and install the package with its test tools

# The main job: ingest the bundled sample into a fresh workspace, analyse it (segments by brand), and render
# the reports (reports/customer_insights.html first) with the tables behind them.
report: install  ## ingest and analyse the bundled sample, render reports/customer_insights.html
	rm -rf $(WORKSPACE)
	$(BIN)/workbench ingest $(SAMPLE) --workspace $(WORKSPACE)
	$(BIN)/workbench analyse --workspace $(WORKSPACE) --embedding $(EMBEDDING) --segment-by $(SEGMENT_BY)
	$(BIN)/workbench report --workspace $(WORKSPACE) --out reports
	$(BIN)/workbench export messages --out reports/messages.parquet --workspace $(WORKSPACE)

test: install  ## run the whole test suite
	$(BIN)/python -m pytest -q

lint: install  ## ruff on the code, tests, benchmarks and scripts
	$(BIN)/ruff check workbench tests benchmarks scripts

bench: install  ## speed and memory benchmarks (docs/benchmarks.md)
	$(BIN)/python benchmarks/ingest_speed.py
	$(BIN)/python benchmarks/analysis_speed.py

models: install  ## rebuild the shipped models and name lists from ../shared/data (~75 min on 2 cores)
	$(BIN)/python scripts/make_name_lists.py
	$(BIN)/python scripts/train_models.py
	$(BIN)/python scripts/finetune_sentiment.py

quality: install  ## quality measurements on ../shared/data (docs/quality.md)
	$(BIN)/python benchmarks/quality.py sentiment
	$(BIN)/python benchmarks/quality.py active
	$(BIN)/python benchmarks/quality.py intent
	$(BIN)/python benchmarks/quality.py topics
	$(BIN)/python benchmarks/quality.py labels
	$(BIN)/python benchmarks/quality.py themes
	$(BIN)/python benchmarks/quality.py brands
	$(BIN)/python benchmarks/quality.py names

samples: install  ## rebuild the derived samples in data/samples
	$(BIN)/python scripts/make_samples.py

notebooks: install  ## regenerate the report notebooks from scripts/make_notebooks.py
	$(BIN)/python scripts/make_notebooks.py

clean:  ## remove the workspace, rendered reports, caches and build files (not .venv)
	rm -rf $(WORKSPACE) reports/*.html reports/*.parquet reports/*.ipynb reports/*.json reports/*.png \
		.pytest_cache .ruff_cache build *.egg-info
	find . -name __pycache__ -not -path "./.venv/*" -prune -exec rm -rf {} +
