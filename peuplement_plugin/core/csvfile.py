"""Reading delimited text files as French observatories receive them.

``;`` is the usual separator, ``,`` the decimal mark, and files come in UTF-8 (with
or without BOM) or Windows-1252. Every column is read as text: leading zeros of
DEPCOM or IRIS codes survive, and parsing is left to ``parsing``.
"""

import csv
import io

import pandas as pd

from .errors import PeuplementError

SEPARATORS = (";", ",", "\t", "|")
CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")


def detect_encoding(data):
    """``utf-8-sig`` when the bytes are UTF-8 (BOM or not), else ``cp1252``."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def detect_separator(first_line):
    counts = {sep: first_line.count(sep) for sep in SEPARATORS}
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 else ";"


def read_delimited(path, encoding="auto", separator="auto"):
    """The file at ``path`` as a DataFrame of strings (blanks become NaN)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise PeuplementError("Fichier illisible : {} ({})".format(path, error.strerror))
    if not data.strip():
        raise PeuplementError("Fichier vide : {}".format(path))
    if encoding in (None, "", "auto"):
        encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise PeuplementError("Fichier {} : il n'est pas dans l'encodage {} ({}). Essayez ENCODING=cp1252 "
                              "ou utf-8.".format(path, encoding, error))
    if text.startswith("\ufeff"):
        text = text[1:]
    first_line = text.split("\n", 1)[0]
    if separator in (None, "", "auto"):
        separator = detect_separator(first_line)
    elif separator in ("\\t", "tab", "tabulation"):
        separator = "\t"
    try:
        frame = pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False,
                            na_values=[""], quoting=csv.QUOTE_MINIMAL, engine="c")
    except pd.errors.EmptyDataError:
        raise PeuplementError("Fichier vide : {}".format(path))
    except pd.errors.ParserError as error:
        raise PeuplementError("Fichier {} : lecture impossible avec le séparateur « {} » ({})".format(
            path, separator, error))
    frame.columns = [str(c).strip() for c in frame.columns]
    frame.attrs["encoding"] = encoding
    frame.attrs["separator"] = separator
    return frame


def is_delimited_path(value):
    return isinstance(value, str) and value.lower().endswith(CSV_SUFFIXES)
