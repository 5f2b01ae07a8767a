"""The HTML report of the attribution objectives (core, no QGIS): formats, sections,
figures read back from the HTML, the map drawn from shapely geometries."""

import math
import re
import xml.dom.minidom

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Polygon

from peuplement_plugin.core import objectifs, rapport_objectifs
from test_objectifs_attribution import ReportCells, number


def test_french_number_formats():
    assert rapport_objectifs.fmt_entier(12345) == "12\u202f345"
    assert rapport_objectifs.fmt_entier(None) == "–"
    assert rapport_objectifs.fmt_decimal(100 * 5 / 28) == "17,9"          # 17.857…
    assert rapport_objectifs.fmt_decimal(-7.142857) == "−7,1"
    assert rapport_objectifs.fmt_decimal(10834.6, 0) == "10\u202f835"
    assert rapport_objectifs.fmt_ecart(4.46) == "+4,5"
    assert rapport_objectifs.fmt_ecart(0.0) == "0,0"
    assert rapport_objectifs.fmt_decimal(float("nan")) == "–"


def _table(years=(2023,)):
    # group A: 8 attributions outside QPV per year, 1 Q1 → 12.5 %; 25 % × 8 = 2 → 1 missing
    # group <B&C>: 2 in QPV, both Q2–Q4 → 100 %
    rows = []
    for year in years:
        rows += [(year, "A", 0.0, 1.0, False, False, False, False)]
        rows += [(year, "A", 0.0, 0.0, False, False, False, False)] * 7
        rows += [(year, "<B&C>", 1.0, 0.0, False, True, False, False)] * 2
    frame = pd.DataFrame(rows, columns=["annee", "groupe", "en_qpv", "q1", "relogement_renouvellement", "dalo",
                                        "prioritaire", "uc_approchee"])
    return objectifs.tableau(frame, niveau="commune")


def _seuils():
    limits = pd.DataFrame([{"epci": "E", "limite_q1": 9000.4, "limite_q2": 14000.0, "limite_q3": 20000.0,
                            "nb_demandes": 1234, "nb_demandes_revenu_connu": 1200, "nb_uc_approchees": 3}])
    return objectifs.seuils_utilises([("E", 2023)], limits)


def _parse(text):
    parser = ReportCells()
    parser.feed(text)
    return parser


def test_one_table_per_objective_with_its_figures():
    table = _table()
    text = rapport_objectifs.rapport_html(table, _seuils(), niveau="commune")
    parser = _parse(text)
    figures = {(r["objectif"], r["groupe"], champ): t for champ, r, t in parser.cells if "objectif" in r}
    # A, hors QPV: 8 attributions, 1 of the public → 12,5 %, gap −12,5; 25 % × 8 = 2 → 1 missing
    assert number(figures[("hors_qpv_q1", "A", "nb_attributions")]) == 8
    assert figures[("hors_qpv_q1", "A", "part_public")] == "12,5 %"
    assert figures[("hors_qpv_q1", "A", "ecart_points")] == "−12,5"
    assert figures[("hors_qpv_q1", "A", "nb_manquantes")] == "1"
    assert figures[("hors_qpv_q1", "A", "statut")].strip() == "non atteint"
    assert figures[("qpv_q2_q4", "<B&C>", "part_public")] == "100,0 %"
    assert figures[("qpv_q2_q4", "<B&C>", "ecart_points")] == "+50,0"
    # prioritaires: A 0 of 8, <B&C> 2 DALO of 2
    assert figures[("prioritaires", "<B&C>", "statut")].strip() == "atteint"
    assert text.count('<table class="objectif">') == 3
    # a single year: no trend
    assert "Évolution annuelle" not in text and "polyline" not in text
    # the group name is escaped, not markup
    assert "&lt;B&amp;C&gt;" in text and "<B&C>" not in text
    # thresholds: rounded to the euro, with their source and the number of demandes
    seuil = {champ: t for champ, r, t in parser.cells if "epci" in r}
    assert seuil["limite_q1"] == "9\u202f000" and seuil["source"] == "calculé (demandes)"
    assert number(seuil["nb_demandes"]) == 1234 and number(seuil["nb_demandes_revenu_connu"]) == 1200


def test_trend_when_several_years_and_traffic_lights():
    table = _table(years=(2022, 2023, 2024))
    text = rapport_objectifs.rapport_html(table, _seuils(), niveau="commune")
    assert text.count('<table class="tendance">') == 3
    parser = _parse(text)
    trend = [(r["groupe"], r["annee"], t) for champ, r, t in parser.cells
             if champ == "part_public" and r.get("objectif") == "hors_qpv_q1" and "annee" in r]
    assert sorted(set(a for _, a, _ in trend)) == ["2022", "2023", "2024"]
    assert {t for _, _, t in trend} == {"12,5 %"}
    # one line per group and objective in the trend charts (A has no QPV row, <B&C> no hors QPV row):
    # hors_qpv_q1 → A; qpv_q2_q4 → <B&C>; prioritaires → both
    assert text.count("<polyline") == 4
    # red light for A (12,5 % < 20 %), green for <B&C>
    assert rapport_objectifs.COULEURS_STATUT["non atteint"] in text
    assert rapport_objectifs.COULEURS_STATUT["atteint"] in text
    # the main tables show the last year, the earlier years in the details
    main = text.split("<details>")[0]
    assert 'data-annee="2024"' in main


def test_every_svg_is_well_formed_xml():
    table = _table(years=(2022, 2023))
    carte = {"x": [50.0, 200.0], "y": [50.0, 50.0], "en_qpv": [1.0, 0.0],
             "qpv": [("Q", Polygon([(0, 0), (100, 0), (100, 100), (0, 100)]))]}
    text = rapport_objectifs.rapport_html(table, _seuils(), carte=carte, niveau="commune")
    svgs = re.findall(r"<svg.*?</svg>", text, flags=re.S)
    assert len(svgs) == 1 + 3 * 2  # the map, then bars and trend per objective
    for svg in svgs:
        xml.dom.minidom.parseString(svg)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text)


def test_map_places_and_sizes_the_circles():
    # QPV square 0..100; 3 attributions at (50, 50) in QPV, 1 at (200, 50) outside, 1 unlocated.
    # extent x 0..200, y 0..100, span 200 → padded by 6: x −6..206, y −6..106; scale = 640 / 212
    svg = rapport_objectifs.svg_carte([50.0, 50.0, 50.0, 200.0, np.nan], [50.0, 50.0, 50.0, 50.0, np.nan],
                                      [1.0, 1.0, 1.0, 0.0, np.nan],
                                      [("Q", Polygon([(0, 0), (100, 0), (100, 100), (0, 100)]))])
    scale = 640 / 212
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="(#\w+)"', svg)
    got = sorted((float(x), float(y), float(r), c) for x, y, r, c in circles)
    assert len(got) == 2
    (x1, y1, r1, c1), (x2, y2, r2, c2) = got
    assert (x1, y1) == pytest.approx((56 * scale, 56 * scale), abs=0.06)        # (50 + 6, 106 − 50)
    assert r1 == pytest.approx(1.5 + 1.1 * math.sqrt(3), abs=0.06) and c1 == rapport_objectifs.COULEUR_QPV
    assert (x2, y2) == pytest.approx((206 * scale, 56 * scale), abs=0.06)
    assert r2 == pytest.approx(2.6, abs=0.06) and c2 == rapport_objectifs.COULEUR_HORS_QPV
    assert 'height="{}"'.format(math.ceil(112 * scale)) in svg
    assert "<title>Q</title>" in svg
    assert "pas de carte" in rapport_objectifs.svg_carte([np.nan], [np.nan], [np.nan])


def test_caveats_and_empty_table():
    empty = objectifs.tableau(pd.DataFrame(columns=["annee", "groupe", "en_qpv", "q1"]))
    text = rapport_objectifs.rapport_html(empty, _seuils(), precautions={
        "nb_attributions": 0, "nb_revenu_inconnu": 0, "nb_uc_approchees": 0, "nb_desaccords_qpv": 2,
        "exemples_desaccords": ["L28", "L34"]})
    assert "Aucune attribution ne relève des objectifs" in text
    parser = _parse(text)
    cells = {champ: t for champ, _, t in parser.cells}
    assert cells["nb_desaccords_qpv"] == "2" and "L28, L34" in text


def test_masked_groups_show_secret_and_draw_no_line():
    # threshold 5: hors QPV, A (8) alone → published; in QPV <B&C> (2) alone → masked;
    # prioritaires: <B&C> (2) masked, and A (8) too, else 2 = total − 8
    table, _ = objectifs.appliquer_secret(_table(years=(2023, 2024)), 5)
    text = rapport_objectifs.rapport_html(table, _seuils(), niveau="commune")
    assert text.count("<polyline") == 1
    parser = _parse(text)
    trend = {(r["objectif"], r["groupe"], r["annee"]): t for c, r, t in parser.cells
             if c == "part_public" and "annee" in r}
    assert trend[("hors_qpv_q1", "A", "2024")] == "12,5 %"
    assert trend[("qpv_q2_q4", "<B&C>", "2024")] == "secret"
    assert trend[("prioritaires", "A", "2023")] == "secret"
    statut = {(r["objectif"], r["groupe"], r["annee"]): t.strip() for c, r, t in parser.cells if c == "statut"}
    assert statut[("prioritaires", "A", "2024")] == "secret"


def test_map_gathers_attributions_by_cells():
    # extent x 0..200 → padded −6..206, scale 640 / 212 ≈ 3.019 px per unit; cells of 16 px:
    # (50, 50) → px (169.1, 169.1) and (52, 50) → (175.1, 169.1): same cell [160, 176) → one circle
    # of 2 at the cell centre (168, 168); (200, 50) → (206 × 3.019 = 621.9, 169.1): cell [608, 624) →
    # centre (616, 168); unknown (0, 0) → (18.1, 320.0) → (24, 328) and (0, 100) → (18.1, 18.1) → (24, 24)
    svg = rapport_objectifs.svg_carte([50.0, 52.0, 200.0, 0.0, 0.0], [50.0, 50.0, 50.0, 0.0, 100.0],
                                      [0.0, 0.0, 0.0, np.nan, np.nan], cellule=16)
    circles = sorted((float(x), float(y), float(r)) for x, y, r in
                     re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', svg))
    assert (168.0, 168.0, pytest.approx(1.5 + 1.1 * math.sqrt(2), abs=0.06)) in circles
    assert (616.0, 168.0, pytest.approx(2.6, abs=0.06)) in circles
    assert [c[:2] for c in circles if c[:2] not in ((168.0, 168.0), (616.0, 168.0))] == [(24.0, 24.0), (24.0, 328.0)]
