"""Shared fixtures: the plugin's provider registered in a headless QGIS (pytest-qgis)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REALDATA = ROOT.parent / "shared" / "realdata"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from peuplement_plugin.processing.provider import PeuplementProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("peuplement")
    if existing is not None:
        yield existing
        return
    peuplement = PeuplementProvider()
    registry.addProvider(peuplement)
    yield peuplement
    registry.removeProvider(peuplement)


@pytest.fixture()
def run(provider):
    """processing.run with a fresh context; returns (results, feedback log)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append("WARNING " + warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.lines.append("ERROR " + error)

        @property
        def log(self):
            return "\n".join(self.lines)

    def _run(algorithm_id, parameters):
        feedback = Feedback()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run(algorithm_id, parameters, context=context, feedback=feedback)
        return results, feedback

    return _run


class Territoire:
    """The generated sample territory: ``path(name)`` of its files, ``meta`` (territoire.json)."""

    def __init__(self, directory):
        self.directory = directory
        self.meta = json.loads((directory / "territoire.json").read_text(encoding="utf-8"))

    def path(self, name):
        return str(self.directory / name)

    def layer(self, name):
        """A ``path|layername=`` source for a layer of territoire.gpkg."""
        return "{}|layername={}".format(self.directory / "territoire.gpkg", name)


@pytest.fixture(scope="session")
def territoire(tmp_path_factory):
    """The sample territory of tools/generer_territoire.py at 6,000 dwellings, every table,
    generated once per session (about a second). Tests must not modify its files."""
    directory = tmp_path_factory.mktemp("territoire")
    subprocess.run([sys.executable, "-m", "tools.generer_territoire", "--out", str(directory), "--logements", "6000",
                    "--quiet"], check=True, cwd=str(ROOT))
    return Territoire(directory)


def pytest_sessionfinish(session, exitstatus):
    session.config._peuplement_exitstatus = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """QGIS 3.44 (Debian 13) can crash in Python's own finalisation after a full run, once
    every result is reported and pytest-qgis has closed QGIS: make test would then fail
    with a segmentation fault of a green suite. There, leave with pytest's exit status."""
    status = getattr(config, "_peuplement_exitstatus", None)
    if status is None:
        return
    try:
        from qgis.core import Qgis
    except ImportError:
        return
    if Qgis.QGIS_VERSION_INT >= 34400:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
