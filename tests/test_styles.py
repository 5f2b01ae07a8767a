"""The QML styles of styles/ (built by scripts/build_styles.py) and scripts/render_map.py."""

import sqlite3
from pathlib import Path

import pytest

from peuplement_plugin.core import flux, importer, mobilite, objectifs, occupation, pression, schemas, stock

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "styles"
EXPECTED_STYLES = ("indicateurs_parc.qml", "indicateurs_parc_logements.qml", "indicateurs_occupation.qml",
                   "table_canonique.qml", "rapport_validation.qml", "fragilite.qml", "secteurs_fragiles_hors_qpv.qml",
                   "flux.qml", "flux_lignes.qml", "flux_od.qml", "flux_motifs.qml", "flux_series.qml",
                   "objectifs_attribution.qml", "seuils_quartiles.qml", "attributions_objectifs.qml",
                   "pression_demande.qml")
NULL_LABEL = "Non renseigné / secret"
SECRET_LABEL = "Secret statistique (moins de 11 ménages)"
UNKNOWN_LABEL = "Non renseigné"


# ----------------------------------------------------------------------------------
# layers with the fields of each output


def _layer(uri, fields):
    from qgis.core import QgsField, QgsVectorLayer

    layer = QgsVectorLayer(uri, "test", "memory")
    assert layer.isValid()
    layer.dataProvider().addAttributes([QgsField(name, qtype) for name, qtype in fields])
    layer.updateFields()
    return layer


def _indicator_fields(unit_id="code_iris"):
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return ([(unit_id, FieldType.String), ("niveau", FieldType.String)]
            + [(name, FieldType.Int) for name in stock.COUNT_FIELDS]
            + [(name, FieldType.Double) for name in stock.RATE_FIELDS]
            + [("secret", FieldType.Bool)])


def indicateurs_layer(unit_id="code_iris"):
    return _layer("MultiPolygon?crs=EPSG:2154", _indicator_fields(unit_id))


def _occupation_fields(unit_ids=("code_iris",)):
    """The fields peuplement:indicateurs_occupation writes (types as the algorithm)."""
    from peuplement_plugin.bridge.fieldtypes import FieldType

    unit = [(name, FieldType.Int if name == "etage" else FieldType.String) for name in unit_ids]
    counted = ("nb_", "n_")
    return (unit + [("niveau", FieldType.String), ("millesime", FieldType.Int)]
            + [(name, FieldType.Int if name.startswith(counted) else FieldType.Double)
               for name in occupation.OCCUPATION_FIELDS]
            + [("uc_moy", FieldType.Double), ("nb_uc_approchees", FieldType.Int), ("secret", FieldType.Bool)])


def occupation_layer(unit_ids=("code_iris",)):
    return _layer("MultiPolygon?crs=EPSG:2154", _occupation_fields(unit_ids))


def canonical_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    names = []
    for table in schemas.TABLES.values():
        names += [f.name for f in table.fields if f.name not in names]
    return _layer("None", [(name, FieldType.String) for name in names + ["x", "y", "epsg"]])


def report_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("None", [(name, FieldType.Int if name == "nb_lignes" else FieldType.String)
                           for name in importer.REPORT_COLUMNS])


def fragilite_layer(variables=("part_chomage", "tx_vacance"), prefix="z_"):
    """The output of peuplement:fragilite on occupancy indicators joined with tx_vacance."""
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("MultiPolygon?crs=EPSG:2154", _occupation_fields(("ilot_id",))
                  + [("nb_logements", FieldType.Int), ("tx_vacance", FieldType.Double)]
                  + [(prefix + name, FieldType.Double) for name in variables]
                  + [("indice_fragilite", FieldType.Double), ("classe_fragilite", FieldType.Int),
                     ("fragile", FieldType.Bool), ("motif_sans_indice", FieldType.String)])


def secteurs_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("MultiPolygon?crs=EPSG:2154", [
        ("secteur_id", FieldType.String), ("nb_unites", FieldType.Int), ("unites", FieldType.String),
        ("nb_logements", FieldType.Int), ("nb_menages", FieldType.Int), ("indice_fragilite_moy", FieldType.Double),
        ("distance_qpv_m", FieldType.Double), ("qpv_proche", FieldType.String), ("frange_qpv", FieldType.Bool),
        ("gi_z", FieldType.Double),
        ("gi_p", FieldType.Double), ("nb_unites_chaudes", FieldType.Int), ("significatif", FieldType.Bool)])



