"""The thin layer between QGIS layers and pandas frames.

Data flows one way: layers → frames (``frames``) → core → frames → sinks (``sinks``).
QGIS NULL becomes None/NaN here, before anything reaches the core.
"""
