"""peuplement:observatoire — the whole observatory chain, from the raw tables and layers
to one GeoPackage of styled layers and an HTML report for the steering committee.

The chain (``processing/chaine_observatoire.py``) runs the plugin's algorithms as child
algorithms: the imports with their validation reports, then stock, occupancy of every
millésime, evolution between the last two, flows, objectives, fragility and fragile
sectors outside the QPV. The GeoPackage is written under a temporary name and moved into
place only when everything, styles and report included, has succeeded.
"""

import os
import shutil
import uuid

from qgis.core import (
    QgsProcessing,
    QgsDataSourceUri,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
    QgsProcessingUtils,
    QgsProviderRegistry,
)

from ...bridge.postgis import publish_gpkg
from ...bridge.styles import store_default_style
from ...core import secret
from ...core.errors import PeuplementError
from ...paths import style
from .. import chaine_observatoire as chaine
from ..base import Cancelled, PeuplementAlgorithm
from ..renderers import evolution_renderer

RENDERERS = {"evolution": evolution_renderer}


class Observatoire(PeuplementAlgorithm):
    LOGEMENTS = "LOGEMENTS"
    MENAGES = "MENAGES"
    ATTRIBUTIONS = "ATTRIBUTIONS"
    DEPARTS = "DEPARTS"
    DEMANDES = "DEMANDES"
    ILOTS = "ILOTS"
    BATIMENTS = "BATIMENTS"
    QPV = "QPV"
    IRIS = "IRIS"
    COMMUNES = "COMMUNES"
    EPCI = "EPCI"
    RESIDENCES = "RESIDENCES"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    POSTGIS_CONNECTION = "POSTGIS_CONNECTION"
    POSTGIS_SCHEMA = "POSTGIS_SCHEMA"

    OPTIONAL_UNITS = ("IRIS", "COMMUNES", "EPCI", "RESIDENCES")

    group_key = "chaine"

    def name(self):
        return "observatoire"

    def displayName(self):  # noqa: N802
        return self.tr("Observatory: the whole chain")

    def help_text(self):
        return self.tr(
            "Runs the whole observatory chain and writes one GeoPackage (OUTPUT_GPKG) whose layers carry "
            "their style as default (layer_styles): dropping the file into QGIS shows styled maps.\n\n"
            "Steps, each a child algorithm of this provider: import_table of every table with its "
            "validation report (rapport_…); indicateurs_parc (parc_…) and indicateurs_occupation of every "
            "millésime given in MENAGES (occupation_<millésime>_…) at the levels bâtiment, îlot, IRIS, "
            "QPV / hors QPV, commune, EPCI (and résidence with RESIDENCES; EPCI with its layer); evolution "
            "between the last two millésimes (evolution_…); flux per level from the îlot up (flux_…, with the flow lines, "
            "the origin-destination table, the departure motives and the yearly series at the QPV "
            "level); objectifs_attribution per EPCI, commune and QPV; pression_demande (applications in "
            "progress over attributions, per EPCI, first wished commune, typology and mutation); fragilite "
            "per îlot (occupancy of the "
            "latest millésime, tx_vacance of the stock, tx_rotation of the flows) and "
            "secteurs_fragiles_hors_qpv.\n\n"
            "DEMANDES: one table of applications per year, as MENAGES (domain.md 5.2: the quartile threshold of "
            "year N rests on the applicants registered at 31/12/N − 1; each table is dated by its latest date_depot "
            "and serves the year after): objectifs_attribution classifies each year's attributions with its own "
            "threshold (objectifs_seuils says where each came from), the flows use the last table given. One "
            "table, as before, still works (rapport_demandes); several give rapport_demandes_1, _2… in the order "
            "given.\n\n"
            "Publication: the canonical tables (one row per household or dwelling) stay in a working file "
            "deleted at the end, the attributed households' points are not written, and every share is "
            "masked under SECRET_THRESHOLD households (secret statistique, default 11). Before the GeoPackage is "
            "put in place, all its layers are protected together over the hierarchy of units (a masked figure "
            "cannot be recovered by subtraction from a parent, from QPV + hors QPV or between millésimes; see "
            "peuplement:proteger_publication) and audited by linear programming (peuplement:audit_secret): if any "
            "masked figure is pinned down, the run fails and writes nothing. The Graphical Modeler model runs "
            "the chain without this step: run peuplement:proteger_publication on its GeoPackage.\n\n"
            "OUTPUT_REPORT: a self-contained HTML report for the steering committee (key indicators QPV / "
            "hors QPV / EPCI, evolution, flows, objectives, demand pressure, fragile sectors with a small map "
            "of each, data "
            "quality of the imports); every figure in it is read back from the GeoPackage.\n\n"
            "POSTGIS_CONNECTION and POSTGIS_SCHEMA (optional): the same layers are also published into "
            "that schema of a PostgreSQL / PostGIS database (a connection of the QGIS browser), each with "
            "its default style in the database's layer_styles. The tables are written to a staging schema "
            "first and replace the previous ones in one transaction: readers never see half an "
            "observatory.\n\n"
            "The same chain ships as a Graphical Modeler model (peuplement_plugin/models/observatoire.model3 "
            "in the plugin folder).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOGEMENTS, self.tr("Dwellings (RPLS table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.MENAGES, self.tr("OPS households, one table per millésime"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ATTRIBUTIONS, self.tr("Attributions (SNE table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEPARTS, self.tr("Departures (table, layer or CSV)"), [QgsProcessing.TypeVector]))
        # One stock of applications per year (the threshold of year N rests on the stock at
        # 31/12/N − 1); one table, as before, still works.
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.DEMANDES, self.tr("Applications in progress (SNE demandes), one table per year"),
            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ILOTS, self.tr("Îlots (polygons with ilot_id)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BATIMENTS, self.tr("Buildings (with batiment_id and ilot_id)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.QPV, self.tr("QPV polygons (with code_qpv)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.IRIS, self.tr("IRIS polygons (with code_iris)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes (polygons with depcom and code_epci)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EPCI, self.tr("EPCI polygons (with code_epci)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESIDENCES, self.tr("Résidences (polygons with residence_id)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD,
            minValue=secret.MIN_PUBLIC_THRESHOLD))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_GPKG, self.tr("Observatory GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Steering committee report (HTML)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.POSTGIS_CONNECTION, self.tr("Also publish into this PostGIS database"), "postgres",
            optional=True))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.POSTGIS_SCHEMA, self.tr("PostGIS schema of the published layers"), self.POSTGIS_CONNECTION,
            optional=True))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        import processing  # the Processing plugin: loaded once QGIS runs an algorithm

        final = self.parameterAsFileOutput(parameters, self.OUTPUT_GPKG, context)
        if not final:
            raise PeuplementError("OUTPUT_GPKG : indiquez le GeoPackage à écrire.")
        if not final.lower().endswith(".gpkg"):
            final += ".gpkg"
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context), False)
        postgis = self._postgis_target(parameters, context)  # a wrong connection or schema: said before the chain runs
        menages_inputs = self._menages_inputs(parameters)
        if not menages_inputs:
            raise PeuplementError("MENAGES : indiquez au moins une table OPS.")
        given = {name for name in self.OPTIONAL_UNITS if parameters.get(name) not in (None, "")}

        os.makedirs(os.path.dirname(os.path.abspath(final)), exist_ok=True)
        self._gpkg = self.pending_file_output(os.path.abspath(final))
        self._work_dir = os.path.join(QgsProcessingUtils.tempFolder(), "observatoire_" + uuid.uuid4().hex[:8])
        os.makedirs(self._work_dir)
        self._work_gpkg = os.path.join(self._work_dir, "travail.gpkg")
        self._results = {}
        try:
            return self._run_chain(processing, parameters, context, feedback, menages_inputs, given, threshold,
                                   final, report_path, postgis)
        finally:
            self._release_layers(context)
            shutil.rmtree(self._work_dir, ignore_errors=True)

    def _run_chain(self, processing, parameters, context, feedback, menages_inputs, given, threshold, final,
                   report_path, postgis):
        demandes_inputs = self._list_inputs(parameters, self.DEMANDES)
        if not demandes_inputs:
            raise PeuplementError("DEMANDES : indiquez au moins une table de demandes.")
        # one table: the names of earlier versions; several: numbered in the order given
        demandes_names = ["demandes"] if len(demandes_inputs) == 1 else \
            ["demandes_{}".format(i + 1) for i in range(len(demandes_inputs))]
        imports = chaine.import_steps([("logements", "logements", parameters[self.LOGEMENTS]),
                                       ("attributions", "attributions", parameters[self.ATTRIBUTIONS]),
                                       ("departs", "departs", parameters[self.DEPARTS])]
                                      + [(name, "demandes", raw) for name, raw in zip(demandes_names, demandes_inputs)])
        # The households of each file go to the working file first: their millésime, read
        # in the canonical table, names the published layers.
        menages_imports = [chaine.Step("import_menages_{}".format(i), "peuplement:import_table",
                                       {"INPUT": raw, "KIND": chaine.IMPORT_KINDS["menages"]},
                                       {"OUTPUT": chaine.Work("menages_{}".format(i)),
                                        "REPORT": chaine.Work("rapport_menages_{}".format(i))})
                           for i, raw in enumerate(menages_inputs)]
        # Step counts for the progress: the chain's length is known once the millésimes are.
        demandes = [chaine.Work(name) for name in demandes_names]
        provisional = chaine.chain_steps([(str(i), None) for i in range(len(menages_inputs))], given, threshold,
                                         demandes=demandes)
        total = len(imports) + 2 * len(menages_imports) + len(provisional) + 3
        multi = QgsProcessingMultiStepFeedback(total, feedback)
        done = 0
        for step in imports + menages_imports:
            self._run_step(processing, step, parameters, context, multi, done)
            done += 1

        menages = self._millesimes(len(menages_inputs))
        # the validation report of each millésime, published under the millésime's name
        reports = [chaine.Step("rapport_menages_" + label, "native:extractbyexpression",
                               {"INPUT": chaine.Work("rapport_menages_{}".format(index)), "EXPRESSION": "true"},
                               {"OUTPUT": chaine.Publish("rapport_menages_" + label)})
                   for label, index in menages]
        for step in reports:
            self._run_step(processing, step, parameters, context, multi, done)
            done += 1
        steps = chaine.chain_steps([(label, chaine.Work("menages_{}".format(index))) for label, index in menages],
                                   given, threshold, demandes=demandes)
        for step in steps:
            self._run_step(processing, step, parameters, context, multi, done)
            done += 1

        tables = chaine.published_tables(imports + reports + steps)
        self._release_layers(context)  # the children's layers let go of the GeoPackage
        multi.setCurrentStep(done)
        self._protect_publication(multi, tables, threshold, [label for label, _ in menages])
        done += 1
        multi.setCurrentStep(done)
        self.step(multi, 0, self.tr("Storing each layer's style in the GeoPackage…"))
        for position, table in enumerate(tables):
            if multi.isCanceled():
                raise Cancelled()
            qml, renderer = chaine.style_of(table)
            store_default_style(self._gpkg, table, style(qml) if qml else None, name=table,
                                description=self.tr("Style of the plugin Peuplement"),
                                renderer=RENDERERS.get(renderer))
            multi.setProgress(100.0 * (position + 1) / len(tables))
        done += 1
        multi.setCurrentStep(done)
        results = {self.OUTPUT_GPKG: final}
        if report_path:
            self.step(multi, 0, self.tr("Writing the steering committee report…"))
            from ..rapport_observatoire import report_html
            html = report_html(self._gpkg, [label for label, _ in menages], threshold, os.path.basename(final))
            self.write_file_output(report_path, html)
            results[self.OUTPUT_REPORT] = report_path
        self._publish_postgis(postgis, multi, tables)
        multi.setProgress(100)
        feedback.pushInfo(self.tr("{} layers written, each with its style.").format(len(tables)))
        self._load_key_layers(context, final, [label for label, _ in menages], tables)
        return results

    def _protect_publication(self, feedback, tables, threshold, millesimes):
        """The secret over everything the GeoPackage publishes together (domain.md 6):
        the layers, still under their temporary name, are protected as one hierarchy of
        units, the masks written, and the file audited by linear programming; anything
        exposed stops the run and nothing is written."""
        from ...bridge import publication as files
        from ...core import publication

        self.step(feedback, 0, self.tr("Protecting the secret across all levels and layers…"))
        layers = files.read_layers(self._gpkg, tables)
        links = files.nesting_of(self._gpkg, layers)
        evolutions = {layer.name: tuple(millesimes[-2:]) for layer in layers
                      if layer.family == "evolution" and len(millesimes) >= 2}
        result = publication.protect_layers(layers, links, threshold, evolutions)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        files.write_masks(self._gpkg, layers, result.frames)
        for name, primary, secondary in result.counts.itertuples(index=False):
            if primary or secondary:
                feedback.pushInfo(self.tr("{}: {} primary and {} secondary masked cell(s).").format(
                    name, primary, secondary))
        if feedback.isCanceled():
            raise Cancelled()
        self.step(feedback, 50, self.tr("Auditing the secret of the GeoPackage (linear programming)…"))
        written = files.read_layers(self._gpkg, tables)
        audit = publication.audit_layers(written, links, evolutions)
        exposed = audit[audit["exposed"]]
        if len(exposed):
            raise PeuplementError(
                "Secret statistique : l'audit de la publication trouve {} cellule(s) masquée(s) que les chiffres "
                "publiés permettent de retrouver (par exemple {}) ; rien n'a été écrit.".format(
                    len(exposed), ", ".join("{} {} {}".format(*row) for row in
                                            exposed[["variable", "level", "unit"]].head(5).itertuples(index=False))))
        feedback.pushInfo(self.tr("Audit of the secret: {} masked cells, protected.").format(len(audit)))

    def _postgis_target(self, parameters, context):
        """``(libpq connection string, schema)`` of the PostGIS publication, or None."""
        name = self.parameterAsConnectionName(parameters, self.POSTGIS_CONNECTION, context)
        if not name:
            return None
        schema = self.parameterAsSchema(parameters, self.POSTGIS_SCHEMA, context)
        if not schema:
            raise PeuplementError("POSTGIS_SCHEMA : indiquez le schéma où publier les couches.")
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(name)
        if connection is None:
            raise PeuplementError("POSTGIS_CONNECTION : aucune connexion PostgreSQL nommée « {} » dans ce profil "
                                  "QGIS.".format(name))
        return QgsDataSourceUri(connection.uri()).connectionInfo(True), schema

    def _publish_postgis(self, target, multi, tables):
        """``target``: what ``_postgis_target`` gave, None for no PostGIS publication."""
        if target is None:
            return
        connection, schema = target
        self.step(multi, 0, self.tr("Publishing the layers into the PostGIS schema {}…").format(schema))
        if not publish_gpkg(self._gpkg, tables, connection, schema, multi):
            raise Cancelled()

    def _load_key_layers(self, context, final, millesimes, tables):
        """In QGIS, a few key layers of the GeoPackage open at the end, styled by their
        default style (the whole file is one drag and drop away)."""
        if context.project() is None:
            return
        wanted = ["parc_qpv", "parc_ilot", "occupation_{}_ilot".format(millesimes[-1]), "fragilite_ilot",
                  "secteurs_fragiles_hors_qpv"]
        for table in wanted:
            if table in tables:
                key = "{}|layername={}".format(final, table)
                context.addLayerToLoadOnCompletion(key, QgsProcessingContext.LayerDetails(table, context.project(),
                                                                                          self.OUTPUT_GPKG))
                # Processing loads layers without their default style: apply the same style
                # the GeoPackage stores (from its QML, no database read).
                qml, renderer = chaine.style_of(table)
                self.style_output(context, key, qml, table, RENDERERS.get(renderer))

    # ------------------------------------------------------------------------------

    def _release_layers(self, context):
        """Close the layers the children opened on the GeoPackage and the working file (and
        only those: the context may belong to a model that runs this algorithm)."""
        store = context.temporaryLayerStore()
        mine = [layer_id for layer_id in list(store.mapLayers())
                if self._gpkg in store.mapLayer(layer_id).source()
                or self._work_gpkg in store.mapLayer(layer_id).source()]
        for layer_id in mine:
            store.removeMapLayer(layer_id)

    def _resolve(self, value, parameters):
        if isinstance(value, list):
            return [self._resolve(item, parameters) for item in value]
        if isinstance(value, chaine.Input):
            return parameters.get(value.name)
        if isinstance(value, chaine.Output):
            return self._results[(value.step, value.output)]
        if isinstance(value, chaine.Work):
            return "{}|layername={}".format(self._work_gpkg, value.table)
        return value

    def _run_step(self, processing, step, parameters, context, multi, done):
        if multi.isCanceled():
            raise Cancelled()
        multi.setCurrentStep(done)
        multi.pushInfo(self.tr("Step {}: {}").format(done + 1, step.id))
        child = {name: self._resolve(value, parameters) for name, value in step.params.items()}
        for output, destination in step.outputs.items():
            if isinstance(destination, chaine.Publish):
                child[output] = _table_destination(self._gpkg, destination.table)
            elif isinstance(destination, chaine.Work):
                child[output] = _table_destination(self._work_gpkg, destination.table)
            else:
                child[output] = QgsProcessing.TEMPORARY_OUTPUT
        try:
            results = processing.run(step.algorithm, child, context=context, feedback=multi, is_child_algorithm=True)
        except QgsProcessingException:
            if multi.isCanceled():
                raise Cancelled() from None
            raise
        if multi.isCanceled() or not results:
            raise Cancelled()  # a child of this provider stops on cancel and returns nothing
        store = context.temporaryLayerStore()
        for output, destination in step.outputs.items():
            if destination == chaine.DISCARD:
                store.removeMapLayer(results[output])  # a memory layer nothing reads: freed now
            else:
                self._results[(step.id, output)] = results[output]   # the layer as the child wrote it

    def _menages_inputs(self, parameters):
        return self._list_inputs(parameters, self.MENAGES)

    @staticmethod
    def _list_inputs(parameters, name):
        value = parameters.get(name)
        if value in (None, ""):
            return []
        if not isinstance(value, (list, tuple)):
            value = [value]
        sources = []
        for item in value:
            if hasattr(item, "source"):   # a layer object given from a script
                item = item.source()
            if item not in (None, ""):
                sources.append(item)
        return sources

    def _millesimes(self, count):
        """``[(millésime, index of the working table)]``, oldest first."""
        from osgeo import ogr
        found = []
        dataset = ogr.Open(self._work_gpkg)
        try:
            for index in range(count):
                table = "menages_{}".format(index)
                result = dataset.ExecuteSQL('SELECT DISTINCT "millesime" FROM "{}" WHERE "millesime" IS NOT NULL'
                                            .format(table))
                years = sorted({feature.GetField(0) for feature in result})
                dataset.ReleaseResultSet(result)
                if len(years) != 1:
                    raise PeuplementError(
                        "MENAGES : la table n° {} contient {} millésime(s) ({}) ; donnez une table OPS par "
                        "millésime.".format(index + 1, len(years), ", ".join(str(y) for y in years) or "aucun"))
                found.append((int(years[0]), index))
        finally:
            dataset = None
        years = [year for year, _ in found]
        repeated = sorted({year for year in years if years.count(year) > 1})
        if repeated:
            raise PeuplementError("MENAGES : millésime donné deux fois : {}.".format(
                ", ".join(str(y) for y in repeated)))
        return [(str(year), index) for year, index in sorted(found)]


def _table_destination(gpkg, table):
    """A child output written to a table of a GeoPackage: the published one being written
    or the working one. Every child output with a table is placed by this one function."""
    return "ogr:dbname='{}' table=\"{}\" (geom)".format(gpkg, table)
