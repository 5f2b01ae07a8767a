"""QGIS layers and feature sources → pandas frames.

Two paths:

* OGR-backed layers (GeoPackage, Shapefile, CSV opened by OGR, FlatGeobuf…) are read
  column by column through GDAL's Arrow stream (``GetArrowStreamAsNumPy``): no Python
  object is made per feature. Strings arrive as bytes, nulls as masked arrays, point
  geometries as fixed-size WKB, all turned into plain columns here.
* PostgreSQL tables: attributes in one ``COPY … TO STDOUT`` read by pandas' C reader
  (psycopg2), geometries through GDAL's PostgreSQL driver, as the OGR layers are.
* Any other provider (memory, delimited text, WFS) and any selection or filtered source
  goes through a ``QgsFeatureRequest`` limited to the wanted fields.
"""

import io

import numpy as np
import pandas as pd
from osgeo import gdal, ogr
from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.csvfile import is_delimited_path, read_delimited

GEOMETRY = "__geometry_wkb"
POINT_X = "__point_x"
POINT_Y = "__point_y"
BATCH_ROWS = 100_000


def _decode(value):
    if isinstance(value, (bytes, bytearray)):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            # OGR hands the bytes of a Windows-1252 CSV through unchanged.
            return value.decode("cp1252", errors="replace")
    return value


def _column_from_numpy(array):
    """One Arrow column (maybe masked, maybe bytes) as a pandas Series with NaN/None."""
    mask = np.ma.getmaskarray(array) if np.ma.isMaskedArray(array) else None
    data = np.ma.getdata(array)
    if data.dtype.kind in "SO":
        codes, uniques = pd.factorize(pd.Series(data.astype(object)), use_na_sentinel=True)
        decoded = None
        if data.dtype.kind == "S":
            try:  # all at once in C; a non-UTF-8 value sends them one by one below
                decoded = np.append(np.char.decode(np.asarray(uniques, dtype=data.dtype), "utf-8")
                                    .astype(object), None)
            except UnicodeDecodeError:
                decoded = None
        if decoded is None:
            decoded = np.array([_decode(u) for u in uniques] + [None], dtype=object)
        series = pd.Series(decoded[np.where(codes < 0, len(uniques), codes)])
        if data.dtype.kind == "S" and mask is None:
            series = series.where(series != "", None)
    elif data.dtype.kind == "M":
        series = pd.Series(pd.to_datetime(data))
    else:
        series = pd.Series(data)
    if mask is not None and mask.any():
        if series.dtype.kind in "iu":
            series = series.astype("float64")
        elif series.dtype.kind == "b":
            series = series.astype("object")
        series = series.mask(mask)
    return series


def _ogr_uri(layer):
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return parts.get("path"), parts.get("layerName"), parts.get("layerId"), parts.get("subset")


def _open_ogr(layer):
    """``(dataset, OGR layer, subset)`` of a QGIS layer GDAL can read in bulk: an ``ogr``
    layer, or a ``postgres`` table read through GDAL's PostgreSQL driver (one cursor, rows
    decoded in C++: a million-row RPLS table never goes row by row through Python).
    ``(None, None, None)`` when GDAL cannot: the caller falls back to a feature request."""
    nothing = (None, None, None)
    provider = layer.providerType()
    if provider == "ogr":
        path, layer_name, layer_id, subset = _ogr_uri(layer)
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            return nothing
        if layer_name:
            ogr_layer = dataset.GetLayerByName(layer_name)
        else:
            ogr_layer = dataset.GetLayer(int(layer_id) if layer_id not in (None, "") else 0)
        return dataset, ogr_layer, subset or layer.subsetString()
    if provider == "postgres":
        uri = _postgres_table(layer)
        if uri is None:
            return nothing
        table = uri.table()
        name = "{}.{}".format(uri.schema(), table) if uri.schema() else table
        geometry = uri.geometryColumn()
        wanted = "{}({})".format(name, geometry) if geometry else name
        with _quiet_gdal():
            dataset = gdal.OpenEx("PG:" + uri.connectionInfo(True), gdal.OF_VECTOR | gdal.OF_READONLY,
                                  open_options=["TABLES=" + wanted])
        if dataset is None:
            return nothing
        return dataset, dataset.GetLayerByName(name), uri.sql() or layer.subsetString()
    return nothing


def _postgres_table(layer):
    """The ``QgsDataSourceUri`` of a PostgreSQL layer that is a table, or None for a SQL
    query layer (QGIS knows how to run it)."""
    uri = QgsDataSourceUri(layer.source())
    table = uri.table()
    return None if not table or table.startswith("(") else uri


def sql_identifier(name):
    """A PostgreSQL identifier, quoted."""
    return '"{}"'.format(name.replace('"', '""'))


class _quiet_gdal:
    """GDAL errors (a connection refused) as a fallback, not as messages on the console."""

    def __enter__(self):
        gdal.PushErrorHandler("CPLQuietErrorHandler")

    def __exit__(self, *exc):
        gdal.PopErrorHandler()


def _read_ogr(layer, columns, with_geometry):
    dataset, ogr_layer, subset = _open_ogr(layer)
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    if subset:
        ogr_layer.SetAttributeFilter(subset)
    definition = ogr_layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    # QGIS shows a GeoPackage's "fid" as a field: read it too, so both paths give the same columns.
    fid_name = ogr_layer.GetFIDColumn()
    with_fid = bool(fid_name) and fid_name in layer.fields().names() and (columns is None or fid_name in columns)
    if with_fid:
        names = [fid_name] + names
    wanted = names if columns is None else [c for c in columns if c in names]
    # GDAL 3.6 hands boolean fields through Arrow as garbage: read those feature by feature.
    booleans = [n for n in wanted if n != fid_name and
                definition.GetFieldDefn(definition.GetFieldIndex(n)).GetSubType() == ogr.OFSTBoolean]
    wanted = [n for n in wanted if n not in booleans]
    ignored = [n for n in names if n not in wanted and n != fid_name]
    if with_geometry and not wanted and not booleans and ignored:
        # GDAL 3.6 hands empty geometries through Arrow when every field is ignored:
        # read one field along, left out of the frame.
        ignored = ignored[1:]
    has_geometry = ogr_layer.GetGeomType() != ogr.wkbNone  # (ignoring a missing one makes GDAL complain)
    no_geometry = ["OGR_GEOMETRY"] if has_geometry else []
    if not with_geometry:
        ignored += no_geometry
    ogr_layer.SetIgnoredFields(ignored)
    geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    pieces = {name: [] for name in wanted}
    geometries = []
    # Booleans of a GeoPackage come by a SQL query as integers, matched on the FID.
    sql_booleans = bool(booleans) and _booleans_by_sql_possible(dataset, ogr_layer, subset)
    fids = []
    stream = ogr_layer.GetArrowStreamAsNumPy(options=[
        "INCLUDE_FID={}".format("YES" if with_fid or sql_booleans else "NO"),
        "MAX_FEATURES_IN_BATCH={}".format(BATCH_ROWS)])
    for batch in stream:
        for name in wanted:
            if name in batch:
                pieces[name].append(_column_from_numpy(batch[name]))
        if sql_booleans:
            fids.append(np.ma.getdata(batch[fid_name]))
        if with_geometry:
            geometry = batch.get(geometry_name)
            if geometry is None:
                geometry = next((v for k, v in batch.items() if k not in pieces and k != fid_name), None)
            if geometry is not None:
                geometries.append(geometry)
    frame = pd.DataFrame({name: (pd.concat(p, ignore_index=True) if p else pd.Series(dtype=object))
                          for name, p in pieces.items()})
    read_booleans = None
    if sql_booleans:
        read_booleans = _booleans_by_sql(dataset, ogr_layer, booleans, subset,
                                         np.concatenate(fids) if fids else np.array([], dtype=np.int64))
    if read_booleans is not None:
        for name in booleans:
            frame[name] = read_booleans[name]
        frame = frame[[c for c in (columns or names) if c in frame.columns]]
    elif booleans:
        ogr_layer.SetIgnoredFields([n for n in names if n not in booleans and n != fid_name] + no_geometry)
        ogr_layer.ResetReading()
        indexes = [definition.GetFieldIndex(n) for n in booleans]
        values = [[bool(f.GetFieldAsInteger(i)) if f.IsFieldSetAndNotNull(i) else None for i in indexes]
                  for f in ogr_layer]
        for position, name in enumerate(booleans):
            frame[name] = pd.Series([row[position] for row in values], dtype="boolean")
        frame = frame[[c for c in (columns or names) if c in frame.columns]]
    if with_geometry:
        is_point = ogr.GT_Flatten(ogr_layer.GetGeomType()) == ogr.wkbPoint
        fixed = geometries and all(np.ma.getdata(g).dtype.kind == "V" for g in geometries)
        if is_point and fixed:
            # Points arrive as fixed-size WKB: read x, y straight from the buffer.
            xy = [_points_from_fixed_wkb(g) for g in geometries]
            frame[POINT_X] = np.concatenate([p[0] for p in xy])
            frame[POINT_Y] = np.concatenate([p[1] for p in xy])
        else:
            frame[GEOMETRY] = _wkb_column(geometries, len(frame))
            if len(frame) and all(w is not None and len(w) == 0 for w in frame[GEOMETRY]):
                return None  # the same GDAL bug, on a layer without fields: read feature by feature
    return frame


