"""Flows per unit and period (domain.md 5.4 and 5.6): entrants, sortants, solde, taux de
rotation (bailleur definition), taux de mobilité (SDES definition), ancienneté of the
stock and of the leavers, vacancy after a departure, and the "effet des flux".

Inputs are plain frames whose rows already carry their unit in the column ``UNIT``
(``stock.UNIT``): dwellings (RPLS), attributions (entrants), departures (sortants) and,
optionally, the households of the latest OPS (the stock side of the effet des flux).

Time:
- The period [start, end] is cut into calendar years; a year only partly inside the
  period counts its flows inside the period, and its stock as dwelling-years
  (dwellings × fraction of the year covered), so a rate stays a yearly rate.
- ``reference`` is the date of the RPLS state (1 January of its millésime). Dwellings
  "in modes 1+2 at the start of year Y" are read from that single state: for the
  reference year itself, the dwellings in modes 1+2 at the reference date; for any
  other year, those same dwellings restricted to the ones put in service before
  1 January Y (``annee_mise_location`` < Y; unknown = old). The approximation: no
  dwelling left or entered modes 1+2 (sale, demolition, works) between 1 January Y and
  the reference date other than by being put in service.
- tx_rotation(Y) = departures of Y / dwelling-years in modes 1+2 at the start of Y.
- tx_mobilite(Y) = move-ins of Y into the dwellings put in service before 1 January Y
  (in service for at least a year) / those dwelling-years: a building put in service
  during Y is excluded from both sides.
- Over the period: ratio of the sums over the years (never a mean of yearly rates).

No QGIS here.
"""

import numpy as np
import pandas as pd

from . import plafonds, quartiles
from .ratios import mean, rate
from .stock import RECENT_YEARS, UNIT

DAYS_PER_YEAR = 365.25
VACANCY_MONTHS = 3

# Profile variables of the effet des flux: (variable, household column holding 1/0/NaN).
PROFILE_VARIABLES = ("q1", "rev_inf_40", "personnes_seules", "monoparentales")
SIDES = ("entrants", "sortants", "stock")


def years_of_period(start, end):
    """One row per calendar year the period touches: annee, debut, fin (inclusive days)
    and fraction (days of the year inside the period / days of the year)."""
    start, end = pd.Timestamp(start).normalize(), pd.Timestamp(end).normalize()
    if end < start:
        raise ValueError("end before start")
    rows = []
    for year in range(start.year, end.year + 1):
        first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
        debut, fin = max(first, start), min(last, end)
        days = (last - first).days + 1
        rows.append({"annee": year, "debut": debut, "fin": fin,
                     "fraction": ((fin - debut).days + 1) / days})
    return pd.DataFrame(rows)


