"""peuplement:indicateurs_occupation on a territory counted by hand, and on the sample.

Territory (buildings and îlots of tests/petit_territoire.py, dwellings written here):
    B1 (îlot I1): floor 0: 12 households, floor 1: 10, floor 2: 15 (37)
    B2 (îlot I1): floor 0: 20 households
    B3 (îlot I2): floor 0: 25 households
Familles monoparentales: B1 floor 0: 3, floor 1: 2, floor 2: 6; B2: 4 of 18 known
(2 compositions unknown); B3: 5.
Resources: B1 all "20-40%", B2 all ">100%", B3 from the income (1 person, 2023 ceiling
hors Île-de-France 21,878 €): 10 households at 4,375.59 € (< 20 %), 15 at 4,375.60 € (= 20 %).
APL known everywhere except B3, where only 8 households answered.
"""

import json
import subprocess
import sys

import pytest
from osgeo import ogr

from conftest import ROOT
from petit_territoire import write_layers

ALG = "peuplement:indicateurs_occupation"
FLOORS = {("B1", 0): 12, ("B1", 1): 10, ("B1", 2): 15, ("B2", 0): 20, ("B3", 0): 25}
MONO = {("B1", 0): 3, ("B1", 1): 2, ("B1", 2): 6, ("B2", 0): 4, ("B3", 0): 5}


def write_tables(tmp_path):
    rpls = ["IDENT_REP;IMMEU;ETAGE;MODE;DEPCOM"]
    ops = ["IDENT_REP;MILLESIME;NB_PERSONNES;COMPOSITION;TRANCHE_PLAFOND;REVENU_ANNUEL;APL"]
    number = 0
    for (building, floor), households in FLOORS.items():
        for i in range(households):
            number += 1
            dwelling = "L{:03d}".format(number)
            rpls.append("{};{};{};1;37901".format(dwelling, building, "RC" if floor == 0 else floor))
            if i < MONO[(building, floor)]:
                composition = "Famille monoparentale"
            elif building == "B2" and i >= households - 2:
                composition = ""                     # the 2 unknown compositions of B2
            else:
                composition = "Personne seule"
            if building == "B3":
                tranche, income = "", ("4375,59" if i < 10 else "4375,60")
                apl = "Oui" if i < 8 and i % 2 == 0 else ("Non" if i < 8 else "")
            else:
                tranche, income = ("20-40%" if building == "B1" else ">100%"), ""
                apl = "Oui" if i % 4 == 0 else "Non"
            ops.append("{};2024;1;{};{};{};{}".format(dwelling, composition, tranche, income, apl))
    (tmp_path / "rpls.csv").write_text("\n".join(rpls) + "\n", encoding="utf-8")
    (tmp_path / "ops.csv").write_text("\n".join(ops) + "\n", encoding="cp1252")
    return str(tmp_path / "rpls.csv"), str(tmp_path / "ops.csv"), write_layers(tmp_path / "t.gpkg")


def rows(path, key):
    dataset = ogr.Open(str(path))
    return {key(f): f.items() for f in dataset.GetLayer(0)}


def test_floors_with_primary_and_secondary_secret(run, tmp_path):
    rpls, ops, _ = write_tables(tmp_path)
    out = tmp_path / "etages.gpkg"
    _, feedback = run(ALG, {"MENAGES": ops, "LOGEMENTS": rpls, "LEVEL": 0, "OUTPUT": str(out)})
    got = rows(out, lambda f: (f.GetField("batiment_id"), f.GetField("etage")))
    # B1 floor 1 has 10 households < 11: masked. Floors of B1: 12, 10, 15; with one masked,
    # B1's total − the others would give it back: the smallest published sibling (12) goes too.
    assert got[("B1", 1)]["secret"] and got[("B1", 1)]["nb_menages"] is None
    assert got[("B1", 1)]["part_monoparentales"] is None
    assert got[("B1", 0)]["secret"] and got[("B1", 0)]["part_monoparentales"] is None
    assert not got[("B1", 2)]["secret"]
    assert got[("B1", 2)]["nb_menages"] == 15
    assert got[("B1", 2)]["part_monoparentales"] == pytest.approx(100 * 6 / 15)
    assert got[("B1", 2)]["millesime"] == 2024
    assert "masked by the secret statistique (threshold 11)" in feedback.log


