"""peuplement:proteger_publication — the secret of several layers published together
(several runs of one algorithm at several levels, or a whole GeoPackage), protected over
the hierarchy of their units (domain.md 6)."""

import os

from osgeo import ogr
from qgis.core import (
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessing,
)

from ...bridge import publication as files
from ...bridge.styles import store_default_style
from ...core import audit as _audit
from ...core import publication, secret
from ...core.errors import PeuplementError
from ...paths import style
from .. import chaine_observatoire as chaine
from ..base import Cancelled, PeuplementAlgorithm
from ..renderers import evolution_renderer


def publication_sources(algorithm, parameters, context, layers_name, gpkg_name):
    """Layer name → (GeoPackage, table) of the layers given (``layers_name``) and of
    every table of the GeoPackage given (``gpkg_name``)."""
    sources = {}
    gpkg = algorithm.parameterAsFile(parameters, gpkg_name, context)
    if gpkg:
        if not os.path.exists(gpkg):
            raise PeuplementError("{} : fichier introuvable : {}.".format(gpkg_name, gpkg))
        for table in files.feature_tables(gpkg):
            sources[table] = (gpkg, table)
    for layer in algorithm.parameterAsLayerList(parameters, layers_name, context) or []:
        path, table = files.split_source(layer.source())
        if not path.lower().endswith(".gpkg") or table is None:
            raise PeuplementError("{} : la couche « {} » n'est pas une table de GeoPackage ; enregistrez-la dans "
                                  "un GeoPackage.".format(layers_name, layer.name()))
        name = table
        while name in sources and sources[name] != (path, table):
            name = os.path.splitext(os.path.basename(path))[0] + "_" + name if name == table else name + "_"
        sources[name] = (path, table)
    if not sources:
        raise PeuplementError("Indiquez des couches ou un GeoPackage à traiter.")
    return sources


class ProtegerPublication(PeuplementAlgorithm):
    LAYERS = "LAYERS"
    GPKG = "GPKG"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    MARGIN = "MARGIN"
    OUTPUT = "OUTPUT"

    group_key = "chaine"

    def name(self):
        return "proteger_publication"

    def displayName(self):  # noqa: N802
        return self.tr("Protect a publication (secret across levels)")

    def help_text(self):
        return self.tr(
            "Protects together layers that are published together: several runs of the occupancy, stock, "
            "evolution or flows algorithms at several levels (building, îlot, IRIS, QPV / hors QPV, commune, "
            "EPCI, résidence), or every layer of a GeoPackage (GPKG). Each algorithm masks what describes "
            "fewer than SECRET_THRESHOLD households against its own totals; published side by side, a masked "
            "building comes back as its îlot minus the other buildings, a masked QPV as the commune minus "
            "hors QPV. Here the masks are completed over the whole hierarchy at once.\n\n"
            "Nesting: read from the units' geometries (a unit lies in the unit of the level above that holds "
            "it). A unit over two parents, or in none, is named in a warning and protected with its parts "
            "unknown.\n\n"
            "Complementary cells: where a parent would give back a masked child, the published sibling with "
            "the fewest households is masked too; a linear-programming audit then checks that no masked "
            "cell is pinned down closer than MARGIN households by any combination of the published figures "
            "(levels combined, millésimes of an evolution), and masks more until none is.\n\n"
            "OUTPUT: a GeoPackage with a copy of every layer, masked, each with its style. The log gives, "
            "per layer, the primary and secondary masked cells, and ends with the audit's verdict.")

    def help_sources(self):
        return self.tr("Sources of the rules: domain.md 4 (scales) and 6 (secret statistique across levels).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers published together (GeoPackage tables)"), QgsProcessing.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.GPKG, self.tr("Or a whole GeoPackage"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD,
            minValue=secret.MIN_PUBLIC_THRESHOLD))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN, self.tr("Protection margin (households)"), QgsProcessingParameterNumber.Double,
            defaultValue=_audit.DEFAULT_MARGIN, minValue=0.5))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Protected GeoPackage"), self.tr("GeoPackage (*.gpkg)")))

    def compute(self, parameters, context, feedback):
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context), False)
        margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        sources = publication_sources(self, parameters, context, self.LAYERS, self.GPKG)
        final = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not final.lower().endswith(".gpkg"):
            final += ".gpkg"
        target = self.pending_file_output(os.path.abspath(final))
        self.step(feedback, 5, self.tr("Copying the layers…"))
        copy_tables(sources, target)
        if feedback.isCanceled():
            raise Cancelled()
        self.step(feedback, 20, self.tr("Reading the nesting of the units…"))
        layers = files.read_layers(target, list(sources))
        if not layers:
            raise PeuplementError("Aucune couche d'occupation, de parc, d'évolution ou de flux parmi les couches "
                                  "données : rien à protéger.")
        links = files.nesting_of(target, layers)
        self.step(feedback, 35, self.tr("Protecting the secret across all levels and layers…"))
        result = publication.protect_layers(layers, links, threshold, margin=margin)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        if feedback.isCanceled():
            raise Cancelled()
        files.write_masks(target, layers, result.frames)
        for name, primary, secondary in result.counts.itertuples(index=False):
            feedback.pushInfo(self.tr("{}: {} primary and {} secondary masked cell(s).").format(
                name, primary, secondary))
        self.step(feedback, 90, self.tr("Storing each layer's style…"))
        for name in sources:
            try:
                qml, renderer = chaine.style_of(name)
            except KeyError:
                continue
            store_default_style(target, name, style(qml) if qml else None, name=name,
                                description=self.tr("Style of the plugin Peuplement"),
                                renderer=evolution_renderer if renderer == "evolution" else None)
        exposed = 0 if result.audit is None else int(result.audit["exposed"].sum())
        if exposed:
            feedback.pushWarning(self.tr("Audit: {} cells exposed.").format(exposed))
        else:
            feedback.pushInfo(self.tr("Audit: protected."))
        return {self.OUTPUT: final}


def copy_tables(sources, target):
    """Each source table copied into the GeoPackage ``target`` under its layer name."""
    driver = ogr.GetDriverByName("GPKG")
    output = driver.CreateDataSource(target)
    try:
        for name, (path, table) in sources.items():
            dataset = ogr.Open(path)
            try:
                layer = dataset.GetLayerByName(table)
                if layer is None:
                    raise PeuplementError("Table « {} » absente de {}.".format(table, path))
                output.CopyLayer(layer, name, ["FID=fid"])
            finally:
                dataset = None
    finally:
        output = None
