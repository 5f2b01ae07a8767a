"""Secret statistique (domain.md 6): primary and secondary masking of indicator tables.

An indicators table is a pandas DataFrame indexed by unit id (see ``stock.py``): one
count of households per unit, figures that describe those households, and a boolean
``secret`` column. Here:

- **primary secret**: a unit with 0 < households < threshold is masked. A unit with 0
  households publishes nothing about anyone and is not secret.
- **secondary secret**: when a published parent total has exactly one masked child
  with households, that child is recovered by subtraction (parent total - published
  children); the published sibling with the smallest count > 0 is masked too, and so
  on until nothing changes.

Masked cells become NaN (NULL in the output layer) and ``secret`` is True. No QGIS here.
"""

import numpy as np
import pandas as pd

from .errors import PeuplementError
from .flags import flags

MIN_PUBLIC_THRESHOLD = 5
DEFAULT_THRESHOLD = 11


def _menages(n):
    return "ménage" if abs(n) < 2 else "ménages"


def check_threshold(threshold, usage_interne=False):
    """The threshold as an int, or ``PeuplementError`` with a message for the user.

    A whole number of households, at least 1; below ``MIN_PUBLIC_THRESHOLD`` (5) only
    with the explicit ``usage_interne`` choice (that choice then goes into the output's
    metadata, see ``metadata_note``). 11.0 (a QGIS number parameter) is accepted as 11.
    """
    numeric = isinstance(threshold, (int, float, np.integer, np.floating)) and not isinstance(threshold, bool)
    if not numeric or not np.isfinite(threshold) or threshold != int(threshold):
        raise PeuplementError(
            "Seuil du secret statistique invalide : {!r}. Indiquez un nombre entier de ménages "
            "({} par défaut).".format(threshold, DEFAULT_THRESHOLD))
    threshold = int(threshold)
    if threshold < 1:
        raise PeuplementError(
            "Seuil du secret statistique invalide : {}. Il doit valoir au moins 1 ménage "
            "({} par défaut).".format(threshold, DEFAULT_THRESHOLD))
    if threshold < MIN_PUBLIC_THRESHOLD and not usage_interne:
        raise PeuplementError(
            "Seuil du secret statistique de {} {} : c'est moins que le minimum de {} ménages "
            "exigé pour une diffusion publique. Choisissez un seuil d'au moins {} ({} par défaut), "
            "ou cochez « usage interne » : ce choix sera alors inscrit dans les métadonnées de la "
            "couche produite.".format(threshold, _menages(threshold), MIN_PUBLIC_THRESHOLD,
                                      MIN_PUBLIC_THRESHOLD, DEFAULT_THRESHOLD))
    return threshold


def _counts(counts):
    """Households per unit as floats, NaN (unknown) read as 0 households."""
    if counts.index.has_duplicates:
        duplicated = counts.index[counts.index.duplicated()].unique().tolist()[:5]
        raise PeuplementError(
            "Secret statistique : identifiants d'unité en double : {}.".format(
                ", ".join(str(u) for u in duplicated)))
    return pd.to_numeric(counts, errors="coerce").astype("float64").fillna(0.0)


def _bools(series, index):
    """A boolean Series on ``index``; missing or NULL values read as False."""
    series = series.reindex(index)
    return pd.Series(series.to_numpy(dtype=bool, na_value=False), index=index)


def primary(counts, threshold):
    """Primary secret: True where 0 < households < ``threshold`` (NaN count: False).

    A unit with 0 households describes nobody: it is not secret.
    """
    values = pd.to_numeric(counts, errors="coerce")
    return ((values > 0) & (values < threshold)).fillna(False).astype(bool)


def _lookup(series, key):
    """``series[key]`` or None when ``series`` is None, lacks ``key`` or holds NULL there."""
    if series is None or key not in series.index:
        return None
    value = series.loc[key]
    if isinstance(value, pd.Series):  # duplicated parent id: take the first
        value = value.iloc[0]
    return None if pd.isna(value) else value


