"""Renderers built at run time, for outputs whose fields depend on the parameters."""

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

# The white outline of the units in every style (scripts/build_styles.py) and the atlas.
OUTLINE_COLOR = "#ffffff"
OUTLINE_WIDTH = 0.2          # mm

# Difference in points: classes symmetric around "no change", red for a rise.
DIFF_CLASSES = (
    (None, -10, "#2166ac", "baisse de plus de 10 pts"),
    (-10, -5, "#67a9cf", "baisse de 5 à 10 pts"),
    (-5, -1, "#d1e5f0", "baisse de 1 à 5 pts"),
    (-1, 1, "#f7f7f7", "stable (± 1 pt)"),
    (1, 5, "#fddbc7", "hausse de 1 à 5 pts"),
    (5, 10, "#ef8a62", "hausse de 5 à 10 pts"),
    (10, None, "#b2182b", "hausse de plus de 10 pts"),
)


def _fill(color, outline="#ffffff"):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": "0.2"})


def evolution_renderer(layer):
    """Units coloured by the first ``<variable>_diff`` field; units that cannot be compared
    (one side only, secret, households changed too much) hatched grey."""
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return None
    diff = next((f.name() for f in layer.fields() if f.name().endswith("_diff")
                 and not f.name().startswith("nb_")), None)
    if diff is None:
        return None
    root = QgsRuleBasedRenderer.Rule(None)
    hatched = QgsFillSymbol.createSimple({"color": "#bdbdbd", "style": "b_diagonal", "outline_color": "#9e9e9e",
                                          "outline_width": "0.2"})
    root.appendChild(QgsRuleBasedRenderer.Rule(hatched, 0, 0, '"comparable" IS NOT TRUE',
                                               "non comparable (secret, effectif instable, absent)"))
    for low, high, color, label in DIFF_CLASSES:
        terms = ['"comparable"']
        if low is not None:
            terms.append('"{}" >= {}'.format(diff, low))
        if high is not None:
            terms.append('"{}" < {}'.format(diff, high))
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(color), 0, 0, " AND ".join(terms), label))
    return QgsRuleBasedRenderer(root)


# ----------------------------------------------------------------------------------
# The symbols and class rules shared by the QML styles (scripts/build_styles.py) and the
# atlas's map (algorithms/atlas.py).


def plain_base(color):
    """A fill without outline: the first layer of the NULL / secret / unknown symbols."""
    symbol = QgsFillSymbol()
    base = QgsSimpleFillSymbolLayer(QColor(color))
    base.setStrokeStyle(Qt.PenStyle.NoPen)
    symbol.changeSymbolLayer(0, base)
    return symbol


def add_outline(symbol, color=OUTLINE_COLOR):
    outline = QgsSimpleLineSymbolLayer(QColor(color), OUTLINE_WIDTH)
    outline.setWidthUnit(QgsUnitTypes.RenderMillimeters)
    outline.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.appendSymbolLayer(outline)
    return symbol


def hatched(fill, line_color, distance, angles):
    """``fill`` crossed by lines at each of ``angles``, with the white outline."""
    symbol = plain_base(fill)
    for angle in angles:
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(angle)
        hatch.setDistance(distance)
        hatch.setDistanceUnit(QgsUnitTypes.RenderMillimeters)
        hatch.setLineWidth(0.25)
        hatch.setLineWidthUnit(QgsUnitTypes.RenderMillimeters)
        hatch.setColor(QColor(line_color))
        symbol.appendSymbolLayer(hatch)
    return add_outline(symbol)


def secret_symbol():
    """Mid grey, cross-hatched in dark grey: figures masked by the secret statistique
    (darker and denser than the unknown values, and than the hatching of the NULL symbol)."""
    return hatched("#d0d0d0", "#636363", 1.2, (45, 135))


def class_expressions(field, breaks):
    """``[(low, high, filter)]`` of the classes lower < value <= upper (the first one also
    holds its lower bound, the last one anything above its lower bound)."""
    quoted = QgsExpression.quotedColumnRef(field)
    out = []
    last = len(breaks) - 2
    for i, (low, high) in enumerate(zip(breaks[:-1], breaks[1:])):
        if i == 0:
            expression = "{f} <= {hi!r}".format(f=quoted, hi=high)
        elif i == last:
            expression = "{f} > {lo!r}".format(f=quoted, lo=low)
        else:
            expression = "{f} > {lo!r} AND {f} <= {hi!r}".format(f=quoted, lo=low, hi=high)
        out.append((low, high, expression))
    return out