def _flux_fields(years=(2021, 2022), unit_id="ilot_id"):
    """The fields peuplement:flux writes for its units, named from core.flux (not from the
    style script), with the yearly columns of ``years``."""
    from peuplement_plugin.bridge.fieldtypes import FieldType

    names = ["nb_logements", "nb_entrants", "nb_sortants", "solde", "nb_mutations_sortantes", "logements_annees",
             "tx_rotation", "nb_emmenagements_un_an", "logements_un_an_annees", "tx_mobilite",
             "nb_relocations", "nb_vacances_3mois"]
    names += list(flux.share_denominators()) + list(flux.share_denominators().values())
    names += ["effet_" + v for v in flux.PROFILE_VARIABLES]
    names += ["{}_{}".format(n, y) for y in years for n in ("nb_entrants", "nb_sortants", "tx_rotation", "tx_mobilite")]
    fields = [(unit_id, FieldType.String), ("niveau", FieldType.String), ("periode_debut", FieldType.Date),
              ("periode_fin", FieldType.Date)]
    fields += [(n, FieldType.Int if n.startswith(("nb_", "n_")) else FieldType.Double) for n in dict.fromkeys(names)]
    return fields + [("secret", FieldType.Bool)]


def flux_layer():
    return _layer("MultiPolygon?crs=EPSG:2154", _flux_fields())


def flux_lines_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("LineString?crs=EPSG:2154", [("origine", FieldType.String), ("destination", FieldType.String),
                                                ("nb_departs", FieldType.Int), ("part_departs_origine", FieldType.Double)])


def flux_od_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("None", [(name, FieldType.String) for name in mobilite.OD_COLUMNS])


def flux_motifs_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("None", [(name, FieldType.String) for name in mobilite.MOTIF_COLUMNS])


def flux_series_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    names = ["unite", "annee", "debut", "fin", "fraction_annee", "nb_logements_debut", "nb_entrants", "nb_sortants",
             "solde", "tx_rotation", "nb_logements_un_an", "nb_emmenagements_un_an", "tx_mobilite"]
    return _layer("None", [(name, FieldType.String) for name in names])


def objectifs_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("None", [(name, FieldType.Int if name in objectifs.INT_FIELDS else
                            FieldType.Double if name in ("part_public", "objectif_pct", "ecart_points") else
                            FieldType.String) for name in objectifs.FIELDS] + [("secret", FieldType.Bool)])


def seuils_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("None", [(name, FieldType.String if name in ("epci", "source") else FieldType.Double)
                           for name in objectifs.SEUIL_FIELDS])


def attributions_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    kinds = {"text": FieldType.String, "int": FieldType.Int, "float": FieldType.Double, "bool": FieldType.Bool,
             "date": FieldType.Date}
    return _layer("Point?crs=EPSG:2154", [(name, kinds[kind]) for name, kind in objectifs.POINT_FIELDS.items()])


def pression_layer():
    from peuplement_plugin.bridge.fieldtypes import FieldType

    return _layer("None", [(name, FieldType.String if name in ("echelle", "epci", "code") else
                            FieldType.Bool if name == "secret" else FieldType.Double if name == "tension" else
                            FieldType.Int) for name in pression.COLUMNS])


LAYER_FOR_STYLE = {
    "fragilite.qml": fragilite_layer,
    "secteurs_fragiles_hors_qpv.qml": secteurs_layer,
    "flux.qml": flux_layer,
    "flux_lignes.qml": flux_lines_layer,
    "flux_od.qml": flux_od_layer,
    "flux_motifs.qml": flux_motifs_layer,
    "flux_series.qml": flux_series_layer,
    "objectifs_attribution.qml": objectifs_layer,
    "seuils_quartiles.qml": seuils_layer,
    "attributions_objectifs.qml": attributions_layer,
    "pression_demande.qml": pression_layer,
    "indicateurs_parc.qml": indicateurs_layer,
    "indicateurs_parc_logements.qml": indicateurs_layer,
    "indicateurs_occupation.qml": occupation_layer,
    "table_canonique.qml": canonical_layer,
    "rapport_validation.qml": report_layer,
}


def styled(qml_name, layer=None):
    layer = layer or LAYER_FOR_STYLE[qml_name]()
    message, ok = layer.loadNamedStyle(str(STYLES / qml_name))
    assert ok, message
    return layer


def feature(layer, **values):
    from qgis.core import QgsFeature

    f = QgsFeature(layer.fields())
    for name, value in values.items():
        f[name] = value
    return f


# ----------------------------------------------------------------------------------
# every style


def test_every_expected_style_is_there():
    assert sorted(p.name for p in STYLES.glob("*.qml")) == sorted(EXPECTED_STYLES)


