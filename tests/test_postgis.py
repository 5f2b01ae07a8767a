"""PostGIS as the shared backend (issue 9): a real PostgreSQL 15 + PostGIS 3 server
(scripts/pg_temp.py) holds the sample territory — its layers, and the raw RPLS / OPS / SNE
tables as an agency loads them (text columns, real column names). Every algorithm reads
its inputs from there and writes its outputs to a PostGIS schema, and gives the same
figures as the file path (CSV + GeoPackage in, GeoPackage out)."""

import math
import os

import pandas as pd
import pytest
from osgeo import ogr

from scripts import pg_temp

pytestmark = pytest.mark.skipif(not pg_temp.available() and os.environ.get("CI") != "true",
                                reason="postgresql-N-postgis-3 not installed (make test installs it)")

RAW_TABLES = {"rpls_2024.csv": "rpls_2024", "ops_2022.csv": "ops_2022", "ops_2024.csv": "ops_2024",
              "attributions_2021_2024.csv": "attributions", "departs_2021_2024.csv": "departs",
              "demandes_2024.csv": "demandes"}


@pytest.fixture(scope="module")
def server(territoire):
    with pg_temp.TemporaryServer() as running:
        running.load_gpkg(territoire.path("territoire.gpkg"), "territoire")
        for name, table in RAW_TABLES.items():
            running.load_csv(territoire.path(name), "sources", table)
        running.execute("CREATE SCHEMA resultats")
        yield running


def _pg(server, schema, table, geometry="geom"):
    """A layer of the server as a Processing input string (provider prefix, as qgis_process takes it)."""
    return "postgres://" + server.uri(schema, table, geometry=geometry)


def _read(source):
    """An output as a frame (attributes only), from a GeoPackage path or a PG:schema.table."""
    if source.startswith("PG:"):
        connection, table = source.rsplit("|", 1)
        dataset = ogr.Open(connection)
        layer = dataset.GetLayerByName(table)
    else:
        dataset = ogr.Open(source)
        layer = dataset.GetLayer(0)
    assert layer is not None, source
    rows = [feature.items() for feature in layer]
    dataset = None
    return pd.DataFrame(rows)


def _same(file_output, pg_output, key):
    files, base = _read(file_output), _read(pg_output)
    if "colonne_source" in base.columns:
        # The database table has one column more than the file, its key ``id``: the
        # validation report rightly lists it among the columns it did not recognise.
        base["colonne_source"] = base["colonne_source"].map(_without_key)
    assert len(files) == len(base) > 0
    columns = [c for c in files.columns if c in base.columns and c not in ("fid", "id")]
    assert set(files.columns) - {"fid"} <= set(base.columns) | {"id"}, set(files.columns) ^ set(base.columns)
    files = files[columns].sort_values(key).reset_index(drop=True)
    base = base[columns].sort_values(key).reset_index(drop=True)
    for column in columns:
        for left, right in zip(files[column], base[column]):
            if isinstance(left, float) and isinstance(right, float):
                assert (math.isnan(left) and math.isnan(right)) or left == pytest.approx(right, abs=1e-9), column
            else:
                assert left == right or (left in (None, "") and right in (None, "")), (column, left, right)


def _without_key(columns):
    if not isinstance(columns, str):
        return columns
    return ", ".join(name for name in columns.split(", ") if name != "id")


def _file_inputs(territoire):
    return {"rpls": territoire.path("rpls_2024.csv"), "ops_2022": territoire.path("ops_2022.csv"),
            "ops_2024": territoire.path("ops_2024.csv"), "attributions": territoire.path("attributions_2021_2024.csv"),
            "departs": territoire.path("departs_2021_2024.csv"), "demandes": territoire.path("demandes_2024.csv"),
            "ilots": territoire.layer("ilots"), "batiments": territoire.layer("batiments"),
            "qpv": territoire.layer("qpv"), "communes": territoire.layer("communes")}


