"""peuplement:objectifs_attribution on a year of attributions counted by hand, and on the
sample territory (the report's figures against the output tables).

Hand territory (EPSG:2154): one QPV "QN001", the square 525000..525100 × 6700000..6700100.
Dwellings L01..L28 stand outside it (x = 525500), L31..L34 inside (x = 525050). The RPLS
code disagrees twice with the location: L28 says QN001 (it is outside), L34 says HZ (it is
inside). Communes: L01..L20 in 37901, the others in 37902. Single persons (UC 1) unless said.

Demandes of EPCI E1 (14): monthly 500, 600, 2-person household with one child under 14 at
780 (UC 1.3: 780 × 12 / 1.3 = 7200), 700, 800, 900, 1000, 1000, 1000, 1100, 1200, 1300 and two
without income. Annual per UC, sorted (n = 12 known): 6000 7200 7200 8400 9600 10800 12000
12000 12000 13200 14400 15600 → Q1 = 3rd = 7200 (a tie), Q2 = 6th = 10800, Q3 = 9th = 12000.

Attributions of 2023, outside QPV (28):
    a1 L01 500/month → 6000 Q1 (prioritaire)      a2 L02 600 → 7200 Q1, the tie (prioritaire)
    a3 L03 2 persons, 1 child, 780 → UC 1.3 → 7200 Q1
    a4 L04 2 persons, 1 child, 845 → 10140 / 1.3 = 7800 → not Q1
    a5 L05 2 persons, children unknown, 845 → UC 1.5 (approximated) → 6760 → Q1
    a6 L06 1500 → 18000 (Q4) but relogé NPNRU → counts with Q1
    a7 L07 income unknown                        c1..c21 L08..L28 1500 → Q4 (c1, c2 prioritaires)
  right kind = a1 a2 a3 a5 a6 = 5 of 28 = 17.857 %; 25 % × 28 = 7 → 2 missing; gap −7.14 points.
In QPV (4): b1 L31 500 → Q1; b2 L32 900 → 10800 Q2 (tie); b3 L33 1000 → Q3; b4 L34 2000 → Q4, DALO.
  Q2–Q4 = 3 of 4 = 75 % ≥ 50 %: nothing missing.
One attribution of 2023 (z1) to L99, absent from the RPLS, and one of 2022 (y1, L01, Q1).
Réservataires: a1..a7 and b1..b4 → 2 (État prioritaires); c1..c21 and z1 → 3 (Action Logement).
"""

import html.parser
import re

import pytest
from osgeo import ogr, osr

ALG = "peuplement:objectifs_attribution"
QPV_SQUARE = (525000.0, 6700000.0, 525100.0, 6700100.0)


def _dwellings():
    # FINAN (RPLS codes, domain.md 3.1): L01..L10 and L31, L32 PLAI (10); L11..L28 PLUS (13);
    # L33, L34 PLS (14)
    rows = ["IDENT_REP;IMMEU;DEPCOM;PLG_QP24;X;Y;EPSG;RS;FINAN"]
    for i in range(1, 29):
        code = "QN001" if i == 28 else "HZ"
        rows.append("L{:02d};B1;{};{};525500.0;6700050.0;2154;Bailleur A;{}".format(
            i, "37901" if i <= 20 else "37902", code, "10" if i <= 10 else "13"))
    for i in range(31, 35):
        code = "HZ" if i == 34 else "QN001"
        rows.append("L{:02d};B2;37902;{};525050.0;6700050.0;2154;Bailleur B;{}".format(
            i, code, "10" if i <= 32 else "14"))
    return rows


def _attributions():
    header = ("Numéro d'attribution;Identifiant logement;Date de signature du bail;Nombre de personnes;"
              "Nombre d'enfants de moins de 14 ans;Revenu mensuel;Ménage DALO;Public prioritaire;Relogement NPNRU;"
              "Réservataire")
    rows = [header]

    def add(ident, dwelling, persons, children, income, dalo="N", prio="N", relog="N", reservataire=2,
            date="15/03/2023"):
        rows.append(";".join([ident, dwelling, date, str(persons), children, income, dalo, prio, relog,
                              str(reservataire)]))

    add("a1", "L01", 1, "0", "500,00", prio="O")
    add("a2", "L02", 1, "0", "600,00", prio="O")
    add("a3", "L03", 2, "1", "780,00")
    add("a4", "L04", 2, "1", "845,00")
    add("a5", "L05", 2, "", "845,00")
    add("a6", "L06", 1, "0", "1500,00", relog="O")
    add("a7", "L07", 1, "0", "")
    for k in range(1, 22):
        add("c{}".format(k), "L{:02d}".format(7 + k), 1, "0", "1500,00", prio="O" if k <= 2 else "N", reservataire=3)
    add("b1", "L31", 1, "0", "500,00")
    add("b2", "L32", 1, "0", "900,00")
    add("b3", "L33", 1, "0", "1000,00")
    add("b4", "L34", 1, "0", "2000,00", dalo="O")
    add("z1", "L99", 1, "0", "1500,00", reservataire=3)
    add("y1", "L01", 1, "0", "500,00", date="10/06/2022")
    return rows


def _demandes():
    rows = ["NUM_UNIQUE;DATE_DEPOT;NB_PERSONNES;NB_ENFANTS_MOINS_14;REVENU_MENSUEL;EPCI"]
    people = [(1, 0, "500"), (1, 0, "600"), (2, 1, "780")]
    people += [(1, 0, str(v)) for v in (700, 800, 900, 1000, 1000, 1000, 1100, 1200, 1300)]
    people += [(1, 0, ""), (3, 1, "")]
    for k, (persons, children, income) in enumerate(people):
        rows.append("D{:02d};2023-01-0{};{};{};{};E1".format(k, 1 + k % 9, persons, children, income))
    return rows


