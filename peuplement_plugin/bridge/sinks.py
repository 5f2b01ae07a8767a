"""pandas frames → QGIS fields and feature sinks.

NaN, NA and NaT become QGIS NULL; numpy scalars become Python numbers; timestamps
become ``QDate``. Field types come from ``fieldtypes``: QMetaType on QGIS 3.38 and later,
QVariant before.
"""

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry
from qgis.PyQt.QtCore import QDate, QVariant

from .fieldtypes import FieldType

BATCH = 5000


def qvariant_type(dtype):
    if pd.api.types.is_bool_dtype(dtype):
        return FieldType.Bool
    if pd.api.types.is_integer_dtype(dtype):
        return FieldType.Int
    if pd.api.types.is_float_dtype(dtype):
        return FieldType.Double
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return FieldType.Date
    return FieldType.String


def fields_for(frame, types=None):
    """QgsFields for ``frame's columns; ``types`` overrides a column's type (a ``FieldType``)."""
    types = types or {}
    fields = QgsFields()
    for name in frame.columns:
        fields.append(QgsField(str(name), types.get(name, qvariant_type(frame[name].dtype))))
    return fields


# NULL as an invalid QVariant, not Python None: PyQGIS turns None into a NULL of the
# field's type, which Qt compares equal to 0 (or ""), and QGIS 3.22's PostgreSQL provider
# writes a value it finds in every feature of a batch as a literal: a column of zeros and
# NULLs (masked cells beside zeros) came back all 0, or all NULL.
_NULL = QVariant()


def _python_column(series, qtype):
    """A column as a list of Python values QGIS accepts, ``_NULL`` for missing: converted
    once per column (and once per distinct date), not once per cell."""
    missing = series.isna().to_numpy()
    if qtype == FieldType.Date:
        codes, uniques = pd.factorize(series)
        dates = [QDate(d.year, d.month, d.day) for d in uniques] + [_NULL]
        return [dates[c] for c in codes]
    if qtype in (FieldType.Int, FieldType.LongLong):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        out = np.nan_to_num(values).astype(np.int64).astype(object)
    elif qtype == FieldType.Double:
        out = series.to_numpy(dtype="float64", na_value=np.nan).astype(object)
    elif qtype == FieldType.Bool:
        out = series.to_numpy(dtype=object, na_value=None)
        out = np.array([None if v is None else bool(v) for v in out], dtype=object)
    else:
        out = series.to_numpy(dtype=object)
        out = np.array([v if isinstance(v, str) else (None if v is None else str(v)) for v in out],
                       dtype=object)
    out[missing] = _NULL
    return out.tolist()


def write_frame(sink, frame, fields, geometries=None, feedback=None, progress=(0, 100)):
    """Add one feature per row of ``frame`` (columns in the order of ``fields``).

    ``geometries`` is a list of ``QgsGeometry`` (or None) aligned with the rows.
    Returns False when the user cancelled.
    """
    names = fields.names()
    columns = [_python_column(frame[n], fields.field(n).type()) for n in names]
    total = len(frame)
    start, end = progress
    batch = []
    for i, values in enumerate(zip(*columns)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        if geometries is not None and geometries[i] is not None:
            feature.setGeometry(geometries[i])
        batch.append(feature)
        if len(batch) >= BATCH:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
            if feedback is not None:
                if feedback.isCanceled():
                    return False
                feedback.setProgress(start + (end - start) * (i + 1) / max(total, 1))
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
    if feedback is not None:
        feedback.setProgress(end)
    return True


def geometry_from_wkb(wkb, multi=False):
    """A QgsGeometry from WKB (None stays None); ``multi`` for a multi-type output layer."""
    if wkb is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(wkb))
    if multi and not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry
