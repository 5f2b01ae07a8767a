"""Objectives arithmetic (domain.md 5.2, 5.3), every figure worked out by hand."""

import math

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import objectifs
from peuplement_plugin.core.errors import PeuplementError


def test_targets_defaults_and_overrides():
    assert objectifs.parse_targets("") == {"hors_qpv_q1": 25.0, "qpv_q2_q4": 50.0, "prioritaires": 25.0}
    assert objectifs.parse_targets("hors_qpv_q1=30; prioritaires=27,5%") == {
        "hors_qpv_q1": 30.0, "qpv_q2_q4": 50.0, "prioritaires": 27.5}
    for bad in ("hors_qpv_q1", "quota=3", "qpv_q2_q4=120", "prioritaires=abc"):
        with pytest.raises(PeuplementError):
            objectifs.parse_targets(bad)


def test_thresholds_table():
    got = objectifs.parse_thresholds("200099999:2024=10834.5; 200099999:2023=10200;243700754=9876,5")
    assert got == {("200099999", 2024): 10834.5, ("200099999", 2023): 10200.0, ("243700754", None): 9876.5}
    for bad in ("200099999:2024", ":2024=5", "200099999:20x4=5", "200099999=-3"):
        with pytest.raises(PeuplementError):
            objectifs.parse_thresholds(bad)


def test_nb_manquantes_by_hand():
    # 40 attributions, 7 of the right kind, target 25 %: 25 % × 40 = 10 → 3 missing (10/40 = 25 %)
    assert objectifs.nb_manquantes(7, 40, 25) == 3
    # 41 attributions: 25 % × 41 = 10.25 → 11 needed, 4 missing (10/41 = 24.39 % < 25 %)
    assert objectifs.nb_manquantes(7, 41, 25) == 4
    # target reached or exceeded: nothing missing
    assert objectifs.nb_manquantes(10, 40, 25) == 0 and objectifs.nb_manquantes(30, 40, 25) == 0
    # 3 attributions in QPV, none Q2-Q4, 50 %: 1.5 → 2
    assert objectifs.nb_manquantes(0, 3, 50) == 2
    # 27.5 % of 200 = 55 exactly (no float rounding up to 56)
    assert objectifs.nb_manquantes(50, 200, 27.5) == 5
    # 10 % of 30 = 3 exactly, whereas 0.1 × 30 = 3.0000000000000004 in floats
    assert objectifs.nb_manquantes(0, 30, 10) == 3
    assert objectifs.nb_manquantes(0, 0, 25) == 0


def test_statut_traffic_light():
    assert objectifs.statut(25.0, 25) == "atteint"
    assert objectifs.statut(20.01, 25) == "proche"      # missed by 4.99 points
    assert objectifs.statut(20.0, 25) == "non atteint"  # missed by 5 points
    assert objectifs.statut(float("nan"), 25) is None


def _attributions(rows):
    return pd.DataFrame(rows, columns=["annee", "groupe", "en_qpv", "q1", "relogement_renouvellement", "dalo",
                                       "prioritaire", "uc_approchee"])


