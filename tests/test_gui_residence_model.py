"""The inspector's model (core/residence.py), plain pandas, no QGIS: hand-built dwellings
and households, every expected figure computed by hand in the comments."""

import math

import pandas as pd
import pytest

from peuplement_plugin.core import residence as modele


def _logements():
    # Building A: RC (2 dwellings), R+1 (3), R+3 (1), basement S-1 (1), one of unknown floor.
    # Building B: RC (1), in a QPV. Building C elsewhere (commune 37902), outside QPV.
    rows = [
        ("L01", "A", 0, 1, 30.0, "PLAI", 1, "37901", "HZ"),
        ("L02", "A", 0, 3, 65.0, "PLUS", 2, "37901", "HZ"),
        ("L03", "A", 1, 2, 45.0, "PLUS", 1, "37901", "HZ"),
        ("L04", "A", 1, 5, 95.0, "PLS", 1, "37901", "HZ"),
        ("L05", "A", 1, 4, 80.0, "PLAI", 1, "37901", "HZ"),
        ("L06", "A", 3, 2, 50.0, "PLUS", 3, "37901", "HZ"),
        ("L07", "A", -1, 1, 25.0, "PLI", 1, "37901", "HZ"),
        ("L08", "A", None, 2, 40.0, "PLUS", 1, "37901", "HZ"),
        ("L09", "B", 0, 3, 70.0, "PLUS", 2, "37901", "QN03791M"),
        ("L10", "C", 0, 3, 70.0, "PLUS", 1, "37902", ""),
        ("L11", "C", 0, 3, 70.0, "PLUS", 1, "37902", ""),
    ]
    frame = pd.DataFrame(rows, columns=["logement_id", "batiment_id", "etage", "nb_pieces", "surface", "finan",
                                        "mode_occupation", "depcom", "code_qpv"])
    frame["etage"] = frame["etage"].astype("Int64")
    frame["mode_occupation"] = frame["mode_occupation"].astype("Int64")
    return frame


def _menages():
    rows = [
        # millésime 2024
        ("L01", 2024, 1, 0, "personne_seule", "<20", "2023-06-01", "chomage"),
        ("L03", 2024, 3, 2, "famille_monoparentale", "20-40", "2015-01-01", "emploi_stable"),
        ("L04", 2024, 6, 4, "couple_avec_enfants", "40-60", "2019-12-31", "emploi_stable"),
        ("L05", 2024, 2, 0, "couple_sans_enfant", None, "2010-03-01", "retraite"),
        ("L07", 2024, 1, 0, "personne_seule", ">100", "2022-02-01", "chomage"),
        ("L08", 2024, 2, 1, "famille_monoparentale", "<20", "2021-01-01", None),
        ("L10", 2024, 1, 0, "personne_seule", "60-100", "2000-01-01", "retraite"),
        ("L11", 2024, 4, 2, "couple_avec_enfants", "<20", "2000-01-01", "chomage"),
        # millésime 2022: only one household in A
        ("L01", 2022, 2, 0, "couple_sans_enfant", "60-100", "2012-01-01", "emploi_stable"),
    ]
    frame = pd.DataFrame(rows, columns=["logement_id", "millesime", "nb_personnes", "nb_enfants_moins_14",
                                        "composition", "tranche_plafond", "date_emmenagement", "activite_titulaire"])
    frame["date_emmenagement"] = pd.to_datetime(frame["date_emmenagement"])
    return frame


