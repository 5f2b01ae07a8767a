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


HEAD_BYTES = 1 << 20


def sniff(path, encoding="auto", separator="auto"):
    """``(encoding, separator, header)`` of a delimited file; "auto" values are detected
    from its first MiB. An auto-detected "utf-8" may still turn out to be Windows-1252
    further down: ``read_delimited`` then reads it again as such."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        raise PeuplementError("Fichier illisible : {} ({})".format(path, error.strerror))
    if not head or (head.isspace() and len(head) < HEAD_BYTES):
        raise PeuplementError("Fichier vide : {}".format(path))
    if len(head) == HEAD_BYTES:
        if b"\n" not in head and b"\r" not in head:
            raise PeuplementError("Fichier {} : sa première ligne dépasse {} Mio ; ce n'est pas l'en-tête d'un "
                                  "tableau (fichier binaire, ou sans fin de ligne ?).".format(path, HEAD_BYTES >> 20))
        head = head[:max(head.rfind(b"\n"), head.rfind(b"\r"))]  # never cut a multi-byte character in two
    if encoding in (None, "", "auto"):
        encoding = detect_encoding(head)
    elif encoding.lower().replace("-", "").replace("_", "") == "utf8" and head.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    try:
        first_line = head.split(b"\n", 1)[0].decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise PeuplementError("Fichier {} : il n'est pas dans l'encodage {} ({}). Essayez ENCODING=cp1252 "
                              "ou utf-8.".format(path, encoding, error))
    first_line = first_line.split("\r", 1)[0].lstrip("\ufeff")  # old Mac files end lines with CR only
    if separator in (None, "", "auto"):
        separator = detect_separator(first_line)
    elif separator in ("\\t", "tab", "tabulation"):
        separator = "\t"
    try:
        header = [c.strip().strip('"') for c in next(csv.reader([first_line], delimiter=separator))]
    except csv.Error as error:
        raise PeuplementError("Fichier {} : en-tête illisible ({}).".format(path, error))
    return encoding, separator, header


def read_delimited(path, encoding="auto", separator="auto", columns=None, sniffed=None, numeric=()):
    """The file at ``path`` as a DataFrame of strings (blanks become NaN).

    ``columns`` limits the read to those header names: an algorithm that needs six
    columns of a forty-column RPLS file does not parse the other thirty-four.
    ``sniffed`` passes on what ``sniff`` already found. Columns named in ``numeric`` are
    left to the C reader's number inference (a column it cannot read as numbers still
    comes as text); all others are read as text, so that leading zeros survive.
    """
    auto = encoding in (None, "", "auto")
    encoding, separator, header = sniffed or sniff(path, encoding, separator)
    wanted = None if columns is None else set(columns)
    dtype = {c: str for c in header if c not in set(numeric)} if numeric else str

    def read(encoding_):
        return pd.read_csv(path, sep=separator, dtype=dtype, keep_default_na=False, na_values=[""],
                           quoting=csv.QUOTE_MINIMAL, engine="c", encoding=encoding_,
                           usecols=None if wanted is None else (lambda c: c.strip() in wanted))

    try:
        try:
            frame = read(encoding)
        except UnicodeDecodeError as error:
            if not (auto and encoding == "utf-8"):
                raise PeuplementError("Fichier {} : il n'est pas dans l'encodage {} ({}). Essayez "
                                      "ENCODING=cp1252 ou utf-8.".format(path, encoding, error))
            encoding = "cp1252"  # UTF-8 at the top, Windows-1252 further down
            frame = read(encoding)
    except pd.errors.EmptyDataError:
        raise PeuplementError("Fichier vide : {}".format(path))
    except (pd.errors.ParserError, ValueError) as error:
        if isinstance(error, PeuplementError):
            raise
        raise PeuplementError("Fichier {} : lecture impossible avec le séparateur « {} » ({})".format(
            path, separator, error))
    frame.columns = [str(c).strip() for c in frame.columns]
    frame.attrs["encoding"] = encoding
    frame.attrs["separator"] = separator
    frame.attrs["header"] = header
    return frame


def is_delimited_path(value):
    return isinstance(value, str) and value.lower().endswith(CSV_SUFFIXES)
