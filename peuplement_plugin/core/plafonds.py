"""PLUS income ceilings, households' resources as a share of them, and consumption units
(domain.md 3.2, 5.1, 5.2 and 5.5).

The ceilings (plafonds de ressources PLUS, annexe I of the arrêté du 29 juillet 1987,
revised every 1 January) are a dated table in ``resources/plafonds_plus.csv``:
``annee;zone;categorie;plafond;source``, one row per year, zone and household category
(``1`` to ``6``, and ``+`` for the amount added per person beyond the sixth category).
Amounts are annual revenu fiscal de référence in euros. Adding a year means adding its 21
rows to the CSV; nothing in this module names a year.

Zones (``ZONES``): ``paris_limitrophes`` (Paris and its communes limitrophes),
``ile_de_france_autres`` (the rest of Île-de-France), ``hors_ile_de_france`` (the
« autres régions » column of the arrêté, i.e. metropolitan France outside Île-de-France).

Household category: see ``categorie`` (the annex of the arrêté du 29 juillet 1987,
domain.md 5.5); ``regles_categorie`` reads what a households frame carries of it
(composition, ages of the couple, handicap).

Only pandas/numpy: no QGIS here.
"""

import functools

import numpy as np
import pandas as pd

from ..paths import resource
from .codes import TRANCHE_VALUES
from .errors import PeuplementError

TABLE_NAME = "plafonds_plus.csv"
COLUMNS = ("annee", "zone", "categorie", "plafond", "source")
ZONES = ("paris_limitrophes", "ile_de_france_autres", "hors_ile_de_france")
CATEGORIES = ("1", "2", "3", "4", "5", "6", "+")
ZONE_LABELS = {
    "paris_limitrophes": "Paris et communes limitrophes",
    "ile_de_france_autres": "Île-de-France hors Paris et communes limitrophes",
    "hors_ile_de_france": "autres régions (hors Île-de-France)",
}

# Upper bounds (in % of the ceiling) of the first three bands; then 60-100 (a household
# exactly at the ceiling is eligible) and >100.
_LOWER_BANDS = ((20, "<20"), (40, "20-40"), (60, "40-60"))
assert tuple(code for _, code in _LOWER_BANDS) + ("60-100", ">100") == TRANCHE_VALUES

# Départements of Île-de-France other than Paris.
IDF_DEPARTEMENTS = ("77", "78", "91", "92", "93", "94", "95")

# The 29 communes limitrophes de Paris (INSEE codes): the communes whose territory
# touches Paris, the Bois de Boulogne and the Bois de Vincennes included (both belong to
# Paris, 16e and 12e arrondissements), hence Puteaux, Suresnes, Saint-Cloud, Fontenay-
# sous-Bois, Nogent-sur-Marne, Joinville-le-Pont and Saint-Maurice. Bondy (93010),
# Romainville, Maisons-Alfort, Arcueil, Châtillon, Courbevoie are not limitrophes.
COMMUNES_LIMITROPHES = {
    # Hauts-de-Seine (11)
    "92012": "Boulogne-Billancourt",
    "92024": "Clichy",
    "92040": "Issy-les-Moulineaux",
    "92044": "Levallois-Perret",
    "92046": "Malakoff",
    "92049": "Montrouge",
    "92051": "Neuilly-sur-Seine",
    "92062": "Puteaux",
    "92064": "Saint-Cloud",
    "92073": "Suresnes",
    "92075": "Vanves",
    # Seine-Saint-Denis (8)
    "93001": "Aubervilliers",
    "93006": "Bagnolet",
    "93045": "Les Lilas",
    "93048": "Montreuil",
    "93055": "Pantin",
    "93061": "Le Pré-Saint-Gervais",
    "93066": "Saint-Denis",
    "93070": "Saint-Ouen-sur-Seine",
    # Val-de-Marne (10)
    "94018": "Charenton-le-Pont",
    "94033": "Fontenay-sous-Bois",
    "94037": "Gentilly",
    "94041": "Ivry-sur-Seine",
    "94042": "Joinville-le-Pont",
    "94043": "Le Kremlin-Bicêtre",
    "94052": "Nogent-sur-Marne",
    "94067": "Saint-Mandé",
    "94069": "Saint-Maurice",
    "94080": "Vincennes",
}


