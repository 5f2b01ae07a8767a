"""A publication's layers as cells of the hierarchy, and the secret put back into them.

The layers of the plugin say what they are by their fields: occupancy (``nb_menages``
and ``millesime``; the fragility layer is one), evolution (``nb_menages_t0``), flows
(``periode_debut``, ``nb_entrants``), stock (``nb_baux_connus``). In each, the figures
rest on a count of households: ``part_apl`` on ``n_apl``, ``taille_menage`` on
``nb_menages``; that count is the cell of ``hierarchie`` and the figures resting on it
are masked with it, in every layer that publishes it (an evolution's t0 side is the
occupancy of its first millésime: one cell, masked in both or in neither).

``cells_of`` builds the cells, ``nesting`` the links between units from their
geometries, ``apply_masks`` writes the masks back and counts them per layer. No QGIS.
"""

from collections import namedtuple

import numpy as np
import pandas as pd

from . import levels as _levels
from .hierarchie import CHAINS, COUNT, DIFF, HORS_QPV, cell_table

Layer = namedtuple("Layer", "name frame family level unit_field millesime")

# Fields of the layers that describe no household (identifiers, flags, the stock's
# dwellings joined into the fragility layer). The z-scores of the fragility layer go with
# their row (the index mixes them with the shares).
NOT_HOUSEHOLD = {"niveau", "millesime", "secret", "presence", "variation_effectif", "effectif_instable",
                 "comparable", "nb_logements", "tx_vacance", "tx_rotation", "motif_sans_indice", "periode_debut",
                 "periode_fin", "fid", "nom"}
# Flows: figures resting on a count other than their own n_… (core/flux.share_denominators)
FLUX_BASES = {"anciennete_moy": "n_anciennete", "part_emmenages_recents": "n_anciennete",
              "anciennete_sortants_moy": "n_anciennete_sortants"}
# Flows: counts about dwellings (RPLS), not households: outside the secret
FLUX_DWELLINGS = {"n_vacance_3mois"}
PARC_FIGURES = ("nb_baux_connus", "anciennete_moy", "part_emmenages_recents")
UNIT_FIELDS = {field: level for level, field in _levels.DEFAULT_UNIT_ID.items() if level != "etage"}


def _mode(series):
    values = series.dropna()
    return None if values.empty else str(values.astype(str).mode().iloc[0])


def describe(name, frame):
    """A ``Layer`` for a layer of the hierarchy, None for the others (reports, flow
    lines, objectives…)."""
    columns = set(frame.columns)
    if "nb_menages_t0" in columns:
        family = "evolution"
    elif {"periode_debut", "nb_entrants"} <= columns:
        family = "flux"
    elif {"nb_menages", "millesime"} <= columns:
        family = "occupation"
    elif {"nb_baux_connus", "nb_logements"} <= columns:
        family = "parc"
    else:
        return None
    level = _mode(frame["niveau"]) if "niveau" in columns else None
    if level not in _levels.LEVEL_IDS:
        level = next((lv for lv in _levels.LEVEL_IDS if name.endswith("_" + lv)), None)
    if level is None:
        level = next((lv for field, lv in UNIT_FIELDS.items() if field in columns), None)
    if level is None:
        return None
    unit_field = _levels.DEFAULT_UNIT_ID[level]
    if unit_field not in columns:
        unit_field = next((c for c in frame.columns if c not in NOT_HOUSEHOLD), None)
    millesime = ""
    if family == "occupation":
        millesime = _mode(frame["millesime"]) or ""
    elif family == "flux":
        millesime = "{}-{}".format(_mode(frame["periode_debut"]), _mode(frame["periode_fin"]))
    return Layer(name, frame, family, level, unit_field, millesime)


def _units(layer):
    """The unit ids of a layer as text (as ``nesting`` names them)."""
    return pd.Series(_levels.normalise_keys(layer.frame[layer.unit_field]).to_numpy(dtype=object),
                     index=layer.frame.index)


def _numeric(frame, column):
    return pd.to_numeric(frame[column], errors="coerce").astype("float64")


def _secret(frame):
    if "secret" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return pd.Series(frame["secret"].to_numpy(dtype=bool, na_value=False), index=frame.index) \
        if frame["secret"].dtype == object else frame["secret"].fillna(False).astype(bool)


