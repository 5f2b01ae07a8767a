"""Secret statistique (core/secret.py, domain.md 6).

Every table below is made by hand; each expected mask is worked out in the comment
next to it. The last tests draw random two-level territories with hypothesis and check
that no published parent total gives a single masked child back by subtraction.
No QGIS here.
"""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peuplement_plugin.core import secret
from peuplement_plugin.core.errors import PeuplementError


def table(counts, **columns):
    """Indicators table indexed by unit id: ``nb_menages`` plus the given columns."""
    frame = pd.DataFrame({"nb_menages": pd.Series(counts, dtype="float64")})
    frame.index.name = "unite"
    for name, values in columns.items():
        frame[name] = np.asarray(values, dtype="float64")
    return frame


# --- thresholds -------------------------------------------------------------------------

def test_constants():
    assert secret.MIN_PUBLIC_THRESHOLD == 5
    assert secret.DEFAULT_THRESHOLD == 11


def test_check_threshold_public_and_internal():
    assert secret.check_threshold(11) == 11
    assert secret.check_threshold(5) == 5  # the public minimum itself is allowed
    assert secret.check_threshold(11.0) == 11  # a QGIS number parameter
    with pytest.raises(PeuplementError, match="usage interne"):
        secret.check_threshold(4)  # 4 < 5 without usage interne
    assert secret.check_threshold(4, usage_interne=True) == 4
    assert secret.check_threshold(1, usage_interne=True) == 1


@pytest.mark.parametrize("bad", [0, -3, 7.5, float("nan"), "onze", None, True])
def test_check_threshold_invalid_even_for_internal_use(bad):
    with pytest.raises(PeuplementError, match="Seuil du secret statistique invalide"):
        secret.check_threshold(bad, usage_interne=True)


def test_metadata_note():
    assert secret.metadata_note(11, False) == (
        "Secret statistique : cellules de moins de 11 ménages masquées "
        "(secret primaire et secondaire).")
    note = secret.metadata_note(3, True)
    assert note.startswith("Secret statistique : cellules de moins de 3 ménages masquées")
    assert "USAGE INTERNE" in note and "ne doivent pas être diffusées" in note
    assert "USAGE INTERNE" not in secret.metadata_note(5, True)  # 5 is publishable
    with pytest.raises(PeuplementError):
        secret.metadata_note(3, False)  # 3 < 5 without usage interne


# --- primary secret ---------------------------------------------------------------------

def test_primary_threshold_11():
    counts = pd.Series({"a": 10, "b": 11, "c": 0, "d": 1, "e": np.nan})
    # 10: 0 < 10 < 11 -> secret; 11: not < 11 -> published; 0: describes nobody -> not
    # secret; 1: 0 < 1 < 11 -> secret; NaN (unknown) -> not secret.
    assert secret.primary(counts, 11).to_dict() == {
        "a": True, "b": False, "c": False, "d": True, "e": False}


def test_apply_primary_masks_fields_and_count():
    frame = table({"a": 10, "b": 11, "c": 0}, part_x=[40.0, 27.3, np.nan], autre=[1.0, 2.0, 3.0])
    out, parents_to_mask = secret.apply(frame, "nb_menages", ["part_x"], 11)
    # a: 10 households < 11 -> part_x and its own count NaN, secret True.
    assert out.loc["a", "secret"] and np.isnan(out.loc["a", "part_x"])
    assert np.isnan(out.loc["a", "nb_menages"])
    # b: 11 households -> published as is.
    assert not out.loc["b", "secret"]
    assert out.loc["b", "nb_menages"] == 11 and out.loc["b", "part_x"] == 27.3
    # c: 0 households -> not secret, its count 0 is published.
    assert not out.loc["c", "secret"] and out.loc["c", "nb_menages"] == 0
    # a field not listed is left alone, even on a masked row.
    assert out["autre"].tolist() == [1.0, 2.0, 3.0]
    assert out["secret"].dtype == bool
    assert parents_to_mask == []
    # the input table is not modified
    assert frame.loc["a", "nb_menages"] == 10 and "secret" not in frame


def test_apply_keeps_rows_already_flagged_secret():
    frame = table({"a": 30, "b": 20}, part_x=[10.0, 20.0])
    frame["secret"] = [True, False]  # a masked upstream (e.g. stock.py on another count)
    out, _ = secret.apply(frame, "nb_menages", ["part_x"], 11)
    # a: 30 >= 11 but already secret -> stays secret, NaN; b: 20 -> published.
    assert out["secret"].tolist() == [True, False]
    assert np.isnan(out.loc["a", "part_x"]) and out.loc["b", "part_x"] == 20.0


def test_apply_missing_field_is_reported():
    with pytest.raises(PeuplementError, match="part_y"):
        secret.apply(table({"a": 3}), "nb_menages", ["part_y"], 11)


def test_apply_threshold_below_1_refused():
    with pytest.raises(PeuplementError):
        secret.apply(table({"a": 3}), "nb_menages", [], 0)


