"""Large outputs written to a GeoPackage in bulk (bridge/bulk.py) are, cell by cell, the
layers QGIS's own feature sink writes; a cancelled bulk write leaves nothing."""

import sqlite3
import struct

import pytest
from osgeo import ogr


def _dump(path, table):
    """Schema, attributes in FID order, geometries as WKB, the layer's type, SRS and extent."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(table)
    definition = layer.GetLayerDefn()
    schema = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType(),
               definition.GetFieldDefn(i).GetSubType()) for i in range(definition.GetFieldCount())]
    geometries = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        geometries.append(None if geometry is None else bytes(geometry.ExportToIsoWkb()))
    kind, extent = layer.GetGeomType(), layer.GetExtent()
    srs = layer.GetSpatialRef().GetAuthorityCode(None) if layer.GetSpatialRef() else None
    dataset = None
    connection = sqlite3.connect(str(path))
    try:
        columns = ", ".join('"{}"'.format(name) for name, _, _ in schema)
        rows = connection.execute('SELECT fid, {} FROM "{}" ORDER BY fid'.format(columns, table)).fetchall()
    finally:
        connection.close()
    return {"schema": schema, "rows": rows, "geometries": geometries, "kind": kind, "srs": srs,
            "extent": extent}


@pytest.mark.parametrize("level, units, unit_id", [(1, "batiments", "batiment_id"), (2, "residences", "residence_id"),
                                                   (3, "ilots", "ilot_id")])
def test_unit_layer_in_bulk_same_as_qgis_sink(provider, territoire, tmp_path, level, units, unit_id):
    """indicateurs_parc at building, résidence and îlot level on the sample territory: the
    .gpkg file written in bulk and the same output through QGIS's sink (an ``ogr:``
    destination) agree on the schema, every cell, every geometry, type, SRS and extent."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    bulk_path, sink_path = tmp_path / "parc.gpkg", tmp_path / "puits.gpkg"
    for output in (str(bulk_path), "ogr:dbname='{}' table=\"parc\" (geom)".format(sink_path)):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run("peuplement:indicateurs_parc", {
            "LOGEMENTS": territoire.path("rpls_2024.csv"), "LEVEL": level, "UNITS": territoire.layer(units),
            "UNIT_ID": unit_id, "BATIMENTS": territoire.layer("batiments"), "REFERENCE_DATE": "2024-01-01",
            "OUTPUT": output}, context=context, feedback=QgsProcessingFeedback())
    bulk, sink = _dump(bulk_path, "parc"), _dump(sink_path, "parc")
    assert bulk["rows"] and bulk["rows"] == sink["rows"]
    assert bulk["schema"] == sink["schema"]
    assert bulk["geometries"] == sink["geometries"] and None not in bulk["geometries"]
    assert (bulk["kind"], bulk["srs"]) == (sink["kind"], sink["srs"]) == (ogr.wkbMultiPolygon, "2154")
    assert bulk["extent"] == pytest.approx(sink["extent"], abs=1e-6)
    # Every dwelling of the territory in exactly one unit: the counts add up to the RPLS.
    index = [name for name, _, _ in bulk["schema"]].index("nb_logements") + 1
    assert sum(row[index] for row in bulk["rows"]) == territoire.meta["effectifs"]["rpls_2024"]
    # The spatial index GDAL built finds the features.
    dataset = ogr.Open(str(bulk_path))
    layer = dataset.GetLayerByName("parc")
    minx, maxx, miny, maxy = layer.GetExtent()
    layer.SetSpatialFilterRect(minx, miny, maxx, maxy)
    assert layer.GetFeatureCount() == len(bulk["rows"])


