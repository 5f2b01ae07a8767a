"""Peuplement: observe and steer the social occupancy of social housing in QGIS.

QGIS calls ``classFactory`` when it loads the plugin. Nothing here touches ``iface``
at import time, so ``qgis_process`` (where iface is None) can load the provider.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import PeuplementPlugin

    return PeuplementPlugin(iface)
