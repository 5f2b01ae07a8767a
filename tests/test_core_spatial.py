"""Locating dwellings in units (core/spatial.py, core/levels.py; domain.md 3.8 and 4).

Reprojection is checked against the Lambert-93 formulas written out here (IOGP guidance
note 7-2, Lambert conic conformal 2SP on GRS80) and against pyproj called directly, not
against the plugin's own numbers. No QGIS here.
"""

import math

import numpy as np
import pandas as pd
import pytest
from pyproj import CRS, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon, box

from peuplement_plugin.core import levels, spatial

# Paris, parvis de Notre-Dame (WGS84 lon, lat)
NOTRE_DAME = (2.3499, 48.8530)
# Tour Eiffel, 3.9 km west
EIFFEL = (2.2945, 48.8584)


def lambert93(lon, lat):
    """EPSG:2154 from geographic RGF93 (≈ WGS84 to well under a metre), by the textbook formulas.

    Lambert conic conformal 2SP: φ1 = 49°, φ2 = 44°, φ0 = 46.5°, λ0 = 3°, E0 = 700 000,
    N0 = 6 600 000; GRS80 a = 6 378 137, 1/f = 298.257222101.
    """
    a, f = 6378137.0, 1 / 298.257222101
    e = math.sqrt(2 * f - f * f)

    def m(phi):
        return math.cos(phi) / math.sqrt(1 - (e * math.sin(phi)) ** 2)

    def t(phi):
        return math.tan(math.pi / 4 - phi / 2) / ((1 - e * math.sin(phi)) / (1 + e * math.sin(phi))) ** (e / 2)

    phi1, phi2, phi0, lam0 = map(math.radians, (49.0, 44.0, 46.5, 3.0))
    n = (math.log(m(phi1)) - math.log(m(phi2))) / (math.log(t(phi1)) - math.log(t(phi2)))
    big_f = m(phi1) / (n * t(phi1) ** n)

    def r(phi):
        return a * big_f * t(phi) ** n

    theta = n * (math.radians(lon) - lam0)
    return (700000 + r(math.radians(lat)) * math.sin(theta),
            6600000 + r(phi0) - r(math.radians(lat)) * math.cos(theta))


def test_hand_formula_sanity():
    # The projection origin (3°E, 46.5°N) maps to the false origin (700 000, 6 600 000).
    x, y = lambert93(3.0, 46.5)
    assert x == pytest.approx(700000, abs=1e-6) and y == pytest.approx(6600000, abs=1e-6)


# =========================================================================== reprojection


def test_transform_wgs84_to_lambert93_known_point():
    x, y = spatial.transform_points([NOTRE_DAME[0]], [NOTRE_DAME[1]], "EPSG:4326", "EPSG:2154")
    hand_x, hand_y = lambert93(*NOTRE_DAME)
    # ≈ x 652 297, y 6 861 636 (Lambert-93), tolerance 5 m
    assert x[0] == pytest.approx(hand_x, abs=5)
    assert y[0] == pytest.approx(hand_y, abs=5)
    assert x[0] == pytest.approx(652297, abs=5) and y[0] == pytest.approx(6861636, abs=5)
    # pyproj with the authority axis order of EPSG:4326 (lat, lon): same point
    direct = Transformer.from_crs("EPSG:4326", "EPSG:2154")
    px, py = direct.transform(NOTRE_DAME[1], NOTRE_DAME[0])
    assert (x[0], y[0]) == pytest.approx((px, py), abs=0.01)


def test_transform_lambert93_to_wgs84_and_back():
    hand_x, hand_y = lambert93(*NOTRE_DAME)
    lon, lat = spatial.transform_points(np.array([hand_x]), np.array([hand_y]), "EPSG:2154", "EPSG:4326")
    # x is the longitude, y the latitude (GIS order), whatever the CRS's axis order
    # 5 m ≈ 5 / 111 000 ≈ 4.5e-5 degree
    assert lon[0] == pytest.approx(NOTRE_DAME[0], abs=4.5e-5)
    assert lat[0] == pytest.approx(NOTRE_DAME[1], abs=4.5e-5)
    back_x, back_y = spatial.transform_points(lon, lat, "EPSG:4326", "EPSG:2154")
    assert back_x[0] == pytest.approx(hand_x, abs=0.01) and back_y[0] == pytest.approx(hand_y, abs=0.01)


def test_transform_accepts_wkt_and_same_crs_is_identity():
    wkt = CRS.from_epsg(2154).to_wkt()
    assert spatial.same_crs("EPSG:2154", wkt)
    assert not spatial.same_crs("EPSG:2154", "EPSG:4326")
    x, y = spatial.transform_points([652297.0, np.nan], [6861636.0, 1.0], wkt, "EPSG:2154")
    assert x[0] == 652297.0 and y[0] == 6861636.0
    assert np.isnan(x[1])
    x, y = spatial.transform_points([NOTRE_DAME[0]], [NOTRE_DAME[1]], CRS.from_epsg(4326).to_wkt(), wkt)
    assert (x[0], y[0]) == pytest.approx(lambert93(*NOTRE_DAME), abs=5)


