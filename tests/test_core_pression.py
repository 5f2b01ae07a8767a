"""core.pression (domain.md 5.9): demand pressure = applications in progress at the end of
the year / attributions of the year, per EPCI, first wished commune, typology and mutation,
with the secret of domain.md 6. Every expected number is counted by hand below."""

import math

import pandas as pd
import pytest

from peuplement_plugin.core import pression


def _rows(spec):
    """[(count, commune, typologie, mutation)] → one row per household, EPCI E1."""
    rows = []
    for count, commune, typologie, mutation in spec:
        rows += [{"epci": "E1", "commune": commune, "typologie": typologie, "mutation": mutation}] * count
    return pd.DataFrame(rows)


# Applications in progress: first wished commune A 40 (T2 25; T3 15, 12 of them mutations),
# B 30 (T2 10; T3 20, 8 mutations), C 5 (T3).
DEMANDES = _rows([(25, "A", "T2", False), (12, "A", "T3", True), (3, "A", "T3", False),
                  (10, "B", "T2", False), (8, "B", "T3", True), (12, "B", "T3", False),
                  (5, "C", "T3", False)])
# Attributions of the year, by the dwelling's commune: A 10 (T2 4 mutations, T3 6),
# B 15 (T2 5 mutations, T3 10), C 12 (T3, 3 mutations).
ATTRIBUTIONS = _rows([(4, "A", "T2", True), (6, "A", "T3", False), (5, "B", "T2", True),
                      (10, "B", "T3", False), (3, "C", "T3", True), (9, "C", "T3", False)])


def _cells(table):
    return {(r.echelle, r.code): r for r in table.itertuples()}


def test_tension_per_scale_by_hand():
    # Threshold 5 (internal use): nothing under it but none of these counts.
    cells = _cells(pression.tension(DEMANDES, ATTRIBUTIONS, 2024, 5))
    # EPCI: 40 + 30 + 5 = 75 applications, 10 + 15 + 12 = 37 attributions: 75 / 37.
    epci = cells[("epci", "E1")]
    assert (epci.nb_demandes, epci.nb_attributions) == (75, 37)
    assert epci.tension == pytest.approx(75 / 37)
    # Communes: A 40 / 10 = 4.0; B 30 / 15 = 2.0; C 5 / 12.
    assert cells[("commune", "A")].tension == pytest.approx(4.0)
    assert cells[("commune", "B")].tension == pytest.approx(2.0)
    assert cells[("commune", "C")].tension == pytest.approx(5 / 12)
    # Typology: T2 35 applications (25 + 10) / 9 attributions (4 + 5); T3 40 / 28.
    assert (cells[("typologie", "T2")].nb_demandes, cells[("typologie", "T2")].nb_attributions) == (35, 9)
    assert cells[("typologie", "T3")].tension == pytest.approx(40 / 28)
    # Mutations apart: 12 + 8 = 20 applications / 4 + 5 + 3 = 12 attributions; the others 55 / 25.
    assert cells[("mutation", "mutation")].tension == pytest.approx(20 / 12)
    assert cells[("mutation", "hors mutation")].tension == pytest.approx(55 / 25)
    # A ratio of sums: the EPCI is not the mean of its communes' tensions.
    assert epci.tension != pytest.approx((4.0 + 2.0 + 5 / 12) / 3)
    assert not any(r.secret for r in cells.values())


def test_secret_primary_and_within_the_epci():
    # Threshold 11 (domain.md 6). Communes: A has 10 attributions, C 5 applications: both
    # masked (primary); two masked rows in E1, neither comes back from the EPCI total: B stays.
    # Typology: T2 has 9 attributions: masked; T3 published would give T2 back as the EPCI
    # minus T3 (75 − 40 applications, 37 − 28 attributions), so T3 is masked too
    # (secondary). Mutations: 20 / 12 and 55 / 25, all ≥ 11: published.
    cells = _cells(pression.tension(DEMANDES, ATTRIBUTIONS, 2024, 11))
    masked = {key for key, r in cells.items() if r.secret}
    assert masked == {("commune", "A"), ("commune", "C"), ("typologie", "T2"), ("typologie", "T3")}
    for key in masked:
        assert all(math.isnan(getattr(cells[key], f)) for f in ("nb_demandes", "nb_attributions", "tension"))
    assert (cells[("commune", "B")].nb_demandes, cells[("commune", "B")].nb_attributions) == (30, 15)
    assert cells[("epci", "E1")].tension == pytest.approx(75 / 37)


def test_mutation_rows_without_the_attributions_flag():
    # The attributions do not say which are mutations: the mutation rows keep the
    # applications (20 and 55) and have no attributions nor tension.
    table = pression.tension(DEMANDES, ATTRIBUTIONS.drop(columns="mutation"), 2024, 11)
    cells = _cells(table)
    assert cells[("mutation", "mutation")].nb_demandes == 20
    assert cells[("mutation", "hors mutation")].nb_demandes == 55
    assert math.isnan(cells[("mutation", "mutation")].nb_attributions)
    assert math.isnan(cells[("mutation", "mutation")].tension)


def test_unknown_values_are_rows_of_their_own():
    # 12 applications without a wished commune: a "non renseigné" row, so that the
    # communes add up to the EPCI (75 + 12 = 87).
    demandes = pd.concat([DEMANDES, _rows([(12, None, "T3", False)])], ignore_index=True)
    cells = _cells(pression.tension(demandes, ATTRIBUTIONS, 2024, 5))
    assert cells[("commune", "non renseigné")].nb_demandes == 12
    assert cells[("commune", "non renseigné")].nb_attributions == 0
    assert math.isnan(cells[("commune", "non renseigné")].tension)   # no attribution: no ratio
    assert cells[("epci", "E1")].nb_demandes == 87


def test_in_progress_at_the_end_of_the_year():
    frame = pd.DataFrame({
        "date_depot": pd.to_datetime(["2022-03-01", "2023-06-01", "2024-02-01", "2023-12-31", "2021-01-01"]),
        "date_radiation": pd.to_datetime([None, "2023-12-31", None, None, "2024-05-01"])})
    # At 31/12/2023: row 0 (filed 2022), row 3 (filed that very day), row 4 (struck off in
    # 2024); row 1 struck off on 31/12/2023 is no longer in progress; row 2 filed in 2024.
    assert pression.en_cours(frame, 2023).tolist() == [True, False, False, True, True]
    # At 31/12/2024: row 4 struck off in May 2024 is out, row 2 is in.
    assert pression.en_cours(frame, 2024).tolist() == [True, False, True, True, False]
    assert pression.annee_du_stock(frame["date_depot"]) == 2024


def test_first_wished_commune_and_typologies():
    assert pression.premiere_commune(["37901,37902", " 37903 ; 37901", "1234|37901", None, ""]).tolist() == [
        "37901", "37903", "01234", None, None]
    assert pression.typologie_souhaitee(["T3", "F2", "4 pièces", "T6 et +", "Chambre", "studio", "?", None]).tolist() \
        == ["T3", "T2", "T4", "T5+", "T1", "T1", None, None]
    assert pression.typologie_of_rooms([1, 4, 5, 7, None, 0]).tolist() == ["T1", "T4", "T5+", "T5+", None, None]
