"""What a curious reader does with a published GeoPackage (domain.md 6), written here
independently of the plugin's secret code: for every count published at two nested
levels, the parent minus its published children; the territory minus the other QPV
rows; an evolution's t1 minus its difference; the same cell in two layers.

A recovered cell is a masked (NULL) count whose value such a subtraction gives: the
only masked child of a published parent whose other children are published, a masked
parent whose children are all published, ... The nesting is read from the layers'
geometries (a unit lies in the parent polygon holding its representative point; at the
QPV level, a unit in no QPV polygon is in "hors QPV")."""

import math

from osgeo import ogr
from shapely import wkb

LEVELS = ("batiment", "residence", "ilot", "iris", "qpv", "commune", "epci")
UNIT_ID = {"batiment": "batiment_id", "residence": "residence_id", "ilot": "ilot_id", "iris": "code_iris",
           "qpv": "code_qpv", "commune": "depcom", "epci": "code_epci"}
# parent levels of each level, all of them (not only the next one): every nested pair
ABOVE = {"batiment": ("ilot", "iris", "commune", "epci", "qpv", "residence"),
         "ilot": ("iris", "commune", "epci", "qpv"), "iris": ("commune", "epci"), "commune": ("epci",)}
HORS_QPV = "hors QPV"


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def read(path):
    """{table: {unit: (row dict, shapely geometry)}} for the tables named <family>_…_<level>."""
    dataset = ogr.Open(str(path))
    tables = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        name = layer.GetName()
        level = next((lv for lv in LEVELS if name.endswith("_" + lv)), None)
        if level is None or not name.startswith(("occupation_", "evolution_", "flux_", "parc_", "fragilite_")):
            continue
        if name.startswith(("flux_lignes", "flux_od", "flux_motifs", "flux_series")):
            continue
        rows = {}
        for feature in layer:
            geometry = feature.GetGeometryRef()
            shape = wkb.loads(bytes(geometry.ExportToWkb())) if geometry is not None else None
            rows[str(feature.GetField(UNIT_ID[level]))] = (feature.items(), shape)
        tables[name] = (level, rows)
    dataset = None
    return tables


def additive_columns(row):
    """The counts of households a row publishes: they add up across levels."""
    return [c for c in row if (c == "nb_menages" or c.startswith("nb_menages_") or c == "nb_personnes"
                               or c.startswith("nb_personnes_") or (c.startswith("n_") and c != "n_vacance_3mois")
                               or c == "nb_baux_connus")]


def nesting(tables):
    """{(child level, parent level): {child unit: parent unit}} from the geometries."""
    by_level = {}
    for level, rows in tables.values():
        by_level.setdefault(level, rows)
    out = {}
    for child, parents in ABOVE.items():
        if child not in by_level:
            continue
        for parent in parents:
            if parent not in by_level:
                continue
            polygons = [(unit, shape) for unit, (_, shape) in by_level[parent].items() if shape is not None]
            links = {}
            for unit, (_, shape) in by_level[child].items():
                if shape is None:
                    continue
                point = shape.representative_point()
                holder = next((p for p, polygon in polygons if polygon.contains(point)), None)
                if holder is None and parent == "qpv":
                    holder = HORS_QPV
                if holder is not None:
                    links[unit] = holder
            out[(child, parent)] = links
    return out


def family_of(name, level):
    """``occupation_2024_ilot`` → ``occupation_2024``: the layers of one family and millésime."""
    return name[:-len("_" + level)]


