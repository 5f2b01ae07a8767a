"""The residence inspector's model (plain pandas, no QGIS): a building floor by floor,
its key indicators beside its QPV / commune / EPCI references, and the what-if of an
attribution (domain.md 5.1-5.3). The dock of ``gui/`` only draws what this returns.

Dwelling-level views are for internal use by the bailleur's own staff (domain.md 6):
nothing here is meant for publication, and no person's name is ever read.

Inputs are the canonical tables of ``peuplement:import_table``:
- ``logements`` (logement_id, batiment_id, etage, nb_pieces, surface, finan,
  mode_occupation, date_bail, depcom, code_qpv …), one row per dwelling;
- ``menages`` (logement_id, millesime, nb_personnes, nb_enfants_moins_14, composition,
  revenu_annuel, tranche_plafond, activite_titulaire, date_emmenagement …), OPS rows;
- ``attributions`` (SNE) and ``demandes`` for the what-if.
"""

import math
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd

from . import codes, objectifs, occupation, parsing, plafonds, quartiles
from .flags import flags

# --------------------------------------------------------------------------- variables

VARIABLES = ("occupation", "composition", "ressources", "anciennete", "financement", "typologie")
# Each variable's categories, in legend order: (key, label).
CATEGORIES = {
    "occupation": (("loue", "Loué"), ("vacant", "Vacant (proposé à la location)"),
                   ("vide", "Vide (travaux, démolition, vente)"), ("autre", "Autre (association, sans contrat…)")),
    "composition": (("personne_seule", "Personne seule"), ("couple_sans_enfant", "Couple sans enfant"),
                    ("couple_avec_enfants", "Couple avec enfants"),
                    ("famille_monoparentale", "Famille monoparentale"), ("autre", "Autre")),
    "ressources": (("<20", "< 20 %"), ("20-40", "20 à 40 %"), ("40-60", "40 à 60 %"), ("60-100", "60 à 100 %"),
                   (">100", "> 100 %")),
    "anciennete": (("<2", "Moins de 2 ans"), ("2-5", "2 à 5 ans"), ("5-10", "5 à 10 ans"), ("10+", "10 ans et plus")),
    "financement": tuple((f, f) for f in codes.FINAN_FAMILIES),
    "typologie": (("T1", "T1"), ("T2", "T2"), ("T3", "T3"), ("T4", "T4"), ("T5+", "T5 et plus")),
}
# The category the per-floor share counts by default (the one a field analyst watches).
CATEGORIE_DEFAUT = {
    "occupation": "vacant", "composition": "famille_monoparentale", "ressources": "<20",
    "anciennete": "<2", "financement": "PLAI", "typologie": "T1",
}
# Limits of the tenure bins, in calendar years before the reference date (the first one is
# occupation's "recent").
ANCIENNETE_ANNEES = (occupation.RECENT_YEARS, 5, 10)
INCONNU = -1  # colour key of a cell whose category is unknown (no household, no value)


def _col(frame, name, default=np.nan):
    if name in frame.columns:
        return frame[name]
    dtype = "float64" if isinstance(default, float) and math.isnan(default) else object
    return pd.Series(default, index=frame.index, dtype=dtype)


def _aucune(index):
    """A category Series of None (``pd.Series(None, dtype=object)`` holds NaN, which the
    grid would count as a known category)."""
    return pd.Series([None] * len(index), index=index, dtype=object)


def date_reference(millesime):
    """The survey's reference date: 1 January of the millésime."""
    return pd.Timestamp(int(millesime), 1, 1)


def completer_tranches(menages, logements):
    """Households with ``tranche_plafond`` filled from ``revenu_annuel`` where only the income
    is given (OPS 2024 style): ``plafonds.classer_ressources``, the rule of
    ``peuplement:indicateurs_occupation`` with its defaults (the PLUS ceilings of
    millésime − 1, the zone of the dwelling's commune, hors Île-de-France when the commune
    is unknown). Households whose ceilings year is absent from the table stay unknown.
    Returns a copy."""
    depcom = None
    if "depcom" in logements.columns:
        by_id = logements.drop_duplicates("logement_id").set_index("logement_id")["depcom"]
        depcom = menages["logement_id"].map(by_id)
    return plafonds.classer_ressources(menages, depcom, annees_absentes_inconnues=True)[0]


