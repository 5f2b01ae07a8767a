"""The HTML report of the attribution objectives (domain.md 5.3): one self-contained page
(inline CSS, inline SVG) a commission or a conférence intercommunale can read.

Every figure it shows comes from the tables it is given (the objectives table, the
thresholds used, the attributions); it computes nothing of its own but the map's
legend counts. Cells carry ``data-champ`` (the output field shown) so that a test can
check each figure against the output table. No QGIS here: the map is drawn from
shapely geometries and point coordinates already in one CRS.
"""

import html
import math

import numpy as np
import pandas as pd

from . import objectifs

COULEURS_STATUT = {"atteint": "#2e7d32", "proche": "#f9a825", "non atteint": "#c62828", "secret": "#616161",
                   None: "#9e9e9e"}
COULEUR_QPV = "#d81b60"
COULEUR_HORS_QPV = "#1e88e5"
COULEUR_INCONNU = "#9e9e9e"
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666",
           "#1f78b4", "#b2df8a")
NB_LIGNES_MAX_GRAPHIQUE = len(PALETTE)
NIVEAUX = {"epci": "EPCI", "commune": "commune", "bailleur": "bailleur", "reservataire": "réservataire",
           "qpv": "QPV / hors QPV", "financement": "financement du logement (en / hors QPV)"}
