#!/usr/bin/python3
"""Builds the Graphical Modeler model of the observatory chain,
``peuplement_plugin/models/observatoire.model3``, from the plan that
``peuplement:observatoire`` executes (``processing/chaine_observatoire.py``): the model and
the algorithm are the same chain.

The model takes three OPS millésimes (MENAGES_1 oldest … MENAGES_3 latest; a model cannot
loop over a list of files), the latest stock of demandes (DEMANDES) and, optionally, those of
the earlier years (DEMANDES_ANTERIEURES, one table per year, for the yearly Q1 thresholds) and has one output per published layer, named
``<step>:<table>``; with ``qgis_process`` each is given its table of one GeoPackage::

    qgis_process.bin run observatoire.model3 -- LOGEMENTS=rpls.csv MENAGES_1=ops_2020.csv … \\
        "parc_ilot:parc_ilot=ogr:dbname='obs.gpkg' table=\\"parc_ilot\\" (geom)" …

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_model.py [--out FILE]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), "/usr/share/qgis/python/plugins"]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "1")  # Qt writes XML attributes in hash order: a fixed seed, a reproducible file

MODEL_FILE = ROOT / "peuplement_plugin" / "models" / "observatoire.model3"
MILLESIMES = ("1", "2", "3")
GIVEN = ("IRIS", "COMMUNES", "EPCI")


def model_steps():
    """The plan of the model: imports (the households of three millésimes) then the chain."""
    from peuplement_plugin.processing import chaine_observatoire as chaine

    raw = [("logements", "logements", chaine.Input("LOGEMENTS"))]
    raw += [("menages_" + label, "menages", chaine.Input("MENAGES_" + label)) for label in MILLESIMES]
    raw += [(name, name, chaine.Input(name.upper())) for name in ("attributions", "departs", "demandes")]
    imports = chaine.import_steps(raw)
    canonical = {name: chaine.Output("import_" + name, "OUTPUT") for name, _, _ in raw}
    # the stocks of demandes of the earlier years (optional, one table per year, read by
    # objectifs_attribution itself) before the latest one, which the flows take
    steps = chaine.chain_steps([(label, canonical["menages_" + label]) for label in MILLESIMES], set(GIVEN),
                               chaine.Input("SECRET_THRESHOLD"), logements=canonical["logements"],
                               attributions=canonical["attributions"], departs=canonical["departs"],
                               demandes=[chaine.Input("DEMANDES_ANTERIEURES"), canonical["demandes"]])
    return imports + steps


def model_inputs():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
    )

    from peuplement_plugin.core import secret
    vector, polygon = [QgsProcessing.TypeVector], [QgsProcessing.TypeVectorPolygon]
    inputs = [QgsProcessingParameterFeatureSource("LOGEMENTS", "Logements (RPLS : table, couche ou CSV)", vector)]
    for label, when in zip(MILLESIMES, ("le plus ancien", "intermédiaire", "le plus récent")):
        inputs.append(QgsProcessingParameterFeatureSource(
            "MENAGES_" + label, "Ménages OPS, millésime {} ({})".format(label, when), vector))
    inputs += [
        QgsProcessingParameterFeatureSource("ATTRIBUTIONS", "Attributions (SNE)", vector),
        QgsProcessingParameterFeatureSource("DEPARTS", "Départs", vector),
        QgsProcessingParameterFeatureSource("DEMANDES", "Demandes en cours (SNE), stock le plus récent", vector),
        # domain.md 5.2: the threshold of year N rests on the stock at 31/12/N − 1
        QgsProcessingParameterMultipleLayers("DEMANDES_ANTERIEURES", "Demandes des années précédentes (une table "
                                             "par année, pour le seuil du 1er quartile de chaque année), facultatif",
                                             QgsProcessing.TypeVector, optional=True),
        QgsProcessingParameterFeatureSource("ILOTS", "Îlots (ilot_id)", polygon),
        QgsProcessingParameterFeatureSource("BATIMENTS", "Bâtiments (batiment_id, ilot_id)",
                                            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]),
        QgsProcessingParameterFeatureSource("QPV", "QPV (code_qpv)", polygon),
        QgsProcessingParameterFeatureSource("IRIS", "IRIS (code_iris), facultatif", polygon, optional=True),
        QgsProcessingParameterFeatureSource("COMMUNES", "Communes (depcom, code_epci), facultatif", polygon,
                                            optional=True),
        QgsProcessingParameterFeatureSource("EPCI", "EPCI (code_epci)", polygon),
        QgsProcessingParameterNumber("SECRET_THRESHOLD", "Secret statistique : nombre minimal de ménages",
                                     QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD,
                                     minValue=secret.MIN_PUBLIC_THRESHOLD),
    ]
    return inputs


def build_model():
    from qgis.core import (
        QgsApplication,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterDefinition,
    )
    from qgis.PyQt.QtCore import QPointF

    from peuplement_plugin.processing import chaine_observatoire as chaine

    model = QgsProcessingModelAlgorithm("observatoire_modele", "Observatoire du peuplement (modèle)",
                                        "peuplement")
    model.setHelpContent({"ALG_DESC": (
        "La chaîne de peuplement:observatoire en modèle : imports et rapports de validation, parc, occupation "
        "des trois millésimes OPS, évolution entre les deux derniers, flux, objectifs d'attribution, fragilité "
        "par îlot et secteurs fragiles hors QPV, aux niveaux bâtiment, îlot, IRIS, QPV / hors QPV, commune "
        "et EPCI. Une sortie par couche publiée ; les tables canoniques (une ligne par ménage) restent des "
        "fichiers temporaires. DEMANDES est le stock de demandes le plus récent ; DEMANDES_ANTERIEURES (facultatif) "
        "les stocks des années précédentes, une table par année : le seuil du 1er quartile de l'année N repose sur "
        "les demandeurs inscrits au 31/12/N − 1. Généré par scripts/build_model.py.")})
    for position, parameter in enumerate(model_inputs()):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, 60 + 70 * position))
        model.addModelParameter(parameter, component)

    def source(value):
        if isinstance(value, chaine.Input):
            return QgsProcessingModelChildParameterSource.fromModelParameter(value.name)
        if isinstance(value, chaine.Output):
            return QgsProcessingModelChildParameterSource.fromChildOutput(value.step, value.output)
        if isinstance(value, chaine.Work):
            raise ValueError("a working table has no meaning in the model: {}".format(value))
        return QgsProcessingModelChildParameterSource.fromStaticValue(value)

    registry = QgsApplication.processingRegistry()
    for index, step in enumerate(model_steps()):
        algorithm = registry.algorithmById(step.algorithm)
        if algorithm is None:
            raise SystemExit("algorithm {} not found".format(step.algorithm))
        child = QgsProcessingModelChildAlgorithm(step.algorithm)
        child.setChildId(step.id)
        child.setDescription(step.id)
        child.setPosition(QPointF(420 + 260 * (index // 12), 60 + 70 * (index % 12)))
        for name, value in step.params.items():
            # a list of layers (a multiple-layers parameter) is one source per layer; a list of
            # literals (FIELDS_TO_COPY) stays one static value
            layers = isinstance(value, list) and all(isinstance(v, (chaine.Input, chaine.Output, chaine.Work))
                                                     for v in value)
            values = value if layers else [value]
            child.addParameterSources(name, [source(item) for item in values])
        # Every other mandatory parameter at its default, written out: the Modeler then
        # shows the model complete (it flags a mandatory parameter left unset).
        for definition in algorithm.parameterDefinitions():
            if definition.isDestination() or definition.name() in step.params or \
                    definition.flags() & QgsProcessingParameterDefinition.FlagOptional:
                continue
            child.addParameterSources(definition.name(), [
                QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
        outputs = {}
        for output, destination in step.outputs.items():
            if isinstance(destination, chaine.Publish):
                model_output = QgsProcessingModelOutput(destination.table, destination.table)
                model_output.setChildId(step.id)
                model_output.setChildOutputName(output)
                model_output.setMandatory(True)
                outputs[destination.table] = model_output
        child.setModelOutputs(outputs)
        model.addChildAlgorithm(child)
    return model


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(MODEL_FILE))
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication
    app = QgsApplication.instance()
    if app is None:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False)
        app.initQgis()
    from processing.core.Processing import Processing

    from peuplement_plugin.processing.provider import PeuplementProvider
    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("peuplement")
    if provider is None:
        provider = PeuplementProvider()
        registry.addProvider(provider)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    if not build_model().toFile(args.out):
        raise SystemExit("cannot write {}".format(args.out))
    from scripts.provenance import stamp

    written = Path(args.out)
    written.write_text(stamp(written.read_text(encoding="utf-8"), "scripts/build_model.py"), encoding="utf-8")
    print(args.out)


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    sys.exit(main())
