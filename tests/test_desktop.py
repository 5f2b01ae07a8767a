"""The plugin in the real QGIS desktop (issue 19), as a GIS officer uses it: the ``qgis``
binary under a virtual display (xvfb-run), a fresh profile with the packaged zip installed
as "Install from ZIP" does, driven by tests/desktop/harness.py (``qgis --code``).

The harness opens the dialog of every algorithm of the provider and presses Run, each at
least once to a GeoPackage (or PDF) file and once to a temporary output, with PostGIS
tables as outputs of the stock, occupancy and flow indicators; later steps take earlier
outputs as inputs, as a user chains them. Then it types in the locator, opens a résidence
in the dock and takes screenshots. QGIS runs once for the module (about two minutes),
with faulthandler on, so a crash shows its stack here."""

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
                      "parameters": dict(units, OUTPUT=postgis("parc"))})
    # every other algorithm from its dialog, to a GeoPackage file and to a temporary layer
    # (and to PostGIS for occupancy and flows); "@step" names the first layer a step loaded
    # (a temporary output), as a user picks it in the layer combo
    occupation = dict(units, MENAGES=territoire.path("ops_2024.csv"))
    steps += [
        {"name": "occupation_gpkg", "algorithm": "peuplement:indicateurs_occupation",
         "parameters": dict(occupation, OUTPUT=str(out / "occupation_2024.gpkg"))},
        {"name": "occupation_temporary", "algorithm": "peuplement:indicateurs_occupation",
         "parameters": dict(occupation, MENAGES=territoire.path("ops_2022.csv"), OUTPUT="TEMPORARY_OUTPUT")}]
    if postgis:
        steps.append({"name": "occupation_postgis", "algorithm": "peuplement:indicateurs_occupation",
                      "parameters": dict(occupation, OUTPUT=postgis("occupation"))})
    evolution = {"BEFORE": "@occupation_temporary", "AFTER": str(out / "occupation_2024.gpkg"), "UNIT_ID": "ilot_id"}
    flux = dict(units, ATTRIBUTIONS=territoire.path("attributions_2021_2024.csv"),
                DEPARTS=territoire.path("departs_2021_2024.csv"), MENAGES=territoire.path("ops_2024.csv"),
                DEMANDES=territoire.path("demandes_2024.csv"), QPV=gpkg + "|layername=qpv")
    flux_outputs = ("OUTPUT", "OUTPUT_FLOWS", "OUTPUT_OD", "OUTPUT_MOTIFS", "OUTPUT_SERIES")
    objectifs = {"ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
                 "LOGEMENTS": territoire.path("rpls_2024.csv"), "QPV": gpkg + "|layername=qpv",
                 "DEMANDES": [territoire.path("demandes_2024.csv")], "COMMUNES": gpkg + "|layername=communes"}
    objectifs_outputs = ("OUTPUT", "OUTPUT_THRESHOLDS", "OUTPUT_ATTRIBUTIONS")
    pression = {"DEMANDES": territoire.path("demandes_2024.csv"),
                "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
                "LOGEMENTS": territoire.path("rpls_2024.csv"), "COMMUNES": gpkg + "|layername=communes"}
    # the occupancy run has no flows nor vacancy: the index on its own variables
    fragilite = {"INPUT": str(out / "occupation_2024.gpkg"), "UNIT_ID": "ilot_id",
                 "VARIABLES": "part_rev_inf_40;part_monoparentales;part_chomage;part_apl"}
    secteurs = {"INPUT": str(out / "fragilite.gpkg"), "UNIT_ID": "ilot_id", "QPV": gpkg + "|layername=qpv",
                "PERMUTATIONS": 99}
    for name, algorithm, parameters, outputs in (
            ("evolution", "evolution", evolution, ("OUTPUT",)), ("flux", "flux", flux, flux_outputs),
            ("objectifs", "objectifs_attribution", objectifs, objectifs_outputs),
            ("pression", "pression_demande", pression, ("OUTPUT",)),
            ("fragilite", "fragilite", fragilite, ("OUTPUT",)),
            ("secteurs", "secteurs_fragiles_hors_qpv", secteurs, ("OUTPUT",))):
        files = {output: str(out / ("{}.gpkg".format(name) if output == "OUTPUT"
                                    else "{}_{}.gpkg".format(name, output.lower()))) for output in outputs}
        steps.append({"name": name + "_gpkg", "algorithm": "peuplement:" + algorithm,
                      "parameters": dict(parameters, **files)})
        steps.append({"name": name + "_temporary", "algorithm": "peuplement:" + algorithm,
                      "parameters": dict(parameters, **{output: "TEMPORARY_OUTPUT" for output in outputs})})
        if name == "flux" and postgis:
            steps.append({"name": "flux_postgis", "algorithm": "peuplement:flux",
                          "parameters": dict(parameters, **{output: postgis("flux_" + output.lower())
                                                            for output in outputs})})
    atlas = {"INPUT": str(out / "fragilite.gpkg"), "FIELD": "indice_fragilite", "COVERAGE": gpkg + "|layername=qpv",
             "COVERAGE_KIND": 0, "MILLESIME": "2024"}
    steps += [
        {"name": "atlas_file", "algorithm": "peuplement:atlas",
         "parameters": dict(atlas, OUTPUT=str(out / "atlas.pdf"))},
        {"name": "atlas_temporary", "algorithm": "peuplement:atlas",
         "parameters": dict(atlas, OUTPUT="TEMPORARY_OUTPUT")}]
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
    observatoire = steps[-1]["parameters"]
    steps.append({"name": "observatoire_temporary", "algorithm": "peuplement:observatoire", "timeout": 900,
                  "parameters": dict({k: v for k, v in observatoire.items() if k != "OUTPUT_REPORT"},
                                     OUTPUT_GPKG="TEMPORARY_OUTPUT")})
    # the observatory's GeoPackage, published
    publication = {"GPKG": str(out / "observatoire.gpkg")}
    steps += [
        {"name": "proteger_gpkg", "algorithm": "peuplement:proteger_publication",
         "parameters": dict(publication, OUTPUT=str(out / "observatoire_protege.gpkg"))},
        {"name": "proteger_temporary", "algorithm": "peuplement:proteger_publication",
         "parameters": dict(publication, OUTPUT="TEMPORARY_OUTPUT")},
        {"name": "audit_gpkg", "algorithm": "peuplement:audit_secret",
         "parameters": dict(publication, OUTPUT=str(out / "audit.gpkg"))},
        {"name": "audit_temporary", "algorithm": "peuplement:audit_secret",
         "parameters": dict(publication, OUTPUT="TEMPORARY_OUTPUT")}]
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
        plan = _plan(territoire, out, (lambda table: server.destination("resultats", table)) if server else None)
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
        (out / "qgis_stderr.txt").write_text(completed.stderr, encoding="utf-8")
        report = json.loads((out / "report.json").read_text(encoding="utf-8")) if (out / "report.json").exists() \
            else {}
        if os.environ.get("PEUPLEMENT_DESKTOP_OUT"):  # the screenshots and the report, kept (README images)
            shutil.copytree(str(out), os.environ["PEUPLEMENT_DESKTOP_OUT"], dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("*.gpkg*", "*.shp", "*.dbf", "*.shx", "*.prj", "*.cpg"))
        if server is not None:  # the rows of every table written in the database
            tables = [row[0] for row in server.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'resultats'")]
            report["postgis_rows"] = {"resultats.{}".format(table): server.execute(
                'SELECT count(*) FROM resultats."{}"'.format(table))[0][0] for table in tables}
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


# the layers each dialog run loads (atlas: a PDF, nothing to load)
LAYERS = {"import": 2, "parc": 1, "occupation": 1, "evolution": 1, "flux": 5, "objectifs": 3, "pression": 1,
          "fragilite": 1, "secteurs": 1, "atlas": 0, "observatoire": 5, "proteger": 0, "audit": 1}
RUNS = ["import_logements_gpkg", "import_menages_temporary", "parc_gpkg", "parc_shp", "parc_temporary", "parc_postgis",
        "occupation_gpkg", "occupation_temporary", "occupation_postgis", "evolution_gpkg", "evolution_temporary",
        "flux_gpkg", "flux_temporary", "flux_postgis", "objectifs_gpkg", "objectifs_temporary", "pression_gpkg",
        "pression_temporary", "fragilite_gpkg", "fragilite_temporary", "secteurs_gpkg", "secteurs_temporary",
        "atlas_file", "atlas_temporary", "observatoire_gpkg", "observatoire_temporary", "proteger_gpkg",
        "proteger_temporary", "audit_gpkg", "audit_temporary"]
QGIS_DEFAULT_SYMBOLS = {"SimpleFill", "SimpleLine", "SimpleMarker"}
# outputs that may rightly be empty on the sample territory: the cells an audit finds
# exposed in a protected publication; the flow lines between îlots (each îlot-to-îlot
# mutation flow is under the secret threshold, merged away, so none is drawn)
MAY_BE_EMPTY = ("Exposed cells", "Flow lines")


def test_every_algorithm_of_the_provider_runs_from_its_dialog(desktop):
    """Each algorithm of the provider at least once from its dialog to a file and once to a
    temporary output."""
    ran = {step["algorithm"]: [] for step in desktop["report"].get("steps", []) if "algorithm" in step}
    for step in desktop["report"].get("steps", []):
        if "algorithm" in step:
            ran[step["algorithm"]].append(step["step"])
    provider = sorted(desktop["report"]["algorithms"])
    assert len(provider) == 13 and sorted(ran) == provider, (sorted(ran), provider)
    temporary = {algorithm for algorithm, names in ran.items() if any(n.endswith("_temporary") for n in names)}
    assert temporary == set(provider), sorted(temporary)


@pytest.mark.parametrize("name", RUNS)
def test_dialog_run_loads_styled_outputs_without_a_false_error(desktop, name):
    if name.endswith("_postgis") and not desktop["postgis"]:
        pytest.skip("no PostgreSQL server (postgresql-15-postgis-3)")
    step = _step(desktop["report"], name)
    assert step["completed"], step["log_text"][-3000:]
    assert step["finished"] and step["finished"][0][0], step["log_text"][-3000:]
    text = step["log_text"]
    assert not any(phrase in text for phrase in FALSE_ERROR), text[-3000:]
    kind = name.rsplit("_", 1)[0].split("_")[0]
    layers = step["layers"]
    assert len(layers) == LAYERS[kind], layers
    assert all(layer["valid"] for layer in layers), layers
    assert all(layer["features"] or layer["name"].startswith(MAY_BE_EMPTY) for layer in layers), layers
    assert all("_ecriture_" not in layer["source"] for layer in layers), layers
    for layer in layers:
        if layer["geometry"]:
            # the plugin's style, not QGIS's random single colour
            assert not layer["single_symbol"] or set(layer["symbol_layers"]) - QGIS_DEFAULT_SYMBOLS, layer
    if name.startswith("import_"):
        # the style loader names each table (QGIS alone names it after the file or the output)
        assert all(layer["name"] not in ("logements", "OUTPUT", "REPORT") for layer in layers), layers
        if name == "import_menages_temporary":  # two OPS imports differ by millésime and file
            assert sorted(layer["name"] for layer in layers) == [
                "Canonical table — menages 2024 (ops_2024.csv)", "Validation report — menages 2024 (ops_2024.csv)"]
    if name.endswith("_postgis"):
        assert all(layer["source"].startswith("dbname") or "table=" in layer["source"] for layer in layers), layers
        tables = desktop["report"]["postgis_rows"]
        for layer in layers:
            table = layer["source"].split("table=")[1].split(" ")[0].replace('"', "")
            assert tables[table] == layer["features"], (tables, layer)
    if kind == "atlas" or kind == "proteger":
        assert step["files"].get("OUTPUT", 0) > 0, step["finished"]


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
