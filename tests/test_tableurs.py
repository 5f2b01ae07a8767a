"""Excel (.xlsx) and LibreOffice (.ods) workbooks as inputs (issue 20): text cells as SNE
and bailleurs export them, the sheet found or chosen, Excel dates and text dates,
numbers stored as text with decimal commas, and leading zeros of codes kept. The
workbooks are written here with pandas (openpyxl, odfpy: python3-openpyxl, python3-odf)."""

import datetime

import pandas as pd
import pytest
from osgeo import ogr

from conftest import ROOT
from peuplement_plugin.core.csvfile import read_delimited

CORPUS = ROOT / "tests" / "data" / "bad_inputs"


def _rows(path):
    dataset = ogr.Open(str(path))
    rows = [f.items() for f in dataset.GetLayer(0)]
    dataset = None
    return rows


def _frame(path):
    return pd.DataFrame(_rows(path))


def _as_text_workbook(csv_path, path, engine, empty_first=True):
    """The CSV as a workbook whose every cell is text (how SNE exports come), behind an empty sheet."""
    frame = read_delimited(csv_path).fillna("")
    with pd.ExcelWriter(path, engine=engine) as writer:
        if empty_first:
            pd.DataFrame().to_excel(writer, sheet_name="Notice", index=False)
        frame.to_excel(writer, sheet_name="Attributions", index=False)
    return str(path)


def _same_canonical(left, right):
    a = _frame(left).drop(columns=["fid"], errors="ignore")
    b = _frame(right).drop(columns=["fid"], errors="ignore")
    assert list(a.columns) == list(b.columns)
    assert len(a) == len(b) > 100
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


@pytest.mark.parametrize("suffix,engine", [(".xlsx", "openpyxl"), (".ods", "odf")])
def test_sne_attributions_workbook_imports_as_the_csv(run, territoire, tmp_path, suffix, engine):
    """The sample SNE attributions saved as a workbook of text cells: the header is found
    (not Field1…), the empty first sheet is passed over, and the canonical table is the
    one the CSV gives, value for value."""
    source = territoire.path("attributions_2021_2024.csv")
    workbook = _as_text_workbook(source, tmp_path / ("attributions" + suffix), engine)
    run("peuplement:import_table", {"INPUT": source, "KIND": 2, "OUTPUT": str(tmp_path / "csv.gpkg"),
                                    "REPORT": str(tmp_path / "csv_rapport.gpkg")})
    _, feedback = run("peuplement:import_table", {"INPUT": workbook, "KIND": 2,
                                                  "OUTPUT": str(tmp_path / "classeur.gpkg"),
                                                  "REPORT": str(tmp_path / "classeur_rapport.gpkg")})
    _same_canonical(tmp_path / "csv.gpkg", tmp_path / "classeur.gpkg")
    assert "feuille « Attributions » : en-tête à la ligne 1" in feedback.log


def test_sheet_by_name_and_workbook_layer(run, territoire, tmp_path):
    """SHEET picks a sheet by name; a QGIS layer of a workbook sheet reads that sheet."""
    from qgis.core import QgsVectorLayer

    source = territoire.path("attributions_2021_2024.csv")
    frame = read_delimited(source).fillna("")
    path = tmp_path / "deux_feuilles.ods"
    with pd.ExcelWriter(path, engine="odf") as writer:
        frame.head(10).to_excel(writer, sheet_name="2021", index=False)
        frame.to_excel(writer, sheet_name="Toutes", index=False)
    run("peuplement:import_table", {"INPUT": str(path), "KIND": 2, "SHEET": "Toutes",
                                    "OUTPUT": str(tmp_path / "toutes.gpkg"), "REPORT": str(tmp_path / "r1.gpkg")})
    assert len(_rows(tmp_path / "toutes.gpkg")) == len(frame)
    run("peuplement:import_table", {"INPUT": str(path), "KIND": 2,
                                    "OUTPUT": str(tmp_path / "premiere.gpkg"), "REPORT": str(tmp_path / "r2.gpkg")})
    assert len(_rows(tmp_path / "premiere.gpkg")) == 10  # the first sheet that maps
    layer = QgsVectorLayer("{}|layername=Toutes".format(path), "toutes", "ogr")
    assert layer.isValid()
    run("peuplement:import_table", {"INPUT": layer, "KIND": 2,
                                    "OUTPUT": str(tmp_path / "couche.gpkg"), "REPORT": str(tmp_path / "r3.gpkg")})
    _same_canonical(tmp_path / "toutes.gpkg", tmp_path / "couche.gpkg")
    with pytest.raises(Exception, match="pas de feuille « 2099 » ; feuilles : 2021, Toutes"):
        run("peuplement:import_table", {"INPUT": str(path), "KIND": 2, "SHEET": "2099",
                                        "OUTPUT": str(tmp_path / "x.gpkg"), "REPORT": str(tmp_path / "r4.gpkg")})