PRIORITAIRES = ("prioritaires", objectifs.OBJECTIF_ETAT)

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:1000px;color:#222;line-height:1.4}
h1{font-size:1.5em;border-bottom:3px solid #1e88e5;padding-bottom:4px}
h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #bbb}
h3{font-size:1.05em;margin-top:1.4em}
table{border-collapse:collapse;margin:0.6em 0;font-size:0.9em}
th,td{border:1px solid #ccc;padding:3px 7px;text-align:right}
td{white-space:nowrap}
th{background:#eef3f8}
td.texte,th.texte{text-align:left}
.feu{display:inline-block;width:0.9em;height:0.9em;border-radius:50%;vertical-align:middle;margin-right:4px}
.note{color:#555;font-size:0.9em}
.avertissement{background:#fff8e1;border-left:4px solid #f9a825;padding:6px 10px}
svg{background:#fff}
"""


# --------------------------------------------------------------------------- formats

def _is_missing(value):
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def fmt_entier(value):
    """12345 → "12 345" (narrow no-break space); missing → "–"."""
    if _is_missing(value):
        return "–"
    return "{:,}".format(int(value)).replace(",", "\u202f")


def fmt_decimal(value, decimals=1):
    """French decimal: 12.34 → "12,3"; missing → "–"."""
    if _is_missing(value):
        return "–"
    text = "{:,.{}f}".format(float(value), decimals).replace(",", "\u202f").replace(".", ",")
    return "−" + text[1:] if text.startswith("-") else text


def fmt_ecart(value):
    if _is_missing(value):
        return "–"
    text = fmt_decimal(value)
    return text if text.startswith("−") or float(value) == 0 else "+" + text


def _e(text):
    return html.escape("" if _is_missing(text) else str(text))


def _cell(text, champ=None, classe=None):
    attributes = ""
    if champ:
        attributes += ' data-champ="{}"'.format(champ)
    if classe:
        attributes += ' class="{}"'.format(classe)
    return "<td{}>{}</td>".format(attributes, _e(text))


def _feu(statut):
    couleur = COULEURS_STATUT.get(statut, COULEURS_STATUT[None])
    return '<td class="texte" data-champ="statut"><span class="feu" style="background:{}"></span>{}</td>'.format(
        couleur, _e(statut or "–"))


# --------------------------------------------------------------------------- charts

def _svg_tendance(rows, target, years):
    """Line chart of part_public by year, one line per group, the target dashed."""
    width, height, left, right, top, bottom = 640, 260, 48, 150, 14, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    years = sorted(years)

    def x_of(year):
        return left + (plot_w * (years.index(year) / (len(years) - 1)) if len(years) > 1 else plot_w / 2)

    def y_of(value):
        return top + plot_h * (1 - float(value) / 100.0)

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" role="img">'.format(width, height)]
    for tick in range(0, 101, 25):
        y = y_of(tick)
        parts.append('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#ddd"/>'.format(left, left + plot_w, y, y))
        parts.append('<text x="{}" y="{:.1f}" font-size="10" text-anchor="end">{} %</text>'.format(
            left - 4, y + 3, tick))
    for year in years:
        parts.append('<text x="{:.1f}" y="{}" font-size="10" text-anchor="middle">{}</text>'.format(
            x_of(year), height - 10, year))
    if target is not None:  # the State's contingent has no target
        y = y_of(target)
        parts.append('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#c62828" stroke-dasharray="6,4"/>'.format(
            left, left + plot_w, y, y))
        parts.append('<text x="{}" y="{:.1f}" font-size="10" fill="#c62828">objectif</text>'.format(
            left + plot_w + 6, y + 3))
    # groups wholly masked draw nothing: they take no colour nor legend line
    shown = rows[rows["part_public"].notna()]
    groups = list(dict.fromkeys(shown["groupe"]))[:NB_LIGNES_MAX_GRAPHIQUE]
    for i, group in enumerate(groups):
        colour = PALETTE[i % len(PALETTE)]
        part = rows[rows["groupe"] == group].sort_values("annee")
        points = [(x_of(int(a)), y_of(v)) for a, v in zip(part["annee"], part["part_public"]) if not _is_missing(v)]
        if not points:
            continue
        parts.append('<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(
            colour, " ".join("{:.1f},{:.1f}".format(x, y) for x, y in points)))
        for x, y in points:
            parts.append('<circle cx="{:.1f}" cy="{:.1f}" r="3" fill="{}"/>'.format(x, y, colour))
        parts.append('<text x="{}" y="{}" font-size="10" fill="{}">{}</text>'.format(
            left + plot_w + 6, top + 24 + 13 * i, colour, _e(str(group)[:24])))
    parts.append("</svg>")
    return "".join(parts)


def _svg_barres(rows, target):
    """Horizontal bars of part_public per group (one year), the target as a red line."""
    rows = rows.reset_index(drop=True)
    bar, gap, left, width = 16, 6, 180, 640
    plot_w = width - left - 60
    height = 20 + len(rows) * (bar + gap) + 20
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" role="img">'.format(width, height)]
    for i, row in rows.iterrows():
        y = 10 + i * (bar + gap)
        value = 0.0 if _is_missing(row["part_public"]) else float(row["part_public"])
        colour = COULEURS_STATUT.get(row["statut"], COULEURS_STATUT[None])
        parts.append('<text x="{}" y="{}" font-size="11" text-anchor="end">{}</text>'.format(
            left - 6, y + bar - 4, _e(str(row["groupe"])[:28] + (" (secret)" if _masked(row) else ""))))
        parts.append('<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="{}"/>'.format(
            left, y, plot_w * value / 100.0, bar, colour))
    if target is not None:  # the State's contingent has no target
        x = left + plot_w * float(target) / 100.0
        parts.append('<line x1="{:.1f}" x2="{:.1f}" y1="4" y2="{}" stroke="#c62828" stroke-width="2" '
                     'stroke-dasharray="5,3"/>'.format(x, x, height - 18))
        parts.append('<text x="{:.1f}" y="{}" font-size="10" text-anchor="middle" fill="#c62828">objectif</text>'
                     .format(x, height - 6))
    parts.append("</svg>")
    return "".join(parts)


def _rings(geometry):
    if geometry is None or geometry.is_empty:
        return []
    polygons = list(geometry.geoms) if geometry.geom_type.startswith("Multi") else [geometry]
    rings = []
    for polygon in polygons:
        if polygon.geom_type != "Polygon":
            continue
        rings.append(list(polygon.exterior.coords))
        rings.extend(list(interior.coords) for interior in polygon.interiors)
    return rings


def _path(geometry, px):
    path = []
    for ring in _rings(geometry):
        coords = [px(cx, cy) for cx, cy, *_ in ring]
        path.append("M" + " L".join("{:.1f} {:.1f}".format(a, b) for a, b in coords) + " Z")
    return " ".join(path)


CELLULE_CARTE = 16  # px: the report's map gathers attributions by cells, no building shows alone


def svg_carte(x, y, en_qpv, qpv=None, fond=None, width=640, cellule=None):
    """Map of the attributions coloured by the QPV status of their dwelling, over the QPV
    polygons (``qpv``: list of (code, shapely geometry)) and, when given, the outlines of
    ``fond`` (communes: list of (name, geometry)), all in one CRS. Attributions at the same
    place make one circle whose area grows with their number; with ``cellule`` (pixels) the
    places are the centres of a grid of cells of that size, so that a household's building
    cannot be read off a report meant for partners."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    status = np.asarray(en_qpv, dtype="float64")
    qpv = qpv or []
    fond = fond or []
    finite = np.isfinite(x) & np.isfinite(y)
    xs, ys = list(x[finite]), list(y[finite])
    for _, geometry in list(qpv) + list(fond):
        if geometry is not None and not geometry.is_empty:
            minx, miny, maxx, maxy = geometry.bounds
            xs += [minx, maxx]
            ys += [miny, maxy]
    if not xs:
        return '<p class="note">Aucune attribution localisée : pas de carte.</p>'
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    span = max(maxx - minx, maxy - miny, 1.0)
    minx, maxx = minx - 0.03 * span, maxx + 0.03 * span
    miny, maxy = miny - 0.03 * span, maxy + 0.03 * span
    scale = width / max(maxx - minx, 1e-9)
    height = int(math.ceil((maxy - miny) * scale))

    def px(vx, vy):
        return (vx - minx) * scale, (maxy - vy) * scale

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" role="img" '
             'style="border:1px solid #ccc">'.format(width, height)]
    for name, geometry in fond:
        path = _path(geometry, px)
        if path:
            parts.append('<path d="{}" fill="#f5f5f5" stroke="#888" stroke-width="0.8" fill-rule="evenodd">'
                         '<title>{}</title></path>'.format(path, _e(name)))
    for code, geometry in qpv:
        path = _path(geometry, px)
        if path:
            parts.append('<path d="{}" fill="#f8bbd0" fill-opacity="0.5" stroke="{}" stroke-width="1.5" '
                         'fill-rule="evenodd"><title>{}</title></path>'.format(path, COULEUR_QPV, _e(code)))
    for value, colour in ((np.nan, COULEUR_INCONNU), (0.0, COULEUR_HORS_QPV), (1.0, COULEUR_QPV)):
        keep = finite & (np.isnan(status) if np.isnan(value) else status == value)
        if not keep.any():
            continue
        coords = np.column_stack(px(x[keep], y[keep]))
        coords = (np.floor(coords / cellule) + 0.5) * cellule if cellule else np.round(coords, 1)
        places, counts = np.unique(coords, axis=0, return_counts=True)
        for (cx, cy), count in sorted(zip(places.tolist(), counts.tolist()), key=lambda p: -p[1]):
            parts.append('<circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="{}" fill-opacity="0.7" stroke="#fff" '
                         'stroke-width="0.5"/>'.format(cx, cy, 1.5 + 1.1 * math.sqrt(count), colour))
    for _, geometry in qpv:  # the QPV outlines again, above the circles
        path = _path(geometry, px)
        if path:
            parts.append('<path d="{}" fill="none" stroke="{}" stroke-width="1.2"/>'.format(path, COULEUR_QPV))
    parts.append("</svg>")
    return "".join(parts)


def _cell_metres(carte, cellule, width=640):
    """Ground size of a map cell, from the extent svg_carte computes (points and QPV)."""
    x = np.asarray(carte["x"], dtype="float64")
    y = np.asarray(carte["y"], dtype="float64")
    keep = np.isfinite(x) & np.isfinite(y)
    xs, ys = list(x[keep]), list(y[keep])
    for _, geometry in list(carte.get("qpv") or []) + list(carte.get("fond") or []):
        if geometry is not None and not geometry.is_empty:
            minx, miny, maxx, maxy = geometry.bounds
            xs += [minx, maxx]
            ys += [miny, maxy]
    if not xs:
        return None
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    return round(cellule * (max(xs) - min(xs) + 0.06 * span) / width)


# --------------------------------------------------------------------------- sections

def _masked(row):
    return "secret" in row and not _is_missing(row["secret"]) and bool(row["secret"])


def _shown(row, name, fmt, suffix=""):
    """A figure as shown: "secret" where the secret statistique masked it."""
    if _is_missing(row[name]) and _masked(row):
        return "secret"
    return fmt(row[name]) + suffix


def _table_objectif(rows, niveau):
    objectif = rows["objectif"].iloc[0] if len(rows) else None
    dalo = objectif in PRIORITAIRES
    etat = objectif == objectifs.OBJECTIF_ETAT
    head = ("<tr><th class='texte'>{}</th><th>Année</th><th>Attributions</th><th>Public visé</th><th>Taux</th>"
            "{}<th>Objectif</th><th>Écart (points)</th><th>Attributions manquantes</th><th class='texte'>Statut</th>"
            "<th>Revenu inconnu</th>{}</tr>").format(
                _e(NIVEAUX.get(niveau, niveau).capitalize()),
                "<th>dont DALO</th><th>Part DALO</th>" if dalo else "",
                "<th>Attributions de l'État écartées</th>" if objectif == "prioritaires" else "")
    body = []
    for _, row in rows.iterrows():
        # the State's contingent: a share, no target nor verdict (domain.md 5.3)
        verdict = "sans objectif" if etat and not _masked(row) else ("secret" if _masked(row) else row["statut"])
        body.append('<tr data-objectif="{}" data-groupe="{}" data-annee="{}">{}{}{}{}{}{}{}{}{}{}{}{}</tr>'.format(
            _e(row["objectif"]), _e(row["groupe"]), int(row["annee"]),
            _cell(row["groupe"], "groupe", "texte"), _cell(int(row["annee"]), "annee"),
            _cell(_shown(row, "nb_attributions", fmt_entier), "nb_attributions"),
            _cell(_shown(row, "nb_public", fmt_entier), "nb_public"),
            _cell(_shown(row, "part_public", fmt_decimal, " %"), "part_public"),
            (_cell(_shown(row, "nb_dalo", fmt_entier), "nb_dalo")
             + _cell(_shown(row, "part_dalo", fmt_decimal, " %"), "part_dalo")) if dalo else "",
            _cell("–" if _is_missing(row["objectif_pct"]) else fmt_decimal(row["objectif_pct"]) + " %", "objectif_pct"),
            _cell(_shown(row, "ecart_points", fmt_ecart), "ecart_points"),
            _cell(_shown(row, "nb_manquantes", fmt_entier), "nb_manquantes"),
            _feu(verdict),
            _cell(_shown(row, "nb_revenu_inconnu", fmt_entier), "nb_revenu_inconnu"),
            _cell(_shown(row, "nb_etat_exclues", fmt_entier), "nb_etat_exclues") if objectif == "prioritaires"
            else ""))
    return '<table class="objectif">{}{}</table>'.format(head, "".join(body))


def _table_tendance(rows, niveau, years):
    head = "<tr><th class='texte'>{}</th>{}</tr>".format(
        _e(NIVEAUX.get(niveau, niveau).capitalize()), "".join("<th>{}</th>".format(y) for y in years))
    body = []
    for group in dict.fromkeys(rows["groupe"]):
        part = rows[rows["groupe"] == group].set_index("annee")
        cells = []
        for year in years:
            if year in part.index:
                row = part.loc[year]
                cells.append('<td data-champ="part_public" data-annee="{}" style="color:{}">{}</td>'.format(
                    year, COULEURS_STATUT.get(row["statut"], "#222"), _shown(row, "part_public", fmt_decimal, " %")))
            else:
                cells.append("<td>–</td>")
        body.append('<tr data-objectif="{}" data-groupe="{}" class="tendance"><td class="texte">{}</td>{}</tr>'.format(
            _e(rows["objectif"].iloc[0]), _e(group), _e(group), "".join(cells)))
    return '<table class="tendance">{}{}</table>'.format(head, "".join(body))


def _table_seuils(seuils):
    head = ("<tr><th class='texte'>EPCI</th><th>Année</th><th>Limite Q1 (€/UC/an)</th><th>Limite Q2</th>"
            "<th>Limite Q3</th><th class='texte'>Source</th><th>Q1 calculé sur les demandes</th><th>Demandes</th>"
            "<th>dont revenu connu</th><th>Seuil de l'année</th><th class='texte'>Origine</th></tr>")
    body = []
    for _, row in seuils.iterrows():
        made_for = row["annee_seuil"] if "annee_seuil" in row else None
        body.append('<tr data-epci="{}" data-annee="{}">{}{}{}{}{}{}{}{}{}{}{}</tr>'.format(
            _e(row["epci"]), "" if _is_missing(row["annee"]) else int(row["annee"]),
            _cell(row["epci"] if not _is_missing(row["epci"]) else "–", "epci", "texte"),
            _cell("–" if _is_missing(row["annee"]) else int(row["annee"]), "annee"),
            _cell(fmt_decimal(row["limite_q1"], 0), "limite_q1"),
            _cell(fmt_decimal(row["limite_q2"], 0), "limite_q2"),
            _cell(fmt_decimal(row["limite_q3"], 0), "limite_q3"),
            _cell(_source_text(row["source"]), "source", "texte"),
            _cell(fmt_decimal(row["limite_q1_calculee"], 0), "limite_q1_calculee"),
            _cell(fmt_entier(row["nb_demandes"]), "nb_demandes"),
            _cell(fmt_entier(row["nb_demandes_revenu_connu"]), "nb_demandes_revenu_connu"),
            _cell("toutes" if _is_missing(made_for) and row["source"] is not None else
                  ("–" if _is_missing(made_for) else int(made_for)), "annee_seuil"),
            _cell(row.get("origine") or "–", "origine", "texte")))
    return '<table class="seuils">{}{}</table>'.format(head, "".join(body))


def _source_text(source):
    if source == objectifs.SOURCE_PUBLIE:
        return "publié (arrêté)"
    if source == objectifs.SOURCE_CALCULE:
        return "calculé (demandes)"
    return "aucun seuil"


def rapport_html(table, seuils, carte=None, precautions=None, titre=None, niveau="epci", sources=None):
    """The report as one HTML string.

    ``table``: the objectives table (``objectifs.tableau``); ``seuils``: the thresholds
    used (``objectifs.seuils_utilises``); ``carte``: dict x, y, en_qpv, qpv (list of
    (code, shapely geometry)) in one CRS, or None; ``precautions``: dict of counts
    (nb_attributions, nb_revenu_inconnu, nb_uc_approchees, nb_sans_logement,
    nb_desaccords_qpv, exemples_desaccords) and ``sources`` a list of sentences
    (which QPV status, which files). ``carte`` may hold ``fond``: (name, geometry) of
    communes drawn under the points."""
    precautions = precautions or {}
    years = sorted(int(a) for a in table["annee"].dropna().unique()) if len(table) else []
    titre = titre or "Objectifs d'attribution (loi Égalité et Citoyenneté)"
    period = "–".join(str(y) for y in (years[0], years[-1])) if len(years) > 1 else (str(years[0]) if years else "")
    out = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{}</title><style>{}</style>'
           '</head><body>'.format(_e(titre), CSS)]
    out.append("<h1>{}</h1>".format(_e(titre)))
    out.append('<p>Attributions {} par {}. Objectifs de la loi Égalité et Citoyenneté (articles L441-1 et '
               'L441-1-5 du CCH) ou fixés par la convention intercommunale d\'attribution.</p>'.format(
                   _e(period), _e(NIVEAUX.get(niveau, niveau))))
    out.append('<p class="note">Statut : <span class="feu" style="background:{}"></span>atteint '
               '<span class="feu" style="background:{}"></span>proche (moins de {} points sous l\'objectif) '
               '<span class="feu" style="background:{}"></span>non atteint. « Attributions manquantes » : nombre '
               'd\'attributions du public visé qui auraient dû remplacer d\'autres attributions pour atteindre '
               'l\'objectif, le nombre total d\'attributions restant le même. « secret » : moins de ménages que le '
               'seuil du secret statistique (voir les précautions).</p>'.format(
                   COULEURS_STATUT["atteint"], COULEURS_STATUT["proche"], fmt_decimal(objectifs.NEAR_POINTS, 0),
                   COULEURS_STATUT["non atteint"]))
    if not len(table):
        out.append('<p class="avertissement">Aucune attribution ne relève des objectifs sur la période.</p>')
    for objectif in objectifs.INDICATEURS:
        rows = table[table["objectif"] == objectif]
        if objectif == objectifs.OBJECTIF_ETAT and not len(rows):
            continue
        out.append('<h2 id="{}">{}</h2>'.format(objectif, _e(objectifs.LIBELLES[objectif])))
        if objectif == "prioritaires":
            perimetres = sorted(set(rows["perimetre"].dropna())) if "perimetre" in rows else []
            out.append('<p class="note">Article L441-1 du CCH : au moins 25 % des attributions de chaque '
                       'réservataire autre que l\'État (collectivités et EPCI, Action Logement, bailleur sur ses '
                       'logements non réservés ou rendus) vont aux ménages DALO ou, à défaut, prioritaires. Le taux '
                       'ne compte que les réservataires soumis à l\'objectif : {}. La part des ménages DALO est '
                       'donnée à part, à côté de celle des DALO et prioritaires.</p>'.format(
                           _e(" ; ".join(perimetres) or objectifs.PERIMETRES["prioritaires"])))
        elif objectif == objectifs.OBJECTIF_ETAT:
            out.append('<p class="note">Contingent préfectoral (codes 1, 2 et 5) : sa part de ménages DALO ou '
                       'prioritaires est donnée sans verdict, l\'objectif de 25 % ne s\'appliquant pas à '
                       'l\'État.</p>')
        if not len(rows):
            out.append('<p class="note">Aucune attribution concernée.</p>')
            continue
        target = float(rows["objectif_pct"].iloc[0]) if rows["objectif_pct"].notna().any() else None
        last = rows[rows["annee"] == rows["annee"].max()]
        out.append("<h3>Année {}</h3>".format(int(rows["annee"].max())))
        out.append(_table_objectif(last, niveau))
        out.append(_svg_barres(last, target))
        if len(years) > 1:
            out.append("<h3>Évolution annuelle du taux</h3>")
            out.append(_table_tendance(rows, niveau, years))
            out.append(_svg_tendance(rows, target, years))
            earlier = rows[rows["annee"] != rows["annee"].max()]
            if len(earlier):
                out.append("<details><summary>Détail des années précédentes</summary>{}</details>".format(
                    _table_objectif(earlier, niveau)))
    if carte is not None:
        status = np.asarray(carte["en_qpv"], dtype="float64")
        out.append('<h2 id="carte">Carte des attributions selon le statut QPV du logement</h2>')
        out.append(svg_carte(carte["x"], carte["y"], status, carte.get("qpv"), carte.get("fond"),
                             cellule=CELLULE_CARTE))
        out.append('<p class="note">Attributions regroupées par carrés de {} pixels de côté (environ {} m) : la '
                   'surface d\'un cercle est proportionnelle au nombre d\'attributions du carré.</p>'.format(
                       CELLULE_CARTE, fmt_entier(_cell_metres(carte, CELLULE_CARTE))))
        out.append('<p class="legende"><span class="feu" style="background:{}"></span>en QPV : '
                   '<span data-champ="carte_en_qpv">{}</span> &nbsp; <span class="feu" style="background:{}"></span>'
                   'hors QPV : <span data-champ="carte_hors_qpv">{}</span> &nbsp; <span class="feu" '
                   'style="background:{}"></span>statut inconnu : <span data-champ="carte_inconnu">{}</span></p>'.format(
                       COULEUR_QPV, fmt_entier(int((status == 1).sum())), COULEUR_HORS_QPV,
                       fmt_entier(int((status == 0).sum())), COULEUR_INCONNU, fmt_entier(int(np.isnan(status).sum()))))
    out.append('<h2 id="seuils">Seuils de revenu utilisés</h2>')
    out.append('<p>Revenu annuel par unité de consommation = revenu mensuel × 12 / UC, UC = 1 + 0,5 par autre '
               'personne de 14 ans ou plus + 0,3 par enfant de moins de 14 ans. Une attribution est au 1er quartile '
               'quand ce revenu est inférieur ou égal à la limite Q1 de son EPCI et de son année : la valeur publiée '
               'par arrêté quand elle est donnée, sinon celle calculée sur les demandes en cours (le revenu par UC du '
               'dernier des 25 % de demandeurs les plus modestes).</p>')
    out.append(_table_seuils(seuils))
    out.append('<p class="note">Le seuil de l\'année N repose sur les demandeurs inscrits au 31 décembre de N − 1 '
               '(arrêté annuel du seuil, article L441-1 du CCH) : un stock de demandes daté D sert l\'année qui suit D ; en Île-de-France, un seuil '
               'régional unique vaut pour tous les EPCI de la région.</p>')
    if "annee_seuil" in seuils:
        other = seuils[(seuils["source"] == objectifs.SOURCE_CALCULE) & seuils["annee_seuil"].notna()
                       & (seuils["annee_seuil"] != seuils["annee"])]
        for _, row in other.iterrows():
            out.append('<p class="avertissement" data-champ="seuil_autre_annee">EPCI {} : les attributions de {} '
                       'sont classées avec le seuil de {} (demandes au {}) : aucun stock de demandes au 31/12/{} '
                       'n\'a été fourni. Le seuil publié de {} (THRESHOLDS) est préférable.</p>'.format(
                           _e(row["epci"]), int(row["annee"]), int(row["annee_seuil"]), _e(row["date_demandes"]),
                           int(row["annee"]) - 1, int(row["annee"])))
        undated = seuils[(seuils["source"] == objectifs.SOURCE_CALCULE) & seuils["annee_seuil"].isna()]
        if len(undated["annee"].dropna().unique()) > 1:
            out.append('<p class="avertissement">Les limites calculées reposent sur un seul stock de demandes non '
                       'daté, appliqué à chaque année : pour les années passées, les seuils publiés par arrêté '
                       '(THRESHOLDS) sont préférables.</p>')
    if seuils["source"].isna().any():
        out.append('<p class="avertissement">Sans seuil pour certaines années ou certains EPCI, les attributions '
                   'concernées ne sont classées que par le quartile donné dans le fichier source ; sinon leur '
                   'revenu compte comme inconnu.</p>')
    out.append('<h2 id="precautions">Précautions de lecture</h2><ul>')
    if "nb_attributions" in precautions:
        out.append('<li>Attributions de la période : <span data-champ="nb_attributions_lues">{}</span>.</li>'.format(
            fmt_entier(precautions["nb_attributions"])))
    if "nb_revenu_inconnu" in precautions:
        out.append('<li>Attributions au revenu inconnu ou non classé : <span data-champ="nb_revenu_inconnu_total">{}'
                   '</span>. Elles comptent dans le dénominateur mais jamais dans le public visé des deux objectifs '
                   'de revenu : le taux réel peut être plus élevé.</li>'.format(fmt_entier(precautions["nb_revenu_inconnu"])))
    if "nb_uc_approchees" in precautions:
        out.append('<li>Unités de consommation approchées (nombre d\'enfants de moins de 14 ans inconnu : chaque '
                   'personne comptée comme ayant 14 ans ou plus) : <span data-champ="nb_uc_approchees_total">{}</span>.'
                   '</li>'.format(fmt_entier(precautions["nb_uc_approchees"])))
    if precautions.get("nb_sans_logement"):
        out.append('<li>Attributions dont le logement est absent du RPLS (statut QPV, commune et EPCI inconnus) : '
                   '<span data-champ="nb_sans_logement">{}</span>.</li>'.format(fmt_entier(precautions["nb_sans_logement"])))
    if "nb_desaccords_qpv" in precautions:
        examples = precautions.get("exemples_desaccords") or []
        out.append('<li>Logements dont le statut QPV par localisation diffère de celui du code QPV du RPLS : '
                   '<span data-champ="nb_desaccords_qpv">{}</span>{}.</li>'.format(
                       fmt_entier(precautions["nb_desaccords_qpv"]),
                       " (par exemple {})".format(_e(", ".join(examples))) if examples else ""))
    for sentence in sources or []:
        out.append("<li>{}</li>".format(_e(sentence)))
    out.append("<li>Les publics prioritaires (DALO ou prioritaires au sens de l'article L441-1) sont comptés une "
               "fois même quand le ménage a les deux qualités ; de même un ménage relogé du 1er quartile.</li>")
    out.append("</ul>")
    out.append('<p class="note">Rapport produit par l\'extension QGIS « Peuplement du parc social ». Les effectifs '
               'décrivent des ménages : ne pas diffuser de cellule de moins de 11 ménages hors des instances '
               'partenariales.</p>')
    out.append("</body></html>")
    return "\n".join(out)
