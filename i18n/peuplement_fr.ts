<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Atlas</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="88"/>
        <source>Atlas of an indicator (PDF, one page per QPV or commune)</source>
        <translation>Atlas d'un indicateur (PDF, une page par QPV ou par commune)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="95"/>
        <source>Sources of the rules: domain.md 6 (secret statistique, 11 households), section 4 (ratios of sums, never a mean of rates), 5.4 and 5.5 (the indicators mapped). Layout templates: resources/layouts/atlas_qpv.qpt and atlas_commune.qpt, built by scripts/build_layouts.py.</source>
        <translation>Sources des règles : domain.md 6 (secret statistique, 11 ménages), section 4 (ratios de sommes, jamais une moyenne de taux), 5.4 et 5.5 (les indicateurs cartographiés). Modèles de mise en page : resources/layouts/atlas_qpv.qpt et atlas_commune.qpt, produits par scripts/build_layouts.py.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="101"/>
        <source>Exports to one PDF file an A4 atlas of the indicator FIELD of the units of INPUT (e.g. the îlots of indicateurs_occupation or indicateurs_parc): one page per feature of COVERAGE, the QPV or the communes (COVERAGE_KIND chooses the template, resources/layouts/atlas_qpv.qpt or atlas_commune.qpt; the pages follow the order of the names, COVERAGE_NAME, by default nom or the code).

Each page: the map of FIELD on the page's unit and its surroundings, in five classes (quantiles of the published values of the whole layer, the same on every page), the units masked by the secret statistique (secret true, the value NULL, or 1 to SECRET_THRESHOLD - 1 households in nb_menages) hatched with their own legend entry, the outlines of the coverage; the legend, a scale bar, a north arrow, the sources and millésime (SOURCE, MILLESIME, by default the millesime values of INPUT) and the mention of the secret statistique (no figure describing fewer than SECRET_THRESHOLD households, 11 by default, domain.md 6; under 5 only with USAGE_INTERNE).

Key figures beside the map, for the page's unit and for the whole territory of INPUT (the EPCI): the units (a unit belongs to the page when a point inside it lies in the page's polygon), of which masked, the dwellings and households (nb_logements, nb_menages, summed over the published units) and FIELD as a ratio of sums over the published units (domain.md 4): Σ value × weight / Σ weight, the weight being the indicator's own denominator n_x for part_x or tx_x, nb_loues + nb_vacants for the vacancy rates (5.4), logements_annees for tx_rotation, logements_un_an_annees for tx_mobilite, else nb_menages, else nb_logements. A masked unit brings nothing, so no masked figure can be recovered from the table; a figure resting on fewer than SECRET_THRESHOLD households is shown as secret.

TEMPLATE: another .qpt (your own charte graphique, another page size) with the items of the plugin's templates, found by their ids: titre, sous_titre, carte, nord, echelle, legende, chiffres_cles (the frame of a text table), mention_secret, sources.

The PDF is written under a temporary name and moved into place at the end: a cancelled run leaves no file.</source>
        <translation>Exporte dans un seul fichier PDF un atlas A4 de l'indicateur FIELD des unités de INPUT (par exemple les îlots de indicateurs_occupation ou indicateurs_parc) : une page par entité de COVERAGE, les QPV ou les communes (COVERAGE_KIND choisit le modèle, resources/layouts/atlas_qpv.qpt ou atlas_commune.qpt ; les pages suivent l'ordre des noms, COVERAGE_NAME, par défaut nom ou le code).

Chaque page : la carte de FIELD sur l'unité de la page et ses alentours, en cinq classes (quantiles des valeurs publiées de toute la couche, les mêmes sur toutes les pages), les unités masquées par le secret statistique (secret vrai, valeur NULL, ou de 1 à SECRET_THRESHOLD - 1 ménages dans nb_menages) hachurées avec leur propre entrée de légende, les contours de la couverture ; la légende, une échelle, une flèche du nord, les sources et le millésime (SOURCE, MILLESIME, par défaut les valeurs de millesime de INPUT) et la mention du secret statistique (aucun chiffre décrivant moins de SECRET_THRESHOLD ménages, 11 par défaut, domain.md 6 ; moins de 5 seulement avec USAGE_INTERNE).

