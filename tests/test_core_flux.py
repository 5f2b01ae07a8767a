"""core.flux and core.mobilite on hand territories: every expected number is worked out
in the comments (domain.md 5.4, 5.6)."""

import math

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import flux, mobilite
from peuplement_plugin.core.stock import UNIT

REFERENCE = pd.Timestamp("2024-01-01")  # the RPLS state


def _dwellings():
    """Unit A: A1-A3 let, A4 vacant (LOCAT 1990), N1-N2 a building put in service in 2023.
    Unit B: B1, B2 let (LOCAT 2000), M1 put in service on 2024-01-01 and let that day,
    X1 in works (mode 3: out of every count)."""
    rows = [
        ("A1", "A", 1, 1990, "2023-07-15"), ("A2", "A", 1, 1990, "2019-05-01"),
        ("A3", "A", 1, 1990, "2020-12-01"), ("A4", "A", 2, 1990, None),
        ("N1", "A", 1, 2023, "2023-05-01"), ("N2", "A", 1, 2023, "2023-06-01"),
        ("B1", "B", 1, 2000, "2014-03-01"), ("B2", "B", 1, 2000, "2010-01-10"),
        ("M1", "B", 1, 2024, "2024-01-01"), ("X1", "B", 3, 1980, None),
    ]
    frame = pd.DataFrame(rows, columns=["logement_id", UNIT, "mode_occupation", "annee_mise_location", "date_bail"])
    frame["date_bail"] = pd.to_datetime(frame["date_bail"])
    return frame


def _attributions():
    rows = [
        ("a1", "N1", "2023-05-01", "A", 1.0),  # first lease of the 2023 building
        ("a2", "N2", "2023-06-01", "A", 0.0),  # idem
        ("a3", "A1", "2023-07-15", "A", 1.0),  # re-let after the departure of 2023-02-01
        ("a4", "B1", "2024-04-15", "B", 1.0),  # the household of A2 (internal mutation)
        ("a5", "A2", "2024-05-20", "A", np.nan),  # re-let after the mutation
        ("a6", "M1", "2024-01-01", "B", 0.0),  # first lease of the building put in service on 2024-01-01
    ]
    frame = pd.DataFrame(rows, columns=["attribution_id", "logement_id", "date_attribution", UNIT, "q1"])
    frame["date_attribution"] = pd.to_datetime(frame["date_attribution"])
    return frame


def _departs():
    rows = [
        ("A1", "2023-02-01", "A", None, 0.0),
        ("A2", "2024-05-01", "A", "B1", 0.0),   # internal mutation A2 -> B1
        ("A3", "2024-12-01", "A", None, 0.0),   # not re-let by the end of the files
        ("B1", "2024-03-01", "B", None, 0.0),
    ]
    frame = pd.DataFrame(rows, columns=["logement_id", "date_depart", UNIT, "destination_logement_id", "x"])
    frame["date_depart"] = pd.to_datetime(frame["date_depart"])
    frame["mutation"] = frame["destination_logement_id"].notna().astype(float)
    return frame.drop(columns="x")


def _menages():
    # Stock of unit A: three households, one Q1; unit B: two households, none Q1.
    return pd.DataFrame({UNIT: ["A", "A", "A", "B", "B"], "q1": [0.0, 0.0, 1.0, 0.0, 0.0]})


@pytest.fixture(scope="module")
def result():
    return flux.indicateurs_flux(_dwellings(), _attributions(), _departs(), "2023-01-01", "2024-12-31",
                                 REFERENCE, ["A", "B"], menages=_menages(),
                                 observed_until=pd.Timestamp("2024-12-31"))


def test_years_of_period_partial_year():
    years = flux.years_of_period("2023-07-01", "2024-12-31")
    assert years["annee"].tolist() == [2023, 2024]
    # 2023-07-01..2023-12-31 = 31+31+30+31+30+31 = 184 days of 365; 2024 whole.
    assert years["fraction"].tolist() == pytest.approx([184 / 365, 1.0])


