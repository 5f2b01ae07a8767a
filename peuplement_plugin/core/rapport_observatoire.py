"""The steering-committee report of the observatory: one self-contained HTML document
built from the tables of the observatory GeoPackage (plain pandas frames, no QGIS).

The labels are French (its readers are the instances de pilotage). Every figure is a value of a table cell as it is in the GeoPackage, only rounded for
display; each carries where it comes from (``data-table``, ``data-key``, ``data-field``)
so that anyone, and the tests, can check it against the file. A masked value (secret
statistique) is shown as such, never filled in.
"""

import html
import math

from shapely import wkt as shapely_wkt

from . import graphiques, noms

MASKED = "s"

KEY_FIGURES = (
    ("parc", "nb_logements", "Logements"),
    ("parc", "tx_vacance", "Taux de vacance (%)"),
    ("parc", "part_plai", "PLAI (%)"),
    ("occupation", "nb_menages", "Ménages"),
    ("occupation", "part_rev_inf_40", "Ressources < 40 % du plafond PLUS (%)"),
    ("occupation", "part_monoparentales", "Familles monoparentales (%)"),
    ("occupation", "part_chomage", "Chômage (%)"),
    ("occupation", "part_apl", "APL (%)"),
)
EVOLUTION_FIGURES = (
    ("nb_menages_t0", "Ménages t0"), ("nb_menages_t1", "Ménages t1"),
    ("part_rev_inf_40_t0", "< 40 % PLUS t0 (%)"), ("part_rev_inf_40_t1", "< 40 % PLUS t1 (%)"),
    ("part_rev_inf_40_diff", "Écart (points)"),
    ("part_monoparentales_diff", "Monoparentales, écart (points)"),
    ("part_emmenages_recents_diff", "Emménagés récents, écart (points)"),
)
FLOW_FIGURES = (
    ("nb_entrants", "Entrants"), ("nb_sortants", "Sortants"), ("tx_rotation", "Taux de rotation (%)"),
    ("tx_mobilite", "Taux de mobilité (%)"), ("part_q1_entrants", "Q1 parmi les entrants (%)"),
    ("effet_q1", "Effet des flux sur le Q1 (points)"),
)
OBJECTIVE_FIGURES = (
    ("nb_attributions", "Attributions"), ("nb_public", "Public visé"), ("part_public", "Part (%)"),
    ("objectif_pct", "Objectif (%)"), ("ecart_points", "Écart (points)"),
)
PRESSURE_FIGURES = (
    ("nb_demandes", "Demandes en cours au 31/12"), ("nb_attributions", "Attributions de l'année"),
    ("tension", "Tension (demandes pour une attribution)"),
)
PRESSURE_SCALES = (("epci", "EPCI"), ("commune", "Commune"), ("typologie", "Typologie"),
                   ("mutation", "Mutation"))
SECTOR_FIGURES = (
    ("nb_unites", "Îlots"), ("nb_logements", "Logements"), ("nb_menages", "Ménages"),
    ("indice_fragilite_moy", "Indice de fragilité moyen"), ("distance_qpv_m", "Distance au QPV le plus proche (m)"),
    ("gi_z", "G* du secteur (z)"), ("gi_p", "G* du secteur (p)"),
)
QUALITY_FIGURES = (("nb_lignes", "Lignes"),)

CLASS_COLOURS = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000", "#7f0000", "#4d0000", "#330000",
                 "#1a0000", "#000000")

STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:70em;color:#1a1a1a;line-height:1.4}
h1{font-size:1.6em;border-bottom:3px solid #b30000;padding-bottom:.2em}
h2{font-size:1.25em;margin-top:1.8em;color:#7f0000}
table{border-collapse:collapse;margin:.6em 0 1em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em}
th{background:#f3f3f3;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.s{text-align:center;color:#777;font-style:italic}
.note{color:#555;font-size:.88em}
.secteur{display:flex;gap:1.5em;align-items:flex-start;margin-bottom:1.5em}
svg{border:1px solid #ccc;background:#fafafa}
svg.graphique,svg.carte-territoire{background:#fff;margin:.4em 1em .8em 0;max-width:100%;height:auto}
.graphiques{display:flex;flex-wrap:wrap;align-items:flex-start}
nav.sommaire{border:1px solid #ccc;padding:.4em 1em;margin:1em 0;display:inline-block}
nav.sommaire ol{margin:.3em 0;padding-left:1.4em}
nav.sommaire a{color:#7f0000;text-decoration:none}
.statut{display:inline-block;padding:.05em .5em;border-radius:.8em;font-weight:bold;white-space:nowrap;
border:1px solid #333}
.statut-atteint{background:#a6dba0;color:#00441b}
.statut-proche{background:#fee090;color:#653700}
.statut-non-atteint{background:#f4a582;color:#67001f}
.page-de-garde{page-break-after:always;break-after:page}
@page{size:A4;margin:14mm 12mm}
@media print{
body{margin:0;max-width:none;font-size:10pt}
h2{break-before:page;page-break-before:always}
h2,h3{break-after:avoid;page-break-after:avoid}
table{font-size:8.5pt}
thead{display:table-header-group}
tr,svg,.secteur{break-inside:avoid;page-break-inside:avoid}
nav.sommaire a::after{content:" \2014  p. " target-counter(attr(href), page)}
a{color:inherit}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

# How numbers are written (group and decimal separators): French by default; the
# Processing side passes those of the user's locale.
NUMBER_FORMAT = {"group": "\u202f", "decimal": ","}


def esc(text):
    return html.escape("" if text is None else str(text))


def is_missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def display(value, field):
    """French display of a value: counts as integers with spaced thousands, rates with one
    decimal, p-values with three."""
    if is_missing(value):
        return MASKED
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, str):
        return value
    number = float(value)
    if field.startswith(("nb_", "n_")) or field in ("annee",):
        decimals = 0
    elif field in ("gi_p",):
        decimals = 3
    elif field in ("distance_qpv_m",):
        decimals = 0
    elif field.startswith("indice_") or field.startswith("gi_") or field.startswith("taille_"):
        decimals = 2
    else:
        decimals = 1
    return format_number(number, decimals)


def format_number(number, decimals):
    """``number`` with ``decimals`` decimals, in the separators of ``NUMBER_FORMAT``."""
    text = "{:,.{}f}".format(float(number), decimals)
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0,0"
    return text.replace(",", "\x00").replace(".", NUMBER_FORMAT["decimal"]).replace("\x00", NUMBER_FORMAT["group"])


def french_date(value):
    """``2021/01/01`` or ``2021-01-01`` (as GDAL or pandas give a date) → ``01/01/2021``."""
    text = str(value)[:10].replace("/", "-")
    parts = text.split("-")
    return "{}/{}/{}".format(parts[2], parts[1], parts[0]) if len(parts) == 3 else str(value)


def cell(table, key_field, key, field, value):
    """A table cell that says where its figure comes from."""
    attributes = 'data-table="{}" data-key-field="{}" data-key="{}" data-field="{}"'.format(
        esc(table), esc(key_field), esc(key), esc(field))
    text = display(value, field)
    css = "s" if text == MASKED else "n"
    if text == MASKED:
        attributes += ' data-secret="1" title="secret statistique"'
    return '<td class="{}" {}>{}</td>'.format(css, attributes, esc(text))


def row_of(frame, key_field, key):
    if frame is None or key_field not in frame.columns:
        return None
    found = frame[frame[key_field].astype(str) == str(key)]
    return None if found.empty else found.iloc[0]


def _table(headers, rows):
    head = "".join("<th>{}</th>".format(esc(h)) for h in headers)
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(
        head, "".join("<tr>{}</tr>".format(r) for r in rows))


def _names(frame, key_field):
    """``{code: name}`` of a unit table that carries the units' ``nom``."""
    if frame is None or noms.NAME not in frame.columns or key_field not in frame.columns:
        return {}
    return {str(k): noms.clean(n) for k, n in zip(frame[key_field], frame[noms.NAME])}


def _units(tables):
    """(label, table suffix, key field, key) rows: every QPV, hors QPV, then the EPCI;
    each labelled by its name with its code beside it (the code alone without a name)."""
    units = []
    parc_qpv = tables.get("parc_qpv")
    if parc_qpv is not None:
        names = _names(parc_qpv, "code_qpv")
        keys = [str(k) for k in parc_qpv["code_qpv"]]
        ordered = sorted(k for k in keys if k != "hors QPV") + [k for k in keys if k == "hors QPV"]
        units += [(noms.label(names.get(key), key), "qpv", "code_qpv", key) for key in ordered]
    parc_epci = tables.get("parc_epci")
    if parc_epci is not None:
        names = _names(parc_epci, "code_epci")
        units += [(noms.label(names.get(str(k)), "EPCI " + str(k)) if names.get(str(k)) is None
                   else noms.label(names[str(k)], str(k)), "epci", "code_epci", str(k))
                  for k in parc_epci["code_epci"]]
    return units


def status_badge(status):
    """A status in words, with a symbol and a colour (the colour is never the only sign)."""
    if is_missing(status) or not status:
        return esc(MASKED)
    _, _, symbol = graphiques.STATUS_STYLE.get(status, graphiques.MISSING_STYLE)
    return '<span class="statut statut-{}">{} {}</span>'.format(esc(str(status).replace(" ", "-")), symbol,
                                                                esc(status))


def section_key_figures(tables, latest):
    units = _units(tables)
    rows = []
    for label, level, key_field, key in units:
        cells = ["<th>{}</th>".format(esc(label))]
        for source, field, _ in KEY_FIGURES:
            table = "parc_" + level if source == "parc" else "occupation_{}_{}".format(latest, level)
            row = row_of(tables.get(table), key_field, key)
            cells.append(cell(table, key_field, key, field, None if row is None else row.get(field)))
        rows.append("".join(cells))
    headers = ["Unité"] + [label for _, _, label in KEY_FIGURES]
    return "<h2>{}</h2><p class=\"note\">{}</p>{}".format(
        esc("Indicateurs clés : QPV, hors QPV et EPCI"),
        esc("Parc : RPLS. Occupation : OPS {}.".format(latest)), _table(headers, rows))


def _unit_section(tables, prefix, figures, title, note):
    rows = []
    for label, level, key_field, key in _units(tables):
        table = prefix + level
        frame = tables.get(table)
        if frame is None:
            continue
        row = row_of(frame, key_field, key)
        cells = ["<th>{}</th>".format(esc(label))]
        for field, _ in figures:
            cells.append(cell(table, key_field, key, field, None if row is None else row.get(field)))
        rows.append("".join(cells))
    if not rows:
        return ""
    headers = ["Unité"] + [label for _, label in figures]
    return "<h2>{}</h2><p class=\"note\">{}</p>{}".format(esc(title), esc(note), _table(headers, rows))


def section_objectives(tables):
    frame = tables.get("objectifs_epci")
    if frame is None or frame.empty:
        return ""
    rows = []
    for _, row in frame.sort_values(["annee", "groupe", "objectif"]).iterrows():
        key = row["fid"]
        cells = ["<th>{}</th><td>{}</td><td>{}</td>".format(
            esc(row.get("annee")), esc(row.get("libelle") or row.get("objectif")),
            # the State's contingent has no target (domain.md 5.3): a share, no verdict
            esc("sans objectif") if row.get("objectif") == "prioritaires_etat" else status_badge(row.get("statut")))]
        for field, _ in OBJECTIVE_FIGURES:
            cells.append(cell("objectifs_epci", "fid", key, field, row.get(field)))
        rows.append("".join(cells))
    headers = ["Année", "Objectif", "Statut"] + [label for _, label in OBJECTIVE_FIGURES]
    return "<h2>{}</h2><p class=\"note\">{}</p>{}".format(
        esc("Objectifs d'attribution (loi Égalité et Citoyenneté)"),
        esc("Par EPCI et par année ; objectifs par défaut du plugin (25 % / 50 % / 25 %). Le taux des publics "
            "prioritaires ne compte que les réservataires soumis à l'objectif (tous sauf le contingent de l'État, "
            "codes 1, 2 et 5) ; le contingent de l'État est donné avec sa part de ménages prioritaires, sans "
            "verdict."), _table(headers, rows))


def section_pressure(tables):
    frame = tables.get("pression_demande")
    if frame is None or frame.empty:
        return ""
    order = {name: index for index, (name, _) in enumerate(PRESSURE_SCALES)}
    labels = dict(PRESSURE_SCALES)
    frame = frame.assign(_order=frame["echelle"].map(order).fillna(len(order)))
    rows = []
    for _, row in frame.sort_values(["annee", "_order", "epci", "code"]).iterrows():
        key = row["fid"]
        cells = ["<th>{}</th><td>{}</td><td>{}</td>".format(
            esc(row.get("annee")), esc(labels.get(row.get("echelle"), row.get("echelle"))), esc(row.get("code")))]
        for field, _ in PRESSURE_FIGURES:
            cells.append(cell("pression_demande", "fid", key, field, row.get(field)))
        rows.append("".join(cells))
    headers = ["Année", "Échelle", "EPCI, commune, typologie ou mutation"] + [label for _, label in PRESSURE_FIGURES]
    note = ("Demandes de logement social en cours au 31 décembre rapportées aux attributions de l'année (SNE) : "
            "par EPCI, par première commune souhaitée (la commune du logement pour les attributions), par "
            "typologie souhaitée et pour les mutations à part. Un rapport de sommes à chaque échelle.")
    return "<h2>{}</h2><p class=\"note\">{}</p>{}".format(esc("Pression de la demande"), esc(note),
                                                          _table(headers, rows))


def _shape(geometry):
    """A shapely geometry from its WKT, or the geometry itself when already parsed."""
    return shapely_wkt.loads(geometry) if isinstance(geometry, str) else geometry


def sector_svg(sector_wkt, ilots, qpv, size=260):
    """A small SVG map of a sector: the îlots around it coloured by fragility class,
    the QPV outlined in red, the sector outlined in black. The geometries are WKT or
    shapely geometries (``section_sectors`` parses the îlots and the QPV once for all
    its sectors)."""
    sector = _shape(sector_wkt)
    minx, miny, maxx, maxy = sector.bounds
    margin = max(maxx - minx, maxy - miny) * 0.6 + 100.0
    minx, miny, maxx, maxy = minx - margin, miny - margin, maxx + margin, maxy + margin
    span = max(maxx - minx, maxy - miny)
    scale = size / span

    def path(geometry):
        parts = []
        polygons = getattr(geometry, "geoms", [geometry])
        for polygon in polygons:
            for ring in [polygon.exterior] + list(polygon.interiors):
                points = ["{:.1f},{:.1f}".format((x - minx) * scale, (maxy - y) * scale) for x, y in ring.coords]
                parts.append("M" + " L".join(points) + " Z")
        return " ".join(parts)

    from shapely.geometry import box
    window = box(minx, miny, maxx, maxy)
    shapes = []
    for geometry, classe in ilots:
        shape = _shape(geometry)
        if not shape.intersects(window):
            continue
        colour = CLASS_COLOURS[int(classe) - 1] if not is_missing(classe) and 1 <= int(classe) <= 10 else "#dddddd"
        shapes.append('<path d="{}" fill="{}" stroke="#ffffff" stroke-width="0.5"/>'.format(path(shape), colour))
    for geometry in qpv:
        shape = _shape(geometry)
        if shape.intersects(window):
            shapes.append('<path d="{}" fill="none" stroke="#d7191c" stroke-width="1.5" '
                          'stroke-dasharray="4 2"/>'.format(path(shape)))
    shapes.append('<path d="{}" fill="none" stroke="#000000" stroke-width="2"/>'.format(path(sector)))
    bar = graphiques.nice_length(span / 4)
    shapes.append('<line x1="8" y1="{0}" x2="{1:.1f}" y2="{0}" stroke="#000" stroke-width="2"/>'
                  '<text x="8" y="{2}" font-size="10">{3} m</text>'.format(size - 8, 8 + bar * scale, size - 12,
                                                                          int(bar)))
    return ('<svg xmlns="http://www.w3.org/2000/svg" class="carte-secteur" width="{0}" height="{0}" '
            'viewBox="0 0 {0} {0}">{1}</svg>').format(size, "".join(shapes))


def section_sectors(tables, geometries):
    frame = tables.get("secteurs_fragiles_hors_qpv")
    title = "<h2>{}</h2>".format(esc("Secteurs fragiles hors QPV"))
    if frame is None or frame.empty:
        return title + "<p>{}</p>".format(esc("Aucun secteur fragile hors QPV n'a été trouvé."))
    blocks = []
    ilots = qpv = None  # parsed once, at the first sector with a map
    for _, row in frame.sort_values("secteur_id").iterrows():
        key = row["secteur_id"]
        cells = []
        for field, label in SECTOR_FIGURES:
            cells.append("<tr><th>{}</th>{}</tr>".format(
                esc(label), cell("secteurs_fragiles_hors_qpv", "secteur_id", key, field, row.get(field))))
        significant = row.get("significatif")
        cells.append("<tr><th>{}</th><td>{}</td></tr>".format(esc("QPV le plus proche"), esc(row.get("qpv_proche"))))
        cells.append("<tr><th>{}</th><td>{}</td></tr>".format(
            esc("Regroupement significatif (G* du secteur)"), esc("oui" if significant else "non")))
        if row.get("frange_qpv"):
            cells.append("<tr><th>{}</th><td>{}</td></tr>".format(
                esc("Frange de QPV"), esc("oui : un seul îlot au bord d'un QPV, pas un secteur hors QPV")))
        cells.append("<tr><th>{}</th><td>{}</td></tr>".format(esc("Îlots"), esc(row.get("unites"))))
        svg = ""
        if row.get("wkt"):
            if ilots is None:
                ilots = [(_shape(text), classe) for text, classe in geometries.get("ilots", [])]
                qpv = [_shape(text) for text in geometries.get("qpv", [])]
            svg = sector_svg(row["wkt"], ilots, qpv)
        blocks.append('<div class="secteur"><div><h3>{} {}</h3><table>{}</table></div>{}</div>'.format(
            esc("Secteur"), esc(key), "".join(cells), svg))
    legend = esc("Cartes : îlots par classe de fragilité (du clair au foncé), QPV en tirets rouges, le secteur en noir.")
    return title + '<p class="note">{}</p>'.format(legend) + "".join(blocks)


def section_quality(tables):
    rows = []
    for name in sorted(n for n in tables if n.startswith("rapport_")):
        frame = tables[name]
        counts = frame["niveau"].value_counts() if "niveau" in frame.columns else {}
        problems = frame[frame["niveau"] != "info"] if "niveau" in frame.columns else frame.iloc[0:0]
        summary = ", ".join("{} {}".format(int(counts[level]), level) for level in sorted(counts.index)) \
            if len(counts) else "rien à signaler"
        rows.append("<th>{}</th><td>{}</td><td></td><td></td><td></td>".format(esc(name[len("rapport_"):]),
                                                                               esc(summary)))
        for _, problem in problems.iterrows():
            rows.append("<td></td><td>{}</td><td>{}</td><td>{}</td>{}".format(
                esc(problem.get("niveau")), esc(problem.get("champ")), esc(problem.get("probleme")),
                cell(name, "fid", problem["fid"], "nb_lignes", problem.get("nb_lignes"))))
    headers = ["Table", "Lignes du rapport de validation", "Champ", "Problème", "Lignes"]
    return "<h2>{}</h2><p class=\"note\">{}</p>{}".format(
        esc("Qualité des données importées"),
        esc("Le rapport de validation de chaque import est dans le GeoPackage (rapport_…), avec les numéros de lignes."),
        _table(headers, rows))


EVOLUTION_CHARTS = (
    ("part_rev_inf_40_diff", "Ménages sous 40 % du plafond PLUS : écart en points"),
    ("part_monoparentales_diff", "Familles monoparentales : écart en points"),
)


def section_objective_charts(tables):
    """One chart per objective: its rate per year (and group) against its target."""
    frame = tables.get("objectifs_epci")
    if frame is None or frame.empty:
        return ""
    groups = frame["groupe"].nunique() if "groupe" in frame.columns else 1
    charts = []
    for position, (objective, rows) in enumerate(frame.groupby("objectif", sort=False)):
        bars = []
        for _, row in rows.sort_values(["annee", "groupe"] if "groupe" in rows.columns else ["annee"]).iterrows():
            label = str(row.get("annee"))
            if groups > 1:
                label += " " + str(row.get("groupe"))
            bars.append({"label": label, "value": None if is_missing(row.get("part_public"))
                         else float(row["part_public"]),
                         "target": None if is_missing(row.get("objectif_pct")) else float(row["objectif_pct"]),
                         "statut": None if is_missing(row.get("statut")) else row.get("statut"),
                         "table": "objectifs_epci", "key_field": "fid", "key": row["fid"]})
        title = str(rows["libelle"].iloc[0]) if "libelle" in rows.columns and rows["libelle"].notna().any() \
            else str(objective)
        charts.append(graphiques.objective_chart(bars, format_number, "objectif{}".format(position), title))
    return '<div class="graphiques">{}</div>'.format("".join(charts))


def section_evolution_charts(tables):
    """Bars of the main evolutions between the last two millésimes, by QPV and hors QPV."""
    frame = tables.get("evolution_qpv")
    if frame is None or frame.empty or "code_qpv" not in frame.columns:
        return ""
    charts = []
    for field, title in EVOLUTION_CHARTS:
        if field not in frame.columns:
            continue
        bars = []
        for label, level, key_field, key in _units(tables):
            if level != "qpv":
                continue
            row = row_of(frame, key_field, key)
            if row is None:
                continue
            value = row.get(field)
            bars.append({"label": label, "value": None if is_missing(value) else float(value),
                         "table": "evolution_qpv", "key_field": key_field, "key": key, "field": field})
        if bars:
            charts.append(graphiques.evolution_chart(bars, format_number, title))
    return '<div class="graphiques">{}</div>'.format("".join(charts)) if charts else ""


def section_map(geometries):
    svg = graphiques.territory_map(geometries.get("ilots", []), geometries.get("qpv", []),
                                   geometries.get("qpv_labels", []))
    if not svg:
        return ""
    return "{}<p class=\"note\">{}</p>".format(svg, esc(
        "Îlots par classe de fragilité socio-locative (1 : la moins fragile), quartiers prioritaires en tirets "
        "rouges."))


def build_report(tables, geometries, millesimes, threshold, gpkg_name, separators=None):
    """The HTML document. ``tables``: name → frame (with ``fid``, and ``wkt`` for the
    sectors); ``geometries``: ``{"ilots": [(wkt, classe)], "qpv": [wkt], "qpv_labels":
    [(wkt, name)]}`` for the maps; ``separators``: ``(group, decimal)`` of the numbers
    (the user's locale; French when None)."""
    before = dict(NUMBER_FORMAT)
    if separators:
        NUMBER_FORMAT["group"], NUMBER_FORMAT["decimal"] = separators
    try:
        return _document(tables, geometries, millesimes, threshold, gpkg_name)
    finally:
        NUMBER_FORMAT.update(before)


def _document(tables, geometries, millesimes, threshold, gpkg_name):
    latest = millesimes[-1]
    sections = []  # (id, title in the contents, html)
    sections.append(("indicateurs", "Indicateurs clés", section_key_figures(tables, latest)))
    if len(millesimes) >= 2:
        sections.append(("evolution", "Évolution {} → {}".format(millesimes[-2], latest),
                         _unit_section(tables, "evolution_", EVOLUTION_FIGURES,
                                       "Évolution {} → {}".format(millesimes[-2], latest),
                                       "OPS {} (t0) et {} (t1).".format(millesimes[-2], latest))
                         + section_evolution_charts(tables)))
    period = ""
    flux_qpv = tables.get("flux_qpv")
    if flux_qpv is not None and len(flux_qpv) and "periode_debut" in flux_qpv.columns:
        period = "du {} au {}".format(french_date(flux_qpv["periode_debut"].iloc[0]),
                                      french_date(flux_qpv["periode_fin"].iloc[0]))
    sections.append(("flux", "Flux et mobilité", _unit_section(tables, "flux_", FLOW_FIGURES, "Flux et mobilité",
                                                               "Attributions et départs, période {}.".format(period))))
    objectives = section_objectives(tables)
    if objectives:
        heading_end = objectives.index("</p>") + len("</p>")  # the charts under the title, the table after
        objectives = objectives[:heading_end] + section_objective_charts(tables) + objectives[heading_end:]
    sections.append(("objectifs", "Objectifs d'attribution", objectives))
    sections.append(("pression", "Pression de la demande", section_pressure(tables)))
    sections.append(("secteurs", "Secteurs fragiles hors QPV", section_sectors(tables, geometries)))
    sections.append(("qualite", "Qualité des données", section_quality(tables)))
    sections = [(ident, title, body) for ident, title, body in sections if body]
    contents = '<nav class="sommaire"><strong>{}</strong><ol>{}</ol></nav>'.format(
        esc("Sommaire"), "".join('<li><a href="#{}">{}</a></li>'.format(ident, esc(title))
                                 for ident, title, _ in sections))
    cover = [
        "<h1>{}</h1>".format(esc("Observatoire du peuplement du parc social : rapport aux instances de pilotage")),
        '<p class="note">{}</p>'.format(esc((
            "Chiffres lus dans le GeoPackage {} ; millésimes OPS {}. Secret statistique : un chiffre portant sur "
            "moins de {} ménages est masqué ({}).").format(gpkg_name, ", ".join(millesimes), threshold,
                                                              MASKED))),
        section_map(geometries),
        contents,
    ]
    parts = ['<div class="page-de-garde">{}</div>'.format("\n".join(cover))]
    parts += ['<section id="{}">{}</section>'.format(ident, body) for ident, _, body in sections]
    return ('<!DOCTYPE html>\n<html lang="fr" data-group="{}" data-decimal="{}"><head><meta charset="utf-8">'
            '<title>{}</title><style>{}</style></head><body>{}</body></html>\n').format(
                esc(NUMBER_FORMAT["group"]), esc(NUMBER_FORMAT["decimal"]),
                esc("Rapport de l'observatoire du peuplement"), STYLE, "\n".join(parts))
