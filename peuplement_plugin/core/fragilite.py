"""The socio-locative fragility index (domain.md 5.7): a local convention.

Each variable (a share or rate of 5.4 / 5.5, in %) is standardised against the
reference territory — the units of the input with enough households (section 6) —
either as a z-score ``(x − mean) / sd`` or as a ratio to the reference value
``100 × x / reference``; a variable that *lowers* fragility (written ``-name``)
counts as ``−z`` or ``200 − ratio``. The index is the weighted mean of the
components; the units are then put in classes (quantiles, Jenks natural breaks or
the user's breaks) and flagged fragile (top class, or index above a threshold).
"""

import math

import numpy as np
import pandas as pd

from . import denominators
from .errors import PeuplementError
from .flags import flags

DEFAULT_VARIABLES = ("part_rev_inf_40", "part_monoparentales", "part_chomage", "part_apl", "tx_rotation",
                     "tx_vacance")
ZSCORE = "zscore"
RATIO = "ratio"
METHODS = (ZSCORE, RATIO)
QUANTILES = "quantiles"
JENKS = "jenks"
USER_BREAKS = "seuils"
CLASS_METHODS = (QUANTILES, JENKS, USER_BREAKS)
PREFIX = {ZSCORE: "z_", RATIO: "r_"}

MOTIF_SECRET = "secret statistique"
MOTIF_PETIT = "moins de {} ménages"
MOTIF_EFFECTIF_INCONNU = "nombre de ménages inconnu"
MOTIF_INCONNU = "variable(s) inconnue(s) : {}"