def categories_logements(logements, menages, variable, millesime=None):
    """The category key (or None) of each dwelling of ``logements`` for ``variable``, a Series
    on ``logements.index``. Household variables read the households of ``millesime`` (a
    dwelling without one has no category)."""
    if variable not in VARIABLES:
        raise ValueError("variable inconnue : {}".format(variable))
    index = logements.index
    if variable == "occupation":
        mode = pd.to_numeric(_col(logements, "mode_occupation"), errors="coerce")
        cat = _aucune(index)
        cat[mode == codes.MODE_LOUE] = "loue"
        cat[mode == codes.MODE_VACANT] = "vacant"
        cat[mode == 3] = "vide"
        cat[mode.isin([4, 5, 9])] = "autre"
        return cat
    if variable == "financement":
        finan = _col(logements, "finan", None).astype(object)
        return finan.where(finan.isin(codes.FINAN_FAMILIES), None)
    if variable == "typologie":
        pieces = pd.to_numeric(_col(logements, "nb_pieces"), errors="coerce")
        cat = _aucune(index)
        for n in (1, 2, 3, 4):
            cat[pieces == n] = "T{}".format(n)
        cat[pieces >= 5] = "T5+"
        return cat
    households = menages_du_millesime(menages, millesime).set_index("logement_id")
    ids = logements["logement_id"]
    if variable == "composition":
        values = ids.map(_col(households, "composition", None))
        return values.astype(object).where(values.isin(codes.COMPOSITION_VALUES), None)
    if variable == "ressources":
        values = ids.map(_col(households, "tranche_plafond", None))
        return values.astype(object).where(values.isin(codes.TRANCHE_VALUES), None)
    # ancienneté: the household's move-in date, at the survey's reference date
    # Calendar offsets, as occupation.indicateurs_occupation counts "recent" (moved in strictly
    # after ref − 2 years): "<2" is exactly its part_emmenages_recents.
    moved = pd.to_datetime(ids.map(_col(households, "date_emmenagement", pd.NaT)), errors="coerce")
    ref = date_reference(millesime) if millesime is not None else pd.Timestamp.today().normalize()
    lo, mid, hi = (ref - pd.DateOffset(years=n) for n in ANCIENNETE_ANNEES)
    cat = _aucune(index)
    known = moved.notna() & (moved <= ref)
    cat[known & (moved > lo)] = "<2"
    cat[known & (moved <= lo) & (moved > mid)] = "2-5"
    cat[known & (moved <= mid) & (moved > hi)] = "5-10"
    cat[known & (moved <= hi)] = "10+"
    return cat


def menages_du_millesime(menages, millesime):
    """The households of one millésime (all of them when ``millesime`` is None)."""
    if menages is None:
        return pd.DataFrame({"logement_id": pd.Series([], dtype=object)})
    if millesime is None or "millesime" not in menages.columns:
        return menages
    return menages[pd.to_numeric(menages["millesime"], errors="coerce") == int(millesime)]


# --------------------------------------------------------------------------- floor grid

@dataclass
class Cellule:
    logement_id: str
    categorie: Optional[str]
    couleur: int  # position of the category in CATEGORIES[variable]; INCONNU when unknown
    occupe: bool  # a household of the millésime lives there
    vacant: bool  # mode d'occupation 2 (the what-if picks these)
    infobulle: dict  # typology, surface, financing, category values; never a name


@dataclass
class Etage:
    etage: Optional[int]  # None: floor unknown
    cellules: List[Cellule]
    nb_logements: int
    nb_menages: int
    nb_categorie: int  # dwellings of the chosen category
    nb_connus: int  # dwellings whose category is known (the share's denominator)
    part_categorie: Optional[float]  # percent, None when nothing is known


@dataclass
class BatimentGrille:
    batiment_id: str
    etages: List[Etage]  # top floor first, down to RC and the basements, unknown floor last

    @property
    def nb_logements(self):
        return sum(e.nb_logements for e in self.etages)

    @property
    def largeur(self):
        return max([len(e.cellules) for e in self.etages] or [0])


@dataclass
class Grille:
    variable: str
    categorie: str
    categories: tuple
    millesime: Optional[int]
    batiments: List[BatimentGrille] = field(default_factory=list)


def _int_or_none(value):
    try:
        if value is None or pd.isna(value):
            return None
    except (TypeError, ValueError):
        return None
    return int(value)


