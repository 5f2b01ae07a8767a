"""Republishing into PostGIS keeps what an agency built on the published tables (issue 20):
views, a view on a view, a materialised view and its index, foreign keys both ways, an
index, a trigger, grants and comments come back on the new tables, answering with the
new rows; what cannot come back stops the publication, named, with nothing written.
On the suite's real PostgreSQL 15 + PostGIS 3 server (scripts/pg_temp.py)."""

import os

import pytest
from osgeo import ogr, osr

from scripts import pg_temp

pytestmark = pytest.mark.skipif(not pg_temp.available() and os.environ.get("CI") != "true",
                                reason="postgresql-15-postgis-3 not installed (make test installs it)")


@pytest.fixture(scope="module")
def server():
    with pg_temp.TemporaryServer() as running:
        running.execute("CREATE ROLE lecteurs NOLOGIN; CREATE ROLE agence NOLOGIN")
        yield running


def _gpkg(path, rows, with_taux=True):
    """A GeoPackage like the observatoire's: a layer ``parc_qpv`` (points) keyed by
    ``code_qpv``, and a table ``series`` without geometry."""
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("parc_qpv", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("code_qpv", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("nb_logements", ogr.OFTInteger))
    if with_taux:
        layer.CreateField(ogr.FieldDefn("taux", ogr.OFTReal))
    for index, (code, logements, taux) in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("code_qpv", code)
        feature.SetField("nb_logements", logements)
        if with_taux:
            feature.SetField("taux", taux)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} 6700000)".format(500000 + 100 * index)))
        layer.CreateFeature(feature)
    series = dataset.CreateLayer("series", None, ogr.wkbNone)
    series.CreateField(ogr.FieldDefn("annee", ogr.OFTInteger))
    for year in (2022, 2023):
        feature = ogr.Feature(series.GetLayerDefn())
        feature.SetField("annee", year)
        series.CreateFeature(feature)
    # the layers belong to the dataset: released before it, or GDAL frees them twice
    del layer, series, feature
    dataset = None
    return str(path)


FIRST = [("QN001", 100, 0.1), ("QN002", 200, 0.2), ("QN003", 300, 0.3)]
SECOND = [("QN001", 110, 0.5), ("QN002", 220, 0.6), ("QN003", 330, 0.7), ("QN004", 440, 0.8)]


def _agency_builds(server, schema):
    """What an agency does between two publications, in its own SQL."""
    server.execute("""
        ALTER TABLE {s}.parc_qpv ADD CONSTRAINT parc_qpv_code_unique UNIQUE (code_qpv);
        CREATE INDEX parc_qpv_taux_idx ON {s}.parc_qpv (taux);
        COMMENT ON TABLE {s}.parc_qpv IS 'parc par QPV, publié par l''extension';
        COMMENT ON COLUMN {s}.parc_qpv.taux IS 'taux suivi en comité';
        GRANT SELECT ON {s}.parc_qpv TO lecteurs;
        GRANT UPDATE (taux) ON {s}.parc_qpv TO agence;
        CREATE VIEW {s}.grands_qpv WITH (security_barrier = true) AS
            SELECT code_qpv, nb_logements, taux FROM {s}.parc_qpv WHERE nb_logements >= 200;
        CREATE VIEW {s}.total_grands AS SELECT sum(nb_logements) AS total FROM {s}.grands_qpv;
        GRANT SELECT ON {s}.grands_qpv TO lecteurs;
        COMMENT ON VIEW {s}.grands_qpv IS 'vue de l''agence';
        CREATE MATERIALIZED VIEW {s}.synthese AS
            SELECT count(*) AS nb_qpv, sum(nb_logements) AS logements, max(taux) AS taux_max,
                   (SELECT count(*) FROM {s}.series) AS nb_annees
            FROM {s}.parc_qpv;
        CREATE UNIQUE INDEX synthese_idx ON {s}.synthese (nb_qpv);
        GRANT SELECT ON {s}.synthese TO lecteurs;
        CREATE VIEW public.nb_qpv_agence AS SELECT count(*) AS n FROM {s}.parc_qpv;
        CREATE TABLE public.suivi_qpv (id serial PRIMARY KEY,
            code_qpv text REFERENCES {s}.parc_qpv (code_qpv), remarque text);
        INSERT INTO public.suivi_qpv (code_qpv, remarque) VALUES ('QN002', 'revue en comité');
        CREATE TABLE public.journal (quand timestamptz DEFAULT now(), code text);
        CREATE FUNCTION public.note_parc() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN INSERT INTO public.journal (code) VALUES (NEW.code_qpv); RETURN NEW; END $$;
        CREATE TRIGGER parc_qpv_journal AFTER INSERT ON {s}.parc_qpv
            FOR EACH ROW EXECUTE FUNCTION public.note_parc();
    """.format(s=schema))


