"""Occupancy shares per unit, from the OPS households (domain.md 5.5).

One row per unit. Counts are summed over the unit's households; every share is a
ratio of sums at the unit's own scale (never a mean of lower-level shares,
domain.md 4), in percent (0-100, domain.md 8). The denominator of a share is the
households of the unit for which the variable is known, and it is published next
to the share as ``n_<name>`` (``part_apl`` → ``n_apl``) so that a map can say
"n = 37". A share whose source column is absent is NULL, with a NULL denominator:
never 0, never a guess (domain.md 3).

The secret statistique (domain.md 6) is NOT applied here: another module masks the
cells on ``nb_menages``. Nothing is rounded.
"""

import numpy as np
import pandas as pd

from . import codes
from .ratios import floats, mean, rate

UNIT = "unite"

# Canonical household fields read here (``unite`` is added by the spatial join).
INPUT_FIELDS = (
    "millesime", "nb_personnes", "nb_enfants_moins_14", "composition", "age_titulaire",
    "tranche_plafond", "apl", "activite_titulaire", "date_emmenagement",
)

# Each share, in output order, and its denominator field.
SHARES = (
    "part_personnes_seules", "part_monoparentales", "part_familles_nombreuses",
    "part_65_plus", "part_moins_30",
    "part_rev_inf_20", "part_rev_inf_40", "part_rev_inf_60", "part_rev_sup_100",
    "part_apl", "part_chomage", "part_emploi_precaire",
    "part_emmenages_recents",
)
SHARE_DENOMINATORS = {share: "n_" + share[len("part_"):] for share in SHARES}

OCCUPATION_FIELDS = ("nb_menages", "nb_personnes", "taille_menage") + tuple(
    field for share in SHARES for field in (share, SHARE_DENOMINATORS[share])
) + ("anciennete_moy",)

# Famille nombreuse: at least this many children under 14, or this many persons.
FAMILLE_NOMBREUSE_ENFANTS = 3
FAMILLE_NOMBREUSE_PERSONNES = 5
AGE_SENIOR = 65
AGE_JEUNE = 30
RECENT_YEARS = 2
DAYS_PER_YEAR = 365.25


def _coded(series, labels, values):
    """Codes of a text column as ints: the position of each value in ``values``, -1 when
    NULL or not a known code. The column is factorized once; only its distinct labels
    go through ``codes.normalise_label`` and the recoding table ``labels``."""
    positions, uniques = pd.factorize(series)
    lookup = []
    for label in uniques:
        code = labels.get(codes.normalise_label(label))
        lookup.append(values.index(code) if code in values else -1)
    lookup.append(-1)  # position -1 (NULL) reads this sentinel
    return np.asarray(lookup, dtype=np.int64)[positions]


def _dates(series):
    if not pd.api.types.is_datetime64_any_dtype(series):
        series = pd.to_datetime(series, errors="coerce")
    elif getattr(series.dt, "tz", None) is not None:
        series = series.dt.tz_localize(None)
    return series.to_numpy(dtype="datetime64[ns]")


def indicateurs_occupation(menages, reference_date, unit_ids=None):
    """Aggregate canonical households (one millésime, with a ``unite`` column) to one
    row per unit, index named ``unite``.

    ``unit_ids`` lists every unit to report: a unit without households gets zero
    counts and NULL shares, and households outside those units are left out. A
    household whose ``unite`` is NULL is never counted.

    Fields (``n_x`` is the denominator of ``part_x``; a share is 100 × households with
    the trait / households for which the variable is known):

    - ``nb_menages``: households; ``nb_personnes``: sum of the known ``nb_personnes``;
      ``taille_menage`` = ``nb_personnes`` / households with a known ``nb_personnes``.
    - ``part_personnes_seules``, ``part_monoparentales``: ``composition`` is
      ``personne_seule`` / ``famille_monoparentale``; known = a composition code.
    - ``part_familles_nombreuses``: ≥ 3 children or ≥ 5 persons. OPS only counts the
      children **under 14** (``nb_enfants_moins_14``), so a family of 3 children some
      of whom are 14 or older is caught only by its number of persons. Known when
      ``nb_personnes`` is known (an unknown number of children then counts as fewer
      than 3); NULL when either column is absent.
    - ``part_65_plus``, ``part_moins_30``: ``age_titulaire`` ≥ 65 / < 30; known = an age.
    - ``part_rev_inf_20``, ``part_rev_inf_40``, ``part_rev_inf_60``,
      ``part_rev_sup_100``: ``tranche_plafond`` is ``<20``; ``<20`` or ``20-40``;
      ``<20``, ``20-40`` or ``40-60``; ``>100``. Known = a tranche code.
    - ``part_apl``: ``apl`` true; known = true or false.
    - ``part_chomage``, ``part_emploi_precaire``: ``activite_titulaire`` is
      ``chomage`` / ``emploi_precaire``; known = an activity code.
    - ``part_emmenages_recents``: ``date_emmenagement`` strictly after
      ``reference_date`` − 2 years (calendar dates: moved in exactly 2 years before is
      not recent); known = a date not after ``reference_date``.
    - ``anciennete_moy``: mean of (``reference_date`` − ``date_emmenagement``) in days
      / 365.25 over the same households (``n_emmenages_recents``).

    Counts are floats (NULL must be expressible); nothing is rounded or masked.
    """
    ref = pd.Timestamp(reference_date)
    frame = menages
    has = frame.columns.__contains__
    if has("millesime"):
        millesimes = frame["millesime"].dropna().unique()
        if len(millesimes) > 1:
            raise ValueError("indicateurs_occupation attend un seul millésime, reçu : {}".format(
                ", ".join(str(m) for m in sorted(millesimes))))

    # Sums per unit with np.bincount on the unit codes: one pass of C per indicator.
    unit_codes, units = pd.factorize(frame[UNIT], sort=True)  # NULL unite → -1: dropped
    keep = unit_codes >= 0
    everyone = bool(keep.all())  # the usual case: no row to drop before each sum
    unit_codes = unit_codes if everyone else unit_codes[keep]
    n_units = len(units)
    columns = {"nb_menages": np.bincount(unit_codes, minlength=n_units).astype("float64")}

    def rows_of(values):
        values = np.asarray(values)
        return values if everyone else values[keep]

    def count(name, mask):
        columns[name] = np.bincount(unit_codes[rows_of(mask)], minlength=n_units).astype("float64")

    def total(name, values, known):
        values = np.where(known, values, 0.0)
        columns[name] = np.bincount(unit_codes, weights=rows_of(values), minlength=n_units)

    def share(name, trait, known):
        """Numerator ``_<name>`` and denominator ``n_<name>`` of ``part_<name>``."""
        count("_" + name, trait & known)
        count("n_" + name, known)

    if has("nb_personnes"):
        personnes = floats(frame["nb_personnes"])
        personnes_connu = ~np.isnan(personnes)
        total("nb_personnes", personnes, personnes_connu)
        count("_personnes_connu", personnes_connu)
        if has("nb_enfants_moins_14"):
            enfants = floats(frame["nb_enfants_moins_14"])
            # NaN >= 3 is False: unknown children count as "fewer than 3"
            nombreuse = (enfants >= FAMILLE_NOMBREUSE_ENFANTS) | (personnes >= FAMILLE_NOMBREUSE_PERSONNES)
            share("familles_nombreuses", nombreuse, personnes_connu)
    if has("composition"):
        compo = _coded(frame["composition"], codes.COMPOSITION, codes.COMPOSITION_VALUES)
        known = compo >= 0
        share("personnes_seules", compo == codes.COMPOSITION_VALUES.index("personne_seule"), known)
        share("monoparentales", compo == codes.COMPOSITION_VALUES.index("famille_monoparentale"), known)
    if has("age_titulaire"):
        age = floats(frame["age_titulaire"])
        known = ~np.isnan(age)
        share("65_plus", age >= AGE_SENIOR, known)
        share("moins_30", age < AGE_JEUNE, known)
    if has("tranche_plafond"):
        # TRANCHE_VALUES is ordered: "<20", "20-40", "40-60", "60-100", ">100"
        tranche = _coded(frame["tranche_plafond"], codes.TRANCHE_PLAFOND, codes.TRANCHE_VALUES)
        known = tranche >= 0
        share("rev_inf_20", tranche == 0, known)
        share("rev_inf_40", tranche <= 1, known)
        share("rev_inf_60", tranche <= 2, known)
        share("rev_sup_100", tranche == 4, known)
    if has("apl"):
        apl = floats(frame["apl"])
        share("apl", apl == 1, ~np.isnan(apl))
    if has("activite_titulaire"):
        activite = _coded(frame["activite_titulaire"], codes.ACTIVITE, codes.ACTIVITE_VALUES)
        known = activite >= 0
        share("chomage", activite == codes.ACTIVITE_VALUES.index("chomage"), known)
        share("emploi_precaire", activite == codes.ACTIVITE_VALUES.index("emploi_precaire"), known)
    if has("date_emmenagement"):
        dates = _dates(frame["date_emmenagement"])
        ref64 = np.datetime64(ref.to_datetime64(), "ns")
        known = ~np.isnat(dates) & (dates <= ref64)
        limit = np.datetime64((ref - pd.DateOffset(years=RECENT_YEARS)).to_datetime64(), "ns")
        with np.errstate(invalid="ignore"):
            days = (ref64 - dates) // np.timedelta64(1, "D")  # whole days, as stock.py
        share("emmenages_recents", dates > limit, known)
        total("_anciennete", days.astype("float64") / DAYS_PER_YEAR, known)

    sums = pd.DataFrame(columns, index=pd.Index(units, name=UNIT))  # the unit ids' own dtype
    if unit_ids is not None:
        sums = sums.reindex(pd.Index(unit_ids, name=UNIT)).fillna(0.0)

    out = pd.DataFrame(index=sums.index)
    out["nb_menages"] = sums["nb_menages"]
    if "nb_personnes" in sums:
        out["nb_personnes"] = sums["nb_personnes"]
        out["taille_menage"] = mean(sums["nb_personnes"], sums["_personnes_connu"])
    for share_name, denominator in SHARE_DENOMINATORS.items():
        if denominator in sums:
            out[share_name] = rate(sums["_" + denominator[2:]], sums[denominator])
            out[denominator] = sums[denominator]
    if "_anciennete" in sums:
        out["anciennete_moy"] = mean(sums["_anciennete"], sums["n_emmenages_recents"])
    out = out.reindex(columns=list(OCCUPATION_FIELDS))  # absent → NaN, in the fixed order
    return out.astype("float64")
