"""Residential mobility (domain.md 5.6) and departure motives (3.4, 3.6): where the
households who leave a unit go, and why.

- ``destinations`` gives each departure its destination: the unit of the destination
  dwelling for an internal mutation ("mutation interne"), else its commune of
  destination when that commune is one of the territory's ("commune"), "hors EPCI"
  when it is another commune, "inconnu" when nothing is known.
- ``od_table`` counts origin → destination per (origin, type, destination), with the
  share of the origin's departures; ``merge_small_flows`` puts the flows under the
  secret threshold of each origin into one "autres" row, so that the sum of the rows
  of an origin is still its departures.
- ``motifs_table`` gives the distribution of motives per QPV / hors QPV, from the
  departures and from the optional mobility survey, with the satisfaction summary.

No QGIS here.
"""

import re

import numpy as np
import pandas as pd

from . import secret
from .flags import flags

MUTATION = "mutation interne"
COMMUNE = "commune"
HORS_EPCI = "hors EPCI"
INCONNU = "inconnu"
AUTRES = "autres"
ENSEMBLE = "ensemble"
OD_COLUMNS = ("echelle", "origine", "type_destination", "destination", "nb_departs", "part_departs_origine",
              "nb_flux_regroupes", "secret")


def destinations(dest_units, dest_depcom, territory_communes, mutation=None):
    """(type_destination, destination) of each departure (aligned Series)."""
    dest_units = pd.Series(dest_units, dtype=object).reset_index(drop=True)
    depcom = pd.Series(dest_depcom, dtype=object).reset_index(drop=True)
    depcom = depcom.where(depcom.notna() & (depcom.astype(str).str.strip() != ""), None)
    inside = depcom.isin(set(territory_communes))
    kind = pd.Series(INCONNU, index=dest_units.index, dtype=object)
    target = pd.Series(INCONNU, index=dest_units.index, dtype=object)
    outside = depcom.notna() & ~inside
    kind[outside], target[outside] = HORS_EPCI, HORS_EPCI
    kind[inside], target[inside] = COMMUNE, depcom[inside]
    found = dest_units.notna()
    if mutation is not None:
        found &= flags(pd.Series(mutation, dtype=object).reset_index(drop=True))
    kind[found], target[found] = MUTATION, dest_units[found]
    return kind, target


def od_table(origins, kinds, targets, echelle="unite"):
    """Counts per origin → destination and the share (%) of the origin's departures."""
    frame = pd.DataFrame({"origine": pd.Series(origins, dtype=object).to_numpy(),
                          "type_destination": pd.Series(kinds, dtype=object).to_numpy(),
                          "destination": pd.Series(targets, dtype=object).to_numpy()})
    frame = frame[frame["origine"].notna()]
    if frame.empty:
        return pd.DataFrame(columns=list(OD_COLUMNS))
    table = frame.groupby(["origine", "type_destination", "destination"], sort=True).size().rename(
        "nb_departs").reset_index()
    table.insert(0, "echelle", echelle)
    totals = table.groupby("origine")["nb_departs"].transform("sum")
    table["part_departs_origine"] = 100.0 * table["nb_departs"] / totals
    table["nb_flux_regroupes"] = 1
    table["secret"] = False
    return table[list(OD_COLUMNS)].sort_values(["echelle", "origine", "nb_departs"],
                                                ascending=[True, True, False]).reset_index(drop=True)