def _smallest(candidates, counts):
    """The candidate position with the smallest count, ties broken by unit id."""
    try:
        return min(candidates, key=lambda i: (counts[i][0], counts[i][1]))
    except TypeError:  # unit ids of mixed types: compare them as text
        return min(candidates, key=lambda i: (counts[i][0], str(counts[i][1])))


def secondary(counts, masked, parents, parent_published=None, parent_totals=None):
    """Secondary secret: returns ``(mask, parents_to_mask)``.

    - ``counts``: households per unit (Series indexed by unit id).
    - ``masked``: the current boolean mask (usually ``primary``), same index.
    - ``parents``: unit id -> parent id (NaN: no parent).
    - ``parent_published``: optional parent id -> whether that parent's total is
      published. Default (and for a parent it does not list): published, the safe
      assumption, since it can only add masks.
    - ``parent_totals``: optional parent id -> households of the parent.

    Rule (domain.md 6): for each published parent, if exactly one of its children with
    households > 0 is masked, parent total - published children = that child; so the
    published sibling with the smallest count > 0 is masked too (ties: smallest unit
    id). Children with 0 households are published (0) and change nothing.

    Residual (a choice): the households of the parent that belong to no child unit
    (``parent_totals`` > sum of the children's counts) are not published anywhere, so
    the subtraction gives "masked child + residual", not the child: when the residual is
    > 0 no extra mask is added. Without ``parent_totals`` the residual is taken as 0
    (the parent is assumed to be the sum of its children), the safe side. A residual of
    1 or 2 still gives a close upper bound of the masked child: callers who want no
    such bound pass no ``parent_totals``.

    When a parent's only child with households is masked, no sibling can be masked:
    the parent total equals that child, so the parent itself must be masked; it is
    listed in ``parents_to_mask`` (and from then on counts as unpublished).

    Parents may also be units of the same table (floors and buildings together): a
    parent present in ``counts`` is published only while it is not masked, its total
    defaults to its own count, and a parent to mask is masked in the returned mask too
    (and still listed). The rule is applied again until nothing changes, so a mask
    added at one level is seen by the level above.
    """
    counts = _counts(counts)
    index = counts.index
    mask = _bools(masked, index)
    parent_of = parents.reindex(index)
    position = {unit: i for i, unit in enumerate(index)}
    values = counts.to_numpy()
    keyed = [(values[i], unit) for i, unit in enumerate(index)]
    flags = mask.to_numpy().copy()

    # Integer ids with NaN (no parent) come as floats: 12.0 is given back as 12.
    integral = parent_of.dtype.kind == "f" and bool(
        (parent_of.dropna() == np.floor(parent_of.dropna())).all())
    groups = {}
    for i, parent in enumerate(parent_of.to_numpy(dtype=object)):
        if parent is None or (not isinstance(parent, str) and pd.isna(parent)):
            continue
        groups.setdefault(int(parent) if integral else parent, []).append(i)

    residual = {}
    for parent, members in groups.items():
        total = _lookup(parent_totals, parent)
        if total is None and parent in position:
            total = values[position[parent]]
        residual[parent] = 0.0 if total is None else float(total) - float(values[members].sum())

    parents_to_mask, done = [], set()
    changed = True
    while changed:
        changed = False
        for parent, members in groups.items():
            if parent in done:
                continue
            published = _lookup(parent_published, parent)
            if published is not None and not bool(published):
                continue
            if parent in position and flags[position[parent]]:
                continue
            if residual[parent] > 0:
                continue  # the residual hides the single masked child (see docstring)
            positive = [i for i in members if values[i] > 0]
            hidden = [i for i in positive if flags[i]]
            if len(hidden) != 1:
                continue
            candidates = [i for i in positive if not flags[i]]
            if candidates:
                flags[_smallest(candidates, keyed)] = True
            else:
                parents_to_mask.append(parent)
                done.add(parent)
                if parent in position:
                    flags[position[parent]] = True
            changed = True
    return pd.Series(flags, index=index), parents_to_mask