def test_transform_many_points_vectorised():
    # 1000 points along a line: each one equals the hand formula
    lons = np.linspace(2.30, 2.40, 1000)
    lats = np.linspace(48.82, 48.88, 1000)
    x, y = spatial.transform_points(lons, lats, "EPSG:4326", "EPSG:2154")
    for i in (0, 499, 999):
        assert (x[i], y[i]) == pytest.approx(lambert93(lons[i], lats[i]), abs=5)


# =========================================================================== point in polygon


WEST = box(0, 0, 10, 10)
EAST = box(10, 0, 20, 10)


def test_points_in_two_adjacent_squares_shared_edge_counted_once():
    xs = [5, 15, 10, 10, 25, 0, 20, 10, 5]
    ys = [5, 5, 5, 10, 5, 0, 10, 0, 11]
    # (5,5) west; (15,5) east; (10,5) on the shared edge → once, in the first polygon (west);
    # (10,10) shared corner → west; (25,5) outside; (0,0) outer corner of west → west;
    # (20,10) outer corner of east → east; (10,0) shared corner → west; (5,11) above → outside
    result = spatial.points_in_polygons(xs, ys, [WEST, EAST])
    assert result.tolist() == [0, 1, 0, 0, -1, 0, 1, 0, -1]
    # each point in at most one polygon: the counts add up to the points inside (7)
    counts = np.bincount(result[result >= 0], minlength=2)
    assert counts.tolist() == [5, 2] and counts.sum() == 7


def test_shared_edge_goes_to_the_first_polygon_in_the_given_order():
    result = spatial.points_in_polygons([10], [5], [EAST, WEST])
    assert result.tolist() == [0]   # EAST is now first


def test_nan_and_infinite_coordinates_are_outside():
    xs = [np.nan, 5, np.inf, 5, None]
    ys = [5, np.nan, 5, -np.inf, 5]
    result = spatial.points_in_polygons(np.array(xs, dtype=float), ys, [WEST])
    assert result.tolist() == [-1, -1, -1, -1, -1]


def test_polygon_with_hole_and_island():
    donut = Polygon([(0, 0), (30, 0), (30, 30), (0, 30)], holes=[[(10, 10), (20, 10), (20, 20), (10, 20)]])
    island = box(10, 10, 20, 20)
    # (15,15) in the hole; (5,5) in the ring; (10,15) on the hole's edge
    alone = spatial.points_in_polygons([15, 5, 10], [15, 5, 15], [donut])
    assert alone.tolist() == [-1, 0, 0]
    both = spatial.points_in_polygons([15, 5, 10], [15, 5, 15], [donut, island])
    assert both.tolist() == [1, 0, 0]   # hole → island; the edge point once, in the first


def test_multipolygon_none_and_empty_polygons():
    multi = MultiPolygon([box(0, 0, 1, 1), box(5, 5, 6, 6)])
    result = spatial.points_in_polygons([0.5, 5.5, 3], [0.5, 5.5, 3], [None, Polygon(), multi])
    assert result.tolist() == [2, 2, -1]


