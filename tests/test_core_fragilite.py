"""core.fragilite: standardisation, weighted mean and classes, worked out by hand.

Five units, two variables (part_a has its denominator n_a, part_b has none):

    unit  nb_menages  part_a  n_a  part_b  secret
    U1        20        10     20    30
    U2        40        20     40    10
    U3        20        30     10    20
    U4         5        90      5    90          <- under the threshold of 11
    U5      NULL      NULL   NULL  NULL    true  <- masked by the secret statistique

Reference territory = U1..U3.
part_a: mean (10 + 20 + 30) / 3 = 20, population sd sqrt((100 + 0 + 100) / 3) = sqrt(200 / 3)
part_b: mean (30 + 10 + 20) / 3 = 20, same sd.
With s = 10 / sqrt(200 / 3) = sqrt(1.5): z_a = (−s, 0, +s), z_b = (+s, −s, 0).
"""

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import fragilite
from peuplement_plugin.core.errors import PeuplementError

S = math.sqrt(1.5)


def units():
    return pd.DataFrame({
        "unit": ["U1", "U2", "U3", "U4", "U5"],
        "nb_menages": [20, 40, 20, 5, None],
        "part_a": [10.0, 20.0, 30.0, 90.0, None],
        "n_a": [20, 40, 10, 5, None],
        "part_b": [30.0, 10.0, 20.0, 90.0, None],
        "secret": [False, False, False, False, True],
    })


def test_zscores_and_weighted_mean_by_hand():
    table, info = fragilite.fragilite(units(), [("part_a", 1), ("part_b", 1)], {"part_a": 3, "part_b": 1},
                                      method="zscore", n_classes=2)
    assert table["z_part_a"].tolist()[:3] == pytest.approx([-S, 0.0, S])
    assert table["z_part_b"].tolist()[:3] == pytest.approx([S, -S, 0.0])
    # index = (3 z_a + 1 z_b) / 4: U1 (−3s + s)/4 = −s/2, U2 (0 − s)/4 = −s/4, U3 (3s + 0)/4 = 3s/4
    assert table["indice_fragilite"].tolist()[:3] == pytest.approx([-S / 2, -S / 4, 3 * S / 4])
    assert info["references"]["part_a"]["moyenne"] == pytest.approx(20.0)
    assert info["references"]["part_a"]["ecart_type"] == pytest.approx(math.sqrt(200 / 3))


def test_units_under_the_threshold_get_no_index_and_say_why():
    table, info = fragilite.fragilite(units(), [("part_a", 1), ("part_b", 1)], method="zscore", n_classes=2)
    # U4's 90 % would move the mean to (10+20+30+90)/4 = 37.5 if it counted: it does not.
    assert info["references"]["part_a"]["moyenne"] == pytest.approx(20.0)
    assert pd.isna(table["indice_fragilite"][3]) and pd.isna(table["z_part_a"][3])
    assert table["motif_sans_indice"][3] == "moins de 11 ménages"
    assert pd.isna(table["indice_fragilite"][4])
    assert table["motif_sans_indice"][4] == "secret statistique"
    assert table["fragile"][3] is None and table["fragile"][4] is None
    assert table["motif_sans_indice"][:3].isna().all()
    assert info["nb_avec_indice"] == 3


def test_ratio_to_the_reference_and_a_variable_that_lowers_fragility():
    table, info = fragilite.fragilite(units(), [("part_a", 1), ("part_b", -1)], method="ratio", n_classes=2)
    # part_a: ratio of sums with its denominator n_a: (10×20 + 20×40 + 30×10) / (20 + 40 + 10) = 1300 / 70
    ref_a = 1300 / 70
    # part_b: no n_b, weighted by nb_menages: (30×20 + 10×40 + 20×20) / (20 + 40 + 20) = 1400 / 80 = 17.5
    ref_b = 17.5
    assert info["references"]["part_a"]["reference"] == pytest.approx(ref_a)
    assert info["references"]["part_b"]["reference"] == pytest.approx(ref_b)
    assert "n_a" in info["references"]["part_a"]["base_reference"]
    assert table["r_part_a"][0] == pytest.approx(100 * 10 / ref_a)          # 53.85
    # part_b lowers fragility: 200 − 100 × 30 / 17.5 = 200 − 171.43 = 28.57
    assert table["r_part_b"][0] == pytest.approx(200 - 100 * 30 / 17.5)
    assert table["indice_fragilite"][0] == pytest.approx((100 * 10 / ref_a + 200 - 100 * 30 / 17.5) / 2)


def test_negative_direction_flips_the_zscore():
    table, _ = fragilite.fragilite(units(), [("part_a", 1), ("part_b", -1)], method="zscore", n_classes=2)
    assert table["z_part_b"].tolist()[:3] == pytest.approx([-S, S, 0.0])
    # equal weights: U1 (−s − s)/2 = −s, U2 (0 + s)/2 = s/2, U3 (s + 0)/2 = s/2
    assert table["indice_fragilite"].tolist()[:3] == pytest.approx([-S, S / 2, S / 2])


