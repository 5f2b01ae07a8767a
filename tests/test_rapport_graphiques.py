"""The committee report as a committee looks at it (issue 20): a map of the territory on
the first page, SVG charts of the objectives and of the evolutions whose bars measure
their numbers, coloured statuses readable without colour, a contents list, print CSS,
names beside codes, numbers in the locale's separators. Tables built by hand."""

import re
import xml.etree.ElementTree as ElementTree

import pandas as pd
import pytest

from peuplement_plugin.core import graphiques
from peuplement_plugin.core import rapport_observatoire as rapport

SVG = "{http://www.w3.org/2000/svg}"


def _tables():
    return {
        "parc_qpv": pd.DataFrame({"code_qpv": ["QN1", "hors QPV"], "nom": ["Les Hauts de Valcher", None],
                                  "nb_logements": [1234, 900], "tx_vacance": [5.0, 3.0], "part_plai": [1.0, 2.0],
                                  "fid": [1, 2]}),
        "parc_epci": pd.DataFrame({"code_epci": ["200099999"], "nom": ["Communauté urbaine de Val-de-Cher"],
                                   "nb_logements": [2134], "fid": [1]}),
        "evolution_qpv": pd.DataFrame({"code_qpv": ["QN1", "hors QPV"], "part_rev_inf_40_diff": [-2.5, 1.5],
                                       "part_monoparentales_diff": [None, 0.4], "fid": [1, 2]}),
        "objectifs_epci": pd.DataFrame({
            "annee": [2022, 2023, 2022], "groupe": ["200099999"] * 3,
            "objectif": ["hors_qpv_q1", "hors_qpv_q1", "qpv_q2_q4"],
            "libelle": ["Attributions hors QPV au premier quartile", "Attributions hors QPV au premier quartile",
                        "Attributions en QPV aux quartiles 2 à 4"],
            "nb_attributions": [100, 100, 50], "nb_public": [23, 27, 20], "part_public": [23.4, 27.0, 41.0],
            "objectif_pct": [25.0, 25.0, 50.0], "ecart_points": [-1.6, 2.0, -9.0],
            "statut": ["proche", "atteint", "non atteint"], "fid": [1, 2, 3]}),
        "secteurs_fragiles_hors_qpv": pd.DataFrame(columns=["secteur_id", "fid", "wkt"]),
    }


GEOMETRIES = {"ilots": [("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))", 1),
                        ("POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))", 4)],
              "qpv": ["POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))"],
              "qpv_labels": [("POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))", "Les Hauts de Valcher")]}


def _report(separators=None):
    return rapport.build_report(_tables(), GEOMETRIES, ["2022", "2024"], 11, "obs.gpkg", separators)


def _svgs(document, css_class):
    return [ElementTree.fromstring(svg) for svg in
            re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="{}".*?</svg>'.format(css_class), document,
                       flags=re.S)]


def _objective_chart(document):
    return next(chart for chart in _svgs(document, "graphique")
                if chart.get("aria-label") == "Attributions hors QPV au premier quartile")


def test_objective_bar_height_is_its_rate_on_the_scale():
    first = _objective_chart(_report())  # hors_qpv_q1, the first objective of the table
    ticks = {float(t.get("data-value")): t for t in first.iter(SVG + "text") if t.get("class") == "graduation"}
    # rates 23.4 and 27.0 %, target 25 %: the scale's top is 27 rounded up to the ten, 30 %
    assert max(ticks) == 30
    lines = {round(float(line.get("y1")), 2) for line in first.iter(SVG + "line") if line.get("stroke") == "#ddd"}
    zero_y, top_y = max(lines), min(lines)
    # 30 % spans the plot from the 0 line to the 30 line: 23.4 % is 23.4 / 30 of it
    expected = 23.4 / 30 * (zero_y - top_y)
    bars = {b.get("data-key"): b for b in first.iter(SVG + "rect") if b.get("class") == "barre"}
    assert float(bars["1"].get("height")) == pytest.approx(expected, abs=0.01)
    assert float(bars["1"].get("height")) == pytest.approx(140.4, abs=0.01)  # 23.4 × 180 / 30
    assert float(bars["1"].get("y")) + float(bars["1"].get("height")) == pytest.approx(zero_y)
    assert float(bars["2"].get("height")) == pytest.approx(27.0 / 30 * (zero_y - top_y), abs=0.01)
    # each bar names its figure in the GeoPackage, as the table cells do
    assert (bars["1"].get("data-table"), bars["1"].get("data-field"), bars["1"].get("data-value")) == \
        ("objectifs_epci", "part_public", "23.4")
    # the target, a dashed line at 25 %: 25 / 30 of the plot above the zero line
    target = next(line for line in first.iter(SVG + "line") if line.get("class") == "cible")
    assert zero_y - float(target.get("y1")) == pytest.approx(25 / 30 * (zero_y - top_y), abs=0.01)