def attachments(layer, evolution_millesimes=None):
    """Field → list of ``(variable, diff)`` cells it rests on (masked when any is)."""
    columns = list(layer.frame.columns)
    out = {}
    if layer.family == "occupation":
        var = "occupation|{}|".format(layer.millesime)
        for column in columns:
            if column in NOT_HOUSEHOLD or column == layer.unit_field:
                continue
            stem = column[2:] if column.startswith("z_") else column
            base = "n_" + stem[len("part_"):] if stem.startswith("part_") else None
            if column.startswith("n_") or column == "nb_menages":
                out[column] = [var + column]
            elif base in columns:
                out[column] = [var + base]
            else:
                out[column] = [var + "nb_menages"]
    elif layer.family == "flux":
        var = "flux|{}|".format(layer.millesime)
        for column in columns:
            if column.startswith("n_") and column not in FLUX_DWELLINGS:
                out[column] = [var + column]
            elif column in FLUX_BASES:
                out[column] = [var + FLUX_BASES[column]]
            elif column.startswith("effet_"):
                variable = column[len("effet_"):]
                out[column] = [var + "n_{}_{}".format(variable, side) for side in ("entrants", "stock")
                               if "n_{}_{}".format(variable, side) in columns]
            elif column.startswith(("part_", "taille_menage_")) and column != "part_vacance_3mois":
                base = "n_" + column[len("part_"):] if column.startswith("part_") else "n_" + column
                if base in columns:
                    out[column] = [var + base]
    elif layer.family == "parc":
        for column in PARC_FIGURES:
            if column in columns:
                out[column] = ["parc||nb_baux_connus"]
    elif layer.family == "evolution" and evolution_millesimes:
        m0, m1 = evolution_millesimes
        for column in columns:
            for side, millesime in (("_t0", m0), ("_t1", m1), ("_diff", None)):
                if not column.endswith(side):
                    continue
                stem = column[:-len(side)]
                if stem + "_t0" not in columns or stem in NOT_HOUSEHOLD:
                    continue
                sides = [(m0, "_t0"), (m1, "_t1")] if millesime is None else [(millesime, side)]
                bases = []
                for m, _ in sides:
                    base = "n_" + stem[len("part_"):] if stem.startswith("part_") else \
                        (stem if stem.startswith("n_") else "nb_menages")
                    bases.append("occupation|{}|{}".format(m, base))
                if millesime is None and stem == "nb_menages":
                    bases.append(_diff_variable(m0, m1))
                out[column] = bases
    return out


def _diff_variable(m0, m1):
    return "occupation|{}>{}|nb_menages".format(m0, m1)


def evolution_millesimes(layers, evolution):
    """(t0, t1) of an evolution layer: the occupancy millésimes of its level whose
    households match its t0 and t1 sides on the most units."""
    frame = evolution.frame.set_index(evolution.unit_field)
    found = []
    for side in ("nb_menages_t0", "nb_menages_t1"):
        best, score = None, -1
        for layer in layers:
            if layer.family != "occupation" or layer.level != evolution.level:
                continue
            other = _numeric(layer.frame.set_index(layer.unit_field), "nb_menages")
            mine = _numeric(frame, side)
            common = mine.index.intersection(other.index)
            matches = int((mine.reindex(common) == other.reindex(common)).sum())
            if matches > score:
                best, score = layer.millesime, matches
        found.append(best)
    return tuple(found) if None not in found and found[0] != found[1] else None


def cells_of(layers, evolutions=None):
    """``(cells, diffs, attached)`` of the layers (``describe``'d): the cells for
    ``hierarchie.protect``, the evolution relations and, per layer name, its
    ``attachments``. ``evolutions``: layer name → (t0, t1); inferred when absent."""
    evolutions = dict(evolutions or {})
    blocks, attached, diffs = [], {}, set()
    for layer in layers:
        if layer.family == "evolution" and layer.name not in evolutions:
            pair = evolution_millesimes(layers, layer)
            if pair is not None:
                evolutions[layer.name] = pair
        fields = attachments(layer, evolutions.get(layer.name))
        attached[layer.name] = fields
        units = _units(layer)
        secret = _secret(layer.frame)
        if layer.family == "evolution" and layer.name in evolutions:
            m0, m1 = evolutions[layer.name]
            diffs.add(("occupation|{}|nb_menages".format(m0), "occupation|{}|nb_menages".format(m1),
                       _diff_variable(m0, m1)))
        for column, variables in fields.items():
            if len(variables) != 1 or not _is_base(column, variables[0], layer):
                if column == "nb_menages_diff":
                    values = _numeric(layer.frame, column)
                    blocks.append(cell_table(variables[-1], layer.level, units, values,
                                             values.isna() & secret, kind=DIFF))
                continue
            values = _numeric(layer.frame, column)
            blocks.append(cell_table(variables[0], layer.level, units, values, values.isna() & secret))
    if not blocks:
        return cell_table("", "", [], []).iloc[0:0], [], attached
    cells = pd.concat(blocks, ignore_index=True)
    cells = cells[cells["unit"].notna()]
    # one cell published by several layers: known if any publishes it, masked if any masks it
    grouped = cells.groupby(["variable", "level", "unit"], sort=False)
    merged = grouped.agg(value=("value", "first"), masked=("masked", "any"), kind=("kind", "first")).reset_index()
    merged.loc[merged["masked"], "value"] = np.nan
    # one order whatever the order of the layers: the same publication, the same masks
    merged = merged.sort_values(["variable", "level", "unit"], kind="stable").reset_index(drop=True)
    return merged, sorted(diffs), attached


