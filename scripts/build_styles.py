#!/usr/bin/python3
"""Builds the QML styles of ``styles/`` with PyQGIS, so that they can be read, reviewed
and rebuilt rather than edited by hand in QGIS.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_styles.py [--out styles]

Each style is made on an empty memory layer that has the fields of the output it is
meant for (taken from ``core.stock``, ``core.schemas`` and ``core.importer``, so that a
field added there without a French alias stops the build), then saved with
``QgsVectorLayer.saveNamedStyle``. Only features of QGIS 3.22 are used:

- ``indicateurs_parc.qml``: choropleth of ``tx_vacance`` (fixed breaks 0-3-5-8-12-100 %);
- ``indicateurs_parc_logements.qml``: choropleth of ``part_plai`` (0-5-10-20-40-100 %);
- ``indicateurs_occupation.qml``: choropleth of ``part_rev_inf_40`` (0-20-35-50-65-100 %),
  with the secret statistique and the unknown values as two separate classes;
- ``fragilite.qml``: the classes of ``classe_fragilite`` on a diverging palette (blue = least
  fragile, red = most), the fragile units outlined, ``indice_fragilite`` as label;
- ``secteurs_fragiles_hors_qpv.qml``: outlines only (solid when significant, dashed
  otherwise, dotted for a one-unit fringe of a QPV) with a white casing, so that they read over a filled QPV layer; label
  with the sector, its households and its mean index;
- ``table_canonique.qml``: aliases of the canonical tables (logements, ménages, …);
- ``rapport_validation.qml``: aliases and row colours of the validation report;
- ``flux.qml``: choropleth of ``tx_rotation`` (0-6-8-10-12-100 %) for the units of
  ``peuplement:flux``, aliases of every field (the yearly columns of 2010-2035 too);
- ``flux_lignes.qml``: flow lines as curved arrows whose width grows with ``nb_departs``;
- ``flux_od.qml``, ``flux_motifs.qml``, ``flux_series.qml``: aliases of its tables.
- ``objectifs_attribution.qml``: aliases of the objectives table, rows coloured by their
  traffic light (atteint green, proche orange, non atteint red);
- ``seuils_quartiles.qml``: aliases of the quartile thresholds used;
- ``pression_demande.qml``: aliases of the demand pressure table, rows coloured by the
  tension (4 and 10 applications for one attribution);
- ``attributions_objectifs.qml``: the attributions as points, pink in QPV, blue outside,
  grey when unknown, a ring around the Q1 or relogés (the public of the hors QPV objective).

The choropleths are rule-based renderers: a graduated renderer of QGIS 3.22 cannot
draw the features whose value is NULL, and NULL is meaningful here (unknown, or
masked by the secret statistique). Rule keys are fixed so that a rebuild gives the
same files.
"""

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt writes XML attributes in hash order: a fixed seed makes a rebuild give the same files.
os.environ.setdefault("QT_HASH_SEED", "0")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsAttributeTableConfig,
    QgsConditionalStyle,
    QgsEditorWidgetSetup,
    QgsField,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointPatternFillSymbolLayer,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from peuplement_plugin.bridge.fieldtypes import FieldType  # noqa: E402
from peuplement_plugin.core import codes, fragilite, importer, levels, mobilite, objectifs, occupation, schemas, stock  # noqa: E402
from peuplement_plugin.processing.renderers import (  # noqa: E402
    OUTLINE_COLOR,
    OUTLINE_WIDTH,
    add_outline,
    class_expressions,
    hatched,
    plain_base,
    secret_symbol,
)

STYLES_DIR = ROOT / "styles"
# Custom layer property read by scripts/render_map.py for the legend heading.
LEGEND_TITLE_PROPERTY = "peuplement/legend_title"

NBSP = "\u00a0"
NULL_LABEL = "Non renseigné / secret"
LABEL_FONT = "Arial"         # present on Windows / macOS, fontconfig substitutes on Linux

# ----------------------------------------------------------------------------------
# Output of peuplement:indicateurs_parc

# The unit identifier is the first field; its name is the UNIT_ID of the run, by
# default the one of the level (levels.DEFAULT_UNIT_ID) — all of them get an alias.
UNIT_FIELD_ALIASES = {
    "batiment_id": "Bâtiment",
    "etage": "Étage",
    "residence_id": "Résidence",
    "ilot_id": "Îlot",
    "code_iris": "IRIS",
    "code_qpv": "QPV",
    "depcom": "Commune (code INSEE)",
    "code_epci": "EPCI",
    "bailleur": "Bailleur",
    "nom": "Nom",
    "niveau": "Niveau d'observation",
}

OUTPUT_ALIASES = {
    # counts
    "nb_logements": "Logements",
    "nb_loues": "Logements loués",
    "nb_vacants": "Logements vacants (proposés à la location)",
    "nb_vides": "Logements vides (travaux, démolition, vente)",
    "nb_autres_modes": "Logements en autre mode d'occupation",
    "nb_mode_inconnu": "Logements au mode d'occupation inconnu",
    "nb_vacants_3mois": "Logements vacants depuis plus de 3 mois",
    "nb_plai": "Logements PLAI",
    "nb_plus": "Logements PLUS",
    "nb_pls": "Logements PLS",
    "nb_pli": "Logements PLI",
    "nb_finan_autre": "Logements d'un autre financement",
    "nb_finan_inconnu": "Logements au financement inconnu",
    "nb_t1": "Logements T1",
    "nb_t2": "Logements T2",
    "nb_t3": "Logements T3",
    "nb_t4": "Logements T4",
    "nb_t5_plus": "Logements T5 et plus",
    "nb_rdc": "Logements en rez-de-chaussée",
    "nb_etages_1_4": "Logements du 1er au 4e étage",
    "nb_etages_5_plus": "Logements au 5e étage ou plus",
    "nb_sous_sol": "Logements en sous-sol",
    "nb_logements_qpv": "Logements en QPV",
    "nb_baux_connus": "Baux connus (logements loués)",
    # rates (%), means
    "tx_vacance": "Taux de vacance (%)",
    "tx_vacance_3mois": "Taux de vacance de plus de 3 mois (%)",
    "part_plai": "Part PLAI (%)",
    "part_plus": "Part PLUS (%)",
    "part_pls": "Part PLS (%)",
    "part_pli": "Part PLI (%)",
    "part_t1": "Part T1 (%)",
    "part_t2": "Part T2 (%)",
    "part_t3": "Part T3 (%)",
    "part_t4": "Part T4 (%)",
    "part_t5_plus": "Part T5 et plus (%)",
    "part_etages_5_plus": "Part au 5e étage ou plus (%)",
    "part_logements_qpv": "Part en QPV (%)",
    "surface_moy": "Surface habitable moyenne (m²)",
    "loyer_m2": "Loyer moyen (€/m²)",
    "etage_max": "Étage le plus haut",
    "anciennete_moy": "Ancienneté moyenne (ans)",
    "part_emmenages_recents": "Part d'emménagés récents, moins de 2 ans (%)",
    "secret": "Secret statistique",
}

# Decimals shown in the attribute table and forms (Range widget "Precision").
PERCENT_DECIMALS = 1
OUTPUT_DECIMALS = {name: PERCENT_DECIMALS for name in stock.RATE_FIELDS}
OUTPUT_DECIMALS.update({"surface_moy": 1, "loyer_m2": 2, "etage_max": 0, "anciennete_moy": 1})
OUTPUT_MAXIMUM = {"surface_moy": 10000, "loyer_m2": 1000, "etage_max": 200, "anciennete_moy": 150}

# Expression of the unit's identifier whatever the level (a field absent from the
# layer gives NULL through attribute()). At the floor level: "B12 – étage 3".
UNIT_ID_EXPRESSION = (
    "coalesce("
    "attribute($currentfeature, 'batiment_id')"
    " || coalesce(' – étage ' || to_string(attribute($currentfeature, 'etage')), ''), "
    + ", ".join("attribute($currentfeature, '{}')".format(name)
                for name in ("residence_id", "ilot_id", "code_iris", "code_qpv", "depcom", "code_epci",
                             "bailleur"))
    + ", 'unité ' || to_string($id))"
)
DISPLAY_EXPRESSION = ("{unit} || ' – ' || format_number(coalesce(\"nb_logements\", 0), 0) || "
                      "' logement' || if(coalesce(\"nb_logements\", 0) > 1, 's', '')").format(unit=UNIT_ID_EXPRESSION)


def _percent(field):
    return "coalesce(format_number(\"{f}\", 1) || '{nbsp}%', 'non renseigné')".format(f=field, nbsp=NBSP)


MAP_TIP = (
    "<b>[% {unit} %]</b><br>"
    "Niveau : [% represent_value(\"niveau\") %]<br>"
    "Logements : [% format_number(coalesce(\"nb_logements\", 0), 0) %]<br>"
    "Taux de vacance : [% {vacance} %]<br>"
    "Part PLAI : [% {plai} %]<br>"
    "Ancienneté moyenne : [% coalesce(format_number(\"anciennete_moy\", 1) || ' ans', "
    "if(\"secret\", 'secret statistique', 'non renseignée')) %]"
).format(unit=UNIT_ID_EXPRESSION, vacance=_percent("tx_vacance"), plai=_percent("part_plai"))

