"""A GeoPackage publication read as frames, its nesting from the units' geometries, and
the masks of ``core.publication`` written back in place (one transaction).

The attributes are read with SQLite (a GeoPackage is one), columnar; the geometries
with OGR, once per level, only to know how units nest.
"""

import sqlite3
from contextlib import closing

import pandas as pd
from osgeo import ogr
from shapely import wkb as shapely_wkb

from ..core import levels, publication


def feature_tables(path):
    """Names of the feature and attribute tables of a GeoPackage (not its styles)."""
    with closing(sqlite3.connect(path)) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') ORDER BY rowid")]
    return [name for name in names if name != "layer_styles"]


def read_frame(path, table):
    with closing(sqlite3.connect(path)) as connection:
        geometry = _geometry_column(connection, table)
        columns = [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table))
                   if row[1] != geometry]
        frame = pd.read_sql_query("SELECT {} FROM \"{}\"".format(
            ", ".join('"{}"'.format(c) for c in columns), table), connection)
    return frame


def _geometry_column(connection, table):
    row = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                             (table,)).fetchone()
    return row[0] if row else None


def read_layers(path, tables=None):
    """The layers of the hierarchy in the GeoPackage (``core.publication.describe``)."""
    layers = []
    for table in tables or feature_tables(path):
        frame = read_frame(path, table)
        layer = publication.describe(table, frame)
        if layer is not None:
            layers.append(layer)
    return layers


def unit_geometries(path, layers, sources=None):
    """level → (unit ids, shapely geometries), from the first layer of each level that
    has geometries. ``sources``: layer name → (GeoPackage, table) when the layers come
    from several files (``path`` is then unused)."""
    found = {}
    for layer in layers:
        if layer.level in found:
            continue
        file_name, table = sources[layer.name] if sources else (path, layer.name)
        dataset = ogr.Open(file_name)
        try:
            source = dataset.GetLayerByName(table)
            if source is None or source.GetGeomType() == ogr.wkbNone:
                continue
            ids, geoms = [], []
            for feature in source:
                ids.append(feature.GetField(layer.unit_field))
                geometry = feature.GetGeometryRef()
                geoms.append(shapely_wkb.loads(bytes(geometry.ExportToWkb())) if geometry is not None else None)
            found[layer.level] = (levels.normalise_keys(pd.Series(ids, dtype=object)).tolist(), geoms)
        finally:
            dataset = None
    return found


def read_sources(sources):
    """The layers of the hierarchy among ``sources`` (layer name → (GeoPackage, table))."""
    layers = []
    for name, (path, table) in sources.items():
        layer = publication.describe(name, read_frame(path, table))
        if layer is not None:
            layers.append(layer)
    return layers


def split_source(source):
    """(GeoPackage path, table) of a layer source ``path|layername=table`` (the first
    table of the file when no layer is named)."""
    path, _, rest = source.partition("|")
    table = None
    for part in rest.split("|"):
        if part.startswith("layername="):
            table = part[len("layername="):]
    if table is None:
        tables = feature_tables(path)
        table = tables[0] if tables else None
    return path, table


def nesting_of(path, layers, sources=None):
    units = unit_geometries(path, layers, sources)
    return publication.nesting({level: (ids, geoms) for level, (ids, geoms) in units.items()})


def write_masks(path, layers, frames):
    """The NULLs and ``secret`` flags of ``frames`` written into the GeoPackage's
    tables, by ``fid``, in one transaction; the other cells are untouched. Through OGR:
    the GeoPackage's triggers call its spatial SQL functions."""
    dataset = ogr.Open(path, update=1)
    if dataset is None:
        raise OSError("cannot open {} for writing".format(path))
    try:
        dataset.StartTransaction()
        for layer in layers:
            new = frames[layer.name]
            old = layer.frame
            if "fid" not in old.columns:
                continue
            for column in new.columns:
                if column == "secret":
                    changed = new[column].astype(bool) & ~old[column].fillna(0).astype(bool)
                    value = "1"
                else:
                    changed = old[column].notna() & new[column].isna()
                    value = "NULL"
                fids = old.loc[changed, "fid"].astype(int).tolist()
                for start in range(0, len(fids), 500):
                    dataset.ExecuteSQL('UPDATE "{}" SET "{}" = {} WHERE fid IN ({})'.format(
                        layer.name, column, value, ", ".join(str(f) for f in fids[start:start + 500])))
        dataset.CommitTransaction()
    finally:
        dataset = None
