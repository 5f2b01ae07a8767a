"""peuplement:indicateurs_parc — stock indicators of the dwellings per unit, at any scale
(domain.md 4, 5.4 and 8)."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...bridge.fieldtypes import FieldType
from ...core import levels, stock
from ...core.errors import PeuplementError
from ..base import PeuplementAlgorithm
from ..units import UnitJoin


class IndicateursParc(UnitJoin, PeuplementAlgorithm):
    LOGEMENTS = "LOGEMENTS"
    MAPPING = "MAPPING"
    REFERENCE_DATE = "REFERENCE_DATE"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    KEEP_EMPTY = "KEEP_EMPTY"
    ENCODING = "ENCODING"
    SEPARATOR = "SEPARATOR"
    OUTPUT = "OUTPUT"

    def name(self):
        return "indicateurs_parc"

    def displayName(self):  # noqa: N802
        return self.tr("Stock indicators (RPLS) per unit")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.4 (taux de vacance = RPLS mode 2 / modes 1+2, the modes of "
            "occupation of the RPLS transmission; vacancy over 3 months; length of tenure from the lease "
            "date), section 4 (every rate a ratio of sums at its own scale), 3.1 (financing families from the"
            " RPLS FINAN codes) and 6 (secret statistique, 11 households).")

    def help_text(self):
        level_list = ", ".join("{} = {}".format(i, level) for i, level in enumerate(levels.LEVEL_IDS))
        return self.tr(
            "Counts the social dwellings of each unit (floor, building, residence, block, IRIS, "
            "QPV / outside QPV, commune, EPCI, or landlord as a table) and computes, as ratios of "
            "sums at the unit's own scale:\n"
            "- tx_vacance = dwellings vacant offered for rent (mode 2) / dwellings in modes 1+2;\n"
            "- tx_vacance_3mois: the same, vacancy started more than 3 months before the "
            "reference date;\n"
            "- part_plai, part_plus, part_pls, part_pli: shares of the financing families among "
            "dwellings whose FINAN is known;\n"
            "- part_t1 … part_t5_plus: sizes; nb_rdc, nb_etages_1_4, nb_etages_5_plus, etage_max: floors;\n"
            "- surface_moy, loyer_m2 (sum of rents / sum of surfaces of let dwellings);\n"
            "- anciennete_moy and part_emmenages_recents (lease less than 2 years old) of let "
            "dwellings, masked (NULL, secret = true) where fewer than SECRET_THRESHOLD leases are "
            "known (secret statistique).\n"
            "Rates are percentages (0-100); an indicator whose source column is absent is NULL.\n\n"
            "LEVEL: {levels}.\n\n"
            "How a dwelling reaches its unit (JOIN_METHOD auto): by the key it carries for the "
            "level (batiment_id, residence_id, code_iris, code_qpv, depcom); else by its building, "
            "when BATIMENTS has the UNIT_ID field (e.g. ilot_id); else by location (the dwelling's "
            "point, or its building's, in the unit polygons), after reprojection to the units' CRS. "
            "The log says which was used and how many dwellings fell outside every unit.\n\n"
            "LOGEMENTS may be a canonical table from import_table or a raw RPLS table: it is "
            "mapped and validated the same way (MAPPING, ENCODING, SEPARATOR). A row standing for "
            "several dwellings (RPLS aggregated to addresses) is weighted by nb_logements.\n"
            "REFERENCE_DATE defaults to the 1 January that follows the latest lease or vacancy "
            "date (RPLS describes the stock at 1 January)."
        ).format(levels=level_list)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOGEMENTS, self.tr("Dwellings (RPLS table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, self.tr("Reference date"), type=QgsProcessingParameterDateTime.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=11, minValue=5))
        self.addParameter(QgsProcessingParameterBoolean(
            self.KEEP_EMPTY, self.tr("Keep units without dwellings"), defaultValue=True))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, self.tr("Field mapping of the dwellings (canonical=source;…)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of a CSV file"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SEPARATOR, self.tr("Separator of a CSV file"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Stock indicators"), QgsProcessing.TypeVectorAnyGeometry))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        level, method = self.level_and_method(parameters, context)
        threshold = self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context)

        self.step(feedback, 2, self.tr("Reading the dwellings…"))
        needed = stock.INPUT_FIELDS + self.join_fields(parameters, context, level, method)
        dwellings, points = self.read_dwellings(parameters, context, feedback, tuple(dict.fromkeys(needed)))

        self.step(feedback, 40, self.tr("Placing the dwellings in the units…"))
        units, assigned, unit_ids = self.place_in_units(parameters, context, feedback, level, method,
                                                        dwellings, points)
        dwellings[stock.UNIT] = assigned.to_numpy()  # the frame is ours: no copy of a million rows
        unmatched = dwellings[stock.UNIT].isna()
        weight = dwellings["nb_logements"].fillna(1) if "nb_logements" in dwellings else None
        n_out = int(weight[unmatched].sum()) if weight is not None else int(unmatched.sum())
        if n_out:
            feedback.pushWarning(self.tr("{} dwelling(s) reach no unit and are not counted.").format(n_out))

        reference = self._reference_date(parameters, context, dwellings)
        feedback.pushInfo(self.tr("Reference date: {}").format(reference.date().isoformat()))
        self.step(feedback, 60, self.tr("Computing the indicators…"))
        table = stock.indicateurs_parc(dwellings, reference, unit_ids, threshold)
        if units is not None and not self.parameterAsBool(parameters, self.KEEP_EMPTY, context):
            table = table[table["nb_logements"] > 0]
        feedback.pushInfo(self.tr("{} unit(s), {} dwelling(s) counted.").format(
            len(table), int(table["nb_logements"].sum())))
        self.step(feedback, 70)
        return self._write(parameters, context, feedback, level, table, units)

    # ------------------------------------------------------------------------------

    def _reference_date(self, parameters, context, dwellings):
        value = parameters.get(self.REFERENCE_DATE)
        if value not in (None, ""):
            date = self.parameterAsDateTime(parameters, self.REFERENCE_DATE, context).date()
            if date.isValid():
                return pd.Timestamp(date.year(), date.month(), date.day())
        latest = [dwellings[c].max() for c in ("date_bail", "date_vacance") if c in dwellings.columns]
        latest = [d for d in latest if pd.notna(d)]
        if not latest:
            raise PeuplementError("REFERENCE_DATE est nécessaire : les logements n'ont ni date de bail ni "
                                  "date de vacance dont la déduire.")
        return pd.Timestamp(max(latest).year + 1, 1, 1)

    def _write(self, parameters, context, feedback, level, table, units):
        types = {name: FieldType.Int for name in stock.COUNT_FIELDS}
        types.update({name: FieldType.Double for name in stock.RATE_FIELDS})
        types["secret"] = FieldType.Bool
        dest_id = self.write_units(parameters, context, feedback, level, table[list(stock.OUTPUT_FIELDS)],
                                   units, types)
        self.style_output(context, dest_id, "indicateurs_parc.qml",
                          self.tr("Stock indicators — {}").format(levels.LEVEL_LABELS[level]))
        return {self.OUTPUT: dest_id}
