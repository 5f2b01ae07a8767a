"""Stock indicators per unit (domain.md 5.4 and the "dwellings by financing, size,
floor" of ``peuplement:indicateurs_parc``).

Every indicator is a count summed over the unit's dwellings, and every rate a ratio
of those sums at the unit's own scale (never a mean of lower-level rates). Rates are
percentages (0-100). A share's denominator is the dwellings for which the variable
is known; an indicator whose source column is absent is NULL, never 0.
"""

import numpy as np
import pandas as pd

from . import codes
from .ratios import floats, mean, rate

UNIT = "unite"

# Canonical dwelling fields the stock indicators read (the joins may need more).
INPUT_FIELDS = (
    "logement_id", "batiment_id", "etage", "nb_pieces", "surface", "finan", "mode_occupation",
    "date_bail", "date_vacance", "loyer", "code_qpv", "nb_logements",
)

# Output fields, in the order the output layer shows them.
COUNT_FIELDS = (
    "nb_logements", "nb_loues", "nb_vacants", "nb_vides", "nb_autres_modes", "nb_mode_inconnu",
    "nb_vacants_3mois",
    "nb_plai", "nb_plus", "nb_pls", "nb_pli", "nb_finan_autre", "nb_finan_inconnu",
    "nb_t1", "nb_t2", "nb_t3", "nb_t4", "nb_t5_plus",
    "nb_rdc", "nb_etages_1_4", "nb_etages_5_plus", "nb_sous_sol",
    "nb_logements_qpv", "nb_baux_connus",
)
RATE_FIELDS = (
    "tx_vacance", "tx_vacance_3mois",
    "part_plai", "part_plus", "part_pls", "part_pli",
    "part_t1", "part_t2", "part_t3", "part_t4", "part_t5_plus",
    "part_etages_5_plus", "part_logements_qpv",
    "surface_moy", "loyer_m2", "etage_max",
    "anciennete_moy", "part_emmenages_recents",
)
# Figures that describe the tenant households (length of tenure): secret applies.
HOUSEHOLD_FIELDS = ("anciennete_moy", "part_emmenages_recents")
OUTPUT_FIELDS = COUNT_FIELDS + RATE_FIELDS + ("secret",)

LOYER_SANS_OBJET = 9999
RECENT_YEARS = 2
DAYS_PER_YEAR = 365.25


def _position(uniques, value):
    """Code of ``value`` among factorized ``uniques``; -2 (matches no row) when absent."""
    found = np.flatnonzero(np.asarray(uniques, dtype=object) == value)
    return int(found[0]) if len(found) else -2


def _as_bool(mask):
    """A boolean mask as numpy, NA (unknown) counted as False."""
    if isinstance(mask, np.ndarray):
        return mask.astype(bool)
    return mask.to_numpy(dtype=bool, na_value=False)


def indicateurs_parc(logements, reference_date, unit_ids=None, secret_threshold=11):
    """Aggregate canonical dwellings (with a ``unite`` column) to one row per unit.

    ``unit_ids`` lists every unit to report, so that a unit without dwellings gets a
    row of zeros (rates NULL) and dwellings outside every unit are left out.
    """
    ref = pd.Timestamp(reference_date)
    frame = logements
    has = frame.columns.__contains__
    # Sums per unit with np.bincount on the unit codes: one pass of C per indicator.
    unit_codes, units = pd.factorize(frame[UNIT], sort=True)
    units = np.asarray(units, dtype=object)
    keep = unit_codes >= 0
    everyone = bool(keep.all())  # the usual case: no row to drop before each sum
    unit_codes = unit_codes if everyone else unit_codes[keep]
    n_units = len(units)
    weighted = has("nb_logements")
    weight = (frame["nb_logements"].fillna(1).to_numpy(dtype="float64")
              if weighted else np.ones(len(frame)))
    weight = weight if everyone else weight[keep]
    columns = {"nb_logements": np.bincount(unit_codes, weights=weight, minlength=n_units)}

    def rows_of(values):
        return np.asarray(values) if everyone else np.asarray(values)[keep]

    def count(name, mask):
        mask = rows_of(_as_bool(mask))
        if weighted:
            columns[name] = np.bincount(unit_codes, weights=np.where(mask, weight, 0.0), minlength=n_units)
        else:  # one dwelling a row: count the codes of the rows that match
            columns[name] = np.bincount(unit_codes[mask], minlength=n_units).astype("float64")

    def total(name, values):
        values = rows_of(np.nan_to_num(np.asarray(values, dtype="float64")))
        columns[name] = np.bincount(unit_codes, weights=values * weight, minlength=n_units)

    if has("mode_occupation"):
        # Nullable integers as plain floats once (NaN = unknown): numpy compares them fast.
        mode = floats(frame["mode_occupation"])
        count("nb_loues", mode == codes.MODE_LOUE)
        count("nb_vacants", mode == codes.MODE_VACANT)
        count("nb_vides", mode == 3)
        count("nb_autres_modes", np.isin(mode, [4, 5, 9]))
        count("nb_mode_inconnu", np.isnan(mode))
        if has("date_vacance"):
            limit = ref - pd.DateOffset(months=3)
            # "more than 3 months": a vacancy that started exactly 3 months ago is not counted
            count("nb_vacants_3mois", (mode == codes.MODE_VACANT) & _as_bool(frame["date_vacance"] < limit))
    if has("finan"):
        # Text columns are compared through their codes: ints, not a million strings.
        finan, families = pd.factorize(frame["finan"])
        for family, name in (("PLAI", "nb_plai"), ("PLUS", "nb_plus"), ("PLS", "nb_pls"),
                             ("PLI", "nb_pli"), ("AUTRE", "nb_finan_autre")):
            count(name, finan == _position(families, family))
        count("nb_finan_inconnu", finan < 0)
        count("_finan_connu", finan >= 0)
    if has("nb_pieces"):
        pieces = floats(frame["nb_pieces"])
        for n in range(1, 5):
            count("nb_t{}".format(n), pieces == n)
        count("nb_t5_plus", pieces >= 5)
        count("_pieces_connu", ~np.isnan(pieces))
    etage_max = None
    if has("etage"):
        etage = floats(frame["etage"])
        count("nb_rdc", etage == 0)
        count("nb_etages_1_4", (etage >= 1) & (etage <= 4))
        count("nb_etages_5_plus", etage >= 5)
        count("nb_sous_sol", etage < 0)
        count("_etage_connu", ~np.isnan(etage))
        etage_max = pd.Series(rows_of(etage)).groupby(unit_codes).max().reindex(range(n_units)).to_numpy()
    if has("code_qpv"):
        qpv, qpv_codes = pd.factorize(frame["code_qpv"])
        count("nb_logements_qpv", (qpv >= 0) & (qpv != _position(qpv_codes, "")))
    if has("surface"):
        surface = frame["surface"].where(frame["surface"] > 0)
        count("_surface_connue", surface.notna())
        total("_surface", surface)
        if has("loyer"):
            loyer = frame["loyer"].where((frame["loyer"] > 0) & (frame["loyer"] != LOYER_SANS_OBJET))
            both = loyer.notna() & surface.notna()
            total("_loyer", loyer.where(both))
            total("_surface_louee", surface.where(both))
    if has("date_bail"):
        occupied = floats(frame["mode_occupation"]) == codes.MODE_LOUE if has("mode_occupation") \
            else np.ones(len(frame), dtype=bool)
        years = (ref - frame["date_bail"]).dt.days / DAYS_PER_YEAR
        known = _as_bool(occupied) & years.notna().to_numpy() & (years >= 0).to_numpy()
        count("nb_baux_connus", known)
        total("_anciennete", years.where(known))
        # "less than 2 years", on calendar dates: a lease signed exactly 2 years ago is not recent
        count("_recents", known & _as_bool(frame["date_bail"] > ref - pd.DateOffset(years=RECENT_YEARS)))

    sums = pd.DataFrame(columns, index=pd.Index(units, name=UNIT))
    if etage_max is not None:
        sums["etage_max"] = etage_max
    if unit_ids is not None:
        sums = sums.reindex(pd.Index(unit_ids, name=UNIT))
        filled = [c for c in sums.columns if c != "etage_max"]
        sums[filled] = sums[filled].fillna(0.0)

    out = pd.DataFrame(index=sums.index)
    for name in COUNT_FIELDS:
        out[name] = sums[name] if name in sums else np.nan
    if "nb_loues" in sums:
        proposes = sums["nb_loues"] + sums["nb_vacants"]
        out["tx_vacance"] = rate(sums["nb_vacants"], proposes)
        if "nb_vacants_3mois" in sums:
            out["tx_vacance_3mois"] = rate(sums["nb_vacants_3mois"], proposes)
    if "_finan_connu" in sums:
        for family in ("plai", "plus", "pls", "pli"):
            out["part_" + family] = rate(sums["nb_" + family], sums["_finan_connu"])
    if "_pieces_connu" in sums:
        for suffix in ("t1", "t2", "t3", "t4", "t5_plus"):
            out["part_" + suffix] = rate(sums["nb_" + suffix], sums["_pieces_connu"])
    if "_etage_connu" in sums:
        out["part_etages_5_plus"] = rate(sums["nb_etages_5_plus"], sums["_etage_connu"])
        out["etage_max"] = sums["etage_max"]
    if "nb_logements_qpv" in sums:
        out["part_logements_qpv"] = rate(sums["nb_logements_qpv"], sums["nb_logements"])
    if "_surface_connue" in sums:
        out["surface_moy"] = mean(sums["_surface"], sums["_surface_connue"])
        if "_loyer" in sums:
            out["loyer_m2"] = mean(sums["_loyer"], sums["_surface_louee"])
    if "nb_baux_connus" in sums:
        out["anciennete_moy"] = mean(sums["_anciennete"], sums["nb_baux_connus"])
        out["part_emmenages_recents"] = rate(sums["_recents"], sums["nb_baux_connus"])
    for name in RATE_FIELDS:
        if name not in out:
            out[name] = np.nan

    # Secret statistique (domain.md 6) on the figures that describe households.
    baux = out["nb_baux_connus"]
    secret = (baux > 0) & (baux < secret_threshold)
    out.loc[secret, list(HOUSEHOLD_FIELDS)] = np.nan
    out["secret"] = secret
    out = out[list(OUTPUT_FIELDS)]
    return out
