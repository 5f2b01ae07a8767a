#!/usr/bin/python3
"""``make screenshot``: the residence inspector dock on the sample territory, as a PNG.

Generates the sample territory (6,000 dwellings), imports its raw RPLS, OPS, SNE
attributions and demandes files with ``peuplement:import_table`` (as an analyst would),
loads them with the territory's buildings, résidences and observations into a project,
opens the inspector on a résidence of two or three buildings, simulates an attribution
of one of its vacant dwellings, and grabs the dock. Run under ``xvfb-run -a`` (a real X
display: fonts and widgets as on screen)::

    xvfb-run -a /usr/bin/python3 scripts/screenshot_dock.py --out docs/images/inspecteur_residence.png
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), "/usr/share/qgis/python/plugins"]

IMPORTS = (("logements", "logements", "rpls_2024.csv"), ("menages_2022", "menages", "ops_2022.csv"),
           ("menages_2024", "menages", "ops_2024.csv"),
           ("attributions", "attributions", "attributions_2021_2024.csv"),
           ("demandes", "demandes", "demandes_2024.csv"))


def choose_residence(logements, batiments):
    """The résidence of 2 or 3 buildings with the most dwellings and a vacant one."""
    counts = logements.groupby("batiment_id").size()
    vacant = set(logements.loc[logements["mode_occupation"].astype("float64") == 2.0, "batiment_id"])
    best = None
    for residence_id, group in batiments.groupby("residence_id"):
        ids = [b for b in group["batiment_id"] if b in counts.index]
        if not 2 <= len(ids) <= 3 or not vacant.intersection(ids):
            continue
        size = int(counts[ids].sum())
        if best is None or size > best[1]:
            best = (residence_id, size)
    return best[0]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "inspecteur_residence.png"))
    parser.add_argument("--work", default=str(ROOT / "build" / "screenshot"))
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "territoire.json").exists():
        subprocess.run([sys.executable, "-m", "tools.generer_territoire", "--out", str(work), "--logements", "6000",
                        "--quiet"], check=True, cwd=str(ROOT))

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from qgis.PyQt.QtCore import QLocale
    from qgis.PyQt.QtWidgets import QApplication

    from peuplement_plugin.core import schemas
    from peuplement_plugin.gui.dock import InspecteurDock
    from peuplement_plugin.processing.provider import PeuplementProvider
    QLocale.setDefault(QLocale(QLocale.Language.English))
    provider = PeuplementProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    project = QgsProject.instance()
    layers = []
    for name, kind, source in IMPORTS:
        out = work / (name + ".gpkg")
        if not out.exists():
            context = QgsProcessingContext()
            context.setProject(project)
            processing.run("peuplement:import_table", {"INPUT": str(work / source),
                                                       "KIND": schemas.KINDS.index(kind), "OUTPUT": str(out),
                                                       "REPORT": "TEMPORARY_OUTPUT"},
                           context=context, feedback=QgsProcessingFeedback())
        layers.append(QgsVectorLayer(str(out), name, "ogr"))
    for name in ("batiments", "residences", "observations"):
        layers.append(QgsVectorLayer("{}|layername={}".format(work / "territoire.gpkg", name), name, "ogr"))
    project.addMapLayers(layers)

    dock = InspecteurDock(None, project)
    dock.charger()
    residence_id = choose_residence(dock.donnees.logements, dock.donnees.batiments)
    dock.variable.setCurrentIndex(dock.variable.findData("ressources"))
    dock.millesime.setCurrentIndex(dock.millesime.findData(2024))
    started = time.perf_counter()
    dock.ouvrir_residence(residence_id)
    print("Résidence {} opened in {:.0f} ms (grid, indicators, observations)".format(
        residence_id, 1000 * (time.perf_counter() - started)))
    dock.nb_personnes.setValue(3)
    dock.nb_enfants.setValue(2)
    dock.revenu.setValue(950)
    dock.simuler()
    dock.resize(args.width, args.height)
    dock.show()
    QApplication.processEvents()
    dock.separateur.setSizes([int(args.width * 0.60), int(args.width * 0.40)])
    shots = [(Path(args.out), 0)]
    shots.append((Path(args.out).with_name(Path(args.out).stem + "_simulation.png"), 2))
    for path, tab in shots:
        dock.onglets.setCurrentIndex(tab)
        for _ in range(20):
            QApplication.processEvents()
            time.sleep(0.02)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not dock.grab().save(str(path)):
            raise SystemExit("could not write {}".format(path))
        print("Wrote {}".format(path))
    sys.stdout.flush()
    # QGIS 3.22 may crash tearing down a GUI application with widgets alive: the images
    # are written, leave without the teardown.
    os._exit(0)


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    sys.exit(main())
