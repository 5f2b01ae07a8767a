"""peuplement:import_table — a raw RPLS / OPS / SNE / départs / demandes table to the
canonical table of domain.md section 3, with its validation report."""

import os

import pandas as pd
from pyproj import CRS
from pyproj.exceptions import DataDirError, ProjError
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...bridge import bulk, frames, sinks, tableurs
from ...bridge.fieldtypes import FieldType
from ...core import importer, schemas
from ...core.csvfile import is_delimited_path, sniff
from ...core.errors import PeuplementError
from ..base import Cancelled, PeuplementAlgorithm


def push_report(feedback, result):
    """The validation report in the Processing log: warnings as warnings, mapping as info."""
    for line in result.report:
        if line.niveau == importer.AVERTISSEMENT:
            text = "{} ({}) : {} — {} ligne(s) : {}".format(
                line.champ, line.colonne_source, line.probleme, line.nb_lignes, line.lignes)
            if line.exemples:
                text += " ; valeurs : " + line.exemples
            feedback.pushWarning(text)
        elif line.probleme == "correspondance":
            feedback.pushDebugInfo("{} ← {}".format(line.champ, line.colonne_source))
        else:
            feedback.pushInfo("{} : {}".format(line.probleme, line.colonne_source))
    feedback.pushInfo("{} ligne(s) lue(s), {} retenue(s), {} écartée(s).".format(
        result.rows_read, len(result.frame), result.set_aside))


