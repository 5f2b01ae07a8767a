"""Locating dwellings in units: reprojection and point-in-polygon, vectorised.

A million address points against ten thousand îlots: points are sorted by x once,
each polygon takes the slice of its bounding box with ``searchsorted`` and tests it
with ``shapely.intersects_xy`` (shapely 2; ``shapely.vectorized`` on shapely 1.8, where
it is the only vectorised test: it is deprecated in 2.1 and gone after). No Python loop
runs per point.
"""

import numpy as np
from pyproj import CRS, Transformer
from shapely.validation import make_valid

try:
    from shapely import intersects_xy, prepare
except ImportError:  # shapely 1.8
    from shapely import vectorized
    from shapely.prepared import prep

    def _inside_or_on(polygon, x, y):
        return vectorized.contains(prep(polygon), x, y) | vectorized.touches(polygon, x, y)
else:
    def _inside_or_on(polygon, x, y):
        prepare(polygon)  # cached on the geometry: built once per polygon
        return intersects_xy(polygon, x, y)

from .errors import PeuplementError


def same_crs(source, target):
    if not source or not target:
        # A layer without CRS cannot be put on the same map as the others: guessing one
        # would place every dwelling silently in the wrong unit.
        raise PeuplementError("Système de coordonnées absent : une des couches n'a pas de SCR défini ; "
                              "définissez-le (Propriétés de la couche > Source) avant la jointure.")
    return CRS.from_user_input(source) == CRS.from_user_input(target)


def transform_points(x, y, source, target):
    """Coordinates from ``source`` to ``target`` CRS (anything pyproj reads: WKT, "EPSG:2154")."""
    if same_crs(source, target):
        return np.asarray(x, dtype="float64"), np.asarray(y, dtype="float64")
    transformer = Transformer.from_crs(CRS.from_user_input(source), CRS.from_user_input(target),
                                       always_xy=True)
    tx, ty = transformer.transform(np.asarray(x, dtype="float64"), np.asarray(y, dtype="float64"))
    return np.asarray(tx), np.asarray(ty)


def points_in_polygons(x, y, polygons, feedback=None):
    """Index of the polygon holding each point, or -1.

    A point on the shared edge of two polygons goes to the first one, so each
    dwelling is counted once.
    """
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    result = np.full(len(x), -1, dtype=np.int64)
    valid = np.isfinite(x) & np.isfinite(y)
    candidates = np.flatnonzero(valid)
    order = candidates[np.argsort(x[candidates], kind="stable")]
    xs = x[order]
    total = max(len(polygons), 1)
    for i, polygon in enumerate(polygons):
        if feedback is not None:
            if feedback(i / total):
                return None
        if polygon is None or polygon.is_empty:
            continue
        minx, miny, maxx, maxy = polygon.bounds
        lo = np.searchsorted(xs, minx, side="left")
        hi = np.searchsorted(xs, maxx, side="right")
        if hi <= lo:
            continue
        slice_ = order[lo:hi]
        slice_ = slice_[(y[slice_] >= miny) & (y[slice_] <= maxy) & (result[slice_] < 0)]
        if len(slice_) == 0:
            continue
        # Inside or on the boundary: a point exactly on it belongs here too (contains()
        # would leave it out).
        inside = _inside_or_on(polygon, x[slice_], y[slice_])
        result[slice_[inside]] = i
    return result


def repair_polygons(polygons):
    """Polygons made valid (a self-intersecting îlot drawn as a bow tie keeps both its
    lobes); returns ``(polygons, invalid, empty)``, the positions of the geometries that were
    invalid and of those that are missing or empty."""
    repaired, invalid, empty = [], [], []
    for i, polygon in enumerate(polygons):
        if polygon is None or polygon.is_empty:
            empty.append(i)
            repaired.append(None)
            continue
        if not polygon.is_valid:
            invalid.append(i)
            polygon = make_valid(polygon)
        repaired.append(polygon)
    return repaired, invalid, empty


def representative_points(geometries):
    """A point surely inside each geometry (not the centroid, which can fall outside an L)."""
    xs = np.full(len(geometries), np.nan)
    ys = np.full(len(geometries), np.nan)
    for i, geometry in enumerate(geometries):
        if geometry is None or geometry.is_empty:
            continue
        point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
        xs[i], ys[i] = point.x, point.y
    return xs, ys