def parse_variables(text):
    """``"a;-b, c"`` → ``[("a", 1), ("b", -1), ("c", 1)]``; a leading ``-`` says the
    variable lowers fragility."""
    out = []
    for item in str(text or "").replace(",", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        sign = 1
        if item[0] in "-+":
            sign = -1 if item[0] == "-" else 1
            item = item[1:].strip()
        if not item:
            continue
        if item in [name for name, _ in out]:
            raise PeuplementError("VARIABLES : « {} » est donnée deux fois.".format(item))
        out.append((item, sign))
    return out


def parse_weights(text, names):
    """``"a=2;b=0,5"`` → a weight for every variable of ``names`` (1 when not given);
    pairs separated by ``;`` only, so that a decimal comma reads as one."""
    weights = {name: 1.0 for name in names}
    for item in str(text or "").split(";"):
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise PeuplementError("WEIGHTS : « {} » n'est pas de la forme variable=poids.".format(item))
        name, value = (part.strip() for part in item.split("=", 1))
        name = name.lstrip("+-").strip()
        if name not in weights:
            raise PeuplementError("WEIGHTS : « {} » n'est pas une des variables de l'indice ({}).".format(
                name, ", ".join(names)))
        try:
            weight = float(value.replace(",", "."))
        except ValueError:
            raise PeuplementError("WEIGHTS : le poids de {} (« {} ») n'est pas un nombre.".format(name, value))
        if not math.isfinite(weight) or weight < 0:
            raise PeuplementError("WEIGHTS : le poids de {} doit être positif ou nul.".format(name))
        weights[name] = weight
    if sum(weights.values()) <= 0:
        raise PeuplementError("WEIGHTS : au moins un poids doit être strictement positif.")
    return weights


def parse_breaks(text):
    values = []
    for item in str(text or "").replace(";", " ").split():
        try:
            values.append(float(item.replace(",", ".")))
        except ValueError:
            raise PeuplementError("BREAKS : « {} » n'est pas un nombre.".format(item))
    if not values:
        raise PeuplementError("BREAKS : donnez les limites des classes, par exemple « -0.5;0;0.5;1 ».")
    if any(b >= a for a, b in zip(values[1:], values[:-1])) or len(set(values)) != len(values):
        raise PeuplementError("BREAKS : les limites doivent être croissantes.")
    return values


def _numeric(frame, name):
    return pd.to_numeric(frame[name], errors="coerce").astype("float64") if name in frame.columns \
        else pd.Series(np.nan, index=frame.index)


def eligibility(frame, count_field, threshold, secret_field="secret"):
    """(units that enter the index, reason of the others). A unit enters when its
    household count is known and at least ``threshold`` and it is not masked
    (``secret`` true)."""
    counts = _numeric(frame, count_field)
    secret = flags(frame[secret_field]) if secret_field in frame.columns \
        else pd.Series(False, index=frame.index)
    motif = pd.Series(None, index=frame.index, dtype=object)
    small = counts.notna() & (counts < threshold)
    motif[small] = MOTIF_PETIT.format(threshold)
    motif[counts.isna() & ~secret] = MOTIF_EFFECTIF_INCONNU
    motif[secret] = MOTIF_SECRET
    return motif.isna(), motif


def reference_base(frame, name, count_field):
    """(weights, description) of the units for the reference value of ``name``: its
    own denominator when the layer carries it (core.denominators), so that the reference
    is a ratio of sums (domain.md 4); else the households; else every unit counts once."""
    fields = denominators.denominator(frame.columns, name)
    if fields:
        weights = sum(_numeric(frame, f).fillna(0.0) for f in fields)
        return weights, "somme({}) / somme({})".format(
            "{} × {}".format(name, " + ".join(fields)), " + ".join(fields))
    if count_field in frame.columns:
        return _numeric(frame, count_field).fillna(0.0), "moyenne pondérée par {}".format(count_field)
    return pd.Series(1.0, index=frame.index), "moyenne simple des unités"


def references(frame, variables, eligible, count_field):
    """Per variable: mean and standard deviation over the eligible units where it is
    known (population sd: the units are the whole territory, not a sample), the
    reference value of the territory and how it is formed."""
    out = {}
    for name, sign in variables:
        values = _numeric(frame, name)
        known = eligible & values.notna()
        x = values[known].to_numpy()
        base, how = reference_base(frame, name, count_field)
        w = base[known].to_numpy()
        reference = float(np.sum(w * x) / np.sum(w)) if len(x) and np.sum(w) > 0 else float("nan")
        out[name] = {
            "sens": sign,
            "n": int(len(x)),
            "moyenne": float(x.mean()) if len(x) else float("nan"),
            "ecart_type": float(x.std(ddof=0)) if len(x) else float("nan"),
            "reference": reference,
            "base_reference": how,
        }
    return out


def standardise(frame, variables, refs, method, eligible):
    """One component per variable (``z_x`` or ``r_x``), NaN outside the eligible units."""
    components = pd.DataFrame(index=frame.index)
    for name, sign in variables:
        values = _numeric(frame, name).where(eligible)
        ref = refs[name]
        if ref["n"] == 0:
            raise PeuplementError("La variable {} n'est connue dans aucune unité du territoire de référence "
                                  "(assez de ménages, hors secret) : retirez-la de VARIABLES.".format(name))
        if method == ZSCORE:
            if not ref["ecart_type"] > 0:
                raise PeuplementError("La variable {} a la même valeur dans toutes les unités retenues : elle "
                                      "ne peut pas être centrée-réduite. Retirez-la de VARIABLES.".format(name))
            component = sign * (values - ref["moyenne"]) / ref["ecart_type"]
        else:
            if not ref["reference"] > 0:
                raise PeuplementError("La valeur de référence de {} est nulle : le rapport à la référence "
                                      "n'est pas défini. Retirez-la de VARIABLES ou prenez METHOD zscore."
                                      .format(name))
            ratio = 100.0 * values / ref["reference"]
            component = ratio if sign > 0 else 200.0 - ratio
        components[PREFIX[method] + name] = component
    return components


def weighted_index(components, weights):
    """Σ w_k c_k / Σ w_k over the components (``weights`` in the order of the columns);
    NaN when any component is unknown."""
    w = np.asarray(weights, dtype="float64")
    values = components.to_numpy(dtype="float64")
    index = values @ w / w.sum()
    index[np.isnan(values).any(axis=1)] = np.nan
    return pd.Series(index, index=components.index)


# ----------------------------------------------------------------------------------
# classes


def quantile_breaks(values, n_classes):
    """Upper limits of classes 1..n−1: the k/n quantiles (linear interpolation)."""
    values = np.asarray(values, dtype="float64")
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return []
    return [float(np.quantile(values, k / n_classes)) for k in range(1, n_classes)]


def jenks_breaks(values, n_classes):
    """Jenks natural breaks (Fisher's exact dynamic programme): the partition of the
    sorted values into ``n_classes`` runs of least total within-class sum of squared
    deviations. Returns the upper limits of classes 1..n−1 (the largest value of each)."""
    x = np.sort(np.asarray(values, dtype="float64")[np.isfinite(values)])
    n = len(x)
    k = min(n_classes, len(np.unique(x)))
    if k <= 1:
        return []
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])

    def ssd(start, end):
        """Sum of squared deviations of x[start:end] (end exclusive), vectorised on start."""
        count = end - start
        total = s1[end] - s1[start]
        return (s2[end] - s2[start]) - total * total / count

    # cost[j][i]: least SSD of x[:i] in j+1 classes; first[j][i]: start of the last class.
    cost = np.full((k, n + 1), np.inf)
    first = np.zeros((k, n + 1), dtype=np.int64)
    ends = np.arange(1, n + 1)
    cost[0, 1:] = ssd(np.zeros(n, dtype=np.int64), ends)
    for j in range(1, k):
        for i in range(j + 1, n + 1):
            starts = np.arange(j, i)            # the last class is x[start:i], start >= j
            total = cost[j - 1, starts] + ssd(starts, i)
            best = int(np.argmin(total))
            cost[j, i] = total[best]
            first[j, i] = starts[best]
    breaks = []
    end = n
    for j in range(k - 1, 0, -1):
        start = first[j, end]
        breaks.append(float(x[start - 1]))
        end = start
    return sorted(breaks)


