"""Code lists of the domain (domain.md sections 3.1 to 3.4) and their recodings.

Real files write the same thing many ways ("RC", "RDC", "Rez-de-chaussée";
"Chômage", "chomage", "demandeur d'emploi"): every label is compared after
``normalise_label`` (lower case, no accents, single spaces), so the tables below
list each spelling once, in that normalised form.
"""

import re
import unicodedata

# RPLS FINAN codes → financing family (domain.md 3.1).
FINAN_GROUPS = {
    10: "PLAI", 11: "PLAI",
    12: "PLUS", 13: "PLUS", 50: "PLUS", 51: "PLUS", 52: "PLUS", 53: "PLUS",
    54: "PLUS", 55: "PLUS",
    14: "PLS", 15: "PLS", 17: "PLS",
    16: "PLI",
    49: "AUTRE", 99: "AUTRE",
}
FINAN_FAMILIES = ("PLAI", "PLUS", "PLS", "PLI", "AUTRE")
# Families written as words rather than codes (bailleurs' own exports).
FINAN_LABELS = {
    "plai": "PLAI", "pla i": "PLAI", "pla-i": "PLAI", "plai-a": "PLAI",
    "plus": "PLUS", "pla": "PLUS", "plus cd": "PLUS",
    "pls": "PLS", "pli": "PLI", "autre": "AUTRE", "autres": "AUTRE",
}

# Mode d'occupation at 1 January (RPLS transmission, field 40).
MODE_OCCUPATION = {
    1: "loué",
    2: "vacant proposé à la location",
    3: "vide (travaux, démolition, vente)",
    4: "association",
    5: "occupé sans contrat",
    9: "sans objet",
}
MODE_LOUE = 1
MODE_VACANT = 2

# Contingent / réservataire (RPLS field 63, SNE).
CONTINGENT = {
    1: "État fonctionnaires",
    2: "État prioritaires",
    3: "Action Logement",
    4: "collectivités/EPCI",
    5: "État R314",
    6: "autres",
    7: "non réservé",
}

COMPOSITION = {
    "personne seule": "personne_seule",
    "personne_seule": "personne_seule",
    "isole": "personne_seule",
    "personne isolee": "personne_seule",
    "couple sans enfant": "couple_sans_enfant",
    "couple sans enfants": "couple_sans_enfant",
    "couple_sans_enfant": "couple_sans_enfant",
    "couple avec enfant": "couple_avec_enfants",
    "couple avec enfants": "couple_avec_enfants",
    "couple avec enfant(s)": "couple_avec_enfants",
    "couple_avec_enfants": "couple_avec_enfants",
    "famille monoparentale": "famille_monoparentale",
    "famille_monoparentale": "famille_monoparentale",
    "monoparentale": "famille_monoparentale",
    "parent isole": "famille_monoparentale",
    "autre": "autre",
    "autres": "autre",
    "menage complexe": "autre",
}
COMPOSITION_VALUES = ("personne_seule", "couple_sans_enfant", "couple_avec_enfants",
                      "famille_monoparentale", "autre")

ACTIVITE = {
    "emploi stable": "emploi_stable", "emploi_stable": "emploi_stable", "cdi": "emploi_stable",
    "fonctionnaire": "emploi_stable", "independant": "emploi_stable",
    "emploi precaire": "emploi_precaire", "emploi_precaire": "emploi_precaire",
    "cdd": "emploi_precaire", "interim": "emploi_precaire", "contrat aide": "emploi_precaire",
    "chomage": "chomage", "chomeur": "chomage", "demandeur d'emploi": "chomage",
    "retraite": "retraite", "retraitee": "retraite",
    "etudiant": "etudiant", "etudiante": "etudiant", "apprenti": "etudiant",
    "inactif": "inactif", "inactive": "inactif", "autre inactif": "inactif",
}
ACTIVITE_VALUES = ("emploi_stable", "emploi_precaire", "chomage", "retraite", "etudiant", "inactif")

# Resources as a share of the PLUS ceiling, as OPS publishes them.
TRANCHE_PLAFOND = {
    "<20": "<20", "moins de 20": "<20", "0-20": "<20",
    "20-40": "20-40", "de 20 a 40": "20-40",
    "40-60": "40-60", "de 40 a 60": "40-60",
    "60-100": "60-100", "de 60 a 100": "60-100",
    ">100": ">100", "plus de 100": ">100", "100 et plus": ">100",
}
TRANCHE_VALUES = ("<20", "20-40", "40-60", "60-100", ">100")

BOOLEAN = {
    "1": True, "o": True, "oui": True, "y": True, "yes": True, "true": True, "vrai": True, "x": True,
    "0": False, "n": False, "non": False, "no": False, "false": False, "faux": False,
}

# Floors written as words: rez-de-chaussée is 0, sous-sol a basement.
FLOOR_WORDS = {
    "rc": 0, "rdc": 0, "r": 0, "rez de chaussee": 0, "rez-de-chaussee": 0, "rez de ch": 0,
    "ss": -1, "sous sol": -1, "sous-sol": -1, "ss1": -1, "s1": -1, "ss2": -2, "s2": -2,
}

# QPV codes that mean "outside any QPV" in RPLS (PLG_QP24, QPV_CODE).
HORS_QPV_CODES = {"hz", "csz", "hors zone", "hors qpv", "0", "-"}

# Outside these bounds a floor number is a typing error, not a building.
FLOOR_MIN = -5
FLOOR_MAX = 60


def normalise_label(value):
    """Lower case, accents removed, runs of spaces, ``_`` and ``%`` folded.

    >>> normalise_label("  Famille  Monoparentale ")
    'famille monoparentale'
    >>> normalise_label("Chômage")
    'chomage'
    """
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("%", "").replace("\u00a0", " ").replace("œ", "oe").replace("\u2019", "'")
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"[\s_]+", " ", text).strip()
    return text


def normalise_column_name(name):
    """A column name reduced to ``[a-z0-9_]`` so that ``Nom.du.Programme``,
    ``Nom du Programme`` and ``nom_du_programme`` compare equal."""
    text = normalise_label(name)
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")