def grille(logements, menages, batiment_ids, variable, millesime=None, categorie=None, nb_etages=None):
    """The floor grid of the buildings ``batiment_ids`` (in that order, side by side).

    Every floor from the highest (the highest dwelling's floor, or ``nb_etages`` − 1 when
    the building layer says the building is taller) down to RC (0) and the lowest
    basement, floors without dwellings included (empty rows); dwellings of unknown floor
    in a last row. Cells are ordered by logement_id. Per floor: dwellings, households of
    the millésime, and the share of ``categorie`` among the dwellings whose category is
    known (100 × count / known)."""
    categorie = categorie or CATEGORIE_DEFAUT[variable]
    keys = [k for k, _ in CATEGORIES[variable]]
    nb_etages = nb_etages or {}
    result = Grille(variable, categorie, CATEGORIES[variable], millesime)
    wanted = logements[logements["batiment_id"].isin(list(batiment_ids))]
    # the households of the millésime in the wanted dwellings, filtered once (big tables)
    households = menages_du_millesime(menages, millesime)
    households = households[households["logement_id"].isin(wanted["logement_id"])]
    cats = categories_logements(wanted, households, variable, millesime)
    occupied = wanted["logement_id"].isin(households["logement_id"]) if len(households) else \
        pd.Series(False, index=wanted.index)
    mode = pd.to_numeric(_col(wanted, "mode_occupation"), errors="coerce")
    etage = pd.to_numeric(_col(wanted, "etage"), errors="coerce")
    hh = households.drop_duplicates("logement_id").set_index("logement_id")
    tips = pd.DataFrame({
        "logement_id": wanted["logement_id"].astype(str),
        "typologie": categories_logements(wanted, households, "typologie"),
        "surface": _col(wanted, "surface"),
        "financement": _col(wanted, "finan", None),
        "etage": etage,
        "occupation": categories_logements(wanted, households, "occupation"),
        "nb_personnes": wanted["logement_id"].map(_col(hh, "nb_personnes")),
        "composition": wanted["logement_id"].map(_col(hh, "composition", None)),
        "ressources": wanted["logement_id"].map(_col(hh, "tranche_plafond", None)),
    }, index=wanted.index)
    if variable == "anciennete":
        tips["anciennete"] = cats
    frame = pd.DataFrame({"batiment_id": wanted["batiment_id"], "logement_id": wanted["logement_id"].astype(str),
                          "etage": etage, "cat": cats, "occupe": occupied, "vacant": mode == codes.MODE_VACANT})
    records = tips.astype(object).to_dict("index")
    position = {k: i for i, k in enumerate(keys)}
    for batiment_id in batiment_ids:
        rows = frame[frame["batiment_id"] == batiment_id].sort_values("logement_id")
        floors = rows["etage"].dropna().astype(int)
        top = int(floors.max()) if len(floors) else 0
        declared = _int_or_none(nb_etages.get(batiment_id))
        if declared:
            top = max(top, declared - 1)
        bottom = min(int(floors.min()), 0) if len(floors) else 0
        levels = list(range(top, bottom - 1, -1))
        if rows["etage"].isna().any():
            levels.append(None)
        etages = []
        for level in levels:
            on = rows[rows["etage"].isna()] if level is None else rows[rows["etage"] == level]
            cells = []
            for idx, logement_id, cat, occ, vac in zip(on.index, on["logement_id"], on["cat"], on["occupe"],
                                                       on["vacant"]):
                tip = {k: v for k, v in records[idx].items() if v is not None and not
                       (isinstance(v, float) and math.isnan(v)) and v is not pd.NA}
                cells.append(Cellule(logement_id, cat, position.get(cat, INCONNU), bool(occ), bool(vac), tip))
            known = sum(1 for c in cells if c.categorie is not None)
            count = sum(1 for c in cells if c.categorie == categorie)
            etages.append(Etage(level, cells, len(cells), sum(1 for c in cells if c.occupe), count, known,
                                100.0 * count / known if known else None))
        result.batiments.append(BatimentGrille(batiment_id, etages))
    return result


def libelle_etage(etage):
    """RC for 0, R+n above, S-n below, ? unknown."""
    if etage is None:
        return "?"
    if etage == 0:
        return "RC"
    return "R+{}".format(etage) if etage > 0 else "S{}".format(etage)


