"""Writes the bad-input corpus of this folder (run from the repository root:
``/usr/bin/python3 tests/data/bad_inputs/generer_corpus.py``). The files are committed;
this script says how each was made. ``attendu.csv`` gives each file's expected outcome
and ``tests/test_bad_inputs.py`` asserts it. The 100 MB line is not committed: the test
writes it in a temporary folder."""

from pathlib import Path

from osgeo import ogr, osr

HERE = Path(__file__).resolve().parent
RPLS = "IDENT_REP;IMMEU;DEPCOM;ETAGE;NBPIECE;SURFHAB;FINAN;MODE;BAIL;VACANCE;CONTRESLOG;X;Y;EPSG"


def rpls(name, rows, header=RPLS, encoding="utf-8", newline="\n"):
    text = newline.join([header, *rows]) + newline
    (HERE / name).write_bytes(text.encode(encoding))


def row(lid, bat="B1", etage="01", pieces="3", surface="65", finan="12", mode="1", bail="01/06/2020",
        vacance="", contingent="3", x="20", y="10"):
    return ";".join([lid, bat, "37901", etage, pieces, surface, finan, mode, bail, vacance, contingent, x, y, "2154"])


def write_tables():
    ok = [row("L{}".format(i)) for i in range(1, 4)]
    rpls("manque_colonne_obligatoire.csv", [r.split(";", 1)[1] for r in ok], header=RPLS.split(";", 1)[1])
    rpls("type_errone.csv", [row("L1"), row("L2", pieces="trois"), row("L3", surface="soixante"),
                             row("L4", x="vingt")])
    rpls("logement_id_double.csv", [row("L1"), row("L2"), row("L1", bat="B2"), row("L3"), row("L2", bat="B3")])
    rpls("dates_formats.csv", [row("L1", bail="01/06/2020"), row("L2", bail="2021-03-15"),
                               row("L3", bail="15.09.2019"), row("L4", bail="31/02/2023"),
                               row("L5", bail="2023-13-01"), row("L6", bail="hier")])
    rpls("virgule_decimale.csv", [row("L1", surface="65,5"), row("L2", surface="1 250,25"),
                                  row("L3", surface="70.25")])
    (HERE / "windows_1252.csv").write_bytes(
        ("RS;IDENT_REP;IMMEU;Nom du Programme;LIBCOM;ETAGE;MODE\n"
         "Logis Cœur de Loire;L1;B1;Les Érables;La Chaussée-Morin;RC;1\n"
         "Habitat Sénonais;L2;B1;Résidence « Les Prés »;Bréchenay;1er;2\n").encode("cp1252"))
    (HERE / "utf8_bom.csv").write_bytes(
        ("IDENT_REP;IMMEU;Nom du Programme;ETAGE;MODE\n"
         "L1;B1;Les Érables;RC;1\nL2;B1;Les Érables;02;1\n").encode("utf-8-sig"))
    (HERE / "vide.csv").write_bytes(b"")
    rpls("entete_seule.csv", [])
    rpls("codes_inconnus.csv", [row("L1"), row("L2", finan="77"), row("L3", mode="8"),
                                row("L4", contingent="42"), row("L5", finan="PLX", mode="1")])
    rpls("etages_absurdes.csv", [row("L1", etage="-1"), row("L2", etage="-5"), row("L3", etage="250"),
                                 row("L4", etage="RC"), row("L5", etage="12")])
    (HERE / "menages_sans_logement.csv").write_text(
        "IDENT_REP;MILLESIME;NB_PERSONNES;COMPOSITION\n"
        "L1;2024;2;Couple sans enfant\nL2;2024;1;Personne seule\nL99;2024;3;Famille monoparentale\n"
        "L98;2024;1;Personne seule\n", encoding="utf-8")
    rpls("logements_petits.csv", [row("L1", bat="B1"), row("L2", bat="B1"), row("L3", bat="B2", x="70")])
    # SNE attributions (their real headers) of which rows 2 and 4 name dwellings that are not in
    # logements_petits.csv; the departures of those dwellings, for the flows.
    (HERE / "attributions_logement_inconnu.csv").write_text(
        "Numéro d'attribution;Identifiant logement;Date de signature du bail;Nombre de personnes;"
        "Nombre d'enfants de moins de 14 ans;Revenu mensuel;Ménage DALO;Public prioritaire;Relogement NPNRU;"
        "Réservataire;Bailleur\n"
        "A1;L1;15/03/2023;2;0;1200;Non;Non;Non;Etat;HLM1\nA2;L99;02/05/2023;1;0;900;Non;Non;Non;Commune;HLM1\n"
        "A3;L2;20/06/2023;3;1;1500;Oui;Oui;Non;Etat;HLM1\nA4;L98;01/09/2023;4;2;800;Non;Non;Non;Action Logement;"
        "HLM1\n", encoding="utf-8")
    (HERE / "departs_petits.csv").write_text(
        "IDENT_REP;DATE_DEPART;MOTIF\nL1;2023-02-28;Mutation\nL2;2023-05-31;Décès\n", encoding="utf-8")


