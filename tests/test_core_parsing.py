"""Parsers of raw columns (core/parsing.py) and the code lists (core/codes.py).

Reference: domain.md section 3 (3.1 for ETAGE, FINAN, mode, contingent, DEPCOM,
QPV; 3.2 for composition, tranche, activité, APL). No QGIS here: these tests run
with ``-p no:pytest_qgis``.

Each expected value is read off the spec or written by hand in a comment; dates are
checked against ``datetime.date`` built independently.
"""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import codes, parsing


def parse(parser, values, **kwargs):
    """Run a parser on a list and give back (list of values with None for NULL, list of invalid flags)."""
    series = pd.Series(values, dtype=object)
    parsed, invalid = parser(series, **kwargs)
    assert len(parsed) == len(series) and len(invalid) == len(series)
    assert list(parsed.index) == list(series.index)
    out = [None if (v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and np.isnan(v)))
           else v for v in parsed.tolist()]
    return out, [bool(b) for b in invalid.tolist()]


# --------------------------------------------------------------------------- missing values


def test_is_missing_blank_strings_none_nan():
    # None, NaN, "" and "   " are missing; "0" and "RC" are values.
    mask = parsing.is_missing(pd.Series([None, np.nan, "", "   ", "0", "RC"], dtype=object))
    assert mask.tolist() == [True, True, True, True, False, False]


# --------------------------------------------------------------------------- floors (ETAGE)


@pytest.mark.parametrize("raw, expected", [
    ("RC", 0),                # domain.md 3.1: RC → 0
    ("RDC", 0),               # RDC → 0
    ("rdc", 0),               # case variant
    ("00", 0),                # "00": zero with a leading zero
    ("0", 0),
    ("rez-de-chaussée", 0),   # the word, with its accent
    ("Rez de Chaussée", 0),   # spaces instead of hyphens, capitals
    ("REZ-DE-CHAUSSEE", 0),
    ("-1", -1),               # negative allowed (basement)
    ("SS", -1),               # sous-sol
    ("sous-sol", -1),
    ("1er", 1),               # ordinal "1er" = floor 1
    ("2e", 2),
    ("3ème", 3),
    ("04", 4),
    (" 7 ", 7),               # surrounding spaces
    (5, 5),                   # a number already
    (12.0, 12),               # a float that is a whole number
])
def test_floor_valid_spellings(raw, expected):
    values, invalid = parse(parsing.parse_floor, [raw])
    assert values == [expected]
    assert invalid == [False]


@pytest.mark.parametrize("raw", ["", "   ", None, np.nan])
def test_floor_blank_is_null_not_invalid(raw):
    # domain.md 3.1: blanks → NULL; a missing value is not an error.
    values, invalid = parse(parsing.parse_floor, [raw])
    assert values == [None]
    assert invalid == [False]


@pytest.mark.parametrize("raw", ["99", "150", "-12", "toit", "2.5", 2.5, "RC2"])
def test_floor_absurd_or_unreadable_is_invalid(raw):
    # "99" is above FLOOR_MAX (60): a typing error, not a floor → NULL and flagged.
    # "-12" is below FLOOR_MIN (-5). 2.5 is not a whole floor.
    values, invalid = parse(parsing.parse_floor, [raw])
    assert values == [None]
    assert invalid == [True]


def test_floor_mixed_column_each_row_independently():
    raw = ["RC", "1er", "", "99", "SS", "RC", "03"]
    values, invalid = parse(parsing.parse_floor, raw)
    assert values == [0, 1, None, None, -1, 0, 3]
    assert invalid == [False, False, False, True, False, False, False]


def test_floor_keeps_index_of_input():
    series = pd.Series(["RC", "2"], index=[10, 20], dtype=object)
    values, invalid = parsing.parse_floor(series)
    assert values.index.tolist() == [10, 20]
    assert values.loc[20] == 2 and values.loc[10] == 0
    assert invalid.index.tolist() == [10, 20]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("raw", [
    "15/03/2023",           # dd/mm/yyyy, the French form
    "2023-03-15",           # ISO
    "15-03-2023",           # dd-mm-yyyy
    "2023/03/15",
    "15.03.2023",
    "20230315",             # compact yyyymmdd
    "15/03/23",             # two-digit year
    "2023-03-15T10:20:00",  # ISO with a time (QGIS DateTime exported as text)
    "2023-03-15 00:00:00",
    " 15/03/2023 ",
])
def test_date_formats(raw):
    values, invalid = parse(parsing.parse_date, [raw])
    assert invalid == [False]
    assert values[0].date() == dt.date(2023, 3, 15)


