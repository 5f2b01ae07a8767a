"""The secret over the hierarchy of units (core/hierarchie.py) and its LP audit
(core/audit.py): hand-worked cases, then small random hierarchies where a brute-force
attack (every integer value of the masked cells consistent with what is published) is
exact and written here independently of the code's relations."""

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peuplement_plugin.core import audit, hierarchie
from peuplement_plugin.core.hierarchie import HORS_QPV, cell_table


def links_of(pairs):
    return pd.DataFrame([(lv, u, plv, p, True) for lv, u, plv, p in pairs],
                        columns=["level", "unit", "parent_level", "parent", "exact"])


def masked_units(cells, protection, variable="v"):
    cells = cells.reset_index(drop=True)
    chosen = cells[protection.masked & (cells["variable"] == variable).to_numpy()]
    return set(zip(chosen["level"], chosen["unit"]))


def test_a_masked_building_is_not_given_back_by_its_ilot():
    # îlot I = B1 + B2 + B3 = 5 + 30 + 40 = 75; commune C = I + J = 75 + 20; J = B4 = 20.
    # B1 (5 < 11) is primary; alone masked in I it is 75 − 30 − 40: the published sibling
    # with the fewest households, B2 (30 < 40), is masked too. Nothing else: J = B4 is
    # fully published (no masked cell), and C = I + J has no masked cell.
    cells = pd.concat([cell_table("v", "batiment", ["B1", "B2", "B3", "B4"], [5, 30, 40, 20]),
                       cell_table("v", "ilot", ["I", "J"], [75, 20]),
                       cell_table("v", "commune", ["C"], [95])], ignore_index=True)
    links = links_of([("batiment", b, "ilot", i) for b, i in (("B1", "I"), ("B2", "I"), ("B3", "I"), ("B4", "J"))] +
                     [("ilot", "I", "commune", "C"), ("ilot", "J", "commune", "C")])
    protection = hierarchie.protect(cells, links, 11)
    assert masked_units(cells, protection) == {("batiment", "B1"), ("batiment", "B2")}
    assert protection.secondary.sum() == 1
    # audit: B1 + B2 = 75 − 40 = 35, each between 0 and 35
    bounds = protection.audit.set_index("cell")
    assert bounds.loc[0, "lower"] == 0 and bounds.loc[0, "upper"] == 35
    assert not protection.audit["exposed"].any()
    counts = protection.counts.set_index("level")
    assert counts.loc["batiment", "primary"] == 1 and counts.loc["batiment", "secondary"] == 1


def test_a_masked_qpv_is_not_the_commune_minus_hors_qpv():
    # QPV level: Q1 = 8 (primary), hors QPV = 92; the territory (commune C) = 100 = Q1 + hors QPV.
    # The commune minus hors QPV gives Q1 back: hors QPV is masked too (the only other
    # cell of that relation). Q1 then lies anywhere in [0, 100].
    cells = pd.concat([cell_table("v", "qpv", ["Q1", HORS_QPV], [8, 92]),
                       cell_table("v", "commune", ["C"], [100])], ignore_index=True)
    protection = hierarchie.protect(cells, links_of([]), 11)
    assert masked_units(cells, protection) == {("qpv", "Q1"), ("qpv", HORS_QPV)}
    assert protection.audit.set_index("cell").loc[0, "upper"] == 100


def test_two_millesimes_of_an_evolution_do_not_unmask_each_other():
    # t0: îlot I = B1 + B2 = 5 + 40 = 45; t1: I = 20 + 40 = 60; differences 15, 0, 15.
    # t0: B1 primary, B2 its complement (the only sibling). t1 all published. The
    # difference of B1 (15) with its t1 (20) gives t0 = 5 back: t1 = t0 + d has one unknown,
    # the cheaper of d (15) and t1 (20) is masked: d of B1. Then d of B2 (0 households
    # changed, cost 0) for B2's own t1 − d, and I's difference = d(B1) + d(B2) keeps two unknowns.
    cells = pd.concat([cell_table("t0", "batiment", ["B1", "B2"], [5, 40]), cell_table("t0", "ilot", ["I"], [45]),
                       cell_table("t1", "batiment", ["B1", "B2"], [20, 40]), cell_table("t1", "ilot", ["I"], [60]),
                       cell_table("d", "batiment", ["B1", "B2"], [15, 0], kind=hierarchie.DIFF),
                       cell_table("d", "ilot", ["I"], [15], kind=hierarchie.DIFF)], ignore_index=True)
    links = links_of([("batiment", "B1", "ilot", "I"), ("batiment", "B2", "ilot", "I")])
    protection = hierarchie.protect(cells, links, 11, diffs=[("t0", "t1", "d")])
    assert masked_units(cells, protection, "t0") == {("batiment", "B1"), ("batiment", "B2")}
    assert masked_units(cells, protection, "t1") == set()
    assert masked_units(cells, protection, "d") == {("batiment", "B1"), ("batiment", "B2")}
    assert not protection.audit["exposed"].any()


