"""peuplement:flux through Processing: a territory counted by hand (the one of
test_core_flux, written as raw CSV files), and the sample territory (conservation of the
OD flows, the planted fragile sector's turnover, the flow lines and their style)."""

import csv
import json
import math
import subprocess
import sys

import pytest
from osgeo import ogr

from conftest import ROOT

ALG = "peuplement:flux"
LEVEL_BATIMENT, LEVEL_ILOT, LEVEL_COMMUNE = 1, 3, 6


def rows(path):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    return [f.items() for f in layer]


def write_hand_tables(tmp_path):
    """The territory of test_core_flux: building A (A1-A4 LOCAT 1990, N1-N2 put in service in
    2023), building B (B1, B2, M1 put in service on 2024-01-01, X1 in works); RPLS of 2024-01-01."""
    rpls = ["IDENT_REP;IMMEU;MODE;LOCAT;BAIL;VACANCE;DEPCOM;PLG_QP24;X;Y;EPSG"]
    for ident, building, mode, locat, bail in [
            ("A1", "A", 1, 1990, "15/07/2023"), ("A2", "A", 1, 1990, "01/05/2019"),
            ("A3", "A", 1, 1990, "01/12/2020"), ("A4", "A", 2, 1990, ""),
            ("N1", "A", 1, 2023, "01/05/2023"), ("N2", "A", 1, 2023, "01/06/2023"),
            ("B1", "B", 1, 2000, "01/03/2014"), ("B2", "B", 1, 2000, "10/01/2010"),
            ("M1", "B", 1, 2024, "01/01/2024"), ("X1", "B", 3, 1980, "")]:
        qpv, x = ("QN03791M", 525000) if building == "A" else ("HZ", 526000)
        vacance = "01/10/2023" if ident == "A4" else ""
        rpls.append(";".join(map(str, [ident, building, mode, locat, bail, vacance, "37901", qpv, x, 6700000, 2154])))
    attributions = ["attribution_id;logement_id;date_attribution;nb_personnes;revenu_mensuel"]
    for row in [("a1", "N1", "2023-05-01", 1, "400"), ("a2", "N2", "2023-06-01", 1, "2000"),
                ("a3", "A1", "2023-07-15", 1, "300"), ("a4", "B1", "2024-04-15", 1, "450"),
                ("a5", "A2", "2024-05-20", 1, ""), ("a6", "M1", "2024-01-01", 1, "3000")]:
        attributions.append(";".join(map(str, row)))
    departs = ["logement_id;date_depart;motif;destination_depcom;destination_logement_id;nb_personnes"]
    for row in [("A1", "2023-02-01", "achat", "37901", "", 2), ("A2", "2024-05-01", "mutation interne", "37901", "B1", 1),
                ("A3", "2024-12-01", "autre", "", "", 3), ("B1", "2024-03-01", "décès", "", "", 1)]:
        departs.append(";".join(map(str, row)))
    paths = {}
    for name, lines in (("rpls", rpls), ("attributions", attributions), ("departs", departs)):
        paths[name] = tmp_path / "{}.csv".format(name)
        paths[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def hand_parameters(tmp_path, **extra):
    paths = write_hand_tables(tmp_path)
    parameters = {
        "ATTRIBUTIONS": str(paths["attributions"]), "DEPARTS": str(paths["departs"]), "LOGEMENTS": str(paths["rpls"]),
        "LEVEL": LEVEL_BATIMENT, "PERIOD_START": "2023-01-01", "PERIOD_END": "2024-12-31",
        "Q1_THRESHOLD": 6000, "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True,
        "OUTPUT": str(tmp_path / "flux.gpkg"), "OUTPUT_FLOWS": str(tmp_path / "lignes.gpkg"),
        "OUTPUT_OD": str(tmp_path / "od.gpkg"), "OUTPUT_MOTIFS": str(tmp_path / "motifs.gpkg"),
        "OUTPUT_SERIES": str(tmp_path / "series.gpkg"),
    }
    parameters.update(extra)
    return parameters


def test_hand_territory_rates(run, tmp_path):
    results, feedback = run(ALG, hand_parameters(tmp_path))
    units = {r["batiment_id"]: r for r in rows(results["OUTPUT"])}
    a, b = units["A"], units["B"]
    # The RPLS date is guessed from M1's lease of 2024-01-01.
    assert "2024-01-01" in feedback.log
    # Rotation: A 1/4 in 2023, 2/6 in 2024, period 3/10; B 0/2, 1/3, period 1/5 (test_core_flux).
    assert a["tx_rotation_2023"] == pytest.approx(25.0)
    assert a["tx_rotation_2024"] == pytest.approx(100 * 2 / 6)
    assert a["tx_rotation"] == pytest.approx(30.0)
    assert b["tx_rotation"] == pytest.approx(20.0)
    # Mobility: the first leases of N1, N2 (2023) and M1 (2024) are left out: A 2/10, B 1/4.
    assert a["tx_mobilite"] == pytest.approx(20.0)
    assert b["tx_mobilite_2024"] == pytest.approx(50.0)
    assert b["tx_mobilite"] == pytest.approx(25.0)
    # The internal mutation A2 -> B1 is a sortant of A and one entrant of B (a4), not two.
    assert (a["nb_entrants"], a["nb_sortants"], a["solde"], a["nb_mutations_sortantes"]) == (4, 3, 1, 1)
    assert (b["nb_entrants"], b["nb_sortants"]) == (2, 1)
    # Vacancy: A1 164 days (> 3 months), A2 19 days; A3 not re-let and not yet 3 months observed.
    assert a["part_vacance_3mois"] == pytest.approx(50.0)
    assert a["delai_relocation_moy"] == pytest.approx((164 + 19) / 2)
    # Q1 (threshold 6000 € per UC, one person): a1 4800 yes, a2 24000 no, a3 3600 yes, a5 unknown
    # -> 2 of 3 entrants of A; a4 5400 yes, a6 36000 no -> 1 of 2 for B.
    assert a["part_q1_entrants"] == pytest.approx(100 * 2 / 3)
    assert b["part_q1_entrants"] == pytest.approx(50.0)
    # Personnes seules among the sortants of A: A2 (1 person) of A1 (2), A2, A3 (3) -> 1/3.
    assert a["part_personnes_seules_sortants"] == pytest.approx(100 / 3)
    assert not a["secret"]


def test_hand_territory_series_od_lines_and_motives(run, tmp_path):
    results, _ = run(ALG, hand_parameters(tmp_path))
    series = {(r["unite"], r["annee"]): r for r in rows(results["OUTPUT_SERIES"])}
    assert series[("A", 2023)]["nb_logements_debut"] == 4
    assert series[("A", 2024)]["nb_logements_debut"] == 6
    assert series[("B", 2024)]["nb_logements_un_an"] == 2
    od = [r for r in rows(results["OUTPUT_OD"]) if r["echelle"] == "unite"]
    flows = {(r["origine"], r["type_destination"], r["destination"]): r["nb_departs"] for r in od}
    # A1 -> commune 37901 (a commune of the territory), A2 -> B by mutation, A3 unknown; B1 unknown.
    assert flows == {("A", "commune", "37901"): 1, ("A", "mutation interne", "B"): 1, ("A", "inconnu", "inconnu"): 1,
                     ("B", "inconnu", "inconnu"): 1}
    qpv = {(r["origine"], r["destination"]): r["nb_departs"] for r in rows(results["OUTPUT_OD"])
           if r["echelle"] == "qpv"}
    # The mutation leaves the QPV for a dwelling outside any QPV.
    assert qpv[("QN03791M", "hors QPV")] == 1
    # Internal use: the mutation dwelling → dwelling too.
    dwellings = [(r["origine"], r["destination"], r["nb_departs"]) for r in rows(results["OUTPUT_OD"])
                 if r["echelle"] == "logement"]
    assert dwellings == [("A2", "B1", 1)]
    lines = ogr.Open(results["OUTPUT_FLOWS"])
    features = list(lines.GetLayer(0))
    assert len(features) == 1
    geometry = features[0].GetGeometryRef()
    # From the centre of A's dwellings (525000, 6700000) to B's (526000, 6700000), bowed to the
    # right of the way by 12 % of its 1000 m: middle point (525500, 6700000 − 120).
    assert geometry.GetPointCount() == 3
    assert (geometry.GetX(0), geometry.GetY(0)) == (525000, 6700000)
    assert (geometry.GetX(2), geometry.GetY(2)) == (526000, 6700000)
    assert (geometry.GetX(1), geometry.GetY(1)) == pytest.approx((525500, 6700000 - 120))
    assert features[0]["nb_departs"] == 1
    assert features[0]["part_departs_origine"] == pytest.approx(100 / 3)
    motifs = {(r["secteur"], r["motif"]): r for r in rows(results["OUTPUT_MOTIFS"])}
    # QPV (A): achat, mutation interne, autre; hors QPV (B): décès.
    assert motifs[("QN03791M", "achat")]["nb"] == 1
    assert motifs[("QN03791M", "achat")]["part"] == pytest.approx(100 / 3)
    assert motifs[("hors QPV", "décès")]["part"] == pytest.approx(100.0)
    assert motifs[("ensemble", "décès")]["n_secteur"] == 4


def test_hand_territory_under_the_default_secret(run, tmp_path):
    parameters = hand_parameters(tmp_path)
    parameters.pop("SECRET_THRESHOLD")
    parameters.pop("USAGE_INTERNE")
    results, _ = run(ALG, parameters)
    units = {r["batiment_id"]: r for r in rows(results["OUTPUT"])}
    # Counts and rates stay; every profile share rests on fewer than 11 households: NULL, secret.
    assert units["A"]["tx_rotation"] == pytest.approx(30.0)
    assert units["A"]["part_q1_entrants"] is None
    assert units["A"]["effet_q1"] is None
    assert units["A"]["secret"] == 1
    # Every flow is under 11: one "autres" row per origin, nothing is drawn; A's 3 departures
    # and B's 1 are under 11 all together, so their remainders are masked (domain.md 6).
    od = [r for r in rows(results["OUTPUT_OD"]) if r["echelle"] == "unite"]
    assert sorted((r["origine"], r["destination"], r["nb_departs"], r["nb_flux_regroupes"], r["secret"])
                  for r in od) == [("A", "autres", None, None, True), ("B", "autres", None, None, True)]
    assert ogr.Open(results["OUTPUT_FLOWS"]).GetLayer(0).GetFeatureCount() == 0
    # Not for internal use: no dwelling-level row.
    assert not [r for r in rows(results["OUTPUT_OD"]) if r["echelle"] == "logement"]


def test_threshold_under_five_needs_internal_use(run, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="usage interne"):
        run(ALG, hand_parameters(tmp_path, USAGE_INTERNE=False, SECRET_THRESHOLD=3))


# --------------------------------------------------------------------------- sample territory

def sample_parameters(territoire, tmp_path, level, **extra):
    parameters = {
        "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
        "DEPARTS": territoire.path("departs_2021_2024.csv"),
        "LOGEMENTS": territoire.path("rpls_2024.csv"),
        "LEVEL": level, "PERIOD_START": "2021-01-01", "PERIOD_END": "2024-12-31",
        "OUTPUT": str(tmp_path / "flux.gpkg"), "OUTPUT_FLOWS": str(tmp_path / "lignes.gpkg"),
        "OUTPUT_OD": str(tmp_path / "od.gpkg"), "OUTPUT_MOTIFS": str(tmp_path / "motifs.gpkg"),
        "OUTPUT_SERIES": str(tmp_path / "series.gpkg"),
    }
    parameters.update(extra)
    return parameters


def test_od_flows_out_of_each_unit_add_up_to_its_sortants(run, territoire, tmp_path):
    results, _ = run(ALG, sample_parameters(
        territoire, tmp_path, LEVEL_ILOT, UNITS=territoire.layer("ilots"), UNIT_ID="ilot_id",
        BATIMENTS=territoire.layer("batiments"), MENAGES=territoire.path("ops_2024.csv"),
        DEMANDES=territoire.path("demandes_2024.csv")))
    units = {r["ilot_id"]: r for r in rows(results["OUTPUT"])}
    od = rows(results["OUTPUT_OD"])
    out, masked = {}, set()
    for r in od:
        if r["echelle"] == "unite":
            if r["nb_departs"] is None:
                # domain.md 6: an origin whose departures all together are under 11 publishes
                # one masked "autres" row and nothing else.
                assert r["destination"] == "autres" and r["secret"]
                masked.add(r["origine"])
            else:
                out[r["origine"]] = out.get(r["origine"], 0) + r["nb_departs"]
    assert masked and not masked & set(out)
    for ilot in masked:
        assert 0 < units[ilot]["nb_sortants"] < 11, ilot
        out[ilot] = units[ilot]["nb_sortants"]
    for ilot, row in units.items():
        assert out.get(ilot, 0) == row["nb_sortants"], ilot
    # Independent count: departures of 2021-2024 in the file, every dwelling of the sample
    # being in an îlot.
    with open(territoire.path("departs_2021_2024.csv"), encoding="utf-8") as handle:
        departures = sum(1 for row in csv.DictReader(handle, delimiter=";") if "2021" <= row["DATE_DEPART"][:4] <= "2024")
    assert sum(out.values()) == departures == territoire.meta["effectifs"]["departs_2021_2024"]
    # The QPV scale adds up to the same departures.
    assert sum(r["nb_departs"] for r in od if r["echelle"] == "qpv") == departures
    # A flow under 11 is never published as such, nor a remainder "autres".
    assert all(r["nb_departs"] is None or r["nb_departs"] >= 11 for r in od)


def test_flow_lines_open_with_their_style(run, territoire, tmp_path):
    from qgis.core import QgsArrowSymbolLayer, QgsSymbolLayer, QgsVectorLayer, QgsWkbTypes

    results, _ = run(ALG, sample_parameters(territoire, tmp_path, LEVEL_COMMUNE, UNITS=territoire.layer("communes"),
                                            UNIT_ID="depcom"))
    layer = QgsVectorLayer(results["OUTPUT_FLOWS"], "lignes", "ogr")
    assert layer.isValid()
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.LineGeometry
    features = list(layer.getFeatures())
    assert features, "the communes exchange internal mutations of 11 or more"
    assert all(f["nb_departs"] >= 11 and f.geometry().length() > 0 for f in features)
    assert all(f["origine"] != f["destination"] for f in features)
    message, ok = layer.loadNamedStyle(str(ROOT / "styles" / "flux_lignes.qml"))
    assert ok, message
    arrow = layer.renderer().symbol().symbolLayer(0)
    assert isinstance(arrow, QgsArrowSymbolLayer)
    width = arrow.dataDefinedProperties().property(QgsSymbolLayer.PropertyArrowWidth)
    assert "nb_departs" in width.expressionString()
    # The units layer opens with its style too, every field named in French.
    units = QgsVectorLayer(results["OUTPUT"], "flux", "ogr")
    message, ok = units.loadNamedStyle(str(ROOT / "styles" / "flux.qml"))
    assert ok, message
    for index, field in enumerate(units.fields()):
        if field.name() != "fid":
            assert units.attributeAlias(index), field.name()


def test_mobility_survey_motives_and_satisfaction(run, territoire, tmp_path):
    survey = tmp_path / "enquete.csv"
    lines = ["ID_ENQUETE;QPV_ORIGINE;MOTIF;NOTE_SATISFACTION"]
    scores = [1, 2, 3, 4, 5, 4, 4, 3, 2, 4, 5, 3]   # 12 answers from QN03791M: mean 40 / 12
    for i, score in enumerate(scores):
        motive = "environnement|taille du logement" if i < 7 else "taille du logement"
        lines.append("E{};QN03791M;{};{}".format(i, motive, score))
    survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results, _ = run(ALG, sample_parameters(territoire, tmp_path, LEVEL_COMMUNE, ENQUETE_MOBILITE=str(survey)))
    motifs = [r for r in rows(results["OUTPUT_MOTIFS"]) if r["source"] == "enquete"]
    by_key = {(r["secteur"], r["motif"]): r for r in motifs}
    assert by_key[("QN03791M", "satisfaction")]["satisfaction_moy"] == pytest.approx(40 / 12)
    assert by_key[("QN03791M", "taille du logement")]["part"] == pytest.approx(100.0)
    # 7 of 12 cite environnement: under 11 households, masked.
    assert by_key[("QN03791M", "environnement")]["nb"] is None
    assert by_key[("QN03791M", "environnement")]["secret"] == 1


# --------------------------------------------------------------------------- planted sector

def expected_planted_rotation():
    """Departures per dwelling in modes 1+2 and year in the planted sector, from the
    parameters tools/generer_territoire.py documents and draws with:
    - f = 1.4 in the planted îlots; _rotation(f) = 0.08 + 0.05 × 1.4 = 0.15 departures per
      occupied dwelling and year: a stay lasts ceil(Exp(1 / 0.15 years) × 365.25) days,
      mean 2435 + 0.5 days, plus the 30 days every new lease lasts at least;
    - the vacancy before the next lease (_vacancy_durations): long with probability
      min(0.12 + 0.4 × 1.4, 0.65) = 0.65, ceil(90 + Exp(300)) days (mean 390.5), else
      ceil(14 + Exp(45)) days (mean 59.5): 0.65 × 390.5 + 0.35 × 59.5 = 274.65 days.
    One lease-and-vacancy cycle lasts 30 + 2435.5 + 274.65 = 2740.15 days, so each dwelling
    sees 365.25 / 2740.15 = 0.1333 departures a year."""
    from tools import generer_territoire as generator

    rate = generator._rotation(1.4)
    assert rate == pytest.approx(0.15)
    stay = generator.YEAR / rate + 0.5
    vacancy = 0.65 * (90 + 300 + 0.5) + 0.35 * (14 + 45 + 0.5)
    return 100 * generator.YEAR / (30 + stay + vacancy)


def _sector_rates(run, directory, meta, tmp_path):
    """(departures, dwelling-years) of the planted buildings and of the other buildings
    outside every QPV, by building."""
    tmp_path.mkdir()
    results, _ = run(ALG, {
        "ATTRIBUTIONS": str(directory / "attributions_2021_2024.csv"), "DEPARTS": str(directory / "departs_2021_2024.csv"),
        "LOGEMENTS": str(directory / "rpls_2024.csv"), "LEVEL": LEVEL_BATIMENT,
        "PERIOD_START": "2021-01-01", "PERIOD_END": "2024-12-31",
        "OUTPUT": str(tmp_path / "flux.gpkg"), "OUTPUT_FLOWS": "TEMPORARY_OUTPUT", "OUTPUT_OD": "TEMPORARY_OUTPUT",
        "OUTPUT_MOTIFS": "TEMPORARY_OUTPUT", "OUTPUT_SERIES": "TEMPORARY_OUTPUT"})
    planted = set(meta["secteur_fragile_planté"]["batiment_ids"])
    in_qpv = set()
    with open(directory / "rpls_2024.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if row["PLG_QP24"] not in ("", "HZ", "CSZ"):
                in_qpv.add(row["IMMEU"])
    sums = {"planted": [0, 0.0], "other": [0, 0.0]}
    for r in rows(results["OUTPUT"]):
        key = "planted" if r["batiment_id"] in planted else None if r["batiment_id"] in in_qpv else "other"
        if key:
            sums[key][0] += r["nb_sortants"]
            sums[key][1] += r["logements_annees"]
    return sums


def test_planted_sector_turnover_matches_the_generator(run, territoire, tmp_path):
    expected = expected_planted_rotation()   # 13.33 %
    # The sample territory, and four more seeds of the same size: the sector is 6 to 10 îlots
    # whatever the size, so pooling seeds is what narrows the noise.
    directories = [(territoire.directory, territoire.meta)]
    for seed in (11, 12, 13, 14):
        directory = tmp_path / "seed{}".format(seed)
        subprocess.run([sys.executable, "-m", "tools.generer_territoire", "--out", str(directory), "--logements",
                        "6000", "--seed", str(seed), "--quiet"], check=True, cwd=str(ROOT))
        directories.append((directory, json.loads((directory / "territoire.json").read_text(encoding="utf-8"))))
    departures, exposure, other_departures, other_exposure = 0, 0.0, 0, 0.0
    for i, (directory, meta) in enumerate(directories):
        sums = _sector_rates(run, directory, meta, tmp_path / "run{}".format(i))
        departures += sums["planted"][0]
        exposure += sums["planted"][1]
        other_departures += sums["other"][0]
        other_exposure += sums["other"][1]
        if i == 0:
            # The sample territory alone: ~315 dwellings × 4 years, about 170 departures.
            alone = 100 * sums["planted"][0] / sums["planted"][1]
            noise = 100 * 3 * math.sqrt(expected / 100 * sums["planted"][1]) / sums["planted"][1]
            assert abs(alone - expected) < noise + 0.5, (alone, expected, noise)
    observed = 100 * departures / exposure
    # Tolerance: 3 standard deviations of a Poisson count of departures (a renewal process with
    # exponential stays is close to it) on the pooled dwelling-years, plus 0.5 point for what the
    # stationary cycle leaves out (the 2020 start, the spread of f around 1.4).
    noise = 100 * 3 * math.sqrt(expected / 100 * exposure) / exposure
    assert abs(observed - expected) < noise + 0.5, (observed, expected, noise, exposure)
    # Outside QPV elsewhere f ≤ 0.75: at most 0.1175 departures per occupied year and a shorter
    # vacancy, 365.25 / (30 + 3108.5 + 198.5) = 10.9 % at the very most: the sector stands out.
    assert observed > 100 * other_departures / other_exposure + 1.5


@pytest.mark.parametrize("with_layer", [False, True])
def test_qpv_scale_from_the_codes_or_the_qpv_layer(run, territoire, tmp_path, with_layer):
    extra = {"QPV": territoire.layer("qpv")} if with_layer else {}
    results, feedback = run(ALG, sample_parameters(territoire, tmp_path, LEVEL_COMMUNE, **extra))
    assert ("by location of the dwellings in the QPV layer" in feedback.log) == with_layer
    # Independent count: departures by the PLG_QP24 of the dwelling left (HZ / blank: hors QPV);
    # the generator draws its QPV polygons around those very dwellings.
    sector_of = {}
    with open(territoire.path("rpls_2024.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            code = row["PLG_QP24"]
            sector_of[row["IDENT_REP"]] = code if code not in ("", "HZ", "CSZ") else "hors QPV"
    expected = {}
    with open(territoire.path("departs_2021_2024.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            sector = sector_of[row["IDENT_REP"]]
            expected[sector] = expected.get(sector, 0) + 1
    out = {}
    for r in rows(results["OUTPUT_OD"]):
        if r["echelle"] == "qpv":
            out[r["origine"]] = out.get(r["origine"], 0) + r["nb_departs"]
    assert out == expected
    assert set(expected) == set(territoire.meta["codes_qpv"]) | {"hors QPV"}
    # Departures leaving a QPV for a dwelling outside any QPV (internal mutations) are a row of their own.
    moves = [r for r in rows(results["OUTPUT_OD"]) if r["echelle"] == "qpv" and r["origine"] != "hors QPV"
             and r["type_destination"] == "mutation interne" and r["destination"] == "hors QPV"]
    assert moves and all(r["nb_departs"] >= 11 for r in moves)


def test_floor_level_adds_up_to_the_departures_of_dwellings_with_a_floor(run, territoire, tmp_path):
    results, _ = run(ALG, sample_parameters(territoire, tmp_path, 0, UNITS=territoire.layer("batiments"),
                                            UNIT_ID="batiment_id"))
    floor_known = {}
    with open(territoire.path("rpls_2024.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            floor_known[row["IDENT_REP"]] = row["ETAGE"].strip() != ""
    with open(territoire.path("departs_2021_2024.csv"), encoding="utf-8") as handle:
        expected = sum(1 for row in csv.DictReader(handle, delimiter=";") if floor_known[row["IDENT_REP"]])
    floors = rows(results["OUTPUT"])
    assert sum(r["nb_sortants"] for r in floors) == expected
    assert all(r["etage"] is not None and r["batiment_id"] for r in floors)


def test_outputs_are_styled_when_loaded(provider, tmp_path):
    """Loaded in QGIS, the units and the flow lines get their QML (through the kept
    post-processor) and the metadata of the secret applied."""
    from qgis.core import (QgsApplication, QgsArrowSymbolLayer, QgsProcessingContext, QgsProcessingFeedback,
                           QgsProject, QgsVectorLayer)

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = hand_parameters(tmp_path)
    feedback = QgsProcessingFeedback()
    algorithm.prepare(parameters, context, feedback)
    for name in ("OUTPUT", "OUTPUT_FLOWS"):
        context.addLayerToLoadOnCompletion(parameters[name], QgsProcessingContext.LayerDetails(
            name, QgsProject.instance(), name))
    results = algorithm.processAlgorithm(parameters, context, feedback)
    loaded = {}
    for name in ("OUTPUT", "OUTPUT_FLOWS"):
        layer = QgsVectorLayer(results[name], name, "ogr")
        context.layerToLoadOnCompletionDetails(results[name]).postProcessor().postProcessLayer(layer, context, feedback)
        loaded[name] = layer
    units = loaded["OUTPUT"]
    assert units.attributeAlias(units.fields().indexOf("tx_rotation")) == "Taux de rotation (%)"
    assert units.attributeAlias(units.fields().indexOf("tx_rotation_2023")) == "Taux de rotation 2023 (%)"
    assert "USAGE INTERNE" in units.metadata().keywords()["peuplement"]
    assert "2023 – 2024" in units.name()
    lines = loaded["OUTPUT_FLOWS"]
    assert isinstance(lines.renderer().symbol().symbolLayer(0), QgsArrowSymbolLayer)


def test_field_mappings_of_raw_departures(run, tmp_path):
    """Departures with their own column names, mapped by MAPPING_DEPARTS (canonical=source)."""
    parameters = hand_parameters(tmp_path)
    departs = tmp_path / "departs.csv"
    lines = departs.read_text(encoding="utf-8").splitlines()
    lines[0] = "LOGT;QUITTE_LE;POURQUOI;COMMUNE_ARRIVEE;LOGT_ARRIVEE;PERS"
    renamed = tmp_path / "departs_bruts.csv"
    renamed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parameters.update(DEPARTS=str(renamed), MAPPING_DEPARTS="logement_id=LOGT;date_depart=QUITTE_LE;motif=POURQUOI;"
                      "destination_depcom=COMMUNE_ARRIVEE;destination_logement_id=LOGT_ARRIVEE;nb_personnes=PERS")
    results, _ = run(ALG, parameters)
    units = {r["batiment_id"]: r for r in rows(results["OUTPUT"])}
    # Same figures as with the canonical names (test_hand_territory_rates).
    assert units["A"]["tx_rotation"] == pytest.approx(30.0)
    assert units["A"]["nb_mutations_sortantes"] == 1
    od = {(r["origine"], r["destination"]) for r in rows(results["OUTPUT_OD"]) if r["echelle"] == "unite"}
    assert ("A", "B") in od


def test_survey_answers_placed_through_their_dwelling(run, tmp_path):
    survey = tmp_path / "enquete.csv"
    # No QPV column: the sector comes from the dwelling (A2 in QN03791M, B1 outside any QPV).
    survey.write_text("enquete_id;logement_id;motif_depart;satisfaction\n"
                      "E1;A2;environnement;2\nE2;A3;environnement, voisinage;4\nE3;B1;achat;5\n", encoding="utf-8")
    results, _ = run(ALG, hand_parameters(tmp_path, ENQUETE_MOBILITE=str(survey)))
    cells = {(r["secteur"], r["motif"]): r for r in rows(results["OUTPUT_MOTIFS"]) if r["source"] == "enquete"}
    # QN03791M: 2 respondents, both cite environnement (100 %), one voisinage (50 %); mean score 3.
    assert cells[("QN03791M", "environnement")]["part"] == pytest.approx(100.0)
    assert cells[("QN03791M", "voisinage")]["part"] == pytest.approx(50.0)
    assert cells[("QN03791M", "satisfaction")]["satisfaction_moy"] == pytest.approx(3.0)
    assert cells[("hors QPV", "achat")]["nb"] == 1
    # Ensemble: 3 respondents, mean (2 + 4 + 5) / 3.
    assert cells[("ensemble", "satisfaction")]["satisfaction_moy"] == pytest.approx(11 / 3)