def _polygon(wkt):
    return ogr.CreateGeometryFromWkt(wkt)


def write_layer(name, rows, epsg=2154, geometry=ogr.wkbPolygon, driver="GPKG"):
    """rows: (ilot_id, wkt or None)."""
    path = HERE / name
    for sibling in HERE.glob(path.stem + ".*"):
        if sibling.suffix != ".py":
            sibling.unlink()
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(path.stem, srs, geometry)
    layer.CreateField(ogr.FieldDefn("ilot_id", ogr.OFTString))
    for ident, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("ilot_id", ident)
        if wkt:
            feature.SetGeometry(_polygon(wkt))
        layer.CreateFeature(feature)
    dataset = None


SQUARE_I1 = "POLYGON ((0 0,100 0,100 100,0 100,0 0))"
SQUARE_I2 = "POLYGON ((100 0,200 0,200 100,100 100,100 0))"


def write_layers():
    write_layer("ilots_sans_crs.shp", [("I1", SQUARE_I1), ("I2", SQUARE_I2)], epsg=None,
                driver="ESRI Shapefile")
    # An hourglass: the ring crosses itself at (50, 50); the dwellings (20, 10) and (70, 20) lie in its lower half.
    write_layer("ilots_invalides.gpkg", [("I1", "POLYGON ((0 0,100 0,0 100,100 100,0 0))"), ("I2", SQUARE_I2)])
    write_layer("ilots_nuls_multiparties.gpkg", [
        ("I1", "MULTIPOLYGON (((0 0,40 0,40 40,0 40,0 0)),((60 0,100 0,100 40,60 40,60 0)))"),
        ("I2", None), ("I3", "MULTIPOLYGON (((100 0,200 0,200 100,100 100,100 0)))")], geometry=ogr.wkbMultiPolygon)
    write_layer("ilots_id_double.gpkg", [("I1", SQUARE_I1), ("I1", SQUARE_I2)])
    # The same two squares in WGS84 (EPSG:4326), as an IRIS or QPV layer often comes.
    transform = osr.CoordinateTransformation(_srs(2154), _srs(4326))
    rows = []
    for ident, wkt in (("I1", SQUARE_I1), ("I2", SQUARE_I2)):
        geometry = _polygon(wkt)
        geometry.Transform(transform)
        rows.append((ident, geometry.ExportToWkt()))
    write_layer("ilots_wgs84.gpkg", rows, epsg=4326)


def write_workbooks():
    """Workbooks as agencies receive them (openpyxl for .xlsx, odfpy through pandas for
    .ods: python3-openpyxl, python3-odf). Cells are text, as in SNE and bailleurs' exports."""
    import openpyxl
    import pandas as pd

    header = RPLS.split(";")
    data = [row("L{}".format(i)).split(";") for i in range(1, 4)]

    def workbook(name, rows, merge=None):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Parc"
        for values in rows:
            sheet.append(values)
        if merge:
            sheet.merge_cells(merge)
        book.save(HERE / name)
        return book

    # no header row: the data starts on the first row
    workbook("tableur_sans_entete.xlsx", data)
    # a title merged over the columns, above the header
    workbook("tableur_titre_fusionne.xlsx", [["Parc locatif social au 1er janvier 2024"], header, *data],
             merge="A1:N1")
    # two header rows: column groups above, labels under the names of the columns
    groups = ["Logement", None, "Localisation", "Description", None, None, "Financement", "Occupation", None,
              None, None, "Coordonnées", None, None]
    labels = ["Identifiant", "Immeuble", "Commune", "Étage", "Pièces", "Surface habitable", "Financement",
              "Mode d'occupation", "Bail", "Vacance", "Réservataire", "Abscisse", "Ordonnée", "Système"]
    workbook("tableur_deux_entetes.xlsx", [groups, header, labels, *data])
    # formulas never computed by a spreadsheet (openpyxl writes no value for them)
    book = workbook("tableur_formules.xlsx", [header, *data])
    sheet = book.active
    for line in (2, 3, 4):
        sheet["F{}".format(line)] = "=60+{}".format(line)
    book.save(HERE / "tableur_formules.xlsx")
    # only empty sheets
    with pd.ExcelWriter(HERE / "tableur_feuilles_vides.ods", engine="odf") as writer:
        pd.DataFrame().to_excel(writer, sheet_name="Feuille1", index=False)
        pd.DataFrame().to_excel(writer, sheet_name="Feuille2", index=False)


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


if __name__ == "__main__":
    write_tables()
    write_layers()
    write_workbooks()
