# Digituki Desk: `make run` installs and starts the app, `make test` installs and passes the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QT_SYSTEM_PACKAGES := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 libx11-6 fonts-dejavu-core

.PHONY: run test lint typecheck pytest bench translations bytecode system-libs clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]' --config-settings editable_mode=compat
	touch $(STAMP)

translations: $(STAMP)
	$(PY) -m desk.i18n_build

# Byte-compile our modules as an installed package would be (start-up budgets assume it).
bytecode: $(STAMP)
	$(PY) -m compileall -q desk

run: $(STAMP) translations bytecode
	$(VENV)/bin/desk

system-libs:
	@$(PYTHON) packaging/system_libs.py $(QT_SYSTEM_PACKAGES)

lint: $(STAMP)
	$(VENV)/bin/ruff check desk tests db
	$(VENV)/bin/ruff format --check desk tests db
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP) translations system-libs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: system-libs $(STAMP) translations lint typecheck pytest

bench: $(STAMP) translations system-libs bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s --timeout 0 tests/benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
