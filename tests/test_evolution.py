"""peuplement:evolution on two small hand-made indicator tables (and the core compare)."""

import numpy as np
import pandas as pd
import pytest
from osgeo import ogr, osr

from peuplement_plugin.core import evolution
from peuplement_plugin.core.errors import PeuplementError

BEFORE = pd.DataFrame({
    "ilot_id": ["A", "B", "D", "E"],
    "nb_menages": [40, 30, 20, 20],
    "part_monoparentales": [20.0, 10.0, 15.0, 25.0],
    "secret": [False, False, False, False],
})
AFTER = pd.DataFrame({
    "ilot_id": ["A", "C", "D", "E"],
    "nb_menages": [44, 12, 9, 30],
    "part_monoparentales": [25.0, 50.0, None, 30.0],
    "secret": [False, False, True, False],
})


def test_compare_by_hand():
    table = evolution.compare(BEFORE, AFTER, "ilot_id", ["nb_menages", "part_monoparentales"]).set_index("ilot_id")
    a = table.loc["A"]
    assert a["part_monoparentales_diff"] == pytest.approx(5.0)            # 25 − 20 points
    assert a["variation_effectif"] == pytest.approx(10.0)                 # (44 − 40) / 40
    assert a["comparable"] and a["presence"] == evolution.LES_DEUX
    assert table.loc["B", "presence"] == evolution.T0_SEULEMENT and pd.isna(table.loc["B", "part_monoparentales_t1"])
    assert table.loc["C", "presence"] == evolution.T1_SEULEMENT and not table.loc["C", "comparable"]
    assert table.loc["D", "secret"] and not table.loc["D", "comparable"]  # masked at t1
    assert table.loc["E", "variation_effectif"] == pytest.approx(50.0)    # 20 → 30 households
    assert table.loc["E", "effectif_instable"] and not table.loc["E", "comparable"]
    assert table.loc["E", "part_monoparentales_diff"] == pytest.approx(5.0)


def test_compare_errors():
    with pytest.raises(PeuplementError, match="code_iris"):
        evolution.compare(BEFORE, AFTER, "code_iris")
    doubled = pd.concat([BEFORE, BEFORE.iloc[:1]])
    with pytest.raises(PeuplementError, match="double.*A"):
        evolution.compare(doubled, AFTER, "ilot_id")


def write(path, frame, with_geometry=True):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("t", srs if with_geometry else None, ogr.wkbPolygon if with_geometry else ogr.wkbNone)
    types = {"ilot_id": ogr.OFTString, "nb_menages": ogr.OFTInteger, "part_monoparentales": ogr.OFTReal,
             "secret": ogr.OFTInteger}
    for name in frame.columns:
        field = ogr.FieldDefn(name, types[name])
        if name == "secret":
            field.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(field)
    for i, row in enumerate(frame.itertuples(index=False)):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(frame.columns, row):
            if value is not None and value == value:
                feature.SetField(name, int(value) if isinstance(value, (bool, np.bool_)) else value)
        if with_geometry:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                "POLYGON(({0} 0,{1} 0,{1} 10,{0} 10,{0} 0))".format(10 * i, 10 * i + 10)))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def test_algorithm(run, tmp_path):
    before = write(tmp_path / "t0.gpkg", BEFORE)
    after = write(tmp_path / "t1.gpkg", AFTER)
    out = tmp_path / "evolution.gpkg"
    _, feedback = run("peuplement:evolution", {"BEFORE": before, "AFTER": after, "UNIT_ID": "ilot_id",
                                               "OUTPUT": str(out)})
    dataset = ogr.Open(str(out))
    rows = {f.GetField("ilot_id"): (f.items(), f.GetGeometryRef()) for f in dataset.GetLayer(0)}
    assert set(rows) == {"A", "B", "C", "D", "E"}
    assert rows["A"][0]["part_monoparentales_diff"] == pytest.approx(5.0)
    assert rows["B"][0]["presence"] == evolution.T0_SEULEMENT and rows["B"][1] is not None  # geometry from t0
    assert rows["D"][0]["secret"] == 1 and rows["D"][0]["comparable"] == 0
    assert "5 unit(s): 3 on both sides, 1 at t0 only, 1 at t1 only; 1 comparable." in feedback.log


def test_renderer_colours_the_difference(run, tmp_path):
    from qgis.core import QgsRenderContext, QgsVectorLayer

    from peuplement_plugin.processing.renderers import evolution_renderer

    before = write(tmp_path / "t0.gpkg", BEFORE)
    after = write(tmp_path / "t1.gpkg", AFTER)
    out = tmp_path / "evolution.gpkg"
    run("peuplement:evolution", {"BEFORE": before, "AFTER": after, "UNIT_ID": "ilot_id",
                                 "VARIABLES": "part_monoparentales", "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "evolution", "ogr")
    renderer = evolution_renderer(layer)
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    found = {}
    for feature in layer.getFeatures():
        keys = renderer.legendKeysForFeature(feature, context)
        found[feature["ilot_id"]] = [labels[k] for k in keys if k in labels]
    renderer.stopRender(context)
    assert found["A"] == ["hausse de 5 à 10 pts"]          # 20 → 25 %: +5 points
    assert found["D"] == ["non comparable (secret, effectif instable, absent)"]
    assert found["B"] == ["non comparable (secret, effectif instable, absent)"]
