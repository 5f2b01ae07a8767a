"""SVG charts and the territory map of the committee report, written by hand (no plotting
library at run time).

Every chart reads without colour: the objectives' bars carry a pattern per status
(plain: atteint, hatched: proche, cross-hatched: non atteint) and, in words, their value
and status; the evolutions' bars go left or right of zero and carry their signed value.
Each bar says where its number comes from (``data-table``, ``data-key``, ``data-field``,
``data-value``), as the report's table cells do."""

import html
import math

from shapely import wkt as shapely_wkt

STATUS_STYLE = {
    # status: (colour, pattern, symbol)
    "atteint": ("#1a9641", None, "\u2714"),
    "proche": ("#fdae61", "hachures", "\u2248"),
    "non atteint": ("#d7191c", "quadrillage", "\u2718"),
}
MISSING_STYLE = ("#bdbdbd", None, "?")
RISE, FALL = "#b2182b", "#2166ac"
CLASS_COLOURS = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000", "#7f0000", "#4d0000", "#330000",
                 "#1a0000", "#000000")

# Geometry of the bar charts, in SVG units (px): the plot area is PLOT_HEIGHT high, its
# bottom (the zero line) at PLOT_BOTTOM.
PLOT_TOP, PLOT_HEIGHT = 30, 180
PLOT_BOTTOM = PLOT_TOP + PLOT_HEIGHT
BAR_SLOT, BAR_WIDTH, LEFT = 90, 44, 56


def esc(text):
    return html.escape("" if text is None else str(text))


def missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def nice_ceiling(value, step=10.0):
    """The smallest multiple of ``step`` at or above ``value`` (``step`` at least)."""
    return max(step, math.ceil(max(value, 0.0) / step - 1e-9) * step)


def _patterns(prefix):
    """Fill patterns of the statuses, with ids of their own for each chart (several charts
    share one HTML document)."""
    defs = []
    for status, (colour, pattern, _) in STATUS_STYLE.items():
        ident = "{}-{}".format(prefix, status.replace(" ", "-"))
        if pattern is None:
            defs.append('<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8">'
                        '<rect width="8" height="8" fill="{}"/></pattern>'.format(ident, colour))
        elif pattern == "hachures":
            defs.append('<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8" '
                        'patternTransform="rotate(45)"><rect width="8" height="8" fill="{}"/>'
                        '<line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="2"/></pattern>'.format(
                            ident, colour))
        else:
            defs.append('<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8">'
                        '<rect width="8" height="8" fill="{}"/><path d="M0 0 L8 8 M8 0 L0 8" stroke="#000" '
                        'stroke-width="1.5"/></pattern>'.format(ident, colour))
    return "<defs>{}</defs>".format("".join(defs))


def objective_chart(bars, number, prefix, title):
    """Bars of an objective's rate per year (and group), against its target.

    ``bars``: dicts with ``label``, ``value`` (rate, %), ``target`` (%), ``statut``,
    ``table``, ``key_field``, ``key``; ``number(value, decimals)`` formats a number by
    the locale. The scale runs from 0 at ``PLOT_BOTTOM`` to ``nice_ceiling`` of the
    highest rate or target at ``PLOT_TOP``."""
    highest = max([b["value"] for b in bars if not missing(b["value"])] +
                  [b["target"] for b in bars if not missing(b["target"])] + [0.0])
    top = nice_ceiling(highest)
    scale = PLOT_HEIGHT / top
    width = max(LEFT + BAR_SLOT * len(bars) + 20, 400)
    height = PLOT_BOTTOM + 76
    parts = [_patterns(prefix), '<text x="8" y="16" font-size="12" font-weight="bold">{}</text>'.format(esc(title))]
    for tick in range(6):
        value = top * tick / 5  # a fifth of a multiple of ten: whole numbers
        y = PLOT_BOTTOM - value * scale
        parts.append('<line x1="{0}" y1="{1:.2f}" x2="{2}" y2="{1:.2f}" stroke="#ddd"/>'
                     '<text class="graduation" x="{3}" y="{4:.2f}" font-size="10" text-anchor="end" '
                     'data-value="{5:g}">{6} %</text>'.format(LEFT, y, width - 20, LEFT - 4, y + 3, value,
                                                               esc(number(value, 0))))
    parts.append('<line class="axe" x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#000"/>'.format(
        LEFT, PLOT_BOTTOM, width - 20))
    for position, bar in enumerate(bars):
        x = LEFT + BAR_SLOT * position + (BAR_SLOT - BAR_WIDTH) / 2
        centre = x + BAR_WIDTH / 2
        status = bar.get("statut")
        colour, pattern, symbol = STATUS_STYLE.get(status, MISSING_STYLE)
        provenance = 'data-table="{}" data-key-field="{}" data-key="{}" data-field="part_public"'.format(
            esc(bar["table"]), esc(bar["key_field"]), esc(bar["key"]))
        if missing(bar["value"]):
            parts.append('<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle" {} data-secret="1">s'
                         '</text>'.format(centre, PLOT_BOTTOM - 6, provenance))
        else:
            bar_height = bar["value"] * scale
            fill = "url(#{}-{})".format(prefix, status.replace(" ", "-")) if status in STATUS_STYLE else colour
            parts.append('<rect class="barre" x="{:.1f}" y="{:.2f}" width="{}" height="{:.2f}" fill="{}" '
                         'stroke="#333" {} data-value="{:g}"><title>{} : {} %</title></rect>'.format(
                             x, PLOT_BOTTOM - bar_height, BAR_WIDTH, bar_height, fill, provenance, bar["value"],
                             esc(bar["label"]), esc(number(bar["value"], 1))))
            # above the bar, and above the target's line when that is higher: never crossed by it
            label_y = PLOT_BOTTOM - max(bar_height, 0 if missing(bar["target"]) else bar["target"] * scale) - 5
            parts.append('<text x="{:.1f}" y="{:.2f}" font-size="11" text-anchor="middle">{} %</text>'.format(
                centre, label_y, esc(number(bar["value"], 1))))
        if not missing(bar["target"]):
            y = PLOT_BOTTOM - bar["target"] * scale
            parts.append('<line class="cible" x1="{:.1f}" y1="{:.2f}" x2="{:.1f}" y2="{:.2f}" stroke="#000" '
                         'stroke-width="2" stroke-dasharray="5 3" data-value="{:g}"/>'.format(
                             x - 8, y, x + BAR_WIDTH + 8, y, bar["target"]))
        parts.append('<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle">{}</text>'.format(
            centre, PLOT_BOTTOM + 15, esc(bar["label"])))
        parts.append('<text x="{:.1f}" y="{}" font-size="10" text-anchor="middle">{} {}</text>'.format(
            centre, PLOT_BOTTOM + 29, symbol, esc(status or "")))
    parts.append('<text x="8" y="{}" font-size="10">{}</text><text x="8" y="{}" font-size="10">{}</text>'.format(
        height - 20, esc("Barre : taux atteint ; tirets : objectif."), height - 7,
        esc("Motif plein : atteint ; hachuré : proche ; quadrillé : non atteint.")))
    return ('<svg xmlns="http://www.w3.org/2000/svg" class="graphique" width="{0}" height="{1}" '
            'viewBox="0 0 {0} {1}" role="img" aria-label="{2}">{3}</svg>').format(
                width, height, esc(title), "".join(parts))


def evolution_chart(bars, number, title, unit="pt"):
    """Horizontal bars of an evolution (points) per unit, left of zero for a fall, right
    for a rise, each with its signed value. ``bars``: dicts with ``label``, ``value``,
    ``table``, ``key_field``, ``key``, ``field``."""
    # labels, then room for a fall's value, the plot, room for a rise's value
    label_width, room, plot_width, row = 250, 56, 320, 22
    extent = max([abs(b["value"]) for b in bars if not missing(b["value"])] + [0.0])
    half = nice_ceiling(extent, 1.0 if extent <= 10 else 5.0)
    scale = (plot_width / 2) / half
    zero = label_width + room + plot_width / 2
    height = 34 + row * len(bars) + 24
    width = label_width + room + plot_width + room
    parts = ['<text x="4" y="16" font-size="13" font-weight="bold">{}</text>'.format(esc(title))]
    for tick in (-half, 0.0, half):
        x = zero + tick * scale
        parts.append('<line x1="{0:.1f}" y1="26" x2="{0:.1f}" y2="{1}" stroke="{2}"/>'
                     '<text x="{0:.1f}" y="{3}" font-size="10" text-anchor="middle">{4} {5}</text>'.format(
                         x, height - 20, "#000" if tick == 0 else "#ddd", height - 6,
                         esc(("+" if tick > 0 else "") + number(tick, 0)), unit))
    for position, bar in enumerate(bars):
        y = 30 + row * position
        parts.append('<text x="{}" y="{}" font-size="11" text-anchor="end">{}</text>'.format(
            label_width - 6, y + 14, esc(bar["label"])))
        provenance = 'data-table="{}" data-key-field="{}" data-key="{}" data-field="{}"'.format(
            esc(bar["table"]), esc(bar["key_field"]), esc(bar["key"]), esc(bar["field"]))
        value = bar["value"]
        if missing(value):
            parts.append('<text x="{:.1f}" y="{}" font-size="11" {} data-secret="1">s</text>'.format(
                zero + 4, y + 14, provenance))
            continue
        length = abs(value) * scale
        x = zero if value >= 0 else zero - length
        parts.append('<rect class="barre" x="{:.2f}" y="{}" width="{:.2f}" height="16" fill="{}" {} '
                     'data-value="{:g}"/>'.format(x, y + 2, length, RISE if value > 0 else FALL, provenance, value))
        text = ("+" if value > 0 else "") + number(value, 1)
        anchor, tx = ("start", zero + length + 4) if value >= 0 else ("end", zero - length - 4)
        parts.append('<text x="{:.1f}" y="{}" font-size="11" text-anchor="{}">{} {}</text>'.format(
            tx, y + 14, anchor, esc(text), unit))
    return ('<svg xmlns="http://www.w3.org/2000/svg" class="graphique" width="{0}" height="{1}" '
            'viewBox="0 0 {0} {1}" role="img" aria-label="{2}">{3}</svg>').format(
                width, height, esc(title), "".join(parts))


