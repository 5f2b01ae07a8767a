"""Secondary secret over everything published together (domain.md 6).

A publication (the observatory's GeoPackage, several runs of one algorithm at several
levels) holds the same count at several levels: the households of a building, of its
îlot, of the IRIS, the commune, the EPCI; of a QPV and of "hors QPV". Each parent is
the sum of its children, so a reader who subtracts published children from their
published parent gets back any child masked alone. Masking one level at a time cannot
see it; here the whole hierarchy is protected at once.

The model (no QGIS):

- a **cell** is one count of one variable (``nb_menages`` of the occupation 2024, the
  ``n_apl`` denominator, the profile of the entrants…) for one unit of one level:
  ``(variable, level, unit)``; every figure of a layer resting on that count (a share, a
  mean) is published or masked with it;
- the **nesting** (``links``) says in which unit of each higher level every unit lies:
  exactly (the whole unit inside) or in part (a unit over two parents);
- the **relations**: for each variable, a parent = the sum of its children, the
  children being the units whose first linked level above is the parent's level (a
  building with no îlot is a direct child of its IRIS); a unit that does not nest
  (its households split between parents) enters each parent through an unknown part,
  the parts summing to it; all QPV + hors QPV = the territory (the top level's units);
  an evolution's difference = t1 − t0 for each unit.

``protect`` chooses the complementary cells: as long as one relation has a single
masked cell among known ones (directly, or after solving the unknown parts), the
published cell of that relation with the fewest households is masked too; then the
LP audit (``audit.py``) runs on the result and, where a cell is still pinned down by a
combination of relations, one more complementary cell is masked next to it, until the
audit passes. A heuristic, not an optimal method: the test against τ-ARGUS's optimal
pattern bounds its extra loss.
"""

from collections import namedtuple

import numpy as np
import pandas as pd

from .errors import PeuplementError

# How units nest (domain.md 4): each chain, from the smallest unit up. A unit's parent
# is the first level above it in a chain that is published and holds it.
CHAINS = (
    ("etage", "batiment", "ilot", "iris", "commune", "epci"),
    ("batiment", "residence"),
    ("ilot", "qpv"),
)
HORS_QPV = "hors QPV"
COUNT = "count"     # a number of households: >= 0
DIFF = "diff"       # a difference between two millésimes: any sign
MAX_REPAIRS = 200

Relations = namedtuple("Relations", "matrix n_cells n_aux warnings")
Protection = namedtuple("Protection", "masked secondary warnings audit counts")


def _scipy():
    try:
        from scipy import sparse
        from scipy.sparse import csgraph
        from scipy.optimize import linprog
    except ImportError as error:  # QGIS ships SciPy on every platform; a bare Python may not
        raise PeuplementError("Secret statistique : le module SciPy est nécessaire pour protéger et auditer "
                              "une publication (paquet python3-scipy).") from error
    return sparse, csgraph, linprog


def cell_table(variable, level, units, values, masked=None, kind=COUNT):
    """A block of cells for ``protect``: one per unit. ``values`` NaN = not published;
    ``masked`` (default: NaN values) = under the secret (to protect)."""
    values = pd.to_numeric(pd.Series(values), errors="coerce").astype("float64").to_numpy()
    if masked is None:
        masked = np.isnan(values)
    return pd.DataFrame({"variable": variable, "level": level, "unit": pd.Series(units, dtype=object).to_numpy(),
                         "value": values, "masked": np.asarray(masked, dtype=bool), "kind": kind})


