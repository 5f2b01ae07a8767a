"""Driven by tests/test_desktop.py, run INSIDE the real QGIS desktop (``qgis --code``) with
the packaged plugin installed in a fresh profile: what a GIS officer does, step by step.

It reads its plan from the JSON file named by $PEUPLEMENT_HARNESS (the territory's files,
an output folder, a PostGIS destination or none), and writes what it saw to the plan's
``report`` file after each step (so a crash leaves the steps done so far): the dialog runs
(outputs, their layers and renderers, the dialog's log), the locator's results, the dock's
geometry and screenshots, and every error QGIS's message log received. Then it quits QGIS.
Nothing is asserted here: tests/test_desktop.py judges the report."""

import json
import os
import time
import traceback

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from qgis.utils import iface

PLAN = json.loads(open(os.environ["PEUPLEMENT_HARNESS"], encoding="utf-8").read())
REPORT = {"steps": [], "messages": [], "done": False}


def save():
    with open(PLAN["report"] + ".part", "w", encoding="utf-8") as handle:
        json.dump(REPORT, handle, indent=1, default=str)
    os.replace(PLAN["report"] + ".part", PLAN["report"])


def on_message(message, tag, level):
    if level >= Qgis.Warning or "python" in tag.lower():
        REPORT["messages"].append({"tag": tag, "level": int(level), "message": message})


QgsApplication.messageLog().messageReceived.connect(on_message)


def wait(predicate, timeout):
    """Process events until ``predicate()`` holds or ``timeout`` seconds have passed."""
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def pause(seconds):
    wait(lambda: False, seconds)


def describe(layer):
    renderer = layer.renderer() if isinstance(layer, QgsVectorLayer) else None
    return {"name": layer.name(), "id": layer.id(), "source": layer.source(), "valid": layer.isValid(),
            "features": layer.featureCount() if isinstance(layer, QgsVectorLayer) else None,
            "geometry": layer.isSpatial() if isinstance(layer, QgsVectorLayer) else None,
            "renderer": type(renderer).__name__ if renderer is not None else None,
            "single_symbol": isinstance(renderer, QgsSingleSymbolRenderer),
            # a single symbol of the plugin's style (the flow lines' arrows) is not QGIS's default
            "symbol_layers": [renderer.symbol().symbolLayer(i).layerType()
                              for i in range(renderer.symbol().symbolLayerCount())]
            if isinstance(renderer, QgsSingleSymbolRenderer) else []}


def resolve(parameters):
    """The parameters with each "@step" replaced by the first layer that step loaded (a
    temporary output, picked in the layer combo as a user does)."""
    def layer(value):
        if isinstance(value, str) and value.startswith("@"):
            done = [s for s in REPORT["steps"] if s.get("step") == value[1:] and s.get("layers")]
            return done[0]["layers"][0]["id"] if done else value
        return value

    return {key: [layer(v) for v in value] if isinstance(value, list) else layer(value)
            for key, value in parameters.items()}


def run_dialog(step):
    """Open the algorithm's dialog with the step's parameters and press Run, as a user does;
    wait for the end of the run and of the loading of its outputs."""
    import processing
    from qgis.PyQt.QtWidgets import QTextEdit

    record = {"step": step["name"], "algorithm": step["algorithm"]}
    REPORT["steps"].append(record)
    save()
    before = set(QgsProject.instance().mapLayers())
    dialog = processing.createAlgorithmDialog(step["algorithm"], resolve(step["parameters"]))
    dialog.show()
    started = time.monotonic()
    finished = []
    dialog.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
    # the longest time the GUI did not answer during the run (a number for the report,
    # not a test: the machine's speed varies)
    ticks = [time.monotonic(), 0.0]

    def tick():
        now = time.monotonic()
        ticks[1] = max(ticks[1], now - ticks[0])
        ticks[0] = now

    heartbeat = QTimer()
    heartbeat.timeout.connect(tick)
    heartbeat.start(100)
    dialog.runAlgorithm()
    # on_complete sets the dialog's feedback to None once the outputs are loaded (or failed)
    record["completed"] = wait(lambda: dialog.feedback is None, step.get("timeout", 300))
    heartbeat.stop()
    record["longest_freeze_s"] = round(ticks[1], 2)
    record["seconds"] = round(time.monotonic() - started, 1)
    pause(0.5)
    logs = [w for w in dialog.findChildren(QTextEdit) if w.objectName() == "txtLog"]
    record["log_html"] = logs[0].toHtml() if logs else ""
    record["log_text"] = logs[0].toPlainText() if logs else ""
    record["finished"] = [(ok, {k: str(v) for k, v in results.items()}) for ok, results in finished]
    # the size of each file output while QGIS runs (a temporary one is gone once it quits)
    record["files"] = {k: os.path.getsize(str(v)) for _ok, results in finished for k, v in results.items()
                       if os.path.isfile(str(v))}
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    record["layers"] = [describe(layer) for layer in added]
    dialog.close()
    dialog.deleteLater()
    save()
    return record


def locator(text):
    """Type ``text`` in the locator bar (iface.locatorSearch); the results it found."""
    from qgis.core import QgsLocator, QgsLocatorResult
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QObject

    record = {"step": "locator", "text": text}
    REPORT["steps"].append(record)
    save()
    # the locator bar's QgsLocator (the app's widget is not wrapped for Python: found by class name)
    engine = next(sip.cast(o, QgsLocator) for o in iface.mainWindow().findChildren(QObject)
                  if o.metaObject().className() == "QgsLocator")
    found = []
    # a copy: the result a signal hands over lives only as long as the slot
    engine.foundResult.connect(lambda result: found.append(
        (result.displayString, result.group, result.filter.name() if result.filter else None,
         QgsLocatorResult(result))))
    iface.locatorSearch(text)
    wait(lambda: len(found) > 0 and not engine.isRunning(), 30)
    pause(0.5)
    record["results"] = [(label, group, name) for label, group, name, _ in found]
    save()
    return record, found