def test_floors_from_the_top_down_to_the_basement():
    grid = modele.grille(_logements(), _menages(), ["A"], "financement", 2024, "PLUS")
    (a,) = grid.batiments
    # top floor 3, down to RC and S-1; R+2 is empty; the unknown floor last
    assert [e.etage for e in a.etages] == [3, 2, 1, 0, -1, None]
    assert [e.nb_logements for e in a.etages] == [1, 0, 3, 2, 1, 1]
    # R+1: L03 PLUS, L04 PLS, L05 PLAI in id order; colours = positions in PLAI, PLUS, PLS, PLI, AUTRE
    r1 = a.etages[2]
    assert [c.logement_id for c in r1.cellules] == ["L03", "L04", "L05"]
    assert [c.couleur for c in r1.cellules] == [1, 2, 0]
    # share of PLUS on R+1: 1 of 3 known
    assert (r1.nb_categorie, r1.nb_connus) == (1, 3) and r1.part_categorie == pytest.approx(100 / 3)
    # households on R+1 in 2024: all three
    assert r1.nb_menages == 3
    assert a.etages[1].part_categorie is None  # empty floor: nothing known


def test_building_layer_may_say_it_is_taller():
    grid = modele.grille(_logements(), _menages(), ["A"], "typologie", 2024, nb_etages={"A": 6})
    assert [e.etage for e in grid.batiments[0].etages] == [5, 4, 3, 2, 1, 0, -1, None]


def test_household_variables_follow_the_millesime():
    grid = modele.grille(_logements(), _menages(), ["A"], "composition", 2022, "couple_sans_enfant")
    rc = next(e for e in grid.batiments[0].etages if e.etage == 0)
    # 2022: L01 a couple without child; L02 vacant, no household
    assert [c.categorie for c in rc.cellules] == ["couple_sans_enfant", None]
    assert [c.couleur for c in rc.cellules] == [1, modele.INCONNU]
    assert rc.nb_menages == 1 and rc.part_categorie == 100.0
    grid = modele.grille(_logements(), _menages(), ["A"], "composition", 2024, "personne_seule")
    rc = next(e for e in grid.batiments[0].etages if e.etage == 0)
    assert [c.categorie for c in rc.cellules] == ["personne_seule", None]


def test_resources_and_tenure_categories():
    grid = modele.grille(_logements(), _menages(), ["A"], "ressources", 2024, "<20")
    r1 = next(e for e in grid.batiments[0].etages if e.etage == 1)
    # L03 20-40, L04 40-60, L05 unknown band
    assert [c.categorie for c in r1.cellules] == ["20-40", "40-60", None]
    assert (r1.nb_connus, r1.nb_categorie) == (2, 0)
    grid = modele.grille(_logements(), _menages(), ["A"], "anciennete", 2024, "<2")
    r1 = next(e for e in grid.batiments[0].etages if e.etage == 1)
    # at 2024-01-01: 2015-01-01 → 9 years (5-10); 2019-12-31 → 4.0 years (2-5); 2010-03-01 → 13.8 (10+)
    assert [c.categorie for c in r1.cellules] == ["5-10", "2-5", "10+"]
    rc = next(e for e in grid.batiments[0].etages if e.etage == 0)
    assert rc.cellules[0].categorie == "<2"  # moved in 2023-06-01


def test_occupation_status_and_tooltip():
    grid = modele.grille(_logements(), _menages(), ["A"], "occupation", 2024, "vacant")
    top = grid.batiments[0].etages[0]
    assert top.cellules[0].categorie == "vide" and top.cellules[0].couleur == 2
    rc = next(e for e in grid.batiments[0].etages if e.etage == 0)
    assert [c.vacant for c in rc.cellules] == [False, True]
    tip = rc.cellules[0].infobulle
    assert tip["typologie"] == "T1" and tip["surface"] == 30.0 and tip["financement"] == "PLAI"
    assert tip["composition"] == "personne_seule" and tip["nb_personnes"] == 1