@pytest.mark.parametrize("suffix,engine", [(".xlsx", "openpyxl"), (".ods", "odf")])
def test_dates_decimal_commas_and_leading_zeros(run, tmp_path, suffix, engine):
    """Cells as agencies type them: an Excel date and a text date, a surface as a number
    and as text with a decimal comma, INSEE codes of Ain (01…) as text."""
    frame = pd.DataFrame({
        "IDENT_REP": ["L1", "L2", "L3"],
        "IMMEU": ["B1", "B1", "B2"],
        "DEPCOM": ["01004", "01053", "37261"],
        "ETAGE": ["RC", "02", "1"],
        "SURFHAB": ["45,5", 60.25, "1 250,75"],
        "BAIL": [datetime.date(2024, 1, 15), "15/02/2024", datetime.datetime(2023, 12, 31, 10, 30)],
        "MODE": ["1", 1, "2"],
    })
    path = tmp_path / ("logements" + suffix)
    frame.to_excel(path, engine=engine, sheet_name="RPLS", index=False)
    run("peuplement:import_table", {"INPUT": str(path), "KIND": 0, "OUTPUT": str(tmp_path / "out.gpkg"),
                                    "REPORT": str(tmp_path / "rapport.gpkg")})
    rows = {r["logement_id"]: r for r in _rows(tmp_path / "out.gpkg")}
    assert [rows[k]["depcom"] for k in ("L1", "L2", "L3")] == ["01004", "01053", "37261"]
    assert [rows[k]["surface"] for k in ("L1", "L2", "L3")] == pytest.approx([45.5, 60.25, 1250.75])
    assert [rows[k]["date_bail"] for k in ("L1", "L2", "L3")] == ["2024/01/15", "2024/02/15", "2023/12/31"]
    assert [rows[k]["etage"] for k in ("L1", "L2", "L3")] == [0, 2, 1]
    report = _rows(tmp_path / "rapport.gpkg")
    assert not [r for r in report if r["niveau"] == "avertissement"], report


def test_dwellings_workbook_feeds_an_indicator_algorithm(run, tmp_path):
    """Every algorithm that reads a table takes a workbook: the three small dwellings of
    the corpus, as .xlsx, all in unit I1 (test_bad_inputs works out why)."""
    frame = pd.read_csv(CORPUS / "logements_petits.csv", sep=";", dtype=str, keep_default_na=False)
    path = tmp_path / "logements.xlsx"
    frame.to_excel(path, engine="openpyxl", index=False)
    run("peuplement:indicateurs_parc", {"LOGEMENTS": str(path), "LEVEL": 3,
                                        "UNITS": str(CORPUS / "ilots_wgs84.gpkg"), "UNIT_ID": "ilot_id",
                                        "OUTPUT": str(tmp_path / "parc.gpkg")})
    counts = {r["ilot_id"]: r["nb_logements"] for r in _rows(tmp_path / "parc.gpkg")}
    assert counts["I1"] == 3


def test_title_row_and_second_header_row_left_out(run, tmp_path):
    """The corpus's merged title and two-header-row workbooks give the three dwellings of
    their data rows, nothing from the rows around the header."""
    for name in ("tableur_titre_fusionne.xlsx", "tableur_deux_entetes.xlsx"):
        out = tmp_path / (name + ".gpkg")
        run("peuplement:import_table", {"INPUT": str(CORPUS / name), "KIND": 0, "OUTPUT": str(out),
                                        "REPORT": str(tmp_path / (name + "_rapport.gpkg"))})
        assert sorted(r["logement_id"] for r in _rows(out)) == ["L1", "L2", "L3"]
