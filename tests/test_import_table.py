"""peuplement:import_table through processing.run: real-looking raw files in, canonical
tables and a validation report out, read back with OGR."""

import pytest
from osgeo import ogr, osr

from petit_territoire import DWELLINGS, write_rpls_csv

ALG = "peuplement:import_table"
KIND = {"logements": 0, "menages": 1, "attributions": 2, "departs": 3, "demandes": 4}


def rows_of(path):
    dataset = ogr.Open(str(path))
    return [f.items() for f in dataset.GetLayer(0)]


def test_rpls_csv_in_windows_1252(run, tmp_path):
    rpls = write_rpls_csv(tmp_path / "rpls.csv", encoding="cp1252")
    out, report = tmp_path / "logements.gpkg", tmp_path / "rapport.gpkg"
    run(ALG, {"INPUT": rpls, "KIND": KIND["logements"], "OUTPUT": str(out), "REPORT": str(report)})
    rows = {r["logement_id"]: r for r in rows_of(out)}
    assert set(rows) == {d[0] for d in DWELLINGS}
    assert rows["L1"]["bailleur"] == "Logis Cœur de Loire"        # accents decoded from cp1252
    assert rows["L1"]["residence_id"] == "Les Érables"           # "Nom du Programme"
    assert rows["L2"]["surface"] == pytest.approx(65.5)           # decimal comma
    assert (rows["L1"]["etage"], rows["L6"]["etage"], rows["L7"]["etage"], rows["L3"]["etage"]) == (0, 0, 0, 1)
    assert rows["L1"]["finan"] == "PLAI" and rows["L5"]["finan"] == "PLUS" and rows["L9"]["finan"] == "PLI"
    assert rows["L10"]["finan"] is None                            # code 77 unknown
    assert rows["L1"]["date_bail"] == "2023/06/01"                 # OGR prints dates so
    assert rows["L1"]["depcom"] == "37901"
    lines = rows_of(report)
    unknown = [r for r in lines if r["champ"] == "finan" and r["niveau"] == "avertissement"]
    assert len(unknown) == 1 and unknown[0]["nb_lignes"] == 1 and unknown[0]["lignes"] == "10"
    assert "77" in unknown[0]["exemples"]
    mapping = {r["champ"]: r["colonne_source"] for r in lines if r["probleme"] == "correspondance"}
    assert mapping["logement_id"] == "IDENT_REP" and mapping["batiment_id"] == "IMMEU"
    assert mapping["date_bail"] == "BAIL" and mapping["mode_occupation"] == "MODE"


def test_sne_attributions_header_with_accents(run, tmp_path):
    header = ("Numéro d'attribution;Identifiant logement;Date de signature du bail;Nombre de personnes;"
              "Nombre d'enfants de moins de 14 ans;Revenu mensuel;Ménage DALO;Public prioritaire;"
              "Relogement NPNRU;Réservataire;Bailleur")
    lines = [header,
             "A1;L1;03/02/2023;3;1;1 250,50;O;N;N;2;Val-de-Cher Habitat",
             "A2;L2;2023-05-10;1;0;980;N;O;N;3;Val-de-Cher Habitat",
             "A2;L3;2023-06-10;2;0;1500;N;N;N;3;Val-de-Cher Habitat",   # repeated id: set aside
             "A3;L4;31/02/2023;2;0;1100;N;N;O;4;Val-de-Cher Habitat"]  # impossible date: set aside
    path = tmp_path / "attributions.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    out, report = tmp_path / "attributions.gpkg", tmp_path / "rapport.gpkg"
    _, feedback = run(ALG, {"INPUT": str(path), "KIND": KIND["attributions"], "OUTPUT": str(out),
                            "REPORT": str(report)})
    rows = {r["attribution_id"]: r for r in rows_of(out)}
    assert set(rows) == {"A1", "A2"}
    assert rows["A1"]["revenu_mensuel"] == pytest.approx(1250.5)
    assert rows["A1"]["dalo"] == 1 and rows["A2"]["prioritaire"] == 1 and rows["A1"]["reservataire"] == 2
    assert rows["A2"]["logement_id"] == "L2"
    problems = {(r["champ"], r["probleme"]) for r in rows_of(report) if r["niveau"] == "avertissement"}
    assert ("date_attribution", "valeur illisible (date), laissée vide") in problems
    assert ("date_attribution", "valeur obligatoire absente : lignes écartées") in problems
    assert ("attribution_id", "identifiant en double : seule la première ligne est gardée") in problems
    assert "4 ligne(s) lue(s), 2 retenue(s), 2 écartée(s)" in feedback.log


