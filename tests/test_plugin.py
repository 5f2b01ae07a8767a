"""The plugin as QGIS loads it: classFactory, initProcessing without iface (qgis_process),
initGui / unload with an iface, metadata."""

import configparser
import subprocess
import sys
import textwrap

from conftest import ROOT


def test_metadata_is_complete():
    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                "category", "tags", "changelog", "icon"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
    assert (ROOT / general["icon"]).is_file()
    assert "http" not in general.get("homepage", "") + general.get("tracker", "") + general.get("repository", "")


def test_provider_registered_and_removed_without_iface(tmp_path):
    """As under qgis_process: iface is None, only initProcessing is called."""
    script = textwrap.dedent("""
        import sys
        sys.path[:0] = [{root!r}, "/usr/share/qgis/python/plugins"]
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        from processing.core.Processing import Processing
        Processing.initialize()
        import peuplement_plugin
        plugin = peuplement_plugin.classFactory(None)
        plugin.initProcessing()
        registry = QgsApplication.processingRegistry()
        ids = sorted(a.id() for a in registry.providerById("peuplement").algorithms())
        print("IDS", ",".join(ids))
        plugin.initGui()   # no iface: registers nothing more, fails nothing
        plugin.unload()
        print("AFTER", registry.providerById("peuplement") is None)
    """).format(root=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                                 "XDG_RUNTIME_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    ids = next((line[4:].split(",") for line in result.stdout.splitlines() if line.startswith("IDS ")), [])
    # a subset check: each branch adds its algorithms without rewriting this line
    assert {"peuplement:evolution", "peuplement:import_table", "peuplement:indicateurs_occupation",
            "peuplement:indicateurs_parc", "peuplement:fragilite", "peuplement:secteurs_fragiles_hors_qpv",
            "peuplement:flux", "peuplement:objectifs_attribution", "peuplement:atlas",
            "peuplement:observatoire"} <= set(ids), result.stdout + result.stderr
    assert "AFTER True" in result.stdout, result.stderr


def test_gui_entries_added_and_removed(qgis_iface, monkeypatch):
    import peuplement_plugin

    menus = []
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", lambda name, action: menus.append((name, action)),
                        raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", lambda name, action: menus.remove((name, action)),
                        raising=False)
    plugin = peuplement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    assert [action.objectName() for _, action in menus] == ["peuplement_import_table",
                                                            "peuplement_indicateurs_parc", "peuplement_inspecteur",
                                                            "peuplement_inspecteur_parametres"]
    assert all(name == "&Peuplement" for name, _ in menus)
    assert [a.objectName() for a in plugin.toolbar.actions()] == ["peuplement_indicateurs_parc"]
    plugin.unload()
    assert menus == [] and plugin.toolbar is None and plugin.actions == []
