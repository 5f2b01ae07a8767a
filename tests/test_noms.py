"""Names where a person reads them (issue 20): the unit layers' names reach every output
layer of a unit level as ``nom``, guessed from the layer's fields or given by UNIT_NAME,
and the committee report shows them with their codes."""

import pytest
from osgeo import ogr

from peuplement_plugin.core import noms


def _rows(path, layer=None):
    dataset = ogr.Open(str(path))
    source = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    rows = [f.items() for f in source]
    dataset = None
    return rows


@pytest.mark.parametrize("fields,expected", [
    (["code_qpv", "nom"], "nom"), (["CODE_QP", "NOM_QP", "COMMUNE_QP"], "NOM_QP"),
    (["depcom", "nom_commune", "code_epci"], "nom_commune"), (["CODGEO", "LIBGEO"], "LIBGEO"),
    (["IDENT_REP", "Nom du Programme"], "Nom du Programme"), (["ilot_id", "depcom"], None)])
def test_name_field_guessed(fields, expected):
    assert noms.guess_name_field(fields, fields[0]) == expected


def test_label_puts_the_code_beside_the_name():
    assert noms.label("Le Bocage", "R0012") == "Le Bocage (R0012)"
    assert noms.label(None, "QN03791M") == "QN03791M"
    assert noms.label(float("nan"), "37903") == "37903"
    assert noms.label("Le Bocage", "R0012", with_code=False) == "Le Bocage"


@pytest.mark.parametrize("level,layer,key", [(5, "qpv", "code_qpv"), (6, "communes", "depcom")])
def test_unit_names_in_the_output_layer(run, territoire, tmp_path, level, layer, key):
    out = tmp_path / "parc.gpkg"
    run("peuplement:indicateurs_parc", {"LOGEMENTS": territoire.path("rpls_2024.csv"), "LEVEL": level,
                                        "UNITS": territoire.layer(layer), "UNIT_ID": key, "OUTPUT": str(out)})
    expected = {r[key]: r["nom"] for r in _rows(territoire.path("territoire.gpkg"), layer)}
    rows = _rows(out)
    named = [r for r in rows if r[key] in expected]
    assert named and all(r["nom"] == expected[r[key]] and r["nom"] for r in named)
    assert all(r["nom"] is None for r in rows if r[key] not in expected)  # hors QPV has no name


def test_unit_name_parameter_and_a_wrong_one(run, territoire, tmp_path):
    out = tmp_path / "parc.gpkg"
    # UNIT_NAME chosen: the commune's EPCI code stands for a name here, to tell it from the guess
    run("peuplement:indicateurs_parc", {"LOGEMENTS": territoire.path("rpls_2024.csv"), "LEVEL": 6,
                                        "UNITS": territoire.layer("communes"), "UNIT_ID": "depcom",
                                        "UNIT_NAME": "code_epci", "OUTPUT": str(out)})
    expected = {r["depcom"]: r["code_epci"] for r in _rows(territoire.path("territoire.gpkg"), "communes")}
    assert all(r["nom"] == expected[r["depcom"]] for r in _rows(out))
    with pytest.raises(Exception, match="champ de nom « absent »"):
        run("peuplement:indicateurs_parc", {"LOGEMENTS": territoire.path("rpls_2024.csv"), "LEVEL": 6,
                                            "UNITS": territoire.layer("communes"), "UNIT_ID": "depcom",
                                            "UNIT_NAME": "absent", "OUTPUT": str(tmp_path / "x.gpkg")})


def test_dock_and_locator_name_the_units_and_residences(qgis_app, territoire):
    """The inspector reads the names of the QPV and communes from the project's unit
    layers, and its locator says, for a building found by address, the name and code of
    its résidence."""
    from qgis.core import QgsProject, QgsVectorLayer

    from peuplement_plugin.gui import config as cfg
    from peuplement_plugin.gui.donnees import Donnees

    project = QgsProject()
    layers = {name: QgsVectorLayer(territoire.layer(name), name, "ogr")
              for name in ("qpv", "communes", "batiments", "residences")}
    assert all(layer.isValid() for layer in layers.values())
    project.addMapLayers(list(layers.values()))
    donnees = Donnees(cfg.Config(layers={"batiments": layers["batiments"].id(),
                                         "residences": layers["residences"].id()}), project)
    names = donnees.noms_unites()
    gpkg = territoire.path("territoire.gpkg")
    for layer, key, scale in (("qpv", "code_qpv", "qpv"), ("communes", "depcom", "commune")):
        rows = _rows(gpkg, layer)
        assert rows and all(names[(scale, r[key])] == r["nom"] for r in rows)
    residences = {r["residence_id"]: r["nom"] for r in _rows(gpkg, "residences")}
    building = next(r for r in _rows(gpkg, "batiments") if r["adresse"] and residences.get(r["residence_id"]))
    labels = {ident: label for _, label, kind, ident in donnees.index_recherche() if kind == "batiment"}
    assert labels[building["batiment_id"]] == "{} — {}, {} ({})".format(
        building["adresse"], building["batiment_id"], residences[building["residence_id"]], building["residence_id"])
    project.removeAllMapLayers()


def test_evolution_keeps_the_names(run, tmp_path):
    """The evolution between two indicator layers that carry ``nom`` carries it too."""
    def layer(path, rows):
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        table = dataset.CreateLayer("t", None, ogr.wkbNone)
        for name, kind in (("code_qpv", ogr.OFTString), ("nom", ogr.OFTString), ("nb_menages", ogr.OFTInteger),
                           ("part_chomage", ogr.OFTReal)):
            table.CreateField(ogr.FieldDefn(name, kind))
        for values in rows:
            feature = ogr.Feature(table.GetLayerDefn())
            for name, value in zip(("code_qpv", "nom", "nb_menages", "part_chomage"), values):
                if value is not None:
                    feature.SetField(name, value)
            table.CreateFeature(feature)
        del table, feature
        dataset = None
        return str(path)

    before = layer(tmp_path / "t0.gpkg", [("QN1", "Le Bocage", 100, 10.0), ("hors QPV", None, 900, 5.0)])
    after = layer(tmp_path / "t1.gpkg", [("QN1", "Le Bocage", 110, 12.0), ("hors QPV", None, 880, 5.5)])
    out = tmp_path / "evolution.gpkg"
    run("peuplement:evolution", {"BEFORE": before, "AFTER": after, "UNIT_ID": "code_qpv", "OUTPUT": str(out)})
    rows = {r["code_qpv"]: r for r in _rows(out)}
    assert rows["QN1"]["nom"] == "Le Bocage" and rows["hors QPV"]["nom"] is None
    assert rows["QN1"]["part_chomage_diff"] == pytest.approx(2.0)  # 12.0 - 10.0