def _booleans_by_sql_possible(dataset, ogr_layer, subset):
    """GDAL 3.6's Arrow stream garbles booleans; a GeoPackage (SQLite) can hand them as
    integers through one SQL query instead, when the layer has a FID to match rows on and
    its subset, if any, is a plain WHERE clause."""
    if dataset is None or not ogr_layer.GetFIDColumn():
        return False
    if subset and subset.lstrip().lower().startswith("select"):
        return False
    return dataset.GetDriver().ShortName in ("GPKG", "SQLite")


def _booleans_by_sql(dataset, ogr_layer, booleans, subset, fids):
    """Boolean columns (pandas "boolean", NA for NULL) aligned on ``fids``, read in bulk as
    ``CAST(… AS INTEGER)``; None when the query fails (the caller reads them one by one)."""
    def quoted(name):
        return '"{}"'.format(name.replace('"', '""'))
    fid_alias = "__peuplement_fid"
    select = "SELECT {} + 0 AS {}, {} FROM {}{}".format(
        quoted(ogr_layer.GetFIDColumn()), quoted(fid_alias),
        ", ".join("CAST({0} AS INTEGER) AS {0}".format(quoted(n)) for n in booleans),
        quoted(ogr_layer.GetName()), " WHERE " + subset if subset else "")
    with _quiet_gdal():
        result = dataset.ExecuteSQL(select)
    if result is None:
        return None
    try:
        parts = {name: [] for name in [fid_alias] + booleans}
        for batch in result.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
            for name in parts:
                if name not in batch:
                    return None
                array = batch[name]
                mask = np.ma.getmaskarray(array) if np.ma.isMaskedArray(array) else np.zeros(len(array), bool)
                parts[name].append((np.ma.getdata(array), mask))
    finally:
        dataset.ReleaseResultSet(result)
    if not parts[fid_alias]:
        return {name: pd.Series(pd.array([None] * len(fids), dtype="boolean")) for name in booleans}
    position = pd.Index(np.concatenate([d for d, _ in parts[fid_alias]]).astype(np.int64)).get_indexer(
        np.asarray(fids, dtype=np.int64))
    if (position < 0).any():
        return None
    out = {}
    for name in booleans:
        data = np.concatenate([d for d, _ in parts[name]])[position]
        mask = np.concatenate([m for _, m in parts[name]])[position]
        numbers = pd.to_numeric(pd.Series(data), errors="coerce")  # a column of NULLs may come as objects
        mask = mask | numbers.isna().to_numpy()
        out[name] = pd.Series(pd.arrays.BooleanArray(numbers.fillna(0).to_numpy(dtype="float64") != 0, mask))
    return out


def _points_from_fixed_wkb(batch):
    mask = np.ma.getmaskarray(batch) if np.ma.isMaskedArray(batch) else np.zeros(len(batch), bool)
    data = np.ma.getdata(batch)
    raw = data.view(np.uint8).reshape(len(data), data.dtype.itemsize)
    return _xy_from_wkb_rows(raw, mask)