# --------------------------------------------------------------------------- table

@functools.lru_cache(maxsize=8)
def _load(path_text):
    try:
        table = pd.read_csv(path_text, sep=";", dtype=str, encoding="utf-8", keep_default_na=False)
    except FileNotFoundError:
        raise PeuplementError(f"Table des plafonds PLUS introuvable : {path_text}") from None
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        raise PeuplementError(
            f"Table des plafonds PLUS {path_text} : colonne(s) manquante(s) {', '.join(missing)} "
            f"(attendu : {';'.join(COLUMNS)})."
        )
    table = table[list(COLUMNS)].copy()
    for column in ("annee", "zone", "categorie"):
        table[column] = table[column].str.strip()
    annee = pd.to_numeric(table["annee"], errors="coerce")
    plafond = pd.to_numeric(table["plafond"].str.replace(" ", "").str.replace(",", "."), errors="coerce")
    bad = annee.isna() | plafond.isna() | ~table["zone"].isin(ZONES) | ~table["categorie"].isin(CATEGORIES)
    if bad.any():
        rows = ", ".join(str(i + 2) for i in np.flatnonzero(bad.to_numpy())[:10])
        raise PeuplementError(
            f"Table des plafonds PLUS {path_text} : ligne(s) invalide(s) {rows} "
            f"(année, zone parmi {', '.join(ZONES)}, catégorie parmi {', '.join(CATEGORIES)}, "
            "plafond numérique)."
        )
    table["annee"] = annee.astype("int64")
    table["plafond"] = plafond.astype("float64")
    duplicated = table.duplicated(["annee", "zone", "categorie"])
    if duplicated.any():
        first = table[duplicated].iloc[0]
        raise PeuplementError(
            f"Table des plafonds PLUS {path_text} : plafond en double pour {first['annee']}, "
            f"{first['zone']}, catégorie {first['categorie']}."
        )
    table = table.sort_values(["annee", "zone", "categorie"], kind="stable").reset_index(drop=True)
    wide = table.pivot(index=["annee", "zone"], columns="categorie", values="plafond")
    incomplete = wide.reindex(columns=list(CATEGORIES)).isna().any(axis=1)
    if incomplete.any():
        annee_, zone_ = incomplete[incomplete].index[0]
        raise PeuplementError(
            f"Table des plafonds PLUS {path_text} : {annee_}, {zone_} n'a pas les catégories "
            f"{', '.join(CATEGORIES)} au complet."
        )
    return table, wide[list(CATEGORIES)]


def _resolve(path):
    return str(resource(TABLE_NAME) if path is None else path)


def load_table(path=None):
    """The ceilings table as a DataFrame (``annee`` int, ``zone``, ``categorie`` text
    ``1``..``6``/``+``, ``plafond`` float euros, ``source``). Read once per path (cached);
    the DataFrame returned is a copy. ``path`` defaults to the plugin's resource."""
    return _load(_resolve(path))[0].copy()


def years_available(zone=None, path=None):
    """Years present in the table (for one zone if given), ascending."""
    table = _load(_resolve(path))[0]
    if zone is not None:
        table = table[table["zone"] == zone]
    return sorted(int(y) for y in table["annee"].unique())


# --------------------------------------------------------------------------- inputs

def _is_scalar(value):
    return not isinstance(value, (pd.Series, pd.Index, np.ndarray, list, tuple))


def _index_of(*values):
    for value in values:
        if isinstance(value, pd.Series):
            return value.index
    for value in values:
        if not _is_scalar(value) and value is not None:
            return pd.RangeIndex(len(value))
    return pd.RangeIndex(1)


