"""End to end: peuplement:objectifs_attribution from the packaged zip through
``qgis_process.bin`` on the sample territory, as a GIS officer's yearly batch would, its
figures checked against a computation of their own made here with pandas on the raw files."""

import json

import pandas as pd
import pytest
from osgeo import ogr

from test_qgis_process import QGIS_PROCESS, profile, qgis_process  # noqa: F401  (the module's fixture)

pytestmark = pytest.mark.skipif(not __import__("pathlib").Path(QGIS_PROCESS).exists(),
                                reason="qgis_process.bin not installed")


def _by_hand(territoire, year, threshold):
    """Attributions of ``year`` outside QPV (PLG_QP24 none of the QPV codes: HZ, CSZ or blank; the
    sample's codes agree with the QPV polygons) and those to Q1 (income × 12 / UC ≤ threshold)
    or relogés."""
    att = pd.read_csv(territoire.path("attributions_2021_2024.csv"), sep=";", encoding="cp1252", dtype=str)
    rpls = pd.read_csv(territoire.path("rpls_2024.csv"), sep=";", encoding="utf-8", dtype=str,
                       keep_default_na=False)
    att = att[att["Date de signature du bail"].str[-4:] == str(year)]
    qpv = att["Identifiant logement"].map(dict(zip(rpls["IDENT_REP"], rpls["PLG_QP24"])))
    outside = att[~qpv.isin(territoire.meta["codes_qpv"])]
    persons = outside["Nombre de personnes"].astype(int)
    children = outside["Nombre d'enfants de moins de 14 ans"].astype(int)
    uc = 1 + 0.5 * (persons - 1 - children) + 0.3 * children
    income = outside["Revenu mensuel"].str.replace(",", ".").astype(float) * 12 / uc
    right = (income <= threshold) | (outside["Relogement NPNRU"] == "O")
    return len(outside), int(right.sum())


def test_objectifs_attribution_from_the_installed_zip(profile, territoire, tmp_path):  # noqa: F811
    env, _ = profile
    out = {name: tmp_path / "{}.gpkg".format(name) for name in ("objectifs", "seuils", "attributions")}
    report = tmp_path / "rapport.html"
    result = qgis_process(env, tmp_path, "run", "peuplement:objectifs_attribution", "--json", "--",
                          "ATTRIBUTIONS={}".format(territoire.path("attributions_2021_2024.csv")),
                          "LOGEMENTS={}".format(territoire.path("rpls_2024.csv")),
                          "QPV={}".format(territoire.layer("qpv")),
                          "DEMANDES={}".format(territoire.path("demandes_2024.csv")),
                          "THRESHOLDS=200099999:2024=3500", "YEAR=2024", "GROUP_BY=4",
                          "OUTPUT={}".format(out["objectifs"]), "OUTPUT_THRESHOLDS={}".format(out["seuils"]),
                          "OUTPUT_ATTRIBUTIONS={}".format(out["attributions"]),
                          "OUTPUT_REPORT={}".format(report))
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    assert payload["results"]["OUTPUT_REPORT"] == str(report)
    dataset = ogr.Open(str(out["objectifs"]))
    rows = {(f.GetField("objectif"), f.GetField("groupe")): f.items() for f in dataset.GetLayer(0)}
    n, k = _by_hand(territoire, 2024, 3500.0)
    hors = rows[("hors_qpv_q1", "hors QPV")]
    assert (hors["annee"], hors["nb_attributions"], hors["nb_public"]) == (2024, n, k)
    assert hors["nb_manquantes"] == max(0, (n + 3) // 4 - k)     # ⌈25 % × n⌉ − k
    assert {g for (o, g) in rows if o == "qpv_q2_q4"} == set(territoire.meta["codes_qpv"])
    seuils = ogr.Open(str(out["seuils"]))
    (seuil,) = [f.items() for f in seuils.GetLayer(0)]
    assert (seuil["source"], seuil["limite_q1"], seuil["nb_demandes"]) == (
        "publié", 3500.0, territoire.meta["effectifs"]["demandes_2024"])
    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "publié (arrêté)" in text


def test_one_applications_table_per_year_from_the_command_line(profile, territoire, tmp_path):  # noqa: F811
    """DEMANDES repeated on the command line, dated by DEMANDES_DATES (domain.md 5.2: a stock
    dated D serves the year after D): the 2024 attributions take the threshold of the table
    dated 2023-12-31, computed here by hand on that table."""
    env, _ = profile
    stock = pd.read_csv(territoire.path("demandes_2024.csv"), sep=";", encoding="utf-8", dtype=str)
    earlier = stock[stock["DATE_DEPOT"] <= "2023-12-31"]
    earlier.to_csv(tmp_path / "demandes_2023.csv", sep=";", index=False, encoding="utf-8")
    # Q1 = the ceil(25 % × n)-th income per UC, ascending, of the applicants with an income
    persons = earlier["NB_PERSONNES"].astype(int)
    children = earlier["NB_ENFANTS_MOINS_14"].astype(int)
    income = (earlier["REVENU_MENSUEL"].str.replace(",", ".").astype(float) * 12
              / (1 + 0.5 * (persons - 1 - children) + 0.3 * children)).dropna().sort_values()
    q1 = income.iloc[-(-len(income) // 4) - 1]
    out = {name: tmp_path / "{}.gpkg".format(name) for name in ("objectifs", "seuils", "attributions")}
    result = qgis_process(env, tmp_path, "run", "peuplement:objectifs_attribution", "--json", "--",
                          "ATTRIBUTIONS={}".format(territoire.path("attributions_2021_2024.csv")),
                          "LOGEMENTS={}".format(territoire.path("rpls_2024.csv")),
                          "QPV={}".format(territoire.layer("qpv")),
                          "DEMANDES={}".format(tmp_path / "demandes_2023.csv"),
                          "DEMANDES={}".format(territoire.path("demandes_2024.csv")),
                          "DEMANDES_DATES=2023-12-31;2024-12-31", "YEAR=2024", "GROUP_BY=4",
                          "OUTPUT={}".format(out["objectifs"]), "OUTPUT_THRESHOLDS={}".format(out["seuils"]),
                          "OUTPUT_ATTRIBUTIONS={}".format(out["attributions"]))
    assert result.returncode == 0, result.stdout + result.stderr
    seuils = ogr.Open(str(out["seuils"]))   # the dataset kept alive while its layer is read
    (seuil,) = [f.items() for f in seuils.GetLayer(0)]
    assert (seuil["annee"], seuil["annee_seuil"], seuil["date_demandes"], seuil["source"]) == \
        (2024, 2024, "2023-12-31", "calculé")
    assert seuil["limite_q1"] == pytest.approx(q1) and seuil["nb_demandes"] == len(earlier)
    objectives = ogr.Open(str(out["objectifs"]))
    rows = {(f.GetField("objectif"), f.GetField("groupe")): f.items() for f in objectives.GetLayer(0)}
    n, k = _by_hand(territoire, 2024, q1)
    assert (rows[("hors_qpv_q1", "hors QPV")]["nb_attributions"], rows[("hors_qpv_q1", "hors QPV")]["nb_public"]) \
        == (n, k)
