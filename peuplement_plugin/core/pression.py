"""Pression de la demande (domain.md 5.9): applications in progress at the end of the year
over the attributions of the year, SNE's own tension indicator.

- Applications in progress at 31/12/N: filed on or before that day and not struck off
  (``date_radiation``) by then. Without ``date_radiation`` the table is one snapshot of
  the stock, the state at the end of the year of its latest filing (``annee_du_stock``).
- Attributions of the year N: leases signed in N.
- Scales: the EPCI; the commune, the first wished commune of an application
  (``communes_souhaitees``, first listed) against the commune of the attributed dwelling;
  where the applications give them, the typology wished against the typology of the
  attributed dwelling, and the mutations (applicants already in the social stock) apart.
  At each scale a ratio of sums, with both counts beside it.
- Secret (domain.md 6): an application and an attribution are households; a row with
  1 to ``threshold`` − 1 of either is masked (counts and ratio NULL, ``secret``), and so
  that no masked row comes back by subtraction from its EPCI, the secondary secret runs
  over the rows of each EPCI at each scale.

No QGIS here.
"""

import re

import numpy as np
import pandas as pd

from . import secret

EPCI = "epci"
COMMUNE = "commune"
TYPOLOGIE = "typologie"
MUTATION = "mutation"
ECHELLES = (EPCI, COMMUNE, TYPOLOGIE, MUTATION)
NON_RENSEIGNE = "non renseigné"
TYPOLOGIES = ("T1", "T2", "T3", "T4", "T5+")
MUTATION_LABELS = {True: "mutation", False: "hors mutation"}
COLUMNS = ("annee", "echelle", "epci", "code", "nb_demandes", "nb_attributions", "tension", "secret")

_SPLIT = re.compile(r"[\s,;|/]+")
_DIGITS = re.compile(r"(\d+)")