def test_ops_households_and_mapping_override(run, tmp_path):
    path = tmp_path / "ops.csv"
    path.write_text("NUMLOG,ANNEE_ENQUETE,NB_PERS,COMPOSITION,ACTIVITE,TRANCHE_PLAFOND,APL\n"
                    "L1,2022,3,Famille monoparentale,Chômage,<20%,Oui\n"
                    "L2,2022,1,PERSONNE SEULE,Retraité,60-100%,Non\n", encoding="utf-8-sig")
    out, report = tmp_path / "menages.gpkg", tmp_path / "rapport.gpkg"
    run(ALG, {"INPUT": str(path), "KIND": KIND["menages"], "MAPPING": "logement_id=NUMLOG",
              "OUTPUT": str(out), "REPORT": str(report)})
    rows = {r["logement_id"]: r for r in rows_of(out)}
    assert rows["L1"]["composition"] == "famille_monoparentale" and rows["L2"]["composition"] == "personne_seule"
    assert rows["L1"]["activite_titulaire"] == "chomage" and rows["L2"]["activite_titulaire"] == "retraite"
    assert rows["L1"]["tranche_plafond"] == "<20" and rows["L2"]["apl"] == 0
    assert rows["L1"]["millesime"] == 2022


def test_point_layer_gives_coordinates(run, tmp_path):
    source = tmp_path / "points.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(source))
    layer = dataset.CreateLayer("rpls", srs, ogr.wkbPoint)
    for name in ("IDENT_REP", "IMMEU"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i, (x, y) in enumerate([(652469.5, 6861660.25), (652500.0, 6861700.0)]):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("IDENT_REP", "L{}".format(i + 1))
        feature.SetField("IMMEU", "B1")
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset = None
    out, report = tmp_path / "out.gpkg", tmp_path / "rapport.gpkg"
    run(ALG, {"INPUT": "{}|layername=rpls".format(source), "KIND": KIND["logements"],
              "OUTPUT": str(out), "REPORT": str(report)})
    rows = {r["logement_id"]: r for r in rows_of(out)}
    assert (rows["L1"]["x"], rows["L1"]["y"], rows["L1"]["epsg"]) == (652469.5, 6861660.25, 2154)


def test_missing_required_field_message(provider, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    path = tmp_path / "demandes.csv"
    path.write_text("NUM_UNIQUE;DATE_DEPOT;NB_PERSONNES;EPCI\nD1;01/01/2024;2;200099999\n", encoding="utf-8")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = {"INPUT": str(path), "KIND": KIND["demandes"], "OUTPUT": "memory:", "REPORT": "memory:"}
    algorithm.prepare(parameters, context, feedback)
    with pytest.raises(Exception) as raised:
        algorithm.processAlgorithm(parameters, context, feedback)
    message = str(raised.value)
    assert "revenu_mensuel" in message and "demandes.csv" in message and "NUM_UNIQUE" in message


def _table_dump(path, table):
    """Schema (name, declared type, OGR type and subtype) and every row, FID order."""
    import sqlite3

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(table)
    definition = layer.GetLayerDefn()
    schema = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType(),
               definition.GetFieldDefn(i).GetSubType()) for i in range(definition.GetFieldCount())]
    dataset = None
    connection = sqlite3.connect(str(path))
    try:
        declared = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        rows = connection.execute('SELECT * FROM "{}" ORDER BY fid'.format(table)).fetchall()
        kinds = connection.execute("SELECT data_type FROM gpkg_contents WHERE table_name = ?", (table,)).fetchall()
    finally:
        connection.close()
    return schema, declared, rows, kinds


def test_bulk_geopackage_same_as_qgis_sink(provider, territoire, tmp_path):
    """The canonical table written in bulk to a .gpkg file (bridge/bulk.py) is, cell by cell and
    type by type, the table QGIS's own sink writes (a destination given as ``ogr:``, which keeps
    the sink): same schema, same rows, every kind of column (text, integers, reals, dates, NULL)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    bulk_path = tmp_path / "logements.gpkg"
    sink_path = tmp_path / "par_le_puits.gpkg"
    for output in (str(bulk_path), "ogr:dbname='{}' table=\"logements\" (geom)".format(sink_path)):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run(ALG, {"INPUT": territoire.path("rpls_2024.csv"), "KIND": KIND["logements"],
                             "OUTPUT": output, "REPORT": "TEMPORARY_OUTPUT"},
                       context=context, feedback=QgsProcessingFeedback())
    bulk, sink = _table_dump(bulk_path, "logements"), _table_dump(sink_path, "logements")
    assert bulk[0] == sink[0] and bulk[1] == sink[1] and bulk[3] == sink[3] == [("attributes",)]
    assert len(bulk[2]) == territoire.meta["effectifs"]["rpls_2024"]
    assert bulk[2] == sink[2]
    # Only the table asked for: no temporary file left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logements.gpkg", "par_le_puits.gpkg"]
    dataset = ogr.Open(str(bulk_path))
    assert dataset.GetLayerByName("logements").GetFeatureCount() == len(bulk[2])


def test_bulk_output_loaded_in_the_project(provider, territoire, tmp_path):
    """An output the user asks to open is loaded (and named) as QGIS's sink outputs are."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / "canonique.gpkg"), project)
    output.destinationName = "mes logements"
    results = processing.run(ALG, {"INPUT": territoire.path("rpls_2024.csv"), "KIND": KIND["logements"],
                                   "OUTPUT": output, "REPORT": "TEMPORARY_OUTPUT"},
                             context=context, feedback=QgsProcessingFeedback())
    assert results["OUTPUT"] == str(tmp_path / "canonique.gpkg")
    assert context.willLoadLayerOnCompletion(results["OUTPUT"])
    assert context.layerToLoadOnCompletionDetails(results["OUTPUT"]).name == "mes logements"
