# Aftalebot: `make run` starts the bot with the Agents Playground; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: install lock run test test-dates lint unit e2e clean

LOCK := requirements.lock
# Days the date-sensitive tests run on with the real clock stopped (make test-dates), Copenhagen time: new year,
# month end, summer time starting and ending, midsummer, the drafting season, Christmas and New Year's Eve.
FROZEN_DATES ?= 2026-01-01T00:30 2026-01-31T23:30 2026-03-29T03:30 2026-06-30T12:00 2026-10-25T02:30 \
	2026-12-01T08:00 2026-12-06T10:00 2026-12-24T12:00 2026-12-31T23:30
DATE_TESTS := tests/test_clock.py tests/test_job_runner.py tests/test_job_store.py tests/test_job_wiring.py \
	tests/test_job_connector.py tests/test_monthly_status.py tests/test_annual_cycle.py tests/test_meeting_reminders.py \
	tests/test_meeting_flow.py tests/test_meeting_agenda.py tests/test_meeting_time.py tests/test_meeting_service.py \
	tests/test_meeting_calendar.py tests/test_meeting_evaluation.py tests/test_indicator_status.py \
	tests/test_status_flow.py tests/test_status_questions.py tests/test_status_cards.py tests/test_overview.py \
	tests/test_overview_world.py tests/test_channel_status.py tests/test_review_rounds.py tests/test_meeting_rounds.py \
	tests/test_yearly_calendar.py tests/test_workdays.py tests/test_path_start.py tests/test_status_tolerance.py \
	tests/test_year_review.py tests/test_year_in_the_life.py

# Installs exactly the locked, hash-checked versions; the project itself goes in editable on top, without deps.
$(PY_STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

install: $(PY_STAMP) $(NODE_STAMP)

## Start the bot on 127.0.0.1:3978 and the Agents Playground on 127.0.0.1:56150 (Ctrl-C stops both).
## ROLE=giver or ROLE=chefkonsulent opens the playground as the demo aftalegiver or chefkonsulent (default: holder).
run: install
	$(BIN)/aftalebot dev $(if $(ROLE),--role $(ROLE))

## The whole suite: lint, types, unit, store (SQLite + PostgreSQL), protocol and end-to-end tests.
test: install lint
	$(BIN)/python -m pytest

## The date-sensitive tests once for each of FROZEN_DATES, the real clock stopped there.
test-dates: $(PY_STAMP)
	@set -e; for moment in $(FROZEN_DATES); do \
		echo "== real clock at $$moment"; \
		AFTALEBOT_TEST_FROZEN_NOW=$$moment $(BIN)/python -m pytest -q -p no:cacheprovider $(DATE_TESTS); \
	done

## Refresh the lock file from pyproject.toml (newest versions within its bounds, with hashes).
lock: $(PY_STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev --strip-extras \
		--no-emit-index-url --no-emit-find-links -o $(LOCK) pyproject.toml

lint: $(PY_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

unit: $(PY_STAMP)
	$(BIN)/python -m pytest -m "not e2e"

e2e: install
	$(BIN)/python -m pytest -m e2e

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