def premiere_commune(communes):
    """The first commune listed in ``communes_souhaitees`` (codes separated by , ; | / or
    spaces), zero-padded to 5 characters; None when empty."""
    def first(value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        for part in _SPLIT.split(str(value).strip()):
            if part:
                return part.zfill(5) if part.isdigit() else part.upper()
        return None
    return pd.Series(communes, dtype=object).map(first)


def typologie_of_rooms(nb_pieces):
    """T1 … T4, T5+ from a number of rooms (RPLS NBPIECE); None when unknown."""
    rooms = pd.to_numeric(pd.Series(nb_pieces), errors="coerce")
    out = np.full(len(rooms), None, dtype=object)
    known = (rooms.notna() & (rooms >= 1)).to_numpy()
    out[known] = ["T{}".format(int(r)) if r < 5 else "T5+" for r in rooms[known]]
    return pd.Series(out, index=rooms.index, dtype=object)


def typologie_souhaitee(values):
    """The typology wished, normalised to T1 … T4, T5+ ("T3", "F3", "3", "3 pièces",
    "T6 et +" → T5+; a room or a studio → T1); None when unreadable."""
    def one(value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        text = str(value).strip().lower()
        if not text:
            return None
        if text.startswith(("chambre", "studio")):
            return "T1"
        found = _DIGITS.search(text)
        if not found:
            return None
        rooms = int(found.group(1))
        if rooms < 1:
            return None
        return "T{}".format(rooms) if rooms < 5 else "T5+"
    return pd.Series(values, dtype=object).map(one)


def annee_du_stock(date_depot):
    """The year whose end a snapshot of applications describes: that of its latest filing."""
    dates = pd.to_datetime(pd.Series(date_depot), errors="coerce").dropna()
    return int(dates.max().year) if len(dates) else None


def en_cours(demandes, annee):
    """Applications in progress at 31/12/``annee`` (boolean Series on ``demandes``' index)."""
    end = pd.Timestamp(year=int(annee), month=12, day=31)
    depot = pd.to_datetime(demandes["date_depot"], errors="coerce")
    mask = depot.notna() & (depot <= end)
    if "date_radiation" in demandes.columns:
        struck = pd.to_datetime(demandes["date_radiation"], errors="coerce")
        mask &= struck.isna() | (struck > end)
    return mask


def _keys(values):
    return pd.Series(values, dtype=object).where(pd.Series(values, dtype=object).notna(), NON_RENSEIGNE)


def _counts(frame, by):
    """Rows per group, indexed by ``by``; empty (with that index) when a column is missing."""
    if frame.empty or not set(by) <= set(frame.columns):
        return pd.Series(dtype="float64", index=pd.MultiIndex.from_arrays([[]] * len(by), names=by)
                         if len(by) > 1 else pd.Index([], name=by[0]))
    return frame.groupby(by, sort=True).size().astype("float64")


def tension(demandes, attributions, annee, threshold, with_typologie=True, with_mutation=True):
    """The table of one year (see the module's doc).

    ``demandes``: applications in progress at the end of ``annee``, with ``epci``,
    ``commune`` (first wished) and, optionally, ``typologie`` and ``mutation`` (bool).
    ``attributions``: the attributions of ``annee``, with ``epci``, ``commune`` (of the
    dwelling) and, optionally, ``typologie`` and ``mutation`` (without it, the mutation
    rows have no attributions: NULL). A missing value is its own category, "non
    renseigné", so that the rows of an EPCI add up to it.
    """
    d = pd.DataFrame({"epci": _keys(demandes["epci"]).to_numpy(), "commune": _keys(demandes["commune"]).to_numpy()})
    a = pd.DataFrame({"epci": _keys(attributions["epci"]).to_numpy(),
                      "commune": _keys(attributions["commune"]).to_numpy()})
    scales = [(EPCI, None), (COMMUNE, "commune")]
    if with_typologie:
        d["typologie"] = _keys(demandes["typologie"]).to_numpy()
        a["typologie"] = _keys(attributions["typologie"] if "typologie" in attributions
                               else pd.Series(None, index=attributions.index)).to_numpy()
        scales.append((TYPOLOGIE, "typologie"))
    # Attributions without their own mutation flag: the mutation rows give the applications
    # only (their attributions unknown, NULL).
    attributions_mutation = "mutation" in attributions
    if with_mutation:
        d["mutation"] = _mutation_keys(demandes["mutation"])
        if attributions_mutation:
            a["mutation"] = _mutation_keys(attributions["mutation"])
        scales.append((MUTATION, "mutation"))
    parts = []
    for echelle, column in scales:
        by = ["epci"] if column is None else ["epci", column]
        table = pd.concat([_counts(d, by).rename("nb_demandes"), _counts(a, by).rename("nb_attributions")],
                          axis=1).reset_index()
        table["nb_demandes"] = table["nb_demandes"].fillna(0.0)
        known = column is None or column in a.columns
        table["nb_attributions"] = table["nb_attributions"].fillna(0.0) if known else np.nan
        table["code"] = table["epci"] if column is None else table[column]
        table["echelle"] = echelle
        parts.append(table[["echelle", "epci", "code", "nb_demandes", "nb_attributions"]])
    out = pd.concat(parts, ignore_index=True)
    out = out[(out["nb_demandes"] > 0) | (out["nb_attributions"].fillna(0) > 0)].reset_index(drop=True)
    out.insert(0, "annee", int(annee))
    with np.errstate(divide="ignore", invalid="ignore"):
        out["tension"] = np.where(out["nb_attributions"] > 0, out["nb_demandes"] / out["nb_attributions"], np.nan)
    return appliquer_secret(out, threshold)[list(COLUMNS)]


def _mutation_keys(values):
    values = pd.Series(values, dtype=object)
    known = values.notna()
    out = pd.Series(NON_RENSEIGNE, index=values.index, dtype=object)
    out[known] = [MUTATION_LABELS[bool(v)] for v in values[known]]
    return out.to_numpy()


def appliquer_secret(table, threshold):
    """Primary secret on both counts, then the secondary secret of each scale's rows
    within their EPCI (the EPCI row is their published total), until stable."""
    table = table.copy().reset_index(drop=True)
    ids = table["echelle"].astype(str) + "\x1f" + table["epci"].astype(str) + "\x1f" + table["code"].astype(str)
    epci_id = EPCI + "\x1f" + table["epci"].astype(str) + "\x1f" + table["epci"].astype(str)
    # each scale's rows of an EPCI are a partition of it: one parent per (scale, EPCI)
    parents = pd.Series(np.where(table["echelle"] == EPCI, None, epci_id), index=ids.to_numpy(), dtype=object)
    counts = {name: pd.Series(table[name].to_numpy(dtype="float64"), index=ids.to_numpy())
              for name in ("nb_demandes", "nb_attributions")}
    mask = secret.primary(counts["nb_demandes"], threshold) | secret.primary(counts["nb_attributions"], threshold)
    for _ in range(20):
        before = mask.copy()
        for name in ("nb_demandes", "nb_attributions"):
            for echelle in ECHELLES[1:]:
                rows = (table["echelle"] == echelle).to_numpy() | (table["echelle"] == EPCI).to_numpy()
                sub_mask, _unused = secret.secondary(counts[name][rows], mask[rows], parents[rows])
                mask[rows] = sub_mask.to_numpy()
        if mask.equals(before):
            break
    values = mask.to_numpy()
    table.loc[values, ["nb_demandes", "nb_attributions", "tension"]] = np.nan
    table["secret"] = values
    return table