def test_year_missing_the_hors_qpv_target_by_a_known_number():
    # 20 attributions outside QPV in 2023: 2 Q1, 1 relogé (not Q1), 1 Q1 and relogé (counted once),
    # 2 with unknown income, 14 above Q1. Right kind = 2 + 1 + 1 = 4 → 20 %; target 25 % of 20 = 5 →
    # 1 missing; gap −5 points → "non atteint" (missed by 5 points, not less).
    rows = ([(2023, "A", 0.0, 1.0, False, False, False, False)] * 2
            + [(2023, "A", 0.0, 0.0, True, False, False, False)]
            + [(2023, "A", 0.0, 1.0, True, False, False, False)]
            + [(2023, "A", 0.0, np.nan, False, False, False, True)] * 2
            + [(2023, "A", 0.0, 0.0, False, False, False, False)] * 14)
    # 4 attributions in QPV: 1 Q1, 2 Q2-Q4 (one DALO), 1 unknown → 2/4 = 50 %: reached.
    rows += [(2023, "A", 1.0, 1.0, False, False, True, False), (2023, "A", 1.0, 0.0, False, True, False, False),
             (2023, "A", 1.0, 0.0, False, False, False, False), (2023, "A", 1.0, np.nan, False, False, False, False)]
    # QPV status unknown: only in the prioritaires objective.
    rows += [(2023, "A", np.nan, 1.0, False, True, True, False)]
    table = objectifs.tableau(_attributions(rows), niveau="epci").set_index("objectif")
    hors = table.loc["hors_qpv_q1"]
    assert (hors["nb_attributions"], hors["nb_public"], hors["nb_manquantes"]) == (20, 4, 1)
    assert hors["part_public"] == pytest.approx(20.0) and hors["ecart_points"] == pytest.approx(-5.0)
    assert hors["statut"] == "non atteint" and hors["objectif_pct"] == 25.0
    assert (hors["nb_q1"], hors["nb_relogements"], hors["nb_revenu_inconnu"], hors["nb_uc_approchees"]) == (3, 2, 2, 2)
    qpv = table.loc["qpv_q2_q4"]
    assert (qpv["nb_attributions"], qpv["nb_public"], qpv["nb_manquantes"], qpv["statut"]) == (4, 2, 0, "atteint")
    prio = table.loc["prioritaires"]
    # 20 + 4 + 1 = 25 attributions; DALO or prioritaire: 1 + 1 + 1 = 3 → 12 %; 25 % of 25 = 6.25 → 7 → 4 missing
    assert (prio["nb_attributions"], prio["nb_public"], prio["nb_manquantes"]) == (25, 3, 4)
    assert prio["part_public"] == pytest.approx(12.0)


def test_groups_and_years_are_separate_rows_and_empty_denominators_left_out():
    rows = [(2022, "A", 0.0, 1.0, False, False, False, False), (2023, "A", 0.0, 0.0, False, False, False, False),
            (2023, "B", 1.0, 0.0, False, False, False, False), (2023, None, 0.0, 1.0, False, False, False, False)]
    table = objectifs.tableau(_attributions(rows), objectifs.parse_targets("hors_qpv_q1=40"), niveau="commune")
    got = {(r.objectif, r.groupe, r.annee): (r.nb_attributions, r.nb_public) for r in table.itertuples()}
    assert got == {("hors_qpv_q1", "A", 2022): (1, 1), ("hors_qpv_q1", "A", 2023): (1, 0),
                   ("qpv_q2_q4", "B", 2023): (1, 1), ("prioritaires", "A", 2022): (1, 0),
                   ("prioritaires", "A", 2023): (1, 0), ("prioritaires", "B", 2023): (1, 0)}
    assert set(table["niveau"]) == {"commune"}
    assert set(table.loc[table["objectif"] == "hors_qpv_q1", "objectif_pct"]) == {40.0}


def _limits(epci="E", q1=9000.0, q2=14000.0, q3=20000.0):
    return pd.DataFrame([{"epci": epci, "limite_q1": q1, "limite_q2": q2, "limite_q3": q3, "nb_demandes": 12,
                          "nb_demandes_revenu_connu": 10, "nb_uc_approchees": 1}])


def test_thresholds_used_precedence():
    published = {("E", 2024): 10000.0, ("F", None): 8000.0}
    got = objectifs.seuils_utilises([("E", 2023), ("E", 2024), ("F", 2023), ("G", 2023)], _limits(),
                                    publie=None, publies=published)
    assert list(got["limite_q1"][:3]) == [9000.0, 10000.0, 8000.0] and math.isnan(got["limite_q1"][3])
    assert list(got["source"]) == ["calculé", "publié", "publié", None]
    # the published Q1 replaces the computed Q1 only: Q2, Q3 and the demand counts stay
    assert got.loc[1, "limite_q2"] == 14000.0 and got.loc[1, "nb_demandes"] == 12
    # Q1_THRESHOLD for every EPCI and year, under THRESHOLDS
    got = objectifs.seuils_utilises([("E", 2023), ("E", 2024)], _limits(), publie=9500.0, publies=published)
    assert list(got["limite_q1"]) == [9500.0, 10000.0]