def test_stock_at_the_start_of_each_year():
    debut, anciens = flux.stock_years(_dwellings(), [2023, 2024], REFERENCE)
    ids = _dwellings()["logement_id"].to_numpy()
    # 2023: put in service before 2023 and in modes 1+2 (N1, N2, M1 later; X1 mode 3).
    assert set(ids[debut[2023]]) == {"A1", "A2", "A3", "A4", "B1", "B2"}
    # 2024 is the RPLS year: the modes 1+2 of the file, M1 (in service that very day) included.
    assert set(ids[debut[2024]]) == {"A1", "A2", "A3", "A4", "N1", "N2", "B1", "B2", "M1"}
    # In service for at least a year: LOCAT before the year.
    assert set(ids[anciens[2023]]) == {"A1", "A2", "A3", "A4", "B1", "B2"}
    assert set(ids[anciens[2024]]) == {"A1", "A2", "A3", "A4", "N1", "N2", "B1", "B2"}


def test_entrants_sortants_solde(result):
    table, _ = result
    # A: entrants a1, a2, a3 (2023) + a5 (2024) = 4; sortants A1 (2023), A2, A3 (2024) = 3.
    # B: entrants a4, a6 = 2 — the mutation's entrant is a4 only, not counted twice.
    assert table.loc["A", ["nb_entrants", "nb_sortants", "solde"]].tolist() == [4, 3, 1]
    assert table.loc["B", ["nb_entrants", "nb_sortants", "solde"]].tolist() == [2, 1, 1]
    assert table.loc["A", "nb_mutations_sortantes"] == 1
    assert table.loc["B", "nb_mutations_sortantes"] == 0
    # Dwellings in modes 1+2 at the RPLS date: A 6, B 3 (X1 in works).
    assert table.loc["A", "nb_logements"] == 6
    assert table.loc["B", "nb_logements"] == 3


def test_rotation_per_year_and_period(result):
    table, series = result
    # A: 2023 1 departure / 4 dwellings = 25 %; 2024 2 / 6 = 33.33 %; period 3 / (4 + 6) = 30 %.
    assert table.loc["A", "tx_rotation_2023"] == pytest.approx(25.0)
    assert table.loc["A", "tx_rotation_2024"] == pytest.approx(200 / 6)
    assert table.loc["A", "tx_rotation"] == pytest.approx(30.0)
    # B: 2023 0 / 2 = 0; 2024 1 / 3 (M1 in modes 1+2 on 2024-01-01); period 1 / 5 = 20 %.
    assert table.loc["B", "tx_rotation_2023"] == pytest.approx(0.0)
    assert table.loc["B", "tx_rotation_2024"] == pytest.approx(100 / 3)
    assert table.loc["B", "tx_rotation"] == pytest.approx(20.0)
    row = series[(series[UNIT] == "A") & (series["annee"] == 2024)].iloc[0]
    assert (row["nb_logements_debut"], row["nb_sortants"], row["nb_entrants"]) == (6, 2, 1)


def test_mobility_excludes_buildings_put_in_service_during_the_year(result):
    table, _ = result
    # A 2023: a1, a2 go into N1, N2 put in service in 2023: excluded; a3 into A1 counts:
    # 1 / 4 = 25 %. A 2024: a5 into A2: 1 / 6 (N1, N2 now in service for a year) = 16.67 %.
    # Period: 2 / 10 = 20 %.
    assert table.loc["A", "tx_mobilite_2023"] == pytest.approx(25.0)
    assert table.loc["A", "tx_mobilite_2024"] == pytest.approx(100 / 6)
    assert table.loc["A", "tx_mobilite"] == pytest.approx(20.0)
    # B 2024: a4 into B1 counts, a6 into M1 (put in service on 2024-01-01) does not: 1 / 2;
    # 2023: 0 / 2; period 1 / 4 = 25 %.
    assert table.loc["B", "tx_mobilite_2024"] == pytest.approx(50.0)
    assert table.loc["B", "tx_mobilite"] == pytest.approx(25.0)
    assert table.loc["B", "nb_emmenagements_un_an"] == 1


def test_vacancy_after_departures(result):
    table, _ = result
    # A1: left 2023-02-01, re-let 2023-07-15: 27 + 31 + 30 + 31 + 30 + 15 = 164 days > 3 months.
    # A2: left 2024-05-01, re-let 2024-05-20: 19 days. A3: left 2024-12-01, nothing by
    # 2024-12-31 and 3 months not yet observed: unknown.
    assert table.loc["A", "nb_relocations"] == 2
    assert table.loc["A", "delai_relocation_moy"] == pytest.approx((164 + 19) / 2)
    assert table.loc["A", "n_vacance_3mois"] == 2
    assert table.loc["A", "nb_vacances_3mois"] == 1
    assert table.loc["A", "part_vacance_3mois"] == pytest.approx(50.0)
    # B1: left 2024-03-01, re-let 2024-04-15: 31 + 14 = 45 days.
    assert table.loc["B", "delai_relocation_moy"] == pytest.approx(45.0)
    assert table.loc["B", "part_vacance_3mois"] == pytest.approx(0.0)


