"""Occupancy shares per unit (core/occupation.py, domain.md 3.2, 4, 5.5, 8).

The households below are made by hand with the canonical dtypes (Int64 for ints,
object for codes, boolean for ``apl``, datetime64 for dates); each expected number is
worked out in the comment next to it. Shares are percentages (0-100) and ratios of
sums at the unit's own scale, never means of lower-level shares. No QGIS here.
"""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import occupation

REF = "2024-06-30"
REF_DATE = dt.date(2024, 6, 30)
NA = None

COLUMNS = ("id", "etage", "bat", "nb_personnes", "nb_enfants_moins_14", "composition",
           "age_titulaire", "tranche_plafond", "apl", "activite_titulaire", "date_emmenagement")

# Building A has two floors (A0, A1), building B one (B0); îlot I1 = A + B.
# Reference date 2024-06-30: "recent" = moved in strictly after 2022-06-30.
ROWS = [
    # id    floor  bat  pers enf  composition              age  tranche   apl    activite           moved in
    ("h1", "A0", "A", 1, 0, "personne_seule", 70, "<20", True, "retraite", "2022-06-30"),  # exactly 2 y: not recent
    ("h2", "A0", "A", 4, 3, "famille_monoparentale", 35, "20-40", True, "chomage", "2022-07-01"),  # recent
    ("h3", "A0", "A", 2, 0, "couple_sans_enfant", 28, ">100", False, "emploi_stable", "2010-06-30"),
    ("h4", "A0", "A", 3, NA, NA, NA, NA, NA, NA, NA),  # everything optional unknown
    ("h5", "A1", "A", 5, 1, "couple_avec_enfants", 45, "40-60", False, "emploi_precaire", "2024-06-30"),
    ("h6", "A1", "A", 1, 0, "personne_seule", 66, "60-100", True, "inactif", "2024-07-01"),  # after ref
    ("h7", "A1", "A", 2, 1, "famille_monoparentale", 29, "<20", NA, "chomage", "2020-01-01"),
    ("h8", "B0", "B", 1, 0, "personne_seule", 80, "<20", True, "retraite", "2000-01-01"),
    ("h9", "B0", "B", 1, 0, "personne_seule", 67, "<20", True, "retraite", "2015-03-15"),
    ("h10", "B0", "B", 6, 4, "couple_avec_enfants", 40, "20-40", True, "emploi_stable", "2023-01-01"),
    ("h11", "B0", "B", 2, 0, "autre", 22, NA, False, "etudiant", "2021-09-01"),
    ("h12", "B0", "B", 3, 1, "couple_avec_enfants", 50, "60-100", True, NA, "2019-05-05"),
    # reaches no unit at any level: never counted (it would move every îlot figure)
    ("h13", NA, NA, 1, 0, "personne_seule", 90, "<20", True, "chomage", "2023-06-01"),
]


def households(rows=ROWS):
    frame = pd.DataFrame([dict(zip(COLUMNS, row)) for row in rows])
    for name in ("nb_personnes", "nb_enfants_moins_14", "age_titulaire"):
        frame[name] = frame[name].astype("Int64")
    for name in ("composition", "tranche_plafond", "activite_titulaire", "etage", "bat"):
        frame[name] = frame[name].astype(object)
    frame["apl"] = frame["apl"].astype("boolean")
    frame["date_emmenagement"] = pd.to_datetime(frame["date_emmenagement"])
    frame["millesime"] = pd.array([2024] * len(frame), dtype="Int64")
    frame["logement_id"] = frame["id"]
    return frame


def at(level, frame=None):
    """The households with ``unite`` set to the floor, the building or the îlot."""
    frame = households() if frame is None else frame
    if level == "ilot":
        frame["unite"] = frame["bat"].map({"A": "I1", "B": "I1"}).astype(object)
    else:
        frame["unite"] = frame[level]
    return frame


def days(start):
    """Days from ``start`` to the reference date, by the calendar (independent of occupation.py)."""
    return (REF_DATE - dt.date.fromisoformat(start)).days


