"""No leak of household data (issue 9, domain.md 6): every layer meant for publication,
from every algorithm run on the sample territory with the default secret (11), is scanned
cell by cell with rules written here, independently of the algorithms' own secret code:

1. no column identifies a household, a person or a dwelling (``logement_id``, an
   attribution or application number…), so no layer is household-level;
2. every figure describing households (a share, a mean, a profile difference) rests on at
   least 11 households — its own denominator ``n_…`` when the layer gives one, otherwise
   the households of its row — or is NULL;
3. a row whose households number 1 to 10 publishes no household figure, and says
   ``secret``; a masked figure is always flagged ``secret``;
4. flows: an origin → destination line drawn on the map carries at least 11 departures;
   the smaller ones are merged into "autres", and an "autres" remainder under 11 is masked:
   no published origin → destination count lies between 1 and 10.

The household-level attributions points of ``peuplement:objectifs_attribution`` are not
a publication layer: the test checks their metadata says so.

How the secret reads "a cell that describes fewer than 11 households": the households a
figure is computed over (the denominator of a share, the households of a unit). A flow
count over a unit's dwellings (``nb_entrants`` of an îlot) and a rotation rate over its
dwellings describe the stock, not a group of households, and are published."""

import math

import pandas as pd
import pytest
from osgeo import ogr

THRESHOLD = 11

# Columns that would name a household, a person or a dwelling.
IDENTIFIERS = {"logement_id", "menage_id", "numero_attribution", "attribution_id", "demande_id",
               "destination_logement_id", "nom", "prenom", "nom_prenom", "date_naissance"}
# Keys of the places the layers describe: in a layer keyed by one of them, and without any
# other identifier, ``nom`` is the name of the place (issue 20), not a person's.
UNIT_KEYS = {"code_qpv", "depcom", "code_iris", "code_epci", "residence_id", "ilot_id", "secteur_id"}
# The households of a row, by layer kind: the first of these columns present.
ROW_HOUSEHOLDS = ("nb_menages", "nb_attributions", "n_secteur")
# Figures about dwellings (RPLS, itself open data at the dwelling level: financing, size,
# floor, surface, vacancy, relettings), not households: not under the secret.
DWELLING_FIGURES = {"part_vacance_3mois", "delai_relocation_moy", "part_plai", "part_plus", "part_pls", "part_pli",
                    "part_t1", "part_t2", "part_t3", "part_t4", "part_t5_plus", "part_etages_5_plus",
                    "part_logements_qpv", "surface_moy"}
# Denominators the layers name differently from their figure (the first present).
DENOMINATOR_OF = {"anciennete_moy": ("n_anciennete", "nb_baux_connus"),
                  "part_emmenages_recents": ("n_anciennete", "nb_baux_connus"),
                  "anciennete_sortants_moy": ("n_anciennete_sortants",), "part": ("n_secteur",),
                  "satisfaction_moy": ("n_secteur",), "part_departs_origine": ("nb_departs",)}


SIDES = ("_t0", "_t1")  # peuplement:evolution: each figure at t0 and t1, and their difference


def household_figures(columns):
    """The columns that describe households: shares, means, sizes, profile differences."""
    found = []
    for name in columns:
        stem = _stem(name, columns)
        if stem in DWELLING_FIGURES:
            continue
        if stem.startswith(("part_", "effet_", "taille_menage", "uc_moy")) or stem.endswith("_moy") or \
                stem in ("part", "indice_fragilite") or stem.startswith("z_"):
            found.append(name)
    return found


def _side_of(name, columns):
    """"_t0", "_t1" or "_diff" when ``name`` is one side of an evolution figure (the layer
    has the same figure at t0 and t1; ``part_t1``, the share of T1 dwellings, is not)."""
    for suffix in SIDES + ("_diff",):
        stem = name[:-len(suffix)]
        if name.endswith(suffix) and all(stem + side in columns for side in SIDES):
            return suffix
    return ""


def _stem(name, columns):
    side = _side_of(name, columns)
    return name[:-len(side)] if side else name


def _sides(name, columns):
    """The side suffixes a figure rests on: "" for a plain figure, both for a difference."""
    side = _side_of(name, columns)
    return SIDES if side == "_diff" else (side,)


def bases(name, columns):
    """The columns counting the households ``name`` is computed over: its own denominator
    ``n_…`` when the layer has one, else the households of its row (per side)."""
    stem = _stem(name, columns)
    if stem.startswith("effet_"):  # peuplement:flux: share among entrants − share in the stock (5.6)
        variable = stem[len("effet_"):]
        wanted = ["n_{}_{}".format(variable, side) for side in ("entrants", "stock")]
        return [c if c in columns else None for c in wanted]
    found = []
    for side in _sides(name, columns):
        candidates = list(DENOMINATOR_OF.get(stem, ())) + [
            "n_" + stem[len("part_"):] if stem.startswith("part_") else None, "n_" + stem]
        own = next((c + side for c in candidates if c and c + side in columns), None)
        found.append(own or next((c + side for c in ROW_HOUSEHOLDS if c + side in columns), None))
    return found


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def _small(value):
    return not _missing(value) and 0 < value < THRESHOLD


