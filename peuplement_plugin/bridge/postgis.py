"""Publishing a finished GeoPackage into a PostGIS schema, all or nothing.

The tables are copied by GDAL into a staging schema; then, in one SQL transaction, each
replaces the table of the same name in the target schema, so that the people who read
the schema never see half an observatory. Each table's default style is copied from the
GeoPackage's ``layer_styles`` by QGIS itself (``saveStyleToDatabase``), so that QGIS
finds it in the database's ``layer_styles`` as it does for any PostGIS layer.

The schema is shared: an agency builds its own views, materialised views, foreign keys,
indexes, triggers and grants on the published tables. Replacing a table never cascades
onto them: they are read from the catalogue before, dropped one by one, and recreated on
the new tables in the same transaction (``agency_objects``). An object that cannot be
recreated (a view on a column that is gone, a foreign key the new rows break) or that
the plugin does not know how to keep (a policy, a table inheriting from a published one…)
stops the publication with its name, and nothing is written."""

import uuid

from osgeo import gdal, ogr
from qgis.core import QgsDataSourceUri, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import PeuplementError
from .agency_objects import AgencyObjects
from .frames import sql_identifier
from .styles import delete_styles_named, save_default_style

GEOMETRY = "geom"


class _Raising:
    """GDAL errors as exceptions for the duration of a block (and back as they were)."""

    def __enter__(self):
        self.before = gdal.GetUseExceptions()
        gdal.UseExceptions()

    def __exit__(self, *exc):
        if not self.before:
            gdal.DontUseExceptions()


def _execute(connection, sql):
    dataset = gdal.OpenEx("PG:" + connection, gdal.OF_VECTOR | gdal.OF_UPDATE)
    failure = None
    try:
        result = dataset.ExecuteSQL(sql)
        if result is not None:
            rows = [feature.items() for feature in result]
            dataset.ReleaseResultSet(result)
            return rows
        return []
    except RuntimeError as error:
        failure = str(error)
    finally:
        dataset = None
    # Raised afresh, outside the ``except``: GDAL's traceback would keep the dataset alive
    # past the connection's end, and GDAL 3.6 then frees it twice at exit.
    raise RuntimeError(failure)


def _styles_and_geometries(gpkg):
    """``({table: (name, description, qml)}, {tables with a geometry})`` of ``gpkg``: its
    default styles (``layer_styles``) and which of its tables have a geometry column."""
    dataset = ogr.Open(str(gpkg))
    styles = {}
    if dataset.GetLayerByName("layer_styles") is not None:
        for feature in dataset.GetLayerByName("layer_styles"):
            if feature.GetField("useAsDefault"):
                styles[feature.GetField("f_table_name")] = (feature.GetField("styleName"),
                                                            feature.GetField("description") or "",
                                                            feature.GetField("styleQML"))
    with_geometry = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())
                     if dataset.GetLayer(i).GetGeomType() != ogr.wkbNone}
    dataset = None
    return styles, with_geometry


def publish_gpkg(gpkg, tables, connection, schema, feedback=None):
    """Copy ``tables`` of ``gpkg`` into ``schema`` of the database ``connection`` (a libpq
    connection string, e.g. a QGIS connection's URI), replacing tables of the same names,
    with their default styles. Raises ``PeuplementError`` with the database's message."""
    staging = "{}_ecriture_{}".format(schema, uuid.uuid4().hex[:8])
    try:
        with _Raising():
            # What the agency built on the tables, read before anything is written: an
            # object the plugin cannot keep stops the publication here, the schema untouched.
            kept = AgencyObjects.read(lambda sql: _execute(connection, sql), schema, tables)
            if kept.impossible:
                raise PeuplementError(
                    "PostGIS : republier dans « {} » détruirait ces objets, que l'extension ne sait pas "
                    "recréer : {}. Supprimez-les ou publiez dans un autre schéma.".format(
                        schema, "; ".join(kept.impossible)))
            _execute(connection, "CREATE SCHEMA IF NOT EXISTS {}; CREATE SCHEMA {}".format(
                sql_identifier(schema), sql_identifier(staging)))
            for position, table in enumerate(tables):
                if feedback is not None:
                    if feedback.isCanceled():
                        raise _Cancelled()
                    feedback.setProgress(80.0 * position / max(len(tables), 1))
                gdal.VectorTranslate("PG:" + connection, str(gpkg), format="PostgreSQL", layers=[table],
                                     layerCreationOptions=["SCHEMA=" + staging, "GEOMETRY_NAME=" + GEOMETRY,
                                                           "FID=fid", "LAUNDER=NO"],
                                     accessMode="overwrite")
            kept.note_plugin_names(lambda sql: _execute(connection, sql), staging)
            # One transaction: the previous tables give way to the new ones all at once,
            # the agency's objects set aside before and recreated after, never cascaded.
            statements = ["BEGIN"] + kept.lock_and_check() + kept.drops()
            target, waiting = sql_identifier(schema), sql_identifier(staging)
            for table in map(sql_identifier, tables):
                statements.append("DROP TABLE IF EXISTS {}.{}".format(target, table))
                statements.append("ALTER TABLE {}.{} SET SCHEMA {}".format(waiting, table, target))
            statements += kept.recreations()
            # the staging schema is the plugin's own, empty by now
            statements += ["DROP SCHEMA {} CASCADE".format(sql_identifier(staging)), "COMMIT"]
            _execute(connection, "; ".join(statements))
    except _Cancelled:
        _drop_staging(connection, staging)
        return False
    except RuntimeError as error:
        _drop_staging(connection, staging)
        message = str(error)
        if AgencyObjects.MARKER in message:
            raise PeuplementError(
                "PostGIS : republier dans « {} » détruirait ces objets, qui ne se recréent pas sur les nouvelles "
                "tables : {}. Rien n'a été écrit.".format(schema, AgencyObjects.failures(message)))
        raise PeuplementError("PostGIS : écriture dans le schéma « {} » impossible : {}".format(schema, error))
    _copy_styles(gpkg, tables, connection, schema)
    return True


class _Cancelled(Exception):
    pass


def _drop_staging(connection, staging):
    try:
        with _Raising():
            _execute(connection, "DROP SCHEMA IF EXISTS {} CASCADE".format(sql_identifier(staging)))
    except RuntimeError:
        pass  # the database is gone: nothing more to clean


def layer_uri(connection, schema, table, with_geometry):
    """The QGIS ``postgres`` URI of a table ``publish_gpkg`` wrote."""
    uri = QgsDataSourceUri(connection)
    uri.setDataSource(schema, table, GEOMETRY if with_geometry else "", "", "fid")
    return uri.uri(False)


def _copy_styles(gpkg, tables, connection, schema):
    styles, with_geometry = _styles_and_geometries(gpkg)
    for table in tables:
        if table not in styles:
            continue
        name, description, qml = styles[table]
        layer = QgsVectorLayer(layer_uri(connection, schema, table, table in with_geometry), table, "postgres")
        if not layer.isValid():
            raise PeuplementError("PostGIS : la table {}.{} écrite ne s'ouvre pas dans QGIS.".format(schema, table))
        document = QDomDocument()
        document.setContent(qml)
        layer.importNamedStyle(document)
        delete_styles_named(layer, name)
        error = save_default_style(layer, name, description)
        if error:
            raise PeuplementError("PostGIS : style de {}.{} non enregistré : {}".format(schema, table, error))
