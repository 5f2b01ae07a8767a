"""Audit of the secret by linear programming (domain.md 6).

For every masked cell of a publication, the interval of the values it can take while
every published figure stays what it is: its minimum and its maximum under the
additive relations of ``hierarchie.relations`` (parents = sum of children, QPV + hors
QPV = territory, difference = t1 − t0), counts >= 0. Solved with
``scipy.optimize.linprog`` (HiGHS), one small problem per group of masked cells linked
by the relations.

**Protection margin.** A masked cell is *exposed* when the published figures pin it
down to an interval narrower than ``margin`` households (upper − lower < margin). The
default, 1 household, is the rule of τ-ARGUS's frequency tables with a safety range of
0 (``FREQ(11,0)``): a cell that can be computed exactly is disclosed; a cell left
between two whole numbers or more is not. A larger margin asks for wider intervals
(margin 11: nobody can tell whether the cell is under the threshold's width).
"""

import numpy as np
import pandas as pd

from .hierarchie import _scipy

DEFAULT_MARGIN = 1.0
TOLERANCE = 1e-6


def bounds(rel, values, masked, is_count, margin=DEFAULT_MARGIN, exact_only=False, only=None):
    """Lower and upper bound of every masked cell: a DataFrame cell, lower, upper,
    exposed (upper − lower < margin). ``rel``: ``hierarchie.relations``; ``values``
    over the cells (NaN: not published), ``masked`` (the cells to audit), ``is_count``
    (bounded below by 0).

    ``exact_only``: instead of linear programs, only the cells the relations compute
    exactly (linear algebra: the cell is a combination of the relations), a fast
    first check used while protecting; their lower = upper = NaN. ``only``: audit
    these cells only (masking more cells never pins down another one: after adding
    masks, only the new ones and those still exposed need a look)."""
    sparse, csgraph, linprog = _scipy()
    n, n_aux = rel.n_cells, rel.n_aux
    matrix = rel.matrix.tocsc()
    unknown = np.r_[masked | np.isnan(values), np.ones(n_aux, dtype=bool)]
    known_values = np.where(unknown[:n], 0.0, values)
    rhs = -(matrix[:, :n] @ known_values)
    unknown_cols = np.flatnonzero(unknown)
    sub = matrix[:, unknown_cols].tocsr()
    touched = np.flatnonzero(np.diff(sub.indptr) > 0)
    sub = sub[touched]
    rhs = rhs[touched]
    # unknowns linked through a relation form one problem
    link = (abs(sub).T @ abs(sub)).tocsr()
    _, component = csgraph.connected_components(link, directed=False)
    lower_bound = np.r_[np.where(is_count, 0.0, -np.inf), np.zeros(n_aux)][unknown_cols]
    audited = (masked if only is None else masked & only)[unknown_cols[unknown_cols < n]]
    targets = np.flatnonzero(np.r_[audited, np.zeros(int((unknown_cols >= n).sum()), dtype=bool)])
    rows_of = abs(sub).tocsc()
    out = []
    order = np.argsort(component, kind="stable")
    starts = np.r_[0, np.flatnonzero(np.diff(component[order])) + 1, len(order)]
    position = np.empty(len(order), dtype=np.int64)
    for k in range(len(starts) - 1):
        members = order[starts[k]:starts[k + 1]]
        wanted = members[np.isin(members, targets)]
        if len(wanted) == 0:
            continue
        rows = np.unique(rows_of[:, members].tocoo().row)
        if len(rows) == 0:
            for m in wanted:
                out.append((unknown_cols[m], lower_bound[m], np.inf, None))
            continue
        position[members] = np.arange(len(members))
        a_eq = sub[rows][:, members].toarray()
        b_eq = rhs[rows]
        if exact_only:
            out.extend(_exact_cells(a_eq, position[wanted], unknown_cols[wanted], touched[rows]))
            continue
        box = [(lower_bound[m], None) for m in members]
        out.extend(_component_bounds(linprog, a_eq, b_eq, box, position[wanted], unknown_cols[wanted], margin,
                                     touched[rows]))
    frame = pd.DataFrame(out, columns=["cell", "lower", "upper", "certificate"])
    if exact_only:
        frame["exposed"] = frame["certificate"].notna()
    else:
        frame["exposed"] = (frame["upper"] - frame["lower"]) < margin - TOLERANCE
    return frame.sort_values("cell").reset_index(drop=True)