def _series(value, index):
    if isinstance(value, pd.Series):
        if len(value) != len(index):
            raise PeuplementError("Les colonnes fournies n'ont pas le même nombre de lignes.")
        return pd.Series(value.to_numpy(), index=index)
    if _is_scalar(value):
        return pd.Series([value] * len(index), index=index, dtype=object)
    values = list(value)
    if len(values) != len(index):
        raise PeuplementError("Les colonnes fournies n'ont pas le même nombre de lignes.")
    return pd.Series(values, index=index, dtype=object)


def _per_distinct(series, function):
    """``function`` of each row's value, called once per distinct value (a few hundred
    at most) rather than once per row (millions), then mapped back by position."""
    codes, uniques = pd.factorize(series.to_numpy())  # missing values (None, NaN) get code -1
    results = np.empty(len(uniques) + 1, dtype=object)
    results[:len(uniques)] = [function(v) for v in uniques]
    results[-1] = function(None)
    return pd.Series(results[codes], index=series.index, dtype=object)


def _numbers(series):
    if series.dtype == object:
        codes, uniques = pd.factorize(series.to_numpy())
        cleaned = pd.Series(list(uniques) + [None], dtype=object).map(
            lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v)
        numbers = pd.to_numeric(cleaned, errors="coerce").astype("float64").to_numpy()
        return pd.Series(numbers[codes], index=series.index, dtype="float64")
    return pd.to_numeric(series, errors="coerce").astype("float64")


def _persons(series):
    """Whole number of persons ≥ 1, NaN otherwise (unknown or invalid)."""
    values = _numbers(series)
    valid = (values >= 1) & (values == np.floor(values))
    return values.where(valid)


def _output(result, scalar):
    return result.iloc[0] if scalar else result


# --------------------------------------------------------------------------- category

# Sum of the two ages up to which a couple without dependants is a « jeune ménage »
# (arrêté du 29 juillet 1987, annexe: « jeune ménage sans personne à charge »).
AGE_JEUNE_MENAGE = 55


def _flags(value, index):
    """A yes/no column as 1.0 / 0.0 / NaN (unknown)."""
    if value is None:
        return pd.Series(np.nan, index=index, dtype="float64")
    series = _series(value, index)
    if series.dtype == object:
        codes, uniques = pd.factorize(series.to_numpy())
        flags = pd.Series(list(uniques) + [None], dtype=object).map(
            lambda v: {True: 1.0, False: 0.0}.get(v, v) if isinstance(v, (bool, np.bool_)) else v)
        numbers = pd.to_numeric(flags, errors="coerce").astype("float64").to_numpy()
        return pd.Series(numbers[codes], index=index, dtype="float64")
    return pd.to_numeric(series, errors="coerce").astype("float64")


def _categorie_equivalente(nb_personnes, nb_personnes_a_charge=None, jeune_menage=None, handicap=None):
    """Persons counted by the regulation's categories, before the cap at 6 (float, NaN
    when unknown): the number of persons; plus one for a person alone with dependants;
    3 for a « jeune ménage » of two persons without dependant; plus one when a member is
    disabled (the annex of the arrêté du 29 juillet 1987, domain.md 5.5)."""
    index = _index_of(nb_personnes, nb_personnes_a_charge, jeune_menage, handicap)
    persons = _persons(_series(nb_personnes, index))
    equivalent = persons.copy()
    charges = None
    if nb_personnes_a_charge is not None:
        charges = _numbers(_series(nb_personnes_a_charge, index))
        # A person alone with d ≥ 1 dependants (persons = d + 1) is in category d + 2.
        alone_with_dependents = (charges >= 1) & (persons - charges == 1)
        equivalent = equivalent.where(~alone_with_dependents, persons + 1)
    if jeune_menage is not None:
        # « Jeune ménage sans personne à charge »: the two members of the couple, category 3.
        young = (_flags(jeune_menage, index) == 1.0) & (persons == 2)
        if charges is not None:
            young &= ~(charges >= 1)
        equivalent = equivalent.where(~young, 3.0)
    if handicap is not None:
        # A household with a disabled member is in the category just above its own.
        equivalent = equivalent.where(~(_flags(handicap, index) == 1.0), equivalent + 1)
    return equivalent