def merge_small_flows(table, threshold):
    """Flows of fewer than ``threshold`` departures merged, per origin, into one
    "autres" row (type and destination "autres", ``secret`` true, ``nb_flux_regroupes``
    the number of flows merged): the sums per origin are kept.

    A merged remainder under the threshold would still describe fewer than ``threshold``
    households (domain.md 6), and masking it alone would not hide it: the origin's
    departures are published (its total, and the shares of its other flows), so the
    remainder would come back by subtraction. So the next smallest flows of the origin
    are merged into it until it reaches the threshold; when all the origin's departures
    together stay under it, the remainder is masked (count, share and number of flows
    NULL)."""
    if table.empty:
        return table
    table = table.sort_values(["echelle", "origine", "nb_departs"], ascending=[True, True, True], kind="mergesort")
    counts = table["nb_departs"].to_numpy(dtype="float64")
    keys = table[["echelle", "origine"]].astype(str).agg("\x1f".join, axis=1)
    # Within an origin, ascending: the flows merged are the smallest ones, up to the first
    # whose running total before it already reaches the threshold.
    before = pd.Series(counts, index=table.index).groupby(keys.to_numpy()).cumsum().to_numpy() - counts
    small = (counts < threshold) | (before < threshold)
    # An origin with no flow under the threshold merges nothing.
    has_small = pd.Series(counts < threshold, index=table.index).groupby(keys.to_numpy()).transform("any").to_numpy()
    small &= has_small
    kept = table[~small]
    merged = table[small].groupby(["echelle", "origine"], sort=True).agg(
        nb_departs=("nb_departs", "sum"), nb_flux_regroupes=("nb_departs", "size")).reset_index()
    merged["type_destination"] = AUTRES
    merged["destination"] = AUTRES
    merged["secret"] = True
    out = pd.concat([t for t in (kept, merged) if len(t)] or [kept], ignore_index=True)
    totals = out.groupby(["echelle", "origine"])["nb_departs"].transform("sum")
    out["part_departs_origine"] = 100.0 * out["nb_departs"] / totals
    masked = ((out["type_destination"] == AUTRES) & (out["nb_departs"] < threshold)).to_numpy()
    out["nb_departs"] = out["nb_departs"].astype("float64")
    out["nb_flux_regroupes"] = out["nb_flux_regroupes"].astype("float64")
    out.loc[masked, ["nb_departs", "part_departs_origine", "nb_flux_regroupes"]] = np.nan
    out["_autres"] = out["type_destination"] == AUTRES
    out = out.sort_values(["echelle", "origine", "_autres", "nb_departs"],
                          ascending=[True, True, True, False]).drop(columns="_autres")
    return out[list(OD_COLUMNS)].reset_index(drop=True)


# --------------------------------------------------------------------------- motives

MOTIF_COLUMNS = ("secteur", "source", "motif", "nb", "n_secteur", "part", "satisfaction_moy", "secret")
_SPLIT = re.compile(r"\s*[|;,/+]\s*")


def _normalise_motif(value):
    text = str(value).strip().lower()
    return text or None


def _distribution(secteurs, motifs, source):
    """Rows (secteur, motif, nb, n_secteur) of one source, plus the ``ensemble`` rows."""
    frame = pd.DataFrame({"secteur": pd.Series(secteurs, dtype=object).to_numpy(),
                          "motif": pd.Series(motifs, dtype=object).to_numpy()})
    # ensemble holds every departure, the sectors those whose sector is known.
    frame = pd.concat([frame[frame["secteur"].notna()], frame.assign(secteur=ENSEMBLE)], ignore_index=True)
    frame["motif"] = frame["motif"].where(frame["motif"].notna(), "non renseigné")
    counts = frame.groupby(["secteur", "motif"], sort=True).size().rename("nb").reset_index()
    counts["source"] = source
    return counts


def motifs_table(departs_secteur, departs_motif, threshold, enquete=None):
    """Distribution of departure motives per QPV / hors QPV / ensemble.

    ``enquete``: optional frame with ``secteur``, ``motif_depart`` (multiple choice,
    separated by | ; , / or +) and ``satisfaction`` (1–5). A survey share is the
    respondents citing the motive / the respondents of the sector (they may add up to
    more than 100 %). Secret: a count under ``threshold`` is masked, and so that no
    masked cell comes back by subtraction, the secondary secret runs both within each
    sector and within each motive across the sectors (``ensemble`` is the total); for the
    survey only across the sectors (multiple choice: no subtraction within a sector).
    """
    # Once per distinct motive (a handful), mapped back by position: not once per departure.
    raw = pd.Series(departs_motif, dtype=object)
    codes, uniques = pd.factorize(raw.to_numpy())  # missing motives get code -1
    if all(isinstance(v, str) for v in uniques):
        normalised = np.array([_normalise_motif(v) for v in uniques] + [None], dtype=object)
        motifs = pd.Series(normalised[codes], index=raw.index, dtype=object)
    else:  # numbers among the motives: 1, 1.0 and True are one distinct value, but not one text
        motifs = raw.map(lambda v: None if v is None or (not isinstance(v, str) and pd.isna(v))
                         else _normalise_motif(v))
    parts = [_with_denominator(_distribution(departs_secteur, motifs, "departs"),
                               pd.Series(departs_secteur, dtype=object))]
    satisfaction = None
    if enquete is not None and len(enquete):
        respondents = enquete.reset_index(drop=True)
        rows = []
        if "motif_depart" in respondents.columns:
            for position, value in respondents["motif_depart"].items():
                if value is None or (not isinstance(value, str) and pd.isna(value)):
                    continue
                for item in dict.fromkeys(m for m in _SPLIT.split(str(value)) if m.strip()):
                    rows.append((respondents.at[position, "secteur"], _normalise_motif(item)))
        if rows:
            cited = pd.DataFrame(rows, columns=["secteur", "motif"])
            parts.append(_with_denominator(_distribution(cited["secteur"], cited["motif"], "enquete"),
                                           respondents["secteur"]))
        if "satisfaction" in respondents.columns:
            satisfaction = _satisfaction(respondents)
    table = pd.concat(parts, ignore_index=True)
    table["part"] = 100.0 * table["nb"] / table["n_secteur"]
    table["satisfaction_moy"] = np.nan
    table = _mask_motifs(table, threshold)
    if satisfaction is not None:
        table = pd.concat([table, satisfaction.pipe(_mask_satisfaction, threshold)], ignore_index=True)
    return table[list(MOTIF_COLUMNS)].reset_index(drop=True)


