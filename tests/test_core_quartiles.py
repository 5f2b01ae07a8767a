"""Quartile limits and classification (domain.md 5.1, 5.2), worked out by hand."""

import math

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import quartiles


def test_limits_of_twelve_values_with_ties():
    # sorted: 1000 2000 2000 3000 4000 5000 5000 5000 6000 7000 8000 9000 (n = 12)
    values = [5000, 1000, 2000, 9000, 3000, 2000, 5000, 8000, 4000, 6000, 5000, 7000, np.nan, None]
    (q1, q2, q3), n = quartiles.limites(values)
    assert n == 12
    assert q1 == 2000   # 3rd value (ceil(0.25 × 12) = 3)
    assert q2 == 5000   # 6th value
    assert q3 == 6000   # 9th value


def test_limits_round_up_the_count():
    # n = 10: ceil(2.5) = 3rd, ceil(5) = 5th, ceil(7.5) = 8th
    (q1, q2, q3), n = quartiles.limites(range(10, 110, 10))
    assert (q1, q2, q3, n) == (30, 50, 80, 10)
    assert quartiles.limites([])[1] == 0 and math.isnan(quartiles.limites([])[0][0])
    assert quartiles.limites([7.0])[0] == (7.0, 7.0, 7.0)


def test_income_per_uc_with_and_without_children():
    # couple + 2 children under 14: UC = 1 + 0.5 + 2 × 0.3 = 2.1; 2100 €/month → 12,000 €/UC
    # 4 persons, children unknown: UC = 1 + 3 × 0.5 = 2.5 (approximated); 2500 €/month → 12,000 €/UC
    # single person, 1000 €/month → 12,000 €/UC; negative income is unknown
    income, uc, approximated = quartiles.revenu_annuel_par_uc(
        pd.Series([2100.0, 2500.0, 1000.0, -5.0]), pd.Series([4, 4, 1, 2]), pd.Series([2, np.nan, 0, 0]))
    assert list(uc) == pytest.approx([2.1, 2.5, 1.0, 1.5])
    assert list(income[:3]) == pytest.approx([12000.0, 12000.0, 12000.0])
    assert math.isnan(income[3])
    assert list(approximated) == [False, True, False, False]


def test_classification_ties_go_to_the_lower_quartile():
    got = quartiles.quartile(pd.Series([1999.0, 2000.0, 2000.5, 5000.0, 5500.0, 6000.0, 6000.01, np.nan]),
                             2000.0, 5000.0, 6000.0)
    assert list(got[:7]) == [1, 1, 2, 2, 3, 3, 4]
    assert math.isnan(got[7])


def test_published_threshold_alone():
    q1 = quartiles.est_q1(pd.Series([9000.0, 9100.0, 9100.01, np.nan]), 9100.0)
    assert list(q1[:3]) == [1.0, 1.0, 0.0] and math.isnan(q1[3])


def test_limits_per_epci():
    demandes = pd.DataFrame({
        "epci": ["A", "A", "A", "A", "B", "B", None],
        "revenu_mensuel": [500.0, 1000.0, 1500.0, np.nan, 800.0, 800.0, 10.0],
        "nb_personnes": [1, 1, 2, 1, 2, 1, 1],
        "nb_enfants_moins_14": [0, 0, 1, 0, np.nan, 0, 0],
    })
    got = quartiles.limites_par_epci(demandes).set_index("epci")
    # A: incomes per UC 6000, 12000, 1500×12/1.3 = 13846.15…; n = 3 → Q1 = 1st, Q2 = 2nd, Q3 = 3rd
    assert got.loc["A", "limite_q1"] == pytest.approx(6000.0)
    assert got.loc["A", "limite_q2"] == pytest.approx(12000.0)
    assert got.loc["A", "limite_q3"] == pytest.approx(18000.0 / 1.3)
    assert (got.loc["A", "nb_demandes"], got.loc["A", "nb_demandes_revenu_connu"]) == (4, 3)
    # B: 800×12/1.5 = 6400 (children unknown → approximated), 9600
    assert got.loc["B", "limite_q1"] == pytest.approx(6400.0)
    assert got.loc["B", "nb_uc_approchees"] == 1
    assert list(got.index) == ["A", "B"]