@pytest.mark.parametrize("qml_name", sorted(p.name for p in STYLES.glob("*.qml")))
def test_style_loads_and_names_every_field_in_french(qgis_app, qml_name):
    layer = styled(qml_name)
    for index, field in enumerate(layer.fields()):
        assert layer.attributeAlias(index), "no alias for {} in {}".format(field.name(), qml_name)
        assert layer.attributeAlias(index) != field.name()


def test_output_aliases(qgis_app):
    layer = styled("indicateurs_parc.qml")
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    assert alias["tx_vacance"] == "Taux de vacance (%)"
    assert alias["nb_logements"] == "Logements"
    assert alias["part_plai"] == "Part PLAI (%)"
    assert alias["anciennete_moy"] == "Ancienneté moyenne (ans)"
    assert alias["secret"] == "Secret statistique"
    assert alias["code_iris"] == "IRIS"


@pytest.mark.parametrize("unit_id", ["batiment_id", "depcom", "ilot_id", "residence_id"])
def test_output_style_loads_whatever_the_unit_id(qgis_app, unit_id):
    layer = styled("indicateurs_parc.qml", indicateurs_layer(unit_id))
    assert layer.attributeAlias(0)
    assert layer.renderer().type() == "RuleRenderer"


@pytest.mark.parametrize("qml_name", ["indicateurs_parc.qml", "indicateurs_parc_logements.qml"])
def test_output_style_loads_on_the_table_output(qgis_app, qml_name):
    """Without a units layer the output has no geometry: the aliases still apply."""
    layer = styled(qml_name, _layer("None", _indicator_fields("bailleur")))
    assert layer.attributeAlias(layer.fields().indexOf("tx_vacance")) == "Taux de vacance (%)"
    assert layer.attributeAlias(0) == "Bailleur"


def test_report_and_table_aliases(qgis_app):
    layer = styled("rapport_validation.qml")
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    assert alias == {
        "niveau": "Niveau", "champ": "Champ", "colonne_source": "Colonne source", "probleme": "Problème",
        "nb_lignes": "Lignes concernées", "lignes": "Numéros de lignes", "exemples": "Exemples de valeurs",
    }
    table = styled("table_canonique.qml")
    assert table.attributeAlias(table.fields().indexOf("logement_id")) == "Identifiant du logement"
    assert table.attributeAlias(table.fields().indexOf("nb_personnes")) == "Nombre de personnes"


# ----------------------------------------------------------------------------------
# classes of the choropleths


def _class_label(layer, f):
    """Legend label of the class(es) ``f`` falls in, through the renderer."""
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    try:
        context.expressionContext().setFeature(f)
        symbols = renderer.symbolsForFeature(f, context)
        keys = renderer.legendKeysForFeature(f, context)
    finally:
        renderer.stopRender(context)
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    # the symbol belongs to the renderer, gone with this function: return a copy
    return (symbols[0].clone() if symbols else None), sorted(labels[key] for key in keys if key in labels)


@pytest.mark.parametrize("value, label", [
    (0.0, "0 à 3\u00a0%"), (3.0, "0 à 3\u00a0%"), (4.0, "3 à 5\u00a0%"), (5.0, "3 à 5\u00a0%"),
    (7.9, "5 à 8\u00a0%"), (12.0, "8 à 12\u00a0%"), (12.1, "Plus de 12\u00a0%"), (100.0, "Plus de 12\u00a0%"),
])
def test_vacancy_classes(qgis_app, value, label):
    layer = styled("indicateurs_parc.qml")
    symbol, labels = _class_label(layer, feature(layer, code_iris="A", tx_vacance=value, nb_logements=10))
    assert symbol is not None
    assert labels == [label]


def test_unknown_vacancy_is_the_hatched_class(qgis_app):
    from qgis.core import QgsLinePatternFillSymbolLayer

    layer = styled("indicateurs_parc.qml")
    symbol, labels = _class_label(layer, feature(layer, code_iris="A", tx_vacance=None, secret=True))
    assert labels == [NULL_LABEL]
    assert any(isinstance(symbol.symbolLayer(i), QgsLinePatternFillSymbolLayer)
               for i in range(symbol.symbolLayerCount()))


def test_vacancy_legend(qgis_app):
    layer = styled("indicateurs_parc.qml")
    labels = [item.label() for item in layer.renderer().legendSymbolItems()]
    assert labels == ["0 à 3\u00a0%", "3 à 5\u00a0%", "5 à 8\u00a0%", "8 à 12\u00a0%", "Plus de 12\u00a0%",
                      NULL_LABEL]
    colors = [item.symbol().color().name() for item in layer.renderer().legendSymbolItems()[:5]]
    assert len(set(colors)) == 5
    # a sequential palette: darker and darker
    lightness = [item.symbol().color().lightness() for item in layer.renderer().legendSymbolItems()[:5]]
    assert lightness == sorted(lightness, reverse=True)