def test_classification_computed_published_and_source_quartile():
    # single person: UC 1; income per UC = monthly × 12
    frame = pd.DataFrame({
        "epci": ["E"] * 6, "annee": [2023, 2023, 2023, 2024, 2024, 2023],
        "nb_personnes": [1, 1, 1, 1, 1, 1], "nb_enfants_moins_14": [0, 0, 0, 0, 0, 0],
        "revenu_mensuel": [750.0, 800.0, 2000.0, 800.0, np.nan, np.nan],
        "quartile": [4, np.nan, np.nan, np.nan, 1, np.nan],
    })
    seuils = objectifs.seuils_utilises([("E", 2023), ("E", 2024)], _limits(), publies={("E", 2024): 9700.0})
    got = objectifs.classer(frame, seuils)
    # 2023 (computed 9000 / 14000 / 20000): 9000 → Q1 (≤, tie), 9600 → Q2, 24000 → Q4
    # 2024 (published 9700): 9600 → Q1; row 5 unknown income, source says Q1; row 6 unknown
    assert list(got["revenu_uc"][:4]) == [9000.0, 9600.0, 24000.0, 9600.0]
    assert list(got["quartile"][:5]) == [1, 2, 4, 1, 1] and math.isnan(got["quartile"][5])
    assert list(got["q1"][:5]) == [1.0, 0.0, 0.0, 1.0, 1.0] and math.isnan(got["q1"][5])


def test_uc_with_and_without_children_under_14():
    # 2 adults + 2 children under 14, 2100 €/month: UC = 1 + 0.5 + 0.6 = 2.1 → 25200 / 2.1 = 12000 → Q2
    # same household with children unknown: UC = 1 + 3 × 0.5 = 2.5 (approximated) → 10080 → Q2
    # 1 adult + 1 child under 14, 1040 €/month: UC = 1.3 → 12480 / 1.3 = 9600 → Q2 (> 9000);
    #   counted as 14+: UC = 1.5 → 8320 → Q1
    frame = pd.DataFrame({"epci": ["E"] * 4, "annee": [2023] * 4, "nb_personnes": [4, 4, 2, 2],
                          "nb_enfants_moins_14": [2, np.nan, 1, np.nan],
                          "revenu_mensuel": [2100.0, 2100.0, 1040.0, 1040.0]})
    got = objectifs.classer(frame, objectifs.seuils_utilises([("E", 2023)], _limits()))
    assert list(got["uc"]) == pytest.approx([2.1, 2.5, 1.3, 1.5])
    assert list(got["revenu_uc"]) == pytest.approx([12000.0, 10080.0, 9600.0, 8320.0])
    assert list(got["uc_approchee"]) == [False, True, False, True]
    assert list(got["q1"]) == [0.0, 0.0, 0.0, 1.0]


def test_qpv_disagreements():
    count, ids = objectifs.desaccords_qpv(["a", "b", "c", "d"], [1.0, 0.0, np.nan, 1.0], [1.0, 1.0, 0.0, 0.0])
    assert count == 2 and ids == ["b", "d"]


def test_secret_masks_small_groups_and_the_next_smallest_sibling():
    # 2023, hors QPV: A 20 attributions, B 15, C 4 → C primary (4 < 11); B is the smallest published
    # sibling → masked too (else C = total − A − B). 2023 prioritaires: A 20, B 15, C 4 and D 30 the same way.
    # 2024: only E, 12 attributions → published.
    rows = ([(2023, "A", 0.0, 1.0, False, False, False, False)] * 20
            + [(2023, "B", 0.0, 0.0, False, False, False, False)] * 15
            + [(2023, "C", 0.0, 1.0, False, False, False, False)] * 4
            + [(2023, "D", np.nan, 1.0, False, False, True, False)] * 30
            + [(2024, "E", 0.0, 1.0, False, False, False, False)] * 12)
    table = objectifs.tableau(_attributions(rows))
    masked, to_mask = objectifs.appliquer_secret(table, 11)
    got = masked.set_index(["annee", "objectif", "groupe"]).sort_index()
    assert list(got.loc[(2023, "hors_qpv_q1"), "secret"]) == [False, True, True]     # A, B, C
    c = got.loc[(2023, "hors_qpv_q1", "C")]
    assert pd.isna(c["nb_attributions"]) and pd.isna(c["part_public"]) and c["statut"] is None
    assert c["objectif_pct"] == 25.0
    a = got.loc[(2023, "hors_qpv_q1", "A")]
    assert (a["nb_attributions"], a["nb_public"], a["statut"]) == (20, 20, "atteint")
    assert list(got.loc[(2023, "prioritaires"), "secret"]) == [False, True, True, False]   # A B C D
    assert got.loc[(2024, "hors_qpv_q1", "E"), "nb_attributions"] == 12
    assert to_mask == []
    # a year with one group, masked: the territory's own figure must not be published either
    _, to_mask = objectifs.appliquer_secret(objectifs.tableau(_attributions(rows[-12:][:5])), 11)
    assert to_mask == [(2024, "hors_qpv_q1"), (2024, "prioritaires")]