def test_buildings_and_ilots_by_hand(run, tmp_path):
    rpls, ops, gpkg = write_tables(tmp_path)
    out = tmp_path / "batiments.gpkg"
    run(ALG, {"MENAGES": ops, "LOGEMENTS": rpls, "LEVEL": 1, "UNITS": gpkg + "|layername=batiments",
              "UNIT_ID": "batiment_id", "OUTPUT": str(out)})
    b = rows(out, lambda f: f.GetField("batiment_id"))
    assert b["B1"]["part_monoparentales"] == pytest.approx(100 * 11 / 37)
    assert b["B2"]["part_monoparentales"] == pytest.approx(100 * 4 / 18)   # 2 unknown compositions
    assert b["B2"]["n_monoparentales"] == 18
    assert b["B1"]["part_rev_inf_40"] == pytest.approx(100.0) and b["B2"]["part_rev_sup_100"] == pytest.approx(100.0)
    # B3 from incomes, at the exact 20 % limit of the 2023 ceiling (21,878 € × 0.2 = 4,375.60 €)
    assert b["B3"]["part_rev_inf_20"] == pytest.approx(100 * 10 / 25)
    assert b["B3"]["part_rev_inf_40"] == pytest.approx(100.0)
    # APL: B3 has 8 answers < 11, its share is masked; B1 (37 answers) and B2 (20) remain,
    # so B3 could be recovered from the total: B2's share, the smaller, is masked too.
    assert b["B3"]["part_apl"] is None and b["B3"]["n_apl"] == 8 and b["B3"]["secret"]
    assert b["B2"]["part_apl"] is None and b["B2"]["secret"]
    assert b["B1"]["part_apl"] == pytest.approx(100 * 10 / 37)   # i % 4 == 0 on floors of 12, 10, 15: 3 + 3 + 4

    out = tmp_path / "ilots.gpkg"
    run(ALG, {"MENAGES": ops, "LOGEMENTS": rpls, "LEVEL": 3, "UNITS": gpkg + "|layername=ilots",
              "UNIT_ID": "ilot_id", "BATIMENTS": gpkg + "|layername=batiments", "OUTPUT": str(out)})
    i = rows(out, lambda f: f.GetField("ilot_id"))
    # I1 = B1 + B2: (11 + 4) / (37 + 18) — the ratio of sums, not the mean of 29.7 and 22.2
    assert i["I1"]["part_monoparentales"] == pytest.approx(100 * 15 / 55)
    assert i["I1"]["nb_menages"] == 57 and i["I2"]["nb_menages"] == 25


