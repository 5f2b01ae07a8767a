"""peuplement:objectifs_attribution — the attribution objectives of the loi Égalité et
Citoyenneté (domain.md 5.2, 5.3) per EPCI, commune, bailleur, réservataire or QPV and per
year: the table, the thresholds used, the attributions as points and an HTML report."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingUtils,
    QgsLayerMetadata,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...bridge import bulk, frames, sinks
from ...bridge.fieldtypes import FieldType
from ...core import codes, importer, levels, objectifs, plafonds, quartiles, rapport_objectifs, secret, spatial
from ...core.csvfile import is_delimited_path, read_delimited
from ...core.errors import PeuplementError
from ..base import Cancelled, PeuplementAlgorithm
from .import_table import push_report, read_table

GROUP_BY = objectifs.GROUP_BY
QPV_SOURCES = ("localisation", "code_qpv")
DEFAULT_TARGETS = "hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25"
DEFAULT_EPSG = 2154
NON_RENSEIGNE = "non renseigné"
EPCI_FIELDS = ("code_epci", "epci", "siren_epci", "siren")
DEPCOM_FIELDS = ("depcom", "insee_com", "code_insee", "insee", "codgeo", "code_commune")


class ObjectifsAttribution(PeuplementAlgorithm):
    ATTRIBUTIONS = "ATTRIBUTIONS"
    LOGEMENTS = "LOGEMENTS"
    QPV = "QPV"
    QPV_ID = "QPV_ID"
    QPV_SOURCE = "QPV_SOURCE"
    DEMANDES = "DEMANDES"
    DEMANDES_DATES = "DEMANDES_DATES"
    Q1_THRESHOLD = "Q1_THRESHOLD"
    THRESHOLDS = "THRESHOLDS"
    EPCI = "EPCI"
    COMMUNES = "COMMUNES"
    YEAR = "YEAR"
    GROUP_BY = "GROUP_BY"
    TARGETS = "TARGETS"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    USAGE_INTERNE = "USAGE_INTERNE"
    MAPPING_ATTRIBUTIONS = "MAPPING_ATTRIBUTIONS"
    MAPPING_LOGEMENTS = "MAPPING_LOGEMENTS"
    MAPPING_DEMANDES = "MAPPING_DEMANDES"
    ENCODING = "ENCODING"
    SEPARATOR = "SEPARATOR"
    OUTPUT = "OUTPUT"
    OUTPUT_THRESHOLDS = "OUTPUT_THRESHOLDS"
    OUTPUT_ATTRIBUTIONS = "OUTPUT_ATTRIBUTIONS"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    group_key = "objectifs"

    def name(self):
        return "objectifs_attribution"

    def displayName(self):  # noqa: N802
        return self.tr("Attribution objectives (loi Égalité et Citoyenneté)")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la "
            "citoyenneté, which set in article L441-1 of the code de la construction et de l'habitation the "
            "three objectives (at least 25 % of the attributions outside QPV to the first quartile or to "
            "households rehoused by urban renewal, at least 50 % in QPV to quartiles 2 to 4, at least 25 % of"
            " the attributions of each réservataire other than the State to DALO and priority households), "
            "domain.md 5.3; the first-quartile threshold published each year per EPCI by arrêté (one regional "
            "value in Île-de-France) from the applicants registered at 31 December of the year before, domain.md "
            "5.2; the financing of the dwellings, RPLS finan (domain.md 3.1); UC, domain.md 5.1; secret "
            "statistique, domain.md 6.")

    def help_text(self):
        return self.tr(
            "Compares the attributions (SNE) of each year to the objectives of the loi Égalité et "
            "Citoyenneté or of the CIA (domain.md 5.3), per GROUP_BY: {groups}.\n\n"
            "Objectives (TARGETS, legal defaults hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25):\n"
            "- hors_qpv_q1: attributions of dwellings outside QPV going to first-quartile (Q1) applicants or to "
            "households rehoused by urban renewal (relogés; a household both counts once), over the attributions "
            "outside QPV;\n"
            "- qpv_q2_q4: attributions in QPV going to applicants of quartiles 2 to 4, over the attributions in QPV;\n"
            "- prioritaires: attributions going to DALO or priority households, over the attributions of the "
            "réservataires the law obliges (article L441-1 of the CCH: collectivités and EPCI, Action Logement, the "
            "bailleur on its non-reserved dwellings and on dwellings handed back to it; domain.md 5.3). The law sets "
            "it for each réservataire (GROUP_BY = reservataire); a rate over several réservataires (per EPCI, "
            "commune, bailleur, QPV, financing) counts the obligated réservataires only, and says so: perimetre "
            "names what the row counts, nb_etat_exclues the State's attributions set aside (an attribution whose "
            "réservataire is unknown counts as obligated; without a réservataire column nothing can be set aside "
            "and perimetre says so).\n"
            "- prioritaires_etat: the State's contingent (préfet: réservataire codes 1, 2 and 5) with its share of "
            "DALO or priority households and no verdict: no target, no gap, no status, no missing count, as the "
            "25 % is not set for the State.\n"
            "DALO on its own (domain.md 5.3): the rows of both give nb_dalo and part_dalo (DALO households over "
            "the same attributions) beside part_public (DALO or priority).\n"
            "Each row gives nb_attributions (the denominator), nb_public (the right kind), part_public (%), "
            "objectif_pct, ecart_points (rate − target), statut (atteint; proche: missed by less than 5 points; non "
            "atteint) and nb_manquantes: the attributions of the right kind that should have replaced others to "
            "reach the target, the number of attributions (the dwellings let) being fixed: the smallest m ≥ 0 with "
            "(nb_public + m) / nb_attributions ≥ target. Rows with no attribution in the denominator are left out. "
            "An attribution with an unknown income is in the denominator but never of the right kind for the income "
            "objectives (nb_revenu_inconnu says how many).\n\n"
            "Quartiles (domain.md 5.1, 5.2): annual income per UC = monthly income × 12 / UC, UC = 1 + 0.5 per "
            "other person aged 14 or more + 0.3 per child under 14 (children unknown: every other person counts as "
            "14 or more, nb_uc_approchees). An attribution is Q1 when its income per UC is ≤ the Q1 limit of its "
            "EPCI and year: THRESHOLDS (published values of the arrêté, 'epci:year=value;…' or 'epci=value' for "
            "every year; 'IDF:year=value' for the regional value of Île-de-France), else Q1_THRESHOLD (one "
            "published value), else the limit computed from the DEMANDES in progress (the highest income per UC of "
            "the poorest 25 % of the applicants of the EPCI). The quartile given by the source fills the "
            "attributions that cannot be classified.\n"
            "Thresholds per year (domain.md 5.2; the arrêté publishes the threshold of year N from the applicants "
            "registered in the SNE at 31 December of N − 1): DEMANDES takes one table per year; each is dated by "
            "DEMANDES_DATES (yyyy-mm-dd, in the order of the tables; empty: its latest date_depot), and a table dated "
            "D sets the threshold of the year after D. A year without its own table is classified with the nearest "
            "one and a warning names both years (log, OUTPUT_THRESHOLDS, report); two tables for one year are "
            "refused. In Île-de-France (EPCI whose dwellings, or whose applicants' first wished commune, are in the "
            "region) one regional threshold applies to every EPCI: computed over the region's applicants together, "
            "or THRESHOLDS IDF:year=value. A single DEMANDES table, as in earlier versions, still works.\n"
            "OUTPUT_THRESHOLDS lists, per EPCI and year, the limits used, their source (calculé / publié), "
            "annee_seuil (the year the threshold was made for; empty: a value for every year), date_demandes, "
            "perimetre (EPCI or région Île-de-France), origine (where the threshold came from, in words) and the "
            "number of demandes they rest on.\n\n"
            "A dwelling's QPV status (QPV_SOURCE) comes from its location in the QPV layer (RPLS X, Y, EPSG) or "
            "from the code_qpv of the dwellings table; when both are known, the disagreements are counted in the "
            "log and the report. The EPCI of a dwelling comes from COMMUNES (depcom → code_epci), else from EPCI, "
            "else from the only EPCI of the demandes or thresholds.\n\n"
            "Secret statistique (domain.md 6): a row whose denominator counts fewer than SECRET_THRESHOLD "
            "attributions (11 by default) is NULL with secret = true, and so is the smallest published group of the "
            "same year and objective when one group alone is masked (else it would be recovered by subtraction); "
            "the prioritaires and prioritaires_etat rows of one group and year are masked together (together they "
            "are all its attributions); a threshold under 5 needs USAGE_INTERNE and is written in the table's metadata.\n\n"
            "GROUP_BY financement: the attributions and the three objectives broken down by the financing of "
            "the attributed dwelling (RPLS finan: PLAI, PLUS, PLS, PLI, AUTRE) inside and outside QPV, one group "
            "per financing and side (\"PLAI hors QPV\", \"PLAI en QPV\"…), as bailleurs report it (domain.md "
            "5.3): hors_qpv_q1 has the \"hors QPV\" groups, qpv_q2_q4 the \"en QPV\" ones, prioritaires both.\n\n"
            "YEAR: the year of the lease; empty = every year (the yearly trend). OUTPUT_ATTRIBUTIONS holds one "
            "point per attribution at its dwelling: it is household-level, for internal use only (its metadata "
            "say so). OUTPUT_REPORT is a self-contained HTML page: one table per objective with a traffic light, "
            "the yearly trend, a map, the thresholds and the caveats."
        ).format(groups=", ".join("{} = {}".format(i, g) for i, g in enumerate(GROUP_BY)))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ATTRIBUTIONS, self.tr("Attributions (SNE table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOGEMENTS, self.tr("Dwellings (RPLS table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.QPV, self.tr("QPV polygons"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.QPV_ID, self.tr("QPV code field"), defaultValue="code_qpv", parentLayerParameterName=self.QPV,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.QPV_SOURCE, self.tr("QPV status of a dwelling from"), options=[
                {"localisation": self.tr("Its location in the QPV polygons"),
                 "code_qpv": self.tr("The QPV code of the RPLS")}[k] for k in QPV_SOURCES], defaultValue=0))
        # One table per year (the stock at 31/12/N − 1 sets the threshold of year N); a single
        # table, as before, still works.
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.DEMANDES, self.tr("Applications in progress (SNE demandes), one table per year, for the computed "
                                   "quartiles"), QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DEMANDES_DATES, self.tr("Date of each applications table (yyyy-mm-dd;…, empty = its latest "
                                         "date_depot)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.Q1_THRESHOLD, self.tr("Published Q1 threshold (annual income per UC, euros)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Published Q1 thresholds per EPCI and year (epci:year=value;…)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.EPCI, self.tr("EPCI code of the dwellings (when the territory is one EPCI)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes with their EPCI (depcom, code_epci)"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (empty = every year)"), QgsProcessingParameterNumber.Integer, optional=True,
            minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterEnum(
            self.GROUP_BY, self.tr("Group by"), options=[
                {"epci": self.tr("EPCI"), "commune": self.tr("Commune"), "bailleur": self.tr("Bailleur"),
                 "reservataire": self.tr("Réservataire"), "qpv": self.tr("QPV"),
                 "financement": self.tr("Financing of the dwelling (PLAI / PLUS / PLS), in and outside QPV")}[k]
                for k in GROUP_BY],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.TARGETS, self.tr("Targets (%)"), defaultValue=DEFAULT_TARGETS))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USAGE_INTERNE, self.tr("Internal use (allows a threshold under 5)"), defaultValue=False))
        for name, label in ((self.MAPPING_ATTRIBUTIONS, self.tr("Field mapping of the attributions (canonical=source;…)")),
                            (self.MAPPING_LOGEMENTS, self.tr("Field mapping of the dwellings (canonical=source;…)")),
                            (self.MAPPING_DEMANDES, self.tr("Field mapping of the applications (canonical=source;…)"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SEPARATOR, self.tr("Separator of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Attribution objectives"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_THRESHOLDS, self.tr("Quartile thresholds used"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ATTRIBUTIONS, self.tr("Attributions (points, internal use)"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        group_by = GROUP_BY[self.parameterAsEnum(parameters, self.GROUP_BY, context)]
        targets = objectifs.parse_targets(self.parameterAsString(parameters, self.TARGETS, context))
        usage_interne = self.parameterAsBool(parameters, self.USAGE_INTERNE, context)
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context),
                                           usage_interne)
        published_table = objectifs.parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
        published = (self.parameterAsDouble(parameters, self.Q1_THRESHOLD, context)
                     if parameters.get(self.Q1_THRESHOLD) not in (None, "") else None)

        self.step(feedback, 2, self.tr("Reading the attributions…"))
        attributions, nb_read = self._attributions(parameters, context, feedback)

        self.step(feedback, 15, self.tr("Reading the dwellings…"))
        dwellings, points = self._dwellings(parameters, context, feedback)

        limits = None
        snapshots = []
        if self._demandes_values(parameters):
            self.step(feedback, 25, self.tr("Quartile limits from the applications…"))
            snapshots = self._snapshots(parameters, context, feedback)
            limits = pd.concat([snap["limites"] for snap in snapshots], ignore_index=True)
        if "revenu_mensuel" not in attributions and "quartile" not in attributions:
            raise PeuplementError("Les attributions n'ont ni revenu mensuel (Revenu mensuel) ni quartile : les "
                                  "objectifs de revenu ne peuvent pas être calculés. Indiquez la colonne dans "
                                  "MAPPING_ATTRIBUTIONS, par exemple « revenu_mensuel=RESSOURCES ».")
        if "relogement_renouvellement" not in attributions:
            feedback.pushWarning(self.tr("The attributions have no relogement column: only the Q1 households count "
                                         "for the hors QPV objective."))
        if limits is None and published is None and not published_table and "quartile" not in attributions:
            raise PeuplementError("Aucun seuil de 1er quartile : indiquez les demandes en cours (DEMANDES), le "
                                  "seuil publié (Q1_THRESHOLD) ou la table des seuils publiés (THRESHOLDS).")

        self.step(feedback, 35, self.tr("QPV status of the dwellings…"))
        qpv_layer = self._qpv_layer(parameters, context)
        status, code_qpv, sources = self._qpv_status(parameters, context, feedback, dwellings, points, qpv_layer)

        self.step(feedback, 50, self.tr("Attributions to their dwellings…"))
        position = pd.Index(dwellings["logement_id"]).get_indexer(attributions["logement_id"])
        orphans = int((position < 0).sum())
        if orphans:
            lost = pd.Series(position < 0, index=attributions.index)
            feedback.pushWarning(self.tr("{} attribution(s) of a dwelling absent from the dwellings table, QPV "
                                         "status, commune and EPCI unknown: row(s) {} (logement_id {}).").format(
                orphans, importer.rows_text(lost),
                importer.examples(attributions.loc[lost.to_numpy(), "logement_id"])))

        def spread(values):
            values = np.append(np.asarray(values, dtype=object), None)
            return values[np.where(position < 0, len(values) - 1, position)]

        epci_of_dwellings, constant_epci = self._epci(parameters, context, feedback, dwellings, limits,
                                                      published_table)
        attributions["epci"] = constant_epci if constant_epci is not None else spread(epci_of_dwellings)
        attributions["depcom"] = spread(dwellings["depcom"]) if "depcom" in dwellings else None
        attributions["code_qpv"] = spread(code_qpv)
        attributions["en_qpv"] = pd.to_numeric(pd.Series(spread(status), index=attributions.index),
                                                errors="coerce").astype("float64")
        own = attributions["bailleur"] if "bailleur" in attributions else \
            pd.Series(None, index=attributions.index, dtype=object)
        if "bailleur" in dwellings:
            own = own.where(own.notna(), pd.Series(spread(dwellings["bailleur"]), index=attributions.index))
        attributions["bailleur"] = own
        # the financing of the attributed dwelling (RPLS finan: PLAI, PLUS, PLS, PLI, AUTRE)
        attributions["finan"] = spread(dwellings["finan"]) if "finan" in dwellings else None

        self.step(feedback, 60, self.tr("Quartiles of the attributions…"))
        pairs = list(dict.fromkeys(zip(attributions["epci"], attributions["annee"].astype(int))))
        region_idf = self._region_idf(attributions, snapshots, feedback)
        for snap in snapshots:
            snap["limites_idf"] = quartiles.limites_region(snap["frame"], region_idf) if region_idf else None
        seuils, other_years = objectifs.seuils_par_annee(sorted(pairs, key=lambda p: (str(p[0]), p[1])),
                                                         snapshots, published, published_table, region_idf)
        for epci, year, made_for in other_years:
            feedback.pushWarning(self.tr("EPCI {}: the attributions of {} are classified with the threshold of {} "
                                         "(applications at 31/12/{}): no applications table dated 31/12/{} was "
                                         "given.").format(epci, year, made_for, made_for - 1, year - 1))
        for _, row in seuils[seuils["source"].isna()].iterrows():
            feedback.pushWarning(self.tr("No Q1 threshold for EPCI {} in {}: the quartile of the source is used "
                                         "where given.").format(row["epci"], row["annee"]))
        attributions = objectifs.classer(attributions, seuils)
        dalo, prio = (attributions[name].astype("boolean") if name in attributions else None
                      for name in ("dalo", "prioritaire"))
        if dalo is None and prio is None:
            attributions["public_prioritaire"] = pd.NA
        else:
            attributions["public_prioritaire"] = (False if dalo is None else dalo) | (False if prio is None else prio)
        attributions["groupe"] = self._groups(attributions, group_by)

        self.step(feedback, 70, self.tr("Objectives…"))
        if "dalo" not in attributions and "prioritaire" not in attributions:
            feedback.pushWarning(self.tr("The attributions have no DALO nor priority column: the prioritaires "
                                         "objective is not computed."))
        table = objectifs.tableau(attributions, targets, group_by)
        table, territory_masked = objectifs.appliquer_secret(table, threshold)
        note = secret.metadata_note(threshold, usage_interne)
        feedback.pushInfo(self.tr("{} row(s), {} masked by the secret statistique (threshold {}).").format(
            len(table), int(table["secret"].sum()), threshold))
        for year, objectif in territory_masked:
            feedback.pushWarning(self.tr("{} {}: a single group holds attributions and it is masked: the "
                                         "territory's own figure must not be published either.").format(
                                             objectif, year))
        for objectif in objectifs.OBJECTIFS:
            part = table[table["objectif"] == objectif]
            missed = part[part["statut"].isin(["proche", "non atteint"])]
            feedback.pushInfo(self.tr("{}: {} row(s), {} below the target of {} %.").format(
                objectif, len(part), len(missed), targets[objectif]))
        etat = table[table["objectif"] == objectifs.OBJECTIF_ETAT]
        if len(etat):
            feedback.pushInfo(self.tr("The State's contingent (réservataires 1, 2, 5): {} row(s) with its share of "
                                      "priority households and no verdict; the prioritaires rates count the other "
                                      "réservataires only.").format(len(etat)))
        elif "reservataire" not in attributions and "prioritaires" in set(table["objectif"]):
            feedback.pushWarning(self.tr("The attributions have no réservataire: the State's contingent cannot be "
                                         "set aside from the prioritaires rates (the law sets 25 % for the other "
                                         "réservataires only)."))

        self.step(feedback, 80, self.tr("Writing the outputs…"))
        results = self._write_tables(parameters, context, table, seuils,
                                     _table_metadata(note, threshold, usage_interne))
        x, y, crs = self._attribution_points(attributions, position, points, qpv_layer)
        results[self.OUTPUT_ATTRIBUTIONS] = self._write_points(parameters, context, feedback, attributions, x, y, crs)

        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            self.step(feedback, 95, self.tr("Writing the report…"))
            precautions = {"nb_attributions": nb_read,
                           "nb_revenu_inconnu": int(attributions["q1"].isna().sum()),
                           "nb_uc_approchees": int(attributions["uc_approchee"].sum()),
                           "nb_sans_logement": orphans}
            if sources.get("desaccords") is not None:
                precautions["nb_desaccords_qpv"], precautions["exemples_desaccords"] = sources["desaccords"]
            carte = {"x": x, "y": y, "en_qpv": attributions["en_qpv"].to_numpy(dtype="float64"),
                     "qpv": qpv_layer["shapes"] if qpv_layer else None,
                     "fond": self._communes_outlines(parameters, context, crs)}
            text = rapport_objectifs.rapport_html(table, seuils, carte, precautions, niveau=group_by,
                                                  sources=sources["phrases"] + [note])
            results[self.OUTPUT_REPORT] = self.write_file_output(report, text)
        return results

    # ------------------------------------------------------------------------------ reading

    def _attributions(self, parameters, context, feedback):
        overrides = importer.parse_mapping(self.parameterAsString(parameters, self.MAPPING_ATTRIBUTIONS, context))
        raw, _, label = read_table(self, parameters, self.ATTRIBUTIONS, context, feedback, "attributions", overrides)
        result = importer.canonicalise(raw, "attributions", overrides, source_name=label)
        push_report(feedback, result)
        frame = result.frame.copy()
        frame["annee"] = frame["date_attribution"].dt.year.astype(int)
        found = sorted(frame["annee"].unique().tolist())
        if parameters.get(self.YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, self.YEAR, context)
            if year not in found:
                raise PeuplementError("YEAR {} : aucune attribution cette année-là dans {} (années présentes : "
                                      "{}).".format(year, label, ", ".join(map(str, found))))
            frame = frame[frame["annee"] == year]
        feedback.pushInfo(self.tr("{} attribution(s), year(s) {}.").format(
            len(frame), ", ".join(map(str, sorted(frame["annee"].unique())))))
        return frame.reset_index(drop=True), len(frame)

    def _dwellings(self, parameters, context, feedback):
        needed = ("logement_id", "depcom", "code_qpv", "bailleur", "finan", "x", "y", "epsg")
        overrides = importer.parse_mapping(self.parameterAsString(parameters, self.MAPPING_LOGEMENTS, context))
        overrides = {k: v for k, v in overrides.items() if k in needed}
        raw, points_crs, label = read_table(self, parameters, self.LOGEMENTS, context, feedback, "logements",
                                            overrides, needed)
        result = importer.canonicalise(raw, "logements", overrides, required=("logement_id",), source_name=label)
        push_report(feedback, result)
        dwellings = result.frame
        if frames.POINT_X in raw.columns:
            rows = dwellings.index.to_numpy()
            x, y = raw[frames.POINT_X].to_numpy()[rows], raw[frames.POINT_Y].to_numpy()[rows]
            points = [(x, y, points_crs)] if np.isfinite(x).any() else None
        elif "x" in dwellings and "y" in dwellings:
            x = dwellings["x"].to_numpy(dtype="float64", na_value=np.nan)
            y = dwellings["y"].to_numpy(dtype="float64", na_value=np.nan)
            if "epsg" in dwellings and dwellings["epsg"].notna().any():
                epsg = dwellings["epsg"].fillna(DEFAULT_EPSG).astype(int).to_numpy()
            else:
                feedback.pushInfo(self.tr("No EPSG column: x / y read as EPSG:{}.").format(DEFAULT_EPSG))
                epsg = np.full(len(dwellings), DEFAULT_EPSG)
            points = [(np.where(epsg == code, x, np.nan), np.where(epsg == code, y, np.nan), "EPSG:{}".format(code))
                      for code in np.unique(epsg)]
        else:
            points = None
        return dwellings.reset_index(drop=True), points

    def _demandes_values(self, parameters):
        """The DEMANDES tables as given: one value (old single-table calls) or a list."""
        value = parameters.get(self.DEMANDES)
        if value in (None, ""):
            return []
        if not isinstance(value, (list, tuple)):
            value = [value]
        return [item for item in value if item not in (None, "")]

    def _read_demandes(self, item, context, feedback, overrides):
        """One DEMANDES table (a CSV path, a layer or its source) as a raw frame and a label."""
        if isinstance(item, str) and is_delimited_path(item.split("|")[0]):
            path = item.split("|")[0]
            encoding = self._encoding or "auto"
            separator = self._separator or "auto"
            return read_delimited(path, encoding, separator), path
        layer = item if hasattr(item, "getFeatures") else QgsProcessingUtils.mapLayerFromString(str(item), context)
        if layer is None:
            raise PeuplementError("DEMANDES : couche introuvable ou illisible : {}.".format(item))
        return frames.layer_to_frame(layer, None, False, feedback), layer.source().split("|")[0]

    def _snapshots(self, parameters, context, feedback):
        """One stock of demandes per DEMANDES table: its date (DEMANDES_DATES, else its latest
        date_depot), the year it serves (the date's year + 1, domain.md 5.2), its
        limits per EPCI and its canonical frame."""
        overrides = importer.parse_mapping(self.parameterAsString(parameters, self.MAPPING_DEMANDES, context))
        self._encoding = self.parameterAsString(parameters, self.ENCODING, context)
        self._separator = self.parameterAsString(parameters, self.SEPARATOR, context)
        values = self._demandes_values(parameters)
        dates_text = (self.parameterAsString(parameters, self.DEMANDES_DATES, context) or "").strip()
        dates = [d.strip() for d in dates_text.split(";")] if dates_text else []
        if len(dates) > len(values):
            raise PeuplementError("DEMANDES_DATES : {} date(s) pour {} table(s) de demandes.".format(
                len(dates), len(values)))
        snapshots = []
        for number, item in enumerate(values):
            raw, label = self._read_demandes(item, context, feedback, overrides)
            # A demande without a known income is still in the stock: counted in nb_demandes,
            # left out of the limits (nb_demandes_revenu_connu).
            result = importer.canonicalise(raw, "demandes", overrides,
                                           required=("demande_id", "nb_personnes", "epci"), source_name=label)
            push_report(feedback, result)
            frame = result.frame
            if "revenu_mensuel" not in frame:
                raise PeuplementError("DEMANDES ({}) : pas de revenu mensuel (REVENU_MENSUEL) : les quartiles ne "
                                      "peuvent pas être calculés.".format(label))
            given = dates[number] if number < len(dates) else ""
            if given:
                date = pd.to_datetime(given, errors="coerce", format="%Y-%m-%d")
                if pd.isna(date):
                    raise PeuplementError("DEMANDES_DATES : « {} » n'est pas une date aaaa-mm-jj.".format(given))
                how = "DEMANDES_DATES"
            else:
                date = quartiles.date_du_stock(frame)
                how = "date_depot"
                if pd.isna(date):
                    raise PeuplementError("DEMANDES ({}) : aucune date de dépôt connue pour dater le stock ; "
                                          "indiquez sa date dans DEMANDES_DATES.".format(label))
            year = quartiles.annee_servie(date)
            limits = quartiles.limites_par_epci(frame)
            feedback.pushInfo(self.tr("Applications {}: stock at {} ({}), threshold of {}.").format(
                label, date.date().isoformat(), how, year))
            for _, row in limits.iterrows():
                feedback.pushInfo(self.tr("EPCI {}: Q1 ≤ {:.0f}, Q2 ≤ {:.0f}, Q3 ≤ {:.0f} € per UC, from {} "
                                          "application(s) with a known income ({} in all).").format(
                    row["epci"], row["limite_q1"], row["limite_q2"], row["limite_q3"],
                    row["nb_demandes_revenu_connu"], row["nb_demandes"]))
            snapshots.append({"annee": year, "date": date, "limites": limits, "frame": frame, "label": label})
        years = [snap["annee"] for snap in snapshots]
        for year in sorted({y for y in years if years.count(y) > 1}):
            labels = [snap["label"] for snap in snapshots if snap["annee"] == year]
            raise PeuplementError("DEMANDES : plusieurs tables servent l'année {} ({}) : une table de demandes par "
                                  "année, datée du 31/12 de l'année précédente (DEMANDES_DATES).".format(
                                      year, ", ".join(labels)))
        return snapshots

    def _region_idf(self, attributions, snapshots, feedback):
        """The EPCI of Île-de-France: those of the attributions whose dwelling's commune is in
        the region, and those of the demandes whose first wished commune is (domain.md 5.2:
        one regional threshold for every EPCI of the region)."""
        found = set()
        if "depcom" in attributions and attributions["depcom"].notna().any():
            zones = plafonds.zone_of_depcom(pd.Series(attributions["depcom"].to_numpy(dtype=object)))
            inside = zones.isin(["paris_limitrophes", "ile_de_france_autres"]).to_numpy()
            found |= set(str(e) for e in attributions.loc[inside, "epci"].dropna())
        for snap in snapshots:
            frame = snap["frame"]
            if "communes_souhaitees" not in frame:
                continue
            wished = frame["communes_souhaitees"].astype(object)
            codes_, uniques = pd.factorize(wished.to_numpy())  # once per distinct list of communes
            firsts = np.array([str(v).replace(";", ",").split(",")[0].strip() if isinstance(v, str) else None
                               for v in uniques] + [None], dtype=object)
            first = pd.Series(firsts[codes_], index=wished.index, dtype=object)
            zones = plafonds.zone_of_depcom(pd.Series(first.to_numpy(dtype=object)))
            inside = zones.isin(["paris_limitrophes", "ile_de_france_autres"]).to_numpy()
            found |= set(str(e) for e in frame.loc[inside, "epci"].dropna())
        if found:
            feedback.pushInfo(self.tr("Île-de-France: one regional Q1 threshold for the EPCI {} (computed over "
                                      "their applicants together, or THRESHOLDS IDF:year=value).").format(
                                          ", ".join(sorted(found))))
        return found

    def _qpv_layer(self, parameters, context):
        source = self.parameterAsSource(parameters, self.QPV, context)
        if source is None:
            return None
        id_field = self.parameterAsString(parameters, self.QPV_ID, context) or "code_qpv"
        if id_field not in source.fields().names():
            raise PeuplementError("QPV : le champ « {} » n'existe pas (champs : {}). Indiquez QPV_ID.".format(
                id_field, ", ".join(source.fields().names())))
        frame, _, crs_wkt, _ = frames.parameter_frame(self, parameters, self.QPV, context, columns=[id_field],
                                                      with_geometry=True)
        ids = levels.normalise_keys(frame[id_field])
        shapes = frames.shapely_geometries(frame[frames.GEOMETRY].tolist())
        return {"ids": ids.tolist(), "polygons": shapes, "shapes": list(zip(ids.tolist(), shapes)), "crs": crs_wkt,
                "source_crs": source.sourceCrs()}

    def _qpv_status(self, parameters, context, feedback, dwellings, points, qpv_layer):
        """(en_qpv 1.0 / 0.0 / NaN per dwelling, code_qpv or None, {phrases, desaccords})."""
        wanted = QPV_SOURCES[self.parameterAsEnum(parameters, self.QPV_SOURCE, context)]
        by_location = None
        if qpv_layer is not None and points is not None:
            found = pd.Series([None] * len(dwellings), dtype=object)
            located = np.zeros(len(dwellings), dtype=bool)
            for x, y, crs in points:
                codes_ = levels.assign_by_location(x, y, crs, qpv_layer["polygons"], qpv_layer["ids"],
                                                   qpv_layer["crs"], self._progress(feedback))
                if codes_ is None:
                    raise Cancelled()
                found = found.where(found.notna(), codes_)
                located |= np.isfinite(x) & np.isfinite(y)
            status = np.where(located, found.notna().to_numpy().astype(float), np.nan)
            by_location = (status, found.where(found.notna(), None).to_numpy(dtype=object))
        by_code = None
        if "code_qpv" in dwellings:
            code = dwellings["code_qpv"].fillna("").astype(str)
            by_code = ((code != "").to_numpy().astype(float), code.where(code != "", None).to_numpy(dtype=object))
        if by_location is None and by_code is None:
            raise PeuplementError("Statut QPV des logements introuvable : donnez la couche des QPV (QPV) et les "
                                  "coordonnées des logements (X, Y, EPSG du RPLS), ou un code QPV dans les "
                                  "logements (PLG_QP24, QPV_CODE).")
        phrases = []
        if wanted == "localisation" and by_location is None:
            feedback.pushWarning(self.tr("No QPV layer or no dwelling coordinates: the QPV status comes from the "
                                         "code_qpv of the dwellings."))
            wanted = "code_qpv"
        elif wanted == "code_qpv" and by_code is None:
            feedback.pushWarning(self.tr("The dwellings have no code_qpv: the QPV status comes from their location."))
            wanted = "localisation"
        chosen = by_location if wanted == "localisation" else by_code
        phrases.append("Statut QPV des logements : {}.".format(
            "localisation des logements (X, Y du RPLS) dans la couche des QPV" if wanted == "localisation"
            else "code QPV de la table des logements"))
        feedback.pushInfo(self.tr("QPV status from: {}.").format(wanted))
        disagreements = None
        if by_location is not None and by_code is not None:
            count, ids = objectifs.desaccords_qpv(dwellings["logement_id"], by_location[0], by_code[0])
            disagreements = (count, ids)
            if count:
                feedback.pushWarning(self.tr("{} dwelling(s) whose QPV status by location differs from their "
                                             "code_qpv, e.g. {}.").format(count, ", ".join(ids)))
            else:
                feedback.pushInfo(self.tr("The QPV status by location and the code_qpv of the dwellings agree."))
        unknown = int(np.isnan(chosen[0]).sum())
        if unknown:
            feedback.pushWarning(self.tr("{} dwelling(s) without a known QPV status (no coordinates).").format(unknown))
        return chosen[0], chosen[1], {"phrases": phrases, "desaccords": disagreements}

    def _epci(self, parameters, context, feedback, dwellings, limits, published_table):
        """(EPCI of each dwelling or None, the one EPCI of every attribution or None)."""
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is not None:
            names = communes.fields().names()
            epci_field = next((f for f in names if f.lower() in EPCI_FIELDS), None)
            depcom_field = next((f for f in names if f.lower() in DEPCOM_FIELDS), None)
            if epci_field is None or depcom_field is None:
                raise PeuplementError("COMMUNES : champs depcom et code_epci attendus (champs : {}).".format(
                    ", ".join(names)))
            if "depcom" not in dwellings:
                raise PeuplementError("COMMUNES : les logements n'ont pas de commune (DEPCOM).")
            frame, _, _, _ = frames.parameter_frame(self, parameters, self.COMMUNES, context,
                                                    columns=[depcom_field, epci_field])
            table = pd.Series(levels.normalise_keys(frame[epci_field]).to_numpy(),
                              index=levels.normalise_keys(frame[depcom_field]).to_numpy())
            table = table[~table.index.duplicated()]
            found = levels.normalise_keys(dwellings["depcom"]).map(table)
            missing = int(found.isna().sum())
            if missing:
                feedback.pushWarning(self.tr("{} dwelling(s) whose commune is not in COMMUNES: EPCI unknown.")
                                     .format(missing))
            return found.where(found.notna(), None).to_numpy(dtype=object), None
        code = (self.parameterAsString(parameters, self.EPCI, context) or "").strip()
        if code:
            return None, code
        candidates = set()
        if limits is not None:
            candidates |= set(str(e) for e in limits["epci"])
        candidates |= set(epci for epci, _ in published_table if epci != quartiles.REGION_IDF)
        if len(candidates) == 1:
            code = candidates.pop()
            feedback.pushInfo(self.tr("Every dwelling taken in EPCI {} (the only EPCI of the thresholds).")
                              .format(code))
            return None, code
        if len(candidates) > 1:
            raise PeuplementError("Plusieurs EPCI dans les demandes ou les seuils ({}) : donnez la table des "
                                  "communes et de leur EPCI (COMMUNES) ou le code de l'EPCI (EPCI).".format(
                                      ", ".join(sorted(candidates))))
        return np.full(len(dwellings), None, dtype=object), None

    @staticmethod
    def _groups(attributions, group_by):
        """The group of each attribution; an unknown one is a group of its own ("non
        renseigné"), so that every attribution counts in the prioritaires objective."""
        if group_by == "reservataire":
            if "reservataire" not in attributions:
                raise PeuplementError("GROUP_BY réservataire : les attributions n'ont pas de réservataire "
                                      "(colonne Réservataire / contingent).")
            reservataire = attributions["reservataire"]
            codes_, uniques = pd.factorize(reservataire.to_numpy())  # once per distinct contingent
            names = np.array(["{} {}".format(int(c), codes.CONTINGENT.get(int(c), "")) for c in uniques] + [None],
                             dtype=object)
            groups = pd.Series(names[codes_], index=reservataire.index, dtype=object)
        elif group_by == "qpv":
            status = attributions["en_qpv"]
            groups = attributions["code_qpv"].astype(object).where(status == 1.0, None)
            groups = groups.where(status != 0.0, levels.HORS_QPV)
        elif group_by == "financement":
            # the financing of the attributed dwelling, inside / outside QPV (domain.md 5.3)
            if "finan" not in attributions or attributions["finan"].isna().all():
                raise PeuplementError("GROUP_BY financement : les logements n'ont pas de financement (FINAN, "
                                      "FINAN_CODE du RPLS).")
            finan = attributions["finan"].astype(object).where(attributions["finan"].notna(), NON_RENSEIGNE)
            status = attributions["en_qpv"]
            side = np.where(status == 1.0, "en QPV", np.where(status == 0.0, "hors QPV", "statut QPV inconnu"))
            groups = (finan.astype(str) + " " + pd.Series(side, index=attributions.index)).astype(object)
        else:
            column = {"epci": "epci", "commune": "depcom", "bailleur": "bailleur"}[group_by]
            groups = attributions[column] if column in attributions else \
                pd.Series(None, index=attributions.index, dtype=object)
        groups = groups.astype(object)
        return groups.where(groups.notna(), NON_RENSEIGNE)

    # ------------------------------------------------------------------------------ writing

    def _write_tables(self, parameters, context, table, seuils, metadata):
        types = {name: FieldType.Int for name in objectifs.INT_FIELDS}
        types["secret"] = FieldType.Bool
        types.update({"part_public": FieldType.Double, "objectif_pct": FieldType.Double,
                      "ecart_points": FieldType.Double, "part_dalo": FieldType.Double, "perimetre": FieldType.String,
                      "statut": FieldType.String})
        fields = sinks.fields_for(table, types)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        sinks.write_frame(sink, table, fields)
        seuil_types = {"annee": FieldType.Int, "nb_demandes": FieldType.Int, "nb_demandes_revenu_connu": FieldType.Int,
                       "nb_uc_approchees": FieldType.Int, "epci": FieldType.String, "source": FieldType.String,
                       "limite_q1": FieldType.Double, "limite_q2": FieldType.Double, "limite_q3": FieldType.Double,
                       "limite_q1_calculee": FieldType.Double, "annee_seuil": FieldType.Int,
                       "date_demandes": FieldType.String, "perimetre": FieldType.String, "origine": FieldType.String}
        seuil_fields = sinks.fields_for(seuils, seuil_types)
        seuil_sink, seuil_id = self.parameterAsSink(parameters, self.OUTPUT_THRESHOLDS, context, seuil_fields,
                                                    QgsWkbTypes.NoGeometry)
        sinks.write_frame(seuil_sink, seuils, seuil_fields)
        self.style_output(context, dest_id, "objectifs_attribution.qml", self.tr("Attribution objectives"),
                          metadata=metadata)
        self.style_output(context, seuil_id, "seuils_quartiles.qml", self.tr("Quartile thresholds used"))
        return {self.OUTPUT: dest_id, self.OUTPUT_THRESHOLDS: seuil_id}

    @staticmethod
    def _attribution_points(attributions, position, points, qpv_layer):
        """x, y of each attribution's dwelling in one CRS (the QPV layer's, else the first
        EPSG of the dwellings), and that CRS (as text pyproj and QGIS both read)."""
        n = len(attributions)
        if points is None:
            return np.full(n, np.nan), np.full(n, np.nan), None
        target = qpv_layer["crs"] if qpv_layer is not None and qpv_layer["crs"] else points[0][2]
        x = np.full(len(points[0][0]), np.nan)
        y = np.full(len(points[0][0]), np.nan)
        for px, py, crs in points:
            keep = np.isfinite(px) & np.isfinite(py)
            if not keep.any():
                continue
            tx, ty = spatial.transform_points(px[keep], py[keep], crs, target)
            x[keep], y[keep] = tx, ty
        x, y = np.append(x, np.nan), np.append(y, np.nan)
        rows = np.where(position < 0, len(x) - 1, position)
        return x[rows], y[rows], target

    def _write_points(self, parameters, context, feedback, attributions, x, y, crs):
        output = pd.DataFrame({name: attributions[name] if name in attributions else None
                               for name in objectifs.POINT_FIELDS})
        for flag in ("en_qpv", "q1"):  # 1.0 / 0.0 / NaN → True / False / None, by column
            values = pd.to_numeric(output[flag], errors="coerce")
            output[flag] = pd.Series(np.where(values.isna(), None, values == 1.0), index=output.index, dtype=object)
        kinds = {"text": FieldType.String, "int": FieldType.Int, "float": FieldType.Double, "bool": FieldType.Bool,
                 "date": FieldType.Date}
        types = {name: kinds[kind] for name, kind in objectifs.POINT_FIELDS.items()}
        fields = sinks.fields_for(output, types)
        qgs_crs = QgsCoordinateReferenceSystem(crs) if crs else QgsCoordinateReferenceSystem()
        if crs and not qgs_crs.isValid():
            qgs_crs = QgsCoordinateReferenceSystem.fromWkt(crs)
        dest_id, completed = bulk.write_layer(self, parameters, self.OUTPUT_ATTRIBUTIONS, context, output, fields,
                                              QgsWkbTypes.Point, qgs_crs, wkb=bulk.point_wkb(x, y),
                                              feedback=feedback, progress=(85, 95))
        if not completed:
            raise Cancelled()
        self.style_output(context, dest_id, "attributions_objectifs.qml",
                          self.tr("Attributions (internal use)"), metadata=_metadata())
        self.describe_output(dest_id, _metadata().abstract())
        return dest_id

    def _communes_outlines(self, parameters, context, crs):
        """(name, polygon) of the COMMUNES when it is a polygon layer, in the map's CRS."""
        source = self.parameterAsSource(parameters, self.COMMUNES, context)
        if source is None or crs is None or \
                QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            return None
        names = source.fields().names()
        label = next((f for f in names if f.lower() in ("nom", "libelle", "nom_commune")), None) or \
            next((f for f in names if f.lower() in DEPCOM_FIELDS), None)
        frame, _, crs_wkt, _ = frames.parameter_frame(self, parameters, self.COMMUNES, context,
                                                      columns=[label] if label else [], with_geometry=True)
        shapes = frames.shapely_geometries(frame[frames.GEOMETRY].tolist())
        if crs_wkt and not spatial.same_crs(crs_wkt, crs):
            from pyproj import CRS, Transformer
            from shapely.ops import transform
            transformer = Transformer.from_crs(CRS.from_user_input(crs_wkt), CRS.from_user_input(crs), always_xy=True)
            shapes = [None if g is None else transform(transformer.transform, g) for g in shapes]
        labels = frame[label].tolist() if label else [""] * len(shapes)
        return list(zip(labels, shapes))

    @staticmethod
    def _progress(feedback):
        def report(fraction):
            feedback.setProgress(35 + 15 * fraction)
            return feedback.isCanceled()
        return report


def _table_metadata(note, threshold, usage_interne):
    metadata = QgsLayerMetadata()
    metadata.setTitle("Objectifs d'attribution (loi Égalité et Citoyenneté)")
    metadata.setAbstract(note)
    keywords = ["secret statistique", "seuil {}".format(threshold), "objectifs LEC"]
    if usage_interne:
        keywords.append("USAGE INTERNE")
    metadata.addKeywords("peuplement", keywords)
    return metadata


def _metadata():
    """The attributions layer is household-level (domain.md 6): internal use only."""
    metadata = QgsLayerMetadata()
    metadata.setTitle("Attributions et objectifs (niveau ménage)")
    metadata.setAbstract("USAGE INTERNE : une entité par attribution, au niveau du ménage (revenu par UC, quartile, "
                         "DALO, prioritaire, relogement). Couche à ne pas diffuser : aucune cellule ne respecte le "
                         "secret statistique (domain.md 6).")
    metadata.addKeywords("peuplement", ["USAGE INTERNE", "niveau ménage", "attributions", "objectifs LEC"])
    return metadata
