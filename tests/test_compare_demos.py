"""scripts/compare_demos.py, which proves the demo chain gives the same figures on QGIS
3.22, 3.40 and 3.44, sees a changed figure, a missing row and a missing table."""

from osgeo import ogr

from scripts import compare_demos


def _gpkg(path, rows, extra_layer=False):
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("parc_qpv", None, ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("code_qpv", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("tx_vacance", ogr.OFTReal))
    for code, value in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("code_qpv", code)
        if value is not None:
            feature.SetField("tx_vacance", value)
        layer.CreateFeature(feature)
    if extra_layer:
        dataset.CreateLayer("flux_qpv", None, ogr.wkbNone)
    dataset = None
    return compare_demos.read_tables(path)


def test_same_figures_in_another_order(tmp_path):
    a = _gpkg(tmp_path / "a.gpkg", [("QN1", 3.2), ("QN2", None)])
    b = _gpkg(tmp_path / "b.gpkg", [("QN2", None), ("QN1", 3.2 + 1e-12)])
    assert compare_demos.differences(a, b) == []


def test_a_changed_figure_is_named(tmp_path):
    a = _gpkg(tmp_path / "a.gpkg", [("QN1", 3.2), ("QN2", 4.0)])
    b = _gpkg(tmp_path / "b.gpkg", [("QN1", 3.2), ("QN2", 4.1)])
    assert compare_demos.differences(a, b) == ["parc_qpv row 1 tx_vacance: 4.0 != 4.1"]


def test_missing_rows_and_tables(tmp_path):
    a = _gpkg(tmp_path / "a.gpkg", [("QN1", 3.2), ("QN2", 4.0)], extra_layer=True)
    b = _gpkg(tmp_path / "b.gpkg", [("QN1", 3.2)])
    assert compare_demos.differences(a, b) == ["flux_qpv: only in the reference", "parc_qpv: 2 rows != 1"]
