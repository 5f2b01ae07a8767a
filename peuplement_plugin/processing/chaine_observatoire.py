"""The observatory chain as data: which algorithm runs with which inputs, and where each
output goes. ``peuplement:observatoire`` executes this plan as child algorithms and
``scripts/build_model.py`` turns the same plan into the Graphical Modeler model
``models/observatoire.model3``, so the two cannot drift apart.

A parameter value is a literal, ``Input(name)`` (a parameter of the chain),
``Output(step, output)`` (an output of an earlier step), or ``Work(table)`` (a table of
the working GeoPackage: canonical tables, never published). An output goes to a table of
the published GeoPackage (``Publish(table)``), to the working GeoPackage
(``Work(table)``) or nowhere (``DISCARD``: household-level outputs, kept out of the
publication).
"""

from collections import namedtuple

from ..core import levels as _levels
from ..core import objectifs as _objectifs
from ..core import schemas as _schemas

Input = namedtuple("Input", "name")
Output = namedtuple("Output", "step output")
Work = namedtuple("Work", "table")
Publish = namedtuple("Publish", "table")
DISCARD = "discard"

Step = namedtuple("Step", "id algorithm params outputs")

# (level id, LEVEL index of the indicator algorithms, units parameter of the chain, unit id field)
LEVELS = tuple((level, _levels.LEVEL_IDS.index(level), units, _levels.DEFAULT_UNIT_ID[level])
               for level, units in (("batiment", "BATIMENTS"), ("residence", "RESIDENCES"), ("ilot", "ILOTS"),
                                    ("iris", "IRIS"), ("qpv", "QPV"), ("commune", "COMMUNES"), ("epci", "EPCI")))
# Levels reached by a key of the dwellings when their layer is not given.
LEVELS_BY_KEY = ("iris", "commune")
# Unit layers the chain always has (mandatory parameters).
ALWAYS_UNITS = ("BATIMENTS", "ILOTS", "QPV")
# Objectives grouped by (GROUP_BY index, name).
OBJECTIVE_GROUPS = tuple((_objectifs.GROUP_BY.index(group), group) for group in ("epci", "commune", "qpv"))
# Flows are published from the îlot up: a building's entrants and leavers over a few years
# are a handful of households, and flux masks its shares, not its counts.
FLOW_LEVELS = ("residence", "ilot", "iris", "qpv", "commune", "epci")
# The level whose flux run also publishes the flow lines, the OD table, motives and series.
FLOW_DETAIL_LEVEL = "qpv"
# KIND index of peuplement:import_table of each kind of table.
IMPORT_KINDS = {kind: index for index, kind in enumerate(_schemas.KINDS)}

# Style of each published table: (table prefix, QML in styles/ or None, renderer name or None).
STYLES = (
    ("rapport_", "rapport_validation.qml", None),
    ("parc_", "indicateurs_parc.qml", None),
    ("occupation_", "indicateurs_occupation.qml", None),
    ("evolution_", None, "evolution"),
    ("flux_lignes", "flux_lignes.qml", None),
    ("flux_od", "flux_od.qml", None),
    ("flux_motifs", "flux_motifs.qml", None),
    ("flux_series", "flux_series.qml", None),
    ("flux_", "flux.qml", None),
    ("objectifs_seuils", "seuils_quartiles.qml", None),
    ("objectifs_", "objectifs_attribution.qml", None),
    ("pression_demande", "pression_demande.qml", None),
    ("fragilite_", "fragilite.qml", None),
    ("secteurs_fragiles", "secteurs_fragiles_hors_qpv.qml", None),
)


def style_of(table):
    """(QML file name or None, renderer name or None) of a published table."""
    for prefix, qml, renderer in STYLES:
        if table.startswith(prefix):
            return qml, renderer
    raise KeyError(table)


def levels_for(given):
    """The levels the chain reports on, given the set of optional unit layers present."""
    chosen = []
    for level, index, units, unit_id in LEVELS:
        present = units in ALWAYS_UNITS or units in given
        if present or level in LEVELS_BY_KEY:
            chosen.append((level, index, units if present else None, unit_id))
    return chosen


def import_steps(kinds_inputs):
    """Imports: ``[(name, kind, raw input)]`` → steps writing the canonical table to the
    working GeoPackage and the validation report to the publication."""
    return [Step("import_" + name, "peuplement:import_table",
                 {"INPUT": raw, "KIND": IMPORT_KINDS[kind]},
                 {"OUTPUT": Work(name), "REPORT": Publish("rapport_" + name)})
            for name, kind, raw in kinds_inputs]


