# `make run` and `make test` do all set-up themselves: they create .venv when it is missing
# and (re)install the project only when pyproject.toml changed since the last install.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench screenshots package clean lint

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workbench gui

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/mypy workbench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m scripts.screenshots

# The one-folder app in dist/workbench (executable dist/workbench/workbench); see packaging/README.md.
package: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet "pyinstaller>=6.6"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN packaging/workbench.spec
	@du -sh dist/workbench

# Build the app from a fresh clone of the committed tree (so nothing uncommitted or untracked
# sneaks in) and run the bundle smoke test (tests/packaging/test_bundle.py) against it.
FRESH_CLONE ?= build/fresh-clone
.PHONY: package-test
package-test: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet "pyinstaller>=6.6"
	rm -rf $(FRESH_CLONE) && git clone --quiet . $(FRESH_CLONE)
	cd $(FRESH_CLONE) && $(CURDIR)/$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build packaging/workbench.spec
	cd $(FRESH_CLONE) && QT_QPA_PLATFORM=offscreen $(CURDIR)/$(BIN)/python -m pytest -q \
		-p no:cacheprovider -m bundle tests/packaging/test_bundle.py

clean:
	rm -rf build dist .pytest_cache *.egg-info
