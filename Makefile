# Digituki Desk: `make run` installs and starts the app, `make test` installs and passes the tests.
# Packages (packaging/README.md): `make wheel`, `make bundle`; `make test-wheel` and `make test-bundle`
# build them and test them from outside the source tree (.ci/run calls both after `make test`).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PACKAGING_STAMP := $(VENV)/.packaging-installed
DIST := dist
BUNDLE := $(DIST)/DigitukiDesk
QT_SYSTEM_PACKAGES := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 libx11-6 fonts-dejavu-core
# Validators for packaging/linux/ (desktop-file-validate, appstreamcli); their tests skip without them.
PACKAGING_TOOLS := desktop-file-utils appstream

.PHONY: run test lint typecheck pytest bench translations bytecode system-libs packaging-tools clean \
	wheel bundle installer-inputs test-wheel test-bundle bench-bundle

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]' --config-settings editable_mode=compat
	touch $(STAMP)

$(PACKAGING_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,packaging]' --config-settings editable_mode=compat
	touch $(PACKAGING_STAMP)

translations: $(STAMP)
	$(PY) -m desk.i18n_build

# Byte-compile our modules as an installed package would be (start-up budgets assume it).
bytecode: $(STAMP)
	$(PY) -m compileall -q desk

run: $(STAMP) translations bytecode
	$(VENV)/bin/desk

system-libs:
	@$(PYTHON) packaging/system_libs.py $(QT_SYSTEM_PACKAGES)

packaging-tools:
	@$(PYTHON) packaging/system_libs.py --optional $(PACKAGING_TOOLS)

lint: $(STAMP)
	$(VENV)/bin/ruff check desk tests db packaging setup.py
	$(VENV)/bin/ruff format --check desk tests db packaging setup.py
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP) translations system-libs packaging-tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	@# The benchmarks are not run here (they time things), but they must still import.
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --collect-only tests/benchmarks > /dev/null

test: system-libs packaging-tools $(STAMP) translations lint typecheck pytest

# The wheel: desk/ plus resources/ and db/ (as desk/_shipped) with compiled translations.
wheel: $(STAMP) translations
	rm -rf $(DIST)/digituki_desk-*.whl build/lib build/bdist.*
	$(PY) -m pip wheel --no-deps --quiet --disable-pip-version-check -w $(DIST) .

# The one-folder PyInstaller bundle in dist/DigitukiDesk (also on Windows, with the same spec).
bundle: $(PACKAGING_STAMP) translations
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath $(DIST) --workpath build/pyinstaller packaging/desk.spec

# What the Inno Setup script includes besides the bundle: the version define.
installer-inputs: $(STAMP)
	$(PY) packaging/build_info.py inno-version packaging/windows/version.iss

test-wheel: wheel system-libs
	DESK_TEST_WHEEL="$$(ls $(DIST)/digituki_desk-*.whl)" QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/packaging/test_wheel.py

test-bundle: bundle system-libs
	DESK_TEST_BUNDLE=$(BUNDLE) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/packaging/test_bundle.py

# Bundle size, file count and launch-to-ready against the source install, into docs/benchmarks.md.
bench-bundle: bundle system-libs bytecode
	DESK_TEST_BUNDLE=$(BUNDLE) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s --timeout 0 tests/packaging/bench_bundle.py

bench: $(STAMP) translations system-libs bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s --timeout 0 tests/benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm packaging/windows/version.iss
