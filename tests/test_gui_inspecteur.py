"""The residence inspector dock (issue 7) on the sample territory, headless (pytest-qgis).

The canonical tables come from ``peuplement:import_table`` run on the territory's raw
files; every expected figure is recomputed here from the raw CSVs with plain pandas."""

import datetime
import math
import shutil
import sqlite3

import pandas as pd
import pytest

RESIDENCE = "R0001"  # "Le Clos Fleuri", 8 buildings
BATIMENT = "B000001"
FINAN = {10: "PLAI", 11: "PLAI", 12: "PLUS", 13: "PLUS", 50: "PLUS", 51: "PLUS", 52: "PLUS", 53: "PLUS", 54: "PLUS",
         55: "PLUS", 14: "PLS", 15: "PLS", 17: "PLS", 16: "PLI", 49: "AUTRE", 99: "AUTRE"}


@pytest.fixture(scope="module")
def projet(provider, territoire, tmp_path_factory):
    """A project as an analyst has it after running the plugin's import: canonical tables
    (logements, menages 2022 and 2024, attributions, demandes) and the territory's layers
    (copied: the observations layer is written to)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    from peuplement_plugin.core import schemas

    directory = tmp_path_factory.mktemp("inspecteur")
    gpkg = directory / "territoire.gpkg"
    shutil.copy(territoire.path("territoire.gpkg"), gpkg)
    project = QgsProject.instance()
    project.clear()
    layers = {}
    for name, kind, source in (("logements", "logements", "rpls_2024.csv"), ("menages_2022", "menages", "ops_2022.csv"),
                               ("menages_2024", "menages", "ops_2024.csv"),
                               ("attributions", "attributions", "attributions_2021_2024.csv"),
                               ("demandes", "demandes", "demandes_2024.csv")):
        context = QgsProcessingContext()
        context.setProject(project)
        out = str(directory / (name + ".gpkg"))
        processing.run("peuplement:import_table", {"INPUT": territoire.path(source),
                                                   "KIND": schemas.KINDS.index(kind), "OUTPUT": out,
                                                   "REPORT": "TEMPORARY_OUTPUT"},
                       context=context, feedback=QgsProcessingFeedback())
        layers[name] = QgsVectorLayer(out, name, "ogr")
    for name in ("batiments", "residences", "observations"):
        layers[name] = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert all(layer.isValid() for layer in layers.values())
    project.addMapLayers(list(layers.values()))
    yield {"layers": layers, "gpkg": gpkg, "territoire": territoire}
    project.removeAllMapLayers()


def _raw(territoire, name, encoding="utf-8"):
    path = territoire.path(name)
    for enc in (encoding, "cp1252"):
        try:
            return pd.read_csv(path, sep=";", dtype=str, encoding=enc, keep_default_na=False)
        except UnicodeDecodeError:
            continue
    raise AssertionError(name)


def _floor(text):
    text = text.strip().upper()
    return 0 if text in ("RC", "RDC") else (int(text) if text else None)


def _number(text):
    return float(text.replace(",", ".")) if text.strip() else math.nan


@pytest.fixture()
def dock(projet, qgis_iface):
    from peuplement_plugin.gui.dock import InspecteurDock

    widget = InspecteurDock(qgis_iface.mainWindow())
    widget.charger()
    yield widget
    widget.setParent(None)
    widget.deleteLater()


def test_settings_guessed_from_the_plugin_outputs_and_saved_in_the_project(projet, qgis_iface):
    from qgis.core import QgsProject

    from peuplement_plugin.gui import config as cfg

    layers = projet["layers"]
    guessed = cfg.deviner()
    for key in ("logements", "batiments", "residences", "attributions", "demandes", "observations"):
        assert guessed.layers[key] == layers[key].id(), key
    assert sorted(guessed.menages) == sorted([layers["menages_2022"].id(), layers["menages_2024"].id()])
    assert guessed.field("batiments", "adresse") == "adresse"
    assert guessed.field("residences", "nom") == "nom"
    assert cfg.lire() is None
    guessed.seuil_q1 = 4321.5
    guessed.menages = [layers["menages_2024"].id()]
    cfg.ecrire(guessed)
    try:
        again = cfg.lire()
        assert again.layers == guessed.layers and again.menages == guessed.menages
        assert again.fields == guessed.fields and again.seuil_q1 == 4321.5
    finally:
        QgsProject.instance().removeEntry(cfg.SCOPE, "/")
    assert cfg.lire() is None


def test_floor_view_of_a_known_building(dock, projet):
    """The résidence's buildings side by side; for B000001 the floors from its top floor
    down to RC, the cells of each floor, and the colour of every cell of a hand-checked
    floor (financing), read back from the rendered pixels."""
    from qgis.PyQt.QtGui import QColor, QImage

    from peuplement_plugin.gui.dessins import PALETTES

    territoire = projet["territoire"]
    rpls = _raw(territoire, "rpls_2024.csv")
    with sqlite3.connect(str(projet["gpkg"])) as db:
        buildings = dict(db.execute("select batiment_id, nb_etages from batiments where residence_id = ?",
                                    (RESIDENCE,)).fetchall())
    expected_buildings = sorted(b for b in buildings if b in set(rpls["IMMEU"]))
    mine = rpls[rpls["IMMEU"] == BATIMENT].copy()
    mine["floor"] = mine["ETAGE"].map(_floor)
    top = max(int(mine["floor"].max()), int(buildings[BATIMENT]) - 1)
    expected_floors = list(range(top, min(int(mine["floor"].min()), 0) - 1, -1))

    dock.variable.setCurrentIndex(dock.variable.findData("financement"))
    assert dock.ouvrir_batiment(BATIMENT)
    assert [b.batiment_id for b in dock.grille.batiments] == expected_buildings
    grid = next(b for b in dock.grille.batiments if b.batiment_id == BATIMENT)
    assert [e.etage for e in grid.etages] == expected_floors
    for etage in grid.etages:
        assert etage.nb_logements == int((mine["floor"] == etage.etage).sum())

    floor = 1 if (mine["floor"] == 1).sum() >= 3 else 0
    on_floor = mine[mine["floor"] == floor].sort_values("IDENT_REP")
    families = [FINAN[int(code)] for code in on_floor["FINAN"]]
    order = ("PLAI", "PLUS", "PLS", "PLI", "AUTRE")
    expected_colours = [QColor(PALETTES["financement"][order.index(f)]).name() for f in families]

    view = dock.vue
    view.resize(view.sizeHint())
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    view.render(image)
    cells = [(rect, c) for rect, c in view._cells if c.logement_id in set(on_floor["IDENT_REP"])]
    assert [c.logement_id for _, c in cells] == list(on_floor["IDENT_REP"])
    assert len({rect.y() for rect, _ in cells}) == 1  # one row
    assert [image.pixelColor(rect.center()).name() for rect, _ in cells] == expected_colours
    # the floor's share of the chosen category (PLAI by default): count / known
    etage = next(e for e in grid.etages if e.etage == floor)
    assert etage.part_categorie == pytest.approx(100.0 * families.count("PLAI") / len(families))


def test_tooltip_says_the_dwelling_not_the_household(dock):
    dock.variable.setCurrentIndex(dock.variable.findData("composition"))
    dock.ouvrir_batiment(BATIMENT)
    cell = next(c for _, c in dock.vue._cells if c.occupe)
    text = dock.vue.infobulle(cell)
    assert "Typology" in text and "Surface" in text and "Financing" in text and "Composition" in text
    # no name: the only identifier is the dwelling's; no bailleur, résidence or person name
    assert "Logis" not in text and "Clos" not in text and "Habitat" not in text


def test_usage_interne_is_on_screen(dock):
    assert dock.bandeau.isVisibleTo(dock) and "INTERNAL USE" in dock.bandeau.text()


def test_other_millesime_other_households(dock, projet):
    """At the 2022 survey, the floor counts the households of OPS 2022."""
    ops = _raw(projet["territoire"], "ops_2022.csv")
    rpls = _raw(projet["territoire"], "rpls_2024.csv")
    mine = rpls[rpls["IMMEU"] == BATIMENT]
    dock.millesime.setCurrentIndex(dock.millesime.findData(2022))
    dock.ouvrir_batiment(BATIMENT)
    grid = next(b for b in dock.grille.batiments if b.batiment_id == BATIMENT)
    assert sum(e.nb_menages for e in grid.etages) == int(mine["IDENT_REP"].isin(set(ops["IDENT_REP"])).sum())


def test_locator_finds_a_residence_by_a_partial_name(projet, qgis_iface, monkeypatch):
    from qgis.core import QgsFeedback, QgsLocatorContext

    from peuplement_plugin.gui.inspecteur import Inspecteur

    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", lambda f: None, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", lambda f: None, raising=False)
    inspecteur = Inspecteur(qgis_iface)
    inspecteur.installer()
    try:
        filtre = inspecteur.filtre.clone()
        found = []
        filtre.resultFetched.connect(found.append)
        filtre.prepare("fleuri", QgsLocatorContext())
        filtre.fetchResults("fleuri", QgsLocatorContext(), QgsFeedback())
        labels = [r.displayString for r in found]
        assert "Le Clos Fleuri ({})".format(RESIDENCE) in labels
        # an address finds its building
        found.clear()
        filtre.fetchResults("39 chemin de la forge", QgsLocatorContext(), QgsFeedback())
        assert any("B000003" in r.displayString for r in found)
        result = next(r for r in found if "B000003" in r.displayString)
        filtre.triggerResult(result)
        assert inspecteur.dock.batiment_id == "B000003" and inspecteur.dock.residence_id == RESIDENCE
    finally:
        inspecteur.desinstaller()


def test_locator_contract_searched_through_qgis_locator(projet, qgis_iface, monkeypatch):
    """Through QGIS's own QgsLocator, as the locator bar runs it: a clone prepared in the
    main thread (``prepare`` returns a list), results fetched in a worker thread, the
    chosen result triggered on the registered filter (issue 19: TypeError, then abort)."""
    from qgis.core import QgsLocator, QgsLocatorContext, QgsLocatorResult
    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer

    from peuplement_plugin.gui.inspecteur import Inspecteur
    from peuplement_plugin.gui.recherche import donnee_du_resultat

    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", lambda f: None, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", lambda f: None, raising=False)
    inspecteur = Inspecteur(qgis_iface)
    inspecteur.installer()
    locator = QgsLocator()
    try:
        assert inspecteur.filtre.prepare("fleuri", QgsLocatorContext()) == []
        locator.registerFilter(inspecteur.filtre)
        found = []
        # a copy: the result a signal hands over lives only as long as the slot
        locator.foundResult.connect(lambda result: found.append(QgsLocatorResult(result)))
        loop = QEventLoop()
        locator.finished.connect(loop.quit)
        QTimer.singleShot(20000, loop.quit)
        locator.fetchResults("res clos fleuri", QgsLocatorContext())
        if locator.isRunning():
            loop.exec()
        QCoreApplication.processEvents()
        labels = [r.displayString for r in found]
        assert any(RESIDENCE in label for label in labels), labels
        result = next(r for r in found if RESIDENCE in r.displayString)
        assert donnee_du_resultat(result) == "residence|" + RESIDENCE
        result.filter.triggerResult(result)
        assert inspecteur.dock.residence_id == RESIDENCE
        # its buildings highlighted on the map, the open one in red; gone with the dock
        from qgis.gui import QgsHighlight
        highlights = [i for i in qgis_iface.mapCanvas().items() if isinstance(i, QgsHighlight)]
        assert len(highlights) == len(inspecteur.dock.batiment_ids) == 8
        inspecteur.dock.close()
        assert not [i for i in qgis_iface.mapCanvas().items() if isinstance(i, QgsHighlight)]
    finally:
        locator.deregisterFilter(inspecteur.filtre)
        inspecteur.filtre = None  # the locator deleted it
        inspecteur.desinstaller()


def test_map_tool_and_selection_open_the_building(projet, qgis_iface, monkeypatch):
    from qgis.core import QgsFeatureRequest, QgsRectangle

    from peuplement_plugin.gui.inspecteur import Inspecteur

    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", lambda f: None, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", lambda f: None, raising=False)
    batiments = projet["layers"]["batiments"]
    inspecteur = Inspecteur(qgis_iface)
    inspecteur.installer()
    try:
        feature = next(batiments.getFeatures(QgsFeatureRequest().setFilterExpression("batiment_id = 'B000002'")))
        canvas = qgis_iface.mapCanvas()
        canvas.resize(400, 400)
        canvas.setDestinationCrs(batiments.crs())
        canvas.setLayers([batiments])
        box = feature.geometry().boundingBox()
        canvas.setExtent(QgsRectangle(box.xMinimum() - 50, box.yMinimum() - 50, box.xMaximum() + 50,
                                      box.yMaximum() + 50))
        canvas.refresh()
        point = feature.geometry().pointOnSurface().asPoint()
        pixel = canvas.getCoordinateTransform().transform(point)
        assert inspecteur.outil.identifier(int(pixel.x()), int(pixel.y())) == ("batiment", "B000002")
        assert inspecteur.dock.batiment_id == "B000002"

        qgis_iface.setActiveLayer(batiments)
        monkeypatch.setattr(qgis_iface, "activeLayer", lambda: batiments)
        batiments.selectByExpression("batiment_id = 'B000004'")
        assert inspecteur.ouvrir_selection()
        assert inspecteur.dock.batiment_id == "B000004"
        batiments.removeSelection()
    finally:
        inspecteur.desinstaller()


def _uc(persons, children):
    return 1 + 0.5 * (persons - 1 - children) + 0.3 * children


def test_what_if_matches_a_hand_computation(dock, projet):
    territoire = projet["territoire"]
    rpls = _raw(territoire, "rpls_2024.csv")
    demandes = _raw(territoire, "demandes_2024.csv")
    attributions = _raw(territoire, "attributions_2021_2024.csv")
    ops = _raw(territoire, "ops_2024.csv")
    dock.millesime.setCurrentIndex(dock.millesime.findData(2024))
    dock.ouvrir_residence(RESIDENCE)
    vacant = sorted(rpls.loc[rpls["IMMEU"].isin(dock.batiment_ids) & (rpls["MODE"] == "2"), "IDENT_REP"])
    assert vacant, "the résidence has a vacant dwelling"
    # the what-if list: every vacant dwelling of the résidence (raw MODE 2), by id
    assert [dock.logement_vacant.itemData(i) for i in range(dock.logement_vacant.count())] == vacant
    dock.vue.logementClique.emit(vacant[0])
    assert dock.logement_vacant.currentData() == vacant[0]
    dock.nb_personnes.setValue(3)
    dock.nb_enfants.setValue(1)
    dock.revenu.setValue(900)
    sim = dock.simuler()

    assert sim.uc == pytest.approx(1.8)  # 1 + 0.5 × 1 + 0.3 × 1
    assert sim.revenu_uc == pytest.approx(900 * 12 / 1.8)
    # Q1 threshold: the ceil(25 % n)-th income per UC of the applicants, ascending
    income = sorted(_number(r) * 12 / _uc(int(p), int(c)) for r, p, c in
                    zip(demandes["REVENU_MENSUEL"], demandes["NB_PERSONNES"], demandes["NB_ENFANTS_MOINS_14"]))
    q1 = income[math.ceil(0.25 * len(income)) - 1]
    q2 = income[math.ceil(0.50 * len(income)) - 1]
    assert sim.limite_q1 == pytest.approx(q1)
    assert sim.quartile == (1 if 6000 <= q1 else 2 if 6000 <= q2 else 3)

    # the objective of the dwelling's side, attributions of the last year
    att = attributions.copy()
    columns = list(att.columns)
    date, ident, persons, children, revenue = (columns[2], columns[1], columns[3], columns[4], columns[5])
    relog = columns[8]
    att["year"] = att[date].str[-4:].astype(int)
    year = int(att["year"].max())
    att = att[att["year"] == year]
    qpv_of = dict(zip(rpls["IDENT_REP"], rpls["PLG_QP24"]))
    in_qpv = att[ident].map(lambda i: qpv_of.get(i, "").strip() not in ("", "HZ", "CSZ"))
    per_uc = [_number(r) * 12 / _uc(int(p), int(c or 0)) for r, p, c in zip(att[revenue], att[persons], att[children])]
    is_q1 = pd.Series([v <= q1 for v in per_uc], index=att.index)
    dwelling_in_qpv = qpv_of[vacant[0]].strip() not in ("", "HZ", "CSZ")
    if dwelling_in_qpv:
        scope, good, cand_good = in_qpv, ~is_q1, 6000 > q1
        target = 50
    else:
        scope, good, cand_good = ~in_qpv, is_q1 | (att[relog] == "O"), 6000 <= q1
        target = 25
    n, k = int(scope.sum()), int((scope & good).sum())
    effet = sim.objectifs[0]
    assert effet.objectif == ("qpv_q2_q4" if dwelling_in_qpv else "hors_qpv_q1")
    assert (effet.nb_avant, effet.public_avant) == (n, k)
    assert effet.part_avant == pytest.approx(100 * k / n)
    assert effet.part_apres == pytest.approx(100 * (k + cand_good) / (n + 1))
    assert effet.manquantes_apres == max(0, math.ceil(target * (n + 1) / 100) - (k + cand_good))
    text = dock.resultat.text()
    assert "{:.1f} %".format(100 * k / n) in text and "{:.1f} %".format(100 * (k + cand_good) / (n + 1)) in text

    # the résidence's share of single persons among the 2024 households, with a 3-person household
    ids = set(rpls.loc[rpls["IMMEU"].isin(dock.batiment_ids), "IDENT_REP"])
    res = ops[ops["IDENT_REP"].isin(ids)]
    known = res[res["COMPOSITION"].str.strip() != ""]
    seules = int((known["COMPOSITION"].str.lower() == "personne seule").sum())
    part = next(p for p in sim.parts if p.indicateur == "part_personnes_seules")
    assert part.avant == pytest.approx(100 * seules / len(known))
    assert part.apres == pytest.approx(100 * seules / (len(known) + 1))


def test_adding_an_observation_writes_the_layer(dock, projet):
    layer = projet["layers"]["observations"]
    before = layer.featureCount()
    dock.ouvrir_residence(RESIDENCE)
    data, logements = dock.donnees, dock.donnees.logements
    assert dock.nouvelle_observation(valeurs=(datetime.date(2030, 5, 4), "propreté", 2, "Hall sale, signalé."))
    # only the observations are read again
    assert dock.donnees is data and dock.donnees.logements is logements
    assert layer.featureCount() == before + 1 and not layer.isEditable()
    with sqlite3.connect(str(projet["gpkg"])) as db:  # committed to the file
        rows = db.execute("select date, residence_id, theme, intensite, texte from observations "
                          "where texte = 'Hall sale, signalé.'").fetchall()
    assert rows == [("2030-05-04", RESIDENCE, "propreté", 2, "Hall sale, signalé.")]
    added = next(f for f in layer.getFeatures() if f["texte"] == "Hall sale, signalé.")
    assert not added.geometry().isEmpty()
    # newest first in the dock
    assert dock.table_observations.item(0, 3).text() == "Hall sale, signalé."


def test_unload_leaves_no_dock_map_tool_nor_locator_filter(projet, qgis_iface, monkeypatch):
    import peuplement_plugin
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

    from peuplement_plugin.gui.dock import OBJECT_NAME
    from peuplement_plugin.gui.recherche import OutilResidence

    filters = []
    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", filters.append, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", filters.remove, raising=False)
    plugin = peuplement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    window = qgis_iface.mainWindow()
    assert [d.objectName() for d in window.findChildren(QDockWidget)].count(OBJECT_NAME) == 1
    assert len(filters) == 1
    plugin.inspecteur.activer_outil()
    assert isinstance(qgis_iface.mapCanvas().mapTool(), OutilResidence)
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert filters == []
    assert not isinstance(qgis_iface.mapCanvas().mapTool(), OutilResidence)
    assert OBJECT_NAME not in [d.objectName() for d in window.findChildren(QDockWidget)]
    assert "PeuplementInspecteurToolbar" not in [t.objectName() for t in window.findChildren(QToolBar)]


def test_settings_panel_gives_back_the_configuration(projet, qgis_iface):
    from peuplement_plugin.gui import config as cfg
    from peuplement_plugin.gui.parametres import ParametresDialog

    guessed = cfg.deviner()
    guessed.seuil_q1 = 3100.0
    dialog = ParametresDialog(guessed, qgis_iface.mainWindow())
    again = dialog.config()
    assert again.layers == guessed.layers and sorted(again.menages) == sorted(guessed.menages)
    assert again.fields == guessed.fields and again.seuil_q1 == 3100.0
    # choosing no observations layer removes it and its fields
    dialog.combos["observations"].setLayer(None)
    changed = dialog.config()
    assert "observations" not in changed.layers
    assert not any(key.startswith("observations.") for key in changed.fields)
    dialog.deleteLater()


def test_numeric_building_ids_meet_their_text_ids(qgis_iface):
    """Dwellings whose batiment_id is a number (12, stored as a real: 12.0) belong to the
    building "12" of a building layer with text ids; observations keyed 7 meet résidence "7"."""
    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

    from peuplement_plugin.core import residence as modele
    from peuplement_plugin.gui import config as cfg
    from peuplement_plugin.gui.donnees import Donnees

    def layer(uri, name, rows):
        made = QgsVectorLayer(uri, name, "memory")
        features = []
        for row in rows:
            feature = QgsFeature(made.fields())
            feature.setAttributes(list(row))
            features.append(feature)
        assert made.dataProvider().addFeatures(features)
        return made

    logements = layer("None?field=logement_id:string&field=batiment_id:double&field=residence_id:integer",
                      "logements", [("L1", 12.0, 7), ("L2", 12.0, 7), ("L3", 13.0, 7)])
    batiments = layer("None?field=batiment_id:string&field=residence_id:string", "batiments",
                      [("12", "7"), ("13", "7"), ("14", "7")])
    observations = layer("None?field=residence_id:integer&field=date:date&field=theme:string&field=intensite:integer"
                         "&field=texte:string", "observations", [(7, None, "proprete", 1, "ok")])
    project = QgsProject()
    project.addMapLayers([logements, batiments, observations])
    config = cfg.Config(layers={"logements": logements.id(), "batiments": batiments.id(),
                                "observations": observations.id()},
                        fields={"batiments.batiment_id": "batiment_id", "batiments.residence_id": "residence_id",
                                "observations.residence_id": "residence_id"})
    data = Donnees(config, project)
    # 14 holds no dwelling; 12 and 13 do, though written 12.0 and 13.0 in the dwellings
    assert data.batiments_de("7") == ["12", "13"]
    assert data.residence_de("12") == "7"
    assert list(data.logements["batiment_id"]) == ["12", "12", "13"]
    assert len(modele.observations_de(data.observations, "7")) == 1
    project.removeAllMapLayers()


def test_layers_added_or_removed_reload_only_what_the_inspector_reads(projet, qgis_iface, monkeypatch):
    """With the guessed configuration of the fixture: an added layer may change the guess,
    so the data is read again and the building shown reopened (changing the variable still
    redraws the grid); removing a layer the configuration does not read changes nothing;
    removing one it reads reloads without it."""
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication

    from peuplement_plugin.gui import config as cfg
    from peuplement_plugin.gui.inspecteur import Inspecteur

    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", lambda f: None, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", lambda f: None, raising=False)
    assert cfg.lire() is None  # the fixture's configuration is guessed
    project = QgsProject.instance()
    inspecteur = Inspecteur(qgis_iface)
    inspecteur.installer()
    try:
        dock = inspecteur.dock
        dock.variable.setCurrentIndex(dock.variable.findData("financement"))
        assert inspecteur.ouvrir("batiment", BATIMENT)
        shown = [b.batiment_id for b in dock.grille.batiments]
        first = dock.donnees

        # layers of no use to the inspector, added: the guess is the same, nothing is read
        # again (it took seconds per layer, issue 19)
        other = QgsVectorLayer("Point?crs=EPSG:2154&field=nom:string", "sans rapport", "memory")
        again = QgsVectorLayer("Point?crs=EPSG:2154&field=code:string", "autre", "memory")
        project.addMapLayer(other)
        project.addMapLayer(again)
        QCoreApplication.processEvents()
        assert dock.donnees is first
        assert dock.batiment_id == BATIMENT and [b.batiment_id for b in dock.grille.batiments] == shown
        dock.variable.setCurrentIndex(dock.variable.findData("typologie"))
        assert dock.grille.variable == "typologie" and dock.legende.variable == "typologie"

        # removed: the configuration does not read it, nothing is read again
        project.removeMapLayers([other.id(), again.id()])
        assert dock.donnees is first

        # a fragility layer is guessed once added (read once for a batch of layers);
        # removed, the data is read again without it
        reads = []
        monkeypatch.setattr(dock, "charger", lambda config=None, lire=dock.charger: reads.append(config) or lire(config))
        fragilite = QgsVectorLayer("Point?crs=EPSG:2154&field=unite:string&field=indice_fragilite:double",
                                   "fragilite", "memory")
        extras = [QgsVectorLayer("Point?crs=EPSG:2154&field={}:string".format(n), n, "memory") for n in "xy"]
        project.addMapLayers([fragilite, extras[0]])
        project.addMapLayer(extras[1])
        QCoreApplication.processEvents()
        assert len(reads) == 1
        project.removeMapLayers([layer.id() for layer in extras])
        assert dock.donnees.config.layers.get("fragilite") == fragilite.id()
        assert dock.batiment_id == BATIMENT and [b.batiment_id for b in dock.grille.batiments] == shown
        third = dock.donnees
        project.removeMapLayer(fragilite.id())
        assert dock.donnees is not third and dock.donnees.fragilite is None
        assert "fragilite" not in dock.donnees.config.layers
        assert dock.batiment_id == BATIMENT and dock.grille is not None and dock.grille.variable == "typologie"
    finally:
        inspecteur.desinstaller()


def test_fragility_found_at_the_level_the_chain_wrote(qgis_iface):
    """The chain computes fragility by îlot (fragilite_ilot: ilot_id, niveau, millesime):
    the building's îlot, read in the buildings layer, finds its row, the latest millésime
    (issue 19: the dock said "run peuplement:fragilite")."""
    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

    from peuplement_plugin.gui import config as cfg
    from peuplement_plugin.gui.donnees import Donnees

    def layer(uri, name, rows):
        made = QgsVectorLayer(uri, name, "memory")
        features = []
        for row in rows:
            feature = QgsFeature(made.fields())
            feature.setAttributes(list(row))
            features.append(feature)
        assert made.dataProvider().addFeatures(features)
        return made

    logements = layer("None?field=logement_id:string&field=batiment_id:string&field=etage:integer", "logements",
                      [("L1", "B1", 0), ("L2", "B2", 1)])
    batiments = layer("Point?crs=EPSG:2154&field=batiment_id:string&field=residence_id:string&field=ilot_id:string",
                      "batiments", [("B1", "R1", "I7"), ("B2", "R1", "I8")])
    fragilite = layer("Polygon?crs=EPSG:2154&field=ilot_id:string&field=niveau:string&field=millesime:integer"
                      "&field=indice_fragilite:double&field=classe_fragilite:integer",
                      "fragilite_ilot", [("I7", "ilot", 2022, 0.5, 3), ("I7", "ilot", 2024, 1.25, 4),
                                         ("I8", "ilot", 2024, -0.5, 1)])
    project = QgsProject()
    project.addMapLayers([logements, batiments, fragilite])
    config = cfg.deviner(project)
    assert config.layers["fragilite"] == fragilite.id() and config.field("fragilite", "id") == "ilot_id"
    data = Donnees(config, project)
    unit, values = data.fragilite_de(["B1", "R1"], "B1")
    assert unit == "ilot I7" and values["indice_fragilite"] == 1.25 and values["classe_fragilite"] == 4
    unit, values = data.fragilite_de(["B2", "R1"], "B2")
    assert unit == "ilot I8" and values["indice_fragilite"] == -0.5
    project.removeAllMapLayers()
