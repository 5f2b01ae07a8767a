"""peuplement:indicateurs_parc on a territory counted by hand (tests/petit_territoire.py).

Every expected number below is worked out from the table of DWELLINGS in the comments,
and the outputs are read back with OGR, not with the plugin's own bridge.
"""

import datetime as dt

import pytest
from osgeo import ogr, osr

from petit_territoire import write_layers, write_rpls_csv

ALG = "peuplement:indicateurs_parc"
LEVEL = {"etage": 0, "batiment": 1, "residence": 2, "ilot": 3, "iris": 4, "qpv": 5, "commune": 6, "epci": 7}


def read_output(path, key):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    rows = {}
    for feature in layer:
        values = feature.items()
        values["_geometry"] = feature.GetGeometryRef().ExportToWkt() if feature.GetGeometryRef() else None
        rows[key(values) if callable(key) else values[key]] = values
    return rows


@pytest.fixture()
def territory(tmp_path):
    return {
        "rpls": write_rpls_csv(tmp_path / "rpls.csv"),
        "gpkg": write_layers(tmp_path / "territoire.gpkg"),
        "tmp": tmp_path,
    }


def layer(territory, name):
    return "{}|layername={}".format(territory["gpkg"], name)


def test_ilots_through_building_key(run, territory):
    out = territory["tmp"] / "ilots.gpkg"
    _, feedback = run(ALG, {
        "LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["ilot"],
        "UNITS": layer(territory, "ilots"), "UNIT_ID": "ilot_id",
        "BATIMENTS": layer(territory, "batiments"), "REFERENCE_DATE": "2024-01-01",
        "OUTPUT": str(out)})
    rows = read_output(out, "ilot_id")
    assert "Join: by building" in feedback.log
    i1, i2 = rows["I1"], rows["I2"]
    # I1 = B1 + B2 = L1..L7: let L1 L3 L4 L6, vacant L2 L5, empty L7
    assert (i1["nb_logements"], i1["nb_loues"], i1["nb_vacants"], i1["nb_vides"]) == (7, 4, 2, 1)
    assert i1["tx_vacance"] == pytest.approx(100 * 2 / 6)
    # vacant for more than 3 months at 2024-01-01: L2 (since 15/08/2023), not L5 (01/12/2023)
    assert i1["nb_vacants_3mois"] == 1
    assert i1["tx_vacance_3mois"] == pytest.approx(100 * 1 / 6)
    # FINAN 10, 12, 13, 14, 50, 11, 12 → PLAI: L1, L6; PLUS: L2, L3, L5, L7; PLS: L4
    assert i1["part_plai"] == pytest.approx(100 * 2 / 7)
    assert i1["part_plus"] == pytest.approx(100 * 4 / 7)
    assert i1["part_pls"] == pytest.approx(100 * 1 / 7)
    assert (i1["nb_t1"], i1["nb_t2"], i1["nb_t3"], i1["nb_t4"], i1["nb_t5_plus"]) == (1, 2, 2, 1, 1)
    # RC, RC, 01, 01, 02, RDC, 00
    assert (i1["nb_rdc"], i1["nb_etages_1_4"], i1["etage_max"]) == (4, 3, 2)
    assert i1["surface_moy"] == pytest.approx((50 + 65.5 + 70 + 80 + 30 + 48 + 95) / 7)
    assert i1["loyer_m2"] == pytest.approx((300 + 420 + 560 + 250) / (50 + 70 + 80 + 48))
    # 4 known leases < 11: ancienneté masked by the secret statistique
    assert i1["anciennete_moy"] is None and i1["secret"] == 1
    # Ratio of sums, not the mean of the buildings' rates (B1 2/5, B2 0/1 → mean 20 %)
    assert i1["tx_vacance"] != pytest.approx((100 * 2 / 5 + 0) / 2)
    # I2 = B3: L8 L9 let, L10 vacant since 2022 with an unknown FINAN code (77)
    assert (i2["nb_logements"], i2["nb_loues"], i2["nb_vacants"]) == (3, 2, 1)
    assert i2["tx_vacance_3mois"] == pytest.approx(100 / 3)
    assert i2["part_plus"] == pytest.approx(50) and i2["part_pli"] == pytest.approx(50)
    assert i2["nb_finan_inconnu"] == 1
    assert "code inconnu" in feedback.log and "« 77 »" in feedback.log
    assert rows["I1"]["_geometry"].startswith("MULTIPOLYGON")