def test_indicators_beside_their_references():
    table = modele.indicateurs(_logements(), _menages(), ["A"], ["A", "B"], 2024).set_index("echelle")
    # building A: modes 1,2,1,1,1,3,1,1 → vacancy 1 / (6 + 1)
    assert table.loc["batiment", "tx_vacance"] == pytest.approx(100 / 7)
    # A's households 2024: L01 L03 L04 L05 L07 L08 = 6; single persons L01 L07 → 2/6
    assert table.loc["batiment", "nb_menages"] == 6
    assert table.loc["batiment", "part_personnes_seules"] == pytest.approx(100 * 2 / 6)
    # résidence A + B: L09 vacant → 2 / (6 + 2); same households
    assert table.loc["residence", "tx_vacance"] == pytest.approx(100 * 2 / 8)
    # A is outside QPV: the reference is every dwelling outside QPV (A and C): households 6 + 2
    assert table.loc["qpv", "libelle"] == "hors QPV" and table.loc["qpv", "nb_menages"] == 8
    # resources < 40 % outside QPV: <20 L01 L08 L11, 20-40 L03 → 4 of 7 known bands (L05 unknown)
    assert table.loc["qpv", "part_rev_inf_40"] == pytest.approx(100 * 4 / 7)
    # commune 37901: A and B → households 6, chômage L01 L07 of 5 known activities
    assert table.loc["commune", "libelle"] == "37901"
    assert table.loc["commune", "part_chomage"] == pytest.approx(100 * 2 / 5)
    # EPCI: all 11 dwellings, vacancy 2 / 10
    assert table.loc["epci", "nb_logements"] == 11 and table.loc["epci", "tx_vacance"] == pytest.approx(20.0)


def test_observations_newest_first():
    obs = pd.DataFrame({"residence_id": ["R1", "R2", "R1", "R1"], "date": ["2022-01-01", "2024-01-01",
                                                                           "2024-05-01", None],
                        "theme": ["a", "b", "c", "d"], "intensite": [1, 2, 3, 1], "texte": ["x", "y", "z", "w"]})
    assert list(modele.observations_de(obs, "R1")["theme"]) == ["c", "a", "d"]


def _attributions():
    # Year 2024, EPCI objective hors QPV: dwellings L10/L11 (outside), L09 (QPV).
    # Limits from the demandes below: Q1 = 6000, Q2 = 9000, Q3 = 12000.
    rows = [
        ("A1", "L10", "2024-02-01", 1, 0, 400.0, False, False, False),   # 4800 / UC → Q1
        ("A2", "L10", "2024-03-01", 1, 0, 1000.0, False, False, False),  # 12000 → not Q1
        ("A3", "L11", "2024-04-01", 2, 0, 1200.0, False, False, True),   # 9600 → not Q1 but relogé
        ("A4", "L11", "2024-05-01", 1, 0, 900.0, True, False, False),    # 10800, DALO
        ("A5", "L09", "2024-06-01", 1, 0, 300.0, False, False, False),   # 3600 in QPV → Q1
        ("A6", "L10", "2023-06-01", 1, 0, 100.0, False, False, False),   # another year
    ]
    frame = pd.DataFrame(rows, columns=["attribution_id", "logement_id", "date_attribution", "nb_personnes",
                                        "nb_enfants_moins_14", "revenu_mensuel", "dalo", "prioritaire",
                                        "relogement_renouvellement"])
    frame["date_attribution"] = pd.to_datetime(frame["date_attribution"])
    return frame


def _demandes():
    # one-person applicants, income per UC = monthly × 12: 3000, 6000, 9000, 12000
    return pd.DataFrame({"demande_id": ["D1", "D2", "D3", "D4"], "nb_personnes": [1, 1, 1, 1],
                         "nb_enfants_moins_14": [0, 0, 0, 0], "revenu_mensuel": [250.0, 500.0, 750.0, 1000.0],
                         "epci": ["E"] * 4})


def test_thresholds_of_the_year():
    seuils, epci = modele.seuils_annee(_demandes(), 2024)
    assert epci == "E"
    # n = 4: Q1 the ceil(1)-th = 3000, Q2 the 2nd = 6000, Q3 the 3rd = 9000
    assert tuple(seuils.iloc[0][["limite_q1", "limite_q2", "limite_q3"]]) == (3000.0, 6000.0, 9000.0)
    published, _ = modele.seuils_annee(_demandes(), 2024, publie=6500.0)
    assert published.iloc[0]["limite_q1"] == 6500.0 and published.iloc[0]["source"] == "publié"


