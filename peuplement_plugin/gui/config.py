"""The inspector's configuration: which layers and fields hold dwellings, households,
buildings, résidences, attributions, demandes, observations and the fragility index.

Saved in the QGIS project (``QgsProject.writeEntry`` under the ``peuplement_inspecteur``
scope), so that a shared project opens ready; guessed, when nothing is saved, from the
field names the plugin's algorithms write (``peuplement:import_table`` canonical
tables, ``peuplement:fragilite``) and from the layer names."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsMapLayerType, QgsProject, QgsVectorLayer, QgsWkbTypes

SCOPE = "peuplement_inspecteur"
LAYER_KEYS = ("logements", "batiments", "residences", "attributions", "demandes", "observations", "fragilite")
# Fields chosen in the settings (the canonical tables keep their canonical names).
FIELD_KEYS = {
    "batiments": ("batiment_id", "residence_id", "adresse", "nb_etages"),
    "residences": ("residence_id", "nom"),
    "observations": ("residence_id", "date", "theme", "intensite", "texte"),
    "fragilite": ("id",),
}
FIELD_GUESSES = {
    ("batiments", "batiment_id"): ("batiment_id", "id_batiment", "immeuble", "immeu", "id_bat"),
    ("batiments", "residence_id"): ("residence_id", "id_residence", "programme", "code_programme"),
    ("batiments", "adresse"): ("adresse", "address", "adr", "libelle_adresse"),
    ("batiments", "nb_etages"): ("nb_etages", "etages", "nb_niveaux", "hauteur_etages"),
    ("residences", "residence_id"): ("residence_id", "id_residence", "programme", "code"),
    ("residences", "nom"): ("nom", "name", "libelle", "nom_residence", "nom_programme"),
    ("observations", "residence_id"): ("residence_id", "id_residence"),
    ("observations", "date"): ("date", "date_observation"),
    ("observations", "theme"): ("theme", "thème"),
    ("observations", "intensite"): ("intensite", "intensité"),
    ("observations", "texte"): ("texte", "text", "commentaire", "observation"),
    ("fragilite", "id"): ("unite", "batiment_id", "residence_id", "ilot_id", "id"),
}


@dataclass
class Config:
    layers: Dict[str, str] = field(default_factory=dict)  # key → layer id
    menages: List[str] = field(default_factory=list)  # household layer ids (one per millésime, or one)
    fields: Dict[str, str] = field(default_factory=dict)  # "batiments.adresse" → field name
    seuil_q1: Optional[float] = None  # published first-quartile threshold (€ per UC and year)

    def layer(self, key, project=None):
        layer_id = self.layers.get(key)
        if not layer_id:
            return None
        layer = (project or QgsProject.instance()).mapLayer(layer_id)
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None

    def menages_layers(self, project=None):
        project = project or QgsProject.instance()
        layers = [project.mapLayer(i) for i in self.menages]
        return [layer for layer in layers if isinstance(layer, QgsVectorLayer) and layer.isValid()]

    def field(self, layer_key, name):
        return self.fields.get("{}.{}".format(layer_key, name)) or None


def _vector_layers(project):
    return [layer for layer in project.mapLayers().values()
            if layer.type() == QgsMapLayerType.VectorLayer and layer.isValid()]


def _names(layer):
    return {f.name().lower(): f.name() for f in layer.fields()}


def _has(layer, *names):
    fields = _names(layer)
    return all(n in fields for n in names)


def _spatial(layer):
    return layer.geometryType() not in (QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry)


def _pick(candidates, word):
    """The candidate whose name contains ``word``, else the first one."""
    if not candidates:
        return None
    for layer in candidates:
        if word in layer.name().lower():
            return layer
    return candidates[0]


def deviner(project=None):
    """A configuration guessed from the layers of the project."""
    project = project or QgsProject.instance()
    layers = sorted(_vector_layers(project), key=lambda layer: layer.name())
    config = Config()
    rules = {
        "logements": ([l for l in layers if _has(l, "logement_id", "batiment_id") and
                       (_has(l, "etage") or _has(l, "mode_occupation"))], "logement"),
        "attributions": ([l for l in layers if _has(l, "attribution_id", "logement_id")], "attribution"),
        "demandes": ([l for l in layers if _has(l, "demande_id", "revenu_mensuel")], "demande"),
        "batiments": ([l for l in layers if _spatial(l) and _has(l, "batiment_id") and not _has(l, "logement_id")
                       and not _has(l, "indice_fragilite")], "bati"),
        "residences": ([l for l in layers if _spatial(l) and _has(l, "residence_id") and not _has(l, "batiment_id")
                        and not _has(l, "logement_id") and not _has(l, "theme")
                        and not _has(l, "indice_fragilite")], "residence"),
        "observations": ([l for l in layers if _has(l, "theme", "texte") or
                          ("observation" in l.name().lower() and _has(l, "theme"))], "observation"),
        "fragilite": ([l for l in layers if _has(l, "indice_fragilite")], "bati"),
    }
    for key, (candidates, word) in rules.items():
        chosen = _pick(candidates, word)
        if chosen is not None:
            config.layers[key] = chosen.id()
    config.menages = [l.id() for l in layers if _has(l, "logement_id", "millesime") and _has(l, "nb_personnes")]
    for key, names in FIELD_KEYS.items():
        layer = config.layer(key, project)
        if layer is None:
            continue
        for name in names:
            guessed = deviner_champ(layer, key, name)
            if guessed:
                config.fields["{}.{}".format(key, name)] = guessed
    return config


def deviner_champ(layer, key, name):
    fields = _names(layer)
    for candidate in FIELD_GUESSES.get((key, name), (name,)):
        if candidate in fields:
            return fields[candidate]
    return None


def ecrire(config, project=None):
    project = project or QgsProject.instance()
    for key in LAYER_KEYS:
        project.writeEntry(SCOPE, "layers/" + key, config.layers.get(key, ""))
    project.writeEntry(SCOPE, "menages", ";".join(config.menages))
    for key, names in FIELD_KEYS.items():
        for name in names:
            key_name = "{}.{}".format(key, name)
            project.writeEntry(SCOPE, "fields/" + key_name, config.fields.get(key_name, ""))
    project.writeEntry(SCOPE, "seuil_q1", "" if config.seuil_q1 is None else repr(float(config.seuil_q1)))
    project.writeEntry(SCOPE, "saved", "1")


def lire(project=None):
    """The configuration saved in the project, or None when none is."""
    project = project or QgsProject.instance()
    saved, ok = project.readEntry(SCOPE, "saved", "")
    if not ok or saved != "1":
        return None
    config = Config()
    for key in LAYER_KEYS:
        value, _ = project.readEntry(SCOPE, "layers/" + key, "")
        if value:
            config.layers[key] = value
    value, _ = project.readEntry(SCOPE, "menages", "")
    config.menages = [v for v in value.split(";") if v]
    for key, names in FIELD_KEYS.items():
        for name in names:
            value, _ = project.readEntry(SCOPE, "fields/{}.{}".format(key, name), "")
            if value:
                config.fields["{}.{}".format(key, name)] = value
    value, _ = project.readEntry(SCOPE, "seuil_q1", "")
    try:
        config.seuil_q1 = float(value) if value else None
    except ValueError:
        config.seuil_q1 = None
    return config


def courante(project=None):
    """The saved configuration, else a guessed one."""
    return lire(project) or deviner(project)