def _shape(geometry):
    return shapely_wkt.loads(geometry) if isinstance(geometry, str) else geometry


def territory_map(ilots, qpv, labels=(), size=620):
    """The whole territory: the îlots by fragility class (light to dark), the QPV outlined
    in red dashes and named, a legend and a scale bar. ``ilots``: ``[(geometry, classe)]``;
    ``qpv``: ``[geometry]``; ``labels``: ``[(geometry, name)]`` written at the QPV."""
    shapes_ilots = [(_shape(g), c) for g, c in ilots]
    shapes_qpv = [_shape(g) for g in qpv]
    everything = [s for s, _ in shapes_ilots] + shapes_qpv
    if not everything:
        return ""
    minx = min(s.bounds[0] for s in everything)
    miny = min(s.bounds[1] for s in everything)
    maxx = max(s.bounds[2] for s in everything)
    maxy = max(s.bounds[3] for s in everything)
    span = max(maxx - minx, maxy - miny, 1.0)
    scale = size / span
    height = (maxy - miny) * scale

    def path(geometry):
        parts = []
        for polygon in getattr(geometry, "geoms", [geometry]):
            if not hasattr(polygon, "exterior"):
                continue
            for ring in [polygon.exterior] + list(polygon.interiors):
                parts.append("M" + " L".join("{:.1f},{:.1f}".format((x - minx) * scale, (maxy - y) * scale)
                                             for x, y in ring.coords) + " Z")
        return " ".join(parts)

    body = []
    classes = set()
    for shape, classe in shapes_ilots:
        if not missing(classe) and 1 <= int(classe) <= len(CLASS_COLOURS):
            colour = CLASS_COLOURS[int(classe) - 1]
            classes.add(int(classe))
        else:
            colour = "#eeeeee"
        body.append('<path d="{}" fill="{}" stroke="#fff" stroke-width="0.3"/>'.format(path(shape), colour))
    for shape in shapes_qpv:
        body.append('<path class="qpv" d="{}" fill="none" stroke="#d7191c" stroke-width="1.8" '
                    'stroke-dasharray="5 3"/>'.format(path(shape)))
    for geometry, name in labels:
        point = _shape(geometry).representative_point()
        body.append('<text x="{:.1f}" y="{:.1f}" font-size="10" text-anchor="middle" fill="#000" stroke="#fff" '
                    'stroke-width="2.5" paint-order="stroke">{}</text>'.format(
                        (point.x - minx) * scale, (maxy - point.y) * scale, esc(name)))
    legend_y = height + 16
    legend = ['<text x="0" y="{:.1f}" font-size="11">{}</text>'.format(
        legend_y, esc("Classe de fragilité des îlots :"))]
    for position, classe in enumerate(sorted(classes)):
        x = 170 + position * 40
        legend.append('<rect x="{}" y="{:.1f}" width="14" height="12" fill="{}" stroke="#999"/>'
                      '<text x="{}" y="{:.1f}" font-size="10">{}</text>'.format(
                          x, legend_y - 10, CLASS_COLOURS[classe - 1], x + 17, legend_y, classe))
    legend.append('<line x1="0" y1="{0:.1f}" x2="30" y2="{0:.1f}" stroke="#d7191c" stroke-width="1.8" '
                  'stroke-dasharray="5 3"/><text x="36" y="{1:.1f}" font-size="11">{2}</text>'.format(
                      legend_y + 14, legend_y + 18, esc("Quartier prioritaire (QPV)")))
    bar = nice_length(span / 5)
    legend.append('<line x1="{0}" y1="{1:.1f}" x2="{2:.1f}" y2="{1:.1f}" stroke="#000" stroke-width="2"/>'
                  '<text x="{0}" y="{3:.1f}" font-size="10">{4}</text>'.format(
                      size - bar * scale - 10, legend_y + 14, size - 10, legend_y + 26,
                      esc("{:g} km".format(bar / 1000) if bar >= 1000 else "{:g} m".format(bar))))
    total = height + 46
    return ('<svg xmlns="http://www.w3.org/2000/svg" class="carte-territoire" width="{0}" height="{1:.0f}" '
            'viewBox="0 0 {0} {1:.1f}" role="img" aria-label="{2}">{3}{4}</svg>').format(
                size, total, esc("Carte du territoire"), "".join(body), "".join(legend))


def nice_length(length):
    """The longest of 1, 2 or 5 × a power of ten that fits in ``length``: a scale bar's."""
    power = 10 ** math.floor(math.log10(max(length, 1.0)))
    for step in (5, 2, 1):
        if step * power <= length:
            return step * power
    return power