def categorie(nb_personnes, nb_personnes_a_charge=None, jeune_menage=None, handicap=None):
    """Household category of the arrêté du 29 juillet 1987 (annexe), 1 to 6 (domain.md 5.5).

    Regulation: 1 = une personne seule; 2 = deux personnes sans personne à charge (jeunes
    ménages exclus); 3 = trois personnes, or une personne seule avec une personne à
    charge, or a jeune ménage sans personne à charge (couple whose ages add up to 55 at
    most); 4 = quatre personnes or une personne seule avec deux personnes à charge;
    5 = cinq personnes or une seule avec trois à charge; 6 = six personnes or une seule
    avec quatre à charge; each further person adds the ``+`` amount. A household with a
    disabled member (personne en situation de handicap) is in the category just above.

    Applied here: the number of persons; a person alone with d ≥ 1 dependants
    (``nb_personnes_a_charge`` = nb_personnes − 1) one category up; a two-person
    ``jeune_menage`` (true) with no dependant category 3; ``handicap`` (true) one category
    up on top of that. Categories beyond 6 are counted with the ``+`` amount (see
    ``personnes_supplementaires``). A flag left out (None) or unknown for a row is not
    applied to it: the category can then be one too low.

    Scalar in, scalar out; Series/list in, nullable Int64 Series out (NA when the number
    of persons is unknown or not a whole number ≥ 1).
    """
    scalar = all(_is_scalar(v) for v in (nb_personnes, nb_personnes_a_charge, jeune_menage, handicap))
    equivalent = _categorie_equivalente(nb_personnes, nb_personnes_a_charge, jeune_menage, handicap)
    result = equivalent.clip(upper=6).astype("Int64")
    return _output(result, scalar)


def personnes_supplementaires(nb_personnes, nb_personnes_a_charge=None, jeune_menage=None, handicap=None):
    """Persons beyond category 6, each adding the ``+`` amount (0 below; NA if unknown)."""
    scalar = all(_is_scalar(v) for v in (nb_personnes, nb_personnes_a_charge, jeune_menage, handicap))
    equivalent = _categorie_equivalente(nb_personnes, nb_personnes_a_charge, jeune_menage, handicap)
    result = (equivalent - 6).clip(lower=0).astype("Int64")
    return _output(result, scalar)


def personnes_a_charge(nb_personnes, composition):
    """Dependants of each household from its OPS composition (domain.md 3.2): a
    ``famille_monoparentale`` is one adult with nb_personnes − 1 dependants; a
    ``couple_avec_enfants`` two adults with nb_personnes − 2; ``personne_seule`` and
    ``couple_sans_enfant`` none; NaN for ``autre`` or unknown (not guessed)."""
    index = _index_of(nb_personnes, composition)
    persons = _persons(_series(nb_personnes, index))
    kind = _series(composition, index)
    adults = kind.map({"famille_monoparentale": 1.0, "couple_avec_enfants": 2.0, "personne_seule": 1.0,
                       "couple_sans_enfant": 2.0}).astype("float64")
    return (persons - adults).clip(lower=0)


def jeune_menage(nb_personnes, composition, age_titulaire, age_conjoint):
    """« Jeune ménage sans personne à charge » of the arrêté du 29 juillet 1987: a couple
    of two persons without child (``couple_sans_enfant``) whose ages add up to
    ``AGE_JEUNE_MENAGE`` (55) or less. 1.0 / 0.0, NaN when an age or the composition
    is unknown."""
    index = _index_of(nb_personnes, composition, age_titulaire, age_conjoint)
    persons = _persons(_series(nb_personnes, index))
    kind = _series(composition, index)
    ages = _numbers(_series(age_titulaire, index)) + _numbers(_series(age_conjoint, index))
    couple = (kind == "couple_sans_enfant") & (persons == 2)
    known = kind.notna() & persons.notna() & (ages.notna() | ~couple)
    return (couple & (ages <= AGE_JEUNE_MENAGE)).astype("float64").where(known)