# Sequential ColorBrewer palettes (5 classes), light = low.
YL_OR_RD = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
GN_BU = ("#f0f9e8", "#bae4bc", "#7bccc4", "#43a2ca", "#0868ac")

CHOROPLETHS = {
    "indicateurs_parc.qml": {
        "field": "tx_vacance",
        "breaks": (0, 3, 5, 8, 12, 100),
        "colors": YL_OR_RD,
        "key": "vacance",
    },
    "indicateurs_parc_logements.qml": {
        "field": "part_plai",
        "breaks": (0, 5, 10, 20, 40, 100),
        "colors": GN_BU,
        "key": "plai",
    },
}

# ----------------------------------------------------------------------------------
# Output of peuplement:indicateurs_occupation

OCCUPATION_SHARE_ALIASES = {
    "part_personnes_seules": "Personnes seules (%)",
    "part_monoparentales": "Familles monoparentales (%)",
    "part_familles_nombreuses": "Familles nombreuses (%)",
    "part_65_plus": "Titulaires de 65 ans ou plus (%)",
    "part_moins_30": "Titulaires de moins de 30 ans (%)",
    "part_rev_inf_20": "Ressources < 20 % du plafond PLUS (%)",
    "part_rev_inf_40": "Ressources < 40 % du plafond PLUS (%)",
    "part_rev_inf_60": "Ressources < 60 % du plafond PLUS (%)",
    "part_rev_sup_100": "Ressources > 100 % du plafond PLUS (%)",
    "part_apl": "Bénéficiaires APL / AL (%)",
    "part_chomage": "Titulaires au chômage (%)",
    "part_emploi_precaire": "Titulaires en emploi précaire (%)",
    "part_emmenages_recents": "Emménagés récents, moins de 2 ans (%)",
}
# Denominators (n_x: households for which the variable of part_x is known). The shares
# read from one variable have the same denominator; the main share of each variable
# gets the plain label, the others name their share, so that no two columns share an
# alias (an export with aliases as column names needs them distinct).
OCCUPATION_DENOMINATOR_ALIASES = {
    "n_personnes_seules": "Ménages renseignés (composition, personnes seules)",
    "n_monoparentales": "Ménages renseignés (composition)",
    "n_familles_nombreuses": "Ménages renseignés (nombre de personnes)",
    "n_65_plus": "Ménages renseignés (âge du titulaire)",
    "n_moins_30": "Ménages renseignés (âge du titulaire, moins de 30 ans)",
    "n_rev_inf_20": "Ménages renseignés (ressources, < 20 %)",
    "n_rev_inf_40": "Ménages renseignés (ressources)",
    "n_rev_inf_60": "Ménages renseignés (ressources, < 60 %)",
    "n_rev_sup_100": "Ménages renseignés (ressources, > 100 %)",
    "n_apl": "Ménages renseignés (APL / AL)",
    "n_chomage": "Ménages renseignés (activité du titulaire)",
    "n_emploi_precaire": "Ménages renseignés (activité, emploi précaire)",
    "n_emmenages_recents": "Ménages renseignés (date d'emménagement)",
}
OCCUPATION_ALIASES = dict(
    {
        "millesime": "Millésime OPS",
        "nb_menages": "Ménages",
        "nb_personnes": "Personnes",
        "taille_menage": "Personnes par ménage",
        "anciennete_moy": "Ancienneté moyenne (ans)",
        "uc_moy": "Unités de consommation par ménage",
        "nb_uc_approchees": "Ménages à UC approchée (âges des enfants inconnus)",
        "secret": "Secret statistique",
    },
    **OCCUPATION_SHARE_ALIASES, **OCCUPATION_DENOMINATOR_ALIASES)

OCCUPATION_EXTRA_FIELDS = ("uc_moy", "nb_uc_approchees")
OCCUPATION_DECIMALS = {name: PERCENT_DECIMALS for name in occupation.SHARES}
OCCUPATION_DECIMALS.update({"taille_menage": 2, "uc_moy": 2, "anciennete_moy": 1})
OCCUPATION_MAXIMUM = {"taille_menage": 50, "uc_moy": 50, "anciennete_moy": 150}

OCCUPATION_FIELD = "part_rev_inf_40"
OCCUPATION_BREAKS = (0, 20, 35, 50, 65, 100)
# ColorBrewer Purples (5 classes), light = low.
PURPLES = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")
SECRET_LABEL = "Secret statistique (moins de 11 ménages)"
UNKNOWN_LABEL = "Non renseigné"

OCCUPATION_DISPLAY_EXPRESSION = (
    "{unit} || ' – ' || "
    "if(\"nb_menages\" IS NULL, if(coalesce(\"secret\", false), 'secret statistique', 'ménages non renseignés'), "
    "format_number(\"nb_menages\", 0) || ' ménage' || if(\"nb_menages\" > 1, 's', ''))"
).format(unit=UNIT_ID_EXPRESSION)

OCCUPATION_MAP_TIP = (
    "<b>[% {unit} %]</b><br>"
    "Niveau : [% represent_value(\"niveau\") %] – OPS [% \"millesime\" %]<br>"
    "[% if(coalesce(\"secret\", false), 'Secret statistique : chiffres masqués (moins de 11 ménages)<br>', '') %]"
    "Ménages : [% coalesce(format_number(\"nb_menages\", 0), if(coalesce(\"secret\", false), "
    "'secret statistique', 'non renseigné')) %]<br>"
    "Ressources &lt; 40{nbsp}% du plafond PLUS : [% coalesce(format_number(\"part_rev_inf_40\", 1) || '{nbsp}%' || "
    "coalesce(' (n = ' || format_number(\"n_rev_inf_40\", 0) || ')', ''), "
    "if(coalesce(\"secret\", false), 'secret statistique', 'non renseigné')) %]<br>"
    "Personnes par ménage : [% coalesce(format_number(\"taille_menage\", 2), 'non renseigné') %]"
).format(unit=UNIT_ID_EXPRESSION, nbsp=NBSP)


# ----------------------------------------------------------------------------------
# Output of peuplement:fragilite and peuplement:secteurs_fragiles_hors_qpv

# Labels of the variables of the index, for the aliases of their components.
FRAGILITE_VARIABLE_LABELS = {
    "part_rev_inf_40": "ressources < 40 % du plafond PLUS",
    "part_monoparentales": "familles monoparentales",
    "part_chomage": "titulaires au chômage",
    "part_apl": "bénéficiaires APL / AL",
    "tx_rotation": "taux de rotation",
    "tx_vacance": "taux de vacance",
}
FRAGILITE_ALIASES = dict(
    {
        "indice_fragilite": "Indice de fragilité",
        "classe_fragilite": "Classe de fragilité (1 = la moins fragile)",
        "fragile": "Unité fragile",
        "motif_sans_indice": "Motif de l'absence d'indice",
        "tx_rotation": "Taux de rotation (%)",
    },
    **{"z_" + name: "Score centré-réduit : " + label for name, label in FRAGILITE_VARIABLE_LABELS.items()},
    **{"r_" + name: "Rapport à la référence (base 100) : " + label
       for name, label in FRAGILITE_VARIABLE_LABELS.items()})
FRAGILITE_PARC_FIELDS = ("nb_logements", "nb_loues", "nb_vacants", "tx_vacance")
# ColorBrewer RdYlBu (5 classes), reversed: blue = least fragile, red = most fragile.
RD_YL_BU = ("#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c")
FRAGILITE_CLASS_LABELS = ("1 – la moins fragile", "2", "3", "4", "5 – la plus fragile")
FRAGILE_OUTLINE = "#67000d"
NO_INDEX_LABEL = "Pas d'indice (trop peu de ménages, ou variable inconnue)"

FRAGILITE_MAP_TIP = (
    "<b>[% {unit} %]</b><br>"
    "Indice de fragilité : [% coalesce(format_number(\"indice_fragilite\", 2), \"motif_sans_indice\", "
    "'non calculé') %]<br>"
    "Classe : [% coalesce(to_string(\"classe_fragilite\"), '–') %][% if(coalesce(\"fragile\", false), "
    "' (fragile)', '') %]<br>"
    "Ménages : [% coalesce(format_number(\"nb_menages\", 0), 'secret statistique') %]"
).format(unit=UNIT_ID_EXPRESSION)

SECTEUR_ALIASES = {
    "secteur_id": "Secteur",
    "nb_unites": "Unités du secteur",
    "unites": "Identifiants des unités",
    "nb_logements": "Logements",
    "nb_menages": "Ménages",
    "indice_fragilite_moy": "Indice de fragilité moyen (pondéré par les ménages)",
    "distance_qpv_m": "Distance au QPV le plus proche (m)",
    "qpv_proche": "QPV le plus proche",
    "frange_qpv": "Frange de QPV (un seul îlot au bord d'un QPV, pas un secteur)",
    "gi_z": "G* de Getis-Ord du secteur (score z)",
    "gi_p": "G* du secteur : p-valeur (réarrangements aléatoires)",
    "nb_unites_chaudes": "Unités en point chaud significatif",
    "significatif": "Agrégat significatif",
}
SECTEUR_COLOR = "#3f007d"       # dark purple: distinct from the reds / oranges of a QPV fill
SECTEUR_LABEL = ("\"secteur_id\" || ' – ' || format_number(coalesce(\"nb_menages\", 0), 0) || ' ménages'"
                 " || '\\n' || 'indice ' || format_number(\"indice_fragilite_moy\", 2)")

# Outputs of peuplement:flux

_SIDES = {"entrants": "entrants", "sortants": "sortants", "stock": "stock (OPS)"}
_PROFILES = {"q1": "1er quartile", "rev_inf_40": "ressources < 40 % du plafond PLUS",
             "personnes_seules": "personnes seules", "monoparentales": "familles monoparentales"}
FLUX_ALIASES = {
    "periode_debut": "Début de la période",
    "periode_fin": "Fin de la période",
    "nb_logements": "Logements (modes 1 et 2, état RPLS)",
    "nb_entrants": "Entrants (attributions)",
    "nb_sortants": "Sortants (départs)",
    "solde": "Solde entrants − sortants",
    "nb_mutations_sortantes": "Sortants par mutation interne",
    "logements_annees": "Logements × années au 1er janvier (base du taux de rotation)",
    "tx_rotation": "Taux de rotation (%)",
    "nb_emmenagements_un_an": "Emménagements dans les logements en service depuis un an ou plus",
    "logements_un_an_annees": "Logements en service depuis un an ou plus × années",
    "tx_mobilite": "Taux de mobilité SDES (%)",
    "n_anciennete": "Baux connus (ancienneté du parc)",
    "anciennete_moy": "Ancienneté moyenne des occupants (ans)",
    "part_emmenages_recents": "Part d'emménagés récents, moins de 2 ans (%)",
    "n_anciennete_sortants": "Sortants dont l'entrée est connue",
    "anciennete_sortants_moy": "Ancienneté moyenne des sortants (ans)",
    "nb_relocations": "Départs suivis d'une relocation",
    "delai_relocation_moy": "Délai moyen de relocation (jours)",
    "n_vacance_3mois": "Départs dont la suite est connue (vacance)",
    "nb_vacances_3mois": "Départs suivis de plus de 3 mois de vacance",
    "part_vacance_3mois": "Part des départs suivis de plus de 3 mois de vacance (%)",
    "secret": "Secret statistique",
}
for _variable, _label in _PROFILES.items():
    for _side, _side_label in _SIDES.items():
        FLUX_ALIASES["part_{}_{}".format(_variable, _side)] = "Part {} parmi les {} (%)".format(_label, _side_label)
        FLUX_ALIASES["n_{}_{}".format(_variable, _side)] = "{} : {} dont la variable est connue".format(
            _label[:1].upper() + _label[1:], _side_label[:1].upper() + _side_label[1:])
    FLUX_ALIASES["effet_" + _variable] = "Effet des flux, {} (points : entrants − stock)".format(_label)
for _side, _side_label in _SIDES.items():
    FLUX_ALIASES["taille_menage_" + _side] = "Taille moyenne des ménages, {}".format(_side_label)
    FLUX_ALIASES["n_taille_menage_" + _side] = "Ménages de taille connue, {}".format(_side_label)
FLUX_YEARS = range(2010, 2036)
FLUX_YEARLY_ALIASES = {"nb_entrants": "Entrants {}", "nb_sortants": "Sortants {}",
                       "tx_rotation": "Taux de rotation {} (%)", "tx_mobilite": "Taux de mobilité {} (%)"}
FLUX_FIELD = "tx_rotation"
FLUX_BREAKS = (0, 6, 8, 10, 12, 100)
ORANGES = ("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603")
FLUX_MAP_TIP = (
    "<b>[% {unit} %]</b><br>"
    "Période : [% format_date(\"periode_debut\", 'dd/MM/yyyy') %] – "
    "[% format_date(\"periode_fin\", 'dd/MM/yyyy') %]<br>"
    "Entrants : [% coalesce(\"nb_entrants\", 0) %] – sortants : [% coalesce(\"nb_sortants\", 0) %]<br>"
    "Taux de rotation : [% {rotation} %]<br>"
    "Taux de mobilité : [% {mobilite} %]<br>"
    "Effet des flux (1er quartile) : [% coalesce(format_number(\"effet_q1\", 1) || ' points', "
    "if(\"secret\", 'secret statistique', 'non renseigné')) %]"
).format(unit=UNIT_ID_EXPRESSION, rotation=_percent("tx_rotation"), mobilite=_percent("tx_mobilite"))

FLUX_LINE_ALIASES = {
    "origine": "Unité d'origine",
    "destination": "Unité de destination",
    "nb_departs": "Départs (mutations internes)",
    "part_departs_origine": "Part des départs de l'origine (%)",
}
# Width of a flow line (mm) from its count: proportional to the square root of the
# count, so that the area-like impression of a thick arrow follows the count.
FLUX_WIDTH_EXPRESSION = ("0.4 + 3.6 * sqrt(coalesce(\"nb_departs\", 0) / "
                         "max(1, maximum(\"nb_departs\")))")
FLUX_COLOR = "#2b8cbe"
OD_ALIASES = {
    "echelle": "Échelle (unité ou QPV / hors QPV)",
    "origine": "Origine",
    "type_destination": "Type de destination",
    "destination": "Destination",
    "nb_departs": "Départs",
    "part_departs_origine": "Part des départs de l'origine (%)",
    "nb_flux_regroupes": "Flux regroupés (secret statistique)",
    "secret": "Secret statistique",
}
MOTIF_ALIASES = {
    "secteur": "Secteur (QPV, hors QPV, ensemble)",
    "source": "Source (départs ou enquête)",
    "motif": "Motif",
    "nb": "Ménages",
    "n_secteur": "Ménages du secteur",
    "part": "Part (%)",
    "satisfaction_moy": "Satisfaction moyenne (1 à 5)",
    "secret": "Secret statistique",
}
SERIES_ALIASES = {
    "unite": "Unité",
    "annee": "Année",
    "debut": "Début (dans la période)",
    "fin": "Fin (dans la période)",
    "fraction_annee": "Part de l'année dans la période",
    "nb_logements_debut": "Logements (modes 1 et 2) au 1er janvier",
    "nb_entrants": "Entrants",
    "nb_sortants": "Sortants",
    "solde": "Solde entrants − sortants",
    "tx_rotation": "Taux de rotation (%)",
    "nb_logements_un_an": "Logements en service depuis un an ou plus",
    "nb_emmenagements_un_an": "Emménagements dans ces logements",
    "tx_mobilite": "Taux de mobilité SDES (%)",
}


def flux_fields():
    """(name, type) of every field the units output of peuplement:flux can have (the
    yearly columns for every year of ``FLUX_YEARS``)."""
    fields = [(name, FieldType.String) for name in _unit_id_fields() if name != "etage"]
    fields.insert(1, ("etage", FieldType.Int))
    fields += [("nom", FieldType.String), ("niveau", FieldType.String), ("periode_debut", FieldType.Date),
               ("periode_fin", FieldType.Date)]
    for name in FLUX_ALIASES:
        if name in ("periode_debut", "periode_fin"):
            continue
        counted = name.startswith(("nb_", "n_")) or name == "solde"
        fields.append((name, FieldType.Bool if name == "secret" else FieldType.Int if counted else FieldType.Double))
    for year in FLUX_YEARS:
        for name in FLUX_YEARLY_ALIASES:
            fields.append(("{}_{}".format(name, year), FieldType.Int if name.startswith("nb_") else FieldType.Double))
    return fields


def flux_aliases():
    aliases = dict(UNIT_FIELD_ALIASES, **FLUX_ALIASES)
    for year in FLUX_YEARS:
        for name, label in FLUX_YEARLY_ALIASES.items():
            aliases["{}_{}".format(name, year)] = label.format(year)
    return aliases


def flux_layer():
    fields = flux_fields()
    aliases = flux_aliases()
    _check_aliases(fields, aliases, "flux")
    layer = _memory_layer("MultiPolygon", fields, "flux")
    set_aliases(layer, aliases)
    decimals = {name: PERCENT_DECIMALS for name, _ in fields
                if name.startswith(("tx_", "part_", "effet_")) or name in ("anciennete_moy", "anciennete_sortants_moy",
                                                                           "delai_relocation_moy")}
    decimals.update({"taille_menage_entrants": 2, "taille_menage_sortants": 2, "taille_menage_stock": 2,
                     "logements_annees": 1, "logements_un_an_annees": 1})
    maximum = {"anciennete_moy": 150, "anciennete_sortants_moy": 150, "delai_relocation_moy": 100000,
               "taille_menage_entrants": 50, "taille_menage_sortants": 50, "taille_menage_stock": 50,
               "logements_annees": 10 ** 8, "logements_un_an_annees": 10 ** 8}
    set_decimals(layer, {k: v for k, v in decimals.items() if not k.startswith("effet_")}, maximum)
    set_decimals(layer, {k: v for k, v in decimals.items() if k.startswith("effet_")}, minimum=-100)
    labels = {level_id: label[:1].upper() + label[1:] for level_id, label in levels.LEVEL_LABELS.items()}
    set_value_map(layer, "niveau", labels)
    layer.setRenderer(choropleth_renderer(FLUX_FIELD, FLUX_BREAKS, ORANGES, "rotation"))
    layer.setLabeling(value_labels(FLUX_FIELD, FLUX_BREAKS[3]))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression(DISPLAY_EXPRESSION)
    layer.setMapTipTemplate(FLUX_MAP_TIP)
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, aliases[FLUX_FIELD])
    return layer


def flow_arrow_symbol():
    """A curved arrow (two flows A → B and B → A stay apart) whose body and head widths
    follow ``FLUX_WIDTH_EXPRESSION``."""
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(True)
    arrow.setIsRepeated(False)
    arrow.setHeadType(QgsArrowSymbolLayer.HeadSingle)
    arrow.setArrowType(QgsArrowSymbolLayer.ArrowPlain)
    for setter in (arrow.setArrowWidthUnit, arrow.setArrowStartWidthUnit, arrow.setHeadLengthUnit,
                   arrow.setHeadThicknessUnit):
        setter(QgsUnitTypes.RenderMillimeters)
    arrow.setArrowWidth(1.0)
    arrow.setArrowStartWidth(1.0)
    arrow.setHeadLength(2.5)
    arrow.setHeadThickness(1.5)
    width = QgsProperty.fromExpression(FLUX_WIDTH_EXPRESSION)
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowWidth, width)
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowStartWidth, width)
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowHeadLength,
                                 QgsProperty.fromExpression("2 + 1.5 * ({})".format(FLUX_WIDTH_EXPRESSION)))
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowHeadThickness,
                                 QgsProperty.fromExpression("1 + 0.8 * ({})".format(FLUX_WIDTH_EXPRESSION)))
    fill = QgsFillSymbol()
    body = QgsSimpleFillSymbolLayer(QColor(FLUX_COLOR))
    body.setStrokeColor(QColor("#ffffff"))
    body.setStrokeWidth(0.1)
    fill.changeSymbolLayer(0, body)
    fill.setOpacity(0.85)
    arrow.setSubSymbol(fill)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    return symbol


def flux_lignes_layer():
    fields = [("origine", FieldType.String), ("destination", FieldType.String), ("nb_departs", FieldType.Int),
              ("part_departs_origine", FieldType.Double)]
    _check_aliases(fields, FLUX_LINE_ALIASES, "flow lines")
    layer = _memory_layer("LineString", fields, "flux_lignes")
    set_aliases(layer, FLUX_LINE_ALIASES)
    set_decimals(layer, {"part_departs_origine": PERCENT_DECIMALS})
    renderer = QgsSingleSymbolRenderer(flow_arrow_symbol())
    layer.setRenderer(renderer)
    layer.setDisplayExpression("\"origine\" || ' → ' || \"destination\" || ' : ' || \"nb_departs\"")
    layer.setMapTipTemplate("<b>[% \"origine\" %] → [% \"destination\" %]</b><br>"
                            "[% \"nb_departs\" %] départ(s), "
                            "[% format_number(\"part_departs_origine\", 1) %] % des départs de l'origine")
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, FLUX_LINE_ALIASES["nb_departs"])
    return layer


def _table_layer(name, fields, aliases, decimals):
    _check_aliases(fields, aliases, name)
    layer = _memory_layer("None", fields, name)
    set_aliases(layer, aliases)
    set_decimals(layer, decimals)
    return layer


def flux_od_layer():
    types = {"nb_departs": FieldType.Int, "nb_flux_regroupes": FieldType.Int,
             "part_departs_origine": FieldType.Double, "secret": FieldType.Bool}
    fields = [(name, types.get(name, FieldType.String)) for name in mobilite.OD_COLUMNS]
    layer = _table_layer("flux_od", fields, OD_ALIASES, {"part_departs_origine": PERCENT_DECIMALS})
    layer.setDisplayExpression("\"origine\" || ' → ' || \"destination\"")
    return layer


def flux_motifs_layer():
    types = {"nb": FieldType.Int, "n_secteur": FieldType.Int, "part": FieldType.Double,
             "satisfaction_moy": FieldType.Double, "secret": FieldType.Bool}
    fields = [(name, types.get(name, FieldType.String)) for name in mobilite.MOTIF_COLUMNS]
    layer = _table_layer("flux_motifs", fields, MOTIF_ALIASES, {"part": PERCENT_DECIMALS})
    set_decimals(layer, {"satisfaction_moy": 2}, {"satisfaction_moy": 5})
    return layer


def flux_series_layer():
    types = {"annee": FieldType.Int, "debut": FieldType.Date, "fin": FieldType.Date, "fraction_annee": FieldType.Double,
             "tx_rotation": FieldType.Double, "tx_mobilite": FieldType.Double, "unite": FieldType.String}
    fields = [(name, types.get(name, FieldType.Int)) for name in SERIES_ALIASES]
    layer = _table_layer("flux_series", fields, SERIES_ALIASES,
                         {"tx_rotation": PERCENT_DECIMALS, "tx_mobilite": PERCENT_DECIMALS})
    set_decimals(layer, {"fraction_annee": 3}, {"fraction_annee": 1})
    return layer


# ----------------------------------------------------------------------------------
# Canonical tables (core.schemas) and validation report (core.importer)

CANONICAL_ALIASES = {
    # logements (RPLS)
    "logement_id": "Identifiant du logement",
    "batiment_id": "Identifiant de l'immeuble",
    "residence_id": "Programme / résidence",
    "bailleur": "Bailleur",
    "etage": "Étage",
    "nb_pieces": "Nombre de pièces",
    "surface": "Surface habitable (m²)",
    "finan": "Famille de financement",
    "mode_occupation": "Mode d'occupation",
    "date_bail": "Date d'effet du bail",
    "date_vacance": "Date de début de vacance",
    "loyer": "Loyer principal (€/mois)",
    "contingent": "Contingent (réservataire)",
    "depcom": "Commune (code INSEE)",
    "code_iris": "IRIS",
    "code_qpv": "QPV",
    "annee_mise_location": "Année de première mise en location",
    "annee_construction": "Année de construction",
    "nb_logements": "Nombre de logements",
    "x": "Coordonnée X",
    "y": "Coordonnée Y",
    "epsg": "Système de coordonnées (EPSG)",
    # ménages (OPS)
    "millesime": "Millésime de l'enquête",
    "nb_personnes": "Nombre de personnes",
    "nb_enfants_moins_14": "Enfants de moins de 14 ans",
    "composition": "Composition du ménage",
    "age_titulaire": "Âge du titulaire du bail",
    "age_conjoint": "Âge du conjoint ou cotitulaire",
    "handicap": "Membre en situation de handicap",
    "revenu_annuel": "Revenu annuel (€)",
    "tranche_plafond": "Tranche de ressources (plafonds)",
    "apl": "Bénéficiaire APL / AL",
    "activite_titulaire": "Activité du titulaire",
    "date_emmenagement": "Date d'emménagement",
    # attributions (SNE)
    "attribution_id": "Numéro d'attribution",
    "date_attribution": "Date d'attribution (signature du bail)",
    "revenu_mensuel": "Revenu mensuel (€)",
    "quartile": "Quartile de revenu",
    "dalo": "Ménage DALO",
    "prioritaire": "Public prioritaire",
    "relogement_renouvellement": "Relogement (renouvellement urbain)",
    "reservataire": "Réservataire",
    "mutation": "Mutation (déjà locataire du parc social)",
    # départs
    "date_depart": "Date de départ",
    "motif": "Motif du départ",
    "destination_depcom": "Commune de destination (code INSEE)",
    "destination_logement_id": "Logement de destination",
    # demandes (SNE)
    "demande_id": "Numéro unique de la demande",
    "date_depot": "Date de dépôt",
    "typologie_souhaitee": "Typologie souhaitée",
    "date_radiation": "Date de radiation",
    "epci": "EPCI",
    "communes_souhaitees": "Communes souhaitées",
    # enquête mobilité
    "enquete_id": "Identifiant de la réponse",
    "code_qpv_origine": "QPV d'origine",
    "motif_depart": "Motif(s) du départ",
    "satisfaction": "Satisfaction (1 à 5)",
    "texte": "Commentaire libre",
}
# Columns the import adds to a dwellings table read from a point layer.
CANONICAL_EXTRA = {"x": schemas.FLOAT, "y": schemas.FLOAT, "epsg": schemas.INT}
CANONICAL_DECIMALS = {"surface": 1, "loyer": 2, "revenu_annuel": 0, "revenu_mensuel": 0, "x": 2, "y": 2}
CANONICAL_CODES = {
    "mode_occupation": codes.MODE_OCCUPATION,
    "contingent": codes.CONTINGENT,
    "reservataire": codes.CONTINGENT,
}

REPORT_ALIASES = {
    "niveau": "Niveau",
    "champ": "Champ",
    "colonne_source": "Colonne source",
    "probleme": "Problème",
    "nb_lignes": "Lignes concernées",
    "lignes": "Numéros de lignes",
    "exemples": "Exemples de valeurs",
}
REPORT_WIDTHS = {"niveau": 110, "champ": 140, "colonne_source": 140, "probleme": 420, "nb_lignes": 110,
                 "lignes": 200, "exemples": 240}
# (value of niveau, background, text colour, bold)
REPORT_ROW_STYLES = (
    (importer.AVERTISSEMENT, "#ffb74d", "#000000", False),   # orange
    (importer.ERREUR, "#e53935", "#ffffff", True),           # red
)

_QVARIANT = {
    schemas.TEXT: FieldType.String, schemas.INT: FieldType.Int, schemas.FLOAT: FieldType.Double,
    schemas.DATE: FieldType.Date, schemas.BOOL: FieldType.Bool, schemas.FLOOR: FieldType.Int,
    schemas.FINAN: FieldType.String, schemas.MODE: FieldType.Int, schemas.CONTINGENT: FieldType.Int,
    schemas.COMPOSITION: FieldType.String, schemas.ACTIVITE: FieldType.String,
    schemas.TRANCHE: FieldType.String, schemas.QPV: FieldType.String,
}


OBJECTIFS_ALIASES = {
    "annee": "Année",
    "niveau": "Regroupement",
    "groupe": "Groupe",
    "objectif": "Objectif",
    "libelle": "Libellé de l'objectif",
    "nb_attributions": "Attributions (dénominateur)",
    "nb_public": "Attributions au public visé",
    "part_public": "Taux (%)",
    "objectif_pct": "Objectif (%)",
    "ecart_points": "Écart à l'objectif (points)",
    "nb_manquantes": "Attributions manquantes",
    "statut": "Statut",
    "nb_q1": "Ménages du 1er quartile",
    "nb_q2_q4": "Ménages des quartiles 2 à 4",
    "nb_relogements": "Ménages relogés (renouvellement urbain)",
    "nb_dalo_prioritaires": "Ménages DALO ou prioritaires",
    "nb_revenu_inconnu": "Revenu inconnu",
    "nb_uc_approchees": "UC approchées",
    "nb_dalo": "Ménages DALO",
    "part_dalo": "Part des ménages DALO (%)",
    "perimetre": "Attributions comptées",
    "nb_etat_exclues": "Attributions du contingent de l'État écartées",
    "secret": "Secret statistique",
}
OBJECTIFS_LABELS = {name: objectifs.LIBELLES_COURTS[name] for name in objectifs.INDICATEURS}
# (statut, background, text colour)
OBJECTIFS_ROW_STYLES = (
    ("atteint", "#c8e6c9", "#1b5e20"),
    ("proche", "#ffe0b2", "#e65100"),
    ("non atteint", "#ffcdd2", "#b71c1c"),
)
SEUILS_ALIASES = {
    "epci": "EPCI",
    "annee": "Année",
    "limite_q1": "Limite du 1er quartile (€ par UC et par an)",
    "limite_q2": "Limite du 2e quartile (€ par UC et par an)",
    "limite_q3": "Limite du 3e quartile (€ par UC et par an)",
    "source": "Source du seuil",
    "limite_q1_calculee": "Limite du 1er quartile calculée sur les demandes (€ par UC et par an)",
    "nb_demandes": "Demandes en cours",
    "nb_demandes_revenu_connu": "Demandes au revenu connu",
    "nb_uc_approchees": "UC approchées",
    "annee_seuil": "Année du seuil (vide : toutes les années)",
    "date_demandes": "Date du stock de demandes",
    "perimetre": "Périmètre du seuil (EPCI ou région)",
    "origine": "Origine du seuil",
}
PRESSION_ALIASES = {
    "annee": "Année",
    "echelle": "Échelle",
    "epci": "EPCI",
    "code": "EPCI, commune souhaitée, typologie ou mutation",
    "nb_demandes": "Demandes en cours au 31 décembre",
    "nb_attributions": "Attributions de l'année",
    "tension": "Tension (demandes pour une attribution)",
    "secret": "Secret statistique",
}
PRESSION_ECHELLES = {"epci": "EPCI", "commune": "Commune (1re souhaitée / du logement attribué)",
                     "typologie": "Typologie", "mutation": "Mutation / hors mutation"}
# (condition, background, text colour): reading bands of the tension (applications for one
# attribution: under 4, 4 to 10, 10 or more), a local convention to edit in the layer.
PRESSION_ROW_STYLES = (
    ('"tension" >= 10', "#ffcdd2", "#b71c1c"),
    ('"tension" >= 4 AND "tension" < 10', "#ffe0b2", "#e65100"),
    ('"tension" < 4', "#c8e6c9", "#1b5e20"),
)
ATTRIBUTIONS_ALIASES = {
    "attribution_id": "Numéro d'attribution",
    "logement_id": "Identifiant du logement",
    "date_attribution": "Date de signature du bail",
    "annee": "Année",
    "epci": "EPCI",
    "depcom": "Commune",
    "bailleur": "Bailleur",
    "reservataire": "Réservataire",
    "code_qpv": "QPV",
    "en_qpv": "Logement en QPV",
    "nb_personnes": "Nombre de personnes",
    "nb_enfants_moins_14": "Enfants de moins de 14 ans",
    "uc": "Unités de consommation",
    "uc_approchee": "UC approchée",
    "revenu_uc": "Revenu annuel par UC (€)",
    "limite_q1": "Limite du 1er quartile (€ par UC)",
    "quartile": "Quartile",
    "q1": "1er quartile",
    "relogement_renouvellement": "Relogé (renouvellement urbain)",
    "dalo": "DALO",
    "prioritaire": "Public prioritaire",
    "public_prioritaire": "DALO ou prioritaire",
}
# (rule key, label, filter, colour)
ATTRIBUTIONS_CLASSES = (
    ("qpv", "Logement en QPV", "\"en_qpv\" = true", "#d81b60"),
    ("hors_qpv", "Logement hors QPV", "\"en_qpv\" = false", "#1e88e5"),
    ("inconnu", "Statut QPV inconnu", "\"en_qpv\" IS NULL", "#9e9e9e"),
)
ATTRIBUTIONS_RING = ("public_q1", "1er quartile ou relogé (anneau)",
                     "\"q1\" = true OR \"relogement_renouvellement\" = true", "#212121")


# ----------------------------------------------------------------------------------
# Layers with the fields of each output


def _memory_layer(geometry, fields, name):
    """An empty memory layer with ``fields`` = [(name, FieldType)]."""
    layer = QgsVectorLayer("{}?crs=EPSG:2154".format(geometry) if geometry != "None" else "None", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(field_name, qtype) for field_name, qtype in fields])
    layer.updateFields()
    return layer


def output_fields():
    """(name, type) of every field the output of indicateurs_parc can have, the unit
    identifier (all default names) first."""
    fields = [(name, FieldType.String) for name in _unit_id_fields() if name != "etage"]
    fields.insert(1, ("etage", FieldType.Int))
    fields += [("nom", FieldType.String), ("niveau", FieldType.String)]
    fields += [(name, FieldType.Int) for name in stock.COUNT_FIELDS]
    fields += [(name, FieldType.Double) for name in stock.RATE_FIELDS]
    fields.append(("secret", FieldType.Bool))
    return fields


def occupation_fields():
    """(name, type) of every field the output of indicateurs_occupation can have, as the
    algorithm writes them: the unit identifier (all default names) first, counts and
    denominators as integers, shares and means as reals."""
    fields = [(name, FieldType.String) for name in _unit_id_fields() if name != "etage"]
    fields.insert(1, ("etage", FieldType.Int))
    fields += [("nom", FieldType.String), ("niveau", FieldType.String), ("millesime", FieldType.Int)]
    for name in occupation.OCCUPATION_FIELDS + OCCUPATION_EXTRA_FIELDS:
        counted = name.startswith(("nb_", "n_"))
        fields.append((name, FieldType.Int if counted else FieldType.Double))
    fields.append(("secret", FieldType.Bool))
    return fields


def fragilite_fields():
    """(name, type) of the fields of fragilite's output on the usual input: the
    occupancy indicators joined with the vacancy of indicateurs_parc and tx_rotation,
    each default variable's two possible components, and the index's own fields."""
    fields = occupation_fields()
    fields += [(name, FieldType.Int if name.startswith("nb_") else FieldType.Double)
               for name in FRAGILITE_PARC_FIELDS + ("tx_rotation",)]
    for prefix in ("z_", "r_"):
        fields += [(prefix + name, FieldType.Double) for name in fragilite.DEFAULT_VARIABLES]
    fields += [("indice_fragilite", FieldType.Double), ("classe_fragilite", FieldType.Int),
               ("fragile", FieldType.Bool), ("motif_sans_indice", FieldType.String)]
    return fields


def secteur_fields():
    types = {"secteur_id": FieldType.String, "unites": FieldType.String, "qpv_proche": FieldType.String,
             "indice_fragilite_moy": FieldType.Double, "distance_qpv_m": FieldType.Double,
             "gi_z": FieldType.Double, "gi_p": FieldType.Double, "significatif": FieldType.Bool,
             "frange_qpv": FieldType.Bool}
    return [(name, types.get(name, FieldType.Int)) for name in SECTEUR_ALIASES]


def _unit_id_fields():
    names = []
    for name in ["batiment_id", "etage"] + list(levels.DEFAULT_UNIT_ID.values()):
        if name not in names:
            names.append(name)
    return names


def canonical_fields():
    """(name, type) of the fields of every canonical table, each name once."""
    fields = {}
    for table in schemas.TABLES.values():
        for f in table.fields:
            fields.setdefault(f.name, _QVARIANT[f.kind])
    for name, kind in CANONICAL_EXTRA.items():
        fields.setdefault(name, _QVARIANT[kind])
    return list(fields.items())


def report_fields():
    return [(name, FieldType.Int if name == "nb_lignes" else FieldType.String) for name in importer.REPORT_COLUMNS]


def _check_aliases(fields, aliases, what):
    missing = [name for name, _ in fields if name not in aliases]
    if missing:
        raise SystemExit("build_styles: no French alias for the {} field(s) {}: add them to "
                         "scripts/build_styles.py".format(what, ", ".join(missing)))


# ----------------------------------------------------------------------------------
# Symbols, renderers, labels


def class_symbol(color):
    symbol = QgsFillSymbol()
    fill = QgsSimpleFillSymbolLayer(QColor(color))
    fill.setStrokeColor(QColor(OUTLINE_COLOR))
    fill.setStrokeWidth(OUTLINE_WIDTH)
    fill.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
    fill.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.changeSymbolLayer(0, fill)
    return symbol


def null_symbol():
    """Light grey, hatched: unknown or masked (secret statistique)."""
    return hatched("#efefef", "#a8a8a8", 1.4, (45,))


def unknown_symbol():
    """White with sparse grey dots, no hatching: a value that is simply not known (lighter
    than the secret, and not mistaken for the lightest class)."""
    symbol = plain_base("#ffffff")
    dot = QgsSimpleMarkerSymbolLayer()
    dot.setSize(0.5)
    dot.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    dot.setColor(QColor("#969696"))
    dot.setStrokeStyle(Qt.PenStyle.NoPen)
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, dot)
    dots = QgsPointPatternFillSymbolLayer()
    dots.setSubSymbol(marker)
    for setter in (dots.setDistanceX, dots.setDistanceY):
        setter(1.6)
    dots.setDistanceXUnit(QgsUnitTypes.RenderMillimeters)
    dots.setDistanceYUnit(QgsUnitTypes.RenderMillimeters)
    symbol.appendSymbolLayer(dots)
    return add_outline(symbol, "#bdbdbd")


def _number(value):
    return "{:g}".format(value).replace(".", ",")


def class_rules(field, breaks):
    """(key suffix, filter, label) of the classes (renderers.class_expressions), labelled
    in French."""
    rules = []
    expressions = class_expressions(field, breaks)
    for i, (low, high, expression) in enumerate(expressions):
        if 0 < i == len(expressions) - 1:
            label = "Plus de {}{}%".format(_number(low), NBSP)
        else:
            label = "{} à {}{}%".format(_number(low), _number(high), NBSP)
        rules.append(("{}_{}".format(_number(low), _number(high)), expression, label))
    return rules


def choropleth_renderer(field, breaks, colors, key):
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("{}_root".format(key))
    for (suffix, expression, label), color in zip(class_rules(field, breaks), colors):
        rule = QgsRuleBasedRenderer.Rule(class_symbol(color), 0, 0, expression, label)
        rule.setRuleKey("{}_{}".format(key, suffix))
        root.appendChild(rule)
    rule = QgsRuleBasedRenderer.Rule(null_symbol(), 0, 0, '"{}" IS NULL'.format(field), NULL_LABEL,
                                     "Valeur inconnue, ou masquée par le secret statistique")
    rule.setRuleKey("{}_null".format(key))
    root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def occupation_renderer(field, breaks, colors, key):
    """The classes of ``field``, then two classes for a NULL value: masked by the secret
    statistique (``secret`` true), or not known (``secret`` false or NULL). The classes
    test the value only: a published value is drawn whatever ``secret`` says."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("{}_root".format(key))
    for (suffix, expression, label), color in zip(class_rules(field, breaks), colors):
        rule = QgsRuleBasedRenderer.Rule(class_symbol(color), 0, 0, expression, label)
        rule.setRuleKey("{}_{}".format(key, suffix))
        root.appendChild(rule)
    secret = 'coalesce("secret", false)'
    for suffix, symbol, expression, label, description in (
            ("secret", secret_symbol(), '"{}" IS NULL AND {}'.format(field, secret), SECRET_LABEL,
             "Chiffres masqués par le secret statistique"),
            ("null", unknown_symbol(), '"{}" IS NULL AND NOT {}'.format(field, secret), UNKNOWN_LABEL,
             "Aucun ménage pour lequel la variable est connue")):
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label, description)
        rule.setRuleKey("{}_{}".format(key, suffix))
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def value_labels(field, dark_above):
    """The value of each unit ("4,2 %"), dark with a white halo on the light classes,
    white on the two darkest ones (value above ``dark_above``)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "if(\"{f}\" IS NULL, '', format_number(\"{f}\", 1) || '{nbsp}%')".format(f=field, nbsp=NBSP)
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.centroidInside = True
    settings.fitInPolygonOnly = True
    text = QgsTextFormat()
    font = QFont(LABEL_FONT)
    text.setFont(font)
    text.setSize(7)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor("#252525"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    dark = '"{}" > {}'.format(field, dark_above)
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Color,
                           QgsProperty.fromExpression("if({}, '#ffffff', '#252525')".format(dark)))
    properties.setProperty(QgsPalLayerSettings.BufferDraw, QgsProperty.fromExpression("not ({})".format(dark)))
    settings.setDataDefinedProperties(properties)
    return QgsVectorLayerSimpleLabeling(settings)


# ----------------------------------------------------------------------------------
# Field configuration


def set_aliases(layer, aliases):
    for index, field in enumerate(layer.fields()):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])


def set_decimals(layer, decimals, maximum=None, minimum=0):
    """Range widget with a precision: the attribute table shows that many decimals."""
    maximum = maximum or {}
    for name, places in decimals.items():
        index = layer.fields().indexOf(name)
        if index < 0:
            continue
        config = {
            "AllowNull": True,
            "Precision": places,
            "Step": 10 ** -places if places else 1,
            "Min": minimum,
            "Max": maximum.get(name, 100),
            "Style": "SpinBox",
        }
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Range", config))


def set_value_map(layer, name, mapping):
    """Codes shown with their meaning ("2 – vacant proposé à la location")."""
    index = layer.fields().indexOf(name)
    if index < 0:
        return
    entries = [{"{} – {}".format(code, label): str(code)} for code, label in mapping.items()]
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))


def set_column_widths(layer, widths):
    config = layer.attributeTableConfig()
    config.update(layer.fields())
    columns = config.columns()
    for column in columns:
        if column.type == QgsAttributeTableConfig.Field and column.name in widths:
            column.width = widths[column.name]
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


# ----------------------------------------------------------------------------------
# The styles


def indicateurs_layer(spec):
    fields = output_fields()
    aliases = dict(UNIT_FIELD_ALIASES, **OUTPUT_ALIASES)
    _check_aliases(fields, aliases, "indicateurs_parc")
    layer = _memory_layer("MultiPolygon", fields, "indicateurs_parc")
    set_aliases(layer, aliases)
    set_decimals(layer, OUTPUT_DECIMALS, OUTPUT_MAXIMUM)
    labels = {level_id: label[:1].upper() + label[1:] for level_id, label in levels.LEVEL_LABELS.items()}
    set_value_map(layer, "niveau", labels)
    layer.setRenderer(choropleth_renderer(spec["field"], spec["breaks"], spec["colors"], spec["key"]))
    layer.setLabeling(value_labels(spec["field"], spec["breaks"][3]))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression(DISPLAY_EXPRESSION)
    layer.setMapTipTemplate(MAP_TIP)
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, aliases[spec["field"]])
    return layer


def indicateurs_occupation_layer():
    fields = occupation_fields()
    aliases = dict(UNIT_FIELD_ALIASES, **OCCUPATION_ALIASES)
    _check_aliases(fields, aliases, "indicateurs_occupation")
    layer = _memory_layer("MultiPolygon", fields, "indicateurs_occupation")
    set_aliases(layer, aliases)
    set_decimals(layer, OCCUPATION_DECIMALS, OCCUPATION_MAXIMUM)
    labels = {level_id: label[:1].upper() + label[1:] for level_id, label in levels.LEVEL_LABELS.items()}
    set_value_map(layer, "niveau", labels)
    layer.setRenderer(occupation_renderer(OCCUPATION_FIELD, OCCUPATION_BREAKS, PURPLES, "rev40"))
    layer.setLabeling(value_labels(OCCUPATION_FIELD, OCCUPATION_BREAKS[3]))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression(OCCUPATION_DISPLAY_EXPRESSION)
    layer.setMapTipTemplate(OCCUPATION_MAP_TIP)
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, aliases[OCCUPATION_FIELD])
    return layer


def fragilite_renderer():
    """One rule per class (diverging), the units without index in two hatched classes
    (masked by the secret statistique / not computed), the fragile units outlined."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("fragilite_root")
    last = len(RD_YL_BU)
    for k, (color, label) in enumerate(zip(RD_YL_BU, FRAGILITE_CLASS_LABELS), start=1):
        expression = '"classe_fragilite" = {}'.format(k) if k < last else '"classe_fragilite" >= {}'.format(k)
        rule = QgsRuleBasedRenderer.Rule(class_symbol(color), 0, 0, expression, label)
        rule.setRuleKey("fragilite_classe_{}".format(k))
        root.appendChild(rule)
    secret = "(coalesce(\"secret\", false) OR \"motif_sans_indice\" = '{}')".format(fragilite.MOTIF_SECRET)
    for suffix, symbol, expression, label in (
            ("secret", secret_symbol(), '"classe_fragilite" IS NULL AND {}'.format(secret), SECRET_LABEL),
            ("null", unknown_symbol(), '"classe_fragilite" IS NULL AND NOT {}'.format(secret), NO_INDEX_LABEL)):
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        rule.setRuleKey("fragilite_{}".format(suffix))
        root.appendChild(rule)
    outline = QgsFillSymbol()
    line = QgsSimpleLineSymbolLayer(QColor(FRAGILE_OUTLINE), 0.6)
    line.setWidthUnit(QgsUnitTypes.RenderMillimeters)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    outline.changeSymbolLayer(0, line)
    rule = QgsRuleBasedRenderer.Rule(outline, 0, 0, 'coalesce("fragile", false)', "Unité fragile")
    rule.setRuleKey("fragilite_fragile")
    root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def _text_format(size, color, halo):
    text = QgsTextFormat()
    text.setFont(QFont(LABEL_FONT))
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor(halo))
    buffer.setOpacity(0.9)
    text.setBuffer(buffer)
    return text


def fragilite_labels():
    """The index (2 decimals) of the fragile units only: the map stays readable."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "if(coalesce(\"fragile\", false), format_number(\"indice_fragilite\", 2), '')"
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.centroidInside = True
    settings.setFormat(_text_format(7, "#252525", "#ffffff"))
    return QgsVectorLayerSimpleLabeling(settings)


def fragilite_layer():
    fields = fragilite_fields()
    aliases = {}
    for part in (UNIT_FIELD_ALIASES, OUTPUT_ALIASES, OCCUPATION_ALIASES, FRAGILITE_ALIASES):
        aliases.update(part)
    _check_aliases(fields, aliases, "fragilite")
    layer = _memory_layer("MultiPolygon", fields, "fragilite")
    set_aliases(layer, aliases)
    decimals = dict(OCCUPATION_DECIMALS, tx_vacance=PERCENT_DECIMALS, tx_rotation=PERCENT_DECIMALS,
                    indice_fragilite=2)
    decimals.update({name: 2 for name, _ in fields if name.startswith(("z_", "r_"))})
    set_decimals(layer, decimals, dict(OCCUPATION_MAXIMUM, indice_fragilite=1000,
                                       **{name: 1000 for name, _ in fields if name.startswith(("z_", "r_"))}),
                 minimum=-1000)
    labels = {level_id: label[:1].upper() + label[1:] for level_id, label in levels.LEVEL_LABELS.items()}
    set_value_map(layer, "niveau", labels)
    layer.setRenderer(fragilite_renderer())
    layer.setLabeling(fragilite_labels())
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression("{} || ' – indice ' || coalesce(format_number(\"indice_fragilite\", 2), 'non "
                               "calculé')".format(UNIT_ID_EXPRESSION))
    layer.setMapTipTemplate(FRAGILITE_MAP_TIP)
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, "Classe de fragilité socio-locative")
    return layer


def _sector_symbol(dashed, dotted=False):
    """A white casing under a dark purple outline, no fill: readable over a QPV fill."""
    symbol = QgsFillSymbol()
    casing = QgsSimpleLineSymbolLayer(QColor("#ffffff"), 1.6)
    casing.setWidthUnit(QgsUnitTypes.RenderMillimeters)
    casing.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.changeSymbolLayer(0, casing)
    line = QgsSimpleLineSymbolLayer(QColor(SECTEUR_COLOR), 0.8)
    line.setWidthUnit(QgsUnitTypes.RenderMillimeters)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        line.setPenStyle(Qt.PenStyle.DashLine)
    if dotted:
        line.setPenStyle(Qt.PenStyle.DotLine)
        line.setWidth(0.5)
    symbol.appendSymbolLayer(line)
    return symbol


def secteurs_layer():
    fields = secteur_fields()
    _check_aliases(fields, SECTEUR_ALIASES, "secteurs_fragiles_hors_qpv")
    layer = _memory_layer("MultiPolygon", fields, "secteurs_fragiles_hors_qpv")
    set_aliases(layer, SECTEUR_ALIASES)
    set_decimals(layer, {"indice_fragilite_moy": 2, "distance_qpv_m": 0, "gi_z": 2, "gi_p": 4},
                 {"indice_fragilite_moy": 1000, "distance_qpv_m": 10 ** 7, "gi_z": 100, "gi_p": 1}, minimum=-1000)
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("secteurs_root")
    for key, expression, label, dashed, dotted in (
            ("significatif", 'coalesce("significatif", false)',
             "Secteur fragile, agrégat significatif (G* du secteur)", False, False),
            ("non_significatif", 'NOT coalesce("significatif", false) AND NOT coalesce("frange_qpv", false)',
             "Secteur fragile, non significatif", True, False),
            ("frange_qpv", 'NOT coalesce("significatif", false) AND coalesce("frange_qpv", false)',
             "Frange de QPV (un îlot au bord d'un QPV)", False, True)):
        rule = QgsRuleBasedRenderer.Rule(_sector_symbol(dashed, dotted), 0, 0, expression, label)
        rule.setRuleKey("secteurs_{}".format(key))
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = SECTEUR_LABEL
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.centroidInside = True
    settings.setFormat(_text_format(8, SECTEUR_COLOR, "#ffffff"))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression(SECTEUR_LABEL)
    layer.setMapTipTemplate(
        "<b>[% \"secteur_id\" %]</b> – [% \"nb_unites\" %] unité(s) : [% \"unites\" %]<br>"
        "Ménages : [% format_number(\"nb_menages\", 0) %] – logements : [% format_number(\"nb_logements\", 0) %]<br>"
        "Indice moyen : [% format_number(\"indice_fragilite_moy\", 2) %]<br>"
        "À [% format_number(\"distance_qpv_m\", 0) %] m du QPV [% \"qpv_proche\" %]<br>"
        "G* du secteur : z = [% format_number(\"gi_z\", 2) %], p = [% format_number(\"gi_p\", 4) %]"
        "[% if(coalesce(\"significatif\", false), ' (significatif)', '') %]"
        "[% if(coalesce(\"frange_qpv\", false), '<br>Frange de QPV : un seul îlot au bord d''un QPV', '') %]")
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, "Secteurs fragiles hors QPV")
    return layer


def table_canonique_layer():
    fields = canonical_fields()
    _check_aliases(fields, CANONICAL_ALIASES, "canonical table")
    layer = _memory_layer("None", fields, "table_canonique")
    set_aliases(layer, CANONICAL_ALIASES)
    set_decimals(layer, CANONICAL_DECIMALS, {"surface": 10000, "loyer": 100000, "revenu_annuel": 10 ** 7,
                                             "revenu_mensuel": 10 ** 6, "x": 10 ** 8, "y": 10 ** 8},
                 minimum=-10 ** 8)
    for name, mapping in CANONICAL_CODES.items():
        set_value_map(layer, name, mapping)
    layer.setDisplayExpression("coalesce({})".format(", ".join(
        "attribute($currentfeature, '{}')".format(name)
        for name in ("logement_id", "attribution_id", "demande_id"))))
    return layer


def rapport_validation_layer():
    fields = report_fields()
    _check_aliases(fields, REPORT_ALIASES, "validation report")
    layer = _memory_layer("None", fields, "rapport_validation")
    set_aliases(layer, REPORT_ALIASES)
    set_column_widths(layer, REPORT_WIDTHS)
    rows = []
    for value, background, text, bold in REPORT_ROW_STYLES:
        style = QgsConditionalStyle("\"niveau\" = '{}'".format(value))
        style.setName(value)
        style.setBackgroundColor(QColor(background))
        style.setTextColor(QColor(text))
        # A conditional style always carries a font: a common family at the usual size
        # of the attribute table (QGIS would store the build machine's default font).
        font = QFont(LABEL_FONT)
        font.setPointSize(9)
        font.setBold(bold)
        style.setFont(font)
        rows.append(style)
    layer.conditionalStyles().setRowStyles(rows)
    layer.setDisplayExpression("\"niveau\" || ' – ' || \"champ\" || ' : ' || \"probleme\"")
    return layer


def _row_styles(field, styles):
    rows = []
    for value, background, text in styles:
        style = QgsConditionalStyle("\"{}\" = '{}'".format(field, value))
        style.setName(value)
        style.setBackgroundColor(QColor(background))
        style.setTextColor(QColor(text))
        font = QFont(LABEL_FONT)
        font.setPointSize(9)
        style.setFont(font)
        rows.append(style)
    return rows


def _kind_type(kind):
    return {"text": FieldType.String, "int": FieldType.Int, "float": FieldType.Double, "bool": FieldType.Bool,
            "date": FieldType.Date}[kind]


def objectifs_attribution_layer():
    fields = [(name, FieldType.Int if name in objectifs.INT_FIELDS else
               FieldType.Double if name in ("part_public", "objectif_pct", "ecart_points", "part_dalo") else
               FieldType.String)
              for name in objectifs.FIELDS] + [("secret", FieldType.Bool)]
    _check_aliases(fields, OBJECTIFS_ALIASES, "objectifs_attribution")
    layer = _memory_layer("None", fields, "objectifs_attribution")
    set_aliases(layer, OBJECTIFS_ALIASES)
    set_decimals(layer, {"part_public": 1, "objectif_pct": 1, "part_dalo": 1},
                 {"part_public": 100, "objectif_pct": 100, "part_dalo": 100})
    set_decimals(layer, {"ecart_points": 1}, {"ecart_points": 100}, minimum=-100)
    set_value_map(layer, "objectif", OBJECTIFS_LABELS)
    labels = {name: label[:1].upper() + label[1:] for name, label in
              (("epci", "EPCI"), ("commune", "commune"), ("bailleur", "bailleur"), ("reservataire", "réservataire"),
               ("qpv", "QPV / hors QPV"), ("financement", "financement du logement (en / hors QPV)"))}
    set_value_map(layer, "niveau", labels)
    layer.conditionalStyles().setRowStyles(_row_styles("statut", OBJECTIFS_ROW_STYLES))
    layer.setDisplayExpression("\"groupe\" || ' ' || \"annee\" || ' – ' || \"objectif\" || ' : ' || "
                               "format_number(\"part_public\", 1) || '\u00a0% (objectif ' || "
                               "format_number(\"objectif_pct\", 0) || '\u00a0%)'")
    return layer


def seuils_quartiles_layer():
    fields = [(name, FieldType.String if name in ("epci", "source", "date_demandes", "perimetre", "origine") else
               FieldType.Double if name.startswith("limite") else FieldType.Int) for name in objectifs.SEUIL_FIELDS]
    _check_aliases(fields, SEUILS_ALIASES, "seuils_quartiles")
    layer = _memory_layer("None", fields, "seuils_quartiles")
    set_aliases(layer, SEUILS_ALIASES)
    limits = ("limite_q1", "limite_q2", "limite_q3", "limite_q1_calculee")
    set_decimals(layer, {name: 0 for name in limits}, {name: 10 ** 7 for name in limits})
    layer.setDisplayExpression("\"epci\" || ' ' || \"annee\" || ' – Q1 ≤ ' || format_number(\"limite_q1\", 0) "
                               "|| ' € (' || \"source\" || ')'")
    return layer


def pression_demande_layer():
    from peuplement_plugin.core import pression

    fields = [(name, FieldType.String if name in ("echelle", "epci", "code") else FieldType.Bool if name == "secret"
               else FieldType.Double if name == "tension" else FieldType.Int) for name in pression.COLUMNS]
    _check_aliases(fields, PRESSION_ALIASES, "pression_demande")
    layer = _memory_layer("None", fields, "pression_demande")
    set_aliases(layer, PRESSION_ALIASES)
    set_decimals(layer, {"tension": 1}, {"tension": 10 ** 6})
    set_value_map(layer, "echelle", PRESSION_ECHELLES)
    rows = []
    for condition, background, text in PRESSION_ROW_STYLES:
        style = QgsConditionalStyle(condition)
        style.setName(condition)
        style.setBackgroundColor(QColor(background))
        style.setTextColor(QColor(text))
        rows.append(style)
    layer.conditionalStyles().setRowStyles(rows)
    layer.setDisplayExpression("\"code\" || ' ' || \"annee\" || ' – ' || coalesce(format_number(\"tension\", 1) || "
                               "' demandes pour une attribution', 'secret statistique')")
    return layer


def _point_symbol(color, size=2.2, stroke="#ffffff"):
    marker = QgsSimpleMarkerSymbolLayer()
    marker.setSize(size)
    marker.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    marker.setColor(QColor(color))
    marker.setStrokeColor(QColor(stroke))
    marker.setStrokeWidth(0.2)
    marker.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, marker)
    return symbol


def _ring_symbol(color):
    marker = QgsSimpleMarkerSymbolLayer()
    marker.setSize(3.4)
    marker.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    marker.setColor(QColor(0, 0, 0, 0))
    marker.setStrokeColor(QColor(color))
    marker.setStrokeWidth(0.4)
    marker.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, marker)
    return symbol


def attributions_objectifs_layer():
    fields = [(name, _kind_type(kind)) for name, kind in objectifs.POINT_FIELDS.items()]
    _check_aliases(fields, ATTRIBUTIONS_ALIASES, "attributions_objectifs")
    layer = _memory_layer("Point", fields, "attributions_objectifs")
    set_aliases(layer, ATTRIBUTIONS_ALIASES)
    set_decimals(layer, {"uc": 1, "revenu_uc": 0, "limite_q1": 0}, {"uc": 20, "revenu_uc": 10 ** 7,
                                                                    "limite_q1": 10 ** 7})
    set_value_map(layer, "reservataire", codes.CONTINGENT)
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("attributions_root")  # a fixed key: a rebuild gives the same file
    for key, label, expression, color in ATTRIBUTIONS_CLASSES:
        rule = QgsRuleBasedRenderer.Rule(_point_symbol(color), 0, 0, expression, label)
        rule.setRuleKey(key)
        root.appendChild(rule)
    key, label, expression, color = ATTRIBUTIONS_RING
    ring = QgsRuleBasedRenderer.Rule(_ring_symbol(color), 0, 0, expression, label)
    ring.setRuleKey(key)
    root.appendChild(ring)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setDisplayExpression("\"attribution_id\" || ' – ' || \"logement_id\"")
    layer.setCustomProperty(LEGEND_TITLE_PROPERTY, "Attributions (usage interne)")
    return layer


def _any_geometry(path):
    """Drop <layerGeometryType> from a saved QML. QGIS refuses a whole style (aliases
    included) whose recorded geometry type differs from the layer's ("Cannot apply style
    with symbology to layer with a different geometry type"), and indicateurs_parc
    writes a table without geometry when it has no units layer: without the element the
    style applies to any layer (the renderer is simply unused on a table)."""
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r"\n\s*<layerGeometryType>[^<]*</layerGeometryType>", "", text)
    Path(path).write_text(text, encoding="utf-8")


def build(out_dir=STYLES_DIR):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    layers = {name: indicateurs_layer(spec) for name, spec in CHOROPLETHS.items()}
    layers["indicateurs_occupation.qml"] = indicateurs_occupation_layer()
    layers["fragilite.qml"] = fragilite_layer()
    layers["secteurs_fragiles_hors_qpv.qml"] = secteurs_layer()
    layers["table_canonique.qml"] = table_canonique_layer()
    layers["rapport_validation.qml"] = rapport_validation_layer()
    layers["flux.qml"] = flux_layer()
    layers["flux_lignes.qml"] = flux_lignes_layer()
    layers["flux_od.qml"] = flux_od_layer()
    layers["flux_motifs.qml"] = flux_motifs_layer()
    layers["flux_series.qml"] = flux_series_layer()
    layers["objectifs_attribution.qml"] = objectifs_attribution_layer()
    layers["seuils_quartiles.qml"] = seuils_quartiles_layer()
    layers["attributions_objectifs.qml"] = attributions_objectifs_layer()
    layers["pression_demande.qml"] = pression_demande_layer()
    written = []
    for name, layer in layers.items():
        path = out_dir / name
        message, ok = layer.saveNamedStyle(str(path))
        if not ok:
            raise SystemExit("build_styles: could not write {}: {}".format(path, message))
        _any_geometry(path)
        written.append(path)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(STYLES_DIR), help="folder of the QML files (default: styles/)")
    args = parser.parse_args(argv)
    app = QgsApplication.instance()
    own = app is None
    if own:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False)
        app.initQgis()
    try:
        for path in build(args.out):
            print(path)
    finally:
        if own:
            app.exitQgis()


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    main()