def test_plai_classes(qgis_app):
    layer = styled("indicateurs_parc_logements.qml")
    _, labels = _class_label(layer, feature(layer, code_iris="A", part_plai=15.0))
    assert labels == ["10 à 20\u00a0%"]
    _, labels = _class_label(layer, feature(layer, code_iris="A", part_plai=None))
    assert labels == [NULL_LABEL]


# ----------------------------------------------------------------------------------
# indicateurs_occupation.qml


OCCUPATION_ALIASES = {
    "code_iris": "IRIS",
    "niveau": "Niveau d'observation",
    "millesime": "Millésime OPS",
    "nb_menages": "Ménages",
    "taille_menage": "Personnes par ménage",
    "part_monoparentales": "Familles monoparentales (%)",
    "n_monoparentales": "Ménages renseignés (composition)",
    "part_rev_inf_40": "Ressources < 40 % du plafond PLUS (%)",
    "part_emmenages_recents": "Emménagés récents, moins de 2 ans (%)",
    "anciennete_moy": "Ancienneté moyenne (ans)",
    "uc_moy": "Unités de consommation par ménage",
    "nb_uc_approchees": "Ménages à UC approchée (âges des enfants inconnus)",
    "secret": "Secret statistique",
}


def test_occupation_aliases(qgis_app):
    layer = styled("indicateurs_occupation.qml")
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    for name, expected in OCCUPATION_ALIASES.items():
        assert alias[name] == expected, name
    names = ["millesime", "uc_moy", "nb_uc_approchees", "secret"] + list(occupation.OCCUPATION_FIELDS)
    for name in names:
        assert alias[name] and alias[name] != name, name
    for share in occupation.SHARES:
        assert alias[share].endswith("(%)"), share
        assert alias[occupation.SHARE_DENOMINATORS[share]].startswith("Ménages renseignés"), share
    # no two columns under the same heading (an export with aliases as column names)
    assert len(set(alias.values())) == len(alias)


@pytest.mark.parametrize("unit_ids", [("batiment_id", "etage"), ("depcom",), ("residence_id",), ("bailleur",)])
def test_occupation_style_loads_whatever_the_unit_id(qgis_app, unit_ids):
    layer = styled("indicateurs_occupation.qml", occupation_layer(unit_ids))
    for index, field in enumerate(layer.fields()):
        assert layer.attributeAlias(index) and layer.attributeAlias(index) != field.name(), field.name()
    assert layer.renderer().type() == "RuleRenderer"


def test_occupation_style_loads_on_the_table_output(qgis_app):
    layer = styled("indicateurs_occupation.qml", _layer("None", _occupation_fields(("code_qpv",))))
    assert layer.attributeAlias(0) == "QPV"
    assert layer.attributeAlias(layer.fields().indexOf("part_rev_inf_40")) == OCCUPATION_ALIASES["part_rev_inf_40"]


@pytest.mark.parametrize("value, label", [
    (0.0, "0 à 20\u00a0%"), (20.0, "0 à 20\u00a0%"), (20.1, "20 à 35\u00a0%"), (35.0, "20 à 35\u00a0%"),
    (42.0, "35 à 50\u00a0%"), (50.0, "35 à 50\u00a0%"), (64.9, "50 à 65\u00a0%"), (65.1, "Plus de 65\u00a0%"),
    (100.0, "Plus de 65\u00a0%"),
])
def test_occupation_classes(qgis_app, value, label):
    layer = styled("indicateurs_occupation.qml")
    symbol, labels = _class_label(layer, feature(layer, code_iris="A", part_rev_inf_40=value, n_rev_inf_40=37,
                                                 nb_menages=40, secret=False))
    assert symbol is not None
    assert labels == [label]


def _has_hatching(symbol):
    from qgis.core import QgsLinePatternFillSymbolLayer

    return any(isinstance(symbol.symbolLayer(i), QgsLinePatternFillSymbolLayer)
               for i in range(symbol.symbolLayerCount()))


def test_occupation_secret_and_unknown_are_two_classes(qgis_app):
    layer = styled("indicateurs_occupation.qml")
    secret_symbol, labels = _class_label(layer, feature(layer, code_iris="A", part_rev_inf_40=None, secret=True))
    assert labels == [SECRET_LABEL]
    assert _has_hatching(secret_symbol)
    unknown_symbol, labels = _class_label(layer, feature(layer, code_iris="B", part_rev_inf_40=None, secret=False,
                                                         nb_menages=25, n_rev_inf_40=0))
    assert labels == [UNKNOWN_LABEL]
    assert not _has_hatching(unknown_symbol)
    assert unknown_symbol.color().lightness() > secret_symbol.color().lightness()
    # secret not filled in at all: not known, not masked
    _, labels = _class_label(layer, feature(layer, code_iris="C", part_rev_inf_40=None))
    assert labels == [UNKNOWN_LABEL]