def _state(server, schema):
    return {
        "tables": sorted(r[0] for r in server.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,))),
        "grants": sorted(server.execute(
            "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = %s AND grantee IN ('lecteurs', 'agence')", (schema,))),
        "column_grants": sorted(server.execute(
            "SELECT table_name, column_name, grantee, privilege_type FROM information_schema.column_privileges "
            "WHERE table_schema = %s AND grantee = 'agence'", (schema,))),
        "indexes": sorted(r[0] for r in server.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = %s", (schema,))),
        "constraints": sorted(server.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN "
            "('{0}.parc_qpv'::regclass, 'public.suivi_qpv'::regclass)".format(schema))),
        "triggers": sorted(r[0] for r in server.execute(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = '{}.parc_qpv'::regclass".format(
                schema))),
        "comments": server.execute(
            "SELECT obj_description('{0}.parc_qpv'::regclass, 'pg_class'), "
            "col_description('{0}.parc_qpv'::regclass, 4), obj_description('{0}.grands_qpv'::regclass, 'pg_class')"
            .format(schema)),
        "options": server.execute("SELECT reloptions FROM pg_class WHERE oid = '{}.grands_qpv'::regclass".format(
            schema)),
    }


def test_republishing_keeps_views_keys_grants_and_answers_with_new_rows(qgis_app, server, tmp_path):
    from peuplement_plugin.bridge.postgis import publish_gpkg

    schema = "agence_kept"
    connection = server.conninfo
    assert publish_gpkg(_gpkg(tmp_path / "v1.gpkg", FIRST), ["parc_qpv", "series"], connection, schema)
    _agency_builds(server, schema)
    before = _state(server, schema)
    assert server.execute("SELECT total FROM {}.total_grands".format(schema)) == [(500,)]  # 200 + 300

    assert publish_gpkg(_gpkg(tmp_path / "v2.gpkg", SECOND), ["parc_qpv", "series"], connection, schema)

    after = _state(server, schema)
    assert after == before
    # the views answer with the new rows: QPV with at least 200 dwellings are now
    # QN002 (220), QN003 (330), QN004 (440): 220 + 330 + 440 = 990
    assert server.execute("SELECT total FROM {}.total_grands".format(schema)) == [(990,)]
    assert sorted(server.execute("SELECT code_qpv FROM {}.grands_qpv".format(schema))) == [
        ("QN002",), ("QN003",), ("QN004",)]
    # a view in the search path's schema (public) comes back there: 4 QPV now
    assert server.execute("SELECT n FROM public.nb_qpv_agence") == [(4,)]
    assert server.execute("SELECT table_schema FROM information_schema.views WHERE table_name = 'nb_qpv_agence'") \
        == [("public",)]
    # the materialised view is filled again from the new tables: 4 QPV, 110 + 220 + 330 + 440
    # = 1100 dwellings, the highest rate 0.8, 2 years in ``series``
    assert server.execute("SELECT nb_qpv, logements, taux_max, nb_annees FROM {}.synthese".format(schema)) == [
        (4, 1100, 0.8, 2)]
    assert server.execute("SELECT relispopulated FROM pg_class WHERE oid = '{}.synthese'::regclass".format(
        schema)) == [(True,)]
    # the foreign key holds on the new rows, and still guards them
    assert server.execute("SELECT count(*) FROM public.suivi_qpv s JOIN {}.parc_qpv p USING (code_qpv)".format(
        schema)) == [(1,)]
    with pytest.raises(Exception, match="suivi_qpv_code_qpv_fkey"):
        server.execute("INSERT INTO public.suivi_qpv (code_qpv) VALUES ('QN999')")
    # the agency's trigger fires on the new table
    server.execute("INSERT INTO {}.parc_qpv (code_qpv, nb_logements) VALUES ('QN005', 1)".format(schema))
    assert server.execute("SELECT code FROM public.journal") == [("QN005",)]
    assert not [r for r in server.execute("SELECT nspname FROM pg_namespace") if "_ecriture_" in r[0]]