def isnull(value):
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def check(row, expected):
    for name, value in expected.items():
        if value is None:
            assert isnull(row[name]), name
        else:
            assert row[name] == pytest.approx(value), name


# --------------------------------------------------------------------------- fields


def test_output_fields_and_denominators():
    fields = occupation.OCCUPATION_FIELDS
    assert len(set(fields)) == len(fields)
    # the names domain.md 8 fixes are all there
    for name in ("nb_menages", "nb_personnes", "taille_menage", "part_personnes_seules",
                 "part_monoparentales", "part_familles_nombreuses", "part_65_plus",
                 "part_rev_inf_20", "part_rev_inf_40", "part_rev_inf_60", "part_rev_sup_100",
                 "part_apl", "part_chomage", "part_emmenages_recents", "anciennete_moy"):
        assert name in fields
    shares = [f for f in fields if f.startswith("part_")]
    assert set(occupation.SHARE_DENOMINATORS) == set(shares)
    assert occupation.SHARE_DENOMINATORS["part_monoparentales"] == "n_monoparentales"
    assert occupation.SHARE_DENOMINATORS["part_65_plus"] == "n_65_plus"
    for share, denominator in occupation.SHARE_DENOMINATORS.items():
        assert denominator == "n_" + share[len("part_"):]
        assert denominator in fields
    assert "unite" not in occupation.INPUT_FIELDS
    for name in ("nb_personnes", "nb_enfants_moins_14", "composition", "age_titulaire",
                 "tranche_plafond", "apl", "activite_titulaire", "date_emmenagement"):
        assert name in occupation.INPUT_FIELDS


def test_output_shape():
    out = occupation.indicateurs_occupation(at("etage"), REF)
    assert out.index.name == "unite"
    assert list(out.index) == ["A0", "A1", "B0"]  # h13 (NULL unite) makes no row
    assert tuple(out.columns) == occupation.OCCUPATION_FIELDS


# --------------------------------------------------------------------------- floors


def test_floor_a0():
    row = occupation.indicateurs_occupation(at("etage"), REF).loc["A0"]
    check(row, {
        "nb_menages": 4,
        "nb_personnes": 10,                          # 1 + 4 + 2 + 3
        "taille_menage": 2.5,                        # 10 / 4
        # composition known for h1, h2, h3 (h4 NULL)
        "n_personnes_seules": 3, "part_personnes_seules": 100 / 3,   # h1
        "n_monoparentales": 3, "part_monoparentales": 100 / 3,       # h2
        # known wherever nb_personnes is: h2 by its 3 children; h4 (3 persons,
        # children unknown) is not one
        "n_familles_nombreuses": 4, "part_familles_nombreuses": 25.0,
        "n_65_plus": 3, "part_65_plus": 100 / 3,     # h1 (70)
        "n_moins_30": 3, "part_moins_30": 100 / 3,   # h3 (28)
        "n_rev_inf_20": 3, "part_rev_inf_20": 100 / 3,    # h1
        "n_rev_inf_40": 3, "part_rev_inf_40": 200 / 3,    # h1, h2
        "n_rev_inf_60": 3, "part_rev_inf_60": 200 / 3,    # h1, h2
        "n_rev_sup_100": 3, "part_rev_sup_100": 100 / 3,  # h3
        "n_apl": 3, "part_apl": 200 / 3,             # h1, h2
        "n_chomage": 3, "part_chomage": 100 / 3,     # h2
        "n_emploi_precaire": 3, "part_emploi_precaire": 0.0,
        # dates known for h1, h2, h3; only h2 (2022-07-01) is recent, h1 (2022-06-30,
        # exactly 2 years) is not
        "n_emmenages_recents": 3, "part_emmenages_recents": 100 / 3,
        "anciennete_moy": (days("2022-06-30") + days("2022-07-01") + days("2010-06-30")) / 3 / 365.25,
    })


