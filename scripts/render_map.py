#!/usr/bin/python3
"""Render a styled layer of a GeoPackage to a PNG map, and store styles in a GeoPackage.

Library (PyQGIS, works inside a running QGIS / pytest-qgis or standalone)::

    from scripts.render_map import render_map, store_style_in_gpkg
    render_map("out.gpkg", "indicateurs", "styles/indicateurs_parc.qml", "carte.png",
               "Taux de vacance du parc social par IRIS",
               background_layers=[("ref.gpkg", "communes", None),
                                  ("ref.gpkg", "qpv", "qpv.qml", "Quartiers prioritaires (QPV)")])
    store_style_in_gpkg("out.gpkg", "indicateurs", "styles/indicateurs_parc.qml", "peuplement")

Command line (``/usr/bin/python3``, the Python that has QGIS)::

    render_map.py render GPKG LAYER QML PNG --title "…" [--background GPKG LAYER [QML [LABEL]]]…
    render_map.py store-style GPKG LAYER QML [--name NAME]
    render_map.py outline-qml OUT.qml [--color "#d7191c"] [--width 0.5] [--dashed]

The map is a print layout exported with ``QgsLayoutExporter.exportToImage``: title,
map, legend, scale bar, north arrow and source text, at exactly ``width`` x ``height``
pixels. Background layers drawn only as outlines (communes, QPV…) go above the
thematic layer so that they stay visible; filled ones go below it.
"""

import argparse
import contextlib
import math
import os
import sys
from pathlib import Path

sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale, QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from peuplement_plugin.bridge.styles import store_default_style  # noqa: E402

SOURCE_TEXT = "Source : RPLS 2024 (territoire fictif), calcul plugin Peuplement"
LEGEND_TITLE_PROPERTY = "peuplement/legend_title"   # set by scripts/build_styles.py
FONT_FAMILY = "DejaVu Sans"
NORTH_ARROW_SVG = "NorthArrow_02.svg"
PAGE_LONG_SIDE_MM = 297.0     # the layout is an A4-like page, whatever the pixel size

_APP = None


# ----------------------------------------------------------------------------------
# QGIS


def ensure_qgis():
    """The running QgsApplication, or a new headless one (offscreen) for a script."""
    global _APP
    app = QgsApplication.instance()
    if app is not None:
        return app
    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], False)
    _APP.initQgis()
    return _APP


def load_layer(gpkg_path, layer_name, display_name=None):
    """A layer of a GeoPackage; ValueError when it cannot be opened."""
    gpkg_path = str(gpkg_path)
    if not Path(gpkg_path).is_file():
        raise ValueError("GeoPackage introuvable : {}".format(gpkg_path))
    layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, layer_name), display_name or layer_name, "ogr")
    if not layer.isValid():
        raise ValueError("couche « {} » introuvable ou illisible dans {}".format(layer_name, gpkg_path))
    return layer


def apply_style(layer, qml_path):
    qml_path = str(qml_path)
    if not Path(qml_path).is_file():
        raise ValueError("style QML introuvable : {}".format(qml_path))
    message, ok = layer.loadNamedStyle(qml_path)
    if not ok:
        raise ValueError("le style {} ne s'applique pas à {} : {}".format(qml_path, layer.name(), message))


# ----------------------------------------------------------------------------------
# Default styles of background layers


def outline_renderer(color="#4d4d4d", width=0.3, dashed=False, geometry=QgsWkbTypes.PolygonGeometry):
    """Polygons drawn as an outline only (no fill); lines and points in ``color``."""
    if geometry == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol()
        outline = QgsSimpleLineSymbolLayer(QColor(color), width)
        outline.setWidthUnit(QgsUnitTypes.RenderMillimeters)
        outline.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            outline.setPenStyle(Qt.PenStyle.CustomDashLine)
            outline.setUseCustomDashPattern(True)
            outline.setCustomDashVector([3.0, 1.5])
            outline.setCustomDashPatternUnit(QgsUnitTypes.RenderMillimeters)
        symbol.changeSymbolLayer(0, outline)
    elif geometry == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple({"line_color": color, "line_width": str(width),
                                             "line_style": "dash" if dashed else "solid"})
    else:
        symbol = QgsMarkerSymbol.createSimple({"color": color, "size": "1.6", "outline_color": "white"})
    return QgsSingleSymbolRenderer(symbol)


