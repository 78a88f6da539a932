# WrapDesk — the two commands: `make run` and `make test`.
# Everything either needs is installed by them: system packages (apt) and the .venv.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
SRC    := src/wrapdesk

.PHONY: run test check lint typecheck layers bench translations screenshots clean help
.PHONY: wheel bundle appimage icons

help:
	@echo "make run     open WrapDesk on the demo plan (installs what it needs first)"
	@echo "make test    install everything the tests need, then run the whole suite headless"
	@echo "make check   ruff + mypy --strict + import-linter + the tests"
	@echo "make bench   print the benchmark tables"
	@echo "make wheel   build the sdist and the wheel into dist/"
	@echo "make bundle  build the app as one folder, dist/wrapdesk/ (PyInstaller)"
	@echo "make appimage  the Linux bundle as an AppImage (needs appimagetool; packaging/README.md)"
	@echo "make icons   render the icon's PNG, ICO and ICNS files from its SVG"

$(VENV)/.stamp-venv:
	@PYTHON=$(PYTHON) packaging/system-packages.sh run
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	@touch $@

$(VENV)/.stamp-run: $(VENV)/.stamp-venv pyproject.toml
	@PYTHON=$(PYTHON) packaging/system-packages.sh run
	$(PIP) install -e .
	@touch $@

$(VENV)/.stamp-test: $(VENV)/.stamp-run pyproject.toml
	@PYTHON=$(PYTHON) packaging/system-packages.sh test
	$(PIP) install -e '.[dev]'
	@touch $@

run: $(VENV)/.stamp-run
	$(VENV)/bin/wrapdesk-gui --demo

test: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not quality" -q
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m quality -q

lint: $(VENV)/.stamp-test
	$(VENV)/bin/ruff check src tests benchmarks docs packaging
	$(VENV)/bin/ruff format --check src tests benchmarks docs packaging

typecheck: $(VENV)/.stamp-test
	$(VENV)/bin/mypy

layers: $(VENV)/.stamp-test
	$(VENV)/bin/lint-imports

check: lint typecheck layers
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not quality" -q

bench: $(VENV)/.stamp-test
	$(PY) benchmarks/run_all.py

screenshots: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

translations: $(VENV)/.stamp-test
	$(PY) packaging/translations.py update

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis

# ---------------------------------------------------------------- packaging (packaging/README.md)

wheel: $(VENV)/.stamp-test
	$(PY) -m build --outdir dist .

bundle: $(VENV)/.stamp-test
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pyinstaller/wrapdesk.spec
	@du -sh --apparent-size dist/wrapdesk

appimage: bundle
	packaging/appimage/build-appimage.sh dist/wrapdesk dist

icons: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(PY) packaging/icons.py
