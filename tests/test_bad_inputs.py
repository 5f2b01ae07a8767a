"""The bad-input corpus (tests/data/bad_inputs): each file's outcome as attendu.csv states
it — a clear message naming the file, the field and the rows, never a traceback, and
nothing written when the run cannot go on."""

import csv
import os

import pytest
from osgeo import ogr

from conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "bad_inputs"
LOGEMENTS = str(CORPUS / "logements_petits.csv")


def cases():
    with open(CORPUS / "attendu.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def _hundred_megabytes(directory, name):
    path = directory / name
    with open(path, "w", encoding="utf-8") as handle:
        if name == "ligne_100_mo_valeur.csv":
            handle.write("IDENT_REP;IMMEU;Nom du Programme;ETAGE;MODE\nL1;B1;Les Érables;RC;1\nL2;B1;")
            handle.write("x" * 100_000_000)
            handle.write(";02;1\nL3;B1;Les Prés;01;2\n")
        else:  # a single 100 MB line: no header at all
            handle.write("IDENT_REP;IMMEU;" + "x" * 100_000_000)
    return str(path)


def _input(case, tmp_path_factory):
    name = case["fichier"]
    if name.startswith("ligne_100_mo"):
        return _hundred_megabytes(tmp_path_factory.mktemp("cent_mo"), name)
    return str(CORPUS / name)


def _temporary(*outputs):
    return {"OUTPUT_" + name: "TEMPORARY_OUTPUT" for name in outputs}


def _parameters(case, path, out):
    algorithm = case["algorithme"]
    if algorithm == "import_table":
        return {"INPUT": path, "KIND": 0, "OUTPUT": str(out), "REPORT": str(out.with_name("rapport.gpkg"))}
    if algorithm == "indicateurs_occupation":
        return {"MENAGES": path, "LOGEMENTS": LOGEMENTS, "LEVEL": 3, "UNITS": str(CORPUS / "ilots_wgs84.gpkg"),
                "UNIT_ID": "ilot_id", "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True, "OUTPUT": str(out)}
    if algorithm == "flux":
        return {"ATTRIBUTIONS": path, "DEPARTS": str(CORPUS / "departs_petits.csv"), "LOGEMENTS": LOGEMENTS,
                "LEVEL": 3, "UNITS": str(CORPUS / "ilots_wgs84.gpkg"), "UNIT_ID": "ilot_id",
                "PERIOD_START": "2023-01-01", "PERIOD_END": "2023-12-31", "SECRET_THRESHOLD": 1,
                "USAGE_INTERNE": True, "OUTPUT": str(out), **_temporary("FLOWS", "OD", "MOTIFS", "SERIES")}
    if algorithm == "objectifs_attribution":
        # The two squares of ilots_wgs84.gpkg stand for QPV: the dwellings lie in them.
        return {"ATTRIBUTIONS": path, "LOGEMENTS": LOGEMENTS, "QPV": str(CORPUS / "ilots_wgs84.gpkg"),
                "QPV_ID": "ilot_id", "Q1_THRESHOLD": 10000, "EPCI": "200000001",
                "YEAR": 2023, "GROUP_BY": 0, "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True, "OUTPUT": str(out),
                **_temporary("THRESHOLDS", "ATTRIBUTIONS")}
    return {"LOGEMENTS": LOGEMENTS, "LEVEL": 3, "UNITS": path, "UNIT_ID": "ilot_id", "OUTPUT": str(out)}


class Feedback:
    """A QgsProcessingFeedback that keeps every line, errors included."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(info)

            def pushWarning(self, warning):  # noqa: N802
                self.lines.append("WARNING " + warning)

            def reportError(self, error, fatalError=False):  # noqa: N802, N803
                self.lines.append("ERROR " + error)

            def pushDebugInfo(self, info):  # noqa: N802
                self.lines.append(info)

        return _Feedback()


def _rows(path):
    dataset = ogr.Open(str(path))
    rows = [f.items() for f in dataset.GetLayer(0)]
    dataset = None
    return rows


@pytest.mark.parametrize("case", cases(), ids=lambda c: "{}-{}".format(c["fichier"], c["champ"] or c["issue"]))
def test_bad_input(case, provider, tmp_path, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject

    path = _input(case, tmp_path_factory)
    out = tmp_path / "sortie.gpkg"
    feedback = Feedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = _parameters(case, path, out)
    algorithm_id = "peuplement:" + case["algorithme"]

    if case["issue"] == "erreur":
        with pytest.raises(QgsProcessingException) as raised:
            processing.run(algorithm_id, parameters, context=context, feedback=feedback)
        message = str(raised.value)
        assert case["message"] in message
        assert os.path.basename(path) in message          # names the file
        assert case["champ"] in message                   # and the field
        assert not out.exists()                           # nothing written
    else:
        processing.run(algorithm_id, parameters, context=context, feedback=feedback)
        message = "\n".join(feedback.lines)
        if case["message"]:
            assert case["message"] in message
    log = "\n".join(feedback.lines)
    assert "Traceback" not in log and "Traceback" not in (message if case["issue"] == "erreur" else "")

    if case["issue"] == "avertissement":
        names_field = ("WARNING {} (".format(case["champ"]) if case["algorithme"] == "import_table"
                       else case["champ"])
        warnings = [line for line in feedback.lines if line.startswith("WARNING") and case["message"] in line
                    and names_field in line]
        assert len(warnings) == 1, feedback.lines
        assert case["champ"] in warnings[0]
        if case["lignes"]:
            assert ": {} ".format(case["lignes"]) in warnings[0] + " " or \
                "row(s) {} ".format(case["lignes"]) in warnings[0]
        if case["algorithme"] == "import_table":
            report = [r for r in _rows(out.with_name("rapport.gpkg")) if case["message"] in r["probleme"]
                      and r["champ"] == case["champ"]]
            assert len(report) == 1 and report[0]["lignes"] == case["lignes"]
            assert report[0]["nb_lignes"] == len(case["lignes"].split(","))


# What the readable files and layers of the corpus must give, value by value.

def _import(run, tmp_path, name):
    out = tmp_path / "sortie.gpkg"
    run("peuplement:import_table", {"INPUT": str(CORPUS / name), "KIND": 0, "OUTPUT": str(out),
                                    "REPORT": str(tmp_path / "rapport.gpkg")})
    return {r["logement_id"]: r for r in _rows(out)}


def test_decimal_comma(run, tmp_path):
    rows = _import(run, tmp_path, "virgule_decimale.csv")
    assert [rows[k]["surface"] for k in ("L1", "L2", "L3")] == pytest.approx([65.5, 1250.25, 70.25])


def test_windows_1252_accents(run, tmp_path):
    rows = _import(run, tmp_path, "windows_1252.csv")
    assert rows["L1"]["bailleur"] == "Logis Cœur de Loire"
    assert rows["L2"]["residence_id"] == "Résidence « Les Prés »"
    assert (rows["L1"]["etage"], rows["L2"]["etage"]) == (0, 1)


def test_utf8_bom_first_column_recognised(run, tmp_path):
    rows = _import(run, tmp_path, "utf8_bom.csv")
    assert set(rows) == {"L1", "L2"} and rows["L1"]["residence_id"] == "Les Érables"


def test_three_date_formats(run, tmp_path):
    rows = _import(run, tmp_path, "dates_formats.csv")
    assert (rows["L1"]["date_bail"], rows["L2"]["date_bail"], rows["L3"]["date_bail"]) == \
        ("2020/06/01", "2021/03/15", "2019/09/15")
    assert rows["L4"]["date_bail"] is None and rows["L6"]["date_bail"] is None


def test_basement_kept_absurd_floor_left_empty(run, tmp_path):
    rows = _import(run, tmp_path, "etages_absurdes.csv")
    assert [rows[k]["etage"] for k in ("L1", "L2", "L3", "L4", "L5")] == [-1, -5, None, 0, 12]


@pytest.mark.parametrize("layer", ["ilots_wgs84.gpkg", "ilots_invalides.gpkg", "ilots_nuls_multiparties.gpkg"])
def test_units_layers_that_can_be_used(run, tmp_path, layer):
    """logements_petits.csv: L1, L2 at (20, 10) and L3 at (70, 20), EPSG:2154. By hand:
    all three lie in I1 — the WGS84 square once reprojected, the lower lobe of the
    hourglass once repaired, the two parts of the multipolygon (L3 in the second)."""
    out = tmp_path / "parc.gpkg"
    run("peuplement:indicateurs_parc", {"LOGEMENTS": LOGEMENTS, "LEVEL": 3, "UNITS": str(CORPUS / layer),
                                        "UNIT_ID": "ilot_id", "OUTPUT": str(out)})
    counts = {r["ilot_id"]: r["nb_logements"] for r in _rows(out)}
    assert counts["I1"] == 3
    assert all(n in (0, None) for k, n in counts.items() if k != "I1")