def _pg_inputs(server):
    inputs = {key: _pg(server, "sources", table, geometry=None)
              for key, table in (("rpls", "rpls_2024"), ("ops_2022", "ops_2022"), ("ops_2024", "ops_2024"),
                                 ("attributions", "attributions"), ("departs", "departs"),
                                 ("demandes", "demandes"))}
    for layer in ("ilots", "batiments", "qpv", "communes"):
        inputs[layer] = _pg(server, "territoire", layer)
    return inputs


def _chain(inputs, output):
    """The algorithms, each with its inputs and the destination ``output(name)`` of each output."""
    return [
        ("import", "peuplement:import_table", {"INPUT": inputs["rpls"], "KIND": 0, "OUTPUT": output("logements"),
                                               "REPORT": output("rapport")}, "logement_id"),
        ("parc", "peuplement:indicateurs_parc", {"LOGEMENTS": inputs["rpls"], "LEVEL": 3, "UNITS": inputs["ilots"],
                                                 "UNIT_ID": "ilot_id", "BATIMENTS": inputs["batiments"],
                                                 "OUTPUT": output("parc")}, "ilot_id"),
        ("occupation_2022", "peuplement:indicateurs_occupation",
         {"MENAGES": inputs["ops_2022"], "LOGEMENTS": inputs["rpls"], "LEVEL": 3, "UNITS": inputs["ilots"],
          "UNIT_ID": "ilot_id", "BATIMENTS": inputs["batiments"], "OUTPUT": output("occupation_2022")}, "ilot_id"),
        ("occupation_2024", "peuplement:indicateurs_occupation",
         {"MENAGES": inputs["ops_2024"], "LOGEMENTS": inputs["rpls"], "LEVEL": 3, "UNITS": inputs["ilots"],
          "UNIT_ID": "ilot_id", "BATIMENTS": inputs["batiments"], "OUTPUT": output("occupation_2024")}, "ilot_id"),
        ("flux", "peuplement:flux",
         {"ATTRIBUTIONS": inputs["attributions"], "DEPARTS": inputs["departs"], "LOGEMENTS": inputs["rpls"],
          "MENAGES": inputs["ops_2024"], "DEMANDES": inputs["demandes"], "LEVEL": 7, "UNITS": inputs["communes"],
          "UNIT_ID": "depcom", "QPV": inputs["qpv"], "PERIOD_START": "2021-01-01", "PERIOD_END": "2023-12-31",
          "OUTPUT": output("flux"), "OUTPUT_FLOWS": output("flux_lignes"), "OUTPUT_OD": output("flux_od"),
          "OUTPUT_MOTIFS": output("flux_motifs"), "OUTPUT_SERIES": output("flux_series")}, "depcom"),
        ("objectifs", "peuplement:objectifs_attribution",
         {"ATTRIBUTIONS": inputs["attributions"], "LOGEMENTS": inputs["rpls"], "QPV": inputs["qpv"],
          "DEMANDES": inputs["demandes"], "GROUP_BY": 1, "OUTPUT": output("objectifs"),
          "OUTPUT_THRESHOLDS": output("seuils"), "OUTPUT_ATTRIBUTIONS": output("attributions_points")},
         ["annee", "groupe", "objectif"]),
    ]


def _chained(inputs, output, source):
    """The algorithms that read the outputs of the others (``source(name)``)."""
    return [
        ("evolution", "peuplement:evolution", {"BEFORE": source("occupation_2022"), "AFTER": source("occupation_2024"),
                                               "UNIT_ID": "ilot_id", "OUTPUT": output("evolution")}, "ilot_id"),
        ("fragilite", "peuplement:fragilite",
         {"INPUT": source("occupation_2024"), "UNIT_ID": "ilot_id",
          "VARIABLES": "part_rev_inf_40;part_monoparentales;part_chomage;part_apl", "OUTPUT": output("fragilite")},
         "ilot_id"),
        ("secteurs", "peuplement:secteurs_fragiles_hors_qpv",
         {"INPUT": source("fragilite"), "UNIT_ID": "ilot_id", "QPV": inputs["qpv"], "PERMUTATIONS": 99,
          "OUTPUT": output("secteurs")}, "secteur_id"),
    ]


