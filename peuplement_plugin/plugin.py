"""The plugin object QGIS loads: Processing provider, menu and toolbar entries."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from qgis.PyQt.QtWidgets import QAction

from .paths import i18n_dir
from .processing.provider import PeuplementProvider

MENU = "&Peuplement"  # also gui/inspecteur.MENU


class PeuplementPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.translator = None
        self.inspecteur = None  # the residence inspector (gui/inspecteur.py)
        self._install_translator()

    def tr(self, text):
        return QCoreApplication.translate("PeuplementPlugin", text)

    def _install_translator(self):
        locale = (QSettings().value("locale/userLocale", QLocale().name()) or "")[:2]
        qm = i18n_dir() / "peuplement_{}.qm".format(locale)
        if qm.is_file():
            self.translator = QTranslator()
            if self.translator.load(str(qm)):
                QCoreApplication.installTranslator(self.translator)

    # Processing ---------------------------------------------------------------------

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        """Called by QGIS, and by qgis_process where there is no iface."""
        if self.provider is None:
            provider = PeuplementProvider()
            # addProvider fails when the id is taken; then it is not ours to remove.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # GUI ----------------------------------------------------------------------------

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar(self.tr("Peuplement"))
        self.toolbar.setObjectName("PeuplementToolbar")
        entries = (
            (self.tr("Import a table (RPLS, OPS, SNE)…"), "peuplement:import_table", False,
             QgsApplication.getThemeIcon("/mActionAddDelimitedTextLayer.svg")),
            (self.tr("Stock indicators per unit…"), "peuplement:indicateurs_parc", True,
             QgsApplication.getThemeIcon("/processingAlgorithm.svg")),
        )
        for text, algorithm_id, on_toolbar, icon in entries:
            action = QAction(icon, text, self.iface.mainWindow())
            action.setObjectName(algorithm_id.replace(":", "_"))
            action.triggered.connect(lambda _checked=False, a=algorithm_id: self.open_algorithm(a))
            self.iface.addPluginToMenu(MENU, action)
            if on_toolbar:
                self.toolbar.addAction(action)
            self.actions.append(action)
        from .gui.inspecteur import Inspecteur
        self.inspecteur = Inspecteur(self.iface)
        self.inspecteur.installer()

    @staticmethod
    def open_algorithm(algorithm_id):
        from processing import execAlgorithmDialog
        execAlgorithmDialog(algorithm_id, {})

    def unload(self):
        if self.inspecteur is not None:
            self.inspecteur.desinstaller()
            self.inspecteur = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