def scan(frame, layer_name):
    """The unmasked cells under the threshold, as readable lines (empty = no leak)."""
    leaks = []
    columns = list(frame.columns)
    named = IDENTIFIERS & set(columns)
    if named == {"nom"} and UNIT_KEYS & set(columns):
        named = set()  # a QPV's, a commune's, a résidence's name
    named = sorted(named)
    if named:
        leaks.append("{}: identifying column(s) {}".format(layer_name, ", ".join(named)))
    row_households = [c + side for c in ROW_HOUSEHOLDS for side in ("",) + SIDES if c + side in columns]
    figures = {name: bases(name, columns) for name in household_figures(columns)}
    for position, row in frame.iterrows():
        where = "{} row {}".format(layer_name, position)
        small_rows = [c for c in row_households if _small(row[c])]
        for name, counts in figures.items():
            value = row[name]
            if _missing(value):
                continue
            for count in counts:
                if count is None:
                    leaks.append("{}: {} has no household count to check it against".format(where, name))
                elif _missing(row[count]) or _small(row[count]):
                    leaks.append("{}: {} = {} over {} = {}".format(where, name, value, count, row[count]))
        if small_rows and "secret" in columns and not row["secret"]:
            leaks.append("{}: {} = {} but secret is false".format(where, small_rows[0], row[small_rows[0]]))
    return leaks


def read_layers(path):
    """Every layer of a GeoPackage (or the one layer of a file) as (name, frame) pairs."""
    dataset = ogr.Open(str(path))
    layers = []
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        if layer.GetName() in ("layer_styles",):
            continue
        rows = [feature.items() for feature in layer]
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        layers.append((layer.GetName(), pd.DataFrame(rows, columns=names)))
    dataset = None
    return layers


# -- the scanner on its own: it must catch what it is written to catch -----------------

def test_scan_catches_a_share_over_too_few_households():
    frame = pd.DataFrame({"ilot_id": ["I1", "I2"], "nb_menages": [40, 40], "part_apl": [50.0, 12.5],
                          "n_apl": [8, 40], "secret": [False, False]})
    assert scan(frame, "t") == ["t row 0: part_apl = 50.0 over n_apl = 8"]


def test_scan_catches_a_small_unit_and_an_identifier():
    frame = pd.DataFrame({"logement_id": ["L1"], "nb_menages": [7], "taille_menage": [2.1], "secret": [False]})
    leaks = scan(frame, "t")
    assert leaks == ["t: identifying column(s) logement_id", "t row 0: taille_menage = 2.1 over nb_menages = 7",
                     "t row 0: nb_menages = 7 but secret is false"]


def test_scan_tells_a_place_name_from_a_person_name():
    places = pd.DataFrame({"code_qpv": ["QN1"], "nom": ["Les Hauts de Valcher"], "nb_menages": [40],
                           "secret": [False]})
    assert scan(places, "t") == []
    people = pd.DataFrame({"logement_id": ["L1"], "nom": ["Dupont"], "nb_menages": [40], "secret": [False]})
    assert scan(people, "t") == ["t: identifying column(s) logement_id, nom"]
    unkeyed = pd.DataFrame({"nom": ["Dupont"], "nb_menages": [40], "secret": [False]})
    assert scan(unkeyed, "t") == ["t: identifying column(s) nom"]


def test_scan_checks_both_sides_of_a_difference():
    frame = pd.DataFrame({"ilot_id": ["I1"], "nb_menages_t0": [9], "nb_menages_t1": [30], "part_apl_t0": [None],
                          "part_apl_t1": [20.0], "part_apl_diff": [4.0], "secret": [True]})
    assert scan(frame, "t") == ["t row 0: part_apl_diff = 4.0 over nb_menages_t0 = 9"]


def test_scan_accepts_masked_cells():
    frame = pd.DataFrame({"ilot_id": ["I1"], "nb_menages": [None], "part_apl": [None], "n_apl": [None],
                          "secret": [True]})
    assert scan(frame, "t") == []


# -- the chain on the sample territory ---------------------------------------------------