def test_points_in_polygons_matches_a_grid_computed_by_hand():
    # 4 × 4 grid of 25 m squares, polygon k = row * 4 + col for the square [25 col, 25 (col+1)] ×
    # [25 row, 25 (row+1)]; random points inside [0, 100)², offset by a Lambert-93 origin.
    rng = np.random.default_rng(7)
    x0, y0 = 652000.0, 6861000.0
    squares = [box(x0 + 25 * c, y0 + 25 * r, x0 + 25 * (c + 1), y0 + 25 * (r + 1))
               for r in range(4) for c in range(4)]
    px = rng.uniform(0, 100, 5000)
    py = rng.uniform(0, 100, 5000)
    result = spatial.points_in_polygons(px + x0, py + y0, squares)
    expected = (py // 25).astype(int) * 4 + (px // 25).astype(int)
    assert (result == expected).all()


def test_empty_point_list_and_no_polygons():
    assert spatial.points_in_polygons([], [], [WEST]).tolist() == []
    assert spatial.points_in_polygons([5], [5], []).tolist() == [-1]


def test_feedback_progress_and_cancel():
    seen = []
    result = spatial.points_in_polygons([5, 15], [5, 5], [WEST, EAST], feedback=lambda p: seen.append(p))
    assert result.tolist() == [0, 1]
    assert seen == [0.0, 0.5]   # called before each of the 2 polygons with i / 2
    assert spatial.points_in_polygons([5], [5], [WEST, EAST], feedback=lambda p: True) is None


def test_representative_points_inside_an_l_shape():
    # The centroid of this L (≈ (3.33, 3.33)) lies outside it; the representative point does not.
    l_shape = Polygon([(0, 0), (10, 0), (10, 2), (2, 2), (2, 10), (0, 10)])
    assert not l_shape.contains(l_shape.centroid)
    xs, ys = spatial.representative_points([l_shape, Point(3, 4), None])
    assert l_shape.contains(Point(xs[0], ys[0]))
    assert (xs[1], ys[1]) == (3, 4)
    assert np.isnan(xs[2]) and np.isnan(ys[2])


# =========================================================================== levels


def test_level_ids_of_the_public_interface():
    # domain.md 8, LEVEL of peuplement:indicateurs_parc, in this order (an enum index in saved models)
    assert levels.LEVEL_IDS[:8] == ("etage", "batiment", "residence", "ilot", "iris", "qpv", "commune", "epci")


def test_assign_by_key_numeric_and_text_ids_meet():
    # IRIS codes read as numbers on one side, as text on the other
    keys = pd.Series([372610101, 372610102, None], dtype=object)
    assert levels.assign_by_key(keys, ["372610101"]).tolist() == ["372610101", None, None]
    text_keys = pd.Series(["372610101", " 372610102 ", "999"])
    assert levels.assign_by_key(text_keys, [372610101, 372610102]).tolist() == \
        ["372610101", "372610102", None]
    # a float column (NULLs made it float) loses its ".0"
    float_keys = pd.Series([37261.0, np.nan])
    assert levels.assign_by_key(float_keys, ["37261"]).tolist() == ["37261", None]


def test_assign_by_key_text_with_point_zero_meets_integer_id():
    # levels.normalise_keys documents: 37901 and "37901" and "37901.0" meet.
    # "37901.0" as text is what a spreadsheet or a QGIS real field converted to text gives.
    assert levels.assign_by_key(pd.Series(["37901.0", "37901", 37901], dtype=object), [37901]).tolist() == \
        ["37901", "37901", "37901"]


def test_assign_by_key_without_units_gives_normalised_keys():
    result = levels.assign_by_key(pd.Series([" B1 ", "", None, 12], dtype=object))
    assert result.tolist() == ["B1", None, None, "12"]


def test_assign_by_key_ignores_input_index():
    keys = pd.Series(["A", "B"], index=[7, 3])
    result = levels.assign_by_key(keys, ["B"])
    assert result.tolist() == [None, "B"]


def test_key_coverage():
    # known keys A, B, C (NULL ignored); units A, B → 2 / 3
    assert levels.key_coverage(pd.Series(["A", "B", "C", None]), ["A", "B"]) == pytest.approx(2 / 3)
    assert levels.key_coverage(pd.Series([None, None], dtype=object), ["A"]) == 0.0


def test_assign_by_location_reprojects_points_to_units_crs():
    # One unit: a 200 m square around Notre-Dame in Lambert-93, id 101 (a number).
    x, y = lambert93(*NOTRE_DAME)
    square = box(x - 100, y - 100, x + 100, y + 100)
    result = levels.assign_by_location([NOTRE_DAME[0], EIFFEL[0], np.nan], [NOTRE_DAME[1], EIFFEL[1], np.nan],
                                       "EPSG:4326", [square], [101], "EPSG:2154")
    # Notre-Dame inside; the Eiffel tower 3.9 km away outside; no coordinates → none
    assert result.tolist() == ["101", None, None]


def test_assign_by_location_cancel():
    assert levels.assign_by_location([1], [1], "EPSG:2154", [WEST], ["W"], "EPSG:2154",
                                     feedback=lambda p: True) is None


def test_via_buildings():
    dwelling_buildings = pd.Series(["B1", "B2", "B9", None, "B1", "B3"], index=[10, 11, 12, 13, 14, 15])
    building_ids = ["B1", "B2", "B2", "B3"]          # B2 twice: the first row wins
    building_units = ["I1", "I2", "I3", None]        # B3 lies in no îlot
    result = levels.via_buildings(dwelling_buildings, building_ids, building_units)
    assert result.tolist() == ["I1", "I2", None, None, "I1", None]


def test_via_buildings_numeric_building_ids_meet_text_keys():
    result = levels.via_buildings(pd.Series(["1", "2", "3"]), pd.Series([1, 2]), pd.Series([37.0, 38.0]))
    assert result.tolist() == ["37", "38", None]


def test_etage_keys():
    buildings = pd.Series(["B1", "B1", "B2", None, "B3"], index=[5, 6, 7, 8, 9])
    floors = pd.Series([0, -1, 3, 2, None], dtype="Int64")   # index 0..4: aligned by position
    assert levels.etage_keys(buildings, floors).tolist() == ["B1|0", "B1|-1", "B2|3", None, None]


def test_etage_keys_float_floors_have_no_point_zero():
    assert levels.etage_keys(pd.Series(["B"]), pd.Series([3.0])).tolist() == ["B|3"]