def regles_categorie(menages):
    """The inputs of the category rule a households frame carries (keyword arguments of
    ``plafond`` / ``tranche``): dependants from ``composition``, ``jeune_menage`` (a
    column of its own, else from ``composition`` and the ages ``age_titulaire`` +
    ``age_conjoint``), ``handicap``."""
    rules = {}
    if "nb_personnes" not in menages.columns:
        return rules
    persons = menages["nb_personnes"]
    if "composition" in menages.columns:
        rules["nb_personnes_a_charge"] = personnes_a_charge(persons, menages["composition"].astype(object))
        if "jeune_menage" in menages.columns:
            rules["jeune_menage"] = _flags(menages["jeune_menage"], menages.index)
        elif "age_titulaire" in menages.columns and "age_conjoint" in menages.columns:
            rules["jeune_menage"] = jeune_menage(persons, menages["composition"].astype(object),
                                                 menages["age_titulaire"], menages["age_conjoint"])
    if "handicap" in menages.columns:
        rules["handicap"] = _flags(menages["handicap"], menages.index)
    return rules


# --------------------------------------------------------------------------- ceilings

def _years(series):
    values = _numbers(series)
    return values.where(values == np.floor(values))


def _check_pairs(years, zones, wide, path_text):
    available_pairs = set(wide.index)
    known = years.notna() & zones.notna()
    pairs = pd.DataFrame({"annee": years[known].astype("int64"), "zone": zones[known]}).drop_duplicates()
    for annee, zone in pairs.itertuples(index=False):
        if zone not in ZONES:
            raise PeuplementError(
                f"Plafonds PLUS : zone « {zone} » inconnue (année {annee}). Zones possibles : "
                f"{', '.join(ZONES)}."
            )
        if (annee, zone) not in available_pairs:
            years_zone = sorted({y for y, z in available_pairs if z == zone})
            listed = ", ".join(str(y) for y in years_zone) or "aucune"
            raise PeuplementError(
                f"Plafonds PLUS : pas de plafond pour l'année {annee} et la zone {zone} "
                f"({ZONE_LABELS[zone]}) dans {path_text}. Années disponibles pour cette zone : "
                f"{listed}. Ajoutez les plafonds de {annee} à la table ou choisissez une année "
                "disponible."
            )


def plafond(annee, zone, nb_personnes, nb_personnes_a_charge=None, path=None, jeune_menage=None, handicap=None):
    """PLUS ceiling (euros, annual revenu fiscal de référence) of a household.

    ``annee``, ``zone`` and ``nb_personnes`` are each a scalar or a Series (aligned row by
    row); ceiling = amount of the category (``categorie``) + ``+`` amount × persons beyond
    category 6; ``nb_personnes_a_charge``, ``jeune_menage`` and ``handicap`` (optional, row
    by row) apply the rest of the category rule (``categorie``). NaN when the number of
    persons, the year or the zone of a row is unknown.
    A year or zone given but absent from the table raises ``PeuplementError`` naming the
    year, the zone and the years available. All scalars in → a float out.
    """
    scalar = all(_is_scalar(v) for v in (annee, zone, nb_personnes, nb_personnes_a_charge, jeune_menage, handicap))
    path_text = _resolve(path)
    wide = _load(path_text)[1]
    index = _index_of(nb_personnes, annee, zone, nb_personnes_a_charge, jeune_menage, handicap)
    years = _years(_series(annee, index))
    zones = _per_distinct(_series(zone, index), lambda z: z.strip() if isinstance(z, str) and z.strip() else None)
    zones = zones.where(zones.notna(), None)
    _check_pairs(years, zones, wide, path_text)

    persons = _series(nb_personnes, index)
    charges = None if nb_personnes_a_charge is None else _series(nb_personnes_a_charge, index)
    equivalent = _categorie_equivalente(persons, charges,
                                        None if jeune_menage is None else _series(jeune_menage, index),
                                        None if handicap is None else _series(handicap, index))
    usable = equivalent.notna() & years.notna() & zones.notna()
    result = pd.Series(np.nan, index=index, dtype="float64")
    if usable.any():
        keys = pd.MultiIndex.from_arrays(
            [years[usable].astype("int64").to_numpy(), zones[usable].to_numpy()]
        )
        rows = wide.index.get_indexer(keys)
        category = equivalent[usable].clip(upper=6).astype("int64").to_numpy()
        extra = (equivalent[usable] - 6).clip(lower=0).to_numpy()
        values = wide.to_numpy()
        base = values[rows, category - 1]
        per_person = values[rows, CATEGORIES.index("+")]
        result[usable] = base + extra * per_person
    return _output(result, scalar)


