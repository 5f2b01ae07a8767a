"""peuplement:fragilite on a hand layer (the numbers of tests/test_core_fragilite.py).

    ilot  nb_menages  part_chomage  n_chomage  tx_vacance  secret
    I1        20          10           20         30
    I2        40          20           40         10
    I3        20          30           10         20
    I4         5          90            5         90          <- under 11 households
    I5      NULL        NULL         NULL       NULL    true

Reference = I1..I3: both variables have mean 20 and population sd sqrt(200/3), so with
s = 10 / sqrt(200/3) = sqrt(1.5): z_part_chomage = (−s, 0, s), z_tx_vacance = (s, −s, 0).
"""

import math

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

ALG = "peuplement:fragilite"
S = math.sqrt(1.5)
ROWS = [
    ("I1", 20, 10.0, 20, 30.0, False),
    ("I2", 40, 20.0, 40, 10.0, False),
    ("I3", 20, 30.0, 10, 20.0, False),
    ("I4", 5, 90.0, 5, 90.0, False),
    ("I5", None, None, None, None, True),
]


def write_units(path, extra=()):
    """A GeoPackage of 5 îlots (100 m squares in a row) with the fields above, plus
    ``extra`` = [(name, value)] on every row."""
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("ilots", srs, ogr.wkbPolygon)
    for name, kind in (("ilot_id", ogr.OFTString), ("nb_menages", ogr.OFTInteger), ("part_chomage", ogr.OFTReal),
                       ("n_chomage", ogr.OFTInteger), ("tx_vacance", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    boolean = ogr.FieldDefn("secret", ogr.OFTInteger)
    boolean.SetSubType(ogr.OFSTBoolean)
    layer.CreateField(boolean)
    for name, value in extra:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for i, row in enumerate(ROWS):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(("ilot_id", "nb_menages", "part_chomage", "n_chomage", "tx_vacance", "secret"), row):
            if value is not None:
                feature.SetField(name, int(value) if isinstance(value, bool) else value)
        for name, value in extra:
            feature.SetField(name, value)
        x = 525000 + 120 * i
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON(({0} 6700000,{1} 6700000,{1} 6700100,{0} 6700100,{0} 6700000))".format(x, x + 100)))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def rows(path):
    dataset = ogr.Open(str(path))
    return {f.GetField("ilot_id"): f.items() for f in dataset.GetLayer(0)}


def test_index_by_hand_with_weights(run, tmp_path):
    source = write_units(tmp_path / "u.gpkg")
    out = tmp_path / "f.gpkg"
    _, feedback = run(ALG, {"INPUT": source, "UNIT_ID": "ilot_id", "VARIABLES": "part_chomage;tx_vacance",
                            "WEIGHTS": "part_chomage=3", "N_CLASSES": 3, "OUTPUT": str(out)})
    got = rows(out)
    assert [got[k]["z_part_chomage"] for k in ("I1", "I2", "I3")] == pytest.approx([-S, 0, S])
    assert [got[k]["z_tx_vacance"] for k in ("I1", "I2", "I3")] == pytest.approx([S, -S, 0])
    # (3 z_chomage + z_vacance) / 4: −s/2, −s/4, 3s/4
    assert [got[k]["indice_fragilite"] for k in ("I1", "I2", "I3")] == pytest.approx([-S / 2, -S / 4, 3 * S / 4])
    # ranks 1, 2, 3 of three values in 3 quantile classes
    assert [got[k]["classe_fragilite"] for k in ("I1", "I2", "I3")] == [1, 2, 3]
    assert [got[k]["fragile"] for k in ("I1", "I2", "I3")] == [False, False, True]
    assert got["I4"]["indice_fragilite"] is None and got["I4"]["fragile"] is None
    assert got["I4"]["motif_sans_indice"] == "moins de 11 ménages"
    assert got["I5"]["motif_sans_indice"] == "secret statistique"
    # every input field is kept
    assert got["I4"]["part_chomage"] == 90.0 and got["I2"]["n_chomage"] == 40
    assert "part_chomage (poids 3) : moyenne 20.000, écart-type 8.165" in feedback.log
    assert "Fragile units: I3." in feedback.log


def test_ratio_method(run, tmp_path):
    source = write_units(tmp_path / "u.gpkg")
    out = tmp_path / "f.gpkg"
    run(ALG, {"INPUT": source, "VARIABLES": "part_chomage;-tx_vacance", "METHOD": 1, "OUTPUT": str(out)})
    got = rows(out)
    # part_chomage: reference (10×20 + 20×40 + 30×10) / (20 + 40 + 10) = 1300 / 70, weighted by n_chomage;
    # tx_vacance has no nb_loues / nb_vacants here: by households (30×20 + 10×40 + 20×20) / 80 = 17.5
    assert got["I1"]["r_part_chomage"] == pytest.approx(100 * 10 * 70 / 1300)
    assert got["I1"]["r_tx_vacance"] == pytest.approx(200 - 100 * 30 / 17.5)
    assert "z_part_chomage" not in got["I1"]


def test_default_variables_absent_are_left_out_with_a_warning(run, tmp_path):
    source = write_units(tmp_path / "u.gpkg", extra=[("part_rev_inf_40", 40.0), ("part_monoparentales", 20.0),
                                                     ("part_apl", 50.0)])
    out = tmp_path / "f.gpkg"
    with pytest.raises(QgsProcessingException, match="part_rev_inf_40"):
        # the three added variables are constant: they cannot be standardised, and say so
        run(ALG, {"INPUT": source, "OUTPUT": str(out)})
    source = write_units(tmp_path / "v.gpkg")
    _, feedback = run(ALG, {"INPUT": source, "OUTPUT": str(out)})
    assert ("WARNING Default variable(s) absent from INPUT, left out of the index: part_rev_inf_40, "
            "part_monoparentales, part_apl, tx_rotation.") in feedback.log
    got = rows(out)
    # part_chomage and tx_vacance with equal weights: (−s + s)/2 = 0, (0 − s)/2, (s + 0)/2
    assert [got[k]["indice_fragilite"] for k in ("I1", "I2", "I3")] == pytest.approx([0, -S / 2, S / 2])


def test_a_named_variable_absent_is_an_error(run, tmp_path):
    source = write_units(tmp_path / "u.gpkg")
    with pytest.raises(QgsProcessingException, match="tx_rotation"):
        run(ALG, {"INPUT": source, "VARIABLES": "part_chomage;tx_rotation", "OUTPUT": str(tmp_path / "f.gpkg")})


def test_user_breaks_and_threshold(run, tmp_path):
    source = write_units(tmp_path / "u.gpkg")
    out = tmp_path / "f.gpkg"
    run(ALG, {"INPUT": source, "VARIABLES": "part_chomage", "CLASSES": 2, "BREAKS": "-1;0,5",
              "FRAGILE_THRESHOLD": -0.1, "OUTPUT": str(out)})
    got = rows(out)
    # z = −1.22, 0, 1.22: classes (≤ −1, ≤ 0.5, above) → 1, 2, 3; fragile above −0.1: I2, I3
    assert [got[k]["classe_fragilite"] for k in ("I1", "I2", "I3")] == [1, 2, 3]
    assert [got[k]["fragile"] for k in ("I1", "I2", "I3")] == [False, True, True]


def test_metadata_carries_the_references(qgis_app):
    from peuplement_plugin.core import fragilite
    from peuplement_plugin.processing.algorithms.fragilite import _metadata
    import pandas as pd

    frame = pd.DataFrame({"nb_menages": [20, 40, 20], "part_chomage": [10.0, 20.0, 30.0]})
    _, info = fragilite.fragilite(frame, [("part_chomage", 1)], n_classes=2)
    abstract = _metadata(fragilite.describe(info), 11, False).abstract()
    assert "part_chomage (poids 1) : moyenne 20.000" in abstract
    assert "Secret statistique" in abstract
