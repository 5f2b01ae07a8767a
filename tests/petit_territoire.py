"""A territory small enough to count by hand: 2 îlots, 3 buildings, 10 dwellings.

Layout (EPSG:2154)::

    îlot I1 (0..100 x 0..100): B1 (10..40 x 10..40), B2 (60..90 x 10..40)
    îlot I2 (100..200 x 0..100): B3 (110..140 x 10..40)
    commune 37901 covers both îlots.

The dwellings are written as a raw RPLS CSV (``;``, Windows-1252, decimal comma,
"RC" floors, dd/mm/yyyy dates), so that every test also goes through the import.
"""

from osgeo import ogr, osr

RPLS_HEADER = ["RS", "IDENT_REP", "IMMEU", "Nom du Programme", "DEPCOM", "ETAGE", "NBPIECE", "SURFHAB",
               "FINAN", "MODE", "BAIL", "VACANCE", "LOYERPRINC", "X", "Y", "EPSG"]

# id, building, floor, rooms, surface, FINAN, MODE, lease, vacancy since, rent, x, y
DWELLINGS = [
    ("L1", "B1", "RC", 2, "50", "10", 1, "01/06/2023", "", "300", 20, 20),
    ("L2", "B1", "RC", 3, "65,5", "12", 2, "", "15/08/2023", "9999", 20, 20),
    ("L3", "B1", "01", 3, "70", "13", 1, "01/01/2015", "", "420", 20, 20),
    ("L4", "B1", "01", 4, "80", "14", 1, "01/01/2020", "", "560", 20, 20),
    ("L5", "B1", "02", 1, "30", "50", 2, "", "01/12/2023", "9999", 20, 20),
    ("L6", "B2", "RDC", 2, "48", "11", 1, "01/01/2010", "", "250", 70, 20),
    ("L7", "B2", "00", 5, "95", "12", 3, "", "", "9999", 70, 20),
    ("L8", "B3", "RC", 2, "45", "12", 1, "01/07/2022", "", "290", 120, 20),
    ("L9", "B3", "01", 3, "68", "16", 1, "01/01/2023", "", "510", 120, 20),
    ("L10", "B3", "01", 3, "66", "77", 2, "", "01/01/2022", "9999", 120, 20),
]

ILOTS = {"I1": (0, 0, 100, 100), "I2": (100, 0, 200, 100)}
BATIMENTS = {"B1": ((10, 10, 40, 40), "I1"), "B2": ((60, 10, 90, 40), "I1"), "B3": ((110, 10, 140, 40), "I2")}
COMMUNES = {"37901": (0, 0, 200, 100)}


def write_rpls_csv(path, encoding="cp1252"):
    lines = [";".join(RPLS_HEADER)]
    for (lid, bat, etage, pieces, surface, finan, mode, bail, vacance, loyer, x, y) in DWELLINGS:
        lines.append(";".join(str(v) for v in (
            "Logis Cœur de Loire", lid, bat, "Les Érables", "37901", etage, pieces, surface, finan, mode,
            bail, vacance, loyer, x, y, 2154)))
    with open(path, "w", encoding=encoding, newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    return str(path)


def _box(xmin, ymin, xmax, ymax):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def write_layers(path, epsg=2154):
    """îlots, batiments, communes as layers of one GeoPackage; returns its path."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))

    def layer(name, fields, rows):
        lyr = dataset.CreateLayer(name, srs, ogr.wkbPolygon)
        for field in fields:
            lyr.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        for values, box in rows:
            feature = ogr.Feature(lyr.GetLayerDefn())
            for field, value in zip(fields, values):
                feature.SetField(field, value)
            feature.SetGeometry(_box(*box))
            lyr.CreateFeature(feature)

    layer("ilots", ["ilot_id"], [((k,), b) for k, b in ILOTS.items()])
    layer("batiments", ["batiment_id", "ilot_id"], [((k, i), b) for k, (b, i) in BATIMENTS.items()])
    layer("communes", ["depcom"], [((k,), b) for k, b in COMMUNES.items()])
    dataset = None
    return str(path)
