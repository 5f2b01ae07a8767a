"""PLUS ceilings, resources bands, UC and zones (peuplement_plugin/core/plafonds.py)."""

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import plafonds
from peuplement_plugin.core.codes import TRANCHE_VALUES
from peuplement_plugin.core.errors import PeuplementError

HORS = "hors_ile_de_france"

# Published 2023 PLUS ceilings, autres régions (arrêté du 27 décembre 2022; domain.md 5.5).
PUBLISHED_2023_HORS_IDF = {1: 21878, 2: 29217, 3: 35135, 4: 42417, 5: 49898}

# Limits worked out by hand, 2023 hors Île-de-France:
#   1 person : 21,878 × 0.20 = 4,375.6 ; × 0.40 = 8,751.2  ; × 0.60 = 13,126.8 ; × 1 = 21,878
#   2 persons: 29,217 × 0.20 = 5,843.4 ; × 0.40 = 11,686.8 ; × 0.60 = 17,530.2 ; × 1 = 29,217
#   3 persons: 35,135 × 0.20 = 7,027   ; × 0.40 = 14,054   ; × 0.60 = 21,081   ; × 1 = 35,135
#   4 persons: 42,417 × 0.20 = 8,483.4 ; × 0.40 = 16,966.8 ; × 0.60 = 25,450.2 ; × 1 = 42,417
#   5 persons: 49,898 × 0.20 = 9,979.6 ; × 0.40 = 19,959.2 ; × 0.60 = 29,938.8 ; × 1 = 49,898
# At each limit the household is in the upper band (ratio ≥ limit), one cent below in the
# lower one; exactly at the ceiling is still 60-100 (eligible), one cent above is >100.
LIMITS = {
    1: (4375.6, 8751.2, 13126.8, 21878),
    2: (5843.4, 11686.8, 17530.2, 29217),
    3: (7027, 14054, 21081, 35135),
    4: (8483.4, 16966.8, 25450.2, 42417),
    5: (9979.6, 19959.2, 29938.8, 49898),
}


def _cases():
    for persons, (l20, l40, l60, ceiling) in LIMITS.items():
        yield persons, round(l20 - 0.01, 2), "<20"
        yield persons, l20, "20-40"
        yield persons, round(l40 - 0.01, 2), "20-40"
        yield persons, l40, "40-60"
        yield persons, round(l60 - 0.01, 2), "40-60"
        yield persons, l60, "60-100"
        yield persons, ceiling, "60-100"
        yield persons, round(ceiling + 0.01, 2), ">100"


CASES = list(_cases())


def test_published_2023_hors_idf_ceilings():
    for persons, amount in PUBLISHED_2023_HORS_IDF.items():
        assert plafonds.plafond(2023, HORS, persons) == amount
    # Hand check of the limits above against the published amounts.
    for persons, (l20, l40, l60, ceiling) in LIMITS.items():
        assert ceiling == PUBLISHED_2023_HORS_IDF[persons]
        assert l20 == pytest.approx(ceiling * 0.2)
        assert l40 == pytest.approx(ceiling * 0.4)
        assert l60 == pytest.approx(ceiling * 0.6)


@pytest.mark.parametrize("persons, income, expected", CASES)
def test_tranche_at_exact_limits(persons, income, expected):
    assert plafonds.tranche(income, persons, 2023, HORS).iloc[0] == expected


def test_tranche_vectorised_with_ratio():
    persons = pd.Series([c[0] for c in CASES], index=range(100, 100 + len(CASES)))
    income = pd.Series([c[1] for c in CASES], index=persons.index)
    result = plafonds.tranche(income, persons, 2023, HORS, with_ratio=True)
    assert list(result.index) == list(persons.index)
    assert list(result["tranche_plafond"]) == [c[2] for c in CASES]
    assert set(result["tranche_plafond"]) <= set(TRANCHE_VALUES)
    # 1 person, 4,375.6 / 21,878 = 20 %; exactly at the ceiling = 100 %.
    first = result.iloc[1]
    assert first["ratio_plafond"] == pytest.approx(20.0)
    assert first["plafond"] == 21878
    assert result.iloc[6]["ratio_plafond"] == pytest.approx(100.0)
    assert plafonds.ratio_plafond(10939, 1, 2023, HORS) == pytest.approx(50.0)


def test_tranche_null_when_unknown():
    income = pd.Series([None, 10000.0, 10000.0, 10000.0, float("nan")])
    persons = pd.Series([1, None, 0, 2.5, 3])
    result = plafonds.tranche(income, persons, 2023, HORS)
    assert result.isna().all()
    # Zone unknown for a row: NULL for that row only.
    zones = pd.Series([HORS, None])
    result = plafonds.tranche(pd.Series([1000.0, 1000.0]), pd.Series([1, 1]), 2023, zones)
    assert result.iloc[0] == "<20" and result.iloc[1] is None


def test_plafond_beyond_six_persons_and_per_row_year_zone():
    # 8 persons, 2023 hors IDF: category 6 (56,236) + 2 × 6,273 = 68,782.
    assert plafonds.plafond(2023, HORS, 8) == 56236 + 2 * 6273
    result = plafonds.plafond(
        pd.Series([2022, 2024, 2023]),
        pd.Series(["paris_limitrophes", "ile_de_france_autres", HORS]),
        pd.Series([3, 3, 7]),
    )
    # 2022 Paris cat. 3: 47,639; 2024 IDF cat. 3: 46,789; 2023 hors IDF 7 persons: 56,236 + 6,273.
    assert list(result) == [47639, 46789, 62509]


def test_missing_year_names_year_zone_and_years_available():
    with pytest.raises(PeuplementError) as error:
        plafonds.plafond(2015, HORS, 2)
    message = str(error.value)
    assert "2015" in message and HORS in message
    for year in plafonds.years_available(HORS):
        assert str(year) in message
    with pytest.raises(PeuplementError, match="2015"):
        plafonds.tranche(pd.Series([1000.0]), pd.Series([1]), pd.Series([2015]), HORS)
    with pytest.raises(PeuplementError, match="zone_inconnue"):
        plafonds.plafond(2023, "zone_inconnue", 2)


def test_table_complete_and_increasing():
    table = plafonds.load_table()
    assert list(table.columns) == ["annee", "zone", "categorie", "plafond", "source"]
    assert set(table["zone"]) == set(plafonds.ZONES)
    assert {2020, 2021, 2022, 2023, 2024} <= set(table["annee"])
    assert table["source"].str.strip().str.len().gt(0).all()
    for (annee, zone), group in table.groupby(["annee", "zone"]):
        amounts = group.set_index("categorie")["plafond"]
        assert sorted(amounts.index) == sorted(plafonds.CATEGORIES), (annee, zone)
        by_category = [amounts[c] for c in ("1", "2", "3", "4", "5", "6")]
        assert all(a < b for a, b in zip(by_category, by_category[1:])), (annee, zone)
        assert 0 < amounts["+"] < by_category[0], (annee, zone)
    # Every year has the three zones; Paris ≥ rest of IDF ≥ autres régions.
    wide = table.pivot_table(index=["annee", "categorie"], columns="zone", values="plafond")
    assert wide.notna().all().all()
    assert (wide["paris_limitrophes"] >= wide["ile_de_france_autres"]).all()
    assert (wide["ile_de_france_autres"] > wide["hors_ile_de_france"]).all()


def test_load_table_is_cached_copy():
    first = plafonds.load_table()
    first.loc[0, "plafond"] = -1
    assert plafonds.load_table().loc[0, "plafond"] > 0


def test_categorie():
    assert plafonds.categorie(1) == 1
    assert list(plafonds.categorie(pd.Series([1, 2, 3, 6, 9, None]))) == [1, 2, 3, 6, 6, pd.NA]
    assert list(plafonds.personnes_supplementaires(pd.Series([5, 6, 9]))) == [0, 0, 3]
    # A person alone with one dependent is category 3, with four dependents category 6.
    assert list(plafonds.categorie(pd.Series([2, 2, 5]), pd.Series([1, 0, 4]))) == [3, 2, 6]