# --------------------------------------------------------------------------- indicators

INDICATEURS = ("tx_vacance", "part_rev_inf_40", "part_monoparentales", "part_personnes_seules",
               "part_familles_nombreuses", "part_chomage", "part_emmenages_recents")
LIBELLES_INDICATEURS = {
    "tx_vacance": "Taux de vacance",
    "part_rev_inf_40": "Ressources < 40 % du plafond",
    "part_monoparentales": "Familles monoparentales",
    "part_personnes_seules": "Personnes seules",
    "part_familles_nombreuses": "Familles nombreuses",
    "part_chomage": "Titulaire au chômage",
    "part_emmenages_recents": "Emménagés récents",
}


def _codes_qpv(code_qpv):
    """parsing.parse_qpv: the QPV code, "" outside any QPV (HZ, CSZ, blank…)."""
    return parsing.parse_qpv(code_qpv)[0]


def _en_qpv(code_qpv):
    """1.0 in a QPV (parsing.parse_qpv gives a code), 0.0 outside."""
    return pd.Series(np.where(_codes_qpv(code_qpv) == "", 0.0, 1.0), index=code_qpv.index)


# The reference scales, the same for every building of a QPV / commune / the table: their
# rows may be kept (``indicateurs(cache=…)``).
REFERENCES = ("qpv", "commune", "epci")


def indicateurs(logements, menages, batiment_ids, residence_batiment_ids, millesime, cache=None):
    """Key indicators of the building(s) ``batiment_ids`` and of the résidence (its buildings
    ``residence_batiment_ids``) beside their references: the QPV the building lies in (the
    most frequent code_qpv of its dwellings) or, outside any QPV, all dwellings outside QPV;
    the commune (most frequent depcom); the EPCI (every dwelling of the table).

    One row per scale (``echelle``, ``libelle``) with nb_logements, nb_menages and the
    ``INDICATEURS`` (percent, ratios of sums, NaN when the denominator is 0). Shares
    follow ``occupation.indicateurs_occupation``; tx_vacance = mode 2 / modes 1+2.

    ``cache``: a dict kept by the caller for the same tables, where the rows of the
    ``REFERENCES`` scales are kept by (scale, label, millésime) and read back on the next
    call instead of being computed again; clear it when the tables change."""
    in_building = logements["batiment_id"].isin(list(batiment_ids))
    building = logements[in_building]
    qpv_building = _codes_qpv(_col(building, "code_qpv", None))

    def codes_qpv():  # every dwelling's, only when a QPV row is computed
        return _codes_qpv(_col(logements, "code_qpv", None))

    scopes = [("batiment", ", ".join(str(b) for b in batiment_ids), lambda: in_building)]
    scopes.append(("residence", "", lambda: logements["batiment_id"].isin(list(residence_batiment_ids))))
    if len(building) and (qpv_building != "").mean() >= 0.5:
        code = qpv_building[qpv_building != ""].mode().iloc[0]
        scopes.append(("qpv", str(code), lambda: codes_qpv() == code))
    else:
        scopes.append(("qpv", "hors QPV", lambda: codes_qpv() == ""))
    depcom = _col(logements, "depcom", None)
    if len(building) and depcom[building.index].notna().any():
        commune = depcom[building.index].mode().iloc[0]
        scopes.append(("commune", str(commune), lambda: depcom == commune))
    scopes.append(("epci", "", lambda: pd.Series(True, index=logements.index)))

    households = None
    ref = date_reference(millesime) if millesime is not None else pd.Timestamp.today().normalize()
    mode = None
    rows = []
    for echelle, libelle, scope in scopes:
        key = (echelle, libelle, millesime)
        if cache is not None and echelle in REFERENCES and key in cache:
            rows.append(dict(cache[key]))
            continue
        if households is None:
            households = menages_du_millesime(menages, millesime)
            mode = pd.to_numeric(_col(logements, "mode_occupation"), errors="coerce")
        mask = flags(scope())
        ids = logements.loc[mask, "logement_id"]
        part = households[households["logement_id"].isin(ids)].copy()
        part[occupation.UNIT] = echelle
        if "millesime" in part.columns:
            part = part.drop(columns=["millesime"])
        occ = occupation.indicateurs_occupation(part, ref, unit_ids=[echelle]).iloc[0] if len(part) else None
        loues = int(((mode == codes.MODE_LOUE) & mask).sum())
        vacants = int(((mode == codes.MODE_VACANT) & mask).sum())
        row = {"echelle": echelle, "libelle": libelle, "nb_logements": int(mask.sum()),
               "nb_menages": int(len(part)),
               "tx_vacance": 100.0 * vacants / (loues + vacants) if loues + vacants else math.nan}
        for name in INDICATEURS[1:]:
            row[name] = float(occ[name]) if occ is not None and pd.notna(occ[name]) else math.nan
        if cache is not None and echelle in REFERENCES:
            cache[key] = dict(row)
        rows.append(row)
    return pd.DataFrame(rows, columns=["echelle", "libelle", "nb_logements", "nb_menages", *INDICATEURS])


