# The two commands of the README: `make demo` and `make test`. Each installs what it
# needs on a fresh Debian 12 machine (scripts/install_deps.sh is idempotent).
PY      := /usr/bin/python3
VENV_PY := .venv/bin/python
BUILD   := build
DEMO    := $(BUILD)/demo
QGIS_ENV := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$$(mkdir -p -m 700 /tmp/runtime-$$(id -u) && echo /tmp/runtime-$$(id -u))

.PHONY: all deps venv package demo test bench screenshot i18n i18n-update docs layouts model clean dev dev-unlink

all: package

deps:
	@scripts/install_deps.sh

venv:
	@scripts/install_deps.sh --venv

i18n: deps
	$(PY) -c "from scripts.package import compile_translations; compile_translations()"

package: deps
	$(PY) scripts/package.py --out $(BUILD)

demo: package
	$(QGIS_ENV) $(PY) scripts/demo.py --build $(BUILD) --out $(DEMO)

test: venv package
	$(QGIS_ENV) $(VENV_PY) -m pytest -p no:cacheprovider tests

bench: package
	$(QGIS_ENV) $(PY) scripts/bench.py --out $(BUILD)/bench --logements 1000000 --postgis --observatoire 40000,1000000

# The residence inspector dock on the sample territory, under a virtual X display.
screenshot: deps
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot_dock.py --out docs/images/inspecteur_residence.png

# The algorithm reference docs/algorithms.md, generated from the provider (tests/test_docs.py
# fails when it is stale).
docs: deps
	$(QGIS_ENV) $(PY) scripts/build_docs.py --out docs/algorithms.md

# The atlas print layout templates resources/layouts/*.qpt.
layouts: deps
	$(QGIS_ENV) $(PY) scripts/build_layouts.py --out resources/layouts

# Rebuild the Graphical Modeler model of the observatory chain from the plan that
# peuplement:observatoire runs (tests/test_observatoire.py checks they agree).
model: deps
	$(QGIS_ENV) $(PY) scripts/build_model.py

clean:
	rm -rf $(BUILD) .pytest_cache

# Refresh i18n/peuplement_fr.ts from the code's tr() strings (then translate the new ones).
i18n-update: deps
	pylupdate5 -noobsolete $$(find peuplement_plugin -name '*.py') -ts i18n/peuplement_fr.ts

# Link this checkout into a QGIS profile as python/plugins/peuplement (then reload it with
# Plugin Reloader; CONTRIBUTING.md). PROFILE=name, or PLUGINS_DIR=a python/plugins folder.
PROFILE ?= default
DEV_ARGS = --profile $(PROFILE) $(if $(PLUGINS_DIR),--plugins-dir $(PLUGINS_DIR))
dev:
	$(PY) scripts/dev.py $(DEV_ARGS)

dev-unlink:
	$(PY) scripts/dev.py $(DEV_ARGS) --unlink