class ImportTable(PeuplementAlgorithm):
    INPUT = "INPUT"
    KIND = "KIND"
    MAPPING = "MAPPING"
    ENCODING = "ENCODING"
    SEPARATOR = "SEPARATOR"
    SHEET = "SHEET"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    group_key = "donnees"

    def name(self):
        return "import_table"

    def displayName(self):  # noqa: N802
        return self.tr("Import a table (RPLS, OPS, SNE, departures, applications)")

    def help_sources(self):
        return self.tr(
            "Sources of the rules: the canonical fields, the required ones and the real column names are "
            "those of domain.md section 3: RPLS (répertoire des logements locatifs des bailleurs sociaux, "
            "SDES: its transmission fields, modes of occupation and FINAN codes), OPS (enquête Occupation du "
            "parc social), SNE (exports of the système national d'enregistrement: attributions and demandes) "
            "and the bailleur's departures.")

    def kind_labels(self):
        """The kinds of table as a user reads them in the KIND options."""
        return {"logements": self.tr("Dwellings (RPLS)"), "menages": self.tr("Occupant households (OPS)"),
                "attributions": self.tr("Attributions (SNE)"), "departs": self.tr("Departures"),
                "demandes": self.tr("Applications (SNE)"), "enquete_mobilite": self.tr("Mobility survey")}

    def help_text(self):
        kinds = ", ".join("{} = {}".format(i, kind) for i, kind in enumerate(schemas.KINDS))
        return self.tr(
            "Reads a raw table — any QGIS table or layer, or the path of a CSV file — maps its "
            "columns to the canonical fields of the kind chosen, validates every value and writes "
            "the canonical table and a validation report.\n\n"
            "KIND: {kinds}.\n\n"
            "The mapping is guessed from the real column names (RPLS: IDENT_REP, IMMEU, DEPCOM, "
            "ETAGE, FINAN, MODE, BAIL…; OPS; SNE exports). MAPPING overrides it with "
            "canonical=source pairs separated by ';', for instance "
            "'logement_id=NUM_LOGT;batiment_id=CODE_IMM'.\n\n"
            "A CSV path is read with ENCODING (auto: UTF-8, with or without BOM, else Windows-1252) "
            "and SEPARATOR (auto: the most frequent of ; , tab |). Decimal commas, 'RC' floors "
            "and dates as dd/mm/yyyy, yyyy-mm-dd or yyyymmdd are understood.\n\n"
            "An Excel (.xlsx) or LibreOffice (.ods) workbook is read sheet SHEET (by name; empty: the "
            "first sheet that holds the table). Its header is the row, among the first 20, that holds "
            "the most known column names: a title row above it, or a second header row of labels "
            "under it, is left out. Cells are read as text: codes keep their leading zeros, numbers "
            "stored as text may have decimal commas, dates may be Excel dates or text. A formula "
            "never computed by a spreadsheet is read empty (the log says which cells).\n\n"
            "A missing required field stops the import with a message naming it. Rows without a "
            "required value, or repeating an identifier, are set aside; unreadable values and "
            "unknown codes are left empty: the report (REPORT) lists each case with its rows."
        ).format(kinds=kinds)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Raw table (layer, table, CSV file or .xlsx / .ods workbook)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, self.tr("Kind of table"), options=[self.kind_labels()[k] for k in schemas.KINDS],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, self.tr("Field mapping (canonical=source;…)"), optional=True,
            multiLine=False))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of a CSV file (auto, utf-8, cp1252…)"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SEPARATOR, self.tr("Separator of a CSV file (auto, ;, ',', tab)"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet of an .xlsx / .ods workbook (empty: the first that holds the table)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Canonical table"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Validation report"), QgsProcessing.TypeVector))

    def compute(self, parameters, context, feedback):
        kind = schemas.KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        overrides = importer.parse_mapping(self.parameterAsString(parameters, self.MAPPING, context))
        self.step(feedback, 5, self.tr("Reading the table…"))
        raw, crs_wkt, label = read_table(self, parameters, self.INPUT, context, feedback, kind, overrides)
        self.step(feedback, 40, self.tr("Mapping and validating the columns…"))
        result = importer.canonicalise(raw, kind, overrides, source_name=label)
        push_report(feedback, result)
        self.step(feedback, 60, self.tr("Writing the canonical table…"))
        output = add_point_columns(result, raw, crs_wkt) if kind == "logements" else result.frame
        fields = sinks.fields_for(output)
        dest_id, completed = bulk.write_layer(self, parameters, self.OUTPUT, context, output, fields,
                                              feedback=feedback, progress=(60, 95))
        if not completed:
            raise Cancelled()
        report = result.report_frame()
        report_fields = sinks.fields_for(report, types={"nb_lignes": FieldType.Int})
        report_sink, report_id = self.parameterAsSink(parameters, self.REPORT, context, report_fields,
                                                      QgsWkbTypes.NoGeometry)
        sinks.write_frame(report_sink, report, report_fields)
        # Names a user can tell apart in the layers panel: two OPS imports differ by
        # their millésime, two imports of one kind by their source file.
        what = kind
        if "millesime" in output.columns:
            millesimes = sorted({str(m).split(".")[0] for m in output["millesime"].dropna()})
            what = "{} {}".format(kind, "-".join(millesimes[:1] + millesimes[-1:] if len(millesimes) > 1
                                                 else millesimes)).strip()
        if label:
            what = "{} ({})".format(what, os.path.basename(str(label)))
        self.style_output(context, dest_id, "table_canonique.qml", self.tr("Canonical table — {}").format(what))
        self.style_output(context, report_id, "rapport_validation.qml", self.tr("Validation report — {}").format(what))
        return {self.OUTPUT: dest_id, self.REPORT: report_id}