def test_a_unit_with_an_unknown_variable_gets_no_index():
    frame = units()
    frame.loc[1, "part_b"] = None
    table, info = fragilite.fragilite(frame, [("part_a", 1), ("part_b", 1)], method="zscore", n_classes=2)
    assert pd.isna(table["indice_fragilite"][1])
    assert table["motif_sans_indice"][1] == "variable(s) inconnue(s) : part_b"
    # part_b's mean over the units where it is known: (30 + 20) / 2 = 25
    assert info["references"]["part_b"]["moyenne"] == pytest.approx(25.0)
    assert info["references"]["part_a"]["n"] == 3


def test_vacancy_reference_uses_the_dwellings_let_or_offered():
    frame = pd.DataFrame({"nb_menages": [20, 30], "tx_vacance": [10.0, 0.0], "nb_loues": [18, 30],
                          "nb_vacants": [2, 0]})
    _, info = fragilite.fragilite(frame, [("tx_vacance", 1)], method="ratio", n_classes=2)
    # (10 × 20 + 0 × 30) / (20 + 30) = 4 %
    assert info["references"]["tx_vacance"]["reference"] == pytest.approx(4.0)


def test_fragile_is_the_top_class_or_above_the_threshold():
    table, info = fragilite.fragilite(units(), [("part_a", 1)], method="zscore", n_classes=3)
    # z = (−s, 0, s): tertile limits at the 1/3 and 2/3 quantiles −s/3, s/3 → classes 1, 2, 3
    assert info["limites"] == pytest.approx([-S / 3, S / 3])
    assert table["classe_fragilite"].tolist()[:3] == [1, 2, 3]
    assert table["fragile"].tolist()[:3] == [False, False, True]
    table, _ = fragilite.fragilite(units(), [("part_a", 1)], method="zscore", n_classes=3, fragile_threshold=-0.5)
    assert table["fragile"].tolist()[:3] == [False, True, True]


def test_constant_variable_is_an_error():
    frame = units()
    frame["part_a"] = 5.0
    with pytest.raises(PeuplementError, match="part_a"):
        fragilite.fragilite(frame, [("part_a", 1)], method="zscore")


# ----------------------------------------------------------------------------------
# parsing


def test_parse_variables_and_weights():
    assert fragilite.parse_variables("-tx_vacance; part_apl,part_chomage") == [
        ("tx_vacance", -1), ("part_apl", 1), ("part_chomage", 1)]
    assert fragilite.parse_weights("part_apl=2; tx_vacance=0,5", ["tx_vacance", "part_apl", "x"]) == {
        "tx_vacance": 0.5, "part_apl": 2.0, "x": 1.0}
    with pytest.raises(PeuplementError, match="inconnue|n'est pas une des variables"):
        fragilite.parse_weights("autre=2", ["tx_vacance"])
    with pytest.raises(PeuplementError):
        fragilite.parse_weights("tx_vacance=beaucoup", ["tx_vacance"])
    assert fragilite.parse_breaks("-0.5; 0 ;0,5") == [-0.5, 0.0, 0.5]
    with pytest.raises(PeuplementError):
        fragilite.parse_breaks("1;0")


# ----------------------------------------------------------------------------------
# classes


def test_quantile_classes_by_hand():
    values = np.arange(1, 11, dtype=float)
    # quantile q of 1..10 with linear interpolation: 1 + q × 9 → 2.8, 4.6, 6.4, 8.2
    breaks = fragilite.quantile_breaks(values, 5)
    assert breaks == pytest.approx([2.8, 4.6, 6.4, 8.2])
    assert list(fragilite.classify(values, breaks)) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_user_breaks_are_upper_limits():
    classes = fragilite.classify([-1.0, 0.0, 0.5, 1.0, 2.0, np.nan], [0.0, 1.0])
    assert list(classes[:5]) == [1, 1, 2, 2, 3]
    assert pd.isna(classes[5])


def test_jenks_on_three_obvious_groups():
    assert fragilite.jenks_breaks([22, 1, 11, 2, 20, 3, 10, 21, 12], 3) == [3.0, 12.0]


def _brute_force_jenks(values, k):
    """Every way to cut the sorted values into k runs; the least total SSD."""
    x = np.sort(values)
    best, best_cuts = np.inf, None
    for cuts in itertools.combinations(range(1, len(x)), k - 1):
        runs = np.split(x, cuts)
        total = sum(((r - r.mean()) ** 2).sum() for r in runs)
        if total < best - 1e-12:
            best, best_cuts = total, cuts
    return [float(x[c - 1]) for c in best_cuts]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_jenks_is_the_optimal_partition(seed):
    values = np.random.default_rng(seed).gamma(2.0, 3.0, 11)
    assert fragilite.jenks_breaks(values, 4) == pytest.approx(_brute_force_jenks(values, 4))


def test_describe_names_the_references():
    _, info = fragilite.fragilite(units(), [("part_a", 1), ("part_b", -1)], method="zscore", n_classes=2)
    text = "\n".join(fragilite.describe(info))
    assert "part_a (poids 1) : moyenne 20.000, écart-type 8.165" in text
    assert "sens inverse" in text


def test_unknown_household_count_without_secret_says_so():
    frame = units()
    frame.loc[4, "secret"] = False
    table, _ = fragilite.fragilite(frame, [("part_a", 1)], method="zscore", n_classes=2)
    assert table["motif_sans_indice"][4] == "nombre de ménages inconnu"
