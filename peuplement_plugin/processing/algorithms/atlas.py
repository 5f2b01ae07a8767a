"""peuplement:atlas — an A4 atlas of one indicator, one page per QPV or per commune, from
the print layout templates of ``resources/layouts/``, exported to one PDF."""

import os

import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSpatialIndex,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ...bridge.fieldtypes import FieldType
from ...bridge.frames import _python_value
from ...core import atlas, secret
from ...core.errors import PeuplementError
from ...paths import resource, style
from .. import renderers
from ..base import Cancelled, PeuplementAlgorithm

KINDS = ("qpv", "commune")
TEMPLATES = {"qpv": "atlas_qpv.qpt", "commune": "atlas_commune.qpt"}
NAME_CANDIDATES = {"qpv": ("nom_qpv", "nom", "lib_qpv", "code_qpv"),
                   "commune": ("nom", "nom_commune", "libelle", "libcom", "depcom", "insee_com")}
# Yellow to dark red: five classes of the indicator (ColorBrewer YlOrRd).
CLASS_COLORS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
# Shares of the key figures table's width: label, page, territory.
COLUMN_SHARES = (0.40, 0.27, 0.33)
COVERAGE_COLORS = {"qpv": "#d7191c", "commune": "#404040"}


class Atlas(PeuplementAlgorithm):
    INPUT = "INPUT"
    FIELD = "FIELD"
    COVERAGE = "COVERAGE"
    COVERAGE_KIND = "COVERAGE_KIND"
    COVERAGE_NAME = "COVERAGE_NAME"
    SOURCE = "SOURCE"
    MILLESIME = "MILLESIME"
    TEMPLATE = "TEMPLATE"
    SECRET_THRESHOLD = "SECRET_THRESHOLD"
    USAGE_INTERNE = "USAGE_INTERNE"
    OUTPUT = "OUTPUT"

    group_key = "chaine"

    def name(self):
        return "atlas"

    def displayName(self):  # noqa: N802
        return self.tr("Atlas of an indicator (PDF, one page per QPV or commune)")

    def flags(self):
        # A print layout is drawn by Qt's graphics scene: the main thread only.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def help_sources(self):
        return self.tr(
            "Sources of the rules: domain.md 6 (secret statistique, 11 households), section 4 (ratios of "
            "sums, never a mean of rates), 5.4 and 5.5 (the indicators mapped). Layout templates: "
            "resources/layouts/atlas_qpv.qpt and atlas_commune.qpt, built by scripts/build_layouts.py.")

    def help_text(self):
        return self.tr(
            "Exports to one PDF file an A4 atlas of the indicator FIELD of the units of INPUT (e.g. the îlots "
            "of indicateurs_occupation or indicateurs_parc): one page per feature of COVERAGE, the QPV or the "
            "communes (COVERAGE_KIND chooses the template, resources/layouts/atlas_qpv.qpt or atlas_commune.qpt; "
            "the pages follow the order of the names, COVERAGE_NAME, by default nom or the code).\n\n"
            "Each page: the map of FIELD on the page's unit and its surroundings, in five classes (quantiles of "
            "the published values of the whole layer, the same on every page), the units masked by the secret "
            "statistique (secret true, the value NULL, or 1 to SECRET_THRESHOLD - 1 households in nb_menages) "
            "hatched with their own legend entry, the outlines of "
            "the coverage; the legend, a scale bar, a north arrow, the sources and millésime (SOURCE, "
            "MILLESIME, by default the millesime values of INPUT) and the mention of the secret statistique "
            "(no figure describing fewer than SECRET_THRESHOLD households, 11 by default, domain.md 6; under 5 "
            "only with USAGE_INTERNE).\n\n"
            "Key figures beside the map, for the page's unit and for the whole territory of INPUT (the EPCI): "
            "the units (a unit belongs to the page when a point inside it lies in the page's polygon), of "
            "which masked, the dwellings and households (nb_logements, nb_menages, summed over the published "
            "units) and FIELD as a ratio of sums over the published units (domain.md 4): Σ value × weight / "
            "Σ weight, the weight being the indicator's own denominator n_x for part_x or tx_x, nb_loues + "
            "nb_vacants for the vacancy rates (5.4), logements_annees for tx_rotation, "
            "logements_un_an_annees for tx_mobilite, else nb_menages, else nb_logements. A masked unit "
            "brings nothing, so no masked figure can be recovered from the table; a figure resting on fewer "
            "than SECRET_THRESHOLD households is shown as secret.\n\n"
            "TEMPLATE: another .qpt (your own charte graphique, another page size) with the items of the "
            "plugin's templates, found by their ids: titre, sous_titre, carte, nord, echelle, legende, "
            "chiffres_cles (the frame of a text table), mention_secret, sources.\n\n"
            "The PDF is written under a temporary name and moved into place at the end: a cancelled run "
            "leaves no file.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Units with their indicators"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Indicator to map"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.COVERAGE, self.tr("Atlas pages (QPV or communes)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.COVERAGE_KIND, self.tr("Kind of page"),
            options=[{"qpv": self.tr("One page per QPV"), "commune": self.tr("One page per commune")}[k] for k in KINDS],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.COVERAGE_NAME, self.tr("Page name field"), parentLayerParameterName=self.COVERAGE,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, self.tr("Sources"), defaultValue="RPLS, OPS, SNE"))
        self.addParameter(QgsProcessingParameterString(
            self.MILLESIME, self.tr("Millésime"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SECRET_THRESHOLD, self.tr("Secret statistique: minimum households"),
            QgsProcessingParameterNumber.Integer, defaultValue=secret.DEFAULT_THRESHOLD, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USAGE_INTERNE, self.tr("Internal use (allows a threshold under 5)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt; default: the plugin's)"), extension="qpt",
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Atlas (PDF)"), self.tr("PDF files (*.pdf)")))

    # ------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        self.step(feedback, 0, self.tr("Reading the units…"))
        units = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context)
        if units is None or not units.isValid():
            raise PeuplementError("INPUT : couche introuvable ou illisible.")
        if coverage is None or not coverage.isValid():
            raise PeuplementError("COVERAGE : couche introuvable ou illisible.")
        field = self.parameterAsString(parameters, self.FIELD, context)
        if units.fields().indexOf(field) < 0:
            raise PeuplementError("FIELD : le champ « {} » n'existe pas dans INPUT.".format(field))
        kind = KINDS[self.parameterAsEnum(parameters, self.COVERAGE_KIND, context)]
        name_field = self.parameterAsString(parameters, self.COVERAGE_NAME, context) or _name_field(coverage, kind)
        source_text = self.parameterAsString(parameters, self.SOURCE, context)
        millesime = self.parameterAsString(parameters, self.MILLESIME, context) or _millesime(units)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        usage_interne = self.parameterAsBool(parameters, self.USAGE_INTERNE, context)
        threshold = secret.check_threshold(self.parameterAsInt(parameters, self.SECRET_THRESHOLD, context),
                                           usage_interne)
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or str(resource("layouts",
                                                                                            TEMPLATES[kind]))
        if not os.path.isfile(template):
            raise PeuplementError("TEMPLATE : modèle de mise en page introuvable : {}".format(template))
        if not output:
            raise PeuplementError("OUTPUT : indiquez le fichier PDF à écrire.")
        if coverage.featureCount() == 0:
            raise PeuplementError("COVERAGE : la couche n'a aucune entité : l'atlas n'aurait aucune page.")

        frame, points = _units_frame(units, field, coverage.crs(), context)
        if not len(frame):
            raise PeuplementError("INPUT : la couche n'a aucune unité.")
        self.step(feedback, 10, self.tr("Placing the units in the pages…"))
        members = _members(coverage, points, feedback)
        if members is None:
            raise Cancelled()

        self.step(feedback, 20, self.tr("Preparing the layout…"))
        project = QgsProject()
        self._held = [project]
        try:
            label = _indicator_label(units, field)
            map_units = units.clone()
            map_units.setName(label)
            breaks = atlas.class_breaks(frame.loc[~atlas.masked(frame, field, threshold), field])
            map_units.setRenderer(self._renderer(field, breaks, "secret" in frame.columns,
                                                 threshold if atlas.HOUSEHOLDS in frame.columns else None))
            pages = coverage.clone()
            pages.setName(self.tr("QPV") if kind == "qpv" else self.tr("Communes"))
            pages.setRenderer(_coverage_renderer(COVERAGE_COLORS[kind], self.tr("Unit of the page"),
                                                 self.tr("Other units")))
            project.addMapLayers([map_units, pages])
            project.setCrs(units.crs())

            layout = self._layout(template, project, kind, label, source_text, millesime, map_units, pages,
                                  name_field, threshold)
            table = _table(layout)
            table.setWrapBehavior(QgsLayoutTable.WrapText)
            table.setColumns(table_columns(table, [self.tr("Key figures"),
                                              self.tr("This QPV") if kind == "qpv" else self.tr("This commune"),
                                              self.tr("Whole territory (EPCI)")]))
            labels = {atlas.UNITS: self.tr("Units mapped"), atlas.MASKED: self.tr("of which masked (secret)"),
                      atlas.DWELLINGS: self.tr("Social dwellings"), atlas.HOUSEHOLDS: self.tr("Households"),
                      atlas.INDICATOR: label}
            secret_text = self.tr("secret")
            locale = QLocale()

            def fill(feature):
                if feature.id() not in members:
                    return  # the end of the export, not a page
                inside = members[feature.id()]
                mask = pd.Series(False, index=frame.index)
                mask.iloc[inside] = True
                rows = atlas.key_figures(frame, field, mask, threshold)
                table.setContents([[labels[key], _format(page_value, key, locale, secret_text),
                                    _format(total, key, locale, secret_text)] for key, page_value, total in rows])

            layout.atlas().featureChanged.connect(fill)

            self.step(feedback, 25, self.tr("Exporting {} page(s)…").format(layout.atlas().count()))
            os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
            temporary = self.pending_file_output(output)
            progress = QgsFeedback()
            progress.progressChanged.connect(lambda value: feedback.setProgress(25 + 0.75 * value))
            feedback.canceled.connect(progress.cancel)
            if feedback.isCanceled():
                raise Cancelled()
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.rasterizeWholeImage = False
            settings.forceVectorOutput = False
            settings.exportMetadata = True
            settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable, copyable text
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), temporary, settings, progress)
            layout.atlas().featureChanged.disconnect(fill)
            if result == QgsLayoutExporter.Canceled or feedback.isCanceled():
                raise Cancelled()
            if result != QgsLayoutExporter.Success:
                raise PeuplementError("OUTPUT : l'export PDF a échoué : {}".format(error or result))
            feedback.pushInfo(self.tr("{} page(s) written.").format(layout.atlas().count()))
            return {self.OUTPUT: output}
        finally:
            # Layouts and layers deleted while QGIS runs, not at the interpreter's exit (where a
            # traceback kept by the caller would otherwise hold them).
            for held in self._held[1:]:
                held.removeAllChildren()
            project.clear()
            self._held = []

    def _renderer(self, field, breaks, has_secret, threshold=None):
        """Hatched: the units core.atlas.masked leaves out (``secret``, NULL value, and with
        ``threshold`` 1 to threshold - 1 households); the others in the classes of ``breaks``."""
        root = QgsRuleBasedRenderer.Rule(None)
        masked = '"{}" IS NULL'.format(field.replace('"', '""'))
        if has_secret:
            masked = 'coalesce("secret", false) OR ' + masked
        if threshold is not None:
            masked += ' OR coalesce("{h}" > 0 AND "{h}" < {t}, false)'.format(h=atlas.HOUSEHOLDS, t=int(threshold))
        root.appendChild(QgsRuleBasedRenderer.Rule(renderers.secret_symbol(), 0, 0, masked,
                                                   self.tr("secret statistique")))
        locale = QLocale()
        expressions = renderers.class_expressions(field, breaks)
        colors = _spread(CLASS_COLORS, len(expressions))
        for (low, high, expression), color in zip(expressions, colors):
            text = "{} – {}".format(locale.toString(low, "f", 1), locale.toString(high, "f", 1))
            root.appendChild(QgsRuleBasedRenderer.Rule(_fill(color), 0, 0, "NOT ({}) AND {}".format(masked,
                                                                                                   expression), text))
        return QgsRuleBasedRenderer(root)

    def _layout(self, path, project, kind, label, source_text, millesime, map_units, pages, name_field, threshold):
        document = QDomDocument()
        with open(str(path), encoding="utf-8") as handle:
            if not document.setContent(handle.read()):
                raise PeuplementError("Modèle de mise en page illisible : {}".format(path))
        layout = QgsPrintLayout(project)
        layout.setName("atlas")
        project.layoutManager().addLayout(layout)  # the project owns it: deleted with it
        _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            raise PeuplementError("Modèle de mise en page illisible : {}".format(path))
        QgsExpressionContextUtils.setLayoutVariable(layout, "peuplement_indicateur", label)
        QgsExpressionContextUtils.setLayoutVariable(layout, "peuplement_source", source_text)
        QgsExpressionContextUtils.setLayoutVariable(layout, "peuplement_millesime", millesime or "—")

        carte = _item(layout, "carte", QgsLayoutItemMap)
        carte.setLayers([pages, map_units])
        carte.setKeepLayerSet(True)
        carte.setCrs(map_units.crs())
        # An extent first, at the frame's ratio: else the atlas sizes the frame to its first page.
        carte.setExtent(_at_ratio(map_units.extent(), carte.rect().width() / carte.rect().height()))

        legende = _item(layout, "legende", QgsLayoutItemLegend)
        legende.setTitle(self.tr("Legend"))
        legende.setAutoUpdateModel(False)
        root = QgsLayerTree()
        root.addLayer(map_units)
        root.addLayer(pages)
        legende.model().setRootGroup(root)
        self._held.append(root)  # the legend's model does not own its tree
        # the north arrow: the template's own picture (the plugin's resolves arrows/NorthArrow_02.svg)
        _item(layout, "nord", QgsLayoutItemPicture)


        heading = self.tr("Atlas of the priority neighbourhoods (QPV)") if kind == "qpv" \
            else self.tr("Atlas of the communes")
        _item(layout, "sous_titre", QgsLayoutItemLabel).setText("[% @peuplement_indicateur %] — " + heading)
        _item(layout, "mention_secret", QgsLayoutItemLabel).setText(self.tr(
            "Secret statistique: no figure describing fewer than {} households is published; the masked units "
            "are hatched.").format(threshold))
        _item(layout, "sources", QgsLayoutItemLabel).setText(self.tr(
            "Sources: [% @peuplement_source %] — millésime [% @peuplement_millesime %]. Computed with the "
            "Peuplement plugin."))

        atlas_ = layout.atlas()
        atlas_.setCoverageLayer(pages)
        atlas_.setEnabled(True)
        atlas_.setHideCoverage(False)
        atlas_.setPageNameExpression(_page_name(pages, name_field))
        atlas_.setSortFeatures(True)
        atlas_.setSortAscending(True)
        atlas_.setSortExpression(QgsExpression.quotedColumnRef(name_field))
        if not atlas_.updateFeatures():
            raise PeuplementError("COVERAGE : aucune page à produire.")
        return layout


# ----------------------------------------------------------------------------------


def _item(layout, item_id, kind):
    item = layout.itemById(item_id)
    if not isinstance(item, kind):
        raise PeuplementError("Modèle de mise en page incomplet : l'élément « {} » manque.".format(item_id))
    return item


def _table(layout):
    frame = layout.itemById("chiffres_cles")
    if not isinstance(frame, QgsLayoutFrame) or frame.multiFrame() is None:
        raise PeuplementError("Modèle de mise en page incomplet : le tableau « chiffres_cles » manque.")
    return frame.multiFrame()


def table_columns(table, headings, frame_width=None):
    """Columns filling the width of the table's frame (``frame_width``, by default the
    frame's own rect, in layout units), the labels wider than the figures: the inverse of
    the width a QgsLayoutTable gives itself (columns, cell margins, vertical grid lines).
    scripts/build_layouts.py sizes the templates' table with it too."""
    if frame_width is None:
        frame_width = table.frame(0).rect().width()
    count = len(headings)
    grid = (count + 1) * table.gridStrokeWidth() if table.showGrid() and table.verticalGrid() else 0.0
    width = frame_width - 2 * count * table.cellMargin() - grid
    out = []
    for heading, share in zip(headings, COLUMN_SHARES):
        column = QgsLayoutTableColumn(heading)
        column.setWidth(width * share)
        out.append(column)
    return out