def test_republishing_refuses_when_a_view_cannot_come_back(qgis_app, server, tmp_path):
    """The new table lacks the column ``taux`` a view reads: the publication stops, names
    that view and the view built on it, and the schema is as it was."""
    from peuplement_plugin.bridge.postgis import publish_gpkg
    from peuplement_plugin.core.errors import PeuplementError

    schema = "agence_refus"
    connection = server.conninfo
    publish_gpkg(_gpkg(tmp_path / "v1.gpkg", FIRST), ["parc_qpv", "series"], connection, schema)
    server.execute("CREATE VIEW {s}.taux_qpv AS SELECT code_qpv, taux FROM {s}.parc_qpv; "
                   "CREATE VIEW {s}.taux_max AS SELECT max(taux) AS taux FROM {s}.taux_qpv; "
                   "CREATE VIEW {s}.effectifs AS SELECT sum(nb_logements) AS n FROM {s}.parc_qpv".format(s=schema))
    with pytest.raises(PeuplementError) as refused:
        publish_gpkg(_gpkg(tmp_path / "v2.gpkg", SECOND, with_taux=False), ["parc_qpv", "series"], connection,
                     schema)
    message = str(refused.value)
    assert "vue {}.taux_qpv".format(schema) in message and "vue {}.taux_max".format(schema) in message
    assert "effectifs" not in message  # it would have come back
    # nothing written: the old rows (100 + 200 + 300 = 600), the views, no staging schema
    assert server.execute("SELECT n FROM {}.effectifs".format(schema)) == [(600,)]
    assert server.execute("SELECT taux FROM {}.taux_max".format(schema)) == [(0.3,)]
    assert not [r for r in server.execute("SELECT nspname FROM pg_namespace") if "_ecriture_" in r[0]]


def test_republishing_refuses_objects_it_cannot_recreate_before_writing(qgis_app, server, tmp_path):
    """A table inheriting from a published one and a row-level policy on it: the plugin
    does not know how to keep them, so it names them and does not touch the schema."""
    from peuplement_plugin.bridge.postgis import publish_gpkg
    from peuplement_plugin.core.errors import PeuplementError

    schema = "agence_inconnu"
    connection = server.conninfo
    publish_gpkg(_gpkg(tmp_path / "v1.gpkg", FIRST), ["parc_qpv", "series"], connection, schema)
    server.execute("CREATE TABLE public.parc_archive (archive_le date) INHERITS ({s}.parc_qpv); "
                   "CREATE POLICY lecture ON {s}.series FOR SELECT USING (annee > 2000)".format(s=schema))
    with pytest.raises(PeuplementError) as refused:
        publish_gpkg(_gpkg(tmp_path / "v2.gpkg", SECOND), ["parc_qpv", "series"], connection, schema)
    message = str(refused.value)
    assert "parc_archive" in message and "policy lecture" in message
    assert server.execute("SELECT count(*) FROM {}.parc_qpv".format(schema)) == [(3,)]
    assert not [r for r in server.execute("SELECT nspname FROM pg_namespace") if "_ecriture_" in r[0]]