def test_floor_a1():
    row = occupation.indicateurs_occupation(at("etage"), REF).loc["A1"]
    check(row, {
        "nb_menages": 3, "nb_personnes": 8, "taille_menage": 8 / 3,
        "n_personnes_seules": 3, "part_personnes_seules": 100 / 3,   # h6
        "n_monoparentales": 3, "part_monoparentales": 100 / 3,       # h7
        "n_familles_nombreuses": 3, "part_familles_nombreuses": 100 / 3,  # h5 by its 5 persons
        "n_65_plus": 3, "part_65_plus": 100 / 3,     # h6 (66)
        "n_moins_30": 3, "part_moins_30": 100 / 3,   # h7 (29)
        "n_rev_inf_20": 3, "part_rev_inf_20": 100 / 3,    # h7
        "n_rev_inf_40": 3, "part_rev_inf_40": 100 / 3,    # h7
        "n_rev_inf_60": 3, "part_rev_inf_60": 200 / 3,    # h5 (40-60), h7
        "n_rev_sup_100": 3, "part_rev_sup_100": 0.0,
        "n_apl": 2, "part_apl": 50.0,                # h5 no, h6 yes, h7 unknown
        "n_chomage": 3, "part_chomage": 100 / 3,     # h7
        "n_emploi_precaire": 3, "part_emploi_precaire": 100 / 3,  # h5
        # h6 moved in after the reference date: not known. h5 (on the reference date)
        # is recent, h7 (2020) is not
        "n_emmenages_recents": 2, "part_emmenages_recents": 50.0,
        "anciennete_moy": (0 + days("2020-01-01")) / 2 / 365.25,
    })


# --------------------------------------------------------------------------- buildings


def test_buildings():
    out = occupation.indicateurs_occupation(at("bat"), REF)
    assert list(out.index) == ["A", "B"]
    check(out.loc["A"], {  # A0 + A1: the sums add up, every share recomputed
        "nb_menages": 7, "nb_personnes": 18, "taille_menage": 18 / 7,
        "n_personnes_seules": 6, "part_personnes_seules": 200 / 6,   # h1, h6
        "part_monoparentales": 200 / 6,                              # h2, h7
        "n_familles_nombreuses": 7, "part_familles_nombreuses": 200 / 7,  # h2, h5
        "n_65_plus": 6, "part_65_plus": 200 / 6, "part_moins_30": 200 / 6,
        "n_rev_inf_20": 6, "part_rev_inf_20": 200 / 6, "part_rev_inf_40": 300 / 6,
        "part_rev_inf_60": 400 / 6, "part_rev_sup_100": 100 / 6,
        "n_apl": 5, "part_apl": 60.0,                # h1, h2, h6 of 5 known
        "n_chomage": 6, "part_chomage": 200 / 6, "part_emploi_precaire": 100 / 6,
        "n_emmenages_recents": 5, "part_emmenages_recents": 40.0,  # h2, h5 of 5
    })
    check(out.loc["B"], {
        "nb_menages": 5, "nb_personnes": 13, "taille_menage": 2.6,
        "n_personnes_seules": 5, "part_personnes_seules": 40.0,  # h8, h9
        "part_monoparentales": 0.0,
        "n_familles_nombreuses": 5, "part_familles_nombreuses": 20.0,  # h10 (4 children, 6 persons)
        "n_65_plus": 5, "part_65_plus": 40.0, "part_moins_30": 20.0,   # h8, h9 / h11
        # tranche unknown for h11
        "n_rev_inf_20": 4, "part_rev_inf_20": 50.0, "part_rev_inf_40": 75.0,
        "part_rev_inf_60": 75.0, "part_rev_sup_100": 0.0,
        "n_apl": 5, "part_apl": 80.0,
        "n_chomage": 4, "part_chomage": 0.0,         # activity unknown for h12
        "n_emmenages_recents": 5, "part_emmenages_recents": 20.0,  # h10
        "anciennete_moy": sum(days(d) for d in ("2000-01-01", "2015-03-15", "2023-01-01",
                                                "2021-09-01", "2019-05-05")) / 5 / 365.25,
    })


