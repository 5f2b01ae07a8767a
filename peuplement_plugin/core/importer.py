"""From a raw table (any column names) to a canonical one, with a validation report.

``canonicalise`` guesses the field mapping from the real column names of
``schemas``, lets the user override it (``MAPPING``: ``canonical=source`` pairs),
parses every mapped column, and lists in the report what it could not map or read.
Rows that lack a required value, or repeat a key, are set aside (a warning names
them); a required field with no column at all is an error: nothing can be computed.
"""

from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd

from . import parsing, schemas
from .codes import normalise_column_name
from .errors import PeuplementError

ERREUR = "erreur"
AVERTISSEMENT = "avertissement"
INFO = "info"

# How many row numbers and example values a report line quotes, and how long a quote is.
MAX_ROWS_QUOTED = 20
MAX_EXAMPLES = 5
MAX_QUOTED_CHARS = 40
MAX_COLUMNS_QUOTED = 40
# No identifier, code or name of the tables runs this long: a longer text is a broken
# file (an unclosed quote swallowing the lines after it), not a value.
MAX_TEXT_LENGTH = 1000

_PARSERS = {
    schemas.TEXT: parsing.parse_text,
    schemas.INT: parsing.parse_int,
    schemas.FLOAT: parsing.parse_float,
    schemas.DATE: parsing.parse_date,
    schemas.BOOL: parsing.parse_bool,
    schemas.FLOOR: parsing.parse_floor,
    schemas.FINAN: parsing.parse_finan,
    schemas.MODE: parsing.parse_mode,
    schemas.CONTINGENT: parsing.parse_contingent,
    schemas.COMPOSITION: parsing.parse_composition,
    schemas.ACTIVITE: parsing.parse_activite,
    schemas.TRANCHE: parsing.parse_tranche,
    schemas.QPV: parsing.parse_qpv,
}
_CODE_KINDS = {schemas.FINAN, schemas.MODE, schemas.CONTINGENT, schemas.COMPOSITION,
               schemas.ACTIVITE, schemas.TRANCHE, schemas.BOOL}

REPORT_COLUMNS = ("niveau", "champ", "colonne_source", "probleme", "nb_lignes", "lignes", "exemples")


@dataclass
class ReportLine:
    niveau: str
    champ: str
    colonne_source: str
    probleme: str
    nb_lignes: int = 0
    lignes: str = ""
    exemples: str = ""


@dataclass
class ImportResult:
    kind: str
    frame: pd.DataFrame
    mapping: Dict[str, str]
    report: List[ReportLine] = field(default_factory=list)
    rows_read: int = 0

    @property
    def set_aside(self):
        return self.rows_read - len(self.frame)

    def report_frame(self):
        return pd.DataFrame([vars(line) for line in self.report], columns=list(REPORT_COLUMNS))

    def warnings(self):
        return [line for line in self.report if line.niveau == AVERTISSEMENT]


def parse_mapping(text):
    """``"logement_id=IDENT_REP; batiment_id=IMMEU"`` → dict. Separators ``;`` ``,`` or new lines."""
    mapping = {}
    if not text:
        return mapping
    for part in str(text).replace("\n", ";").replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise PeuplementError(
                "MAPPING : « {} » n'est pas de la forme champ_canonique=colonne_source".format(part))
        canonical, source = (p.strip() for p in part.split("=", 1))
        mapping[canonical] = source
    return mapping


def guess_mapping(columns, kind, overrides=None):
    """Canonical field → source column, from the known real names, then ``overrides``."""
    table = schemas.table(kind)
    overrides = dict(overrides or {})
    by_normal = {}
    for column in columns:
        by_normal.setdefault(normalise_column_name(column), column)
    mapping = {}
    taken = set()
    for canonical, source in overrides.items():
        if canonical not in table.names:
            raise PeuplementError("MAPPING : « {} » n'est pas un champ de la table {} (champs : {})".format(
                canonical, kind, ", ".join(table.names)))
        if source not in columns:
            matched = by_normal.get(normalise_column_name(source))
            if matched is None:
                raise PeuplementError("MAPPING : la colonne « {} » (pour {}) n'existe pas ; colonnes "
                                      "présentes : {}".format(source, canonical, columns_text(columns)))
            source = matched
        mapping[canonical] = source
        taken.add(source)
    for f in table.fields:
        if f.name in mapping:
            continue
        for alias in f.all_names:
            source = by_normal.get(alias)
            if source is not None and source not in taken:
                mapping[f.name] = source
                taken.add(source)
                break
    return mapping


# Kinds whose raw values the CSV reader may read as numbers: no leading zero to keep.
_NUMERIC_KINDS = {schemas.INT, schemas.FLOAT, schemas.MODE, schemas.CONTINGENT, schemas.FINAN}


def numeric_sources(mapping, kind):
    """Source columns mapped to number-like fields (see ``csvfile.read_delimited``)."""
    table = schemas.table(kind)
    return tuple(source for name, source in mapping.items() if table.field(name).kind in _NUMERIC_KINDS)


def rows_text(mask):
    """The row numbers (1 = the first data row, under the header) of a boolean mask whose
    index is the raw row position (as ``canonicalise`` keeps it), shortened."""
    mask = pd.Series(mask) if not isinstance(mask, pd.Series) else mask
    rows = (mask[mask.to_numpy(dtype=bool)].index + 1).tolist()
    text = ", ".join(str(r) for r in rows[:MAX_ROWS_QUOTED])
    return text + (" …" if len(rows) > MAX_ROWS_QUOTED else "")


