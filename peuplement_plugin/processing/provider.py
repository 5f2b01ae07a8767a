"""The Processing provider ``peuplement``: its algorithm ids are a public interface
(domain.md section 8), scripted by batch users: add, never rename."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path
from .algorithms.atlas import Atlas
from .algorithms.audit_secret import AuditSecret
from .algorithms.evolution import Evolution
from .algorithms.flux import Flux
from .algorithms.fragilite import Fragilite
from .algorithms.import_table import ImportTable
from .algorithms.indicateurs_occupation import IndicateursOccupation
from .algorithms.indicateurs_parc import IndicateursParc
from .algorithms.objectifs_attribution import ObjectifsAttribution
from .algorithms.observatoire import Observatoire
from .algorithms.pression_demande import PressionDemande
from .algorithms.proteger_publication import ProtegerPublication
from .algorithms.secteurs_fragiles_hors_qpv import SecteursFragilesHorsQpv


class PeuplementProvider(QgsProcessingProvider):
    def id(self):
        return "peuplement"

    def name(self):
        return QCoreApplication.translate("PeuplementProvider", "Peuplement du parc social")

    def longName(self):  # noqa: N802
        return self.name()

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):  # noqa: N802
        return icon_path()

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in (ImportTable(), IndicateursParc(), IndicateursOccupation(), Evolution(), Flux(),
                          ObjectifsAttribution(), PressionDemande(), Fragilite(), SecteursFragilesHorsQpv(), Atlas(),
                          Observatoire(), ProtegerPublication(), AuditSecret()):
            self.addAlgorithm(algorithm)
