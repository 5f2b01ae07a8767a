"""peuplement:evolution — two millésimes (or two runs of any indicator algorithm) side by
side per unit (domain.md 5.8)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...bridge import frames, sinks
from ...bridge.fieldtypes import FieldType
from ...core import evolution, noms
from ...core.errors import PeuplementError
from ..base import Cancelled, PeuplementAlgorithm
from ..renderers import evolution_renderer


class Evolution(PeuplementAlgorithm):
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    UNIT_ID = "UNIT_ID"
    VARIABLES = "VARIABLES"
    COUNT_FIELD = "COUNT_FIELD"
    MAX_CHANGE = "MAX_CHANGE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "evolution"

    def displayName(self):  # noqa: N802
        return self.tr("Evolution between two millésimes")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.8 (two millésimes side by side, the difference in points, a "
            "flag when either side is masked or unstable) and 6 (secret statistique).")

    def help_text(self):
        return self.tr(
            "Puts two outputs of the same indicator algorithm side by side (two OPS millésimes, two "
            "RPLS years), unit by unit, joined on UNIT_ID: for each variable its value at t0 "
            "(<variable>_t0), at t1 (<variable>_t1) and the difference t1 − t0 (<variable>_diff), in "
            "points for shares and rates.\n\n"
            "VARIABLES: the fields to compare, separated by commas; empty = every numeric indicator "
            "field (part_, tx_, nb_, taille_, anciennete_…) present on both sides.\n\n"
            "Flags: presence says whether the unit exists on both sides or on one only (it is kept, "
            "the other side NULL); secret is true where either side is masked by the secret "
            "statistique; variation_effectif is the change of COUNT_FIELD (households by default) in "
            "% of t0, and effectif_instable is true beyond MAX_CHANGE %: the unit then describes other "
            "households as much as a change. comparable = on both sides, not secret, not unstable.\n\n"
            "The geometry is taken from AFTER (from BEFORE for units that exist only there).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BEFORE, self.tr("Indicators at t0"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AFTER, self.tr("Indicators at t1"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), parentLayerParameterName=self.AFTER))
        self.addParameter(QgsProcessingParameterString(
            self.VARIABLES, self.tr("Variables to compare (comma separated; empty = all common indicators)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COUNT_FIELD, self.tr("Count field for the stability flag"), defaultValue="nb_menages"))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_CHANGE, self.tr("Maximum change of the count (%)"), QgsProcessingParameterNumber.Double,
            defaultValue=20.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Evolution"), QgsProcessing.TypeVectorAnyGeometry))

    def compute(self, parameters, context, feedback):
        key = self.parameterAsString(parameters, self.UNIT_ID, context)
        text = self.parameterAsString(parameters, self.VARIABLES, context)
        variables = [v.strip() for v in text.replace(";", ",").split(",") if v.strip()] or None
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        max_change = self.parameterAsDouble(parameters, self.MAX_CHANGE, context)

        self.step(feedback, 5, self.tr("Reading t0…"))
        before, before_source = self._read(parameters, self.BEFORE, context, feedback)
        self.step(feedback, 30, self.tr("Reading t1…"))
        after, after_source = self._read(parameters, self.AFTER, context, feedback)
        if count_field and (count_field not in before.columns or count_field not in after.columns):
            feedback.pushWarning(self.tr("{} is not on both sides: no stability flag.").format(count_field))
        self.step(feedback, 60, self.tr("Comparing…"))
        table = evolution.compare(before.drop(columns=[frames.GEOMETRY]), after.drop(columns=[frames.GEOMETRY]),
                                  key, variables, count_field, max_change)
        counts = table["presence"].value_counts()
        feedback.pushInfo(self.tr("{} unit(s): {} on both sides, {} at t0 only, {} at t1 only; {} comparable.").format(
            len(table), counts.get(evolution.LES_DEUX, 0), counts.get(evolution.T0_SEULEMENT, 0),
            counts.get(evolution.T1_SEULEMENT, 0), int(table["comparable"].sum())))

        if noms.NAME not in table.columns and (noms.NAME in before.columns or noms.NAME in after.columns):
            # the units' names (as the indicator layers carry them), the latest where both sides name a unit
            name_of = {}
            for side in (before, after):
                if noms.NAME in side.columns:
                    name_of.update({k: noms.clean(n) for k, n in zip(side[key].astype(str), side[noms.NAME])
                                    if noms.clean(n) is not None})
            table.insert(list(table.columns).index(key) + 1, noms.NAME,
                         table[key].astype(str).map(name_of).astype(object).where(
                             table[key].astype(str).isin(name_of), None))
        geometry_of = dict(zip(before[key].astype(str), before[frames.GEOMETRY]))
        geometry_of.update({k: g for k, g in zip(after[key].astype(str), after[frames.GEOMETRY]) if g is not None})
        has_geometry = after_source.wkbType() != QgsWkbTypes.NoGeometry
        source = after_source if has_geometry else before_source
        types = {name: FieldType.Double for name in table.columns if name.endswith(("_t0", "_t1", "_diff"))}
        types.update({"secret": FieldType.Bool, "effectif_instable": FieldType.Bool, "comparable": FieldType.Bool,
                      "variation_effectif": FieldType.Double, key: FieldType.String})
        table[key] = table[key].astype(str)
        fields = sinks.fields_for(table, types)
        wkb_type = source.wkbType()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(wkb_type) if has_geometry else wkb_type,
                                             source.sourceCrs())
        geometries = None
        if has_geometry:
            geometries = [sinks.geometry_from_wkb(geometry_of.get(k), multi=True) for k in table[key]]
        self.step(feedback, 80, self.tr("Writing…"))
        if not sinks.write_frame(sink, table, fields, geometries, feedback, progress=(80, 100)):
            raise Cancelled()
        self.style_output(context, dest_id, None, self.tr("Evolution"), evolution_renderer)
        return {self.OUTPUT: dest_id}

    def _read(self, parameters, name, context, feedback):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise PeuplementError("{} : couche introuvable ou illisible.".format(name))
        with_geometry = source.wkbType() != QgsWkbTypes.NoGeometry
        frame, _, _, _ = frames.parameter_frame(self, parameters, name, context, with_geometry=with_geometry,
                                                feedback=feedback)
        if frames.POINT_X in frame.columns:
            frame[frames.GEOMETRY] = frames.point_wkb(frame)
            frame = frame.drop(columns=[frames.POINT_X, frames.POINT_Y])
        if frames.GEOMETRY not in frame.columns:
            frame[frames.GEOMETRY] = None
        return frame, source
