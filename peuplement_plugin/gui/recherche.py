"""Finding a résidence: a QGIS locator filter (name, address or identifier) and a map
tool (click a building or a résidence)."""

from qgis.core import Qgis, QgsLocatorFilter, QgsLocatorResult, QgsMessageLog
from qgis.gui import QgsMapToolIdentify
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal


class FiltreResidences(QgsLocatorFilter):
    """Type part of a résidence's name, a building's address or an identifier.

    The contract of ``QgsLocatorFilter`` (QGIS 3.22 to 3.44): QGIS clones the filter for
    each search and calls ``prepare`` on the clone in the main thread, then
    ``fetchResults`` in a worker thread. So ``prepare`` takes a snapshot of the index
    from ``fournir`` (the inspector's cached one, which may read layers: main thread
    only) and returns the autocompletion list; ``fetchResults`` only reads that
    immutable snapshot and never raises (an exception in a worker thread aborts QGIS)."""

    PREFIX = "res"

    def __init__(self, ouvrir, fournir, index=()):
        super().__init__()
        self.ouvrir = ouvrir  # callable(kind, id)
        self.fournir = fournir  # callable() → [(searched text, label, kind, id)]
        self.index = tuple(index)

    def prepare(self, string, context):
        self.index = tuple(self.fournir())
        return []  # no autocompletion (a list is what QGIS converts to QStringList)

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

    def resultat(self, label, kind, ident):
        """The locator result of one entry (``userData`` set through the constructor, the
        one way every version from 3.22 to 3.44 accepts)."""
        result = QgsLocatorResult(self, label, "{}|{}".format(kind, ident))
        result.group = QCoreApplication.translate("FiltreResidences", "Résidence") if kind == "residence" \
            else QCoreApplication.translate("FiltreResidences", "Building")
        return result

    def fetchResults(self, string, context, feedback):  # noqa: N802
        try:
            for _searched, label, kind, ident in self.resultats(string):
                if feedback is not None and feedback.isCanceled():
                    return
                self.resultFetched.emit(self.resultat(label, kind, ident))
        except Exception as error:  # noqa: BLE001 (never let it reach the worker thread)
            QgsMessageLog.logMessage("{}: {}".format(type(error).__name__, error), "Peuplement",
                                     Qgis.MessageLevel.Warning)

    def triggerResult(self, result):  # noqa: N802
        kind, _, ident = str(donnee_du_resultat(result)).partition("|")
        self.ouvrir(kind, ident)


def donnee_du_resultat(result):
    """The ``userData`` of a locator result: ``getUserData()`` from 3.18 (reading the
    member crashed some versions), the property from 3.34 on (where the method may be gone)."""
    getter = getattr(result, "getUserData", None)
    return getter() if callable(getter) else result.userData


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
