"""The small base class every algorithm of the provider shares.

It gives translation, help text, the turn of a ``PeuplementError`` into a clean
``QgsProcessingException`` (a message, never a traceback in the log), the styling of
outputs through a layer post-processor, and progress steps that honour cancel.
"""

import gc
import os
import re
import time
import uuid

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsExpression,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProperty,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..bridge import tableurs
from ..core.csvfile import is_delimited_path, sniff
from ..core.errors import PeuplementError
from ..paths import icon_path, style

# Post-processors must outlive the algorithm run that created them: QGIS calls them
# after processAlgorithm returns, and a collected Python object would crash QGIS.
_POST_PROCESSORS = []
_KEEP_POST_PROCESSORS = 64


class Cancelled(Exception):
    """The user pressed Cancel: stop without writing anything more."""


class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style (and a readable name) to an output layer once it is loaded;
    ``renderer(layer)``, when given, then builds a renderer for fields known only at run
    time (the variables of an evolution)."""

    def __init__(self, qml_path, layer_name=None, renderer=None, metadata=None):
        super().__init__()
        self.qml_path = str(qml_path) if qml_path else None
        self.layer_name = layer_name
        self.renderer = renderer
        self.metadata = metadata

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid():
            return
        if self.qml_path:
            message, ok = layer.loadNamedStyle(self.qml_path)
            if not ok:
                feedback.reportError(message)
        if self.renderer is not None:
            renderer = self.renderer(layer)
            if renderer is not None:
                layer.setRenderer(renderer)
        if self.metadata is not None:
            layer.setMetadata(self.metadata)
        if self.layer_name:
            # the legend's title says what its classes ("0 à 3 %") are of
            mapped = indicateur_represente(layer)
            layer.setName(self.layer_name if not mapped or mapped in self.layer_name
                          else "{} — {}".format(self.layer_name, mapped))
        layer.triggerRepaint()


def indicateur_represente(layer):
    """The name (its alias when it has one) of the one field a layer's renderer classifies,
    None when it classifies none or several."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None:
        return None
    columns = set()
    if hasattr(renderer, "classAttribute"):
        columns.add(renderer.classAttribute())
    elif hasattr(renderer, "rootRule"):
        for rule in renderer.rootRule().descendants():
            if rule.filterExpression() and not rule.isElse():
                columns |= set(QgsExpression(rule.filterExpression()).referencedColumns())
    fields = layer.fields()
    columns = {c for c in columns if fields.indexOf(c) >= 0}
    if len(columns) != 1:
        return None
    return layer.attributeDisplayName(fields.indexOf(columns.pop()))


class PeuplementAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define ``name``, ``displayName``, ``group_key``, ``initAlgorithm``,
    ``help_text`` and ``compute(parameters, context, feedback)``."""

    group_key = "indicateurs"

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def groupId(self):  # noqa: N802
        return self.group_key

    def group(self):
        groups = {
            "donnees": QCoreApplication.translate("PeuplementAlgorithm", "Data preparation"),
            "indicateurs": QCoreApplication.translate("PeuplementAlgorithm", "Indicators"),
            "flux": QCoreApplication.translate("PeuplementAlgorithm", "Flows and mobility"),
            "objectifs": QCoreApplication.translate("PeuplementAlgorithm", "Attribution objectives"),
            "fragilite": QCoreApplication.translate("PeuplementAlgorithm", "Fragility"),
            "chaine": QCoreApplication.translate("PeuplementAlgorithm", "Observatory"),
        }
        return groups[self.group_key]

    def icon(self):
        return QIcon(icon_path())

    def shortHelpString(self):  # noqa: N802
        """The algorithm's help (help_text), then the sources of its rules (help_sources)."""
        return "\n\n".join(text for text in (self.help_text(), self.help_sources()) if text)

    def help_text(self):
        return ""

    def help_sources(self):
        """The sources of the algorithm's rules (domain.md sections, texts of law…), shown
        after its help; "" when none."""
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._step_started = None
        self._pending_outputs = []
        self._pending_styles = []
        self._loadable = {}
        self._descriptions = []
        try:
            results = self.compute(parameters, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()  # pressed during the last step: still nothing is written
        except Cancelled:
            self._discard_outputs()
            feedback.pushInfo(QCoreApplication.translate("PeuplementAlgorithm", "Cancelled: nothing was written."))
            return {}
        except PeuplementError as error:
            self._discard_outputs()
            raise QgsProcessingException(str(error)) from None
        except BaseException:
            self._discard_outputs()
            raise
        return self._commit_outputs(results, context)

    def _output_over_input(self, parameters, context):
        """A message when an output would overwrite one of the inputs (the same file, or
        the same table of a GeoPackage), else None."""
        inputs = {}
        for definition in self.parameterDefinitions():
            if definition.isDestination():
                continue
            value = parameters.get(definition.name())
            if isinstance(value, str) and value:
                source = value
            else:
                layer = self.parameterAsVectorLayer(parameters, definition.name(), context) \
                    if definition.type() in ("source", "vector") else None
                source = layer.source() if layer is not None else None
            path, table = _file_and_table(source) if source else (None, None)
            if path:
                inputs[(path, table)] = definition.name()
        for definition in self.destinationParameterDefinitions():
            if not isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination)):
                continue
            value = parameters.get(definition.name())
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink.staticValue()
            if not isinstance(value, str) or not value or value == "TEMPORARY_OUTPUT":
                continue
            path, table = _file_and_table(value)
            for (input_path, input_table), name in inputs.items():
                # A whole file replaced, or the same table (a plain GeoPackage path reads the
                # table named after the file).
                same_table = table == (input_table or os.path.splitext(os.path.basename(input_path))[0])
                if path and path == input_path and (table is None or same_table):
                    return "{} : la sortie {} est aussi l'entrée {} ; choisissez un autre fichier, les entrées " \
                           "ne sont jamais modifiées.".format(definition.name(), value, name)
        return None

    # atomic file outputs -----------------------------------------------------------------

    def parameterAsSink(self, parameters, name, context, fields,  # noqa: N802
                        geometryType=QgsWkbTypes.NoGeometry, crs=QgsCoordinateReferenceSystem(), *args):  # noqa: N803
        """A sink whose file is written under a temporary name beside the destination, and
        moved into place only when the whole run has succeeded: a cancelled or failed run
        leaves no half-written file, and an existing file stays whole until then.
        Destinations inside a database or a GeoPackage table (``ogr:``) are written as
        QGIS does."""
        final = self.output_destination(parameters, name, context)
        if final.lower().startswith(("postgis:", "postgres:")) and geometryType == QgsWkbTypes.NoGeometry:
            # A table without geometry: QGIS 3.22 creates it, then fails to load it when the
            # destination names a geometry column (as one written for every output does).
            prefix, _, connection = final.partition(":")
            uri = QgsDataSourceUri(connection)
            if uri.geometryColumn():
                uri.setGeometryColumn("")
                parameters = dict(parameters)
                parameters[name] = _with_sink(parameters.get(name), "{}:{}".format(prefix, uri.uri(False)))
        if not _is_plain_file(final) or not hasattr(self, "_pending_outputs"):
            sink, dest_id = super().parameterAsSink(parameters, name, context, fields, geometryType, crs, *args)
            loadable = _loadable_id(dest_id)
            if loadable != dest_id and hasattr(self, "_loadable"):
                self._loadable[dest_id] = loadable  # loaded, and returned, under that name
            return sink, dest_id
        temporary, destination = _temporary_destination(final)
        substituted = dict(parameters)
        substituted[name] = _with_sink(parameters.get(name), destination)
        sink, dest_id = super().parameterAsSink(substituted, name, context, fields, geometryType, crs, *args)
        self._pending_outputs.append((temporary, final))
        return sink, dest_id

    def output_destination(self, parameters, name, context):
        """Where the sink ``name`` writes, without registering anything to load:
        ``parameterAsOutputLayer`` would add its own entry (a "memory:" name for a temporary
        output) beside the one the sink adds, and QGIS would report it as "not correctly
        generated" after every run."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.destinationProject = None
        return self.parameterAsOutputLayer(dict(parameters, **{name: value}), name, context)

    def pending_file_output(self, path):
        """The temporary name to write a file output ``path`` under (a PDF, a whole
        GeoPackage); it is moved to ``path`` with the other outputs once the run succeeds,
        and removed if it does not."""
        temporary, _ = _temporary_destination(path)
        self._pending_outputs.append((temporary, path))
        return temporary

    def write_file_output(self, path, text):
        """Write a text output (an HTML report) the same way as the sinks: under a
        temporary name, moved into place with the other outputs once the run succeeds."""
        with open(self.pending_file_output(path), "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    def describe_output(self, dest_id, text):
        """Write ``text`` as the description of a GeoPackage output (``gpkg_contents``), so
        that the file itself says what it is (e.g. "usage interne") wherever it is opened,
        not only in a QGIS project. Done once the file is in place; other formats keep the
        metadata QGIS gives the layer when it loads it."""
        self._descriptions.append((dest_id, text))

    def _write_descriptions(self):
        for dest_id, text in getattr(self, "_descriptions", []):
            path, table = _file_and_table(self._final_id(dest_id))
            if not path or not path.lower().endswith(".gpkg") or not os.path.exists(path):
                continue
            dataset = ogr.Open(path, update=1)
            if dataset is None:
                continue
            table = table or dataset.GetLayer(0).GetName()
            dataset.ExecuteSQL("UPDATE gpkg_contents SET description = '{}' WHERE table_name = '{}'".format(
                text.replace("'", "''"), table.replace("'", "''")))
            dataset = None
        self._descriptions = []

    def _discard_outputs(self):
        gc.collect()  # the sinks of the failed run close their files
        for temporary, _ in getattr(self, "_pending_outputs", []):
            for path in _companions(temporary):
                os.remove(path)
        self._pending_outputs = []
        self._pending_styles = []

    def _commit_outputs(self, results, context):
        pending = getattr(self, "_pending_outputs", [])
        if pending or getattr(self, "_descriptions", []):
            gc.collect()  # every sink is closed once compute() has returned
        for temporary, final in pending:
            stem, _ = os.path.splitext(temporary)
            final_stem, _ = os.path.splitext(final)
            for path in _companions(final):  # stale parts of a previous shapefile
                os.remove(path)
            for path in _companions(temporary):
                os.replace(path, final_stem + path[len(stem):])

        rename = self._final_id  # the identity when nothing was written under a temporary name
        loads = context.layersToLoadOnCompletion()
        if any(rename(key) != key for key in loads):
            # No post-processor of ours is attached yet (style_output waits for this point):
            # QGIS deletes the post-processor of every entry whose key changes here, and an
            # entry pointing at a deleted one crashes QGIS when it loads the layer.
            context.setLayersToLoadOnCompletion({rename(key): details for key, details in loads.items()})
        self._attach_styles(context)
        results = {key: rename(value) for key, value in results.items()}
        self._write_descriptions()
        self._pending_outputs = []
        return results

    def _attach_styles(self, context):
        """Give each output its style loader, under the name the output has once moved."""
        for dest_id, loader in getattr(self, "_pending_styles", []):
            if not context.willLoadLayerOnCompletion(dest_id):
                dest_id = self._final_id(dest_id)
            if not context.willLoadLayerOnCompletion(dest_id):
                continue
            _POST_PROCESSORS.append(loader)
            del _POST_PROCESSORS[:-_KEEP_POST_PROCESSORS]
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)
        self._pending_styles = []

    def _final_id(self, value):
        """An output id with its temporary file name replaced by the final one (and a
        database destination by a source QGIS can load)."""
        if not isinstance(value, str):
            return value
        if value in getattr(self, "_loadable", {}):
            return self._loadable[value]
        for temporary, final in getattr(self, "_pending_outputs", []):
            if temporary in value:
                return final  # what QGIS returns for a sink written straight to ``final``
        return value

    def compute(self, parameters, context, feedback):
        raise NotImplementedError

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS opens every layer parameter before the run and, for a delimited file it
        cannot load (an empty file), says "not found": say what is wrong with the file
        instead, the way the run itself would."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            clash = self._output_over_input(parameters, context)
            if clash:
                return False, clash
            return ok, message
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if isinstance(value, str) and is_delimited_path(value.split("|")[0]):
                path = value.split("|")[0]
                if not os.path.exists(path):
                    return False, "{} : fichier introuvable : {}".format(definition.name(), path)
                try:
                    sniff(path)
                except PeuplementError as error:
                    return False, "{} : {}".format(definition.name(), error)
            elif isinstance(value, str) and tableurs.is_spreadsheet_path(value):
                # a workbook QGIS cannot open as a layer (only empty sheets): say why
                if not os.path.exists(tableurs.split_source(value)[0]):
                    return False, "{} : fichier introuvable : {}".format(definition.name(), value)
                try:
                    tableurs.read_spreadsheet(value)
                except PeuplementError as error:
                    return False, "{} : {}".format(definition.name(), error)
        return ok, message

    # helpers -----------------------------------------------------------------------

    def step(self, feedback, progress, message=None):
        """Report a step (and, in the debug log, how long the previous one took);
        raise ``Cancelled`` when the user asked to stop."""
        if feedback.isCanceled():
            raise Cancelled()
        now = time.perf_counter()
        previous = getattr(self, "_step_started", None)
        if previous is not None:
            feedback.pushDebugInfo("{:.2f} s".format(now - previous))
        self._step_started = now
        if message:
            feedback.pushInfo(message)
        feedback.setProgress(progress)

    def style_output(self, context, dest_id, qml_name, layer_name=None, renderer=None, metadata=None):
        """Style the output ``dest_id`` with ``styles/qml_name`` (and/or ``renderer``)
        when QGIS loads it. The loader is attached once the run has succeeded and its files
        have their final names (``_commit_outputs``)."""
        if not dest_id:
            return
        loader = StyleLoader(style(qml_name) if qml_name else None, layer_name, renderer, metadata)
        if not hasattr(self, "_pending_styles"):
            self._pending_styles = []
        self._pending_styles.append((dest_id, loader))
        if not hasattr(self, "_pending_outputs"):  # outside processAlgorithm: nothing will move
            self._attach_styles(context)


# Files that make up one output: a shapefile's parts, a GeoPackage's journal.
_COMPANION_SUFFIXES = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj")
_DATABASE_PREFIXES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")


def _with_sink(value, destination):
    """An output parameter value that writes to ``destination`` and keeps the rest of
    ``value`` (load in the project, layer name, encoding)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        definition = QgsProcessingOutputLayerDefinition(value)
    else:
        definition = QgsProcessingOutputLayerDefinition(destination)
    definition.sink = QgsProperty.fromValue(destination)
    return definition


