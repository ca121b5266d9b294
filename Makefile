# Aftalebot: `make run` starts the bot with the Agents Playground; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: install lock run test test-dates lint checkov unit e2e clean

LOCK := requirements.lock
# The container's subsets of LOCK (same versions): the app's runtime dependencies and the build backend.
RUNTIME_LOCK := requirements.runtime.lock
BUILD_LOCK := requirements.build.lock
# checkov lives in its own venv, from its own hash-checked lock, so that its many pins never meet the app's.
CHECKOV_VENV := .venv-checkov
CHECKOV_LOCK := infra/checkov.lock
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
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
	tests/test_year_review.py tests/test_year_in_the_life.py tests/test_reaching_people.py tests/test_profile_texts.py \
	tests/test_involvement.py tests/test_follow_up.py

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

## The whole suite: lint, types, checkov, unit, store (SQLite + PostgreSQL), protocol, container and e2e tests.
test: install lint checkov
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
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links -c $(LOCK) -o $(RUNTIME_LOCK) pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links -c $(LOCK) -o $(BUILD_LOCK) build-requirements.in

lint: $(PY_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

$(CHECKOV_STAMP): $(CHECKOV_LOCK)
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps -r $(CHECKOV_LOCK)
	touch $@

## Static checks of the Azure infrastructure (infra/*.bicep) and the Containerfile; exceptions in infra/.checkov.yaml.
## checkov finds container recipes by the name «Dockerfile», so it reads a copy under build/.
checkov: $(CHECKOV_STAMP)
	mkdir -p build/checkov && cp Containerfile build/checkov/Containerfile.dockerfile
	@status=0; $(CHECKOV_VENV)/bin/checkov --config-file infra/.checkov.yaml -d infra -d build/checkov \
		>build/checkov/report.txt 2>&1 || status=$$?; grep -v '^WARNING: Location' build/checkov/report.txt; \
	if grep -q 'Parsing errors' build/checkov/report.txt; then echo 'checkov could not read a file (above)'; exit 1; fi; \
	exit $$status

unit: $(PY_STAMP)
	$(BIN)/python -m pytest -m "not e2e"

e2e: install
	$(BIN)/python -m pytest -m e2e

clean:
	rm -rf $(VENV) $(CHECKOV_VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
