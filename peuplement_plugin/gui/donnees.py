"""The inspector's data: the configured layers read once into pandas frames (columnar
reads through ``bridge.frames.layer_to_frame``), the résidence ↔ building links, the
search index of the locator, and the one write the inspector makes (a field
observation, through the layer's edit buffer)."""

import math

import pandas as pd
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsProject,
                       QgsVectorLayer, QgsVectorLayerUtils)
from qgis.PyQt.QtCore import QDate

from ..bridge.frames import layer_to_frame
from ..core import levels, noms
from ..core import residence as modele
from . import config as cfg


def _text(series):
    """Identifiers as trimmed text (levels.normalise_keys): 12, 12.0 and "12" meet."""
    return pd.Series(levels.normalise_keys(series).to_numpy(dtype=object), index=series.index, dtype=object)


class Donnees:
    """Frames of a configuration; ``None`` where a layer is not configured."""

    def __init__(self, config, project=None):
        self.config = config
        self.project = project or QgsProject.instance()
        self.logements = self._frame("logements")
        if self.logements is not None:
            for name in ("batiment_id", "residence_id"):
                if name in self.logements.columns:
                    self.logements[name] = _text(self.logements[name])
        menages = [layer_to_frame(layer) for layer in config.menages_layers(self.project)]
        menages = [m for m in menages if len(m)]
        self.menages = pd.concat(menages, ignore_index=True) if menages else None
        if self.menages is not None and self.logements is not None:
            self.menages = modele.completer_tranches(self.menages, self.logements)
        self.attributions = self._frame("attributions")
        self.demandes = self._frame("demandes")
        self.observations = None
        self.recharger_observations()
        self.fragilite = self._frame("fragilite")
        self.batiments = self._frame("batiments", renamed=True)
        self.residences = self._frame("residences", renamed=True)
        if self.batiments is None and self.logements is not None:
            # No building layer: the buildings of the dwellings, grouped by their programme.
            frame = self.logements[["batiment_id"]].drop_duplicates().copy()
            frame["residence_id"] = frame["batiment_id"].map(
                self.logements.drop_duplicates("batiment_id").set_index("batiment_id")["residence_id"]) \
                if "residence_id" in self.logements.columns else None
            self.batiments = frame.reset_index(drop=True)
        if self.batiments is not None:
            for name in ("batiment_id", "residence_id", "adresse"):
                if name in self.batiments.columns:
                    self.batiments[name] = _text(self.batiments[name])
        if self.residences is not None:
            for name in ("residence_id", "nom"):
                if name in self.residences.columns:
                    self.residences[name] = _text(self.residences[name])
        # the buildings that hold dwellings (batiments_de)
        self._batiments_logements = set(self.logements["batiment_id"].dropna()) if self.pret else set()
        self._seuils = {}
        # the QPV / commune / EPCI rows of residence.indicateurs, by (scale, label, millésime);
        # a reload makes a new Donnees, hence an empty cache
        self.references = {}

    def recharger_observations(self):
        """Reads the observations layer again (after one was added), and only it."""
        self.observations = self._frame("observations", renamed=True)
        if self.observations is not None and "residence_id" in self.observations.columns:
            self.observations["residence_id"] = _text(self.observations["residence_id"])
        return self.observations

    def _frame(self, key, renamed=False):
        layer = self.config.layer(key, self.project)
        if layer is None:
            return None
        frame = layer_to_frame(layer)
        if renamed:
            # the chosen fields under their canonical names
            mapping = {}
            for name in cfg.FIELD_KEYS.get(key, ()):
                chosen = self.config.field(key, name)
                if chosen and chosen in frame.columns and chosen != name:
                    mapping[chosen] = name
            frame = frame.rename(columns=mapping)
        return frame

    # ----------------------------------------------------------------- places

    @property
    def pret(self):
        return self.logements is not None and len(self.logements) > 0

    def residence_de(self, batiment_id):
        if self.batiments is None or "residence_id" not in self.batiments.columns:
            return None
        rows = self.batiments[self.batiments["batiment_id"] == str(batiment_id)]
        return rows["residence_id"].iloc[0] if len(rows) else None

    def batiments_de(self, residence_id):
        """The buildings of a résidence that hold dwellings, in id order."""
        if residence_id is None or self.batiments is None or "residence_id" not in self.batiments.columns:
            return []
        ids = self.batiments.loc[self.batiments["residence_id"] == str(residence_id), "batiment_id"].dropna()
        return sorted(i for i in ids.unique() if i in self._batiments_logements)

    def nom_residence(self, residence_id):
        if residence_id is None:
            return ""
        if self.residences is not None and "nom" in self.residences.columns:
            rows = self.residences[self.residences["residence_id"] == str(residence_id)]
            if len(rows) and rows["nom"].iloc[0]:
                return "{} ({})".format(rows["nom"].iloc[0], residence_id)
        return str(residence_id)

    # Unit layers hold few features (QPV, communes, EPCI, IRIS); a larger layer that happens
    # to carry a code and a name field (dwellings…) is not read for names.
    MAX_UNITS_FOR_NAMES = 50_000
    UNIT_KEYS = (("code_qpv", "qpv"), ("depcom", "commune"), ("code_epci", "epci"), ("code_iris", "iris"))

    def noms_unites(self):
        """``{(scale, code): name}`` of the QPV, communes, EPCI and IRIS, from the project's
        layers that carry a unit code and a name field (the unit layers, the plugin's
        outputs with ``nom``). Read once."""
        if getattr(self, "_noms_unites", None) is not None:
            return self._noms_unites
        found = {}
        for layer in self.project.mapLayers().values():
            if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or \
                    layer.featureCount() > self.MAX_UNITS_FOR_NAMES:
                continue
            fields = layer.fields().names()
            for key_field, scale in self.UNIT_KEYS:
                if key_field not in fields:
                    continue
                name_field = noms.guess_name_field(fields, key_field)
                if name_field is None:
                    continue
                frame = layer_to_frame(layer, [key_field, name_field])
                for code, name in zip(_text(frame[key_field]), frame[name_field]):
                    name = noms.clean(name)
                    if code is not None and name is not None:
                        found.setdefault((scale, str(code)), name)
        self._noms_unites = found
        return found

    def adresse(self, batiment_id):
        if self.batiments is None or "adresse" not in self.batiments.columns:
            return ""
        rows = self.batiments[self.batiments["batiment_id"] == str(batiment_id)]
        return rows["adresse"].iloc[0] or "" if len(rows) else ""

    def nb_etages(self):
        if self.batiments is None or "nb_etages" not in self.batiments.columns:
            return {}
        values = pd.to_numeric(self.batiments["nb_etages"], errors="coerce")
        return {b: int(v) for b, v in zip(self.batiments["batiment_id"], values) if pd.notna(v)}

    def millesimes(self):
        if self.menages is None or "millesime" not in self.menages.columns:
            return []
        return sorted(int(m) for m in pd.to_numeric(self.menages["millesime"], errors="coerce").dropna().unique())

    def index_recherche(self):
        """(text searched, label shown, kind, id): résidences by name and id, buildings by
        address and id. No person is ever in it."""
        entries = []
        if self.residences is not None and "residence_id" in self.residences.columns:
            names = self.residences["nom"] if "nom" in self.residences.columns else \
                pd.Series(None, index=self.residences.index)
            for rid, nom in zip(self.residences["residence_id"], names):
                if rid:
                    label = "{} ({})".format(nom, rid) if nom else rid
                    entries.append(("{} {}".format(nom or "", rid).lower(), label, "residence", rid))
        elif self.batiments is not None and "residence_id" in self.batiments.columns:
            for rid in self.batiments["residence_id"].dropna().unique():
                entries.append((str(rid).lower(), str(rid), "residence", str(rid)))
        if self.batiments is not None:
            addresses = self.batiments["adresse"] if "adresse" in self.batiments.columns else \
                pd.Series(None, index=self.batiments.index)
            # a building found by its address also says its résidence's name (and code)
            residence_names = {}
            if self.residences is not None and {"residence_id", "nom"} <= set(self.residences.columns):
                residence_names = dict(zip(self.residences["residence_id"], self.residences["nom"]))
            residences = self.batiments["residence_id"] if "residence_id" in self.batiments.columns else \
                pd.Series(None, index=self.batiments.index)
            for bid, adresse, rid in zip(self.batiments["batiment_id"], addresses, residences):
                if bid:
                    label = "{} — {}".format(adresse, bid) if adresse else bid
                    if noms.clean(residence_names.get(rid)):
                        label = "{}, {}".format(label, noms.label(residence_names[rid], rid))
                    entries.append(("{} {}".format(adresse or "", bid).lower(), label, "batiment", bid))
        return entries

    def unites_du_batiment(self, batiment_id, field):
        """The building's units in ``field`` (ilot_id, code_iris, depcom…), read in the
        buildings layer, else in its dwellings: how a fragility computed at another level
        (the chain's is by îlot) meets the building."""
        for frame in (self.batiments, self.logements):
            if frame is not None and field in frame.columns and "batiment_id" in frame.columns:
                values = _text(frame.loc[frame["batiment_id"] == str(batiment_id), field]).dropna()
                values = [v for v in values.unique() if v != ""]
                if values:
                    return values
        return []

    def fragilite_de(self, ids, batiment_id=None):
        """The fragility row (index, class and z_/r_ components) of the first of ``ids``
        found, else of the units of ``batiment_id`` at the fragility layer's level; the
        latest millésime when the layer holds several."""
        if self.fragilite is None:
            return None
        key = self.config.field("fragilite", "id")
        if not key or key not in self.fragilite.columns:
            return None
        values = _text(self.fragilite[key])
        candidates = [unit for unit in ids if unit is not None]
        if batiment_id is not None:
            candidates += self.unites_du_batiment(batiment_id, key)
        for unit in candidates:
            rows = self.fragilite[values == str(unit)]
            if len(rows):
                if "millesime" in rows.columns:
                    rows = rows.sort_values("millesime", ascending=False, na_position="last")
                row = rows.iloc[0]
                if "niveau" in rows.columns and isinstance(row["niveau"], str) and row["niveau"]:
                    unit = "{} {}".format(row["niveau"], unit)
                keep = [c for c in rows.columns if c in ("indice_fragilite", "classe_fragilite", "fragile")
                        or c.startswith(("z_", "r_"))]
                return unit, {c: row[c] for c in keep if not (isinstance(row[c], float) and math.isnan(row[c]))}
        return None

    def seuils(self, annee):
        if annee not in self._seuils:
            self._seuils[annee] = modele.seuils_annee(self.demandes, annee, publie=self.config.seuil_q1)
        return self._seuils[annee]


