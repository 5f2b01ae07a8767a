"""Names of the units, where a person reads them.

Unit layers carry a name beside the code (QPV: ``nom`` / ``NOM_QP``; communes:
``nom_commune`` / ``NOM_COM`` / ``LIBGEO``; EPCI: ``nom_epci`` / ``LIBEPCI`` /
``raison_sociale``; IRIS: ``nom_iris`` / ``LIB_IRIS``; résidences: ``nom`` / ``Nom du
Programme``). The outputs carry it as ``nom``; the report, the atlas, the dock and the
locator show it, with the code beside it where the name alone may not tell two units
apart (nine résidences "Le Bocage")."""

from .codes import normalise_column_name

NAME = "nom"

# Normalised spellings of a name field, the most specific first.
NAME_FIELDS = ("nom", "nom_qp", "nom_qpv", "lib_qp", "libelle_qpv", "nom_commune", "nom_com", "libgeo",
               "libcom", "nom_epci", "libepci", "raison_sociale", "nom_iris", "lib_iris", "libiris",
               "nom_residence", "nom_du_programme", "nom_programme", "libelle", "name")


def guess_name_field(fields, id_field=None):
    """The field of ``fields`` that holds the units' names, or None."""
    by_normal = {}
    for field in fields:
        if field != id_field:
            by_normal.setdefault(normalise_column_name(field), field)
    for candidate in NAME_FIELDS:
        if candidate in by_normal:
            return by_normal[candidate]
    return None


def clean(value):
    """A name as text, None when there is none (NULL, NaN, blank)."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    text = str(value).strip()
    return text or None


def label(name, code, with_code=True):
    """``Les Hauts de Valcher (QN03791M)``; the code alone when there is no name."""
    name, code = clean(name), clean(code)
    if name is None:
        return code or ""
    if not with_code or code is None or code == name:
        return name
    return "{} ({})".format(name, code)
