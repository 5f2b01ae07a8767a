"""The inspector's settings panel: layers and fields, saved in the QGIS project."""

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                                 QListWidgetItem, QVBoxLayout)

from . import config as cfg


class ParametresDialog(QDialog):
    def __init__(self, config, parent=None, project=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.setWindowTitle(self.tr("Residence inspector — settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Guessed from the outputs of the plugin's algorithms; saved in the project.")))
        form = QFormLayout()
        layout.addLayout(form)
        titles = {
            "logements": self.tr("Dwellings (canonical logements)"),
            "batiments": self.tr("Buildings"),
            "residences": self.tr("Résidences"),
            "attributions": self.tr("Attributions (canonical)"),
            "demandes": self.tr("Applications (canonical demandes)"),
            "observations": self.tr("Field observations"),
            "fragilite": self.tr("Fragility index (peuplement:fragilite)"),
        }
        self.combos = {}
        self.field_combos = {}
        for key in cfg.LAYER_KEYS:
            combo = QgsMapLayerComboBox()
            combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
            combo.setAllowEmptyLayer(True)
            layer = config.layer(key, self.project)
            combo.setLayer(layer)
            form.addRow(titles[key], combo)
            self.combos[key] = combo
            for name in cfg.FIELD_KEYS.get(key, ()):
                field_combo = QgsFieldComboBox()
                field_combo.setAllowEmptyFieldName(True)
                field_combo.setLayer(layer)
                field_combo.setField(config.field(key, name) or "")
                combo.layerChanged.connect(field_combo.setLayer)
                form.addRow("    {} · {}".format(titles[key], name), field_combo)
                self.field_combos["{}.{}".format(key, name)] = field_combo
        self.menages = QListWidget()
        for layer in sorted(self.project.mapLayers().values(), key=lambda l: l.name()):
            if not isinstance(layer, QgsVectorLayer):
                continue
            item = QListWidgetItem(layer.name())
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.id() in config.menages else Qt.CheckState.Unchecked)
            self.menages.addItem(item)
        form.addRow(self.tr("Households (canonical menages, one layer per survey or one for all)"), self.menages)
        self.seuil = QLineEdit("" if config.seuil_q1 is None else str(config.seuil_q1))
        self.seuil.setPlaceholderText(self.tr("empty: computed from the applications"))
        form.addRow(self.tr("Published Q1 threshold (€ per UC and year)"), self.seuil)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def config(self):
        config = cfg.Config()
        for key, combo in self.combos.items():
            if combo.currentLayer() is not None:
                config.layers[key] = combo.currentLayer().id()
        for key, combo in self.field_combos.items():
            if combo.currentField():
                config.fields[key] = combo.currentField()
        config.menages = [self.menages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.menages.count())
                          if self.menages.item(i).checkState() == Qt.CheckState.Checked]
        try:
            text = self.seuil.text().strip().replace(",", ".").replace(" ", "")
            config.seuil_q1 = float(text) if text else None
        except ValueError:
            config.seuil_q1 = None
        return config