def _qpv_layer(path):
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("qpv", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code_qpv", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("code_qpv", "QN001")
    x0, y0, x1, y1 = QPV_SQUARE
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)))
    layer.CreateFeature(feature)
    dataset = None
    return "{}|layername=qpv".format(path)


@pytest.fixture()
def hand(tmp_path):
    (tmp_path / "rpls.csv").write_text("\n".join(_dwellings()) + "\n", encoding="utf-8")
    (tmp_path / "attributions.csv").write_text("\n".join(_attributions()) + "\n", encoding="cp1252")
    (tmp_path / "demandes.csv").write_text("\n".join(_demandes()) + "\n", encoding="utf-8")
    return {"ATTRIBUTIONS": str(tmp_path / "attributions.csv"), "LOGEMENTS": str(tmp_path / "rpls.csv"),
            "QPV": _qpv_layer(tmp_path / "qpv.gpkg"), "DEMANDES": str(tmp_path / "demandes.csv"),
            "OUTPUT": str(tmp_path / "objectifs.gpkg"), "OUTPUT_THRESHOLDS": str(tmp_path / "seuils.gpkg"),
            "OUTPUT_ATTRIBUTIONS": str(tmp_path / "attributions.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "rapport.html"),
            # a hand territory has tiny groups: the secret statistique is tested on its own below
            "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True}


def features(path):
    dataset = ogr.Open(str(path))
    rows = [f.items() for f in dataset.GetLayer(0)]
    return rows


def by_key(path):
    return {(r["objectif"], r["groupe"], r["annee"]): r for r in features(path)}


def test_year_missing_the_hors_qpv_target(run, hand):
    _, feedback = run(ALG, dict(hand, YEAR=2023, GROUP_BY=0))
    rows = by_key(hand["OUTPUT"])
    assert {k[2] for k in rows} == {2023}
    hors = rows[("hors_qpv_q1", "E1", 2023)]
    assert (hors["nb_attributions"], hors["nb_public"], hors["nb_manquantes"]) == (28, 5, 2)
    assert hors["part_public"] == pytest.approx(100 * 5 / 28)
    assert hors["ecart_points"] == pytest.approx(100 * 5 / 28 - 25)
    assert hors["statut"] == "non atteint"
    # Q1: a1 a2 a3 a5 (a6 is relogé, Q4); unknown income: a7; approximated UC: a5
    assert (hors["nb_q1"], hors["nb_relogements"], hors["nb_revenu_inconnu"], hors["nb_uc_approchees"]) == (4, 1, 1, 1)
    qpv = rows[("qpv_q2_q4", "E1", 2023)]
    assert (qpv["nb_attributions"], qpv["nb_public"], qpv["nb_manquantes"], qpv["statut"]) == (4, 3, 0, "atteint")
    # prioritaires (domain.md 5.3, CCH L441-1: the réservataires other than the State): of the 33
    # attributions of 2023 (z1 included: its EPCI is the only one), a1..a7 and b1..b4 (11) are of
    # the State's contingent (2) and set aside; c1..c21 + z1 = 22, priority c1 c2 → 9.09 %;
    # 25 % × 22 = 5.5 → 6 → 4 missing. (All 33 would give a1 a2 c1 c2 b4 = 5 → 15.15 %.)
    prio = rows[("prioritaires", "E1", 2023)]
    assert (prio["nb_attributions"], prio["nb_public"], prio["nb_manquantes"]) == (22, 2, 4)
    assert prio["nb_etat_exclues"] == 11 and "sauf le contingent de l'État" in prio["perimetre"]
    # no DALO among the obligated réservataires' attributions: 0 %
    assert (prio["nb_dalo"], prio["part_dalo"]) == (0, 0.0)
    # the State's row: a1 a2 b4 = 3 of 11 = 27.3 %, no target nor verdict; DALO b4 = 1 of 11 = 9.1 %
    etat = rows[("prioritaires_etat", "E1", 2023)]
    assert (etat["nb_attributions"], etat["nb_public"], etat["nb_dalo"]) == (11, 3, 1)
    assert etat["part_dalo"] == pytest.approx(100 / 11)
    assert etat["objectif_pct"] is None and etat["statut"] is None and etat["nb_manquantes"] is None
    # disagreements L28 and L34, both attributed
    assert "2 dwelling(s) whose QPV status by location differs" in feedback.log
    assert "L28" in feedback.log and "L34" in feedback.log
    assert "1 attribution(s) of a dwelling absent" in feedback.log


def test_thresholds_computed_from_a_dozen_demandes(run, hand):
    run(ALG, dict(hand, YEAR=2023))
    (row,) = features(hand["OUTPUT_THRESHOLDS"])
    assert (row["epci"], row["annee"], row["source"]) == ("E1", 2023, "calculé")
    assert (row["limite_q1"], row["limite_q2"], row["limite_q3"]) == pytest.approx((7200.0, 10800.0, 12000.0))
    assert (row["nb_demandes"], row["nb_demandes_revenu_connu"]) == (14, 12)
    assert row["limite_q1_calculee"] == pytest.approx(7200.0)


def test_attributions_layer(run, hand):
    run(ALG, dict(hand, YEAR=2023))
    dataset = ogr.Open(hand["OUTPUT_ATTRIBUTIONS"])
    layer = dataset.GetLayer(0)
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
    # coordinates copied out at once: a geometry reference dies with its feature
    rows = {f.GetField("attribution_id"): (f.items(), None if f.GetGeometryRef() is None or f.GetGeometryRef().IsEmpty()
                                           else (f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY())) for f in layer}
    assert len(rows) == 33
    a3, geometry = rows["a3"]
    assert (a3["uc"], a3["revenu_uc"], a3["quartile"], a3["q1"], a3["en_qpv"]) == (1.3, pytest.approx(7200.0), 1, 1,
                                                                                     0)
    assert geometry == (525500.0, 6700050.0)
    assert rows["a4"][0]["quartile"] == 2 and rows["a4"][0]["q1"] == 0
    assert (rows["a5"][0]["uc"], rows["a5"][0]["uc_approchee"], rows["a5"][0]["q1"]) == (1.5, 1, 1)
    assert rows["a7"][0]["quartile"] is None and rows["a7"][0]["q1"] is None
    assert (rows["b2"][0]["quartile"], rows["b3"][0]["quartile"], rows["b4"][0]["quartile"]) == (2, 3, 4)
    assert (rows["b4"][0]["en_qpv"], rows["b4"][0]["code_qpv"], rows["b4"][0]["public_prioritaire"]) == (1, "QN001", 1)
    assert rows["z1"][0]["en_qpv"] is None and rows["z1"][1] is None


def test_qpv_status_from_the_dwellings_code(run, hand):
    # L28 (c21, Q4) now counts in QPV and L34 (b4, Q4, DALO) outside:
    # outside 28 − c21 + b4 = 28, right kind still 5 → 7 needed → 2 missing; DALO or prioritaires
    # outside: a1 a2 c1 c2 + b4 = 5 (4 by location). In QPV: c21 b1 b2 b3 → Q2–Q4 = c21 b2 b3 = 3 of 4,
    # no DALO any more (b4 left).
    run(ALG, dict(hand, YEAR=2023, QPV_SOURCE=1))
    rows = by_key(hand["OUTPUT"])
    hors = rows[("hors_qpv_q1", "E1", 2023)]
    assert (hors["nb_attributions"], hors["nb_public"], hors["nb_manquantes"]) == (28, 5, 2)
    assert hors["nb_dalo_prioritaires"] == 5
    qpv = rows[("qpv_q2_q4", "E1", 2023)]
    assert (qpv["nb_attributions"], qpv["nb_public"], qpv["nb_dalo_prioritaires"]) == (4, 3, 0)
    layer = {r["attribution_id"]: r for r in features(hand["OUTPUT_ATTRIBUTIONS"])}
    assert (layer["c21"]["en_qpv"], layer["c21"]["code_qpv"]) == (1, "QN001")
    assert (layer["b4"]["en_qpv"], layer["b4"]["code_qpv"]) == (0, None)
    run(ALG, dict(hand, YEAR=2023, QPV_SOURCE=0))
    assert by_key(hand["OUTPUT"])[("hors_qpv_q1", "E1", 2023)]["nb_dalo_prioritaires"] == 4


def test_published_threshold_table(run, hand):
    # THRESHOLDS E1:2023 = 7000: a1 (6000) and a5 (6760) are Q1, a2 a3 (7200) no longer;
    # right kind outside = a1 a5 a6 = 3 of 28; 7 needed → 4 missing. In QPV: b1 (6000) is Q1 → 3 of 4.
    run(ALG, dict(hand, YEAR=2023, THRESHOLDS="E1:2023=7000;E1:2022=9000"))
    rows = by_key(hand["OUTPUT"])
    hors = rows[("hors_qpv_q1", "E1", 2023)]
    assert (hors["nb_public"], hors["nb_q1"], hors["nb_manquantes"]) == (3, 2, 4)
    (seuil,) = features(hand["OUTPUT_THRESHOLDS"])
    # the published Q1 replaces the computed one; Q2, Q3 and the counts stay those of the demandes
    assert (seuil["source"], seuil["limite_q1"], seuil["limite_q2"], seuil["nb_demandes"]) == ("publié", 7000.0,
                                                                                              10800.0, 14)
    assert seuil["limite_q1_calculee"] == pytest.approx(7200.0)


def test_published_threshold_alone_without_demandes(run, hand):
    # Q1_THRESHOLD 8000, no demandes, no EPCI known: one group "non renseigné".
    # Q1 outside: a1 6000, a2 7200, a3 7200, a4 7800, a5 6760 → 5, + a6 relogé = 6 of 28 → 1 missing
    params = dict(hand, YEAR=2023, Q1_THRESHOLD=8000)
    del params["DEMANDES"]
    run(ALG, params)
    rows = by_key(hand["OUTPUT"])
    hors = rows[("hors_qpv_q1", "non renseigné", 2023)]
    assert (hors["nb_public"], hors["nb_manquantes"]) == (6, 1)
    (seuil,) = features(hand["OUTPUT_THRESHOLDS"])
    assert (seuil["source"], seuil["limite_q1"], seuil["limite_q2"], seuil["nb_demandes"]) == ("publié", 8000.0,
                                                                                              None, None)
    assert seuil["limite_q1_calculee"] is None
    # quartiles 2–4 are not told apart by a published Q1 alone
    layer = {r["attribution_id"]: r for r in features(hand["OUTPUT_ATTRIBUTIONS"])}
    assert (layer["b3"]["q1"], layer["b3"]["quartile"]) == (0, None)


def test_groups_by_reservataire_and_trend_over_years(run, hand):
    run(ALG, dict(hand, GROUP_BY=3))
    rows = by_key(hand["OUTPUT"])
    # 2023, réservataire 2: a1..a7, b1..b4 = 11, prioritaires a1 a2 b4 = 3 → 27.3 %; the State's
    # contingent has no 25 % target (CCH L441-1, domain.md 5.3): a share, no verdict
    etat = rows[("prioritaires_etat", "2 État prioritaires", 2023)]
    assert (etat["nb_attributions"], etat["nb_public"], etat["statut"], etat["objectif_pct"]) == (11, 3, None, None)
    assert etat["part_public"] == pytest.approx(100 * 3 / 11)
    assert ("prioritaires", "2 État prioritaires", 2023) not in rows
    # réservataire 3: c1..c21 + z1 = 22, prioritaires c1 c2 → 9.09 %; 25 % × 22 = 5.5 → 6 → 4 missing
    al = rows[("prioritaires", "3 Action Logement", 2023)]
    assert (al["nb_attributions"], al["nb_public"], al["nb_manquantes"], al["statut"]) == (22, 2, 4, "non atteint")
    # 2022: y1 alone (réservataire 2, Q1 outside QPV, not prioritaire)
    assert rows[("hors_qpv_q1", "2 État prioritaires", 2022)]["nb_public"] == 1
    assert rows[("prioritaires_etat", "2 État prioritaires", 2022)]["nb_public"] == 0


def test_groups_by_commune_and_qpv(run, hand):
    run(ALG, dict(hand, YEAR=2023, GROUP_BY=1))
    rows = by_key(hand["OUTPUT"])
    # 37901: L01..L20 → a1..a7 + c1..c13 = 20 outside, right kind 5
    assert (rows[("hors_qpv_q1", "37901", 2023)]["nb_attributions"],
            rows[("hors_qpv_q1", "37901", 2023)]["nb_public"]) == (20, 5)
    # 37902: c14..c21 outside (8, none of the right kind); b1..b4 in QPV
    assert rows[("hors_qpv_q1", "37902", 2023)]["nb_public"] == 0
    assert rows[("hors_qpv_q1", "37902", 2023)]["nb_manquantes"] == 2   # 25 % × 8 = 2
    assert rows[("prioritaires", "non renseigné", 2023)]["nb_attributions"] == 1   # z1
    run(ALG, dict(hand, YEAR=2023, GROUP_BY=4))
    rows = by_key(hand["OUTPUT"])
    assert rows[("hors_qpv_q1", "hors QPV", 2023)]["nb_attributions"] == 28
    assert rows[("qpv_q2_q4", "QN001", 2023)]["nb_attributions"] == 4
    assert ("hors_qpv_q1", "QN001", 2023) not in rows


def test_one_applications_table_per_year(run, hand, tmp_path):
    # Domain.md 5.2: the threshold of year N rests on the applicants at 31/12/N − 1; a stock
    # dated D serves the year after D.
    # Stock of 2021-12-31 (its latest date_depot) → 2022: single persons at 400, 500, 600, 700 a
    # month → 4800, 6000, 7200, 8400 per UC; Q1 = ceil(25 % × 4) = 1st = 4800. y1 (2022, 500 → 6000)
    # is then above Q1: hors QPV 2022, 0 of 1 (the one 2023 stock would have made it Q1).
    # The hand stock (date_depot in January 2023), dated 2022-12-31 by DEMANDES_DATES → 2023:
    # Q1 = 7200 as in the module docstring, the 2023 figures unchanged (5 of 28 outside QPV).
    rows = ["NUM_UNIQUE;DATE_DEPOT;NB_PERSONNES;NB_ENFANTS_MOINS_14;REVENU_MENSUEL;EPCI"]
    rows += ["P{};2021-{:02d}-15;1;0;{};E1".format(k, 3 + k, v) for k, v in enumerate((400, 500, 600, 700))]
    rows.append("P9;2021-12-31;1;0;;E1")
    (tmp_path / "demandes_2021.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    params = dict(hand, GROUP_BY=0, DEMANDES=[str(tmp_path / "demandes_2021.csv"), hand["DEMANDES"]],
                  DEMANDES_DATES=";2022-12-31")
    _, feedback = run(ALG, params)
    table = by_key(hand["OUTPUT"])
    assert (table[("hors_qpv_q1", "E1", 2022)]["nb_attributions"], table[("hors_qpv_q1", "E1", 2022)]["nb_public"]) \
        == (1, 0)
    assert table[("hors_qpv_q1", "E1", 2023)]["nb_public"] == 5
    seuils = {(r["epci"], r["annee"]): r for r in features(hand["OUTPUT_THRESHOLDS"])}
    assert (seuils[("E1", 2022)]["limite_q1"], seuils[("E1", 2022)]["annee_seuil"],
            seuils[("E1", 2022)]["date_demandes"]) == (4800.0, 2022, "2021-12-31")
    assert (seuils[("E1", 2023)]["limite_q1"], seuils[("E1", 2023)]["annee_seuil"],
            seuils[("E1", 2023)]["date_demandes"]) == (7200.0, 2023, "2022-12-31")
    assert seuils[("E1", 2022)]["nb_demandes"] == 5 and seuils[("E1", 2022)]["nb_demandes_revenu_connu"] == 4
    assert "calculé sur les demandes au 2021-12-31" in seuils[("E1", 2022)]["origine"]
    assert "classified with the threshold of" not in feedback.log
    # only the 2021 stock: 2023 has no threshold of its own → the 2022 one, with a warning
    # naming both years, in the log, the thresholds table and the report
    _, feedback = run(ALG, dict(hand, GROUP_BY=0, DEMANDES=str(tmp_path / "demandes_2021.csv")))
    assert "EPCI E1: the attributions of 2023 are classified with the threshold of 2022" in feedback.log
    seuils = {(r["epci"], r["annee"]): r for r in features(hand["OUTPUT_THRESHOLDS"])}
    assert seuils[("E1", 2023)]["annee_seuil"] == 2022 and "appliqué à 2023" in seuils[("E1", 2023)]["origine"]
    assert "les attributions de 2023 sont classées avec le seuil de 2022" in \
        open(hand["OUTPUT_REPORT"], encoding="utf-8").read()
    # a published value for the EPCI and year wins over the stock
    run(ALG, dict(hand, GROUP_BY=0, DEMANDES=str(tmp_path / "demandes_2021.csv"), THRESHOLDS="E1:2023=10000"))
    seuils = {(r["epci"], r["annee"]): r for r in features(hand["OUTPUT_THRESHOLDS"])}
    assert (seuils[("E1", 2023)]["limite_q1"], seuils[("E1", 2023)]["source"], seuils[("E1", 2023)]["origine"]) == \
        (10000.0, "publié", "publié (THRESHOLDS, EPCI et année)")
    # two tables for the same year: refused
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="plusieurs tables servent l'année 2022"):
        run(ALG, dict(hand, DEMANDES=[str(tmp_path / "demandes_2021.csv")] * 2))


def test_ile_de_france_dwellings_take_the_regional_threshold(run, hand, tmp_path):
    # The same territory moved to Seine-Saint-Denis (37901 → 93010 Bondy, 37902 → 93048
    # Montreuil): E1 is an EPCI of Île-de-France, classified with the regional threshold computed
    # over the region's applicants (here E1's own: Q1 = 7200), or with a published IDF value.
    text = open(hand["LOGEMENTS"], encoding="utf-8").read().replace(";37901;", ";93010;").replace(";37902;", ";93048;")
    (tmp_path / "rpls_idf.csv").write_text(text, encoding="utf-8")
    params = dict(hand, GROUP_BY=0, LOGEMENTS=str(tmp_path / "rpls_idf.csv"))
    _, feedback = run(ALG, params)
    seuils = {(r["epci"], r["annee"]): r for r in features(hand["OUTPUT_THRESHOLDS"])}
    assert seuils[("E1", 2023)]["perimetre"] == "région Île-de-France" and seuils[("E1", 2023)]["limite_q1"] == 7200.0
    assert "Île-de-France: one regional Q1 threshold for the EPCI E1" in feedback.log
    run(ALG, dict(params, THRESHOLDS="IDF:2023=5000"))
    seuils = {(r["epci"], r["annee"]): r for r in features(hand["OUTPUT_THRESHOLDS"])}
    assert (seuils[("E1", 2023)]["limite_q1"], seuils[("E1", 2023)]["origine"]) == \
        (5000.0, "publié (THRESHOLDS, région Île-de-France)")


def test_groups_by_financing_inside_and_outside_qpv(run, hand):
    # Domain.md 5.3: attributions and the three objectives by the financing of the attributed
    # dwelling (RPLS finan), inside / outside QPV (the QPV status by location: L28 outside, L34 in).
    run(ALG, dict(hand, YEAR=2023, GROUP_BY=5))
    rows = by_key(hand["OUTPUT"])
    # hors QPV, PLAI (L01..L10): a1..a7 + c1..c3 = 10; Q1 or relogé a1 a2 a3 a5 a6 = 5 → 50 %
    plai = rows[("hors_qpv_q1", "PLAI hors QPV", 2023)]
    assert (plai["nb_attributions"], plai["nb_public"], plai["statut"]) == (10, 5, "atteint")
    # hors QPV, PLUS (L11..L28): c4..c21 = 18, none Q1 → 0 %; 25 % × 18 = 4.5 → 5 missing
    plus = rows[("hors_qpv_q1", "PLUS hors QPV", 2023)]
    assert (plus["nb_attributions"], plus["nb_public"], plus["nb_manquantes"]) == (18, 0, 5)
    # en QPV, PLAI (L31, L32): b1 Q1, b2 Q2 → 1 / 2 = 50 %; PLS (L33, L34): b3 Q3, b4 Q4 → 2 / 2
    assert (rows[("qpv_q2_q4", "PLAI en QPV", 2023)]["nb_attributions"],
            rows[("qpv_q2_q4", "PLAI en QPV", 2023)]["nb_public"]) == (2, 1)
    assert (rows[("qpv_q2_q4", "PLS en QPV", 2023)]["nb_attributions"],
            rows[("qpv_q2_q4", "PLS en QPV", 2023)]["nb_public"]) == (2, 2)
    # prioritaires, obligated réservataire 3 only: c1..c3 (PLAI hors QPV), c1 c2 priority → 2 / 3;
    # c4..c21 (PLUS hors QPV) → 0 / 18; the State's a1..a7 in PLAI hors QPV: a1 a2 → 2 / 7
    assert (rows[("prioritaires", "PLAI hors QPV", 2023)]["nb_attributions"],
            rows[("prioritaires", "PLAI hors QPV", 2023)]["nb_public"]) == (3, 2)
    assert rows[("prioritaires", "PLUS hors QPV", 2023)]["nb_attributions"] == 18
    assert (rows[("prioritaires_etat", "PLAI hors QPV", 2023)]["nb_attributions"],
            rows[("prioritaires_etat", "PLAI hors QPV", 2023)]["nb_public"]) == (7, 2)
    # no "hors QPV" group in the QPV objective, nor the reverse
    assert not any(k[0] == "qpv_q2_q4" and "hors QPV" in k[1] for k in rows)
    assert not any(k[0] == "hors_qpv_q1" and k[1].endswith(" en QPV") for k in rows)


def test_secret_statistique_by_default(run, hand):
    # threshold 11, by réservataire in 2023:
    # hors QPV: réservataire 2 has a1..a7 = 7 (< 11, masked), réservataire 3 c1..c21 = 21, masked too
    #   (else 7 = total − 21); in QPV: réservataire 2 alone (b1..b4 = 4): masked, and the territory's
    #   own figure must not be published; prioritaires: 11 and 22, both published.
    params = dict(hand, YEAR=2023, GROUP_BY=3, SECRET_THRESHOLD=11, USAGE_INTERNE=False)
    _, feedback = run(ALG, params)
    rows = by_key(hand["OUTPUT"])
    for groupe in ("2 État prioritaires", "3 Action Logement"):
        row = rows[("hors_qpv_q1", groupe, 2023)]
        assert row["secret"] == 1 and row["nb_attributions"] is None and row["part_public"] is None
        assert row["statut"] is None and row["objectif_pct"] == 25.0
    assert rows[("qpv_q2_q4", "2 État prioritaires", 2023)]["secret"] == 1
    assert "qpv_q2_q4 2023: a single group" in feedback.log
    published = rows[("prioritaires_etat", "2 État prioritaires", 2023)]
    assert (published["secret"], published["nb_attributions"], published["nb_public"]) == (0, 11, 3)
    parser, _ = check_report_against_table(hand["OUTPUT_REPORT"], hand["OUTPUT"], hand["OUTPUT_THRESHOLDS"],
                                           hand["OUTPUT_ATTRIBUTIONS"])
    shown = [t for c, r, t in parser.cells if c == "nb_attributions" and r.get("objectif") == "hors_qpv_q1"]
    assert shown == ["secret", "secret"]
    with pytest.raises(Exception, match="usage interne"):
        run(ALG, dict(hand, SECRET_THRESHOLD=3, USAGE_INTERNE=False))


def test_targets_parameter(run, hand):
    # hors QPV target 15 %: 5/28 = 17.9 % reaches it
    run(ALG, dict(hand, YEAR=2023, TARGETS="hors_qpv_q1=15"))
    hors = by_key(hand["OUTPUT"])[("hors_qpv_q1", "E1", 2023)]
    assert (hors["objectif_pct"], hors["nb_manquantes"], hors["statut"]) == (15.0, 0, "atteint")


def test_clean_errors(run, hand):
    from qgis.core import QgsProcessingException
    params = dict(hand)
    del params["DEMANDES"]
    with pytest.raises(QgsProcessingException, match="Q1_THRESHOLD"):
        run(ALG, params)
    with pytest.raises(QgsProcessingException, match="YEAR 2019"):
        run(ALG, dict(hand, YEAR=2019))
    with pytest.raises(QgsProcessingException, match="TARGETS"):
        run(ALG, dict(hand, TARGETS="quota=3"))


# --------------------------------------------------------------------------- the report

class ReportCells(html.parser.HTMLParser):
    """Collects the text of every element carrying ``data-champ``, with the data-* of its
    row (objectif, groupe, annee, epci)."""

    def __init__(self):
        super().__init__()
        self.row = {}
        self.stack = []
        self.cells = []
        self.tables = 0
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr":
            self.row = {k[5:]: v for k, v in attrs.items() if k.startswith("data-")}
        if tag == "table":
            self.tables += 1
        if tag == "svg":
            self.svgs += 1
        if self.stack and self.stack[-1][3] == tag:
            self.stack[-1][4] += 1          # the same tag nested inside a figure's element
        if "data-champ" in attrs:
            self.stack.append([attrs["data-champ"], dict(self.row, **{k[5:]: v for k, v in attrs.items()
                                                                     if k.startswith("data-")}), "", tag, 0])

    def handle_data(self, data):
        for entry in self.stack:
            entry[2] += data

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][3] != tag:
            return
        if self.stack[-1][4]:
            self.stack[-1][4] -= 1
        else:
            self.cells.append(tuple(self.stack.pop()[:3]))