def observations_de(observations, residence_id):
    """The field observations (domain.md 3.7) of a résidence, newest first."""
    if observations is None or not len(observations) or "residence_id" not in observations.columns:
        return pd.DataFrame(columns=["date", "theme", "intensite", "texte"])
    part = observations[observations["residence_id"].astype(object) == residence_id].copy()
    part["_date"] = pd.to_datetime(part["date"], errors="coerce") if "date" in part.columns else pd.NaT
    return part.sort_values("_date", ascending=False, na_position="last").drop(columns=["_date"])


# --------------------------------------------------------------------------- what-if

@dataclass
class Candidat:
    nb_personnes: int
    nb_enfants_moins_14: Optional[int]
    revenu_mensuel: float
    dalo: bool = False
    prioritaire: bool = False
    relogement_renouvellement: bool = False
    # The household category of the PLUS ceiling (arrêté du 29 juillet 1987, domain.md 5.5):
    # a famille_monoparentale is one category above its count of persons, a jeune ménage
    # (couple without dependant, ages adding up to 55 or less) category 3, a disabled
    # member one category up.
    composition: Optional[str] = None
    jeune_menage: bool = False
    handicap: bool = False


@dataclass
class EffetObjectif:
    objectif: str
    libelle: str
    nb_avant: int  # attributions of the year in the objective's denominator
    public_avant: int
    part_avant: Optional[float]
    part_apres: float
    manquantes_avant: int
    manquantes_apres: int
    cible: float
    compte: bool  # the candidate counts in the numerator


@dataclass
class EffetPart:
    indicateur: str
    libelle: str
    avant: Optional[float]
    apres: Optional[float]


@dataclass
class Simulation:
    uc: float
    uc_approchee: bool
    revenu_uc: float
    quartile: Optional[int]
    limites: tuple  # the Q1, Q2 and Q3 limits used
    source_seuil: Optional[str]
    annee: int
    en_qpv: bool
    tranche_plafond: Optional[str]
    parts: List[EffetPart]
    objectifs: List[EffetObjectif]
    nb_menages_avant: int
    # the year the Q1 threshold was made for (None: a value for every year) and where it
    # comes from, in words (objectifs.seuils_par_annee)
    annee_seuil: Optional[int] = None
    origine_seuil: Optional[str] = None

    @property
    def limite_q1(self):
        return self.limites[0]


def seuils_annee(demandes, annee, epci=None, publie=None):
    """The quartile limits used for a year: from the demandes (of ``epci`` when given, else of
    their most frequent EPCI), the published Q1 threshold replacing the computed one when
    given (objectifs.seuils_par_annee). The stock is dated by its latest ``date_depot``
    and serves the year after it (domain.md 5.2): used for another year, the row's
    ``annee_seuil`` and ``origine`` say so. Returns a one-row frame of SEUIL_FIELDS."""
    calcules = None
    if demandes is not None and len(demandes):
        if epci is None and "epci" in demandes.columns and demandes["epci"].notna().any():
            epci = str(demandes["epci"].mode().iloc[0])
        part = demandes if epci is None or "epci" not in demandes.columns else \
            demandes[demandes["epci"].astype(object) == epci]
        part = part.assign(epci=epci)
        calcules = quartiles.limites_par_epci(part)
    if calcules is None:
        return objectifs.seuils_utilises([(epci, int(annee))], publie=publie), epci
    date = quartiles.date_du_stock(demandes)
    stock = {"annee": None if pd.isna(date) else quartiles.annee_servie(date), "date": date, "limites": calcules}
    return objectifs.seuils_par_annee([(epci, int(annee))], [stock], publie=publie)[0], epci


