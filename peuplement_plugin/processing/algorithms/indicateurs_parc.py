"""peuplement:indicateurs_parc — stock indicators of the dwellings per unit, at any scale
(domain.md 4, 5.4 and 8)."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...bridge import frames, sinks
from ...core import importer, levels, spatial, stock
from ...core.errors import PeuplementError
from ..base import Cancelled, PeuplementAlgorithm
from .import_table import push_report, read_table

JOIN_METHODS = ("auto", "cle", "localisation")
DEFAULT_EPSG = 2154


class IndicateursParc(PeuplementAlgorithm):
    LOGEMENTS = "LOGEMENTS"
    MAPPING = "MAPPING"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    LEVEL = "LEVEL"
    BATIMENTS = "BATIMENTS"
    BATIMENT_ID = "BATIMENT_ID"
    JOIN_METHOD = "JOIN_METHOD"
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
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, self.tr("Level"), options=list(levels.LEVEL_IDS), defaultValue=3))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units layer (polygons of the level)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), parentLayerParameterName=self.UNITS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BATIMENTS, self.tr("Buildings layer (to reach units through buildings)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BATIMENT_ID, self.tr("Building identifier field of the buildings layer"),
            defaultValue="batiment_id"))
        self.addParameter(QgsProcessingParameterEnum(
            self.JOIN_METHOD, self.tr("Join method"), options=list(JOIN_METHODS), defaultValue=0))
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
        level = levels.LEVEL_IDS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        method = JOIN_METHODS[self.parameterAsEnum(parameters, self.JOIN_METHOD, context)]
        threshold = self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context)

        self.step(feedback, 2, self.tr("Reading the dwellings…"))
        overrides = importer.parse_mapping(self.parameterAsString(parameters, self.MAPPING, context))
        needed = self._needed_fields(parameters, context, level, method)
        overrides = {k: v for k, v in overrides.items() if k in needed}
        raw, points_crs, label = read_table(self, parameters, self.LOGEMENTS, context, feedback,
                                            "logements", overrides, needed)
        self.step(feedback, 25, self.tr("Mapping and validating the dwellings…"))
        result = importer.canonicalise(raw, "logements", overrides, required=("logement_id",),
                                       source_name=label)
        push_report(feedback, result)
        dwellings = result.frame
        points = self._dwelling_points(raw, dwellings, points_crs, feedback)

        self.step(feedback, 40, self.tr("Reading the units…"))
        units = self._read_units(parameters, context, level, feedback)
        self.step(feedback, 50, self.tr("Placing the dwellings in the units…"))
        assigned = self._assign(parameters, context, level, method, dwellings, points, units, feedback)
        dwellings[stock.UNIT] = assigned.to_numpy()  # the frame is ours: no copy of a million rows

        unit_ids = None if units is None else list(units["ids"])
        if level == "qpv":
            outside = dwellings[stock.UNIT].isna()
            if "code_qpv" in dwellings.columns and units is None:
                outside &= dwellings["code_qpv"].fillna("") == ""
            dwellings.loc[outside, stock.UNIT] = levels.HORS_QPV
            if unit_ids is not None:
                unit_ids.append(levels.HORS_QPV)
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

    def _needed_fields(self, parameters, context, level, method):
        """The dwelling fields to read: the indicators', the level's key, and the
        coordinates unless the units are surely reached another way (a million-row
        RPLS file is read faster for every column left out)."""
        needed = list(stock.INPUT_FIELDS)
        key = levels.DWELLING_KEY[level]
        if key:
            needed.append(key)
        if key == "code_iris":
            needed.append("depcom")  # older RPLS give the IRIS as 4 local digits
        units = self.parameterAsSource(parameters, self.UNITS, context)
        buildings = self.parameterAsSource(parameters, self.BATIMENTS, context)
        unit_id = self.parameterAsString(parameters, self.UNIT_ID, context) or levels.DEFAULT_UNIT_ID[level]
        through_buildings = buildings is not None and unit_id in buildings.fields().names()
        if units is not None and level != "etage" and (method == "localisation" or not through_buildings):
            needed += ["x", "y", "epsg"]
        return tuple(dict.fromkeys(needed))

    def _dwelling_points(self, raw, dwellings, points_crs, feedback):
        """(x, y, crs) of the dwellings, from the layer's points or the x / y / epsg columns."""
        if frames.POINT_X in raw.columns:
            rows = dwellings.index.to_numpy()
            x = raw[frames.POINT_X].to_numpy()[rows]
            y = raw[frames.POINT_Y].to_numpy()[rows]
            if np.isfinite(x).any():
                return [(x, y, points_crs)]
        if "x" not in dwellings.columns or "y" not in dwellings.columns:
            return None
        x = dwellings["x"].to_numpy(dtype="float64")
        y = dwellings["y"].to_numpy(dtype="float64")
        if "epsg" in dwellings.columns and dwellings["epsg"].notna().any():
            codes = dwellings["epsg"].fillna(DEFAULT_EPSG).astype(int).to_numpy()
        else:
            feedback.pushInfo(self.tr("No EPSG column: x / y read as EPSG:{}.").format(DEFAULT_EPSG))
            codes = np.full(len(dwellings), DEFAULT_EPSG)
        groups = []
        for code in np.unique(codes):
            keep = codes == code
            groups.append((np.where(keep, x, np.nan), np.where(keep, y, np.nan), "EPSG:{}".format(code)))
        return groups

    def _read_units(self, parameters, context, level, feedback):
        source = self.parameterAsSource(parameters, self.UNITS, context)
        if source is None:
            return None
        id_field = self.parameterAsString(parameters, self.UNIT_ID, context) or levels.DEFAULT_UNIT_ID[level]
        if id_field not in source.fields().names():
            raise PeuplementError("UNITS : le champ identifiant « {} » n'existe pas dans la couche {} "
                                  "(champs : {}). Indiquez UNIT_ID.".format(
                                      id_field, source.sourceName(), ", ".join(source.fields().names())))
        frame, _, crs_wkt, label = frames.parameter_frame(self, parameters, self.UNITS, context,
                                                          columns=[id_field], with_geometry=True)
        ids = levels.normalise_keys(frame[id_field])
        if ids.isna().any():
            feedback.pushWarning(self.tr("{} unit(s) without identifier in {} are left out.").format(
                int(ids.isna().sum()), id_field))
        repeated = ids[ids.duplicated() & ids.notna()]
        if len(repeated):
            raise PeuplementError("UNITS ({}) : identifiants en double dans « {} » : {}. Chaque unité "
                                  "doit avoir un identifiant unique.".format(
                                      label, id_field, ", ".join(pd.unique(repeated)[:10])))
        keep = ids.notna().to_numpy()
        is_points = frames.POINT_X in frame.columns
        wkb = pd.Series(frames.point_wkb(frame) if is_points else frame[frames.GEOMETRY].tolist(), dtype=object)
        return {
            "ids": ids[keep].tolist(),
            "wkb": wkb[keep].tolist(),
            "points": is_points,
            "field": id_field,
            "crs": crs_wkt,
            "wkb_type": source.wkbType(),
            "source_crs": source.sourceCrs(),
            "label": label,
        }

    def _assign(self, parameters, context, level, method, dwellings, points, units, feedback):
        key_field = levels.DWELLING_KEY[level]
        unit_ids = None if units is None else units["ids"]
        has_key = key_field is not None and key_field in dwellings.columns \
            and dwellings[key_field].notna().any()
        if level == "etage":
            if "batiment_id" not in dwellings.columns or "etage" not in dwellings.columns:
                raise PeuplementError("Niveau étage : les logements doivent avoir batiment_id et etage "
                                      "(colonnes IMMEU et ETAGE du RPLS).")
            buildings = levels.assign_by_key(dwellings["batiment_id"], unit_ids)
            feedback.pushInfo(self.tr("Join: by building key and floor."))
            return levels.etage_keys(buildings, dwellings["etage"])

        if units is None:
            if not has_key:
                raise PeuplementError("Sans couche d'unités, les logements doivent porter la clé du niveau "
                                      "{} (champ {}).".format(level, key_field))
            feedback.pushInfo(self.tr("Join: by the key {} of the dwellings (no units layer).").format(key_field))
            return levels.assign_by_key(dwellings[key_field])

        if method in ("auto", "cle") and has_key:
            coverage = levels.key_coverage(dwellings[key_field], unit_ids)
            if method == "cle" or coverage >= 0.5:
                feedback.pushInfo(self.tr("Join: by the key {} of the dwellings ({:.0f} % of keys found "
                                          "among the units).").format(key_field, 100 * coverage))
                return levels.assign_by_key(dwellings[key_field], unit_ids)
            feedback.pushInfo(self.tr("The key {} of the dwellings names few units ({:.0f} %): not used.")
                              .format(key_field, 100 * coverage))

        buildings = self._read_buildings(parameters, context)
        if buildings is not None and method in ("auto", "cle") and units["field"] in buildings["frame"].columns:
            self._require_building_key(dwellings)
            feedback.pushInfo(self.tr("Join: by building (the {} of each building).").format(units["field"]))
            building_units = levels.assign_by_key(buildings["frame"][units["field"]], unit_ids)
            return levels.via_buildings(dwellings["batiment_id"], buildings["ids"], building_units)
        if method == "cle":
            raise PeuplementError("Jointure par clé impossible au niveau {} : les logements n'ont pas de "
                                  "champ {} et la couche des bâtiments n'a pas de champ {}.".format(
                                      level, key_field or units["field"], units["field"]))

        if units["points"]:
            raise PeuplementError("UNITS ({}) : une jointure par localisation demande des unités "
                                  "polygones ; cette couche est ponctuelle.".format(units["label"]))
        polygons = frames.shapely_geometries(units["wkb"])
        if points is not None:
            feedback.pushInfo(self.tr("Join: by location of the dwellings in the units."))
            assigned = pd.Series([None] * len(dwellings), dtype=object)
            for x, y, crs in points:
                self._say_reprojection(feedback, crs, units)
                found = levels.assign_by_location(x, y, crs, polygons, unit_ids, units["crs"],
                                                  self._progress(feedback, 50, 58))
                if found is None:
                    raise Cancelled()
                assigned = assigned.where(assigned.notna(), found)
            return assigned
        if buildings is not None:
            self._require_building_key(dwellings)
            feedback.pushInfo(self.tr("Join: by location of each dwelling's building in the units."))
            self._say_reprojection(feedback, buildings["crs"], units)
            bx, by = spatial.representative_points(frames.shapely_geometries(buildings["wkb"]))
            found = levels.assign_by_location(bx, by, buildings["crs"], polygons, unit_ids, units["crs"],
                                              self._progress(feedback, 50, 58))
            if found is None:
                raise Cancelled()
            return levels.via_buildings(dwellings["batiment_id"], buildings["ids"], found)
        raise PeuplementError(
            "Impossible de rattacher les logements aux unités du niveau {} : ils n'ont ni clé {}, ni "
            "coordonnées (x, y ou géométrie ponctuelle), et aucune couche de bâtiments (BATIMENTS) "
            "n'est donnée.".format(level, key_field or units["field"]))

    @staticmethod
    def _require_building_key(dwellings):
        if "batiment_id" not in dwellings.columns:
            raise PeuplementError("Les logements n'ont pas de champ batiment_id (colonne IMMEU du RPLS) : "
                                  "ils ne peuvent pas être rattachés à leurs bâtiments. Indiquez-le dans "
                                  "MAPPING, par exemple « batiment_id=CODE_IMMEUBLE ».")

    def _read_buildings(self, parameters, context):
        source = self.parameterAsSource(parameters, self.BATIMENTS, context)
        if source is None:
            return None
        id_field = self.parameterAsString(parameters, self.BATIMENT_ID, context) or "batiment_id"
        names = source.fields().names()
        if id_field not in names:
            raise PeuplementError("BATIMENTS : le champ « {} » n'existe pas (champs : {}). Indiquez "
                                  "BATIMENT_ID.".format(id_field, ", ".join(names)))
        frame, _, crs_wkt, _ = frames.parameter_frame(self, parameters, self.BATIMENTS, context,
                                                      with_geometry=True)
        wkb = frames.point_wkb(frame) if frames.POINT_X in frame.columns else frame[frames.GEOMETRY].tolist()
        return {"frame": frame, "ids": frame[id_field], "wkb": wkb, "crs": crs_wkt}

    def _say_reprojection(self, feedback, crs, units):
        if crs and units["crs"] and not spatial.same_crs(crs, units["crs"]):
            feedback.pushInfo(self.tr("Dwellings reprojected to the CRS of the units ({}).").format(
                units["source_crs"].authid() or units["source_crs"].description()))

    @staticmethod
    def _progress(feedback, start, end):
        def report(fraction):
            feedback.setProgress(start + (end - start) * fraction)
            return feedback.isCanceled()
        return report

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
        table = table.reset_index()
        if level == "etage":
            parts = table[stock.UNIT].str.split(levels.SEPARATOR_ETAGE, n=1, expand=True)
            head = pd.DataFrame({"batiment_id": parts[0], "etage": pd.array(parts[1].astype(int), dtype="Int64")})
            geometry_keys = head["batiment_id"]
        else:
            id_name = units["field"] if units is not None else levels.DWELLING_KEY[level]
            head = pd.DataFrame({id_name: table[stock.UNIT].astype(object)})
            geometry_keys = head[id_name]
        head["niveau"] = level
        output = pd.concat([head, table[list(stock.OUTPUT_FIELDS)]], axis=1)
        types = {name: QVariant.Int for name in stock.COUNT_FIELDS}
        types.update({name: QVariant.Double for name in stock.RATE_FIELDS})
        types["secret"] = QVariant.Bool
        fields = sinks.fields_for(output, types)
        geometries = None
        if units is not None:
            by_id = dict(zip(units["ids"], units["wkb"]))
            geometries = [sinks.geometry_from_wkb(by_id.get(key)) for key in geometry_keys]
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 QgsWkbTypes.multiType(units["wkb_type"]), units["source_crs"])
            geometries = [g if g is None else _as_multi(g) for g in geometries]
        else:
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if not sinks.write_frame(sink, output, fields, geometries, feedback, progress=(70, 100)):
            raise Cancelled()
        self.style_output(context, dest_id, "indicateurs_parc.qml",
                          self.tr("Stock indicators — {}").format(levels.LEVEL_LABELS[level]))
        return {self.OUTPUT: dest_id}


def _as_multi(geometry):
    if not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry
