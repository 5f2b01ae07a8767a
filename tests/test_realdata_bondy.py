"""Real public data of Bondy (domain.md section 7): RPLS 2022 address points in
Lambert-93, aggregated to the IRIS polygons of Bondy in WGS84.

The expected counts are made here by an independent route: OGR reads the points,
a dict keeps the first row of each ``cle`` (the addresses repeat across programmes),
pyproj projects them to WGS84 and shapely tests them against each IRIS.
"""

import pytest
from osgeo import ogr
from pyproj import Transformer
from shapely import wkb
from shapely.geometry import Point

from conftest import REALDATA

BONDY = REALDATA / "bondy"
pytestmark = pytest.mark.skipif(not (BONDY / "RPLS.gpkg").exists(), reason="shared/realdata not present")


def independent_counts():
    dataset = ogr.Open(str(BONDY / "RPLS.gpkg"))
    layer = dataset.GetLayerByName("rpls2022")
    first = {}
    for feature in layer:  # FID order: the first row of a repeated address is kept
        key = feature.GetField("cle")
        if key not in first:
            geometry = feature.GetGeometryRef()
            first[key] = (feature.GetField("appartement"), geometry.GetX(), geometry.GetY())
    to_wgs84 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    iris_dataset = ogr.Open(str(BONDY / "iris" / "georef-france-iris-millesime.shp"))
    iris = [(f.GetField("iris_code"), wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())))
            for f in iris_dataset.GetLayer(0)]
    counts = {code: 0 for code, _ in iris}
    outside = 0
    for dwellings, x, y in first.values():
        lon, lat = to_wgs84.transform(x, y)
        point = Point(lon, lat)
        code = next((c for c, polygon in iris if polygon.intersects(point)), None)
        if code is None:
            outside += dwellings
        else:
            counts[code] += dwellings
    return counts, outside, len(first)


def test_rpls_points_to_iris_in_wgs84(run, tmp_path):
    expected, outside, addresses = independent_counts()
    assert addresses == 660 and sum(expected.values()) > 9000  # the data are what domain.md describes
    out = tmp_path / "iris.gpkg"
    _, feedback = run("peuplement:indicateurs_parc", {
        "LOGEMENTS": "{}|layername=rpls2022".format(BONDY / "RPLS.gpkg"),
        "MAPPING": "logement_id=cle;nb_logements=appartement;residence_id=Nom.du.Programme",
        "LEVEL": 4, "UNITS": str(BONDY / "iris" / "georef-france-iris-millesime.shp"), "UNIT_ID": "iris_code",
        "REFERENCE_DATE": "2022-01-01", "OUTPUT": str(out)})
    dataset = ogr.Open(str(out))
    got = {f.GetField("iris_code"): f.GetField("nb_logements") for f in dataset.GetLayer(0)}
    assert got == expected
    assert "reprojected" in feedback.log
    # 714 rows, 660 distinct addresses: the repeats are set aside and said so
    assert "identifiant en double" in feedback.log and "54 ligne(s)" in feedback.log
    if outside:
        assert "{} dwelling(s) reach no unit".format(outside) in feedback.log


def test_address_points_outside_the_footprints_are_counted_out(run, tmp_path):
    """BD TOPO footprints: many RPLS address points lie on the street, outside any
    building. They must be reported, not silently dropped or put in a neighbour."""
    dataset = ogr.Open(str(BONDY / "bat.shp"))
    footprints = [(f.GetField("ID"), wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())))
                  for f in dataset.GetLayer(0)]
    minx = min(p.bounds[0] for _, p in footprints)
    miny = min(p.bounds[1] for _, p in footprints)
    maxx = max(p.bounds[2] for _, p in footprints)
    maxy = max(p.bounds[3] for _, p in footprints)
    rpls_dataset = ogr.Open(str(BONDY / "RPLS.gpkg"))  # kept alive while its layer is read
    rpls = rpls_dataset.GetLayerByName("rpls2022")
    first = {}
    for feature in rpls:
        if feature.GetField("cle") not in first:
            g = feature.GetGeometryRef()
            first[feature.GetField("cle")] = (feature.GetField("appartement"), g.GetX(), g.GetY())
    expected = {}
    outside = 0
    for dwellings, x, y in first.values():
        point = Point(x, y)
        code = next((c for c, polygon in footprints if polygon.intersects(point)), None)
        if code is None:
            outside += dwellings
        else:
            expected[code] = expected.get(code, 0) + dwellings
    assert minx < maxx and miny < maxy and outside > 0  # the quirk is really in the data

    out = tmp_path / "batiments.gpkg"
    _, feedback = run("peuplement:indicateurs_parc", {
        "LOGEMENTS": "{}|layername=rpls2022".format(BONDY / "RPLS.gpkg"),
        "MAPPING": "logement_id=cle;nb_logements=appartement", "LEVEL": 1, "JOIN_METHOD": 2,
        "UNITS": str(BONDY / "bat.shp"), "UNIT_ID": "ID", "KEEP_EMPTY": False,
        "REFERENCE_DATE": "2022-01-01", "OUTPUT": str(out)})
    output = ogr.Open(str(out))
    got = {f.GetField("ID"): f.GetField("nb_logements") for f in output.GetLayer(0)}
    assert got == expected
    assert "{} dwelling(s) reach no unit".format(outside) in feedback.log