@pytest.mark.parametrize("raw", ["15/03/2023 00:00:00", "15/03/2023 10:20", "15/03/2023 10:20:33"])
def test_french_date_with_a_time_of_day(raw):
    # Excel and SNE extracts write date-times "dd/mm/yyyy hh:mm[:ss]"; the ISO form with a time
    # is accepted (test_date_formats), the French form must be too: the day is 15/03/2023.
    values, invalid = parse(parsing.parse_date, [raw])
    assert invalid == [False]
    assert values[0].date() == dt.date(2023, 3, 15)


def test_date_python_objects():
    values, invalid = parse(parsing.parse_date, [dt.date(2021, 7, 1), dt.datetime(2021, 7, 1, 18, 5),
                                                 pd.Timestamp("2021-07-01 09:00")])
    assert invalid == [False, False, False]
    assert [v.date() for v in values] == [dt.date(2021, 7, 1)] * 3
    # a date carries no time of day
    assert all(v == pd.Timestamp(2021, 7, 1) for v in values)


def test_date_datetime_column_is_normalised():
    series = pd.Series(pd.to_datetime(["2022-01-02 13:45", None]))
    values, invalid = parsing.parse_date(series)
    assert values.iloc[0] == pd.Timestamp(2022, 1, 2)
    assert pd.isna(values.iloc[1])
    assert invalid.tolist() == [False, False]


@pytest.mark.parametrize("raw", [
    "31/02/2023",   # 31 February does not exist
    "30/02/2024",   # not even in a leap year
    "29/02/2023",   # 2023 is not a leap year (2023 % 4 == 3)
    "2023-02-29",
    "32/01/2023",
    "15/13/2023",   # month 13
    "02/15/2023",   # US month/day order is not a French date
    "hier",
    "2023",
])
def test_impossible_dates_are_invalid(raw):
    values, invalid = parse(parsing.parse_date, [raw])
    assert values == [None]
    assert invalid == [True]


def test_leap_day_of_a_leap_year_is_valid():
    # 2024 % 4 == 0 and 2024 % 100 != 0: 29/02/2024 exists.
    values, invalid = parse(parsing.parse_date, ["29/02/2024"])
    assert invalid == [False]
    assert values[0].date() == dt.date(2024, 2, 29)


def test_date_blank_is_null_not_invalid():
    values, invalid = parse(parsing.parse_date, ["", None, "  "])
    assert values == [None, None, None]
    assert invalid == [False, False, False]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("raw, expected", [
    ("412,35", 412.35),          # decimal comma
    ("412.35", 412.35),          # decimal point
    ("1 234,56", 1234.56),       # space as thousands separator
    ("1\u00a0234,56", 1234.56),  # no-break space (Excel fr)
    ("1\u202f234", 1234.0),      # narrow no-break space (LibreOffice fr)
    ("12 345 678", 12345678.0),
    ("1.234,56", 1234.56),       # thousands point + decimal comma
    ("-3,5", -3.5),
    ("0", 0.0),
    ("  68,2 ", 68.2),
    (75, 75.0),
])
def test_float_spellings(raw, expected):
    values, invalid = parse(parsing.parse_float, [raw])
    assert invalid == [False]
    assert values[0] == pytest.approx(expected)


def test_float_unreadable_is_invalid_blank_is_null():
    values, invalid = parse(parsing.parse_float, ["abc", "", None, "12,3,4"])
    assert values == [None, None, None, None]
    assert invalid == [True, False, False, True]