def test_ilots_by_location_match_the_key_join(run, territory):
    out = territory["tmp"] / "ilots_loc.gpkg"
    _, feedback = run(ALG, {
        "LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["ilot"], "JOIN_METHOD": 2,
        "UNITS": layer(territory, "ilots"), "UNIT_ID": "ilot_id", "REFERENCE_DATE": "2024-01-01",
        "OUTPUT": str(out)})
    rows = read_output(out, "ilot_id")
    assert "by location" in feedback.log
    assert rows["I1"]["nb_logements"] == 7 and rows["I2"]["nb_logements"] == 3


def test_units_in_another_crs_are_reached_after_reprojection(run, territory, tmp_path):
    # The îlots in WGS84, the dwellings' x / y in Lambert-93.
    wgs84 = tmp_path / "ilots_wgs84.gpkg"
    source_dataset = ogr.Open(territory["gpkg"])  # keep it alive while its layer is used
    source = source_dataset.GetLayerByName("ilots")
    target_srs = osr.SpatialReference()
    target_srs.ImportFromEPSG(4326)
    target_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source_srs = source.GetSpatialRef()
    source_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source_srs, target_srs)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(wgs84))
    lyr = dataset.CreateLayer("ilots", target_srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("ilot_id", ogr.OFTString))
    for feature in source:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        new = ogr.Feature(lyr.GetLayerDefn())
        new.SetField("ilot_id", feature.GetField("ilot_id"))
        new.SetGeometry(geometry)
        lyr.CreateFeature(new)
    dataset = None
    out = tmp_path / "reproj.gpkg"
    _, feedback = run(ALG, {
        "LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["ilot"], "UNITS": str(wgs84), "UNIT_ID": "ilot_id",
        "REFERENCE_DATE": "2024-01-01", "OUTPUT": str(out)})
    rows = read_output(out, "ilot_id")
    assert "reprojected" in feedback.log and "EPSG:4326" in feedback.log
    assert rows["I1"]["nb_logements"] == 7 and rows["I2"]["nb_logements"] == 3


def test_commune_level_with_ancienneté(run, territory):
    out = territory["tmp"] / "communes.gpkg"
    run(ALG, {
        "LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["commune"], "UNITS": layer(territory, "communes"),
        "UNIT_ID": "depcom", "REFERENCE_DATE": "2024-01-01", "SECRET_THRESHOLD": 5, "OUTPUT": str(out)})
    commune = read_output(out, "depcom")["37901"]
    assert (commune["nb_logements"], commune["nb_loues"], commune["nb_vacants"]) == (10, 6, 3)
    assert commune["tx_vacance"] == pytest.approx(100 * 3 / 9)
    assert commune["tx_vacance_3mois"] == pytest.approx(100 * 2 / 9)  # L2 and L10
    assert commune["part_plai"] == pytest.approx(100 * 2 / 9)  # 9 known FINAN
    # 6 leases (L1 L3 L4 L6 L8 L9) ≥ threshold 5: ancienneté published
    reference = dt.date(2024, 1, 1)
    leases = [dt.date(2023, 6, 1), dt.date(2015, 1, 1), dt.date(2020, 1, 1), dt.date(2010, 1, 1),
              dt.date(2022, 7, 1), dt.date(2023, 1, 1)]
    years = [(reference - d).days / 365.25 for d in leases]
    assert commune["anciennete_moy"] == pytest.approx(sum(years) / 6)
    assert commune["part_emmenages_recents"] == pytest.approx(100 * 3 / 6)  # L1, L8, L9
    assert commune["secret"] == 0


def test_floor_level_without_units(run, territory):
    out = territory["tmp"] / "etages.gpkg"
    run(ALG, {"LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["etage"], "REFERENCE_DATE": "2024-01-01",
              "OUTPUT": str(out)})
    rows = read_output(out, lambda r: (r["batiment_id"], r["etage"]))
    assert set(rows) == {("B1", 0), ("B1", 1), ("B1", 2), ("B2", 0), ("B3", 0), ("B3", 1)}
    assert rows[("B1", 0)]["tx_vacance"] == pytest.approx(50)   # L1 let, L2 vacant
    assert rows[("B1", 1)]["tx_vacance"] == pytest.approx(0)    # L3, L4 let
    assert rows[("B1", 2)]["tx_vacance"] == pytest.approx(100)  # L5 vacant
    assert rows[("B2", 0)]["nb_logements"] == 2                 # "RDC" and "00" are both RC
    assert rows[("B3", 1)]["tx_vacance"] == pytest.approx(50)