def test_occupation_legend(qgis_app):
    layer = styled("indicateurs_occupation.qml")
    items = layer.renderer().legendSymbolItems()
    assert [item.label() for item in items] == [
        "0 à 20\u00a0%", "20 à 35\u00a0%", "35 à 50\u00a0%", "50 à 65\u00a0%", "Plus de 65\u00a0%",
        SECRET_LABEL, UNKNOWN_LABEL]
    colors = [item.symbol().color() for item in items[:5]]
    assert len({c.name() for c in colors}) == 5
    lightness = [c.lightness() for c in colors]
    assert lightness == sorted(lightness, reverse=True)
    for color in colors[1:]:                                # purple / violet hues
        assert 240 <= color.hsvHue() <= 300, color.name()
    parc = styled("indicateurs_parc.qml")  # kept alive while its renderer is read
    vacancy = {item.symbol().color().name() for item in parc.renderer().legendSymbolItems()}
    assert not vacancy & {c.name() for c in colors}
    assert layer.customProperty("peuplement/legend_title") == OCCUPATION_ALIASES["part_rev_inf_40"]


def test_occupation_shares_are_shown_with_one_decimal(qgis_app):
    from qgis.core import QgsApplication

    layer = styled("indicateurs_occupation.qml")
    for name in occupation.SHARES + ("anciennete_moy",):
        index = layer.fields().indexOf(name)
        setup = layer.editorWidgetSetup(index)
        assert setup.type() == "Range", name
        assert setup.config()["Precision"] == 1, name
        formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
        assert formatter.representValue(layer, index, setup.config(), None, 42.26) in ("42.3", "42,3")


def _evaluate(layer, expression, f):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(f)
    return QgsExpression(expression).evaluate(context)


def _map_tip(layer, f):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(f)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def test_occupation_display_expression_and_map_tip(qgis_app):
    layer = styled("indicateurs_occupation.qml")
    f = feature(layer, code_iris="U42", niveau="iris", millesime=2024, nb_menages=40, part_rev_inf_40=42.0,
                n_rev_inf_40=37, secret=False)
    assert _evaluate(layer, layer.displayExpression(), f) == "U42 – 40 ménages"
    tip = _map_tip(layer, f)
    assert "U42" in tip and "n = 37" in tip, tip
    assert "42,0\u00a0%" in tip or "42.0\u00a0%" in tip, tip

    masked = feature(layer, code_iris="U43", niveau="iris", millesime=2024, secret=True)
    assert _evaluate(layer, layer.displayExpression(), masked) == "U43 – secret statistique"
    tip = _map_tip(layer, masked)
    assert "secret statistique" in tip and "n = " not in tip, tip

    floor = styled("indicateurs_occupation.qml", occupation_layer(("batiment_id", "etage")))
    value = _evaluate(floor, floor.displayExpression(),
                      feature(floor, batiment_id="B12", etage=3, nb_menages=1, secret=False))
    assert value == "B12 – étage 3 – 1 ménage"


# ----------------------------------------------------------------------------------
# display: decimals, display expression, report colours


def test_rates_are_shown_with_one_decimal(qgis_app):
    from qgis.core import QgsApplication

    layer = styled("indicateurs_parc.qml")
    for name in ("tx_vacance", "part_plai", "anciennete_moy"):
        index = layer.fields().indexOf(name)
        setup = layer.editorWidgetSetup(index)
        assert setup.type() == "Range"
        assert setup.config()["Precision"] == 1
        formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
        shown = formatter.representValue(layer, index, setup.config(), None, 4.26)
        assert shown in ("4.3", "4,3")


def test_display_expression_shows_unit_and_dwellings(qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    for unit_id in ("code_iris", "batiment_id"):
        layer = styled("indicateurs_parc.qml", indicateurs_layer(unit_id))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature(layer, **{unit_id: "U42", "nb_logements": 37}))
        value = QgsExpression(layer.displayExpression()).evaluate(context)
        assert "U42" in value and "37" in value, value
        assert "nb_logements" in layer.mapTipTemplate()