def _xy_from_wkb_rows(raw, mask):
    """x, y of WKB points held as rows of a uint8 array (one row per point)."""
    xs = np.full(len(raw), np.nan)
    ys = np.full(len(raw), np.nan)
    if raw.shape[1] < 21:
        return xs, ys
    for little, order in ((1, "<"), (0, ">")):
        rows = (raw[:, 0] == little) & ~mask
        if not rows.any():
            continue
        part = raw[rows]
        kind = np.ascontiguousarray(part[:, 1:5]).view(order + "u4").ravel()
        # 1 = Point, 1001/2001/3001 = Point Z/M/ZM (ISO), 0x80000001 = Point 25D.
        is_point = (kind % 1000 == 1) | ((kind & 0xFF) == 1)
        coords = np.ascontiguousarray(part[:, 5:21]).view(order + "f8")
        x = np.where(is_point, coords[:, 0], np.nan)
        y = np.where(is_point, coords[:, 1], np.nan)
        xs[rows], ys[rows] = x, y
    return xs, ys


def _wkb_column(batches, length):
    values = []
    for batch in batches:
        mask = np.ma.getmaskarray(batch) if np.ma.isMaskedArray(batch) else None
        data = np.ma.getdata(batch)
        data = [bytes(v) for v in data] if data.dtype.kind == "V" else list(data)
        if mask is not None:
            data = [None if m else v for v, m in zip(data, mask)]
        values.extend(data)
    if not values:
        values = [None] * length
    return pd.Series(values, dtype=object)


def _python_value(value):
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def _read_features(source, columns, with_geometry, feedback=None):
    fields = source.fields()
    names = fields.names() if columns is None else list(dict.fromkeys(c for c in columns if c in fields.names()))
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([fields.indexOf(n) for n in names])
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    rows = []
    geometries = []
    for i, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 10000 == 0 and feedback.isCanceled():
            return None
        attributes = feature.attributes()
        rows.append([attributes[fields.indexOf(n)] for n in names])
        if with_geometry:
            geometry = feature.geometry()
            geometries.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    if rows:
        frame = pd.DataFrame(rows, columns=names)
    else:
        frame = pd.DataFrame({n: pd.Series(dtype=object) for n in names})
    for name in names:
        column = frame[name]
        if column.dtype == object:
            frame[name] = column.map(_python_value)
    if with_geometry:
        frame[GEOMETRY] = pd.Series(geometries, dtype=object)
    return frame


# PostgreSQL types COPY gives back as the frame's own types: integers and reals as numbers,
# booleans as bool, text as str. A table with other columns read (dates…) goes through GDAL.
_PG_NUMBERS = {20, 21, 23, 700, 701, 1700}
_PG_BOOLEAN = {16}
_PG_TEXT = {25, 1042, 1043, 19}


def _read_postgres_copy(layer, columns):
    """Attributes of a PostgreSQL table in one ``COPY … TO STDOUT`` read by pandas' C
    reader: the server streams the columns asked for, nothing goes row by row through
    Python nor through GDAL's row decoding (a million RPLS rows in a few seconds). None
    when psycopg2 is missing, the table is a query, or a column has another type."""
    try:
        import psycopg2
    except ImportError:
        return None
    uri = _postgres_table(layer)
    if uri is None:
        return None
    available = layer.fields().names()
    names = available if columns is None else list(dict.fromkeys(c for c in columns if c in available))
    if not names:
        return None
    source = sql_identifier(uri.table())
    if uri.schema():
        source = "{}.{}".format(sql_identifier(uri.schema()), source)
    subset = uri.sql() or layer.subsetString()
    select = "SELECT {} FROM {}{}".format(", ".join(sql_identifier(n) for n in names), source,
                                          " WHERE " + subset if subset else "")
    try:
        connection = psycopg2.connect(uri.connectionInfo(True))
    except psycopg2.Error:
        return None
    try:
        with connection.cursor() as cursor:
            cursor.execute(select + " LIMIT 0")
            types = [column.type_code for column in cursor.description]
            if any(t not in _PG_NUMBERS | _PG_BOOLEAN | _PG_TEXT for t in types):
                return None
            buffer = io.StringIO()
            cursor.copy_expert("COPY ({}) TO STDOUT WITH (FORMAT csv, NULL '\\N')".format(select), buffer)
    except psycopg2.Error:
        return None
    finally:
        connection.close()
    buffer.seek(0)
    frame = pd.read_csv(buffer, header=None, names=names, dtype=str, keep_default_na=False, na_values=["\\N"],
                        quotechar='"', doublequote=True) if buffer.getvalue() else \
        pd.DataFrame({n: pd.Series(dtype=object) for n in names})
    for name, kind in zip(names, types):
        if kind in _PG_NUMBERS:
            frame[name] = pd.to_numeric(frame[name])
        elif kind in _PG_BOOLEAN:
            frame[name] = frame[name].map({"t": True, "f": False})
        else:
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    return frame