# --- secondary secret -------------------------------------------------------------------

BUILDING = {"e0": "B", "e1": "B", "e2": "B"}


def test_building_with_floors():
    # Building B, 3 floors: 25, 9, 14 households, total 48 = 25 + 9 + 14.
    frame = table({"e0": 25, "e1": 9, "e2": 14}, part_x=[1.0, 2.0, 3.0])
    out, parents_to_mask = secret.apply(frame, "nb_menages", ["part_x"], 11,
                                        parents=pd.Series(BUILDING))
    # Primary: floor e1 (9 < 11). B is published: 48 - 25 - 14 = 9 gives e1 back, so the
    # smallest published sibling with households, e2 (14 < 25), is masked too.
    assert out["secret"].to_dict() == {"e0": False, "e1": True, "e2": True}
    assert out["nb_menages"].isna().tolist() == [False, True, True]
    assert out["part_x"].isna().tolist() == [False, True, True]
    # Now 48 - 25 = 23 = e1 + e2: neither is recovered.
    assert parents_to_mask == []


def test_building_with_floors_and_matching_total():
    # Same building with its total given: residual 48 - (25 + 9 + 14) = 0 -> same masks.
    frame = table({"e0": 25, "e1": 9, "e2": 14})
    out, _ = secret.apply(frame, "nb_menages", [], 11, parents=pd.Series(BUILDING),
                          parent_totals=pd.Series({"B": 48}))
    assert out["secret"].tolist() == [False, True, True]


def test_residual_hides_the_single_masked_child():
    # Building total 52 but floors 25 + 9 + 14 = 48: 4 households on no floor (residual).
    # 52 - 25 - 14 = 13 = e1 + residual: e1 (9) cannot be isolated, no secondary mask.
    frame = table({"e0": 25, "e1": 9, "e2": 14})
    out, parents_to_mask = secret.apply(frame, "nb_menages", [], 11, parents=pd.Series(BUILDING),
                                        parent_totals=pd.Series({"B": 52}))
    assert out["secret"].tolist() == [False, True, False]
    assert parents_to_mask == []


def test_parent_not_published_needs_nothing_more():
    # B's total is not published: nothing to subtract from, only e1 (9 < 11) is masked.
    mask, parents_to_mask = secret.secondary(
        pd.Series({"e0": 25, "e1": 9, "e2": 14}), pd.Series({"e0": False, "e1": True, "e2": False}),
        pd.Series(BUILDING), parent_published=pd.Series({"B": False}))
    assert mask.tolist() == [False, True, False] and parents_to_mask == []


def test_parent_with_two_masked_children():
    # P: children 3, 7, 30 (total 40). 3 and 7 < 11 are both masked: 40 - 30 = 10 = 3 + 7,
    # neither alone -> no extra mask; 30 stays published.
    frame = table({"a": 3, "b": 7, "c": 30})
    out, parents_to_mask = secret.apply(frame, "nb_menages", [], 11,
                                        parents=pd.Series({"a": "P", "b": "P", "c": "P"}))
    assert out["secret"].tolist() == [True, True, False]
    assert out.loc["c", "nb_menages"] == 30
    assert parents_to_mask == []


def test_zero_household_sibling_is_not_a_cover():
    # P: children 9, 0, 20 (total 29). 9 masked; 0 is published and can't hide anything;
    # 29 - 0 - 20 = 9 -> mask 20, the only published sibling with households.
    frame = table({"a": 9, "b": 0, "c": 20})
    out, _ = secret.apply(frame, "nb_menages", [], 11,
                          parents=pd.Series({"a": "P", "b": "P", "c": "P"}))
    assert out["secret"].tolist() == [True, False, True]
    assert out.loc["b", "nb_menages"] == 0


def test_ties_broken_by_unit_id():
    # P: 9, 14, 14 -> 9 masked; the two 14s tie, the smaller id "e2" < "e3" is masked.
    mask, _ = secret.secondary(pd.Series({"e1": 9, "e3": 14, "e2": 14}),
                               pd.Series({"e1": True, "e3": False, "e2": False}),
                               pd.Series({"e1": "P", "e3": "P", "e2": "P"}))
    assert mask.to_dict() == {"e1": True, "e3": False, "e2": True}


def test_parent_with_a_single_child_must_be_masked():
    # Q has one child with households (7) and one with 0: total 7 = the child; no sibling
    # can be masked, so Q itself is reported. R: one child of 30 -> published, nothing.
    # S: no parent (NaN) -> only the primary secret.
    frame = table({"q1": 7, "q2": 0, "r1": 30, "s1": 4})
    parents = pd.Series({"q1": "Q", "q2": "Q", "r1": "R", "s1": np.nan})
    out, parents_to_mask = secret.apply(frame, "nb_menages", [], 11, parents=parents)
    assert out["secret"].to_dict() == {"q1": True, "q2": False, "r1": False, "s1": True}
    assert parents_to_mask == ["Q"]


def test_parents_given_as_column_and_integer_ids():
    # Parent ids as a column with a NaN -> floats 1.0, 2.0; given back as ints.
    # Parent 1: 8, 12, 40 -> 8 masked, then 12 (< 40); parent 2: one child 6 -> parent 2.
    frame = table({10: 8, 11: 12, 12: 40, 20: 6, 30: 50})
    frame["batiment"] = [1, 1, 1, 2, np.nan]
    out, parents_to_mask = secret.apply(frame, "nb_menages", [], 11, parents="batiment")
    assert out["secret"].tolist() == [True, True, False, True, False]
    assert parents_to_mask == [2] and isinstance(parents_to_mask[0], int)


def test_iterates_across_levels_in_one_table():
    # Floors and buildings in one table; îlot I (not in the table) is published.
    # f1 (12 households) was flagged secret upstream; it is B1's only floor with
    # households (f2: 0), so B1 (12) equals f1 -> B1 must be masked (reported and masked).
    # Then at îlot level B1 is a single masked child among B1 12, B2 30, B3 20 -> the
    # smallest published sibling B3 (20 < 30) is masked too: a second pass.
    frame = table({"f1": 12, "f2": 0, "B1": 12, "B2": 30, "B3": 20})
    frame["secret"] = [True, False, False, False, False]
    parents = pd.Series({"f1": "B1", "f2": "B1", "B1": "I", "B2": "I", "B3": "I"})
    out, parents_to_mask = secret.apply(frame, "nb_menages", [], 11, parents=parents)
    assert out["secret"].to_dict() == {"f1": True, "f2": False, "B1": True, "B2": False, "B3": True}
    assert parents_to_mask == ["B1"]


def test_secondary_does_not_modify_its_input_mask():
    masked = pd.Series({"e0": False, "e1": True, "e2": False})
    secret.secondary(pd.Series({"e0": 25, "e1": 9, "e2": 14}), masked, pd.Series(BUILDING))
    assert masked.tolist() == [False, True, False]


# --- property: no published parent gives a single masked child back ---------------------

@st.composite
def territories(draw):
    """Random two-level territory: parents 'P0'.. with 1-8 children (integer ids)."""
    n_parents = draw(st.integers(1, 6))
    counts, parents, residuals = {}, {}, {}
    with_totals = draw(st.booleans())
    unit = 0
    for j in range(n_parents):
        for _ in range(draw(st.integers(1, 8))):
            counts[unit] = draw(st.integers(0, 40))
            parents[unit] = "P{}".format(j)
            unit += 1
        residuals["P{}".format(j)] = draw(st.integers(0, 10)) if with_totals else 0
    threshold = draw(st.integers(5, 15))
    return counts, parents, residuals, with_totals, threshold, draw(st.booleans())


@settings(max_examples=300, deadline=None)
@given(territories())
def test_property_no_single_masked_child_under_a_published_parent(territory):
    counts, parents, residuals, with_totals, threshold, with_published = territory
    frame = table(counts, part_x=[1.0] * len(counts))
    parents = pd.Series(parents)
    sums = pd.Series(counts).groupby(parents).sum()
    totals = sums + pd.Series(residuals)  # parent total = children + residual
    published = None
    if with_published:  # a parent below the threshold is itself primary-masked
        published = ~secret.primary(totals, threshold)
    out, parents_to_mask = secret.apply(
        frame, "nb_menages", ["part_x"], threshold, parents=parents,
        parent_totals=totals if with_totals else None, parent_published=published)

    original = pd.Series(counts, dtype="float64")
    # Primary secret is always applied; a unit with 0 households is never secret.
    assert out["secret"][(original > 0) & (original < threshold)].all()
    assert not out["secret"][original == 0].any()
    # Masked rows are NaN in every masked field, published rows keep their values.
    assert out.loc[out["secret"], ["nb_menages", "part_x"]].isna().all().all()
    assert (out.loc[~out["secret"], "nb_menages"] == original[~out["secret"]]).all()

    for parent, children in parents.groupby(parents).groups.items():
        kids = original[list(children)]
        hidden = out["secret"][list(children)] & (kids > 0)
        if parent in parents_to_mask:
            # reported only when its one child with households is masked
            assert (kids > 0).sum() == 1 and hidden.sum() == 1
            continue
        is_published = published is None or bool(published[parent])
        if not is_published:
            continue
        if with_totals and residuals[parent] > 0:
            continue  # the residual hides a single masked child (documented choice)
        # parent total - published children = sum of the masked children: never a single
        # masked child's count by construction, i.e. never exactly one masked child.
        difference = totals[parent] - kids[~out["secret"][list(children)]].sum()
        assert difference == kids[hidden].sum()
        assert hidden.sum() != 1
        # At most one secondary mask per parent, and it is the smallest published one.
        secondary = hidden & (kids >= threshold)
        assert secondary.sum() <= 1
        if secondary.any():
            still = kids[~out["secret"][list(children)] & (kids > 0)]
            assert still.empty or kids[secondary].iloc[0] <= still.min()
