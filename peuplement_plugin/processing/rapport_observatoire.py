"""Reads the tables of the observatory GeoPackage back (plain GDAL, so that the report
shows what the file holds) and builds the steering-committee report
(``core/rapport_observatoire.py``)."""

import pandas as pd

from ..core import noms
from ..core.rapport_observatoire import build_report

# Tables the report reads whole, and those whose geometries it draws.
REPORT_PREFIXES = ("parc_qpv", "parc_epci", "occupation_", "evolution_qpv", "evolution_epci", "flux_qpv",
                   "flux_epci", "objectifs_epci", "pression_demande", "secteurs_fragiles_hors_qpv", "rapport_")


def read_tables(gpkg):
    """``{table: frame}`` of the tables the report uses, each with its ``fid`` and, for
    the sectors, the geometry as WKT; and the geometries of the maps."""
    from osgeo import ogr
    dataset = ogr.Open(str(gpkg))
    tables, geometries = {}, {"ilots": [], "qpv": [], "qpv_labels": []}
    try:
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayerByIndex(index)
            name = layer.GetName()
            if not name.startswith(REPORT_PREFIXES) or name.startswith("occupation_") and \
                    not name.endswith(("_qpv", "_epci")):
                continue
            definition = layer.GetLayerDefn()
            fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
            rows = []
            for feature in layer:
                row = {field: feature.GetField(field) for field in fields}
                row["fid"] = feature.GetFID()
                if name == "secteurs_fragiles_hors_qpv":
                    shape = feature.GetGeometryRef()
                    row["wkt"] = shape.ExportToWkt() if shape is not None else None
                rows.append(row)
            tables[name] = pd.DataFrame(rows, columns=fields + ["fid"] +
                                        (["wkt"] if name == "secteurs_fragiles_hors_qpv" else []))
        for name, key, value in (("fragilite_ilot", "ilots", "classe_fragilite"), ("parc_qpv", "qpv", None)):
            layer = dataset.GetLayerByName(name)
            if layer is None:
                continue
            for feature in layer:
                shape = feature.GetGeometryRef()
                if shape is None:
                    continue
                text = shape.ExportToWkt()
                geometries[key].append((text, feature.GetField(value)) if value else text)
                if key == "qpv":
                    # the QPV named on the map by the name a committee knows
                    name = noms.clean(feature.GetField(noms.NAME)) if feature.GetFieldIndex(noms.NAME) >= 0 \
                        else None
                    geometries["qpv_labels"].append((text, name or feature.GetField("code_qpv")))
    finally:
        dataset = None
    return tables, geometries


def number_separators():
    """``(group, decimal)`` separators of the user's locale in QGIS; None (the report's
    French) when QGIS runs without a locale ("C", as qgis_process in a bare shell)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QLocale

    name = QgsApplication.locale() or "C"
    if name in ("C", "POSIX"):
        return None
    locale = QLocale(name)
    return locale.groupSeparator(), locale.decimalPoint()


def report_html(gpkg, millesimes, threshold, gpkg_name):
    tables, geometries = read_tables(gpkg)
    return build_report(tables, geometries, list(millesimes), threshold, gpkg_name, number_separators())
