# The two commands of the README:
#   make run    sets up a virtual environment and starts the application on the demo conference
#   make test   sets up the same environment with the test tools and runs the whole suite
# Everything else here is what those two need.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test setup setup-test system-deps system-tools translations bench screenshots bundle bundle-self-test clean

run: setup
	$(BIN)/checkin --demo

test: setup-test
	$(BIN)/ruff check checkin tests bench scripts
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps $(VENV)/.installed translations

setup-test: system-tools $(VENV)/.installed-test translations

# `make run` needs the libraries only; the tests and the bundle also need tools (see the script)
system-deps:
	@sh scripts/system-deps.sh

system-tools:
	@sh scripts/system-deps.sh --tools

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

# The bundle is built in an environment of its own, where OpenCV is opencv-python-headless
# (the same OpenCV without its private copy of Qt 5): see checkin.spec for what else stays out.
BUNDLE_VENV ?= .venv-bundle
BUNDLE_PY := $(BUNDLE_VENV)/bin/python

bundle: system-tools translations
	test -x $(BUNDLE_PY) || $(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PY) -m pip install --quiet --upgrade pip
	$(BUNDLE_PY) -m pip install --quiet -e '.[package]'
	v=$$($(BUNDLE_PY) -c "import importlib.metadata as m; print(m.version('opencv-python'))" 2>/dev/null \
	  || $(BUNDLE_PY) -c "import importlib.metadata as m; print(m.version('opencv-python-headless'))") && \
	  $(BUNDLE_PY) -m pip uninstall --quiet -y opencv-python opencv-python-headless && \
	  $(BUNDLE_PY) -m pip install --quiet "opencv-python-headless==$$v"
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level WARN checkin.spec

# The bundle's self-test as on a machine without Python: no virtual environment, no PYTHONPATH.
bundle-self-test: bundle
	sh scripts/bundle-self-test.sh dist/checkin

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist
