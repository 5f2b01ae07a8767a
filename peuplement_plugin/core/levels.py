"""The scales of observation (domain.md section 4) and how a dwelling reaches a unit.

A dwelling reaches its unit by a key it carries (its building, its IRIS code, its
commune…), by a key its building carries (the îlot of the building), or by where it
is (point in polygon). ``assign_by_key`` and ``assign_by_location`` do each; the
algorithm chooses and says which.
"""

import numpy as np
import pandas as pd

from . import spatial
from .flags import flags
from .parsing import distinct, parse_text

# (id, label, canonical dwelling field that names the unit, default unit id field)
LEVELS = (
    ("etage", "étage", "batiment_id", "batiment_id"),
    ("batiment", "bâtiment", "batiment_id", "batiment_id"),
    ("residence", "résidence", "residence_id", "residence_id"),
    ("ilot", "îlot", None, "ilot_id"),
    ("iris", "IRIS", "code_iris", "code_iris"),
    ("qpv", "QPV / hors QPV", "code_qpv", "code_qpv"),
    ("commune", "commune", "depcom", "depcom"),
    ("epci", "EPCI", None, "code_epci"),
    ("bailleur", "bailleur", "bailleur", "bailleur"),
)
LEVEL_IDS = tuple(level[0] for level in LEVELS)
LEVEL_LABELS = {level[0]: level[1] for level in LEVELS}
DWELLING_KEY = {level[0]: level[2] for level in LEVELS}
DEFAULT_UNIT_ID = {level[0]: level[3] for level in LEVELS}

# The row that gathers the dwellings outside every QPV, at the QPV level.
HORS_QPV = "hors QPV"
SEPARATOR_ETAGE = "|"


def normalise_keys(values):
    """Identifiers compared as trimmed text: 37901 and "37901" and "37901.0" meet.
    The work is done once per distinct value."""
    values = pd.Series(values, dtype=None if len(values) else object).reset_index(drop=True)
    if values.dtype.kind == "f":
        text, _ = parse_text(values)  # 37901.0 as a float: the whole column is numeric
        values = text
    codes_, uniques = distinct(values, blanks=False)
    text, _ = parse_text(pd.Series(uniques, dtype=object))
    cleaned = np.append(np.asarray(text, dtype=object), None)
    dotted = np.flatnonzero(flags(pd.Series(cleaned[:-1], dtype=object).str.endswith(".0")).to_numpy())
    if len(dotted):  # "37901.0": the regex only where it can apply
        cleaned[dotted] = pd.Series(cleaned[dotted], dtype=object).str.replace(
            r"^(\d+)\.0+$", r"\1", regex=True).to_numpy(dtype=object)
    return pd.Series(cleaned[np.where(codes_ < 0, len(cleaned) - 1, codes_)], dtype=object)


def etage_keys(batiment_ids, etages):
    """Unit key of a floor: ``batiment|etage``; NULL when either part is unknown."""
    floors = pd.Series(etages).reset_index(drop=True)
    buildings = pd.Series(batiment_ids).reset_index(drop=True)
    keys = buildings.astype(object) + SEPARATOR_ETAGE + floors.astype("Int64").astype(str)
    return keys.where(buildings.notna() & floors.notna(), None)


def assign_by_key(keys, unit_ids=None):
    """Each row's unit from its key; a key absent from ``unit_ids`` gives NULL."""
    keys = normalise_keys(keys)
    if unit_ids is None:
        return keys
    known = set(normalise_keys(unit_ids).dropna())
    return keys.where(keys.isin(known), None)


def key_coverage(keys, unit_ids):
    """Share (0-1) of the known keys that name a unit: tells a usable key from a stale one."""
    keys = normalise_keys(keys).dropna()
    if len(keys) == 0:
        return 0.0
    return float(keys.isin(set(normalise_keys(unit_ids).dropna())).mean())


def assign_by_location(x, y, points_crs, polygons, unit_ids, units_crs, feedback=None):
    """Each point's unit (point in polygon), after reprojecting the points to the units' CRS."""
    tx, ty = spatial.transform_points(x, y, points_crs, units_crs)
    index = spatial.points_in_polygons(tx, ty, polygons, feedback)
    if index is None:
        return None
    ids = np.asarray(normalise_keys(unit_ids).to_numpy(dtype=object).tolist() + [None], dtype=object)
    return pd.Series(ids[np.where(index < 0, len(ids) - 1, index)], dtype=object)


def via_buildings(dwelling_buildings, building_ids, building_units):
    """The unit of each dwelling's building (a building → unit table)."""
    table = pd.Series(normalise_keys(building_units).to_numpy(),
                      index=normalise_keys(building_ids).to_numpy())
    table = table[~table.index.duplicated(keep="first") & table.index.notna()]
    # Each distinct building of the dwellings looked up once, then spread to the rows.
    codes_, uniques = distinct(pd.Series(dwelling_buildings), blanks=False)
    found = normalise_keys(pd.Series(uniques, dtype=object)).map(table)
    found = np.append(found.where(found.notna(), None).to_numpy(dtype=object), None)
    return pd.Series(found[np.where(codes_ < 0, len(found) - 1, codes_)], dtype=object)
