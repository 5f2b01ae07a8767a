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

A fragile sector is tested as a whole (``group_gi_star``, ``sector_maxima``, ``p_sector``,
below).
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


def automatic_distance(x, y, k=8):
    """A local band: the median, over the units, of the distance to their ``k``-th nearest
    neighbour (8: the ring of cells around a cell of a grid). A median, so that one
    isolated unit cannot stretch every neighbourhood to kilometres, as the largest
    nearest-neighbour distance (ArcGIS's default) would (domain.md 5.7); an isolated unit
    may be left without a neighbour, and so without a statistic."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    if len(x) < 2:
        return 0.0
    k = min(int(k), len(x) - 1)
    kth = np.empty(len(x))
    for i in range(len(x)):
        d = np.hypot(x - x[i], y - y[i])
        d[i] = np.inf
        kth[i] = np.partition(d, k - 1)[k - 1]
    return float(np.median(kth))


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


# --------------------------------------------------------------------------- the sector as a whole
#
# domain.md 5.7: the test is about the sector, not about one of its units. A sector is a
# group of m contiguous fragile units; its statistic is Gi* of the group taken as one,
# binary weights 1 on its m units and 0 elsewhere:
#
#     G*_S = (Σ_{i∈S} x_i − x̄ m) / (S sqrt((n m − m²) / (n − 1)))
#
# (the Gi* formula above with W = m), over the n units the sectors are drawn from. Tested
# against the groups themselves would be biased: the sector is made of units already
# chosen as fragile, so any group of fragile units beats m units drawn at random. The null
# instead rearranges the index at random over the same units (each unit's fragile flag
# travels with its value), forms the sectors again with the same contiguity, and keeps the
# largest G* of each rearrangement: the sector's p-value is the share of rearrangements
# whose strongest chance sector reaches the observed G*, (1 + count) / (1 + permutations)
# (the maximum statistic of Kulldorff's scan test, which also covers the many sectors
# tested at once). One fragile unit is rarely significant: anywhere on a shuffled map, the
# highest values alone make a chance "sector" as strong as it. A compact group of several
# fragile units among ordinary neighbours is what chance does not make.


def group_gi_star(values, members, mean=None, s=None):
    """G* of the group ``members`` (indices into ``values``) taken as one unit (see above);
    ``mean`` and ``s`` default to those of ``values``. NaN for an empty group, a group of
    every unit, or constant values."""
    x, n, x_mean, x_s = _moments(values)
    mean = x_mean if mean is None else mean
    s = x_s if s is None else s
    m = len(members)
    if m == 0 or m >= n or s <= 0:
        return float("nan")
    return float((x[np.asarray(members, dtype=np.int64)].sum() - mean * m) / (s * math.sqrt((n * m - m * m) / (n - 1))))


def edges_of(neighbours):
    """The pairs (i, j), i < j, of a neighbour list (both arrays)."""
    a = np.concatenate([np.full(len(nb), i, dtype=np.int64) for i, nb in enumerate(neighbours)] or
                       [np.zeros(0, dtype=np.int64)])
    b = np.concatenate([np.asarray(nb, dtype=np.int64) for nb in neighbours] or [np.zeros(0, dtype=np.int64)])
    keep = a < b
    return a[keep], b[keep]


def components(active, a, b):
    """Connected components of the ``active`` nodes over the edges (a, b): for each node
    the smallest node index of its component (its own index when inactive)."""
    label = np.arange(len(active), dtype=np.int64)
    keep = active[a] & active[b]
    a, b = a[keep], b[keep]
    while True:
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        new = new[new]  # pointer jumping: each node to its root's root
        if np.array_equal(new, label):
            return label
        label = new


def sector_maxima(values, fragile, neighbours, permutations=999, seed=None):
    """The largest sector G* of each random rearrangement of (value, fragile) over the
    units (see above): sectors are the connected components of the fragile units over
    ``neighbours``. An array of ``permutations`` values (−inf when a rearrangement has
    no sector)."""
    x, n, mean, s = _moments(values)
    fragile = np.asarray(fragile, dtype=bool)
    maxima = np.full(max(int(permutations), 0), -np.inf)
    if n < 2 or s <= 0 or not fragile.any():
        return maxima
    a, b = edges_of(neighbours)
    rng = np.random.default_rng(seed)
    for r in range(len(maxima)):
        order = rng.permutation(n)
        xv, fv = x[order], fragile[order]
        label = components(fv, a, b)[fv]
        sums = np.bincount(label, weights=xv[fv], minlength=n)
        sizes = np.bincount(label, minlength=n).astype("float64")
        ok = (sizes > 0) & (sizes < n)
        z = (sums[ok] - mean * sizes[ok]) / (s * np.sqrt((n * sizes[ok] - sizes[ok] ** 2) / (n - 1)))
        maxima[r] = z.max() if len(z) else -np.inf
    return maxima


def p_sector(observed, maxima):
    """Pseudo p-value of a sector's G*: (1 + rearrangements whose strongest chance sector
    reaches it) / (1 + rearrangements). NaN without rearrangements or an observed G*."""
    maxima = np.asarray(maxima, dtype="float64")
    observed = np.asarray(observed, dtype="float64")
    if not len(maxima):
        return np.full(observed.shape, np.nan)
    counts = (maxima[None, :] >= observed.reshape(-1, 1)).sum(axis=1)
    p = (counts + 1.0) / (len(maxima) + 1.0)
    return np.where(np.isfinite(observed), p, np.nan).reshape(observed.shape)
