"""The inspector's entries in QGIS: its dock, its toolbar (open the dock, the map tool,
open from the selection, settings), its locator filter; all removed by ``desinstaller``."""

from qgis.core import QgsApplication, QgsExpression, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QIcon
from qgis.PyQt.QtWidgets import QAction, QDialog

from ..paths import icon_path
from . import config as cfg
from .dock import InspecteurDock
from .parametres import ParametresDialog
from .recherche import FiltreResidences, OutilResidence

MENU = "&Peuplement"  # the plugin's menu (plugin.py)


translate = QCoreApplication.translate  # pylupdate reads translate("Inspecteur", "…")


class Inspecteur:
    def __init__(self, iface, project=None):
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.dock = None
        self.outil = None
        self.filtre = None
        self.toolbar = None
        self.actions = []

    def installer(self):
        window = self.iface.mainWindow()
        self.dock = InspecteurDock(window, self.project)
        self.dock.parametresDemandes.connect(self.parametres)
        self.dock.visibilityChanged.connect(self._dock_visible)
        self.dock.closed.connect(self.effacer_surlignage)
        self._surlignages = []
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.outil = OutilResidence(self.iface.mapCanvas(), self._couches_cliquables)
        self.outil.trouve.connect(self.ouvrir)
        self.filtre = FiltreResidences(self.ouvrir, self.index_recherche)
        self.iface.registerLocatorFilter(self.filtre)
        self.toolbar = self.iface.addToolBar(translate("Inspecteur", "Peuplement — residence inspector"))
        self.toolbar.setObjectName("PeuplementInspecteurToolbar")
        # one icon per action: the plugin's for its dock, QGIS's own for the rest
        entries = (
            ("peuplement_inspecteur", translate("Inspecteur", "Residence inspector"), self.basculer,
             QIcon(icon_path())),
            ("peuplement_inspecteur_outil", translate("Inspecteur", "Inspect a building on the map"),
             self.activer_outil, QgsApplication.getThemeIcon("/mActionIdentify.svg")),
            ("peuplement_inspecteur_selection", translate("Inspecteur", "Inspect the selected building or résidence"),
             self.ouvrir_selection, QgsApplication.getThemeIcon("/mIconSelected.svg")),
            ("peuplement_inspecteur_parametres", translate("Inspecteur", "Residence inspector settings…"),
             self.parametres, QgsApplication.getThemeIcon("/mActionOptions.svg")),
        )
        for name, text, slot, icon in entries:
            action = QAction(icon, text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.toolbar.addAction(action)
            self.actions.append(action)
        for action in (self.actions[0], self.actions[3]):  # in the Plugins ▸ Peuplement menu too
            self.iface.addPluginToMenu(MENU, action)
        self.actions[1].setCheckable(True)
        self.outil.setAction(self.actions[1])
        self._index = None
        self._examen_prevu = False
        for signal, slot in self._signaux():
            signal.connect(slot)

    def desinstaller(self):
        if self.dock is not None:
            self.effacer_surlignage()
        for signal, slot in self._signaux():
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        canvas = self.iface.mapCanvas()
        if self.outil is not None:
            if canvas.mapTool() is self.outil:
                canvas.unsetMapTool(self.outil)
            self.outil.deleteLater()
            self.outil = None
        if self.filtre is not None:
            self.iface.deregisterLocatorFilter(self.filtre)
            self.filtre = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.actions:
            for action in (self.actions[0], self.actions[3]):
                self.iface.removePluginMenu(MENU, action)
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None

    # ----------------------------------------------------------------- entries

    def _signaux(self):
        return ((self.project.readProject, self._projet_change), (self.project.cleared, self._projet_change),
                (self.project.layersWillBeRemoved, self.effacer_surlignage),
                (self.project.layersAdded, self._couches_ajoutees),
                (self.project.layersRemoved, self._couches_retirees))

    def _projet_change(self, *_args):
        """Another project: the data is read again when next needed, nothing stays shown."""
        self.effacer_surlignage()
        self.dock.oublier()
        self._index = None

    def _recharger(self, config=None):
        self.dock.recharger(config)
        self._index = None
        if self.dock.batiment_id is not None:
            self.surligner()

    def _couches_retirees(self, ids):
        """A layer the configuration reads is gone: read again, reopen what was shown."""
        if self.dock.donnees is not None and set(ids) & self.dock.couches_utilisees():
            self._recharger(None if cfg.lire(self.project) is None else self.dock.donnees.config)

    def _couches_ajoutees(self, _layers):
        """With a guessed configuration, new layers may change the guess. Checked once
        the layers of one batch are all in (a run of an algorithm adds them one by one),
        and the data read again only when the guess is another one: a layer of no use to
        the inspector costs nothing."""
        if self.dock.donnees is not None and cfg.lire(self.project) is None and not self._examen_prevu:
            self._examen_prevu = True
            QTimer.singleShot(0, self._reexaminer)

    def _reexaminer(self):
        self._examen_prevu = False
        if self.dock is None or self.dock.donnees is None or cfg.lire(self.project) is not None:
            return
        guessed = cfg.deviner(self.project)
        if guessed != self.dock.donnees.config:
            self._recharger(guessed)

    def _config(self):
        """The configuration in use: the loaded one, else the project's (saved or guessed)."""
        return self.dock.donnees.config if self.dock.donnees is not None else cfg.courante(self.project)

    def index_recherche(self):
        if self._index is None:
            donnees = self.dock.donnees if self.dock.donnees is not None else self.dock.charger()
            self._index = donnees.index_recherche()
        return self._index

    def basculer(self):
        self.dock.setVisible(not self.dock.isVisible())

    def activer_outil(self):
        self.iface.mapCanvas().setMapTool(self.outil)

    def _couches_cliquables(self):
        config = self._config()
        return [("batiment", config.layer("batiments", self.project), config.field("batiments", "batiment_id")),
                ("residence", config.layer("residences", self.project), config.field("residences", "residence_id"))]

    def ouvrir(self, kind, ident):
        self.dock.show()
        self.dock.raise_()
        opened = self.dock.ouvrir_residence(ident) if kind == "residence" else self.dock.ouvrir_batiment(ident)
        self.surligner()
        return opened

    # ----------------------------------------------------------------- map highlight

    def surligner(self):
        """The open building highlighted on the map (the other buildings of its résidence
        lighter), until another one is opened, the dock is closed or the layer removed."""
        self.effacer_surlignage()
        config = self._config()
        layer = config.layer("batiments", self.project)
        field = config.field("batiments", "batiment_id")
        if layer is None or not field or not self.dock.batiment_ids or not layer.isSpatial():
            return
        wanted = {str(b) for b in self.dock.batiment_ids}
        expression = "{} IN ({})".format(QgsExpression.quotedColumnRef(field),
                                         ", ".join(QgsExpression.quotedValue(b) for b in sorted(wanted)))
        canvas = self.iface.mapCanvas()
        for feature in layer.getFeatures(QgsFeatureRequest(QgsExpression(expression))):
            if not feature.hasGeometry():
                continue
            opened = str(feature[field]) == str(self.dock.batiment_id)
            highlight = QgsHighlight(canvas, feature.geometry(), layer)
            highlight.setColor(QColor(211, 47, 47) if opened else QColor(255, 143, 0))
            highlight.setFillColor(QColor(211, 47, 47, 110) if opened else QColor(255, 143, 0, 50))
            highlight.setWidth(3 if opened else 1)
            highlight.show()
            self._surlignages.append(highlight)

    def effacer_surlignage(self, *_args):
        canvas = self.iface.mapCanvas()
        for highlight in self._surlignages:
            highlight.hide()
            canvas.scene().removeItem(highlight)
        self._surlignages = []

    def _dock_visible(self, visible):
        if not visible:
            self.effacer_surlignage()

    def ouvrir_selection(self):
        """The first selected feature of the active layer, if it is the buildings or the
        résidences layer (or any layer with a batiment_id / residence_id field)."""
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or not layer.selectedFeatureCount():
            self.iface.messageBar().pushInfo(
                translate("Inspecteur", "Residence inspector"),
                translate("Inspecteur", "Select a building or a résidence on the active layer first."))
            return False
        feature = next(layer.getSelectedFeatures())
        names = layer.fields().names()
        config = self._config()
        for kind, key, name in (("batiment", "batiments", "batiment_id"), ("residence", "residences", "residence_id")):
            field = config.field(key, name) if config.layer(key, self.project) is layer else None
            field = field or (name if name in names else None)
            if field and field in names and feature[field] not in (None, ""):
                return self.ouvrir(kind, str(feature[field]))
        self.iface.messageBar().pushInfo(
            translate("Inspecteur", "Residence inspector"),
            translate("Inspecteur", "The selected feature has no building nor résidence identifier."))
        return False

    def parametres(self):
        config = self._config()
        dialog = ParametresDialog(config, self.iface.mainWindow(), self.project)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.appliquer(dialog.config())

    def appliquer(self, config):
        cfg.ecrire(config, self.project)
        self.dock.charger(config)
        self._index = None
