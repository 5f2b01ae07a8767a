"""The inspector's drawings, with QPainter only (no web engine): the floor grid, its
legend and the bar charts of the indicators. They draw what ``core.residence`` computed."""

import math

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QRect, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core import residence as modele

# Palettes per variable: ordered bands get a sequential ramp, the others distinct hues.
PALETTES = {
    "occupation": ("#4e79a7", "#e15759", "#9c755f", "#bab0ac"),
    "composition": ("#f28e2b", "#76b7b2", "#59a14f", "#e15759", "#b07aa1"),
    "ressources": ("#b2182b", "#ef8a62", "#fddbc7", "#92c5de", "#2166ac"),
    "anciennete": ("#fde725", "#5ec962", "#21918c", "#3b528b"),
    "financement": ("#d7191c", "#fdae61", "#abd9e9", "#2c7bb6", "#bababa"),
    "typologie": ("#edf8fb", "#b2e2e2", "#66c2a4", "#2ca25f", "#006d2c"),
}
INCONNU = QColor("#eeeeee")


def couleur(variable, key):
    """The colour of a cell: its category's colour, light grey when unknown."""
    if key is None or key < 0:
        return QColor(INCONNU)
    return QColor(PALETTES[variable][key])


translate = QCoreApplication.translate  # pylupdate reads translate("Dessins", "…")


