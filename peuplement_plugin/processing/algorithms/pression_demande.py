"""peuplement:pression_demande — applications in progress at the end of the year over the
attributions of the year, per EPCI, per first wished commune, per typology wished and for
the mutations apart (domain.md 5.9)."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsLayerMetadata,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...bridge import frames, sinks
from ...bridge.fieldtypes import FieldType
from ...core import importer, levels, pression, secret
from ...core.errors import PeuplementError
from ..base import PeuplementAlgorithm
from .import_table import push_report, read_table

EPCI_FIELDS = ("code_epci", "epci", "siren_epci", "siren")
DEPCOM_FIELDS = ("depcom", "insee_com", "code_insee", "insee", "codgeo", "code_commune")


class PressionDemande(PeuplementAlgorithm):
    DEMANDES = "DEMANDES"
    ATTRIBUTIONS = "ATTRIBUTIONS"
    LOGEMENTS = "LOGEMENTS"
    COMMUNES = "COMMUNES"
    YEAR = "YEAR"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    USAGE_INTERNE = "USAGE_INTERNE"
    MAPPING_DEMANDES = "MAPPING_DEMANDES"
    MAPPING_ATTRIBUTIONS = "MAPPING_ATTRIBUTIONS"
    ENCODING = "ENCODING"
    SEPARATOR = "SEPARATOR"
    OUTPUT = "OUTPUT"

    group_key = "objectifs"

    def name(self):
        return "pression_demande"

    def displayName(self):  # noqa: N802
        return self.tr("Demand pressure (applications per attribution)")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.9 (pression de la demande: the tension indicator of the "
            "Système national d'enregistrement, applications in progress at 31 December over the "
            "attributions of the year, per commune wished first, per EPCI, per typology wished and for the "
            "mutations apart, a ratio of sums with the counts beside it); SNE tables 3.3 and 3.5; secret "
            "statistique, domain.md 6.")

    def help_text(self):
        return self.tr(
            "Tension = applications in progress at the end of YEAR / attributions of YEAR, SNE's own "
            "indicator (domain.md 5.9), each row with its two counts, nb_demandes and nb_attributions.\n\n"
            "Applications in progress at 31/12/YEAR (DEMANDES, SNE): filed on or before that day and not "
            "struck off by then (date_radiation: attributed, abandoned, not renewed). Without date_radiation "
            "the table is one snapshot of the stock, that of the end of the year of its latest filing, and "
            "YEAR must be that year (give one snapshot per year, each to its own run). Attributions of YEAR "
            "(ATTRIBUTIONS, SNE): the leases signed that year. YEAR empty: the year of the snapshot, or, with "
            "date_radiation, every year of the attributions.\n\n"
            "Scales (echelle): epci; commune: the applications by their first wished commune "
            "(communes_souhaitees, the first listed) against the attributions by the commune of the "
            "dwelling (LOGEMENTS, depcom); typologie, where the applications give the typology wished "
            "(T1 … T4, T5+; a room or studio counts as T1) against the typology of the dwelling (nb_pieces); "
            "mutation, where the applications say whether the applicant is already a tenant of the social "
            "stock, against the attributions' own mutation flag (without it, nb_attributions and tension "
            "are NULL for these rows). An unknown commune, typology or flag is a row of its own (non "
            "renseigné), so that the rows of each scale add up to their EPCI. The EPCI of an attribution: "
            "COMMUNES (depcom → code_epci), else that of the applications wishing its commune first, else "
            "the only EPCI of the applications.\n\n"
            "Secret statistique (domain.md 6): a row with 1 to SECRET_THRESHOLD − 1 (10) applications or "
            "attributions is NULL (both counts and the tension) with secret = true, and so is the smallest "
            "other row of the same EPCI and scale when one row alone is masked, so that none comes back by "
            "subtraction from the EPCI. A threshold under 5 needs USAGE_INTERNE.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMANDES, self.tr("Applications (SNE demandes, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ATTRIBUTIONS, self.tr("Attributions (SNE table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOGEMENTS, self.tr("Dwellings (RPLS table, layer or CSV): commune and typology"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes with their EPCI (depcom, code_epci)"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (empty = the year of the applications' snapshot)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USAGE_INTERNE, self.tr("Internal use (allows a threshold under 5)"), defaultValue=False))
        for name, label in ((self.MAPPING_DEMANDES, self.tr("Field mapping of the applications (canonical=source;…)")),
                            (self.MAPPING_ATTRIBUTIONS,
                             self.tr("Field mapping of the attributions (canonical=source;…)"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SEPARATOR, self.tr("Separator of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Demand pressure"), QgsProcessing.TypeVector))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        usage_interne = self.parameterAsBool(parameters, self.USAGE_INTERNE, context)
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context),
                                           usage_interne)

        self.step(feedback, 2, self.tr("Reading the applications…"))
        demandes = self._table(parameters, context, feedback, self.DEMANDES, self.MAPPING_DEMANDES, "demandes",
                               ("demande_id", "date_depot", "epci"))
        self.step(feedback, 20, self.tr("Reading the attributions…"))
        attributions = self._table(parameters, context, feedback, self.ATTRIBUTIONS, self.MAPPING_ATTRIBUTIONS,
                                   "attributions", ("attribution_id", "logement_id", "date_attribution"))
        self.step(feedback, 35, self.tr("Reading the dwellings…"))
        dwellings = self._dwellings(parameters, context, feedback)

        years = self._years(parameters, context, feedback, demandes, attributions)
        with_typologie = "typologie_souhaitee" in demandes and demandes["typologie_souhaitee"].notna().any()
        with_mutation = "mutation" in demandes and demandes["mutation"].notna().any()
        if not with_typologie:
            feedback.pushInfo(self.tr("The applications give no typology wished: no row per typology."))
        if not with_mutation:
            feedback.pushInfo(self.tr("The applications do not say which are mutations: no mutation rows."))
        elif "mutation" not in attributions or attributions["mutation"].isna().all():
            feedback.pushWarning(self.tr("The attributions do not say which are mutations: the mutation rows give "
                                         "the applications only."))

        self.step(feedback, 50, self.tr("Attributions to their dwellings…"))
        d = pd.DataFrame({"epci": levels.normalise_keys(demandes["epci"]).to_numpy(),
                          "commune": pression.premiere_commune(demandes["communes_souhaitees"]
                                                               if "communes_souhaitees" in demandes
                                                               else pd.Series(None, index=demandes.index)).to_numpy()},
                         index=demandes.index)
        if with_typologie:
            d["typologie"] = pression.typologie_souhaitee(demandes["typologie_souhaitee"]).to_numpy()
        if with_mutation:
            d["mutation"] = demandes["mutation"].astype(object).where(demandes["mutation"].notna(), None).to_numpy()
        position = pd.Index(dwellings["logement_id"]).get_indexer(attributions["logement_id"])
        orphans = int((position < 0).sum())
        if orphans:
            feedback.pushWarning(self.tr("{} attribution(s) of a dwelling absent from the dwellings table: commune "
                                         "and typology unknown.").format(orphans))

        def spread(values):
            values = np.append(np.asarray(values, dtype=object), None)
            return values[np.where(position < 0, len(values) - 1, position)]

        a = pd.DataFrame({"commune": spread(dwellings["depcom"]) if "depcom" in dwellings else None},
                         index=attributions.index)
        a["epci"] = self._epci_of(parameters, context, feedback, a["commune"], d)
        if "nb_pieces" in dwellings:
            a["typologie"] = pression.typologie_of_rooms(pd.Series(spread(dwellings["nb_pieces"]))).to_numpy()
        if "mutation" in attributions and attributions["mutation"].notna().any():
            a["mutation"] = attributions["mutation"].astype(object).where(attributions["mutation"].notna(),
                                                                           None).to_numpy()
        a_years = attributions["date_attribution"].dt.year

        self.step(feedback, 70, self.tr("Tension per year and scale…"))
        tables = []
        for year in years:
            stock = pression.en_cours(demandes, year)
            of_year = (a_years == year).to_numpy()
            table = pression.tension(d[stock.to_numpy()], a[of_year], year, threshold, with_typologie, with_mutation)
            epci_rows = table[table["echelle"] == pression.EPCI]
            for row in epci_rows.itertuples():
                if row.secret:
                    feedback.pushInfo(self.tr("{} {}: masked by the secret statistique.").format(row.code, year))
                else:
                    feedback.pushInfo(self.tr("{} {}: {:.0f} application(s) in progress, {:.0f} attribution(s), "
                                              "tension {}.").format(
                        row.code, year, row.nb_demandes, row.nb_attributions,
                        "{:.1f}".format(row.tension) if np.isfinite(row.tension) else "–"))
            tables.append(table)
        table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=list(pression.COLUMNS))
        feedback.pushInfo(self.tr("{} row(s), {} masked by the secret statistique (threshold {}).").format(
            len(table), int(table["secret"].sum()), threshold))

        self.step(feedback, 90, self.tr("Writing…"))
        types = {"annee": FieldType.Int, "echelle": FieldType.String, "epci": FieldType.String, "code": FieldType.String,
                 "nb_demandes": FieldType.Int, "nb_attributions": FieldType.Int, "tension": FieldType.Double,
                 "secret": FieldType.Bool}
        fields = sinks.fields_for(table, types)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise PeuplementError("OUTPUT : impossible de créer la table de sortie.")
        sinks.write_frame(sink, table, fields)
        self.style_output(context, dest_id, "pression_demande.qml", self.tr("Demand pressure"),
                          metadata=_metadata(secret.metadata_note(threshold, usage_interne), threshold, usage_interne))
        return {self.OUTPUT: dest_id}

    # ------------------------------------------------------------------------------

    def _table(self, parameters, context, feedback, name, mapping_name, kind, required):
        overrides = importer.parse_mapping(self.parameterAsString(parameters, mapping_name, context))
        raw, _, label = read_table(self, parameters, name, context, feedback, kind, overrides)
        result = importer.canonicalise(raw, kind, overrides, required=required, source_name=label)
        push_report(feedback, result)
        return result.frame.reset_index(drop=True)

    def _dwellings(self, parameters, context, feedback):
        needed = ("logement_id", "depcom", "nb_pieces")
        raw, _, label = read_table(self, parameters, self.LOGEMENTS, context, feedback, "logements", {}, needed)
        result = importer.canonicalise(raw, "logements", {}, required=("logement_id",), source_name=label)
        push_report(feedback, result)
        dwellings = result.frame.reset_index(drop=True)
        if "depcom" not in dwellings:
            feedback.pushWarning(self.tr("The dwellings have no commune (DEPCOM): the attributions' commune is "
                                         "unknown."))
        return dwellings

    def _years(self, parameters, context, feedback, demandes, attributions):
        found = sorted(attributions["date_attribution"].dt.year.dropna().astype(int).unique().tolist())
        snapshot = pression.annee_du_stock(demandes["date_depot"])
        dated = "date_radiation" in demandes and demandes["date_radiation"].notna().any()
        if parameters.get(self.YEAR) not in (None, ""):
            years = [self.parameterAsInt(parameters, self.YEAR, context)]
        elif dated:
            years = found
        else:
            years = [snapshot]
        if not dated and snapshot is not None and years != [snapshot]:
            raise PeuplementError("YEAR {} : sans date de radiation, les demandes sont le stock en cours à la fin de "
                                  "{} (leur dernier dépôt) ; donnez les demandes en cours au 31/12/{} ou une table "
                                  "avec la date de radiation (DATE_RADIATION).".format(years[0], snapshot, years[0]))
        missing = [y for y in years if y not in found]
        if missing:
            feedback.pushWarning(self.tr("No attribution in {} (years of the attributions: {}): no tension.").format(
                ", ".join(map(str, missing)), ", ".join(map(str, found)) or "–"))
        feedback.pushInfo(self.tr("Year(s): {}; applications in progress at 31 December {}.").format(
            ", ".join(map(str, years)),
            self.tr("(date_radiation given)") if dated else self.tr("(the snapshot of {})").format(snapshot)))
        return years

    def _epci_of(self, parameters, context, feedback, communes, d):
        """The EPCI of each attribution, from its commune (see the help)."""
        communes = pd.Series(communes, dtype=object)
        table = None
        if self.parameterAsSource(parameters, self.COMMUNES, context) is not None:
            source = self.parameterAsSource(parameters, self.COMMUNES, context)
            names = source.fields().names()
            epci_field = next((f for f in names if f.lower() in EPCI_FIELDS), None)
            depcom_field = next((f for f in names if f.lower() in DEPCOM_FIELDS), None)
            if epci_field is None or depcom_field is None:
                raise PeuplementError("COMMUNES : champs depcom et code_epci attendus (champs : {}).".format(
                    ", ".join(names)))
            frame, _, _, _ = frames.parameter_frame(self, parameters, self.COMMUNES, context,
                                                    columns=[depcom_field, epci_field])
            table = pd.Series(levels.normalise_keys(frame[epci_field]).to_numpy(),
                              index=levels.normalise_keys(frame[depcom_field]).to_numpy())
        else:
            known = d.dropna(subset=["commune", "epci"])
            table = known.groupby("commune")["epci"].agg(lambda s: s.mode().iloc[0]) if len(known) else None
        if table is not None:
            table = table[~table.index.duplicated()]
        found = communes.map(table) if table is not None and len(table) else pd.Series(None, index=communes.index,
                                                                                        dtype=object)
        only = d["epci"].dropna().unique()
        if len(only) == 1:
            found = found.where(found.notna(), only[0])
        missing = int(found.isna().sum())
        if missing:
            feedback.pushWarning(self.tr("{} attribution(s) whose EPCI is unknown (give COMMUNES).").format(missing))
        return found.where(found.notna(), None).to_numpy(dtype=object)


def _metadata(note, threshold, usage_interne):
    metadata = QgsLayerMetadata()
    metadata.setTitle("Pression de la demande (demandes en cours / attributions)")
    metadata.setAbstract(note)
    keywords = ["secret statistique", "seuil {}".format(threshold), "pression de la demande", "SNE"]
    if usage_interne:
        keywords.append("USAGE INTERNE")
    metadata.addKeywords("peuplement", keywords)
    return metadata
