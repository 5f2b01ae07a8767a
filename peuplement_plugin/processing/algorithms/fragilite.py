"""peuplement:fragilite — the composite socio-locative fragility index of a unit layer
(domain.md 5.7), every standardised component kept, the references in the metadata."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsLayerMetadata,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...bridge import frames, sinks
from ...bridge.fieldtypes import FieldType
from ...core import fragilite, secret
from ...core.errors import PeuplementError
from ...core.flags import flags
from ..base import Cancelled, PeuplementAlgorithm

DEFAULT_VARIABLES_TEXT = ";".join(fragilite.DEFAULT_VARIABLES)
METHOD_OPTIONS = fragilite.METHODS
CLASS_OPTIONS = fragilite.CLASS_METHODS
OUTPUT_FIELDS = ("indice_fragilite", "classe_fragilite", "fragile", "motif_sans_indice")


class Fragilite(PeuplementAlgorithm):
    INPUT = "INPUT"
    UNIT_ID = "UNIT_ID"
    VARIABLES = "VARIABLES"
    WEIGHTS = "WEIGHTS"
    METHOD = "METHOD"
    CLASSES = "CLASSES"
    N_CLASSES = "N_CLASSES"
    BREAKS = "BREAKS"
    FRAGILE_THRESHOLD = "FRAGILE_THRESHOLD"
    COUNT_FIELD = "COUNT_FIELD"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    USAGE_INTERNE = "USAGE_INTERNE"
    OUTPUT = "OUTPUT"

    group_key = "fragilite"

    def name(self):
        return "fragilite"

    def displayName(self):  # noqa: N802
        return self.tr("Socio-locative fragility index")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.7. The index is a local convention, not a national definition:"
            " its variables (from 5.4 and 5.5), weights, standardisation and classes are parameters with the "
            "defaults of the domain reference. Secret statistique: domain.md 6.")

    def help_text(self):
        return self.tr(
            "A composite index of socio-locative fragility per unit (domain.md 5.7), a local convention "
            "whose choices are parameters. INPUT is a layer of units carrying indicators, at any level "
            "(typically the outputs of indicateurs_occupation and indicateurs_parc joined on the unit, "
            "with tx_rotation from flux).\n\n"
            "VARIABLES (separated by ;): default part_rev_inf_40, part_monoparentales, part_chomage, "
            "part_apl, tx_rotation, tx_vacance. A variable written -name lowers fragility. With the "
            "default list, a variable absent from INPUT is left out with a warning; a variable you name "
            "that is absent is an error. WEIGHTS: name=weight;… (default: equal weights).\n\n"
            "Reference territory: the units of INPUT with at least SECRET_THRESHOLD households "
            "(COUNT_FIELD, default nb_menages) and not masked by the secret statistique. METHOD zscore: "
            "z_x = (x − mean) / sd, mean and (population) standard deviation over those units. METHOD "
            "ratio: r_x = 100 × x / reference, the reference being the value of the whole territory as "
            "a ratio of sums (weighted by the share's denominator n_x when the layer carries it, by "
            "nb_loues + nb_vacants for tx_vacance, by logements_annees for tx_rotation, else by the "
            "households). A variable that lowers "
            "fragility counts as −z_x or 200 − r_x. indice_fragilite = Σ weight × component / Σ weight; "
            "a unit with one component unknown gets no index.\n\n"
            "Classes (classe_fragilite, 1 = least fragile): quantiles (N_CLASSES, quintiles by "
            "default), Jenks natural breaks (Fisher's exact optimisation), or the upper limits given in "
            "BREAKS (a;b;c…). fragile = the top class, or indice_fragilite above FRAGILE_THRESHOLD when "
            "given.\n\n"
            "A unit under the threshold or masked gets no index (NULL) and motif_sans_indice says why. "
            "Every input field is kept, with each component (z_x or r_x); the reference values, "
            "weights and class limits are written in the log and in the layer's metadata (abstract), "
            "so that a map can say why a unit is fragile.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Units with their indicators"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field (for the log)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.VARIABLES, self.tr("Variables (separated by ;, -name when it lowers fragility)"),
            defaultValue=DEFAULT_VARIABLES_TEXT))
        self.addParameter(QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Weights (name=weight;…, default equal)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Standardisation"), options=[
                {fragilite.ZSCORE: self.tr("z-score (distance to the mean in standard deviations)"),
                 fragilite.RATIO: self.tr("Ratio to the territory's value")}[k] for k in METHOD_OPTIONS],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSES, self.tr("Classes"), options=[
                {fragilite.QUANTILES: self.tr("Quantiles"), fragilite.JENKS: self.tr("Natural breaks (Jenks)"),
                 fragilite.USER_BREAKS: self.tr("User breaks")}[k] for k in CLASS_OPTIONS], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_CLASSES, self.tr("Number of classes"), QgsProcessingParameterNumber.Integer, defaultValue=5,
            minValue=2, maxValue=10))
        self.addParameter(QgsProcessingParameterString(
            self.BREAKS, self.tr("Upper limits of the classes (user breaks: a;b;c…)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.FRAGILE_THRESHOLD, self.tr("Fragile above this index (default: the top class)"),
            QgsProcessingParameterNumber.Double, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COUNT_FIELD, self.tr("Household count field"), defaultValue="nb_menages"))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USAGE_INTERNE, self.tr("Internal use (allows a threshold under 5)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Fragility index"), QgsProcessing.TypeVectorAnyGeometry))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        usage_interne = self.parameterAsBool(parameters, self.USAGE_INTERNE, context)
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context),
                                           usage_interne)
        method = METHOD_OPTIONS[self.parameterAsEnum(parameters, self.METHOD, context)]
        class_method = CLASS_OPTIONS[self.parameterAsEnum(parameters, self.CLASSES, context)]
        n_classes = self.parameterAsInt(parameters, self.N_CLASSES, context)
        breaks = None
        if class_method == fragilite.USER_BREAKS:
            breaks = fragilite.parse_breaks(self.parameterAsString(parameters, self.BREAKS, context))
        fragile_threshold = None
        if parameters.get(self.FRAGILE_THRESHOLD) not in (None, ""):
            fragile_threshold = self.parameterAsDouble(parameters, self.FRAGILE_THRESHOLD, context)
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context) or "nb_menages"

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise PeuplementError("INPUT : couche introuvable ou illisible.")
        names = source.fields().names()
        variables = self._variables(parameters, context, feedback, names)
        weights = fragilite.parse_weights(self.parameterAsString(parameters, self.WEIGHTS, context),
                                          [name for name, _ in variables])
        if count_field not in names:
            raise PeuplementError("COUNT_FIELD : le champ « {} » n'existe pas dans INPUT : sans nombre de "
                                  "ménages, le secret statistique ne peut pas être vérifié.".format(count_field))

        self.step(feedback, 5, self.tr("Reading the units…"))
        with_geometry = source.wkbType() != QgsWkbTypes.NoGeometry
        frame, _, _, _ = frames.parameter_frame(self, parameters, self.INPUT, context, with_geometry=with_geometry,
                                                feedback=feedback)
        if frame is None:
            raise Cancelled()
        if frames.POINT_X in frame.columns:
            frame[frames.GEOMETRY] = frames.point_wkb(frame)
            frame = frame.drop(columns=[frames.POINT_X, frames.POINT_Y])

        self.step(feedback, 40, self.tr("Standardising and combining…"))
        table, info = fragilite.fragilite(frame, variables, weights, method, class_method, n_classes, breaks,
                                          threshold, fragile_threshold, count_field)
        lines = fragilite.describe(info)
        for line in lines:
            feedback.pushInfo(line)
        unit_id = self.parameterAsString(parameters, self.UNIT_ID, context)
        if unit_id and unit_id in frame.columns:
            ids = frame.loc[flags(table["fragile"]), unit_id].astype(str).tolist()
            feedback.pushInfo(self.tr("Fragile units: {}{}").format(", ".join(ids[:50]),
                                                                    "…" if len(ids) > 50 else "."))
        without = table["motif_sans_indice"].dropna()
        if len(without):
            counts = without.value_counts()
            feedback.pushInfo(self.tr("{} unit(s) without index: {}.").format(
                len(without), "; ".join("{} ({})".format(m, c) for m, c in counts.items())))

        self.step(feedback, 70, self.tr("Writing…"))
        new_names = list(table.columns)
        kept = [f for f in source.fields() if f.name() not in new_names]
        fields = QgsFields()
        for field in kept:
            fields.append(QgsField(field))
        types = {name: FieldType.Double for name in new_names}
        types.update({"classe_fragilite": FieldType.Int, "fragile": FieldType.Bool,
                      "motif_sans_indice": FieldType.String})
        for name in new_names:
            fields.append(QgsField(name, types[name]))
        output = frame[[f.name() for f in kept]].copy()
        for name in new_names:
            output[name] = table[name]
        wkb_type = QgsWkbTypes.multiType(source.wkbType()) if with_geometry else QgsWkbTypes.NoGeometry
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, source.sourceCrs())
        if sink is None:
            raise PeuplementError("OUTPUT : impossible de créer la couche de sortie.")
        geometries = None
        if with_geometry:
            geometries = [sinks.geometry_from_wkb(w, multi=True) for w in frame[frames.GEOMETRY]]
        if not sinks.write_frame(sink, output, fields, geometries, feedback, progress=(70, 100)):
            raise Cancelled()
        self.style_output(context, dest_id, "fragilite.qml", self.tr("Fragility index"),
                          metadata=_metadata(lines, threshold, usage_interne))
        return {self.OUTPUT: dest_id}

    def _variables(self, parameters, context, feedback, names):
        text = self.parameterAsString(parameters, self.VARIABLES, context)
        by_default = not text.strip() or fragilite.parse_variables(text) == fragilite.parse_variables(
            DEFAULT_VARIABLES_TEXT)
        variables = fragilite.parse_variables(text or DEFAULT_VARIABLES_TEXT)
        absent = [name for name, _ in variables if name not in names]
        if absent and not by_default:
            raise PeuplementError("VARIABLES : {} absente(s) de INPUT (champs : {}).".format(
                ", ".join(absent), ", ".join(names)))
        if absent:
            feedback.pushWarning(self.tr("Default variable(s) absent from INPUT, left out of the index: {}.")
                                 .format(", ".join(absent)))
            variables = [(name, sign) for name, sign in variables if name not in absent]
        if not variables:
            raise PeuplementError("Aucune des variables par défaut ({}) n'est dans INPUT : indiquez VARIABLES."
                                  .format(", ".join(fragilite.DEFAULT_VARIABLES)))
        return variables


def _metadata(lines, threshold, usage_interne):
    metadata = QgsLayerMetadata()
    metadata.setTitle("Indice de fragilité socio-locative")
    metadata.setAbstract("\n".join(lines + [secret.metadata_note(threshold, usage_interne)]))
    keywords = ["fragilité", "secret statistique", "seuil {}".format(threshold)]
    if usage_interne:
        keywords.append("USAGE INTERNE")
    metadata.addKeywords("peuplement", keywords)
    return metadata
