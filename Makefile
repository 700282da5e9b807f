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

.PHONY: install report test lint bench models quality samples clean

$(BIN)/workbench: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

install: $(BIN)/workbench

# The main job: ingest the bundled sample into a fresh workspace, analyse it (segments by brand), and render
# the reports (reports/customer_insights.html first) with the tables behind them.
report: install
	rm -rf $(WORKSPACE)
	$(BIN)/workbench ingest $(SAMPLE) --workspace $(WORKSPACE)
	$(BIN)/workbench analyse --workspace $(WORKSPACE) --embedding $(EMBEDDING) --segment-by $(SEGMENT_BY)
	$(BIN)/workbench report --workspace $(WORKSPACE) --out reports
	$(BIN)/workbench export messages --out reports/messages.parquet --workspace $(WORKSPACE)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check workbench tests benchmarks scripts

bench: install
	$(BIN)/python benchmarks/ingest_speed.py
	$(BIN)/python benchmarks/analysis_speed.py

# Retrain the shipped sentiment, emotion and intent heads (needs ../shared/data; a few minutes on 2 cores).
models: install
	$(BIN)/python scripts/train_models.py

quality: install
	$(BIN)/python benchmarks/quality.py sentiment
	$(BIN)/python benchmarks/quality.py intent
	$(BIN)/python benchmarks/quality.py topics

samples: install
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf $(WORKSPACE) reports/*.html reports/*.parquet .pytest_cache