def test_what_if_of_an_attribution():
    seuils, epci = modele.seuils_annee(_demandes(), 2024, publie=6000.0)
    # candidate: 4 persons, 2 children under 14, 1000 € a month → UC 1 + 0.5 + 0.6 = 2.1;
    # income per UC 12000 / 2.1 = 5714.29 ≤ 6000 → Q1
    cand = modele.Candidat(4, 2, 1000.0)
    sim = modele.simulation(cand, "L02", _logements(), _menages(), ["A", "B"], 2024, _attributions(), seuils, epci)
    assert sim.uc == pytest.approx(2.1)
    assert sim.revenu_uc == pytest.approx(12000 / 2.1)
    assert sim.quartile == 1 and sim.limite_q1 == 6000.0 and sim.annee == 2024 and not sim.en_qpv
    # hors QPV 2024: A1 (Q1), A2, A3 (relogé), A4 → 2 of 4 = 50 %; with the Q1 candidate 3 / 5 = 60 %
    hors = sim.objectifs[0]
    assert hors.objectif == "hors_qpv_q1"
    assert (hors.nb_avant, hors.public_avant) == (4, 2)
    assert hors.part_avant == pytest.approx(50.0) and hors.part_apres == pytest.approx(60.0)
    assert hors.manquantes_apres == 0 and hors.compte
    # prioritaires 2024: A4 of 5 = 20 % → with a non-priority candidate 1 / 6; needed ceil(1.5) - 1 = 1
    prio = sim.objectifs[1]
    assert prio.part_avant == pytest.approx(20.0) and prio.part_apres == pytest.approx(100 / 6)
    assert prio.manquantes_avant == 1 and prio.manquantes_apres == 1 and not prio.compte
    # résidence A + B, 2024 households: 6 (L09 vacant). Single persons 2 of 6 → 2 of 7;
    # large families (≥ 3 children or ≥ 5 persons): L04 → 1/6; the candidate (4 persons,
    # 2 children) is not one: 1/7
    parts = {p.indicateur: p for p in sim.parts}
    assert parts["part_personnes_seules"].avant == pytest.approx(100 * 2 / 6)
    assert parts["part_personnes_seules"].apres == pytest.approx(100 * 2 / 7)
    assert parts["part_familles_nombreuses"].apres == pytest.approx(100 / 7)
    # resources < 40 %: 12000 € a year for 4 persons is under 40 % of the PLUS ceiling of
    # millésime − 1 = 2023, zone hors Île-de-France (category 4, 42,417 €): counted; known bands 5 (L05 unknown), 3 under 40 %
    assert parts["part_rev_inf_40"].avant == pytest.approx(100 * 3 / 5)
    assert parts["part_rev_inf_40"].apres == pytest.approx(100 * 4 / 6)
    assert sim.tranche_plafond == "<20" or sim.tranche_plafond == "20-40"


def test_what_if_in_a_qpv_counts_q2_q4():
    seuils, epci = modele.seuils_annee(_demandes(), 2024, publie=6000.0)
    # in QPV 2024: A5 only (Q1) → 0 / 1; a candidate at 12000 / UC is Q2-Q4 → 1 / 2 = 50 %
    sim = modele.simulation(modele.Candidat(1, 0, 1000.0), "L09", _logements(), _menages(), ["B"], 2024,
                            _attributions(), seuils, epci)
    effet = sim.objectifs[0]
    assert effet.objectif == "qpv_q2_q4" and sim.en_qpv
    assert effet.part_avant == 0.0 and effet.part_apres == pytest.approx(50.0) and effet.manquantes_apres == 0
    assert math.isclose(sim.revenu_uc, 12000.0)


