"""Attribution objectives of the loi Égalité et Citoyenneté (domain.md 5.2, 5.3).

Three objectives, each a share of a set of attributions (the denominator) that go to
households of the right kind (the numerator):

- ``hors_qpv_q1``: attributions of dwellings outside every QPV; right kind = first
  quartile (Q1) or household rehoused by an urban renewal operation (a household both
  Q1 and relogé counts once). Legal default 25 %.
- ``qpv_q2_q4``: attributions of dwellings in a QPV; right kind = quartiles 2 to 4
  (income per UC above the Q1 threshold). Legal default 50 %.
- ``prioritaires``: the attributions of the réservataires the law obliges (CCH L441-1:
  collectivités and EPCI, Action Logement, the bailleur on its non-reserved dwellings and
  on dwellings handed back to it), i.e. all but the State's contingent (codes 1, 2 and 5
  of ``reservataire``); right kind = DALO or priority household. Legal default 25 %. A
  rate over several réservataires (per EPCI, commune, bailleur, QPV) counts the obligated
  ones only and says so (``perimetre``, ``nb_etat_exclues``); an attribution whose
  réservataire is unknown counts as obligated.
- ``prioritaires_etat``: the State's contingent, reported with its share of DALO or
  priority households and no verdict (no target, no gap, no status): the 25 % is not set
  for the State (domain.md 5.3).

Beside DALO + priority, the rows of both give the DALO households on their own
(``nb_dalo``, ``part_dalo``).

An attribution whose income is unknown is in the denominator (it is an attribution)
but never of the right kind for the two income objectives: the table counts them
(``nb_revenu_inconnu``) so the reader sees how much the rate could move.

``nb_manquantes`` is the number of attributions of the right kind that should have
replaced attributions of another kind to reach the target, the number of attributions
(the dwellings let in the year) being fixed: the smallest m ≥ 0 with
(k + m) / n ≥ target, i.e. m = max(0, ⌈target × n⌉ − k), computed in exact fractions.
"""

import math
from fractions import Fraction

import numpy as np
import pandas as pd

from . import quartiles, secret
from .errors import PeuplementError

# The groupings of the objectives, in the order of peuplement:objectifs_attribution's GROUP_BY enum.
GROUP_BY = ("epci", "commune", "bailleur", "reservataire", "qpv", "financement")
OBJECTIFS = ("hors_qpv_q1", "qpv_q2_q4", "prioritaires")
# The State's contingent: reported, never judged against a target (domain.md 5.3).
OBJECTIF_ETAT = "prioritaires_etat"
INDICATEURS = OBJECTIFS + (OBJECTIF_ETAT,)
# Contingent codes of the State (domain.md 3.1): 1 État fonctionnaires, 2 État prioritaires, 5 État R314.
CONTINGENTS_ETAT = (1, 2, 5)
PERIMETRES = {
    "hors_qpv_q1": "attributions de logements hors QPV",
    "qpv_q2_q4": "attributions de logements en QPV",
    "prioritaires": "réservataires soumis à l'objectif : tous sauf le contingent de l'État (1, 2, 5)",
    "prioritaires_inconnu": "tous réservataires (réservataire non renseigné : le contingent de l'État n'a pas pu "
                            "être écarté)",
    OBJECTIF_ETAT: "contingent de l'État (1, 2, 5) : part des prioritaires, sans objectif légal",
}
DEFAULT_TARGETS = {"hors_qpv_q1": 25.0, "qpv_q2_q4": 50.0, "prioritaires": 25.0}
LIBELLES = {
    "hors_qpv_q1": "Attributions hors QPV aux ménages du 1er quartile ou relogés (renouvellement urbain)",
    "qpv_q2_q4": "Attributions en QPV aux ménages des quartiles 2 à 4",
    "prioritaires": "Attributions aux ménages DALO ou prioritaires",
    OBJECTIF_ETAT: "Contingent de l'État : attributions aux ménages DALO ou prioritaires (sans objectif)",
}
LIBELLES_COURTS = {
    "hors_qpv_q1": "Hors QPV : 1er quartile ou relogés",
    "qpv_q2_q4": "En QPV : quartiles 2 à 4",
    "prioritaires": "Publics prioritaires (DALO, prioritaires)",
    OBJECTIF_ETAT: "Contingent de l'État (sans objectif)",
}
# A missed target within this many points is "proche" (orange), further "non atteint" (red).
NEAR_POINTS = 5.0
STATUTS = ("atteint", "proche", "non atteint")