def test_statuses_readable_without_colour():
    document = _report()
    first = _objective_chart(document)
    bars = {b.get("data-key"): b for b in first.iter(SVG + "rect") if b.get("class") == "barre"}
    # a pattern of its own per status, and the status in words under the bar
    assert bars["1"].get("fill") == "url(#objectif0-proche)" and bars["2"].get("fill") == "url(#objectif0-atteint)"
    words = [t.text for t in first.iter(SVG + "text")]
    assert "\u2248 proche" in words and "\u2714 atteint" in words
    patterns = {p.get("id"): p for p in first.iter(SVG + "pattern")}
    assert patterns["objectif0-proche"].find(SVG + "line") is not None           # hatched
    assert patterns["objectif0-non-atteint"].find(SVG + "path") is not None      # cross-hatched
    # in the table: a coloured badge that also says it in words, with a symbol
    assert '<span class="statut statut-non-atteint">\u2718 non atteint</span>' in document


def test_evolution_bars_go_left_for_a_fall():
    charts = _svgs(_report(), "graphique")
    evolution = next(c for c in charts if "40 %" in c.get("aria-label"))
    bars = {b.get("data-key"): b for b in evolution.iter(SVG + "rect") if b.get("class") == "barre"}
    zero = next(float(line.get("x1")) for line in evolution.iter(SVG + "line") if line.get("stroke") == "#000")
    # -2.5 and +1.5 points: the scale runs to 3 points each side of zero, over 160 px
    assert float(bars["QN1"].get("width")) == pytest.approx(2.5 / 3 * 160, abs=0.01)
    assert float(bars["QN1"].get("x")) + float(bars["QN1"].get("width")) == pytest.approx(zero, abs=0.01)
    assert float(bars["hors QPV"].get("x")) == pytest.approx(zero, abs=0.01)
    assert float(bars["hors QPV"].get("width")) == pytest.approx(1.5 / 3 * 160, abs=0.01)
    labels = [t.text for t in evolution.iter(SVG + "text")]
    assert "Les Hauts de Valcher (QN1)" in labels and "-2,5 pt" in labels and "+1,5 pt" in labels
    # a masked evolution is said so, not drawn
    other = next(c for c in charts if "monoparentales" in c.get("aria-label"))
    assert [t.text for t in other.iter(SVG + "text") if t.get("data-secret")] == ["s"]


def test_first_page_map_contents_and_print_css():
    document = _report()
    cover = document[document.index('<div class="page-de-garde">'):document.index("</nav>")]
    assert 'class="carte-territoire"' in cover and '<nav class="sommaire">' in cover
    territory = _svgs(document, "carte-territoire")[0]
    fills = [p.get("fill") for p in territory.iter(SVG + "path")]
    assert fills[:2] == [graphiques.CLASS_COLOURS[0], graphiques.CLASS_COLOURS[3]]
    assert [p.get("class") for p in territory.iter(SVG + "path")][2] == "qpv"
    assert "Les Hauts de Valcher" in [t.text for t in territory.iter(SVG + "text")]
    # every entry of the contents leads to its section
    for target in re.findall(r'<a href="#([^"]+)">', cover):
        assert '<section id="{}">'.format(target) in document
    assert "@page{size:A4" in document and "@media print" in document and "break-before:page" in document


def test_names_beside_codes_and_numbers_in_the_locale():
    french = _report()
    assert "<th>Les Hauts de Valcher (QN1)</th>" in french
    assert "<th>Communauté urbaine de Val-de-Cher (200099999)</th>" in french
    assert "<th>hors QPV</th>" in french
    assert ">1\u202f234<" in french and ">23,4 %<" in french
    english = _report(separators=(",", "."))
    assert 'data-group="," data-decimal="."' in english
    assert ">1,234<" in english and ">23.4 %<" in english and ">-2.5 pt<" in english