def test_float_never_silently_wrong_on_english_thousands():
    # "1,234.56" is one thousand two hundred and thirty-four (English thousands comma).
    # Reading it as 1.23456 would be a silent error 1000 times too small: the value must be
    # either 1234.56 or flagged invalid.
    values, invalid = parse(parsing.parse_float, ["1,234.56"])
    if invalid == [True]:
        assert values == [None]
    else:
        assert values[0] == pytest.approx(1234.56)


def test_float_numeric_column_passes_through():
    series = pd.Series([1.5, np.nan, 3.0])
    values, invalid = parsing.parse_float(series)
    assert values.iloc[0] == 1.5 and np.isnan(values.iloc[1]) and values.iloc[2] == 3.0
    assert invalid.tolist() == [False, False, False]


def test_int_spellings_and_fractional_is_invalid():
    # "3" → 3; "3,0" → 3 (a whole number with a decimal comma); "1 200" → 1200;
    # "2,5" has a fractional part: not an integer → invalid.
    values, invalid = parse(parsing.parse_int, ["3", "3,0", "1 200", "2,5", "", "x"])
    assert values == [3, 3, 1200, None, None, None]
    assert invalid == [False, False, False, True, False, True]


# --------------------------------------------------------------------------- text, DEPCOM


def test_depcom_zero_padded_back_to_five_characters():
    # DEPCOM of Ain communes lose their leading zero in spreadsheets: 1053 → "01053".
    # Corsica "2A004" is left as it is; "37261" already has 5 characters.
    values, invalid = parse(parsing.parse_text, ["1053", "01053", "2A004", "37261", " 7056 ", "", None],
                            zero_pad=5)
    assert values == ["01053", "01053", "2A004", "37261", "07056", None, None]
    assert invalid == [False] * 7


def test_depcom_from_a_float_column_loses_its_point_zero_and_is_padded():
    # A numeric column read by a spreadsheet: 1053.0 → "01053", NaN → NULL.
    values, invalid = parsing.parse_text(pd.Series([1053.0, 37261.0, np.nan]), zero_pad=5)
    assert values.tolist()[:2] == ["01053", "37261"]
    assert values.iloc[2] is None
    assert invalid.tolist() == [False, False, False]


def test_text_integer_column_has_no_point_zero():
    values, _ = parsing.parse_text(pd.Series([37901.0, 12.0]))
    assert values.tolist() == ["37901", "12"]


def test_text_without_padding_keeps_leading_zeros_and_trims():
    values, _ = parse(parsing.parse_text, ["  0042 ", "A1"])
    assert values == ["0042", "A1"]


# --------------------------------------------------------------------------- FINAN


# Every code of domain.md 3.1: PLAI (10, 11), PLUS (12, 13, 50–55), PLS (14, 15, 17),
# PLI (16), AUTRE (49, 99).
SPEC_FINAN = {10: "PLAI", 11: "PLAI",
              12: "PLUS", 13: "PLUS", 50: "PLUS", 51: "PLUS", 52: "PLUS", 53: "PLUS", 54: "PLUS",
              55: "PLUS",
              14: "PLS", 15: "PLS", 17: "PLS",
              16: "PLI",
              49: "AUTRE", 99: "AUTRE"}


@pytest.mark.parametrize("code, family", sorted(SPEC_FINAN.items()))
def test_finan_every_spec_code_as_text(code, family):
    values, invalid = parse(parsing.parse_finan, [str(code)])
    assert values == [family]
    assert invalid == [False]


def test_finan_codes_as_numbers_and_padded_text():
    # 12 (int), 12.0 (float from a numeric column), "012" and " 12 " are all code 12 → PLUS.
    values, invalid = parse(parsing.parse_finan, [12, 12.0, "012", " 12 ", "10"])
    assert values == ["PLUS", "PLUS", "PLUS", "PLUS", "PLAI"]
    assert invalid == [False] * 5


def test_finan_code_table_matches_spec_exactly():
    assert dict(codes.FINAN_GROUPS) == SPEC_FINAN


@pytest.mark.parametrize("raw", ["18", "20", "56", "48", "0", "1", "12,5", "PLX"])
def test_finan_unknown_code_flagged(raw):
    values, invalid = parse(parsing.parse_finan, [raw])
    assert values == [None]
    assert invalid == [True]


def test_finan_family_names_as_words():
    values, invalid = parse(parsing.parse_finan, ["PLAI", "pla-i", "Plus", "PLS", "pli", "Autre", ""])
    assert values == ["PLAI", "PLAI", "PLUS", "PLS", "PLI", "AUTRE", None]
    assert invalid == [False] * 7


# --------------------------------------------------------------------------- mode, contingent


def test_mode_occupation_codes():
    # domain.md 3.1: 1 loué, 2 vacant, 3 vide, 4 association, 5 occupé sans contrat, 9 sans objet.
    values, invalid = parse(parsing.parse_mode, ["1", "2", "3", "4", "5", "9", 2.0, " 1 ", "", "6", "0", "loué"])
    assert values == [1, 2, 3, 4, 5, 9, 2, 1, None, None, None, None]
    assert invalid == [False] * 9 + [True, True, True]


def test_contingent_codes():
    # domain.md 3.1: 1..7; 8 and 0 are unknown.
    values, invalid = parse(parsing.parse_contingent, ["1", "2", "3", "4", "5", "6", "7", 3, "8", "0", ""])
    assert values == [1, 2, 3, 4, 5, 6, 7, 3, None, None, None]
    assert invalid == [False] * 8 + [True, True, False]


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize("raw, expected", [
    ("Personne seule", "personne_seule"),
    ("PERSONNE SEULE", "personne_seule"),
    ("personne_seule", "personne_seule"),
    ("Personne isolée", "personne_seule"),
    ("Couple sans enfant", "couple_sans_enfant"),
    ("Couple avec enfant(s)", "couple_avec_enfants"),
    ("  Famille  Monoparentale ", "famille_monoparentale"),
    ("FAMILLE MONOPARENTALE", "famille_monoparentale"),
    ("Parent isolé", "famille_monoparentale"),
    ("Ménage complexe", "autre"),
    ("Autre", "autre"),
])
def test_composition_labels(raw, expected):
    values, invalid = parse(parsing.parse_composition, [raw])
    assert values == [expected]
    assert invalid == [False]


def test_composition_unknown_flagged():
    values, invalid = parse(parsing.parse_composition, ["colocation étudiante", ""])
    assert values == [None, None]
    assert invalid == [True, False]


@pytest.mark.parametrize("raw, expected", [
    ("Emploi stable", "emploi_stable"),
    ("CDI", "emploi_stable"),
    ("Emploi précaire", "emploi_precaire"),
    ("EMPLOI PRÉCAIRE", "emploi_precaire"),
    ("Intérim", "emploi_precaire"),
    ("Chômage", "chomage"),
    ("CHÔMAGE", "chomage"),
    ("chomage", "chomage"),
    ("Demandeur d'emploi", "chomage"),
    ("Retraité", "retraite"),
    ("Retraitée", "retraite"),
    ("Étudiant", "etudiant"),
    ("ÉTUDIANTE", "etudiant"),
    ("Inactive", "inactif"),
])
def test_activite_labels(raw, expected):
    values, invalid = parse(parsing.parse_activite, [raw])
    assert values == [expected]
    assert invalid == [False]


def test_activite_typographic_apostrophe():
    # French word processors and Excel autocorrect write ’ (U+2019) for the apostrophe:
    # "Demandeur d’emploi" is the same label as "Demandeur d'emploi".
    values, invalid = parse(parsing.parse_activite, ["Demandeur d\u2019emploi"])
    assert values == ["chomage"]
    assert invalid == [False]


@pytest.mark.parametrize("raw, expected", [
    ("<20", "<20"), ("< 20 %", "<20"), ("Moins de 20 %", "<20"),
    ("20-40", "20-40"), ("20 - 40 %", "20-40"), ("De 20 à 40 %", "20-40"),
    ("40-60", "40-60"), ("de 40 à 60", "40-60"),
    ("60-100", "60-100"), ("60 - 100 %", "60-100"),
    (">100", ">100"), ("> 100 %", ">100"), ("Plus de 100 %", ">100"), ("100 % et plus", ">100"),
])
def test_tranche_labels(raw, expected):
    values, invalid = parse(parsing.parse_tranche, [raw])
    assert values == [expected]
    assert invalid == [False]