FIELDS = ("annee", "niveau", "groupe", "objectif", "libelle", "nb_attributions", "nb_public",
          "part_public", "objectif_pct", "ecart_points", "nb_manquantes", "statut", "nb_q1",
          "nb_q2_q4", "nb_relogements", "nb_dalo_prioritaires", "nb_revenu_inconnu", "nb_uc_approchees",
          "nb_dalo", "part_dalo", "perimetre", "nb_etat_exclues")
INT_FIELDS = ("annee", "nb_attributions", "nb_public", "nb_manquantes", "nb_q1", "nb_q2_q4",
              "nb_relogements", "nb_dalo_prioritaires", "nb_revenu_inconnu", "nb_uc_approchees", "nb_dalo",
              "nb_etat_exclues")

# The attributions as points (household level, internal use): field → kind
# ("text", "int", "float", "bool", "date").
POINT_FIELDS = {
    "attribution_id": "text", "logement_id": "text", "date_attribution": "date", "annee": "int", "epci": "text",
    "depcom": "text", "bailleur": "text", "reservataire": "int", "code_qpv": "text", "en_qpv": "bool",
    "nb_personnes": "int", "nb_enfants_moins_14": "int", "uc": "float", "uc_approchee": "bool",
    "revenu_uc": "float", "limite_q1": "float", "quartile": "int", "q1": "bool",
    "relogement_renouvellement": "bool", "dalo": "bool", "prioritaire": "bool", "public_prioritaire": "bool",
}

SOURCE_CALCULE = "calculé"
SOURCE_PUBLIE = "publié"
SEUIL_FIELDS = ("epci", "annee", "limite_q1", "limite_q2", "limite_q3", "source", "limite_q1_calculee", "nb_demandes",
                "nb_demandes_revenu_connu", "nb_uc_approchees", "annee_seuil", "date_demandes", "perimetre",
                "origine")


# --------------------------------------------------------------------------- parameters