def attack(path):
    """The recovered cells, as readable lines (empty: nothing recovered)."""
    tables = read(path)
    links = nesting(tables)
    families = {}
    for name, (level, rows) in tables.items():
        families.setdefault(family_of(name, level), {})[level] = rows
    recovered = []

    def subtract(parent_value, children_values, where):
        hidden = [i for i, v in enumerate(children_values) if _missing(v)]
        if _missing(parent_value):
            if children_values and not hidden:
                recovered.append(where + " (masked parent = sum of its children)")
            return
        if len(hidden) == 1:
            recovered.append(where + " (only masked child)")

    for family, levels in families.items():
        if family == "fragilite":
            continue  # the occupancy of the latest millésime: compared cell by cell below
        for (child, parent), link in links.items():
            if child not in levels or parent not in levels:
                continue
            children_of = {}
            for unit, holder in link.items():
                children_of.setdefault(holder, []).append(unit)
            for holder, units in children_of.items():
                if holder not in levels[parent]:
                    continue
                parent_row = levels[parent][holder][0]
                for column in additive_columns(parent_row):
                    values = [levels[child][u][0].get(column) for u in units]
                    subtract(parent_row[column], values, "{} {}: {} {} − its {}s".format(
                        family, column, parent, holder, child))
        # levels combined: all QPV + hors QPV = the territory (the EPCI's, else the communes' sum)
        if "qpv" in levels:
            top = next((lv for lv in ("epci", "commune") if lv in levels), None)
            if top is not None:
                any_row = next(iter(levels["qpv"].values()))[0]
                for column in additive_columns(any_row):
                    totals = [row.get(column) for row, _ in levels[top].values()]
                    total = None if any(_missing(v) for v in totals) else sum(totals)
                    values = [row.get(column) for row, _ in levels["qpv"].values()]
                    subtract(total, values, "{} {}: {} total − the QPV rows".format(family, column, top))
    # millésimes: an evolution's t1 − difference = t0, t0 + difference = t1
    for name, (level, rows) in tables.items():
        if not name.startswith("evolution_"):
            continue
        for unit, (row, _) in rows.items():
            for column in row:
                if not column.endswith("_diff") or not (column.startswith("nb_") or column.startswith("n_")):
                    continue
                stem = column[:-len("_diff")]
                t0, t1, diff = row.get(stem + "_t0"), row.get(stem + "_t1"), row[column]
                if sum(_missing(v) for v in (t0, t1, diff)) == 1:
                    recovered.append("{} {} {}: t0, t1 and difference with one masked".format(name, unit, stem))
    # the same cell in two layers: masked in one, published in the other
    for name, (level, rows) in tables.items():
        for other, (other_level, other_rows) in tables.items():
            if other <= name or other_level != level:
                continue
            for unit, (row, _) in rows.items():
                if unit not in other_rows:
                    continue
                other_row = other_rows[unit][0]
                for column in additive_columns(row):
                    for other_column in _same_cell(name, other, column, row, other_row, tables):
                        a, b = row[column], other_row.get(other_column)
                        if _missing(a) != _missing(b):
                            recovered.append("{}.{} and {}.{} of {}: masked in one only".format(
                                name, column, other, other_column, unit))
    return recovered


def _same_cell(name, other, column, row, other_row, tables):
    """The columns of ``other`` that publish the cell ``column`` of ``name`` (same
    millésime): occupation ↔ fragility (same millésime column), occupation ↔ an
    evolution's side whose values match on the units where both are published."""
    if name.startswith("occupation_") and other.startswith("fragilite_") or \
            name.startswith("fragilite_") and other.startswith("occupation_"):
        if row.get("millesime") == other_row.get("millesime") and column in other_row:
            return [column]
        return []
    if other.startswith("evolution_") and name.startswith(("occupation_", "fragilite_")):
        side = _side(name, other, tables)
        return [column + side] if side and column + side in other_row else []
    return []


_SIDES = {}


def _side(occupation, evolution, tables):
    """"_t0" or "_t1": the side of the evolution layer that is this occupancy layer's
    millésime (the side whose nb_menages equals the layer's on every unit published on both)."""
    key = (occupation, evolution)
    if key not in _SIDES:
        _SIDES[key] = None
        rows, other = tables[occupation][1], tables[evolution][1]
        for side in ("_t0", "_t1"):
            pairs = [(row.get("nb_menages"), other[u][0].get("nb_menages" + side)) for u, (row, _) in rows.items()
                     if u in other]
            both = [(a, b) for a, b in pairs if not _missing(a) and not _missing(b)]
            if both and all(a == b for a, b in both):
                _SIDES[key] = side
                break
    return _SIDES[key]
