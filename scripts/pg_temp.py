"""A throw-away PostgreSQL + PostGIS 3 server for the tests and the benchmark: a new
cluster in a temporary folder, on a free local port, trust authentication on 127.0.0.1
only, stopped and removed at the end. Debian's packages (postgresql-N,
postgresql-N-postgis-3, N the system's major: 15 on Debian 12, 17 on Debian 13) are
installed by scripts/install_deps.sh.

As root (CI), the server runs as the ``postgres`` system user, since PostgreSQL refuses
to run as root."""

import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time

DATABASE = "peuplement"


def installed_major(root="/"):
    """The newest PostgreSQL major installed with both its server (bin/pg_ctl) and PostGIS,
    or None: Debian installs each major under /usr/lib/postgresql/N."""
    majors = []
    for pg_ctl in glob.glob(os.path.join(root, "usr/lib/postgresql/*/bin/pg_ctl")):
        major = pg_ctl.split(os.sep)[-3]
        if re.fullmatch(r"\d+", major) and os.path.exists(
                os.path.join(root, "usr/share/postgresql", major, "extension/postgis.control")):
            majors.append(int(major))
    return str(max(majors)) if majors else None


MAJOR = installed_major()
BIN = "/usr/lib/postgresql/{}/bin".format(MAJOR) if MAJOR else None


def available():
    return MAJOR is not None


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TemporaryServer:
    def __init__(self, directory=None):
        self.root = directory or tempfile.mkdtemp(prefix="peuplement_pg_")
        self.data = os.path.join(self.root, "data")
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0

    # -- process control ---------------------------------------------------------------

    def _command(self, *args):
        command = list(args)
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--"] + command
        return command

    def _run(self, *args):
        result = subprocess.run(self._command(*args), capture_output=True, text=True, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError("{} a échoué : {}{}".format(" ".join(args), result.stdout, result.stderr))
        return result.stdout

    def start(self):
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(os.path.join(BIN, "initdb"), "-D", self.data, "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
                  "-c full_page_writes=off".format(self.port, self.root)
        self._run(os.path.join(BIN, "pg_ctl"), "-D", self.data, "-l", os.path.join(self.root, "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        self._run(os.path.join(BIN, "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  DATABASE)
        self.execute("CREATE EXTENSION postgis")
        return self

    def stop(self):
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            subprocess.run(self._command(os.path.join(BIN, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop"),
                           capture_output=True, cwd=self.root)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- access ------------------------------------------------------------------------

    @property
    def conninfo(self):
        return "dbname='{}' host=127.0.0.1 port={} user='postgres'".format(DATABASE, self.port)

    def connect(self):
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=DATABASE)
        connection.autocommit = True
        return connection

    def execute(self, sql, parameters=None):
        with self.connect() as connection, connection.cursor() as cursor:
            cursor.execute(sql, parameters)
            return cursor.fetchall() if cursor.description else None

    def uri(self, schema, table, geometry="geom", key="id"):
        """A QGIS ``postgres`` provider URI of ``schema.table``."""
        return "{} key='{}' table=\"{}\".\"{}\"{}".format(
            self.conninfo, key, schema, table, " ({})".format(geometry) if geometry else "")

    def destination(self, schema, table):
        """A Processing output destination that writes ``schema.table`` in this database."""
        return "postgis:{} table=\"{}\".\"{}\" (geom)".format(self.conninfo, schema, table)

    # -- loading -----------------------------------------------------------------------

    def load_csv(self, path, schema, table):
        """A raw delimited file as a table of text columns (its header as column names, every
        value text, with a serial key ``id``), streamed through COPY: how an agency loads its
        RPLS or OPS file."""
        import csv

        from peuplement_plugin.core.csvfile import sniff

        encoding, separator, _ = sniff(str(path))
        with open(path, encoding=encoding, newline="") as handle:
            header = next(csv.reader(handle, delimiter=separator))
        names = ["\"{}\"".format(c.replace('"', '""')) for c in header]
        quoted = ", ".join(names)
        self.execute("CREATE SCHEMA IF NOT EXISTS \"{0}\"; DROP TABLE IF EXISTS \"{0}\".\"{1}\"; "
                     "CREATE TABLE \"{0}\".\"{1}\" (id serial PRIMARY KEY, {2})".format(
                         schema, table, ", ".join(name + " text" for name in names)))
        pg_encoding = "WIN1252" if encoding.lower() in ("cp1252", "windows-1252") else "UTF8"
        with open(path, "rb") as handle, self.connect() as connection, connection.cursor() as cursor:
            if encoding == "utf-8-sig":
                handle.read(3)
            cursor.copy_expert("COPY \"{}\".\"{}\" ({}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '{}', "
                               "ENCODING '{}')".format(schema, table, quoted, separator, pg_encoding), handle)

    def load_gpkg(self, path, schema):
        """Every layer of a GeoPackage into ``schema`` (geometry column ``geom``, key ``id``)."""
        from osgeo import gdal

        self.execute("CREATE SCHEMA IF NOT EXISTS \"{}\"".format(schema))
        # The exceptions mode set explicitly (GDAL 3.7+ warns otherwise) and put back as it
        # was: this runs inside the tests' process, next to the plugin.
        before = gdal.GetUseExceptions()
        gdal.UseExceptions()
        try:
            result = gdal.VectorTranslate("PG:" + self.conninfo, str(path), format="PostgreSQL",
                                          layerCreationOptions=["SCHEMA=" + schema, "GEOMETRY_NAME=geom", "FID=id"],
                                          accessMode="overwrite")
        finally:
            if not before:
                gdal.DontUseExceptions()
        if result is None:
            raise RuntimeError("chargement de {} dans PostGIS impossible".format(path))
        result = None

