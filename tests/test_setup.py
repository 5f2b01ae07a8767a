"""The set-up on Debian 12 and 13: the PostgreSQL server found whatever its major, and a
CRS that PROJ cannot read (or that has no EPSG code) reported instead of written as None."""

import pytest
from pyproj import CRS
from pyproj.exceptions import DataDirError

from scripts import pg_temp


def _install(root, major, postgis=True):
    (root / "usr/lib/postgresql" / major / "bin").mkdir(parents=True)
    (root / "usr/lib/postgresql" / major / "bin" / "pg_ctl").write_text("")
    if postgis:
        (root / "usr/share/postgresql" / major / "extension").mkdir(parents=True)
        (root / "usr/share/postgresql" / major / "extension" / "postgis.control").write_text("")


def test_postgresql_major_of_debian_13(tmp_path):
    _install(tmp_path, "17")
    assert pg_temp.installed_major(str(tmp_path)) == "17"


def test_newest_major_with_postgis_wins(tmp_path):
    # 15 and 17 both with PostGIS: 17; 18 without PostGIS cannot run the tests.
    _install(tmp_path, "15")
    _install(tmp_path, "17")
    _install(tmp_path, "18", postgis=False)
    assert pg_temp.installed_major(str(tmp_path)) == "17"


def test_no_server(tmp_path):
    _install(tmp_path, "17", postgis=False)
    assert pg_temp.installed_major(str(tmp_path)) is None


def test_installed_server_is_found():
    # make test installs postgresql-N-postgis-3 whatever N the system offers.
    assert pg_temp.available() and pg_temp.BIN.endswith("/{}/bin".format(pg_temp.MAJOR))


@pytest.fixture()
def import_table(qgis_app):
    from peuplement_plugin.processing.algorithms import import_table

    return import_table


def test_epsg_of_lambert93(import_table):
    assert import_table.epsg_code(CRS.from_epsg(2154).to_wkt()) == 2154


def test_missing_proj_data_is_reported(import_table, monkeypatch):
    from peuplement_plugin.core.errors import PeuplementError

    def no_data(_):
        raise DataDirError("Valid PROJ data directory not found.")

    wkt = CRS.from_epsg(2154).to_wkt()
    monkeypatch.setattr(import_table.CRS, "from_user_input", no_data)
    with pytest.raises(PeuplementError, match="proj-data"):
        import_table.epsg_code(wkt)


def test_unreadable_crs_is_reported(import_table):
    from peuplement_plugin.core.errors import PeuplementError

    with pytest.raises(PeuplementError, match="cannot be read by PROJ"):
        import_table.epsg_code("PROJCS[\"broken\"")


def test_crs_without_epsg_code_is_reported(import_table):
    # A transverse Mercator on 3.3° E is no registered system: read as Lambert-93 it would
    # put every dwelling hundreds of kilometres away from its îlot.
    from peuplement_plugin.core.errors import PeuplementError

    custom = "+proj=tmerc +lat_0=0 +lon_0=3.3 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
    with pytest.raises(PeuplementError, match="no EPSG code"):
        import_table.epsg_code(custom)


def test_deprecations_raised_from_the_plugin_are_errors():
    # pytest.ini: error::DeprecationWarning:peuplement_plugin (and Future): the module is
    # the warning's caller, matched from the start of its name, submodules included.
    import warnings

    for category in (DeprecationWarning, FutureWarning):
        with pytest.raises(category):
            warnings.warn_explicit("deprecated", category, "sinks.py", 1, module="peuplement_plugin.bridge.sinks",
                                   registry={})
    with warnings.catch_warnings(record=True) as caught:
        warnings.warn_explicit("deprecated", FutureWarning, "frame.py", 1, module="pandas.core.frame", registry={})
    assert [str(w.message) for w in caught] == ["deprecated"]
