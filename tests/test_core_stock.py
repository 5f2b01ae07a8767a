"""Stock indicators per unit (core/stock.py, domain.md 5.4, 6 and 8).

Every frame below is made by hand; each expected number is worked out in the comment
next to it. Rates are percentages (0-100, domain.md 8) and ratios of sums at the
unit's own scale (domain.md 4). No QGIS here.
"""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from peuplement_plugin.core import stock

REF = "2024-01-01"
REF_DATE = dt.date(2024, 1, 1)


def dwellings(rows, **columns):
    """rows: list of dicts; absent keys are NULL. Dates given as 'YYYY-MM-DD' strings."""
    frame = pd.DataFrame(rows)
    for name in ("date_bail", "date_vacance"):
        if name in frame:
            frame[name] = pd.to_datetime(frame[name])
    for name in ("mode_occupation", "nb_pieces", "etage", "nb_logements"):
        if name in frame:
            frame[name] = frame[name].astype("Int64")
    for name, value in columns.items():
        frame[name] = value
    return frame


def years(start):
    """Years from ``start`` to the reference date, by the calendar (independent of stock.py)."""
    return (REF_DATE - dt.date.fromisoformat(start)).days / 365.25


def isnull(value):
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


# --------------------------------------------------------------------------- vacancy


def vacancy_frame():
    # Building A: 1 let + 1 vacant                      → 1 / 2 = 50 %
    # Building B: 7 let + 1 vacant (+ 1 vide, 1 association, 1 unknown mode, not "proposés")
    #                                                   → 1 / 8 = 12.5 %
    # Îlot I1 = A + B: (1 + 1) / (2 + 8) = 2 / 10 = 20 %  (mean of building rates = 31.25 %)
    rows = [{"bat": "A", "mode_occupation": 1}, {"bat": "A", "mode_occupation": 2}]
    rows += [{"bat": "B", "mode_occupation": 1}] * 7 + [{"bat": "B", "mode_occupation": 2}]
    rows += [{"bat": "B", "mode_occupation": 3}, {"bat": "B", "mode_occupation": 4},
             {"bat": "B", "mode_occupation": None}]
    frame = dwellings(rows)
    frame["ilot"] = "I1"
    return frame


def test_vacancy_counts_and_rate_per_building():
    frame = vacancy_frame()
    out = stock.indicateurs_parc(frame.assign(unite=frame["bat"]), REF)
    a, b = out.loc["A"], out.loc["B"]
    assert (a.nb_logements, a.nb_loues, a.nb_vacants) == (2, 1, 1)
    assert a.tx_vacance == pytest.approx(50.0)
    # B: 11 dwellings; 7 let, 1 vacant, 1 vide (mode 3), 1 association (mode 4), 1 unknown
    assert (b.nb_logements, b.nb_loues, b.nb_vacants, b.nb_vides, b.nb_autres_modes, b.nb_mode_inconnu) == \
        (11, 7, 1, 1, 1, 1)
    assert b.tx_vacance == pytest.approx(12.5)


def test_vacancy_ratio_of_sums_not_mean_of_building_rates():
    frame = vacancy_frame()
    out = stock.indicateurs_parc(frame.assign(unite=frame["ilot"]), REF)
    i1 = out.loc["I1"]
    assert i1.nb_logements == 13 and i1.nb_vacants == 2 and i1.nb_loues == 8
    # 2 / 10 = 20 %, not (50 + 12.5) / 2 = 31.25 %
    assert i1.tx_vacance == pytest.approx(20.0)
    assert i1.tx_vacance != pytest.approx(31.25)


def test_vacancy_over_three_months():
    # Reference 2024-01-01: 3 months earlier is 2023-10-01.
    rows = [{"mode_occupation": 1}] * 5 + [
        {"mode_occupation": 2, "date_vacance": "2023-03-15"},   # > 9 months: counted
        {"mode_occupation": 2, "date_vacance": "2023-09-30"},   # 3 months and 1 day: counted
        {"mode_occupation": 2, "date_vacance": "2023-10-02"},   # less than 3 months
        {"mode_occupation": 2, "date_vacance": "2023-12-15"},   # 17 days
        {"mode_occupation": 2, "date_vacance": None},           # start unknown: not counted
        {"mode_occupation": 1, "date_vacance": "2020-01-01"},   # stale date on a let dwelling
    ]
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    # proposés = 6 let + 5 vacant = 11
    assert out.nb_vacants == 5
    assert out.tx_vacance == pytest.approx(100 * 5 / 11)      # 45.45 %
    assert out.nb_vacants_3mois == 2
    assert out.tx_vacance_3mois == pytest.approx(100 * 2 / 11)  # 18.18 %


def test_vacancy_over_three_months_boundary_exactly_three_months_not_counted():
    # domain.md 5.4: "vacancy started MORE than 3 months before the reference date".
    # Vacant since 2023-10-01 at 2024-01-01 = exactly 3 months: not more than 3 months.
    # Vacant since 2023-09-30 = 3 months and one day: counted.
    rows = [{"mode_occupation": 2, "date_vacance": "2023-10-01"},
            {"mode_occupation": 2, "date_vacance": "2023-09-30"},
            {"mode_occupation": 1}, {"mode_occupation": 1}]
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert out.nb_vacants_3mois == 1
    assert out.tx_vacance_3mois == pytest.approx(25.0)  # 1 / (2 let + 2 vacant)


# --------------------------------------------------------------------------- financing


def test_financing_shares_unknown_excluded_from_denominator():
    # 10 dwellings: PLAI ×2, PLUS ×3, PLS, PLI, AUTRE, unknown ×2.
    # Known = 8 (AUTRE is known): PLAI 2/8 = 25 %, PLUS 3/8 = 37.5 %, PLS 1/8 = 12.5 %,
    # PLI 1/8 = 12.5 %. (Over all 10 it would be 20 % for PLAI.)
    finan = ["PLAI", "PLAI", "PLUS", "PLUS", "PLUS", "PLS", "PLI", "AUTRE", None, None]
    out = stock.indicateurs_parc(dwellings([{"finan": f} for f in finan], unite="U"), REF).loc["U"]
    assert (out.nb_plai, out.nb_plus, out.nb_pls, out.nb_pli, out.nb_finan_autre, out.nb_finan_inconnu) == \
        (2, 3, 1, 1, 1, 2)
    assert out.part_plai == pytest.approx(25.0)
    assert out.part_plus == pytest.approx(37.5)
    assert out.part_pls == pytest.approx(12.5)
    assert out.part_pli == pytest.approx(12.5)


def test_financing_share_ratio_of_sums_across_buildings():
    # Building A: 1 PLAI of 2 known → 50 %; building B: 1 PLAI of 4 known (+1 unknown) → 25 %.
    # Both in residence R: 2 / 6 = 33.33 %, not (50 + 25) / 2 = 37.5 %.
    rows = [{"bat": "A", "finan": "PLAI"}, {"bat": "A", "finan": "PLUS"},
            {"bat": "B", "finan": "PLAI"}, {"bat": "B", "finan": "PLUS"}, {"bat": "B", "finan": "PLUS"},
            {"bat": "B", "finan": "PLS"}, {"bat": "B", "finan": None}]
    frame = dwellings(rows)
    by_building = stock.indicateurs_parc(frame.assign(unite=frame["bat"]), REF)
    assert by_building.loc["A", "part_plai"] == pytest.approx(50.0)
    assert by_building.loc["B", "part_plai"] == pytest.approx(25.0)
    residence = stock.indicateurs_parc(frame.assign(unite="R"), REF).loc["R"]
    assert residence.part_plai == pytest.approx(100 * 2 / 6)


# --------------------------------------------------------------------------- size, floors


def test_sizes_t1_to_t5_plus():
    # nb_pieces 1,1,2,3,3,3,4,5,6,7 and one unknown: known 10.
    # T1 2 → 20 %, T2 1 → 10 %, T3 3 → 30 %, T4 1 → 10 %, T5+ (5, 6, 7) 3 → 30 %.
    pieces = [1, 1, 2, 3, 3, 3, 4, 5, 6, 7, None]
    out = stock.indicateurs_parc(dwellings([{"nb_pieces": p} for p in pieces], unite="U"), REF).loc["U"]
    assert (out.nb_t1, out.nb_t2, out.nb_t3, out.nb_t4, out.nb_t5_plus) == (2, 1, 3, 1, 3)
    assert (out.part_t1, out.part_t2, out.part_t3, out.part_t4, out.part_t5_plus) == \
        pytest.approx((20.0, 10.0, 30.0, 10.0, 30.0))


def test_floors():
    # etage -1, 0, 0, 1, 4, 5, 12, unknown: sous-sol 1, RDC 2, 1-4: 2 (1 and 4), 5+: 2 (5 and 12);
    # known 7 → part 5+ = 2/7 = 28.57 %; highest floor 12.
    floors = [-1, 0, 0, 1, 4, 5, 12, None]
    out = stock.indicateurs_parc(dwellings([{"etage": e} for e in floors], unite="U"), REF).loc["U"]
    assert (out.nb_sous_sol, out.nb_rdc, out.nb_etages_1_4, out.nb_etages_5_plus) == (1, 2, 2, 2)
    assert out.part_etages_5_plus == pytest.approx(100 * 2 / 7)
    assert out.etage_max == 12


# --------------------------------------------------------------------------- surface, rent


def test_surface_and_rent_per_m2_sans_objet_excluded():
    # D1 50 m², 300 €; D2 70 m², 9999 (sans objet); D3 80 m², 560 €; D4 surface unknown, 200 €.
    # surface_moy = (50 + 70 + 80) / 3 = 66.67 m² (D4 has no surface)
    # loyer_m2 = (300 + 560) / (50 + 80) = 860 / 130 = 6.615 €/m²: D2 (9999) and D4 (no surface) out.
    # (The mean of the per-dwelling rents per m², (6 + 7) / 2 = 6.5, is not what is asked.)
    rows = [{"surface": 50.0, "loyer": 300.0}, {"surface": 70.0, "loyer": 9999.0},
            {"surface": 80.0, "loyer": 560.0}, {"surface": None, "loyer": 200.0}]
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert out.surface_moy == pytest.approx(200 / 3)
    assert out.loyer_m2 == pytest.approx(860 / 130)
    assert out.loyer_m2 != pytest.approx(6.5)


def test_rent_column_missing_gives_null_rent_not_zero():
    out = stock.indicateurs_parc(dwellings([{"surface": 50.0}], unite="U"), REF).loc["U"]
    assert out.surface_moy == pytest.approx(50.0)
    assert isnull(out.loyer_m2)


# --------------------------------------------------------------------------- QPV


def test_share_of_dwellings_in_qpv():
    # "QN03701M" ×2 in QPV; "" (HZ) and NULL (blank) outside: 2 / 4 = 50 %.
    rows = [{"code_qpv": "QN03701M"}, {"code_qpv": ""}, {"code_qpv": None}, {"code_qpv": "QN03701M"}]
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert out.nb_logements_qpv == 2
    assert out.part_logements_qpv == pytest.approx(50.0)


# --------------------------------------------------------------------------- ancienneté, secret


def tenure_rows():
    # 12 let dwellings with a known lease, plus three that do not count:
    leases = ["2023-01-01"] * 3 + ["2022-07-01"] + ["2014-01-01"] * 8
    rows = [{"mode_occupation": 1, "date_bail": d} for d in leases]
    rows += [{"mode_occupation": 2, "date_bail": "2000-01-01"},   # vacant: the lease is a former one
             {"mode_occupation": 1, "date_bail": None},           # let, lease date unknown
             {"mode_occupation": 1, "date_bail": "2024-06-01"}]   # after the reference date
    return rows, leases


def test_anciennete_mean_and_recent_share():
    rows, leases = tenure_rows()
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert out.nb_baux_connus == 12
    # days to 2024-01-01: 365 ×3, 549 (2022-07-01), 3652 ×8 (10 years with 2016 and 2020 leap)
    # = (1095 + 549 + 29216) / 12 = 2571.67 days = 7.04 years
    assert (3 * 365 + 549 + 8 * 3652) / 12 / 365.25 == pytest.approx(sum(years(d) for d in leases) / 12)
    assert out.anciennete_moy == pytest.approx(sum(years(d) for d in leases) / 12, abs=0.01)
    assert out.anciennete_moy == pytest.approx(7.04, abs=0.01)
    # recent (< 2 years): the 3 of 2023-01-01 and 2022-07-01 → 4 / 12 = 33.33 %
    assert out.part_emmenages_recents == pytest.approx(100 * 4 / 12)
    assert not out.secret


def test_recent_boundary_exactly_two_years_is_not_recent():
    # domain.md 5.4: share "< 2 years". A lease of 2022-01-01 at 2024-01-01 is exactly 2 years
    # old: not recent. 2022-01-02 is one day short of 2 years: recent. With 11 other old leases
    # (2010-01-01) to stay above the secret: recent = 1 / 13 = 7.69 %.
    rows = [{"mode_occupation": 1, "date_bail": d} for d in ["2022-01-01", "2022-01-02"] + ["2010-01-01"] * 11]
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert out.nb_baux_connus == 13
    assert out.part_emmenages_recents == pytest.approx(100 * 1 / 13)


def test_anciennete_without_mode_column_counts_every_lease():
    # No mode_occupation: every dwelling with a lease date counts (11 of them, all 2014-01-01).
    rows = [{"date_bail": "2014-01-01"}] * 11
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert out.nb_baux_connus == 11
    assert out.anciennete_moy == pytest.approx(years("2014-01-01"), abs=0.01)   # ≈ 10 years
    assert out.part_emmenages_recents == 0


def test_secret_below_threshold():
    # Unit S: 10 known leases < 11 → the household figures are masked, secret true.
    # Unit P: 11 known leases = threshold → published.
    # Unit V: only vacant dwellings, no lease at all → nothing to mask, secret false.
    rows = [{"u": "S", "mode_occupation": 1, "date_bail": "2023-01-01"}] * 10
    rows += [{"u": "P", "mode_occupation": 1, "date_bail": "2023-01-01"}] * 11
    rows += [{"u": "V", "mode_occupation": 2, "date_bail": None}] * 3
    frame = dwellings(rows)
    out = stock.indicateurs_parc(frame.assign(unite=frame["u"]), REF)
    s, p, v = out.loc["S"], out.loc["P"], out.loc["V"]
    assert bool(s.secret) is True
    assert isnull(s.anciennete_moy) and isnull(s.part_emmenages_recents)
    # the dwelling counts are not about households: still published
    assert s.nb_logements == 10 and s.nb_loues == 10
    assert bool(p.secret) is False
    assert p.anciennete_moy == pytest.approx(years("2023-01-01"), abs=0.01)
    assert p.part_emmenages_recents == pytest.approx(100.0)   # 11 / 11
    assert bool(v.secret) is False
    assert v.nb_baux_connus == 0
    assert isnull(v.anciennete_moy) and isnull(v.part_emmenages_recents)
    assert v.tx_vacance == pytest.approx(100.0)               # 3 / 3


def test_secret_threshold_is_a_parameter():
    rows = [{"mode_occupation": 1, "date_bail": "2023-01-01"}] * 6
    masked = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert bool(masked.secret) and isnull(masked.anciennete_moy)
    published = stock.indicateurs_parc(dwellings(rows, unite="U"), REF, secret_threshold=5).loc["U"]
    assert not bool(published.secret)
    assert published.part_emmenages_recents == pytest.approx(100.0)


# --------------------------------------------------------------------------- units


def test_units_without_dwellings_get_zeros_and_null_rates():
    rows = [{"u": "U1", "mode_occupation": 1, "finan": "PLAI", "etage": 2, "surface": 60.0, "loyer": 360.0,
             "nb_pieces": 3, "date_bail": "2023-01-01", "code_qpv": "QN03701M"},
            {"u": "U1", "mode_occupation": 2, "finan": "PLUS", "etage": 0, "surface": 40.0, "loyer": 280.0,
             "nb_pieces": 2, "date_bail": None, "date_vacance": "2023-01-01", "code_qpv": ""},
            {"u": "OUT", "mode_occupation": 1, "finan": "PLS", "etage": 9, "surface": 100.0, "loyer": 500.0,
             "nb_pieces": 5, "date_bail": "2020-01-01"},   # not among the units: left out
            {"u": None, "mode_occupation": 1}]              # in no unit: left out
    frame = dwellings(rows)
    out = stock.indicateurs_parc(frame.assign(unite=frame["u"]), REF, unit_ids=["U1", "EMPTY"])
    assert out.index.tolist() == ["U1", "EMPTY"]
    u1, empty = out.loc["U1"], out.loc["EMPTY"]
    assert (u1.nb_logements, u1.nb_loues, u1.nb_vacants, u1.nb_vacants_3mois) == (2, 1, 1, 1)
    assert u1.tx_vacance == pytest.approx(50.0)
    assert u1.etage_max == 2
    for name in stock.COUNT_FIELDS:
        assert empty[name] == 0, name
    for name in stock.RATE_FIELDS:
        assert isnull(empty[name]), name
    assert bool(empty.secret) is False


def test_units_default_every_unit_with_dwellings_sorted():
    # units B, A, B: A has 1 dwelling, B 2; one row per unit, sorted
    frame = dwellings([{"mode_occupation": 1}] * 3, unite=["B", "A", "B"])
    out = stock.indicateurs_parc(frame, REF)
    assert out.index.tolist() == ["A", "B"]
    assert out["nb_logements"].tolist() == [1, 2]


def test_missing_optional_columns_are_null_not_zero():
    # Only the mode is known: nothing about financing, size, floors, surface, rent, leases, QPV.
    frame = dwellings([{"mode_occupation": 1}, {"mode_occupation": 2}], unite="U")
    out = stock.indicateurs_parc(frame, REF, unit_ids=["U", "EMPTY"])
    for unit in ("U", "EMPTY"):
        row = out.loc[unit]
        for name in ("nb_plai", "nb_plus", "nb_finan_inconnu", "part_plai", "part_plus", "part_pls", "part_pli",
                     "nb_t1", "nb_t5_plus", "part_t3", "nb_rdc", "part_etages_5_plus", "etage_max",
                     "surface_moy", "loyer_m2", "nb_baux_connus", "anciennete_moy", "part_emmenages_recents",
                     "nb_vacants_3mois", "tx_vacance_3mois", "nb_logements_qpv", "part_logements_qpv"):
            assert isnull(row[name]), (unit, name, row[name])
    assert out.loc["U", "tx_vacance"] == pytest.approx(50.0)
    assert out.loc["EMPTY", "nb_logements"] == 0


def test_no_mode_column_vacancy_null():
    out = stock.indicateurs_parc(dwellings([{"finan": "PLAI"}], unite="U"), REF).loc["U"]
    assert out.nb_logements == 1
    for name in ("nb_loues", "nb_vacants", "tx_vacance", "tx_vacance_3mois"):
        assert isnull(out[name]), name
    assert out.part_plai == pytest.approx(100.0)


# --------------------------------------------------------------------------- weights


def test_weights_rows_standing_for_several_dwellings():
    # Aggregated RPLS (one row per address, domain.md 7): nb_logements = dwellings of the row.
    # R1: 24 let PLUS leased 2023-01-01; R2: 8 vacant PLAI; R3: weight unknown → 1, vacant, FINAN unknown.
    # nb_logements = 24 + 8 + 1 = 33; let 24; vacant 8 + 1 = 9; tx_vacance = 9 / 33 = 27.27 %
    # (the mean of the row rates would be (0 + 100 + 100) / 3 = 66.7 %).
    # part_plai = 8 / (24 + 8) = 25 %, part_plus = 24 / 32 = 75 %; leases known 24 (≥ 11): published.
    rows = [{"nb_logements": 24, "mode_occupation": 1, "finan": "PLUS", "date_bail": "2023-01-01"},
            {"nb_logements": 8, "mode_occupation": 2, "finan": "PLAI", "date_bail": None},
            {"nb_logements": None, "mode_occupation": 2, "finan": None, "date_bail": None}]
    out = stock.indicateurs_parc(dwellings(rows, unite="U"), REF).loc["U"]
    assert (out.nb_logements, out.nb_loues, out.nb_vacants, out.nb_finan_inconnu) == (33, 24, 9, 1)
    assert out.tx_vacance == pytest.approx(100 * 9 / 33)
    assert out.part_plai == pytest.approx(25.0)
    assert out.part_plus == pytest.approx(75.0)
    assert out.nb_baux_connus == 24
    assert not bool(out.secret)
    assert out.part_emmenages_recents == pytest.approx(100.0)


def test_weights_ratio_of_sums_across_units():
    # Address A1 (building B1): 30 dwellings, 3 vacant rows of weight 1 → vacants 3 of 30 = 10 %.
    # Address A2 (building B2): 2 dwellings, 1 vacant → 50 %.
    # Îlot: (3 + 1) / (30 + 2) = 4 / 32 = 12.5 % (mean of the building rates = 30 %).
    rows = [{"b": "B1", "nb_logements": 27, "mode_occupation": 1}]
    rows += [{"b": "B1", "nb_logements": 1, "mode_occupation": 2}] * 3
    rows += [{"b": "B2", "nb_logements": 1, "mode_occupation": 1}, {"b": "B2", "nb_logements": 1,
                                                                     "mode_occupation": 2}]
    frame = dwellings(rows)
    by_building = stock.indicateurs_parc(frame.assign(unite=frame["b"]), REF)
    assert by_building.loc["B1", "tx_vacance"] == pytest.approx(10.0)
    assert by_building.loc["B2", "tx_vacance"] == pytest.approx(50.0)
    ilot = stock.indicateurs_parc(frame.assign(unite="I"), REF).loc["I"]
    assert ilot.nb_logements == 32
    assert ilot.tx_vacance == pytest.approx(12.5)


# --------------------------------------------------------------------------- interface


def test_output_fields_include_the_public_names():
    # domain.md 8, core output fields relevant to the stock
    out = stock.indicateurs_parc(dwellings([{"mode_occupation": 1}], unite="U"), REF)
    for name in ("nb_logements", "nb_loues", "nb_vacants", "tx_vacance", "part_plai", "part_plus", "part_pls",
                 "part_pli", "anciennete_moy", "secret"):
        assert name in out.columns
    assert tuple(out.columns) == stock.OUTPUT_FIELDS
    assert out.index.name == stock.UNIT


def test_input_frame_not_modified():
    frame = dwellings([{"mode_occupation": 1, "finan": "PLAI"}], unite="U")
    before = frame.copy()
    stock.indicateurs_parc(frame, REF)
    pd.testing.assert_frame_equal(frame, before)