def test_vacancy_over_three_months_when_nothing_follows():
    departs = pd.DataFrame({"logement_id": ["Z"], "date_depart": pd.to_datetime(["2024-01-10"])})
    attributions = pd.DataFrame({"logement_id": ["Y"], "date_attribution": pd.to_datetime(["2024-02-01"])})
    # Nothing re-let Z, and 2024-04-10 (3 months later) is before the end of observation.
    days, over = flux.vacancy_after(departs, attributions, pd.Timestamp("2024-12-31"))
    assert math.isnan(days.iloc[0])
    assert over.iloc[0] == 1.0


def test_anciennete(result):
    table, _ = result
    # Leavers: A1 (2023-02-01) has no known lease start before it (its RPLS lease is the next one);
    # A2: 2019-05-01 -> 2024-05-01 = 5 × 365 + 2 leap days = 1827 days; A3: 2020-12-01 ->
    # 2024-12-01 = 4 × 365 + 1 = 1461 days. Mean in years of 365.25 days.
    assert table.loc["A", "n_anciennete_sortants"] == 2
    assert table.loc["A", "anciennete_sortants_moy"] == pytest.approx((1827 + 1461) / 2 / 365.25)
    # B1: 2014-03-01 -> 2024-03-01 = 10 × 365 + 3 leap days (2016, 2020, 2024) = 3653 days.
    assert table.loc["B", "anciennete_sortants_moy"] == pytest.approx(3653 / 365.25)
    # Stock at 2024-01-01, unit B: B1 2014-03-01 (3593 days: 3653 − 60 days of 2024-01-01..03-01),
    # B2 2010-01-10 (5104 days: 14 × 365 + 3 leap days (2012, 2016, 2020) − 9), M1 0 days.
    assert table.loc["B", "n_anciennete"] == 3
    assert table.loc["B", "anciennete_moy"] == pytest.approx((3593 + 5104 + 0) / 3 / 365.25)
    # Emménagés récents (< 2 years at 2024-01-01): M1 only of B's 3 leases.
    assert table.loc["B", "part_emmenages_recents"] == pytest.approx(100 / 3)
    # A: A1 (2023-07-15), N1 (2023-05-01), N2 (2023-06-01) of A1, A2, A3, N1, N2 (A4 vacant): 3 / 5.
    assert table.loc["A", "part_emmenages_recents"] == pytest.approx(60.0)


def test_rates_of_a_partial_year():
    # Second half of 2024 only: 2024-07-01..2024-12-31 = 184 of 366 days. A: one departure (A3,
    # 2024-12-01), 6 dwellings at the start of 2024 -> 1 / (6 × 184 / 366) = 33.15 %.
    table, series = flux.indicateurs_flux(_dwellings(), _attributions(), _departs(), "2024-07-01", "2024-12-31",
                                          REFERENCE, ["A", "B"])
    assert table.loc["A", "nb_sortants"] == 1
    assert table.loc["A", "logements_annees"] == pytest.approx(6 * 184 / 366)
    assert table.loc["A", "tx_rotation"] == pytest.approx(100 / (6 * 184 / 366))
    assert series["fraction_annee"].tolist() == pytest.approx([184 / 366] * 2)
    # No entrant in the half-year: 0 %, not NULL (the dwellings are there).
    assert table.loc["A", "tx_mobilite"] == pytest.approx(0.0)


