"""The figures of two runs of the demo chain, side by side: every table of the two
GeoPackages (peuplement:observatoire's output, layer styles aside) must hold the same rows
with the same values, numbers equal to 1e-9 relative. Used by `make test-qgis340` and
`make test-qgis344` to prove that QGIS 3.40 and 3.44 give the figures of the host's 3.22.

    /usr/bin/python3 scripts/compare_demos.py build/demo/peuplement_demo.gpkg build/demo-qgis340/peuplement_demo.gpkg

Prints each difference (layer, field, row) and exits 1 when there is any.
"""

import argparse
import math
import sys

SKIPPED = {"layer_styles"}
REL_TOL = 1e-9


def read_tables(path):
    """{layer: (field names, sorted rows)} of a GeoPackage, geometries as their area and
    length (perimeter) rounded to the centimetre (GEOS versions may write the same shape differently)."""
    from osgeo import ogr

    before = ogr.GetUseExceptions()  # explicit (GDAL 3.7+ warns otherwise), then as it was
    ogr.UseExceptions()
    try:
        return _read_tables(ogr.Open(str(path)))
    finally:
        if not before:
            ogr.DontUseExceptions()


def _read_tables(dataset):
    tables = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        if layer.GetName() in SKIPPED:
            continue
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        rows = []
        for feature in layer:
            row = [feature.GetField(i) for i in range(len(names))]
            geometry = feature.GetGeometryRef()
            if geometry is not None:
                dimension = geometry.GetDimension()  # length: of the lines, or the polygons' outline
                length = geometry.Length() if dimension == 1 else \
                    geometry.Boundary().Length() if dimension == 2 else 0.0
                row += [round(geometry.GetArea(), 2), round(length, 2)]
            rows.append(tuple(row))
        rows.sort(key=lambda row: tuple((value is None, str(value)) for value in row))
        tables[layer.GetName()] = (names, rows)
    return tables


def same_value(a, b):
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-9)
    return a == b


def differences(reference, other):
    """Lines describing how ``other`` differs from ``reference`` (both read_tables)."""
    found = []
    for name in sorted(set(reference) | set(other)):
        if name not in other or name not in reference:
            found.append("{}: only in {}".format(name, "the reference" if name in reference else "the other run"))
            continue
        (fields_a, rows_a), (fields_b, rows_b) = reference[name], other[name]
        if fields_a != fields_b:
            found.append("{}: fields {} != {}".format(name, fields_a, fields_b))
            continue
        if len(rows_a) != len(rows_b):
            found.append("{}: {} rows != {}".format(name, len(rows_a), len(rows_b)))
            continue
        columns = fields_a + ["(area)", "(length)"]
        for number, (row_a, row_b) in enumerate(zip(rows_a, rows_b)):
            for column, a, b in zip(columns, row_a, row_b):
                if not same_value(a, b):
                    found.append("{} row {} {}: {!r} != {!r}".format(name, number, column, a, b))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference")
    parser.add_argument("other")
    args = parser.parse_args(argv)
    reference, other = read_tables(args.reference), read_tables(args.other)
    found = differences(reference, other)
    for line in found[:200]:
        print(line)
    if found:
        print("{} difference(s) between {} and {}".format(len(found), args.reference, args.other), file=sys.stderr)
        return 1
    print("same figures: {} tables, {} rows ({} and {})".format(
        len(reference), sum(len(rows) for _, rows in reference.values()), args.reference, args.other))
    return 0


if __name__ == "__main__":
    sys.exit(main())
