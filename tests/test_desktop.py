"""The plugin in the real QGIS desktop (issue 19), as a GIS officer uses it: the ``qgis``
binary under a virtual display (xvfb-run), a fresh profile with the packaged zip installed
as "Install from ZIP" does, driven by tests/desktop/harness.py (``qgis --code``).

The harness opens algorithm dialogs and presses Run with a GeoPackage file, a temporary
layer and a PostGIS table as outputs, runs the observatory from its dialog, types in the
locator, opens a résidence in the dock and takes screenshots. QGIS runs once for the
module (about two minutes), with faulthandler on, so a crash shows its stack here."""

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT
from scripts import pg_temp

QGIS = shutil.which("qgis")
XVFB = shutil.which("xvfb-run")
pytestmark = pytest.mark.skipif((QGIS is None or XVFB is None) and os.environ.get("CI") != "true",
                                reason="the QGIS desktop (qgis) and xvfb-run are needed")

RESIDENCE = "R0001"  # "Le Clos Fleuri" of the sample territory, 8 buildings
FLOOR_VIEW_MIN_WIDTH = 600  # px, of the floor view in a dock 900 px wide
FALSE_ERROR = ("not correctly generated", "pas été correctement générées", "n'ont pas été correctement")


def _profile(root):
    """A profiles folder whose default profile has the packaged plugin installed (the zip
    extracted into its python/plugins, as "Install from ZIP" does) and enabled."""
    build = root / "build"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(build)], check=True,
                   capture_output=True)
    profile = root / "profiles" / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(build / "peuplement.zip") as zipped:
        zipped.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\npeuplement=true\n\n[Processing]\nConfiguration\\KEEP_DIALOG_OPEN=true\n", encoding="utf-8")
    return root / "profiles"


def _plan(territoire, out, postgis):
    gpkg = territoire.path("territoire.gpkg")
    units = {"UNITS": gpkg + "|layername=ilots", "UNIT_ID": "ilot_id", "BATIMENTS": gpkg + "|layername=batiments",
             "LOGEMENTS": territoire.path("rpls_2024.csv"), "LEVEL": 3}
    steps = [
        {"name": "import_logements_gpkg", "algorithm": "peuplement:import_table",
         "parameters": {"INPUT": territoire.path("rpls_2024.csv"), "KIND": 0,
                        "OUTPUT": str(out / "logements.gpkg"), "REPORT": "TEMPORARY_OUTPUT"}},
        {"name": "import_menages_temporary", "algorithm": "peuplement:import_table",
         "parameters": {"INPUT": territoire.path("ops_2024.csv"), "KIND": 1, "OUTPUT": "TEMPORARY_OUTPUT",
                        "REPORT": "TEMPORARY_OUTPUT"}},
        {"name": "parc_gpkg", "algorithm": "peuplement:indicateurs_parc",
         "parameters": dict(units, OUTPUT=str(out / "parc.gpkg"))},
        {"name": "parc_shp", "algorithm": "peuplement:indicateurs_parc",
         "parameters": dict(units, OUTPUT=str(out / "parc_shp.shp"))},
        {"name": "parc_temporary", "algorithm": "peuplement:indicateurs_parc",
         "parameters": dict(units, OUTPUT="TEMPORARY_OUTPUT")},
    ]
    if postgis:
        steps.append({"name": "parc_postgis", "algorithm": "peuplement:indicateurs_parc",
                      "parameters": dict(units, OUTPUT=postgis)})
    steps.append({"name": "observatoire_gpkg", "algorithm": "peuplement:observatoire", "timeout": 900,
                  "parameters": {
                      "LOGEMENTS": territoire.path("rpls_2024.csv"),
                      "MENAGES": [territoire.path("ops_2022.csv"), territoire.path("ops_2024.csv")],
                      "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
                      "DEPARTS": territoire.path("departs_2021_2024.csv"),
                      "DEMANDES": territoire.path("demandes_2024.csv"),
                      "ILOTS": gpkg + "|layername=ilots", "BATIMENTS": gpkg + "|layername=batiments",
                      "QPV": gpkg + "|layername=qpv", "IRIS": gpkg + "|layername=iris",
                      "COMMUNES": gpkg + "|layername=communes", "EPCI": gpkg + "|layername=epci",
                      "OUTPUT_GPKG": str(out / "observatoire.gpkg"), "OUTPUT_REPORT": str(out / "rapport.html")}})
    steps.append({"kind": "layers", "layers": [[gpkg + "|layername=batiments", "batiments"],
                                               [gpkg + "|layername=residences", "residences"]]})
    return {"steps": steps, "out": str(out), "report": str(out / "report.json"), "locator": "res clos fleuri",
            "residence": RESIDENCE, "dock_width": 900, "dialog_screenshot": "peuplement:indicateurs_parc"}


@pytest.fixture(scope="module")
def desktop(territoire, tmp_path_factory):
    root = tmp_path_factory.mktemp("desktop")
    out = root / "sorties"
    out.mkdir()
    profiles = _profile(root)
    server = None
    if pg_temp.available():
        server = pg_temp.TemporaryServer().start()
        server.execute("CREATE SCHEMA resultats")
    try:
        plan = _plan(territoire, out, server.destination("resultats", "parc") if server else None)
        plan_path = root / "plan.json"
        plan_path.write_text(json.dumps(plan), encoding="utf-8")
        env = dict(os.environ, PEUPLEMENT_HARNESS=str(plan_path), PYTHONFAULTHANDLER="1", PYTHONPATH="",
                   XDG_RUNTIME_DIR=str(root), LANG="C.UTF-8")
        env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) display
        env.pop("QGIS_PLUGINPATH", None)
        command = [XVFB, "-a", "-s", "-screen 0 1600x1000x24", QGIS, "--profiles-path", str(profiles),
                   "--profile", "default", "--nologo", "--noversioncheck", "--lang",
                   "en_US", "--code", str(ROOT / "tests" / "desktop" / "harness.py")]
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800, cwd=str(root))
        report = json.loads((out / "report.json").read_text(encoding="utf-8")) if (out / "report.json").exists() \
            else {}
        if os.environ.get("PEUPLEMENT_DESKTOP_OUT"):  # the screenshots and the report, kept (README images)
            shutil.copytree(str(out), os.environ["PEUPLEMENT_DESKTOP_OUT"], dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("*.gpkg*", "*.shp", "*.dbf", "*.shx", "*.prj", "*.cpg"))
        if server is not None:
            report["postgis_rows"] = server.execute("SELECT count(*) FROM resultats.parc")[0][0] \
                if server.execute("SELECT to_regclass('resultats.parc')")[0][0] else None
        yield {"returncode": completed.returncode, "stdout": completed.stdout, "stderr": completed.stderr,
               "report": report, "out": out, "postgis": server is not None}
    finally:
        if server is not None:
            server.stop()


def _steps(report, name):
    return [step for step in report.get("steps", []) if step.get("step") == name]


def _step(report, name):
    found = _steps(report, name)
    assert found, "step {} not reached: {}".format(name, [s.get("step") for s in report.get("steps", [])])
    return found[0]


def test_qgis_survives_the_whole_session(desktop):
    report = desktop["report"]
    assert report.get("done"), "QGIS stopped (rc {}) during {}:\n{}\n{}".format(
        desktop["returncode"], (report.get("steps") or [{}])[-1].get("step"), report.get("error", ""),
        desktop["stderr"][-6000:])
    assert desktop["returncode"] == 0, desktop["stderr"][-6000:]
    assert "peuplement" in report["plugins"]
    assert "Fatal Python error" not in desktop["stderr"]