def test_effet_des_flux(result):
    table, _ = result
    # Entrants of A over the period: a1 Q1, a2 not, a3 Q1, a5 unknown -> 2 / 3 = 66.67 %.
    # Stock of A: 1 Q1 of 3 = 33.33 %. Effet = +33.33 points (the turnover brings poorer households).
    assert table.loc["A", "n_q1_entrants"] == 3
    assert table.loc["A", "part_q1_entrants"] == pytest.approx(200 / 3)
    assert table.loc["A", "part_q1_stock"] == pytest.approx(100 / 3)
    assert table.loc["A", "effet_q1"] == pytest.approx(100 / 3)
    # B: entrants a4 Q1, a6 not -> 50 %; stock 0 %; effet +50.
    assert table.loc["B", "effet_q1"] == pytest.approx(50.0)
    # The departures carry no quartile here: the sortants' Q1 share is unknown, not 0.
    assert table.loc["A", "n_q1_sortants"] == 0
    assert math.isnan(table.loc["A", "part_q1_sortants"])


def test_profils_attributions_q1_and_ceiling():
    attributions = pd.DataFrame({
        "nb_personnes": [1, 2, 3, 1], "nb_enfants_moins_14": [0, None, 1, 0],
        "revenu_mensuel": [400.0, 900.0, 1000.0, None], "quartile": [None, None, None, 1],
        "date_attribution": pd.to_datetime(["2023-03-01"] * 4)})
    flags = flux.profils_attributions(attributions, 6000.0, pd.Series(["hors_ile_de_france"] * 4))
    # 1: 400 × 12 / 1 = 4800 ≤ 6000 -> Q1. 2: UC 1.5 (child unknown: the 2nd person as 14+),
    # 10800 / 1.5 = 7200 -> not Q1. 3: UC 1 + 0.5 + 0.3 = 1.8, 12000 / 1.8 = 6667 -> not Q1.
    # 4: the source's quartile 1 -> Q1 without income.
    assert flags["q1"].tolist() == [1.0, 0.0, 0.0, 1.0]
    # Ceilings 2023 hors IdF (5.5): 1 person 21,878 -> 4800 / 21878 = 22 % (< 40 %);
    # 2 persons 29,217 -> 10800 / 29217 = 37 % (< 40 %); 3 persons 35,135 -> 12000 / 35135 = 34 %.
    assert flags["rev_inf_40"].tolist()[:3] == [1.0, 1.0, 1.0]
    assert math.isnan(flags["rev_inf_40"].iloc[3])
    assert flags["personnes_seules"].tolist() == [1.0, 0.0, 0.0, 1.0]
    assert flags["monoparentales"].isna().all()


def test_profils_menages_q1_from_annual_income():
    menages = pd.DataFrame({"nb_personnes": [1, 4], "nb_enfants_moins_14": [0, 2],
                            "revenu_annuel": [5000.0, 12000.0], "tranche_plafond": ["20-40", None],
                            "composition": ["personne_seule", "famille_monoparentale"]})
    flags = flux.profils_menages(menages, 6000.0)
    # 5000 / 1 = 5000 ≤ 6000 -> Q1; UC 1 + 0.5 + 0.6 = 2.1, 12000 / 2.1 = 5714 -> Q1.
    assert flags["q1"].tolist() == [1.0, 1.0]
    assert flags["rev_inf_40"].iloc[0] == 1.0 and math.isnan(flags["rev_inf_40"].iloc[1])
    assert flags["monoparentales"].tolist() == [0.0, 1.0]


def test_reference_from_dates():
    # A lease on 2024-01-01: the file is the state of that day; otherwise the next 1 January.
    assert flux.reference_from_dates(pd.Series(pd.to_datetime(["2023-05-02", "2024-01-01"]))) == \
        pd.Timestamp("2024-01-01")
    assert flux.reference_from_dates(pd.Series(pd.to_datetime(["2023-12-30"])), None) == pd.Timestamp("2024-01-01")
    assert flux.reference_from_dates(pd.Series([pd.NaT])) is None


# --------------------------------------------------------------------------- mobility

def test_destinations_and_od_conservation():
    # Origin A: 2 mutations to B, 1 to A itself, 1 to commune 37901 (territory), 1 to 75056, 1 unknown.
    dest_units = ["B", "B", "A", None, None, None]
    depcom = [None, None, None, "37901", "75056", None]
    mutation = [True, True, True, False, False, False]
    kind, target = mobilite.destinations(dest_units, depcom, {"37901", "37902"}, mutation)
    assert kind.tolist() == ["mutation interne"] * 3 + ["commune", "hors EPCI", "inconnu"]
    assert target.tolist() == ["B", "B", "A", "37901", "hors EPCI", "inconnu"]
    od = mobilite.od_table(["A"] * 6, kind, target)
    to_b = od[od["destination"] == "B"].iloc[0]
    assert to_b["nb_departs"] == 2
    assert to_b["part_departs_origine"] == pytest.approx(100 * 2 / 6)
    # Under a threshold of 2 every single flow goes to "autres": 4 flows of 1 -> one row of 4.
    merged = mobilite.merge_small_flows(od, 2)
    assert merged["nb_departs"].sum() == 6
    autres = merged[merged["destination"] == "autres"].iloc[0]
    assert (autres["nb_departs"], autres["nb_flux_regroupes"], bool(autres["secret"])) == (4, 4, True)
    assert autres["part_departs_origine"] == pytest.approx(100 * 4 / 6)


