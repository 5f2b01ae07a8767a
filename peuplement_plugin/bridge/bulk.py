"""Large tables written to a GeoPackage in bulk.

QGIS's feature sink costs about 40 µs a row in Python (a ``QgsFeature`` per row, its
attributes set one row at a time): 40 s for a million canonical dwellings. Here GDAL
creates the table (fields, geometry column, SRS: the GeoPackage is GDAL's own), then the
rows go in one SQLite transaction by ``executemany`` from columns converted once each,
and GDAL builds the spatial index and the extent at the end.

``write_layer`` takes this path for a plain ``.gpkg`` file destination, under the
algorithm's temporary name (``pending_file_output``): the file is moved into place only
when the whole run succeeds, and removed on cancel or error, as the sinks' files are. The
output is loaded and styled as QGIS's sink outputs are (``style_output`` as before).
Any other destination (memory, PostGIS, a shapefile, a table in an existing GeoPackage)
goes through the sink, as before.
"""

import os
import sqlite3
import struct

import numpy as np
import pandas as pd
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsWkbTypes
from . import sinks
from .fieldtypes import FieldType

BATCH = 50_000

_OGR_TYPES = {
    FieldType.Int: (ogr.OFTInteger, ogr.OFSTNone),
    FieldType.LongLong: (ogr.OFTInteger64, ogr.OFSTNone),
    FieldType.Double: (ogr.OFTReal, ogr.OFSTNone),
    FieldType.Bool: (ogr.OFTInteger, ogr.OFSTBoolean),
    FieldType.Date: (ogr.OFTDate, ogr.OFSTNone),
    FieldType.String: (ogr.OFTString, ogr.OFSTNone),
}


def write_layer(algorithm, parameters, name, context, frame, fields, wkb_type=QgsWkbTypes.NoGeometry, crs=None,
                wkb=None, multi=False, feedback=None, progress=(0, 100)):
    """Write ``frame`` (columns in the order of ``fields``) to the output ``name``, with
    ``wkb`` geometries (bytes or None, aligned with the rows; ``multi`` for a multi-type
    layer) when ``wkb_type`` has one. Returns ``(dest_id, completed)``: ``dest_id`` None
    when there is no destination, ``completed`` False when the user cancelled."""
    # the destination without registering it to load: parameterAsOutputLayer would add a
    # "memory:" twin of a temporary output, reported "not correctly generated" in red
    destination = getattr(algorithm, "_destination", algorithm.parameterAsOutputLayer)
    final = destination(parameters, name, context)
    if _bulk_destination(algorithm, final, fields):
        temporary = algorithm.pending_file_output(final)
        table = os.path.splitext(os.path.basename(final))[0]
        if not write_gpkg(temporary, table, frame, fields, wkb_type, crs, wkb, multi, feedback, progress):
            return final, False
        _load_on_completion(parameters, name, context, algorithm, final)
        return final, True
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type,
                                              *([crs] if crs is not None else []))
    if sink is None:
        return None, True
    geometries = None if wkb is None else [sinks.geometry_from_wkb(w, multi=multi) for w in wkb]
    return dest_id, sinks.write_frame(sink, frame, fields, geometries, feedback, progress)


def _bulk_destination(algorithm, final, fields):
    return bool(final) and final.lower().endswith(".gpkg") and "|" not in final and \
        not final.lower().startswith(("ogr:", "memory:", "postgres:", "postgis:", "spatialite:")) and \
        hasattr(algorithm, "pending_file_output") and getattr(algorithm, "_pending_outputs", None) is not None and \
        all(fields.field(i).type() in _OGR_TYPES for i in range(fields.count()))


