"""The small base class every algorithm of the provider shares.

It gives translation, help text, the turn of a ``PeuplementError`` into a clean
``QgsProcessingException`` (a message, never a traceback in the log), the styling of
outputs through a layer post-processor, and progress steps that honour cancel.
"""

import os
import time

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

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
            layer.setName(self.layer_name)
        layer.triggerRepaint()


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
        return self.help_text()

    def help_text(self):
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._step_started = None
        try:
            return self.compute(parameters, context, feedback)
        except Cancelled:
            feedback.pushInfo(QCoreApplication.translate("PeuplementAlgorithm", "Cancelled: nothing was written."))
            return {}
        except PeuplementError as error:
            raise QgsProcessingException(str(error))

    def compute(self, parameters, context, feedback):
        raise NotImplementedError

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS opens every layer parameter before the run and, for a delimited file it
        cannot load (an empty file), says "not found": say what is wrong with the file
        instead, the way the run itself would."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
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
        when QGIS loads it."""
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return
        loader = StyleLoader(style(qml_name) if qml_name else None, layer_name, renderer, metadata)
        _POST_PROCESSORS.append(loader)
        del _POST_PROCESSORS[:-_KEEP_POST_PROCESSORS]
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)
