# The two commands of the README:
#   make run    sets up a virtual environment and starts the application on the demo conference
#   make test   sets up the same environment with the test tools and runs the whole suite
# Everything else here is what those two need.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test setup setup-test system-deps translations bench screenshots bundle clean

run: setup
	$(BIN)/checkin --demo

test: setup-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps $(VENV)/.installed translations

setup-test: system-deps $(VENV)/.installed-test translations

system-deps:
	@sh scripts/system-deps.sh

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

translations: $(VENV)/.installed
	$(PY) scripts/translations.py build

bench: setup-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: setup-test
	$(PY) scripts/screenshots.py

bundle: setup
	$(PY) -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm checkin.spec

clean:
	rm -rf $(VENV) build dist
