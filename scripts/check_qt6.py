"""Static Qt6 check: fails on any Qt name or attribute that PyQt6 does not have.

No Debian package ships QGIS's own ``pyqt5_to_pyqt6`` script, so this small checker does
its job for this project. It reads every Python file (AST only, nothing is imported) and
resolves, against the real PyQt6 modules (``python3-pyqt6``, installed by
scripts/install_deps.sh), each name imported from ``qgis.PyQt.*`` and each attribute chain
that starts with one: ``Qt.NoPen`` fails (PyQt6 knows only ``Qt.PenStyle.NoPen``),
``QVariant.String`` fails (PyQt6 has no ``QVariant.Type``: see bridge/fieldtypes.py),
``from qgis.PyQt.QtCore import QRegExp`` fails (removed in Qt6). It also fails on the
Qt5-only spellings that no import reveals: ``.exec_()`` and ``.print_()`` on any object,
and importing ``PyQt5`` directly instead of through ``qgis.PyQt``.

    /usr/bin/python3 scripts/check_qt6.py [paths...]    # default: peuplement_plugin scripts tests

A line that is Qt5-only on purpose (the QGIS < 3.38 branch of a version test, the PyQt6
harness of the tests) says so with ``# noqa: qt6`` and a reason.

Exit status 1 and one line per finding (``path:line:col: message``) when anything is found.
"""

import argparse
import ast
import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ("peuplement_plugin", "scripts", "tests")

# What qgis.PyQt.QtWidgets re-exports from QtGui on a Qt6 build of QGIS (these classes
# moved from QtWidgets to QtGui in Qt6; QGIS's python/PyQt6/QtWidgets.py keeps them).
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand", "QUndoGroup",
                  "QUndoStack"}
# Methods PyQt6 dropped for their Python-3 names: exec() and print().
QT5_ONLY_METHODS = {"exec_": "exec()", "print_": "print()"}
# "# noqa: qt6 (why)", also among other codes: "# noqa: E402, qt6 (why)".
QT5_ON_PURPOSE = re.compile(r"#\s*noqa:[^#]*\bqt6\b")


class Finding:
    def __init__(self, path, node, message):
        self.path, self.line, self.col, self.message = path, node.lineno, node.col_offset + 1, message

    def __str__(self):
        return "{}:{}:{}: {}".format(self.path, self.line, self.col, self.message)


def _qt6_module(name):
    try:
        return importlib.import_module("PyQt6." + name)
    except ImportError as error:
        raise SystemExit("check_qt6: PyQt6.{} cannot be imported ({}); install python3-pyqt6 "
                         "(scripts/install_deps.sh)".format(name, error))


def _qt6_name(module, name):
    """The PyQt6 object ``qgis.PyQt.<module>.<name>`` stands for on Qt6, or None."""
    found = getattr(_qt6_module(module), name, None)
    if found is None and module == "QtWidgets" and name in MOVED_TO_QTGUI:
        found = getattr(_qt6_module("QtGui"), name, None)
    return found


def _chain(node):
    """``Qt.PenStyle.NoPen`` as (Name node, ["PenStyle", "NoPen"]), or None when the chain
    does not start at a plain name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return node, list(reversed(parts))


def check_source(source, path="<source>"):
    """The findings of one file's text."""
    tree = ast.parse(source, filename=str(path))
    findings = []
    bound = {}  # local name -> ("QtCore", "Qt") or ("QtCore", None) for a module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in ("PyQt5", "PyQt6"):
                findings.append(Finding(path, node, "import Qt through qgis.PyQt, not {}".format(node.module)))
                continue
            if node.module == "qgis.PyQt":
                for alias in node.names:
                    if alias.name.startswith("Qt"):
                        _qt6_module(alias.name)
                        bound[alias.asname or alias.name] = (alias.name, None)
            elif node.module.startswith("qgis.PyQt."):
                module = node.module.split(".")[2]
                for alias in node.names:
                    if alias.name == "*":
                        findings.append(Finding(path, node, "star import from {}".format(node.module)))
                        continue
                    if _qt6_name(module, alias.name) is None:
                        findings.append(Finding(path, node, "{}.{} does not exist in PyQt6".format(
                            module, alias.name)))
                        continue
                    bound[alias.asname or alias.name] = (module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                    findings.append(Finding(path, node, "import Qt through qgis.PyQt, not {}".format(alias.name)))

    inner = set()  # attribute nodes that are the value of a longer chain
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in QT5_ONLY_METHODS:
                findings.append(Finding(path, node, "{} is Qt5-only: call {}".format(
                    node.attr, QT5_ONLY_METHODS[node.attr])))
            if isinstance(node.value, ast.Attribute):
                inner.add(id(node.value))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        chain = _chain(node)
        if chain is None or chain[0].id not in bound:
            continue
        name, parts = chain
        module, first = bound[name.id]
        target = _qt6_module(module) if first is None else _qt6_name(module, first)
        spelled = [name.id]
        for part in parts:
            spelled.append(part)
            if not hasattr(target, part):
                hint = _scoped_hint(target, part)
                findings.append(Finding(path, node, "{} does not exist in PyQt6{}".format(
                    ".".join(spelled), hint)))
                break
            target = getattr(target, part)
            if callable(target) and not isinstance(target, type):
                break  # a method: what follows is its result's business
    lines = source.splitlines()
    return [f for f in findings if not QT5_ON_PURPOSE.search(lines[f.line - 1])]


def _scoped_hint(owner, member):
    """`` (use Qt.PenStyle.NoPen)`` when ``member`` is the short form of an enum of ``owner``."""
    if not isinstance(owner, type):
        return ""
    for enum_name in dir(owner):
        enum = getattr(owner, enum_name, None)
        if isinstance(enum, type) and hasattr(enum, "__members__") and member in enum.__members__:
            return " (use {}.{}.{})".format(owner.__name__, enum_name, member)
    return ""


def python_files(paths):
    for path in paths:
        path = Path(path)
        if path.is_file():
            yield path
        else:
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def check_paths(paths):
    findings = []
    for path in python_files(paths):
        findings.extend(check_source(path.read_text(encoding="utf-8"), path))
    return findings


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / p) for p in DEFAULT_PATHS])
    args = parser.parse_args(argv)
    findings = check_paths(args.paths)
    for finding in findings:
        print(finding)
    checked = len(list(python_files(args.paths)))
    if findings:
        print("check_qt6: {} finding(s) in {} file(s) checked".format(len(findings), checked), file=sys.stderr)
        return 1
    print("check_qt6: {} file(s), no Qt5-only name".format(checked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