def read_table(algorithm, parameters, name, context, feedback, kind=None, overrides=None, only=None):
    """A table parameter as a raw frame; a point layer's coordinates come along in the
    bridge's ``POINT_X`` / ``POINT_Y`` columns, in the CRS ``crs_wkt``.

    With ``only`` (canonical field names), just the source columns those fields map to
    are read: the mapping is guessed from the header before any row is read.
    """
    encoding = algorithm.parameterAsString(parameters, "ENCODING", context) or "auto"
    separator = algorithm.parameterAsString(parameters, "SEPARATOR", context) or "auto"
    value = parameters.get(name)
    workbook = spreadsheet_value(algorithm, parameters, name, context)
    if workbook is not None:
        sheet = algorithm.parameterAsString(parameters, "SHEET", context) if "SHEET" in parameters else ""
        notes = []
        frame = tableurs.read_spreadsheet(workbook, kind, sheet or None, overrides, notes)
        for is_warning, note in notes:
            (feedback.pushWarning if is_warning else feedback.pushInfo)(note)
        return frame, "", tableurs.split_source(workbook)[0]
    points = False
    sniffed = None
    if isinstance(value, str) and is_delimited_path(value.split("|")[0]):
        sniffed = sniff(value.split("|")[0], encoding, separator)
        header = sniffed[2]
    else:
        source = algorithm.parameterAsSource(parameters, name, context)
        if source is None:
            raise PeuplementError("{} : couche introuvable ou illisible.".format(name))
        points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
        header = source.fields().names()
    columns = None
    numeric = ()
    if kind is not None:
        mapping = importer.guess_mapping(header, kind, overrides)
        if only is not None:
            columns = [source_column for canonical, source_column in mapping.items() if canonical in only]
        numeric = importer.numeric_sources(mapping, kind)
    frame, source, crs_wkt, label = frames.parameter_frame(
        algorithm, parameters, name, context, columns=columns, with_geometry=points, feedback=feedback,
        encoding=encoding, separator=separator, sniffed=sniffed, numeric=numeric)
    if frame is None:
        raise PeuplementError("{} : couche introuvable ou illisible.".format(name))
    if points:
        x, y = frames.point_coordinates(frame)
        frame = frame.drop(columns=[frames.GEOMETRY], errors="ignore")
        frame[frames.POINT_X], frame[frames.POINT_Y] = x, y
    return frame, crs_wkt, label


def spreadsheet_value(algorithm, parameters, name, context):
    """The source (``path`` or ``path|layername=sheet``) of a table parameter that is an
    .xlsx / .ods workbook, given as a path or as a layer; None for anything else (a
    selection of a workbook layer goes through QGIS)."""
    value = parameters.get(name)
    if isinstance(value, str) and tableurs.is_spreadsheet_path(value):
        return value
    if isinstance(value, QgsProcessingFeatureSourceDefinition) or value is None:
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is not None and layer.providerType() == "ogr" and tableurs.is_spreadsheet_path(layer.source()):
        return layer.source()
    return None


def add_point_columns(result, raw, crs_wkt):
    """x, y, epsg from a point layer's geometry when the table has no coordinates of its own."""
    frame = result.frame
    if frames.POINT_X not in raw.columns or "x" in frame.columns:
        return frame
    frame = frame.copy()
    frame["x"] = raw[frames.POINT_X].to_numpy()[frame.index]
    frame["y"] = raw[frames.POINT_Y].to_numpy()[frame.index]
    frame["epsg"] = pd.array([epsg_code(crs_wkt)] * len(frame), dtype="Int64")
    return frame


def epsg_code(crs_wkt):
    """The EPSG code of the layer's CRS. Never None for a layer that has a CRS: the
    algorithms read a missing code as Lambert-93 (EPSG:2154), which would silently put
    the dwellings of any other CRS in the wrong units."""
    if not crs_wkt:
        return None
    try:
        crs = CRS.from_user_input(crs_wkt)
    except (ProjError, DataDirError) as error:
        raise PeuplementError("The coordinate reference system of the layer cannot be read by PROJ ({}). "
                              "Check that PROJ and its data are installed (Debian: proj-bin, proj-data)."
                              .format(error)) from error
    found = crs.to_epsg()
    if found is None:
        raise PeuplementError("The coordinate reference system of the layer ({}) has no EPSG code: reproject "
                              "the layer to an EPSG system (Lambert-93 is EPSG:2154) before importing it."
                              .format(crs.name))
    return found
