"""End to end: peuplement:flux from the packaged zip through ``qgis_process.bin`` on the
sample territory, as a GIS officer's batch would run it (the fixture and helper of
tests/test_qgis_process.py: a throw-away QGIS profile with only the packaged plugin)."""

import csv
import json

import pytest
from osgeo import ogr

import test_qgis_process
from test_qgis_process import QGIS_PROCESS, qgis_process

profile = test_qgis_process.profile  # the module fixture: a QGIS profile with the packaged plugin

pytestmark = pytest.mark.skipif(not __import__("pathlib").Path(QGIS_PROCESS).exists(),
                                reason="qgis_process.bin not installed")


def test_flux_from_the_installed_zip(profile, territoire, tmp_path):
    env, _ = profile
    outputs = {name: tmp_path / "{}.gpkg".format(name.lower())
               for name in ("OUTPUT", "OUTPUT_FLOWS", "OUTPUT_OD", "OUTPUT_MOTIFS", "OUTPUT_SERIES")}
    result = qgis_process(env, tmp_path, "run", "peuplement:flux", "--json", "--",
                          "ATTRIBUTIONS={}".format(territoire.path("attributions_2021_2024.csv")),
                          "DEPARTS={}".format(territoire.path("departs_2021_2024.csv")),
                          "LOGEMENTS={}".format(territoire.path("rpls_2024.csv")),
                          "MENAGES={}".format(territoire.path("ops_2024.csv")),
                          "DEMANDES={}".format(territoire.path("demandes_2024.csv")),
                          "LEVEL=6", "UNITS={}".format(territoire.layer("communes")), "UNIT_ID=depcom",
                          "QPV={}".format(territoire.layer("qpv")),
                          "PERIOD_START=2021-01-01", "PERIOD_END=2024-12-31",
                          *["{}={}".format(name, path) for name, path in outputs.items()])
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    assert payload["results"]["OUTPUT_FLOWS"] == str(outputs["OUTPUT_FLOWS"])

    # Independent count from the raw file: departures by commune of the dwelling left.
    commune_of = {}
    with open(territoire.path("rpls_2024.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            commune_of[row["IDENT_REP"]] = row["DEPCOM"]
    expected = {}
    with open(territoire.path("departs_2021_2024.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            depcom = commune_of[row["IDENT_REP"]]
            expected[depcom] = expected.get(depcom, 0) + 1
    dataset = ogr.Open(str(outputs["OUTPUT"]))
    units = {f.GetField("depcom"): f.items() for f in dataset.GetLayer(0)}
    assert {depcom: row["nb_sortants"] for depcom, row in units.items()} == expected
    # OD rows of each commune add up to its departures; flow lines exist and are drawn.
    od = ogr.Open(str(outputs["OUTPUT_OD"]))
    sums = {}
    for f in od.GetLayer(0):
        if f.GetField("echelle") == "unite":
            sums[f.GetField("origine")] = sums.get(f.GetField("origine"), 0) + f.GetField("nb_departs")
    assert sums == expected
    lines = ogr.Open(str(outputs["OUTPUT_FLOWS"]))
    layer = lines.GetLayer(0)
    assert layer.GetFeatureCount() > 0
    assert all(f.GetGeometryRef().Length() > 0 for f in layer)