@pytest.fixture(scope="module")
def both_paths(provider, server, territoire, tmp_path_factory):
    """Runs everything twice: files in → GeoPackages out, and PostGIS in → PostGIS out."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("chemin_fichiers")
    files = {}
    base = {}

    def run(algorithm_id, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback())

    file_out = lambda name: str(folder / (name + ".gpkg"))  # noqa: E731
    pg_out = lambda name: server.destination("resultats", name)  # noqa: E731
    pg_read = "PG:" + server.conninfo + "|resultats.{}"
    for step, algorithm_id, parameters, key in _chain(_file_inputs(territoire), file_out):
        run(algorithm_id, parameters)
        files[step] = (file_out, key)
    for step, algorithm_id, parameters, key in _chain(_pg_inputs(server), pg_out):
        run(algorithm_id, parameters)
        base[step] = key
    for step, algorithm_id, parameters, key in _chained(_file_inputs(territoire), file_out, file_out):
        run(algorithm_id, parameters)
        files[step] = (file_out, key)
    pg_source = lambda name: _pg(server, "resultats", name)  # noqa: E731
    for step, algorithm_id, parameters, key in _chained(_pg_inputs(server), pg_out, pg_source):
        run(algorithm_id, parameters)
        base[step] = key
    return folder, pg_read


@pytest.mark.parametrize("output", ["logements", "rapport", "parc", "occupation_2022", "occupation_2024", "flux",
                                    "flux_od", "flux_series", "objectifs", "seuils", "evolution", "fragilite",
                                    "secteurs"])
def test_postgis_gives_the_same_figures_as_files(both_paths, output):
    folder, pg_read = both_paths
    keys = {"logements": "logement_id", "rapport": ["niveau", "champ", "probleme"], "parc": "ilot_id",
            "occupation_2022": "ilot_id", "occupation_2024": "ilot_id", "flux": "depcom",
            "flux_od": ["echelle", "origine", "type_destination", "destination"], "flux_series": ["unite", "annee"],
            "objectifs": ["annee", "groupe", "objectif"], "seuils": ["epci", "annee"], "evolution": "ilot_id",
            "fragilite": "ilot_id", "secteurs": "secteur_id"}
    _same(str(folder / (output + ".gpkg")), pg_read.format(output), keys[output])


def test_raw_table_read_in_bulk_equals_feature_by_feature(qgis_app, server):
    """The bridge reads a PostgreSQL table through GDAL (one cursor, C++), and gets exactly
    what QGIS's feature iterator gives."""
    from qgis.core import QgsVectorLayer

    from peuplement_plugin.bridge import frames

    layer = QgsVectorLayer(server.uri("sources", "rpls_2024", geometry=None), "rpls", "postgres")
    assert layer.isValid() and layer.featureCount() == 6000
    assert frames._open_ogr(layer)[1] is not None  # GDAL can read it (geometries, other types)
    copied = frames._read_postgres_copy(layer, None)
    assert copied is not None  # and the attributes come through COPY
    bulk = frames.layer_to_frame(layer)
    assert bulk.equals(copied)
    through_gdal = frames._read_ogr(layer, None, False)
    assert through_gdal.fillna("").astype(str).values.tolist() == bulk.fillna("").astype(str).values.tolist()
    one_by_one = frames._read_features(layer, None, False)
    assert list(bulk.columns) == list(one_by_one.columns)
    assert bulk.fillna("").astype(str).values.tolist() == one_by_one.fillna("").astype(str).values.tolist()
    polygons = QgsVectorLayer(server.uri("territoire", "ilots"), "ilots", "postgres")
    geometries = frames.layer_to_frame(polygons, ["ilot_id"], with_geometry=True)
    assert len(geometries) == 80 and geometries[frames.GEOMETRY].map(len).min() > 0