def test_cancelled_bulk_write_leaves_nothing(provider, territoire, tmp_path):
    """Cancel pressed while the rows go in: no output, no temporary file."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from peuplement_plugin.bridge import bulk

    class CancelWhenWriting(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            # import_table writes its canonical table between 60 % and 95 % of the run
            if 60 < progress < 95:
                self.cancel()
            super().setProgress(progress)

    original = bulk.BATCH
    bulk.BATCH = 500  # several batches on the 6,000 dwellings: the cancel falls between two
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run("peuplement:import_table", {
            "INPUT": territoire.path("rpls_2024.csv"), "KIND": 0, "OUTPUT": str(tmp_path / "logements.gpkg"),
            "REPORT": "TEMPORARY_OUTPUT"}, context=context, feedback=CancelWhenWriting())
    finally:
        bulk.BATCH = original
    assert results == {}
    assert list(tmp_path.iterdir()) == []


def test_single_geometries_made_multi():
    """A polygon's WKB becomes a one-part multipolygon (type 3 → 6, then 1 part, then the
    polygon itself), as QgsGeometry.convertToMultiType does; multi types stay as they are."""
    from peuplement_plugin.bridge import bulk

    polygon = ogr.CreateGeometryFromWkt("POLYGON ((0 0,1 0,1 1,0 0))")
    multi = bulk._as_multi(bytes(polygon.ExportToIsoWkb()))
    assert multi[:1] == b"\x01" and struct.unpack("<II", multi[1:9]) == (6, 1)
    assert ogr.CreateGeometryFromWkb(multi).ExportToWkt() == "MULTIPOLYGON (((0 0,1 0,1 1,0 0)))"
    line_z = bytes(ogr.CreateGeometryFromWkt("LINESTRING Z (0 0 1,1 1 2)").ExportToIsoWkb())
    assert ogr.CreateGeometryFromWkb(bulk._as_multi(line_z)).ExportToIsoWkt() == \
        "MULTILINESTRING Z ((0 0 1,1 1 2))"
    already = bytes(ogr.CreateGeometryFromWkt("MULTIPOINT ((1 2))").ExportToIsoWkb())
    assert bulk._as_multi(already) == already


def test_flow_tables_in_bulk_same_as_qgis_sink(provider, territoire, tmp_path):
    """peuplement:flux on the sample territory: the OD, motive and series tables written in
    bulk to .gpkg files equal, cell by cell, the same tables through QGIS's sink."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    tables = ("OUTPUT_OD", "OUTPUT_MOTIFS", "OUTPUT_SERIES")
    dumps = []
    for way in ("bulk", "puits"):
        outputs = {name: (str(tmp_path / "{}_{}.gpkg".format(way, name.lower())) if way == "bulk" else
                          "ogr:dbname='{}' table=\"{}\" (geom)".format(tmp_path / "{}_{}.gpkg".format(
                              way, name.lower()), "{}_{}".format(way, name.lower())))
                   for name in tables}
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run("peuplement:flux", dict({
            "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
            "DEPARTS": territoire.path("departs_2021_2024.csv"), "LOGEMENTS": territoire.path("rpls_2024.csv"),
            "LEVEL": 3, "UNITS": territoire.layer("ilots"), "UNIT_ID": "ilot_id",
            "BATIMENTS": territoire.layer("batiments"), "PERIOD_START": "2021-01-01", "PERIOD_END": "2024-12-31",
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_FLOWS": "TEMPORARY_OUTPUT"}, **outputs),
            context=context, feedback=QgsProcessingFeedback())
        dumps.append([_dump(tmp_path / "{}_{}.gpkg".format(way, name.lower()), "{}_{}".format(way, name.lower()))
                      for name in tables])
    for bulk, sink in zip(*dumps):
        assert bulk["rows"] and bulk["rows"] == sink["rows"]
        assert bulk["schema"] == sink["schema"]


@pytest.mark.parametrize("group_by", [1, 4])
def test_attribution_points_in_bulk_same_as_qgis_sink(provider, territoire, tmp_path, group_by):
    """peuplement:objectifs_attribution on the sample territory: the attribution points (one
    per household, internal use) written in bulk equal QGIS's sink output: every cell, the
    True / False / NULL of en_qpv and q1, every point."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    dumps = []
    for way in ("bulk", "puits"):
        path = tmp_path / "{}_{}.gpkg".format(way, group_by)
        output = str(path) if way == "bulk" else "ogr:dbname='{}' table=\"{}\" (geom)".format(path, path.stem)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run("peuplement:objectifs_attribution", {
            "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
            "LOGEMENTS": territoire.path("rpls_2024.csv"), "QPV": territoire.layer("qpv"), "QPV_ID": "code_qpv",
            "EPCI": "200099999", "GROUP_BY": group_by, "USAGE_INTERNE": True, "Q1_THRESHOLD": 9000,
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_THRESHOLDS": "TEMPORARY_OUTPUT", "OUTPUT_ATTRIBUTIONS": output,
            "OUTPUT_REPORT": str(tmp_path / "rapport_{}_{}.html".format(way, group_by))},
            context=context, feedback=QgsProcessingFeedback())
        dumps.append(_dump(path, path.stem))
    bulk, sink = dumps
    assert bulk["rows"] and bulk["rows"] == sink["rows"]
    assert bulk["schema"] == sink["schema"]
    assert bulk["geometries"] == sink["geometries"]
    assert (bulk["kind"], bulk["srs"]) == (sink["kind"], sink["srs"])
    names = [name for name, _, _ in bulk["schema"]]
    flags = {row[names.index("en_qpv") + 1] for row in bulk["rows"]}
    assert flags <= {0, 1, None} and {0, 1} <= flags


def test_point_wkb_by_hand():
    """WKB of POINT (1.5 -2): byte order 1, type 1 (little-endian uint32), x, y as doubles;
    None where a coordinate is missing."""
    from peuplement_plugin.bridge import bulk

    points = bulk.point_wkb([1.5, float("nan")], [-2.0, 3.0])
    assert points[0] == b"\x01" + struct.pack("<I", 1) + struct.pack("<dd", 1.5, -2.0)
    assert points[1] is None
    assert ogr.CreateGeometryFromWkb(points[0]).ExportToWkt() == "POINT (1.5 -2)"