# --------------------------------------------------------------------------- îlot


def test_ilot_is_a_ratio_of_sums_not_a_mean_of_buildings():
    out = occupation.indicateurs_occupation(at("ilot"), REF)
    assert list(out.index) == ["I1"]
    row = out.loc["I1"]
    check(row, {
        "nb_menages": 12,                            # h13 (NULL unite) left out
        "nb_personnes": 31, "taille_menage": 31 / 12,
        # (2 + 2) / (6 + 5) = 36.36 %, while the mean of the buildings' shares is
        # (33.33 + 40) / 2 = 36.67 %
        "n_personnes_seules": 11, "part_personnes_seules": 400 / 11,
        # (2 + 2) / (6 + 4) = 40 %, mean of the buildings' shares (33.33 + 50) / 2 = 41.67 %
        "n_rev_inf_20": 10, "part_rev_inf_20": 40.0,
        # (2 + 1) / (7 + 5) = 25 %, mean (28.57 + 20) / 2 = 24.29 %
        "n_familles_nombreuses": 12, "part_familles_nombreuses": 25.0,
        "n_apl": 10, "part_apl": 70.0,               # (3 + 4) / (5 + 5)
        "n_chomage": 10, "part_chomage": 20.0,       # (2 + 0) / (6 + 4)
        "n_emmenages_recents": 10, "part_emmenages_recents": 30.0,
    })
    buildings = occupation.indicateurs_occupation(at("bat"), REF)
    assert row["part_personnes_seules"] != pytest.approx(buildings["part_personnes_seules"].mean())
    assert row["part_rev_inf_20"] != pytest.approx(buildings["part_rev_inf_20"].mean())
    # counts and denominators are additive across scales
    for name in ("nb_menages", "nb_personnes") + tuple(occupation.SHARE_DENOMINATORS.values()):
        assert row[name] == buildings[name].sum(), name


def test_household_with_null_unit_is_not_counted():
    with_h13 = occupation.indicateurs_occupation(at("ilot"), REF)
    without = occupation.indicateurs_occupation(at("ilot", households(ROWS[:-1])), REF)
    pd.testing.assert_frame_equal(with_h13, without)


# --------------------------------------------------------------------------- one household a unit


def per_household():
    frame = households()
    frame["unite"] = frame["id"]
    return occupation.indicateurs_occupation(frame, REF)


def test_famille_nombreuse_by_children_or_by_persons():
    out = per_household()
    assert out.loc["h2", "part_familles_nombreuses"] == 100   # 3 children under 14, 4 persons
    assert out.loc["h5", "part_familles_nombreuses"] == 100   # 1 child, 5 persons
    assert out.loc["h10", "part_familles_nombreuses"] == 100  # both
    assert out.loc["h12", "part_familles_nombreuses"] == 0    # 1 child, 3 persons
    assert out.loc["h4", "part_familles_nombreuses"] == 0     # children unknown, 3 persons
    assert out.loc["h4", "n_familles_nombreuses"] == 1


def test_famille_nombreuse_unknown_without_persons():
    frame = households([("x1", "A0", "A", NA, 4, NA, NA, NA, NA, NA, NA),
                        ("x2", "A0", "A", 2, 0, NA, NA, NA, NA, NA, NA)])
    frame["unite"] = "A0"
    row = occupation.indicateurs_occupation(frame, REF).loc["A0"]
    check(row, {"nb_menages": 2, "nb_personnes": 2, "taille_menage": 2.0,  # 2 persons / 1 known
                "n_familles_nombreuses": 1, "part_familles_nombreuses": 0.0})


