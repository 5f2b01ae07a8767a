"""Reading delimited text files as French observatories receive them.

``;`` is the usual separator, ``,`` the decimal mark, and files come in UTF-8 (with
or without BOM) or Windows-1252. Every column is read as text: leading zeros of
DEPCOM or IRIS codes survive, and parsing is left to ``parsing``.
"""

import csv

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


def sniff(path, encoding="auto", separator="auto"):
    """``(encoding, separator, header)`` of a delimited file; "auto" values are detected."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise PeuplementError("Fichier illisible : {} ({})".format(path, error.strerror))
    if not data.strip():
        raise PeuplementError("Fichier vide : {}".format(path))
    if encoding in (None, "", "auto"):
        encoding = detect_encoding(data)
    elif encoding.lower().replace("-", "").replace("_", "") == "utf8" and data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    try:
        first_line = data.split(b"\n", 1)[0].decode(encoding)
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise PeuplementError("Fichier {} : il n'est pas dans l'encodage {} ({}). Essayez ENCODING=cp1252 "
                              "ou utf-8.".format(path, encoding, error))
    first_line = first_line.lstrip("\ufeff").rstrip("\r")
    if separator in (None, "", "auto"):
        separator = detect_separator(first_line)
    elif separator in ("\\t", "tab", "tabulation"):
        separator = "\t"
    header = [c.strip().strip('"') for c in next(csv.reader([first_line], delimiter=separator))]
    return encoding, separator, header


def read_delimited(path, encoding="auto", separator="auto", columns=None):
    """The file at ``path`` as a DataFrame of strings (blanks become NaN).

    ``columns`` limits the read to those header names: an algorithm that needs six
    columns of a forty-column RPLS file does not parse the other thirty-four.
    """
    encoding, separator, header = sniff(path, encoding, separator)
    wanted = None if columns is None else set(columns)
    try:
        frame = pd.read_csv(path, sep=separator, dtype=str, keep_default_na=False, na_values=[""],
                            quoting=csv.QUOTE_MINIMAL, engine="c", encoding=encoding,
                            usecols=None if wanted is None else (lambda c: c.strip() in wanted))
    except pd.errors.EmptyDataError:
        raise PeuplementError("Fichier vide : {}".format(path))
    except (pd.errors.ParserError, ValueError) as error:
        raise PeuplementError("Fichier {} : lecture impossible avec le séparateur « {} » ({})".format(
            path, separator, error))
    frame.columns = [str(c).strip() for c in frame.columns]
    frame.attrs["encoding"] = encoding
    frame.attrs["separator"] = separator
    frame.attrs["header"] = header
    return frame


def is_delimited_path(value):
    return isinstance(value, str) and value.lower().endswith(CSV_SUFFIXES)
