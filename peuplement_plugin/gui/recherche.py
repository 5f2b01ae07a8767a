"""Finding a résidence: a QGIS locator filter (name, address or identifier) and a map
tool (click a building or a résidence)."""

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.gui import QgsMapToolIdentify
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal


class FiltreResidences(QgsLocatorFilter):
    """Type part of a résidence's name, a building's address or an identifier. The index
    comes from ``fournir`` (the inspector's cached one), called in the main thread by
    ``prepare``; fetchResults, run in a worker thread, only reads it."""

    PREFIX = "res"

    def __init__(self, ouvrir, fournir, index=None):
        super().__init__()
        self.ouvrir = ouvrir  # callable(kind, id)
        self.fournir = fournir  # callable() → [(searched text, label, kind, id)]
        self.index = list(index or [])

    def prepare(self, string, context):
        self.index = list(self.fournir())

    def clone(self):
        return FiltreResidences(self.ouvrir, self.fournir, self.index)

    def name(self):
        return "peuplement_residences"

    def displayName(self):  # noqa: N802
        return QCoreApplication.translate("FiltreResidences", "Social housing résidences")

    def prefix(self):
        return self.PREFIX

    def resultats(self, text, limit=30):
        """The entries whose searched text contains every word of ``text``."""
        words = [w for w in str(text).lower().split() if w]
        if not words or (len(words) == 1 and len(words[0]) < 2):
            return []
        found = [entry for entry in self.index if all(w in entry[0] for w in words)]
        return found[:limit]

    def fetchResults(self, string, context, feedback):  # noqa: N802
        for _searched, label, kind, ident in self.resultats(string):
            if feedback is not None and feedback.isCanceled():
                return
            result = QgsLocatorResult()
            result.filter = self
            result.displayString = label
            result.group = QCoreApplication.translate("FiltreResidences", "Résidence") if kind == "residence" \
                else QCoreApplication.translate("FiltreResidences", "Building")
            result.userData = "{}|{}".format(kind, ident)
            self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802
        kind, _, ident = str(result.userData).partition("|")
        self.ouvrir(kind, ident)


class OutilResidence(QgsMapToolIdentify):
    """Click a building (or a résidence) on the map to open it in the inspector."""

    trouve = pyqtSignal(str, str)  # kind, id

    def __init__(self, canvas, couches):
        super().__init__(canvas)
        self.couches = couches  # callable → [(kind, layer, id field)]
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802
        self.identifier(event.x(), event.y())

    def identifier(self, x, y):
        for kind, layer, field in self.couches():
            if layer is None or not field:
                continue
            results = self.identify(x, y, [layer], QgsMapToolIdentify.TopDownStopAtFirst)
            for result in results:
                value = result.mFeature.attribute(field)
                if value is not None and str(value) not in ("", "NULL"):
                    self.trouve.emit(kind, str(value))
                    return kind, str(value)
        return None
