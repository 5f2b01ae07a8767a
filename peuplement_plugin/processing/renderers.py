"""Renderers built at run time, for outputs whose fields depend on the parameters."""

from qgis.core import (
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsWkbTypes,
)

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