def number(text):
    """A French figure of the report back to a float: "−7,1", "1 234", "17,9 %"."""
    cleaned = re.sub(r"[\s\u202f\u00a0%+]", "", text).replace("−", "-").replace(",", ".")
    return float(cleaned)


def parse_report(path):
    parser = ReportCells()
    parser.feed(open(path, encoding="utf-8").read())
    return parser


def check_report_against_table(report_path, table_path, thresholds_path, attributions_path):
    """Every figure of the report equals the output table's, rounded as shown. Returns
    the number of figures checked."""
    parser = parse_report(report_path)
    table = by_key(table_path)
    checked = 0
    decimals = {"part_public": 1, "objectif_pct": 1, "ecart_points": 1}
    for champ, row, text in parser.cells:
        if "objectif" in row and champ in ("nb_attributions", "nb_public", "part_public", "objectif_pct",
                                           "ecart_points", "nb_manquantes", "statut", "nb_revenu_inconnu"):
            year = int(row.get("annee"))
            expected = table[(row["objectif"], row["groupe"], year)][champ]
            if row["objectif"] == "prioritaires_etat" and champ in ("objectif_pct", "ecart_points", "nb_manquantes"):
                assert text.strip() in ("–", "secret") and expected is None, (champ, row, text)   # no target
            elif table[(row["objectif"], row["groupe"], year)]["secret"] and expected is None:
                assert text.strip() == "secret", (champ, row, text)
            elif champ == "statut":
                # the State's contingent: no verdict (domain.md 5.3)
                assert text.strip() == (expected if row["objectif"] != "prioritaires_etat" else "sans objectif")
            elif expected is None:
                assert text.strip() == "–", (champ, row, text)
            elif champ in decimals:
                assert number(text) == pytest.approx(round(expected, 1), abs=1e-9), (champ, row, text)
            else:
                assert number(text) == expected, (champ, row, text)
            checked += 1
    seuils = {(r["epci"], r["annee"]): r for r in features(thresholds_path)}
    for champ, row, text in parser.cells:
        if "epci" in row and champ.startswith(("limite_", "nb_demandes")):
            expected = seuils[(row["epci"], int(row["annee"]))][champ]
            if expected is None:
                assert text.strip() == "–"
            else:
                assert number(text) == pytest.approx(round(expected, 0) if champ.startswith("limite") else expected)
            checked += 1
    points = features(attributions_path)
    counts = {"carte_en_qpv": sum(1 for p in points if p["en_qpv"] == 1),
              "carte_hors_qpv": sum(1 for p in points if p["en_qpv"] == 0),
              "carte_inconnu": sum(1 for p in points if p["en_qpv"] is None),
              "nb_revenu_inconnu_total": sum(1 for p in points if p["q1"] is None),
              "nb_uc_approchees_total": sum(1 for p in points if p["uc_approchee"] == 1),
              "nb_attributions_lues": len(points)}
    for champ, row, text in parser.cells:
        if champ in counts:
            assert number(text) == counts[champ], champ
            checked += 1
    return parser, checked


