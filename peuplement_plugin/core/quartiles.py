"""Quartiles of annual income per consumption unit (domain.md 5.1, 5.2): the limits from
the stock of demandes of an EPCI, and the classification of a household against them.

The first-quartile threshold is "the highest annual income per UC of the poorest 25 %
of the applicants": sorted ascending, the k-th value with k = ceil(25 % × n), n the
applicants whose income per UC is known. Q2 and Q3 limits are the values at
ceil(50 % × n) and ceil(75 % × n). A household is in quartile q when its income per UC
is ≤ the limit of q and above the limit of q − 1 (so applicants tied at a limit all fall
in the lower quartile). The published arrêté value, when the user gives it, replaces
the computed Q1 limit.

Years (domain.md 5.2): the threshold of year N rests on the applicants registered at
31 December of N − 1, so a stock of demandes dated D (``date_du_stock``) serves the year
after D (``annee_servie``). In Île-de-France one regional threshold applies to every EPCI:
``limites_region`` computes it over the applicants of the region's EPCI together.
"""

import math

import numpy as np
import pandas as pd

from . import plafonds

SHARES = (0.25, 0.50, 0.75)
LIMIT_FIELDS = ("limite_q1", "limite_q2", "limite_q3")


def revenu_annuel_par_uc(revenu_mensuel, nb_personnes, nb_enfants_moins_14=None):
    """Annual income per UC = monthly resources × 12 / UC. Returns ``(income, uc,
    approximated)``, ``approximated`` True where the children under 14 were unknown
    (every other person then counts as 14 or more, as 5.1 says)."""
    uc, approximated = plafonds.unites_consommation(nb_personnes, nb_enfants_moins_14)
    income = pd.to_numeric(pd.Series(revenu_mensuel, index=uc.index), errors="coerce").astype("float64")
    income = income.where(income >= 0)  # a negative monthly income is an input error, not a value
    return income * 12.0 / uc, uc, approximated


def limites(values):
    """The three quartile limits of ``values`` (NaN ignored) and the number of values they
    rest on; limits are NaN when no value is known."""
    known = np.sort(pd.to_numeric(pd.Series(list(values), dtype="object"), errors="coerce").dropna().to_numpy(dtype="float64"))
    n = len(known)
    if n == 0:
        return (math.nan, math.nan, math.nan), 0
    return tuple(float(known[max(math.ceil(share * n), 1) - 1]) for share in SHARES), n


def limites_par_epci(demandes):
    """``demandes`` a frame with ``epci``, ``revenu_mensuel``, ``nb_personnes`` and optionally
    ``nb_enfants_moins_14``: one row per EPCI with limite_q1..q3, nb_demandes (all),
    nb_demandes_revenu_connu (those the limits rest on) and nb_uc_approchees."""
    children = demandes["nb_enfants_moins_14"] if "nb_enfants_moins_14" in demandes else None
    income, _, approximated = revenu_annuel_par_uc(demandes["revenu_mensuel"], demandes["nb_personnes"], children)
    rows = []
    epci = demandes["epci"].astype("object").where(demandes["epci"].notna(), None)
    for code in sorted(epci.dropna().unique(), key=str):
        mask = (epci == code).to_numpy()
        (q1, q2, q3), known = limites(income[mask])
        rows.append({"epci": code, "limite_q1": q1, "limite_q2": q2, "limite_q3": q3,
                     "nb_demandes": int(mask.sum()), "nb_demandes_revenu_connu": int(known),
                     "nb_uc_approchees": int(approximated[mask].sum())})
    return pd.DataFrame(rows, columns=["epci", *LIMIT_FIELDS, "nb_demandes", "nb_demandes_revenu_connu",
                                       "nb_uc_approchees"])


def quartile(income_per_uc, limite_q1, limite_q2=math.nan, limite_q3=math.nan):
    """Quartile 1..4 of each income per UC (a float Series; NaN when the income is unknown).
    The limits may be scalars or Series aligned on ``income_per_uc`` (one EPCI per row).
    With only the Q1 limit known, incomes above it are NaN unless they are classified by
    the other limits: a published threshold alone tells Q1 from "not Q1" (see ``est_q1``)."""
    income = pd.Series(income_per_uc, dtype="float64")
    q1, q2, q3 = (pd.Series(limit, index=income.index, dtype="float64") if np.ndim(limit) else
                  pd.Series(float(limit), index=income.index) for limit in (limite_q1, limite_q2, limite_q3))
    result = pd.Series(np.nan, index=income.index)
    result = result.mask(income > q3, 4.0)
    result = result.mask(income <= q3, 3.0)
    result = result.mask(income <= q2, 2.0)
    result = result.mask(income <= q1, 1.0)
    result = result.where(income.notna())
    return result


def est_q1(income_per_uc, limite_q1):
    """True / False / NaN (income unknown): income per UC ≤ the Q1 threshold (5.2)."""
    income = pd.Series(income_per_uc, dtype="float64")
    limit = pd.Series(limite_q1, index=income.index, dtype="float64") if np.ndim(limite_q1) else float(limite_q1)
    return (income <= limit).astype("float64").where(income.notna() & pd.Series(limit, index=income.index).notna())


def date_du_stock(demandes):
    """The date of a stock of demandes when the source does not give it: its latest
    ``date_depot`` (NaT when none is known)."""
    if "date_depot" not in demandes:
        return pd.NaT
    return pd.to_datetime(demandes["date_depot"], errors="coerce").max()


def annee_servie(date_stock):
    """The attribution year a stock of demandes dated ``date_stock`` sets the threshold of:
    the stock at 31/12/N − 1 serves year N (domain.md 5.2)."""
    return int(pd.Timestamp(date_stock).year) + 1


# The key of the regional threshold of Île-de-France (THRESHOLDS "IDF:2024=…", limits rows).
REGION_IDF = "IDF"


def limites_region(demandes, epcis, region=REGION_IDF):
    """One row of limits (``limites_par_epci``'s columns, ``epci`` = ``region``) over the
    applicants of every EPCI of ``epcis`` together: the Île-de-France threshold, one value
    for every EPCI of the region (domain.md 5.2). None when none of them has an applicant."""
    part = demandes[demandes["epci"].astype(object).isin(set(epcis))]
    if not len(part):
        return None
    return limites_par_epci(part.assign(epci=region))
