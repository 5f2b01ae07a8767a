"""The report's building blocks, without QGIS: French display of figures, masked cells,
the provenance of each figure, the sector map."""

import re

import pandas as pd

from peuplement_plugin.core import rapport_observatoire as rapport


def test_french_display():
    assert rapport.display(1234.0, "nb_logements") == "1\u202f234"
    assert rapport.display(12.345, "tx_vacance") == "12,3"
    assert rapport.display(-0.26, "part_rev_inf_40_diff") == "-0,3"
    assert rapport.display(0.0012, "gi_p") == "0,001"
    assert rapport.display(None, "tx_vacance") == rapport.MASKED
    assert rapport.display(float("nan"), "part_apl") == rapport.MASKED
    assert rapport.french_date("2021/01/01") == "01/01/2021"
    assert rapport.french_date("2024-12-31") == "31/12/2024"


def test_a_cell_says_where_its_figure_comes_from():
    html = rapport.cell("parc_qpv", "code_qpv", "QN1 <&>", "tx_vacance", 7.26)
    assert 'data-table="parc_qpv"' in html and 'data-key="QN1 &lt;&amp;&gt;"' in html
    assert 'data-field="tx_vacance"' in html and ">7,3<" in html
    masked = rapport.cell("parc_qpv", "code_qpv", "QN1", "tx_vacance", None)
    assert 'data-secret="1"' in masked and ">s<" in masked


def test_sector_map_draws_the_sector_its_ilots_and_the_qpv():
    sector = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"
    ilots = [("POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))", 5), ("POLYGON ((5000 5000, 5100 5000, 5100 5100, 5000 5000))", 1)]
    qpv = ["POLYGON ((150 0, 250 0, 250 100, 150 100, 150 0))"]
    svg = rapport.sector_svg(sector, ilots, qpv, size=200)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    paths = re.findall(r'<path d="([^"]+)" fill="([^"]+)"', svg)
    fills = [fill for _, fill in paths]
    # the near îlot in the colour of class 5, the far one left out, the QPV and the sector unfilled
    assert fills == [rapport.CLASS_COLOURS[4], "none", "none"]
    for d, _ in paths:
        for x, y in re.findall(r"(-?[\d.]+),(-?[\d.]+)", d):
            assert 0 <= float(x) <= 200 and 0 <= float(y) <= 200


def test_report_without_sectors_says_so():
    tables = {"parc_qpv": pd.DataFrame({"code_qpv": ["Q1", "hors QPV"], "nb_logements": [100, 900],
                                        "tx_vacance": [5.0, None], "part_plai": [1.0, 2.0], "fid": [1, 2]}),
              "secteurs_fragiles_hors_qpv": pd.DataFrame(columns=["secteur_id", "fid", "wkt"])}
    html = rapport.build_report(tables, {"ilots": [], "qpv": []}, ["2024"], 11, "obs.gpkg")
    assert "Aucun secteur fragile hors QPV" in html
    # hors QPV comes after the QPV, its masked vacancy shown as such
    assert html.index('data-key="Q1"') < html.index('data-key="hors QPV"')
    assert re.search(r'data-key="hors QPV" data-field="tx_vacance" data-secret="1"[^>]*>s<', html)