class VueEtages(QWidget):
    """The buildings of a résidence side by side, floors aligned from the top floor down to
    RC and the basements; each dwelling a cell. Hover: a tooltip; click: selects a dwelling."""

    logementClique = pyqtSignal(str)

    CELL_W = 22
    CELL_H = 18
    GAP = 3
    LABEL_W = 40
    HEAD_H = 22
    BUILDING_GAP = 18

    BAND_GAP = 10
    MIN_SCALE = 0.5  # zoomed out at most to half size to fit the space given

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grille = None
        self.selection = None
        self._cells = []  # (QRect, Cellule), in the picture's coordinates
        self._cells_dessin = []  # the same, unscaled (painted under the scale)
        self._blocks = []  # one block per building, unscaled
        self._layout = []  # the same blocks in the picture's (scaled) coordinates
        self._place = QSize(0, 0)  # the space to fit in (the scroll area's viewport), 0 = any
        self._echelle = 1.0
        self._size = QSize(300, 120)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def afficher(self, grille, selection=None):
        self.grille = grille
        self.selection = selection
        self._calculer()
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def ajuster(self, place):
        """Fit the buildings into ``place`` (a QSize): they wrap into rows as wide as it,
        zoomed out (down to MIN_SCALE) when the rows are taller than it."""
        if place != self._place:
            self._place = QSize(place)
            if self.grille is not None:
                self._calculer()
                self.updateGeometry()
                self.adjustSize()
                self.update()

    def _niveaux(self):
        levels = set()
        unknown = False
        for batiment in self.grille.batiments:
            for etage in batiment.etages:
                if etage.etage is None:
                    unknown = True
                else:
                    levels.add(etage.etage)
        ordered = sorted(levels, reverse=True)
        if unknown:
            ordered.append(None)
        return ordered

    def _side_width(self):
        """Width of the text beside each floor ("12 households · 100 %")."""
        metrics = QFontMetrics(self._petite_police())
        return metrics.horizontalAdvance(translate("Dessins", "{} households · {}").format(88, "100 %")) + 8

    def _petite_police(self):
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        return small

    def _placer(self, width):
        """Cells and blocks laid out in rows no wider than ``width`` (unscaled); the size."""
        levels = self._niveaux()
        row = {level: i for i, level in enumerate(levels)}
        band_h = self.HEAD_H + len(levels) * (self.CELL_H + self.GAP) + 4
        side = self._side_width()
        cells, blocks = [], []
        x = top = right = 0
        for batiment in self.grille.batiments:
            cells_w = max(batiment.largeur, 1) * (self.CELL_W + self.GAP)
            total = self.LABEL_W + cells_w + side
            if x > 0 and x + total > width:  # a new row of buildings
                x, top = 0, top + band_h + self.BAND_GAP
            block = {"batiment": batiment, "x": x, "y": top, "width": cells_w, "side": side,
                     "total_width": total, "height": band_h, "floors": []}
            for etage in batiment.etages:
                y = top + self.HEAD_H + row[etage.etage] * (self.CELL_H + self.GAP)
                for i, cellule in enumerate(etage.cellules):
                    cells.append((QRect(x + self.LABEL_W + i * (self.CELL_W + self.GAP), y, self.CELL_W,
                                        self.CELL_H), cellule))
                block["floors"].append((y, etage))
            blocks.append(block)
            right = max(right, x + total)
            x += total + self.BUILDING_GAP
        return cells, blocks, QSize(max(right, 200), top + band_h)

    def _calculer(self):
        """Rectangles of every cell and floor, once per grid and size (paintEvent only
        draws them): the largest scale at which every building fits the space given."""
        self._cells = []
        self._cells_dessin = []
        self._blocks = []
        self._layout = []
        if self.grille is None:
            return
        width, height = self._place.width(), self._place.height()
        scale = 1.0
        while True:
            cells, blocks, size = self._placer(width / scale if width > 0 else 10 ** 9)
            if height <= 0 or size.height() * scale <= height or scale <= self.MIN_SCALE:
                break
            scale = max(round(scale - 0.1, 2), self.MIN_SCALE)
        self._echelle = scale
        self._cells_dessin = cells
        # the cells in the picture's coordinates (hover, click, whoever checks the picture)
        self._cells = [(QRect(int(r.x() * scale), int(r.y() * scale), max(int(r.width() * scale), 1),
                              max(int(r.height() * scale), 1)), c) for r, c in cells]
        self._blocks = blocks
        # blocks in the picture's coordinates, for whoever checks what is on screen
        self._layout = [dict(block, x=int(block["x"] * scale), y=int(block["y"] * scale),
                             total_width=int(block["total_width"] * scale), height=int(block["height"] * scale))
                        for block in blocks]
        self._size = QSize(int(size.width() * scale) + 1, int(size.height() * scale) + 1)

    def sizeHint(self):  # noqa: N802
        return self._size if self.grille is not None else QSize(300, 120)

    def minimumSizeHint(self):  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.grille is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             translate("Dessins", "No building open"))
            painter.end()
            return
        painter.scale(self._echelle, self._echelle)
        variable = self.grille.variable
        small = self._petite_police()
        painter.setFont(small)
        grey = QPen(QColor("#555555"))
        for block in self._blocks:
            batiment = block["batiment"]
            painter.setPen(QPen(QColor("black")))
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRect(block["x"], block["y"], block["total_width"], self.HEAD_H - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             translate("Dessins", "Building {} — {} dwellings").format(
                                 batiment.batiment_id, batiment.nb_logements))
            painter.setFont(small)
            for y, etage in block["floors"]:
                painter.setPen(grey)
                painter.drawText(QRect(block["x"], y, self.LABEL_W - 4, self.CELL_H),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 modele.libelle_etage(etage.etage))
                share = "—" if etage.part_categorie is None else "{:.0f} %".format(etage.part_categorie)
                side = QRect(block["x"] + self.LABEL_W + block["width"] + 2, y, block["side"], self.CELL_H)
                painter.drawText(side, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 translate("Dessins", "{} households · {}").format(etage.nb_menages, share))
        outline = QPen(QColor("#333333"))
        vacant_pen = QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine)
        for rect, cellule in self._cells_dessin:
            painter.fillRect(rect, couleur(variable, cellule.couleur))
            painter.setPen(vacant_pen if cellule.vacant else outline)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            if cellule.logement_id == self.selection:
                painter.setPen(QPen(QColor("black"), 3))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()

    def cellule_a(self, pos):
        for rect, cellule in self._cells:
            if rect.contains(pos):
                return cellule
        return None

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            cellule = self.cellule_a(event.pos())
            if cellule is not None:
                QToolTip.showText(event.globalPos(), self.infobulle(cellule), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def infobulle(self, cellule):
        """Typology, surface, financing, floor, the categories of the dwelling and its
        household; never a name."""
        tip = cellule.infobulle
        labels = dict(modele.CATEGORIES["occupation"])
        lines = [translate("Dessins", "Dwelling {}").format(tip.get("logement_id", ""))]
        if "typologie" in tip:
            lines.append(translate("Dessins", "Typology: {}").format(tip["typologie"]))
        if "surface" in tip:
            lines.append(translate("Dessins", "Surface: {:.0f} m²").format(float(tip["surface"])))
        if "financement" in tip:
            lines.append(translate("Dessins", "Financing: {}").format(tip["financement"]))
        if "etage" in tip:
            lines.append(translate("Dessins", "Floor: {}").format(modele.libelle_etage(int(tip["etage"]))))
        if "occupation" in tip:
            lines.append(translate("Dessins", "Occupation: {}").format(
                labels.get(tip["occupation"], tip["occupation"])))
        if "nb_personnes" in tip:
            lines.append(translate("Dessins", "Persons: {}").format(int(tip["nb_personnes"])))
        if "composition" in tip:
            lines.append(translate("Dessins", "Composition: {}").format(
                dict(modele.CATEGORIES["composition"]).get(tip["composition"], tip["composition"])))
        if "ressources" in tip:
            lines.append(translate("Dessins", "Resources: {} of the PLUS ceiling").format(
                dict(modele.CATEGORIES["ressources"]).get(tip["ressources"], tip["ressources"])))
        if "anciennete" in tip:
            lines.append(translate("Dessins", "Length of tenure: {}").format(
                dict(modele.CATEGORIES["anciennete"]).get(tip["anciennete"], tip["anciennete"])))
        if self.grille is not None:
            label = dict(self.grille.categories).get(cellule.categorie, translate("Dessins", "unknown"))
            lines.append(translate("Dessins", "Shown: {}").format(label))
        return "\n".join(lines)

    def mouseReleaseEvent(self, event):  # noqa: N802
        cellule = self.cellule_a(event.pos())
        if cellule is not None:
            self.selection = cellule.logement_id
            self.update()
            self.logementClique.emit(cellule.logement_id)


class Legende(QWidget):
    """The categories of the variable shown, with their colours, and the unknown cells."""

    SWATCH = 12

    def __init__(self, parent=None):
        super().__init__(parent)
        self.variable = None
        self.categories = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def afficher(self, variable, categories):
        self.variable = variable
        self.categories = tuple(categories)
        self.updateGeometry()
        self.update()

    def _items(self):
        items = [(couleur(self.variable, i), label, False) for i, (_, label) in enumerate(self.categories)]
        items.append((QColor(INCONNU), translate("Dessins", "unknown / no household"), False))
        items.append((QColor("white"), translate("Dessins", "vacant dwelling (dashed)"), True))
        return items

    def _rows(self, width):
        metrics = QFontMetrics(self.font())
        rows, x, current = [], 0, []
        for colour, label, dashed in self._items():
            w = self.SWATCH + 6 + metrics.horizontalAdvance(label) + 14
            if current and x + w > width:
                rows.append(current)
                current, x = [], 0
            current.append((colour, label, dashed, x))
            x += w
        if current:
            rows.append(current)
        return rows

    def sizeHint(self):  # noqa: N802
        height = (len(self._rows(max(self.width(), 300))) if self.variable else 1) * (self.SWATCH + 8) + 4
        return QSize(300, height)

    def hasHeightForWidth(self):  # noqa: N802
        return True

    def heightForWidth(self, width):  # noqa: N802
        return (len(self._rows(width)) if self.variable else 1) * (self.SWATCH + 8) + 4

    def resizeEvent(self, event):  # noqa: N802
        self.setMinimumHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    def paintEvent(self, event):  # noqa: N802
        if not self.variable:
            return
        painter = QPainter(self)
        for r, row in enumerate(self._rows(self.width())):
            y = 2 + r * (self.SWATCH + 8)
            for colour, label, dashed, x in row:
                painter.fillRect(QRect(x, y, self.SWATCH, self.SWATCH), colour)
                painter.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine) if dashed else QPen(QColor("#333333")))
                painter.drawRect(QRect(x, y, self.SWATCH - 1, self.SWATCH - 1))
                painter.setPen(QPen(QColor("#333333")))
                painter.drawText(QRect(x + self.SWATCH + 6, y - 2, 400, self.SWATCH + 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()


class Barres(QWidget):
    """Horizontal bars, one group per indicator, one bar per scale (building, résidence,
    QPV, commune, EPCI), values in percent on a 0-100 axis stretched to the largest value."""

    COULEURS = ("#d62728", "#ff7f0e", "#7f7f7f", "#9467bd", "#1f77b4")
    BAR_H = 11
    LABEL_W = 120

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groupes = []  # [(title, [(scale label, value or None)])]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def afficher(self, groupes):
        self.groupes = list(groupes)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self):
        return sum(18 + len(bars) * (self.BAR_H + 3) + 6 for _, bars in self.groupes) + 4

    def sizeHint(self):  # noqa: N802
        return QSize(320, self._height())

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        y = 2
        width = max(self.width() - self.LABEL_W - 60, 40)
        for title, bars in self.groupes:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QPen(QColor("black")))
            painter.drawText(QRect(0, y, self.width(), 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             title)
            painter.setFont(self.font())
            y += 18
            values = [v for _, v in bars if v is not None and not math.isnan(v)]
            scale = max(values + [1e-9])
            for i, (label, value) in enumerate(bars):
                painter.setPen(QPen(QColor("#333333")))
                painter.drawText(QRect(0, y - 2, self.LABEL_W - 6, self.BAR_H + 4),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.LABEL_W - 6))
                if value is None or math.isnan(value):
                    text = translate("Dessins", "n/a")
                    length = 0
                else:
                    length = int(round(width * value / scale))
                    text = "{:.1f} %".format(value)
                painter.fillRect(QRectF(self.LABEL_W, y, length, self.BAR_H),
                                 QBrush(QColor(self.COULEURS[i % len(self.COULEURS)])))
                painter.drawText(QRect(self.LABEL_W + length + 4, y - 2, 60, self.BAR_H + 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                y += self.BAR_H + 3
            y += 6
        painter.end()