def classify(values, breaks):
    """Class 1..len(breaks)+1 (NA where the value is unknown): value <= breaks[0] → 1,
    breaks[0] < value <= breaks[1] → 2, …, value > breaks[-1] → the last class."""
    values = np.asarray(values, dtype="float64")
    classes = np.searchsorted(np.asarray(breaks, dtype="float64"), values, side="left") + 1
    out = pd.array(classes.astype("int64"), dtype="Int64")
    out[~np.isfinite(values)] = pd.NA
    return out


# ----------------------------------------------------------------------------------
# the whole computation


def fragilite(frame, variables, weights=None, method=ZSCORE, class_method=QUANTILES, n_classes=5, breaks=None,
              threshold=11, fragile_threshold=None, count_field="nb_menages"):
    """The index of every unit of ``frame``.

    Returns ``(table, info)``: ``table`` has the components, ``indice_fragilite``,
    ``classe_fragilite``, ``fragile`` and ``motif_sans_indice`` aligned on ``frame``;
    ``info`` the references, weights and class limits used.
    """
    if method not in METHODS:
        raise PeuplementError("METHOD inconnue : {}".format(method))
    names = [name for name, _ in variables]
    missing = [name for name in names if name not in frame.columns]
    if missing:
        raise PeuplementError("Variable(s) absente(s) de la couche : {}.".format(", ".join(missing)))
    if not names:
        raise PeuplementError("VARIABLES : aucune variable pour l'indice.")
    weights = weights or {name: 1.0 for name in names}
    eligible, motif = eligibility(frame, count_field, threshold)
    refs = references(frame, variables, eligible, count_field)
    components = standardise(frame, variables, refs, method, eligible)
    index = weighted_index(components, [weights[name] for name in names])
    unknown = eligible & index.isna()
    if unknown.any():
        values = pd.DataFrame({name: _numeric(frame, name) for name in names})
        motif[unknown] = [MOTIF_INCONNU.format(", ".join(n for n in names if pd.isna(row[n])))
                          for _, row in values[unknown].iterrows()]
    known = index.notna().to_numpy()
    if class_method == USER_BREAKS:
        limits = list(breaks or [])
    elif class_method == JENKS:
        limits = jenks_breaks(index[known], n_classes)
    else:
        limits = quantile_breaks(index[known], n_classes)
    classes = classify(index.to_numpy(), limits)
    top = len(limits) + 1
    if fragile_threshold is not None:
        fragile = index > fragile_threshold
    else:
        fragile = pd.Series(np.asarray(classes.fillna(0) == top), index=frame.index)
    fragile = pd.Series([None if not k else bool(f) for f, k in zip(fragile, known)], index=frame.index,
                        dtype=object)
    table = components.copy()
    table["indice_fragilite"] = index
    table["classe_fragilite"] = pd.Series(classes, index=frame.index)
    table["fragile"] = fragile
    table["motif_sans_indice"] = motif
    info = {"methode": method, "poids": dict(weights), "references": refs, "classes": class_method,
            "limites": [float(b) for b in limits], "classe_fragile": None if fragile_threshold is not None else top,
            "seuil_fragile": fragile_threshold, "seuil_secret": threshold, "champ_effectif": count_field,
            "nb_unites": int(len(frame)), "nb_avec_indice": int(known.sum()),
            "nb_fragiles": int(sum(1 for f in fragile if f))}
    return table, info


def describe(info):
    """The references and choices in French, one line each (log and layer metadata)."""
    lines = ["Indice de fragilité socio-locative (convention locale, domain.md 5.7).",
             "Méthode : {}.".format("score centré-réduit (x − moyenne) / écart-type" if info["methode"] == ZSCORE
                                    else "rapport à la valeur de référence, 100 × x / référence"),
             "Territoire de référence : les unités d'au moins {} ménages ({}), {} unité(s) avec un indice sur {}."
             .format(info["seuil_secret"], info["champ_effectif"], info["nb_avec_indice"], info["nb_unites"])]
    for name, ref in info["references"].items():
        lines.append("{}{} (poids {:g}) : moyenne {:.3f}, écart-type {:.3f}, référence {:.3f} [{}], n = {}{}".format(
            name, "" if ref["sens"] > 0 else " (sens inverse)", info["poids"][name], ref["moyenne"],
            ref["ecart_type"], ref["reference"], ref["base_reference"], ref["n"],
            "" if ref["sens"] > 0 else "; compte pour −z ou 200 − rapport"))
    lines.append("Classes ({}) : limites supérieures {}.".format(
        info["classes"], ", ".join("{:.3f}".format(b) for b in info["limites"]) or "aucune"))
    if info["seuil_fragile"] is not None:
        lines.append("Fragile : indice supérieur à {:g} ({} unité(s)).".format(
            info["seuil_fragile"], info["nb_fragiles"]))
    else:
        lines.append("Fragile : classe {} ({} unité(s)).".format(info["classe_fragile"], info["nb_fragiles"]))
    return lines