def chain_steps(menages, given, threshold, logements=Work("logements"), attributions=Work("attributions"),
                departs=Work("departs"), demandes=Work("demandes")):
    """Every step after the imports.

    ``menages``: ``[(label, canonical households table)]``, oldest millésime first;
    ``given``: names of the optional unit layers present (IRIS, COMMUNES, EPCI, RESIDENCES);
    ``threshold``: the secret threshold (a literal or ``Input("SECRET_THRESHOLD")``);
    ``demandes``: the canonical demandes, one table or a list of them (one stock per year,
    domain.md 5.2): the objectives take them all, the flows the last one (the latest stock)."""
    steps = []
    demandes_all = list(demandes) if isinstance(demandes, list) else [demandes]   # Work / Output are tuples
    demandes = demandes_all[-1]
    levels = levels_for(given)
    latest_label, latest = menages[-1]

    def units(level_units, level, unit_id):
        params = {}
        if level_units:
            params.update(UNITS=Input(level_units), UNIT_ID=unit_id)
        if level != "batiment":
            params["BATIMENTS"] = Input("BATIMENTS")
        return params

    for level, index, level_units, unit_id in levels:
        common = dict(LEVEL=index, SECRET_THRESHOLD=threshold, **units(level_units, level, unit_id))
        steps.append(Step("parc_" + level, "peuplement:indicateurs_parc", dict(common, LOGEMENTS=logements),
                          {"OUTPUT": Publish("parc_" + level)}))
        for label, table in menages:
            name = "occupation_{}_{}".format(label, level)
            steps.append(Step(name, "peuplement:indicateurs_occupation",
                              dict(common, MENAGES=table, LOGEMENTS=logements), {"OUTPUT": Publish(name)}))
        if len(menages) >= 2:
            before = menages[-2][0]
            steps.append(Step("evolution_" + level, "peuplement:evolution",
                              {"BEFORE": Output("occupation_{}_{}".format(before, level), "OUTPUT"),
                               "AFTER": Output("occupation_{}_{}".format(latest_label, level), "OUTPUT"),
                               "UNIT_ID": unit_id},
                              {"OUTPUT": Publish("evolution_" + level)}))
        if level not in FLOW_LEVELS:
            continue
        detail = level == FLOW_DETAIL_LEVEL
        steps.append(Step("flux_" + level, "peuplement:flux",
                          dict(common, ATTRIBUTIONS=attributions, DEPARTS=departs, LOGEMENTS=logements,
                               MENAGES=latest, DEMANDES=demandes, QPV=Input("QPV")),
                          {"OUTPUT": Publish("flux_" + level),
                           "OUTPUT_FLOWS": Publish("flux_lignes") if detail else DISCARD,
                           "OUTPUT_OD": Publish("flux_od") if detail else DISCARD,
                           "OUTPUT_MOTIFS": Publish("flux_motifs") if detail else DISCARD,
                           "OUTPUT_SERIES": Publish("flux_series_" + level) if detail else DISCARD}))

    for index, group in OBJECTIVE_GROUPS:
        params = dict(ATTRIBUTIONS=attributions, LOGEMENTS=logements, QPV=Input("QPV"), DEMANDES=demandes_all,
                      GROUP_BY=index, SECRET_THRESHOLD=threshold)
        if "COMMUNES" in given:
            params["COMMUNES"] = Input("COMMUNES")
        steps.append(Step("objectifs_" + group, "peuplement:objectifs_attribution", params,
                          {"OUTPUT": Publish("objectifs_" + group),
                           "OUTPUT_THRESHOLDS": Publish("objectifs_seuils") if group == "epci" else DISCARD,
                           # one point per attributed household: never in the publication
                           "OUTPUT_ATTRIBUTIONS": DISCARD}))

    # Demand pressure (domain.md 5.9): the applications in progress against the attributions.
    params = dict(DEMANDES=demandes, ATTRIBUTIONS=attributions, LOGEMENTS=logements, SECRET_THRESHOLD=threshold)
    if "COMMUNES" in given:
        params["COMMUNES"] = Input("COMMUNES")
    steps.append(Step("pression_demande", "peuplement:pression_demande", params,
                      {"OUTPUT": Publish("pression_demande")}))

    # Fragility at the îlot: the occupancy of the latest millésime, the vacancy of the
    # stock and the rotation of the flows side by side.
    steps.append(Step("ilots_vacance", "native:joinattributestable",
                      {"INPUT": Output("occupation_{}_ilot".format(latest_label), "OUTPUT"), "FIELD": "ilot_id",
                       "INPUT_2": Output("parc_ilot", "OUTPUT"), "FIELD_2": "ilot_id",
                       "FIELDS_TO_COPY": ["nb_logements", "tx_vacance"], "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": ""},
                      {"OUTPUT": Work("ilots_vacance")}))
    steps.append(Step("ilots_indicateurs", "native:joinattributestable",
                      {"INPUT": Output("ilots_vacance", "OUTPUT"), "FIELD": "ilot_id",
                       "INPUT_2": Output("flux_ilot", "OUTPUT"), "FIELD_2": "ilot_id",
                       "FIELDS_TO_COPY": ["tx_rotation"], "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": ""},
                      {"OUTPUT": Work("ilots_indicateurs")}))
    steps.append(Step("fragilite_ilot", "peuplement:fragilite",
                      {"INPUT": Output("ilots_indicateurs", "OUTPUT"), "UNIT_ID": "ilot_id",
                       "SECRET_THRESHOLD": threshold},
                      {"OUTPUT": Publish("fragilite_ilot")}))
    steps.append(Step("secteurs_fragiles_hors_qpv", "peuplement:secteurs_fragiles_hors_qpv",
                      {"INPUT": Output("fragilite_ilot", "OUTPUT"), "UNIT_ID": "ilot_id", "QPV": Input("QPV")},
                      {"OUTPUT": Publish("secteurs_fragiles_hors_qpv")}))
    return steps


def published_tables(steps):
    return [destination.table for step in steps for destination in step.outputs.values()
            if isinstance(destination, Publish)]