def test_several_millesimes_need_a_choice(provider, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    rpls, ops, _ = write_tables(tmp_path)
    text = open(ops, encoding="cp1252").read()
    path = tmp_path / "deux.csv"
    path.write_text(text + text.splitlines()[1].replace(";2024;", ";2022;") + "\n", encoding="utf-8")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = {"MENAGES": str(path), "LOGEMENTS": rpls, "LEVEL": 1, "OUTPUT": "memory:"}
    algorithm.prepare(parameters, context, feedback)
    with pytest.raises(Exception) as raised:
        algorithm.processAlgorithm(parameters, context, feedback)
    assert "2022, 2024" in str(raised.value) and "MILLESIME" in str(raised.value)
    parameters["SECRET_THRESHOLD"] = 3
    algorithm.prepare(parameters, context, feedback)
    with pytest.raises(Exception) as raised:
        algorithm.processAlgorithm(parameters, context, feedback)
    assert "usage interne" in str(raised.value).lower()


def test_sample_territory_qpv_poorer(run, tmp_path):
    out_dir = tmp_path / "territoire"
    subprocess.run([sys.executable, "-m", "tools.generer_territoire", "--out", str(out_dir), "--logements", "6000",
                    "--tables", "gpkg,rpls,ops", "--quiet"], check=True, cwd=str(ROOT))
    meta = json.loads((out_dir / "territoire.json").read_text(encoding="utf-8"))
    out = tmp_path / "qpv.gpkg"
    run(ALG, {"MENAGES": str(out_dir / "ops_2022.csv"), "LOGEMENTS": str(out_dir / "rpls_2024.csv"), "LEVEL": 5,
              "UNITS": "{}|layername=qpv".format(out_dir / "territoire.gpkg"), "UNIT_ID": "code_qpv",
              "OUTPUT": str(out)})
    got = rows(out, lambda f: f.GetField("code_qpv"))
    hors = got["hors QPV"]["part_rev_inf_40"]
    qpv_codes = [c for c in got if c != "hors QPV"]
    assert sorted(qpv_codes) == sorted(meta["codes_qpv"])
    for code in qpv_codes:
        assert got[code]["part_rev_inf_40"] > hors + 10, (code, got[code]["part_rev_inf_40"], hors)


def test_internal_use_threshold_is_written_in_the_metadata(provider, tmp_path):
    """Loaded in QGIS, the output carries the secret applied in its abstract and keywords."""
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject,
                           QgsVectorLayer)

    rpls, ops, gpkg = write_tables(tmp_path)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = tmp_path / "interne.gpkg"
    parameters = {"MENAGES": ops, "LOGEMENTS": rpls, "LEVEL": 1, "UNITS": gpkg + "|layername=batiments",
                  "UNIT_ID": "batiment_id", "SECRET_THRESHOLD": 3, "USAGE_INTERNE": True, "OUTPUT": str(out)}
    feedback = QgsProcessingFeedback()
    algorithm.prepare(parameters, context, feedback)
    context.addLayerToLoadOnCompletion(str(out), QgsProcessingContext.LayerDetails("out", QgsProject.instance(),
                                                                                   "OUTPUT"))
    results = algorithm.processAlgorithm(parameters, context, feedback)
    layer = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    context.layerToLoadOnCompletionDetails(results["OUTPUT"]).postProcessor().postProcessLayer(
        layer, context, feedback)
    metadata = layer.metadata()
    assert "3 ménages" in metadata.abstract() and "USAGE INTERNE" in metadata.abstract()
    assert "USAGE INTERNE" in metadata.keywords()["peuplement"]
    # threshold 3: B3's 8 APL answers are published now
    published = {f["batiment_id"]: f["part_apl"] for f in layer.getFeatures()}
    assert published["B3"] == pytest.approx(100 * 4 / 8)   # i = 0, 2, 4, 6 answered Oui


def test_ceiling_category_of_single_parents_and_disabled_members(run, tmp_path):
    # Arrêté du 29 juillet 1987, annexe (domain.md 5.5), ceilings 2023 hors IdF (millésime 2024
    # − 1; commune 37901): 12 households of 2 persons, 13,000 € a year each, on floor 0 of B9.
    # - 6 familles monoparentales: one person with one dependant → category 3 = 35,135 €,
    #   13,000 / 35,135 = 37.0 % → under 40 %;
    # - 3 couples without children with a disabled member (HANDICAP = Oui): category 2 + 1 = 3
    #   → 37.0 %, under 40 %;
    # - 3 couples without children, no handicap: category 2 = 29,217 €, 44.5 % → 40-60.
    # part_rev_inf_40 = 9 / 12 = 75 % (category 2 for everyone would give 0 %).
    rpls = ["IDENT_REP;IMMEU;ETAGE;MODE;DEPCOM"]
    ops = ["IDENT_REP;MILLESIME;NB_PERSONNES;COMPOSITION;REVENU_ANNUEL;HANDICAP"]
    for i in range(12):
        rpls.append("H{:02d};B9;RC;1;37901".format(i))
        composition = "Famille monoparentale" if i < 6 else "Couple sans enfant"
        ops.append("H{:02d};2024;2;{};13000;{}".format(i, composition, "Oui" if 6 <= i < 9 else "Non"))
    (tmp_path / "rpls.csv").write_text("\n".join(rpls) + "\n", encoding="utf-8")
    (tmp_path / "ops.csv").write_text("\n".join(ops) + "\n", encoding="utf-8")
    out = tmp_path / "etages.gpkg"
    run(ALG, {"MENAGES": str(tmp_path / "ops.csv"), "LOGEMENTS": str(tmp_path / "rpls.csv"), "LEVEL": 0,
              "OUTPUT": str(out)})
    got = rows(out, lambda f: (f.GetField("batiment_id"), f.GetField("etage")))
    assert got[("B9", 0)]["part_rev_inf_40"] == pytest.approx(75.0)