def test_a_unit_over_two_parents_is_named_and_protected():
    # B2 lies over îlots I and J: its 30 households split in unknown parts. I = B1 + part,
    # J = B3 + other part. B1 = 4 (primary) in I: I − B1 is B2's part in I, unknown: B1 is not
    # given back by I alone, but B2's parts sum to 30 and J − B3 gives the other part:
    # I = B1 + (30 − (J − B3)) → B1 = I − 30 + J − B3. A complement is needed.
    cells = pd.concat([cell_table("v", "batiment", ["B1", "B2", "B3"], [4, 30, 50]),
                       cell_table("v", "ilot", ["I", "J"], [4 + 12, 18 + 50])], ignore_index=True)
    links = pd.DataFrame([("batiment", "B1", "ilot", "I", True), ("batiment", "B2", "ilot", "I", False),
                          ("batiment", "B2", "ilot", "J", False), ("batiment", "B3", "ilot", "J", True)],
                         columns=["level", "unit", "parent_level", "parent", "exact"])
    protection = hierarchie.protect(cells, links, 11)
    assert any("B2" in warning and "several" in warning for warning in protection.warnings)
    assert len(masked_units(cells, protection)) >= 2
    assert not protection.audit["exposed"].any()


def test_the_audit_finds_a_cell_pinned_by_two_partitions():
    # Îlots A, B, C, D: IRIS X = A + B, IRIS Y = C + D; QPV Q = A + C, hors QPV = B + D.
    # A and B masked only: X − A − B says nothing, but Q − C gives A. The LP audit says so.
    cells = pd.concat([cell_table("v", "ilot", list("ABCD"), [np.nan, np.nan, 30, 40],
                                  masked=[True, True, False, False]),
                       cell_table("v", "iris", ["X", "Y"], [50, 70]),
                       cell_table("v", "qpv", ["Q", HORS_QPV], [35, 85])], ignore_index=True)
    links = links_of([("ilot", "A", "iris", "X"), ("ilot", "B", "iris", "X"), ("ilot", "C", "iris", "Y"),
                      ("ilot", "D", "iris", "Y"), ("ilot", "A", "qpv", "Q"), ("ilot", "C", "qpv", "Q"),
                      ("ilot", "B", "qpv", HORS_QPV), ("ilot", "D", "qpv", HORS_QPV)])
    rel = hierarchie.relations(cells, links, totals=False)
    values = cells["value"].to_numpy(float)
    result = audit.bounds(rel, values, cells["masked"].to_numpy(), np.ones(len(cells), bool))
    # A = Q − C = 35 − 30 = 5; B = X − A = 45
    assert result["exposed"].all()
    assert result["lower"].tolist() == [5, 45] and result["upper"].tolist() == [5, 45]
    assert audit.verdict(int(result["exposed"].sum())) == "2 cells exposed"
    assert audit.verdict(0) == "protected"


# -- random hierarchies, attacked by brute force ------------------------------------

@st.composite
def territories(draw):
    """A commune of 2–3 îlots of 1–3 buildings each, 0–8 households per building; each
    îlot in QPV Q or hors QPV."""
    shape = draw(st.lists(st.integers(1, 3), min_size=2, max_size=3))
    buildings = {}
    for i, size in enumerate(shape):
        for j in range(size):
            buildings["B{}{}".format(i, j)] = ("I{}".format(i), draw(st.integers(0, 8)))
    in_qpv = {"I{}".format(i): draw(st.booleans()) for i in range(len(shape))}
    return buildings, in_qpv


def build(buildings, in_qpv):
    ilots = {}
    for ilot, households in buildings.values():
        ilots[ilot] = ilots.get(ilot, 0) + households
    total = sum(ilots.values())
    qpv = {"Q": sum(v for k, v in ilots.items() if in_qpv[k]), HORS_QPV: sum(v for k, v in ilots.items()
                                                                          if not in_qpv[k])}
    cells = pd.concat([cell_table("v", "batiment", list(buildings), [v for _, v in buildings.values()]),
                       cell_table("v", "ilot", list(ilots), list(ilots.values())),
                       cell_table("v", "qpv", list(qpv), list(qpv.values())),
                       cell_table("v", "commune", ["C"], [total])], ignore_index=True)
    links = links_of([("batiment", b, "ilot", i) for b, (i, _) in buildings.items()] +
                     [("ilot", i, "commune", "C") for i in ilots] +
                     [("ilot", i, "qpv", "Q" if in_qpv[i] else HORS_QPV) for i in ilots])
    return cells, links