def test_motifs_secret_within_sectors_and_motives():
    # Q: 12 achat, 3 décès; H: 10 achat, 10 autre; threshold 5.
    secteurs = ["Q"] * 15 + ["H"] * 20
    motifs = ["achat"] * 12 + ["décès"] * 3 + ["achat"] * 10 + ["autre"] * 10
    table = mobilite.motifs_table(secteurs, motifs, 5)
    cells = {(r.secteur, r.motif): r for r in table.itertuples()}
    # Ensemble: achat 22, autre 10, décès 3; n_secteur Q 15, H 20, ensemble 35.
    assert cells[("ensemble", "achat")].nb == 22
    assert cells[("ensemble", "achat")].part == pytest.approx(100 * 22 / 35)
    # Primary: Q décès 3 and ensemble décès 3. Within Q, décès = 15 − achat: achat masked too.
    # Within ensemble, décès = 35 − 22 − 10: autre (10, the smallest) masked. Within the motive
    # achat, Q achat = 22 − H achat: H achat masked; then within H, achat = 20 − autre: H autre
    # masked. Only ensemble achat stays published.
    published = {key for key, row in cells.items() if not row.secret}
    assert published == {("ensemble", "achat")}
    assert all(math.isnan(row.nb) for key, row in cells.items() if key != ("ensemble", "achat"))


def test_motifs_without_any_sector_still_give_the_ensemble():
    table = mobilite.motifs_table([None] * 12, ["achat"] * 12, 11)
    assert table[["secteur", "motif", "nb", "part"]].values.tolist() == [["ensemble", "achat", 12, 100.0]]


def test_motifs_survey_and_satisfaction():
    secteurs = ["Q"] * 12
    survey = pd.DataFrame({"secteur": ["Q"] * 12,
                           "motif_depart": ["environnement|taille du logement"] * 6 + ["environnement"] * 6,
                           "satisfaction": [1, 2] * 6})
    table = mobilite.motifs_table(secteurs, ["achat"] * 12, 5, survey)
    env = table[(table["source"] == "enquete") & (table["secteur"] == "Q") & (table["motif"] == "environnement")]
    # 12 respondents all cite environnement: 100 %; 6 cite taille du logement: 50 %.
    assert env["part"].iloc[0] == pytest.approx(100.0)
    size = table[(table["source"] == "enquete") & (table["secteur"] == "Q") & (table["motif"] == "taille du logement")]
    assert size["part"].iloc[0] == pytest.approx(50.0)
    sat = table[(table["motif"] == "satisfaction") & (table["secteur"] == "Q")]
    # Mean of six 1 and six 2 = 1.5 on 12 answers.
    assert sat["satisfaction_moy"].iloc[0] == pytest.approx(1.5)
    assert sat["nb"].iloc[0] == 12


def _flows(origin, counts):
    """An od_table of one origin with one flow per count (destinations D0, D1, …)."""
    kinds, targets = [], []
    for index, count in enumerate(counts):
        kinds += ["commune"] * count
        targets += ["D{}".format(index)] * count
    return mobilite.od_table([origin] * len(kinds), kinds, targets)


def test_a_merged_remainder_under_the_threshold_takes_the_next_smallest_flow():
    # domain.md 6: a flow under 11 is merged; a merged remainder under 11 is masked or, here,
    # completed. Origin A: flows 20, 12, 3. The 3 alone would make "autres" = 3, which the
    # origin's total (35, published) minus 20 and 12 gives back: the next smallest flow (12)
    # joins it: "autres" = 3 + 12 = 15 ≥ 11, 2 flows; 20 stays, 20 / 35 = 57.14 %.
    merged = mobilite.merge_small_flows(_flows("A", [20, 12, 3]), 11)
    rows = {r.destination: r for r in merged.itertuples()}
    assert set(rows) == {"D0", "autres"}
    assert (rows["D0"].nb_departs, rows["autres"].nb_departs, rows["autres"].nb_flux_regroupes) == (20, 15, 2)
    assert rows["autres"].part_departs_origine == pytest.approx(100 * 15 / 35)
    assert rows["D0"].part_departs_origine == pytest.approx(100 * 20 / 35)
    assert merged["nb_departs"].sum() == 35