def _in_modes_1_2(dwellings):
    """True where the dwelling is proposed for letting (mode 1 or 2). Without any mode
    column every dwelling counts; a dwelling whose mode is unknown does not."""
    if "mode_occupation" not in dwellings.columns or dwellings["mode_occupation"].isna().all():
        return np.ones(len(dwellings), dtype=bool)
    mode = pd.to_numeric(dwellings["mode_occupation"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    return (mode == 1) | (mode == 2)


def stock_years(dwellings, years, reference):
    """Per dwelling (rows of ``dwellings``) and year: ``debut[Y]`` in modes 1+2 at the
    start of Y, ``anciens[Y]`` in service before 1 January Y (the tx_mobilite base)."""
    in_12 = _in_modes_1_2(dwellings)
    if "annee_mise_location" in dwellings.columns:
        locat = pd.to_numeric(dwellings["annee_mise_location"], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan)
    else:
        locat = np.full(len(dwellings), np.nan)
    reference = pd.Timestamp(reference)
    reference_year = reference.year if (reference.month, reference.day) == (1, 1) else None
    debut, anciens = {}, {}
    for year in years:
        old = np.isnan(locat) | (locat < year)
        anciens[year] = in_12 & old
        debut[year] = in_12 if year == reference_year else in_12 & old
    return debut, anciens


def _unit_codes(units, unit_ids):
    """Codes of each row's unit among ``unit_ids`` (-1: none)."""
    return pd.Index(unit_ids).get_indexer(pd.Series(units, dtype=object))


def _count(codes, mask, n):
    keep = (codes >= 0) & mask
    return np.bincount(codes[keep], minlength=n).astype("float64")


def _sum(codes, values, n):
    values = np.asarray(values, dtype="float64")
    keep = (codes >= 0) & ~np.isnan(values)
    return np.bincount(codes[keep], weights=values[keep], minlength=n)


def _dates(series):
    return pd.to_datetime(series, errors="coerce")


def move_in_dates(departs, attributions, dwellings, menages=None):
    """The move-in date of each leaving household, when the files tell it: the latest
    lease start of its dwelling on or before the departure among the attributions, the
    RPLS lease date and the OPS move-in date. NaT when none is known (a lease older
    than the files): the mean ancienneté of leavers rests on the known ones."""
    candidates = [attributions[["logement_id", "date_attribution"]].rename(columns={"date_attribution": "date"})]
    if "date_bail" in dwellings.columns:
        candidates.append(dwellings[["logement_id", "date_bail"]].rename(columns={"date_bail": "date"}))
    if menages is not None and "date_emmenagement" in menages.columns:
        candidates.append(menages[["logement_id", "date_emmenagement"]].rename(columns={"date_emmenagement": "date"}))
    leases = pd.concat(candidates, ignore_index=True)
    leases["date"] = _dates(leases["date"])
    leases = leases.dropna().drop_duplicates()
    return _asof(departs, leases, "backward")


def next_lease_dates(departs, attributions):
    """The first attribution of the same dwelling on or after each departure (NaT: none)."""
    leases = attributions[["logement_id", "date_attribution"]].rename(columns={"date_attribution": "date"})
    leases = leases.assign(date=_dates(leases["date"])).dropna()
    return _asof(departs, leases, "forward")


def _asof(departs, leases, direction):
    left = pd.DataFrame({"logement_id": departs["logement_id"].astype(str).to_numpy(),
                         "date": _dates(departs["date_depart"]).to_numpy(), "row": np.arange(len(departs))})
    left = left.dropna(subset=["date"]).sort_values("date")
    right = leases.assign(logement_id=leases["logement_id"].astype(str), found=leases["date"]).sort_values("date")
    merged = pd.merge_asof(left, right, on="date", by="logement_id", direction=direction)
    out = pd.Series(pd.NaT, index=range(len(departs)), dtype="datetime64[ns]")
    out.iloc[merged["row"].to_numpy()] = merged["found"].to_numpy()
    return pd.Series(out.to_numpy(), index=departs.index)


def vacancy_after(departs, attributions, observed_until):
    """Per departure: days until the next lease (NaN when none), and whether the
    dwelling stayed empty more than 3 months: True / False, NaN when it cannot be told
    (no next lease yet, and less than 3 months observed before ``observed_until``)."""
    left = _dates(departs["date_depart"])
    nxt = next_lease_dates(departs, attributions)
    days = (nxt - left).dt.days.astype("float64")
    limit = left + pd.DateOffset(months=VACANCY_MONTHS)
    over = pd.Series(np.nan, index=departs.index)
    over[nxt.notna()] = (nxt[nxt.notna()] > limit[nxt.notna()]).astype(float)
    censored = nxt.isna() & left.notna()
    over[censored & (limit < pd.Timestamp(observed_until))] = 1.0
    return days, over


def indicateurs_flux(dwellings, attributions, departs, period_start, period_end, reference,
                     unit_ids=None, menages=None, observed_until=None):
    """The units table (index = unit id) and the long yearly table.

    ``dwellings``: logement_id, ``UNIT``, optional mode_occupation, annee_mise_location,
    date_bail. ``attributions``: logement_id, date_attribution, ``UNIT`` and the profile
    columns of ``PROFILE_VARIABLES`` plus nb_personnes when known. ``departs``:
    logement_id, date_depart, ``UNIT``, optional mutation (1.0 for an internal
    mutation), profile columns. ``menages`` (optional): ``UNIT``, profile columns.
    ``observed_until``: last date the attributions file covers (for the vacancy after a
    departure; default the period end).
    """
    years = years_of_period(period_start, period_end)
    start, end = years["debut"].iloc[0], years["fin"].iloc[-1]
    if unit_ids is None:
        unit_ids = sorted(pd.unique(pd.Series(dwellings[UNIT], dtype=object).dropna()), key=str)
    unit_ids = list(unit_ids)
    n = len(unit_ids)
    d_codes = _unit_codes(dwellings[UNIT], unit_ids)
    a_codes = _unit_codes(attributions[UNIT], unit_ids)
    s_codes = _unit_codes(departs[UNIT], unit_ids)
    a_dates, s_dates = _dates(attributions["date_attribution"]), _dates(departs["date_depart"])
    in_a = ((a_dates >= start) & (a_dates <= end)).to_numpy()
    in_s = ((s_dates >= start) & (s_dates <= end)).to_numpy()

    debut, anciens = stock_years(dwellings, list(years["annee"]), reference)
    old_dwellings = {}
    ids = dwellings["logement_id"].astype(str).to_numpy()
    a_ids = attributions["logement_id"].astype(str)

    table = pd.DataFrame(index=pd.Index(unit_ids, dtype=object))
    table["nb_logements"] = _count(d_codes, _in_modes_1_2(dwellings), n)
    table["nb_entrants"] = _count(a_codes, in_a, n)
    table["nb_sortants"] = _count(s_codes, in_s, n)
    table["solde"] = table["nb_entrants"] - table["nb_sortants"]
    mutation = departs["mutation"].to_numpy(dtype="float64", na_value=np.nan) if "mutation" in departs else \
        np.zeros(len(departs))
    table["nb_mutations_sortantes"] = _count(s_codes, in_s & (mutation == 1), n)

    long_rows = []
    sums = {"sortants": np.zeros(n), "expo_debut": np.zeros(n), "emm": np.zeros(n), "expo_anciens": np.zeros(n)}
    yearly = {}
    for _, year in years.iterrows():
        y, fraction = int(year["annee"]), float(year["fraction"])
        in_year_a = in_a & ((a_dates >= year["debut"]) & (a_dates <= year["fin"])).to_numpy()
        in_year_s = in_s & ((s_dates >= year["debut"]) & (s_dates <= year["fin"])).to_numpy()
        old_dwellings[y] = set(ids[anciens[y]])
        into_old = a_ids.isin(old_dwellings[y]).to_numpy()
        entrants = _count(a_codes, in_year_a, n)
        sortants = _count(s_codes, in_year_s, n)
        stock_debut = _count(d_codes, debut[y], n)
        stock_anciens = _count(d_codes, anciens[y], n)
        emm = _count(a_codes, in_year_a & into_old, n)
        expo_debut, expo_anciens = stock_debut * fraction, stock_anciens * fraction
        tx_rot = rate(pd.Series(sortants), pd.Series(expo_debut)).to_numpy()
        tx_mob = rate(pd.Series(emm), pd.Series(expo_anciens)).to_numpy()
        yearly[y] = {"nb_entrants": entrants, "nb_sortants": sortants, "tx_rotation": tx_rot,
                     "tx_mobilite": tx_mob}
        sums["sortants"] += sortants
        sums["expo_debut"] += expo_debut
        sums["emm"] += emm
        sums["expo_anciens"] += expo_anciens
        long_rows.append(pd.DataFrame({
            UNIT: unit_ids, "annee": y, "debut": year["debut"], "fin": year["fin"],
            "fraction_annee": fraction, "nb_logements_debut": stock_debut, "nb_entrants": entrants,
            "nb_sortants": sortants, "solde": entrants - sortants, "tx_rotation": tx_rot,
            "nb_logements_un_an": stock_anciens, "nb_emmenagements_un_an": emm, "tx_mobilite": tx_mob}))

    table["logements_annees"] = sums["expo_debut"]
    table["tx_rotation"] = rate(pd.Series(sums["sortants"], index=table.index),
                                pd.Series(sums["expo_debut"], index=table.index))
    table["nb_emmenagements_un_an"] = sums["emm"]
    table["logements_un_an_annees"] = sums["expo_anciens"]
    table["tx_mobilite"] = rate(pd.Series(sums["emm"], index=table.index),
                                pd.Series(sums["expo_anciens"], index=table.index))

    # Ancienneté of the stock at the reference date (mode 1 with a lease date) and of the leavers.
    if "date_bail" in dwellings.columns:
        bail = _dates(dwellings["date_bail"])
        years_in = ((pd.Timestamp(reference) - bail).dt.days / DAYS_PER_YEAR).where(bail <= pd.Timestamp(reference))
        table["n_anciennete"] = _count(d_codes, years_in.notna().to_numpy(), n)
        table["anciennete_moy"] = mean(pd.Series(_sum(d_codes, years_in.to_numpy(), n), index=table.index),
                                       table["n_anciennete"])
        recent = (years_in < RECENT_YEARS).to_numpy() & years_in.notna().to_numpy()
        table["part_emmenages_recents"] = rate(pd.Series(_count(d_codes, recent, n), index=table.index),
                                               table["n_anciennete"])
    else:
        table["n_anciennete"] = 0.0
        table["anciennete_moy"] = np.nan
        table["part_emmenages_recents"] = np.nan
    moved_in = move_in_dates(departs, attributions, dwellings, menages)
    tenure = ((s_dates - moved_in).dt.days / DAYS_PER_YEAR).where(pd.Series(in_s, index=departs.index))
    table["n_anciennete_sortants"] = _count(s_codes, tenure.notna().to_numpy(), n)
    table["anciennete_sortants_moy"] = mean(pd.Series(_sum(s_codes, tenure.to_numpy(), n), index=table.index),
                                            table["n_anciennete_sortants"])

    # Vacancy after the departures of the period.
    days, over = vacancy_after(departs, attributions, observed_until or end)
    relet = in_s & ~np.isnan(days.to_numpy())
    table["nb_relocations"] = _count(s_codes, relet, n)
    table["delai_relocation_moy"] = mean(
        pd.Series(_sum(s_codes, np.where(relet, days.to_numpy(), np.nan), n), index=table.index),
        table["nb_relocations"])
    known = in_s & ~np.isnan(over.to_numpy())
    table["n_vacance_3mois"] = _count(s_codes, known, n)
    table["nb_vacances_3mois"] = _count(s_codes, known & (over.to_numpy() == 1), n)
    table["part_vacance_3mois"] = rate(table["nb_vacances_3mois"], table["n_vacance_3mois"])

    # Effet des flux: shares among entrants, sortants and the stock.
    sides = {"entrants": (attributions[in_a], a_codes[in_a]), "sortants": (departs[in_s], s_codes[in_s])}
    if menages is not None:
        sides["stock"] = (menages, _unit_codes(menages[UNIT], unit_ids))
    for variable in PROFILE_VARIABLES:
        for side in SIDES:
            share, known_n = "part_{}_{}".format(variable, side), "n_{}_{}".format(variable, side)
            frame_codes = sides.get(side)
            if frame_codes is None or variable not in frame_codes[0].columns:
                table[known_n] = 0.0
                table[share] = np.nan
                continue
            frame, codes_ = frame_codes
            values = frame[variable].to_numpy(dtype="float64", na_value=np.nan)
            table[known_n] = _count(codes_, ~np.isnan(values), n)
            table[share] = rate(pd.Series(_sum(codes_, values, n), index=table.index), table[known_n])
    for side in SIDES:
        frame_codes = sides.get(side)
        name = "taille_menage_{}".format(side)
        if frame_codes is None or "nb_personnes" not in frame_codes[0].columns:
            table["n_" + name], table[name] = 0.0, np.nan
            continue
        frame, codes_ = frame_codes
        persons = pd.to_numeric(frame["nb_personnes"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        table["n_" + name] = _count(codes_, ~np.isnan(persons), n)
        table[name] = mean(pd.Series(_sum(codes_, persons, n), index=table.index), table["n_" + name])
    add_effects(table)

    for y, values in yearly.items():
        for name, column in values.items():
            table["{}_{}".format(name, y)] = column
    return table, pd.concat(long_rows, ignore_index=True)


def add_effects(table):
    """effet_<variable> = share among entrants − share in the stock, in points (5.6);
    NULL when either share is (unknown or masked)."""
    for variable in PROFILE_VARIABLES:
        table["effet_" + variable] = table["part_{}_entrants".format(variable)] - \
            table["part_{}_stock".format(variable)]
    return table


def share_denominators():
    """Share field → its denominator field, for the cell-level secret."""
    out = {}
    for variable in PROFILE_VARIABLES:
        for side in SIDES:
            out["part_{}_{}".format(variable, side)] = "n_{}_{}".format(variable, side)
    for side in SIDES:
        out["taille_menage_{}".format(side)] = "n_taille_menage_{}".format(side)
    out["anciennete_sortants_moy"] = "n_anciennete_sortants"
    out["anciennete_moy"] = "n_anciennete"
    out["part_emmenages_recents"] = "n_anciennete"
    out["part_vacance_3mois"] = "n_vacance_3mois"
    out["delai_relocation_moy"] = "nb_relocations"
    return out


def reference_from_dates(*series):
    """The RPLS reference date guessed from its dates: 1 January of the year after the
    latest lease or vacancy date, or that very day when the latest date is a 1 January
    (dwellings let on the day the file describes). None without any date."""
    latest = None
    for values in series:
        if values is None:
            continue
        found = _dates(values).max()
        if pd.notna(found) and (latest is None or found > latest):
            latest = found
    if latest is None:
        return None
    if (latest.month, latest.day) == (1, 1):
        return pd.Timestamp(latest.year, 1, 1)
    return pd.Timestamp(latest.year + 1, 1, 1)


# --------------------------------------------------------------------------- profiles

LOW_BANDS = ("<20", "20-40")


def _flag(condition, known):
    """1.0 / 0.0 where ``known``, NaN elsewhere."""
    return pd.Series(np.where(known, condition.astype("float64"), np.nan), index=condition.index)


def _persons(frame):
    if "nb_personnes" not in frame.columns:
        return pd.Series(np.nan, index=frame.index)
    return pd.to_numeric(frame["nb_personnes"], errors="coerce").astype("float64")


def _composition_flags(frame, out):
    persons = _persons(frame)
    alone = _flag(persons == 1, persons.notna())
    if "composition" in frame.columns:
        composition = frame["composition"].astype(object)
        known = composition.notna()
        alone = alone.where(alone.notna(), _flag(composition == "personne_seule", known))
        out["monoparentales"] = _flag(composition == "famille_monoparentale", known)
    else:
        out["monoparentales"] = np.nan
    out["personnes_seules"] = alone
    return out


def _band_flag(bands):
    bands = pd.Series(bands, dtype=object)
    return _flag(bands.isin(LOW_BANDS), bands.notna())


def _ceiling_years(years, zones):
    """Each year clipped to the years of the PLUS ceilings table for its zone."""
    years = pd.Series(years, dtype="float64")
    out = years.copy()
    for zone in pd.unique(zones.dropna()):
        available = plafonds.years_available(zone)
        if not available:
            continue
        rows = (zones == zone).to_numpy()
        out[rows] = years[rows].clip(min(available), max(available))
    return out


def profils_attributions(attributions, limite_q1=None, zones=None):
    """Profile flags of the entrants: q1 (the source's quartile when it has one, else
    revenu_mensuel × 12 / UC ≤ ``limite_q1``), rev_inf_40 (revenu_mensuel × 12 against the
    PLUS ceiling of the year of the lease, an approximation: the ceiling applies to the
    taxable income of year N−2; the household's category as ``plafonds.categorie``, single
    parents and a disabled member one category up when the source has composition and
    handicap), personnes_seules (one person), monoparentales (only when
    the source has a composition)."""
    out = pd.DataFrame(index=attributions.index)
    children = attributions["nb_enfants_moins_14"] if "nb_enfants_moins_14" in attributions else None
    income = None
    q1 = pd.Series(np.nan, index=attributions.index)
    if "revenu_mensuel" in attributions.columns:
        income, _, _ = quartiles.revenu_annuel_par_uc(attributions["revenu_mensuel"], attributions["nb_personnes"],
                                                     children)
        income.index = attributions.index
        if limite_q1 is not None and not pd.isna(limite_q1):
            q1 = quartiles.est_q1(income, limite_q1)
    if "quartile" in attributions.columns:
        given = pd.to_numeric(attributions["quartile"], errors="coerce")
        q1 = _flag(given == 1, given.notna()).where(given.notna(), q1)
    out["q1"] = q1
    if "revenu_mensuel" in attributions.columns and zones is not None:
        annual = pd.to_numeric(attributions["revenu_mensuel"], errors="coerce") * 12.0
        zones = pd.Series(zones, index=attributions.index, dtype=object)
        years = _ceiling_years(_dates(attributions["date_attribution"]).dt.year, zones)
        # the household category of the arrêté du 29 juillet 1987 as far as the attributions
        # carry it (single parent from the composition, disabled member): domain.md 5.5
        bands = plafonds.tranche(annual, attributions["nb_personnes"], years, zones,
                                 **plafonds.regles_categorie(attributions))
        out["rev_inf_40"] = _band_flag(bands)
    else:
        out["rev_inf_40"] = np.nan
    return _composition_flags(attributions, out)


def profils_departs(departs):
    """Profile flags of the sortants: q1 only from the source's quartile (the departures
    carry no income), rev_inf_40 from tranche_plafond, composition and size."""
    out = pd.DataFrame(index=departs.index)
    if "quartile" in departs.columns:
        given = pd.to_numeric(departs["quartile"], errors="coerce")
        out["q1"] = _flag(given == 1, given.notna())
    else:
        out["q1"] = np.nan
    out["rev_inf_40"] = _band_flag(departs["tranche_plafond"]) if "tranche_plafond" in departs else np.nan
    return _composition_flags(departs, out)


def profils_menages(menages, limite_q1=None):
    """Profile flags of the stock (OPS): q1 = REVENU_ANNUEL / UC ≤ ``limite_q1`` (an
    approximation: taxable income, not the monthly resources of a demande),
    rev_inf_40 from tranche_plafond (or from revenu_annuel against the PLUS ceilings,
    ``plafonds.classer_ressources``, where the band is missing), composition and size."""
    out = pd.DataFrame(index=menages.index)
    out["q1"] = np.nan
    if "revenu_annuel" in menages.columns and limite_q1 is not None and not pd.isna(limite_q1):
        children = menages["nb_enfants_moins_14"] if "nb_enfants_moins_14" in menages else None
        uc, _ = plafonds.unites_consommation(menages["nb_personnes"], children)
        uc.index = menages.index
        income = pd.to_numeric(menages["revenu_annuel"], errors="coerce").astype("float64")
        out["q1"] = quartiles.est_q1((income / uc).where(income >= 0), limite_q1)
    if "revenu_annuel" in menages.columns:
        # households with an income and no band: classified as peuplement:indicateurs_occupation
        # does (plafonds.classer_ressources: ceilings of millésime − 1, zone of the commune,
        # the whole category rule of domain.md 5.5)
        depcom = menages["depcom"] if "depcom" in menages.columns else None
        menages = plafonds.classer_ressources(menages, depcom, annees_absentes_inconnues=True)[0]
    out["rev_inf_40"] = _band_flag(menages["tranche_plafond"]) if "tranche_plafond" in menages else np.nan
    return _composition_flags(menages, out)