def test_report_rows_are_coloured_by_level(qgis_app):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils

    layer = styled("rapport_validation.qml")
    styles = layer.conditionalStyles().rowStyles()

    def matching(level):
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature(layer, niveau=level, champ="etage", probleme="x"))
        return [s for s in styles if s.matches(None, context)]

    warning, = matching(importer.AVERTISSEMENT)
    error, = matching(importer.ERREUR)
    assert matching(importer.INFO) == []
    hue = warning.backgroundColor().hsvHue()
    assert 20 <= hue <= 45                       # orange
    assert error.backgroundColor().hsvHue() in range(0, 10) or error.backgroundColor().hsvHue() >= 350


# ----------------------------------------------------------------------------------
# objectifs_attribution.qml, seuils_quartiles.qml, attributions_objectifs.qml


def test_objectives_aliases_and_rows_coloured_by_status(qgis_app):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils

    layer = styled("objectifs_attribution.qml")
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    assert alias["nb_manquantes"] == "Attributions manquantes"
    assert alias["part_public"] == "Taux (%)"
    assert alias["ecart_points"] == "Écart à l'objectif (points)"
    styles = layer.conditionalStyles().rowStyles()

    def matching(statut):
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature(layer, statut=statut, objectif="hors_qpv_q1"))
        return [s for s in styles if s.matches(None, context)]

    green, = matching("atteint")
    orange, = matching("proche")
    red, = matching("non atteint")
    assert matching(None) == []
    assert 90 <= green.backgroundColor().hsvHue() <= 150
    assert 20 <= orange.backgroundColor().hsvHue() <= 45
    assert red.backgroundColor().hsvHue() <= 10 or red.backgroundColor().hsvHue() >= 350
    seuils = styled("seuils_quartiles.qml")
    assert seuils.attributeAlias(seuils.fields().indexOf("nb_demandes_revenu_connu")) == "Demandes au revenu connu"


@pytest.mark.parametrize("values, labels", [
    ({"en_qpv": True, "q1": False}, ["Logement en QPV"]),
    ({"en_qpv": False, "q1": True}, ["1er quartile ou relogé (anneau)", "Logement hors QPV"]),
    ({"en_qpv": False, "q1": None, "relogement_renouvellement": True},
     ["1er quartile ou relogé (anneau)", "Logement hors QPV"]),
    ({"en_qpv": None, "q1": None}, ["Statut QPV inconnu"]),
])
def test_attributions_points_classes(qgis_app, values, labels):
    layer = styled("attributions_objectifs.qml")
    symbol, got = _class_label(layer, feature(layer, attribution_id="a", **values))
    assert symbol is not None
    assert got == labels
    assert layer.attributeAlias(layer.fields().indexOf("en_qpv")) == "Logement en QPV"


# ----------------------------------------------------------------------------------
# render_map.py


