"""core.gistar against the textbook Getis-Ord Gi* written here with explicit loops, on a
5 × 5 grid of points 1 unit apart with one hot cluster (a 2 × 2 block of 5 in a field
of 1), rook neighbours (distance band 1)."""

import math

import numpy as np
import pytest
from shapely.geometry import box

from peuplement_plugin.core import gistar

SIDE = 5
HOT = {(0, 0), (1, 0), (0, 1), (1, 1)}


def grid():
    xs, ys, values = [], [], []
    for row in range(SIDE):
        for col in range(SIDE):
            xs.append(float(col))
            ys.append(float(row))
            values.append(5.0 if (col, row) in HOT else 1.0)
    return np.array(xs), np.array(ys), np.array(values)


def textbook_gi_star(x, y, values, band):
    """Ord & Getis (1995), eq. for Gi* with weights w_ij (w_ii = 1), one unit at a time."""
    n = len(values)
    mean = sum(values) / n
    s = math.sqrt(sum(v * v for v in values) / n - mean * mean)
    out = []
    for i in range(n):
        w = [1.0 if math.hypot(x[i] - x[j], y[i] - y[j]) <= band else 0.0 for j in range(n)]
        sum_wx = sum(w[j] * values[j] for j in range(n))
        sum_w = sum(w)
        sum_w2 = sum(wj * wj for wj in w)
        out.append((sum_wx - mean * sum_w) / (s * math.sqrt((n * sum_w2 - sum_w ** 2) / (n - 1))))
    return out


def test_gi_star_equals_the_textbook_formula_on_every_cell():
    x, y, values = grid()
    neighbours = gistar.distance_band_neighbours(x, y, 1.0)
    assert gistar.gi_star(values, neighbours) == pytest.approx(textbook_gi_star(x, y, values, 1.0))
    # a wider band (diagonals too) as well
    neighbours = gistar.distance_band_neighbours(x, y, 1.5)
    assert gistar.gi_star(values, neighbours) == pytest.approx(textbook_gi_star(x, y, values, 1.5))


def test_gi_star_of_the_corner_by_hand():
    """Cell (0, 0): itself and its rook neighbours (1, 0), (0, 1), all three hot.
    n = 25, 4 values of 5 and 21 of 1: x̄ = 41 / 25 = 1.64; Σx²/n = (4×25 + 21)/25 = 4.84;
    S² = 4.84 − 1.64² = 2.1504. W = 3, Σw² = 3, Σwx = 15.
    numerator 15 − 1.64 × 3 = 10.08; denominator √2.1504 × √((25×3 − 9) / 24) = √2.1504 × √2.75
    z = 10.08 / (1.466424 × 1.658312) = 10.08 / 2.431786 = 4.1451."""
    x, y, values = grid()
    z = gistar.gi_star(values, gistar.distance_band_neighbours(x, y, 1.0))
    assert z[0] == pytest.approx(10.08 / (math.sqrt(2.1504) * math.sqrt(2.75)))
    assert z[0] == pytest.approx(4.1451, abs=1e-4)
    # the far corner (4, 4), three cells of 1: (3 − 1.64 × 3) / 2.431786 = −1.92 / 2.431786
    assert z[24] == pytest.approx(-1.92 / 2.431786, abs=1e-5)


def test_normal_p_value_is_one_sided():
    # P(Z ≥ 1.96) = 0.025
    assert gistar.p_normal([1.959964, -1.959964]) == pytest.approx([0.025, 0.025], abs=1e-6)


def test_permutation_p_value_of_the_hot_corner():
    """Corner (0, 0): x_i held; its 2 neighbours drawn among the 24 others (3 of 5, 21 of 1).
    A draw is at least as extreme as the observed sum 10 only when both are 5:
    P = C(3, 2) / C(24, 2) = 3 / 276 = 0.0109, so the pseudo p-value is about
    (1 + 999 × 0.0109) / 1000 = 0.0119 (binomial sd of the count ≈ 3.3)."""
    x, y, values = grid()
    neighbours = gistar.distance_band_neighbours(x, y, 1.0)
    p = gistar.p_permutation(values, neighbours, permutations=999, seed=7)
    expected = (1 + 999 * 3 / 276) / 1000
    assert abs(p[0] - expected) < 4 * math.sqrt(999 * 0.0109 * 0.989) / 1000
    assert p[0] < 0.05
    # reproducible with the seed, and a cold cell of the field is not significant
    assert np.array_equal(p, gistar.p_permutation(values, neighbours, permutations=999, seed=7), equal_nan=True)
    assert p[12] > 0.05


def test_permutation_p_folds_to_the_low_side():
    """A cold cell among hot ones: its neighbours' sum is the lowest possible, and the
    folded pseudo p-value counts the draws at most as low."""
    values = np.array([5.0, 5.0, 1.0, 5.0, 5.0, 5.0, 5.0, 1.0])
    neighbours = [np.array([1]), np.array([2]), np.array([7]), np.array([4]), np.array([5]), np.array([6]),
                  np.array([0]), np.array([3])]
    p = gistar.p_permutation(values, neighbours, permutations=999, seed=3)
    # unit 2: its neighbour is the other 1 among 7 others (6 of 5, 1 of 1): P(draw ≤ 1) = 1/7
    assert abs(p[2] - (1 + 999 / 7) / 1000) < 4 * math.sqrt(999 * (1 / 7) * (6 / 7)) / 1000


def test_no_neighbour_no_statistic():
    values = np.array([1.0, 2.0, 3.0])
    neighbours = [np.array([1]), np.array([0]), np.array([], dtype=np.int64)]
    z = gistar.gi_star(values, neighbours)
    assert np.isnan(z[2]) and np.isfinite(z[0])
    assert np.isnan(gistar.p_permutation(values, neighbours, 99, seed=1)[2])


def test_distance_band_and_automatic_distance_against_brute_force():
    rng = np.random.default_rng(5)
    x, y = rng.uniform(0, 1000, 60), rng.uniform(0, 1000, 60)
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    neighbours = gistar.distance_band_neighbours(x, y, 150.0)
    for i in range(60):
        assert list(neighbours[i]) == [j for j in range(60) if j != i and d[i, j] <= 150.0]
    np.fill_diagonal(d, np.inf)
    assert gistar.automatic_distance(x, y) == pytest.approx(d.min(axis=1).max())


def test_contiguity_within_a_gap():
    # three blocks in a row, streets of 20 m and 40 m between them
    blocks = [box(0, 0, 100, 100), box(120, 0, 220, 100), box(260, 0, 360, 100)]
    neighbours = gistar.contiguity_neighbours(blocks, 30.0)
    assert [list(n) for n in neighbours] == [[1], [0], []]
    neighbours = gistar.contiguity_neighbours(blocks, 40.0)
    assert [list(n) for n in neighbours] == [[1], [0, 2], [1]]