def test_two_year_boundary():
    out = per_household()
    assert out.loc["h1", "part_emmenages_recents"] == 0      # 2022-06-30: exactly 2 years before
    assert out.loc["h2", "part_emmenages_recents"] == 100    # 2022-07-01: one day inside
    assert out.loc["h5", "part_emmenages_recents"] == 100    # on the reference date
    assert out.loc["h5", "anciennete_moy"] == 0
    assert out.loc["h1", "anciennete_moy"] == pytest.approx(731 / 365.25)  # 2024 has a 29 February
    # after the reference date, or no date: not known, neither recent nor old
    for household in ("h6", "h4"):
        assert out.loc[household, "n_emmenages_recents"] == 0
        assert isnull(out.loc[household, "part_emmenages_recents"])
        assert isnull(out.loc[household, "anciennete_moy"])


def test_two_year_boundary_on_calendar_dates_leap_day():
    # reference 2024-02-29: two years before is 2022-02-28 (calendar), not 730.5 days
    frame = households([("y1", "A0", "A", 1, 0, NA, NA, NA, NA, NA, "2022-02-28"),
                        ("y2", "A0", "A", 1, 0, NA, NA, NA, NA, NA, "2022-03-01")])
    frame["unite"] = frame["id"]
    out = occupation.indicateurs_occupation(frame, "2024-02-29")
    assert out.loc["y1", "part_emmenages_recents"] == 0
    assert out.loc["y2", "part_emmenages_recents"] == 100


def test_tranches_are_cumulative():
    out = per_household()
    expected = {  # household: (<20, <40, <60, >100)
        "h1": (100, 100, 100, 0),    # <20
        "h2": (0, 100, 100, 0),      # 20-40
        "h5": (0, 0, 100, 0),        # 40-60
        "h6": (0, 0, 0, 0),          # 60-100
        "h3": (0, 0, 0, 100),        # >100
    }
    for household, values in expected.items():
        got = tuple(out.loc[household, ["part_rev_inf_20", "part_rev_inf_40", "part_rev_inf_60",
                                        "part_rev_sup_100"]])
        assert got == values, household
    assert out.loc["h11", "n_rev_inf_20"] == 0 and isnull(out.loc["h11", "part_rev_inf_20"])


def test_ages_boundaries():
    out = per_household()
    assert out.loc["h6", "part_65_plus"] == 100    # 66
    assert out.loc["h7", "part_moins_30"] == 100   # 29
    frame = households([("z1", "A0", "A", 1, 0, NA, 65, NA, NA, NA, NA),
                        ("z2", "A0", "A", 1, 0, NA, 30, NA, NA, NA, NA),
                        ("z3", "A0", "A", 1, 0, NA, 64, NA, NA, NA, NA)])
    frame["unite"] = "A0"
    row = occupation.indicateurs_occupation(frame, REF).loc["A0"]
    check(row, {"n_65_plus": 3, "part_65_plus": 100 / 3,   # 65 is "65 ans ou plus"
                "n_moins_30": 3, "part_moins_30": 0.0})    # 30 is not "moins de 30 ans"


def test_unknown_code_is_not_known():
    # a code outside the canonical list does not swell the denominator; a label
    # spelled differently but meaning a known code is read as that code
    frame = households([("w1", "A0", "A", 1, 0, "Personne seule", NA, NA, NA, "Chômage", NA),
                        ("w2", "A0", "A", 1, 0, "???", NA, NA, NA, "", NA)])
    frame["unite"] = "A0"
    row = occupation.indicateurs_occupation(frame, REF).loc["A0"]
    check(row, {"n_personnes_seules": 1, "part_personnes_seules": 100.0,
                "n_chomage": 1, "part_chomage": 100.0})


# --------------------------------------------------------------------------- missing columns


def test_missing_column_gives_null_not_zero():
    frame = at("bat").drop(columns=["apl", "nb_enfants_moins_14", "date_emmenagement"])
    out = occupation.indicateurs_occupation(frame, REF)
    assert tuple(out.columns) == occupation.OCCUPATION_FIELDS
    for name in ("part_apl", "n_apl", "part_familles_nombreuses", "n_familles_nombreuses",
                 "part_emmenages_recents", "n_emmenages_recents", "anciennete_moy"):
        assert out[name].isna().all(), name
    # the other shares are still there
    assert out.loc["A", "part_chomage"] == pytest.approx(200 / 6)
    assert out.loc["B", "nb_personnes"] == 13