# Codes of the pages' units, written beside their names in the page titles.
CODE_FIELDS = ("code_qpv", "depcom", "insee_com", "code_commune")


def _page_name(pages, name_field):
    """The page title: the unit's name with its code beside it (the code alone without a
    name); the name alone when the coverage has no code field."""
    names = pages.fields().names()
    code_field = next((f for f in CODE_FIELDS if f in names and f != name_field), None)
    name = QgsExpression.quotedColumnRef(name_field)
    if code_field is None:
        return name
    code = QgsExpression.quotedColumnRef(code_field)
    return "coalesce({0} || ' (' || {1} || ')', {1}, {0})".format(name, code)


def _name_field(coverage, kind):
    names = coverage.fields().names()
    for candidate in NAME_CANDIDATES[kind]:
        if candidate in names:
            return candidate
    text = [f.name() for f in coverage.fields() if f.type() == FieldType.String]
    if text:
        return text[0]
    raise PeuplementError("COVERAGE_NAME : indiquez le champ qui nomme les pages (champs : {}).".format(
        ", ".join(names)))


def _indicator_label(units, field):
    """The field's alias on the layer, else its alias in the plugin's styles (the outputs of
    the indicator algorithms), else its name."""
    alias = units.fields().field(field).alias()
    if alias:
        return alias
    folder = style("indicateurs_occupation.qml").parent
    for qml in sorted(folder.glob("*.qml")) if folder.is_dir() else []:
        document = QDomDocument()
        with open(str(qml), encoding="utf-8") as handle:
            if not document.setContent(handle.read()):
                continue
        aliases = document.elementsByTagName("alias")
        for i in range(aliases.count()):
            element = aliases.at(i).toElement()
            if element.attribute("field") == field and element.attribute("name"):
                return element.attribute("name")
    return field


