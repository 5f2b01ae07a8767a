"""Outputs loaded in QGIS the way an algorithm dialog loads them (issue 19): the run, then
Processing's own ``handleAlgorithmResults``. A file output written under a temporary name
keeps its style loader alive once moved (QGIS crashed on it), and no extra output is
registered (QGIS reported it in red: "The following layers were not correctly generated")."""

import pytest

from petit_territoire import write_layers, write_rpls_csv


def _feedback():
    from qgis.core import QgsProcessingFeedback

    class Recording(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.errors.append(error)

    return Recording()


def _run_as_dialog(algorithm_id, parameters, output_names):
    """The algorithm run, then its outputs loaded into the project as the dialog does;
    ``(results, context, feedback, ok)``."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    project = QgsProject.instance()
    parameters = dict(parameters)
    for name in output_names:  # "open output file after running", as the dialog sets it
        parameters[name] = QgsProcessingOutputLayerDefinition(parameters[name], project)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = _feedback()
    results, ok = algorithm.run(parameters, context, feedback)
    assert ok, feedback.errors
    loaded = handleAlgorithmResults(algorithm, context, feedback, False, parameters)
    return results, context, feedback, loaded


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "entrees"
    folder.mkdir()
    return write_rpls_csv(folder / "rpls.csv"), write_layers(folder / "territoire.gpkg")


@pytest.mark.parametrize("destination", ["parc.gpkg", "parc.shp", "TEMPORARY_OUTPUT"])
def test_stock_indicators_load_styled_without_error(provider, inputs, tmp_path, destination):
    from qgis.core import QgsProject, QgsSingleSymbolRenderer

    rpls, gpkg = inputs
    output = destination if destination == "TEMPORARY_OUTPUT" else str(tmp_path / destination)
    parameters = {"LOGEMENTS": rpls, "LEVEL": 3, "UNITS": gpkg + "|layername=ilots", "UNIT_ID": "ilot_id",
                  "BATIMENTS": gpkg + "|layername=batiments", "OUTPUT": output}
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        results, context, feedback, loaded = _run_as_dialog("peuplement:indicateurs_parc", parameters, ["OUTPUT"])
        # one layer to load, the output itself (no "memory:…" twin), under its final name
        assert loaded and feedback.errors == []
        new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
        assert len(new) == 1
        layer = new[0]
        assert layer.isValid() and layer.featureCount() > 0
        if destination != "TEMPORARY_OUTPUT":
            assert layer.source().split("|")[0] == output == results["OUTPUT"]
            assert "_ecriture_" not in layer.source()
        # styled by its post-processor: the QML's graduated renderer, not QGIS's single symbol
        assert not isinstance(layer.renderer(), QgsSingleSymbolRenderer)
    finally:
        project.removeMapLayers(list(set(project.mapLayers()) - before))


def test_import_to_a_geopackage_file_loads_both_outputs_styled(provider, inputs, tmp_path):
    from qgis.core import QgsProject

    rpls, _gpkg = inputs
    parameters = {"INPUT": rpls, "KIND": 0, "OUTPUT": str(tmp_path / "logements.gpkg"),
                  "REPORT": str(tmp_path / "rapport.gpkg")}
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        _results, context, feedback, loaded = _run_as_dialog("peuplement:import_table", parameters,
                                                             ["OUTPUT", "REPORT"])
        assert loaded and feedback.errors == []
        new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
        assert sorted(layer.source().split("|")[0] for layer in new) == sorted(
            [str(tmp_path / "logements.gpkg"), str(tmp_path / "rapport.gpkg")])
        # the style loader names each layer after its kind and source file (QGIS alone
        # names it after the output file), so that two imports can be told apart
        assert sorted(layer.name() for layer in new) == ["Canonical table — logements (rpls.csv)",
                                                        "Validation report — logements (rpls.csv)"]
    finally:
        project.removeMapLayers(list(set(project.mapLayers()) - before))


def test_import_to_temporary_layers_loads_both_outputs_without_error(provider, inputs):
    """Temporary outputs of a table written in bulk (write_layer): the two layers asked
    for, and no "memory:" twin registered to load (QGIS reported it in red)."""
    from qgis.core import QgsProject

    rpls, _gpkg = inputs
    parameters = {"INPUT": rpls, "KIND": 0, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"}
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        _results, context, feedback, loaded = _run_as_dialog("peuplement:import_table", parameters,
                                                             ["OUTPUT", "REPORT"])
        assert loaded and feedback.errors == [], (feedback.errors, list(context.layersToLoadOnCompletion()))
        assert len(context.layersToLoadOnCompletion()) == 2
        new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
        assert sorted(layer.name() for layer in new) == ["Canonical table — logements (rpls.csv)",
                                                        "Validation report — logements (rpls.csv)"]
    finally:
        project.removeMapLayers(list(set(project.mapLayers()) - before))


def test_postgis_output_loads_styled_without_error(provider, inputs):
    """A PostGIS table as output: QGIS 3.22 registers the destination as written
    (``postgis:…``), which it cannot load back; the layer loads from the database."""
    from qgis.core import QgsProject, QgsSingleSymbolRenderer

    from scripts import pg_temp

    if not pg_temp.available():
        pytest.skip("no PostgreSQL server (postgresql-15-postgis-3)")
    rpls, gpkg = inputs
    with pg_temp.TemporaryServer() as server:
        server.execute("CREATE SCHEMA resultats")
        parameters = {"LOGEMENTS": rpls, "LEVEL": 3, "UNITS": gpkg + "|layername=ilots", "UNIT_ID": "ilot_id",
                      "BATIMENTS": gpkg + "|layername=batiments", "OUTPUT": server.destination("resultats", "parc")}
        project = QgsProject.instance()
        before = set(project.mapLayers())
        try:
            results, _context, feedback, loaded = _run_as_dialog("peuplement:indicateurs_parc", parameters,
                                                                 ["OUTPUT"])
            assert loaded and feedback.errors == [], (feedback.errors, list(_context.layersToLoadOnCompletion()))
            new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
            assert len(new) == 1 and new[0].providerType() == "postgres"
            rows = server.execute("SELECT count(*) FROM resultats.parc")[0][0]
            assert new[0].featureCount() == rows > 0
            assert not isinstance(new[0].renderer(), QgsSingleSymbolRenderer)
            assert results["OUTPUT"].startswith("postgres://")
        finally:
            project.removeMapLayers(list(set(project.mapLayers()) - before))
