"""Key figures of an atlas page: the units of one page (a QPV, a commune) beside the whole
territory (the EPCI), from a layer of units carrying indicators. No QGIS here.

Figures are sums over the units (counts) and, for the mapped indicator, a ratio of sums
(domain.md 4: never a mean of lower-level rates): Σ value × weight / Σ weight, the weight
being the indicator's own denominator when the layer carries it. Only published units
enter: a unit masked by the secret statistique (``secret`` true, the value NULL, or
between 1 and threshold - 1 households when the layer has nb_menages) brings nothing, so no masked figure can be recovered from a page's table.
"""

import numpy as np
import pandas as pd

from . import denominators, fragilite, secret
from .flags import flags

UNITS = "units"
MASKED = "masked"
DWELLINGS = "nb_logements"
HOUSEHOLDS = "nb_menages"
INDICATOR = "indicator"


def masked(frame, field, threshold=secret.DEFAULT_THRESHOLD):
    """True where the unit's ``field`` is not published: ``secret`` true, the value NULL, or
    (when the layer has nb_menages) 1 to ``threshold`` - 1 households: the atlas's threshold
    may be higher than the one the layer was computed with."""
    values = pd.to_numeric(frame[field], errors="coerce")
    flagged = flags(frame["secret"]) if "secret" in frame.columns else False
    result = values.isna() | flagged
    if HOUSEHOLDS in frame.columns:
        result = result | secret.primary(frame[HOUSEHOLDS], threshold)
    return result


def weight_columns(columns, field):
    """The columns whose sum is the denominator of ``field`` (a share in %, a rate), or []
    for a plain mean: the indicator's recorded denominator (core.denominators: n_<x> for
    part_<x>, nb_loues + nb_vacants for the vacancy rates, domain.md 5.4, the dwelling-years
    for tx_rotation and tx_mobilite…), else the households, else the dwellings."""
    columns = list(columns)
    own = denominators.denominator(columns, field)
    if own:
        return own
    for name in (HOUSEHOLDS, DWELLINGS):
        if name in columns and name != field:
            return [name]
    return []


def ratio_of_sums(frame, field, threshold=secret.DEFAULT_THRESHOLD):
    """``(value, weight)`` of ``field`` over the published units of ``frame``: NaN when no
    unit is published, or when the households behind it are fewer than ``threshold``."""
    published = frame[~masked(frame, field, threshold)]
    values = pd.to_numeric(published[field], errors="coerce")
    weights = weight_columns(frame.columns, field)
    if not weights:
        return (float(values.mean()) if len(values) else np.nan), float(len(values))
    weight = sum(pd.to_numeric(published[name], errors="coerce") for name in weights)
    known = values.notna() & weight.notna() & (weight > 0)
    total = float(weight[known].sum())
    if total <= 0:
        return np.nan, 0.0
    households = pd.to_numeric(published.loc[known, HOUSEHOLDS], errors="coerce").sum() \
        if HOUSEHOLDS in published.columns else total
    if households < threshold:
        return np.nan, total
    return float((values[known] * weight[known]).sum() / total), total


def key_figures(frame, field, inside, threshold=secret.DEFAULT_THRESHOLD):
    """``[(key, page value, territory value)]``: units, masked units, dwellings and
    households (when the layer has them, summed over the published units) and the
    indicator. ``inside`` is a boolean mask of the units of the page."""
    inside = pd.Series(inside, index=frame.index).astype(bool)
    page = frame[inside]
    rows = [(UNITS, float(len(page)), float(len(frame))),
            (MASKED, float(masked(page, field, threshold).sum()), float(masked(frame, field, threshold).sum()))]
    for name in (DWELLINGS, HOUSEHOLDS):
        if name in frame.columns and name != field:
            rows.append((name, _sum(page, name, field, threshold), _sum(frame, name, field, threshold)))
    rows.append((INDICATOR, ratio_of_sums(page, field, threshold)[0], ratio_of_sums(frame, field, threshold)[0]))
    return rows


def _sum(frame, name, field, threshold):
    values = pd.to_numeric(frame.loc[~masked(frame, field, threshold), name], errors="coerce")
    return float(values.sum()) if values.notna().any() else np.nan


def class_breaks(values, classes=5):
    """Quantile limits ``[min, q1, …, max]`` of the published values, repeated limits
    dropped (fewer classes when the values are few)."""
    values = pd.to_numeric(pd.Series(values), errors="coerce").dropna()
    if values.empty:
        return []
    limits = [float(values.min())] + fragilite.quantile_breaks(values, classes) + [float(values.max())]
    unique = []
    for limit in limits:
        if not unique or limit > unique[-1]:
            unique.append(limit)
    if len(unique) == 1:
        unique.append(unique[0])
    return unique