def _millesime(units):
    index = units.fields().indexOf("millesime")
    if index < 0:
        return ""
    values = sorted(str(v) for v in units.uniqueValues(index) if _python_value(v) is not None)
    return ", ".join(values)


def _units_frame(units, field, crs, context):
    """The attributes the key figures need, one row per unit, and a point inside each
    unit in the CRS of the pages (None without geometry)."""
    names = units.fields().names()
    wanted = [name for name in names if name == field or name in ("secret", "nb_logements", "nb_menages",
                                                                   "nb_loues", "nb_vacants")
              or name in atlas.weight_columns(names, field)]
    transform = QgsCoordinateTransform(units.crs(), crs, context.transformContext())
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, units.fields())
    rows, points = [], []
    for feature in units.getFeatures(request):
        rows.append([_python_value(feature[name]) for name in wanted])
        geometry = feature.geometry()
        point = None
        if not geometry.isNull():
            point = geometry.pointOnSurface()
            if units.crs() != crs:
                point.transform(transform)
        points.append(point)
    frame = pd.DataFrame(rows, columns=wanted)
    for name in wanted:
        if name != "secret":
            frame[name] = pd.to_numeric(frame[name], errors="coerce")
    return frame, points


def _members(coverage, points, feedback):
    """{page feature id: [positions of the units inside]}."""
    index = QgsSpatialIndex()
    for i, point in enumerate(points):
        if point is not None:
            feature = QgsFeature(i)
            feature.setGeometry(point)
            index.addFeature(feature)
    members = {}
    for feature in coverage.getFeatures():
        if feedback.isCanceled():
            return None
        geometry = feature.geometry()
        if geometry.isNull():
            members[feature.id()] = []
            continue
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        candidates = sorted(index.intersects(geometry.boundingBox()))
        members[feature.id()] = [i for i in candidates if engine.intersects(points[i].constGet())]
    return members