LIMIT = 30  # enumeration bound of a hidden building: above any îlot total (3 buildings × 8 = 24);
#            a cell bounded only by the commune (≤ 72) may reach it, read then as unbounded


def brute_force(buildings, in_qpv, cells, masked):
    """Min and max of every masked cell over all integer fillings of the masked cells
    that give every published figure back (îlot = Σ buildings, commune = Σ îlots,
    Q + hors QPV = commune, Q = Σ its îlots, hors QPV = Σ the others), each building
    enumerated from 0 to ``LIMIT``: a bound at ``LIMIT`` means unbounded."""
    cells = cells.reset_index(drop=True)
    keys = list(zip(cells["level"], cells["unit"]))
    hidden = [k for k, m in zip(keys, masked) if m]
    known = {k: v for k, v, m in zip(keys, cells["value"], masked) if not m}
    top = LIMIT
    solutions = []
    hidden_buildings = [k for k in hidden if k[0] == "batiment"]
    for filling in itertools.product(range(top + 1), repeat=len(hidden_buildings)):
        b = {u: v for (lv, u), v in zip(hidden_buildings, filling)}
        b.update({u: known[("batiment", u)] for u in buildings if ("batiment", u) in known})
        ilots = {}
        for unit, (ilot, _) in buildings.items():
            ilots[ilot] = ilots.get(ilot, 0) + b[unit]
        qpv = {"Q": sum(v for k, v in ilots.items() if in_qpv[k]),
               HORS_QPV: sum(v for k, v in ilots.items() if not in_qpv[k])}
        full = {("batiment", u): v for u, v in b.items()}
        full.update({("ilot", u): v for u, v in ilots.items()})
        full.update({("qpv", u): v for u, v in qpv.items()})
        full[("commune", "C")] = sum(ilots.values())
        if all(full[k] == v for k, v in known.items()):
            solutions.append([full[k] for k in hidden])
    solutions = np.array(solutions)
    return hidden, solutions.min(axis=0), solutions.max(axis=0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(territories())
def test_random_hierarchies_resist_a_brute_force_attack(territory):
    buildings, in_qpv = territory
    cells, links = build(buildings, in_qpv)
    threshold = 4  # small values keep the brute force exact and fast
    protection = hierarchie.protect(cells, links, threshold)
    masked = protection.masked
    hidden_buildings = int((masked & (cells["level"] == "batiment").to_numpy()).sum())
    if hidden_buildings > 3:
        return  # beyond what the brute force enumerates quickly
    hidden, low, high = brute_force(buildings, in_qpv, cells, masked)
    # every primary cell is masked
    values = cells["value"].to_numpy()
    assert masked[(values > 0) & (values < threshold)].all()
    # no masked cell has a single possible value
    assert (high - low >= 1).all(), list(zip(hidden, low, high))
    # the LP audit agrees: nothing exposed, and the values it saw each cell take are
    # values the brute force finds possible (hierarchical tables: integral extreme points)
    bounds = protection.audit.set_index("cell")
    keys = list(zip(cells["level"], cells["unit"]))
    assert not bounds["exposed"].any()
    for (key, lo, hi) in zip(hidden, low, high):
        cell = keys.index(key)
        assert lo - 1e-6 <= bounds.loc[cell, "lower"]
        assert bounds.loc[cell, "upper"] <= hi + 1e-6 or hi >= LIMIT


@settings(max_examples=30, deadline=None)
@given(territories(), st.data())
def test_the_audit_matches_brute_force_on_any_mask(territory, data):
    """Any mask (not only ours): the LP bounds are the brute force's, exactly."""
    buildings, in_qpv = territory
    cells, links = build(buildings, in_qpv)
    n_buildings = len(buildings)
    chosen = data.draw(st.lists(st.booleans(), min_size=n_buildings, max_size=n_buildings))
    masked = np.array(chosen + [False] * (len(cells) - n_buildings))
    if masked.sum() == 0 or masked.sum() > 3:
        return
    cells = cells.assign(masked=masked)
    hidden, low, high = brute_force(buildings, in_qpv, cells, masked)
    rel = hierarchie.relations(cells, links)
    values = np.where(masked, np.nan, cells["value"].to_numpy(float))
    result = audit.bounds(rel, values, masked, np.ones(len(cells), bool))
    result = result.set_index("cell")
    keys = list(zip(cells["level"], cells["unit"]))
    for key, lo, hi in zip(hidden, low, high):
        row = result.loc[keys.index(key)]
        assert bool(row["exposed"]) == (lo == hi)
        if row["exposed"]:
            assert row["lower"] == pytest.approx(lo) and row["upper"] == pytest.approx(hi)
        else:
            assert lo - 1e-6 <= row["lower"] and (row["upper"] <= hi + 1e-6 or hi >= LIMIT)