# --------------------------------------------------------------------------- bands

def _cents(values):
    return np.round(values.to_numpy(dtype="float64") * 100.0)


def tranche_from_amounts(revenu_annuel, plafond_annuel):
    """Band code of each income against its ceiling, compared to the cent (no rounding
    error at the limits): ``<20`` when revenu < 20 % of the ceiling, ``20-40`` when
    20 % ≤ revenu < 40 %, ``40-60`` when 40 % ≤ revenu < 60 %, ``60-100`` when
    60 % ≤ revenu ≤ 100 % (exactly at the ceiling is eligible), ``>100`` above.
    None where either amount is unknown or the ceiling is not positive."""
    index = _index_of(revenu_annuel, plafond_annuel)
    income = _numbers(_series(revenu_annuel, index))
    ceiling = _numbers(_series(plafond_annuel, index))
    known = income.notna() & ceiling.notna() & (ceiling > 0)
    r = _cents(income.where(known, 0.0))
    p = _cents(ceiling.where(known, 1.0))
    # revenu / plafond < k % ⇔ 100 × revenu < k × plafond (both in cents: exact integers).
    codes = np.full(len(index), ">100", dtype=object)
    codes[r <= p] = "60-100"
    for percent, code in reversed(_LOWER_BANDS):
        codes[100.0 * r < percent * p] = code
    codes[~known.to_numpy()] = None
    return pd.Series(codes, index=index, dtype=object)


def ratio_plafond(revenu_annuel, nb_personnes, annee, zone, nb_personnes_a_charge=None, path=None,
                  jeune_menage=None, handicap=None):
    """Income as a percentage of the PLUS ceiling (float, NaN when unknown)."""
    scalar = all(_is_scalar(v) for v in (revenu_annuel, nb_personnes, annee, zone, nb_personnes_a_charge,
                                         jeune_menage, handicap))
    index = _index_of(revenu_annuel, nb_personnes, annee, zone, nb_personnes_a_charge, jeune_menage, handicap)
    ceiling = _plafond_aligned(index, annee, zone, nb_personnes, nb_personnes_a_charge, jeune_menage, handicap,
                               path)
    income = _numbers(_series(revenu_annuel, index))
    result = (income / ceiling.where(ceiling > 0) * 100.0).astype("float64")
    return _output(result, scalar)


def _plafond_aligned(index, annee, zone, nb_personnes, nb_personnes_a_charge, jeune_menage, handicap, path):
    def aligned(value):
        return None if value is None else _series(value, index)
    return plafond(_series(annee, index), _series(zone, index), _series(nb_personnes, index),
                   aligned(nb_personnes_a_charge), path=path, jeune_menage=aligned(jeune_menage),
                   handicap=aligned(handicap))