def _load_on_completion(parameters, name, context, algorithm, dest_id):
    """What QGIS's ``parameterAsSink`` does for an output the user asked to open."""
    value = parameters.get(name)
    if not isinstance(value, QgsProcessingOutputLayerDefinition) or value.destinationProject is None:
        return
    definition = algorithm.parameterDefinition(name)
    layer_name = value.destinationName or (definition.description() if definition else name)
    context.addLayerToLoadOnCompletion(dest_id, QgsProcessingContext.LayerDetails(
        layer_name, value.destinationProject, name, QgsProcessingUtils.LayerHint.Vector))


def write_gpkg(path, table, frame, fields, wkb_type=QgsWkbTypes.NoGeometry, crs=None, wkb=None, multi=False,
               feedback=None, progress=(0, 100)):
    """Create the GeoPackage ``path`` with the one table ``table`` and write ``frame``'s rows.
    Returns False when the user cancelled (the file is then left for the caller to remove)."""
    has_geometry = wkb_type != QgsWkbTypes.NoGeometry and wkb is not None
    srs = None
    if has_geometry and crs is not None and crs.isValid():
        srs = osr.SpatialReference()
        srs.ImportFromWkt(crs.toWkt())
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise RuntimeError("GeoPackage {} non créé : {}".format(path, gdal.GetLastErrorMsg()))
    options = ["FID=fid", "SPATIAL_INDEX=NO"] + (["GEOMETRY_NAME=geom"] if has_geometry else [])
    layer = dataset.CreateLayer(table, srs, int(wkb_type) if has_geometry else ogr.wkbNone, options=options)
    names = fields.names()
    for i, column in enumerate(names):
        field_type, subtype = _OGR_TYPES[fields.field(i).type()]
        definition = ogr.FieldDefn(column, field_type)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    layer = None
    dataset = None  # GDAL writes the GeoPackage's own tables; the rows go in below

    columns = [_sqlite_column(frame[n], fields.field(n).type()) for n in names]
    placeholders = ", ".join("?" for _ in names)
    quoted = ", ".join(_quoted(n) for n in names)
    if has_geometry:
        connection = sqlite3.connect(path)
        srs_id = connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                    (table,)).fetchone()[0]
        connection.close()
        columns.append(_gpkg_blobs(wkb, srs_id, multi))
        quoted += ", geom"
        placeholders += ", ?"
    insert = "INSERT INTO {} ({}) VALUES ({})".format(_quoted(table), quoted, placeholders)
    total = len(frame)
    start, end = progress
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("BEGIN")
        # GDAL's feature-count trigger would run once per row: dropped for the load, the
        # count set once, the trigger put back (what GDAL does in its own bulk loads).
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                      ("trigger_insert_feature_count_" + table,)).fetchall()
        for trigger, _ in triggers:
            connection.execute("DROP TRIGGER {}".format(_quoted(trigger)))
        for first in range(0, total, BATCH):
            connection.executemany(insert, zip(*[c[first:first + BATCH] for c in columns]))
            if feedback is not None:
                if feedback.isCanceled():
                    connection.execute("ROLLBACK")
                    return False
                feedback.setProgress(start + (end - start) * min(first + BATCH, total) / max(total, 1))
        for _, sql in triggers:
            connection.execute(sql)
        if triggers:
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM {}) "
                               "WHERE lower(table_name) = lower(?)".format(_quoted(table)), (table,))
        connection.execute("COMMIT")
    finally:
        connection.close()
    if has_geometry:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        geometry = _quoted("geom")
        dataset.ExecuteSQL("UPDATE gpkg_contents SET min_x = (SELECT MIN(ST_MinX({0})) FROM {1}), "
                           "min_y = (SELECT MIN(ST_MinY({0})) FROM {1}), max_x = (SELECT MAX(ST_MaxX({0})) FROM {1}), "
                           "max_y = (SELECT MAX(ST_MaxY({0})) FROM {1}) WHERE table_name = '{2}'".format(
                               geometry, _quoted(table), table.replace("'", "''")))
        dataset.ExecuteSQL("SELECT CreateSpatialIndex('{}', 'geom')".format(table.replace("'", "''")))
        dataset = None
    if feedback is not None:
        feedback.setProgress(end)
    return True