def test_report_figures_match_the_hand_table(run, hand):
    run(ALG, dict(hand, GROUP_BY=3))
    parser, checked = check_report_against_table(hand["OUTPUT_REPORT"], hand["OUTPUT"], hand["OUTPUT_THRESHOLDS"],
                                                 hand["OUTPUT_ATTRIBUTIONS"])
    rows = by_key(hand["OUTPUT"])
    # every row of the table is in the report (last year in the main tables, earlier ones in the details)
    shown = {(r["objectif"], r["groupe"], int(r["annee"])) for c, r, _ in parser.cells
             if c == "nb_attributions" and "objectif" in r}
    assert shown == set(rows)
    assert checked >= 8 * len(rows)
    text = open(hand["OUTPUT_REPORT"], encoding="utf-8").read()
    assert "Évolution annuelle" in text           # 2022 and 2023
    assert "L28" in text and "L34" in text        # the QPV disagreements
    cells = {c: t for c, r, t in parser.cells if c in ("nb_desaccords_qpv", "nb_sans_logement")}
    assert number(cells["nb_desaccords_qpv"]) == 2 and number(cells["nb_sans_logement"]) == 1
    # self-contained: no external resource
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text)


def test_report_on_the_sample_territory(run, territoire, tmp_path):
    params = {"ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
              "LOGEMENTS": territoire.path("rpls_2024.csv"), "QPV": territoire.layer("qpv"),
              "DEMANDES": territoire.path("demandes_2024.csv"), "GROUP_BY": 1,
              "OUTPUT": str(tmp_path / "o.gpkg"), "OUTPUT_THRESHOLDS": str(tmp_path / "s.gpkg"),
              "OUTPUT_ATTRIBUTIONS": str(tmp_path / "a.gpkg"), "OUTPUT_REPORT": str(tmp_path / "rapport.html")}
    _, feedback = run(ALG, params)
    table = by_key(params["OUTPUT"])
    assert {k[2] for k in table} == {2021, 2022, 2023, 2024}
    assert {k[1] for k in table} == {c["depcom"] for c in territoire.meta["communes"]}
    # every attribution of the sample is in one prioritaires objective of its year, once: the
    # obligated réservataires' (all but the State's contingents 1, 2, 5, domain.md 5.3) or the
    # State's; counted here from the raw files, per commune of the dwelling and year
    import pandas as pd
    raw = pd.read_csv(territoire.path("attributions_2021_2024.csv"), sep=";", encoding="cp1252", dtype=str)
    rpls = pd.read_csv(territoire.path("rpls_2024.csv"), sep=";", dtype=str, encoding="utf-8")
    raw["depcom"] = raw["Identifiant logement"].map(dict(zip(rpls["IDENT_REP"], rpls["DEPCOM"])))
    raw["annee"] = raw["Date de signature du bail"].str[-4:].astype(int)
    raw["etat"] = raw["Réservataire"].astype(int).isin([1, 2, 5])
    assert len(raw) == territoire.meta["effectifs"]["attributions_2021_2024"] and raw["etat"].any()
    expected = raw.groupby(["etat", "annee", "depcom"]).size()
    for (objectif, groupe, annee), row in table.items():
        if objectif in ("prioritaires", "prioritaires_etat") and not row["secret"]:
            assert row["nb_attributions"] == expected[(objectif == "prioritaires_etat", annee, groupe)]
    published = {(k[0] == "prioritaires_etat", k[2], k[1]) for k in table
                 if k[0] in ("prioritaires", "prioritaires_etat")}
    assert published == set(expected.index)
    # QPV objective only in the communes holding a QPV
    assert {k[1] for k in table if k[0] == "qpv_q2_q4"} == {q["depcom"] for q in territoire.meta["qpv"]}
    parser, checked = check_report_against_table(params["OUTPUT_REPORT"], params["OUTPUT"],
                                                 params["OUTPUT_THRESHOLDS"], params["OUTPUT_ATTRIBUTIONS"])
    assert checked > len(table) * 8
    assert parser.svgs >= 1 + 2 * 3      # the map, bars and trend per objective
    assert "agree" in feedback.log       # the generator's PLG_QP24 matches the QPV polygons