def test_bands_from_income_follow_the_algorithm_rule():
    # Same rule as peuplement:indicateurs_occupation: the PLUS ceilings of millésime − 1, the
    # zone of the dwelling's commune, hors Île-de-France when the commune is unknown.
    # 1 person, 8,900 € a year, millésime 2024 → ceilings 2023, hors IdF category 1 = 21,878 €:
    # 40 % = 8,751.20 ≤ 8,900 < 60 % = 13,126.80 → "40-60" (against 2024's 22,642 € it would be
    # 8,900 < 9,056.80 → "20-40").
    logements = pd.DataFrame({"logement_id": ["X1", "X2", "X3"], "depcom": ["37901", None, "37901"]})
    menages = pd.DataFrame({"logement_id": ["X1", "X2", "X3", "X1"], "millesime": [2024, 2024, 2024, 2020],
                            "nb_personnes": [1, 1, 1, 1], "revenu_annuel": [8900.0, 8900.0, None, 8900.0],
                            "tranche_plafond": [None, None, None, None]})
    got = modele.completer_tranches(menages, logements)
    # X1 (commune 37901, hors IdF) and X2 (no commune → hors IdF): "40-60"; X3 no income;
    # millésime 2020 → ceilings 2019, absent from the table: unknown
    assert list(got["tranche_plafond"]) == ["40-60", "40-60", None, None]


def test_what_if_band_uses_the_ceilings_of_millesime_minus_one():
    # 1 person, 742 € a month = 8,904 € a year; L02's commune 37901 (hors IdF); millésime 2024 →
    # ceilings 2023, category 1 = 21,878 €: 8,751.20 ≤ 8,904 < 13,126.80 → "40-60" (not < 40 %)
    seuils, epci = modele.seuils_annee(_demandes(), 2024, publie=6000.0)
    sim = modele.simulation(modele.Candidat(1, 0, 742.0), "L02", _logements(), _menages(), ["A", "B"], 2024,
                            _attributions(), seuils, epci)
    assert sim.tranche_plafond == "40-60"
    parts = {p.indicateur: p for p in sim.parts}
    # known bands of A + B in 2024: 5, 3 under 40 % → with the candidate, 3 / 6
    assert parts["part_rev_inf_40"].apres == pytest.approx(100 * 3 / 6)


def test_tenure_bins_are_calendar_years_as_occupation_recent():
    # Reference 2024-01-01. Calendar limits: 2022-01-01, 2019-01-01, 2014-01-01, a date ON a
    # limit falls in the older bin (occupation counts "recent" strictly after ref − 2 years).
    # Dividing days by 365.25 would put each limit date in the younger bin (730, 1826 and
    # 3652 days are 1.9986, 4.9993 and 9.9986 "years").
    dates = ["2022-01-02", "2022-01-01", "2019-01-02", "2019-01-01", "2014-01-02", "2014-01-01", "2024-06-01"]
    ids = ["T{}".format(i) for i in range(len(dates))]
    logements = pd.DataFrame({"logement_id": ids, "batiment_id": "T"})
    menages = pd.DataFrame({"logement_id": ids, "millesime": 2024, "date_emmenagement": pd.to_datetime(dates)})
    got = modele.categories_logements(logements, menages, "anciennete", 2024)
    # the last one moved in after the reference date: unknown
    assert list(got) == ["<2", "2-5", "2-5", "5-10", "5-10", "10+", None]
    # "<2" counts what occupation.indicateurs_occupation calls recent: 1 of the 6 known
    from peuplement_plugin.core import occupation
    part = menages.assign(**{occupation.UNIT: "T"}).drop(columns=["millesime"])
    occ = occupation.indicateurs_occupation(part, modele.date_reference(2024), unit_ids=["T"]).iloc[0]
    assert (occ["part_emmenages_recents"], occ["n_emmenages_recents"]) == (pytest.approx(100 / 6), 6)
    assert (got == "<2").sum() == 1


