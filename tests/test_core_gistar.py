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
        spread = n * sum_w2 - sum_w ** 2
        # every unit a neighbour: no local statistic
        out.append((sum_wx - mean * sum_w) / (s * math.sqrt(spread / (n - 1))) if spread > 0 else math.nan)
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
    # The automatic band is local (domain.md 5.7): the median of each point's distance to
    # its 8th nearest neighbour (sorted row, position 7), not the largest nearest-neighbour
    # distance.
    assert gistar.automatic_distance(x, y) == pytest.approx(np.median(np.sort(d, axis=1)[:, 7]))


def test_one_isolated_unit_does_not_stretch_the_automatic_band():
    # A 5 × 5 grid 100 m apart and one point 5 km away. The 8th nearest point of each:
    # - the 9 inner cells: 4 at 100 m, 4 at 141.4 m (√2 × 100) → 141.4 m;
    # - the 4 middle edge cells, e.g. (0, 2): 3 at 100, 2 at 141.4, 3 at 200 → 200 m;
    # - the 8 other edge cells, e.g. (0, 1): 3 at 100, 2 at 141.4, 2 at 200, then 223.6 m (√5 × 100);
    # - the 4 corners: 2 at 100, 1 at 141.4, 2 at 200, 2 at 223.6, then 282.8 m;
    # - the far point: about 6.4 km.
    # Sorted, 26 values: 9 × 141.4, 4 × 200, 8 × 223.6, …: the median is the mean of the 13th
    # (200) and the 14th (223.6): (200 + 100√5) / 2 = 211.8 m.
    xs, ys = np.meshgrid(np.arange(5) * 100.0, np.arange(5) * 100.0)
    x = np.append(xs.ravel(), 5000.0)
    y = np.append(ys.ravel(), 5000.0)
    assert gistar.automatic_distance(x, y) == pytest.approx((200 + 100 * math.sqrt(5)) / 2)
    # The largest nearest-neighbour distance would be about 6.4 km.
    assert gistar.automatic_distance(x, y) < 300


def test_contiguity_within_a_gap():
    # three blocks in a row, streets of 20 m and 40 m between them
    blocks = [box(0, 0, 100, 100), box(120, 0, 220, 100), box(260, 0, 360, 100)]
    neighbours = gistar.contiguity_neighbours(blocks, 30.0)
    assert [list(n) for n in neighbours] == [[1], [0], []]
    neighbours = gistar.contiguity_neighbours(blocks, 40.0)
    assert [list(n) for n in neighbours] == [[1], [0, 2], [1]]


# --------------------------------------------------------------------------- the sector as a whole

def test_group_gi_star_by_hand():
    """A 3 × 3 grid, two cells of 3 (the group) and seven of 0. n = 9, x̄ = 6 / 9 = 2/3,
    Σx²/n = 18 / 9 = 2, S² = 2 − 4/9 = 14/9. Group of m = 2: Σx = 6,
    numerator 6 − 2 × 2/3 = 14/3; denominator S √((9 × 2 − 4) / 8) = √(14/9) √(14/8)
    = 14 / √72 = 14 / (6√2); z = (14/3) × 6√2 / 14 = 2√2."""
    values = np.array([3.0, 3.0, 0, 0, 0, 0, 0, 0, 0])
    assert gistar.group_gi_star(values, [0, 1]) == pytest.approx(2 * math.sqrt(2))
    # A group of one cell of 3: (3 − 2/3) / (√(14/9) × √((9 − 1) / 8)) = (7/3) / (√14 / 3) = 7 / √14.
    assert gistar.group_gi_star(values, [0]) == pytest.approx(7 / math.sqrt(14))
    assert np.isnan(gistar.group_gi_star(values, []))
    assert np.isnan(gistar.group_gi_star(values, list(range(9))))


def test_components_of_the_active_nodes():
    # A path 0-1-2-3-4 and 5-6; node 2 inactive splits the path.
    neighbours = [[1], [0, 2], [1, 3], [2, 4], [3], [6], [5]]
    a, b = gistar.edges_of(neighbours)
    active = np.array([True, True, False, True, True, True, True])
    label = gistar.components(active, a, b)
    assert label[[0, 1, 3, 4, 5, 6]].tolist() == [0, 0, 3, 3, 5, 5]