def _is_base(column, variable, layer):
    base = variable.rsplit("|", 1)[1]
    if layer.family == "evolution":
        return column in (base + "_t0", base + "_t1")
    return column == base


def apply_masks(layers, cells, masked, attached, threshold=None):
    """Copies of the layers' frames with every figure resting on a masked cell NULL and
    ``secret`` set on its row; returns ``({name: frame}, counts)``, the counts per layer
    of masked cells: ``primary`` (already masked by the algorithm that wrote the layer,
    or a count of 1 to ``threshold`` − 1 households) and ``secondary`` (masked over the
    hierarchy)."""
    chosen = cells[np.asarray(masked, dtype=bool)]
    masked_units = {key: set(frame["unit"]) for key, frame in chosen.groupby(["variable", "level"], sort=False)}
    out, counts = {}, []
    for layer in layers:
        frame = layer.frame.copy()
        units = _units(layer).to_numpy(dtype=object)
        row_masked = pd.Series(False, index=frame.index)
        before = added = 0
        for column, variables in attached.get(layer.name, {}).items():
            hit = pd.Series(False, index=frame.index)
            for variable in variables:
                hidden = masked_units.get((variable, layer.level))
                if hidden:
                    hit |= pd.Series(pd.Series(units).isin(hidden).to_numpy(), index=frame.index)
            values = frame[column]
            newly = hit & values.notna()
            if len(variables) == 1 and _is_base(column, variables[0], layer):
                numbers = pd.to_numeric(values, errors="coerce")
                small = (numbers > 0) & (numbers < threshold) if threshold else pd.Series(False, index=frame.index)
                before += int(((values.isna() & _secret(frame) & hit) | (newly & small)).sum())
                added += int((newly & ~small).sum())
            if newly.any():
                frame[column] = values.where(~newly)
                row_masked |= newly
        if "secret" in frame.columns and row_masked.any():
            frame["secret"] = _secret(frame) | row_masked
        out[layer.name] = frame
        counts.append((layer.name, before, added))
    return out, pd.DataFrame(counts, columns=["layer", "primary", "secondary"])


def nesting(units):
    """The links between units from their geometries: ``units`` level → (ids, shapely
    geometries). A unit lies in the parent holding its representative point; it nests
    when at least 99 % of its area is in that parent, else it is linked to every
    parent holding more than 1 % of it (not exact). At the QPV level, a unit in no QPV
    is in "hors QPV" (the row of that name)."""
    from . import spatial

    rows = []
    for chain in CHAINS:
        for i, child in enumerate(chain):
            if child not in units:
                continue
            ids, geoms = units[child]
            points_x, points_y = spatial.representative_points(geoms)
            for parent in chain[i + 1:]:
                if parent not in units:
                    continue
                parent_ids, parent_geoms = units[parent]
                polygons = [g if g is not None and not g.is_empty and g.area > 0 else None for g in parent_geoms]
                inside = spatial.points_in_polygons(points_x, points_y, polygons)
                has_hors = parent == "qpv" and HORS_QPV in list(parent_ids)
                for position, (unit, geom) in enumerate(zip(ids, geoms)):
                    where = inside[position]
                    if where < 0 and not has_hors:
                        continue
                    main = polygons[where] if where >= 0 else None
                    area = geom.area if geom is not None and not geom.is_empty else 0.0
                    if area <= 0:
                        rows.append((child, unit, parent, parent_ids[where] if where >= 0 else HORS_QPV, True))
                        continue
                    share = main.intersection(geom).area / area if main is not None else 0.0
                    if where >= 0 and share >= 0.99:
                        rows.append((child, unit, parent, parent_ids[where], True))
                        continue
                    if where < 0 and has_hors:
                        touched = [k for k, p in enumerate(polygons) if p is not None and p.intersects(geom)
                                   and p.intersection(geom).area / area > 0.01]
                        if not touched:
                            rows.append((child, unit, parent, HORS_QPV, True))
                            continue
                    else:
                        touched = [k for k, p in enumerate(polygons) if p is not None and p.intersects(geom)
                                   and p.intersection(geom).area / area > 0.01]
                    inside_share = sum(polygons[k].intersection(geom).area for k in touched) / area
                    for k in touched:
                        rows.append((child, unit, parent, parent_ids[k], False))
                    if has_hors and inside_share < 0.99:
                        rows.append((child, unit, parent, HORS_QPV, False))
    links = pd.DataFrame(rows, columns=["level", "unit", "parent_level", "parent", "exact"])
    return links.sort_values(["level", "unit", "parent_level", "parent"], kind="stable").reset_index(drop=True)


Result = namedtuple("Result", "frames counts warnings audit cells masked")


def protect_layers(layers, links, threshold, evolutions=None, margin=1.0):
    """The secret of ``layers`` (``describe``'d) protected together over ``links``;
    returns ``Result``: the frames with the masks, the counts per layer, the warnings
    (units that do not nest), the final LP audit of every masked cell (cell, lower,
    upper, exposed, variable, level, unit), the cells and their mask.

    Two passes: the households of each unit first (a row masked hides every figure of
    the row), then every count (the denominators of the shares, the flows' profiles)
    with the masked rows' counts masked too."""
    from . import hierarchie

    cells, diffs, attached = cells_of(layers, evolutions)
    if cells.empty:
        frames = {layer.name: layer.frame for layer in layers}
        return Result(frames, pd.DataFrame(columns=["layer", "primary", "secondary"]), [], None, cells,
                      np.zeros(0, dtype=bool))
    variable = cells["variable"]
    rows = (variable.str.endswith("|nb_menages") & variable.str.startswith("occupation|")) | \
        (variable == "parc||nb_baux_connus")
    first = hierarchie.protect(cells[rows], links, threshold, diffs, margin)
    cells = cells.copy()
    row_cells = cells[rows].reset_index()
    hidden_rows = row_cells.loc[first.masked, ["index", "variable", "level", "unit"]]
    cells.loc[hidden_rows["index"].to_numpy(), "masked"] = True
    # a masked row hides all the counts of its millésime at that unit
    occupation = hidden_rows[hidden_rows["variable"].str.startswith("occupation|")]
    millesime = occupation["variable"].str.split("|").str[1]
    hidden = set(zip(millesime, occupation["level"], occupation["unit"]))
    parts = variable.str.split("|")
    same_row = pd.Series([(m, lv, u) in hidden for m, lv, u in zip(parts.str[1], cells["level"], cells["unit"])],
                         index=cells.index) & variable.str.startswith("occupation|")
    cells.loc[same_row & (cells["kind"] == COUNT), "masked"] = True
    cells.loc[cells["masked"], "value"] = np.nan
    # the rows' counts are final: the other counts relate only among themselves
    others = cells[~rows]
    final = hierarchie.protect(others, links, threshold, (), margin)
    masked = cells["masked"].to_numpy().copy()
    masked[np.flatnonzero(~rows.to_numpy())[final.masked]] = True
    cells = cells.reset_index(drop=True)
    frames, counts = apply_masks(layers, cells, masked, attached, threshold)
    audit = None
    if first.audit is not None or final.audit is not None:
        row_index = np.flatnonzero(rows.to_numpy())
        other_index = np.flatnonzero(~rows.to_numpy())
        parts = []
        for result, index in ((first.audit, row_index), (final.audit, other_index)):
            if result is not None and len(result):
                result = result.copy()
                result["cell"] = index[result["cell"].to_numpy()]
                parts.append(result)
        if parts:
            audit = pd.concat(parts, ignore_index=True).join(cells[["variable", "level", "unit"]], on="cell")
    warnings = list(dict.fromkeys(first.warnings + final.warnings))
    return Result(frames, counts, warnings, audit, cells, masked)


def audit_layers(layers, links, evolutions=None, margin=1.0):
    """The LP audit of a publication as it is: every masked cell of ``layers`` with the
    interval of values consistent with everything published (``audit.bounds``): a
    DataFrame variable, level, unit, lower, upper, exposed."""
    from . import audit, hierarchie

    cells, diffs, _ = cells_of(layers, evolutions)
    columns = ["variable", "level", "unit", "lower", "upper", "exposed"]
    if cells.empty:
        return pd.DataFrame(columns=columns)
    rel = hierarchie.relations(cells, links, diffs)
    values = cells["value"].to_numpy(dtype=np.float64)
    masked = cells["masked"].to_numpy(dtype=bool)
    result = audit.bounds(rel, values, masked, (cells["kind"] == COUNT).to_numpy(), margin)
    result = result.join(cells[["variable", "level", "unit"]], on="cell")
    return result[columns].reset_index(drop=True)