def test_typed_output_table_read_by_copy_equals_gdal(both_paths, server):
    """An indicators table the chain wrote (integers, reals, booleans, NULLs) reads the same
    through COPY as through GDAL."""
    from qgis.core import QgsVectorLayer

    from peuplement_plugin.bridge import frames

    layer = QgsVectorLayer(server.uri("resultats", "occupation_2024", key="fid"), "occupation", "postgres")
    assert layer.isValid(), layer.source()
    copied = frames._read_postgres_copy(layer, None)
    through_gdal = frames._read_ogr(layer, None, False)
    assert copied is not None and len(copied) == len(through_gdal) == 80
    assert copied["nb_menages"].dtype.kind in "if" and copied["secret"].dropna().isin([True, False]).all()
    for name in copied.columns:
        left, right = copied[name], through_gdal[name]
        if left.dtype.kind in "if":
            assert ((left - right.astype(float)).abs().fillna(0) < 1e-9).all() and \
                (left.isna() == right.isna()).all(), name
        else:
            assert left.fillna("").astype(str).tolist() == right.fillna("").astype(str).tolist(), name


def test_atlas_from_postgis_layers(both_paths, server, tmp_path):
    """The atlas reads its indicator layer and its pages from PostGIS: one page per QPV of
    the database (counted there), and the same pages as from the GeoPackage."""
    import shutil
    import subprocess

    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils not installed (make test installs it)")
    folder, _ = both_paths
    qpv_count = server.execute("SELECT count(*) FROM territoire.qpv")[0][0]
    pages = {}
    for name, indicators, coverage in (
            ("postgis", _pg(server, "resultats", "occupation_2024"), _pg(server, "territoire", "qpv")),
            ("fichiers", str(folder / "occupation_2024.gpkg"), None)):
        out = tmp_path / "atlas_{}.pdf".format(name)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run("peuplement:atlas", {
            "INPUT": indicators, "FIELD": "part_rev_inf_40", "COVERAGE": coverage or _pg(server, "territoire", "qpv"),
            "COVERAGE_KIND": 0, "OUTPUT": str(out)}, context=context, feedback=QgsProcessingFeedback())
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        pages[name] = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        pages[name + "_texte"] = [line.split() for line in text.splitlines() if line.strip()]
    assert pages["postgis"] == pages["fichiers"] == qpv_count == 3
    assert pages["postgis_texte"] == pages["fichiers_texte"]


