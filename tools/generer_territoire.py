"""Générateur déterministe d'un territoire fictif de logement social.

Everything produced here is **fictional**: the EPCI "Communauté urbaine de
Val-de-Cher" (SIREN 200099999), its five communes (INSEE codes 37901..37905,
codes that no real commune has), its IRIS, QPV (codes QN03791M..QN03793M),
bailleurs, résidences, streets and households are invented. The territory is
placed around x=525000, y=6700000 in EPSG:2154 (Lambert-93) on about
12 km x 10 km at the default size; the extent grows with ``--logements`` so
that the blocks keep a realistic size.

The sample territory feeds the demo, the tests and the benchmarks of the
plugin. Same ``--seed`` and same options give byte-identical files.

Usage (from the repository root, with the system interpreter)::

    /usr/bin/python3 -m tools.generer_territoire --out DIR \
        [--logements 40000] [--seed 2024] [--tables gpkg,rpls,ops,...]

``--tables`` takes a comma-separated subset of: gpkg, rpls, ops,
attributions, departs, demandes (default: all). ``territoire.json`` (the
metadata) is always written.

Layout of the territory
-----------------------
A street grid of blocks (îlots) separated by streets 15-30 m wide covers an
irregular territory split into five communes along street centre lines:
37901 Valcher (ville-centre, in the middle), 37902 Saint-Ours-des-Prés
(north-east), 37903 La Chaussée-Morin (south-east), 37904 Bréchenay (west),
37905 Sainte-Colombe-du-Cher (north). Only the blocks that hold social housing
are îlots of the output. QPV: QN03791M "Les Hauts de Valcher" (37901, south-east
of the centre), QN03792M "Le Clos des Prés" (37902), QN03793M "La Morinière"
(37903). The **planted fragile sector outside every QPV** is a 4-connected
group of 6 to 10 îlots in 37904 Bréchenay, several km from any QPV; its ids are
in ``territoire.json`` (``secteur_fragile_planté``).

Time line and reference dates
-----------------------------
* ``rpls_2024.csv`` is the state of the stock on 01/01/2024 (MODE, BAIL,
  VACANCE). One building is put in service in 2023 (first leases spread over
  2023) and one on 01/01/2024 (most of its dwellings let that very day, the
  rest vacant since then and let in the first weeks of 2024); see
  ``mises_en_service`` in the metadata. A few other buildings were put in
  service in 2020-2022.
* OPS millésime Y describes the households in place on 01/01/Y (a lease that
  starts on 01/01/Y is counted, a departure on 01/01/Y is not). ``ops_2024``
  holds exactly the dwellings in MODE 1 of ``rpls_2024`` and its
  DATE_EMMENAGEMENT is the BAIL of the dwelling.
* Flows (departures, attributions) cover 2021-01-01..2024-12-31. Every
  dwelling follows a chain lease -> departure -> vacancy -> next lease, so a
  dwelling is always attributed after it was left; the BAIL of a dwelling let
  in 2021-2023 and still occupied on 01/01/2024 is the date of its last
  attribution. Internal mutations pair a departure (MOTIF "mutation interne",
  LOGEMENT_DESTINATION set) with an attribution of the destination dwelling
  signed 0-45 days before the departure, and the destination household is the
  same household (same size, composition, income); that attribution says
  Mutation = O. The applications give the typology wished
  (TYPE_LOGEMENT_RECHERCHE, T1-T6) and whether the applicant is already a
  tenant of the social stock (MUTATION, about a third).
* Dwellings in MODE 3, 4, 5 or 9 are out of the letting process for the whole
  period (no household in OPS, no flows).

PLUS ceilings used for the income ratio (2023, hors Île-de-France, PLUS,
annual taxable income in euros)::

    category 1: 21878   2: 29217   3: 35135   4: 42417   5: 49898   6: 56276
    + 6273 per person beyond 6

with category = min(NB_PERSONNES, 6) and the extra persons beyond 6 (a
simplification of the real categories). In ``ops_2024`` REVENU_ANNUEL =
round(ratio x ceiling); the ratio is kept at least 0.2 points away from the
bounds 20/40/60/100 % so that it classifies back without ambiguity.
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import sys
import time
import zlib

import numpy as np
import pandas as pd

# ---------------------------------------------------------------------------
# Constants of the fictional territory
# ---------------------------------------------------------------------------

EPCI_CODE = "200099999"
EPCI_NOM = "Communauté urbaine de Val-de-Cher"
CRS = "EPSG:2154"
CENTRE_X = 525000.0
CENTRE_Y = 6700000.0
BASE_LX = 12000.0
BASE_LY = 10000.0

# depcom, name, centre (fraction of the extent), share of the îlots, nb IRIS
COMMUNES = [
    ("37901", "Valcher", (0.50, 0.50), 0.46, 6),
    ("37902", "Saint-Ours-des-Prés", (0.78, 0.76), 0.16, 4),
    ("37903", "La Chaussée-Morin", (0.79, 0.24), 0.15, 3),
    ("37904", "Bréchenay", (0.19, 0.42), 0.13, 3),
    ("37905", "Sainte-Colombe-du-Cher", (0.38, 0.84), 0.10, 2),
]
IRIS_NOMS = ["Centre", "Gare", "Les Rives", "Le Plateau", "Les Varennes", "La Plaine"]

QPV = [
    # code, name, commune index, share of îlots, min îlots, direction of the
    # seed from the commune centre (degrees), distance (fraction of blob radius)
    ("QN03791M", "Les Hauts de Valcher", 0, 0.07, 4, -35.0, 0.55),
    ("QN03792M", "Le Clos des Prés", 1, 0.045, 3, 215.0, 0.45),
    ("QN03793M", "La Morinière", 2, 0.035, 3, 270.0, 0.45),
]
PLANTED_COMMUNE = 3  # Bréchenay
PLANTED_DIRECTION = 180.0

BAILLEURS = [
    ("Val-de-Cher Habitat", "OPH"),
    ("Logis Cœur de Loire", "ESH"),
    ("Habitat Ligérien Solidaire", "ESH"),
    ("SEM Valcher Patrimoine", "SEM"),
]

PLAFONDS_PLUS = {
    "source": "PLUS 2023, hors Île-de-France (revenu fiscal de référence annuel, euros)",
    "categories": {"1": 21878, "2": 29217, "3": 35135, "4": 42417, "5": 49898, "6": 56276},
    "par_personne_supplementaire": 6273,
    "categorie": "min(NB_PERSONNES, 6), plus 6273 par personne au-delà de 6",
}
_PLAF = np.array([0, 21878, 29217, 35135, 42417, 49898, 56276], dtype=np.float64)

COMPOSITIONS = ["Personne seule", "Couple sans enfant", "Couple avec enfant(s)",
                "Famille monoparentale", "Autre"]
ACTIVITES = ["Emploi stable", "Emploi précaire", "Chômage", "Retraité", "Étudiant", "Inactif"]
TRANCHES = ["<20%", "20-40%", "40-60%", "60-100%", ">100%"]
TRANCHE_BORNES = np.array([0.2, 0.4, 0.6, 1.0])
MOTIFS = ["mutation interne", "achat", "décès", "expulsion", "rapprochement",
          "taille du logement", "environnement", "autre"]
COMMUNES_EXTERIEURES = ["37261", "37233", "37122", "37214", "37050", "41018",
                        "36044", "45234", "75056", "44109", "86194"]
THEMES = ["tranquillité", "propreté", "vacance", "voisinage", "gestion"]

TABLES = ["gpkg", "rpls", "ops", "attributions", "departs", "demandes"]

ENCODAGES = {
    "rpls_2024.csv": "utf-8",
    "ops_2020.csv": "utf-8",
    "ops_2022.csv": "cp1252",
    "ops_2024.csv": "utf-8",
    "attributions_2021_2024.csv": "cp1252",
    "departs_2021_2024.csv": "utf-8",
    "demandes_2024.csv": "utf-8",
    "territoire.json": "utf-8",
}

RPLS_HEADER = ["RS", "IDENT_REP", "IMMEU", "Nom du Programme", "DEPCOM", "LIBCOM", "ADRESSE",
               "PLG_IRIS2024_CODE", "PLG_QP24", "ETAGE", "NBPIECE", "SURFHAB", "CONSTRUCT",
               "LOCAT", "FINAN", "MODE", "BAIL", "VACANCE", "LOYERPRINC", "CONTRESLOG",
               "X", "Y", "EPSG"]
OPS_HEADER = ["IDENT_REP", "MILLESIME", "NB_PERSONNES", "NB_ENFANTS_MOINS_14", "COMPOSITION",
              "AGE_TITULAIRE", "REVENU_ANNUEL", "TRANCHE_PLAFOND", "APL", "ACTIVITE_TITULAIRE",
              "DATE_EMMENAGEMENT"]
ATTRIB_HEADER = ["Numéro d'attribution", "Identifiant logement", "Date de signature du bail",
                 "Nombre de personnes", "Nombre d'enfants de moins de 14 ans", "Revenu mensuel",
                 "Ménage DALO", "Public prioritaire", "Relogement NPNRU", "Réservataire",
                 "Bailleur", "Mutation"]
DEPARTS_HEADER = ["IDENT_REP", "DATE_DEPART", "MOTIF", "COMMUNE_DESTINATION",
                  "LOGEMENT_DESTINATION", "NB_PERSONNES", "COMPOSITION", "TRANCHE_PLAFOND"]
DEMANDES_HEADER = ["NUM_UNIQUE", "DATE_DEPOT", "NB_PERSONNES", "NB_ENFANTS_MOINS_14",
                   "REVENU_MENSUEL", "EPCI", "COMMUNES_SOUHAITEES", "TYPE_LOGEMENT_RECHERCHE",
                   "MUTATION"]

RESIDENCE_NOMS = [
    "Les Tilleuls", "Les Peupliers", "Les Acacias", "Les Marronniers", "Les Charmilles",
    "Le Clos Fleuri", "Les Glycines", "Les Lilas", "Les Hortensias", "Les Chênes",
    "Les Érables", "Les Saules", "Les Bouleaux", "Les Mimosas", "Les Jonquilles",
    "Le Parc", "La Roseraie", "Le Verger", "Les Vergers du Cher", "Les Prés Verts",
    "La Prairie", "Les Jardins du Moulin", "Le Moulin", "La Source", "Les Sources",
    "Le Belvédère", "Les Terrasses", "Le Coteau", "Les Coteaux", "La Colline",
    "Les Hauts du Cher", "Le Mail", "La Tour d'Argent", "Les Tours du Parc", "Le Grand Pré",
    "Les Bleuets", "Les Coquelicots", "Les Violettes", "Les Pervenches", "Les Primevères",
    "Le Bocage", "La Futaie", "Les Fougères", "Les Genêts", "La Garenne",
    "Les Ormeaux", "Les Platanes", "Les Cèdres", "Les Pins", "Les Sorbiers",
    "Le Carré Saint-Ours", "L'Orangerie", "Le Cloître", "La Chapelle", "Les Remparts",
    "Les Mariniers", "Les Bateliers", "Les Tanneurs", "Les Tisserands", "Les Vignerons",
    "La Levée", "Les Îles", "Le Port", "La Rive", "Les Bords du Cher",
    "Le Plessis", "La Brosse", "La Noue", "Les Varennes", "Le Champ Girault",
]
RUE_TYPES = ["rue", "avenue", "allée", "boulevard", "chemin", "rue"]
RUE_NOMS = [
    "des Tanneurs", "du Moulin Neuf", "des Acacias", "de la Gare", "des Écoles", "du Stade",
    "des Vignes", "de la Levée", "des Mariniers", "du Lavoir", "des Peupliers", "de la Forge",
    "des Tisserands", "du Château d'Eau", "des Jardins", "de la Fontaine", "des Prés",
    "du Port", "de la Chapelle", "des Coteaux", "de l'Étang", "du Verger", "des Sablons",
    "de la Croix Blanche", "des Rosiers", "du Four à Chaux", "des Vignerons", "du Bocage",
    "de la Grange", "des Noyers", "des Ormeaux", "de la Prairie", "du Puits", "des Tilleuls",
    "de la Tuilerie", "du Marché", "de la Poste", "des Fusains", "des Bateliers", "du Petit Pont",
    "de la Varenne", "des Charmes", "du Pressoir", "de la Briqueterie", "des Cerisiers",
    "du Colombier", "de la Garenne", "des Genêts", "du Haut Bourg", "des Marais",
    "de la Source", "des Sorbiers", "du Champ de Foire", "des Aubépines", "de la Huilerie",
    "du Clos Saint-Ours", "de la Morinière", "des Hauts de Valcher", "de Bréchenay",
    "des Charpentiers", "des Vanniers", "de la Minoterie", "du Gué", "des Îles",
    "de la Roche", "du Plessis", "des Bruyères", "du Val", "de la Noue", "des Buttes",
    "des Lavandières", "du Bief", "de la Cressonnière", "des Trois Ormes", "du Bois Joli",
    "des Carrières", "de la Brosse", "du Pavillon", "des Glycines", "de la Tonnellerie",
]
OBS_TEXTES = {
    "tranquillité": [
        "Regroupements en soirée dans le hall, sentiment d'insécurité exprimé "
        "par les locataires.",
        "Rodéos de deux-roues signalés sur le parking en fin de semaine.",
        "Dégradations répétées de la porte d'entrée et des boîtes aux lettres.",
    ],
    "propreté": [
        "Encombrants déposés au pied de l'immeuble, rotation des enlèvements insuffisante.",
        "Parties communes sales malgré le passage du prestataire.",
        "Jets de déchets par les fenêtres signalés par le gardien.",
    ],
    "vacance": [
        "Plusieurs refus de logements proposés dans la cage, image dégradée de la résidence.",
        "Logements vacants en attente de travaux de remise en état.",
        "Départs successifs de familles installées de longue date.",
    ],
    "voisinage": [
        "Conflits de voisinage liés au bruit, médiation engagée.",
        "Tensions entre anciens et nouveaux locataires rapportées par l'amicale.",
        "Bonne entente générale, fête des voisins bien suivie.",
    ],
    "gestion": [
        "Ascenseur en panne à plusieurs reprises, délais d'intervention longs.",
        "Demandes de mutation nombreuses, attentes des ménages sur la taille des logements.",
        "Impayés en hausse, accompagnement social renforcé par le bailleur.",
    ],
}


def _day(s):
    return int(np.datetime64(s, "D").astype(np.int64))


T2020 = _day("2020-01-01")
T2022 = _day("2022-01-01")
T2024 = _day("2024-01-01")
W_START = _day("2021-01-01")
T_END = _day("2025-01-01")  # exclusive end of the flows
NA_DAY = -(10 ** 8)  # missing date (days may be negative: leases before 1970)
YEAR = 365.25


def _rng(seed, name):
    """An independent, reproducible random stream per component."""
    return np.random.default_rng([int(seed), zlib.crc32(name.encode("utf-8"))])


def _cat(rng, probs):
    """Vectorised categorical draw: one category per row of ``probs``."""
    probs = np.asarray(probs, dtype=np.float64)
    cum = np.cumsum(probs, axis=1)
    cum /= cum[:, -1:]
    u = rng.random(probs.shape[0])
    return (u[:, None] > cum[:, :-1]).sum(axis=1)


def _cat1(rng, n, probs):
    p = np.asarray(probs, dtype=np.float64)
    cum = np.cumsum(p) / p.sum()
    return np.searchsorted(cum, rng.random(n), side="right").clip(0, len(p) - 1)


def _largest_remainder(weights, total):
    w = np.asarray(weights, dtype=np.float64)
    exact = w / w.sum() * total
    base = np.floor(exact).astype(np.int64)
    rest = int(total - base.sum())
    if rest > 0:
        order = np.lexsort((np.arange(len(w)), -(exact - base)))
        base[order[:rest]] += 1
    return base


def plafond_plus(nb_personnes):
    """Annual PLUS ceiling (2023 hors IdF) for a household size (vectorised)."""
    n = np.asarray(nb_personnes, dtype=np.int64)
    return _PLAF[np.clip(n, 1, 6)] + 6273.0 * np.maximum(n - 6, 0)


def _tranche_index(ratio):
    return np.searchsorted(TRANCHE_BORNES, ratio, side="right")


def _clip_ratio(ratio):
    """Keep ratios 0.002 away from the tranche bounds (unambiguous classification)."""
    r = np.clip(ratio, 0.01, 2.5)
    for b in TRANCHE_BORNES:
        near = np.abs(r - b) < 0.002
        r = np.where(near, np.where(r < b, b - 0.002, b + 0.002), r)
    return r


# ---------------------------------------------------------------------------
# String formatting helpers (vectorised)
# ---------------------------------------------------------------------------

def _by_unique(keys, fmt):
    """Format an int array through its distinct values (fast for repetitive data)."""
    keys = np.asarray(keys, dtype=np.int64)
    if len(keys) == 0:
        return np.empty(0, dtype=object)
    u, inv = np.unique(keys, return_inverse=True)
    table = np.array([fmt(int(k)) for k in u] + [""], dtype=object)[:-1]
    return table[inv]


def _dates(days, style="fr"):
    """int days since 1970 -> 'dd/mm/yyyy' (fr) or 'yyyy-mm-dd' (iso); NA_DAY -> ''."""
    days = np.asarray(days, dtype=np.int64)

    def fmt(d):
        if d <= NA_DAY:
            return ""
        iso = str(np.datetime64(d, "D"))
        return iso if style == "iso" else "%s/%s/%s" % (iso[8:10], iso[5:7], iso[0:4])

    return _by_unique(days, fmt)


def _dec(values, nd, sep=","):
    scale = 10 ** nd
    ints = np.round(np.asarray(values, dtype=np.float64) * scale).astype(np.int64)
    return _by_unique(ints, lambda k: "%d%s%0*d" % (k // scale, sep, nd, k % scale))


def _ints(values):
    return _by_unique(values, str)


def _ids(prefix, n, width):
    return np.array(["%s%0*d" % (prefix, width, k) for k in range(1, n + 1)], dtype=object)


def _blank(col, mask):
    col = np.asarray(col, dtype=object).copy()
    col[mask] = ""
    return col


def _write_csv(path, header, columns, encoding):
    """';'-separated, '\n' line ends, no quoting (no value holds ';', quotes or newlines)."""
    n = len(columns[0])
    assert all(len(c) == n for c in columns)
    with open(path, "w", encoding=encoding, newline="\n") as fh:
        fh.write(";".join(header) + "\n")
        step = 200000
        for a in range(0, n, step):
            cols = [np.asarray(c[a:a + step], dtype=object).tolist() for c in columns]
            fh.write("\n".join(map(";".join, zip(*cols))))
            fh.write("\n")


# ---------------------------------------------------------------------------
# 1. Spatial layout: grid, communes, IRIS, îlots, QPV, planted sector
# ---------------------------------------------------------------------------

def _breaks(rng, length, lo, hi):
    n_est = int(length / ((lo + hi) / 2) * 1.4) + 8
    w = rng.uniform(lo, hi, n_est)
    k = int(np.searchsorted(np.cumsum(w), length)) + 1
    w = w[:k] * (length / w[:k].sum())
    return np.concatenate([[0.0], np.cumsum(w)])


def _grow_cluster(seed_cell, k, allowed, ncols, nrows, cx, cy):
    """Grow a 4-connected cluster of k cells from seed_cell, nearest first."""
    sx, sy = cx[seed_cell], cy[seed_cell]
    taken = [seed_cell]
    seen = {seed_cell}
    heap = []

    def push(c):
        i, j = c % ncols, c // ncols
        for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            ii, jj = i + di, j + dj
            if 0 <= ii < ncols and 0 <= jj < nrows:
                n = jj * ncols + ii
                if n not in seen and allowed[n]:
                    seen.add(n)
                    heapq.heappush(heap, ((cx[n] - sx) ** 2 + (cy[n] - sy) ** 2, n))

    push(seed_cell)
    while len(taken) < k and heap:
        _, c = heapq.heappop(heap)
        taken.append(c)
        push(c)
    if len(taken) < k:
        raise RuntimeError("cannot grow a cluster of %d cells" % k)
    return np.array(sorted(taken), dtype=np.int64)


def _cells_polygon(sel, ncols, nrows, xs, ys):
    """Union of the grid cells flagged in ``sel`` (flat bool) as a MultiPolygon."""
    from shapely.geometry import MultiPolygon, Polygon, box
    from shapely.ops import unary_union

    grid = sel.reshape(nrows, ncols)
    boxes = []
    for j in range(nrows):
        row = grid[j].astype(np.int8)
        if not row.any():
            continue
        d = np.diff(np.concatenate([[0], row, [0]]))
        starts = np.flatnonzero(d == 1)
        ends = np.flatnonzero(d == -1)
        for a, b in zip(starts, ends):
            boxes.append(box(xs[a], ys[j], xs[b], ys[j + 1]))
    geom = unary_union(boxes)
    if isinstance(geom, Polygon):
        geom = MultiPolygon([geom])
    return geom


def _layout(n_log, seed):
    rng = _rng(seed, "layout")
    n_il = max(80, int(round(n_log / 100.0)))
    base_cells = (BASE_LX / 120.0) * (BASE_LY / 100.0) * 0.85
    s = max(1.0, float(np.sqrt(3.0 * n_il / base_cells)))
    lx, ly = round(BASE_LX * s), round(BASE_LY * s)
    x_min, y_min = CENTRE_X - lx / 2.0, CENTRE_Y - ly / 2.0
    xs = np.round(x_min + _breaks(rng, lx, 95.0, 145.0), 2)
    ys = np.round(y_min + _breaks(rng, ly, 80.0, 120.0), 2)
    ncols, nrows = len(xs) - 1, len(ys) - 1
    gx = rng.uniform(15.0, 30.0, ncols + 1)
    gy = rng.uniform(15.0, 30.0, nrows + 1)
    ii, jj = np.meshgrid(np.arange(ncols), np.arange(nrows))
    ci, cj = ii.ravel(), jj.ravel()
    cx = (xs[ci] + xs[ci + 1]) / 2.0
    cy = (ys[cj] + ys[cj + 1]) / 2.0
    ncell = ncols * nrows

    # irregular territory: a rounded, wavy super-ellipse
    u = (cx - CENTRE_X) / (lx / 2.0)
    v = (cy - CENTRE_Y) / (ly / 2.0)
    th = np.arctan2(v, u)
    ph = rng.uniform(0, 2 * np.pi, 2)
    rlim = 0.98 - 0.06 * (1 + np.sin(3 * th + ph[0])) - 0.04 * (1 + np.sin(5 * th + ph[1]))
    inside = (np.abs(u) ** 3 + np.abs(v) ** 3) ** (1 / 3.0) <= rlim

    # communes: power diagram of the commune centres, the centre city bigger
    ccx = np.array([x_min + c[2][0] * lx for c in COMMUNES])
    ccy = np.array([y_min + c[2][1] * ly for c in COMMUNES])
    wts = np.array([(0.20 * lx) ** 2, 0, 0, 0, 0])
    d2 = (cx[:, None] - ccx[None, :]) ** 2 + (cy[:, None] - ccy[None, :]) ** 2 - wts[None, :]
    commune = np.argmin(d2, axis=1)
    commune[~inside] = -1

    cell_area = float(np.mean(np.diff(xs)) * np.mean(np.diff(ys)))
    k_com = _largest_remainder([c[3] for c in COMMUNES], n_il)
    r_blob = np.sqrt(k_com * cell_area / np.pi / 0.75)

    urban = np.zeros(ncell, dtype=bool)
    qpv_of = np.full(ncell, -1, dtype=np.int64)
    planted = np.zeros(ncell, dtype=bool)

    def seed_cell(ci_, ang, frac):
        px = ccx[ci_] + frac * r_blob[ci_] * np.cos(np.radians(ang))
        py = ccy[ci_] + frac * r_blob[ci_] * np.sin(np.radians(ang))
        cand = np.flatnonzero(commune == ci_)
        return int(cand[np.argmin((cx[cand] - px) ** 2 + (cy[cand] - py) ** 2)])

    for q, (_code, _nom, ci_, share, kmin, ang, frac) in enumerate(QPV):
        k = max(kmin, int(round(share * n_il)))
        cells = _grow_cluster(seed_cell(ci_, ang, frac), k, (commune == ci_) & ~urban,
                              ncols, nrows, cx, cy)
        urban[cells] = True
        qpv_of[cells] = q
    k_pl = int(np.clip(round(0.02 * n_il), 6, 10))
    cells = _grow_cluster(seed_cell(PLANTED_COMMUNE, PLANTED_DIRECTION, 0.55), k_pl,
                          (commune == PLANTED_COMMUNE) & ~urban, ncols, nrows, cx, cy)
    urban[cells] = True
    planted[cells] = True
    # the planted sector's neighbours are ordinary îlots: it stands out
    for ci_ in range(len(COMMUNES)):
        need = int(k_com[ci_] - urban[commune == ci_].sum())
        if need <= 0:
            continue
        cand = np.flatnonzero((commune == ci_) & ~urban)
        dist = np.hypot(cx[cand] - ccx[ci_], cy[cand] - ccy[ci_]) / r_blob[ci_]
        score = dist + 0.3 * rng.standard_normal(len(cand))
        pick = cand[np.argsort(score, kind="stable")[:need]]
        urban[pick] = True

    # IRIS: k-means on the urban cells of each commune, all cells assigned
    iris = np.full(ncell, -1, dtype=np.int64)
    iris_codes, iris_noms, iris_dep = [], [], []
    for ci_, (dep, _nom, _c, _s, k_iris) in enumerate(COMMUNES):
        uc = np.flatnonzero(urban & (commune == ci_))
        pts = np.column_stack([cx[uc], cy[uc]])
        ang = np.arctan2(pts[:, 1] - ccy[ci_], pts[:, 0] - ccx[ci_])
        rad = np.hypot(pts[:, 1] - ccy[ci_], pts[:, 0] - ccx[ci_])
        centre_mask = rad <= np.quantile(rad, 1.0 / k_iris)
        sectors = ((ang + np.pi) / (2 * np.pi) * (k_iris - 1)).astype(int).clip(0, k_iris - 2)
        seeds = [pts[centre_mask].mean(axis=0)]
        for sct in range(k_iris - 1):
            m = (~centre_mask) & (sectors == sct)
            if not m.any():
                m = ~centre_mask
            seeds.append(pts[m].mean(axis=0) + rng.normal(0, 1.0, 2))
        seeds = np.array(seeds)
        for _ in range(8):
            lab = np.argmin(((pts[:, None, :] - seeds[None, :, :]) ** 2).sum(-1), axis=1)
            for kk in range(k_iris):
                if (lab == kk).any():
                    seeds[kk] = pts[lab == kk].mean(axis=0)
        cells = np.flatnonzero(commune == ci_)
        lab = np.argmin((cx[cells, None] - seeds[None, :, 0]) ** 2
                        + (cy[cells, None] - seeds[None, :, 1]) ** 2, axis=1)
        base = len(iris_codes)
        iris[cells] = base + lab
        for kk in range(k_iris):
            iris_codes.append("%s%02d%02d" % (dep, kk // 3 + 1, kk % 3 + 1))
            iris_noms.append(IRIS_NOMS[kk])
            iris_dep.append(dep)

    il_cells = np.flatnonzero(urban)  # sorted cell order (south to north)
    ic, jc = il_cells % ncols, il_cells // ncols
    il = {
        "cell": il_cells,
        "col": ic,
        "row": jc,
        "x0": np.round(xs[ic] + gx[ic] / 2.0, 2),
        "x1": np.round(xs[ic + 1] - gx[ic + 1] / 2.0, 2),
        "y0": np.round(ys[jc] + gy[jc] / 2.0, 2),
        "y1": np.round(ys[jc + 1] - gy[jc + 1] / 2.0, 2),
        "commune": commune[il_cells],
        "iris": iris[il_cells],
        "qpv": qpv_of[il_cells],
        "planted": planted[il_cells],
    }
    ids = np.empty(len(il_cells), dtype=object)
    width = max(4, len(str(int(np.bincount(il["commune"]).max()))))
    for ci_, (dep, *_r) in enumerate(COMMUNES):
        m = np.flatnonzero(il["commune"] == ci_)
        ids[m] = ["%s_I%0*d" % (dep, width, k + 1) for k in range(len(m))]
    il["id"] = ids
    il["cx"] = (il["x0"] + il["x1"]) / 2.0
    il["cy"] = (il["y0"] + il["y1"]) / 2.0

    # fragility level of each îlot: 1 in QPV, 1.4 in the planted sector,
    # a gradient with the distance to the QPV elsewhere
    from scipy.spatial import cKDTree

    qm = il["qpv"] >= 0
    dq = cKDTree(np.column_stack([il["cx"][qm], il["cy"][qm]])).query(
        np.column_stack([il["cx"], il["cy"]]))[0]
    f = (0.12 + 0.40 * np.exp(-dq / 700.0) + 0.05 * (il["commune"] == 0)
         + rng.normal(0, 0.07, len(dq)))
    f = np.clip(f, 0.0, 0.75)
    f[qm] = 1.0 + rng.normal(0, 0.06, qm.sum())
    f[il["planted"]] = 1.4 + rng.normal(0, 0.04, il["planted"].sum())
    il["f"] = f

    return {
        "xs": xs, "ys": ys, "gx": gx, "gy": gy, "ncols": ncols, "nrows": nrows,
        "cx": cx, "cy": cy, "commune": commune, "iris": iris, "inside": inside,
        "qpv_of": qpv_of, "iris_codes": iris_codes, "iris_noms": iris_noms,
        "iris_dep": iris_dep, "il": il, "bbox": [float(xs[0]), float(ys[0]),
                                                float(xs[-1]), float(ys[-1])],
    }


def _qpv_polygons(lay):
    """QPV polygon = its îlots, joined across the inner streets, 5 m margin outside."""
    from shapely.geometry import MultiPolygon, Polygon, box
    from shapely.ops import unary_union

    ncols, nrows, xs, ys = lay["ncols"], lay["nrows"], lay["xs"], lay["ys"]
    qpv_of = lay["qpv_of"]
    il = lay["il"]
    out = []
    for q in range(len(QPV)):
        m = np.flatnonzero(il["qpv"] == q)
        boxes = []
        for k in m:
            c = il["cell"][k]
            i, j = c % ncols, c // ncols

            def isq(ii, jj):
                return 0 <= ii < ncols and 0 <= jj < nrows and qpv_of[jj * ncols + ii] == q

            x0 = xs[i] if isq(i - 1, j) else il["x0"][k] - 5.0
            x1 = xs[i + 1] if isq(i + 1, j) else il["x1"][k] + 5.0
            y0 = ys[j] if isq(i, j - 1) else il["y0"][k] - 5.0
            y1 = ys[j + 1] if isq(i, j + 1) else il["y1"][k] + 5.0
            boxes.append(box(x0, y0, x1, y1))
        g = unary_union(boxes)
        if isinstance(g, Polygon):
            g = MultiPolygon([g])
        out.append(g)
    return out


# ---------------------------------------------------------------------------
# 2. Buildings and residences
# ---------------------------------------------------------------------------

def _batiments(lay, n_log, seed):
    rng = _rng(seed, "batiments")
    il = lay["il"]
    n_il = len(il["id"])
    qpv = il["qpv"] >= 0
    pl = il["planted"]

    # number of buildings per îlot
    n_bat_target = max(n_il, int(round(n_log / 26.67)))
    w = rng.gamma(2.0, 1.0, n_il) * np.where(qpv, 1.2, 1.0)
    counts = 1 + _largest_remainder(w, n_bat_target - n_il)
    counts = np.minimum(counts, 10)
    nb = int(counts.sum())
    b_il = np.repeat(np.arange(n_il), counts)
    off = np.concatenate([[0], np.cumsum(counts)[:-1]])
    k_in = np.arange(nb) - off[b_il]
    bq = qpv[b_il]
    bp = pl[b_il]
    f = il["f"][b_il]

    # construction years
    era = _cat1(rng, nb, [0.30, 0.35, 0.35])
    construct = np.where(era == 0, rng.integers(1950, 1980, nb),
                         np.where(era == 1, rng.integers(1980, 2000, nb),
                                  rng.integers(2000, 2020, nb)))
    construct = np.where(bq, rng.integers(1958, 1976, nb), construct)
    construct = np.where(bp, rng.integers(1964, 1979, nb), construct)
    locat = construct + (rng.random(nb) < 0.3)
    acq = (rng.random(nb) < 0.05) & ~bq & ~bp
    locat = np.where(acq, np.minimum(construct + rng.integers(10, 40, nb), 2019), locat)
    locat = np.maximum(locat, construct)
    locat = np.minimum(locat, 2019)
    construct = np.minimum(construct, locat)

    # a few buildings put in service in 2020-2022, one in 2023, one in 2024
    ordinary = np.flatnonzero(~bq & ~bp)
    n_recent = max(1, int(round(0.015 * nb)))
    pool = rng.permutation(ordinary)
    recent = pool[:n_recent]
    yr = rng.integers(2020, 2023, n_recent)
    construct[recent] = yr - (rng.random(n_recent) < 0.4)
    locat[recent] = yr

    def pick_new(ci_):
        c = pool[n_recent:]
        c = c[il["commune"][b_il[c]] == ci_]
        if len(c) == 0:
            c = pool[n_recent:]
        return int(c[0])

    b2023 = pick_new(4)
    b2024 = pick_new(1)
    if b2024 == b2023:
        b2024 = int(pool[n_recent + 1])
    construct[b2023] = locat[b2023] = 2023
    construct[b2024] = locat[b2024] = 2024

    # service date (days): first letting possible from that day
    service = (np.array([_day("%d-01-01" % y) for y in range(1940, 2026)])[locat - 1940]
               + rng.integers(0, 300, nb))
    service[b2023] = _day("2023-04-03")
    service[b2024] = T2024

    # levels (including RC) and dwellings per level
    tower = bq & (rng.random(nb) < 0.7)
    levels = np.where(tower, rng.integers(8, 16, nb), 0)
    levels = np.where(bq & ~tower, rng.integers(4, 8, nb), levels)
    lv_other = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    p_other = np.array([0.08, 0.14, 0.2, 0.2, 0.17, 0.12, 0.04, 0.02, 0.02, 0.01])
    levels = np.where(~bq, lv_other[_cat1(rng, nb, p_other)], levels)
    levels = np.where(bp, rng.integers(3, 8, nb), levels)
    levels = np.where(~bq & ~bp & (construct >= 2000), np.minimum(levels, 5), levels)
    levels = np.maximum(levels, 1)
    levels[b2023], levels[b2024] = 5, 4
    per_floor = np.where(bq, rng.integers(4, 7, nb), rng.integers(2, 7, nb))
    per_floor = np.where(levels == 1, rng.integers(1, 5, nb), per_floor)
    cap = levels * per_floor
    d_b = np.maximum(1, _largest_remainder(cap.astype(float), n_log))
    # _largest_remainder keeps the total; the max(1) may add a few: remove them
    excess = int(d_b.sum() - n_log)
    if excess > 0:
        big = np.argsort(-d_b, kind="stable")[:excess]
        d_b[big] -= 1

    # footprints: slots of a sub-grid of the îlot, one building per slot
    x0, x1, y0, y1 = il["x0"][b_il], il["x1"][b_il], il["y0"][b_il], il["y1"][b_il]
    m = counts[b_il]
    W, H = (x1 - x0) - 12.0, (y1 - y0) - 12.0
    nx = np.clip(np.round(np.sqrt(m * W / H)), 1, m).astype(np.int64)
    ny = np.ceil(m / nx).astype(np.int64)
    sw, sh = W / nx, H / ny
    col, row = k_in % nx, k_in // nx
    sx0 = x0 + 6.0 + col * sw
    sy0 = y0 + 6.0 + row * sh
    aw, ah = sw - 4.0, sh - 4.0  # available size, 2 m padding inside each slot
    area = np.maximum(110.0, d_b / levels * 72.0)
    aspect = np.where(tower, rng.uniform(1.0, 1.5, nb), 1.0)
    depth = np.where(tower, np.sqrt(area / aspect), rng.uniform(10.0, 14.0, nb))
    length = area / depth
    long_x = aw >= ah
    bw = np.where(long_x, length, depth)
    bh = np.where(long_x, depth, length)
    bw = np.clip(bw, np.minimum(6.0, aw), aw)
    bh = np.clip(bh, np.minimum(6.0, ah), ah)
    bx0 = np.round(sx0 + 2.0 + rng.random(nb) * (aw - bw), 2)
    by0 = np.round(sy0 + 2.0 + rng.random(nb) * (ah - bh), 2)
    bx1 = np.round(bx0 + bw, 2)
    by1 = np.round(by0 + bh, 2)
    # the address point (and dwellings' X, Y): inside the footprint
    px = np.round(bx0 + (bx1 - bx0) * rng.uniform(0.3, 0.7, nb), 2)
    py = np.round(by0 + (by1 - by0) * rng.uniform(0.3, 0.7, nb), 2)

    # addresses: nearest street of the îlot
    ncols_l, nrows_l = lay["ncols"] + 1, lay["nrows"] + 1
    combos = [(t, n) for n in RUE_NOMS for t in RUE_TYPES[:5]]
    order = rng.permutation(len(combos))
    names = np.array(["%s %s" % combos[k] for k in order], dtype=object)
    ccx, ccy = (bx0 + bx1) / 2.0, (by0 + by1) / 2.0
    dists = np.column_stack([ccx - x0, x1 - ccx, ccy - y0, y1 - ccy])
    side = np.argmin(dists, axis=1)
    ic, jc = il["col"][b_il], il["row"][b_il]
    line = np.where(side == 0, ic, np.where(side == 1, ic + 1,
                    np.where(side == 2, ncols_l + jc, ncols_l + jc + 1)))
    pos = np.where(side < 2, ccy - lay["ys"][0], ccx - lay["xs"][0])
    # a street line changes its name every 900 m; numbers restart
    seg = (pos // 900.0).astype(np.int64)
    street = names[(line * 7 + seg * 131) % len(combos)]
    num = 2 * ((pos % 900.0) // 12).astype(np.int64) + np.where((side == 0) | (side == 2), 1, 2)
    adresse = (pd.Series(num).astype(str) + " " + pd.Series(street)).to_numpy(dtype=object)

    # residences: consecutive buildings of an îlot, 1..8 buildings
    brk = rng.random(nb) < 0.33
    brk |= k_in == 0
    grp = np.cumsum(brk) - 1
    gstart = np.flatnonzero(brk)
    pos_in = np.arange(nb) - gstart[grp]
    grp2 = grp * 8 + pos_in // 8
    _, res_of = np.unique(grp2, return_inverse=True)
    n_res = int(res_of.max()) + 1
    r_first = np.flatnonzero(np.concatenate([[True], res_of[1:] != res_of[:-1]]))
    r_il = b_il[r_first]
    r_q = qpv[r_il]
    r_p = pl[r_il]
    r_com = il["commune"][r_il]
    p_bail = np.tile([0.38, 0.30, 0.20, 0.12], (n_res, 1))
    p_bail[r_com != 0, 3] = 0.02
    p_bail[r_q] = [0.70, 0.20, 0.10, 0.0]
    p_bail[r_p] = [0.15, 0.85, 0.0, 0.0]
    r_bail = _cat(rng, p_bail)
    r_nom = np.array(RESIDENCE_NOMS, dtype=object)[rng.integers(0, len(RESIDENCE_NOMS), n_res)]
    rw = max(4, len(str(n_res)))
    r_id = np.array(["R%0*d" % (rw, k + 1) for k in range(n_res)], dtype=object)
    bwid = max(6, len(str(nb)))
    b_id = np.array(["B%0*d" % (bwid, k + 1) for k in range(nb)], dtype=object)

    return {
        "n": nb, "id": b_id, "il": b_il, "res": res_of, "x0": bx0, "y0": by0, "x1": bx1,
        "y1": by1, "px": px, "py": py, "levels": levels.astype(np.int64), "d": d_b,
        "construct": construct.astype(np.int64), "locat": locat.astype(np.int64),
        "service": service.astype(np.int64), "tower": tower, "adresse": adresse,
        "commune": il["commune"][b_il], "qpv": il["qpv"][b_il], "planted": bp, "f": f,
        "b2023": b2023, "b2024": b2024, "recent": np.sort(recent),
        "res_id": r_id, "res_nom": r_nom, "res_bail": r_bail, "res_il": r_il,
    }


# ---------------------------------------------------------------------------
# 3. Dwellings (static attributes)
# ---------------------------------------------------------------------------

def _logements(bat, n_log, seed):
    rng = _rng(seed, "logements")
    nb = bat["n"]
    b = np.repeat(np.arange(nb), bat["d"])
    n = len(b)
    off = np.concatenate([[0], np.cumsum(bat["d"])[:-1]])
    k = np.arange(n) - off[b]
    L = bat["levels"][b]
    floor = (k * L) // bat["d"][b]
    floor = np.where((floor == 0) & (rng.random(n) < 0.003) & (L >= 3), -1, floor)

    q = bat["qpv"][b] >= 0
    constr = bat["construct"][b]
    grp = np.where(q, 1, np.where(constr >= 2000, 2, 0))
    p_rooms = np.array([[0.07, 0.20, 0.35, 0.27, 0.09, 0.02],
                        [0.04, 0.14, 0.33, 0.32, 0.14, 0.03],
                        [0.10, 0.27, 0.36, 0.20, 0.06, 0.01]])
    rooms = _cat(rng, p_rooms[grp]) + 1
    s_base = np.array([0, 31.0, 47.0, 65.0, 79.0, 92.0, 106.0])
    surf = s_base[rooms] * (1 + 0.07 * rng.standard_normal(n)) * np.where(constr < 1980, 1.03, 1.0)
    surf = np.round(np.clip(surf, 18.0, 160.0), 1)

    # financing
    p_old = [0.02, 0.02, 0.04, 0.02, 0.0, 0.0, 0.0, 0.0, 0.30, 0.25, 0.20, 0.12, 0.01, 0.01, 0.01]
    p_mid = [0.03, 0.02, 0.40, 0.25, 0.03, 0.02, 0.02, 0.0, 0.08, 0.06, 0.04, 0.02, 0.0, 0.02, 0.01]
    p_new = [0.14, 0.12, 0.34, 0.18, 0.06, 0.04, 0.04, 0.02, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03, 0.03]
    codes = np.array(["10", "11", "12", "13", "14", "15", "17", "16",
                      "50", "51", "52", "53", "54", "49", "99"], dtype=object)
    fg = np.where(constr < 1977, 0, np.where(constr < 2000, 1, 2))
    P = np.array([p_old, p_mid, p_new])[fg].copy()
    P[:, :2] *= np.where(constr >= 2015, 1.6, 1.0)[:, None]
    finan_i = _cat(rng, P)
    finan = codes[finan_i]
    # 0 PLAI, 1 PLUS, 2 PLS, 3 PLI, 4 autre
    cls = np.array([0, 0, 1, 1, 2, 2, 2, 3, 1, 1, 1, 1, 1, 4, 4])[finan_i]

    rate = np.array([5.3, 5.9, 8.4, 10.2, 6.0])[cls]
    rate = rate * np.where(constr < 1980, 0.85, 1.0) * np.where(q, 0.93, 1.0)
    rate *= 1 + 0.06 * rng.standard_normal(n)
    loyer = np.round(surf * rate + 15.0, 2)
    contres = _cat1(rng, n, [0.04, 0.22, 0.20, 0.15, 0.01, 0.04, 0.34]) + 1

    # dwellings out of the letting process (modes 3, 4, 5, 9)
    fl = bat["f"][b]
    u = rng.random(n)
    p3 = 0.008 + 0.012 * fl
    mode_static = np.where(u < p3, 3, np.where(u < p3 + 0.004, 4,
                           np.where(u < p3 + 0.006, 5, np.where(u < p3 + 0.008, 9, 0))))
    new_b = (b == bat["b2023"]) | (b == bat["b2024"])
    mode_static[new_b] = 0

    etage_txt = _by_unique(floor, lambda k: "%02d" % k)
    etage_txt[floor == -1] = "-1"
    u2 = rng.random(n)
    etage_txt[floor == 0] = np.where(u2[floor == 0] < 0.05, "00",
                                     np.where(u2[floor == 0] < 0.08, "RDC", "RC"))
    etage_txt[rng.random(n) < 0.01] = ""

    width = max(7, len(str(n)))
    ident = _ids("L", n, width)
    return {
        "n": n, "b": b, "floor": floor, "etage": etage_txt, "rooms": rooms, "surf": surf,
        "finan": finan, "loyer": loyer, "contres": contres, "mode_static": mode_static,
        "ident": ident, "f": fl, "qpv": bat["qpv"][b], "planted": bat["planted"][b],
    }


# ---------------------------------------------------------------------------
# 4. Occupancy timeline (spells of households in dwellings)
# ---------------------------------------------------------------------------

def _vacancy_durations(rng, f):
    n = len(f)
    p_long = np.clip(0.12 + 0.4 * f, 0.0, 0.65)
    long_ = rng.random(n) < p_long
    short = 14 + rng.exponential(45.0, n)
    lng = 90 + rng.exponential(300.0, n)
    return np.ceil(np.where(long_, lng, short)).astype(np.int64)


def _rotation(f):
    return 0.08 + 0.05 * f  # departures per dwelling and year


def _simulation(bat, lg, seed):
    """Spells: one row per household occupying a dwelling between start and end."""
    rng = _rng(seed, "simulation")
    inproc = np.flatnonzero(lg["mode_static"] == 0)
    f = lg["f"][inproc]
    r = _rotation(f)
    sd = bat["service"][lg["b"][inproc]]
    n = len(inproc)

    old = sd < T2020
    vd = _vacancy_durations(rng, f)
    pvac0 = r * vd / YEAR / (1 + r * vd / YEAR)
    occ0 = old & (rng.random(n) >= pvac0)
    anc = np.ceil(rng.exponential(1.0 / r) * YEAR).astype(np.int64)
    first = rng.integers(0, 60, n)
    start0 = np.where(anc < T2020 - sd, T2020 - anc,
                      np.minimum(sd + first, T2020 - 1))
    # initially vacant old dwellings: vacant since vac0, next lease at nxt
    uu = rng.random(n)
    vac0 = np.maximum(T2020 - np.floor(vd * uu).astype(np.int64), sd)
    nxt = T2020 + np.ceil(vd * (1 - uu)).astype(np.int64)
    # new buildings: vacant since service, first lease after a short delay
    is24 = lg["b"][inproc] == bat["b2024"]
    delay = np.where(rng.random(n) < np.where(is24, 0.85, 0.5), 0, rng.integers(1, 90, n))
    vac0 = np.where(old, np.where(occ0, NA_DAY, vac0), sd)
    nxt = np.where(old, nxt, sd + delay)

    sp_dw, sp_start, sp_end, sp_init = [], [], [], []
    # initial households
    idx = np.flatnonzero(occ0)
    cur_dw, cur_start = idx, start0[idx]
    cur_init = np.ones(len(idx), dtype=bool)
    # pending new leases
    pidx = np.flatnonzero(~occ0 & (nxt < T_END))
    cur_dw = np.concatenate([cur_dw, pidx])
    cur_start = np.concatenate([cur_start, nxt[pidx]])
    cur_init = np.concatenate([cur_init, np.zeros(len(pidx), dtype=bool)])
    while len(cur_dw):
        rr = r[cur_dw]
        stay = np.ceil(rng.exponential(1.0 / rr) * YEAR).astype(np.int64)
        end = np.where(cur_init, T2020 + stay, cur_start + 30 + stay)
        sp_dw.append(cur_dw)
        sp_start.append(cur_start)
        sp_end.append(end)
        sp_init.append(cur_init)
        left = end < T_END
        dw2 = cur_dw[left]
        nx2 = end[left] + np.maximum(7, _vacancy_durations(rng, f[dw2]))
        keep = nx2 < T_END
        cur_dw, cur_start = dw2[keep], nx2[keep]
        cur_init = np.zeros(len(cur_dw), dtype=bool)

    dw = np.concatenate(sp_dw)
    order = np.lexsort((np.concatenate(sp_start), dw))
    sp = {
        "dw": inproc[dw[order]],  # dwelling index in lg
        "start": np.concatenate(sp_start)[order],
        "end": np.concatenate(sp_end)[order],
        "init": np.concatenate(sp_init)[order],
    }
    sp["end"] = np.where(sp["end"] >= T_END, T_END + 100000, sp["end"])
    vac0_full = np.full(lg["n"], NA_DAY, dtype=np.int64)
    vac0_full[inproc] = vac0
    sp["vac0"] = vac0_full
    return sp


def _state_at(sp, lg, t):
    """MODE (1/2), BAIL (start of current lease) and VACANCE at date t."""
    n = lg["n"]
    mode = lg["mode_static"].copy()
    bail = np.full(n, NA_DAY, dtype=np.int64)
    vac = np.full(n, NA_DAY, dtype=np.int64)
    inproc = mode == 0
    mode[inproc] = 2
    vac[inproc] = sp["vac0"][inproc]
    m = sp["start"] <= t
    dw, st, en = sp["dw"][m], sp["start"][m], sp["end"][m]
    # spells are sorted by (dw, start): the last one per dwelling
    last = np.flatnonzero(np.concatenate([dw[1:] != dw[:-1], [True]])) if len(dw) else dw
    dwl, stl, enl = dw[last], st[last], en[last]
    occ = enl > t
    mode[dwl[occ]] = 1
    bail[dwl[occ]] = stl[occ]
    vac[dwl[occ]] = NA_DAY
    vac[dwl[~occ]] = enl[~occ]
    return mode, bail, vac


# ---------------------------------------------------------------------------
# 5. Households
# ---------------------------------------------------------------------------

def _draw_profiles(rng, f, rooms, ref, age_shift, min_age=None):
    n = len(f)
    f = np.asarray(f, dtype=np.float64)
    p0 = np.array([0.40, 0.19, 0.24, 0.10, 0.07])
    p1 = np.array([0.32, 0.10, 0.29, 0.22, 0.07])
    P = np.clip(p0[None, :] + f[:, None] * (p1 - p0)[None, :], 0.01, None)
    wr = np.array([[4.0, 1.0, 0.08, 0.3, 0.3], [2.2, 1.6, 0.35, 0.7, 0.6], [1, 1, 1, 1, 1],
                   [0.35, 0.6, 1.8, 1.4, 1.3], [0.15, 0.3, 2.4, 1.6, 1.8],
                   [0.1, 0.2, 2.8, 1.8, 2.0]])
    P = P * wr[np.clip(rooms, 1, 6) - 1]
    comp = _cat(rng, P)

    lam_c = np.clip(0.55 + 0.3 * (rooms - 3) + 0.3 * f, 0.05, 3.0)
    lam_m = np.clip(0.35 + 0.25 * (rooms - 3) + 0.25 * f, 0.05, 2.5)
    nchild = np.where(comp == 2, 1 + rng.poisson(lam_c), 0)
    nchild = np.where(comp == 3, 1 + rng.poisson(lam_m), nchild)
    nchild = np.minimum(nchild, 7)
    n_autre = 2 + np.minimum(rng.poisson(0.6, n), 4)
    npers = np.select([comp == 0, comp == 1, comp == 2, comp == 3],
                      [1, 2, 2 + nchild, 1 + nchild], n_autre)

    z = rng.standard_normal(n)
    young = rng.random(n) < 0.35
    age = np.select(
        [comp == 0, comp == 1, comp == 2, comp == 3],
        [np.where(young, 30 + 6 * z, 63 + 13 * z), 58 + 15 * z, 41 + 8 * z, 39 + 8 * z],
        50 + 15 * z)
    age = age - 2.0 * np.clip(f, 0, 1.3) + age_shift
    lo = np.select([comp == 2, comp == 3], [22, 19], 19)
    hi = np.select([comp == 2, comp == 3], [66, 66], 96)
    age = np.clip(age, lo, hi)
    if min_age is not None:
        age = np.maximum(age, min_age)
    age = np.floor(age).astype(np.int64)
    birth = ref - np.floor((age + rng.random(n)) * YEAR).astype(np.int64)

    p_young = np.clip((52.0 - age) / 25.0, 0.02, 0.9)
    ch14 = rng.binomial(nchild, p_young)
    ch14 = np.where(comp == 4, rng.binomial(np.maximum(npers - 2, 0), 0.3), ch14)

    pa = np.zeros((n, 6))
    pa[:, 0] = 0.58 - 0.25 * f
    pa[:, 1] = 0.13 + 0.07 * f
    pa[:, 2] = 0.09 + 0.12 * f
    pa[:, 3] = 0.0
    pa[:, 4] = np.where(age < 27, 0.25, 0.0)
    pa[:, 5] = 0.15 + 0.06 * f
    old = age >= 62
    pa[old] = [0.05, 0.01, 0.01, 0.85, 0.0, 0.08]
    pa = np.clip(pa, 0.005, None)
    act = _cat(rng, pa)

    ratio = _draw_ratio(rng, f, act, comp)
    apl = _apl(rng, ratio, npers)
    return {"comp": comp, "npers": npers.astype(np.int64), "ch14": ch14.astype(np.int64),
            "birth": birth, "act": act, "ratio": ratio, "apl": apl,
            "ref": np.asarray(ref, dtype=np.int64) + np.zeros(n, dtype=np.int64)}


def _draw_ratio(rng, f, act, comp):
    n = len(f)
    P0 = np.array([0.10, 0.17, 0.21, 0.36, 0.16])
    P1 = np.array([0.24, 0.30, 0.21, 0.19, 0.06])
    P = np.clip(P0[None, :] + f[:, None] * (P1 - P0)[None, :], 0.01, None)
    P /= P.sum(axis=1, keepdims=True)
    shift = np.array([0.6, -0.2, -0.9, 0.1, -0.8, -0.7])[act] + np.where(comp == 3, -0.3, 0.0)
    u0 = np.clip(rng.random(n), 1e-6, 1 - 1e-6)
    u = 1.0 / (1.0 + np.exp(-(np.log(u0 / (1 - u0)) + shift)))
    cum = np.cumsum(P, axis=1)
    t = (u[:, None] > cum[:, :-1]).sum(axis=1)
    lo_c = np.where(t > 0, cum[np.arange(n), np.maximum(t - 1, 0)], 0.0)
    within = np.clip((u - lo_c) / P[np.arange(n), t], 0, 1)
    lo = np.array([0.02, 0.2, 0.4, 0.6, 1.0])[t]
    hi = np.array([0.2, 0.4, 0.6, 1.0, 1.7])[t]
    return _clip_ratio(lo + within * (hi - lo))


def _apl(rng, ratio, npers):
    p = np.array([0.85, 0.72, 0.45, 0.15, 0.02])[_tranche_index(ratio)]
    p = np.clip(p + 0.05 * (npers >= 4), 0, 1)
    return rng.random(len(ratio)) < p


def _profiles_for_spells(sp, lg, seed):
    rng_s = _rng(seed, "profils_stock")
    rng_e = _rng(seed, "profils_entrants")
    ns = len(sp["dw"])
    init = sp["init"]
    dw = sp["dw"]
    prof = {}
    ii = np.flatnonzero(init)
    ee = np.flatnonzero(~init)
    anc_years = (T2020 - sp["start"][ii]) / YEAR
    ps = _draw_profiles(rng_s, lg["f"][dw[ii]], lg["rooms"][dw[ii]], T2020, 0.0,
                        min_age=18 + anc_years)
    pe = _draw_profiles(rng_e, lg["f"][dw[ee]] + 0.1, lg["rooms"][dw[ee]], sp["start"][ee], -5.0)
    for k in ps:
        arr = np.empty(ns, dtype=ps[k].dtype)
        arr[ii] = ps[k]
        arr[ee] = pe[k]
        prof[k] = arr
    return prof


def _profile_at(prof, rows, t, rng):
    """Household attributes of spell rows at date(s) t (ageing, drift of income)."""
    t = np.asarray(t, dtype=np.int64) + np.zeros(len(rows), dtype=np.int64)
    age = np.floor((t - prof["birth"][rows]) / YEAR).astype(np.int64)
    el = np.clip((t - prof["ref"][rows]) / (14 * YEAR), 0, 1)
    ch0 = prof["ch14"][rows]
    out = np.floor(ch0 * el + rng.random(len(rows))).astype(np.int64)
    ch14 = np.clip(ch0 - out, 0, ch0)
    yrs = np.clip((t - prof["ref"][rows]) / YEAR, 0, None)
    drift = np.exp(0.04 * np.sqrt(yrs) * rng.standard_normal(len(rows)))
    ratio = _clip_ratio(prof["ratio"][rows] * drift)
    act = prof["act"][rows].copy()
    act[(age >= 64) & (act != 5)] = 3
    return {"age": age, "ch14": ch14, "ratio": ratio, "act": act,
            "npers": prof["npers"][rows], "comp": prof["comp"][rows], "apl": prof["apl"][rows]}


def _mutations(sp, lg, prof, seed):
    """Pair departures with attributions (same household moving inside the stock)."""
    rng = _rng(seed, "mutations")
    dep = np.flatnonzero((sp["end"] >= W_START) & (sp["end"] < T_END))
    att = np.flatnonzero((sp["start"] >= W_START) & (sp["start"] < T_END) & ~sp["init"])
    p_mut = 0.17 + 0.08 * np.clip(lg["f"][sp["dw"][dep]], 0, 1.3)
    cand = dep[rng.random(len(dep)) < p_mut]
    # by date, random order within a day (no bias towards low dwelling ids)
    cand = cand[np.lexsort((rng.random(len(cand)), sp["end"][cand]))]
    att = att[np.lexsort((rng.random(len(att)), sp["start"][att]))]
    # rooms wanted by the moving household: one more than its size (T1..T6)
    want = np.clip(prof["npers"][cand] + 1, 1, 6)
    want_cls = np.where(want <= 2, 0, np.where(want <= 3, 1, 2))
    rm = lg["rooms"][sp["dw"][att]]
    att_cls = np.where(rm <= 2, 0, np.where(rm <= 3, 1, 2))
    pairs_o, pairs_d = [], []
    # greedy one-pass matching per size class: the household signs its new
    # lease w (3..45) days or less before leaving; candidates sorted by the
    # lower bound of their window take the next attributions in date order
    # (j_k = max(j_{k-1} + 1, first attribution >= lower bound_k)).
    w = rng.integers(3, 46, len(cand))
    for cls in range(3):
        sel = want_cls == cls
        o, lb = cand[sel], sp["end"][cand[sel]] - w[sel]
        a = att[att_cls == cls]
        if len(o) == 0 or len(a) == 0:
            continue
        order = np.lexsort((rng.random(len(o)), lb))
        o, lb = o[order], lb[order]
        ta = sp["start"][a]
        k = np.arange(len(o))
        j = k + np.maximum.accumulate(np.searchsorted(ta, lb, side="left") - k)
        ok = j < len(a)
        o, j = o[ok], j[ok]
        ok = (ta[j] <= sp["end"][o]) & (sp["dw"][a[j]] != sp["dw"][o])
        pairs_o.append(o[ok])
        pairs_d.append(a[j[ok]])
    if pairs_o:
        po, pd_ = np.concatenate(pairs_o), np.concatenate(pairs_d)
    else:
        po = pd_ = np.zeros(0, dtype=np.int64)
    order = np.argsort(sp["start"][pd_], kind="stable")
    po, pd_ = po[order], pd_[order]
    # the destination household is the origin household (chains: repeat)
    rng_c = _rng(seed, "mutations_ch14")
    for _ in range(4):
        st = _profile_at(prof, po, sp["start"][pd_], rng_c)
        for k in ("comp", "npers", "birth", "act", "apl"):
            prof[k][pd_] = prof[k][po]
        prof["ratio"][pd_] = prof["ratio"][po]
        prof["ch14"][pd_] = st["ch14"]
        prof["ref"][pd_] = sp["start"][pd_]
    return po, pd_


# ---------------------------------------------------------------------------
# 6. Writers
# ---------------------------------------------------------------------------

def _write_gpkg(path, lay, bat, qpv_polys, obs):
    from osgeo import gdal, ogr, osr
    from shapely.geometry import MultiPoint, MultiPolygon, Polygon
    from shapely.ops import unary_union

    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    counts = {}

    def layer(name, gtype, fields, rows):
        lyr = ds.CreateLayer(name, srs, gtype, ["GEOMETRY_NAME=geom", "FID=fid"])
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        defn = lyr.GetLayerDefn()
        ds.StartTransaction()
        k = 0
        for values, geom in rows:
            feat = ogr.Feature(defn)
            for (fname, _t), v in zip(fields, values):
                feat.SetField(fname, v)
            if isinstance(geom, str):
                feat.SetGeometry(ogr.CreateGeometryFromWkt(geom))
            else:
                feat.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
            lyr.CreateFeature(feat)
            k += 1
        ds.CommitTransaction()
        counts[name] = k

    S, I, D = ogr.OFTString, ogr.OFTInteger, ogr.OFTDate
    ncols, nrows, xs, ys = lay["ncols"], lay["nrows"], lay["xs"], lay["ys"]
    com_polys = [_cells_polygon(lay["commune"] == c, ncols, nrows, xs, ys)
                 for c in range(len(COMMUNES))]
    epci = unary_union(com_polys)
    if isinstance(epci, Polygon):
        epci = MultiPolygon([epci])
    layer("epci", ogr.wkbMultiPolygon, [("code_epci", S), ("nom", S)],
          [((EPCI_CODE, EPCI_NOM), epci)])
    layer("communes", ogr.wkbMultiPolygon, [("depcom", S), ("nom", S), ("code_epci", S)],
          [((c[0], c[1], EPCI_CODE), g) for c, g in zip(COMMUNES, com_polys)])
    layer("iris", ogr.wkbMultiPolygon, [("code_iris", S), ("depcom", S), ("nom", S)],
          (((lay["iris_codes"][k], lay["iris_dep"][k], lay["iris_noms"][k]),
            _cells_polygon(lay["iris"] == k, ncols, nrows, xs, ys))
           for k in range(len(lay["iris_codes"]))))
    layer("qpv", ogr.wkbMultiPolygon, [("code_qpv", S), ("nom", S)],
          [((q[0], q[1]), g) for q, g in zip(QPV, qpv_polys)])

    il = lay["il"]
    deps = [c[0] for c in COMMUNES]

    def rect(x0, y0, x1, y1):
        return "POLYGON((%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f))" % (
            x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)

    layer("ilots", ogr.wkbPolygon, [("ilot_id", S), ("depcom", S), ("code_iris", S)],
          (((il["id"][k], deps[il["commune"][k]], lay["iris_codes"][il["iris"][k]]),
            rect(il["x0"][k], il["y0"][k], il["x1"][k], il["y1"][k]))
           for k in range(len(il["id"]))))

    # residences: convex hull of their buildings buffered 5 m
    res = bat["res"]
    starts = np.flatnonzero(np.concatenate([[True], res[1:] != res[:-1]]))
    ends = np.concatenate([starts[1:], [bat["n"]]])

    def res_rows():
        for r, (a, b) in enumerate(zip(starts, ends)):
            pts = []
            for k in range(a, b):
                pts += [(bat["x0"][k], bat["y0"][k]), (bat["x1"][k], bat["y0"][k]),
                        (bat["x1"][k], bat["y1"][k]), (bat["x0"][k], bat["y1"][k])]
            g = MultiPoint(pts).convex_hull.buffer(5.0, 4)
            yield ((bat["res_id"][r], bat["res_nom"][r], BAILLEURS[bat["res_bail"][r]][0]), g)

    layer("residences", ogr.wkbPolygon, [("residence_id", S), ("nom", S), ("bailleur", S)],
          res_rows())
    layer("batiments", ogr.wkbPolygon,
          [("batiment_id", S), ("residence_id", S), ("ilot_id", S), ("depcom", S),
           ("nb_etages", I), ("adresse", S)],
          (((bat["id"][k], bat["res_id"][res[k]], il["id"][bat["il"][k]],
             deps[bat["commune"][k]], int(bat["levels"][k]), bat["adresse"][k]),
            rect(bat["x0"][k], bat["y0"][k], bat["x1"][k], bat["y1"][k]))
           for k in range(bat["n"])))
    layer("observations", ogr.wkbPoint,
          [("obs_id", S), ("date", D), ("residence_id", S), ("theme", S),
           ("intensite", I), ("texte", S)],
          (((o[0], o[1], o[2], o[3], o[4], o[5]), "POINT(%.2f %.2f)" % (o[6], o[7]))
           for o in obs))
    ds = None
    return counts


def _observations(bat, n_log, seed):
    rng = _rng(seed, "observations")
    n_obs = max(30, int(round(60 * np.sqrt(n_log / 40000.0))))
    q = bat["qpv"] >= 0
    p = bat["planted"]
    groups = [np.flatnonzero(q), np.flatnonzero(p), np.flatnonzero(~q & ~p)]
    k = _largest_remainder([0.35, 0.25, 0.40], n_obs)
    rows = []
    days0, days1 = _day("2022-01-01"), _day("2024-12-31")
    seq = 0
    for g, (cand, kk) in enumerate(zip(groups, k)):
        pick = cand[rng.integers(0, len(cand), kk)]
        dates = np.sort(rng.integers(days0, days1 + 1, kk))
        themes = _cat1(rng, kk, [0.25, 0.25, 0.15, 0.2, 0.15])
        inten = _cat1(rng, kk, [0.2, 0.4, 0.4] if g < 2 else [0.5, 0.35, 0.15]) + 1
        corner = rng.integers(0, 4, kk)
        txt = rng.integers(0, 3, kk)
        for j, bk in enumerate(pick):
            seq += 1
            cx = bat["x0"][bk] - 2.5 if corner[j] in (0, 3) else bat["x1"][bk] + 2.5
            cy = bat["y0"][bk] - 2.5 if corner[j] in (0, 1) else bat["y1"][bk] + 2.5
            th = THEMES[themes[j]]
            rows.append(["OBS%04d" % seq, str(_dates([dates[j]], "iso")[0]),
                         bat["res_id"][bat["res"][bk]], th, int(inten[j]),
                         OBS_TEXTES[th][txt[j]], float(cx), float(cy)])
    rows.sort(key=lambda r: (r[1], r[0]))
    for i, r in enumerate(rows):
        r[0] = "OBS%04d" % (i + 1)
    return rows


# ---------------------------------------------------------------------------
# Main entry point
# ---------------------------------------------------------------------------

def generer(out_dir, logements=40000, seed=2024, tables=None, verbose=False):
    """Generate the sample territory in ``out_dir``; returns the metadata dict."""
    t0 = time.time()
    tables = list(TABLES) if tables is None else list(tables)
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError("unknown tables %s (choose among %s)" % (unknown, ", ".join(TABLES)))
    n_log = int(logements)
    if n_log < 500:
        raise ValueError("--logements must be at least 500")
    os.makedirs(out_dir, exist_ok=True)

    def log(msg):
        if verbose:
            print("[%6.1fs] %s" % (time.time() - t0, msg), file=sys.stderr)

    lay = _layout(n_log, seed)
    qpv_polys = _qpv_polygons(lay)
    il = lay["il"]
    log("layout: %d îlots on %d x %d cells" % (len(il["id"]), lay["ncols"], lay["nrows"]))
    bat = _batiments(lay, n_log, seed)
    lg = _logements(bat, n_log, seed)
    log("%d buildings, %d residences, %d dwellings" % (bat["n"], len(bat["res_id"]), lg["n"]))
    sp = _simulation(bat, lg, seed)
    log("%d household spells" % len(sp["dw"]))

    # checks of the planted sector
    from shapely.geometry import box
    from shapely.ops import unary_union

    pl_idx = np.flatnonzero(il["planted"])
    pl_geom = unary_union([box(il["x0"][k], il["y0"][k], il["x1"][k], il["y1"][k])
                           for k in pl_idx])
    dmin = min(pl_geom.distance(g) for g in qpv_polys)
    if dmin < 500:
        raise RuntimeError("planted sector too close to a QPV (%.0f m)" % dmin)

    deps = np.array([c[0] for c in COMMUNES], dtype=object)
    libs = np.array([c[1] for c in COMMUNES], dtype=object)
    bail_names = np.array([b[0] for b in BAILLEURS], dtype=object)
    qcodes = np.array([q[0] for q in QPV], dtype=object)
    b = lg["b"]

    mode24, bail24, vac24 = _state_at(sp, lg, T2024)
    occ = {y: np.flatnonzero((sp["start"] <= t) & (sp["end"] > t))
           for y, t in ((2020, T2020), (2022, T2022), (2024, T2024))}
    dep_rows = np.flatnonzero((sp["end"] >= W_START) & (sp["end"] < T_END))
    att_rows = np.flatnonzero((sp["start"] >= W_START) & (sp["start"] < T_END) & ~sp["init"])
    n_dem = int(round(0.75 * len(att_rows)))

    files_written = []
    # ---------------- RPLS
    if "rpls" in tables:
        rng = _rng(seed, "rpls_codes")
        bq = bat["qpv"]
        bcode = np.where(bq >= 0, qcodes[np.maximum(bq, 0)], "HZ").astype(object)
        ub = rng.random(bat["n"])
        no_qpv_commune = np.isin(bat["commune"], [3, 4])
        bcode[(bq < 0) & no_qpv_commune & (ub < 0.25)] = "CSZ"
        bcode[(bq < 0) & (ub > 0.985)] = ""
        loyer = _dec(lg["loyer"], 2)
        loyer[np.isin(mode24, [2, 3, 9])] = "9999"
        # per-building columns formatted once, then spread on the dwellings
        cols = [
            bail_names[bat["res_bail"][bat["res"]]][b],
            lg["ident"],
            bat["id"][b],
            bat["res_nom"][bat["res"]][b],
            deps[bat["commune"]][b],
            libs[bat["commune"]][b],
            bat["adresse"][b],
            np.array(lay["iris_codes"], dtype=object)[il["iris"][bat["il"]]][b],
            bcode[b],
            lg["etage"],
            _ints(lg["rooms"]),
            _dec(lg["surf"], 1),
            _ints(bat["construct"])[b],
            _ints(bat["locat"])[b],
            lg["finan"],
            _ints(mode24),
            _dates(np.where(mode24 == 1, bail24, NA_DAY)),
            _dates(np.where(mode24 == 2, vac24, NA_DAY)),
            loyer,
            _ints(lg["contres"]),
            _dec(bat["px"], 2, ".")[b],
            _dec(bat["py"], 2, ".")[b],
            np.full(lg["n"], "2154", dtype=object),
        ]
        _write_csv(os.path.join(out_dir, "rpls_2024.csv"), RPLS_HEADER, cols, "utf-8")
        files_written.append("rpls_2024.csv")
        log("rpls written")

    need_prof = any(t in tables for t in ("ops", "attributions", "departs"))
    if need_prof:
        prof = _profiles_for_spells(sp, lg, seed)
        po, pdest = _mutations(sp, lg, prof, seed)
        log("profiles drawn, %d internal mutations" % len(po))

    if "ops" in tables:
        for y, t in ((2020, T2020), (2022, T2022), (2024, T2024)):
            rng = _rng(seed, "ops%d" % y)
            rows = occ[y]
            st = _profile_at(prof, rows, t, rng)
            n = len(rows)
            miss = {c: rng.random(n) < 0.05 for c in OPS_HEADER[3:]}
            if y == 2024:
                rev = _ints(np.round(st["ratio"] * plafond_plus(st["npers"])))
                tr = np.full(n, "", dtype=object)
            else:
                rev = np.full(n, "", dtype=object)
                tr = np.array(TRANCHES, dtype=object)[_tranche_index(st["ratio"])]
            cols = [
                lg["ident"][sp["dw"][rows]],
                np.full(n, str(y), dtype=object),
                _ints(st["npers"]),
                _blank(_ints(st["ch14"]), miss["NB_ENFANTS_MOINS_14"]),
                _blank(np.array(COMPOSITIONS, dtype=object)[st["comp"]], miss["COMPOSITION"]),
                _blank(_ints(st["age"]), miss["AGE_TITULAIRE"]),
                _blank(rev, miss["REVENU_ANNUEL"]),
                _blank(tr, miss["TRANCHE_PLAFOND"]),
                _blank(np.where(st["apl"], "Oui", "Non").astype(object), miss["APL"]),
                _blank(np.array(ACTIVITES, dtype=object)[st["act"]], miss["ACTIVITE_TITULAIRE"]),
                _blank(_dates(sp["start"][rows]), miss["DATE_EMMENAGEMENT"]),
            ]
            name = "ops_%d.csv" % y
            _write_csv(os.path.join(out_dir, name), OPS_HEADER, cols, ENCODAGES[name])
            files_written.append(name)
        log("ops written")

    if "departs" in tables or "attributions" in tables:
        is_mut_o = np.zeros(len(sp["dw"]), dtype=bool)
        is_mut_o[po] = True
        dest_of = np.full(len(sp["dw"]), -1, dtype=np.int64)
        dest_of[po] = pdest
        orig_of = np.full(len(sp["dw"]), -1, dtype=np.int64)
        orig_of[pdest] = po

    if "departs" in tables:
        rng = _rng(seed, "departs")
        rows = dep_rows[np.lexsort((sp["dw"][dep_rows], sp["end"][dep_rows]))]
        n = len(rows)
        st = _profile_at(prof, rows, sp["end"][rows], rng)
        fl = lg["f"][sp["dw"][rows]]
        rm = lg["rooms"][sp["dw"][rows]]
        w = np.zeros((n, 8))
        w[:, 1] = 0.10 * np.where(st["ratio"] > 0.6, 2.5, 0.5) * (st["age"] < 62)
        w[:, 2] = np.where(st["age"] >= 75, 0.6, np.where(st["age"] >= 65, 0.1, 0.004))
        w[:, 3] = 0.025 * np.where(st["ratio"] < 0.2, 2.0, 1.0)
        w[:, 4] = 0.16
        w[:, 5] = 0.16 * np.where(np.abs(st["npers"] - rm) >= 2, 2.0, 1.0)
        w[:, 6] = 0.10 * (1 + np.clip(fl, 0, 1.3))
        w[:, 7] = 0.20
        motif = _cat(rng, w)
        mut = is_mut_o[rows]
        motif[mut] = 0
        u = rng.random(n)
        ext = np.array(COMMUNES_EXTERIEURES, dtype=object)[
            rng.integers(0, len(COMMUNES_EXTERIEURES), n)]
        inner = deps[_cat1(rng, n, [c[3] for c in COMMUNES])]
        p_in = np.where(motif == 1, 0.5, 0.45)
        p_out = np.where(motif == 1, 0.4, 0.30)
        dest_c = np.where(u < p_in, inner, np.where(u < p_in + p_out, ext, "")).astype(object)
        dest_c[motif == 2] = ""
        dl = dest_of[rows]
        dest_c[mut] = deps[bat["commune"][b[sp["dw"][dl[mut]]]]]
        dest_l = np.full(n, "", dtype=object)
        dest_l[mut] = lg["ident"][sp["dw"][dl[mut]]]
        cols = [
            lg["ident"][sp["dw"][rows]],
            _dates(sp["end"][rows], "iso"),
            np.array(MOTIFS, dtype=object)[motif],
            dest_c,
            dest_l,
            _ints(st["npers"]),
            _blank(np.array(COMPOSITIONS, dtype=object)[st["comp"]], rng.random(n) < 0.03),
            _blank(np.array(TRANCHES, dtype=object)[_tranche_index(st["ratio"])],
                   rng.random(n) < 0.05),
        ]
        _write_csv(os.path.join(out_dir, "departs_2021_2024.csv"), DEPARTS_HEADER, cols, "utf-8")
        files_written.append("departs_2021_2024.csv")
        log("departs written")

    if "attributions" in tables:
        rng = _rng(seed, "attributions")
        rows = att_rows[np.lexsort((sp["dw"][att_rows], sp["start"][att_rows]))]
        n = len(rows)
        st = _profile_at(prof, rows, sp["start"][rows], rng)
        dwr = sp["dw"][rows]
        rev = st["ratio"] * plafond_plus(st["npers"]) / 12.0 * np.exp(0.08 * rng.standard_normal(n))
        rev[rng.random(n) < 0.01] = 0.0
        dalo = rng.random(n) < 0.03 + 0.04 * (st["ratio"] < 0.4)
        prio = dalo | (rng.random(n) < 0.22 + 0.12 * (st["ratio"] < 0.4))
        o = orig_of[rows]
        from_qpv = (o >= 0) & (lg["qpv"][sp["dw"][np.maximum(o, 0)]] >= 0)
        npnru = from_qpv & (rng.random(n) < 0.3)
        res_ = np.where(rng.random(n) < 0.8, lg["contres"][dwr],
                        _cat1(rng, n, [0.04, 0.22, 0.20, 0.15, 0.01, 0.04, 0.34]) + 1)
        res_ = np.where(dalo & (rng.random(n) < 0.6), 2, res_)
        cols = [
            _ids("AT", n, 8),
            lg["ident"][dwr],
            _dates(sp["start"][rows]),
            _ints(st["npers"]),
            _ints(st["ch14"]),
            _dec(rev, 2),
            np.where(dalo, "O", "N").astype(object),
            np.where(prio, "O", "N").astype(object),
            np.where(npnru, "O", "N").astype(object),
            _ints(res_),
            bail_names[bat["res_bail"][bat["res"][b[dwr]]]],
            # an internal mutation: the household came from a dwelling of the stock
            np.where(o >= 0, "O", "N").astype(object),
        ]
        _write_csv(os.path.join(out_dir, "attributions_2021_2024.csv"), ATTRIB_HEADER, cols,
                   "cp1252")
        files_written.append("attributions_2021_2024.csv")
        log("attributions written")

    if "demandes" in tables:
        rng = _rng(seed, "demandes")
        n = n_dem
        ages = np.minimum(rng.exponential(1.4 * YEAR, n), 8.5 * YEAR).astype(np.int64)
        depot = np.sort(_day("2024-12-31") - ages)
        rooms = _cat1(rng, n, [0.12, 0.28, 0.32, 0.2, 0.06, 0.02]) + 1
        pr = _draw_profiles(rng, np.full(n, 0.9), rooms, _day("2024-12-31"), -4.0)
        rev = pr["ratio"] * plafond_plus(pr["npers"]) / 12.0 * np.exp(0.1 * rng.standard_normal(n))
        rev[rng.random(n) < 0.04] = 0.0
        nc = _cat1(rng, n, [0.45, 0.35, 0.2]) + 1
        ch = [deps[_cat1(rng, n, [c[3] for c in COMMUNES])] for _ in range(3)]
        wish = pd.Series(ch[0])
        for k in (1, 2):
            add = (nc > k) & (ch[k] != ch[0]) & ((k == 1) | (ch[2] != ch[1]))
            wish = wish.where(~add, wish + "," + pd.Series(ch[k]))
        dd = _dates(depot, "iso")
        num = pd.Series(["037%s%s%07d" % (x[2:4], x[5:7], k + 1) for k, x in enumerate(dd)])
        cols = [
            num.to_numpy(dtype=object),
            dd,
            _ints(pr["npers"]),
            _ints(pr["ch14"]),
            _dec(rev, 2),
            np.full(n, EPCI_CODE, dtype=object),
            wish.to_numpy(dtype=object),
            # the typology wished (rooms drawn above) and, from a stream of its own so that
            # the other columns do not move, about a third of applicants already tenants of
            # the social stock (mutations)
            np.array(["T%d" % r for r in rooms], dtype=object),
            np.where(_rng(seed, "demandes_mutation").random(n) < 0.33, "Oui", "Non").astype(object),
        ]
        _write_csv(os.path.join(out_dir, "demandes_2024.csv"), DEMANDES_HEADER, cols, "utf-8")
        files_written.append("demandes_2024.csv")
        log("demandes written")

    obs = _observations(bat, n_log, seed)
    gpkg_counts = None
    if "gpkg" in tables:
        gpkg_counts = _write_gpkg(os.path.join(out_dir, "territoire.gpkg"), lay, bat,
                                  qpv_polys, obs)
        files_written.append("territoire.gpkg")
        log("gpkg written")

    # ---------------- metadata
    pl_bat = np.flatnonzero(bat["planted"])
    pl_res = np.unique(bat["res"][pl_bat])

    def mes(k, date_txt):
        dws = np.flatnonzero(b == k)
        return {"batiment_id": str(bat["id"][k]),
                "residence_id": str(bat["res_id"][bat["res"][k]]),
                "ilot_id": str(il["id"][bat["il"][k]]),
                "depcom": str(deps[bat["commune"][k]]),
                "date_mise_en_service": date_txt,
                "construct": int(bat["construct"][k]), "locat": int(bat["locat"][k]),
                "nb_logements": int(len(dws)),
                "logement_ids": [str(lg["ident"][dws[0]]), str(lg["ident"][dws[-1]])]}

    meta = {
        "description": "Territoire fictif de logement social (données synthétiques, "
                       "aucune personne ni commune réelle).",
        "generateur": "tools/generer_territoire.py",
        "seed": int(seed),
        "logements_demandes": n_log,
        "tables_ecrites": files_written + ["territoire.json"],
        "crs": CRS,
        "bbox": [round(v, 2) for v in lay["bbox"]],
        "epci": {"code_epci": EPCI_CODE, "nom": EPCI_NOM},
        "communes": [{"depcom": c[0], "nom": c[1]} for c in COMMUNES],
        "qpv": [{"code_qpv": q[0], "nom": q[1], "depcom": COMMUNES[q[2]][0],
                 "nb_ilots": int((il["qpv"] == k).sum()),
                 "nb_logements": int((lg["qpv"] == k).sum())} for k, q in enumerate(QPV)],
        "codes_qpv": [q[0] for q in QPV],
        "bailleurs": [{"nom": n_, "type": t_} for n_, t_ in BAILLEURS],
        "secteur_fragile_planté": {
            "ilot_ids": [str(x) for x in il["id"][pl_idx]],
            "batiment_ids": [str(x) for x in bat["id"][pl_bat]],
            "residence_ids": [str(x) for x in bat["res_id"][pl_res]],
            "depcom": COMMUNES[PLANTED_COMMUNE][0],
            "nb_logements": int(lg["planted"].sum()),
            "distance_min_qpv_m": round(float(dmin), 1),
            "description": ("Groupe contigu de %d îlots à %s, hors de tout QPV (à %.0f m au "
                            "moins du plus proche), dont les ménages ont des profils de QPV ou "
                            "plus fragiles : faibles ressources, familles monoparentales, "
                            "chômage, APL, forte rotation et vacance. Les bailleurs y sont "
                            "surtout %s." % (len(pl_idx), COMMUNES[PLANTED_COMMUNE][1], dmin,
                                             BAILLEURS[1][0])),
        },
        "mises_en_service": {
            "2023": mes(bat["b2023"], "2023-04-03"),
            "2024": mes(bat["b2024"], "2024-01-01"),
            "2020_2022_batiment_ids": [str(bat["id"][k]) for k in bat["recent"]],
        },
        "plafonds_plus": PLAFONDS_PLUS,
        "tranches_plafond": {"bornes": [0.2, 0.4, 0.6, 1.0], "libelles": TRANCHES,
                             "regle": "ratio = revenu annuel / plafond PLUS ; <20% si ratio < 0.2, "
                                      "etc. ; les ratios évitent ±0.002 autour des bornes"},
        "dates_reference": {
            "rpls_2024": "2024-01-01 (MODE, BAIL, VACANCE à cette date)",
            "ops": "millésime Y = ménages en place au 01/01/Y",
            "flux": "2021-01-01..2024-12-31",
            "demandes": "stock en cours au 2024-12-31",
        },
        "encodages": ENCODAGES,
        "separateur": ";",
        "formats_dates": {
            "rpls_2024.csv": "dd/mm/yyyy", "ops_*.csv": "dd/mm/yyyy",
            "attributions_2021_2024.csv": "dd/mm/yyyy", "departs_2021_2024.csv": "yyyy-mm-dd",
            "demandes_2024.csv": "yyyy-mm-dd",
        },
        "decimales": {"virgule": ["SURFHAB", "LOYERPRINC", "Revenu mensuel", "REVENU_MENSUEL"],
                      "point": ["X", "Y"]},
        "effectifs": {
            "ilots": int(len(il["id"])),
            "batiments": int(bat["n"]),
            "residences": int(len(bat["res_id"])),
            "iris": int(len(lay["iris_codes"])),
            "communes": len(COMMUNES),
            "qpv": len(QPV),
            "observations": len(obs),
            "rpls_2024": int(lg["n"]),
            "rpls_2024_par_mode": {str(m): int((mode24 == m).sum()) for m in (1, 2, 3, 4, 5, 9)},
            "ops_2020": int(len(occ[2020])),
            "ops_2022": int(len(occ[2022])),
            "ops_2024": int(len(occ[2024])),
            "attributions_2021_2024": int(len(att_rows)),
            "departs_2021_2024": int(len(dep_rows)),
            "mutations_internes": int(len(po)) if need_prof else None,
            "demandes_2024": n_dem,
        },
    }
    if gpkg_counts is not None:
        meta["effectifs"]["couches_gpkg"] = gpkg_counts
    with open(os.path.join(out_dir, "territoire.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    log("done")
    return meta


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python3 -m tools.generer_territoire",
        description="Génère le territoire fictif de démonstration (Val-de-Cher).")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--logements", type=int, default=40000, help="number of dwellings")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--tables", default=",".join(TABLES),
                    help="comma-separated subset of: " + ", ".join(TABLES))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    tables = [t.strip() for t in a.tables.split(",") if t.strip()]
    t0 = time.time()
    meta = generer(a.out, a.logements, a.seed, tables, verbose=not a.quiet)
    if not a.quiet:
        e = meta["effectifs"]
        print("%d logements, %d bâtiments, %d îlots en %.1f s -> %s"
              % (e["rpls_2024"], e["batiments"], e["ilots"], time.time() - t0, a.out))
    return 0


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    sys.exit(main())