def _with_denominator(counts, secteurs):
    totals = secteurs.dropna().value_counts()
    totals[ENSEMBLE] = len(secteurs)
    counts["n_secteur"] = counts["secteur"].map(totals).astype("float64")
    return counts


def _satisfaction(respondents):
    score = pd.to_numeric(respondents["satisfaction"], errors="coerce")
    score = score.where((score >= 1) & (score <= 5))
    frame = pd.DataFrame({"secteur": respondents["secteur"], "score": score}).dropna(subset=["score"])
    frame = pd.concat([frame.dropna(subset=["secteur"]), frame.assign(secteur=ENSEMBLE)], ignore_index=True)
    grouped = frame.groupby("secteur", sort=True)["score"].agg(["mean", "size"]).reset_index()
    return pd.DataFrame({"secteur": grouped["secteur"], "source": "enquete", "motif": "satisfaction",
                         "nb": grouped["size"].astype("float64"), "n_secteur": grouped["size"].astype("float64"),
                         "part": np.nan, "satisfaction_moy": grouped["mean"]})


def _mask_satisfaction(table, threshold):
    masked = secret.primary(table["nb"], threshold).to_numpy()
    table = table.copy()
    table.loc[masked, ["nb", "n_secteur", "satisfaction_moy"]] = np.nan
    table["secret"] = masked
    return table


def _mask_motifs(table, threshold):
    """Primary secret on each count, then the secondary secret per sector and per
    motive (the ``ensemble`` row of a motive is its published total), until stable."""
    out = []
    for source, group in table.groupby("source", sort=False):
        group = group.reset_index(drop=True)
        key = group["secteur"].astype(str) + "\x1f" + group["motif"].astype(str)
        counts = pd.Series(group["nb"].to_numpy(dtype="float64"), index=key)
        mask = secret.primary(counts, threshold)
        # A sector whose own total is under the threshold publishes nothing.
        mask |= pd.Series(secret.primary(pd.Series(group["n_secteur"].to_numpy()), threshold).to_numpy(),
                          index=key)
        detail = (group["secteur"] != ENSEMBLE).to_numpy()
        # Each sector (ensemble too) is the parent of its motives: its total n_secteur is published.
        by_sector = pd.Series(group["secteur"].to_numpy(dtype=object), index=key)
        by_motif = pd.Series(np.where(detail, group["motif"].to_numpy(dtype=object), None), index=key)
        for _ in range(10):
            before = mask.copy()
            if source != "enquete":
                # Survey motives are multiple choice: a sector's respondents are not the sum of
                # its motives, so no motive comes back by subtraction within a sector.
                mask, _unused = secret.secondary(counts, mask, by_sector)
            mask, _unused = secret.secondary(counts, mask, by_motif)
            if mask.equals(before):
                break
        values = mask.to_numpy()
        group.loc[values, ["nb", "part"]] = np.nan
        # A sector's departures all together under the threshold are themselves a remainder
        # of fewer than ``threshold`` households (domain.md 6): masked too.
        small_sector = secret.primary(pd.Series(group["n_secteur"].to_numpy()), threshold).to_numpy()
        group.loc[small_sector, "n_secteur"] = np.nan
        group["secret"] = values
        out.append(group)
    return pd.concat(out, ignore_index=True) if out else table.assign(secret=False)