def test_tranche_unknown_flagged():
    values, invalid = parse(parsing.parse_tranche, ["20-50", ""])
    assert values == [None, None]
    assert invalid == [True, False]


@pytest.mark.parametrize("raw, expected", [
    ("O", True), ("N", False), ("o", True), ("n", False),
    ("Oui", True), ("Non", False), ("OUI", True), ("NON", False),
    ("1", True), ("0", False), (1, True), (0, False), (1.0, True), (0.0, False),
    (True, True), (False, False), ("Vrai", True), ("Faux", False),
])
def test_booleans(raw, expected):
    values, invalid = parse(parsing.parse_bool, [raw])
    assert values == [expected]
    assert invalid == [False]


def test_boolean_unknown_flagged_blank_null():
    values, invalid = parse(parsing.parse_bool, ["peut-être", "2", "", None])
    assert values == [None, None, None, None]
    assert invalid == [True, True, False, False]


def test_boolean_bool_column():
    values, invalid = parsing.parse_bool(pd.Series([True, False]))
    assert values.tolist() == [True, False]
    assert invalid.tolist() == [False, False]


# --------------------------------------------------------------------------- QPV


def test_qpv_codes_and_outside_markers():
    # A real QPV code stays (upper case); "HZ", "CSZ" mean outside any QPV: empty string.
    values, invalid = parse(parsing.parse_qpv, ["QN03701M", "qp037001", "HZ", "CSZ", "hz"])
    assert values == ["QN03701M", "QP037001", "", "", ""]
    assert invalid == [False] * 5


def test_qpv_blank_means_outside():
    # domain.md 3.1, code_qpv: '"HZ" / "CSZ" / blank = outside any QPV'. A blank is therefore
    # read the same way as "HZ" (outside), not as an unknown location.
    values, invalid = parse(parsing.parse_qpv, ["HZ", ""])
    assert invalid == [False, False]
    assert values[1] == values[0] == ""


# --------------------------------------------------------------------------- labels helpers


def test_normalise_label_and_column_name():
    assert codes.normalise_label("  Famille  Monoparentale ") == "famille monoparentale"
    assert codes.normalise_label("Chômage") == "chomage"
    assert codes.normalise_label("Rez - de - Chaussée") == "rez-de-chaussee"
    # Nom.du.Programme (R's make.names), "Nom du Programme" and nom_du_programme meet
    assert codes.normalise_column_name("Nom.du.Programme") == "nom_du_programme"
    assert codes.normalise_column_name("Nom du Programme") == "nom_du_programme"
    assert codes.normalise_column_name("nom_du_programme") == "nom_du_programme"
    assert codes.normalise_column_name("Numéro d'attribution") == "numero_d_attribution"
    assert codes.normalise_column_name("Ménage DALO") == "menage_dalo"


def test_parsers_work_once_per_distinct_value_on_large_column():
    # 200 000 rows with 4 distinct floors: the result is right row by row.
    raw = pd.Series(["RC", "1", "2", "99"] * 50_000, dtype=object)
    values, invalid = parsing.parse_floor(raw)
    assert int(invalid.sum()) == 50_000        # every "99"
    assert int((values == 0).sum()) == 50_000  # every "RC"
    assert values.iloc[5] == 1 and values.iloc[6] == 2


def test_numbers_too_large_or_infinite_are_invalid():
    """Found by the fuzz test: a 19-digit "count" crashed the cast to integers."""
    from peuplement_plugin.core import parsing as p

    values, invalid = p.parse_int(pd.Series(["3", "9240000000000000000", "2147483647", "2147483648", "inf"]))
    assert values.tolist()[0] == 3 and values.tolist()[2] == 2147483647
    assert invalid.tolist() == [False, True, False, True, True]
    numbers, invalid = p.parse_float(pd.Series([1.5, float("inf"), float("-inf")]))
    assert numbers[0] == 1.5 and numbers[1:].isna().all() and invalid.tolist() == [False, True, True]