def test_no_priority_column_no_priority_objective():
    frame = _attributions([(2023, "A", 0.0, 1.0, False, False, False, False)]).drop(columns=["dalo", "prioritaire"])
    assert set(objectifs.tableau(frame)["objectif"]) == {"hors_qpv_q1"}
    # one of the two is enough: DALO only
    frame = _attributions([(2023, "A", 0.0, 1.0, False, True, False, False)]).drop(columns=["prioritaire"])
    row = objectifs.tableau(frame).set_index("objectif").loc["prioritaires"]
    assert (row["nb_attributions"], row["nb_public"]) == (1, 1)


def _with_reservataires(rows, reservataires):
    frame = _attributions(rows)
    frame["reservataire"] = pd.array(reservataires, dtype="Int64")
    return frame


def test_state_contingent_has_its_share_and_no_verdict():
    # Issue 16, item 3: "État prioritaires" (contingent 2), 6 priority households of 20. CCH
    # L441-1 (domain.md 5.3) sets 25 % for the réservataires other than the State: its share,
    # 6 / 20 = 30 %, is reported with no target, no gap, no status, no missing count.
    rows = ([(2024, "2 État prioritaires", 0.0, 0.0, False, False, True, False)] * 6
            + [(2024, "2 État prioritaires", 0.0, 0.0, False, False, False, False)] * 14)
    table = objectifs.tableau(_with_reservataires(rows, [2] * 20), niveau="reservataire")
    assert set(table["objectif"]) == {"hors_qpv_q1", "prioritaires_etat"}   # no "prioritaires" row
    etat = table.set_index("objectif").loc["prioritaires_etat"]
    assert (etat["nb_attributions"], etat["nb_public"]) == (20, 6) and etat["part_public"] == pytest.approx(30.0)
    assert pd.isna(etat["objectif_pct"]) and pd.isna(etat["ecart_points"]) and pd.isna(etat["nb_manquantes"])
    assert etat["statut"] is None and "sans objectif" in etat["perimetre"]


def test_rate_over_several_reservataires_counts_the_obligated_ones():
    # Commune A, 2024: 10 attributions of the State (contingents 1, 2, 5: 3 + 5 + 2), 8 of them
    # priority; 12 of Action Logement (3) and collectivités (4), 2 priority, 1 of them DALO; 4 with
    # the réservataire unknown (counted as obligated), 1 priority.
    # prioritaires (obligated only, domain.md 5.3): 12 + 4 = 16 attributions, 2 + 1 = 3 → 18.75 %;
    # 25 % of 16 = 4 → 1 missing; 10 State attributions set aside. All 26 together would give
    # 11 / 26 = 42.3 %, "atteint": the State's priority households would hide the gap.
    # prioritaires_etat: 8 / 10 = 80 %, no verdict.
    rows = ([(2024, "A", 0.0, 0.0, False, False, True, False)] * 8
            + [(2024, "A", 0.0, 0.0, False, False, False, False)] * 2
            + [(2024, "A", 0.0, 0.0, False, True, True, False)]
            + [(2024, "A", 0.0, 0.0, False, False, True, False)]
            + [(2024, "A", 0.0, 0.0, False, False, False, False)] * 10
            + [(2024, "A", 0.0, 0.0, False, False, True, False)]
            + [(2024, "A", 0.0, 0.0, False, False, False, False)] * 3)
    reservataires = [1, 1, 1, 2, 2, 2, 2, 2, 5, 5] + [3] * 6 + [4] * 6 + [None] * 4
    table = objectifs.tableau(_with_reservataires(rows, reservataires), niveau="commune").set_index("objectif")
    prio = table.loc["prioritaires"]
    assert (prio["nb_attributions"], prio["nb_public"], prio["nb_manquantes"]) == (16, 3, 1)
    assert prio["part_public"] == pytest.approx(18.75) and prio["statut"] == "non atteint"
    assert prio["nb_etat_exclues"] == 10 and "sauf le contingent de l'État" in prio["perimetre"]
    etat = table.loc["prioritaires_etat"]
    assert (etat["nb_attributions"], etat["nb_public"]) == (10, 8) and etat["statut"] is None
    # without a réservataire column nothing can be set aside, and the row says so
    frame = _attributions(rows)
    prio = objectifs.tableau(frame).set_index("objectif").loc["prioritaires"]
    assert prio["nb_attributions"] == 26 and "non renseigné" in prio["perimetre"]


