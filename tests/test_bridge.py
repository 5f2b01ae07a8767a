"""The bridge reads the same values through GDAL's Arrow stream (OGR layers) and through
a feature request (other providers), NULL as None/NaN."""

import datetime as dt

import pandas as pd
import pytest
from osgeo import ogr

VALUES = [  # text with accents, integer, real, boolean, date; None = NULL
    ("Érable", 1, 1.5, True, "2023-01-02"),
    (None, None, None, None, None),
    ("Cœur", 3, 2.25, False, "2024-02-29"),
    ("b", 4, None, True, None),
] * 5


@pytest.fixture()
def gpkg(tmp_path):
    path = tmp_path / "t.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("t", None, ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("texte", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("entier", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("reel", ogr.OFTReal))
    boolean = ogr.FieldDefn("booleen", ogr.OFTInteger)
    boolean.SetSubType(ogr.OFSTBoolean)
    layer.CreateField(boolean)
    layer.CreateField(ogr.FieldDefn("jour", ogr.OFTDate))
    for row in VALUES:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(("texte", "entier", "reel", "booleen", "jour"), row):
            if value is not None:
                feature.SetField(name, int(value) if isinstance(value, bool) else value)
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def as_python(frame):
    rows = []
    for record in frame.itertuples(index=False):
        row = []
        for value in record:
            if value is None or value is pd.NA or (not isinstance(value, str) and value != value):
                row.append(None)
            elif hasattr(value, "date"):
                row.append(value.date().isoformat())
            elif isinstance(value, dt.date):
                row.append(value.isoformat())
            else:
                row.append(value.item() if hasattr(value, "item") else value)
        rows.append(tuple(row))
    return rows


def test_arrow_and_feature_paths_agree(qgis_app, gpkg):
    from qgis.core import QgsVectorLayer

    from peuplement_plugin.bridge.frames import _read_features, layer_to_frame

    layer = QgsVectorLayer(gpkg + "|layername=t", "t", "ogr")
    arrow = layer_to_frame(layer)
    generic = _read_features(layer, None, False)
    # QGIS shows the GeoPackage's fid as a field: both paths give it, first.
    assert list(arrow.columns) == list(generic.columns) == ["fid", "texte", "entier", "reel", "booleen", "jour"]
    expected = [(i + 1,) + row for i, row in enumerate(VALUES)]
    assert as_python(arrow) == expected
    assert as_python(generic) == expected


def test_arrow_path_keeps_subset_filter(qgis_app, gpkg):
    from qgis.core import QgsVectorLayer

    from peuplement_plugin.bridge.frames import layer_to_frame

    layer = QgsVectorLayer(gpkg + "|layername=t", "t", "ogr")
    layer.setSubsetString('"entier" >= 3')
    frame = layer_to_frame(layer, columns=["texte", "booleen"])
    assert as_python(frame) == [("Cœur", False), ("b", True)] * 5


@pytest.mark.parametrize("with_field", [True, False])
def test_geometries_alone(qgis_app, tmp_path, with_field):
    """GDAL 3.6 gives empty geometries through Arrow when every field is ignored: reading
    the geometries alone (``columns=[]``) must still give them, with or without fields."""
    from qgis.core import QgsVectorLayer
    from shapely import wkb

    from peuplement_plugin.bridge.frames import GEOMETRY, layer_to_frame

    path = tmp_path / "g.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("g", None, ogr.wkbPolygon)
    if with_field:
        layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    squares = ["POLYGON ((0 0,1 0,1 1,0 1,0 0))", "POLYGON ((5 5,7 5,7 7,5 7,5 5))"]
    for wkt in squares:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    frame = layer_to_frame(QgsVectorLayer(str(path) + "|layername=g", "g", "ogr"), columns=[], with_geometry=True)
    assert list(frame.columns) == [GEOMETRY]
    assert [wkb.loads(bytes(w)).area for w in frame[GEOMETRY]] == [1.0, 4.0]


def test_booleans_read_in_bulk_match_feature_path(qgis_app, gpkg, monkeypatch):
    """GeoPackage booleans come through one SQL query (GDAL 3.6's Arrow stream garbles them),
    matched on the FID: with gaps in the FIDs, a subset, and points, the values are those of
    QGIS's own feature iterator, and no feature is read one by one."""
    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    from peuplement_plugin.bridge import frames

    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = dataset.GetLayerByName("t")
    for fid in (2, 5, 6, 11):  # gaps in the FIDs: rows must be matched, not zipped
        layer.DeleteFeature(fid)
    dataset = None
    calls = []
    original = frames._booleans_by_sql
    monkeypatch.setattr(frames, "_booleans_by_sql", lambda *a: calls.append(a) or original(*a))
    for subset in ("", '"entier" >= 3 OR "entier" IS NULL'):
        qgis_layer = QgsVectorLayer(gpkg + "|layername=t", "t", "ogr")
        qgis_layer.setSubsetString(subset)
        bulk = frames.layer_to_frame(qgis_layer, columns=["fid", "booleen", "texte"])
        assert as_python(bulk) == as_python(frames._read_features(qgis_layer, ["fid", "booleen", "texte"], False))
        assert str(bulk["booleen"].dtype) == "boolean"
    assert len(calls) == 2
    # Expected by hand: rows 1..20 cycle True, NULL, False, True (VALUES); 2, 5, 6, 11 deleted.
    qgis_layer = QgsVectorLayer(gpkg + "|layername=t", "t", "ogr")
    values = frames.layer_to_frame(qgis_layer, columns=["booleen"])["booleen"].tolist()
    cycle = [True, None, False, True]
    expected = [cycle[(fid - 1) % 4] for fid in range(1, 21) if fid not in (2, 5, 6, 11)]
    assert [None if v is pd.NA else v for v in values] == expected