Chiffres clés à côté de la carte, pour l'unité de la page et pour l'ensemble du territoire de INPUT (l'EPCI) : les unités (une unité appartient à la page quand un point intérieur à elle est dans le polygone de la page), dont masquées, les logements et les ménages (nb_logements, nb_menages, sommés sur les unités publiées) et FIELD en ratio de sommes sur les unités publiées (domain.md 4) : Σ valeur × poids / Σ poids, le poids étant le dénominateur propre de l'indicateur n_x pour part_x ou tx_x, nb_loues + nb_vacants pour les taux de vacance (5.4), logements_annees pour tx_rotation, logements_un_an_annees pour tx_mobilite, sinon nb_menages, sinon nb_logements. Une unité masquée n'apporte rien : aucun chiffre masqué ne peut se déduire du tableau ; un chiffre reposant sur moins de SECRET_THRESHOLD ménages est affiché « secret ».

TEMPLATE : un autre .qpt (votre charte graphique, un autre format de page) comportant les éléments des modèles du plugin, retrouvés par leurs identifiants : titre, sous_titre, carte, nord, echelle, legende, chiffres_cles (le cadre d'un tableau texte), mention_secret, sources.

Le PDF est écrit sous un nom temporaire puis mis en place à la fin : un calcul annulé ne laisse aucun fichier.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="130"/>
        <source>Units with their indicators</source>
        <translation>Unités avec leurs indicateurs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="132"/>
        <source>Indicator to map</source>
        <translation>Indicateur à cartographier</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="135"/>
        <source>Atlas pages (QPV or communes)</source>
        <translation>Pages de l'atlas (QPV ou communes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="137"/>
        <source>Kind of page</source>
        <translation>Type de page</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="141"/>
        <source>Page name field</source>
        <translation>Champ du nom de la page</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="144"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="146"/>
        <source>Millésime</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="148"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="151"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="153"/>
        <source>Layout template (.qpt; default: the plugin's)</source>
        <translation>Modèle de mise en page (.qpt ; par défaut celui du plugin)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="156"/>
        <source>Atlas (PDF)</source>
        <translation>Atlas (PDF)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="156"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="162"/>
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="192"/>
        <source>Placing the units in the pages…</source>
        <translation>Rattachement des unités aux pages…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="197"/>
        <source>Preparing the layout…</source>
        <translation>Préparation de la mise en page…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="208"/>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="208"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="209"/>
        <source>Unit of the page</source>
        <translation>Unité de la page</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="209"/>
        <source>Other units</source>
        <translation>Autres unités</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="218"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="218"/>
        <source>This QPV</source>
        <translation>Ce QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="218"/>
        <source>This commune</source>
        <translation>Cette commune</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="218"/>
        <source>Whole territory (EPCI)</source>
        <translation>Ensemble du territoire (EPCI)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="221"/>
        <source>Units mapped</source>
        <translation>Unités cartographiées</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="221"/>
        <source>of which masked (secret)</source>
        <translation>dont masquées (secret)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="222"/>
        <source>Social dwellings</source>
        <translation>Logements sociaux</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="222"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="224"/>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="239"/>
        <source>Exporting {} page(s)…</source>
        <translation>Export de {} page(s)…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="258"/>
        <source>{} page(s) written.</source>
        <translation>{} page(s) écrite(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="277"/>
        <source>secret statistique</source>
        <translation>secret statistique</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="311"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="322"/>
        <source>Atlas of the priority neighbourhoods (QPV)</source>
        <translation>Atlas des quartiers prioritaires de la politique de la ville (QPV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="323"/>
        <source>Atlas of the communes</source>
        <translation>Atlas des communes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="325"/>
        <source>Secret statistique: no figure describing fewer than {} households is published; the masked units are hatched.</source>
        <translation>Secret statistique : aucun chiffre décrivant moins de {} ménages n'est publié ; les unités masquées sont hachurées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="328"/>
        <source>Sources: [% @peuplement_source %] — millésime [% @peuplement_millesime %]. Computed with the Peuplement plugin.</source>
        <translation>Sources : [% @peuplement_source %] — millésime [% @peuplement_millesime %]. Calcul : plugin Peuplement.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="137"/>
        <source>One page per QPV</source>
        <translation>Une page par QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/atlas.py" line="137"/>
        <source>One page per commune</source>
        <translation>Une page par commune</translation>
    </message>
</context>
<context>
    <name>AuditSecret</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="41"/>
        <source>Audit the secret of a publication</source>
        <translation>Auditer le secret d'une publication</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="44"/>
        <source>Checks what a reader can compute from layers published together (LAYERS, or every layer of the GeoPackage GPKG). Every count is the sum of its parts across the levels (a commune is the sum of its IRIS, an îlot of its buildings, QPV + hors QPV the territory, an evolution's difference t1 − t0); for every masked cell, linear programming (SciPy's HiGHS solver) finds the smallest and the largest value it can take while every published figure stays what it is.

A cell is exposed when that interval is narrower than MARGIN households (default 1: the cell can be computed exactly, as in τ-ARGUS's audit of a frequency table).

OUTPUT: one row per exposed cell (layer family, millésime, variable, level, unit, lower and upper bound). The log ends with one line: protected, or N cells exposed.</source>
        <translation>Vérifie ce qu'un lecteur peut calculer à partir de couches publiées ensemble (LAYERS, ou toutes les couches du GeoPackage GPKG). Chaque effectif est la somme de ses parties d'un niveau à l'autre (une commune est la somme de ses IRIS, un îlot de ses bâtiments, QPV + hors QPV le territoire, la différence d'une évolution t1 − t0) ; pour chaque cellule masquée, la programmation linéaire (solveur HiGHS de SciPy) trouve la plus petite et la plus grande valeur qu'elle peut prendre sans changer aucun chiffre publié.

Une cellule est exposée quand cet intervalle est plus étroit que MARGIN ménages (1 par défaut : la cellule peut être calculée exactement, comme dans l'audit d'un tableau de fréquences par τ-ARGUS).

OUTPUT : une ligne par cellule exposée (famille de couche, millésime, variable, niveau, unité, borne inférieure et supérieure). Le journal se termine par une ligne : protégé, ou N cellules exposées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="56"/>
        <source>Sources of the rules: domain.md 6 (secret statistique across levels, audit).</source>
        <translation>Sources des règles : domain.md 6 (secret statistique entre niveaux, audit).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="59"/>
        <source>Layers published together (GeoPackage tables)</source>
        <translation>Couches publiées ensemble (tables de GeoPackage)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="62"/>
        <source>Or a whole GeoPackage</source>
        <translation>Ou un GeoPackage entier</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="64"/>
        <source>Protection margin (households)</source>
        <translation>Marge de protection (ménages)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="67"/>
        <source>Exposed cells</source>
        <translation>Cellules exposées</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="69"/>
        <source>Number of exposed cells</source>
        <translation>Nombre de cellules exposées</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="70"/>
        <source>Verdict</source>
        <translation>Verdict de l'audit</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="75"/>
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="83"/>
        <source>Bounds of every masked cell (linear programming)…</source>
        <translation>Bornes de chaque cellule masquée (programmation linéaire)…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="98"/>
        <source>{} masked cell(s) audited.</source>
        <translation>{} cellule(s) masquée(s) auditée(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="101"/>
        <source>Audit: {} cells exposed.</source>
        <translation>Audit : {} cellules exposées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/audit_secret.py" line="103"/>
        <source>Audit: protected.</source>
        <translation>Audit : protégé.</translation>
    </message>
</context>
<context>
    <name>Dessins</name>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="171"/>
        <source>No building open</source>
        <translation>Aucun bâtiment ouvert</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="186"/>
        <source>Building {} — {} dwellings</source>
        <translation>Bâtiment {} — {} logements</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="232"/>
        <source>Dwelling {}</source>
        <translation>Logement {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="234"/>
        <source>Typology: {}</source>
        <translation>Typologie : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="236"/>
        <source>Surface: {:.0f} m²</source>
        <translation>Surface : {:.0f} m²</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="238"/>
        <source>Financing: {}</source>
        <translation>Financement : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="240"/>
        <source>Floor: {}</source>
        <translation>Étage : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="242"/>
        <source>Occupation: {}</source>
        <translation>Occupation : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="245"/>
        <source>Persons: {}</source>
        <translation>Personnes : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="247"/>
        <source>Composition: {}</source>
        <translation>Composition : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="250"/>
        <source>Resources: {} of the PLUS ceiling</source>
        <translation>Ressources : {} du plafond PLUS</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="253"/>
        <source>Length of tenure: {}</source>
        <translation>Ancienneté : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="256"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="257"/>
        <source>Shown: {}</source>
        <translation>Affiché : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="287"/>
        <source>unknown / no household</source>
        <translation>inconnu / sans ménage</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="288"/>
        <source>vacant dwelling (dashed)</source>
        <translation>logement vacant (tirets)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="383"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dessins.py" line="198"/>
        <source>{} households · {}</source>
        <translation>{} ménages · {}</translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="35"/>
        <source>Evolution between two millésimes</source>
        <translation>Évolution entre deux millésimes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="43"/>
        <source>Puts two outputs of the same indicator algorithm side by side (two OPS millésimes, two RPLS years), unit by unit, joined on UNIT_ID: for each variable its value at t0 (&lt;variable&gt;_t0), at t1 (&lt;variable&gt;_t1) and the difference t1 − t0 (&lt;variable&gt;_diff), in points for shares and rates.

VARIABLES: the fields to compare, separated by commas; empty = every numeric indicator field (part_, tx_, nb_, taille_, anciennete_…) present on both sides.

Flags: presence says whether the unit exists on both sides or on one only (it is kept, the other side NULL); secret is true where either side is masked by the secret statistique; variation_effectif is the change of COUNT_FIELD (households by default) in % of t0, and effectif_instable is true beyond MAX_CHANGE %: the unit then describes other households as much as a change. comparable = on both sides, not secret, not unstable.

The geometry is taken from AFTER (from BEFORE for units that exist only there).</source>
        <translation>Met côte à côte deux sorties du même algorithme d'indicateurs (deux millésimes OPS, deux années RPLS), unité par unité, jointes sur UNIT_ID : pour chaque variable sa valeur à t0 (&lt;variable&gt;_t0), à t1 (&lt;variable&gt;_t1) et la différence t1 − t0 (&lt;variable&gt;_diff), en points pour les parts et les taux.

VARIABLES : les champs à comparer, séparés par des virgules ; vide = tous les champs d'indicateurs numériques (part_, tx_, nb_, taille_, anciennete_…) présents des deux côtés.

Indicateurs : presence dit si l'unité existe des deux côtés ou d'un seul (elle est gardée, l'autre côté NULL) ; secret est vrai si l'un des côtés est masqué par le secret statistique ; variation_effectif est la variation de COUNT_FIELD (les ménages par défaut) en % de t0, et effectif_instable est vrai au-delà de MAX_CHANGE % : l'unité décrit alors d'autres ménages autant qu'une évolution. comparable = des deux côtés, non secret, non instable.

La géométrie vient de AFTER (de BEFORE pour les unités qui n'existent que là).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="58"/>
        <source>Indicators at t0</source>
        <translation>Indicateurs à t0</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="60"/>
        <source>Indicators at t1</source>
        <translation>Indicateurs à t1</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="62"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="64"/>
        <source>Variables to compare (comma separated; empty = all common indicators)</source>
        <translation>Variables à comparer (séparées par des virgules ; vide = tous les indicateurs communs)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="67"/>
        <source>Count field for the stability flag</source>
        <translation>Champ d'effectif pour l'indicateur de stabilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="69"/>
        <source>Maximum change of the count (%)</source>
        <translation>Variation maximale de l'effectif (%)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="125"/>
        <source>Evolution</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="82"/>
        <source>Reading t0…</source>
        <translation>Lecture de t0…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="84"/>
        <source>Reading t1…</source>
        <translation>Lecture de t1…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="87"/>
        <source>{} is not on both sides: no stability flag.</source>
        <translation>{} n'est pas des deux côtés : pas d'indicateur de stabilité.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="88"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="92"/>
        <source>{} unit(s): {} on both sides, {} at t0 only, {} at t1 only; {} comparable.</source>
        <translation>{} unité(s) : {} des deux côtés, {} à t0 seulement, {} à t1 seulement ; {} comparables.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="122"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="38"/>
        <source>Sources of the rules: domain.md 5.8 (two millésimes side by side, the difference in points, a flag when either side is masked or unstable) and 6 (secret statistique).</source>
        <translation>Sources des règles : domain.md 5.8 (deux millésimes côte à côte, l'écart en points, un indicateur quand l'un des côtés est masqué ou instable) et 6 (secret statistique).</translation>
    </message>
</context>
<context>
    <name>FiltreResidences</name>
    <message>
        <location filename="../peuplement_plugin/gui/recherche.py" line="38"/>
        <source>Social housing résidences</source>
        <translation>Résidences du parc social</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/recherche.py" line="55"/>
        <source>Résidence</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/recherche.py" line="56"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
</context>
<context>
    <name>Flux</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="68"/>
        <source>Flows: entrants, sortants, rotation, mobility and OD flows</source>
        <translation>Flux : entrants, sortants, rotation, mobilité et flux origine-destination</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="147"/>
        <source>Attributions (SNE table, layer or CSV)</source>
        <translation>Attributions (table SNE, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="149"/>
        <source>Departures (table, layer or CSV)</source>
        <translation>Départs (table, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="151"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="154"/>
        <source>Start of the period (default: 1 January of the first flow)</source>
        <translation>Début de la période (par défaut : 1er janvier du premier flux)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="157"/>
        <source>End of the period, included (default: 31 December of the last flow)</source>
        <translation>Fin de la période, incluse (par défaut : 31 décembre du dernier flux)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="160"/>
        <source>Date the RPLS describes (default: guessed from its dates)</source>
        <translation>Date de l'état du RPLS (par défaut : déduite de ses dates)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="174"/>
        <source>QPV code field of the QPV layer</source>
        <translation>Champ du code QPV de la couche des QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="178"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="181"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="183"/>
        <source>Field mapping of the attributions (canonical=source;…)</source>
        <translation>Correspondance des champs des attributions (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="183"/>
        <source>Field mapping of the departures (canonical=source;…)</source>
        <translation>Correspondance des champs des départs (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="183"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="183"/>
        <source>Field mapping of the households (canonical=source;…)</source>
        <translation>Correspondance des champs des ménages (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="183"/>
        <source>Field mapping of the applications (canonical=source;…)</source>
        <translation>Correspondance des champs des demandes (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="183"/>
        <source>Field mapping of the survey (canonical=source;…)</source>
        <translation>Correspondance des champs de l'enquête (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="191"/>
        <source>Encoding of the CSV files</source>
        <translation>Encodage des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="193"/>
        <source>Separator of the CSV files</source>
        <translation>Séparateur des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="195"/>
        <source>Flows per unit</source>
        <translation>Flux par unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="197"/>
        <source>Flow lines (internal mutations)</source>
        <translation>Lignes de flux (mutations internes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="199"/>
        <source>Origin-destination table</source>
        <translation>Table origine-destination</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="201"/>
        <source>Departure motives</source>
        <translation>Motifs de départ</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="203"/>
        <source>Yearly series (one row per unit and year)</source>
        <translation>Séries annuelles (une ligne par unité et par année)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="224"/>
        <source>Reading the attributions and the departures…</source>
        <translation>Lecture des attributions et des départs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="229"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="240"/>
        <source>Period {} – {}; RPLS state of {}.</source>
        <translation>Période du {} au {} ; état du RPLS au {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="243"/>
        <source>Placing the dwellings in the units…</source>
        <translation>Rattachement des logements aux unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="261"/>
        <source>Profiles of the entrants, the sortants and the stock…</source>
        <translation>Profils des entrants, des sortants et du parc en place…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="271"/>
        <source>Computing the flows…</source>
        <translation>Calcul des flux…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="283"/>
        <source>{} unit(s), {} with a share masked by the secret statistique (threshold {}).</source>
        <translation>{} unité(s), dont {} avec une part masquée par le secret statistique (seuil {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="287"/>
        <source>Origin-destination flows…</source>
        <translation>Flux origine-destination…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="289"/>
        <source>{} origin-destination row(s).</source>
        <translation>{} ligne(s) origine-destination.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="291"/>
        <source>Departure motives…</source>
        <translation>Motifs de départ…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="294"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="305"/>
        <source>Flows {} – {} — {}</source>
        <translation>Flux {} – {} — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="310"/>
        <source>Flow lines {} – {}</source>
        <translation>Lignes de flux {} – {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="315"/>
        <source>Origin-destination {} – {}</source>
        <translation>Origine-destination {} – {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="320"/>
        <source>Departure motives {} – {}</source>
        <translation>Motifs de départ {} – {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="326"/>
        <source>Yearly flows {} – {}</source>
        <translation>Flux annuels {} – {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="369"/>
        <source>RPLS_DATE not given: {} (from the latest lease or vacancy date).</source>
        <translation>RPLS_DATE non indiquée : {} (d'après la dernière date de bail ou de vacance).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="407"/>
        <source>In or out of a QPV: by location of the dwellings in the QPV layer.</source>
        <translation>En QPV ou hors QPV : par localisation des logements dans la couche des QPV.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="415"/>
        <source>No QPV layer and no code_qpv in the dwellings: no QPV / hors QPV breakdown.</source>
        <translation>Ni couche des QPV ni code_qpv dans les logements : pas de ventilation QPV / hors QPV.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="421"/>
        <source>Q1 threshold given: {:.0f} € per UC and year.</source>
        <translation>Seuil du 1er quartile indiqué : {:.0f} € par UC et par an.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="424"/>
        <source>No DEMANDES nor Q1_THRESHOLD: Q1 shares are NULL.</source>
        <translation>Ni DEMANDES ni Q1_THRESHOLD : les parts du 1er quartile sont vides (NULL).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="435"/>
        <source>The applications name several EPCI: one Q1 threshold for all of them.</source>
        <translation>Les demandes citent plusieurs EPCI : un seul seuil du 1er quartile pour l'ensemble.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="436"/>
        <source>Q1 threshold from the applications: {:.0f} € per UC and year.</source>
        <translation>Seuil du 1er quartile calculé sur les demandes : {:.0f} € par UC et par an.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="455"/>
        <source>Stock: OPS {}, {} household(s).</source>
        <translation>Parc en place : OPS {}, {} ménage(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="456"/>
        <source>{} household(s) in a dwelling absent from the dwellings table: not counted.</source>
        <translation>{} ménage(s) dans un logement absent de la table des logements : non compté(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="513"/>
        <source>Mobility survey: {} answer(s).</source>
        <translation>Enquête mobilité : {} réponse(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="555"/>
        <source>{} flow line(s) without geometry (unit without a location).</source>
        <translation>{} ligne(s) de flux sans géométrie (unité non localisée).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="71"/>
        <source>Sources of the rules: domain.md 5.4 (taux de rotation, bailleur definition; taux de mobilité, the SDES definition of the RPLS publications: move-ins of the year into dwellings in service for at least a year), 5.6 (entrants, sortants, solde, effet des flux, mobility), 5.2 (first quartile: the threshold of the yearly arrêté, or computed from the demandes), 3.6 (enquête mobilité) and 6 (secret statistique).</source>
        <translation>Sources des règles : domain.md 5.4 (taux de rotation, définition des bailleurs ; taux de mobilité, définition du SDES dans les publications RPLS : emménagements de l'année dans les logements en service depuis au moins un an), 5.6 (entrants, sortants, solde, effet des flux, mobilité), 5.2 (premier quartile : le seuil de l'arrêté annuel, ou calculé sur les demandes), 3.6 (enquête mobilité) et 6 (secret statistique).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="251"/>
        <source>{} attribution(s) of a dwelling absent from the dwellings table, not counted: row(s) {} (logement_id {}).</source>
        <translation>{} attribution(s) d'un logement absent de la table des logements, non comptée(s) : ligne(s) {} (logement_id {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="254"/>
        <source>{} departure(s) from a dwelling absent from the dwellings table, not counted: row(s) {} (logement_id {}).</source>
        <translation>{} départ(s) d'un logement absent de la table des logements, non compté(s) : ligne(s) {} (logement_id {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="80"/>
        <source>Entrants (attributions with a signed lease) and sortants (departures) of the period PERIOD_START – PERIOD_END per unit, and what they do to the occupancy (domain.md 5.4, 5.6).

Per unit: nb_entrants, nb_sortants, solde = entrants − sortants, nb_mutations_sortantes (internal mutations), tx_rotation (bailleur definition) = departures of the year / dwellings in modes 1+2 at the start of the year, and tx_mobilite (SDES definition) = move-ins of the year into dwellings in service for at least a year (put in service before 1 January) / those dwellings: a building put in service during the year is excluded from both sides. Each year is computed on its own; the period figure is the ratio of the sums over the years (departures of all the years / dwellings at the start of each year, added up), never a mean of yearly rates. A year only partly in the period counts its stock in dwelling-years (dwellings × share of the year covered).

Stock at the start of each year: the RPLS describes one date (RPLS_DATE, by default 1 January of the year after its latest lease or vacancy date, or that day itself when it is a 1 January). For that year, the dwellings in modes 1+2 on that date; for any other year, the same dwellings put in service (LOCAT) before 1 January of the year. Approximation: no dwelling sold, demolished or taken out for works in between.

An internal mutation (a departure with a destination dwelling) is a sortant of its origin; its entrant is the attribution of the destination dwelling, counted once as every attribution.

Also: anciennete_moy (years since the lease, RPLS, at RPLS_DATE), anciennete_sortants_moy (from the latest known lease start of the dwelling before the departure: attributions, RPLS, OPS; leases older than the files are unknown, so this mean leans to short stays, n_anciennete_sortants says on how many), nb_relocations and delai_relocation_moy (days from a departure to the next attribution of the dwelling) and part_vacance_3mois (departures followed by more than 3 months without a lease).

Yearly series: the units layer has one column per year (nb_entrants_2023, nb_sortants_2023, tx_rotation_2023, tx_mobilite_2023…) so a cartographer maps a year or the period without a join; OUTPUT_SERIES has one row per unit and year, the form a chart or a pivot table wants.

Effet des flux: for Q1, resources under 40 % of the PLUS ceiling, personnes seules and familles monoparentales, the share among entrants, sortants and the stock (latest OPS of MENAGES) and effet_x = share among entrants − share in the stock, in points: positive, the turnover makes the unit poorer on that variable. Q1 threshold: Q1_THRESHOLD, or computed from DEMANDES (5.2). Entrants: revenu_mensuel × 12 / UC; stock: REVENU_ANNUEL / UC, an approximation (taxable income, not the resources of a demande); sortants: only when the departures carry a quartile. Entrants under 40 %: revenu_mensuel × 12 against the PLUS ceiling of the year of the lease (approximation); stock: TRANCHE_PLAFOND, else REVENU_ANNUEL against the ceilings of millésime − 1. The household category is that of the arrêté du 29 juillet 1987, annexe (domain.md 5.5): the number of persons; a single parent (COMPOSITION famille monoparentale: one person with dependants) one category above it; a young couple without dependant (ages adding up to 55 or less) category 3; a disabled member (HANDICAP) one category up, wherever the tables carry them.

Mobility: OUTPUT_OD counts origin → destination per unit (echelle unite) and per QPV / hors QPV (echelle qpv): the unit of the destination dwelling for an internal mutation, else the commune of destination when it is in the territory (the communes of the dwellings), "hors EPCI" for another commune, "inconnu" when nothing is known. With USAGE_INTERNE, echelle logement adds the internal mutations dwelling → dwelling (household-level rows, for the bailleur's own staff only). OUTPUT_FLOWS draws the mutations between two different units as lines from centroid to centroid, with the count and the share of the origin's departures. QPV (optional layer) places the dwellings in or out of a QPV by location; otherwise their code_qpv.

OUTPUT_MOTIFS: distribution of the departure motives per QPV, hors QPV and ensemble, from the departures and from the optional mobility survey ENQUETE_MOBILITE (3.6: multiple choice separated by | ; , / +), with the mean satisfaction (1–5).

Secret statistique (section 6): a profile share (and mean) resting on fewer than SECRET_THRESHOLD households (11) is NULL with secret = true, with the secondary secret among the units; a flow under the threshold is merged into an "autres" row of its origin and not drawn; a remainder under the threshold takes in the next smallest flows of its origin until it reaches it, and when all the origin's departures stay under it, the remainder is masked (NULL); a motive count under the threshold is masked, with the secondary secret within each sector and each motive, and so is the total n_secteur of a sector with fewer departures than the threshold. A threshold under 5 needs USAGE_INTERNE.

LEVEL: {levels}.</source>
        <translation>Entrants (attributions suivies d'un bail signé) et sortants (départs) de la période PERIOD_START – PERIOD_END par unité, et leur effet sur l'occupation (domain.md 5.4, 5.6).

Par unité : nb_entrants, nb_sortants, solde = entrants − sortants, nb_mutations_sortantes (mutations internes), tx_rotation (définition bailleur) = départs de l'année / logements en modes 1+2 au début de l'année, et tx_mobilite (définition SDES) = emménagements de l'année dans les logements en service depuis au moins un an (mis en service avant le 1er janvier) / ces logements : un bâtiment mis en service dans l'année est exclu des deux termes. Chaque année est calculée à part ; le chiffre de la période est le rapport des sommes sur les années (départs de toutes les années / logements au début de chaque année, additionnés), jamais une moyenne de taux annuels. Une année partiellement dans la période compte son parc en logements-années (logements × part de l'année couverte).

Parc au début de chaque année : le RPLS décrit une seule date (RPLS_DATE, par défaut le 1er janvier de l'année qui suit sa dernière date de bail ou de vacance, ou ce jour même s'il s'agit d'un 1er janvier). Pour cette année-là, les logements en modes 1+2 à cette date ; pour toute autre année, ces mêmes logements mis en location (LOCAT) avant le 1er janvier de l'année. Approximation : aucun logement vendu, démoli ou retiré pour travaux entre-temps.

Une mutation interne (un départ avec un logement de destination) est un sortant de son origine ; son entrant est l'attribution du logement de destination, comptée une fois comme toute attribution.

Aussi : anciennete_moy (années depuis le bail, RPLS, à RPLS_DATE), anciennete_sortants_moy (depuis le dernier début de bail connu du logement avant le départ : attributions, RPLS, OPS ; les baux plus anciens que les fichiers sont inconnus, si bien que cette moyenne penche vers les séjours courts, n_anciennete_sortants indique sur combien elle repose), nb_relocations et delai_relocation_moy (jours entre un départ et l'attribution suivante du logement) et part_vacance_3mois (départs suivis de plus de 3 mois sans bail).

Séries annuelles : la couche des unités a une colonne par année (nb_entrants_2023, nb_sortants_2023, tx_rotation_2023, tx_mobilite_2023…) pour qu'un cartographe cartographie une année ou la période sans jointure ; OUTPUT_SERIES a une ligne par unité et par année, la forme qu'attendent un graphique ou un tableau croisé.

Effet des flux : pour le 1er quartile, les ressources inférieures à 40 % du plafond PLUS, les personnes seules et les familles monoparentales, la part parmi les entrants, les sortants et le parc en place (dernier OPS de MENAGES) et effet_x = part parmi les entrants − part dans le parc, en points : positif, la rotation appauvrit l'unité sur cette variable. Seuil du 1er quartile : Q1_THRESHOLD, ou calculé sur DEMANDES (5.2). Entrants : revenu_mensuel × 12 / UC ; parc : REVENU_ANNUEL / UC, une approximation (revenu imposable, pas les ressources d'une demande) ; sortants : seulement si les départs portent un quartile. Entrants sous 40 % : revenu_mensuel × 12 comparé au plafond PLUS de l'année du bail (approximation) ; parc : TRANCHE_PLAFOND, sinon REVENU_ANNUEL comparé aux plafonds du millésime − 1. La catégorie du ménage est celle de l'arrêté du 29 juillet 1987, annexe (domain.md 5.5) : le nombre de personnes ; une personne seule avec des personnes à charge (COMPOSITION famille monoparentale) une catégorie au-dessus ; un jeune ménage sans personne à charge (somme des âges de 55 ans au plus) en catégorie 3 ; un membre en situation de handicap (HANDICAP) une catégorie au-dessus, partout où les tables les portent.

Mobilité : OUTPUT_OD compte les flux origine → destination par unité (echelle unite) et par QPV / hors QPV (echelle qpv) : l'unité du logement de destination pour une mutation interne, sinon la commune de destination quand elle est du territoire (les communes des logements), « hors EPCI » pour une autre commune, « inconnu » quand on ne sait rien. Avec USAGE_INTERNE, echelle logement ajoute les mutations internes logement → logement (lignes par ménage, réservées aux équipes du bailleur). OUTPUT_FLOWS trace les mutations entre deux unités différentes en lignes de centroïde à centroïde, avec l'effectif et la part des départs de l'origine. QPV (couche facultative) place les logements en QPV ou hors QPV par localisation ; sinon leur code_qpv.

OUTPUT_MOTIFS : répartition des motifs de départ par QPV, hors QPV et ensemble, d'après les départs et l'enquête mobilité facultative ENQUETE_MOBILITE (3.6 : choix multiples séparés par | ; , / +), avec la satisfaction moyenne (1 à 5).

Secret statistique (section 6) : une part (ou une moyenne) de profil qui repose sur moins de SECRET_THRESHOLD ménages (11) est vide (NULL) avec secret = vrai, avec le secret secondaire entre les unités ; un flux sous le seuil est regroupé dans une ligne « autres » de son origine et n'est pas tracé ; un reste sous le seuil reçoit les plus petits flux suivants de son origine jusqu'à l'atteindre, et quand tous les départs de l'origine restent en dessous, le reste est masqué (NULL) ; un effectif de motif sous le seuil est masqué, avec le secret secondaire dans chaque secteur et pour chaque motif, de même que le total n_secteur d'un secteur qui compte moins de départs que le seuil. Un seuil inférieur à 5 demande USAGE_INTERNE.

LEVEL : {levels}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="163"/>
        <source>OPS households, for the stock side (latest millésime)</source>
        <translation>Ménages OPS, pour le parc en place (dernier millésime)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="166"/>
        <source>Applications (SNE), for the Q1 threshold</source>
        <translation>Demandes (SNE), pour le seuil du 1er quartile</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="169"/>
        <source>Q1 threshold, annual income per UC (replaces DEMANDES)</source>
        <translation>Seuil du 1er quartile, revenu annuel par UC (remplace DEMANDES)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="172"/>
        <source>QPV polygons</source>
        <translation>Polygones des QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/flux.py" line="176"/>
        <source>Mobility survey</source>
        <translation>Enquête mobilité</translation>
    </message>
</context>
<context>
    <name>Fragilite</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="53"/>
        <source>Socio-locative fragility index</source>
        <translation>Indice de fragilité socio-locative</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="62"/>
        <source>A composite index of socio-locative fragility per unit (domain.md 5.7), a local convention whose choices are parameters. INPUT is a layer of units carrying indicators, at any level (typically the outputs of indicateurs_occupation and indicateurs_parc joined on the unit, with tx_rotation from flux).

VARIABLES (separated by ;): default part_rev_inf_40, part_monoparentales, part_chomage, part_apl, tx_rotation, tx_vacance. A variable written -name lowers fragility. With the default list, a variable absent from INPUT is left out with a warning; a variable you name that is absent is an error. WEIGHTS: name=weight;… (default: equal weights).

Reference territory: the units of INPUT with at least SECRET_THRESHOLD households (COUNT_FIELD, default nb_menages) and not masked by the secret statistique. METHOD zscore: z_x = (x − mean) / sd, mean and (population) standard deviation over those units. METHOD ratio: r_x = 100 × x / reference, the reference being the value of the whole territory as a ratio of sums (weighted by the share's denominator n_x when the layer carries it, by nb_loues + nb_vacants for tx_vacance, by logements_annees for tx_rotation, else by the households). A variable that lowers fragility counts as −z_x or 200 − r_x. indice_fragilite = Σ weight × component / Σ weight; a unit with one component unknown gets no index.

Classes (classe_fragilite, 1 = least fragile): quantiles (N_CLASSES, quintiles by default), Jenks natural breaks (Fisher's exact optimisation), or the upper limits given in BREAKS (a;b;c…). fragile = the top class, or indice_fragilite above FRAGILE_THRESHOLD when given.

A unit under the threshold or masked gets no index (NULL) and motif_sans_indice says why. Every input field is kept, with each component (z_x or r_x); the reference values, weights and class limits are written in the log and in the layer's metadata (abstract), so that a map can say why a unit is fragile.</source>
        <translation>Un indice composite de fragilité socio-locative par unité (domain.md 5.7), convention locale dont les choix sont des paramètres. INPUT est une couche d'unités portant des indicateurs, à tout niveau (en général les sorties d'indicateurs_occupation et d'indicateurs_parc jointes sur l'unité, avec tx_rotation issu de flux).

VARIABLES (séparées par ;) : par défaut part_rev_inf_40, part_monoparentales, part_chomage, part_apl, tx_rotation, tx_vacance. Une variable écrite -nom diminue la fragilité. Avec la liste par défaut, une variable absente de INPUT est laissée de côté avec un avertissement ; une variable que vous nommez et qui est absente est une erreur. WEIGHTS : nom=poids;… (par défaut, poids égaux).

Territoire de référence : les unités de INPUT d'au moins SECRET_THRESHOLD ménages (COUNT_FIELD, nb_menages par défaut) et non masquées par le secret statistique. METHOD zscore : z_x = (x − moyenne) / écart-type, moyenne et écart-type (de population) sur ces unités. METHOD ratio : r_x = 100 × x / référence, la référence étant la valeur du territoire entier en rapport de sommes (pondérée par le dénominateur n_x de la part quand la couche le porte, par nb_loues + nb_vacants pour tx_vacance, par logements_annees pour tx_rotation, sinon par les ménages). Une variable qui diminue la fragilité compte pour −z_x ou 200 − r_x. indice_fragilite = Σ poids × composante / Σ poids ; une unité dont une composante est inconnue n'a pas d'indice.

Classes (classe_fragilite, 1 = la moins fragile) : quantiles (N_CLASSES, quintiles par défaut), seuils naturels de Jenks (optimisation exacte de Fisher), ou les limites supérieures données dans BREAKS (a;b;c…). fragile = la classe la plus haute, ou indice_fragilite supérieur à FRAGILE_THRESHOLD s'il est donné.

Une unité sous le seuil ou masquée n'a pas d'indice (NULL) et motif_sans_indice dit pourquoi. Tous les champs d'entrée sont conservés, avec chaque composante (z_x ou r_x) ; les valeurs de référence, les poids et les limites des classes sont écrits dans le journal et dans les métadonnées de la couche (résumé), pour qu'une carte puisse dire pourquoi une unité est fragile.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="90"/>
        <source>Units with their indicators</source>
        <translation>Unités avec leurs indicateurs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="92"/>
        <source>Unit identifier field (for the log)</source>
        <translation>Champ identifiant des unités (pour le journal)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="95"/>
        <source>Variables (separated by ;, -name when it lowers fragility)</source>
        <translation>Variables (séparées par ;, -nom quand elle diminue la fragilité)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="98"/>
        <source>Weights (name=weight;…, default equal)</source>
        <translation>Poids (nom=poids;…, égaux par défaut)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="100"/>
        <source>Standardisation</source>
        <translation>Standardisation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="105"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="109"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="112"/>
        <source>Upper limits of the classes (user breaks: a;b;c…)</source>
        <translation>Limites supérieures des classes (seuils choisis : a;b;c…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="114"/>
        <source>Fragile above this index (default: the top class)</source>
        <translation>Fragile au-dessus de cet indice (par défaut : la classe la plus haute)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="117"/>
        <source>Household count field</source>
        <translation>Champ du nombre de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="119"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="122"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="205"/>
        <source>Fragility index</source>
        <translation>Indice de fragilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="155"/>
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="165"/>
        <source>Standardising and combining…</source>
        <translation>Standardisation et combinaison…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="174"/>
        <source>Fragile units: {}{}</source>
        <translation>Unités fragiles : {}{}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="179"/>
        <source>{} unit(s) without index: {}.</source>
        <translation>{} unité(s) sans indice : {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="182"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="219"/>
        <source>Default variable(s) absent from INPUT, left out of the index: {}.</source>
        <translation>Variable(s) par défaut absente(s) de INPUT, laissée(s) hors de l'indice : {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="56"/>
        <source>Sources of the rules: domain.md 5.7. The index is a local convention, not a national definition: its variables (from 5.4 and 5.5), weights, standardisation and classes are parameters with the defaults of the domain reference. Secret statistique: domain.md 6.</source>
        <translation>Sources des règles : domain.md 5.7. L'indice est une convention locale, pas une définition nationale : ses variables (issues de 5.4 et 5.5), ses poids, sa standardisation et ses classes sont des paramètres, avec les valeurs par défaut de la référence du domaine. Secret statistique : domain.md 6.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="100"/>
        <source>z-score (distance to the mean in standard deviations)</source>
        <translation>Score z (écart à la moyenne en écarts-types)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="100"/>
        <source>Ratio to the territory's value</source>
        <translation>Rapport à la valeur du territoire</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="105"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="105"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/fragilite.py" line="105"/>
        <source>User breaks</source>
        <translation>Seuils choisis</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="60"/>
        <source>Import a table (RPLS, OPS, SNE, departures, applications)</source>
        <translation>Importer une table (RPLS, OPS, SNE, départs, demandes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="104"/>
        <source>Kind of table</source>
        <translation>Type de table</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="110"/>
        <source>Encoding of a CSV file (auto, utf-8, cp1252…)</source>
        <translation>Encodage d'un fichier CSV (auto, utf-8, cp1252…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="112"/>
        <source>Separator of a CSV file (auto, ;, ',', tab)</source>
        <translation>Séparateur d'un fichier CSV (auto, ;, ',', tab)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="117"/>
        <source>Canonical table</source>
        <translation>Table canonique</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="119"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="125"/>
        <source>Reading the table…</source>
        <translation>Lecture de la table…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="127"/>
        <source>Mapping and validating the columns…</source>
        <translation>Correspondance et validation des colonnes…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="130"/>
        <source>Writing the canonical table…</source>
        <translation>Écriture de la table canonique…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="151"/>
        <source>Canonical table — {}</source>
        <translation>Table canonique — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="152"/>
        <source>Validation report — {}</source>
        <translation>Rapport de validation — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="63"/>
        <source>Sources of the rules: the canonical fields, the required ones and the real column names are those of domain.md section 3: RPLS (répertoire des logements locatifs des bailleurs sociaux, SDES: its transmission fields, modes of occupation and FINAN codes), OPS (enquête Occupation du parc social), SNE (exports of the système national d'enregistrement: attributions and demandes) and the bailleur's departures.</source>
        <translation>Sources des règles : les champs canoniques, les champs obligatoires et les noms de colonnes réels sont ceux de la section 3 de domain.md : RPLS (répertoire des logements locatifs des bailleurs sociaux, SDES : ses champs de transmission, modes d'occupation et codes FINAN), OPS (enquête Occupation du parc social), SNE (exports du système national d'enregistrement : attributions et demandes) et les départs du bailleur.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="72"/>
        <source>Dwellings (RPLS)</source>
        <translation>Logements (RPLS)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="72"/>
        <source>Occupant households (OPS)</source>
        <translation>Ménages occupants (OPS)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="73"/>
        <source>Attributions (SNE)</source>
        <translation>Attributions (SNE)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="73"/>
        <source>Departures</source>
        <translation>Départs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="74"/>
        <source>Applications (SNE)</source>
        <translation>Demandes (SNE)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="74"/>
        <source>Mobility survey</source>
        <translation>Enquête mobilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="107"/>
        <source>Field mapping (canonical=source;…)</source>
        <translation>Correspondance des champs (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="78"/>
        <source>Reads a raw table — any QGIS table or layer, or the path of a CSV file — maps its columns to the canonical fields of the kind chosen, validates every value and writes the canonical table and a validation report.

KIND: {kinds}.

The mapping is guessed from the real column names (RPLS: IDENT_REP, IMMEU, DEPCOM, ETAGE, FINAN, MODE, BAIL…; OPS; SNE exports). MAPPING overrides it with canonical=source pairs separated by ';', for instance 'logement_id=NUM_LOGT;batiment_id=CODE_IMM'.

A CSV path is read with ENCODING (auto: UTF-8, with or without BOM, else Windows-1252) and SEPARATOR (auto: the most frequent of ; , tab |). Decimal commas, 'RC' floors and dates as dd/mm/yyyy, yyyy-mm-dd or yyyymmdd are understood.

An Excel (.xlsx) or LibreOffice (.ods) workbook is read sheet SHEET (by name; empty: the first sheet that holds the table). Its header is the row, among the first 20, that holds the most known column names: a title row above it, or a second header row of labels under it, is left out. Cells are read as text: codes keep their leading zeros, numbers stored as text may have decimal commas, dates may be Excel dates or text. A formula never computed by a spreadsheet is read empty (the log says which cells).

A missing required field stops the import with a message naming it. Rows without a required value, or repeating an identifier, are set aside; unreadable values and unknown codes are left empty: the report (REPORT) lists each case with its rows.</source>
        <translation>Lit une table brute — toute table ou couche QGIS, le chemin d'un fichier CSV ou un classeur .xlsx / .ods —, fait correspondre ses colonnes aux champs canoniques du type choisi, valide chaque valeur et écrit la table canonique et un rapport de validation.

KIND : {kinds}.

La correspondance est devinée d'après les noms réels des colonnes (RPLS : IDENT_REP, IMMEU, DEPCOM, ETAGE, FINAN, MODE, BAIL… ; OPS ; exports SNE). MAPPING la remplace par des paires canonique=source séparées par « ; », par exemple « logement_id=NUM_LOGT;batiment_id=CODE_IMM ».

Un chemin CSV est lu avec ENCODING (auto : UTF-8, avec ou sans BOM, sinon Windows-1252) et SEPARATOR (auto : le plus fréquent de ; , tabulation |). Les virgules décimales, les étages « RC » et les dates jj/mm/aaaa, aaaa-mm-jj ou aaaammjj sont compris.

Un classeur Excel (.xlsx) ou LibreOffice (.ods) est lu à la feuille SHEET (par son nom ; vide : la première feuille qui contient la table). Son en-tête est la ligne, parmi les 20 premières, qui porte le plus de noms de colonnes connus : une ligne de titre au-dessus, ou une seconde ligne d'en-tête de libellés en dessous, est laissée de côté. Les cellules sont lues comme du texte : les codes gardent leurs zéros initiaux, les nombres saisis en texte peuvent avoir une virgule décimale, les dates peuvent être des dates Excel ou du texte. Une formule jamais calculée par un tableur est lue vide (le journal indique quelles cellules).

Un champ obligatoire absent arrête l'import avec un message qui le nomme. Les lignes sans valeur obligatoire, ou qui répètent un identifiant, sont écartées ; les valeurs illisibles et les codes inconnus sont laissés vides : le rapport (REPORT) liste chaque cas avec ses lignes.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="102"/>
        <source>Raw table (layer, table, CSV file or .xlsx / .ods workbook)</source>
        <translation>Table brute (couche, table, fichier CSV ou classeur .xlsx / .ods)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="114"/>
        <source>Sheet of an .xlsx / .ods workbook (empty: the first that holds the table)</source>
        <translation>Feuille d'un classeur .xlsx / .ods (vide : la première qui contient la table)</translation>
    </message>
</context>
<context>
    <name>IndicateursOccupation</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="49"/>
        <source>Occupancy indicators (OPS) per unit</source>
        <translation>Indicateurs d'occupation (OPS) par unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="96"/>
        <source>OPS households (table, layer or CSV)</source>
        <translation>Ménages OPS (table, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="98"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="101"/>
        <source>Millésime (survey year; empty = the only one in the table)</source>
        <translation>Millésime (année d'enquête ; vide = le seul de la table)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="104"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="107"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="109"/>
        <source>Reference date (default: 1 January of the millésime)</source>
        <translation>Date de référence (par défaut : 1er janvier du millésime)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="112"/>
        <source>Year of the PLUS ceilings (default: millésime − 1)</source>
        <translation>Année des plafonds PLUS (par défaut : millésime − 1)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="115"/>
        <source>Ceiling zone</source>
        <translation>Zone des plafonds</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="121"/>
        <source>Field mapping of the households (canonical=source;…)</source>
        <translation>Correspondance des champs des ménages (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="121"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="124"/>
        <source>Encoding of the CSV files</source>
        <translation>Encodage des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="126"/>
        <source>Separator of the CSV files</source>
        <translation>Séparateur des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="128"/>
        <source>Occupancy indicators</source>
        <translation>Indicateurs d'occupation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="139"/>
        <source>Reading the households…</source>
        <translation>Lecture des ménages…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="145"/>
        <source>Millésime {}: {} household(s).</source>
        <translation>Millésime {} : {} ménage(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="147"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="161"/>
        <source>Resources against the PLUS ceilings…</source>
        <translation>Ressources rapportées aux plafonds PLUS…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="165"/>
        <source>Placing the dwellings in the units…</source>
        <translation>Rattachement des logements aux unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="172"/>
        <source>{} household(s) reach no unit and are not counted.</source>
        <translation>{} ménage(s) ne sont rattachés à aucune unité et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="175"/>
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="179"/>
        <source>Secret statistique…</source>
        <translation>Secret statistique…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="186"/>
        <source>{} unit(s), {} masked by the secret statistique (threshold {}).</source>
        <translation>{} unité(s), dont {} masquées par le secret statistique (seuil {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="190"/>
        <source>A single unit holds households: the territory's own total must not be published next to this layer.</source>
        <translation>Une seule unité compte des ménages : le total du territoire ne doit pas être publié à côté de cette couche.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="201"/>
        <source>Occupancy {} — {}</source>
        <translation>Occupation {} — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="239"/>
        <source>{} household(s) classified from their income against the PLUS ceilings of {}.</source>
        <translation>{} ménage(s) classés d'après leur revenu selon les plafonds PLUS de {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="157"/>
        <source>{} household(s) of {} live in a dwelling absent from the dwellings table, not counted: row(s) {} (logement_id {}).</source>
        <translation>{} ménage(s) de {} occupent un logement absent de la table des logements, non compté(s) : ligne(s) {} (logement_id {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="61"/>
        <source>Joins the OPS households of one millésime to their dwellings and to the units of a level, and computes per unit, as ratios of sums at the unit's own scale: nb_menages, nb_personnes, taille_menage (persons per household) and the shares (%) of personnes seules, familles monoparentales, familles nombreuses (3 children under 14 or more, or 5 persons or more), lease holder aged 65 or more and under 30, resources under 20 / 40 / 60 % and over 100 % of the PLUS ceiling, APL, unemployment, precarious employment, recent move-ins (less than 2 years before the reference date) and the mean length of residence. Each share's denominator is the households for which the variable is known, written beside it (n_monoparentales…), so a map can say "n = 37".

When the survey gives the annual income rather than the band, the household is classified against the PLUS ceiling of its category and zone (ZONE, or from the dwelling's commune) for PLAFONDS_YEAR (default: the year before the millésime), from the dated table resources/plafonds_plus.csv. The category is that of the arrêté du 29 juillet 1987, annexe (domain.md 5.5): 1 = one person; 2 = two persons with no dependant; 3 = three persons, or one person with one dependant, or a young couple with no dependant (ages adding up to 55 or less); 4 = four, or one person with two dependants; and so on up to 6, then the amount per extra person. So a single parent (COMPOSITION famille monoparentale: one adult, the other persons dependants) is one category above the count of persons; a young couple is read from COMPOSITION couple sans enfant, AGE_TITULAIRE and AGE_CONJOINT; a disabled member (HANDICAP) moves the household one category up. Where the survey lacks these columns the rule is applied as far as it can be, and the category can be one too low. uc_moy is the mean number of consumption units (1 + 0.5 per other person aged 14 or more + 0.3 per child under 14); nb_uc_approchees counts the households whose children's ages were unknown (every other person then counts as 14 or more).

Secret statistique: every household figure of a unit of fewer than SECRET_THRESHOLD households (11 by default) is NULL with secret = true; so that no masked unit can be recovered by subtraction, the smallest published sibling is masked too (the floors of a building; at the other levels, the units of the territory). Likewise, cell by cell, a share whose denominator is under the threshold is masked. A threshold under 5 needs USAGE_INTERNE, and is written in the layer's metadata.

LEVEL: {levels}. Dwellings reach their units as in indicateurs_parc (key, building, location).</source>
        <translation>Relie les ménages OPS d'un millésime à leurs logements et aux unités d'un niveau, et calcule par unité, en rapports de sommes à l'échelle de l'unité : nb_menages, nb_personnes, taille_menage (personnes par ménage) et les parts (%) de personnes seules, familles monoparentales, familles nombreuses (3 enfants de moins de 14 ans ou plus, ou 5 personnes ou plus), titulaire de 65 ans ou plus et de moins de 30 ans, ressources inférieures à 20 / 40 / 60 % et supérieures à 100 % du plafond PLUS, APL, chômage, emploi précaire, emménagés récents (moins de 2 ans avant la date de référence) et l'ancienneté moyenne. Le dénominateur de chaque part est le nombre de ménages pour lesquels la variable est connue, écrit à côté (n_monoparentales…), pour qu'une carte puisse dire « n = 37 ».

Quand l'enquête donne le revenu annuel plutôt que la tranche, le ménage est classé selon le plafond PLUS de sa catégorie et de sa zone (ZONE, ou d'après la commune du logement) pour PLAFONDS_YEAR (par défaut l'année précédant le millésime), d'après la table datée resources/plafonds_plus.csv. La catégorie est celle de l'arrêté du 29 juillet 1987, annexe (domain.md 5.5) : 1 = une personne ; 2 = deux personnes sans personne à charge ; 3 = trois personnes, ou une personne seule avec une personne à charge, ou un jeune ménage sans personne à charge (somme des âges de 55 ans au plus) ; 4 = quatre personnes, ou une personne seule avec deux personnes à charge ; et ainsi de suite jusqu'à 6, puis le montant par personne supplémentaire. Une famille monoparentale (COMPOSITION famille monoparentale : un adulte, les autres personnes à charge) est donc une catégorie au-dessus de son nombre de personnes ; un jeune ménage se lit dans COMPOSITION couple sans enfant, AGE_TITULAIRE et AGE_CONJOINT ; un membre en situation de handicap (HANDICAP) fait monter le ménage d'une catégorie. Quand l'enquête n'a pas ces colonnes, la règle est appliquée autant qu'elle peut l'être et la catégorie peut être trop basse d'un cran. uc_moy est le nombre moyen d'unités de consommation (1 + 0,5 par autre personne de 14 ans ou plus + 0,3 par enfant de moins de 14 ans) ; nb_uc_approchees compte les ménages dont l'âge des enfants est inconnu (toute autre personne compte alors pour 14 ans ou plus).

Secret statistique : tous les chiffres « ménages » d'une unité de moins de SECRET_THRESHOLD ménages (11 par défaut) sont NULL avec secret = vrai ; pour qu'aucune unité masquée ne puisse être retrouvée par soustraction, la plus petite unité sœur publiée est masquée aussi (les étages d'un bâtiment ; aux autres niveaux, les unités du territoire). De même, case par case, une part dont le dénominateur est sous le seuil est masquée. Un seuil inférieur à 5 exige USAGE_INTERNE et est inscrit dans les métadonnées de la couche.

LEVEL : {levels}. Les logements sont rattachés aux unités comme dans indicateurs_parc (clé, bâtiment, localisation).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="52"/>
        <source>Sources of the rules: domain.md 5.5 (the shares of the enquête OPS: familles nombreuses, resources against the PLUS ceiling), 5.1 (UC, modified OECD scale), section 4 (ratios of sums) and 6 (secret statistique: primary, secondary, cell by cell). The PLUS ceilings are those published every 1 January by arrêté (resources/plafonds_plus.csv, dated); the household categories those of the annex of the arrêté du 29 juillet 1987 (domain.md 5.5).</source>
        <translation>Sources des règles : domain.md 5.5 (les parts de l'enquête OPS : familles nombreuses, ressources rapportées au plafond PLUS), 5.1 (UC, échelle de l'OCDE modifiée), section 4 (ratios de sommes) et 6 (secret statistique : primaire, secondaire, case par case). Les plafonds PLUS sont ceux publiés chaque 1er janvier par arrêté (resources/plafonds_plus.csv, datés) ; les catégories de ménages sont celles de l'annexe de l'arrêté du 29 juillet 1987 (domain.md 5.5).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="115"/>
        <source>Automatic (from the commune of each dwelling)</source>
        <translation>Automatique (selon la commune de chaque logement)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="115"/>
        <source>Outside Île-de-France</source>
        <translation>Hors Île-de-France</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="115"/>
        <source>Île-de-France, other communes</source>
        <translation>Île-de-France hors Paris et communes limitrophes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="115"/>
        <source>Paris and neighbouring communes</source>
        <translation>Paris et communes limitrophes</translation>
    </message>
</context>
<context>
    <name>IndicateursParc</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="36"/>
        <source>Stock indicators (RPLS) per unit</source>
        <translation>Indicateurs du parc (RPLS) par unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="47"/>
        <source>Counts the social dwellings of each unit (floor, building, residence, block, IRIS, QPV / outside QPV, commune, EPCI, or landlord as a table) and computes, as ratios of sums at the unit's own scale:
- tx_vacance = dwellings vacant offered for rent (mode 2) / dwellings in modes 1+2;
- tx_vacance_3mois: the same, vacancy started more than 3 months before the reference date;
- part_plai, part_plus, part_pls, part_pli: shares of the financing families among dwellings whose FINAN is known;
- part_t1 … part_t5_plus: sizes; nb_rdc, nb_etages_1_4, nb_etages_5_plus, etage_max: floors;
- surface_moy, loyer_m2 (sum of rents / sum of surfaces of let dwellings);
- anciennete_moy and part_emmenages_recents (lease less than 2 years old) of let dwellings, masked (NULL, secret = true) where fewer than SECRET_THRESHOLD leases are known (secret statistique).
Rates are percentages (0-100); an indicator whose source column is absent is NULL.

LEVEL: {levels}.

How a dwelling reaches its unit (JOIN_METHOD auto): by the key it carries for the level (batiment_id, residence_id, code_iris, code_qpv, depcom); else by its building, when BATIMENTS has the UNIT_ID field (e.g. ilot_id); else by location (the dwelling's point, or its building's, in the unit polygons), after reprojection to the units' CRS. The log says which was used and how many dwellings fell outside every unit.

LOGEMENTS may be a canonical table from import_table or a raw RPLS table: it is mapped and validated the same way (MAPPING, ENCODING, SEPARATOR). A row standing for several dwellings (RPLS aggregated to addresses) is weighted by nb_logements.
REFERENCE_DATE defaults to the 1 January that follows the latest lease or vacancy date (RPLS describes the stock at 1 January).</source>
        <translation>Compte les logements sociaux de chaque unité (étage, bâtiment, résidence, îlot, IRIS, QPV / hors QPV, commune, EPCI, ou bailleur en table) et calcule, en rapports de sommes à l'échelle de l'unité :
- tx_vacance = logements vacants proposés à la location (mode 2) / logements en modes 1+2 ;
- tx_vacance_3mois : idem, vacance commencée plus de 3 mois avant la date de référence ;
- part_plai, part_plus, part_pls, part_pli : parts des familles de financement parmi les logements dont le FINAN est connu ;
- part_t1 … part_t5_plus : typologies ; nb_rdc, nb_etages_1_4, nb_etages_5_plus, etage_max : étages ;
- surface_moy, loyer_m2 (somme des loyers / somme des surfaces des logements loués) ;
- anciennete_moy et part_emmenages_recents (bail de moins de 2 ans) des logements loués, masqués (NULL, secret = vrai) là où moins de SECRET_THRESHOLD baux sont connus (secret statistique).
Les taux sont des pourcentages (0-100) ; un indicateur dont la colonne source manque est NULL.

LEVEL : {levels}.

Rattachement d'un logement à son unité (JOIN_METHOD auto) : par la clé qu'il porte pour le niveau (batiment_id, residence_id, code_iris, code_qpv, depcom) ; sinon par son bâtiment, quand BATIMENTS a le champ UNIT_ID (par ex. ilot_id) ; sinon par localisation (le point du logement, ou celui de son bâtiment, dans les polygones des unités), après reprojection dans le SCR des unités. Le journal dit la méthode utilisée et combien de logements ne tombent dans aucune unité.

LOGEMENTS peut être une table canonique issue de import_table ou une table RPLS brute : elle est mise en correspondance et validée de la même façon (MAPPING, ENCODING, SEPARATOR). Une ligne qui représente plusieurs logements (RPLS agrégé à l'adresse) est pondérée par nb_logements.
REFERENCE_DATE vaut par défaut le 1er janvier qui suit la date de bail ou de vacance la plus récente (le RPLS décrit le parc au 1er janvier).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="76"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="79"/>
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="82"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="85"/>
        <source>Keep units without dwellings</source>
        <translation>Garder les unités sans logement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="87"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="89"/>
        <source>Encoding of a CSV file</source>
        <translation>Encodage d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="91"/>
        <source>Separator of a CSV file</source>
        <translation>Séparateur d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="93"/>
        <source>Stock indicators</source>
        <translation>Indicateurs du parc</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="102"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="106"/>
        <source>Placing the dwellings in the units…</source>
        <translation>Rattachement des logements aux unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="114"/>
        <source>{} dwelling(s) reach no unit and are not counted.</source>
        <translation>{} logement(s) ne sont rattachés à aucune unité et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="117"/>
        <source>Reference date: {}</source>
        <translation>Date de référence : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="118"/>
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="122"/>
        <source>{} unit(s), {} dwelling(s) counted.</source>
        <translation>{} unité(s), {} logement(s) comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="148"/>
        <source>Stock indicators — {}</source>
        <translation>Indicateurs du parc — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="39"/>
        <source>Sources of the rules: domain.md 5.4 (taux de vacance = RPLS mode 2 / modes 1+2, the modes of occupation of the RPLS transmission; vacancy over 3 months; length of tenure from the lease date), section 4 (every rate a ratio of sums at its own scale), 3.1 (financing families from the RPLS FINAN codes) and 6 (secret statistique, 11 households).</source>
        <translation>Sources des règles : domain.md 5.4 (taux de vacance = mode 2 du RPLS / modes 1+2, les modes d'occupation de la transmission RPLS ; vacance de plus de 3 mois ; ancienneté depuis la date du bail), section 4 (chaque taux est un ratio de sommes à sa propre échelle), 3.1 (familles de financement d'après les codes FINAN du RPLS) et 6 (secret statistique, 11 ménages).</translation>
    </message>
</context>
<context>
    <name>Inspecteur</name>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="45"/>
        <source>Peuplement — residence inspector</source>
        <translation>Peuplement — inspecteur de résidence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="229"/>
        <source>Residence inspector</source>
        <translation>Inspecteur de résidence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="48"/>
        <source>Inspect a building on the map</source>
        <translation>Inspecter un bâtiment sur la carte</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="48"/>
        <source>Inspect the selected building or résidence</source>
        <translation>Inspecter le bâtiment ou la résidence sélectionné(e)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="48"/>
        <source>Residence inspector settings…</source>
        <translation>Paramètres de l'inspecteur de résidence…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="217"/>
        <source>Select a building or a résidence on the active layer first.</source>
        <translation>Sélectionnez d'abord un bâtiment ou une résidence dans la couche active.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/inspecteur.py" line="229"/>
        <source>The selected feature has no building nor résidence identifier.</source>
        <translation>L'entité sélectionnée n'a ni identifiant de bâtiment ni identifiant de résidence.</translation>
    </message>
</context>
<context>
    <name>InspecteurDock</name>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="78"/>
        <source>Residence inspector</source>
        <translation>Inspecteur de résidence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="94"/>
        <source>INTERNAL USE — dwelling-level view for the bailleur's own staff, not for publication</source>
        <translation>USAGE INTERNE — vue au logement réservée aux équipes du bailleur, ne pas publier</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="102"/>
        <source>No building open: click one on the map, search the locator bar or select one and use « open from selection ».</source>
        <translation>Aucun bâtiment ouvert : cliquez-en un sur la carte, cherchez-le dans la barre de recherche ou sélectionnez-le et utilisez « ouvrir la sélection ».</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="106"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="117"/>
        <source>Colour by</source>
        <translation>Couleur selon</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="119"/>
        <source>Share of</source>
        <translation>Part de</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="121"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="144"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="145"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="146"/>
        <source>Attribution what-if</source>
        <translation>Simulation d'attribution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="168"/>
        <source>Occupation status</source>
        <translation>Statut d'occupation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="169"/>
        <source>Household composition</source>
        <translation>Composition du ménage</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="170"/>
        <source>Resources (% of PLUS ceiling)</source>
        <translation>Ressources (% du plafond PLUS)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="171"/>
        <source>Length of tenure</source>
        <translation>Ancienneté dans le logement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="172"/>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="173"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="194"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="194"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="194"/>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="194"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="199"/>
        <source>Add an observation…</source>
        <translation>Ajouter une observation…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="211"/>
        <source>Vacant dwelling</source>
        <translation>Logement vacant</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="220"/>
        <source>DALO</source>
        <translation>DALO</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="221"/>
        <source>Priority household</source>
        <translation>Ménage prioritaire</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="222"/>
        <source>Rehoused by urban renewal</source>
        <translation>Relogé (renouvellement urbain)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="232"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="233"/>
        <source>Children under 14</source>
        <translation>Enfants de moins de 14 ans</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="234"/>
        <source>Monthly resources</source>
        <translation>Ressources mensuelles</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="245"/>
        <source>Simulate (changes no data)</source>
        <translation>Simuler (aucune donnée modifiée)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="315"/>
        <source>No dwellings layer configured: open the settings.</source>
        <translation>Aucune couche de logements configurée : ouvrez les paramètres.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="338"/>
        <source>No dwelling found for résidence {}.</source>
        <translation>Aucun logement trouvé pour la résidence {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="365"/>
        <source>Résidence {} — buildings: {}</source>
        <translation>Résidence {} — bâtiments : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="368"/>
        <source>Building {}</source>
        <translation>Bâtiment {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="384"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="384"/>
        <source>Résidence</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="384"/>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="385"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="385"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="398"/>
        <source>Outside QPV</source>
        <translation>Hors QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="405"/>
        <source>Vacancy rate</source>
        <translation>Taux de vacance</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="406"/>
        <source>Resources under 40 % of the ceiling</source>
        <translation>Ressources &lt; 40 % du plafond</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="407"/>
        <source>Single-parent families</source>
        <translation>Familles monoparentales</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="408"/>
        <source>Single persons</source>
        <translation>Personnes seules</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="409"/>
        <source>Large families</source>
        <translation>Familles nombreuses</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="410"/>
        <source>Lease holder unemployed</source>
        <translation>Titulaire au chômage</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="411"/>
        <source>Moved in less than 2 years ago</source>
        <translation>Emménagés depuis moins de 2 ans</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="421"/>
        <source>Fragility index: not computed for this place (run peuplement:fragilite and choose its layer in the settings).</source>
        <translation>Indice de fragilité : non calculé pour ce lieu (lancez peuplement:fragilite et choisissez sa couche dans les paramètres).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="427"/>
        <source>Fragility ({}): {}</source>
        <translation>Fragilité ({}) : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="474"/>
        <source>Observation added.</source>
        <translation>Observation ajoutée.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="478"/>
        <source>The observation could not be added: {}</source>
        <translation>L'observation n'a pas pu être ajoutée : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="493"/>
        <source>Pick a vacant dwelling first (in the list, or click it in the view).</source>
        <translation>Choisissez d'abord un logement vacant (dans la liste, ou en cliquant dessus dans la vue).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="496"/>
        <source>No attributions layer configured: the objectives cannot be computed.</source>
        <translation>Aucune couche d'attributions configurée : les objectifs ne peuvent pas être calculés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="509"/>
        <source> (children unknown: approximated)</source>
        <translation> (enfants inconnus : approché)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="510"/>
        <source>&lt;b&gt;UC&lt;/b&gt;: {uc:.2f}{approx} · &lt;b&gt;annual income per UC&lt;/b&gt;: {income}</source>
        <translation>&lt;b&gt;UC&lt;/b&gt; : {uc:.2f}{approx} · &lt;b&gt;revenu annuel par UC&lt;/b&gt; : {income}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="512"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="513"/>
        <source>computed from the applications</source>
        <translation>calculé sur les demandes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="513"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="515"/>
        <source>&lt;b&gt;Quartile&lt;/b&gt;: {q} — Q1 threshold {year}: {threshold} ({source})</source>
        <translation>&lt;b&gt;Quartile&lt;/b&gt; : {q} — seuil du 1er quartile {year} : {threshold} ({source})</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="522"/>
        <source>in a QPV</source>
        <translation>en QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="522"/>
        <source>outside QPV</source>
        <translation>hors QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="523"/>
        <source>The dwelling is {}.</source>
        <translation>Le logement est {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="524"/>
        <source>&lt;b&gt;Résidence&lt;/b&gt; ({n} households surveyed):</source>
        <translation>&lt;b&gt;Résidence&lt;/b&gt; ({n} ménages enquêtés) :</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="525"/>
        <source>resources under 40 % of the ceiling</source>
        <translation>ressources &lt; 40 % du plafond</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="526"/>
        <source>single persons</source>
        <translation>personnes seules</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="527"/>
        <source>large families</source>
        <translation>familles nombreuses</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="529"/>
        <source>&amp;nbsp;&amp;nbsp;{label}: {before} → {after}</source>
        <translation>&amp;nbsp;&amp;nbsp;{label} : {before} → {after}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="531"/>
        <source>&lt;b&gt;EPCI objectives {year}&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Objectifs de l'EPCI {year}&lt;/b&gt; :</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="532"/>
        <source>the hors-QPV Q1 share</source>
        <translation>la part du 1er quartile hors QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="532"/>
        <source>the QPV Q2-Q4 share</source>
        <translation>la part des quartiles 2 à 4 en QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="533"/>
        <source>the priority households share</source>
        <translation>la part des publics prioritaires</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="535"/>
        <source>&amp;nbsp;&amp;nbsp;with it, {label} goes from {before} to {after} (target {target}); {needed} more needed</source>
        <translation>&amp;nbsp;&amp;nbsp;avec elle, {label} passe de {before} à {after} (objectif {target}) ; encore {needed} nécessaire(s)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="539"/>
        <source>&lt;i&gt;A simulation: no data is changed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Une simulation : aucune donnée n'est modifiée.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="225"/>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="225"/>
        <source>Single person</source>
        <translation>Personne seule</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="225"/>
        <source>Couple without children</source>
        <translation>Couple sans enfant</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="225"/>
        <source>Couple with children</source>
        <translation>Couple avec enfants</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="225"/>
        <source>Single parent</source>
        <translation>Famille monoparentale</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="225"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="230"/>
        <source>Young couple (ages adding up to 55 or less)</source>
        <translation>Jeune ménage (somme des âges de 55 ans au plus)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="231"/>
        <source>Disabled member</source>
        <translation>Membre en situation de handicap</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="235"/>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="519"/>
        <source>&lt;i&gt;Warning: the threshold of {made} (applications at 31/12/{stock}) is applied to {year}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Attention : le seuil de {made} (demandes au 31/12/{stock}) est appliqué à {year}.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ObjectifsAttribution</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="74"/>
        <source>Attribution objectives (loi Égalité et Citoyenneté)</source>
        <translation>Objectifs d'attribution (loi Égalité et Citoyenneté)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="157"/>
        <source>Attributions (SNE table, layer or CSV)</source>
        <translation>Attributions (table SNE, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="159"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="161"/>
        <source>QPV polygons</source>
        <translation>Polygones des QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="163"/>
        <source>QPV code field</source>
        <translation>Champ du code QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="166"/>
        <source>QPV status of a dwelling from</source>
        <translation>Statut QPV d'un logement d'après</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="178"/>
        <source>Published Q1 threshold (annual income per UC, euros)</source>
        <translation>Seuil du 1er quartile publié (revenu annuel par UC, euros)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="181"/>
        <source>Published Q1 thresholds per EPCI and year (epci:year=value;…)</source>
        <translation>Seuils du 1er quartile publiés par EPCI et par année (epci:annee=valeur;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="184"/>
        <source>EPCI code of the dwellings (when the territory is one EPCI)</source>
        <translation>Code de l'EPCI des logements (quand le territoire est un seul EPCI)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="186"/>
        <source>Communes with their EPCI (depcom, code_epci)</source>
        <translation>Communes et leur EPCI (depcom, code_epci)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="189"/>
        <source>Year (empty = every year)</source>
        <translation>Année (vide = toutes les années)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="199"/>
        <source>Targets (%)</source>
        <translation>Objectifs (%)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="206"/>
        <source>Field mapping of the attributions (canonical=source;…)</source>
        <translation>Correspondance des champs des attributions (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="206"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="206"/>
        <source>Field mapping of the applications (canonical=source;…)</source>
        <translation>Correspondance des champs des demandes (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="210"/>
        <source>Encoding of the CSV files</source>
        <translation>Encodage des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="212"/>
        <source>Separator of the CSV files</source>
        <translation>Séparateur des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="675"/>
        <source>Attribution objectives</source>
        <translation>Objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="677"/>
        <source>Quartile thresholds used</source>
        <translation>Seuils de quartiles utilisés</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="218"/>
        <source>Attributions (points, internal use)</source>
        <translation>Attributions (points, usage interne)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="220"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="220"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="235"/>
        <source>Reading the attributions…</source>
        <translation>Lecture des attributions…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="238"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="244"/>
        <source>Quartile limits from the applications…</source>
        <translation>Limites des quartiles d'après les demandes…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="258"/>
        <source>QPV status of the dwellings…</source>
        <translation>Statut QPV des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="262"/>
        <source>Attributions to their dwellings…</source>
        <translation>Rattachement des attributions à leurs logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="291"/>
        <source>Quartiles of the attributions…</source>
        <translation>Quartiles des attributions…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="303"/>
        <source>No Q1 threshold for EPCI {} in {}: the quartile of the source is used where given.</source>
        <translation>Aucun seuil du 1er quartile pour l'EPCI {} en {} : le quartile de la source est utilisé quand il est donné.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="314"/>
        <source>Objectives…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="330"/>
        <source>{}: {} row(s), {} below the target of {} %.</source>
        <translation>{} : {} ligne(s), dont {} sous l'objectif de {} %.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="342"/>
        <source>Writing the outputs…</source>
        <translation>Écriture des résultats…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="350"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="381"/>
        <source>{} attribution(s), year(s) {}.</source>
        <translation>{} attribution(s), année(s) {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="404"/>
        <source>No EPSG column: x / y read as EPSG:{}.</source>
        <translation>Pas de colonne EPSG : x / y lus en EPSG:{}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="475"/>
        <source>EPCI {}: Q1 ≤ {:.0f}, Q2 ≤ {:.0f}, Q3 ≤ {:.0f} € per UC, from {} application(s) with a known income ({} in all).</source>
        <translation>EPCI {} : Q1 ≤ {:.0f}, Q2 ≤ {:.0f}, Q3 ≤ {:.0f} € par UC, d'après {} demande(s) au revenu connu ({} en tout).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="556"/>
        <source>No QPV layer or no dwelling coordinates: the QPV status comes from the code_qpv of the dwellings.</source>
        <translation>Pas de couche des QPV ou pas de coordonnées des logements : le statut QPV vient du code_qpv des logements.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="560"/>
        <source>The dwellings have no code_qpv: the QPV status comes from their location.</source>
        <translation>Les logements n'ont pas de code_qpv : le statut QPV vient de leur localisation.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="566"/>
        <source>QPV status from: {}.</source>
        <translation>Statut QPV d'après : {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="572"/>
        <source>{} dwelling(s) whose QPV status by location differs from their code_qpv, e.g. {}.</source>
        <translation>{} logement(s) dont le statut QPV par localisation diffère de leur code_qpv, par exemple {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="575"/>
        <source>The QPV status by location and the code_qpv of the dwellings agree.</source>
        <translation>Le statut QPV par localisation et le code_qpv des logements concordent.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="578"/>
        <source>{} dwelling(s) without a known QPV status (no coordinates).</source>
        <translation>{} logement(s) sans statut QPV connu (sans coordonnées).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="601"/>
        <source>{} dwelling(s) whose commune is not in COMMUNES: EPCI unknown.</source>
        <translation>{} logement(s) dont la commune est absente de COMMUNES : EPCI inconnu.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="613"/>
        <source>Every dwelling taken in EPCI {} (the only EPCI of the thresholds).</source>
        <translation>Tous les logements sont rattachés à l'EPCI {} (le seul EPCI des seuils).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="718"/>
        <source>Attributions (internal use)</source>
        <translation>Attributions (usage interne)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="201"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="204"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="321"/>
        <source>{} row(s), {} masked by the secret statistique (threshold {}).</source>
        <translation>{} ligne(s), dont {} masquées par le secret statistique (seuil {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="324"/>
        <source>{} {}: a single group holds attributions and it is masked: the territory's own figure must not be published either.</source>
        <translation>{} {} : un seul groupe compte des attributions et il est masqué : le chiffre du territoire ne doit pas non plus être publié.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="316"/>
        <source>The attributions have no DALO nor priority column: the prioritaires objective is not computed.</source>
        <translation>Les attributions n'ont ni colonne DALO ni colonne de public prioritaire : l'objectif des publics prioritaires n'est pas calculé.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="252"/>
        <source>The attributions have no relogement column: only the Q1 households count for the hors QPV objective.</source>
        <translation>Les attributions n'ont pas de colonne de relogement : seuls les ménages du 1er quartile comptent pour l'objectif hors QPV.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="267"/>
        <source>{} attribution(s) of a dwelling absent from the dwellings table, QPV status, commune and EPCI unknown: row(s) {} (logement_id {}).</source>
        <translation>{} attribution(s) d'un logement absent de la table des logements, statut QPV, commune et EPCI inconnus : ligne(s) {} (logement_id {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="172"/>
        <source>Applications in progress (SNE demandes), one table per year, for the computed quartiles</source>
        <translation>Demandes en cours (SNE), une table par année, pour les quartiles calculés</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="175"/>
        <source>Date of each applications table (yyyy-mm-dd;…, empty = its latest date_depot)</source>
        <translation>Date de chaque table de demandes (aaaa-mm-jj;…, vide = sa dernière date_depot)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="299"/>
        <source>EPCI {}: the attributions of {} are classified with the threshold of {} (applications at 31/12/{}): no applications table dated 31/12/{} was given.</source>
        <translation>EPCI {} : les attributions de {} sont classées avec le seuil de {} (demandes au 31/12/{}) : aucune table de demandes datée du 31/12/{} n'a été donnée.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="334"/>
        <source>The State's contingent (réservataires 1, 2, 5): {} row(s) with its share of priority households and no verdict; the prioritaires rates count the other réservataires only.</source>
        <translation>Contingent de l'État (réservataires 1, 2, 5) : {} ligne(s) avec sa part de ménages prioritaires, sans verdict ; les taux prioritaires ne comptent que les autres réservataires.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="338"/>
        <source>The attributions have no réservataire: the State's contingent cannot be set aside from the prioritaires rates (the law sets 25 % for the other réservataires only).</source>
        <translation>Les attributions n'ont pas de réservataire : le contingent de l'État ne peut pas être écarté des taux prioritaires (la loi fixe 25 % pour les autres réservataires seulement).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="472"/>
        <source>Applications {}: stock at {} ({}), threshold of {}.</source>
        <translation>Demandes {} : stock au {} ({}), seuil de {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="510"/>
        <source>Île-de-France: one regional Q1 threshold for the EPCI {} (computed over their applicants together, or THRESHOLDS IDF:year=value).</source>
        <translation>Île-de-France : un seuil Q1 régional pour les EPCI {} (calculé sur l'ensemble de leurs demandeurs, ou THRESHOLDS IDF:annee=valeur).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="77"/>
        <source>Sources of the rules: loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la citoyenneté, which set in article L441-1 of the code de la construction et de l'habitation the three objectives (at least 25 % of the attributions outside QPV to the first quartile or to households rehoused by urban renewal, at least 50 % in QPV to quartiles 2 to 4, at least 25 % of the attributions of each réservataire other than the State to DALO and priority households), domain.md 5.3; the first-quartile threshold published each year per EPCI by arrêté (one regional value in Île-de-France) from the applicants registered at 31 December of the year before, domain.md 5.2; the financing of the dwellings, RPLS finan (domain.md 3.1); UC, domain.md 5.1; secret statistique, domain.md 6.</source>
        <translation>Sources des règles : loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la citoyenneté, qui a fixé à l'article L441-1 du code de la construction et de l'habitation les trois objectifs (au moins 25 % des attributions hors QPV au premier quartile ou aux ménages relogés dans le cadre du renouvellement urbain, au moins 50 % en QPV aux quartiles 2 à 4, au moins 25 % des attributions de chaque réservataire autre que l'État aux ménages DALO et prioritaires), domain.md 5.3 ; le seuil du premier quartile publié chaque année par EPCI par arrêté (une valeur régionale en Île-de-France) d'après les demandeurs inscrits au 31 décembre de l'année précédente, domain.md 5.2 ; le financement des logements, finan du RPLS (domain.md 3.1) ; UC, domain.md 5.1 ; secret statistique, domain.md 6.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="89"/>
        <source>Compares the attributions (SNE) of each year to the objectives of the loi Égalité et Citoyenneté or of the CIA (domain.md 5.3), per GROUP_BY: {groups}.

Objectives (TARGETS, legal defaults hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25):
- hors_qpv_q1: attributions of dwellings outside QPV going to first-quartile (Q1) applicants or to households rehoused by urban renewal (relogés; a household both counts once), over the attributions outside QPV;
- qpv_q2_q4: attributions in QPV going to applicants of quartiles 2 to 4, over the attributions in QPV;
- prioritaires: attributions going to DALO or priority households, over the attributions of the réservataires the law obliges (article L441-1 of the CCH: collectivités and EPCI, Action Logement, the bailleur on its non-reserved dwellings and on dwellings handed back to it; domain.md 5.3). The law sets it for each réservataire (GROUP_BY = reservataire); a rate over several réservataires (per EPCI, commune, bailleur, QPV, financing) counts the obligated réservataires only, and says so: perimetre names what the row counts, nb_etat_exclues the State's attributions set aside (an attribution whose réservataire is unknown counts as obligated; without a réservataire column nothing can be set aside and perimetre says so).
- prioritaires_etat: the State's contingent (préfet: réservataire codes 1, 2 and 5) with its share of DALO or priority households and no verdict: no target, no gap, no status, no missing count, as the 25 % is not set for the State.
DALO on its own (domain.md 5.3): the rows of both give nb_dalo and part_dalo (DALO households over the same attributions) beside part_public (DALO or priority).
Each row gives nb_attributions (the denominator), nb_public (the right kind), part_public (%), objectif_pct, ecart_points (rate − target), statut (atteint; proche: missed by less than 5 points; non atteint) and nb_manquantes: the attributions of the right kind that should have replaced others to reach the target, the number of attributions (the dwellings let) being fixed: the smallest m ≥ 0 with (nb_public + m) / nb_attributions ≥ target. Rows with no attribution in the denominator are left out. An attribution with an unknown income is in the denominator but never of the right kind for the income objectives (nb_revenu_inconnu says how many).

Quartiles (domain.md 5.1, 5.2): annual income per UC = monthly income × 12 / UC, UC = 1 + 0.5 per other person aged 14 or more + 0.3 per child under 14 (children unknown: every other person counts as 14 or more, nb_uc_approchees). An attribution is Q1 when its income per UC is ≤ the Q1 limit of its EPCI and year: THRESHOLDS (published values of the arrêté, 'epci:year=value;…' or 'epci=value' for every year; 'IDF:year=value' for the regional value of Île-de-France), else Q1_THRESHOLD (one published value), else the limit computed from the DEMANDES in progress (the highest income per UC of the poorest 25 % of the applicants of the EPCI). The quartile given by the source fills the attributions that cannot be classified.
Thresholds per year (domain.md 5.2; the arrêté publishes the threshold of year N from the applicants registered in the SNE at 31 December of N − 1): DEMANDES takes one table per year; each is dated by DEMANDES_DATES (yyyy-mm-dd, in the order of the tables; empty: its latest date_depot), and a table dated D sets the threshold of the year after D. A year without its own table is classified with the nearest one and a warning names both years (log, OUTPUT_THRESHOLDS, report); two tables for one year are refused. In Île-de-France (EPCI whose dwellings, or whose applicants' first wished commune, are in the region) one regional threshold applies to every EPCI: computed over the region's applicants together, or THRESHOLDS IDF:year=value. A single DEMANDES table, as in earlier versions, still works.
OUTPUT_THRESHOLDS lists, per EPCI and year, the limits used, their source (calculé / publié), annee_seuil (the year the threshold was made for; empty: a value for every year), date_demandes, perimetre (EPCI or région Île-de-France), origine (where the threshold came from, in words) and the number of demandes they rest on.

A dwelling's QPV status (QPV_SOURCE) comes from its location in the QPV layer (RPLS X, Y, EPSG) or from the code_qpv of the dwellings table; when both are known, the disagreements are counted in the log and the report. The EPCI of a dwelling comes from COMMUNES (depcom → code_epci), else from EPCI, else from the only EPCI of the demandes or thresholds.

Secret statistique (domain.md 6): a row whose denominator counts fewer than SECRET_THRESHOLD attributions (11 by default) is NULL with secret = true, and so is the smallest published group of the same year and objective when one group alone is masked (else it would be recovered by subtraction); the prioritaires and prioritaires_etat rows of one group and year are masked together (together they are all its attributions); a threshold under 5 needs USAGE_INTERNE and is written in the table's metadata.

GROUP_BY financement: the attributions and the three objectives broken down by the financing of the attributed dwelling (RPLS finan: PLAI, PLUS, PLS, PLI, AUTRE) inside and outside QPV, one group per financing and side ("PLAI hors QPV", "PLAI en QPV"…), as bailleurs report it (domain.md 5.3): hors_qpv_q1 has the "hors QPV" groups, qpv_q2_q4 the "en QPV" ones, prioritaires both.

YEAR: the year of the lease; empty = every year (the yearly trend). OUTPUT_ATTRIBUTIONS holds one point per attribution at its dwelling: it is household-level, for internal use only (its metadata say so). OUTPUT_REPORT is a self-contained HTML page: one table per objective with a traffic light, the yearly trend, a map, the thresholds and the caveats.</source>
        <translation>Compare les attributions (SNE) de chaque année aux objectifs de la loi Égalité et Citoyenneté ou de la CIA (domain.md 5.3), par GROUP_BY : {groups}.

Objectifs (TARGETS, valeurs légales par défaut hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25) :
- hors_qpv_q1 : attributions de logements hors QPV à des demandeurs du 1er quartile (Q1) ou à des ménages relogés dans le cadre du renouvellement urbain (relogés ; un ménage qui est les deux compte une fois), sur les attributions hors QPV ;
- qpv_q2_q4 : attributions en QPV à des demandeurs des quartiles 2 à 4, sur les attributions en QPV ;
- prioritaires : attributions à des ménages DALO ou prioritaires, sur les attributions des réservataires que la loi oblige (article L441-1 du CCH : collectivités et EPCI, Action Logement, le bailleur sur ses logements non réservés et sur les logements qui lui sont rendus ; domain.md 5.3). La loi le fixe pour chaque réservataire (GROUP_BY = reservataire) ; un taux sur plusieurs réservataires (par EPCI, commune, bailleur, QPV, financement) ne compte que les réservataires obligés, et le dit : perimetre nomme ce que la ligne compte, nb_etat_exclues les attributions de l'État écartées (une attribution au réservataire inconnu compte comme obligée ; sans colonne réservataire rien ne peut être écarté et perimetre le dit).
- prioritaires_etat : le contingent de l'État (préfet : réservataires 1, 2 et 5) avec sa part de ménages DALO ou prioritaires et sans verdict : ni objectif, ni écart, ni statut, ni attributions manquantes, les 25 % ne s'appliquant pas à l'État.
Le DALO à part (domain.md 5.3) : les lignes des deux donnent nb_dalo et part_dalo (les ménages DALO sur les mêmes attributions) à côté de part_public (DALO ou prioritaires).
Chaque ligne donne nb_attributions (le dénominateur), nb_public (le public visé), part_public (%), objectif_pct, ecart_points (taux − objectif), statut (atteint ; proche : manqué de moins de 5 points ; non atteint) et nb_manquantes : le nombre d'attributions au public visé qui auraient dû en remplacer d'autres pour atteindre l'objectif, le nombre d'attributions (les logements loués) restant le même : le plus petit m ≥ 0 tel que (nb_public + m) / nb_attributions ≥ objectif. Les lignes sans attribution au dénominateur sont omises. Une attribution au revenu inconnu compte au dénominateur mais jamais dans le public visé des objectifs de revenu (nb_revenu_inconnu dit combien).

Quartiles (domain.md 5.1, 5.2) : revenu annuel par UC = revenu mensuel × 12 / UC, UC = 1 + 0,5 par autre personne de 14 ans ou plus + 0,3 par enfant de moins de 14 ans (enfants inconnus : chaque autre personne compte comme ayant 14 ans ou plus, nb_uc_approchees). Une attribution est Q1 quand son revenu par UC est ≤ la limite Q1 de son EPCI et de son année : THRESHOLDS (valeurs publiées par arrêté, « epci:annee=valeur;… » ou « epci=valeur » pour toutes les années ; « IDF:annee=valeur » pour la valeur régionale d'Île-de-France), sinon Q1_THRESHOLD (une valeur publiée), sinon la limite calculée sur les demandes en cours DEMANDES (le plus haut revenu par UC des 25 % de demandeurs les plus modestes de l'EPCI). Le quartile donné par la source complète les attributions qui ne peuvent pas être classées.
Seuils par année (domain.md 5.2 ; l'arrêté publie le seuil de l'année N d'après les demandeurs inscrits au SNE au 31 décembre de N − 1) : DEMANDES prend une table par année ; chacune est datée par DEMANDES_DATES (aaaa-mm-jj, dans l'ordre des tables ; vide : sa dernière date_depot), et une table datée D fixe le seuil de l'année qui suit D. Une année sans table propre est classée avec la plus proche et un avertissement nomme les deux années (journal, OUTPUT_THRESHOLDS, rapport) ; deux tables pour une même année sont refusées. En Île-de-France (EPCI dont les logements, ou la première commune souhaitée des demandeurs, sont dans la région), un seuil régional unique vaut pour tous les EPCI : calculé sur l'ensemble des demandeurs de la région, ou THRESHOLDS IDF:annee=valeur. Une seule table DEMANDES, comme dans les versions précédentes, fonctionne toujours.
OUTPUT_THRESHOLDS liste, par EPCI et par année, les limites utilisées, leur source (calculé / publié), annee_seuil (l'année pour laquelle le seuil a été fait ; vide : une valeur pour toutes les années), date_demandes, perimetre (EPCI ou région Île-de-France), origine (d'où vient le seuil, en clair) et le nombre de demandes sur lesquelles elles reposent.

Le statut QPV d'un logement (QPV_SOURCE) vient de sa localisation dans la couche des QPV (X, Y, EPSG du RPLS) ou du code_qpv de la table des logements ; quand les deux sont connus, les désaccords sont comptés dans le journal et le rapport. L'EPCI d'un logement vient de COMMUNES (depcom → code_epci), sinon de EPCI, sinon du seul EPCI des demandes ou des seuils.

Secret statistique (domain.md 6) : une ligne dont le dénominateur compte moins de SECRET_THRESHOLD attributions (11 par défaut) est NULL avec secret = vrai, de même que le plus petit groupe publié de la même année et du même objectif quand un seul groupe est masqué (sinon il se retrouverait par soustraction) ; les lignes prioritaires et prioritaires_etat d'un même groupe et d'une même année sont masquées ensemble (à elles deux, elles sont toutes ses attributions) ; un seuil inférieur à 5 demande USAGE_INTERNE et est inscrit dans les métadonnées de la table.

GROUP_BY financement : les attributions et les trois objectifs ventilés par financement du logement attribué (finan du RPLS : PLAI, PLUS, PLS, PLI, AUTRE), en QPV et hors QPV, un groupe par financement et par côté (« PLAI hors QPV », « PLAI en QPV »…), comme les bailleurs en rendent compte (domain.md 5.3) : hors_qpv_q1 a les groupes « hors QPV », qpv_q2_q4 les groupes « en QPV », prioritaires les deux.

YEAR : l'année du bail ; vide = toutes les années (l'évolution annuelle). OUTPUT_ATTRIBUTIONS contient un point par attribution, à son logement : c'est une couche au niveau du ménage, à usage interne seulement (ses métadonnées le disent). OUTPUT_REPORT est une page HTML autonome : un tableau par objectif avec un feu tricolore, l'évolution annuelle, une carte, les seuils et les précautions de lecture.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="166"/>
        <source>Its location in the QPV polygons</source>
        <translation>Sa localisation dans les polygones des QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="166"/>
        <source>The QPV code of the RPLS</source>
        <translation>Le code QPV du RPLS</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>Bailleur</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>Réservataire</source>
        <translation>Réservataire</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="192"/>
        <source>Financing of the dwelling (PLAI / PLUS / PLS), in and outside QPV</source>
        <translation>Financement du logement (PLAI / PLUS / PLS), en et hors QPV</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="46"/>
        <source>New field observation</source>
        <translation>Nouvelle observation de terrain</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="57"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="58"/>
        <source>Intensity (1-3)</source>
        <translation>Intensité (1-3)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/dock.py" line="59"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Observatoire</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="70"/>
        <source>Observatory: the whole chain</source>
        <translation>Observatoire : la chaîne complète</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="114"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="116"/>
        <source>OPS households, one table per millésime</source>
        <translation>Ménages OPS, une table par millésime</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="118"/>
        <source>Attributions (SNE table, layer or CSV)</source>
        <translation>Attributions (table SNE, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="120"/>
        <source>Departures (table, layer or CSV)</source>
        <translation>Départs (table, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="127"/>
        <source>Îlots (polygons with ilot_id)</source>
        <translation>Îlots (polygones avec ilot_id)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="129"/>
        <source>Buildings (with batiment_id and ilot_id)</source>
        <translation>Bâtiments (avec batiment_id et ilot_id)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="132"/>
        <source>QPV polygons (with code_qpv)</source>
        <translation>Polygones des QPV (avec code_qpv)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="134"/>
        <source>IRIS polygons (with code_iris)</source>
        <translation>Polygones des IRIS (avec code_iris)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="137"/>
        <source>Communes (polygons with depcom and code_epci)</source>
        <translation>Communes (polygones avec depcom et code_epci)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="140"/>
        <source>EPCI polygons (with code_epci)</source>
        <translation>Polygones des EPCI (avec code_epci)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="143"/>
        <source>Résidences (polygons with residence_id)</source>
        <translation>Résidences (polygones avec residence_id)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="146"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="150"/>
        <source>Observatory GeoPackage</source>
        <translation>GeoPackage de l'observatoire</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="150"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="152"/>
        <source>Steering committee report (HTML)</source>
        <translation>Rapport aux instances de pilotage (HTML)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="152"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="245"/>
        <source>Storing each layer's style in the GeoPackage…</source>
        <translation>Enregistrement du style de chaque couche dans le GeoPackage…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="250"/>
        <source>Style of the plugin Peuplement</source>
        <translation>Style du plugin Peuplement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="258"/>
        <source>Writing the steering committee report…</source>
        <translation>Écriture du rapport aux instances de pilotage…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="265"/>
        <source>{} layers written, each with its style.</source>
        <translation>{} couches écrites, chacune avec son style.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="371"/>
        <source>Step {}: {}</source>
        <translation>Étape {} : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="155"/>
        <source>Also publish into this PostGIS database</source>
        <translation>Publier aussi dans cette base PostGIS</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="158"/>
        <source>PostGIS schema of the published layers</source>
        <translation>Schéma PostGIS des couches publiées</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="323"/>
        <source>Publishing the layers into the PostGIS schema {}…</source>
        <translation>Publication des couches dans le schéma PostGIS {}…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="124"/>
        <source>Applications in progress (SNE demandes), one table per year</source>
        <translation>Demandes en cours (SNE), une table par année</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="73"/>
        <source>Runs the whole observatory chain and writes one GeoPackage (OUTPUT_GPKG) whose layers carry their style as default (layer_styles): dropping the file into QGIS shows styled maps.

Steps, each a child algorithm of this provider: import_table of every table with its validation report (rapport_…); indicateurs_parc (parc_…) and indicateurs_occupation of every millésime given in MENAGES (occupation_&lt;millésime&gt;_…) at the levels bâtiment, îlot, IRIS, QPV / hors QPV, commune, EPCI (and résidence with RESIDENCES; EPCI with its layer); evolution between the last two millésimes (evolution_…); flux per level from the îlot up (flux_…, with the flow lines, the origin-destination table, the departure motives and the yearly series at the QPV level); objectifs_attribution per EPCI, commune and QPV; pression_demande (applications in progress over attributions, per EPCI, first wished commune, typology and mutation); fragilite per îlot (occupancy of the latest millésime, tx_vacance of the stock, tx_rotation of the flows) and secteurs_fragiles_hors_qpv.

DEMANDES: one table of applications per year, as MENAGES (domain.md 5.2: the quartile threshold of year N rests on the applicants registered at 31/12/N − 1; each table is dated by its latest date_depot and serves the year after): objectifs_attribution classifies each year's attributions with its own threshold (objectifs_seuils says where each came from), the flows use the last table given. One table, as before, still works (rapport_demandes); several give rapport_demandes_1, _2… in the order given.

Publication: the canonical tables (one row per household or dwelling) stay in a working file deleted at the end, the attributed households' points are not written, and every share is masked under SECRET_THRESHOLD households (secret statistique, default 11). Before the GeoPackage is put in place, all its layers are protected together over the hierarchy of units (a masked figure cannot be recovered by subtraction from a parent, from QPV + hors QPV or between millésimes; see peuplement:proteger_publication) and audited by linear programming (peuplement:audit_secret): if any masked figure is pinned down, the run fails and writes nothing. The Graphical Modeler model runs the chain without this step: run peuplement:proteger_publication on its GeoPackage.

OUTPUT_REPORT: a self-contained HTML report for the steering committee (key indicators QPV / hors QPV / EPCI, evolution, flows, objectives, demand pressure, fragile sectors with a small map of each, data quality of the imports); every figure in it is read back from the GeoPackage.

POSTGIS_CONNECTION and POSTGIS_SCHEMA (optional): the same layers are also published into that schema of a PostgreSQL / PostGIS database (a connection of the QGIS browser), each with its default style in the database's layer_styles. The tables are written to a staging schema first and replace the previous ones in one transaction: readers never see half an observatory.

The same chain ships as a Graphical Modeler model (peuplement_plugin/models/observatoire.model3 in the plugin folder).</source>
        <translation>Exécute toute la chaîne de l'observatoire et écrit un seul GeoPackage (OUTPUT_GPKG) dont chaque couche porte son style par défaut (layer_styles) : déposé dans QGIS, le fichier montre des cartes stylées.

Étapes, chacune un algorithme enfant de ce fournisseur : import_table de chaque table avec son rapport de validation (rapport_…) ; indicateurs_parc (parc_…) et indicateurs_occupation de chaque millésime donné dans MENAGES (occupation_&lt;millésime&gt;_…) aux niveaux bâtiment, îlot, IRIS, QPV / hors QPV, commune, EPCI (et résidence avec RESIDENCES ; EPCI avec sa couche) ; evolution entre les deux derniers millésimes (evolution_…) ; flux par niveau à partir de l'îlot (flux_…, avec les lignes de flux, la table origine-destination, les motifs de départ et les séries annuelles au niveau QPV) ; objectifs_attribution par EPCI, commune et QPV ; pression_demande (demandes en cours rapportées aux attributions, par EPCI, première commune souhaitée, typologie et mutation) ; fragilite par îlot (occupation du dernier millésime, tx_vacance du parc, tx_rotation des flux) et secteurs_fragiles_hors_qpv.

DEMANDES : une table de demandes par année, comme MENAGES (domain.md 5.2 : le seuil du 1er quartile de l'année N repose sur les demandeurs inscrits au 31/12/N − 1 ; chaque table est datée par sa dernière date_depot et sert l'année suivante) : objectifs_attribution classe les attributions de chaque année avec son propre seuil (objectifs_seuils dit d'où vient chacun), les flux prennent la dernière table donnée. Une seule table, comme avant, fonctionne toujours (rapport_demandes) ; plusieurs donnent rapport_demandes_1, _2… dans l'ordre donné.

Publication : les tables canoniques (une ligne par ménage ou par logement) restent dans un fichier de travail supprimé à la fin, les points des ménages attributaires ne sont pas écrits, et toute part est masquée sous SECRET_THRESHOLD ménages (secret statistique, 11 par défaut). Avant que le GeoPackage soit mis en place, toutes ses couches sont protégées ensemble sur la hiérarchie des unités (un chiffre masqué ne peut pas être retrouvé par soustraction depuis un parent, depuis QPV + hors QPV ni entre millésimes ; voir peuplement:proteger_publication) et auditées par programmation linéaire (peuplement:audit_secret) : si un chiffre masqué est cerné, l'exécution échoue et n'écrit rien. Le modèle du Modeleur graphique exécute la chaîne sans cette étape : lancez peuplement:proteger_publication sur son GeoPackage.

OUTPUT_REPORT : un rapport HTML autonome pour les instances de pilotage (indicateurs clés QPV / hors QPV / EPCI, évolution, flux, objectifs, pression de la demande, secteurs fragiles avec une petite carte de chacun, qualité des données importées) ; chaque chiffre y est relu dans le GeoPackage.

POSTGIS_CONNECTION et POSTGIS_SCHEMA (facultatifs) : les mêmes couches sont aussi publiées dans ce schéma d'une base PostgreSQL / PostGIS (une connexion de l'explorateur QGIS), chacune avec son style par défaut dans la table layer_styles de la base. Les tables sont d'abord écrites dans un schéma d'attente, puis remplacent les précédentes en une seule transaction : les lecteurs ne voient jamais un observatoire à moitié écrit.

La même chaîne est livrée en modèle du modeleur graphique (peuplement_plugin/models/observatoire.model3 dans le dossier du plugin).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="277"/>
        <source>Protecting the secret across all levels and layers…</source>
        <translation>Protection du secret sur tous les niveaux et toutes les couches…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="288"/>
        <source>{}: {} primary and {} secondary masked cell(s).</source>
        <translation>{} : {} cellule(s) masquée(s) au secret primaire et {} au secret secondaire.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="292"/>
        <source>Auditing the secret of the GeoPackage (linear programming)…</source>
        <translation>Audit du secret du GeoPackage (programmation linéaire)…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/observatoire.py" line="302"/>
        <source>Audit of the secret: {} masked cells, protected.</source>
        <translation>Audit du secret : {} cellules masquées, protégé.</translation>
    </message>
</context>
<context>
    <name>ParametresDialog</name>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="16"/>
        <source>Residence inspector — settings</source>
        <translation>Inspecteur de résidence — paramètres</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="18"/>
        <source>Guessed from the outputs of the plugin's algorithms; saved in the project.</source>
        <translation>Devinés d'après les sorties des algorithmes de l'extension ; enregistrés dans le projet.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="22"/>
        <source>Dwellings (canonical logements)</source>
        <translation>Logements (table canonique logements)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="23"/>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="24"/>
        <source>Résidences</source>
        <translation>Résidences</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="25"/>
        <source>Attributions (canonical)</source>
        <translation>Attributions (table canonique)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="26"/>
        <source>Applications (canonical demandes)</source>
        <translation>Demandes (table canonique demandes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="27"/>
        <source>Field observations</source>
        <translation>Observations de terrain</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="28"/>
        <source>Fragility index (peuplement:fragilite)</source>
        <translation>Indice de fragilité (peuplement:fragilite)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="57"/>
        <source>Households (canonical menages, one layer per survey or one for all)</source>
        <translation>Ménages (table canonique menages, une couche par enquête ou une pour toutes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="59"/>
        <source>empty: computed from the applications</source>
        <translation>vide : calculé sur les demandes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/gui/parametres.py" line="60"/>
        <source>Published Q1 threshold (€ per UC and year)</source>
        <translation>Seuil publié du 1er quartile (€ par UC et par an)</translation>
    </message>
</context>
<context>
    <name>PeuplementAlgorithm</name>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="116"/>
        <source>Data preparation</source>
        <translation>Préparation des données</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="117"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="152"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="118"/>
        <source>Flows and mobility</source>
        <translation>Flux et mobilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="119"/>
        <source>Attribution objectives</source>
        <translation>Objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="120"/>
        <source>Fragility</source>
        <translation>Fragilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="121"/>
        <source>Observatory</source>
        <translation>Observatoire</translation>
    </message>
</context>
<context>
    <name>PeuplementPlugin</name>
    <message>
        <location filename="../peuplement_plugin/plugin.py" line="50"/>
        <source>Peuplement</source>
        <translation>Peuplement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/plugin.py" line="52"/>
        <source>Import a table (RPLS, OPS, SNE)…</source>
        <translation>Importer une table (RPLS, OPS, SNE)…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/plugin.py" line="52"/>
        <source>Stock indicators per unit…</source>
        <translation>Indicateurs du parc par unité…</translation>
    </message>
</context>
<context>
    <name>PeuplementProvider</name>
    <message>
        <location filename="../peuplement_plugin/processing/provider.py" line="29"/>
        <source>Peuplement du parc social</source>
        <translation>Peuplement du parc social</translation>
    </message>
</context>
<context>
    <name>PressionDemande</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="49"/>
        <source>Demand pressure (applications per attribution)</source>
        <translation>Pression de la demande (demandes par attribution)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="52"/>
        <source>Sources of the rules: domain.md 5.9 (pression de la demande: the tension indicator of the Système national d'enregistrement, applications in progress at 31 December over the attributions of the year, per commune wished first, per EPCI, per typology wished and for the mutations apart, a ratio of sums with the counts beside it); SNE tables 3.3 and 3.5; secret statistique, domain.md 6.</source>
        <translation>Sources des règles : domain.md 5.9 (pression de la demande : l'indicateur de tension du Système national d'enregistrement, demandes en cours au 31 décembre rapportées aux attributions de l'année, par première commune souhaitée, par EPCI, par typologie souhaitée et pour les mutations à part, un rapport de sommes avec les effectifs à côté) ; tables SNE 3.3 et 3.5 ; secret statistique, domain.md 6.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="60"/>
        <source>Tension = applications in progress at the end of YEAR / attributions of YEAR, SNE's own indicator (domain.md 5.9), each row with its two counts, nb_demandes and nb_attributions.

Applications in progress at 31/12/YEAR (DEMANDES, SNE): filed on or before that day and not struck off by then (date_radiation: attributed, abandoned, not renewed). Without date_radiation the table is one snapshot of the stock, that of the end of the year of its latest filing, and YEAR must be that year (give one snapshot per year, each to its own run). Attributions of YEAR (ATTRIBUTIONS, SNE): the leases signed that year. YEAR empty: the year of the snapshot, or, with date_radiation, every year of the attributions.

Scales (echelle): epci; commune: the applications by their first wished commune (communes_souhaitees, the first listed) against the attributions by the commune of the dwelling (LOGEMENTS, depcom); typologie, where the applications give the typology wished (T1 … T4, T5+; a room or studio counts as T1) against the typology of the dwelling (nb_pieces); mutation, where the applications say whether the applicant is already a tenant of the social stock, against the attributions' own mutation flag (without it, nb_attributions and tension are NULL for these rows). An unknown commune, typology or flag is a row of its own (non renseigné), so that the rows of each scale add up to their EPCI. The EPCI of an attribution: COMMUNES (depcom → code_epci), else that of the applications wishing its commune first, else the only EPCI of the applications.

Secret statistique (domain.md 6): a row with 1 to SECRET_THRESHOLD − 1 (10) applications or attributions is NULL (both counts and the tension) with secret = true, and so is the smallest other row of the same EPCI and scale when one row alone is masked, so that none comes back by subtraction from the EPCI. A threshold under 5 needs USAGE_INTERNE.</source>
        <translation>Tension = demandes en cours à la fin de YEAR / attributions de YEAR, l'indicateur propre au SNE (domain.md 5.9), chaque ligne avec ses deux effectifs, nb_demandes et nb_attributions.

Demandes en cours au 31/12/YEAR (DEMANDES, SNE) : déposées ce jour-là au plus tard et non radiées à cette date (date_radiation : attribution, abandon, non-renouvellement). Sans date_radiation, la table est un instantané du stock, celui de la fin de l'année de son dernier dépôt, et YEAR doit être cette année-là (donnez un instantané par année, chacun à son propre calcul). Attributions de YEAR (ATTRIBUTIONS, SNE) : les baux signés cette année-là. YEAR vide : l'année de l'instantané ou, avec date_radiation, chaque année des attributions.

Échelles (echelle) : epci ; commune : les demandes par leur première commune souhaitée (communes_souhaitees, la première citée) face aux attributions par la commune du logement (LOGEMENTS, depcom) ; typologie, quand les demandes donnent la typologie souhaitée (T1 … T4, T5+ ; une chambre ou un studio compte comme T1) face à la typologie du logement (nb_pieces) ; mutation, quand les demandes disent si le demandeur est déjà locataire du parc social, face au drapeau mutation des attributions (sans lui, nb_attributions et tension sont NULL pour ces lignes). Une commune, une typologie ou un drapeau inconnus font une ligne à part (non renseigné), pour que les lignes de chaque échelle fassent le total de leur EPCI. L'EPCI d'une attribution : COMMUNES (depcom → code_epci), sinon celui des demandes qui souhaitent d'abord sa commune, sinon le seul EPCI des demandes.

Secret statistique (domain.md 6) : une ligne de 1 à SECRET_THRESHOLD − 1 (10) demandes ou attributions est vide (NULL : les deux effectifs et la tension) avec secret = vrai, de même que la plus petite autre ligne du même EPCI et de la même échelle quand une ligne est seule masquée, pour qu'aucune ne se retrouve par soustraction à l'EPCI. Un seuil inférieur à 5 demande USAGE_INTERNE.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="85"/>
        <source>Applications (SNE demandes, layer or CSV)</source>
        <translation>Demandes (SNE, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="87"/>
        <source>Attributions (SNE table, layer or CSV)</source>
        <translation>Attributions (table SNE, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="89"/>
        <source>Dwellings (RPLS table, layer or CSV): commune and typology</source>
        <translation>Logements (table RPLS, couche ou CSV) : commune et typologie</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="92"/>
        <source>Communes with their EPCI (depcom, code_epci)</source>
        <translation>Communes avec leur EPCI (depcom, code_epci)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="95"/>
        <source>Year (empty = the year of the applications' snapshot)</source>
        <translation>Année (vide = l'année de l'instantané des demandes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="98"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimum de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="101"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="103"/>
        <source>Field mapping of the applications (canonical=source;…)</source>
        <translation>Correspondance des champs des demandes (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="103"/>
        <source>Field mapping of the attributions (canonical=source;…)</source>
        <translation>Correspondance des champs des attributions (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="107"/>
        <source>Encoding of the CSV files</source>
        <translation>Encodage des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="109"/>
        <source>Separator of the CSV files</source>
        <translation>Séparateur des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="200"/>
        <source>Demand pressure</source>
        <translation>Pression de la demande</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="121"/>
        <source>Reading the applications…</source>
        <translation>Lecture des demandes…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="124"/>
        <source>Reading the attributions…</source>
        <translation>Lecture des attributions…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="127"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="134"/>
        <source>The applications give no typology wished: no row per typology.</source>
        <translation>Les demandes ne donnent pas de typologie souhaitée : pas de ligne par typologie.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="136"/>
        <source>The applications do not say which are mutations: no mutation rows.</source>
        <translation>Les demandes ne disent pas lesquelles sont des mutations : pas de lignes de mutation.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="138"/>
        <source>The attributions do not say which are mutations: the mutation rows give the applications only.</source>
        <translation>Les attributions ne disent pas lesquelles sont des mutations : les lignes de mutation ne donnent que les demandes.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="141"/>
        <source>Attributions to their dwellings…</source>
        <translation>Attributions rattachées à leurs logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="154"/>
        <source>{} attribution(s) of a dwelling absent from the dwellings table: commune and typology unknown.</source>
        <translation>{} attribution(s) d'un logement absent de la table des logements : commune et typologie inconnues.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="171"/>
        <source>Tension per year and scale…</source>
        <translation>Tension par année et par échelle…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="180"/>
        <source>{} {}: masked by the secret statistique.</source>
        <translation>{} {} : masqué par le secret statistique.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="182"/>
        <source>{} {}: {:.0f} application(s) in progress, {:.0f} attribution(s), tension {}.</source>
        <translation>{} {} : {:.0f} demande(s) en cours, {:.0f} attribution(s), tension {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="188"/>
        <source>{} row(s), {} masked by the secret statistique (threshold {}).</source>
        <translation>{} ligne(s), dont {} masquée(s) par le secret statistique (seuil {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="191"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="220"/>
        <source>The dwellings have no commune (DEPCOM): the attributions' commune is unknown.</source>
        <translation>Les logements n'ont pas de commune (DEPCOM) : la commune des attributions est inconnue.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="240"/>
        <source>No attribution in {} (years of the attributions: {}): no tension.</source>
        <translation>Aucune attribution en {} (années des attributions : {}) : pas de tension.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="242"/>
        <source>Year(s): {}; applications in progress at 31 December {}.</source>
        <translation>Année(s) : {} ; demandes en cours au 31 décembre {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="242"/>
        <source>(date_radiation given)</source>
        <translation>(date de radiation donnée)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="242"/>
        <source>(the snapshot of {})</source>
        <translation>(l'instantané de {})</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/pression_demande.py" line="275"/>
        <source>{} attribution(s) whose EPCI is unknown (give COMMUNES).</source>
        <translation>{} attribution(s) dont l'EPCI est inconnu (donnez COMMUNES).</translation>
    </message>
</context>
<context>
    <name>ProtegerPublication</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="64"/>
        <source>Protect a publication (secret across levels)</source>
        <translation>Protéger une publication (secret entre niveaux)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="67"/>
        <source>Protects together layers that are published together: several runs of the occupancy, stock, evolution or flows algorithms at several levels (building, îlot, IRIS, QPV / hors QPV, commune, EPCI, résidence), or every layer of a GeoPackage (GPKG). Each algorithm masks what describes fewer than SECRET_THRESHOLD households against its own totals; published side by side, a masked building comes back as its îlot minus the other buildings, a masked QPV as the commune minus hors QPV. Here the masks are completed over the whole hierarchy at once.

Nesting: read from the units' geometries (a unit lies in the unit of the level above that holds it). A unit over two parents, or in none, is named in a warning and protected with its parts unknown.

Complementary cells: where a parent would give back a masked child, the published sibling with the fewest households is masked too; a linear-programming audit then checks that no masked cell is pinned down closer than MARGIN households by any combination of the published figures (levels combined, millésimes of an evolution), and masks more until none is.

OUTPUT: a GeoPackage with a copy of every layer, masked, each with its style. The log gives, per layer, the primary and secondary masked cells, and ends with the audit's verdict.</source>
        <translation>Protège ensemble des couches publiées ensemble : plusieurs exécutions des algorithmes d'occupation, de parc, d'évolution ou de flux à plusieurs niveaux (bâtiment, îlot, IRIS, QPV / hors QPV, commune, EPCI, résidence), ou toutes les couches d'un GeoPackage (GPKG). Chaque algorithme masque ce qui décrit moins de SECRET_THRESHOLD ménages au regard de ses propres totaux ; publiés côte à côte, un bâtiment masqué se retrouve comme son îlot moins les autres bâtiments, un QPV masqué comme la commune moins le hors QPV. Ici, les masques sont complétés sur toute la hiérarchie à la fois.

Emboîtement : lu dans les géométries des unités (une unité est dans l'unité du niveau supérieur qui la contient). Une unité à cheval sur deux parents, ou hors de tout parent, est nommée dans un avertissement et protégée avec ses parts inconnues.

Cellules complémentaires : là où un parent redonnerait un enfant masqué, le voisin publié qui compte le moins de ménages est masqué aussi ; un audit par programmation linéaire vérifie ensuite qu'aucune cellule masquée n'est cernée à moins de MARGIN ménages par une combinaison des chiffres publiés (niveaux combinés, millésimes d'une évolution), et masque davantage jusqu'à ce qu'aucune ne le soit.

OUTPUT : un GeoPackage avec une copie de chaque couche, masquée, chacune avec son style. Le journal donne, par couche, les cellules masquées au secret primaire et secondaire, et se termine par le verdict de l'audit.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="85"/>
        <source>Sources of the rules: domain.md 4 (scales) and 6 (secret statistique across levels).</source>
        <translation>Sources des règles : domain.md 4 (échelles) et 6 (secret statistique entre niveaux).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="88"/>
        <source>Layers published together (GeoPackage tables)</source>
        <translation>Couches publiées ensemble (tables de GeoPackage)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="91"/>
        <source>Or a whole GeoPackage</source>
        <translation>Ou un GeoPackage entier</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="93"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="97"/>
        <source>Protection margin (households)</source>
        <translation>Marge de protection (ménages)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="100"/>
        <source>Protected GeoPackage</source>
        <translation>GeoPackage protégé</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="100"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="111"/>
        <source>Copying the layers…</source>
        <translation>Copie des couches…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="115"/>
        <source>Reading the nesting of the units…</source>
        <translation>Lecture de l'emboîtement des unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="121"/>
        <source>Protecting the secret across all levels and layers…</source>
        <translation>Protection du secret sur tous les niveaux et toutes les couches…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="129"/>
        <source>{}: {} primary and {} secondary masked cell(s).</source>
        <translation>{} : {} cellule(s) masquée(s) au secret primaire et {} au secret secondaire.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="131"/>
        <source>Storing each layer's style…</source>
        <translation>Enregistrement du style de chaque couche…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="137"/>
        <source>Style of the plugin Peuplement</source>
        <translation>Style de l'extension Peuplement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="142"/>
        <source>Audit: {} cells exposed.</source>
        <translation>Audit : {} cellules exposées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/proteger_publication.py" line="144"/>
        <source>Audit: protected.</source>
        <translation>Audit : protégé.</translation>
    </message>
</context>
<context>
    <name>SecteursFragilesHorsQpv</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="266"/>
        <source>Fragile sectors outside the QPV</source>
        <translation>Secteurs fragiles hors QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="98"/>
        <source>Fragility index (output of fragilite)</source>
        <translation>Indice de fragilité (sortie de fragilite)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="100"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="102"/>
        <source>QPV polygons</source>
        <translation>Polygones des QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="104"/>
        <source>Also exclude the units within this distance of a QPV (m)</source>
        <translation>Exclure aussi les unités à moins de cette distance d'un QPV (m)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="107"/>
        <source>Units within this distance are contiguous (m)</source>
        <translation>Unités contiguës en deçà de cette distance (m)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="113"/>
        <source>Gi* neighbours</source>
        <translation>Voisinage du Gi*</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="116"/>
        <source>Gi* distance band (m, 0 = automatic)</source>
        <translation>Distance de voisinage du Gi* (m, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="119"/>
        <source>Permutations (0 = normal approximation)</source>
        <translation>Permutations (0 = approximation normale)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="122"/>
        <source>Random seed of the permutations</source>
        <translation>Graine aléatoire des permutations</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="125"/>
        <source>Significance level</source>
        <translation>Seuil de signification</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="160"/>
        <source>Reading the units and the QPV…</source>
        <translation>Lecture des unités et des QPV…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="172"/>
        <source>Getis-Ord Gi* of the index…</source>
        <translation>Gi* de Getis-Ord de l'indice…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="176"/>
        <source>{} unit(s) with an index; {} hot spot(s) (z &gt; 0, p &lt; {:g}).</source>
        <translation>{} unité(s) avec un indice ; {} point(s) chaud(s) (z &gt; 0, p &lt; {:g}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="179"/>
        <source>Fragile units outside the QPV, grouped in sectors…</source>
        <translation>Unités fragiles hors QPV, regroupées en secteurs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="183"/>
        <source>{} fragile unit(s), {} in or near a QPV left out, {} outside.</source>
        <translation>{} unité(s) fragile(s), {} en QPV ou près d'un QPV écartée(s), {} hors QPV.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="246"/>
        <source>, significant</source>
        <translation>, significatif</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="252"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="298"/>
        <source>QPV reprojected to the CRS of INPUT ({}).</source>
        <translation>QPV reprojetés dans le SCR de INPUT ({}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="302"/>
        <source>The QPV layer has no polygon: every fragile unit is outside the QPV.</source>
        <translation>La couche des QPV n'a aucun polygone : toutes les unités fragiles sont hors QPV.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="320"/>
        <source>Fewer than 3 units with an index: no Gi*.</source>
        <translation>Moins de 3 unités avec un indice : pas de Gi*.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="335"/>
        <source>Gi* neighbours per unit: {:.1f} on average, {} unit(s) without any.</source>
        <translation>Voisins du Gi* par unité : {:.1f} en moyenne, {} unité(s) sans voisin.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="341"/>
        <source>Gi* p-values by {} conditional permutations (seed {}).</source>
        <translation>p-valeurs du Gi* par {} permutations conditionnelles (graine {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="345"/>
        <source>Gi* p-values by the normal approximation.</source>
        <translation>p-valeurs du Gi* par l'approximation normale.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="55"/>
        <source>Sources of the rules: domain.md 5.7 (fragile units outside the QPV grouped into contiguous sectors; the test is about the sector, not one of its units; local weights; a single unit on the edge of a QPV is not a sector); Getis-Ord Gi*: Getis and Ord (1992), Ord and Getis (1995); the maximum over random rearrangements: Kulldorff (1997), the spatial scan statistic; the QPV are the official polygons of the politique de la ville.</source>
        <translation>Sources des règles : domain.md 5.7 (unités fragiles hors QPV regroupées en secteurs contigus ; le test porte sur le secteur, non sur l'une de ses unités ; pondérations locales ; une unité seule au bord d'un QPV n'est pas un secteur) ; Gi* de Getis-Ord : Getis et Ord (1992), Ord et Getis (1995) ; le maximum sur des réarrangements aléatoires : Kulldorff (1997), la statistique de balayage spatial (scan statistic) ; les QPV sont les périmètres officiels de la politique de la ville.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="63"/>
        <source>Finds the secteurs fragilisés hors politique de la ville (domain.md 5.7). INPUT is the output of fragilite (polygons with indice_fragilite and fragile). The fragile units that do not intersect any QPV polygon, nor lie within BUFFER metres of one, are grouped into sectors: two units within GAP metres of each other (across a street) are contiguous, and a chain of contiguous units is one sector. The QPV layer is reprojected to the CRS of INPUT.

Each sector is one polygon (its units, the streets between them closed, never reaching into a QPV) with: nb_unites, unites (their identifiers), nb_logements and nb_menages (sums), indice_fragilite_moy (mean of the units' index weighted by their households), distance_qpv_m (metres to the nearest QPV) and qpv_proche. frange_qpv: a sector of a single unit within FRINGE metres of a QPV is a fringe of that QPV (its neighbours are the QPV's fragile units), not a sector outside the priority areas: never significant, listed after the true sectors.

The test is about the sector as a whole. gi_z is the Getis-Ord G* of the sector's units taken as one group, binary weights 1 on its m units: G* = (Σ x − x̄ m) / (S √((n m − m²) / (n − 1))), x̄ and S over the n units with an index outside the QPV (and BUFFER). gi_p: with PERMUTATIONS &gt; 0, the index values (each with its fragile flag) are rearranged at random over those n units, the sectors formed again with the same contiguity, and the strongest chance sector of each rearrangement kept; gi_p = (1 + rearrangements whose strongest sector reaches gi_z) / (1 + PERMUTATIONS) (SEED for reproducibility). This is the maximum statistic of the spatial scan test: it accounts for the sector being made of units chosen as fragile, and for the many sectors tested at once. A single fragile unit is rarely significant (the highest values alone make chance sectors as strong); a compact group of fragile units among ordinary neighbours is. With PERMUTATIONS = 0, gi_p is the normal approximation P(Z ≥ gi_z), which ignores both and is only indicative. significatif: gi_z &gt; 0, gi_p &lt; ALPHA and not a fringe. Sectors are numbered true sectors first, significant first, then by decreasing mean index.

nb_unites_chaudes: the sector's units that are local hot spots, Getis-Ord Gi* of each unit over every unit with an index, the unit itself included: Gi* = (Σ w x − x̄ W) / (S √((n W − W²) / (n − 1))). WEIGHTS_TYPE distance: the units whose centres lie within WEIGHTS_DISTANCE metres (0 = automatic: the median over the units of the distance to their 8th nearest neighbour, a local band that one isolated unit cannot stretch); contiguite: the units within GAP metres. A unit is a hot spot when z &gt; 0 and p &lt; ALPHA, its p by conditional permutation (PERMUTATIONS &gt; 0) or the normal approximation.</source>
        <translation>Repère les secteurs fragilisés hors politique de la ville (domain.md 5.7). INPUT est la sortie de fragilite (polygones avec indice_fragilite et fragile). Les unités fragiles qui ne touchent aucun polygone de QPV, ni ne sont à moins de BUFFER mètres de l'un d'eux, sont regroupées en secteurs : deux unités à moins de GAP mètres l'une de l'autre (de part et d'autre d'une rue) sont contiguës, et une chaîne d'unités contiguës forme un secteur. La couche des QPV est reprojetée dans le SCR de INPUT.

Chaque secteur est un polygone (ses unités, les rues entre elles refermées, sans jamais empiéter sur un QPV) avec : nb_unites, unites (leurs identifiants), nb_logements et nb_menages (sommes), indice_fragilite_moy (moyenne de l'indice des unités pondérée par leurs ménages), distance_qpv_m (mètres jusqu'au QPV le plus proche) et qpv_proche. frange_qpv : un secteur d'une seule unité à moins de FRINGE mètres d'un QPV est une frange de ce QPV (ses voisins sont les unités fragiles du QPV), pas un secteur hors des quartiers prioritaires : jamais significatif, classé après les vrais secteurs.

Le test porte sur le secteur entier. gi_z est le G* de Getis-Ord des unités du secteur prises comme un seul groupe, poids binaires 1 sur ses m unités : G* = (Σ x − x̄ m) / (S √((n m − m²) / (n − 1))), x̄ et S sur les n unités ayant un indice hors des QPV (et de BUFFER). gi_p : avec PERMUTATIONS &gt; 0, les valeurs de l'indice (chacune avec son drapeau fragile) sont réarrangées au hasard sur ces n unités, les secteurs reformés avec la même contiguïté, et le secteur le plus fort de chaque réarrangement retenu ; gi_p = (1 + réarrangements dont le secteur le plus fort atteint gi_z) / (1 + PERMUTATIONS) (SEED pour la reproductibilité). C'est la statistique du maximum du test de balayage spatial : elle tient compte de ce que le secteur est fait d'unités choisies parce que fragiles, et des nombreux secteurs testés à la fois. Une unité fragile seule est rarement significative (les valeurs les plus hautes forment seules des secteurs de hasard aussi forts) ; un groupe compact d'unités fragiles parmi des voisins ordinaires l'est. Avec PERMUTATIONS = 0, gi_p est l'approximation normale P(Z ≥ gi_z), qui ignore les deux et n'est qu'indicative. significatif : gi_z &gt; 0, gi_p &lt; ALPHA et pas une frange. Les secteurs sont numérotés vrais secteurs d'abord, significatifs d'abord, puis par indice moyen décroissant.

nb_unites_chaudes : les unités du secteur qui sont des points chauds locaux, Gi* de Getis-Ord de chaque unité sur toutes les unités ayant un indice, l'unité elle-même comprise : Gi* = (Σ w x − x̄ W) / (S √((n W − W²) / (n − 1))). WEIGHTS_TYPE distance : les unités dont le centre est à moins de WEIGHTS_DISTANCE mètres (0 = automatique : la médiane, sur les unités, de la distance à leur 8e plus proche voisine, une bande locale qu'une unité isolée ne peut pas étirer) ; contiguite : les unités à moins de GAP mètres. Une unité est un point chaud quand z &gt; 0 et p &lt; ALPHA, son p par permutation conditionnelle (PERMUTATIONS &gt; 0) ou l'approximation normale.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="110"/>
        <source>A one-unit sector within this distance of a QPV is a fringe of it (m)</source>
        <translation>Un secteur d'une seule unité à moins de cette distance d'un QPV en est une frange (m)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="189"/>
        <source>Each sector against random rearrangements of the index…</source>
        <translation>Chaque secteur face à des réarrangements aléatoires de l'indice…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="242"/>
        <source>{} sector(s) outside the QPV, {} significant, {} fringe(s) of a QPV.</source>
        <translation>{} secteur(s) hors QPV, dont {} significatif(s) et {} frange(s) de QPV.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="246"/>
        <source>{}: {} unit(s) ({}), index {:.2f}, {:.0f} m from a QPV, sector G* z = {:.2f}, p = {:.4f}{}</source>
        <translation>{} : {} unité(s) ({}), indice {:.2f}, à {:.0f} m d'un QPV, G* du secteur z = {:.2f}, p = {:.4f}{}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="246"/>
        <source>, fringe of a QPV</source>
        <translation>, frange de QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="311"/>
        <source>Sectors tested against {} random rearrangements of the index over the {} unit(s) outside the QPV (seed {}).</source>
        <translation>Secteurs testés face à {} réarrangements aléatoires de l'indice sur les {} unité(s) hors QPV (graine {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="329"/>
        <source>Gi* distance band: {:.0f} m (median distance to the 8th nearest unit).</source>
        <translation>Bande de distance du Gi* : {:.0f} m (distance médiane à la 8e unité la plus proche).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="113"/>
        <source>Within a distance</source>
        <translation>À moins d'une distance</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/secteurs_fragiles_hors_qpv.py" line="113"/>
        <source>Touching units (contiguity)</source>
        <translation>Unités qui se touchent (contiguïté)</translation>
    </message>
</context>
<context>
    <name>UnitJoin</name>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="53"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="56"/>
        <source>Units layer (polygons of the level)</source>
        <translation>Couche des unités (polygones du niveau)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="59"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="65"/>
        <source>Buildings layer (to reach units through buildings)</source>
        <translation>Couche des bâtiments (rattachement aux unités par les bâtiments)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="68"/>
        <source>Building identifier field of the buildings layer</source>
        <translation>Champ identifiant de la couche des bâtiments</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="71"/>
        <source>Join method</source>
        <translation>Méthode de rattachement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="141"/>
        <source>No EPSG column: x / y read as EPSG:{}.</source>
        <translation>Pas de colonne EPSG : x / y lus en EPSG:{}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="170"/>
        <source>{} unit(s) without identifier in {} are left out.</source>
        <translation>{} unité(s) sans identifiant dans {} sont écartées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="203"/>
        <source>Join: by building key and floor.</source>
        <translation>Rattachement : par clé de bâtiment et étage.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="210"/>
        <source>Join: by the key {} of the dwellings (no units layer).</source>
        <translation>Rattachement : par la clé {} des logements (sans couche d'unités).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="217"/>
        <source>Join: by the key {} of the dwellings ({:.0f} % of keys found among the units).</source>
        <translation>Rattachement : par la clé {} des logements ({:.0f} % des clés trouvées parmi les unités).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="220"/>
        <source>The key {} of the dwellings names few units ({:.0f} %): not used.</source>
        <translation>La clé {} des logements désigne peu d'unités ({:.0f} %) : non utilisée.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="226"/>
        <source>Join: by building (the {} of each building).</source>
        <translation>Rattachement : par bâtiment (le {} de chaque bâtiment).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="244"/>
        <source>Join: by location of the dwellings in the units.</source>
        <translation>Rattachement : par localisation des logements dans les unités.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="260"/>
        <source>Join: by location of each dwelling's building in the units.</source>
        <translation>Rattachement : par localisation du bâtiment de chaque logement dans les unités.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="316"/>
        <source>Dwellings reprojected to the CRS of the units ({}).</source>
        <translation>Logements reprojetés dans le SCR des unités ({}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="284"/>
        <source>{} unit(s) of {} have an invalid geometry (self-intersection…), repaired before the join: {}.</source>
        <translation>{} unité(s) de {} ont une géométrie invalide (auto-intersection…), corrigée avant la jointure : {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="288"/>
        <source>{} unit(s) of {} have no geometry: no dwelling can be placed in them by location: {}.</source>
        <translation>{} unité(s) de {} n'ont pas de géométrie : aucun logement ne peut y être placé par localisation : {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="33"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="33"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="34"/>
        <source>Résidence</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="34"/>
        <source>Îlot (block)</source>
        <translation>Îlot</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="35"/>
        <source>IRIS</source>
        <translation>IRIS</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="35"/>
        <source>QPV / outside QPV</source>
        <translation>QPV / hors QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="36"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="36"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="37"/>
        <source>Bailleur (landlord)</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="71"/>
        <source>Automatic (by key, else by location)</source>
        <translation>Automatique (par clé, sinon par localisation)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="71"/>
        <source>By key (the unit's identifier in the dwellings or their buildings)</source>
        <translation>Par clé (l'identifiant de l'unité dans les logements ou leurs bâtiments)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="71"/>
        <source>By location (the dwellings inside the unit's polygons)</source>
        <translation>Par localisation (les logements dans les polygones de l'unité)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="62"/>
        <source>Unit name field (empty: guessed, e.g. nom, NOM_QP, nom_commune)</source>
        <translation>Champ du nom des unités (vide : deviné, par ex. nom, NOM_QP, nom_commune)</translation>
    </message>
</context>
</TS>