def test_only_required_fields():
    frame = at("bat")[["logement_id", "millesime", "nb_personnes", "unite"]]
    out = occupation.indicateurs_occupation(frame, REF)
    check(out.loc["A"], {"nb_menages": 7, "nb_personnes": 18, "taille_menage": 18 / 7})
    for share, denominator in occupation.SHARE_DENOMINATORS.items():
        assert out[share].isna().all() and out[denominator].isna().all(), share


# --------------------------------------------------------------------------- unit_ids


def test_unit_ids_with_an_empty_unit():
    out = occupation.indicateurs_occupation(at("etage"), REF, unit_ids=["A0", "A1", "A2", "B0"])
    assert list(out.index) == ["A0", "A1", "A2", "B0"]
    assert out.index.name == "unite"
    empty = out.loc["A2"]
    assert empty["nb_menages"] == 0 and empty["nb_personnes"] == 0
    assert isnull(empty["taille_menage"]) and isnull(empty["anciennete_moy"])
    for share, denominator in occupation.SHARE_DENOMINATORS.items():
        assert empty[denominator] == 0, denominator
        assert isnull(empty[share]), share
    # the other units are unchanged
    plain = occupation.indicateurs_occupation(at("etage"), REF)
    pd.testing.assert_frame_equal(out.loc[["A0", "A1", "B0"]], plain, check_names=False)


def test_unit_ids_leave_out_other_units_and_keep_missing_columns_null():
    frame = at("etage").drop(columns=["apl"])
    out = occupation.indicateurs_occupation(frame, REF, unit_ids=["A1", "Z9"])
    assert list(out.index) == ["A1", "Z9"]
    assert out.loc["A1", "nb_menages"] == 3
    assert out.loc["Z9", "nb_menages"] == 0
    assert out["part_apl"].isna().all() and out["n_apl"].isna().all()  # absent: NULL, not 0


def test_integer_unit_ids():
    frame = households()
    frame["unite"] = frame["bat"].map({"A": 10, "B": 20}).astype("Int64")
    out = occupation.indicateurs_occupation(frame, REF, unit_ids=[10, 20, 30])
    assert list(out["nb_menages"]) == [7, 5, 0]


def test_no_households():
    frame = households().iloc[:0].copy()
    frame["unite"] = pd.Series([], dtype=object)
    out = occupation.indicateurs_occupation(frame, REF, unit_ids=["A"])
    assert out.loc["A", "nb_menages"] == 0
    assert isnull(out.loc["A", "part_apl"]) and out.loc["A", "n_apl"] == 0


def test_one_millesime_only():
    frame = at("bat")
    frame.loc[0, "millesime"] = 2022
    with pytest.raises(ValueError):
        occupation.indicateurs_occupation(frame, REF)


def test_secret_not_applied_and_not_rounded():
    out = occupation.indicateurs_occupation(at("etage"), REF)
    assert "secret" not in out.columns
    # 3 households only, still published; 100 / 3 is not rounded
    assert out.loc["A1", "part_personnes_seules"] == 100 / 3


def test_apl_read_as_objects_with_pd_na():
    """A layer read with NULLs gives ``apl`` as objects holding pd.NA (issue 19: the dock
    stopped on "float() argument must be … not 'NAType'"): the same shares as booleans."""
    frame = at("etage")
    as_objects = frame.copy()
    as_objects["apl"] = pd.Series([pd.NA if v is pd.NA else bool(v) for v in frame["apl"]], index=frame.index,
                                  dtype=object)
    assert as_objects["apl"].dtype == object and as_objects["apl"].isna().any()
    out = occupation.indicateurs_occupation(as_objects, REF)
    # A0: h1, h2 with APL, h3 without, h4 unknown → 2 / 3
    assert out.loc["A0", "part_apl"] == pytest.approx(100 * 2 / 3)
    pd.testing.assert_series_equal(out["part_apl"], occupation.indicateurs_occupation(frame, REF)["part_apl"])