def _quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def _sqlite_column(series, qtype):
    """A column as a list of values SQLite stores as the GeoPackage types (None for NULL):
    converted once per column, and once per distinct date."""
    missing = series.isna().to_numpy()
    if qtype == FieldType.Date:
        codes, uniques = pd.factorize(series)
        dates = np.array([d.strftime("%Y-%m-%d") for d in pd.DatetimeIndex(uniques)] + [None], dtype=object)
        return dates[codes].tolist()
    if qtype in (FieldType.Int, FieldType.LongLong, FieldType.Bool):
        values = series.to_numpy(dtype="float64", na_value=np.nan) if qtype != FieldType.Bool else \
            series.astype(object).where(~missing, 0).astype(bool).to_numpy(dtype="float64")
        out = np.nan_to_num(values).astype(np.int64).astype(object)
    elif qtype == FieldType.Double:
        out = series.to_numpy(dtype="float64", na_value=np.nan).astype(object)
    else:
        out = series.to_numpy(dtype=object)
        if pd.api.types.infer_dtype(out, skipna=True) not in ("string", "empty"):  # in C, not row by row
            codes, uniques = pd.factorize(series.astype(object).where(~missing, None))
            texts = np.array([v if isinstance(v, str) else str(v) for v in uniques] + [None], dtype=object)
            out = texts[codes]
    out[missing] = None
    return out.tolist()


def _gpkg_blobs(wkb, srs_id, multi):
    """GeoPackage geometry blobs: the standard header (magic, version 0, little-endian
    flags, no envelope, the SRS id) then the WKB; single geometries made multi when asked."""
    header = b"GP\x00\x01" + struct.pack("<i", srs_id)
    empty = b"GP\x00\x11" + struct.pack("<i", srs_id)
    blobs = []
    for value in wkb:
        if value is None:
            blobs.append(None)
            continue
        data = bytes(value)
        if multi:
            data = _as_multi(data)
        blobs.append((empty if _is_empty(data) else header) + data)
    return blobs


def point_wkb(x, y):
    """Little-endian WKB points from coordinate arrays, built in one numpy buffer (None where
    a coordinate is not finite): the points of a million rows without a geometry object each."""
    x = np.asarray(x, dtype="<f8")
    y = np.asarray(y, dtype="<f8")
    records = np.zeros(len(x), dtype=[("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])
    records["order"], records["kind"], records["x"], records["y"] = 1, 1, x, y
    raw = records.tobytes()
    size = records.dtype.itemsize  # 21 bytes: byte order, type, x, y
    finite = np.isfinite(x) & np.isfinite(y)
    return [raw[i * size:(i + 1) * size] if ok else None for i, ok in enumerate(finite.tolist())]


def _as_multi(data):
    order = "<" if data[0] == 1 else ">"
    kind = struct.unpack(order + "I", data[1:5])[0]
    base, flags = kind % 1000, kind - kind % 1000
    if kind & 0x80000000:  # 2.5D: the Z flag in the high bit
        base, flags = (kind & 0xFF), kind & ~0xFF
    if base not in _MULTI:
        return data
    return data[:1] + struct.pack(order + "I", flags + _MULTI[base]) + struct.pack(order + "I", 1) + data


# Single type → its multi type (QgsGeometry.convertToMultiType): point, line, polygon,
# circular string, compound curve, curve polygon.
_MULTI = {1: 4, 2: 5, 3: 6, 8: 11, 9: 11, 10: 12}


def _is_empty(data):
    """Empty collections, lines and polygons (zero parts): GeoPackage flags them."""
    order = "<" if data[0] == 1 else ">"
    kind = struct.unpack(order + "I", data[1:5])[0]
    base = (kind & 0xFF) if kind & 0x80000000 else kind % 1000
    return base != 1 and len(data) >= 9 and struct.unpack(order + "I", data[5:9])[0] == 0
