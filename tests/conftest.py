"""Shared fixtures: the plugin's provider registered in a headless QGIS (pytest-qgis)."""

import os
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
