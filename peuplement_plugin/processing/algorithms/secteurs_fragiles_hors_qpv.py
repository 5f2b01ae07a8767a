"""peuplement:secteurs_fragiles_hors_qpv — fragile units away from every QPV, grouped
into contiguous sectors, each tested as a whole (Getis-Ord G* of the sector against
random rearrangements of the index), the one-unit fringes of a QPV kept apart
(domain.md 5.7)."""

import numpy as np
import pandas as pd
from pyproj import CRS, Transformer
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from shapely.ops import transform, unary_union

from ...bridge import frames, sinks
from ...bridge.fieldtypes import FieldType
from ...core import gistar, levels, secteurs, spatial
from ...core.errors import PeuplementError
from ...core.flags import flags
from ..base import Cancelled, PeuplementAlgorithm

WEIGHT_TYPES = ("distance", "contiguite")
SECTOR_FIELDS = ("secteur_id", "nb_unites", "unites", "nb_logements", "nb_menages", "indice_fragilite_moy",
                 "distance_qpv_m", "qpv_proche", "frange_qpv", "gi_z", "gi_p", "nb_unites_chaudes", "significatif")


class SecteursFragilesHorsQpv(PeuplementAlgorithm):
    INPUT = "INPUT"
    UNIT_ID = "UNIT_ID"
    QPV = "QPV"
    BUFFER = "BUFFER"
    GAP = "GAP"
    FRINGE = "FRINGE"
    WEIGHTS_TYPE = "WEIGHTS_TYPE"
    WEIGHTS_DISTANCE = "WEIGHTS_DISTANCE"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    ALPHA = "ALPHA"
    OUTPUT = "OUTPUT"

    group_key = "fragilite"

    def name(self):
        return "secteurs_fragiles_hors_qpv"

    def displayName(self):  # noqa: N802
        return self.tr("Fragile sectors outside the QPV")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 5.7 (fragile units outside the QPV grouped into contiguous "
            "sectors; the test is about the sector, not one of its units; local weights; a single unit on "
            "the edge of a QPV is not a sector); Getis-Ord Gi*: Getis and Ord (1992), Ord and Getis "
            "(1995); the maximum over random rearrangements: Kulldorff (1997), the spatial scan "
            "statistic; the QPV are the official polygons of the politique de la ville.")

    def help_text(self):
        return self.tr(
            "Finds the secteurs fragilisés hors politique de la ville (domain.md 5.7). INPUT is the "
            "output of fragilite (polygons with indice_fragilite and fragile). The fragile units that "
            "do not intersect any QPV polygon, nor lie within BUFFER metres of one, are grouped into "
            "sectors: two units within GAP metres of each other (across a street) are contiguous, and a "
            "chain of contiguous units is one sector. The QPV layer is reprojected to the CRS of INPUT.\n\n"
            "Each sector is one polygon (its units, the streets between them closed, never reaching into "
            "a QPV) with: nb_unites, unites (their identifiers), nb_logements and nb_menages (sums), "
            "indice_fragilite_moy (mean of the units' index weighted by their households), "
            "distance_qpv_m (metres to the nearest QPV) and qpv_proche. frange_qpv: a sector of a single "
            "unit within FRINGE metres of a QPV is a fringe of that QPV (its neighbours are the QPV's "
            "fragile units), not a sector outside the priority areas: never significant, listed after the "
            "true sectors.\n\n"
            "The test is about the sector as a whole. gi_z is the Getis-Ord G* of the sector's units taken "
            "as one group, binary weights 1 on its m units: G* = (Σ x − x̄ m) / (S √((n m − m²) / (n − 1))), "
            "x̄ and S over the n units with an index outside the QPV (and BUFFER). gi_p: with PERMUTATIONS > "
            "0, the index values (each with its fragile flag) are rearranged at random over those n units, "
            "the sectors formed again with the same contiguity, and the strongest chance sector of each "
            "rearrangement kept; gi_p = (1 + rearrangements whose strongest sector reaches gi_z) / (1 + "
            "PERMUTATIONS) (SEED for reproducibility). This is the maximum statistic of the spatial scan "
            "test: it accounts for the sector being made of units chosen as fragile, and for the many "
            "sectors tested at once. A single fragile unit is rarely significant (the highest values alone "
            "make chance sectors as strong); a compact group of fragile units among ordinary neighbours "
            "is. With PERMUTATIONS = 0, gi_p is the normal approximation P(Z ≥ gi_z), which ignores both "
            "and is only indicative. significatif: gi_z > 0, gi_p < ALPHA and not a fringe. Sectors are "
            "numbered true sectors first, significant first, then by decreasing mean index.\n\n"
            "nb_unites_chaudes: the sector's units that are local hot spots, Getis-Ord Gi* of each unit "
            "over every unit with an index, the unit itself included: Gi* = (Σ w x − x̄ W) / (S √((n W − "
            "W²) / (n − 1))). WEIGHTS_TYPE distance: the units whose centres lie within WEIGHTS_DISTANCE "
            "metres (0 = automatic: the median over the units of the distance to their 8th nearest "
            "neighbour, a local band that one isolated unit cannot stretch); contiguite: the units within "
            "GAP metres. A unit is a hot spot when z > 0 and p < ALPHA, its p by conditional permutation "
            "(PERMUTATIONS > 0) or the normal approximation.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Fragility index (output of fragilite)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.QPV, self.tr("QPV polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, self.tr("Also exclude the units within this distance of a QPV (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GAP, self.tr("Units within this distance are contiguous (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=35.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.FRINGE, self.tr("A one-unit sector within this distance of a QPV is a fringe of it (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=300.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHTS_TYPE, self.tr("Gi* neighbours"),
            options=[self.tr("Within a distance"), self.tr("Touching units (contiguity)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WEIGHTS_DISTANCE, self.tr("Gi* distance band (m, 0 = automatic)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Permutations (0 = normal approximation)"),
            QgsProcessingParameterNumber.Integer, defaultValue=999, minValue=0, maxValue=99999))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed of the permutations"), QgsProcessingParameterNumber.Integer,
            defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Significance level"), QgsProcessingParameterNumber.Double, defaultValue=0.05,
            minValue=0.0001, maxValue=0.5))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Fragile sectors outside the QPV"), QgsProcessing.TypeVectorPolygon))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)
        gap = self.parameterAsDouble(parameters, self.GAP, context)
        fringe = self.parameterAsDouble(parameters, self.FRINGE, context)
        weights_type = WEIGHT_TYPES[self.parameterAsEnum(parameters, self.WEIGHTS_TYPE, context)]
        band = self.parameterAsDouble(parameters, self.WEIGHTS_DISTANCE, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise PeuplementError("INPUT : couche introuvable ou illisible.")
        if source.sourceCrs().isValid() and source.sourceCrs().isGeographic():
            raise PeuplementError("INPUT est en coordonnées géographiques ({}) : GAP, BUFFER et les distances "
                                  "sont en mètres. Reprojetez la couche dans un système projeté (Lambert-93, "
                                  "EPSG:2154).".format(source.sourceCrs().authid()))
        names = source.fields().names()
        missing = [n for n in ("indice_fragilite", "fragile") if n not in names]
        if missing:
            raise PeuplementError("INPUT n'a pas le(s) champ(s) {} : donnez la sortie de peuplement:fragilite."
                                  .format(", ".join(missing)))
        unit_id = self.parameterAsString(parameters, self.UNIT_ID, context) or next(
            (n for n in ["batiment_id"] + list(levels.DEFAULT_UNIT_ID.values()) if n in names), None)
        columns = [c for c in dict.fromkeys([unit_id, "indice_fragilite", "fragile", "nb_logements", "nb_menages"])
                   if c in names]

        self.step(feedback, 5, self.tr("Reading the units and the QPV…"))
        frame, _, crs_wkt, _ = frames.parameter_frame(self, parameters, self.INPUT, context, columns=columns,
                                                      with_geometry=True, feedback=feedback)
        if frame is None:
            raise Cancelled()
        if unit_id:
            ids = frame[unit_id].astype(str)
        else:
            ids = pd.Series(["unité {}".format(i + 1) for i in range(len(frame))])
        geometries = frames.shapely_geometries(frame[frames.GEOMETRY])
        qpv, qpv_codes = self._read_qpv(parameters, context, feedback, crs_wkt, source)

        self.step(feedback, 20, self.tr("Getis-Ord Gi* of the index…"))
        index = pd.to_numeric(frame["indice_fragilite"], errors="coerce").to_numpy(dtype="float64")
        z, p = self._gi_star(feedback, index, geometries, weights_type, band, gap, permutations, seed)
        hot = (z > 0) & (p < alpha)
        feedback.pushInfo(self.tr("{} unit(s) with an index; {} hot spot(s) (z > 0, p < {:g}).").format(
            int(np.isfinite(index).sum()), int(np.nansum(hot)), alpha))

        self.step(feedback, 60, self.tr("Fragile units outside the QPV, grouped in sectors…"))
        fragile = flags(frame["fragile"]).to_numpy() & np.isfinite(index)
        away = secteurs.away_from(geometries, qpv, buffer)
        chosen = np.flatnonzero(fragile & away)
        feedback.pushInfo(self.tr("{} fragile unit(s), {} in or near a QPV left out, {} outside.").format(
            int(fragile.sum()), int((fragile & ~away).sum()), len(chosen)))
        # The units the sectors are drawn from: those with an index outside the QPV (and buffer).
        pool = np.flatnonzero(np.isfinite(index) & away)
        in_pool = np.full(len(index), -1, dtype=np.int64)
        in_pool[pool] = np.arange(len(pool))
        self.step(feedback, 65, self.tr("Each sector against random rearrangements of the index…"))
        maxima = self._sector_maxima(feedback, index[pool], fragile[pool], [geometries[i] for i in pool], gap,
                                     permutations, seed)
        label = secteurs.groups([geometries[i] for i in chosen], gap)
        holes = unary_union(qpv) if qpv else None
        if holes is not None and buffer > 0:
            holes = holes.buffer(buffer)

        households = self._numeric(frame, "nb_menages")
        dwellings = self._numeric(frame, "nb_logements")
        rows, shapes = [], []
        for sector in range(label.max() + 1 if len(label) else 0):
            members = chosen[label == sector]
            shape = secteurs.dissolve([geometries[i] for i in members], gap, holes)
            weights = households[members]
            if np.all(np.isfinite(weights)) and weights.sum() > 0:
                mean_index = float(np.sum(weights * index[members]) / weights.sum())
            else:
                mean_index = float(np.mean(index[members]))
            distances = [shape.distance(q) for q in qpv]
            nearest = int(np.argmin(distances)) if distances else None
            sector_z = gistar.group_gi_star(index[pool], in_pool[members]) if len(pool) else np.nan
            if permutations > 0:
                sector_p = float(gistar.p_sector([sector_z], maxima)[0])
            else:
                sector_p = float(gistar.p_normal([sector_z])[0])
            is_fringe = len(members) == 1 and bool(distances) and min(distances) <= fringe
            rows.append({
                "nb_unites": len(members),
                "unites": ", ".join(ids.iloc[members]),
                "nb_logements": float(np.nansum(dwellings[members])) if np.isfinite(dwellings[members]).any()
                else np.nan,
                "nb_menages": float(np.nansum(households[members])) if np.isfinite(households[members]).any()
                else np.nan,
                "indice_fragilite_moy": mean_index,
                "distance_qpv_m": distances[nearest] if distances else np.nan,
                "qpv_proche": qpv_codes[nearest] if nearest is not None else None,
                "frange_qpv": is_fringe,
                "gi_z": sector_z,
                "gi_p": sector_p,
                "nb_unites_chaudes": int(np.sum(hot[members])),
                "significatif": bool(not is_fringe and sector_z > 0 and sector_p < alpha),
            })
            shapes.append(shape)
        table = pd.DataFrame(rows, columns=[f for f in SECTOR_FIELDS if f != "secteur_id"])
        # True sectors first (a fringe of a QPV is not a sector outside it), significant first,
        # then by decreasing mean index.
        order = np.lexsort((-table["indice_fragilite_moy"].to_numpy(dtype="float64"),
                            ~table["significatif"].to_numpy(dtype=bool),
                            table["frange_qpv"].to_numpy(dtype=bool))) if len(table) else []
        table = table.iloc[order].reset_index(drop=True)
        shapes = [shapes[i] for i in order]
        table.insert(0, "secteur_id", ["S{:02d}".format(i + 1) for i in range(len(table))])
        feedback.pushInfo(self.tr("{} sector(s) outside the QPV, {} significant, {} fringe(s) of a QPV.").format(
            len(table), int(table["significatif"].sum()) if len(table) else 0,
            int(table["frange_qpv"].sum()) if len(table) else 0))
        for row in table.itertuples():
            feedback.pushInfo(self.tr("{}: {} unit(s) ({}), index {:.2f}, {:.0f} m from a QPV, sector G* z = {:.2f}, "
                                      "p = {:.4f}{}").format(
                row.secteur_id, row.nb_unites, row.unites, row.indice_fragilite_moy, row.distance_qpv_m,
                row.gi_z, row.gi_p, self.tr(", significant") if row.significatif else
                (self.tr(", fringe of a QPV") if row.frange_qpv else "")))

        self.step(feedback, 85, self.tr("Writing…"))
        types = {"secteur_id": FieldType.String, "nb_unites": FieldType.Int, "unites": FieldType.String,
                 "nb_logements": FieldType.Int, "nb_menages": FieldType.Int, "indice_fragilite_moy": FieldType.Double,
                 "distance_qpv_m": FieldType.Double, "qpv_proche": FieldType.String, "frange_qpv": FieldType.Bool,
                 "gi_z": FieldType.Double,
                 "gi_p": FieldType.Double, "nb_unites_chaudes": FieldType.Int, "significatif": FieldType.Bool}
        fields = sinks.fields_for(table, types)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                             source.sourceCrs())
        if sink is None:
            raise PeuplementError("OUTPUT : impossible de créer la couche de sortie.")
        qgs = [sinks.geometry_from_wkb(s.wkb, multi=True) if not s.is_empty else None for s in shapes]
        if not sinks.write_frame(sink, table, fields, qgs, feedback, progress=(85, 100)):
            raise Cancelled()
        self.style_output(context, dest_id, "secteurs_fragiles_hors_qpv.qml",
                          self.tr("Fragile sectors outside the QPV"))
        return {self.OUTPUT: dest_id}

    # ------------------------------------------------------------------------------

    @staticmethod
    def _numeric(frame, name):
        if name not in frame.columns:
            return np.full(len(frame), np.nan)
        return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype="float64")

    def _read_qpv(self, parameters, context, feedback, crs_wkt, input_source):
        qpv_source = self.parameterAsSource(parameters, self.QPV, context)
        if qpv_source is None:
            raise PeuplementError("QPV : couche introuvable ou illisible.")
        names = qpv_source.fields().names()
        code_field = next((n for n in ("code_qpv", "CODE_QP", "code_qp") if n in names), None)
        frame, _, qpv_wkt, _ = frames.parameter_frame(self, parameters, self.QPV, context,
                                                      columns=[code_field] if code_field else [],
                                                      with_geometry=True)
        shapes = frames.shapely_geometries(frame[frames.GEOMETRY])
        codes = frame[code_field].astype(str).tolist() if code_field else \
            ["QPV {}".format(i + 1) for i in range(len(frame))]
        keep = [i for i, s in enumerate(shapes) if s is not None and not s.is_empty]
        shapes = [shapes[i] for i in keep]
        codes = [codes[i] for i in keep]
        if qpv_wkt and crs_wkt and not spatial.same_crs(qpv_wkt, crs_wkt):
            transformer = Transformer.from_crs(CRS.from_user_input(qpv_wkt), CRS.from_user_input(crs_wkt),
                                               always_xy=True)
            shapes = [transform(transformer.transform, s) for s in shapes]
            crs = input_source.sourceCrs()
            feedback.pushInfo(self.tr("QPV reprojected to the CRS of INPUT ({}).").format(
                crs.authid() or crs.description()))
        shapes = [s if s.is_valid else s.buffer(0) for s in shapes]
        if not shapes:
            feedback.pushWarning(self.tr("The QPV layer has no polygon: every fragile unit is outside the QPV."))
        return shapes, codes

    def _sector_maxima(self, feedback, values, fragile, shapes, gap, permutations, seed):
        """The strongest chance sector of each random rearrangement (core.gistar)."""
        if permutations <= 0 or len(values) < 3 or not fragile.any():
            return np.zeros(0)
        neighbours = gistar.contiguity_neighbours(shapes, gap)
        maxima = gistar.sector_maxima(values, fragile, neighbours, permutations, seed)
        feedback.pushInfo(self.tr("Sectors tested against {} random rearrangements of the index over the {} unit(s) "
                                  "outside the QPV (seed {}).").format(permutations, len(values), seed))
        return maxima

    def _gi_star(self, feedback, index, geometries, weights_type, band, gap, permutations, seed):
        known = np.flatnonzero(np.isfinite(index))
        z = np.full(len(index), np.nan)
        p = np.full(len(index), np.nan)
        if len(known) < 3:
            feedback.pushWarning(self.tr("Fewer than 3 units with an index: no Gi*."))
            return z, p
        shapes = [geometries[i] for i in known]
        if weights_type == "distance":
            centres = [s.centroid for s in shapes]
            x = np.array([c.x for c in centres])
            y = np.array([c.y for c in centres])
            if band <= 0:
                band = gistar.automatic_distance(x, y)
                feedback.pushInfo(self.tr("Gi* distance band: {:.0f} m (median distance to the 8th nearest "
                                          "unit).").format(band))
            neighbours = gistar.distance_band_neighbours(x, y, band)
        else:
            neighbours = gistar.contiguity_neighbours(shapes, gap)
        counts = np.array([len(nb) for nb in neighbours])
        feedback.pushInfo(self.tr("Gi* neighbours per unit: {:.1f} on average, {} unit(s) without any.").format(
            counts.mean(), int((counts == 0).sum())))
        values = index[known]
        z[known] = gistar.gi_star(values, neighbours)
        if permutations > 0:
            p[known] = gistar.p_permutation(values, neighbours, permutations, seed)
            feedback.pushInfo(self.tr("Gi* p-values by {} conditional permutations (seed {}).").format(
                permutations, seed))
        else:
            p[known] = gistar.p_normal(z[known])
            feedback.pushInfo(self.tr("Gi* p-values by the normal approximation."))
        return z, p