def test_unknown_typology_is_not_counted_as_known():
    # one T1 and one dwelling of unknown room count on RC: 1 known, 1 T1 → 100 %
    logements = pd.DataFrame({"logement_id": ["U1", "U2"], "batiment_id": "U", "etage": [0, 0],
                              "nb_pieces": [1, None]})
    (rc,) = modele.grille(logements, None, ["U"], "typologie", None, "T1").batiments[0].etages
    assert [c.categorie for c in rc.cellules] == ["T1", None]
    assert (rc.nb_categorie, rc.nb_connus, rc.part_categorie) == (1, 1, 100.0)


def test_reference_rows_are_kept_in_the_cache():
    cache = {}
    plain = modele.indicateurs(_logements(), _menages(), ["A"], ["A", "B"], 2024)
    first = modele.indicateurs(_logements(), _menages(), ["A"], ["A", "B"], 2024, cache=cache)
    # A is outside any QPV (HZ), in commune 37901
    assert sorted(cache) == [("commune", "37901", 2024), ("epci", "", 2024), ("qpv", "hors QPV", 2024)]
    pd.testing.assert_frame_equal(first, plain)
    # read back, not computed: a marked cached row comes out as it was stored
    cache[("epci", "", 2024)] = dict(cache[("epci", "", 2024)], nb_logements=-1)
    again = modele.indicateurs(_logements(), _menages(), ["A"], ["A", "B"], 2024, cache=cache).set_index("echelle")
    assert again.loc["epci", "nb_logements"] == -1
    assert again.loc["batiment", "nb_logements"] == plain.set_index("echelle").loc["batiment", "nb_logements"]


def test_what_if_band_of_a_single_parent_follows_the_category_rule():
    # Arrêté du 29 juillet 1987, annexe (domain.md 5.5): one person with one dependant is
    # category 3. 2 persons, famille monoparentale, 13,000 € a year (13,000 / 12 a month);
    # L02's commune 37901 (hors IdF), millésime 2024 → ceilings 2023: category 3 = 35,135 €,
    # 13,000 / 35,135 = 37.0 % → "20-40"; without the composition, category 2 = 29,217 €,
    # 13,000 / 29,217 = 44.5 % → "40-60". With a disabled member too: category 4 = 42,417 €,
    # 30.6 % → still "20-40"; a 2-person young couple: category 3 → "20-40".
    seuils, epci = modele.seuils_annee(_demandes(), 2024, publie=6000.0)

    def band(**rules):
        cand = modele.Candidat(2, 1, 13000.0 / 12, **rules)
        return modele.simulation(cand, "L02", _logements(), _menages(), ["A", "B"], 2024, _attributions(),
                                 seuils, epci).tranche_plafond

    assert band() == "40-60"
    assert band(composition="famille_monoparentale") == "20-40"
    assert band(composition="famille_monoparentale", handicap=True) == "20-40"
    assert band(composition="couple_sans_enfant", jeune_menage=True) == "20-40"
    assert band(composition="couple_sans_enfant") == "40-60"


def test_what_if_threshold_of_another_year_is_said():
    # Domain.md 5.2: a stock of demandes dated D (its latest date_depot) serves the year after D.
    # Stock at 2022-12-31 → threshold of 2023: a 2024 what-if uses it, and says so.
    demandes = _demandes().assign(date_depot=pd.to_datetime(["2022-03-01", "2022-06-01", "2022-12-31", "2022-01-01"]))
    seuils, _ = modele.seuils_annee(demandes, 2024)
    assert seuils.iloc[0]["annee_seuil"] == 2023 and "appliqué à 2024" in seuils.iloc[0]["origine"]
    sim = modele.simulation(modele.Candidat(1, 0, 742.0), "L02", _logements(), _menages(), ["A", "B"], 2024,
                            _attributions(), seuils, "E")
    assert (sim.annee, sim.annee_seuil, sim.limite_q1) == (2024, 2023, 3000.0)
    seuils, _ = modele.seuils_annee(demandes, 2023)
    assert seuils.iloc[0]["annee_seuil"] == 2023 and "appliqué" not in seuils.iloc[0]["origine"]
