<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Evolution</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="35"/>
        <source>Evolution between two millésimes</source>
        <translation>Évolution entre deux millésimes</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="38"/>
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
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="53"/>
        <source>Indicators at t0</source>
        <translation>Indicateurs à t0</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="55"/>
        <source>Indicators at t1</source>
        <translation>Indicateurs à t1</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="57"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="59"/>
        <source>Variables to compare (comma separated; empty = all common indicators)</source>
        <translation>Variables à comparer (séparées par des virgules ; vide = tous les indicateurs communs)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="62"/>
        <source>Count field for the stability flag</source>
        <translation>Champ d'effectif pour l'indicateur de stabilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="64"/>
        <source>Maximum change of the count (%)</source>
        <translation>Variation maximale de l'effectif (%)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="110"/>
        <source>Evolution</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="77"/>
        <source>Reading t0…</source>
        <translation>Lecture de t0…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="79"/>
        <source>Reading t1…</source>
        <translation>Lecture de t1…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="82"/>
        <source>{} is not on both sides: no stability flag.</source>
        <translation>{} n'est pas des deux côtés : pas d'indicateur de stabilité.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="83"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="87"/>
        <source>{} unit(s): {} on both sides, {} at t0 only, {} at t1 only; {} comparable.</source>
        <translation>{} unité(s) : {} des deux côtés, {} à t0 seulement, {} à t1 seulement ; {} comparables.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/evolution.py" line="107"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="55"/>
        <source>Import a table (RPLS, OPS, SNE, departures, applications)</source>
        <translation>Importer une table (RPLS, OPS, SNE, départs, demandes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="59"/>
        <source>Reads a raw table — any QGIS table or layer, or the path of a CSV file — maps its columns to the canonical fields of the kind chosen, validates every value and writes the canonical table and a validation report.

KIND: {kinds}.

The mapping is guessed from the real column names (RPLS: IDENT_REP, IMMEU, DEPCOM, ETAGE, FINAN, MODE, BAIL…; OPS; SNE exports). MAPPING overrides it with canonical=source pairs separated by ';', for instance 'logement_id=NUM_LOGT;batiment_id=CODE_IMM'.

A CSV path is read with ENCODING (auto: UTF-8, with or without BOM, else Windows-1252) and SEPARATOR (auto: the most frequent of ; , tab |). Decimal commas, 'RC' floors and dates as dd/mm/yyyy, yyyy-mm-dd or yyyymmdd are understood.

A missing required field stops the import with a message naming it. Rows without a required value, or repeating an identifier, are set aside; unreadable values and unknown codes are left empty: the report (REPORT) lists each case with its rows.</source>
        <translation>Lit une table brute — toute table ou couche QGIS, ou le chemin d'un fichier CSV —, fait correspondre ses colonnes aux champs canoniques du type choisi, valide chaque valeur et écrit la table canonique et un rapport de validation.

KIND : {kinds}.

La correspondance est devinée d'après les noms réels des colonnes (RPLS : IDENT_REP, IMMEU, DEPCOM, ETAGE, FINAN, MODE, BAIL… ; OPS ; exports SNE). MAPPING la remplace par des paires canonique=source séparées par « ; », par exemple « logement_id=NUM_LOGT;batiment_id=CODE_IMM ».

Un chemin CSV est lu avec ENCODING (auto : UTF-8, avec ou sans BOM, sinon Windows-1252) et SEPARATOR (auto : le plus fréquent de ; , tabulation |). Les virgules décimales, les étages « RC » et les dates jj/mm/aaaa, aaaa-mm-jj ou aaaammjj sont compris.

Un champ obligatoire absent arrête l'import avec un message qui le nomme. Les lignes sans valeur obligatoire, ou qui répètent un identifiant, sont écartées ; les valeurs illisibles et les codes inconnus sont laissés vides : le rapport (REPORT) liste chaque cas avec ses lignes.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="77"/>
        <source>Raw table (layer, table or CSV file)</source>
        <translation>Table brute (couche, table ou fichier CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="79"/>
        <source>Kind of table</source>
        <translation>Type de table</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="81"/>
        <source>Field mapping (canonical=source;…), optional</source>
        <translation>Correspondance des champs (canonique=source;…), facultative</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="84"/>
        <source>Encoding of a CSV file (auto, utf-8, cp1252…)</source>
        <translation>Encodage d'un fichier CSV (auto, utf-8, cp1252…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="86"/>
        <source>Separator of a CSV file (auto, ;, &apos;,&apos;, tab)</source>
        <translation>Séparateur d'un fichier CSV (auto, ;, ',', tab)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="88"/>
        <source>Canonical table</source>
        <translation>Table canonique</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="90"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="96"/>
        <source>Reading the table…</source>
        <translation>Lecture de la table…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="98"/>
        <source>Mapping and validating the columns…</source>
        <translation>Correspondance et validation des colonnes…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="101"/>
        <source>Writing the canonical table…</source>
        <translation>Écriture de la table canonique…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="112"/>
        <source>Canonical table — {}</source>
        <translation>Table canonique — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="114"/>
        <source>Validation report — {}</source>
        <translation>Rapport de validation — {}</translation>
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
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="53"/>
        <source>Joins the OPS households of one millésime to their dwellings and to the units of a level, and computes per unit, as ratios of sums at the unit's own scale: nb_menages, nb_personnes, taille_menage (persons per household) and the shares (%) of personnes seules, familles monoparentales, familles nombreuses (3 children under 14 or more, or 5 persons or more), lease holder aged 65 or more and under 30, resources under 20 / 40 / 60 % and over 100 % of the PLUS ceiling, APL, unemployment, precarious employment, recent move-ins (less than 2 years before the reference date) and the mean length of residence. Each share's denominator is the households for which the variable is known, written beside it (n_monoparentales…), so a map can say &quot;n = 37&quot;.

When the survey gives the annual income rather than the band, the household is classified against the PLUS ceiling of its category (number of persons) and zone (ZONE, or from the dwelling's commune) for PLAFONDS_YEAR (default: the year before the millésime), from the dated table resources/plafonds_plus.csv. uc_moy is the mean number of consumption units (1 + 0.5 per other person aged 14 or more + 0.3 per child under 14); nb_uc_approchees counts the households whose children's ages were unknown (every other person then counts as 14 or more).

Secret statistique: every household figure of a unit of fewer than SECRET_THRESHOLD households (11 by default) is NULL with secret = true; so that no masked unit can be recovered by subtraction, the smallest published sibling is masked too (the floors of a building; at the other levels, the units of the territory). Likewise, cell by cell, a share whose denominator is under the threshold is masked. A threshold under 5 needs USAGE_INTERNE, and is written in the layer's metadata.

LEVEL: {levels}. Dwellings reach their units as in indicateurs_parc (key, building, location).</source>
        <translation>Relie les ménages OPS d'un millésime à leurs logements et aux unités d'un niveau, et calcule par unité, en rapports de sommes à l'échelle de l'unité : nb_menages, nb_personnes, taille_menage (personnes par ménage) et les parts (%) de personnes seules, familles monoparentales, familles nombreuses (3 enfants de moins de 14 ans ou plus, ou 5 personnes ou plus), titulaire de 65 ans ou plus et de moins de 30 ans, ressources inférieures à 20 / 40 / 60 % et supérieures à 100 % du plafond PLUS, APL, chômage, emploi précaire, emménagés récents (moins de 2 ans avant la date de référence) et l'ancienneté moyenne. Le dénominateur de chaque part est le nombre de ménages pour lesquels la variable est connue, écrit à côté (n_monoparentales…), pour qu'une carte puisse dire « n = 37 ».

Quand l'enquête donne le revenu annuel plutôt que la tranche, le ménage est classé selon le plafond PLUS de sa catégorie (nombre de personnes) et de sa zone (ZONE, ou d'après la commune du logement) pour PLAFONDS_YEAR (par défaut l'année précédant le millésime), d'après la table datée resources/plafonds_plus.csv. uc_moy est le nombre moyen d'unités de consommation (1 + 0,5 par autre personne de 14 ans ou plus + 0,3 par enfant de moins de 14 ans) ; nb_uc_approchees compte les ménages dont l'âge des enfants est inconnu (toute autre personne compte alors pour 14 ans ou plus).

Secret statistique : tous les chiffres « ménages » d'une unité de moins de SECRET_THRESHOLD ménages (11 par défaut) sont NULL avec secret = vrai ; pour qu'aucune unité masquée ne puisse être retrouvée par soustraction, la plus petite unité sœur publiée est masquée aussi (les étages d'un bâtiment ; aux autres niveaux, les unités du territoire). De même, case par case, une part dont le dénominateur est sous le seuil est masquée. Un seuil inférieur à 5 exige USAGE_INTERNE et est inscrit dans les métadonnées de la couche.

LEVEL : {levels}. Les logements sont rattachés aux unités comme dans indicateurs_parc (clé, bâtiment, localisation).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="80"/>
        <source>OPS households (table, layer or CSV)</source>
        <translation>Ménages OPS (table, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="82"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="85"/>
        <source>Millésime (survey year; empty = the only one in the table)</source>
        <translation>Millésime (année d'enquête ; vide = le seul de la table)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="88"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="91"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="93"/>
        <source>Reference date (default: 1 January of the millésime)</source>
        <translation>Date de référence (par défaut : 1er janvier du millésime)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="96"/>
        <source>Year of the PLUS ceilings (default: millésime − 1)</source>
        <translation>Année des plafonds PLUS (par défaut : millésime − 1)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="99"/>
        <source>Ceiling zone</source>
        <translation>Zone des plafonds</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="101"/>
        <source>Field mapping of the households (canonical=source;…)</source>
        <translation>Correspondance des champs des ménages (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="101"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="104"/>
        <source>Encoding of the CSV files</source>
        <translation>Encodage des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="106"/>
        <source>Separator of the CSV files</source>
        <translation>Séparateur des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="108"/>
        <source>Occupancy indicators</source>
        <translation>Indicateurs d'occupation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="119"/>
        <source>Reading the households…</source>
        <translation>Lecture des ménages…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="125"/>
        <source>Millésime {}: {} household(s).</source>
        <translation>Millésime {} : {} ménage(s).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="127"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="136"/>
        <source>{} household(s) live in a dwelling absent from the dwellings table: not counted.</source>
        <translation>{} ménage(s) occupent un logement absent de la table des logements : non comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="139"/>
        <source>Resources against the PLUS ceilings…</source>
        <translation>Ressources rapportées aux plafonds PLUS…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="143"/>
        <source>Placing the dwellings in the units…</source>
        <translation>Rattachement des logements aux unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="150"/>
        <source>{} household(s) reach no unit and are not counted.</source>
        <translation>{} ménage(s) ne sont rattachés à aucune unité et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="153"/>
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="157"/>
        <source>Secret statistique…</source>
        <translation>Secret statistique…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="164"/>
        <source>{} unit(s), {} masked by the secret statistique (threshold {}).</source>
        <translation>{} unité(s), dont {} masquées par le secret statistique (seuil {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="168"/>
        <source>A single unit holds households: the territory&apos;s own total must not be published next to this layer.</source>
        <translation>Une seule unité compte des ménages : le total du territoire ne doit pas être publié à côté de cette couche.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="179"/>
        <source>Occupancy {} — {}</source>
        <translation>Occupation {} — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_occupation.py" line="224"/>
        <source>{} household(s) classified from their income against the PLUS ceilings of {}.</source>
        <translation>{} ménage(s) classés d'après leur revenu selon les plafonds PLUS de {}.</translation>
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
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="40"/>
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
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="69"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="72"/>
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="75"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="78"/>
        <source>Keep units without dwellings</source>
        <translation>Garder les unités sans logement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="80"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="82"/>
        <source>Encoding of a CSV file</source>
        <translation>Encodage d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="84"/>
        <source>Separator of a CSV file</source>
        <translation>Séparateur d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="86"/>
        <source>Stock indicators</source>
        <translation>Indicateurs du parc</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="95"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="99"/>
        <source>Placing the dwellings in the units…</source>
        <translation>Rattachement des logements aux unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="107"/>
        <source>{} dwelling(s) reach no unit and are not counted.</source>
        <translation>{} logement(s) ne sont rattachés à aucune unité et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="110"/>
        <source>Reference date: {}</source>
        <translation>Date de référence : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="111"/>
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="115"/>
        <source>{} unit(s), {} dwelling(s) counted.</source>
        <translation>{} unité(s), {} logement(s) comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="141"/>
        <source>Stock indicators — {}</source>
        <translation>Indicateurs du parc — {}</translation>
    </message>
</context>
<context>
    <name>ObjectifsAttribution</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="70"/>
        <source>Attribution objectives (loi Égalité et Citoyenneté)</source>
        <translation>Objectifs d'attribution (loi Égalité et Citoyenneté)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="113"/>
        <source>Attributions (SNE table, layer or CSV)</source>
        <translation>Attributions (table SNE, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="115"/>
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="117"/>
        <source>QPV polygons</source>
        <translation>Polygones des QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="119"/>
        <source>QPV code field</source>
        <translation>Champ du code QPV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="122"/>
        <source>QPV status of a dwelling from</source>
        <translation>Statut QPV d'un logement d'après</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="124"/>
        <source>Applications in progress (SNE demandes), for the computed quartiles</source>
        <translation>Demandes en cours (SNE), pour les quartiles calculés</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="127"/>
        <source>Published Q1 threshold (annual income per UC, euros)</source>
        <translation>Seuil du 1er quartile publié (revenu annuel par UC, euros)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="130"/>
        <source>Published Q1 thresholds per EPCI and year (epci:year=value;…)</source>
        <translation>Seuils du 1er quartile publiés par EPCI et par année (epci:annee=valeur;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="133"/>
        <source>EPCI code of the dwellings (when the territory is one EPCI)</source>
        <translation>Code de l'EPCI des logements (quand le territoire est un seul EPCI)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="135"/>
        <source>Communes with their EPCI (depcom, code_epci)</source>
        <translation>Communes et leur EPCI (depcom, code_epci)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="138"/>
        <source>Year (empty = every year)</source>
        <translation>Année (vide = toutes les années)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="141"/>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="143"/>
        <source>Targets (%)</source>
        <translation>Objectifs (%)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="150"/>
        <source>Field mapping of the attributions (canonical=source;…)</source>
        <translation>Correspondance des champs des attributions (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="150"/>
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="150"/>
        <source>Field mapping of the applications (canonical=source;…)</source>
        <translation>Correspondance des champs des demandes (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="154"/>
        <source>Encoding of the CSV files</source>
        <translation>Encodage des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="156"/>
        <source>Separator of the CSV files</source>
        <translation>Séparateur des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="501"/>
        <source>Attribution objectives</source>
        <translation>Objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="503"/>
        <source>Quartile thresholds used</source>
        <translation>Seuils de quartiles utilisés</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="162"/>
        <source>Attributions (points, internal use)</source>
        <translation>Attributions (points, usage interne)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="164"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="164"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="179"/>
        <source>Reading the attributions…</source>
        <translation>Lecture des attributions…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="182"/>
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="187"/>
        <source>Quartile limits from the applications…</source>
        <translation>Limites des quartiles d'après les demandes…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="200"/>
        <source>QPV status of the dwellings…</source>
        <translation>Statut QPV des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="204"/>
        <source>Attributions to their dwellings…</source>
        <translation>Rattachement des attributions à leurs logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="208"/>
        <source>{} attribution(s) of a dwelling absent from the dwellings table: QPV status, commune and EPCI unknown.</source>
        <translation>{} attribution(s) d'un logement absent de la table des logements : statut QPV, commune et EPCI inconnus.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="228"/>
        <source>Quartiles of the attributions…</source>
        <translation>Quartiles des attributions…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="233"/>
        <source>No Q1 threshold for EPCI {} in {}: the quartile of the source is used where given.</source>
        <translation>Aucun seuil du 1er quartile pour l'EPCI {} en {} : le quartile de la source est utilisé quand il est donné.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="244"/>
        <source>Objectives…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="260"/>
        <source>{}: {} row(s), {} below the target of {} %.</source>
        <translation>{} : {} ligne(s), dont {} sous l'objectif de {} %.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="263"/>
        <source>Writing the outputs…</source>
        <translation>Écriture des résultats…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="271"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="304"/>
        <source>{} attribution(s), year(s) {}.</source>
        <translation>{} attribution(s), année(s) {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="327"/>
        <source>No EPSG column: x / y read as EPSG:{}.</source>
        <translation>Pas de colonne EPSG : x / y lus en EPSG:{}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="349"/>
        <source>EPCI {}: Q1 ≤ {:.0f}, Q2 ≤ {:.0f}, Q3 ≤ {:.0f} € per UC, from {} application(s) with a known income ({} in all).</source>
        <translation>EPCI {} : Q1 ≤ {:.0f}, Q2 ≤ {:.0f}, Q3 ≤ {:.0f} € par UC, d'après {} demande(s) au revenu connu ({} en tout).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="396"/>
        <source>No QPV layer or no dwelling coordinates: the QPV status comes from the code_qpv of the dwellings.</source>
        <translation>Pas de couche des QPV ou pas de coordonnées des logements : le statut QPV vient du code_qpv des logements.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="400"/>
        <source>The dwellings have no code_qpv: the QPV status comes from their location.</source>
        <translation>Les logements n'ont pas de code_qpv : le statut QPV vient de leur localisation.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="406"/>
        <source>QPV status from: {}.</source>
        <translation>Statut QPV d'après : {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="412"/>
        <source>{} dwelling(s) whose QPV status by location differs from their code_qpv, e.g. {}.</source>
        <translation>{} logement(s) dont le statut QPV par localisation diffère de leur code_qpv, par exemple {}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="415"/>
        <source>The QPV status by location and the code_qpv of the dwellings agree.</source>
        <translation>Le statut QPV par localisation et le code_qpv des logements concordent.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="418"/>
        <source>{} dwelling(s) without a known QPV status (no coordinates).</source>
        <translation>{} logement(s) sans statut QPV connu (sans coordonnées).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="441"/>
        <source>{} dwelling(s) whose commune is not in COMMUNES: EPCI unknown.</source>
        <translation>{} logement(s) dont la commune est absente de COMMUNES : EPCI inconnu.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="453"/>
        <source>Every dwelling taken in EPCI {} (the only EPCI of the thresholds).</source>
        <translation>Tous les logements sont rattachés à l'EPCI {} (le seul EPCI des seuils).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="545"/>
        <source>Attributions (internal use)</source>
        <translation>Attributions (usage interne)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="73"/>
        <source>Compares the attributions (SNE) of each year to the objectives of the loi Égalité et Citoyenneté or of the CIA (domain.md 5.3), per GROUP_BY: {groups}.

Objectives (TARGETS, legal defaults hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25):
- hors_qpv_q1: attributions of dwellings outside QPV going to first-quartile (Q1) applicants or to households rehoused by urban renewal (relogés; a household both counts once), over the attributions outside QPV;
- qpv_q2_q4: attributions in QPV going to applicants of quartiles 2 to 4, over the attributions in QPV;
- prioritaires: attributions going to DALO or priority households, over all attributions (the law sets it for each réservataire: GROUP_BY = reservataire).
Each row gives nb_attributions (the denominator), nb_public (the right kind), part_public (%), objectif_pct, ecart_points (rate − target), statut (atteint; proche: missed by less than 5 points; non atteint) and nb_manquantes: the attributions of the right kind that should have replaced others to reach the target, the number of attributions (the dwellings let) being fixed: the smallest m ≥ 0 with (nb_public + m) / nb_attributions ≥ target. Rows with no attribution in the denominator are left out. An attribution with an unknown income is in the denominator but never of the right kind for the income objectives (nb_revenu_inconnu says how many).

Quartiles (domain.md 5.1, 5.2): annual income per UC = monthly income × 12 / UC, UC = 1 + 0.5 per other person aged 14 or more + 0.3 per child under 14 (children unknown: every other person counts as 14 or more, nb_uc_approchees). An attribution is Q1 when its income per UC is ≤ the Q1 limit of its EPCI and year: THRESHOLDS (published values of the arrêté, 'epci:year=value;…' or 'epci=value' for every year), else Q1_THRESHOLD (one published value), else the limit computed from the DEMANDES in progress (the highest income per UC of the poorest 25 % of the applicants of the EPCI). The quartile given by the source fills the attributions that cannot be classified. OUTPUT_THRESHOLDS lists the limits used, their source and the number of demandes they rest on.

A dwelling's QPV status (QPV_SOURCE) comes from its location in the QPV layer (RPLS X, Y, EPSG) or from the code_qpv of the dwellings table; when both are known, the disagreements are counted in the log and the report. The EPCI of a dwelling comes from COMMUNES (depcom → code_epci), else from EPCI, else from the only EPCI of the demandes or thresholds.

Secret statistique (domain.md 6): a row whose denominator counts fewer than SECRET_THRESHOLD attributions (11 by default) is NULL with secret = true, and so is the smallest published group of the same year and objective when one group alone is masked (else it would be recovered by subtraction); a threshold under 5 needs USAGE_INTERNE and is written in the table's metadata.

YEAR: the year of the lease; empty = every year (the yearly trend). OUTPUT_ATTRIBUTIONS holds one point per attribution at its dwelling: it is household-level, for internal use only (its metadata say so). OUTPUT_REPORT is a self-contained HTML page: one table per objective with a traffic light, the yearly trend, a map, the thresholds and the caveats.</source>
        <translation>Compare les attributions (SNE) de chaque année aux objectifs de la loi Égalité et Citoyenneté ou de la CIA (domain.md 5.3), par GROUP_BY : {groups}.

Objectifs (TARGETS, valeurs légales par défaut hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25) :
- hors_qpv_q1 : attributions de logements hors QPV à des demandeurs du 1er quartile (Q1) ou à des ménages relogés dans le cadre du renouvellement urbain (relogés ; un ménage qui est les deux compte une fois), sur les attributions hors QPV ;
- qpv_q2_q4 : attributions en QPV à des demandeurs des quartiles 2 à 4, sur les attributions en QPV ;
- prioritaires : attributions à des ménages DALO ou prioritaires, sur l'ensemble des attributions (la loi le fixe pour chaque réservataire : GROUP_BY = reservataire).
Chaque ligne donne nb_attributions (le dénominateur), nb_public (le public visé), part_public (%), objectif_pct, ecart_points (taux − objectif), statut (atteint ; proche : manqué de moins de 5 points ; non atteint) et nb_manquantes : le nombre d'attributions au public visé qui auraient dû en remplacer d'autres pour atteindre l'objectif, le nombre d'attributions (les logements loués) restant le même : le plus petit m ≥ 0 tel que (nb_public + m) / nb_attributions ≥ objectif. Les lignes sans attribution au dénominateur sont omises. Une attribution au revenu inconnu compte au dénominateur mais jamais dans le public visé des objectifs de revenu (nb_revenu_inconnu dit combien).

Quartiles (domain.md 5.1, 5.2) : revenu annuel par UC = revenu mensuel × 12 / UC, UC = 1 + 0,5 par autre personne de 14 ans ou plus + 0,3 par enfant de moins de 14 ans (enfants inconnus : chaque autre personne compte comme ayant 14 ans ou plus, nb_uc_approchees). Une attribution est Q1 quand son revenu par UC est ≤ la limite Q1 de son EPCI et de son année : THRESHOLDS (valeurs publiées par arrêté, « epci:annee=valeur;… » ou « epci=valeur » pour toutes les années), sinon Q1_THRESHOLD (une valeur publiée), sinon la limite calculée sur les demandes en cours DEMANDES (le plus haut revenu par UC des 25 % de demandeurs les plus modestes de l'EPCI). Le quartile donné par la source complète les attributions qui ne peuvent pas être classées. OUTPUT_THRESHOLDS liste les limites utilisées, leur source et le nombre de demandes sur lesquelles elles reposent.

Le statut QPV d'un logement (QPV_SOURCE) vient de sa localisation dans la couche des QPV (X, Y, EPSG du RPLS) ou du code_qpv de la table des logements ; quand les deux sont connus, les désaccords sont comptés dans le journal et le rapport. L'EPCI d'un logement vient de COMMUNES (depcom → code_epci), sinon de EPCI, sinon du seul EPCI des demandes ou des seuils.

Secret statistique (domain.md 6) : une ligne dont le dénominateur compte moins de SECRET_THRESHOLD attributions (11 par défaut) est NULL avec secret = vrai, de même que le plus petit groupe publié de la même année et du même objectif quand un seul groupe est masqué (sinon il se retrouverait par soustraction) ; un seuil inférieur à 5 demande USAGE_INTERNE et est inscrit dans les métadonnées de la table.

YEAR : l'année du bail ; vide = toutes les années (l'évolution annuelle). OUTPUT_ATTRIBUTIONS contient un point par attribution, à son logement : c'est une couche au niveau du ménage, à usage interne seulement (ses métadonnées le disent). OUTPUT_REPORT est une page HTML autonome : un tableau par objectif avec un feu tricolore, l'évolution annuelle, une carte, les seuils et les précautions de lecture.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="145"/>
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="148"/>
        <source>Internal use (allows a threshold under 5)</source>
        <translation>Usage interne (autorise un seuil inférieur à 5)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="251"/>
        <source>{} row(s), {} masked by the secret statistique (threshold {}).</source>
        <translation>{} ligne(s), dont {} masquées par le secret statistique (seuil {}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="254"/>
        <source>{} {}: a single group holds attributions and it is masked: the territory&apos;s own figure must not be published either.</source>
        <translation>{} {} : un seul groupe compte des attributions et il est masqué : le chiffre du territoire ne doit pas non plus être publié.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="246"/>
        <source>The attributions have no DALO nor priority column: the prioritaires objective is not computed.</source>
        <translation>Les attributions n'ont ni colonne DALO ni colonne de public prioritaire : l'objectif des publics prioritaires n'est pas calculé.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/objectifs_attribution.py" line="194"/>
        <source>The attributions have no relogement column: only the Q1 households count for the hors QPV objective.</source>
        <translation>Les attributions n&apos;ont pas de colonne de relogement : seuls les ménages du 1er quartile comptent pour l&apos;objectif hors QPV.</translation>
    </message>
</context>
<context>
    <name>PeuplementAlgorithm</name>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="78"/>
        <source>Data preparation</source>
        <translation>Préparation des données</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="79"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="101"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="80"/>
        <source>Flows and mobility</source>
        <translation>Flux et mobilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="81"/>
        <source>Attribution objectives</source>
        <translation>Objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="82"/>
        <source>Fragility</source>
        <translation>Fragilité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="83"/>
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
        <location filename="../peuplement_plugin/processing/provider.py" line="21"/>
        <source>Peuplement du parc social</source>
        <translation>Peuplement du parc social</translation>
    </message>
</context>
<context>
    <name>UnitJoin</name>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="43"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="45"/>
        <source>Units layer (polygons of the level)</source>
        <translation>Couche des unités (polygones du niveau)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="48"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="51"/>
        <source>Buildings layer (to reach units through buildings)</source>
        <translation>Couche des bâtiments (rattachement aux unités par les bâtiments)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="54"/>
        <source>Building identifier field of the buildings layer</source>
        <translation>Champ identifiant de la couche des bâtiments</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="57"/>
        <source>Join method</source>
        <translation>Méthode de rattachement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="124"/>
        <source>No EPSG column: x / y read as EPSG:{}.</source>
        <translation>Pas de colonne EPSG : x / y lus en EPSG:{}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="145"/>
        <source>{} unit(s) without identifier in {} are left out.</source>
        <translation>{} unité(s) sans identifiant dans {} sont écartées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="177"/>
        <source>Join: by building key and floor.</source>
        <translation>Rattachement : par clé de bâtiment et étage.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="184"/>
        <source>Join: by the key {} of the dwellings (no units layer).</source>
        <translation>Rattachement : par la clé {} des logements (sans couche d'unités).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="191"/>
        <source>Join: by the key {} of the dwellings ({:.0f} % of keys found among the units).</source>
        <translation>Rattachement : par la clé {} des logements ({:.0f} % des clés trouvées parmi les unités).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="194"/>
        <source>The key {} of the dwellings names few units ({:.0f} %): not used.</source>
        <translation>La clé {} des logements désigne peu d'unités ({:.0f} %) : non utilisée.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="200"/>
        <source>Join: by building (the {} of each building).</source>
        <translation>Rattachement : par bâtiment (le {} de chaque bâtiment).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="214"/>
        <source>Join: by location of the dwellings in the units.</source>
        <translation>Rattachement : par localisation des logements dans les unités.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="226"/>
        <source>Join: by location of each dwelling&apos;s building in the units.</source>
        <translation>Rattachement : par localisation du bâtiment de chaque logement dans les unités.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/units.py" line="262"/>
        <source>Dwellings reprojected to the CRS of the units ({}).</source>
        <translation>Logements reprojetés dans le SCR des unités ({}).</translation>
    </message>
</context>
</TS>