@pytest.fixture()
def connection_name(qgis_app, server):
    """The test server as a PostgreSQL connection of the QGIS profile, as a user makes it."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    configuration = {"saveUsername": True, "savePassword": True, "allowGeometrylessTables": True}
    metadata.saveConnection(metadata.createConnection(server.conninfo, configuration), "peuplement_test")
    yield "peuplement_test"
    metadata.deleteConnection("peuplement_test")


def _pg_table(server, schema, table):
    dataset = ogr.Open("PG:" + server.conninfo + " schemas=" + schema)
    layer = dataset.GetLayerByName(table)
    rows = [feature.items() for feature in layer] if layer is not None else None
    dataset = None
    return rows


def test_observatoire_reads_postgis_and_publishes_into_a_schema(provider, server, territoire, connection_name,
                                                               tmp_path):
    """The whole chain from the database (dwellings, households, spatial layers) to the
    GeoPackage and, the same layers, into a PostGIS schema, each with its default style
    in the database's layer_styles, as QGIS finds it."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    from peuplement_plugin.bridge.postgis import layer_uri

    inputs = _pg_inputs(server)
    out = tmp_path / "observatoire.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("peuplement:observatoire", {
        "LOGEMENTS": inputs["rpls"], "MENAGES": [inputs["ops_2022"], inputs["ops_2024"]],
        "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
        "DEPARTS": territoire.path("departs_2021_2024.csv"), "DEMANDES": territoire.path("demandes_2024.csv"),
        "ILOTS": inputs["ilots"], "BATIMENTS": inputs["batiments"], "QPV": inputs["qpv"],
        "COMMUNES": inputs["communes"], "OUTPUT_GPKG": str(out),
        "POSTGIS_CONNECTION": connection_name, "POSTGIS_SCHEMA": "observatoire"},
        context=context, feedback=QgsProcessingFeedback())

    tables = [name for name, _ in _gpkg_layers(out) if name != "layer_styles"]
    assert len(tables) > 30
    in_schema = {row[0] for row in server.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'observatoire'")}
    assert in_schema == set(tables)
    assert not [row for row in server.execute("SELECT nspname FROM pg_namespace") if "_ecriture_" in row[0]]
    for name, frame in _gpkg_layers(out):
        if name == "layer_styles":
            continue
        published = _pg_table(server, "observatoire", name)
        assert len(published) == len(frame), name
    # figures: the same, cell by cell, on a layer of each kind
    for table, key in (("occupation_2024_ilot", "ilot_id"), ("parc_commune", "depcom")):
        _same(_gpkg_table_path(out, table),
              "PG:" + server.conninfo + "|observatoire." + table, key)
    # styles: QGIS opens the database layer with the style of the GeoPackage's
    defaults = server.execute("SELECT f_table_name FROM public.layer_styles WHERE f_table_schema = 'observatoire' "
                              "AND useasdefault")
    assert {row[0] for row in defaults} == set(tables)
    from_file = QgsVectorLayer("{}|layername=occupation_2024_ilot".format(out), "f", "ogr")
    from_base = QgsVectorLayer(layer_uri(server.conninfo, "observatoire", "occupation_2024_ilot", True), "b",
                               "postgres")
    assert from_base.isValid()
    assert from_base.renderer().type() == from_file.renderer().type() != "singleSymbol"
    assert from_base.renderer().dump() == from_file.renderer().dump()


def _gpkg_layers(path):
    dataset = ogr.Open(str(path))
    layers = []
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        layers.append((layer.GetName(), pd.DataFrame([feature.items() for feature in layer])))
    dataset = None
    return layers


def _gpkg_table_path(path, table):
    """A one-table GeoPackage copy, for ``_same`` (which reads a file's first layer)."""
    from osgeo import gdal

    single = str(path).replace(".gpkg", "_{}.gpkg".format(table))
    gdal.VectorTranslate(single, str(path), layers=[table], format="GPKG")
    return single


def test_nulls_stay_null_beside_zeros_in_a_postgis_output(provider, server):
    """QGIS 3.22's PostgreSQL provider inlines a value every feature of a batch shares, and
    a NULL integer compares equal to 0: masked cells beside zeros (nb_revenu_inconnu of the
    objectives) were written 0 (or, the other way round, zeros NULL). Written by the plugin's
    sinks (NULL as an invalid QVariant), they stay as they are."""
    import pandas as pd
    import psycopg2
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingUtils, QgsWkbTypes

    from peuplement_plugin.bridge import sinks

    frame = pd.DataFrame({"cle": ["a", "b", "c", "d"], "n": pd.array([0, None, 0, None], dtype="Int64"),
                          "texte": ["", None, "", None]})
    fields = sinks.fields_for(frame)
    context = QgsProcessingContext()
    destination = server.destination("resultats", "nulls_et_zeros").replace(" (geom)", "")  # a table, no geometry
    sink, _ = QgsProcessingUtils.createFeatureSink(destination, context,
                                                   fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
    assert sinks.write_frame(sink, frame, fields)
    del sink  # the sink writes on close
    connection = psycopg2.connect(server.conninfo)
    try:
        cursor = connection.cursor()
        cursor.execute('SELECT cle, n, texte FROM resultats.nulls_et_zeros ORDER BY cle')
        assert cursor.fetchall() == [("a", 0, ""), ("b", None, None), ("c", 0, ""), ("d", None, None)]
    finally:
        connection.close()
