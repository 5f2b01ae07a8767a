"""What every indicator algorithm shares to put households or dwellings in units: the
level, the units layer and its identifier, the buildings layer, the join method, and the
writing of one feature per unit with the unit's geometry.

A dwelling reaches its unit by the key it carries for the level, through its building,
or by location (domain.md 3.8 and 4); ``assign`` chooses and says which in the log.
"""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..bridge import bulk, frames, sinks
from ..core import importer, levels, noms, spatial
from ..core.errors import PeuplementError
from .algorithms.import_table import push_report, read_table
from .base import Cancelled

JOIN_METHODS = ("auto", "cle", "localisation")
translate = QCoreApplication.translate  # pylupdate reads translate("UnitJoin", "…")


def level_labels():
    """The levels as a user reads them in the LEVEL options (levels.LEVEL_IDS are codes)."""
    return {"etage": translate("UnitJoin", "Floor"), "batiment": translate("UnitJoin", "Building"),
            "residence": translate("UnitJoin", "Résidence"), "ilot": translate("UnitJoin", "Îlot (block)"),
            "iris": translate("UnitJoin", "IRIS"), "qpv": translate("UnitJoin", "QPV / outside QPV"),
            "commune": translate("UnitJoin", "Commune"), "epci": translate("UnitJoin", "EPCI"),
            "bailleur": translate("UnitJoin", "Bailleur (landlord)")}
DEFAULT_EPSG = 2154


class UnitJoin:
    """Mixin for a ``PeuplementAlgorithm`` that reports per unit of a level."""

    LEVEL = "LEVEL"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    UNIT_NAME = "UNIT_NAME"
    BATIMENTS = "BATIMENTS"
    BATIMENT_ID = "BATIMENT_ID"
    JOIN_METHOD = "JOIN_METHOD"

    def add_unit_parameters(self, default_level=3):
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, translate("UnitJoin", "Level"), options=[level_labels().get(k, k) for k in levels.LEVEL_IDS],
            defaultValue=default_level))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, translate("UnitJoin", "Units layer (polygons of the level)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, translate("UnitJoin", "Unit identifier field"), parentLayerParameterName=self.UNITS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_NAME, translate("UnitJoin", "Unit name field (empty: guessed, e.g. nom, NOM_QP, nom_commune)"),
            parentLayerParameterName=self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BATIMENTS, translate("UnitJoin", "Buildings layer (to reach units through buildings)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BATIMENT_ID, translate("UnitJoin", "Building identifier field of the buildings layer"),
            defaultValue="batiment_id"))
        self.addParameter(QgsProcessingParameterEnum(
            self.JOIN_METHOD, translate("UnitJoin", "Join method"), options=[
                translate("UnitJoin", "Automatic (by key, else by location)"),
                translate("UnitJoin", "By key (the unit's identifier in the dwellings or their buildings)"),
                translate("UnitJoin", "By location (the dwellings inside the unit's polygons)")], defaultValue=0))

    def level_and_method(self, parameters, context):
        return (levels.LEVEL_IDS[self.parameterAsEnum(parameters, self.LEVEL, context)],
                JOIN_METHODS[self.parameterAsEnum(parameters, self.JOIN_METHOD, context)])

    def join_fields(self, parameters, context, level, method):
        """Dwelling fields the join needs: the level's key, and the coordinates unless
        the units are surely reached another way (a million-row RPLS file is read
        faster for every column left out)."""
        needed = ["logement_id", "batiment_id", "etage"]
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

    def read_dwellings(self, parameters, context, feedback, needed):
        """The dwellings (``LOGEMENTS`` with its ``MAPPING``) mapped and validated, reading
        only the source columns of the ``needed`` canonical fields; returns
        ``(dwellings, points)``, the points for a location join."""
        overrides = importer.parse_mapping(self.parameterAsString(parameters, "MAPPING", context))
        overrides = {k: v for k, v in overrides.items() if k in needed}
        raw, points_crs, label = read_table(self, parameters, "LOGEMENTS", context, feedback, "logements",
                                            overrides, needed)
        result = importer.canonicalise(raw, "logements", overrides, required=("logement_id",), source_name=label)
        push_report(feedback, result)
        return result.frame, self._dwelling_points(raw, result.frame, points_crs, feedback)

    def place_in_units(self, parameters, context, feedback, level, method, dwellings, points, progress=(40, 58)):
        """(units, unit id of each dwelling, every unit id to report)."""
        units = self._read_units(parameters, context, level, feedback)
        assigned = self._assign(parameters, context, level, method, dwellings, points, units, feedback, progress)
        unit_ids = None if units is None else list(units["ids"])
        if level == "qpv":
            assigned = assigned.copy()
            outside = assigned.isna().to_numpy()
            if "code_qpv" in dwellings.columns and units is None:
                outside &= (dwellings["code_qpv"].fillna("") == "").to_numpy()
            assigned[outside] = levels.HORS_QPV
            if unit_ids is not None:
                unit_ids.append(levels.HORS_QPV)
        return units, assigned, unit_ids

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
            feedback.pushInfo(translate("UnitJoin", "No EPSG column: x / y read as EPSG:{}.").format(DEFAULT_EPSG))
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
        name_field = self.parameterAsString(parameters, self.UNIT_NAME, context) \
            if self.UNIT_NAME in parameters else ""
        if name_field and name_field not in source.fields().names():
            raise PeuplementError("UNITS : le champ de nom « {} » n'existe pas dans la couche {} (champs : {}). "
                                  "Indiquez UNIT_NAME.".format(name_field, source.sourceName(),
                                                               ", ".join(source.fields().names())))
        name_field = name_field or noms.guess_name_field(source.fields().names(), id_field)
        frame, _, crs_wkt, label = frames.parameter_frame(self, parameters, self.UNITS, context,
                                                          columns=[id_field] + ([name_field] if name_field else []),
                                                          with_geometry=True)
        ids = levels.normalise_keys(frame[id_field])
        if ids.isna().any():
            feedback.pushWarning(translate("UnitJoin", "{} unit(s) without identifier in {} are left out.").format(
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
            "names": frame[name_field][keep].map(noms.clean).tolist() if name_field else None,
            "wkb": wkb[keep].tolist(),
            "points": is_points,
            "field": id_field,
            "crs": crs_wkt,
            "wkb_type": source.wkbType(),
            "source_crs": source.sourceCrs(),
            "label": label,
        }

    def _assign(self, parameters, context, level, method, dwellings, points, units, feedback,
                progress=(50, 58)):
        key_field = levels.DWELLING_KEY[level]
        unit_ids = None if units is None else units["ids"]
        has_key = key_field is not None and key_field in dwellings.columns \
            and dwellings[key_field].notna().any()
        if level == "etage":
            if "batiment_id" not in dwellings.columns or "etage" not in dwellings.columns:
                raise PeuplementError("Niveau étage : les logements doivent avoir batiment_id et etage "
                                      "(colonnes IMMEU et ETAGE du RPLS).")
            buildings = levels.assign_by_key(dwellings["batiment_id"], unit_ids)
            feedback.pushInfo(translate("UnitJoin", "Join: by building key and floor."))
            return levels.etage_keys(buildings, dwellings["etage"])

        if units is None:
            if not has_key:
                raise PeuplementError("Sans couche d'unités, les logements doivent porter la clé du niveau "
                                      "{} (champ {}).".format(level, key_field))
            feedback.pushInfo(translate("UnitJoin", "Join: by the key {} of the dwellings (no units layer).")
                              .format(key_field))
            return levels.assign_by_key(dwellings[key_field])

        if method in ("auto", "cle") and has_key:
            coverage = levels.key_coverage(dwellings[key_field], unit_ids)
            if method == "cle" or coverage >= 0.5:
                feedback.pushInfo(translate("UnitJoin", "Join: by the key {} of the dwellings ({:.0f} % of keys "
                                                        "found among the units).").format(key_field, 100 * coverage))
                return levels.assign_by_key(dwellings[key_field], unit_ids)
            feedback.pushInfo(translate("UnitJoin", "The key {} of the dwellings names few units ({:.0f} %): not used.")
                              .format(key_field, 100 * coverage))

        buildings = self._read_buildings(parameters, context)
        if buildings is not None and method in ("auto", "cle") and units["field"] in buildings["frame"].columns:
            self._require_building_key(dwellings)
            feedback.pushInfo(translate("UnitJoin", "Join: by building (the {} of each building).")
                              .format(units["field"]))
            building_units = levels.assign_by_key(buildings["frame"][units["field"]], unit_ids)
            return levels.via_buildings(dwellings["batiment_id"], buildings["ids"], building_units)
        if method == "cle":
            raise PeuplementError("Jointure par clé impossible au niveau {} : les logements n'ont pas de "
                                  "champ {} et la couche des bâtiments n'a pas de champ {}.".format(
                                      level, key_field or units["field"], units["field"]))

        if units["points"]:
            raise PeuplementError("UNITS ({}) : une jointure par localisation demande des unités "
                                  "polygones ; cette couche est ponctuelle.".format(units["label"]))
        if not units["crs"]:
            raise PeuplementError("UNITS ({}) : la couche n'a pas de système de coordonnées (SCR) ; une "
                                  "jointure par localisation est impossible. Définissez son SCR (Propriétés "
                                  "de la couche > Source) ou rattachez les logements par clé.".format(units["label"]))
        polygons = self._polygons(units, feedback)
        if points is not None:
            feedback.pushInfo(translate("UnitJoin", "Join: by location of the dwellings in the units."))
            assigned = pd.Series([None] * len(dwellings), dtype=object)
            for x, y, crs in points:
                self._say_reprojection(feedback, crs, units)
                found = levels.assign_by_location(x, y, crs, polygons, unit_ids, units["crs"],
                                                  self._progress(feedback, *progress))
                if found is None:
                    raise Cancelled()
                assigned = assigned.where(assigned.notna(), found)
            return assigned
        if buildings is not None:
            self._require_building_key(dwellings)
            if not buildings["crs"]:
                raise PeuplementError("BATIMENTS ({}) : la couche n'a pas de système de coordonnées (SCR) ; "
                                      "une jointure par localisation est impossible. Définissez son SCR "
                                      "(Propriétés de la couche > Source).".format(buildings["label"]))
            feedback.pushInfo(translate("UnitJoin", "Join: by location of each dwelling's building in the units."))
            self._say_reprojection(feedback, buildings["crs"], units)
            bx, by = spatial.representative_points(frames.shapely_geometries(buildings["wkb"]))
            found = levels.assign_by_location(bx, by, buildings["crs"], polygons, unit_ids, units["crs"],
                                              self._progress(feedback, *progress))
            if found is None:
                raise Cancelled()
            return levels.via_buildings(dwellings["batiment_id"], buildings["ids"], found)
        raise PeuplementError(
            "Impossible de rattacher les logements aux unités du niveau {} : ils n'ont ni clé {}, ni "
            "coordonnées (x, y ou géométrie ponctuelle), et aucune couche de bâtiments (BATIMENTS) "
            "n'est donnée.".format(level, key_field or units["field"]))

    @staticmethod
    def _polygons(units, feedback):
        """The units' polygons for a location join, repaired, with a warning that names the
        invalid and the empty ones."""
        polygons, invalid, empty = spatial.repair_polygons(frames.shapely_geometries(units["wkb"]))

        def names(positions):
            quoted = ", ".join(str(units["ids"][i]) for i in positions[:10])
            return quoted + (" …" if len(positions) > 10 else "")

        if invalid:
            feedback.pushWarning(translate("UnitJoin", "{} unit(s) of {} have an invalid geometry (self-intersection…), "
                                                       "repaired before the join: {}.").format(
                len(invalid), units["label"], names(invalid)))
        if empty:
            feedback.pushWarning(translate("UnitJoin", "{} unit(s) of {} have no geometry: no dwelling can be placed "
                                                       "in them by location: {}.").format(
                len(empty), units["label"], names(empty)))
        return polygons

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
        frame, _, crs_wkt, label = frames.parameter_frame(self, parameters, self.BATIMENTS, context,
                                                          with_geometry=True)
        wkb = frames.point_wkb(frame) if frames.POINT_X in frame.columns else frame[frames.GEOMETRY].tolist()
        return {"frame": frame, "ids": frame[id_field], "wkb": wkb, "crs": crs_wkt, "label": label}

    def _say_reprojection(self, feedback, crs, units):
        if crs and units["crs"] and not spatial.same_crs(crs, units["crs"]):
            feedback.pushInfo(translate("UnitJoin", "Dwellings reprojected to the CRS of the units ({}).").format(
                units["source_crs"].authid() or units["source_crs"].description()))

    @staticmethod
    def _progress(feedback, start, end):
        def report(fraction):
            feedback.setProgress(start + (end - start) * fraction)
            return feedback.isCanceled()
        return report

    def write_units(self, parameters, context, feedback, level, table, units, types, progress=(70, 100)):
        """One feature per unit (the rows of ``table``, indexed by unit id), with the
        unit's geometry when there is a units layer; returns the destination id."""
        table = table.reset_index()
        unit_column = table.columns[0]
        if level == "etage":
            parts = table[unit_column].str.split(levels.SEPARATOR_ETAGE, n=1, expand=True)
            head = pd.DataFrame({"batiment_id": parts[0], "etage": pd.array(parts[1].astype(int), dtype="Int64")})
            geometry_keys = head["batiment_id"]
        else:
            id_name = units["field"] if units is not None else levels.DWELLING_KEY[level]
            head = pd.DataFrame({id_name: table[unit_column].astype(object)})
            geometry_keys = head[id_name]
        if units is not None and units.get("names") is not None and level != "etage":
            # the name a person reads, beside the code (hors QPV and unknown units: none)
            names = dict(zip(units["ids"], units["names"]))
            head[noms.NAME] = pd.Series([names.get(key) for key in geometry_keys], dtype=object)
        head["niveau"] = level
        output = pd.concat([head, table.drop(columns=[unit_column])], axis=1)
        fields = sinks.fields_for(output, types)
        if units is not None:
            by_id = dict(zip(units["ids"], units["wkb"]))
            dest_id, completed = bulk.write_layer(
                self, parameters, self.OUTPUT, context, output, fields, QgsWkbTypes.multiType(units["wkb_type"]),
                units["source_crs"], wkb=[by_id.get(key) for key in geometry_keys], multi=True, feedback=feedback,
                progress=progress)
        else:
            dest_id, completed = bulk.write_layer(self, parameters, self.OUTPUT, context, output, fields,
                                                  feedback=feedback, progress=progress)
        if not completed:
            raise Cancelled()
        return dest_id
