"""The denominator of each rate or share the plugin writes, from the maps its
indicators record, in one ordered lookup: the atlas's key figures and the reference
values of the fragility index weigh an indicator by it, so that a figure over several
units is a ratio of sums (domain.md 4). No QGIS here.

Several outputs may name one indicator with different denominators (anciennete_moy:
n_emmenages_recents in indicateurs_occupation, n_anciennete in the flux): the
candidates are tried in order and the first one the layer carries is taken.
"""

from . import flux, occupation

# Rates that do not follow the n_<x> pattern: the vacancy rates are over the dwellings
# let or offered (modes 1 + 2, domain.md 5.4); the rotation and mobility rates over the
# dwelling-years of the flux (core/flux.py).
_OWN = (
    {"tx_vacance": ("nb_loues", "nb_vacants"), "tx_vacance_3mois": ("nb_loues", "nb_vacants"),
     "tx_rotation": ("logements_annees",), "tx_mobilite": ("logements_un_an_annees",)},
    dict(occupation.SHARE_DENOMINATORS, anciennete_moy="n_emmenages_recents"),
    flux.share_denominators(),
)


def candidates(field):
    """The column tuples whose sum may be the denominator of ``field``, in order: the
    recorded ones, then ``n_<x>`` for ``part_<x>`` / ``tx_<x>``."""
    out = []
    for known in _OWN:
        if field in known:
            columns = known[field]
            columns = (columns,) if isinstance(columns, str) else tuple(columns)
            if columns not in out:
                out.append(columns)
    for prefix in ("part_", "tx_"):
        if field.startswith(prefix) and ("n_" + field[len(prefix):],) not in out:
            out.append(("n_" + field[len(prefix):],))
    return out


def denominator(columns, field):
    """The first candidate denominator of ``field`` whose columns are all in ``columns``,
    as a list, or [] when the layer carries none."""
    columns = set(columns)
    for candidate in candidates(field):
        if set(candidate) <= columns:
            return list(candidate)
    return []