def tranche(revenu_annuel, nb_personnes, annee, zone, nb_personnes_a_charge=None,
            with_ratio=False, path=None, jeune_menage=None, handicap=None):
    """Resources band of each household against the PLUS ceiling of its year and zone.

    Returns a Series of ``TRANCHE_VALUES`` codes (``<20``, ``20-40``, ``40-60``,
    ``60-100``, ``>100``; see ``tranche_from_amounts`` for the limits), None where the
    income, the number of persons, the year or the zone is unknown. The household
    category follows ``categorie`` (dependants, jeune ménage, handicap when given). With
    ``with_ratio=True``, returns a DataFrame with ``tranche_plafond``, ``ratio_plafond``
    (income in % of the ceiling) and ``plafond`` (euros) instead.
    """
    index = _index_of(revenu_annuel, nb_personnes, annee, zone, nb_personnes_a_charge, jeune_menage, handicap)
    ceiling = _plafond_aligned(index, annee, zone, nb_personnes, nb_personnes_a_charge, jeune_menage, handicap,
                               path)
    income = _numbers(_series(revenu_annuel, index))
    codes = tranche_from_amounts(income, ceiling)
    if not with_ratio:
        return codes
    ratio = (income / ceiling.where(ceiling > 0) * 100.0).astype("float64")
    return pd.DataFrame({"tranche_plafond": codes, "ratio_plafond": ratio, "plafond": ceiling}, index=index)


# --------------------------------------------------------------------------- UC

def unites_consommation(nb_personnes, nb_enfants_moins_14=None):
    """Consumption units (domain.md 5.1): UC = 1 + 0.5 × (persons aged 14 or more other
    than the first adult) + 0.3 × (children under 14).

    Returns ``(uc, approximated)``: ``uc`` a float Series (NaN when the number of persons
    is unknown or not a whole number ≥ 1), ``approximated`` a boolean Series, True for the
    rows where the formula could not be applied as is, so that outputs can say so:
    - children unknown (no column, or empty for the row): every person other than the
      first adult counts as 14 or more (UC = 1 + 0.5 × (persons − 1));
    - inconsistent children (≥ persons, or negative, or not whole): capped to
      persons − 1 (at least one adult) and 0 at least.
    Rows with an unknown number of persons are NaN and not flagged.
    """
    index = _index_of(nb_personnes, nb_enfants_moins_14)
    persons = _persons(_series(nb_personnes, index))
    known_persons = persons.notna()
    if nb_enfants_moins_14 is None:
        children = pd.Series(np.nan, index=index, dtype="float64")
    else:
        children = _numbers(_series(nb_enfants_moins_14, index))
    unknown = children.isna()
    floor = np.floor(children)
    capped = floor.clip(lower=0).where(floor.clip(lower=0) <= persons - 1, persons - 1)
    inconsistent = ~unknown & (capped != children)
    children_used = capped.where(~unknown, 0.0)
    others = persons - 1 - children_used
    uc = (1.0 + 0.5 * others + 0.3 * children_used).round(10)
    uc = uc.where(known_persons).astype("float64")
    approximated = ((unknown | inconsistent) & known_persons).astype(bool)
    return uc, approximated


# --------------------------------------------------------------------------- zones

def _normalise_depcom(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (int, np.integer)):
        text = str(int(value))
    elif isinstance(value, (float, np.floating)):
        if value != np.floor(value):
            return None
        text = str(int(value))
    else:
        text = str(value).strip().upper()
        if text.endswith(".0"):
            text = text[:-2]
    if text.isdigit() and len(text) == 4:
        text = "0" + text
    if len(text) != 5 or not (text.isdigit() or (text[:2] in ("2A", "2B") and text[2:].isdigit())):
        return None
    return text


def zone_of_depcom(depcom):
    """PLUS ceiling zone of an INSEE commune code (or arrondissement code).

    Paris (75056, arrondissements 75101–75120) and the 29 ``COMMUNES_LIMITROPHES`` →
    ``paris_limitrophes``; other communes of départements 77, 78, 91, 92, 93, 94, 95 →
    ``ile_de_france_autres``; any other valid code → ``hors_ile_de_france``. None for a
    missing or malformed code. Codes written as numbers lose their leading zero
    (1053 → 01053): it is restored. Note: the overseas départements (97x) have their own
    ceilings (LLS/LLTS), not in this table; they fall in ``hors_ile_de_france`` here.
    Scalar in, scalar out; Series in, Series out.
    """
    scalar = _is_scalar(depcom)
    index = _index_of(depcom)
    codes = _series(depcom, index)

    def zone(code):
        if code is None:
            return None
        if code.startswith("75") or code in COMMUNES_LIMITROPHES:
            return "paris_limitrophes"
        if code[:2] in IDF_DEPARTEMENTS:
            return "ile_de_france_autres"
        return "hors_ile_de_france"

    # Once per distinct commune code: a territory has a few hundred communes, not millions.
    result = _per_distinct(codes, lambda value: zone(_normalise_depcom(value)))
    result = result.where(result.notna(), None)
    return _output(result, scalar)


