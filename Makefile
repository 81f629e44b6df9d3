# Spiegelplan — the two commands of the README, and a few more.
#   make run    set up (first time only) and start the app
#   make test   set up (first time only) and run every check
PYTHON ?= python3
VENV   ?= .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PY      := $(BIN)/python
HASH    := $(shell $(PYTHON) -c "import hashlib,sys;print(hashlib.sha1(open('pyproject.toml','rb').read()).hexdigest()[:12])")
RUNTIME := $(VENV)/.runtime-$(HASH)
TESTENV := $(VENV)/.test-$(HASH)
export PIP_DISABLE_PIP_VERSION_CHECK = 1

.PHONY: run test lint typecheck pytest bench installer clean help

help:
	@echo "make run        start Spiegelplan (sets itself up the first time)"
	@echo "make test       run every check: lint, type check, tests"
	@echo "make bench      measure the figures of DESIGN.md"
	@echo "make installer  build the Linux packages and the Windows installers"

$(PY):
	@$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Spiegelplan needs Python 3.11 or newer; found ' + sys.version.split()[0])"
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@rm -f $(VENV)/.runtime-*; touch $@

$(TESTENV): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.test-* $(VENV)/.runtime-*; touch $@ $(RUNTIME)

run: $(RUNTIME)
	@$(PY) main.py $(ARGS)

lint: $(TESTENV)
	$(PY) -m ruff check .

typecheck: $(TESTENV)
	$(PY) -m mypy

pytest: $(TESTENV)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS); code=$$?; \
	  if [ $$code -eq 5 ]; then echo "no tests were collected"; exit 0; fi; exit $$code

test: lint typecheck pytest

bench: $(TESTENV)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

installer: $(TESTENV)
	$(PY) installer/build.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