def _quote(value):
    text = str(value)
    return text if len(text) <= MAX_QUOTED_CHARS else "{}… ({} caractères)".format(text[:MAX_QUOTED_CHARS],
                                                                                    len(text))


def examples(values):
    distinct = pd.unique(values.astype(str))
    return ", ".join("« {} »".format(_quote(v)) for v in distinct[:MAX_EXAMPLES])


def columns_text(columns):
    """The columns of a table, for a message: each name shortened, the list too."""
    quoted = [_quote(c) for c in list(columns)[:MAX_COLUMNS_QUOTED]]
    more = len(columns) - len(quoted)
    return ", ".join(quoted) + (" … (+{})".format(more) if more > 0 else "")


def _complete_iris(frame):
    """Older RPLS give PLG_IRIS as the 4 local digits: prefix them with DEPCOM (domain.md 3.1)."""
    if "code_iris" not in frame.columns or "depcom" not in frame.columns:
        return
    codes_, uniques = pd.factorize(frame["code_iris"])
    local_code = np.asarray(pd.Index(uniques, dtype=object).str.fullmatch(r"\d{4}"), dtype=bool)
    local = pd.Series(np.append(local_code, False)[codes_], index=frame.index) & frame["depcom"].notna()
    if local.any():
        frame.loc[local, "code_iris"] = frame.loc[local, "depcom"] + frame.loc[local, "code_iris"]


def canonicalise(raw, kind, overrides=None, required=None, source_name=""):
    """Map, parse and validate ``raw``; the result keeps the raw row numbers as index.

    ``required`` narrows the required fields when an algorithm needs fewer than the
    table defines (a point-in-polygon join does not need ``batiment_id``).
    """
    table = schemas.table(kind)
    where = " ({})".format(source_name) if source_name else ""
    if raw.shape[1] == 0:
        raise PeuplementError("Table {}{} vide : aucune colonne lue.".format(kind, where))
    if len(raw) == 0:
        raise PeuplementError("Table {}{} vide : l'en-tête est lu mais aucune ligne.".format(kind, where))
    raw = raw.reset_index(drop=True)
    mapping = guess_mapping(list(raw.columns), kind, overrides)
    required = table.required if required is None else tuple(required)
    missing = [name for name in required if name not in mapping]
    if missing:
        raise PeuplementError(
            "Table {}{} : champ obligatoire {} introuvable. Colonnes présentes : {}. "
            "Indiquez la colonne dans MAPPING, par exemple « {}=NOM_DE_COLONNE ».".format(
                kind, where, ", ".join(missing), columns_text(raw.columns), missing[0]))

    report = [ReportLine(INFO, name, str(source), "correspondance") for name, source in mapping.items()]
    unmapped = [c for c in raw.columns if c not in mapping.values() and not str(c).startswith("__")]
    if unmapped:
        report.append(ReportLine(INFO, "", columns_text(unmapped), "colonnes non utilisées"))

    parsed = {}
    distinct_counts = {}
    set_aside = pd.Series(False, index=raw.index)
    for f in table.fields:
        source = mapping.get(f.name)
        if source is None:
            continue
        column = raw[source]
        if f.kind == schemas.TEXT:
            values, invalid = parsing.parse_text(column, f.zero_pad, MAX_TEXT_LENGTH)
        else:
            values, invalid = _PARSERS[f.kind](column)
        if invalid.any():
            if f.kind == schemas.TEXT:
                problem = "texte de plus de {} caractères (fichier mal formé ?), laissé vide".format(
                    MAX_TEXT_LENGTH)
            elif f.kind in _CODE_KINDS:
                problem = "code inconnu, valeur laissée vide"
            else:
                problem = "valeur illisible ({}), laissée vide".format(f.kind)
            report.append(ReportLine(AVERTISSEMENT, f.name, str(source), problem, int(invalid.sum()),
                                     rows_text(invalid), examples(column[invalid])))
        parsed[f.name] = values
        distinct_counts[f.name] = values.attrs.get("distinct")
        if f.name in required:
            empty = values.isna()
            if empty.any():
                report.append(ReportLine(AVERTISSEMENT, f.name, str(source),
                                         "valeur obligatoire absente : lignes écartées",
                                         int(empty.sum()), rows_text(empty)))
                set_aside |= empty

    frame = pd.DataFrame(parsed, index=raw.index, copy=False)  # built once, columns not copied
    _complete_iris(frame)
    key = [k for k in table.key if k in frame.columns]
    if len(key) == 1 and distinct_counts.get(key[0]) == int(frame[key[0]].notna().sum()):
        key = []  # as many distinct values as rows: no duplicate to look for
    if key:
        # Rows already set aside do not count: a complete row is kept even when an
        # incomplete one with the same key came first.
        repeated = frame.loc[~set_aside].duplicated(subset=key, keep="first").reindex(frame.index, fill_value=False)
        if repeated.any():
            report.append(ReportLine(AVERTISSEMENT, "+".join(key), ", ".join(str(mapping[k]) for k in key),
                                     "identifiant en double : seule la première ligne est gardée",
                                     int(repeated.sum()), rows_text(repeated),
                                     examples(frame.loc[repeated, key[0]])))
            set_aside |= repeated

    # The index stays the raw row number, so callers can align columns kept aside.
    if set_aside.any():
        frame = frame.loc[~set_aside]
    if len(frame) == 0:
        raise PeuplementError("Table {}{} : aucune ligne utilisable après validation ({} lignes écartées).".format(
            kind, where, len(raw)))
    return ImportResult(kind, frame, mapping, report, rows_read=len(raw))