def _rook(rows, cols):
    return [[r2 * cols + c2 for r2, c2 in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
             if 0 <= r2 < rows and 0 <= c2 < cols] for r in range(rows) for c in range(cols)]


def _strongest_sector(values, fragile, neighbours):
    """Largest group G* of the connected groups of fragile cells, by a breadth-first walk
    and the textbook formula (written here, not core's)."""
    n = len(values)
    mean = sum(values) / n
    s = math.sqrt(sum(v * v for v in values) / n - mean * mean)
    seen, best = set(), -math.inf
    for start in range(n):
        if not fragile[start] or start in seen:
            continue
        group, queue = [], [start]
        seen.add(start)
        while queue:
            i = queue.pop()
            group.append(i)
            for j in neighbours[i]:
                if fragile[j] and j not in seen:
                    seen.add(j)
                    queue.append(j)
        m = len(group)
        z = (sum(values[i] for i in group) - mean * m) / (s * math.sqrt((n * m - m * m) / (n - 1)))
        best = max(best, z)
    return best


def test_sector_p_value_against_every_rearrangement():
    """A 2 × 3 grid, rook contiguity, the three highest values fragile. The exact p-value
    of a sector is the share of the 720 rearrangements of the six (value, fragile) pairs
    whose strongest sector reaches the observed G*; 20,000 random rearrangements must give
    it within 0.015 (standard error √(p(1 − p) / 20000) < 0.0036)."""
    import itertools

    values = [4.0, 3.0, 2.5, 0.0, 0.5, -1.0]   # row 0: cells 0 1 2; row 1: cells 3 4 5
    fragile = [True, True, True, False, False, False]
    neighbours = _rook(2, 3)
    # The observed sector {0, 1, 2} (the whole top row).
    observed = gistar.group_gi_star(np.array(values), [0, 1, 2])
    assert observed == pytest.approx(_strongest_sector(values, fragile, neighbours))
    count = 0
    for order in itertools.permutations(range(6)):
        v = [values[k] for k in order]
        f = [fragile[k] for k in order]
        count += _strongest_sector(v, f, neighbours) >= observed - 1e-12
    exact = count / 720
    maxima = gistar.sector_maxima(np.array(values), np.array(fragile), neighbours, 20000, seed=3)
    estimate = gistar.p_sector([observed], maxima)[0]
    assert estimate == pytest.approx(exact, abs=0.015)
    # A single fragile cell, the highest (4.0): any rearrangement puts 4.0 in some sector,
    # alone or with others; the strongest chance sector reaches a lone 4.0 in most of them.
    lone = gistar.group_gi_star(np.array(values), [0])
    count = 0
    for order in itertools.permutations(range(6)):
        v = [values[k] for k in order]
        f = [fragile[k] for k in order]
        count += _strongest_sector(v, f, neighbours) >= lone - 1e-12
    assert gistar.p_sector([lone], maxima)[0] == pytest.approx(count / 720, abs=0.015)
    assert count / 720 > exact


def test_a_compact_sector_beats_one_bad_unit_on_a_grid():
    """An 8 × 8 grid of ordinary units (0, ±0.3 in a fixed pattern), one compact 2 × 3
    block of 2.0 in the north-west and one lone unit of 3.0 in the south-east, both fragile
    (and nothing else): the block is significant, the lone unit, higher as it is, is not."""
    rows = cols = 8
    values = np.array([0.3 * ((r * 3 + c * 5) % 3 - 1) for r in range(rows) for c in range(cols)])
    block = [r * cols + c for r in range(2) for c in range(3)]
    lone = 6 * cols + 6
    values[block] = 2.0
    values[lone] = 3.0
    fragile = np.zeros(rows * cols, dtype=bool)
    fragile[block] = True
    fragile[lone] = True
    maxima = gistar.sector_maxima(values, fragile, _rook(rows, cols), 999, seed=1)
    p_block, p_lone = gistar.p_sector([gistar.group_gi_star(values, block), gistar.group_gi_star(values, [lone])],
                                      maxima)
    assert p_block < 0.05 < p_lone
