"""peuplement:indicateurs_occupation — the OPS households of one millésime per unit, every
share of domain.md 5.5 with its denominator, under the secret statistique (section 6)."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsLayerMetadata,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...bridge.fieldtypes import FieldType
from ...core import importer, levels, occupation, plafonds, secret, stock
from ...core.errors import PeuplementError
from ..base import PeuplementAlgorithm
from ..units import UnitJoin
from .import_table import push_report, read_table

ZONES = ("auto", "hors_ile_de_france", "ile_de_france_autres", "paris_limitrophes")
TERRITOIRE = "__territoire__"
HOUSEHOLD_FIELDS = tuple(occupation.OCCUPATION_FIELDS) + ("uc_moy", "nb_uc_approchees")


class IndicateursOccupation(UnitJoin, PeuplementAlgorithm):
    MENAGES = "MENAGES"
    MAPPING_MENAGES = "MAPPING_MENAGES"
    LOGEMENTS = "LOGEMENTS"
    MAPPING = "MAPPING"
    MILLESIME = "MILLESIME"
    REFERENCE_DATE = "REFERENCE_DATE"
    PLAFONDS_YEAR = "PLAFONDS_YEAR"
    ZONE = "ZONE"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    USAGE_INTERNE = "USAGE_INTERNE"
    ENCODING = "ENCODING"
    SEPARATOR = "SEPARATOR"
    OUTPUT = "OUTPUT"

    def name(self):
        return "indicateurs_occupation"

    def displayName(self):  # noqa: N802
        return self.tr("Occupancy indicators (OPS) per unit")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.5 (the shares of the enquête OPS: familles nombreuses, "
            "resources against the PLUS ceiling), 5.1 (UC, modified OECD scale), section 4 (ratios of sums) "
            "and 6 (secret statistique: primary, secondary, cell by cell). The PLUS ceilings are those "
            "published every 1 January by arrêté (resources/plafonds_plus.csv, dated); the household categories "
            "those of the annex of the arrêté du 29 juillet 1987 (domain.md 5.5).")

    def help_text(self):
        level_list = ", ".join("{} = {}".format(i, level) for i, level in enumerate(levels.LEVEL_IDS))
        return self.tr(
            "Joins the OPS households of one millésime to their dwellings and to the units of a level, "
            "and computes per unit, as ratios of sums at the unit's own scale: nb_menages, nb_personnes, "
            "taille_menage (persons per household) and the shares (%) of personnes seules, familles "
            "monoparentales, familles nombreuses (3 children under 14 or more, or 5 persons or more), "
            "lease holder aged 65 or more and under 30, resources under 20 / 40 / 60 % and over 100 % of "
            "the PLUS ceiling, APL, unemployment, precarious employment, recent move-ins (less than 2 "
            "years before the reference date) and the mean length of residence. Each share's "
            "denominator is the households for which the variable is known, written beside it "
            "(n_monoparentales…), so a map can say \"n = 37\".\n\n"
            "When the survey gives the annual income rather than the band, the household is classified "
            "against the PLUS ceiling of its category and zone (ZONE, or from the dwelling's commune) for "
            "PLAFONDS_YEAR (default: the year before the millésime), from the "
            "dated table resources/plafonds_plus.csv. The category is that of the arrêté du 29 juillet "
            "1987, annexe (domain.md 5.5): 1 = one person; 2 = two persons with no dependant; 3 = three "
            "persons, or one person with one dependant, or a young couple with no dependant (ages adding "
            "up to 55 or less); 4 = four, or one person with two dependants; and so on up to 6, then the "
            "amount per extra person. So a single parent (COMPOSITION famille monoparentale: one adult, "
            "the other persons dependants) is one category above the count of persons; a young couple is "
            "read from COMPOSITION couple sans enfant, AGE_TITULAIRE and AGE_CONJOINT; a disabled member "
            "(HANDICAP) moves the household one category up. Where the survey lacks these columns the "
            "rule is applied as far as it can be, and the category can be one too low. uc_moy is the mean number of consumption units "
            "(1 + 0.5 per other person aged 14 or more + 0.3 per child under 14); nb_uc_approchees "
            "counts the households whose children's ages were unknown (every other person then counts "
            "as 14 or more).\n\n"
            "Secret statistique: every household figure of a unit of fewer than SECRET_THRESHOLD "
            "households (11 by default) is NULL with secret = true; so that no masked unit can be "
            "recovered by subtraction, the smallest published sibling is masked too (the floors of a "
            "building; at the other levels, the units of the territory). Likewise, cell by cell, a share "
            "whose denominator is under the threshold is masked. A threshold under 5 needs "
            "USAGE_INTERNE, and is written in the layer's metadata.\n\n"
            "LEVEL: {levels}. Dwellings reach their units as in indicateurs_parc (key, building, "
            "location).").format(levels=level_list)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MENAGES, self.tr("OPS households (table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOGEMENTS, self.tr("Dwellings (RPLS table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.MILLESIME, self.tr("Millésime (survey year; empty = the only one in the table)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USAGE_INTERNE, self.tr("Internal use (allows a threshold under 5)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, self.tr("Reference date (default: 1 January of the millésime)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PLAFONDS_YEAR, self.tr("Year of the PLUS ceilings (default: millésime − 1)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterEnum(
            self.ZONE, self.tr("Ceiling zone"), options=[
                {"auto": self.tr("Automatic (from the commune of each dwelling)"),
                 "hors_ile_de_france": self.tr("Outside Île-de-France"),
                 "ile_de_france_autres": self.tr("Île-de-France, other communes"),
                 "paris_limitrophes": self.tr("Paris and neighbouring communes")}[k] for k in ZONES], defaultValue=0))
        for name, label in ((self.MAPPING_MENAGES, self.tr("Field mapping of the households (canonical=source;…)")),
                            (self.MAPPING, self.tr("Field mapping of the dwellings (canonical=source;…)"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SEPARATOR, self.tr("Separator of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Occupancy indicators"), QgsProcessing.TypeVectorAnyGeometry))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        level, method = self.level_and_method(parameters, context)
        usage_interne = self.parameterAsBool(parameters, self.USAGE_INTERNE, context)
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context),
                                           usage_interne)

        self.step(feedback, 2, self.tr("Reading the households…"))
        overrides = importer.parse_mapping(self.parameterAsString(parameters, self.MAPPING_MENAGES, context))
        raw, _, label = read_table(self, parameters, self.MENAGES, context, feedback, "menages", overrides)
        result = importer.canonicalise(raw, "menages", overrides, source_name=label)
        push_report(feedback, result)
        households, millesime = self._one_millesime(parameters, context, result.frame, label)
        feedback.pushInfo(self.tr("Millésime {}: {} household(s).").format(millesime, len(households)))

        self.step(feedback, 20, self.tr("Reading the dwellings…"))
        # depcom too: the commune of the dwelling gives the zone of the PLUS ceilings.
        needed = tuple(dict.fromkeys(self.join_fields(parameters, context, level, method) + ("depcom",)))
        dwellings, points = self.read_dwellings(parameters, context, feedback, needed)

        # Each household to its dwelling (logement_id), then to its unit through the dwelling.
        position = pd.Index(dwellings["logement_id"]).get_indexer(households["logement_id"])
        orphans = int((position < 0).sum())
        if orphans:
            lost = households.loc[position < 0]
            feedback.pushWarning(self.tr("{} household(s) of {} live in a dwelling absent from the dwellings "
                                         "table, not counted: row(s) {} (logement_id {}).").format(
                orphans, label, importer.rows_text(pd.Series(position < 0, index=households.index)), importer.examples(lost["logement_id"])))

        self.step(feedback, 40, self.tr("Resources against the PLUS ceilings…"))
        households = self._classify_resources(parameters, context, feedback, households, dwellings, position,
                                              millesime)

        self.step(feedback, 50, self.tr("Placing the dwellings in the units…"))
        units, assigned, unit_ids = self.place_in_units(parameters, context, feedback, level, method,
                                                        dwellings, points, progress=(50, 60))
        assigned = np.append(assigned.to_numpy(dtype=object), None)
        households[stock.UNIT] = assigned[np.where(position < 0, len(assigned) - 1, position)]
        unplaced = int(pd.isna(households[stock.UNIT]).sum()) - orphans
        if unplaced > 0:
            feedback.pushWarning(self.tr("{} household(s) reach no unit and are not counted.").format(unplaced))

        reference = self._reference_date(parameters, context, millesime)
        self.step(feedback, 65, self.tr("Computing the indicators…"))
        table = occupation.indicateurs_occupation(households, reference, unit_ids)
        table = self._add_consumption_units(table, households)

        self.step(feedback, 75, self.tr("Secret statistique…"))
        parents = self._parents(table.index, level)
        table, parents_to_mask = secret.apply(table, "nb_menages", [f for f in HOUSEHOLD_FIELDS if f != "nb_menages"],
                                              threshold, parents=parents)
        shares = dict(occupation.SHARE_DENOMINATORS, anciennete_moy="n_emmenages_recents")
        table = secret.apply_shares(table, shares, threshold, parents)
        masked = int(table["secret"].sum())
        feedback.pushInfo(self.tr("{} unit(s), {} masked by the secret statistique (threshold {}).").format(
            len(table), masked, threshold))
        for parent in parents_to_mask:
            if parent == TERRITOIRE:
                feedback.pushWarning(self.tr("A single unit holds households: the territory's own total "
                                             "must not be published next to this layer."))
        note = secret.metadata_note(threshold, usage_interne)
        feedback.pushInfo(note)

        table.insert(0, "millesime", millesime)
        types = {name: FieldType.Double for name in HOUSEHOLD_FIELDS}
        types.update({name: FieldType.Int for name in occupation.OCCUPATION_FIELDS
                      if name.startswith(("nb_", "n_"))})
        types.update({"nb_uc_approchees": FieldType.Int, "millesime": FieldType.Int, "secret": FieldType.Bool})
        dest_id = self.write_units(parameters, context, feedback, level, table, units, types, progress=(80, 100))
        self.style_output(context, dest_id, "indicateurs_occupation.qml",
                          self.tr("Occupancy {} — {}").format(millesime, levels.LEVEL_LABELS[level]),
                          metadata=_metadata(note, threshold, usage_interne, millesime))
        return {self.OUTPUT: dest_id}

    # ------------------------------------------------------------------------------

    def _one_millesime(self, parameters, context, households, label):
        found = sorted(int(m) for m in pd.unique(households["millesime"].dropna()))
        wanted = parameters.get(self.MILLESIME)
        if wanted not in (None, ""):
            millesime = self.parameterAsInt(parameters, self.MILLESIME, context)
            if millesime not in found:
                raise PeuplementError("MILLESIME {} absent de {} (millésimes présents : {}).".format(
                    millesime, label, ", ".join(map(str, found))))
        elif len(found) == 1:
            millesime = found[0]
        else:
            raise PeuplementError("{} contient plusieurs millésimes ({}) : indiquez MILLESIME.".format(
                label, ", ".join(map(str, found))))
        return households[households["millesime"] == millesime].copy(), millesime

    def _classify_resources(self, parameters, context, feedback, households, dwellings, position, millesime):
        """Households with an income but no band get the band of their PLUS ceilings
        (plafonds.classer_ressources, the residence inspector's rule too)."""
        if "revenu_annuel" not in households.columns:
            return households
        year = (self.parameterAsInt(parameters, self.PLAFONDS_YEAR, context)
                if parameters.get(self.PLAFONDS_YEAR) not in (None, "") else plafonds.annee_des_plafonds(millesime))
        zone = ZONES[self.parameterAsEnum(parameters, self.ZONE, context)]
        depcom = None
        if zone == "auto":
            depcom = dwellings["depcom"] if "depcom" in dwellings.columns else pd.Series(None, index=dwellings.index)
            depcom = np.append(depcom.to_numpy(dtype=object), None)[np.where(position < 0, len(depcom), position)]
            depcom = pd.Series(depcom, index=households.index, dtype=object)
        households, classified = plafonds.classer_ressources(households, depcom, annee=year,
                                                             zone=None if zone == "auto" else zone)
        if classified:
            feedback.pushInfo(self.tr("{} household(s) classified from their income against the PLUS ceilings "
                                      "of {}.").format(classified, year))
        return households

    @staticmethod
    def _add_consumption_units(table, households):
        children = households["nb_enfants_moins_14"] if "nb_enfants_moins_14" in households.columns else None
        if "nb_personnes" not in households.columns:
            table["uc_moy"] = np.nan
            table["nb_uc_approchees"] = np.nan
            return table
        uc, approximated = plafonds.unites_consommation(households["nb_personnes"], children)
        frame = pd.DataFrame({stock.UNIT: households[stock.UNIT], "uc": uc,
                              "approchee": approximated.astype(float)}).dropna(subset=[stock.UNIT])
        grouped = frame.groupby(stock.UNIT)
        table["uc_moy"] = grouped["uc"].mean().reindex(table.index)
        table["nb_uc_approchees"] = grouped["approchee"].sum().reindex(table.index).fillna(0.0)
        return table

    @staticmethod
    def _parents(unit_ids, level):
        """Siblings for the secondary secret: the floors of a building; elsewhere the units
        of the territory, whose total other outputs publish."""
        ids = pd.Series(unit_ids, index=unit_ids)
        if level == "etage":
            return ids.astype(str).str.split(levels.SEPARATOR_ETAGE, n=1).str[0]
        return pd.Series(TERRITOIRE, index=unit_ids)

    def _reference_date(self, parameters, context, millesime):
        if parameters.get(self.REFERENCE_DATE) not in (None, ""):
            date = self.parameterAsDateTime(parameters, self.REFERENCE_DATE, context).date()
            if date.isValid():
                return pd.Timestamp(date.year(), date.month(), date.day())
        return pd.Timestamp(millesime, 1, 1)


def _metadata(note, threshold, usage_interne, millesime):
    """Abstract and keywords that travel with the layer: the secret applied, internal use."""
    metadata = QgsLayerMetadata()
    metadata.setTitle("Occupation du parc social (OPS {})".format(millesime))
    metadata.setAbstract(note)
    keywords = ["secret statistique", "seuil {}".format(threshold), "OPS {}".format(millesime)]
    if usage_interne:
        keywords.append("USAGE INTERNE")
    metadata.addKeywords("peuplement", keywords)
    return metadata