def test_uc_hand_cases():
    # Couple + 2 children under 14: 1 + 0.5 × 1 + 0.3 × 2 = 2.1, exact.
    uc, approximated = plafonds.unites_consommation(pd.Series([4]), pd.Series([2]))
    assert uc.iloc[0] == pytest.approx(2.1)
    assert not approximated.iloc[0]
    # 3 persons, children unknown: 1 + 0.5 × 2 = 2.0, flagged.
    uc, approximated = plafonds.unites_consommation(pd.Series([3]))
    assert uc.iloc[0] == pytest.approx(2.0)
    assert approximated.iloc[0]
    # Mixed rows: person alone (1.0), children NaN for one row (fallback), inconsistent
    # children (3 children for 3 persons → capped to 2: 1 + 0.3 × 2 = 1.6, flagged),
    # persons unknown (NaN, not flagged).
    uc, approximated = plafonds.unites_consommation(
        pd.Series([1, 2, 3, None]), pd.Series([0, None, 3, 1])
    )
    assert uc.iloc[0] == pytest.approx(1.0)
    assert uc.iloc[1] == pytest.approx(1.5)
    assert uc.iloc[2] == pytest.approx(1.6)
    assert pd.isna(uc.iloc[3])
    assert list(approximated) == [False, True, True, False]


def test_zone_of_depcom():
    assert plafonds.zone_of_depcom("75056") == "paris_limitrophes"
    assert plafonds.zone_of_depcom("75101") == "paris_limitrophes"
    # Bondy is not a commune limitrophe of Paris (Pantin, Bobigny, Noisy-le-Sec... lie between).
    assert plafonds.zone_of_depcom("93010") == "ile_de_france_autres"
    assert plafonds.zone_of_depcom("92012") == "paris_limitrophes"  # Boulogne-Billancourt
    assert plafonds.zone_of_depcom("37261") == HORS  # Tours
    result = plafonds.zone_of_depcom(pd.Series(["93048", 94080, "77288", 1053, None, "xx", "2A004"]))
    assert list(result) == ["paris_limitrophes", "paris_limitrophes", "ile_de_france_autres",
                            HORS, None, None, HORS]
    assert len(plafonds.COMMUNES_LIMITROPHES) == 29
    assert all(code[:2] in ("92", "93", "94") for code in plafonds.COMMUNES_LIMITROPHES)


# --------------------------------------------------------------------------- household category
# Arrêté du 29 juillet 1987, annexe (domain.md 5.5): 2 = two persons with no dependant,
# young couples excepted; 3 = three persons, or one person with one dependant, or a young
# couple (ages adding up to 55 or less) with no dependant; a disabled member moves the
# household one category up. 2023 hors Île-de-France: cat. 2 = 29,217 €, 3 = 35,135 €,
# 4 = 42,417 €, 5 = 49,898 €.


def test_single_parent_of_the_issue_is_category_3():
    # Issue 16, item 1: 2 persons, famille monoparentale, 13,000 € a year, OPS 2024 → ceilings
    # 2023 hors IdF. One adult with one dependant → category 3 = 35,135 €;
    # 13,000 / 35,135 = 0.37000 → 37.0 %, band 20-40 (not 13,000 / 29,217 = 44.5 %, 40-60).
    menages = pd.DataFrame({"logement_id": ["M1"], "millesime": [2024], "nb_personnes": [2],
                            "composition": ["famille_monoparentale"], "revenu_annuel": [13000.0],
                            "tranche_plafond": [None]})
    out, classified = plafonds.classer_ressources(menages, pd.Series(["37261"]))
    assert classified == 1 and out["tranche_plafond"].iloc[0] == "20-40"
    rules = plafonds.regles_categorie(menages)
    assert rules["nb_personnes_a_charge"].iloc[0] == 1  # 2 persons − 1 adult
    banded = plafonds.tranche(13000.0, 2, 2023, HORS, with_ratio=True, **rules)
    assert banded["plafond"].iloc[0] == 35135
    assert round(banded["ratio_plafond"].iloc[0], 1) == 37.0
    assert plafonds.categorie(2, 1) == 3