def test_dalo_share_beside_dalo_and_priority():
    # Domain.md 5.3: DALO reported on its own as well. 2023, group A, 20 attributions: 3 DALO (2 of
    # them also prioritaire), 4 priority only → DALO 3 / 20 = 15 %; DALO + priority 7 / 20 = 35 %.
    # 2024, group A: 12 attributions, 0 DALO, 3 priority → 0 % and 25 %.
    rows = ([(2023, "A", 0.0, 0.0, False, True, True, False)] * 2
            + [(2023, "A", 0.0, 0.0, False, True, False, False)]
            + [(2023, "A", 0.0, 0.0, False, False, True, False)] * 4
            + [(2023, "A", 0.0, 0.0, False, False, False, False)] * 13
            + [(2024, "A", 0.0, 0.0, False, False, True, False)] * 3
            + [(2024, "A", 0.0, 0.0, False, False, False, False)] * 9)
    table = objectifs.tableau(_attributions(rows))
    prio = table[table["objectif"] == "prioritaires"].set_index("annee")
    assert (prio.loc[2023, "nb_dalo"], prio.loc[2023, "nb_dalo_prioritaires"]) == (3, 7)
    assert prio.loc[2023, "part_dalo"] == pytest.approx(15.0) and prio.loc[2023, "part_public"] == pytest.approx(35.0)
    assert prio.loc[2024, "nb_dalo"] == 0 and prio.loc[2024, "part_dalo"] == 0.0
    assert prio.loc[2024, "part_public"] == pytest.approx(25.0)
    # the income objectives carry no DALO share
    assert table.loc[table["objectif"] == "hors_qpv_q1", "part_dalo"].isna().all()


def test_state_row_and_obligated_row_are_masked_together():
    # Domain.md 6 (no masked cell recoverable by subtraction). Group A 2024: 15 obligated
    # attributions and 4 of the State, all outside QPV: hors_qpv_q1 publishes 19. The State's row
    # (4 < 11) is masked; the prioritaires row (15) would give it back (19 − 15), and so would its
    # nb_etat_exclues: it is masked too. Group B 2024: 30 obligated and 12 of the State, both
    # published.
    rows = [(2024, "A", 0.0, 0.0, False, False, False, False)] * 19 + \
        [(2024, "B", 0.0, 0.0, False, False, False, False)] * 42
    table = objectifs.tableau(_with_reservataires(rows, [3] * 15 + [2] * 4 + [3] * 30 + [1] * 12))
    masked, _ = objectifs.appliquer_secret(table, 11)
    got = masked.set_index(["objectif", "groupe"])
    assert got.loc[("hors_qpv_q1", "A"), "nb_attributions"] == 19
    assert got.loc[("prioritaires_etat", "A"), "secret"] and got.loc[("prioritaires", "A"), "secret"]
    assert pd.isna(got.loc[("prioritaires", "A"), "nb_attributions"])
    assert pd.isna(got.loc[("prioritaires", "A"), "nb_etat_exclues"])
    # B's prioritaires row is now the only published sibling of A's masked one in 2024: the
    # secondary secret among the groups masks it too (else A = territory − B)
    assert got.loc[("prioritaires", "B"), "secret"] and got.loc[("prioritaires_etat", "B"), "secret"]


def _stock(epci_limits, year, date):
    limits = pd.DataFrame([{"epci": e, "limite_q1": q1, "limite_q2": q1 * 2, "limite_q3": q1 * 3, "nb_demandes": 40,
                            "nb_demandes_revenu_connu": 40, "nb_uc_approchees": 0} for e, q1 in epci_limits])
    return {"annee": year, "date": pd.Timestamp(date), "limites": limits}