def open_from_locator(found, residence_id):
    """Trigger the locator's result of ``residence_id``, as a click on it does."""
    record = {"step": "open_residence", "residence": residence_id}
    REPORT["steps"].append(record)
    for label, _group, name, result in found:
        if name == "peuplement_residences" and residence_id in label:
            result.filter.triggerResult(result)
            record["triggered"] = label
            break
    pause(1)
    save()
    return record


def dock_state(name):
    """The dock (docked right, 900 px wide): the floor view's geometry, each building's
    rectangle in the picture, screenshots of the dock and of the whole window."""
    from qgis.PyQt.QtWidgets import QDockWidget

    window = iface.mainWindow()
    dock = window.findChild(QDockWidget, "PeuplementInspecteurResidence")
    record = {"step": name, "found": dock is not None}
    REPORT["steps"].append(record)
    if dock is None:
        save()
        return record
    # as a user makes room: the other panels of the right side closed (the observatory's
    # report opens the Results Viewer there), the locator's list of results closed
    for other in window.findChildren(QDockWidget):
        if other is not dock and other.isVisible() and \
                window.dockWidgetArea(other) == Qt.DockWidgetArea.RightDockWidgetArea:
            other.hide()
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QLineEdit
    for edit in window.findChildren(QLineEdit):
        if edit.metaObject().className() == "QgsLocatorLineEdit":
            QTest.keyClick(edit, Qt.Key.Key_Escape)
    window.resizeDocks([dock], [PLAN.get("dock_width", 900)], Qt.Orientation.Horizontal)
    pause(1.5)
    vue = dock.vue
    viewport = dock.defilement.viewport()
    record.update({
        "dock_width": dock.width(), "dock_height": dock.height(), "visible": dock.isVisible(),
        "viewport": [viewport.width(), viewport.height()], "vue": [vue.width(), vue.height()],
        "residence_id": dock.residence_id, "batiment_ids": list(dock.batiment_ids),
        "title": dock.titre.text(), "fragilite": dock.fragilite.text(),
        "buildings_drawn": [block["batiment"].batiment_id for block in getattr(vue, "_layout", [])],
        "blocks": [[block["x"], block.get("y", 0), block.get("total_width", block["width"]), block.get("height", 0)]
                   for block in getattr(vue, "_layout", [])],
    })
    floor_view = os.path.join(PLAN["out"], name + "_floor_view.png")
    dock.defilement.grab().save(floor_view)
    record["floor_view_png"] = floor_view
    record["dock_png"] = os.path.join(PLAN["out"], name + "_dock.png")
    dock.grab().save(record["dock_png"])
    record["window_png"] = os.path.join(PLAN["out"], name + "_window.png")
    window.grab().save(record["window_png"])
    canvas = iface.mapCanvas()
    from qgis.gui import QgsHighlight, QgsRubberBand
    record["highlights"] = len([item for item in canvas.items() if isinstance(item, (QgsHighlight, QgsRubberBand))
                                and item.isVisible()])
    save()
    return record


def main():
    try:
        from qgis import utils

        REPORT["plugins"] = sorted(utils.active_plugins)
        REPORT["qgis_version"] = Qgis.QGIS_VERSION
        REPORT["algorithms"] = sorted(a.id() for a in QgsApplication.processingRegistry().providerById(
            "peuplement").algorithms())
        save()
        window = iface.mainWindow()
        window.showNormal()
        window.resize(1600, 1000)
        pause(1)
        for step in PLAN["steps"]:
            if step.get("kind") == "layers":
                for source, label in step["layers"]:
                    QgsProject.instance().addMapLayer(QgsVectorLayer(source, label, "ogr"))
                pause(0.5)
                continue
            run_dialog(step)
        # the styled outputs of the chain on the map (README picture)
        canvas = iface.mapCanvas()
        canvas.zoomToFullExtent()
        canvas.refreshAllLayers()
        pause(3)
        window.grab().save(os.path.join(PLAN["out"], "chain_window.png"))
        record, found = locator(PLAN["locator"])
        open_from_locator(found, PLAN["residence"])
        dock_state("dock")
        if PLAN.get("dialog_screenshot"):
            import processing

            dialog = processing.createAlgorithmDialog(PLAN["dialog_screenshot"], {})
            dialog.show()
            pause(1)
            dialog.grab().save(os.path.join(PLAN["out"], "dialog.png"))
            dialog.close()
        REPORT["done"] = True
    except Exception:  # noqa: BLE001 (the report says what failed)
        REPORT["error"] = traceback.format_exc()
    save()
    QgsProject.instance().setDirty(False)
    # The project closed while QGIS's window is alive (as a user's File > New or Exit does):
    # left to QgsApplication's own teardown, its layers were removed after the style dock
    # was gone, which crashed QGIS 3.22 in QgisApp::setMapStyleDockLayer, depending on
    # the layer that happened to be current.
    iface.newProject(False)
    QTimer.singleShot(200, lambda: QgsApplication.exit(0))


# --code runs before QGIS's event loop starts: start once it runs.
QTimer.singleShot(1000, main)