def _exact_cells(a_eq, targets, cells, row_ids):
    """The targets the relations compute exactly: the cell is a combination of the
    rows (its coordinate is 0 over the null space), with that combination (from one
    singular value decomposition of the component)."""
    u, singular, vt = np.linalg.svd(a_eq, full_matrices=True)
    rank = int((singular > 1e-9 * max(singular.max(initial=0.0), 1.0)).sum())
    null = vt[rank:]
    out = []
    for target, cell in zip(targets, cells):
        if null.shape[0] and np.abs(null[:, target]).max() > 1e-7:
            out.append((cell, -np.inf, np.inf, None))
            continue
        weights = u[:, :rank] @ (vt[:rank, target] / singular[:rank])
        used = np.abs(weights) > 1e-9
        out.append((cell, np.nan, np.nan, (row_ids[used], weights[used])))
    return out


def _component_bounds(linprog, a_eq, b_eq, box, targets, cells, margin, row_ids):
    """(cell, lower, upper) of the ``targets`` (positions in the component's columns).

    Few problems are solved: the extreme points reached by two opposite objectives (the
    cells with alternating signs) already show most cells taking values at least
    ``margin`` apart, which proves them protected; only the others get their own minimum and maximum (whose
    extreme points prove more cells on the way). The lower and upper of a proven cell are the values
    it was seen to take (its exact bounds are at least that wide). An exposed cell comes
    with its certificate: the relations (global row ids) and their weights, from the
    duals of its minimum, that combine into it."""
    size = a_eq.shape[1]
    seen_low = np.full(size, np.inf)
    seen_high = np.full(size, -np.inf)
    # alternating signs: siblings pulled apart (one up, the next down), then the reverse
    alternating = np.where(np.arange(size) % 2 == 0, 1.0, -1.0)
    for c in (alternating, -alternating):
        result = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=box, method="highs")
        if result.status == 3:   # unbounded: nothing pins these cells from above
            seen_high[:] = np.inf
            continue
        if result.status != 0:
            break
        seen_low = np.minimum(seen_low, result.x)
        seen_high = np.maximum(seen_high, result.x)
    out = []
    for target, cell in zip(targets, cells):
        if np.isfinite(seen_low[target]) and seen_high[target] - seen_low[target] >= margin:
            out.append((cell, seen_low[target], seen_high[target], None))
            continue
        c = np.zeros(size)
        c[target] = 1.0
        low = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=box, method="highs")
        high = linprog(-c, A_eq=a_eq, b_eq=b_eq, bounds=box, method="highs")
        for solved in (low, high):   # each extreme point also shows the other cells' values
            if solved.status == 0:
                seen_low = np.minimum(seen_low, solved.x)
                seen_high = np.maximum(seen_high, solved.x)
        lo = low.fun if low.status == 0 else (-np.inf if low.status == 3 else np.nan)
        hi = -high.fun if high.status == 0 else (np.inf if high.status == 3 else np.nan)
        certificate = None
        if low.status == 0 and hi - lo < margin:
            weights = np.asarray(low.eqlin.marginals)
            used = np.abs(weights) > 1e-9
            certificate = (row_ids[used], weights[used])
        out.append((cell, lo, hi, certificate))
    return out


def verdict(exposed_count):
    """The audit's one final line."""
    if exposed_count == 0:
        return "protected"
    return "{} cells exposed".format(exposed_count)