def layer_to_frame(layer_or_source, columns=None, with_geometry=False, feedback=None):
    """Attributes (and WKB geometries, in column ``GEOMETRY``) of a layer or source."""
    if isinstance(layer_or_source, QgsVectorLayer) and layer_or_source.providerType() == "postgres" and \
            not with_geometry:
        frame = _read_postgres_copy(layer_or_source, columns)
        if frame is not None:
            return frame
    if isinstance(layer_or_source, QgsVectorLayer) and layer_or_source.providerType() in ("ogr", "postgres"):
        frame = _read_ogr(layer_or_source, columns, with_geometry)
        if frame is not None:
            return frame
    return _read_features(layer_or_source, columns, with_geometry, feedback)


def parameter_frame(algorithm, parameters, name, context, columns=None, with_geometry=False,
                    feedback=None, encoding="auto", separator="auto", sniffed=None, numeric=()):
    """Read a feature-source parameter the fastest way its value allows.

    A path to a delimited file is read by pandas with its encoding and separator
    (``ENCODING``/``SEPARATOR``), an OGR layer through Arrow, anything else, and any
    "selected features only" source, through a feature request. Returns
    ``(frame, source, crs_wkt, label)``.
    """
    value = parameters.get(name)
    if isinstance(value, str) and is_delimited_path(value.split("|")[0]):
        path = value.split("|")[0]
        return read_delimited(path, encoding, separator, columns, sniffed, numeric), None, "", path
    from .tableurs import is_spreadsheet_path, read_spreadsheet, split_source
    if isinstance(value, str) and is_spreadsheet_path(value):
        frame = read_spreadsheet(value)
        if columns is not None:
            frame = frame[[c for c in columns if c in frame.columns]]
        return frame, None, "", split_source(value)[0]
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None, None, "", ""
    filtered = isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit != -1 or value.filterExpression)
    layer = None if filtered else algorithm.parameterAsVectorLayer(parameters, name, context)
    crs = source.sourceCrs()
    crs_wkt = crs.toWkt() if crs.isValid() else ""
    label = layer.source().split("|")[0] if layer is not None else source.sourceName()
    if layer is not None:
        frame = layer_to_frame(layer, columns, with_geometry, feedback)
    else:
        frame = _read_features(source, columns, with_geometry, feedback)
    return frame, source, crs_wkt, label


def point_coordinates(frame):
    """x, y arrays of the point geometries a ``layer_to_frame(with_geometry=True)`` read;
    NaN where a row has no point."""
    if POINT_X in frame.columns:
        return frame[POINT_X].to_numpy(dtype="float64"), frame[POINT_Y].to_numpy(dtype="float64")
    wkb = frame[GEOMETRY] if GEOMETRY in frame.columns else pd.Series([None] * len(frame), dtype=object)
    xs = np.full(len(frame), np.nan)
    ys = np.full(len(frame), np.nan)
    lengths = wkb.map(lambda w: len(w) if w is not None else 0).to_numpy()
    for size in np.unique(lengths[lengths >= 21]):
        rows = np.flatnonzero(lengths == size)
        raw = np.frombuffer(b"".join(bytes(w) for w in wkb.iloc[rows]), dtype=np.uint8)
        x, y = _xy_from_wkb_rows(raw.reshape(len(rows), size), np.zeros(len(rows), bool))
        xs[rows], ys[rows] = x, y
    return xs, ys


def point_wkb(frame):
    """WKB of the points the bridge read as x / y columns (for small layers: units, buildings)."""
    from shapely.geometry import Point
    return [None if not np.isfinite(x) else Point(x, y).wkb
            for x, y in zip(frame[POINT_X], frame[POINT_Y])]


def shapely_geometries(wkb_values):
    from shapely import wkb as shapely_wkb
    return [None if w is None else shapely_wkb.loads(bytes(w)) for w in wkb_values]