def write_outline_qml(qml_path, color="#4d4d4d", width=0.3, dashed=False):
    """Write a QML drawing polygons as outlines only, e.g. QPV: ``color="#d7191c",
    width=0.5, dashed=True``; communes: the defaults. Returns the path."""
    ensure_qgis()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "outline", "memory")
    layer.setRenderer(outline_renderer(color, width, dashed))
    message, ok = layer.saveNamedStyle(str(qml_path))
    if not ok:
        raise ValueError("impossible d'écrire {} : {}".format(qml_path, message))
    return str(qml_path)


def _has_fill(layer):
    """True when the layer's symbols paint polygon interiors (a filled background)."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry or layer.renderer() is None:
        return False
    context = QgsRenderContext()
    for symbol in layer.renderer().symbols(context):
        for index in range(symbol.symbolLayerCount()):
            symbol_layer = symbol.symbolLayer(index)
            if isinstance(symbol_layer, QgsSimpleLineSymbolLayer):
                continue
            if isinstance(symbol_layer, QgsSimpleFillSymbolLayer):
                if symbol_layer.brushStyle() == Qt.BrushStyle.NoBrush or symbol_layer.color().alpha() == 0:
                    continue
            if symbol_layer.layerType() in ("SimpleLine", "MarkerLine", "HashedLine", "ArrowLine"):
                continue
            return True
    return False


# ----------------------------------------------------------------------------------
# Layout helpers (QGIS 3.22 API, with the newer text-format API when present)


def _font(size, bold=False, italic=False):
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text_format(size, bold=False, italic=False, color="#000000"):
    text = QgsTextFormat()
    text.setFont(_font(size, bold, italic))
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(color))
    return text


def _label(layout, text, size, x, y, width, height, bold=False, italic=False, color="#000000",
           align=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignTop):
    """A text on one line; a text too long for ``width`` is set smaller (down to 60 %)."""
    item = QgsLayoutItemLabel(layout)
    item.setText(text)

    def set_size(points):
        if hasattr(item, "setTextFormat"):          # QGIS >= 3.24
            item.setTextFormat(_text_format(points, bold, italic, color))
        else:
            item.setFont(_font(points, bold, italic))
            item.setFontColor(QColor(color))

    points = size
    set_size(points)
    while item.sizeForText().width() > width and points > 0.6 * size:
        points -= 0.5
        set_size(points)
    item.setHAlign(align)
    item.setVAlign(valign)
    item.setMarginX(0)
    item.setMarginY(0)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    return item


def _legend_style(legend, style, size, bold=False, space_above=None):
    if hasattr(QgsLegendStyle, "setTextFormat"):   # QGIS >= 3.30
        legend_style = legend.style(style)
        legend_style.setTextFormat(_text_format(size, bold, color="#1a1a1a"))
        if space_above is not None:
            legend_style.setMargin(QgsLegendStyle.Top, space_above)
        legend.setStyle(style, legend_style)
    else:
        legend.setStyleFont(style, _font(size, bold))
        if space_above is not None:
            legend.rstyle(style).setMargin(QgsLegendStyle.Top, space_above)
    if hasattr(legend, "setFontColor"):
        legend.setFontColor(QColor("#1a1a1a"))


def _nice_length(length):
    """The 1, 2 or 5 x 10^n nearest to ``length`` (on a log scale)."""
    if not length > 0 or math.isinf(length):
        return 1
    power = 10 ** math.floor(math.log10(length))
    candidates = [step * power for step in (1, 2, 5, 10)]
    return min(candidates, key=lambda value: abs(math.log(value / length)))


def _fit_extent(extent, ratio, margin):
    """``extent`` grown by ``margin`` and widened or heightened to the ratio width / height
    of the map frame (QgsLayoutItemMap.setExtent then keeps the frame's size)."""
    width = max(extent.width(), 1e-9) * margin
    height = max(extent.height(), 1e-9) * margin
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    center = extent.center()
    return QgsRectangle(center.x() - width / 2, center.y() - height / 2,
                        center.x() + width / 2, center.y() + height / 2)


def _legend(layout, layers):
    """Legend of ``layers`` (the thematic layer first), no title: each layer's name heads
    its classes."""
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    for layer in layers:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    legend._peuplement_root = root          # the model does not own the tree: keep it alive
    _legend_style(legend, QgsLegendStyle.Group, 10, bold=True)
    _legend_style(legend, QgsLegendStyle.Subgroup, 10, bold=True, space_above=4.0)
    _legend_style(legend, QgsLegendStyle.SymbolLabel, 9)
    legend.setSymbolWidth(7.0)
    legend.setSymbolHeight(4.5)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    legend.setBoxSpace(0.0)
    layout.addLayoutItem(legend)
    # QGIS sizes a legend to its content only once it has been painted: paint the page
    # once, small, so that its size is known when the page is laid out.
    QgsLayoutExporter(layout).renderPageToImage(0, QSize(60, 60))
    legend.adjustBoxSize()
    return legend


def _scalebar(layout, layout_map, crs):
    """Two segments of a round length, about a fifth of the map's width in all."""
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(layout_map)
    target = _map_units_in_metres(crs, layout_map.extent()) / 5.0
    if target >= 2000:
        scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
        scalebar.setUnitLabel("km")
        segment = _nice_length(target / 2000.0)
    else:
        scalebar.setUnits(QgsUnitTypes.DistanceMeters)
        scalebar.setUnitLabel("m")
        segment = _nice_length(target / 2.0)
    scalebar.setMapUnitsPerScaleBarUnit(1.0)     # "label unit multiplier"
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scalebar.setUnitsPerSegment(segment)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setHeight(1.6)
    scalebar.setTextFormat(_text_format(7.5, color="#1a1a1a"))
    scalebar.setBackgroundEnabled(False)
    scalebar.setBoxContentSpace(0.5)
    layout.addLayoutItem(scalebar)
    scalebar.refreshItemSize()
    return scalebar


def _north_arrow(layout, layout_map, width, height):
    svg = _north_arrow_path()
    if svg:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(svg)
        arrow.setLinkedMap(layout_map)
        arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
        arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
        layout.addLayoutItem(arrow)
        arrow.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
        return arrow
    return _label(layout, "N\n▲", 10, 0, 0, width, height, bold=True, align=Qt.AlignmentFlag.AlignHCenter)


def _north_arrow_path():
    for folder in QgsApplication.svgPaths() + ["/usr/share/qgis/svg"]:
        candidate = Path(folder) / "arrows" / NORTH_ARROW_SVG
        if candidate.is_file():
            return str(candidate)
    return None


def _map_units_in_metres(layer_crs, extent):
    if layer_crs.mapUnits() == QgsUnitTypes.DistanceDegrees:
        return extent.width() * 111320.0
    return extent.width() * QgsUnitTypes.fromUnitToUnitFactor(layer_crs.mapUnits(),
                                                               QgsUnitTypes.DistanceMeters)


# ----------------------------------------------------------------------------------
# The map


def render_map(gpkg_path, layer_name, qml_path, png_path, title, background_layers=None, width=1600,
               height=1200, *, subtitle=None, legend_title=None, source=SOURCE_TEXT, dpi=None):
    """Render ``layer_name`` of ``gpkg_path``, styled with ``qml_path``, to ``png_path``
    (``width`` x ``height`` pixels) with a title, a legend, a scale bar, a north arrow
    and the source.

    ``qml_path`` None: the layer's default style stored in the GeoPackage.
    ``background_layers``: ``[(gpkg, layer, qml_or_None[, legend_label]), …]``. With no
    QML, the layer's default style stored in its GeoPackage is used, or else a grey
    outline. Outline-only polygon layers are drawn above the thematic layer, filled
    ones below it, in the order given. ``legend_title`` defaults to the style's
    ``peuplement/legend_title`` property (the alias of the mapped field), else the
    layer name. Returns ``png_path``.
    """
    ensure_qgis()
    with _french_numbers():
        return _render(gpkg_path, layer_name, qml_path, png_path, title, background_layers, width, height,
                       subtitle, legend_title, source, dpi)


def _style(layer, qml_path):
    """Style ``layer`` with ``qml_path``, or with its default style (the one stored in its
    GeoPackage) when no QML is given; False when it has neither."""
    if qml_path:
        apply_style(layer, qml_path)
        return True
    _, found = layer.loadDefaultStyle()
    return found


def _render(gpkg_path, layer_name, qml_path, png_path, title, background_layers, width, height, subtitle,
            legend_title, source, dpi):
    width, height = int(width), int(height)
    if width < 200 or height < 150:
        raise ValueError("image trop petite : {} x {} pixels (minimum 200 x 150)".format(width, height))
    project = QgsProject()
    main = load_layer(gpkg_path, layer_name)
    if not _style(main, qml_path):
        raise ValueError("la couche {} n'a pas de style par défaut dans {} : donnez un QML".format(
            layer_name, gpkg_path))
    main.setName(legend_title or main.customProperty(LEGEND_TITLE_PROPERTY) or layer_name)
    project.addMapLayer(main)

    above, below, legend_layers = [], [], [main]
    for entry in background_layers or ():
        if len(entry) not in (3, 4):
            raise ValueError("couche de fond : (gpkg, couche, qml ou None[, libellé]) attendu, reçu {!r}"
                             .format(entry))
        bg_gpkg, bg_name, bg_qml = entry[:3]
        label = entry[3] if len(entry) == 4 and entry[3] else bg_name[:1].upper() + bg_name[1:]
        layer = load_layer(bg_gpkg, bg_name, label)
        if not _style(layer, bg_qml):
            layer.setRenderer(outline_renderer(geometry=layer.geometryType()))
        layer.setName(label)
        project.addMapLayer(layer)
        (below if _has_fill(layer) else above).append(layer)
        legend_layers.append(layer)
    project.setCrs(main.crs())

    # Page: A4-like in millimetres, exported at the dpi that gives width x height pixels.
    if width >= height:
        page_w, page_h = PAGE_LONG_SIDE_MM, PAGE_LONG_SIDE_MM * height / width
    else:
        page_w, page_h = PAGE_LONG_SIDE_MM * width / height, PAGE_LONG_SIDE_MM
    dpi = dpi or width / (page_w / 25.4)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page_w, page_h, QgsUnitTypes.LayoutMillimeters))
    mm = QgsUnitTypes.LayoutMillimeters

    # Title block at the top, source at the bottom, the map and its legend between.
    margin, gap = 8.0, 6.0
    top = margin
    _label(layout, title, 17, margin, top, page_w - 2 * margin, 9.0, bold=True, color="#1a1a1a")
    top += 10.0
    if subtitle:
        _label(layout, subtitle, 10.5, margin, top, page_w - 2 * margin, 6.0, color="#4d4d4d")
        top += 7.0
    top += 3.0
    source_h = 5.0
    bottom = page_h - margin - source_h - 2.0
    _label(layout, source, 7.5, margin, page_h - margin - source_h, page_w - 2 * margin, source_h,
           italic=True, color="#595959")

    legend = _legend(layout, legend_layers)
    legend_w, legend_h = legend.rect().width(), legend.rect().height()
    arrow_w, arrow_h = 7.0, 11.0
    landscape = page_w >= page_h * 1.15

    # The map frame takes the shape of the data (a neat line close around it), as large
    # as its box allows, and the block map + legend is centred in the free space.
    extent = QgsRectangle(main.extent())
    if extent.isEmpty() or extent.isNull():
        for layer in above + below:
            extent.combineExtentWith(layer.extent())
    data_ratio = max(extent.width(), 1e-9) / max(extent.height(), 1e-9)
    side_w = max(legend_w, 45.0)
    if landscape:
        box_w, box_h = page_w - 2 * margin - side_w - gap, bottom - top
    else:
        box_w, box_h = page_w - 2 * margin, bottom - top - legend_h - gap
    map_w, map_h = box_w, box_h
    if data_ratio > box_w / box_h:
        map_h = max(box_w / data_ratio, 0.4 * box_h)
    else:
        map_w = max(box_h * data_ratio, 0.4 * box_w)
    if landscape:
        map_x = margin + (box_w - map_w) / 2.0 if map_w < box_w else margin
        map_y = top + (box_h - map_h) * 0.35     # closer to the title than to the source
        legend_x, legend_y = map_x + map_w + gap, map_y
    else:
        block_h = map_h + gap + legend_h
        map_x = margin + (box_w - map_w) / 2.0
        map_y = top + (bottom - top - block_h) * 0.35
        legend_x, legend_y = map_x, map_y + map_h + gap

    layout_map = QgsLayoutItemMap(layout)
    layout_map.attemptMove(QgsLayoutPoint(map_x, map_y, mm))
    layout_map.attemptResize(QgsLayoutSize(map_w, map_h, mm))
    layout_map.setCrs(main.crs())
    layout_map.setLayers(list(reversed(above)) + [main] + list(reversed(below)))
    layout_map.setKeepLayerSet(True)
    layout_map.setBackgroundColor(QColor("#ffffff"))
    layout_map.setFrameEnabled(False)
    layout.addLayoutItem(layout_map)
    layout_map.setExtent(_fit_extent(extent, map_w / map_h, 1.03))
    legend.setLinkedMap(layout_map)
    legend.attemptMove(QgsLayoutPoint(legend_x, legend_y, mm))

    # Scale bar and north arrow beside the legend, never over the data: under it in a
    # side column, to its right when the legend is under the map.
    scalebar = _scalebar(layout, layout_map, main.crs())
    arrow = _north_arrow(layout, layout_map, arrow_w, arrow_h)
    if landscape:
        scalebar.setReferencePoint(QgsLayoutItem.LowerLeft)
        scalebar.attemptMove(QgsLayoutPoint(legend_x, map_y + map_h, mm))
        arrow.attemptMove(QgsLayoutPoint(legend_x, map_y + map_h - scalebar.rect().height() - 4.0 - arrow_h, mm))
    else:
        right = map_x + map_w
        scalebar.setReferencePoint(QgsLayoutItem.LowerRight)
        scalebar.attemptMove(QgsLayoutPoint(right, legend_y + max(legend_h, 20.0), mm))
        arrow.setReferencePoint(QgsLayoutItem.UpperRight)
        arrow.attemptMove(QgsLayoutPoint(right, legend_y, mm))

    Path(png_path).parent.mkdir(parents=True, exist_ok=True)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.imageSize = QSize(width, height)
    settings.generateWorldFile = False
    settings.exportMetadata = False
    with _quiet_gdal():
        # QGIS georeferences the image through GDAL, which cannot update a PNG and says so.
        result = QgsLayoutExporter(layout).exportToImage(str(png_path), settings)
    if result != QgsLayoutExporter.Success:
        raise RuntimeError("export de {} impossible (code {})".format(png_path, result))
    return str(png_path)


