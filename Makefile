# Aftalebot: `make run` starts the bot with the Agents Playground; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: install run test lint unit e2e clean

$(PY_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

install: $(PY_STAMP) $(NODE_STAMP)

## Start the bot on 127.0.0.1:3978 and the Agents Playground on 127.0.0.1:56150 (Ctrl-C stops both).
run: install
	$(BIN)/aftalebot dev

## The whole suite: lint, types, unit, store (SQLite + PostgreSQL), protocol and end-to-end tests.
test: install lint
	$(BIN)/python -m pytest

lint: $(PY_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

unit: $(PY_STAMP)
	$(BIN)/python -m pytest -m "not e2e"

e2e: install
	$(BIN)/python -m pytest -m e2e

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