def _number(text, what):
    try:
        value = float(str(text).strip().replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        raise PeuplementError("{} : « {} » n'est pas un nombre.".format(what, text))
    if not math.isfinite(value) or value < 0:
        raise PeuplementError("{} : « {} » doit être un nombre positif.".format(what, text))
    return value


def parse_targets(text):
    """``"hors_qpv_q1=25;qpv_q2_q4=50;prioritaires=25"`` → dict (percentages); objectives not
    named keep their legal default."""
    targets = dict(DEFAULT_TARGETS)
    for part in str(text or "").replace("\n", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise PeuplementError("TARGETS : « {} » n'est pas de la forme objectif=taux (objectifs : {}).".format(
                part, ", ".join(OBJECTIFS)))
        name, value = (p.strip() for p in part.split("=", 1))
        if name not in OBJECTIFS:
            raise PeuplementError("TARGETS : objectif « {} » inconnu (objectifs : {}).".format(
                name, ", ".join(OBJECTIFS)))
        value = _number(value.rstrip("%"), "TARGETS ({})".format(name))
        if value > 100:
            raise PeuplementError("TARGETS ({}) : {} dépasse 100 %.".format(name, value))
        targets[name] = value
    return targets


def parse_thresholds(text):
    """Published Q1 thresholds: ``"200099999:2024=10834.5;200099999:2023=10200"``.
    ``epci=value`` applies to every year of that EPCI. Returns {(epci, year or None): value}."""
    table = {}
    for part in str(text or "").replace("\n", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise PeuplementError("THRESHOLDS : « {} » n'est pas de la forme epci:annee=seuil.".format(part))
        key, value = (p.strip() for p in part.split("=", 1))
        epci, _, year = key.partition(":")
        epci = epci.strip()
        if not epci:
            raise PeuplementError("THRESHOLDS : « {} » : code EPCI manquant.".format(part))
        year = year.strip()
        if year and not year.isdigit():
            raise PeuplementError("THRESHOLDS : « {} » : l'année « {} » n'est pas un nombre.".format(part, year))
        table[(epci, int(year) if year else None)] = _number(value, "THRESHOLDS ({})".format(key))
    return table


# --------------------------------------------------------------------------- arithmetic

def _fraction(value):
    return Fraction(str(float(value)))


def nb_manquantes(k, n, target_pct):
    """Smallest m ≥ 0 with (k + m) / n ≥ target_pct / 100, the n attributions fixed (the
    extra attributions of the right kind replace others). 0 when n = 0."""
    k, n = int(k), int(n)
    if n <= 0:
        return 0
    needed = math.ceil(_fraction(target_pct) * n / 100)
    return max(0, needed - k)


def statut(rate, target_pct):
    """Traffic light: atteint (rate ≥ target), proche (missed by less than NEAR_POINTS
    points), non atteint; None when the rate is unknown."""
    if rate is None or (isinstance(rate, float) and math.isnan(rate)):
        return None
    gap = _fraction(rate) - _fraction(target_pct)
    if gap >= 0:
        return "atteint"
    return "proche" if gap > -_fraction(NEAR_POINTS) else "non atteint"


# --------------------------------------------------------------------------- thresholds

def seuils_utilises(pairs, calcules=None, publie=None, publies=None):
    """The Q1 (and Q2, Q3) limits used for each (epci, year) of ``pairs``, with one undated
    stock of demandes (``calcules``, a ``quartiles.limites_par_epci`` frame) serving every
    year: ``seuils_par_annee`` with that one stock."""
    stocks = [] if calcules is None else [{"annee": None, "date": None, "limites": calcules}]
    return seuils_par_annee(pairs, stocks, publie, publies)[0]


def _stock_for(stocks, year):
    """(the stock serving ``year``, the year it was made for or None): its own, else an
    undated one, else the nearest in years (the earlier on a tie)."""
    if not stocks:
        return None, None
    own = [s for s in stocks if s["annee"] == year]
    if own:
        return own[0], year
    undated = [s for s in stocks if s["annee"] is None]
    if undated:
        return undated[0], None
    nearest = min(stocks, key=lambda s: (abs(s["annee"] - year), s["annee"]))
    return nearest, nearest["annee"]


def seuils_par_annee(pairs, stocks=None, publie=None, publies=None, region_idf=()):
    """The Q1 (and Q2, Q3) limits used for each (epci, year) of ``pairs`` (domain.md 5.2),
    and the warnings to give. Returns ``(frame of SEUIL_FIELDS, [(epci, year, year of the
    threshold), …])`` — the latter the years classified with a threshold made for another
    year.

    ``stocks``: one entry per DEMANDES snapshot, ``{"annee": the year it serves (a stock
    dated D serves D's year + 1; None: undated, serves every year), "date": D, "limites":
    quartiles.limites_par_epci frame, "limites_idf": quartiles.limites_region row or
    None}``. ``region_idf``: the EPCI of Île-de-France, classified with one regional
    threshold (the ``quartiles.REGION_IDF`` row of the stock, or a published "IDF" value).

    Precedence: THRESHOLDS for that EPCI and year, then (Île-de-France) for the region and
    year, then THRESHOLDS for that EPCI every year, then Q1_THRESHOLD (``publie``), then
    the limits computed on the stock of the year (the applicants at 31/12/N − 1); a year
    without its own stock takes the nearest one, with a warning naming both years. A
    published value replaces the computed Q1 limit only: Q2 and Q3 stay those of the
    demandes, and the computed Q1 stays in ``limite_q1_calculee`` to compare.
    ``annee_seuil`` is the year the threshold was made for (NULL: a value for every year),
    ``origine`` says in words where it comes from."""
    publies = publies or {}
    region_idf = set(str(e) for e in region_idf)
    stocks = stocks or []
    rows = []
    warnings = []
    for epci, year in pairs:
        key = None if epci is None else str(epci)
        idf = key in region_idf
        stock, stock_year = _stock_for(stocks, year)
        computed = None
        if stock is not None:
            limits = stock.get("limites_idf") if idf else stock["limites"]
            if limits is not None and len(limits):
                by_epci = {str(r["epci"]): r for _, r in limits.iterrows()}
                computed = by_epci.get(quartiles.REGION_IDF if idf else key)
        row = {"epci": epci, "annee": year, "limite_q1": math.nan, "limite_q2": math.nan,
               "limite_q3": math.nan, "source": None, "limite_q1_calculee": math.nan, "nb_demandes": None,
               "nb_demandes_revenu_connu": None, "nb_uc_approchees": None, "annee_seuil": None,
               "date_demandes": None, "perimetre": "région Île-de-France" if idf else "EPCI", "origine": None}
        if computed is not None:
            row.update({name: computed[name] for name in ("limite_q1", "limite_q2", "limite_q3", "nb_demandes",
                                                          "nb_demandes_revenu_connu", "nb_uc_approchees")})
            row["limite_q1_calculee"] = computed["limite_q1"]  # kept beside a published value, to compare
            row["date_demandes"] = None if stock["date"] is None or pd.isna(stock["date"]) else \
                pd.Timestamp(stock["date"]).date().isoformat()
            if computed["nb_demandes_revenu_connu"] > 0:
                row["source"] = SOURCE_CALCULE
                row["annee_seuil"] = stock_year
                if stock_year is None:
                    row["origine"] = "calculé sur les demandes (stock non daté, pour toutes les années)"
                else:
                    row["origine"] = "calculé sur les demandes au {} ({}), seuil de {}".format(
                        row["date_demandes"] or "?", "région Île-de-France" if idf else "EPCI", stock_year)
        published = None
        for candidate, words, made_for in (
                ((key, year), "publié (THRESHOLDS, EPCI et année)", year),
                ((quartiles.REGION_IDF, year) if idf else None, "publié (THRESHOLDS, région Île-de-France)", year),
                ((key, None), "publié (THRESHOLDS, toutes années)", None),
                ((quartiles.REGION_IDF, None) if idf else None,
                 "publié (THRESHOLDS, région Île-de-France, toutes années)", None)):
            if candidate is not None and candidate in publies:
                published = (publies[candidate], words, made_for)
                break
        if published is None and publie is not None:
            published = (publie, "publié (Q1_THRESHOLD, toutes années)", None)
        if published is not None:
            row["limite_q1"] = float(published[0])
            row["source"] = SOURCE_PUBLIE
            row["origine"] = published[1]
            row["annee_seuil"] = published[2]
        elif row["source"] == SOURCE_CALCULE and stock_year is not None and stock_year != year:
            warnings.append((epci, year, stock_year))
            row["origine"] += " appliqué à {} (pas de demandes au 31/12/{})".format(year, year - 1)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(SEUIL_FIELDS))
    for name in ("annee", "nb_demandes", "nb_demandes_revenu_connu", "nb_uc_approchees", "annee_seuil"):
        frame[name] = pd.array(frame[name].astype("float64"), dtype="Int64") if len(frame) else \
            pd.array([], dtype="Int64")
    return frame, warnings


def classer(attributions, seuils):
    """Adds to ``attributions`` (columns annee, epci, nb_personnes, optional
    nb_enfants_moins_14, revenu_mensuel, quartile) the income per UC, the UC, whether the
    UC is approximated, the quartile used and ``q1`` (1.0 / 0.0 / NaN unknown), against
    the limits of the row's EPCI and year in ``seuils``.

    The quartile is computed from the income when both income and Q1 limit are known;
    the source's own ``quartile`` fills the rows it cannot classify. Returns a copy."""
    out = attributions.copy()
    children = out["nb_enfants_moins_14"] if "nb_enfants_moins_14" in out else None
    revenu = out["revenu_mensuel"] if "revenu_mensuel" in out else pd.Series(np.nan, index=out.index)
    income, uc, approximated = quartiles.revenu_annuel_par_uc(revenu, out["nb_personnes"], children)
    out["revenu_uc"] = income.to_numpy()
    out["uc"] = uc.to_numpy()
    out["uc_approchee"] = approximated.to_numpy()
    keys = pd.MultiIndex.from_arrays([out["epci"].astype(object), out["annee"].astype(int)])
    lookup = seuils.set_index(["epci", "annee"]) if len(seuils) else None
    limits = {}
    for name in ("limite_q1", "limite_q2", "limite_q3"):
        if lookup is None:
            limits[name] = pd.Series(np.nan, index=out.index)
        else:
            values = pd.Series(lookup[name].astype("float64").to_numpy(),
                               index=pd.MultiIndex.from_arrays([lookup.index.get_level_values(0).astype(object),
                                                                lookup.index.get_level_values(1).astype(int)]))
            limits[name] = pd.Series(values.reindex(keys).to_numpy(), index=out.index)
    q1 = quartiles.est_q1(out["revenu_uc"], limits["limite_q1"])
    computed = quartiles.quartile(out["revenu_uc"], limits["limite_q1"], limits["limite_q2"],
                                  limits["limite_q3"]).where(q1.notna())
    # Without Q2/Q3 limits (a published threshold alone), "not Q1" stays unclassified in
    # 2..4 but is known to be above Q1.
    source = pd.to_numeric(out["quartile"], errors="coerce") if "quartile" in out else \
        pd.Series(np.nan, index=out.index)
    source = source.where(source.isin([1, 2, 3, 4]))
    out["quartile_calcule"] = computed.to_numpy()
    out["quartile"] = computed.where(computed.notna(), source.where(q1.isna())).to_numpy()
    out["q1"] = q1.where(q1.notna(), (source == 1).astype("float64").where(source.notna())).to_numpy()
    out["limite_q1"] = limits["limite_q1"].to_numpy()
    return out


# --------------------------------------------------------------------------- objectives

def _bool(frame, name):
    if name not in frame:
        return np.zeros(len(frame), dtype=bool)
    return frame[name].to_numpy(dtype="float64", na_value=np.nan) == 1.0


def tableau(attributions, targets=None, niveau="epci"):
    """The objectives table: one row per (year, group, objective) whose denominator is
    not empty. ``attributions`` has columns annee, groupe, en_qpv (1.0 / 0.0 / NaN
    unknown), q1 (1.0 / 0.0 / NaN), and optionally relogement_renouvellement, dalo,
    prioritaire, reservataire, uc_approchee. Without a dalo nor a prioritaire column the
    prioritaires objectives are not computed (unknown, not 0 %).

    ``prioritaires`` counts the obligated réservataires only: the attributions of the
    State's contingent (``CONTINGENTS_ETAT``) go to ``prioritaires_etat``, a share with no
    target nor verdict; ``nb_etat_exclues`` says how many were set aside from each
    ``prioritaires`` row, ``perimetre`` which attributions a row counts. ``nb_dalo`` /
    ``part_dalo``: the DALO households alone, over the same denominator."""
    targets = dict(DEFAULT_TARGETS, **(targets or {}))
    frame = attributions[attributions["groupe"].notna()]
    en_qpv = frame["en_qpv"].to_numpy(dtype="float64", na_value=np.nan)
    q1 = frame["q1"].to_numpy(dtype="float64", na_value=np.nan)
    relog = _bool(frame, "relogement_renouvellement")
    dalo = _bool(frame, "dalo")
    dalo_prio = dalo | _bool(frame, "prioritaire")
    approx = _bool(frame, "uc_approchee")
    reservataire_known = "reservataire" in frame
    if reservataire_known:
        codes_ = pd.to_numeric(frame["reservataire"], errors="coerce").astype("float64")
        etat = codes_.isin(CONTINGENTS_ETAT).to_numpy(dtype=bool)
    else:
        etat = np.zeros(len(frame), dtype=bool)
    flags = pd.DataFrame({
        "annee": frame["annee"].astype(int).to_numpy(),
        "groupe": frame["groupe"].astype(str).to_numpy(),
        "hors": en_qpv == 0.0,
        "qpv": en_qpv == 1.0,
        "q1": q1 == 1.0,
        "q2_q4": q1 == 0.0,
        "inconnu": np.isnan(q1),
        "relog": relog,
        "dalo": dalo,
        "dalo_prio": dalo_prio,
        "approx": approx,
        "etat": etat,
        "oblige": ~etat,
    })
    flags["q1_ou_relog"] = flags["q1"] | flags["relog"]
    selections = {"hors_qpv_q1": ("hors", "q1_ou_relog"), "qpv_q2_q4": ("qpv", "q2_q4"),
                  "prioritaires": ("oblige", "dalo_prio"), OBJECTIF_ETAT: ("etat", "dalo_prio")}
    excluded = flags[flags["etat"]].groupby(["annee", "groupe"]).size()
    rows = []
    known_priority = "dalo" in frame or "prioritaire" in frame
    for objectif in INDICATEURS:
        if objectif in ("prioritaires", OBJECTIF_ETAT) and not known_priority:
            continue
        denominator, numerator = selections[objectif]
        part = flags[flags[denominator]]
        if not len(part):
            continue
        sums = part.groupby(["annee", "groupe"], sort=True)[
            ["q1", "q2_q4", "relog", "dalo", "dalo_prio", "inconnu", "approx", numerator]].sum()
        sums = sums.loc[:, ~sums.columns.duplicated()]
        counts = part.groupby(["annee", "groupe"], sort=True).size()
        judged = objectif in OBJECTIFS
        target = float(targets[objectif]) if judged else math.nan
        perimetre = PERIMETRES[objectif]
        if objectif == "prioritaires" and not reservataire_known:
            perimetre = PERIMETRES["prioritaires_inconnu"]
        priority = objectif in ("prioritaires", OBJECTIF_ETAT)
        for (annee, groupe), n in counts.items():
            k = int(sums.loc[(annee, groupe), numerator])
            rate = 100.0 * k / n
            nb_dalo = int(sums.loc[(annee, groupe), "dalo"])
            rows.append({
                "annee": int(annee), "niveau": niveau, "groupe": groupe, "objectif": objectif,
                "libelle": LIBELLES[objectif], "nb_attributions": int(n), "nb_public": k,
                "part_public": rate, "objectif_pct": target, "ecart_points": rate - target if judged else math.nan,
                "nb_manquantes": nb_manquantes(k, n, target) if judged else None,
                "statut": statut(rate, target) if judged else None,
                "nb_q1": int(sums.loc[(annee, groupe), "q1"]),
                "nb_q2_q4": int(sums.loc[(annee, groupe), "q2_q4"]),
                "nb_relogements": int(sums.loc[(annee, groupe), "relog"]),
                "nb_dalo_prioritaires": int(sums.loc[(annee, groupe), "dalo_prio"]),
                "nb_revenu_inconnu": int(sums.loc[(annee, groupe), "inconnu"]),
                "nb_uc_approchees": int(sums.loc[(annee, groupe), "approx"]),
                "nb_dalo": nb_dalo if priority else None,
                "part_dalo": 100.0 * nb_dalo / n if priority else math.nan,
                "perimetre": perimetre,
                "nb_etat_exclues": int(excluded.get((annee, groupe), 0)) if objectif == "prioritaires" else None,
            })
    table = pd.DataFrame(rows, columns=list(FIELDS))
    if len(table):
        order = {name: i for i, name in enumerate(INDICATEURS)}
        table = table.sort_values(["objectif", "groupe", "annee"], key=lambda s: s.map(order) if s.name == "objectif"
                                  else s).reset_index(drop=True)
    for name in INT_FIELDS:
        table[name] = pd.array(table[name].astype("float64"), dtype="Int64") if len(table) else \
            pd.array([], dtype="Int64")
    for name in ("objectif_pct", "ecart_points", "part_dalo", "part_public"):
        table[name] = table[name].astype("float64")
    return table


# Everything a masked row says about its households; the target and the labels stay.
SECRET_FIELDS = ("nb_attributions", "nb_public", "part_public", "ecart_points", "nb_manquantes", "statut", "nb_q1",
                 "nb_q2_q4", "nb_relogements", "nb_dalo_prioritaires", "nb_revenu_inconnu", "nb_uc_approchees",
                 "nb_dalo", "part_dalo", "nb_etat_exclues")


def appliquer_secret(table, threshold):
    """Secret statistique (domain.md 6) on the objectives table: a row whose denominator
    counts fewer than ``threshold`` attributions (households) is masked (NULL, secret =
    true); the groups of one year and objective are siblings whose sum is the territory's
    figure, so the secondary secret masks the next smallest group when one alone is masked.
    The prioritaires and prioritaires_etat rows of one group and year are masked together.
    Returns ``(table, parents_to_mask)``, the latter as (year, objective) pairs whose
    territory total must not be published beside the table."""
    table = table.copy()
    if not len(table):
        table["secret"] = pd.Series([], dtype=bool)
        return table, []
    keys = ["{}|{}|{}".format(a, o, g) for a, o, g in zip(table["annee"], table["objectif"], table["groupe"])]
    keyed = table.set_axis(keys, axis=0)
    parents = pd.Series(["{}|{}".format(a, o) for a, o in zip(table["annee"], table["objectif"])], index=keys)
    # The prioritaires and prioritaires_etat rows of one group and year split its attributions
    # (obligated + State = all = hors QPV + en QPV, both published): one masked, the other
    # would give it back by subtraction, so each pair is masked together, until stable.
    pair = table["objectif"].isin(["prioritaires", OBJECTIF_ETAT]).to_numpy()
    group_year = pd.Series(["{}|{}".format(a, g) for a, g in zip(table["annee"], table["groupe"])], index=keys)
    keyed["secret"] = False
    while True:
        out, to_mask = secret.apply(keyed, "nb_attributions", [f for f in SECRET_FIELDS if f != "nb_attributions"],
                                    threshold, parents=parents)
        masked_pairs = set(group_year[out["secret"].to_numpy() & pair])
        more = pair & group_year.isin(masked_pairs).to_numpy() & ~out["secret"].to_numpy()
        if not more.any():
            break
        keyed["secret"] = out["secret"].to_numpy() | more
    out.index = table.index
    # nb_etat_exclues of a prioritaires row is the denominator of the State's row of the
    # same group and year: masked with it
    etat = out[(out["objectif"] == OBJECTIF_ETAT) & out["secret"].astype(bool)]
    hidden = set(zip(etat["annee"], etat["groupe"]))
    if hidden:
        rows = (out["objectif"] == "prioritaires").to_numpy() & np.array(
            [(a, g) in hidden for a, g in zip(out["annee"], out["groupe"])], dtype=bool)
        out.loc[rows, "nb_etat_exclues"] = np.nan
    for name in INT_FIELDS:
        out[name] = pd.array(out[name].astype("float64"), dtype="Int64")
    out["statut"] = out["statut"].astype(object).where(out["statut"].notna(), None)
    pairs = [(int(p.split("|", 1)[0]), p.split("|", 1)[1]) for p in to_mask]
    return out, pairs


def desaccords_qpv(logement_ids, par_localisation, par_code):
    """Dwellings whose QPV status by location (1.0 / 0.0 / NaN) differs from the one of
    their code_qpv; returns (count, a few ids)."""
    a = pd.Series(par_localisation, dtype="float64").to_numpy()
    b = pd.Series(par_code, dtype="float64").to_numpy()
    differ = ~np.isnan(a) & ~np.isnan(b) & (a != b)
    ids = pd.Series(logement_ids).to_numpy(dtype=object)[differ]
    return int(differ.sum()), [str(i) for i in ids[:10]]