def test_a_remainder_that_reaches_the_threshold_keeps_the_other_flows():
    # Flows 30, 12, 6, 5: 6 + 5 = 11 ≥ 11, so 12 and 30 stay: autres 11 from 2 flows.
    merged = mobilite.merge_small_flows(_flows("A", [30, 12, 6, 5]), 11)
    assert sorted((r.destination, r.nb_departs, r.nb_flux_regroupes) for r in merged.itertuples()) == [
        ("D0", 30, 1), ("D1", 12, 1), ("autres", 11, 2)]


def test_an_origin_under_the_threshold_publishes_a_masked_remainder():
    # Origin B: one flow of 3 (the reproduction of issue 16: "autres" published 3 from a single
    # flow). All its departures together are 3 < 11: the remainder is masked (NULL count,
    # share and number of flows), flagged secret. Origin C: 4 + 4 + 2 = 10 < 11, masked too.
    # Origin A (flows 11, 14) merges nothing.
    od = pd.concat([_flows("A", [11, 14]), _flows("B", [3]), _flows("C", [4, 4, 2])], ignore_index=True)
    merged = mobilite.merge_small_flows(od, 11)
    a = merged[merged["origine"] == "A"]
    assert sorted(a["nb_departs"].tolist()) == [11, 14] and not a["secret"].any()
    for origin in ("B", "C"):
        rows = merged[merged["origine"] == origin]
        assert len(rows) == 1 and rows["destination"].iloc[0] == "autres" and bool(rows["secret"].iloc[0])
        assert rows[["nb_departs", "part_departs_origine", "nb_flux_regroupes"]].isna().all(axis=None)


def test_motives_under_the_threshold_are_masked_with_their_remainder():
    # domain.md 6 for motives: Q has 12 departures, achat 9, décès 3 (threshold 11). Both
    # counts are under 11: masked; nothing is left to subtract from Q's 12. Ensemble = Q here:
    # same cells masked. H has 4 departures, all "achat": under 11, masked.
    secteurs = ["Q"] * 12 + ["H"] * 4
    motifs = ["achat"] * 9 + ["décès"] * 3 + ["achat"] * 4
    table = mobilite.motifs_table(secteurs, motifs, 11)
    published = table[~table["secret"]]
    # Ensemble: achat 13 (≥ 11), décès 3 (masked); then ensemble achat = 16 − décès: masked too.
    assert published.empty
    assert table["nb"].isna().all() and table["part"].isna().all()
    # H's 4 departures all together are under 11: its own total is masked as well; Q (12)
    # and ensemble (16) keep theirs.
    totals = {r.secteur: r.n_secteur for r in table.itertuples()}
    assert math.isnan(totals["H"]) and (totals["Q"], totals["ensemble"]) == (12, 16)


def test_motifs_once_per_distinct_value_same_as_row_by_row():
    """Motives are normalised once per distinct value: the table is the one a row-by-row
    normalisation gives, with spaces, capitals, blanks, None and NaN among the motives
    (and with numbers among them, which go row by row)."""
    import numpy as np

    secteurs = ["S1", "S2", None] * 40
    texts = [" Achat ", "achat", "MUTATION interne", "", None, np.nan] * 20
    by_hand = [None if v is None or (not isinstance(v, str) and pd.isna(v)) else (str(v).strip().lower() or None)
               for v in texts]
    pd.testing.assert_frame_equal(mobilite.motifs_table(secteurs, texts, 1),
                                  mobilite.motifs_table(secteurs, by_hand, 1))
    numbers = [1, 1.0, True, "1", None] * 24
    as_text = [None if v is None else str(v).strip().lower() for v in numbers]
    pd.testing.assert_frame_equal(mobilite.motifs_table(secteurs, numbers, 1),
                                  mobilite.motifs_table(secteurs, as_text, 1))
