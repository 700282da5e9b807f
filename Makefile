# workbench: `make report` sets everything up and runs the main job on the bundled sample; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
WORKSPACE ?= workspace
SAMPLE ?= data/samples/customer_care_tweets.json
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install report test lint bench samples clean

$(BIN)/workbench: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

install: $(BIN)/workbench

# Until the report notebooks exist, the main job stops after ingest and prints the workspace summary.
report: install
	rm -rf $(WORKSPACE)
	$(BIN)/workbench ingest $(SAMPLE) --workspace $(WORKSPACE)
	mkdir -p reports
	$(BIN)/workbench export messages --out reports/messages.parquet --workspace $(WORKSPACE)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check workbench tests benchmarks scripts

bench: install
	$(BIN)/python benchmarks/ingest_speed.py

samples: install
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf $(WORKSPACE) reports/*.html reports/*.parquet .pytest_cache
