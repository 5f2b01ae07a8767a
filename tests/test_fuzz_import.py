"""Fuzzing peuplement:import_table (hypothesis): random bytes and random CSVs that look
like RPLS files either import or stop with a message — never a crash, never a traceback.
At least 500 examples run in CI."""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HEADERS = ["IDENT_REP", "IMMEU", "ETAGE", "NBPIECE", "SURFHAB", "FINAN", "MODE", "BAIL", "DEPCOM", "X", "Y",
           "EPSG", "Nom du Programme", "CONTRESLOG", "VACANCE"]
CELL = st.one_of(
    st.text(alphabet=string.ascii_letters + string.digits + " ,.-/éèàç«»;\"'\t", max_size=12),
    st.integers(-10 ** 6, 10 ** 6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda v: str(v).replace(".", ",")),
    st.sampled_from(["RC", "RDC", "SS", "01/02/2023", "2023-02-31", "31/02/2023", "", "NA", "12", "52", "1"]),
)


@st.composite
def csv_like(draw):
    columns = draw(st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8, unique=True))
    separator = draw(st.sampled_from([";", ",", "\t", "|"]))
    rows = draw(st.lists(st.lists(CELL, min_size=len(columns), max_size=len(columns) + 2), max_size=6))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join([separator.join(columns)] + [separator.join(r) for r in rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return text.encode(encoding, errors="replace")


def _check(raw_bytes, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

    directory = tmp_path_factory.mktemp("fuzz")
    path = directory / "table.csv"
    path.write_bytes(raw_bytes)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        processing.run("peuplement:import_table",
                       {"INPUT": str(path), "KIND": 0, "OUTPUT": str(directory / "out.gpkg"),
                        "REPORT": str(directory / "rapport.gpkg")},
                       context=context, feedback=QgsProcessingFeedback())
    except QgsProcessingException as error:
        message = str(error)
        assert "Traceback" not in message, message
        assert message.strip()
        assert not (directory / "out.gpkg").exists()  # stopped: nothing written


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                database=None)


@FUZZ
@given(raw_bytes=st.binary(max_size=400))
def test_random_bytes(provider, tmp_path_factory, raw_bytes):
    _check(raw_bytes, tmp_path_factory)


@FUZZ
@given(raw_bytes=csv_like())
def test_random_rpls_like_csv(provider, tmp_path_factory, raw_bytes):
    _check(raw_bytes, tmp_path_factory)
