"""End to end: the packaged zip installed in a throw-away QGIS profile, run headless with
``qgis_process.bin`` as a GIS officer's batch would, and its counts checked by hand."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from osgeo import ogr

from petit_territoire import write_layers, write_rpls_csv

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"

pytestmark = pytest.mark.skipif(not Path(QGIS_PROCESS).exists(), reason="qgis_process.bin not installed")


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """A QGIS config folder whose default profile has only the packaged plugin, enabled."""
    build = tmp_path_factory.mktemp("build")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(build)], check=True,
                   capture_output=True)
    archive = build / "peuplement.zip"
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert "peuplement/metadata.txt" in names
        assert not [n for n in names if "/tests/" in n or n.endswith(".pyc") or "__pycache__" in n]
        config = tmp_path_factory.mktemp("qgis-config")
        plugins = config / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        zipped.extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(config))
    env.pop("QGIS_PLUGINPATH", None)
    # The installed copy must not import the repository's code by accident.
    env["PYTHONPATH"] = ""
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "peuplement"], env=env,
                             capture_output=True, text=True, cwd=str(config))
    assert enabled.returncode == 0, enabled.stderr
    return env, config


def qgis_process(env, cwd, *arguments):
    return subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True, cwd=str(cwd),
                          timeout=300)


def test_provider_is_listed(profile):
    env, config = profile
    listing = qgis_process(env, config, "list")
    assert "peuplement:indicateurs_parc" in listing.stdout
    assert "peuplement:import_table" in listing.stdout


def test_indicateurs_parc_from_the_installed_zip(profile, tmp_path):
    env, _ = profile
    rpls = write_rpls_csv(tmp_path / "rpls.csv")
    gpkg = write_layers(tmp_path / "territoire.gpkg")
    out = tmp_path / "ilots.gpkg"
    result = qgis_process(env, tmp_path, "run", "peuplement:indicateurs_parc", "--json", "--",
                          "LOGEMENTS={}".format(rpls), "LEVEL=3",
                          "UNITS={}|layername=ilots".format(gpkg), "UNIT_ID=ilot_id",
                          "BATIMENTS={}|layername=batiments".format(gpkg),
                          "REFERENCE_DATE=2024-01-01", "OUTPUT={}".format(out))
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    assert payload["results"]["OUTPUT"] == str(out)
    dataset = ogr.Open(str(out))
    rows = {f.GetField("ilot_id"): f.items() for f in dataset.GetLayer(0)}
    # By hand (tests/petit_territoire.py): I1 = B1 + B2 = 7 dwellings, 4 let, 2 vacant;
    # I2 = B3 = 3 dwellings, 2 let, 1 vacant.
    assert (rows["I1"]["nb_logements"], rows["I1"]["nb_loues"], rows["I1"]["nb_vacants"]) == (7, 4, 2)
    assert (rows["I2"]["nb_logements"], rows["I2"]["nb_loues"], rows["I2"]["nb_vacants"]) == (3, 2, 1)
    assert rows["I1"]["tx_vacance"] == pytest.approx(100 * 2 / 6)


def test_import_table_error_is_a_message_not_a_traceback(profile, tmp_path):
    env, _ = profile
    bad = tmp_path / "sans_identifiant.csv"
    bad.write_text("IMMEU;ETAGE\nB1;RC\n", encoding="utf-8")
    result = qgis_process(env, tmp_path, "run", "peuplement:import_table", "--",
                          "INPUT={}".format(bad), "KIND=0", "OUTPUT={}".format(tmp_path / "out.gpkg"),
                          "REPORT={}".format(tmp_path / "report.gpkg"))
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "logement_id" in output and "sans_identifiant.csv" in output
    assert "Traceback" not in output
    assert not (tmp_path / "out.gpkg").exists()


def test_fragilite_and_sectors_from_the_installed_zip(profile, tmp_path):
    """The plain-string parameters (VARIABLES, WEIGHTS) as a batch passes them; numbers by
    hand in tests/test_fragilite.py and tests/test_secteurs_fragiles_hors_qpv.py."""
    import math

    from test_fragilite import write_units
    from test_secteurs_fragiles_hors_qpv import write_row

    env, _ = profile
    units = write_units(tmp_path / "u.gpkg")
    out = tmp_path / "fragilite.gpkg"
    result = qgis_process(env, tmp_path, "run", "peuplement:fragilite", "--json", "--", "INPUT={}".format(units),
                          "VARIABLES=part_chomage;tx_vacance", "WEIGHTS=part_chomage=3", "N_CLASSES=3",
                          "OUTPUT={}".format(out))
    assert result.returncode == 0, result.stdout + result.stderr
    dataset = ogr.Open(str(out))
    rows = {f.GetField("ilot_id"): f.items() for f in dataset.GetLayer(0)}
    s = math.sqrt(1.5)     # (3 z_chomage + z_vacance) / 4 = −s/2, −s/4, 3s/4
    assert [rows[k]["indice_fragilite"] for k in ("I1", "I2", "I3")] == pytest.approx([-s / 2, -s / 4, 3 * s / 4])
    assert rows["I4"]["motif_sans_indice"] == "moins de 11 ménages"

    (tmp_path / "row").mkdir()
    row, qpv = write_row(tmp_path / "row")
    sectors = tmp_path / "secteurs.gpkg"
    result = qgis_process(env, tmp_path, "run", "peuplement:secteurs_fragiles_hors_qpv", "--json", "--",
                          "INPUT={}".format(row), "QPV={}".format(qpv), "BUFFER=20", "PERMUTATIONS=0",
                          "OUTPUT={}".format(sectors))
    assert result.returncode == 0, result.stdout + result.stderr
    dataset = ogr.Open(str(sectors))
    assert sorted(f.GetField("unites") for f in dataset.GetLayer(0)) == ["U2", "U4, U5"]