def test_building_level_from_a_memory_layer(run, territory, qgis_app):
    """The generic (non-OGR) read path: dwellings in a memory layer."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from peuplement_plugin.bridge.fieldtypes import FieldType

    from petit_territoire import DWELLINGS

    memory = QgsVectorLayer("None", "rpls", "memory")
    provider = memory.dataProvider()
    provider.addAttributes([QgsField("IDENT_REP", FieldType.String), QgsField("IMMEU", FieldType.String),
                            QgsField("MODE", FieldType.Int), QgsField("FINAN", FieldType.String)])
    memory.updateFields()
    features = []
    for row in DWELLINGS:
        feature = QgsFeature(memory.fields())
        feature.setAttributes([row[0], row[1], row[6], None if row[0] == "L3" else row[5]])
        features.append(feature)
    provider.addFeatures(features)
    out = territory["tmp"] / "batiments.gpkg"
    run(ALG, {"LOGEMENTS": memory, "LEVEL": LEVEL["batiment"], "UNITS": layer(territory, "batiments"),
              "UNIT_ID": "batiment_id", "REFERENCE_DATE": "2024-01-01", "OUTPUT": str(out)})
    rows = read_output(out, "batiment_id")
    assert rows["B1"]["nb_logements"] == 5
    assert rows["B1"]["tx_vacance"] == pytest.approx(100 * 2 / 5)
    # L3's FINAN is NULL in the layer: 4 known, PLAI = L1
    assert rows["B1"]["nb_finan_inconnu"] == 1
    assert rows["B1"]["part_plai"] == pytest.approx(100 * 1 / 4)
    # No lease dates: ancienneté NULL, not 0
    assert rows["B1"]["anciennete_moy"] is None


def test_missing_required_field_names_it(run, territory, tmp_path):
    path = tmp_path / "sans_id.csv"
    path.write_text("IMMEU;MODE\nB1;1\n", encoding="utf-8")
    with pytest.raises(Exception):
        _, feedback = run(ALG, {"LOGEMENTS": str(path), "LEVEL": LEVEL["batiment"],
                                "REFERENCE_DATE": "2024-01-01", "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_error_messages(provider, territory, tmp_path):
    """The message itself, as the Processing log shows it."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()

    def message(parameters):
        algorithm.prepare(parameters, context, feedback)
        try:
            algorithm.processAlgorithm(parameters, context, feedback)
        except Exception as error:  # noqa: BLE001 — QgsProcessingException
            return str(error)
        return None

    no_id = tmp_path / "sans_id.csv"
    no_id.write_text("IMMEU;MODE\nB1;1\n", encoding="utf-8")
    text = message({"LOGEMENTS": str(no_id), "LEVEL": 1, "REFERENCE_DATE": "2024-01-01",
                    "OUTPUT": "memory:"})
    assert "logement_id" in text and "sans_id.csv" in text and "MAPPING" in text

    header_only = tmp_path / "entete.csv"
    header_only.write_text("IDENT_REP;IMMEU;MODE\n", encoding="utf-8")
    text = message({"LOGEMENTS": str(header_only), "LEVEL": 1, "OUTPUT": "memory:"})
    assert "vide" in text and "entete.csv" in text

    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    assert "vide" in message({"LOGEMENTS": str(empty), "LEVEL": 1, "OUTPUT": "memory:"})

    text = message({"LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["ilot"],
                    "UNITS": layer(territory, "ilots"), "UNIT_ID": "code_ilot", "OUTPUT": "memory:"})
    assert "code_ilot" in text and "ilot_id" in text


def test_output_is_styled_when_loaded(run, territory, provider):
    """In the Toolbox the output is loaded in the project: the post-processor applies
    styles/indicateurs_parc.qml and a readable name."""
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject,
                           QgsVectorLayer)

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = territory["tmp"] / "styled.gpkg"
    parameters = {"LOGEMENTS": territory["rpls"], "LEVEL": LEVEL["ilot"], "UNITS": layer(territory, "ilots"),
                  "UNIT_ID": "ilot_id", "BATIMENTS": layer(territory, "batiments"),
                  "REFERENCE_DATE": "2024-01-01", "OUTPUT": str(out)}
    feedback = QgsProcessingFeedback()
    algorithm.prepare(parameters, context, feedback)
    context.addLayerToLoadOnCompletion(str(out), QgsProcessingContext.LayerDetails("out", QgsProject.instance(),
                                                                                   "OUTPUT"))
    results = algorithm.processAlgorithm(parameters, context, feedback)
    details = context.layerToLoadOnCompletionDetails(results["OUTPUT"])
    assert details.postProcessor() is not None
    output = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    details.postProcessor().postProcessLayer(output, context, feedback)
    assert output.renderer().type() in ("RuleRenderer", "graduatedSymbol")
    # the legend's title says which indicator its classes are of (issue 19)
    assert output.name() == "Stock indicators — îlot — Taux de vacance (%)"
    assert output.attributeAlias(output.fields().indexOf("tx_vacance")) == "Taux de vacance (%)"
