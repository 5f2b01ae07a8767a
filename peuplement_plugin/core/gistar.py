"""Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995), the local hot-spot statistic of
domain.md 5.7, with binary weights: a distance band between unit centres, or
contiguity (units whose outlines lie within a small gap of each other).

With binary weights w_ij = 1 for the neighbours j of i *and for i itself* (the star),
W_i = Σ_j w_ij (= k_i + 1), x̄ and S = sqrt(Σ x² / n − x̄²) over all n units:

    Gi*_i = (Σ_j w_ij x_j − x̄ W_i) / (S sqrt((n Σ_j w_ij² − W_i²) / (n − 1)))

which is already a z-score. Its p-value comes from the normal approximation (one-sided,
P(Z ≥ |z|), in the direction of z) or from a conditional permutation: x_i held at i,
the k_i neighbour values drawn at random among the n − 1 others, the pseudo p-value
(1 + number of draws at least as extreme) / (1 + permutations), folded to the side of
the observed value: the smaller of the counts of draws >= and <= the observed one (as
PySAL's esda.G_Local, except that a tie counts on both sides). No neighbour, or every unit a neighbour:
no local statistic (NaN).
"""

import math

import numpy as np


def distance_band_neighbours(x, y, distance):
    """For each point, the indices of the others within ``distance`` (centre to centre)."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    order = np.argsort(x, kind="stable")
    xs = x[order]
    out = []
    for i in range(len(x)):
        lo = np.searchsorted(xs, x[i] - distance, side="left")
        hi = np.searchsorted(xs, x[i] + distance, side="right")
        candidates = order[lo:hi]
        near = candidates[np.hypot(x[candidates] - x[i], y[candidates] - y[i]) <= distance]
        out.append(np.sort(near[near != i]))
    return out


def automatic_distance(x, y):
    """The smallest band that gives every unit at least one neighbour: the largest
    nearest-neighbour distance (the default of ArcGIS's hot-spot tool)."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    if len(x) < 2:
        return 0.0
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    nearest = np.full(len(x), np.inf)
    for position in range(len(xs)):
        best = np.inf
        # walk right and left along x until the gap in x alone exceeds the best distance
        for step in (1, -1):
            j = position + step
            while 0 <= j < len(xs) and abs(xs[j] - xs[position]) < best:
                best = min(best, math.hypot(xs[j] - xs[position], ys[j] - ys[position]))
                j += step
        nearest[position] = best
    return float(nearest.max())


def contiguity_neighbours(geometries, gap=0.0):
    """For each geometry (shapely), the indices of the others within ``gap`` of it
    (touching when 0)."""
    bounds = np.array([g.bounds if g is not None and not g.is_empty else (np.nan,) * 4 for g in geometries],
                      dtype="float64").reshape(-1, 4)
    out = []
    for i, geometry in enumerate(geometries):
        if geometry is None or geometry.is_empty:
            out.append(np.zeros(0, dtype=np.int64))
            continue
        minx, miny, maxx, maxy = bounds[i]
        close = ((bounds[:, 0] <= maxx + gap) & (bounds[:, 2] >= minx - gap)
                 & (bounds[:, 1] <= maxy + gap) & (bounds[:, 3] >= miny - gap))
        close[i] = False
        candidates = np.flatnonzero(close)
        near = [j for j in candidates if geometry.distance(geometries[j]) <= gap]
        out.append(np.asarray(near, dtype=np.int64))
    return out


def _moments(values):
    x = np.asarray(values, dtype="float64")
    n = len(x)
    mean = x.mean()
    s = math.sqrt(max((x * x).sum() / n - mean * mean, 0.0))
    return x, n, mean, s


def gi_star(values, neighbours):
    """Gi* z-score of every unit (binary weights, the unit itself included)."""
    x, n, mean, s = _moments(values)
    k = np.array([len(nb) for nb in neighbours], dtype="float64")
    w = k + 1.0
    lag = x + np.array([x[nb].sum() for nb in neighbours], dtype="float64")
    denominator = s * np.sqrt((n * w - w * w) / (n - 1)) if n > 1 else np.zeros(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (lag - mean * w) / denominator
    z[(k == 0) | (denominator <= 0)] = np.nan
    return z


def p_normal(z):
    """One-sided p-value of the normal approximation, P(Z ≥ |z|)."""
    z = np.asarray(z, dtype="float64")
    p = np.array([0.5 * math.erfc(abs(v) / math.sqrt(2.0)) if np.isfinite(v) else np.nan for v in z])
    return p


def p_permutation(values, neighbours, permutations=999, seed=None):
    """Folded pseudo p-value of Gi* by conditional permutation (see the module's doc)."""
    x, n, _, _ = _moments(values)
    k = np.array([len(nb) for nb in neighbours], dtype=np.int64)
    p = np.full(n, np.nan)
    kmax = int(k.max()) if n else 0
    if n < 3 or kmax == 0 or permutations < 1:
        return p
    rng = np.random.default_rng(seed)
    # one random order of the n − 1 "others" per draw, shared by all units: the first
    # k_i of them are unit i's random neighbours (positions >= i shifted past i).
    draws = np.empty((permutations, min(kmax, n - 1)), dtype=np.int64)
    for r in range(permutations):
        draws[r] = rng.permutation(n - 1)[:draws.shape[1]]
    for i in range(n):
        if k[i] == 0 or k[i] >= n - 1:
            continue
        picked = draws[:, :k[i]]
        picked = picked + (picked >= i)
        simulated = x[picked].sum(axis=1)
        observed = x[neighbours[i]].sum()
        # Gi* is an increasing function of the neighbours' sum (x_i and W_i fixed).
        # Folded: the draws at least as high, or at most as low, whichever are fewer;
        # a tie counts on both sides (values repeat: 0 % of unemployment…).
        upper = int((simulated >= observed).sum())
        lower = int((simulated <= observed).sum())
        p[i] = (min(upper, lower) + 1.0) / (permutations + 1.0)
    return p
