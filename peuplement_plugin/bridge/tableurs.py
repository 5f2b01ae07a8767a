"""Excel (.xlsx) and LibreOffice (.ods) workbooks as raw tables.

SNE and bailleurs' exports are workbooks whose cells are mostly text: OGR cannot tell
their header row from data and names the columns ``Field1…``. GDAL reads every sheet
here with no header and every cell as text (``OGR_XLSX_HEADERS=DISABLE``,
``OGR_XLSX_FIELD_TYPES=STRING``, the same for ODS), and the header is found by its
content: among the first rows, the one that holds the most known column names of the
table (domain.md section 3). Rows above it (a merged title, a row of column groups) are
left out, as are rows right under it without a single digit (a second header row of
labels or units). Cells stay text, so that leading zeros of codes survive (INSEE
01004) and ``parsing`` reads decimal commas and dates as it does for CSV; GDAL's
spelling of a date cell (2024/01/15) is turned into ISO (2024-01-15)."""

import re
import xml.etree.ElementTree as ElementTree
import zipfile

import numpy as np
import pandas as pd
from osgeo import gdal

from ..core import importer, schemas
from ..core.codes import normalise_column_name
from ..core.errors import PeuplementError
from .frames import _column_from_numpy

SUFFIXES = (".xlsx", ".ods")
# How far down a sheet the header row is looked for.
HEADER_SEARCH_ROWS = 20
_GDAL_DATE = re.compile(r"(\d{4})/(\d{2})/(\d{2})(?: \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DIGIT = re.compile(r"\d")


def is_spreadsheet_path(value):
    return isinstance(value, str) and value.split("|")[0].lower().endswith(SUFFIXES)


def split_source(value):
    """``(path, sheet or None)`` of ``path|layername=Feuille`` (QGIS's spelling of one sheet)."""
    parts = value.split("|")
    sheet = None
    for part in parts[1:]:
        if part.startswith("layername="):
            sheet = part[len("layername="):]
    return parts[0], sheet


class _TextCells:
    """Open a workbook with no header and text cells, then put GDAL's options back."""

    OPTIONS = ("OGR_XLSX_HEADERS", "OGR_XLSX_FIELD_TYPES", "OGR_ODS_HEADERS", "OGR_ODS_FIELD_TYPES")

    def __enter__(self):
        self.before = {name: gdal.GetConfigOption(name) for name in self.OPTIONS}
        for name in self.OPTIONS:
            gdal.SetConfigOption(name, "DISABLE" if name.endswith("HEADERS") else "STRING")

    def __exit__(self, *exc):
        for name, value in self.before.items():
            gdal.SetConfigOption(name, value)


def _known_names(kind):
    """Normalised column names that tell a header row: those of ``kind``, or of every table."""
    kinds = [kind] if kind else list(schemas.KINDS)
    names = set()
    for each in kinds:
        for f in schemas.table(each).fields:
            names.update(f.all_names)
            names.add(normalise_column_name(f.name))
    return names


def _sheet_cells(layer):
    """All cells of a sheet, as text columns ``Field1…`` (None for an empty cell)."""
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    pieces = {name: [] for name in names}
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO", "MAX_FEATURES_IN_BATCH=100000"]):
        for name in names:
            if name in batch:
                pieces[name].append(_column_from_numpy(batch[name]))
    return pd.DataFrame({name: (pd.concat(p, ignore_index=True) if p else pd.Series(dtype=object))
                         for name, p in pieces.items()})


def _header_row(cells, known, overrides):
    """``(row, count)``: the row among the first ones with the most known column names (or
    names ``MAPPING`` gives), and how many it holds."""
    wanted = known | {normalise_column_name(v) for v in (overrides or {}).values()}
    best, best_count = None, 0
    for row in range(min(HEADER_SEARCH_ROWS, len(cells))):
        values = [v for v in cells.iloc[row].tolist() if isinstance(v, str)]
        count = len({normalise_column_name(v) for v in values} & wanted)
        if count > best_count:
            best, best_count = row, count
    return best, best_count


def _column_names(values):
    names, seen = [], {}
    for position, value in enumerate(values):
        name = value.strip() if isinstance(value, str) and value.strip() else "colonne_{}".format(position + 1)
        if name in seen:
            seen[name] += 1
            name = "{}_{}".format(name, seen[name])
        else:
            seen[name] = 1
        names.append(name)
    return names


def _iso_dates(column):
    """GDAL writes a date cell as 2024/01/15 (with a time for a date-time): ISO, for ``parsing``."""
    if column.dtype != object:
        return column
    codes, uniques = pd.factorize(column)
    if not len(uniques):
        return column
    text = pd.Series(uniques, dtype=object)
    matched = text.str.fullmatch(_GDAL_DATE.pattern).fillna(False).to_numpy(dtype=bool)
    if not matched.any():
        return column
    converted = text.copy()
    converted[matched] = text[matched].str.replace(_GDAL_DATE.pattern, r"\1-\2-\3", regex=True)
    values = np.append(converted.to_numpy(dtype=object), None)
    return pd.Series(values[np.where(codes < 0, len(uniques), codes)], index=column.index)


def formulas_without_value(path):
    """Cells of an .xlsx that hold a formula but no value computed by a spreadsheet (a
    workbook written by a program and never opened): ``{sheet: [cell references]}``."""
    if not path.lower().endswith(".xlsx"):
        return {}
    found = {}
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    relations = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        with zipfile.ZipFile(path) as archive:
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {link.get("Id"): link.get("Target") for link in links}
            for sheet in book.iter(main + "sheet"):
                target = targets.get(sheet.get(relations + "id"), "")
                member = "xl/" + target.lstrip("/").replace("xl/", "", 1) if not target.startswith("/xl/") \
                    else target.lstrip("/")
                if member not in archive.namelist():
                    continue
                cells = []
                for cell in ElementTree.fromstring(archive.read(member)).iter(main + "c"):
                    if cell.find(main + "f") is not None:
                        value = cell.find(main + "v")
                        if value is None or not (value.text or "").strip():
                            cells.append(cell.get("r"))
                if cells:
                    found[sheet.get("name")] = cells
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        return {}
    return found


def _choose_sheet(dataset, path, kind, sheet, overrides):
    """``(chosen, headerless, sheet names)``: ``chosen`` = ``(name, cells, header row)`` of
    the sheet asked for, else of the first that holds the table (all its required fields
    mapped), else of the first with a header; ``headerless`` = ``(name, cells)`` of the
    first sheet with cells but no header row."""
    sheets = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    if sheet and sheet not in sheets:
        raise PeuplementError("Classeur {} : pas de feuille « {} » ; feuilles : {}.".format(
            path, sheet, ", ".join(sheets) or "aucune"))
    known = _known_names(kind)
    required = set(schemas.table(kind).required) if kind else set()
    chosen, headerless = None, None
    for name in ([sheet] if sheet else sheets):
        cells = _sheet_cells(dataset.GetLayerByName(name))
        cells = cells.dropna(how="all", axis=1)
        if cells.dropna(how="all").empty:
            continue
        row, _ = _header_row(cells, known, overrides)
        if row is None and not kind:
            row = 0  # any table: its first row names the columns (OGR's HEADERS=FORCE)
        if row is None:
            headerless = headerless or (name, cells)
            continue
        header = _column_names(cells.iloc[row].tolist())
        mapped = importer.guess_mapping(header, kind, overrides) if kind else {}
        if chosen is None:
            chosen = (name, cells, row)
        if not kind or required <= set(mapped):
            chosen = (name, cells, row)
            break
    return chosen, headerless, sheets


def read_spreadsheet(value, kind=None, sheet=None, overrides=None, notes=None):
    """The sheet ``sheet`` (by name; None: the one ``value`` names with ``|layername=``,
    else the first that holds a table of ``kind``) of the workbook ``value`` as a frame of
    text. ``notes`` (a list) receives ``(is_warning, text)`` of what was left out, for the log."""
    path, named = split_source(value)
    sheet = sheet or named
    # GDAL reads a sheet when it is first used, not when the file opens: the options hold
    # for the whole read.
    with _TextCells():
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            raise PeuplementError("Classeur illisible : {} (ni .xlsx ni .ods valide ?).".format(path))
        try:
            chosen, headerless, sheets = _choose_sheet(dataset, path, kind, sheet, overrides)
        finally:
            dataset = None
    if chosen is None and headerless is not None:
        chosen = (headerless[0], headerless[1], None)
    if chosen is None:
        if sheet:
            raise PeuplementError("Classeur {} : la feuille « {} » est vide.".format(path, sheet))
        raise PeuplementError("Classeur {} : aucune feuille ne contient de tableau ({}).".format(
            path, ", ".join(sheets) or "aucune feuille"))
    name, cells, row = chosen
    if row is None:
        raise PeuplementError(
            "Classeur {}, feuille « {} » : aucune ligne d'en-tête parmi les {} premières (aucun nom de colonne "
            "connu, par exemple {}). Ajoutez la ligne des noms de colonnes au-dessus des données.".format(
                path, name, HEADER_SEARCH_ROWS, ", ".join(_examples(kind))))
    header = _column_names(cells.iloc[row].tolist())
    start = row + 1
    # a second header row (labels, units) has no digit at all; data rows always have one
    while start < len(cells) and not cells.iloc[start].dropna().astype(str).str.contains(_DIGIT).any() \
            and cells.iloc[start].notna().any():
        start += 1
    if notes is not None:
        notes.append((False, "Classeur {}, feuille « {} » : en-tête à la ligne {}".format(path, name, row + 1) +
                      (", ligne(s) {} au-dessus laissée(s) de côté".format(
                          ", ".join(str(r + 1) for r in range(row))) if row else "") +
                      (", ligne(s) d'en-tête supplémentaire(s) {} laissée(s) de côté".format(
                          ", ".join(str(r + 1) for r in range(row + 1, start))) if start > row + 1 else "") + "."))
        formulas = formulas_without_value(path).get(name)
        if formulas:
            notes.append((True, "Classeur {}, feuille « {} » : {} cellule(s) de formule sans valeur calculée "
                          "({}…) : lues vides. Ouvrez et enregistrez le classeur dans un tableur pour calculer "
                          "les formules.".format(path, name, len(formulas), ", ".join(formulas[:5]))))
    frame = cells.iloc[start:].reset_index(drop=True)
    frame.columns = header
    frame = frame.dropna(how="all")
    frame = frame.reset_index(drop=True)
    for column in frame.columns:
        frame[column] = _iso_dates(frame[column])
    frame.attrs["sheet"] = name
    frame.attrs["header_row"] = row + 1
    return frame


def _examples(kind):
    kinds = [kind] if kind else list(schemas.KINDS)[:1]
    table = schemas.table(kinds[0])
    return [(f.all_names[0] if f.all_names else f.name).upper() for f in table.fields[:3]]
