# The two commands of the README: `make demo` and `make test`. Each installs what it
# needs on a fresh Debian 12 machine (scripts/install_deps.sh is idempotent).
PY      := /usr/bin/python3
VENV_PY := .venv/bin/python
BUILD   := build
DEMO    := $(BUILD)/demo
QGIS_ENV := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$$(mkdir -p -m 700 /tmp/runtime-$$(id -u) && echo /tmp/runtime-$$(id -u))

.PHONY: all deps venv package demo test bench screenshot desktop-screenshots i18n i18n-update docs layouts model clean dev dev-unlink \
	lint-qt6 test-qgis340 test-qgis344

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

# The static Qt6 check: every Qt name and attribute resolved against PyQt6 (python3-pyqt6).
lint-qt6: deps
	$(PY) scripts/check_qt6.py

# The suite and the demo on QGIS 3.40 LTR (trixie) and 3.44 (trixie-backports), each in a
# Debian 13 chroot built once under /var/cache/peuplement/chroots (root, network).
# The host's demo (3.22) is the reference their demo's figures are compared with.
test-qgis340: demo
	scripts/qgis_chroot.sh test qgis340

test-qgis344: demo
	scripts/qgis_chroot.sh test qgis344

bench: package
	$(QGIS_ENV) $(PY) scripts/bench.py --out $(BUILD)/bench --logements 1000000 --postgis --observatoire 40000,1000000

# The residence inspector dock on the sample territory, under a virtual X display.
screenshot: deps
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot_dock.py --out docs/images/inspecteur_residence.png

# README pictures of the real QGIS window, taken by the desktop harness (tests/test_desktop.py).
desktop-screenshots: venv package
	$(QGIS_ENV) PEUPLEMENT_DESKTOP_OUT=$(BUILD)/desktop $(VENV_PY) -m pytest -p no:cacheprovider tests/test_desktop.py
	cp $(BUILD)/desktop/dock_window.png docs/images/qgis_inspecteur.png
	cp $(BUILD)/desktop/chain_window.png docs/images/qgis_observatoire.png
	cp $(BUILD)/desktop/dialog.png docs/images/qgis_dialogue.png

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
