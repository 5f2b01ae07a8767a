"""Two millésimes side by side (domain.md 5.8).

Each variable at t0 and t1 and the difference (in points for shares and rates, in
units for counts), per unit. A unit is flagged where either side is masked by the
secret statistique, where its households changed by more than a given share (the
comparison then describes other people as much as a change), or where it exists on
one side only: it is kept, with the other side NULL.
"""

import numpy as np
import pandas as pd

from .errors import PeuplementError
from .flags import flags

# Which side a unit was found on.
LES_DEUX = "t0 et t1"
T0_SEULEMENT = "t0 seulement"
T1_SEULEMENT = "t1 seulement"

FLAG_FIELDS = ("presence", "secret", "variation_effectif", "effectif_instable", "comparable")


def default_variables(before, after, count_field=None):
    """Numeric indicator fields present on both sides: shares, rates, means and counts."""
    prefixes = ("part_", "tx_", "nb_", "taille_", "anciennete_", "surface_", "loyer_", "indice_")
    common = [c for c in before.columns if c in after.columns and c.startswith(prefixes)]
    numeric = [c for c in common if pd.api.types.is_numeric_dtype(before[c])
               and pd.api.types.is_numeric_dtype(after[c]) and not pd.api.types.is_bool_dtype(before[c])]
    if count_field and count_field in numeric:
        numeric.remove(count_field)
        numeric.insert(0, count_field)
    return numeric


def compare(before, after, key, variables=None, count_field="nb_menages", max_change=20.0):
    """``before`` and ``after``: one row per unit, with ``key`` and the variables.

    ``max_change``: beyond this change of ``count_field`` (in % of t0), the unit is
    flagged ``effectif_instable`` and not ``comparable``.
    """
    for side, frame in (("BEFORE", before), ("AFTER", after)):
        if key not in frame.columns:
            raise PeuplementError("{} : le champ identifiant « {} » n'existe pas (champs : {}).".format(
                side, key, ", ".join(map(str, frame.columns))))
        repeated = frame[key][frame[key].duplicated() & frame[key].notna()]
        if len(repeated):
            raise PeuplementError("{} : identifiants en double dans « {} » : {}.".format(
                side, key, ", ".join(map(str, pd.unique(repeated)[:10]))))
    if variables is None:
        variables = default_variables(before, after, count_field)
    missing = [v for v in variables if v not in before.columns or v not in after.columns]
    if missing:
        raise PeuplementError("Variables absentes d'un des deux côtés : {}.".format(", ".join(missing)))
    if not variables:
        raise PeuplementError("Aucune variable numérique commune aux deux tables à comparer.")

    left = before.set_index(key)
    right = after.set_index(key)
    units = left.index.union(right.index, sort=False).dropna()
    left = left.reindex(units)
    right = right.reindex(units)
    out = pd.DataFrame(index=units)
    out.index.name = key
    in_left = units.isin(before[key])
    in_right = units.isin(after[key])
    out["presence"] = np.where(in_left & in_right, LES_DEUX, np.where(in_left, T0_SEULEMENT, T1_SEULEMENT))
    for variable in variables:
        t0 = pd.to_numeric(left[variable], errors="coerce").astype("float64")
        t1 = pd.to_numeric(right[variable], errors="coerce").astype("float64")
        out[variable + "_t0"] = t0
        out[variable + "_t1"] = t1
        out[variable + "_diff"] = t1 - t0
    secret = pd.Series(False, index=units)
    for frame in (left, right):
        if "secret" in frame.columns:
            secret |= flags(frame["secret"])
    out["secret"] = secret
    if count_field and count_field in before.columns and count_field in after.columns:
        c0 = pd.to_numeric(left[count_field], errors="coerce").astype("float64")
        c1 = pd.to_numeric(right[count_field], errors="coerce").astype("float64")
        with np.errstate(divide="ignore", invalid="ignore"):
            change = 100.0 * (c1 - c0) / c0
        out["variation_effectif"] = change.where(c0 > 0)
        out["effectif_instable"] = (change.abs() > max_change).fillna(False) | ((c0 == 0) & (c1 > 0))
    else:
        out["variation_effectif"] = np.nan
        out["effectif_instable"] = False
    out["comparable"] = (out["presence"] == LES_DEUX) & ~out["secret"] & ~out["effectif_instable"]
    return out.reset_index()
