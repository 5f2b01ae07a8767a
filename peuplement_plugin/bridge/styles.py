"""Styles stored in a GeoPackage: each layer's QML saved as its default style in the
``layer_styles`` table, so that dropping the file into QGIS shows styled maps."""

from qgis.core import QgsMapLayer, QgsVectorLayer


def store_default_style(gpkg_path, table, qml_path=None, name="peuplement", description="", renderer=None):
    """Apply ``qml_path`` (and/or ``renderer(layer)``, for a style known only at run time)
    to ``table`` of ``gpkg_path`` and save it as the table's default style. Raises
    ``RuntimeError`` when the layer cannot be opened or the style cannot be saved."""
    layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, table), table, "ogr")
    if not layer.isValid():
        raise RuntimeError("couche {} introuvable dans {}".format(table, gpkg_path))
    if qml_path:
        message, ok = layer.loadNamedStyle(str(qml_path))
        if not ok:
            raise RuntimeError("style {} illisible : {}".format(qml_path, message))
    if renderer is not None:
        built = renderer(layer)
        if built is not None:
            layer.setRenderer(built)
    # QGIS 3.22 asks "overwrite?" in a modal message box when the name exists (which
    # blocks a batch): remove the style of that name first.
    delete_styles_named(layer, name)
    error = save_default_style(layer, name, description or "Style {} (plugin Peuplement)".format(name))
    if error:
        raise RuntimeError("style non enregistré dans {} : {}".format(gpkg_path, error))
    return name


def save_default_style(layer, name, description):
    """Save ``layer``'s style as its default in its database; the error message, or ""."""
    if hasattr(layer, "saveStyleToDatabaseV2"):  # QGIS 3.44+, where saveStyleToDatabase is deprecated
        results, error = layer.saveStyleToDatabaseV2(name, description, True, "")
        # an SLD the renderer cannot express is no failure: QGIS reads the QML
        failed = bool(results & QgsMapLayer.SaveStyleResult.QmlGenerationFailed) or \
            bool(results & QgsMapLayer.SaveStyleResult.DatabaseWriteFailed)
        return (error or "QML not saved") if failed else ""
    return layer.saveStyleToDatabase(name, description, True, "")


def delete_styles_named(layer, name):
    listed = layer.listStylesInDatabase()
    count, ids, names = listed[0], listed[1], listed[2]
    for style_id, style_name in zip(ids[:max(count, 0)], names):
        if style_name == name:
            ok, error = layer.deleteStyleFromDatabase(style_id)
            if not ok:
                raise RuntimeError("ancien style « {} » non supprimé : {}".format(name, error))
