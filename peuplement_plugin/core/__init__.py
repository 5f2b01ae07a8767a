"""The domain core: schemas, code lists, parsing and formulas.

Plain Python, pandas, numpy, shapely and pyproj only: nothing here imports QGIS,
so the rules can be tested (and reused) without a QGIS installation.
"""
