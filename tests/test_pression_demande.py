"""peuplement:pression_demande (domain.md 5.9) on hand-written SNE / RPLS files, every
expected number counted by hand, and on the sample territory."""

import csv

import pytest
from osgeo import ogr

ALG = "peuplement:pression_demande"


def _write(path, header, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def rows(path):
    dataset = ogr.Open(str(path))
    out = [f.items() for f in dataset.GetLayer(0)]
    dataset = None
    return out


def hand_files(tmp_path, radiation=False):
    """EPCI 200000001, communes 37901 and 37902.

    Dwellings: L1-L20 in 37901 (L1-L10 with 2 rooms, L11-L20 with 3), L21-L35 in 37902
    (4 rooms). Attributions 2024: L1-L12 (37901: 10 T2 and 2 T3; L1-L5 mutations) and
    L21-L32 (37902: 12 T4, none a mutation); 2023: L13-L14 (37901).
    Applications, 31/12/2024 stock: 30 wishing 37901 first (20 T2, 10 T3; 6 mutations),
    25 wishing 37902 first then 37901 (T4; 5 mutations), 6 without a commune (T2).
    """
    dwellings = [["L{}".format(i), "37901" if i <= 20 else "37902", 2 if i <= 10 else 3 if i <= 20 else 4]
                 for i in range(1, 36)]
    logements = _write(tmp_path / "rpls.csv", ["IDENT_REP", "IMMEU", "DEPCOM", "NBPIECE"],
                       [[d[0], "B1", d[1], d[2]] for d in dwellings])
    attributions = []
    for i in range(1, 13):
        attributions.append(["A{}".format(i), "L{}".format(i), "15/03/2024", "O" if i <= 5 else "N"])
    for i in range(21, 33):
        attributions.append(["A{}".format(i), "L{}".format(i), "20/06/2024", "N"])
    for i in (13, 14):
        attributions.append(["A{}".format(i), "L{}".format(i), "10/10/2023", "N"])
    attributions_path = _write(tmp_path / "attributions.csv",
                               ["Numéro d'attribution", "Identifiant logement", "Date de signature du bail",
                                "Mutation"], attributions)
    demandes = []

    def add(count, communes, typology, mutations, date="2023-05-02", struck=""):
        for k in range(count):
            demandes.append(["D{:04d}".format(len(demandes) + 1), date, 2, 0, "1000,00", "200000001", communes,
                             typology, "Oui" if k < mutations else "Non"] + ([struck] if radiation else []))

    add(20, "37901", "T2", 6)
    add(10, "37901,37902", "T3", 0)
    add(25, "37902,37901", "T4", 5, date="2024-11-30")
    add(6, "", "T2", 0)
    if radiation:
        # struck off in 2024: in progress at the end of 2023, not of 2024
        add(3, "37901", "T2", 0, date="2022-01-10", struck="2024-02-01")
    header = ["NUM_UNIQUE", "DATE_DEPOT", "NB_PERSONNES", "NB_ENFANTS_MOINS_14", "REVENU_MENSUEL", "EPCI",
              "COMMUNES_SOUHAITEES", "TYPE_LOGEMENT_RECHERCHE", "MUTATION"] + (["DATE_RADIATION"] if radiation else [])
    demandes_path = _write(tmp_path / "demandes.csv", header, demandes)
    return {"DEMANDES": demandes_path, "ATTRIBUTIONS": attributions_path, "LOGEMENTS": logements}


def test_hand_pressure_per_scale(run, tmp_path):
    results, feedback = run(ALG, dict(hand_files(tmp_path), SECRET_THRESHOLD=5, USAGE_INTERNE=True,
                                      OUTPUT=str(tmp_path / "p.gpkg")))
    cells = {(r["echelle"], r["code"]): r for r in rows(results["OUTPUT"])}
    assert {r["annee"] for r in cells.values()} == {2024}   # the snapshot's year (latest filing 2024)
    # EPCI: 20 + 10 + 25 + 6 = 61 applications; 12 + 12 = 24 attributions in 2024 (not the 2 of 2023).
    epci = cells[("epci", "200000001")]
    assert (epci["nb_demandes"], epci["nb_attributions"]) == (61, 24)
    assert epci["tension"] == pytest.approx(61 / 24)
    # First wished commune: 37901 has 30 (20 + 10), 37902 25; attributions by the dwelling's
    # commune: 37901 12, 37902 12. 37901: 30 / 12 = 2.5; 37902: 25 / 12.
    assert cells[("commune", "37901")]["tension"] == pytest.approx(2.5)
    assert cells[("commune", "37902")]["tension"] == pytest.approx(25 / 12)
    # The 6 applications without a commune: a row of their own, no attribution, no ratio.
    unknown = cells[("commune", "non renseigné")]
    assert (unknown["nb_demandes"], unknown["nb_attributions"], unknown["tension"]) == (6, 0, None)
    # Typology: T2 20 + 6 = 26 applications / 10 attributions (L1-L10): 2.6. T3 10 / 2
    # (L11, L12): 2 attributions < 5, masked; alone masked in the EPCI, it would come back
    # as the EPCI minus T2 and T4, so the published sibling with the fewest applications,
    # T4 (25 < 26), is masked too.
    assert cells[("typologie", "T2")]["tension"] == pytest.approx(2.6)
    assert cells[("typologie", "T3")]["secret"] and cells[("typologie", "T4")]["secret"]
    assert cells[("typologie", "T3")]["nb_demandes"] is None and cells[("typologie", "T4")]["tension"] is None
    # Mutations: 6 + 5 = 11 applications / 5 attributions (A1-A5): 2.2; others 50 / 19.
    assert (cells[("mutation", "mutation")]["nb_demandes"], cells[("mutation", "mutation")]["nb_attributions"]) == \
        (11, 5)
    assert cells[("mutation", "mutation")]["tension"] == pytest.approx(2.2)
    assert cells[("mutation", "hors mutation")]["tension"] == pytest.approx(50 / 19)
    assert "61 application(s) in progress, 24 attribution(s), tension 2.5" in feedback.log


def test_hand_pressure_under_the_default_secret(run, tmp_path):
    results, _ = run(ALG, dict(hand_files(tmp_path), OUTPUT=str(tmp_path / "p.gpkg")))
    cells = {(r["echelle"], r["code"]): r for r in rows(results["OUTPUT"])}
    # Threshold 11: the mutation row has 5 attributions: masked, and so is its only sibling.
    assert cells[("mutation", "mutation")]["secret"] and cells[("mutation", "hors mutation")]["secret"]
    assert cells[("mutation", "mutation")]["nb_demandes"] is None
    # No published count between 1 and 10.
    for r in cells.values():
        for name in ("nb_demandes", "nb_attributions"):
            assert r[name] is None or r[name] == 0 or r[name] >= 11, (r, name)


def test_struck_off_applications_give_every_year(run, tmp_path):
    results, feedback = run(ALG, dict(hand_files(tmp_path, radiation=True), SECRET_THRESHOLD=2, USAGE_INTERNE=True,
                                      OUTPUT=str(tmp_path / "p.gpkg")))
    epci = {r["annee"]: r for r in rows(results["OUTPUT"]) if r["echelle"] == "epci"}
    # With DATE_RADIATION every year of the attributions: 2023 and 2024.
    # End of 2023: the 36 filed in 2023 (20 + 10 + 6) and the 3 struck off in 2024 = 39; the
    # 25 filed in November 2024 are not yet there. Attributions of 2023: 2 (L13, L14).
    assert (epci[2023]["nb_demandes"], epci[2023]["nb_attributions"]) == (39, 2)
    assert epci[2023]["tension"] == pytest.approx(19.5)
    # End of 2024: 61, the 3 struck off in February 2024 are out.
    assert epci[2024]["nb_demandes"] == 61
    assert "date_radiation given" in feedback.log


def test_a_year_other_than_the_snapshot_is_refused(run, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="2023"):
        run(ALG, dict(hand_files(tmp_path), YEAR=2023, OUTPUT=str(tmp_path / "p.gpkg")))


def test_sample_territory(run, territoire, tmp_path):
    results, _ = run(ALG, {"DEMANDES": territoire.path("demandes_2024.csv"),
                           "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
                           "LOGEMENTS": territoire.path("rpls_2024.csv"), "OUTPUT": str(tmp_path / "p.gpkg")})
    table = rows(results["OUTPUT"])
    epci = [r for r in table if r["echelle"] == "epci"]
    assert len(epci) == 1 and epci[0]["annee"] == 2024
    # Independent counts from the files: every application of the snapshot is in progress;
    # the attributions signed in 2024.
    with open(territoire.path("demandes_2024.csv"), encoding="utf-8") as handle:
        demandes = list(csv.DictReader(handle, delimiter=";"))
    with open(territoire.path("attributions_2021_2024.csv"), encoding="cp1252") as handle:
        attributions = [r for r in csv.DictReader(handle, delimiter=";")
                        if r["Date de signature du bail"].endswith("/2024")]
    assert epci[0]["nb_demandes"] == len(demandes)
    assert epci[0]["nb_attributions"] == len(attributions)
    assert epci[0]["tension"] == pytest.approx(len(demandes) / len(attributions))
    # Each scale's published rows and masked rows add up to the EPCI's applications.
    for echelle in ("commune", "typologie", "mutation"):
        part = [r for r in table if r["echelle"] == echelle]
        assert part, echelle
        published = sum(r["nb_demandes"] for r in part if not r["secret"])
        assert published <= len(demandes)
        if not any(r["secret"] for r in part):
            assert published == len(demandes), echelle
    mutations = {r["code"]: r for r in table if r["echelle"] == "mutation"}
    wished = sum(1 for r in demandes if r["MUTATION"] == "Oui")
    assert mutations["mutation"]["nb_demandes"] == wished
    assert mutations["mutation"]["nb_attributions"] == sum(1 for r in attributions if r["Mutation"] == "O")
    first = {}
    for r in demandes:
        code = r["COMMUNES_SOUHAITEES"].split(",")[0]
        first[code] = first.get(code, 0) + 1
    for r in table:
        if r["echelle"] == "commune" and not r["secret"]:
            assert r["nb_demandes"] == first.get(r["code"], 0), r["code"]


def test_a_year_without_attributions_gives_no_tension(run, tmp_path):
    # With DATE_RADIATION and YEAR 2022: the stock at the end of 2022 holds the 3 filed in
    # January 2022 (struck off in 2024); no attribution that year: 0 and no ratio.
    results, feedback = run(ALG, dict(hand_files(tmp_path, radiation=True), YEAR=2022, SECRET_THRESHOLD=2,
                                      USAGE_INTERNE=True, OUTPUT=str(tmp_path / "p.gpkg")))
    epci = [r for r in rows(results["OUTPUT"]) if r["echelle"] == "epci"]
    assert [(r["annee"], r["nb_demandes"], r["nb_attributions"], r["tension"]) for r in epci] == [(2022, 3, 0, None)]
    assert "No attribution in 2022" in feedback.log