def test_attributions_layer_is_styled_and_says_internal_use(provider, hand):
    """Loaded in QGIS, the points get their style and metadata saying they are household-level."""
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject,
                           QgsVectorLayer)

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = dict(hand, YEAR=2023)
    feedback = QgsProcessingFeedback()
    algorithm.prepare(parameters, context, feedback)
    for name in ("OUTPUT", "OUTPUT_ATTRIBUTIONS"):
        context.addLayerToLoadOnCompletion(parameters[name], QgsProcessingContext.LayerDetails(
            name, QgsProject.instance(), name))
    results = algorithm.processAlgorithm(parameters, context, feedback)
    points = QgsVectorLayer(results["OUTPUT_ATTRIBUTIONS"], "points", "ogr")
    context.layerToLoadOnCompletionDetails(results["OUTPUT_ATTRIBUTIONS"]).postProcessor().postProcessLayer(
        points, context, feedback)
    assert "USAGE INTERNE" in points.metadata().abstract() and "ménage" in points.metadata().abstract()
    assert "USAGE INTERNE" in points.metadata().keywords()["peuplement"]
    assert points.renderer().type() == "RuleRenderer"
    assert points.attributeAlias(points.fields().indexOf("q1")) == "1er quartile"
    table = QgsVectorLayer(results["OUTPUT"], "table", "ogr")
    context.layerToLoadOnCompletionDetails(results["OUTPUT"]).postProcessor().postProcessLayer(
        table, context, feedback)
    assert table.attributeAlias(table.fields().indexOf("nb_manquantes")) == "Attributions manquantes"
    assert len(table.conditionalStyles().rowStyles()) == 3
    # the secret applied (threshold 1, internal use in the hand fixture) travels with the table
    assert "1 ménage" in table.metadata().abstract() and "USAGE INTERNE" in table.metadata().abstract()