def _at_ratio(extent, ratio):
    """``extent`` widened or heightened to ``ratio`` (width / height) around its centre."""
    width, height = max(extent.width(), 1.0), max(extent.height(), 1.0)
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    center = extent.center()
    return QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                        center.y() + height / 2)


def _format(value, key, locale, secret_text):
    if value is None or pd.isna(value):
        return secret_text if key == atlas.INDICATOR else "—"
    if key == atlas.INDICATOR:
        return locale.toString(float(value), "f", 1)
    return locale.toString(int(round(value)))


def _spread(colors, count):
    if count <= 0:
        return []
    if count >= len(colors):
        return list(colors)[:count]
    step = (len(colors) - 1) / max(count - 1, 1)
    return [colors[int(round(i * step))] for i in range(count)]


def _fill(color):
    symbol = QgsFillSymbol()
    fill = QgsSimpleFillSymbolLayer(QColor(color))
    fill.setStrokeColor(QColor("#ffffff"))
    fill.setStrokeWidth(0.15)
    fill.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
    symbol.changeSymbolLayer(0, fill)
    return symbol


def _coverage_renderer(color, this_label, other_label):
    """Outlines of the pages, the page's own unit thicker."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, width, label in (("$id = @atlas_featureid", 0.9, this_label),
                                     ("$id <> @atlas_featureid", 0.35, other_label)):
        symbol = QgsFillSymbol()
        line = QgsSimpleLineSymbolLayer(QColor(color), width)
        line.setWidthUnit(QgsUnitTypes.RenderMillimeters)
        symbol.changeSymbolLayer(0, line)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)

