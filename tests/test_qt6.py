"""Ready for QGIS 4 (Qt6): the static check (scripts/check_qt6.py, resolved against the real
PyQt6 of python3-pyqt6), the field-type helper of both QGIS generations, and the
inspector's drawings painted for real under PyQt6.

PyQt6 runs in a subprocess of /usr/bin/python3: Qt5 (QGIS) and Qt6 never share a process."""

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECK = ["/usr/bin/python3", str(ROOT / "scripts" / "check_qt6.py")]


def check(tmp_path, source):
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    result = subprocess.run(CHECK + [str(path)], capture_output=True, text=True)
    assert "cannot be imported" not in result.stderr + result.stdout, result.stderr
    return result.returncode, [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "sample.py:" in line]


# --------------------------------------------------------------------------- the checker

def test_short_form_enum_is_found_with_its_scoped_name(tmp_path):
    code, found = check(tmp_path, "from qgis.PyQt.QtCore import Qt\npen_style = Qt.NoPen\n")
    assert code == 1 and found == ["Qt.NoPen does not exist in PyQt6 (use Qt.PenStyle.NoPen)"]


def test_scoped_enums_pass(tmp_path):
    code, found = check(tmp_path, "from qgis.PyQt.QtCore import Qt, QLocale\n"
                                  "from qgis.PyQt.QtGui import QPainter\n"
                                  "a = Qt.PenStyle.NoPen, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
                                  "b = QPainter.RenderHint.Antialiasing, QLocale.Language.French\n")
    assert (code, found) == (0, [])


def test_short_enum_of_a_class_and_through_a_module(tmp_path):
    code, found = check(tmp_path, "from qgis.PyQt import QtGui\nfrom qgis.PyQt.QtGui import QPainter as P\n"
                                  "a = P.Antialiasing\nb = QtGui.QFont.Bold\n")
    assert code == 1 and found == ["P.Antialiasing does not exist in PyQt6 (use QPainter.RenderHint.Antialiasing)",
                                   "QtGui.QFont.Bold does not exist in PyQt6 (use QFont.Weight.Bold)"]


def test_qvariant_types_are_qt5_only(tmp_path):
    code, found = check(tmp_path, "from qgis.PyQt.QtCore import QVariant\nkind = QVariant.String\n")
    assert code == 1 and found == ["QVariant.String does not exist in PyQt6"]


def test_qt5_only_methods_and_classes(tmp_path):
    code, found = check(tmp_path, "from qgis.PyQt.QtCore import QRegExp\n"
                                  "def show(dialog):\n    return dialog.exec_()\n")
    assert code == 1 and found == ["QtCore.QRegExp does not exist in PyQt6", "exec_ is Qt5-only: call exec()"]


def test_direct_pyqt5_import(tmp_path):
    code, found = check(tmp_path, "from PyQt5.QtCore import Qt\n")
    assert code == 1 and found == ["import Qt through qgis.PyQt, not PyQt5.QtCore"]


def test_a_line_marked_qt5_only_on_purpose_passes(tmp_path):
    code, found = check(tmp_path, "from qgis.PyQt.QtCore import QVariant\n"
                                  "old = QVariant.Int  # noqa: qt6 (QGIS < 3.38)\nnew = QVariant.Int\n")
    assert code == 1 and found == ["QVariant.Int does not exist in PyQt6"]


def test_qaction_from_qtwidgets_is_what_qgis_re_exports_on_qt6(tmp_path):
    # Qt6 moved QAction to QtGui; QGIS's qgis.PyQt.QtWidgets keeps it. QDialog.exec is a method.
    code, found = check(tmp_path, "from qgis.PyQt.QtWidgets import QAction, QDialog\nrun = QDialog.exec\n")
    assert (code, found) == (0, [])


def test_the_plugin_scripts_and_tests_are_qt6_clean():
    result = subprocess.run(CHECK, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- field types

def test_field_types_of_each_qgis_generation(qgis_app):
    from qgis.PyQt.QtCore import QMetaType, QVariant

    from peuplement_plugin.bridge import fieldtypes

    old, new = fieldtypes.types_for(33600), fieldtypes.types_for(33800)
    assert (old.String, old.Int, old.Double, old.Bool, old.Date) == \
        (QVariant.String, QVariant.Int, QVariant.Double, QVariant.Bool, QVariant.Date)  # noqa: qt6 (QGIS < 3.38)
    assert (new.String, new.Int, new.Double, new.Bool, new.Date) == \
        (QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.Double, QMetaType.Type.Bool,
         QMetaType.Type.QDate)
    assert isinstance(new.String, QMetaType.Type)
    assert fieldtypes.uses_qmetatype(33800) and not fieldtypes.uses_qmetatype(33602)


def test_fields_made_with_the_running_qgis_types(qgis_app):
    from qgis.core import QgsField

    from peuplement_plugin.bridge.fieldtypes import FieldType

    made = {kind: QgsField("f", getattr(FieldType, kind)) for kind in ("String", "Int", "Double", "Bool", "Date")}
    assert {kind: field.type() == getattr(FieldType, kind) for kind, field in made.items()} == dict.fromkeys(made, True)
    # and they are five distinct types, not one fallback
    assert len({int(field.type()) for field in made.values()}) == 5


# --------------------------------------------------------------------------- PyQt6 for real

def test_inspector_drawings_paint_under_pyqt6():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "tests" / "qt6" / "draw_dessins.py")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    drawn = json.loads(result.stdout)
    assert drawn["pyqt"].startswith("6.") and not drawn["pyqt5_loaded"]
    # occupation palette: loué (RPLS MODE 1) #4e79a7, vacant (MODE 2) #e15759; no cell: background
    assert drawn["cells"] == {"A3": "#4e79a7", "A1": "#4e79a7", "A2": "#e15759", "no dwelling": "#ffffff"}
    assert drawn["clicked"] == ["A2"]
    assert drawn["tooltip"].splitlines()[:3] == ["Dwelling A1", "Floor: RC", "Occupation: Loué"]
    assert drawn["legend_first_swatch"] == "#4e79a7"
    # bar 1 (50 %) spans the 220 px, bar 2 (25 %) half of it: inside it its colour, past it white
    assert drawn["bars"] == ["#d62728", "#ff7f0e", "#ffffff"]