def test_no_python_error_in_the_message_log(desktop):
    messages = desktop["report"].get("messages", [])
    errors = [m for m in messages if "python" in m["tag"].lower() or "Traceback" in m["message"]
              or "peuplement" in m["message"].lower() and m["level"] >= 2]
    assert errors == [], errors


@pytest.mark.parametrize("name", ["import_logements_gpkg", "import_menages_temporary", "parc_gpkg", "parc_shp",
                                  "parc_temporary", "parc_postgis", "observatoire_gpkg"])
def test_dialog_run_loads_styled_outputs_without_a_false_error(desktop, name):
    if name == "parc_postgis" and not desktop["postgis"]:
        pytest.skip("no PostgreSQL server (postgresql-15-postgis-3)")
    step = _step(desktop["report"], name)
    assert step["completed"], step["log_text"][-3000:]
    assert step["finished"] and step["finished"][0][0], step["log_text"][-3000:]
    text = step["log_text"]
    assert not any(phrase in text for phrase in FALSE_ERROR), text[-3000:]
    layers = step["layers"]
    assert layers and all(layer["valid"] and layer["features"] for layer in layers), layers
    assert all("_ecriture_" not in layer["source"] for layer in layers), layers
    for layer in layers:
        if layer["geometry"]:
            # the plugin's style, not QGIS's random single colour
            assert not layer["single_symbol"], layer
    if name.startswith("import_"):
        # the style loader names each table (QGIS alone names it after the file or the output)
        assert all(layer["name"] not in ("logements", "OUTPUT", "REPORT") for layer in layers), layers
        assert len(layers) == 2
        if name == "import_menages_temporary":  # two OPS imports differ by millésime and file
            assert sorted(layer["name"] for layer in layers) == [
                "Canonical table — menages 2024 (ops_2024.csv)", "Validation report — menages 2024 (ops_2024.csv)"]
    elif name == "observatoire_gpkg":
        assert len(layers) == 5
    else:
        assert len(layers) == 1
    if name == "parc_postgis":
        assert desktop["report"]["postgis_rows"] == layers[0]["features"] > 0


def test_locator_finds_and_opens_the_residence(desktop):
    report = desktop["report"]
    step = _step(report, "locator")
    ours = [label for label, _group, name in step["results"] if name == "peuplement_residences"]
    assert any(RESIDENCE in label for label in ours), step["results"]
    opened = _step(report, "open_residence")
    assert opened.get("triggered")
    dock = _step(report, "dock")
    assert dock["visible"] and dock["residence_id"] == RESIDENCE


def test_dock_floor_view_is_wide_and_shows_every_building(desktop):
    """The picture of the floor view, as taken in the 900 px dock: wider than
    FLOOR_VIEW_MIN_WIDTH, and every building of the résidence drawn inside it (its cells
    painted within the picture), without scrolling sideways."""
    from qgis.PyQt.QtGui import QColor, QImage

    dock = _step(desktop["report"], "dock")
    image = QImage(dock["floor_view_png"])
    assert not image.isNull()
    assert image.width() > FLOOR_VIEW_MIN_WIDTH, (image.width(), dock)
    assert sorted(dock["buildings_drawn"]) == sorted(dock["batiment_ids"]) and len(dock["batiment_ids"]) == 8
    white = QColor("white").rgb()
    for x, y, width, height in dock["blocks"]:
        assert 0 <= x and x + width <= image.width() and 0 <= y and y + height <= image.height(), (x, y, width, height,
                                                                                                   image.size())
        coloured = sum(1 for px in range(x, x + width, 3) for py in range(y, y + height, 3)
                       if image.pixel(px, py) != white)
        assert coloured > 20, (x, y, width, height)


def test_dock_highlights_the_open_building_and_finds_the_chain_fragility(desktop):
    dock = _step(desktop["report"], "dock")
    assert dock["highlights"] >= 1
    assert "peuplement:fragilite" not in dock["fragilite"], dock["fragilite"]
