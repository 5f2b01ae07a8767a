#!/usr/bin/python3
"""Builds the print layout templates of ``resources/layouts/`` with PyQGIS, so that they
can be read, reviewed and rebuilt rather than edited by hand in the layout designer.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_layouts.py [--out resources/layouts]

Two A4 portrait atlas pages, the same frame with a different heading:

- ``atlas_qpv.qpt``: one page per quartier prioritaire (QPV);
- ``atlas_commune.qpt``: one page per commune.

Items (their ids are what ``peuplement:atlas`` looks for): ``titre`` (the page's name,
``@atlas_pagename``), ``sous_titre`` (the indicator, ``@peuplement_indicateur``, and the
atlas), ``carte`` (atlas-driven map, 10 % margin around the page's unit), ``nord`` (north arrow), ``echelle`` (scale bar),
``legende``, ``chiffres_cles`` (the frame of a text table: the key figures of the page's
unit beside the whole territory, filled page by page), ``mention_secret`` (the secret
statistique) and ``sources`` (sources and millésime, from the layout variables
``peuplement_source`` and ``peuplement_millesime``). The texts are French, the language of
the publications; the algorithm replaces them by their translation when it runs. Layers,
coverage and legend content are set at run time.
"""

import argparse
import os
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")

from qgis.core import (  # noqa: E402
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

sys.path.insert(0, str(ROOT))
from peuplement_plugin.processing.algorithms.atlas import table_columns  # noqa: E402
from scripts.render_map import _font, ensure_qgis  # noqa: E402  (the maps' font: DejaVu Sans)
from scripts.provenance import stamp  # noqa: E402

MM = QgsUnitTypes.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 10.0

LAYOUTS = {
    "atlas_qpv.qpt": "Atlas des quartiers prioritaires de la politique de la ville (QPV)",
    "atlas_commune.qpt": "Atlas des communes",
}
SECRET_TEXT = ("Secret statistique : aucun chiffre décrivant moins de 11 ménages n'est publié ; "
               "les unités masquées sont hachurées.")
SOURCES_TEXT = ("Sources : [% @peuplement_source %] — millésime [% @peuplement_millesime %]. "
                "Calcul : plugin Peuplement.")
NORTH_ARROW = "arrows/NorthArrow_02.svg"
UUID = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}")


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def _label(layout, item_id, text, size, x, y, w, h, bold=False, italic=False, color="#1a1a1a"):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold, italic))
    label.setFontColor(QColor(color))
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, x, y, w, h)
    return label


def build_layout(name, heading):
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    inner = PAGE_W - 2 * MARGIN

    _label(layout, "titre", "[% @atlas_pagename %]", 16, MARGIN, MARGIN, inner, 9, bold=True)
    _label(layout, "sous_titre", "[% @peuplement_indicateur %] — {}".format(heading), 10, MARGIN, MARGIN + 10,
           inner, 6, color="#4d4d4d")

    map_y, map_h = MARGIN + 18, 160.0
    carte = QgsLayoutItemMap(layout)
    carte.setId("carte")
    carte.setFrameEnabled(True)
    carte.setFrameStrokeColor(QColor("#7f7f7f"))
    carte.setAtlasDriven(True)
    carte.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    carte.setAtlasMargin(0.10)
    layout.addLayoutItem(carte)
    _place(carte, MARGIN, map_y, inner, map_h)

    nord = QgsLayoutItemPicture(layout)
    nord.setId("nord")
    nord.setPicturePath(NORTH_ARROW)
    nord.setLinkedMap(carte)
    nord.setNorthMode(QgsLayoutItemPicture.GridNorth)
    nord.setResizeMode(QgsLayoutItemPicture.Zoom)
    layout.addLayoutItem(nord)
    _place(nord, PAGE_W - MARGIN - 12, map_y + 3, 9, 13)

    echelle = QgsLayoutItemScaleBar(layout)
    echelle.setId("echelle")
    echelle.setStyle("Single Box")
    echelle.setLinkedMap(carte)
    echelle.setUnits(QgsUnitTypes.DistanceMeters)
    echelle.setUnitLabel("m")
    echelle.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    echelle.setMinimumBarWidth(25)
    echelle.setMaximumBarWidth(50)
    echelle.setNumberOfSegments(2)
    echelle.setNumberOfSegmentsLeft(0)
    echelle.setHeight(1.6)
    echelle.setFont(_font(7.5))
    echelle.setBackgroundEnabled(True)
    echelle.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(echelle)
    echelle.attemptMove(QgsLayoutPoint(MARGIN + 3, map_y + map_h - 12, MM))

    block_y = map_y + map_h + 6
    legende = QgsLayoutItemLegend(layout)
    legende.setId("legende")
    legende.setTitle("Légende")
    legende.setLinkedMap(carte)
    legende.setStyleFont(QgsLegendStyle.Title, _font(10, bold=True))
    legende.setStyleFont(QgsLegendStyle.Group, _font(9, bold=True))
    legende.setStyleFont(QgsLegendStyle.Subgroup, _font(9, bold=True))
    legende.setStyleFont(QgsLegendStyle.SymbolLabel, _font(8))
    legende.setSymbolWidth(7.0)
    legende.setSymbolHeight(4.0)
    legende.setResizeToContents(False)
    legende.setBackgroundEnabled(False)
    legende.setFrameEnabled(False)
    layout.addLayoutItem(legende)
    _place(legende, MARGIN, block_y, 86, 72)

    table = QgsLayoutItemTextTable(layout)
    table.setHeaderFont(_font(8, bold=True))
    table.setContentFont(_font(8))
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9e9e9e"))
    table.setCellMargin(1.2)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("chiffres_cles")
    _place(frame, MARGIN + 90, block_y, inner - 90, 72)
    table.addFrame(frame)
    # columns filling the frame: the table's width is the frame's, which peuplement:atlas reads back
    table.setColumns(table_columns(table, ["Chiffres clés", "Unité", "Ensemble (EPCI)"], inner - 90))
    table.refreshAttributes()  # setColumns alone does not resize the frame

    _label(layout, "mention_secret", SECRET_TEXT, 8, MARGIN, PAGE_H - MARGIN - 16, inner, 8, italic=True,
           color="#404040")
    _label(layout, "sources", SOURCES_TEXT, 7.5, MARGIN, PAGE_H - MARGIN - 6, inner, 6, italic=True,
           color="#595959")
    layout.atlas().setEnabled(True)
    layout.atlas().setHideCoverage(False)
    return project, layout


def write_template(layout, path):
    """Save ``layout`` as a template, its random item UUIDs replaced by UUIDs derived from
    the file name and their order, so that a rebuild gives the same file."""
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise RuntimeError("impossible d'écrire {}".format(path))
    text = Path(path).read_text(encoding="utf-8")
    found = []
    for match in UUID.finditer(text):
        if match.group(0) not in found:
            found.append(match.group(0))
    for index, original in enumerate(found):
        stable = "{{{}}}".format(uuid.uuid5(uuid.NAMESPACE_URL, "peuplement/{}/{}".format(Path(path).name, index)))
        text = text.replace(original, stable)
    Path(path).write_text(stamp(text, "scripts/build_layouts.py"), encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "resources" / "layouts"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ensure_qgis()
    for name, heading in LAYOUTS.items():
        _, layout = build_layout(name[:-4], heading)
        write_template(layout, out / name)
        print(out / name)
    return 0


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    sys.exit(main())