def test_thresholds_per_year_from_dated_stocks():
    # Domain.md 5.2: the threshold of year N rests on the applicants at 31/12/N − 1: the stock
    # dated 2022-12-31 serves 2023, the one dated 2023-12-31 serves 2024. Published values per
    # EPCI and year override (E, 2024 = 9,999). 2025 has no stock of its own: the nearest, the
    # threshold of 2024 (stock of 2023-12-31: 8,000), with a warning naming 2025 and 2024.
    stocks = [_stock([("E", 7000.0)], 2023, "2022-12-31"), _stock([("E", 8000.0)], 2024, "2023-12-31")]
    seuils, warnings = objectifs.seuils_par_annee([("E", 2023), ("E", 2024), ("E", 2025)], stocks,
                                                  publies={("E", 2024): 9999.0})
    got = seuils.set_index("annee")
    assert got.loc[2023, "limite_q1"] == 7000.0 and got.loc[2023, "source"] == "calculé"
    assert got.loc[2023, "annee_seuil"] == 2023 and got.loc[2023, "date_demandes"] == "2022-12-31"
    # published: Q1 replaced, Q2 / Q3 and the computed Q1 of the 2023-12-31 stock kept beside it
    assert got.loc[2024, "limite_q1"] == 9999.0 and got.loc[2024, "source"] == "publié"
    assert got.loc[2024, "limite_q1_calculee"] == 8000.0 and got.loc[2024, "limite_q2"] == 16000.0
    assert got.loc[2024, "origine"] == "publié (THRESHOLDS, EPCI et année)"
    assert got.loc[2025, "limite_q1"] == 8000.0 and got.loc[2025, "annee_seuil"] == 2024
    assert "appliqué à 2025" in got.loc[2025, "origine"]
    assert warnings == [("E", 2025, 2024)]
    # an earlier year takes the nearest stock too: 2021 ← the threshold of 2023
    _, warnings = objectifs.seuils_par_annee([("E", 2021)], stocks)
    assert warnings == [("E", 2021, 2023)]


def test_ile_de_france_one_regional_threshold():
    # Domain.md 5.2: in Île-de-France one regional value for every EPCI. EPCI A and B are in the
    # region: both take the stock's "IDF" row (computed over their applicants together), not
    # their own; a published "IDF:2024" value overrides it for both; C (outside) keeps its own.
    stock = _stock([("A", 6000.0), ("B", 9000.0), ("C", 5000.0)], 2024, "2023-12-31")
    stock["limites_idf"] = pd.DataFrame([{"epci": "IDF", "limite_q1": 7500.0, "limite_q2": 15000.0,
                                          "limite_q3": 22500.0, "nb_demandes": 80, "nb_demandes_revenu_connu": 80,
                                          "nb_uc_approchees": 0}])
    seuils, _ = objectifs.seuils_par_annee([("A", 2024), ("B", 2024), ("C", 2024)], [stock], region_idf={"A", "B"})
    got = seuils.set_index("epci")
    assert list(got["limite_q1"]) == [7500.0, 7500.0, 5000.0]
    assert list(got["perimetre"]) == ["région Île-de-France", "région Île-de-France", "EPCI"]
    published, _ = objectifs.seuils_par_annee([("A", 2024), ("B", 2024), ("C", 2024)], [stock],
                                              publies=objectifs.parse_thresholds("IDF:2024=10000"),
                                              region_idf={"A", "B"})
    assert list(published["limite_q1"]) == [10000.0, 10000.0, 5000.0]
    assert list(published["source"]) == ["publié", "publié", "calculé"]


def test_regional_limits_over_the_applicants_together():
    # quartiles.limites_region: A's applicants 6000, 7200 and B's 8400, 9600 per UC (single
    # persons, monthly 500, 600, 700, 800 → × 12); together n = 4: Q1 = ceil(0.25 × 4) = 1st = 6000,
    # Q2 = 2nd = 7200, Q3 = 3rd = 8400. C (outside the region) is left out.
    from peuplement_plugin.core import quartiles
    demandes = pd.DataFrame({"epci": ["A", "A", "B", "B", "C"], "nb_personnes": [1] * 5,
                             "revenu_mensuel": [500.0, 600.0, 700.0, 800.0, 100.0]})
    row = quartiles.limites_region(demandes, {"A", "B"}).iloc[0]
    assert (row["epci"], row["limite_q1"], row["limite_q2"], row["limite_q3"], row["nb_demandes"]) == \
        ("IDF", 6000.0, 7200.0, 8400.0, 4)
    # a stock dated 2023-12-31 serves 2024; its date from the latest date_depot
    assert quartiles.annee_servie(pd.Timestamp("2023-12-31")) == 2024
    assert quartiles.date_du_stock(pd.DataFrame({"date_depot": ["2023-03-01", "2023-12-30", None]})) == \
        pd.Timestamp("2023-12-30")