# --------------------------------------------------------------------------- households

# Zone of a household whose dwelling has no commune (peuplement:indicateurs_occupation's rule).
ZONE_SANS_COMMUNE = "hors_ile_de_france"


def annee_des_plafonds(millesime):
    """The year of the PLUS ceilings a millésime's households are classified against by
    default: the year before the survey (millésime − 1). Scalar or Series."""
    return millesime - 1


def zones_des_communes(depcom):
    """``zone_of_depcom`` of each commune code (a Series), a missing code counting as
    ``ZONE_SANS_COMMUNE``; a malformed code stays None."""
    depcom = pd.Series(depcom) if not isinstance(depcom, pd.Series) else depcom
    zones = zone_of_depcom(depcom)
    return zones.where(depcom.notna(), ZONE_SANS_COMMUNE)


def classer_ressources(menages, depcom, annee=None, zone=None, annees_absentes_inconnues=False, path=None):
    """Households with an income (``revenu_annuel``) but no ``tranche_plafond`` get the band
    of their PLUS ceiling (``tranche``); the one rule of peuplement:indicateurs_occupation
    and of the residence inspector.

    ``depcom``: the commune of each household's dwelling, a Series on ``menages.index``
    (None when unknown; ``depcom=None``: no commune known). ``annee``: the ceilings' year, scalar or Series; by default
    ``annee_des_plafonds`` of each household's ``millesime``. ``zone``: one of ``ZONES``
    for every household; by default ``zones_des_communes(depcom)``. A (year, zone) absent
    from the table raises ``PeuplementError``, unless ``annees_absentes_inconnues``, where
    those households keep an unknown band. The household category follows the whole rule
    of the arrêté du 29 juillet 1987 as far as the frame carries it (``regles_categorie``):
    a single parent one category above the count of persons, a jeune ménage category 3, a
    disabled member one category up.

    Returns ``(copy of menages, number of households classified)``; ``tranche_plafond`` is
    an object column (None where unknown)."""
    out = menages.copy()
    if "tranche_plafond" not in out.columns:
        out["tranche_plafond"] = None
    out["tranche_plafond"] = out["tranche_plafond"].astype(object).where(out["tranche_plafond"].notna(), None)
    if "revenu_annuel" not in out.columns:
        return out, 0
    if annee is None:
        if "millesime" not in out.columns:
            return out, 0
        annee = annee_des_plafonds(pd.to_numeric(out["millesime"], errors="coerce"))
    years = _years(_series(annee, out.index))
    if zone is None:
        if not isinstance(depcom, pd.Series):
            depcom = pd.Series(depcom, index=out.index, dtype=object)
        zones = zones_des_communes(depcom)
    else:
        zones = pd.Series(zone, index=out.index, dtype=object)
    todo = out["tranche_plafond"].isna() & out["revenu_annuel"].notna()
    if annees_absentes_inconnues:
        keys = pd.MultiIndex.from_arrays([years.fillna(-1).astype("int64").to_numpy(),
                                          zones.fillna("").astype(str).to_numpy()])
        todo &= keys.isin(_load(_resolve(path))[1].index)
    if not todo.any():
        return out, 0
    persons = out["nb_personnes"] if "nb_personnes" in out.columns else pd.Series(np.nan, index=out.index)
    rules = {name: values[todo] for name, values in regles_categorie(out).items()}
    bands = tranche(out.loc[todo, "revenu_annuel"], persons[todo], years[todo], zones[todo], path=path, **rules)
    out.loc[todo, "tranche_plafond"] = np.asarray(bands, dtype=object)
    return out, int(todo.sum())