def _tiny_gpkg(path):
    """Two units (vacancy 4 % and unknown) and a commune, EPSG:2154."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    units = source.CreateLayer("indicateurs", srs, ogr.wkbMultiPolygon)
    units.CreateField(ogr.FieldDefn("code_iris", ogr.OFTString))
    units.CreateField(ogr.FieldDefn("niveau", ogr.OFTString))
    for name in stock.COUNT_FIELDS:
        units.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    for name in stock.RATE_FIELDS:
        units.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for code, box, vacance in (("A", (0, 0, 1000, 1000), 4.0), ("B", (1000, 0, 2000, 1000), None)):
        f = ogr.Feature(units.GetLayerDefn())
        f.SetField("code_iris", code)
        f.SetField("niveau", "iris")
        f.SetField("nb_logements", 120)
        if vacance is not None:
            f.SetField("tx_vacance", vacance)
        x0, y0, x1, y1 = box
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(x0 + 650000, y0 + 6860000,
                                                                             x1 + 650000, y1 + 6860000)))
        units.CreateFeature(f)
    communes = source.CreateLayer("communes", srs, ogr.wkbMultiPolygon)
    communes.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
    f = ogr.Feature(communes.GetLayerDefn())
    f.SetField("nom", "Commune")
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON(((650000 6860000,652000 6860000,652000 6861000,650000 6861000,650000 6860000)))"))
    communes.CreateFeature(f)
    source = None
    return path


def test_store_style_in_gpkg(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from scripts.render_map import store_style_in_gpkg

    gpkg = _tiny_gpkg(tmp_path / "sortie.gpkg")
    store_style_in_gpkg(gpkg, "indicateurs", STYLES / "indicateurs_parc.qml", "peuplement")
    with sqlite3.connect(str(gpkg)) as db:
        rows = db.execute("SELECT f_table_name, styleName, useAsDefault, styleQML FROM layer_styles").fetchall()
    assert len(rows) == 1
    table, name, default, qml = rows[0]
    assert (table, name) == ("indicateurs", "peuplement")
    assert str(default).lower() in ("1", "true")
    assert "Taux de vacance (%)" in qml
    # Opening the GeoPackage layer gives the styled layer.
    layer = QgsVectorLayer("{}|layername=indicateurs".format(gpkg), "indicateurs", "ogr")
    assert layer.renderer().type() == "RuleRenderer"
    assert layer.attributeAlias(layer.fields().indexOf("tx_vacance")) == "Taux de vacance (%)"
    # Saving again replaces the style rather than adding a row.
    store_style_in_gpkg(gpkg, "indicateurs", STYLES / "indicateurs_parc.qml", "peuplement")
    with sqlite3.connect(str(gpkg)) as db:
        assert db.execute("SELECT count(*) FROM layer_styles").fetchone()[0] == 1


def test_render_map_writes_a_png_of_the_requested_size(qgis_app, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage

    from scripts.render_map import render_map, write_outline_qml

    gpkg = _tiny_gpkg(tmp_path / "sortie.gpkg")
    outline = write_outline_qml(tmp_path / "qpv.qml", color="#d7191c", width=0.5, dashed=True)
    png = tmp_path / "carte.png"
    result = render_map(gpkg, "indicateurs", STYLES / "indicateurs_parc.qml", png, "Taux de vacance",
                        background_layers=[(gpkg, "communes", None), (gpkg, "communes", outline, "QPV")],
                        width=640, height=480)
    assert Path(result) == png
    assert png.stat().st_size > 1000
    image = QImage(str(png))
    assert (image.width(), image.height()) == (640, 480)
    colours = {image.pixelColor(x, y).name() for x in range(0, 640, 3) for y in range(0, 480, 3)}
    assert QColor("#fecc5c").name() in colours        # the 3-5 % unit is drawn in its class colour
    assert len(colours) > 20                          # not a blank page


def test_render_map_portrait_and_errors(qgis_app, tmp_path):
    from qgis.PyQt.QtGui import QImage

    from scripts.render_map import render_map

    gpkg = _tiny_gpkg(tmp_path / "sortie.gpkg")
    png = tmp_path / "portrait.png"
    render_map(gpkg, "indicateurs", STYLES / "indicateurs_parc_logements.qml", png, "Part PLAI", width=600,
               height=800)
    assert (QImage(str(png)).width(), QImage(str(png)).height()) == (600, 800)
    with pytest.raises(ValueError):
        render_map(gpkg, "absente", STYLES / "indicateurs_parc.qml", tmp_path / "x.png", "x")
    with pytest.raises(ValueError):
        render_map(tmp_path / "absent.gpkg", "indicateurs", STYLES / "indicateurs_parc.qml",
                   tmp_path / "x.png", "x")


# ----------------------------------------------------------------------------------
# fragilite.qml and secteurs_fragiles_hors_qpv.qml


@pytest.mark.parametrize("prefix", ["z_", "r_"])
def test_fragilite_aliases(qgis_app, prefix):
    layer = styled("fragilite.qml", fragilite_layer(prefix=prefix))
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    assert alias["indice_fragilite"] == "Indice de fragilité"
    assert alias["classe_fragilite"] == "Classe de fragilité (1 = la moins fragile)"
    assert alias["motif_sans_indice"] == "Motif de l'absence d'indice"
    assert "chômage" in alias[prefix + "part_chomage"]
    assert alias["tx_vacance"] == "Taux de vacance (%)"


@pytest.mark.parametrize("values, labels", [
    (dict(classe_fragilite=1, indice_fragilite=-1.2, fragile=False), ["1 – la moins fragile"]),
    (dict(classe_fragilite=3, indice_fragilite=0.0, fragile=False), ["3"]),
    (dict(classe_fragilite=5, indice_fragilite=1.6, fragile=True), ["5 – la plus fragile", "Unité fragile"]),
    (dict(classe_fragilite=None, motif_sans_indice="secret statistique", secret=True), [SECRET_LABEL]),
    (dict(classe_fragilite=None, motif_sans_indice="moins de 11 ménages", secret=False),
     ["Pas d'indice (trop peu de ménages, ou variable inconnue)"]),
])
def test_fragilite_classes(qgis_app, values, labels):
    layer = styled("fragilite.qml")
    symbol, got = _class_label(layer, feature(layer, ilot_id="I1", **values))
    assert symbol is not None
    assert got == sorted(labels)


def test_fragilite_palette_diverges_from_blue_to_red(qgis_app):
    layer = styled("fragilite.qml")
    items = layer.renderer().legendSymbolItems()[:5]
    first, middle, last = (items[i].symbol().color() for i in (0, 2, 4))
    assert first.blue() > first.red() and last.red() > last.blue()
    # the middle class is the lightest: a diverging palette
    assert middle.lightness() > max(first.lightness(), last.lightness())


@pytest.mark.parametrize("significant, style", [(True, 1), (False, 2)])  # Qt.SolidLine, Qt.DashLine
def test_sectors_are_outlines_dashed_when_not_significant(qgis_app, significant, style):
    layer = styled("secteurs_fragiles_hors_qpv.qml")
    symbol, _ = _class_label(layer, feature(layer, secteur_id="S01", significatif=significant, nb_menages=80,
                                            indice_fragilite_moy=1.25))
    line = symbol.symbolLayer(symbol.symbolLayerCount() - 1)
    assert int(line.penStyle()) == style
    # no fill: the QPV layer underneath stays visible
    assert all(symbol.symbolLayer(i).layerType() == "SimpleLine" for i in range(symbol.symbolLayerCount()))


def test_sector_label_says_households_and_index(qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    layer = styled("secteurs_fragiles_hors_qpv.qml")
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    assert alias["indice_fragilite_moy"] == "Indice de fragilité moyen (pondéré par les ménages)"
    assert alias["distance_qpv_m"] == "Distance au QPV le plus proche (m)"
    settings = layer.labeling().settings()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature(layer, secteur_id="S01", nb_menages=80, indice_fragilite_moy=1.25))
    text = QgsExpression(settings.fieldName).evaluate(context)
    assert text.startswith("S01 – 80 ménages")
    assert text.splitlines()[1].startswith("indice 1")

# peuplement:flux


def test_flux_aliases_and_yearly_columns(qgis_app):
    layer = styled("flux.qml", _layer("MultiPolygon?crs=EPSG:2154", _flux_fields((2015, 2024, 2030))))
    alias = {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
    assert alias["tx_rotation"] == "Taux de rotation (%)"
    assert alias["tx_mobilite"] == "Taux de mobilité SDES (%)"
    assert alias["tx_rotation_2024"] == "Taux de rotation 2024 (%)"
    assert alias["nb_sortants_2030"] == "Sortants 2030"
    assert alias["effet_q1"].startswith("Effet des flux, 1er quartile")


@pytest.mark.parametrize("value,label", [(5.0, "0 à 6\u00a0%"), (9.0, "8 à 10\u00a0%"), (12.5, "Plus de 12\u00a0%")])
def test_flux_rotation_classes(qgis_app, value, label):
    from qgis.core import QgsRenderContext

    layer = styled("flux.qml")
    renderer = layer.renderer()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        symbols = renderer.originalSymbolsForFeature(feature(layer, tx_rotation=value), context)
        rules = [rule.label() for rule in renderer.rootRule().children()
                 if rule.isFilterOK(feature(layer, tx_rotation=value), context)]
    finally:
        renderer.stopRender(context)
    assert rules == [label]
    assert len(symbols) == 1


def test_flow_lines_are_arrows_with_width_by_count(qgis_app):
    from qgis.core import QgsArrowSymbolLayer, QgsSymbolLayer

    layer = styled("flux_lignes.qml")
    symbol = layer.renderer().symbol()
    arrow = symbol.symbolLayer(0)
    assert isinstance(arrow, QgsArrowSymbolLayer)
    assert arrow.headType() == QgsArrowSymbolLayer.HeadSingle
    for key in (QgsSymbolLayer.PropertyArrowWidth, QgsSymbolLayer.PropertyArrowStartWidth):
        prop = arrow.dataDefinedProperties().property(key)
        assert prop.isActive()
        assert "nb_departs" in prop.expressionString()
    assert layer.attributeAlias(layer.fields().indexOf("nb_departs")) == "Départs (mutations internes)"


def test_pression_rows_coloured_by_tension(qgis_app):
    """Reading bands of the tension: 12 applications for one attribution red, 5 orange,
    2 green (pression_demande.qml)."""
    layer = styled("pression_demande.qml")
    colours = {}
    for tension in (12.0, 5.0, 2.0):
        found = [style for style in layer.conditionalStyles().rowStyles()
                 if style.matches(tension, _context(layer, tension=tension))]
        assert len(found) == 1, tension
        colours[tension] = found[0].backgroundColor().name()
    assert colours == {12.0: "#ffcdd2", 5.0: "#ffe0b2", 2.0: "#c8e6c9"}


def _context(layer, **values):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsFeature

    f = QgsFeature(layer.fields())
    for name, value in values.items():
        f[name] = value
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.setFeature(f)
    return context