def _attributions_classees(attributions, logements, annee, seuils, epci):
    """The attributions of ``annee`` with en_qpv (from their dwelling's code_qpv) and q1."""
    dates = pd.to_datetime(attributions["date_attribution"], errors="coerce")
    part = attributions[dates.dt.year == int(annee)].copy()
    part["annee"] = int(annee)
    part["epci"] = epci
    qpv = _en_qpv(_col(logements, "code_qpv", None))
    by_id = pd.Series(qpv.to_numpy(), index=logements["logement_id"].astype(str).to_numpy())
    by_id = by_id[~by_id.index.duplicated()]
    part["en_qpv"] = part["logement_id"].astype(str).map(by_id).astype("float64")
    return objectifs.classer(part, seuils)


def simulation(candidat, logement_id, logements, menages, residence_batiment_ids, millesime, attributions,
               seuils, epci=None, annee=None, targets=None):
    """What an attribution of ``logement_id`` to ``candidat`` would change; changes no data.

    - the candidate's UC (5.1), annual income per UC (revenu_mensuel × 12 / UC), quartile
      against the year's limits (``seuils``, one row of ``seuils_annee``);
    - the résidence's shares among the households of ``millesime``, before and with the
      candidate: part_rev_inf_40 (the candidate's band from revenu_mensuel × 12 against the
      PLUS ceiling of millésime − 1 and the commune's zone, as ``completer_tranches``, its
      category from its composition, jeune ménage and handicap), part_personnes_seules (1 person),
      part_familles_nombreuses (≥ 3 children under 14 or ≥ 5 persons), part_q1 is not
      here (OPS has no income per UC);
    - the EPCI's objectives of the year (5.3) recomputed with objectifs.tableau on the
      year's attributions plus this one: the objective of the dwelling's side (hors QPV
      Q1 or en QPV Q2-Q4) and the prioritaires one."""
    targets = dict(objectifs.DEFAULT_TARGETS, **(targets or {}))
    dwelling = logements[logements["logement_id"].astype(str) == str(logement_id)]
    if not len(dwelling):
        raise ValueError("logement inconnu : {}".format(logement_id))
    dwelling = dwelling.iloc[0]
    en_qpv = bool(_en_qpv(pd.Series([dwelling.get("code_qpv")])).iloc[0] == 1.0)
    if annee is None:
        dates = pd.to_datetime(attributions["date_attribution"], errors="coerce") if attributions is not None \
            else pd.Series([], dtype="datetime64[ns]")
        annee = int(dates.dt.year.max()) if dates.notna().any() else pd.Timestamp.today().year
    seuil = seuils.iloc[0]
    limits = tuple(float(seuil[n]) for n in ("limite_q1", "limite_q2", "limite_q3"))
    income, uc, approx = quartiles.revenu_annuel_par_uc(
        [candidat.revenu_mensuel], [candidat.nb_personnes],
        None if candidat.nb_enfants_moins_14 is None else [candidat.nb_enfants_moins_14])
    q = quartiles.quartile(income, *limits).iloc[0]
    quartile = None if pd.isna(q) else int(q)

    # the résidence's households, before and with the candidate
    households = menages_du_millesime(menages, millesime)
    ids = logements.loc[logements["batiment_id"].isin(list(residence_batiment_ids)), "logement_id"]
    res = households[households["logement_id"].isin(ids)]
    # the candidate's band: the households' rule (completer_tranches), ceilings of millésime − 1
    year_ceiling = plafonds.annee_des_plafonds(int(millesime) if millesime is not None else int(annee))
    candidate = pd.DataFrame({"revenu_annuel": [candidat.revenu_mensuel * 12.0],
                              "nb_personnes": [candidat.nb_personnes], "composition": [candidat.composition],
                              "jeune_menage": [bool(candidat.jeune_menage)], "handicap": [bool(candidat.handicap)]})
    candidate, _ = plafonds.classer_ressources(candidate, pd.Series([dwelling.get("depcom")], dtype=object),
                                               annee=year_ceiling, annees_absentes_inconnues=True)
    band = candidate["tranche_plafond"].iloc[0]
    children = candidat.nb_enfants_moins_14 or 0
    cand_flags = {
        "part_rev_inf_40": None if band is None else band in ("<20", "20-40"),
        "part_personnes_seules": candidat.nb_personnes == 1,
        "part_familles_nombreuses": children >= occupation.FAMILLE_NOMBREUSE_ENFANTS or
        candidat.nb_personnes >= occupation.FAMILLE_NOMBREUSE_PERSONNES,
    }
    tranche = _col(res, "tranche_plafond", None)
    persons = pd.to_numeric(_col(res, "nb_personnes"), errors="coerce")
    kids = pd.to_numeric(_col(res, "nb_enfants_moins_14"), errors="coerce").fillna(0)
    known = {
        "part_rev_inf_40": (tranche.isin(codes.TRANCHE_VALUES), tranche.isin(["<20", "20-40"])),
        "part_personnes_seules": (_col(res, "composition", None).isin(codes.COMPOSITION_VALUES),
                                  _col(res, "composition", None) == "personne_seule"),
        "part_familles_nombreuses": (persons.notna(), (kids >= occupation.FAMILLE_NOMBREUSE_ENFANTS) |
                                     (persons >= occupation.FAMILLE_NOMBREUSE_PERSONNES)),
    }
    parts = []
    for name, (denominator, numerator) in known.items():
        n, k = int(denominator.sum()), int((numerator & denominator).sum())
        before = 100.0 * k / n if n else None
        flag = cand_flags[name]
        after = before if flag is None else 100.0 * (k + int(flag)) / (n + 1)
        parts.append(EffetPart(name, LIBELLES_INDICATEURS[name], before, after))

    # the EPCI's objectives of the year, before and with the candidate
    before = _attributions_classees(attributions, logements, annee, seuils, epci) if attributions is not None \
        else None
    cand = pd.DataFrame({
        "attribution_id": ["__simulation__"], "logement_id": [str(logement_id)], "annee": [int(annee)],
        "epci": [epci], "nb_personnes": [candidat.nb_personnes],
        "nb_enfants_moins_14": [np.nan if candidat.nb_enfants_moins_14 is None else candidat.nb_enfants_moins_14],
        "revenu_mensuel": [float(candidat.revenu_mensuel)], "dalo": [bool(candidat.dalo)],
        "prioritaire": [bool(candidat.prioritaire)],
        "relogement_renouvellement": [bool(candidat.relogement_renouvellement)], "en_qpv": [1.0 if en_qpv else 0.0],
    })
    cand = objectifs.classer(cand, seuils)
    base = before if before is not None else cand.iloc[0:0]
    keep = [c for c in cand.columns if c in base.columns] if len(base) else list(cand.columns)
    after = pd.concat([base[keep], cand[keep]], ignore_index=True) if len(base) else cand
    group = "EPCI"
    table_before = objectifs.tableau(base.assign(groupe=group), targets) if len(base) else None
    table_after = objectifs.tableau(after.assign(groupe=group), targets)
    effets = []
    wanted = ["qpv_q2_q4" if en_qpv else "hors_qpv_q1", "prioritaires"]
    for objectif in wanted:
        row_after = table_after[table_after["objectif"] == objectif]
        if not len(row_after):
            continue
        row_after = row_after.iloc[0]
        row_before = None
        if table_before is not None:
            found = table_before[table_before["objectif"] == objectif]
            row_before = found.iloc[0] if len(found) else None
        n_before = int(row_before["nb_attributions"]) if row_before is not None else 0
        k_before = int(row_before["nb_public"]) if row_before is not None else 0
        effets.append(EffetObjectif(
            objectif, objectifs.LIBELLES_COURTS[objectif], n_before, k_before,
            float(row_before["part_public"]) if row_before is not None else None,
            float(row_after["part_public"]),
            int(row_before["nb_manquantes"]) if row_before is not None else 0,
            int(row_after["nb_manquantes"]), float(targets[objectif]),
            int(row_after["nb_public"]) > k_before))
    return Simulation(float(uc.iloc[0]), bool(approx.iloc[0]), float(income.iloc[0]), quartile, limits,
                      seuil["source"], int(annee), en_qpv, band, parts, effets, int(len(res)),
                      None if pd.isna(seuil.get("annee_seuil")) else int(seuil["annee_seuil"]),
                      seuil.get("origine"))
