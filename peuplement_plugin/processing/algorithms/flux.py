"""peuplement:flux — entrants, sortants, rotation and mobility per unit and year, the
effet des flux on occupancy, origin → destination flows (table and flow lines) and the
departure motives per QPV / hors QPV (domain.md 3.3, 3.4, 3.6, 5.4, 5.6)."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsLayerMetadata,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...bridge import bulk, frames, sinks
from ...bridge.fieldtypes import FieldType
from ...core import flux, importer, levels, mobilite, plafonds, quartiles, secret, stock
from ...core.errors import PeuplementError
from ..base import Cancelled, PeuplementAlgorithm
from ..units import UnitJoin
from .import_table import push_report, read_table

TERRITOIRE = "__territoire__"


class Flux(UnitJoin, PeuplementAlgorithm):
    ATTRIBUTIONS = "ATTRIBUTIONS"
    MAPPING_ATTRIBUTIONS = "MAPPING_ATTRIBUTIONS"
    DEPARTS = "DEPARTS"
    MAPPING_DEPARTS = "MAPPING_DEPARTS"
    LOGEMENTS = "LOGEMENTS"
    MAPPING = "MAPPING"
    PERIOD_START = "PERIOD_START"
    PERIOD_END = "PERIOD_END"
    RPLS_DATE = "RPLS_DATE"
    MENAGES = "MENAGES"
    MAPPING_MENAGES = "MAPPING_MENAGES"
    DEMANDES = "DEMANDES"
    MAPPING_DEMANDES = "MAPPING_DEMANDES"
    Q1_THRESHOLD = "Q1_THRESHOLD"
    QPV = "QPV"
    QPV_ID = "QPV_ID"
    ENQUETE_MOBILITE = "ENQUETE_MOBILITE"
    MAPPING_ENQUETE = "MAPPING_ENQUETE"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    USAGE_INTERNE = "USAGE_INTERNE"
    ENCODING = "ENCODING"
    SEPARATOR = "SEPARATOR"
    OUTPUT = "OUTPUT"
    OUTPUT_FLOWS = "OUTPUT_FLOWS"
    OUTPUT_OD = "OUTPUT_OD"
    OUTPUT_MOTIFS = "OUTPUT_MOTIFS"
    OUTPUT_SERIES = "OUTPUT_SERIES"

    group_key = "flux"

    def name(self):
        return "flux"

    def displayName(self):  # noqa: N802
        return self.tr("Flows: entrants, sortants, rotation, mobility and OD flows")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.4 (taux de rotation, bailleur definition; taux de mobilité, "
            "the SDES definition of the RPLS publications: move-ins of the year into dwellings in service for"
            " at least a year), 5.6 (entrants, sortants, solde, effet des flux, mobility), 5.2 (first "
            "quartile: the threshold of the yearly arrêté, or computed from the demandes), 3.6 (enquête "
            "mobilité) and 6 (secret statistique).")

    def help_text(self):
        level_list = ", ".join("{} = {}".format(i, level) for i, level in enumerate(levels.LEVEL_IDS))
        return self.tr(
            "Entrants (attributions with a signed lease) and sortants (departures) of the period "
            "PERIOD_START – PERIOD_END per unit, and what they do to the occupancy (domain.md 5.4, 5.6).\n\n"
            "Per unit: nb_entrants, nb_sortants, solde = entrants − sortants, nb_mutations_sortantes "
            "(internal mutations), tx_rotation (bailleur definition) = departures of the year / "
            "dwellings in modes 1+2 at the start of the year, and tx_mobilite (SDES definition) = "
            "move-ins of the year into dwellings in service for at least a year (put in service "
            "before 1 January) / those dwellings: a building put in service during the year is "
            "excluded from both sides. Each year is computed on its own; the period figure is the "
            "ratio of the sums over the years (departures of all the years / dwellings at the start "
            "of each year, added up), never a mean of yearly rates. A year only partly in the period "
            "counts its stock in dwelling-years (dwellings × share of the year covered).\n\n"
            "Stock at the start of each year: the RPLS describes one date (RPLS_DATE, by default "
            "1 January of the year after its latest lease or vacancy date, or that day itself when "
            "it is a 1 January). For that year, the dwellings in modes 1+2 on that date; for any "
            "other year, the same dwellings put in service (LOCAT) before 1 January of the year. "
            "Approximation: no dwelling sold, demolished or taken out for works in between.\n\n"
            "An internal mutation (a departure with a destination dwelling) is a sortant of its "
            "origin; its entrant is the attribution of the destination dwelling, counted once as "
            "every attribution.\n\n"
            "Also: anciennete_moy (years since the lease, RPLS, at RPLS_DATE), "
            "anciennete_sortants_moy (from the latest known lease start of the dwelling before the "
            "departure: attributions, RPLS, OPS; leases older than the files are unknown, so this "
            "mean leans to short stays, n_anciennete_sortants says on how many), nb_relocations and "
            "delai_relocation_moy (days from a departure to the next attribution of the dwelling) "
            "and part_vacance_3mois (departures followed by more than 3 months without a lease).\n\n"
            "Yearly series: the units layer has one column per year (nb_entrants_2023, "
            "nb_sortants_2023, tx_rotation_2023, tx_mobilite_2023…) so a cartographer maps a year "
            "or the period without a join; OUTPUT_SERIES has one row per unit and year, the form a "
            "chart or a pivot table wants.\n\n"
            "Effet des flux: for Q1, resources under 40 % of the PLUS ceiling, personnes seules and "
            "familles monoparentales, the share among entrants, sortants and the stock (latest OPS "
            "of MENAGES) and effet_x = share among entrants − share in the stock, in points: "
            "positive, the turnover makes the unit poorer on that variable. Q1 threshold: "
            "Q1_THRESHOLD, or computed from DEMANDES (5.2). Entrants: revenu_mensuel × 12 / UC; "
            "stock: REVENU_ANNUEL / UC, an approximation (taxable income, not the resources of a "
            "demande); sortants: only when the departures carry a quartile. Entrants under 40 %: "
            "revenu_mensuel × 12 against the PLUS ceiling of the year of the lease (approximation); stock: "
            "TRANCHE_PLAFOND, else REVENU_ANNUEL against the ceilings of millésime − 1. The household "
            "category is that of the arrêté du 29 juillet 1987, annexe (domain.md 5.5): the number of "
            "persons; a single parent (COMPOSITION famille monoparentale: one person with dependants) one "
            "category above it; a young couple without dependant (ages adding up to 55 or less) category 3; "
            "a disabled member (HANDICAP) one category up, wherever the tables carry them.\n\n"
            "Mobility: OUTPUT_OD counts origin → destination per unit (echelle unite) and per QPV "
            "/ hors QPV (echelle qpv): the unit of the destination dwelling for an internal "
            "mutation, else the commune of destination when it is in the territory (the communes "
            "of the dwellings), \"hors EPCI\" for another commune, \"inconnu\" when nothing is known. "
            "With USAGE_INTERNE, echelle logement adds the internal mutations dwelling → dwelling "
            "(household-level rows, for the bailleur's own staff only). "
            "OUTPUT_FLOWS draws the mutations between two different units as lines from centroid "
            "to centroid, with the count and the share of the origin's departures. QPV (optional "
            "layer) places the dwellings in or out of a QPV by location; otherwise their code_qpv.\n\n"
            "OUTPUT_MOTIFS: distribution of the departure motives per QPV, hors QPV and ensemble, "
            "from the departures and from the optional mobility survey ENQUETE_MOBILITE (3.6: "
            "multiple choice separated by | ; , / +), with the mean satisfaction (1–5).\n\n"
            "Secret statistique (section 6): a profile share (and mean) resting on fewer than "
            "SECRET_THRESHOLD households (11) is NULL with secret = true, with the secondary secret "
            "among the units; a flow under the threshold is merged into an \"autres\" row of its "
            "origin and not drawn; a remainder under the threshold takes in the next smallest flows "
            "of its origin until it reaches it, and when all the origin's departures stay under it, "
            "the remainder is masked (NULL); a motive count under the threshold is masked, with the "
            "secondary secret within each sector and each motive, and so is the total n_secteur of a "
            "sector with fewer departures than the threshold. A threshold under 5 needs "
            "USAGE_INTERNE.\n\n"
            "LEVEL: {levels}.").format(levels=level_list)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ATTRIBUTIONS, self.tr("Attributions (SNE table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEPARTS, self.tr("Departures (table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOGEMENTS, self.tr("Dwellings (RPLS table, layer or CSV)"), [QgsProcessing.TypeVector]))
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterDateTime(
            self.PERIOD_START, self.tr("Start of the period (default: 1 January of the first flow)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.PERIOD_END, self.tr("End of the period, included (default: 31 December of the last flow)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.RPLS_DATE, self.tr("Date the RPLS describes (default: guessed from its dates)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MENAGES, self.tr("OPS households, for the stock side (latest millésime)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMANDES, self.tr("Applications (SNE), for the Q1 threshold"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.Q1_THRESHOLD, self.tr("Q1 threshold, annual income per UC (replaces DEMANDES)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.QPV, self.tr("QPV polygons"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.QPV_ID, self.tr("QPV code field of the QPV layer"), defaultValue="code_qpv"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ENQUETE_MOBILITE, self.tr("Mobility survey"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USAGE_INTERNE, self.tr("Internal use (allows a threshold under 5)"), defaultValue=False))
        for name, label in (
                (self.MAPPING_ATTRIBUTIONS, self.tr("Field mapping of the attributions (canonical=source;…)")),
                (self.MAPPING_DEPARTS, self.tr("Field mapping of the departures (canonical=source;…)")),
                (self.MAPPING, self.tr("Field mapping of the dwellings (canonical=source;…)")),
                (self.MAPPING_MENAGES, self.tr("Field mapping of the households (canonical=source;…)")),
                (self.MAPPING_DEMANDES, self.tr("Field mapping of the applications (canonical=source;…)")),
                (self.MAPPING_ENQUETE, self.tr("Field mapping of the survey (canonical=source;…)"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SEPARATOR, self.tr("Separator of the CSV files"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Flows per unit"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_FLOWS, self.tr("Flow lines (internal mutations)"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_OD, self.tr("Origin-destination table"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MOTIFS, self.tr("Departure motives"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SERIES, self.tr("Yearly series (one row per unit and year)"), QgsProcessing.TypeVector))

    # ------------------------------------------------------------------------------

    def _given(self, parameters, name):
        return parameters.get(name) not in (None, "")

    def _read(self, parameters, context, feedback, name, mapping_name, kind, required=None):
        overrides = importer.parse_mapping(self.parameterAsString(parameters, mapping_name, context))
        raw, _, label = read_table(self, parameters, name, context, feedback, kind, overrides)
        result = importer.canonicalise(raw, kind, overrides, required=required, source_name=label)
        push_report(feedback, result)
        return result.frame.reset_index(drop=True), label

    def compute(self, parameters, context, feedback):
        level, method = self.level_and_method(parameters, context)
        usage_interne = self.parameterAsBool(parameters, self.USAGE_INTERNE, context)
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context),
                                           usage_interne)

        self.step(feedback, 2, self.tr("Reading the attributions and the departures…"))
        attributions, _ = self._read(parameters, context, feedback, self.ATTRIBUTIONS, self.MAPPING_ATTRIBUTIONS,
                                     "attributions")
        departs, _ = self._read(parameters, context, feedback, self.DEPARTS, self.MAPPING_DEPARTS, "departs")

        self.step(feedback, 15, self.tr("Reading the dwellings…"))
        # x / y / epsg too: the flow lines start at the centre of a unit's dwellings when
        # there is no units layer, and a QPV layer places the dwellings by location.
        needed = self.join_fields(parameters, context, level, method) + (
            "mode_occupation", "annee_mise_location", "date_bail", "date_vacance", "depcom", "code_qpv",
            "x", "y", "epsg")
        dwellings, points = self.read_dwellings(parameters, context, feedback, tuple(dict.fromkeys(needed)))
        dwellings = dwellings.reset_index(drop=True)

        start, end = self._period(parameters, context, attributions, departs)
        reference = self._reference(parameters, context, dwellings, feedback)
        feedback.pushInfo(self.tr("Period {} – {}; RPLS state of {}.").format(
            start.date().isoformat(), end.date().isoformat(), reference.date().isoformat()))

        self.step(feedback, 25, self.tr("Placing the dwellings in the units…"))
        units, assigned, unit_ids = self.place_in_units(parameters, context, feedback, level, method,
                                                        dwellings, points, progress=(25, 40))
        dwellings[stock.UNIT] = assigned.to_numpy(dtype=object)
        if level == "etage":
            unit_ids = None  # the units layer lists buildings: the floors come from the dwellings
        dwellings["secteur"] = self._sectors(parameters, context, feedback, dwellings, points)
        position = pd.Index(dwellings["logement_id"].astype(str))
        attributions = self._attach(attributions, dwellings, position, "logement_id", feedback,
                                    self.tr("{} attribution(s) of a dwelling absent from the dwellings table, "
                                            "not counted: row(s) {} (logement_id {})."))
        departs = self._attach(departs, dwellings, position, "logement_id", feedback,
                               self.tr("{} departure(s) from a dwelling absent from the dwellings table, "
                                       "not counted: row(s) {} (logement_id {})."))
        has_destination = departs["destination_logement_id"].notna() if "destination_logement_id" in departs \
            else pd.Series(False, index=departs.index)
        departs["mutation"] = has_destination.astype(float)

        self.step(feedback, 45, self.tr("Profiles of the entrants, the sortants and the stock…"))
        limite_q1 = self._q1_threshold(parameters, context, feedback)
        zones = self._zones(attributions)
        profiles_a = flux.profils_attributions(attributions, limite_q1, zones)
        attributions = pd.concat([attributions, profiles_a.drop(columns=[c for c in profiles_a
                                                                        if c in attributions.columns])], axis=1)
        profiles_d = flux.profils_departs(departs)
        departs = pd.concat([departs, profiles_d], axis=1)
        menages = self._stock(parameters, context, feedback, dwellings, position, limite_q1)

        self.step(feedback, 55, self.tr("Computing the flows…"))
        observed = pd.to_datetime(attributions["date_attribution"], errors="coerce").max()
        table, series = flux.indicateurs_flux(dwellings, attributions, departs, start, end, reference, unit_ids,
                                              menages=menages, observed_until=max(observed, end)
                                              if pd.notna(observed) else end)

        parents = self._parents(table.index, level)
        table["secret"] = False
        table = secret.apply_shares(table, flux.share_denominators(), threshold, parents)
        flux.add_effects(table)
        masked = int(table["secret"].sum())
        note = secret.metadata_note(threshold, usage_interne)
        feedback.pushInfo(self.tr("{} unit(s), {} with a share masked by the secret statistique (threshold {}).")
                          .format(len(table), masked, threshold))
        feedback.pushInfo(note)

        self.step(feedback, 65, self.tr("Origin-destination flows…"))
        od = self._od(departs, dwellings, position, start, end, threshold, usage_interne)
        feedback.pushInfo(self.tr("{} origin-destination row(s).").format(len(od)))

        self.step(feedback, 70, self.tr("Departure motives…"))
        motifs = self._motifs(parameters, context, feedback, departs, dwellings, position, start, end, threshold)

        self.step(feedback, 75, self.tr("Writing…"))
        table.insert(0, "periode_debut", start)
        table.insert(1, "periode_fin", end)
        types = {name: FieldType.Int for name in table.columns
                 if name.startswith(("nb_", "n_")) or name == "solde"}
        types.update({"secret": FieldType.Bool, "periode_debut": FieldType.Date, "periode_fin": FieldType.Date})
        for name in table.columns:
            if name not in types and name not in ("periode_debut", "periode_fin"):
                types[name] = FieldType.Double
        dest_id = self.write_units(parameters, context, feedback, level, table, units, types, progress=(75, 85))
        metadata = _metadata(note, threshold, usage_interne, start, end)
        self.style_output(context, dest_id, "flux.qml",
                          self.tr("Flows {} – {} — {}").format(start.year, end.year, levels.LEVEL_LABELS[level]),
                          metadata=metadata)

        flows_id = self._write_flows(parameters, context, feedback, od, dwellings, units, level)
        self.style_output(context, flows_id, "flux_lignes.qml", self.tr("Flow lines {} – {}").format(
            start.year, end.year), metadata=metadata)
        od_id = self._write_table(parameters, context, self.OUTPUT_OD, od,
                                  {"nb_departs": FieldType.Int, "nb_flux_regroupes": FieldType.Int,
                                   "part_departs_origine": FieldType.Double, "secret": FieldType.Bool})
        self.style_output(context, od_id, "flux_od.qml", self.tr("Origin-destination {} – {}").format(
            start.year, end.year), metadata=metadata)
        motifs_id = self._write_table(parameters, context, self.OUTPUT_MOTIFS, motifs,
                                      {"nb": FieldType.Int, "n_secteur": FieldType.Int, "part": FieldType.Double,
                                       "satisfaction_moy": FieldType.Double, "secret": FieldType.Bool})
        self.style_output(context, motifs_id, "flux_motifs.qml", self.tr("Departure motives {} – {}").format(
            start.year, end.year), metadata=metadata)
        series = series.rename(columns={stock.UNIT: "unite"})
        series_types = {name: FieldType.Int for name in series.columns if name.startswith("nb_")}
        series_types.update({"annee": FieldType.Int, "solde": FieldType.Int})
        series_id = self._write_table(parameters, context, self.OUTPUT_SERIES, series, series_types)
        self.style_output(context, series_id, "flux_series.qml", self.tr("Yearly flows {} – {}").format(
            start.year, end.year))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.OUTPUT_FLOWS: flows_id, self.OUTPUT_OD: od_id,
                self.OUTPUT_MOTIFS: motifs_id, self.OUTPUT_SERIES: series_id}

    # ------------------------------------------------------------------------------

    def _date(self, parameters, context, name):
        if not self._given(parameters, name):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if not value.isValid():
            return None
        date = value.date()
        return pd.Timestamp(date.year(), date.month(), date.day())

    def _period(self, parameters, context, attributions, departs):
        dates = pd.concat([pd.to_datetime(attributions["date_attribution"], errors="coerce"),
                           pd.to_datetime(departs["date_depart"], errors="coerce")]).dropna()
        start = self._date(parameters, context, self.PERIOD_START)
        end = self._date(parameters, context, self.PERIOD_END)
        if start is None:
            if dates.empty:
                raise PeuplementError("Aucune date de flux lisible : indiquez PERIOD_START et PERIOD_END.")
            start = pd.Timestamp(dates.min().year, 1, 1)
        if end is None:
            if dates.empty:
                raise PeuplementError("Aucune date de flux lisible : indiquez PERIOD_END.")
            end = pd.Timestamp(dates.max().year, 12, 31)
        if end < start:
            raise PeuplementError("PERIOD_END ({}) est antérieure à PERIOD_START ({}).".format(
                end.date().isoformat(), start.date().isoformat()))
        return start, end

    def _reference(self, parameters, context, dwellings, feedback):
        given = self._date(parameters, context, self.RPLS_DATE)
        if given is not None:
            return given
        guessed = flux.reference_from_dates(dwellings.get("date_bail"), dwellings.get("date_vacance"))
        if guessed is None:
            raise PeuplementError("Les logements n'ont ni date de bail ni date de vacance : indiquez RPLS_DATE, "
                                  "la date de l'état du RPLS (1er janvier de son millésime).")
        feedback.pushInfo(self.tr("RPLS_DATE not given: {} (from the latest lease or vacancy date).").format(
            guessed.date().isoformat()))
        return guessed

    def _attach(self, frame, dwellings, position, key, feedback, message):
        rows = position.get_indexer(frame[key].astype(str))
        orphans = int((rows < 0).sum())
        if orphans:
            lost = pd.Series(rows < 0, index=frame.index)
            feedback.pushWarning(message.format(orphans, importer.rows_text(lost),
                                                importer.examples(frame.loc[lost.to_numpy(), key])))
        frame = frame.copy()
        units = np.append(dwellings[stock.UNIT].to_numpy(dtype=object), None)
        sectors = np.append(dwellings["secteur"].to_numpy(dtype=object), None)
        frame[stock.UNIT] = units[np.where(rows < 0, len(units) - 1, rows)]
        frame["secteur"] = sectors[np.where(rows < 0, len(sectors) - 1, rows)]
        if "depcom" in dwellings.columns and "depcom" not in frame.columns:
            depcom = np.append(dwellings["depcom"].to_numpy(dtype=object), None)
            frame["depcom"] = depcom[np.where(rows < 0, len(depcom) - 1, rows)]
        return frame

    def _sectors(self, parameters, context, feedback, dwellings, points):
        """QPV code of each dwelling, or "hors QPV"; None when unknown."""
        if self._given(parameters, self.QPV) and points is not None:
            source = self.parameterAsSource(parameters, self.QPV, context)
            field = self.parameterAsString(parameters, self.QPV_ID, context) or "code_qpv"
            if field not in source.fields().names():
                raise PeuplementError("QPV : le champ « {} » n'existe pas (champs : {}). Indiquez QPV_ID.".format(
                    field, ", ".join(source.fields().names())))
            frame, _, crs_wkt, _ = frames.parameter_frame(self, parameters, self.QPV, context, columns=[field],
                                                          with_geometry=True)
            polygons = frames.shapely_geometries(frame[frames.GEOMETRY].tolist())
            found = pd.Series([None] * len(dwellings), dtype=object)
            located_somewhere = np.zeros(len(dwellings), dtype=bool)
            for x, y, crs in points:
                located = levels.assign_by_location(x, y, crs, polygons, frame[field], crs_wkt)
                found = found.where(found.notna(), located)
                located_somewhere |= np.isfinite(np.asarray(x, dtype="float64"))
            feedback.pushInfo(self.tr("In or out of a QPV: by location of the dwellings in the QPV layer."))
            # A dwelling without coordinates is not known to be outside: its sector stays unknown.
            sector = found.where(found.notna(), levels.HORS_QPV).where(located_somewhere, None)
            return sector.to_numpy(dtype=object)
        if "code_qpv" in dwellings.columns:
            codes = dwellings["code_qpv"].astype(object)
            sector = codes.where(codes.notna() & (codes != ""), levels.HORS_QPV)
            return sector.where(codes.notna(), None).to_numpy(dtype=object)
        feedback.pushWarning(self.tr("No QPV layer and no code_qpv in the dwellings: no QPV / hors QPV breakdown."))
        return np.full(len(dwellings), None, dtype=object)

    def _q1_threshold(self, parameters, context, feedback):
        if self._given(parameters, self.Q1_THRESHOLD):
            value = self.parameterAsDouble(parameters, self.Q1_THRESHOLD, context)
            feedback.pushInfo(self.tr("Q1 threshold given: {:.0f} € per UC and year.").format(value))
            return value
        if not self._given(parameters, self.DEMANDES):
            feedback.pushInfo(self.tr("No DEMANDES nor Q1_THRESHOLD: Q1 shares are NULL."))
            return None
        demandes, _ = self._read(parameters, context, feedback, self.DEMANDES, self.MAPPING_DEMANDES, "demandes")
        limits = quartiles.limites_par_epci(demandes)
        if len(limits) == 1:
            value = float(limits["limite_q1"].iloc[0])
        else:
            children = demandes["nb_enfants_moins_14"] if "nb_enfants_moins_14" in demandes else None
            income, _, _ = quartiles.revenu_annuel_par_uc(demandes["revenu_mensuel"], demandes["nb_personnes"],
                                                         children)
            value = quartiles.limites(income)[0][0]
            feedback.pushWarning(self.tr("The applications name several EPCI: one Q1 threshold for all of them."))
        feedback.pushInfo(self.tr("Q1 threshold from the applications: {:.0f} € per UC and year.").format(value))
        return value

    @staticmethod
    def _zones(attributions):
        """Ceiling zone of each attribution from the commune of its dwelling."""
        depcom = attributions["depcom"] if "depcom" in attributions.columns else None
        if depcom is None:
            return pd.Series("hors_ile_de_france", index=attributions.index, dtype=object)
        zones = plafonds.zone_of_depcom(depcom)
        return pd.Series(zones.to_numpy(dtype=object), index=attributions.index).where(
            depcom.notna(), "hors_ile_de_france")

    def _stock(self, parameters, context, feedback, dwellings, position, limite_q1):
        if not self._given(parameters, self.MENAGES):
            return None
        menages, label = self._read(parameters, context, feedback, self.MENAGES, self.MAPPING_MENAGES, "menages")
        latest = int(pd.to_numeric(menages["millesime"], errors="coerce").max())
        menages = menages[pd.to_numeric(menages["millesime"], errors="coerce") == latest].reset_index(drop=True)
        feedback.pushInfo(self.tr("Stock: OPS {}, {} household(s).").format(latest, len(menages)))
        menages = self._attach(menages, dwellings, position, "logement_id", feedback,
                               self.tr("{} household(s) in a dwelling absent from the dwellings table: "
                                       "not counted."))
        return pd.concat([menages, flux.profils_menages(menages, limite_q1).drop(
            columns=[c for c in ("q1",) if c in menages.columns])], axis=1)

    def _od(self, departs, dwellings, position, start, end, threshold, usage_interne=False):
        dates = pd.to_datetime(departs["date_depart"], errors="coerce")
        inside = (dates >= start) & (dates <= end)
        period = departs[inside.to_numpy()].reset_index(drop=True)
        if "destination_logement_id" in period.columns:
            rows = position.get_indexer(period["destination_logement_id"].astype(str))
            rows = np.where(period["destination_logement_id"].isna().to_numpy(), -1, rows)
        else:
            rows = np.full(len(period), -1)
        units = np.append(dwellings[stock.UNIT].to_numpy(dtype=object), None)
        sectors = np.append(dwellings["secteur"].to_numpy(dtype=object), None)
        dest_units = units[np.where(rows < 0, len(units) - 1, rows)]
        dest_sectors = sectors[np.where(rows < 0, len(sectors) - 1, rows)]
        communes = set(dwellings["depcom"].dropna()) if "depcom" in dwellings.columns else set()
        depcom = period["destination_depcom"] if "destination_depcom" in period.columns else \
            pd.Series(None, index=period.index, dtype=object)
        mutation = period["mutation"] == 1
        kind, target = mobilite.destinations(dest_units, depcom, communes, mutation)
        kind_q, target_q = mobilite.destinations(dest_sectors, depcom, communes, mutation)
        tables = [mobilite.od_table(period[stock.UNIT], kind, target, "unite"),
                  mobilite.od_table(period["secteur"], kind_q, target_q, "qpv")]
        # an empty table left out: its object columns would decide the dtypes (pandas 2.2 deprecation)
        od = pd.concat([t for t in tables if len(t)] or tables[:1], ignore_index=True)
        od = mobilite.merge_small_flows(od, threshold)
        if usage_interne and "destination_logement_id" in period.columns:
            # Dwelling → dwelling rows of the internal mutations: household-level, so only for
            # the bailleur's internal use (domain.md 6), never merged.
            moves = period[mutation.to_numpy()]
            dwelling_rows = mobilite.od_table(moves["logement_id"], [mobilite.MUTATION] * len(moves),
                                              moves["destination_logement_id"], "logement")
            od = pd.concat([od, dwelling_rows], ignore_index=True)
        return od

    def _motifs(self, parameters, context, feedback, departs, dwellings, position, start, end, threshold):
        dates = pd.to_datetime(departs["date_depart"], errors="coerce")
        period = departs[((dates >= start) & (dates <= end)).to_numpy()]
        motif = period["motif"] if "motif" in period.columns else pd.Series(None, index=period.index, dtype=object)
        survey = None
        if self._given(parameters, self.ENQUETE_MOBILITE):
            survey, _ = self._read(parameters, context, feedback, self.ENQUETE_MOBILITE, self.MAPPING_ENQUETE,
                                   "enquete_mobilite")
            sector = pd.Series(None, index=survey.index, dtype=object)
            if "code_qpv_origine" in survey.columns:
                codes = survey["code_qpv_origine"].astype(object)
                sector = codes.where(codes.notna() & (codes != ""), levels.HORS_QPV).where(codes.notna(), None)
            if "logement_id" in survey.columns:
                rows = position.get_indexer(survey["logement_id"].astype(str))
                sectors = np.append(dwellings["secteur"].to_numpy(dtype=object), None)
                by_dwelling = pd.Series(sectors[np.where(rows < 0, len(sectors) - 1, rows)], index=survey.index)
                sector = sector.where(sector.notna(), by_dwelling)
            survey = survey.assign(secteur=sector)
            feedback.pushInfo(self.tr("Mobility survey: {} answer(s).").format(len(survey)))
        return mobilite.motifs_table(period["secteur"], motif, threshold, survey)

    @staticmethod
    def _parents(unit_ids, level):
        ids = pd.Series(unit_ids, index=unit_ids)
        if level == "etage":
            return ids.astype(str).str.split(levels.SEPARATOR_ETAGE, n=1).str[0]
        return pd.Series(TERRITOIRE, index=unit_ids)

    def _centroids(self, dwellings, units, level):
        """unit id → (x, y) and the CRS of those points."""
        if units is not None:
            geometries = frames.shapely_geometries(units["wkb"])
            points = {unit: (g.centroid.x, g.centroid.y) for unit, g in zip(units["ids"], geometries)
                      if g is not None and not g.is_empty}
            return points, units["source_crs"]
        if "x" not in dwellings.columns or "y" not in dwellings.columns:
            return {}, None
        epsg = dwellings["epsg"].dropna().unique() if "epsg" in dwellings.columns else [2154]
        if len(epsg) != 1:
            return {}, None
        frame = pd.DataFrame({"u": dwellings[stock.UNIT], "x": dwellings["x"], "y": dwellings["y"]}).dropna()
        grouped = frame.groupby("u")[["x", "y"]].mean()
        return ({u: (row.x, row.y) for u, row in grouped.iterrows()},
                QgsCoordinateReferenceSystem("EPSG:{}".format(int(epsg[0]))))

    def _write_flows(self, parameters, context, feedback, od, dwellings, units, level):
        lines = od[(od["echelle"] == "unite") & (od["type_destination"] == mobilite.MUTATION)
                   & (od["origine"] != od["destination"])].reset_index(drop=True)
        points, crs = self._centroids(dwellings, units, level)

        def centre(unit):
            key = str(unit).split(levels.SEPARATOR_ETAGE, 1)[0] if level == "etage" and units is not None else unit
            return points.get(key)

        geometries = []
        for origin, destination in zip(lines["origine"], lines["destination"]):
            a, b = centre(origin), centre(destination)
            geometries.append(None if a is None or b is None or a == b else _bow(a, b))
        missing = sum(g is None for g in geometries)
        if missing:
            feedback.pushWarning(self.tr("{} flow line(s) without geometry (unit without a location).").format(
                missing))
        frame = lines[["origine", "destination", "nb_departs", "part_departs_origine"]]
        fields = sinks.fields_for(frame, {"nb_departs": FieldType.Int, "part_departs_origine": FieldType.Double})
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_FLOWS, context, fields,
                                             QgsWkbTypes.LineString, crs or QgsCoordinateReferenceSystem())
        if sink is None:
            return None
        if not sinks.write_frame(sink, frame, fields, geometries):
            raise Cancelled()
        return dest_id

    def _write_table(self, parameters, context, name, frame, types):
        fields = sinks.fields_for(frame, types)
        dest_id, completed = bulk.write_layer(self, parameters, name, context, frame, fields)
        if not completed:
            raise Cancelled()
        return dest_id


def _bow(a, b, bend=0.12):
    """Origin → destination as three points, the middle one set off to the right of the
    way by ``bend`` × its length: the curved arrow of the style then keeps A → B and B → A
    apart instead of drawing one over the other."""
    (x0, y0), (x1, y1) = a, b
    middle = QgsPointXY((x0 + x1) / 2 + bend * (y1 - y0), (y0 + y1) / 2 - bend * (x1 - x0))
    return QgsGeometry.fromPolylineXY([QgsPointXY(x0, y0), middle, QgsPointXY(x1, y1)])


def _metadata(note, threshold, usage_interne, start, end):
    metadata = QgsLayerMetadata()
    metadata.setTitle("Flux du parc social {} – {}".format(start.date().isoformat(), end.date().isoformat()))
    metadata.setAbstract(note)
    keywords = ["secret statistique", "seuil {}".format(threshold), "flux"]
    if usage_interne:
        keywords.append("USAGE INTERNE")
    metadata.addKeywords("peuplement", keywords)
    return metadata