def geometrie_de(config, residence_id, batiment_id, crs_dest, project=None):
    """A point for a new observation: the centroid of the résidence, else of the building,
    in ``crs_dest``; None when neither is found."""
    project = project or QgsProject.instance()
    for key, value in (("residences", residence_id), ("batiments", batiment_id)):
        layer = config.layer(key, project)
        name = config.field(key, "residence_id" if key == "residences" else "batiment_id")
        if layer is None or not name or value is None:
            continue
        request = QgsFeatureRequest().setFilterExpression('"{}" = \'{}\''.format(
            name.replace('"', '""'), str(value).replace("'", "''")))
        for feature in layer.getFeatures(request):
            geometry = QgsGeometry(feature.geometry()).centroid()
            if geometry.isEmpty():
                continue
            if layer.crs() != crs_dest:
                geometry.transform(QgsCoordinateTransform(layer.crs(), crs_dest, project))
            return geometry
    return None


def ajouter_observation(config, residence_id, batiment_id, date, theme, intensite, texte, project=None):
    """Writes one field observation (domain.md 3.7) into the observations layer through its
    edit buffer, committed unless the user was already editing the layer (then it stays in
    the user's buffer). Returns (ok, message)."""
    project = project or QgsProject.instance()
    layer = config.layer("observations", project)
    if layer is None:
        return False, "no observations layer"
    attributes = {}
    for name, value in (("residence_id", residence_id), ("date", date), ("theme", theme), ("intensite", intensite),
                        ("texte", texte)):
        field_name = config.field("observations", name) or name
        index = layer.fields().indexOf(field_name)
        if index >= 0:
            attributes[index] = QDate(date.year, date.month, date.day) if name == "date" else value
    geometry = None
    if layer.isSpatial():
        geometry = geometrie_de(config, residence_id, batiment_id, layer.crs(), project)
    feature = QgsVectorLayerUtils.createFeature(layer, geometry or QgsGeometry(), attributes)
    was_editing = layer.isEditable()
    if not was_editing and not layer.startEditing():
        return False, "the observations layer cannot be edited"
    if not layer.addFeature(QgsFeature(feature)):
        if not was_editing:
            layer.rollBack()
        return False, "the feature was refused"
    if was_editing:
        return True, "kept in the edit buffer"
    if not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        return False, errors
    return True, ""