def test_epci_from_the_communes_table_and_an_epci_without_threshold(run, hand, tmp_path):
    # COMMUNES: 37901 → E1, 37902 → E2; the demandes give limits for E1 only.
    # E1 outside QPV: L01..L20 → a1..a7, c1..c13 = 20, right kind a1 a2 a3 a5 a6 = 5 → 0 missing (25 % × 20 = 5)
    # E2 outside QPV (by location): L21..L28 → c14..c21 = 8; no threshold for E2 → income class unknown
    #   for all 8, right kind 0; 25 % × 8 = 2 missing. E2 in QPV: b1..b4, unknown class → 0 of 4.
    # z1 (dwelling unknown) has no commune → "non renseigné".
    communes = tmp_path / "communes.csv"
    communes.write_text("depcom;code_epci\n37901;E1\n37902;E2\n", encoding="utf-8")
    _, feedback = run(ALG, dict(hand, YEAR=2023, COMMUNES=str(communes)))
    rows = by_key(hand["OUTPUT"])
    e1 = rows[("hors_qpv_q1", "E1", 2023)]
    assert (e1["nb_attributions"], e1["nb_public"], e1["nb_manquantes"], e1["statut"]) == (20, 5, 0, "atteint")
    e2 = rows[("hors_qpv_q1", "E2", 2023)]
    assert (e2["nb_attributions"], e2["nb_public"], e2["nb_revenu_inconnu"], e2["nb_manquantes"]) == (8, 0, 8, 2)
    e2_qpv = rows[("qpv_q2_q4", "E2", 2023)]
    assert (e2_qpv["nb_public"], e2_qpv["nb_revenu_inconnu"]) == (0, 4)
    assert rows[("prioritaires", "non renseigné", 2023)]["nb_attributions"] == 1
    assert "No Q1 threshold for EPCI E2 in 2023" in feedback.log
    seuils = {r["epci"]: r for r in features(hand["OUTPUT_THRESHOLDS"])}
    assert seuils["E1"]["source"] == "calculé" and seuils["E2"]["source"] is None
    assert "Sans seuil pour certaines années" in open(hand["OUTPUT_REPORT"], encoding="utf-8").read()


def test_without_priority_columns_the_objective_is_left_out(run, hand, tmp_path):
    rows = [line.split(";") for line in _attributions()]
    keep = [i for i, name in enumerate(rows[0]) if name not in ("Ménage DALO", "Public prioritaire")]
    path = tmp_path / "sans_prioritaires.csv"
    path.write_text("\n".join(";".join(r[i] for i in keep) for r in rows) + "\n", encoding="cp1252")
    _, feedback = run(ALG, dict(hand, ATTRIBUTIONS=str(path), YEAR=2023))
    table = by_key(hand["OUTPUT"])
    assert {k[0] for k in table} == {"hors_qpv_q1", "qpv_q2_q4"}
    assert table[("hors_qpv_q1", "E1", 2023)]["nb_public"] == 5     # as with the columns
    assert "no DALO nor priority column" in feedback.log


def test_without_income_nor_quartile_a_clean_error(run, hand, tmp_path):
    from qgis.core import QgsProcessingException

    rows = [line.split(";") for line in _attributions()]
    keep = [i for i, name in enumerate(rows[0]) if name != "Revenu mensuel"]
    path = tmp_path / "sans_revenu.csv"
    path.write_text("\n".join(";".join(r[i] for i in keep) for r in rows) + "\n", encoding="cp1252")
    with pytest.raises(QgsProcessingException, match="ni revenu mensuel"):
        run(ALG, dict(hand, ATTRIBUTIONS=str(path)))