def test_young_couple_is_category_3():
    # Couple without children, ages 27 + 26 = 53 ≤ 55, no dependant → category 3 = 35,135 €:
    # 13,000 / 35,135 = 37.0 % → 20-40. Ages 30 + 26 = 56 > 55 → category 2 = 29,217 €:
    # 13,000 / 29,217 = 44.5 % → 40-60.
    menages = pd.DataFrame({"logement_id": ["J1", "J2"], "millesime": [2024, 2024], "nb_personnes": [2, 2],
                            "composition": ["couple_sans_enfant", "couple_sans_enfant"],
                            "age_titulaire": [27, 30], "age_conjoint": [26, 26],
                            "revenu_annuel": [13000.0, 13000.0], "tranche_plafond": [None, None]})
    out, _ = plafonds.classer_ressources(menages, pd.Series(["37261", "37261"]))
    assert list(out["tranche_plafond"]) == ["20-40", "40-60"]
    assert list(plafonds.categorie(pd.Series([2, 2]), jeune_menage=pd.Series([True, False]))) == [3, 2]
    # exactly 55 is still a young couple ("55 ans au plus")
    assert plafonds.jeune_menage(2, "couple_sans_enfant", 30, 25).iloc[0] == 1.0


def test_disabled_member_moves_one_category_up():
    # 3 persons (couple + 1 child) with a disabled member: category 3 + 1 = 4 = 42,417 €;
    # 16,000 / 42,417 = 37.7 % → 20-40 (without it: 16,000 / 35,135 = 45.5 % → 40-60).
    # The single parent of the issue with a disabled member: category 3 + 1 = 4.
    menages = pd.DataFrame({"logement_id": ["H1", "H2"], "millesime": [2024, 2024], "nb_personnes": [3, 3],
                            "composition": ["couple_avec_enfants", "couple_avec_enfants"],
                            "handicap": pd.array([True, False], dtype="boolean"),
                            "revenu_annuel": [16000.0, 16000.0], "tranche_plafond": [None, None]})
    out, _ = plafonds.classer_ressources(menages, pd.Series(["37261", "37261"]))
    assert list(out["tranche_plafond"]) == ["20-40", "40-60"]
    assert plafonds.categorie(2, 1, handicap=True) == 4
    assert plafonds.plafond(2023, HORS, 3, handicap=True) == 42417
    # six persons and a disabled member: category 6 + the "+" amount once (cap at 6)
    assert plafonds.personnes_supplementaires(6, handicap=True) == 1


def test_dependants_from_the_composition():
    persons = pd.Series([3, 4, 1, 2, 3])
    kinds = pd.Series(["famille_monoparentale", "couple_avec_enfants", "personne_seule", "couple_sans_enfant",
                       "autre"])
    got = plafonds.personnes_a_charge(persons, kinds)
    # one adult + 2, two adults + 2, none, none, unknown (not guessed)
    assert list(got.iloc[:4]) == [2, 2, 0, 0] and pd.isna(got.iloc[4])
    # categories: 3 + 1 = 4 (single parent); 4; 1; 2; 3
    assert list(plafonds.categorie(persons, got)) == [4, 4, 1, 2, 3]


def test_per_distinct_same_answers_as_row_by_row():
    """The column helpers work once per distinct value then map back; the answer must be
    the one a row-by-row call gives, on a column mixing every kind of value a reader hands
    over (text with spaces and commas, ints, floats, booleans, None, NaN), repeated."""
    mixed = [" 1,5 ", "2", 3, 4.0, True, False, None, np.nan, "x", "", " 12 ", 1053, 1053.0, "1053",
             "2A004", "75101", "93048 ", 93048, 75101.5, "37261.0", np.int64(94080), np.float64(77288.0)]
    column = pd.Series(mixed * 50, index=pd.RangeIndex(1000, 1000 + 50 * len(mixed)), dtype=object)
    # Reference: the row-by-row forms the helpers replace.
    numbers = pd.to_numeric(column.map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v),
                            errors="coerce").astype("float64")
    pd.testing.assert_series_equal(plafonds._numbers(column), numbers, check_names=False)
    flags = pd.to_numeric(column.map(lambda v: {True: 1.0, False: 0.0}.get(v, v)
                                     if isinstance(v, (bool, np.bool_)) else v), errors="coerce").astype("float64")
    pd.testing.assert_series_equal(plafonds._flags(column, column.index), flags, check_names=False)
    zones = [plafonds.zone_of_depcom(v) for v in column]
    assert plafonds.zone_of_depcom(column).tolist() == zones
    assert plafonds.zone_of_depcom(column).index.equals(column.index)