def relations(cells, links, diffs=(), chains=CHAINS, totals=True):
    """The additive relations between ``cells`` as a sparse matrix (rows: relations,
    columns: the cells then auxiliary unknowns); see the module's docstring.

    - ``cells``: DataFrame variable, level, unit, value, masked, kind (``cell_table``);
    - ``links``: DataFrame level, unit, parent_level, parent, exact (bool);
    - ``diffs``: ``[(variable t0, variable t1, variable diff)]``.

    Returns ``Relations(matrix, n_cells, n_aux, warnings)``; the warnings name the
    units that do not nest."""
    sparse, _, _ = _scipy()
    cells = cells.reset_index(drop=True)
    n_cells = len(cells)
    column = {key: i for i, key in enumerate(zip(cells["variable"], cells["level"], cells["unit"]))}
    rows, cols, coefs = [], [], []
    state = {"row": 0, "aux": n_cells}
    warnings = []

    def new_aux():
        state["aux"] += 1
        return state["aux"] - 1

    def add_row(terms):
        for col, coef in terms:
            rows.append(state["row"])
            cols.append(col)
            coefs.append(coef)
        state["row"] += 1

    links = links if links is not None else pd.DataFrame(columns=["level", "unit", "parent_level", "parent", "exact"])
    by_pair = {key: frame for key, frame in links.groupby(["level", "parent_level"], sort=False)}
    straddling, orphans = {}, {}
    for variable, block in cells.groupby("variable", sort=False):
        present = set(block["level"])
        units_of = {level: list(frame["unit"]) for level, frame in block.groupby("level", sort=False)}
        for chain in chains:
            chain_levels = [level for level in chain if level in present]
            groups = {}   # (parent level, parent) -> [(col, coef)]
            for i, child_level in enumerate(chain_levels[:-1]):
                remaining = set(units_of[child_level])
                for parent_level in chain_levels[i + 1:]:
                    frame = by_pair.get((child_level, parent_level))
                    if frame is None or not remaining:
                        continue
                    frame = frame[frame["unit"].isin(remaining)]
                    # most units nest: one exact link each, read without a group-by
                    single = (frame.groupby("unit", sort=False)["unit"].transform("size") == 1).to_numpy() & \
                        frame["exact"].to_numpy(dtype=bool)
                    for unit, parent in zip(frame["unit"].to_numpy()[single], frame["parent"].to_numpy()[single]):
                        groups.setdefault((parent_level, parent), []).append(
                            (column[(variable, child_level, unit)], 1.0))
                    for unit, unit_links in frame[~single].groupby("unit", sort=False):
                        # households split between parents in unknown parts, summing to the unit
                        # (one parent only, in part: the rest lies outside every parent)
                        col = column[(variable, child_level, unit)]
                        parts = []
                        for parent in unit_links["parent"]:
                            aux = new_aux()
                            parts.append((aux, -1.0))
                            groups.setdefault((parent_level, parent), []).append((aux, 1.0))
                        if len(parts) == 1:
                            parts.append((new_aux(), -1.0))
                        add_row([(col, 1.0)] + parts)
                        straddling.setdefault((child_level, parent_level), set()).add(unit)
                    remaining -= set(frame["unit"])
                if remaining and child_level != chain_levels[-1]:
                    orphans.setdefault((child_level, chain_levels[-1]), set()).update(remaining)
            for (parent_level, parent), terms in groups.items():
                total = column.get((variable, parent_level, parent))
                # a parent not published is an unknown total: its children still relate
                # through it to nothing; kept as an auxiliary unknown
                add_row(terms + [((total if total is not None else new_aux()), -1.0)])
        if totals and "qpv" in present:
            top = next((level for level in reversed(CHAINS[0]) if level in present and level != "qpv"), None)
            if top is not None and top not in ("etage", "batiment"):
                add_row([(column[(variable, "qpv", unit)], 1.0) for unit in units_of["qpv"]] +
                        [(column[(variable, top, unit)], -1.0) for unit in units_of[top]])
    for before, after, difference in diffs:
        d = cells[cells["variable"] == difference]
        for level, unit in zip(d["level"], d["unit"]):
            t0 = column.get((before, level, unit))
            t1 = column.get((after, level, unit))
            if t0 is not None and t1 is not None:
                add_row([(t1, 1.0), (t0, -1.0), (column[(difference, level, unit)], -1.0)])
    for (level, parent_level), units in sorted(straddling.items()):
        warnings.append("{} unit(s) of the level {} lie over several units of the level {}, protected with "
                        "their parts unknown: {}".format(len(units), level, parent_level, _names(units)))
    for (level, top), units in sorted(orphans.items()):
        warnings.append("{} unit(s) of the level {} lie in no unit above them (up to {}), protected as their "
                        "own group: {}".format(len(units), level, top, _names(units)))
    matrix = sparse.csr_matrix((coefs, (rows, cols)), shape=(state["row"], state["aux"]))
    return Relations(matrix, n_cells, state["aux"] - n_cells, warnings)


def _names(units):
    units = sorted(str(u) for u in units)
    return ", ".join(units[:10]) + (" …" if len(units) > 10 else "")


def _determined(abs_matrix, unknown, protected):
    """Propagates what the relations determine: a relation with a single unknown gives
    it. Unknown auxiliary parts and unpublished cells so determined become known and the
    propagation goes on; returns ``(unknown, rows)``: what stays unknown and the
    relations that give away a ``protected`` cell on their own."""
    sparse_rows = abs_matrix
    unknown = unknown.copy()
    while True:
        count = sparse_rows @ unknown.astype(np.float64)
        single = np.flatnonzero(count == 1)
        if len(single) == 0:
            return unknown, single
        sub = sparse_rows[single].multiply(unknown.astype(np.float64)[None, :]).tocsr()
        sub.eliminate_zeros()
        found = sub.indices  # one unknown per single row
        solvable = ~protected[found]
        if not solvable.any():
            return unknown, single[~solvable]
        unknown[found[solvable]] = False