def apply(table, count_field, fields, threshold, parents=None, parent_totals=None,
          parent_published=None):
    """A copy of ``table`` with the secret applied; returns ``(table, parents_to_mask)``.

    Masks the rows of the primary secret on ``table[count_field]`` (plus the rows the
    table already flags ``secret``), then, when ``parents`` is given (a Series unit id
    -> parent id, or the name of a column of ``table``), the secondary secret (see
    ``secondary`` for ``parent_totals`` and ``parent_published``). On masked rows every
    field of ``fields`` is NaN and ``secret`` is True.

    The count field is masked too: the number of households of a unit below the
    threshold is itself a figure that describes fewer than 11 households (domain.md 6),
    and a secondarily masked sibling's count would give the masked child back by
    subtraction. ``parents_to_mask`` lists the parents whose own total must be masked
    by the caller (their only child with households is secret).

    ``threshold`` must have been checked with ``check_threshold`` (public or internal
    use); here only a threshold below 1 is refused.
    """
    threshold = check_threshold(threshold, usage_interne=True)
    fields = [fields] if isinstance(fields, str) else list(fields)
    missing = [name for name in [count_field] + fields if name not in table.columns]
    if missing:
        raise PeuplementError("Secret statistique : champ(s) absent(s) de la table : {}.".format(
            ", ".join(dict.fromkeys(missing))))
    counts = _counts(table[count_field])
    mask = primary(counts, threshold)
    if "secret" in table.columns:
        mask = mask | _bools(table["secret"], table.index)
    parents_to_mask = []
    if parents is not None:
        if isinstance(parents, str):
            parents = table[parents]
        mask, parents_to_mask = secondary(counts, mask, parents, parent_published=parent_published,
                                          parent_totals=parent_totals)
    out = table.copy()
    for name in dict.fromkeys(fields + [count_field]):
        out[name] = out[name].where(~mask)
    out["secret"] = mask.astype(bool)
    return out, parents_to_mask


def metadata_note(threshold, usage_interne=False):
    """The French sentence for the abstract of an output layer (domain.md 6).

    Below ``MIN_PUBLIC_THRESHOLD`` it adds an "USAGE INTERNE" warning; such a threshold
    without ``usage_interne`` raises like ``check_threshold``.
    """
    threshold = check_threshold(threshold, usage_interne)
    note = ("Secret statistique : cellules de moins de {} {} masquées "
            "(secret primaire et secondaire).".format(threshold, _menages(threshold)))
    if threshold < MIN_PUBLIC_THRESHOLD:
        note += (" USAGE INTERNE : seuil inférieur au minimum de {} ménages exigé pour une "
                 "diffusion publique ; ces données ne doivent pas être diffusées.".format(
                     MIN_PUBLIC_THRESHOLD))
    return note


def apply_shares(table, denominators, threshold, parents=None):
    """Cell by cell: a share whose denominator (the households for which the variable is
    known) is under ``threshold`` describes too few households, even in a unit large
    enough to be published: it is masked, with the secondary secret among its siblings
    computed on that denominator. ``denominators``: share field -> denominator field.
    Returns a copy; ``secret`` is set where any share of the row was masked."""
    table = table.copy()
    row_masked = flags(table["secret"]) if "secret" in table.columns \
        else pd.Series(False, index=table.index)
    any_cell = pd.Series(False, index=table.index)
    for share, denominator in denominators.items():
        if share not in table.columns or denominator not in table.columns:
            continue
        known = table[denominator]
        if known.isna().all():
            continue
        mask = primary(known, threshold) | row_masked
        if parents is not None:
            mask, _ = secondary(known, mask, parents)
        cells = mask & ~row_masked
        table.loc[cells, share] = np.nan
        any_cell |= cells & (_counts(known) > 0)
    table["secret"] = row_masked | any_cell
    return table
