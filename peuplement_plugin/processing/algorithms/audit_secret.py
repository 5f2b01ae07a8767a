"""peuplement:audit_secret — for every masked cell of a publication, the interval of
values consistent with everything published (linear programming), and the cells pinned
down closer than the protection margin (domain.md 6)."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...bridge import publication as files
from ...bridge import sinks
from ...bridge.fieldtypes import FieldType
from ...core import audit as _audit
from ...core import publication
from ...core.errors import PeuplementError
from ..base import Cancelled, PeuplementAlgorithm
from .proteger_publication import publication_sources


class AuditSecret(PeuplementAlgorithm):
    LAYERS = "LAYERS"
    GPKG = "GPKG"
    MARGIN = "MARGIN"
    OUTPUT = "OUTPUT"
    EXPOSED = "EXPOSED"
    VERDICT = "VERDICT"

    group_key = "chaine"

    def name(self):
        return "audit_secret"

    def displayName(self):  # noqa: N802
        return self.tr("Audit the secret of a publication")

    def help_text(self):
        return self.tr(
            "Checks what a reader can compute from layers published together (LAYERS, or every layer of the "
            "GeoPackage GPKG). Every count is the sum of its parts across the levels (a commune is the sum of "
            "its IRIS, an îlot of its buildings, QPV + hors QPV the territory, an evolution's difference t1 "
            "− t0); for every masked cell, linear programming (SciPy's HiGHS solver) finds the smallest and "
            "the largest value it can take while every published figure stays what it is.\n\n"
            "A cell is exposed when that interval is narrower than MARGIN households (default 1: the cell can "
            "be computed exactly, as in τ-ARGUS's audit of a frequency table).\n\n"
            "OUTPUT: one row per exposed cell (layer family, millésime, variable, level, unit, lower and upper "
            "bound). The log ends with one line: protected, or N cells exposed.")

    def help_sources(self):
        return self.tr("Sources of the rules: domain.md 6 (secret statistique across levels, audit).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers published together (GeoPackage tables)"), QgsProcessing.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.GPKG, self.tr("Or a whole GeoPackage"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN, self.tr("Protection margin (households)"), QgsProcessingParameterNumber.Double,
            defaultValue=_audit.DEFAULT_MARGIN, minValue=0.5))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Exposed cells"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.EXPOSED, self.tr("Number of exposed cells")))
        self.addOutput(QgsProcessingOutputString(self.VERDICT, self.tr("Verdict")))

    def compute(self, parameters, context, feedback):
        margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        sources = publication_sources(self, parameters, context, self.LAYERS, self.GPKG)
        self.step(feedback, 5, self.tr("Reading the layers…"))
        layers = files.read_sources(sources)
        if not layers:
            raise PeuplementError("Aucune couche d'occupation, de parc, d'évolution ou de flux parmi les couches "
                                  "données : rien à auditer.")
        links = files.nesting_of(None, layers, sources)
        if feedback.isCanceled():
            raise Cancelled()
        self.step(feedback, 30, self.tr("Bounds of every masked cell (linear programming)…"))
        result = publication.audit_layers(layers, links, margin=margin)
        exposed = result[result["exposed"]].copy()
        parts = exposed["variable"].str.split("|")
        table = pd.DataFrame({
            "famille": parts.str[0], "millesime": parts.str[1], "variable": parts.str[2],
            "niveau": exposed["level"], "unite": exposed["unit"].astype(str),
            "borne_inf": exposed["lower"].astype(float), "borne_sup": exposed["upper"].astype(float)})
        types = {"famille": FieldType.String, "millesime": FieldType.String, "variable": FieldType.String,
                 "niveau": FieldType.String, "unite": FieldType.String, "borne_inf": FieldType.Double,
                 "borne_sup": FieldType.Double}
        fields = sinks.fields_for(table, types)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if not sinks.write_frame(sink, table.reset_index(drop=True), fields, None, feedback, progress=(90, 100)):
            raise Cancelled()
        feedback.pushInfo(self.tr("{} masked cell(s) audited.").format(len(result)))
        verdict = _audit.verdict(len(exposed))
        if len(exposed):
            feedback.pushWarning(self.tr("Audit: {} cells exposed.").format(len(exposed)))
        else:
            feedback.pushInfo(self.tr("Audit: protected."))
        return {self.OUTPUT: dest_id, self.EXPOSED: len(exposed), self.VERDICT: verdict}
