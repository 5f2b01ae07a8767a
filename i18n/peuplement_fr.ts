<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ImportTable</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="55" />
        <source>Import a table (RPLS, OPS, SNE, departures, applications)</source>
        <translation>Importer une table (RPLS, OPS, SNE, départs, demandes)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="59" />
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
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="77" />
        <source>Raw table (layer, table or CSV file)</source>
        <translation>Table brute (couche, table ou fichier CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="79" />
        <source>Kind of table</source>
        <translation>Type de table</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="81" />
        <source>Field mapping (canonical=source;…), optional</source>
        <translation>Correspondance des champs (canonique=source;…), facultative</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="84" />
        <source>Encoding of a CSV file (auto, utf-8, cp1252…)</source>
        <translation>Encodage d'un fichier CSV (auto, utf-8, cp1252…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="86" />
        <source>Separator of a CSV file (auto, ;, ',', tab)</source>
        <translation>Séparateur d'un fichier CSV (auto, ;, ',', tab)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="88" />
        <source>Canonical table</source>
        <translation>Table canonique</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="90" />
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="96" />
        <source>Reading the table…</source>
        <translation>Lecture de la table…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="98" />
        <source>Mapping and validating the columns…</source>
        <translation>Correspondance et validation des colonnes…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="101" />
        <source>Writing the canonical table…</source>
        <translation>Écriture de la table canonique…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="112" />
        <source>Canonical table — {}</source>
        <translation>Table canonique — {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/import_table.py" line="114" />
        <source>Validation report — {}</source>
        <translation>Rapport de validation — {}</translation>
    </message>
</context>
<context>
    <name>IndicateursParc</name>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="50" />
        <source>Stock indicators (RPLS) per unit</source>
        <translation>Indicateurs du parc (RPLS) par unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="54" />
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
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="83" />
        <source>Dwellings (RPLS table, layer or CSV)</source>
        <translation>Logements (table RPLS, couche ou CSV)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="85" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="87" />
        <source>Units layer (polygons of the level)</source>
        <translation>Couche des unités (polygones du niveau)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="90" />
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="93" />
        <source>Buildings layer (to reach units through buildings)</source>
        <translation>Couche des bâtiments (rattachement aux unités par les bâtiments)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="96" />
        <source>Building identifier field of the buildings layer</source>
        <translation>Champ identifiant de la couche des bâtiments</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="99" />
        <source>Join method</source>
        <translation>Méthode de rattachement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="101" />
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="104" />
        <source>Secret statistique: minimum households</source>
        <translation>Secret statistique : nombre minimal de ménages</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="107" />
        <source>Keep units without dwellings</source>
        <translation>Garder les unités sans logement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="109" />
        <source>Field mapping of the dwellings (canonical=source;…)</source>
        <translation>Correspondance des champs des logements (canonique=source;…)</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="111" />
        <source>Encoding of a CSV file</source>
        <translation>Encodage d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="113" />
        <source>Separator of a CSV file</source>
        <translation>Séparateur d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="115" />
        <source>Stock indicators</source>
        <translation>Indicateurs du parc</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="125" />
        <source>Reading the dwellings…</source>
        <translation>Lecture des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="131" />
        <source>Mapping and validating the dwellings…</source>
        <translation>Correspondance et validation des logements…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="138" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="140" />
        <source>Placing the dwellings in the units…</source>
        <translation>Rattachement des logements aux unités…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="156" />
        <source>{} dwelling(s) reach no unit and are not counted.</source>
        <translation>{} logement(s) ne sont rattachés à aucune unité et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="159" />
        <source>Reference date: {}</source>
        <translation>Date de référence : {}</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="160" />
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="164" />
        <source>{} unit(s), {} dwelling(s) counted.</source>
        <translation>{} unité(s), {} logement(s) comptés.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="186" />
        <source>No EPSG column: x / y read as EPSG:{}.</source>
        <translation>Pas de colonne EPSG : x / y lus en EPSG:{}.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="207" />
        <source>{} unit(s) without identifier in {} are left out.</source>
        <translation>{} unité(s) sans identifiant dans {} sont écartées.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="238" />
        <source>Join: by building key and floor.</source>
        <translation>Rattachement : par clé de bâtiment et étage.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="245" />
        <source>Join: by the key {} of the dwellings (no units layer).</source>
        <translation>Rattachement : par la clé {} des logements (sans couche d'unités).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="251" />
        <source>Join: by the key {} of the dwellings ({:.0f} % of keys found among the units).</source>
        <translation>Rattachement : par la clé {} des logements ({:.0f} % des clés trouvées parmi les unités).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="254" />
        <source>The key {} of the dwellings names few units ({:.0f} %): not used.</source>
        <translation>La clé {} des logements désigne peu d'unités ({:.0f} %) : non utilisée.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="260" />
        <source>Join: by building (the {} of each building).</source>
        <translation>Rattachement : par bâtiment (le {} de chaque bâtiment).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="273" />
        <source>Join: by location of the dwellings in the units.</source>
        <translation>Rattachement : par localisation des logements dans les unités.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="285" />
        <source>Join: by location of each dwelling's building in the units.</source>
        <translation>Rattachement : par localisation du bâtiment de chaque logement dans les unités.</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="321" />
        <source>Dwellings reprojected to the CRS of the units ({}).</source>
        <translation>Logements reprojetés dans le SCR des unités ({}).</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/algorithms/indicateurs_parc.py" line="371" />
        <source>Stock indicators — {}</source>
        <translation>Indicateurs du parc — {}</translation>
    </message>
</context>
<context>
    <name>PeuplementAlgorithm</name>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="65" />
        <source>Data preparation</source>
        <translation>Préparation des données</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="66" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/processing/base.py" line="83" />
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>PeuplementPlugin</name>
    <message>
        <location filename="../peuplement_plugin/plugin.py" line="50" />
        <source>Peuplement</source>
        <translation>Peuplement</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/plugin.py" line="52" />
        <source>Import a table (RPLS, OPS, SNE)…</source>
        <translation>Importer une table (RPLS, OPS, SNE)…</translation>
    </message>
    <message>
        <location filename="../peuplement_plugin/plugin.py" line="52" />
        <source>Stock indicators per unit…</source>
        <translation>Indicateurs du parc par unité…</translation>
    </message>
</context>
<context>
    <name>PeuplementProvider</name>
    <message>
        <location filename="../peuplement_plugin/processing/provider.py" line="18" />
        <source>Peuplement du parc social</source>
        <translation>Peuplement du parc social</translation>
    </message>
</context>
</TS>