@pytest.fixture(scope="module")
def publication(provider, territoire, tmp_path_factory):
    """Every algorithm's publication outputs on the sample territory, default secret."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("publication")

    def out(name):
        return str(folder / (name + ".gpkg"))

    def run(algorithm_id, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback())

    t = territoire
    common = {"LOGEMENTS": t.path("rpls_2024.csv"), "BATIMENTS": t.layer("batiments")}
    for level, units, key in ((1, "batiments", "batiment_id"), (3, "ilots", "ilot_id")):
        run("peuplement:indicateurs_parc", dict(common, LEVEL=level, UNITS=t.layer(units), UNIT_ID=key,
                                                OUTPUT=out("parc_" + units)))
    for millesime in ("2022", "2024"):
        for level, units, key in ((1, "batiments", "batiment_id"), (3, "ilots", "ilot_id"),
                                  (6, "communes", "depcom")):
            run("peuplement:indicateurs_occupation", dict(
                common, MENAGES=t.path("ops_{}.csv".format(millesime)), LEVEL=level, UNITS=t.layer(units),
                UNIT_ID=key, OUTPUT=out("occupation_{}_{}".format(millesime, units))))
    run("peuplement:evolution", {"BEFORE": out("occupation_2022_ilots"), "AFTER": out("occupation_2024_ilots"),
                                 "UNIT_ID": "ilot_id", "OUTPUT": out("evolution_ilots")})
    for level, units, key in ((3, "ilots", "ilot_id"), (6, "communes", "depcom")):
        run("peuplement:flux", dict(
            common, ATTRIBUTIONS=t.path("attributions_2021_2024.csv"), DEPARTS=t.path("departs_2021_2024.csv"),
            MENAGES=t.path("ops_2024.csv"), DEMANDES=t.path("demandes_2024.csv"), LEVEL=level,
            UNITS=t.layer(units), UNIT_ID=key, QPV=t.layer("qpv"), OUTPUT=out("flux_" + units),
            OUTPUT_FLOWS=out("flux_lignes_" + units), OUTPUT_OD=out("flux_od_" + units),
            OUTPUT_MOTIFS=out("flux_motifs_" + units), OUTPUT_SERIES=out("flux_series_" + units)))
    for group, name in ((1, "communes"), (3, "reservataires")):
        run("peuplement:objectifs_attribution", {
            "ATTRIBUTIONS": t.path("attributions_2021_2024.csv"), "LOGEMENTS": t.path("rpls_2024.csv"),
            "QPV": t.layer("qpv"), "DEMANDES": t.path("demandes_2024.csv"), "GROUP_BY": group,
            "OUTPUT": out("objectifs_" + name), "OUTPUT_THRESHOLDS": out("seuils_" + name),
            "OUTPUT_ATTRIBUTIONS": out("interne_attributions_" + name)})
    run("peuplement:pression_demande", {"DEMANDES": t.path("demandes_2024.csv"),
                                        "ATTRIBUTIONS": t.path("attributions_2021_2024.csv"),
                                        "LOGEMENTS": t.path("rpls_2024.csv"), "OUTPUT": out("pression_demande")})
    run("peuplement:fragilite", {"INPUT": out("occupation_2024_ilots"), "UNIT_ID": "ilot_id",
                                 "OUTPUT": out("fragilite_ilots")})
    run("peuplement:secteurs_fragiles_hors_qpv", {"INPUT": out("fragilite_ilots"), "UNIT_ID": "ilot_id",
                                                  "QPV": t.layer("qpv"), "PERMUTATIONS": 99,
                                                  "OUTPUT": out("secteurs_fragiles_hors_qpv")})
    return folder


def _publication_files(folder):
    return sorted(p for p in folder.glob("*.gpkg") if not p.name.startswith("interne_"))


def test_every_publication_layer_is_free_of_household_data(publication):
    files = _publication_files(publication)
    assert len(files) == 2 + 6 + 1 + 10 + 4 + 1 + 1 + 1  # stock, occupation, evolution, flux, objectifs,
    #                                                       demand pressure, fragility, sectors
    leaks = []
    scanned_rows = 0
    for path in files:
        for name, frame in read_layers(path):
            leaks += scan(frame, "{}:{}".format(path.stem, name))
            scanned_rows += len(frame)
    assert scanned_rows > 1000
    assert leaks == [], "\n".join(leaks[:40])


def test_the_scan_meets_small_units_on_the_sample(publication):
    """The territory has units under 11 households: the scan above saw real masked cells,
    not only comfortable ones."""
    masked = 0
    for name, frame in read_layers(publication / "occupation_2024_batiments.gpkg"):
        masked += int(frame["secret"].fillna(False).astype(bool).sum())
    assert masked > 0


def test_drawn_flows_carry_at_least_eleven_departures(publication):
    for units in ("ilots", "communes"):
        for _, lines in read_layers(publication / "flux_lignes_{}.gpkg".format(units)):
            assert (lines["nb_departs"] >= THRESHOLD).all()
        for _, od in read_layers(publication / "flux_od_{}.gpkg".format(units)):
            small = od[(od["nb_departs"] > 0) & (od["nb_departs"] < THRESHOLD)]
            assert small.empty, small
            masked = od[od["nb_departs"].isna()]
            assert (masked["destination"] == "autres").all() and masked["secret"].astype(bool).all()
            assert masked["part_departs_origine"].isna().all() and masked["nb_flux_regroupes"].isna().all()


def test_household_level_points_say_internal_use(publication):
    """The attributions points are household-level: the GeoPackage itself says "usage
    interne" (its description in gpkg_contents), wherever the file is opened."""
    for path in sorted(publication.glob("interne_attributions_*.gpkg")):
        dataset = ogr.Open(str(path))
        layer = dataset.GetLayer(0)
        assert layer.GetFeatureCount() > 100  # one point per attribution: household-level
        contents = dataset.ExecuteSQL("SELECT description FROM gpkg_contents WHERE table_name = '{}'".format(
            layer.GetName()))
        description = contents.GetNextFeature().GetField(0)
        dataset.ReleaseResultSet(contents)
        dataset = None
        assert description.startswith("USAGE INTERNE"), description