def _complement(abs_matrix, rows, unknown, eligible, cost):
    """For each relation of ``rows``, the eligible known cell with the lowest cost (None
    when the relation has none)."""
    sub = abs_matrix[rows].tocoo()
    keep = eligible[sub.col] & ~unknown[sub.col]
    r, c = sub.row[keep], sub.col[keep]
    if len(r) == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    order = np.lexsort((c, cost[c], r))
    r, c = r[order], c[order]
    first = np.r_[True, r[1:] != r[:-1]]
    return rows[r[first]], c[first]


def protect(cells, links, threshold, diffs=(), margin=1.0, chains=CHAINS, audit_cells=True, feedback=None):
    """The secondary secret over the hierarchy; returns ``Protection``:

    - ``masked``: boolean array over ``cells`` (primary, already masked and secondary);
    - ``secondary``: the cells masked here;
    - ``warnings``: units that do not nest (named), cells the audit could not protect;
    - ``audit``: the final audit (``audit.bounds`` frame of the masked cells);
    - ``counts``: per (variable, level): cells, primary, secondary.

    Primary: a count cell already masked (NaN with ``masked``) or of 1 to
    ``threshold`` − 1 households. Complementary cells: known cells of a relation, count
    cells with households > 0 (a unit of 0 households hides nothing: it is known empty
    from the stock) or differences, the fewest households first."""
    from . import audit as _audit

    cells = cells.reset_index(drop=True)
    rel = relations(cells, links, diffs, chains)
    n, n_aux = rel.n_cells, rel.n_aux
    values = cells["value"].to_numpy(dtype=np.float64)
    is_count = (cells["kind"] == COUNT).to_numpy()
    masked = cells["masked"].to_numpy(dtype=bool) | (is_count & (values > 0) & (values < threshold))
    primary = masked.copy()
    published = ~masked & ~np.isnan(values)
    eligible = np.r_[published & (~is_count | (values > 0)), np.zeros(n_aux, dtype=bool)]
    cost = np.r_[np.where(np.isnan(values), np.inf, np.abs(values)), np.full(n_aux, np.inf)]
    abs_matrix = abs(rel.matrix).tocsr()
    protected = np.r_[masked, np.zeros(n_aux, dtype=bool)]
    warnings = list(rel.warnings)

    def singleton_pass():
        while True:
            unknown = np.r_[masked | np.isnan(values), np.ones(n_aux, dtype=bool)]
            unknown, exposed_rows = _determined(abs_matrix, unknown, protected)
            if len(exposed_rows) == 0:
                return
            rows, chosen = _complement(abs_matrix, exposed_rows, unknown, eligible, cost)
            if len(chosen) == 0:
                return  # nothing left to mask next to them: the audit names them
            chosen = np.unique(chosen)
            masked[chosen] = True
            protected[chosen] = True
            eligible[chosen] = False

    singleton_pass()
    result = None
    exact_only = True   # the fast check first; the linear programs once it passes
    only = None
    for _ in range(MAX_REPAIRS):
        if not audit_cells:
            break
        result = _audit.bounds(rel, values, masked, is_count, margin, exact_only=exact_only, only=only)
        exposed = result[result["exposed"]]
        if exposed.empty:
            if exact_only:
                exact_only, only = False, None
                continue
            break
        before = masked.copy()
        unknown = np.r_[masked | np.isnan(values), np.ones(n_aux, dtype=bool)]
        # Next to each exposed cell, the cheapest known cell that the combination of
        # relations giving it away (its LP certificate) also uses: masked, that
        # combination gives an unknown sum instead of the cell.
        best = {}
        for cell, certificate in zip(exposed["cell"], exposed["certificate"]):
            if certificate is None:
                continue
            rows, weights = certificate
            combined = np.asarray(rel.matrix[rows].T @ weights).ravel()
            candidates = np.flatnonzero((np.abs(combined) > 1e-9) & eligible & ~unknown)
            if len(candidates):
                best[cell] = candidates[np.lexsort((candidates, cost[candidates]))[0]]
        if not best:
            break
        picked = np.unique(np.fromiter(best.values(), dtype=np.int64))
        masked[picked] = True
        protected[picked] = True
        eligible[picked] = False
        singleton_pass()
        only = masked & ~before
        only[exposed["cell"].to_numpy()] = True
    if result is not None and exact_only:
        result = _audit.bounds(rel, values, masked, is_count, margin)
    if result is not None and result["exposed"].any():
        warnings.append("{} masked cell(s) stay pinned down by the published figures".format(
            int(result["exposed"].sum())))
    secondary = masked & ~primary
    counts = pd.DataFrame({"variable": cells["variable"], "level": cells["level"], "primary": primary,
                           "secondary": secondary}).groupby(["variable", "level"], sort=False).agg(
        cells=("primary", "size"), primary=("primary", "sum"), secondary=("secondary", "sum")).reset_index()
    return Protection(masked, secondary, warnings, result, counts)