def _loadable_id(dest_id):
    """A source QGIS loads for an output id: QGIS 3.22 returns (and registers to load) a
    PostGIS destination as written, ``postgis:dbname=… table=…``, which it cannot load
    back ("not correctly generated"); ``postgres://dbname=… table=…`` it can."""
    text = str(dest_id)
    prefix, _, rest = text.partition(":")
    if prefix.lower() in ("postgis", "postgres") and rest and not rest.startswith("//"):
        return "postgres://" + rest
    return dest_id


def _is_plain_file(destination):
    return bool(destination) and not destination.lower().startswith(_DATABASE_PREFIXES) \
        and "|" not in destination and os.path.splitext(destination)[1] != ""


def _temporary_destination(final):
    """``(temporary path, sink destination)`` beside ``final``. A GeoPackage keeps the table
    name the final file would give it (QGIS names the table after the file)."""
    directory, base = os.path.split(final)
    stem, suffix = os.path.splitext(base)
    temporary = os.path.join(directory, "{}_ecriture_{}{}".format(stem.replace(".", "_"), uuid.uuid4().hex[:8],
                                                                  suffix))
    if suffix.lower() == ".gpkg":
        return temporary, "ogr:dbname='{}' table=\"{}\" (geom)".format(temporary, stem)
    return temporary, temporary


def _companions(path):
    stem, suffix = os.path.splitext(path)
    if suffix.lower() == ".shp":
        candidates = [stem + extension for extension in _COMPANION_SUFFIXES]
    else:
        candidates = [path, path + "-wal", path + "-shm", path + "-journal"]
    return [candidate for candidate in candidates if os.path.exists(candidate)]


def _file_and_table(source):
    """``(real path, table or None)`` of a layer source or an output destination: a plain
    path, ``path|layername=t``, or ``ogr:dbname='path' table="t" (geom)``."""
    text = str(source)
    table = None
    if text.lower().startswith("ogr:"):
        path = re.search(r"dbname='([^']*)'", text)
        found = re.search(r'table="([^"]*)"', text)
        text, table = (path.group(1) if path else ""), (found.group(1) if found else None)
    elif "|" in text:
        text, _, options = text.partition("|")
        for option in options.split("|"):
            if option.startswith("layername="):
                table = option[len("layername="):]
    if not text or not os.path.splitext(text)[1]:
        return None, None
    return os.path.realpath(text), table