@contextlib.contextmanager
def _quiet_gdal():
    try:
        from osgeo import gdal
    except ImportError:
        yield
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


@contextlib.contextmanager
def _french_numbers():
    """Numbers of labels and scale bar written the French way (1 234,5) while rendering."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        yield
    finally:
        QLocale.setDefault(previous)


# ----------------------------------------------------------------------------------
# Styles stored in the GeoPackage


def store_style_in_gpkg(gpkg_path, layer_name, qml_path, style_name, description=""):
    """Apply ``qml_path`` to ``layer_name`` and save it as the layer's default style in
    the GeoPackage's ``layer_styles`` table (QGIS then opens the layer styled). The
    plugin's own code does it (``peuplement:observatoire`` stores its styles itself)."""
    ensure_qgis()
    load_layer(gpkg_path, layer_name)  # a clear message when the layer is not there
    if not Path(str(qml_path)).is_file():
        raise ValueError("style QML introuvable : {}".format(qml_path))
    return store_default_style(gpkg_path, layer_name, qml_path, style_name, description)


# ----------------------------------------------------------------------------------
# Command line


def main(argv=None):
    parser = argparse.ArgumentParser(description="Carte PNG d'une couche stylée (plugin Peuplement).")
    commands = parser.add_subparsers(dest="command", required=True)

    render = commands.add_parser("render", help="render a layer to a PNG map")
    render.add_argument("gpkg")
    render.add_argument("layer")
    render.add_argument("qml")
    render.add_argument("png")
    render.add_argument("--title", required=True)
    render.add_argument("--subtitle")
    render.add_argument("--legend-title")
    render.add_argument("--source", default=SOURCE_TEXT)
    render.add_argument("--background", nargs="+", action="append", default=[],
                        metavar="GPKG LAYER [QML [LABEL]]",
                        help="background layer (repeatable); QML may be '-' for the default style")
    render.add_argument("--width", type=int, default=1600)
    render.add_argument("--height", type=int, default=1200)

    store = commands.add_parser("store-style", help="save a QML as the default style in the GeoPackage")
    store.add_argument("gpkg")
    store.add_argument("layer")
    store.add_argument("qml")
    store.add_argument("--name", default="peuplement")
    store.add_argument("--description", default="")

    outline = commands.add_parser("outline-qml", help="write an outline-only polygon style")
    outline.add_argument("qml")
    outline.add_argument("--color", default="#4d4d4d")
    outline.add_argument("--width", type=float, default=0.3)
    outline.add_argument("--dashed", action="store_true")

    args = parser.parse_args(argv)
    ensure_qgis()
    if args.command == "render":
        backgrounds = []
        for values in args.background:
            if not 2 <= len(values) <= 4:
                parser.error("--background GPKG LAYER [QML [LABEL]]")
            values = list(values) + [None] * (4 - len(values))
            backgrounds.append((values[0], values[1], None if values[2] in (None, "-") else values[2], values[3]))
        print(render_map(args.gpkg, args.layer, args.qml, args.png, args.title, backgrounds, args.width,
                         args.height, subtitle=args.subtitle, legend_title=args.legend_title,
                         source=args.source))
    elif args.command == "store-style":
        store_style_in_gpkg(args.gpkg, args.layer, args.qml, args.name, args.description)
        print("{}: style « {} » enregistré pour {}".format(args.gpkg, args.name, args.layer))
    else:
        print(write_outline_qml(args.qml, args.color, args.width, args.dashed))


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    main()
