"""Run by tests/test_qt6.py under /usr/bin/python3 with PyQt6 only (no QGIS, no PyQt5):
``qgis.PyQt`` is stood in for by the same re-exports QGIS's Qt6 build ships
(python/PyQt6/QtCore.py & co. are ``from PyQt6.QtCore import *``), then the inspector's
pure-Qt drawings are painted for real and a few pixels printed as JSON."""

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
shim = Path(tempfile.mkdtemp(prefix="qgis_pyqt6_"))
(shim / "qgis" / "PyQt").mkdir(parents=True)
(shim / "qgis" / "__init__.py").write_text("")
(shim / "qgis" / "PyQt" / "__init__.py").write_text("")
for module in ("QtCore", "QtGui", "QtWidgets", "QtXml"):
    (shim / "qgis" / "PyQt" / (module + ".py")).write_text("from PyQt6.{} import *  # noqa\n".format(module))
with open(shim / "qgis" / "PyQt" / "QtWidgets.py", "a") as handle:
    handle.write("from PyQt6.QtGui import QAction, QActionGroup, QShortcut  # noqa\n")
sys.path[:0] = [str(shim), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas as pd  # noqa: E402
from PyQt6.QtCore import QPoint, Qt  # noqa: E402, qt6 (the Qt6 harness itself)
from PyQt6.QtGui import QColor, QImage  # noqa: E402, qt6 (the Qt6 harness itself)
from PyQt6.QtTest import QTest  # noqa: E402, qt6 (the Qt6 harness itself)
from PyQt6.QtWidgets import QApplication  # noqa: E402, qt6 (the Qt6 harness itself)

from peuplement_plugin.core import residence  # noqa: E402
from peuplement_plugin.gui import dessins  # noqa: E402


def pixel(image, x, y):
    return QColor(image.pixel(x, y)).name()


def paint(widget, width, height):
    widget.resize(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image)
    return image


app = QApplication([])
# Building A: A1 (RC, let: MODE 1) and A2 (RC, vacant: MODE 2), A3 (1st floor, let).
logements = pd.DataFrame({"logement_id": ["A1", "A2", "A3"], "batiment_id": "A", "etage": [0, 0, 1],
                          "mode_occupation": [1, 2, 1]})
menages = pd.DataFrame({"logement_id": ["A1", "A3"], "millesime": 2024, "nb_personnes": [2, 1]})
grille = residence.grille(logements, menages, ["A"], "occupation", millesime=2024)

vue = dessins.VueEtages()
vue.afficher(grille)
clicked = []
vue.logementClique.connect(clicked.append)
size = vue.sizeHint()
image = paint(vue, size.width(), size.height())
# Cell (row r, column i) spans x = LABEL_W + i * (CELL_W + GAP) .. + CELL_W and
# y = HEAD_H + r * (CELL_H + GAP) .. + CELL_H: LABEL_W 40, CELL_W 22, GAP 3, HEAD_H 22, CELL_H 18.
centre = {"A3": (40 + 11, 22 + 9), "A1": (40 + 11, 22 + 21 + 9), "A2": (40 + 25 + 11, 22 + 21 + 9),
          "no dwelling": (40 + 25 + 11, 22 + 9)}
QTest.mouseClick(vue, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*centre["A2"]))

legende = dessins.Legende()
legende.afficher("occupation", residence.CATEGORIES["occupation"])
legend_image = paint(legende, 600, legende.heightForWidth(600))

barres = dessins.Barres()
barres.afficher([("Part des ménages", [("Bâtiment", 50.0), ("EPCI", 25.0)])])
bars_image = paint(barres, 400, barres.sizeHint().height())

print(json.dumps({
    "cells": {name: pixel(image, *xy) for name, xy in centre.items()},
    "clicked": clicked,
    "tooltip": vue.infobulle(vue.cellule_a(QPoint(*centre["A1"]))),
    "legend_first_swatch": pixel(legend_image, 6, 8),
    # Bars: LABEL_W 120, drawing width 400 - 120 - 60 = 220 px for the largest value (50 %);
    # first bar y 20..31 (2 + title 18), second y 34..45, 25 % -> 110 px.
    "bars": [pixel(bars_image, 120 + 215, 25), pixel(bars_image, 120 + 105, 39), pixel(bars_image, 120 + 111, 39)],
    "pyqt": __import__("PyQt6.QtCore", fromlist=["PYQT_VERSION_STR"]).PYQT_VERSION_STR,
    "pyqt5_loaded": "PyQt5" in sys.modules,
}))
