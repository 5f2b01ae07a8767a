"""The repository root is the plugin folder: QGIS, ``pb_tool deploy`` and ``make package``
all see this file, ``metadata.txt``, ``resources/``, ``styles/``, ``i18n/`` and the code in
``peuplement_plugin/``, so a checkout linked as ``python/plugins/peuplement`` loads as is
(``make dev``).

The import is relative and done when QGIS calls ``classFactory``: the code then loads as
``peuplement.peuplement_plugin``, which Plugin Reloader unloads with the rest of
``peuplement.*``.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .peuplement_plugin import classFactory as plugin_factory

    return plugin_factory(iface)
