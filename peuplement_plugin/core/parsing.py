"""Vectorised parsers from raw columns to canonical types.

Every parser takes a pandas Series of raw values (str, numbers, datetimes, None or
NaN) and returns ``(values, invalid)``: the parsed Series and a boolean mask of the
rows whose raw value was present but could not be read. Empty strings are missing
values, not invalid ones. Work is done once per distinct value (``pd.factorize``),
which keeps a million-row column with a few thousand distinct floors or dates fast.
"""

import datetime as _dt
import re

import numpy as np
import pandas as pd

from . import codes
from .flags import flags

# Date spellings met in RPLS, OPS and SNE exports, tried in this order.
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d", "%d/%m/%y")
# A date followed by a time of day ("2023-03-15T10:20", "15/03/2023 00:00:00").
_DATE_PREFIX = re.compile(r"^(\S+?)[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def distinct(series, blanks=True):
    """``(codes, uniques)`` of a column: -1 codes a missing value (None, NaN, NaT, and,
    with ``blanks``, a blank string). A categorical column is used as it is."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes_ = series.cat.codes.to_numpy().astype(np.int64)
        uniques = np.asarray(series.cat.categories, dtype=object)
    else:
        # A plain numpy column is factorized as an array: no Index to build (and infer).
        values = series.to_numpy() if isinstance(series.dtype, np.dtype) else series.array
        codes_, uniques = pd.factorize(values, use_na_sentinel=True)
        codes_ = codes_.astype(np.int64)
        uniques = np.asarray(uniques, dtype=object)
    if not blanks:
        return codes_, uniques
    blank = np.fromiter((isinstance(u, str) and not u.strip() for u in uniques), dtype=bool,
                        count=len(uniques))
    if blank.any():
        codes_ = np.where(blank[codes_] & (codes_ >= 0), -1, codes_)
    return codes_, uniques


def _take(values, codes_, fill):
    """Row values from one value per distinct raw value; ``fill`` where missing."""
    extended = np.append(np.asarray(values, dtype=object), fill)
    return extended[np.where(codes_ < 0, len(values), codes_)]


def is_missing(series):
    """Mask of missing raw values: None, NaN, NaT and blank strings."""
    codes_, _ = distinct(series)
    return pd.Series(codes_ < 0, index=series.index)


def _by_distinct_value(series, convert, dtype):
    """Apply ``convert(raw) -> value or None`` once per distinct raw value."""
    codes_, uniques = distinct(series)
    converted = [convert(u) for u in uniques]
    ok = np.array([c is not None for c in converted] + [False], dtype=bool)
    index = np.where(codes_ < 0, len(uniques), codes_)
    values = pd.Series(pd.array(converted + [None], dtype=dtype).take(index), index=series.index)
    invalid = pd.Series(~ok[index] & (codes_ >= 0), index=series.index)
    return values, invalid


def parse_text(series, zero_pad=0, max_length=None):
    """Trimmed strings; numbers written without a spurious ``.0``; blanks → None. A text
    longer than ``max_length`` is invalid (left empty): no real value runs that long."""
    if series.dtype.kind == "f":
        as_int = series.dropna()
        if (as_int == np.floor(as_int)).all():
            series = series.astype("Int64")
    codes_, uniques = distinct(series, blanks=False)
    text = pd.Index(uniques, dtype=object)
    if pd.api.types.infer_dtype(text, skipna=True) != "string":
        text = text.astype(str)
    if _needs_strip(text):
        text = text.str.strip()
    if zero_pad:
        short = text.str.fullmatch(r"\d+") & (text.str.len() < zero_pad)
        text = text.where(~short, text.str.zfill(zero_pad))
    too_long = np.zeros(len(text), dtype=bool) if max_length is None else \
        np.asarray(text.str.len() > max_length, dtype=bool)
    text = np.asarray(text, dtype=object)
    text[text == ""] = None
    text[too_long] = None
    values = pd.Series(_take(text, codes_, None), index=series.index, dtype=object)
    # How many distinct values: lets the importer skip a duplicate search on a unique key.
    values.attrs["distinct"] = len(uniques)
    invalid = pd.Series(np.isin(codes_, np.flatnonzero(too_long)) if too_long.any() else False,
                        index=series.index)
    return values, invalid


# White space that str.strip() removes and real files carry (tabs, no-break spaces…).
_SPACES = " \t\r\n\x0b\x0c\xa0\u2007\u202f\u3000"


def _needs_strip(strings):
    """Whether any string starts or ends with white space: one C-speed scan of the joined
    values, where stripping a million identifiers one by one would cost a Python call each."""
    joined = "\x00".join(strings)
    if joined.count("\x00") != max(len(strings) - 1, 0):
        return True  # a value holds the separator itself: strip them all, to be safe
    if joined[:1].isspace() or joined[-1:].isspace():
        return True
    return any(("\x00" + space) in joined or (space + "\x00") in joined for space in _SPACES)


def _clean_number_text(value):
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in text and "." in text:
        # The last of the two marks is the decimal one: "1.234,56" and "1,234.56".
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")  # "412,35"
    return text


def parse_float(series):
    """Numbers with a decimal point or a decimal comma, spaces as thousands separators."""
    if series.dtype.kind in "iuf":
        values = series.astype("float64")
        infinite = np.isinf(values.to_numpy())
        return values.mask(infinite), pd.Series(infinite, index=series.index)
    codes_, uniques = distinct(series)
    numbers = pd.to_numeric(pd.Series(uniques, dtype=object), errors="coerce")
    retry = numbers.isna().to_numpy()
    if retry.any():
        # "412,35": the decimal comma, the common French case, swapped in one go…
        text = pd.Series(uniques[retry], dtype=object)
        if pd.api.types.infer_dtype(text, skipna=True) == "string":
            numbers[retry] = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce").to_numpy()
        retry = numbers.isna().to_numpy()
    if retry.any():
        # … then thousands separators and mixed marks, value by value.
        numbers[retry] = pd.to_numeric(pd.Series(uniques[retry], dtype=object).map(_clean_number_text),
                                       errors="coerce").to_numpy()
    numbers = numbers.to_numpy(dtype="float64")
    numbers[~np.isfinite(numbers)] = np.nan  # "inf", "1e999": no count or amount is infinite
    index = np.where(codes_ < 0, len(numbers), codes_)
    values = np.append(numbers, np.nan)[index]
    invalid = np.isnan(values) & (codes_ >= 0)
    return pd.Series(values, index=series.index), pd.Series(invalid, index=series.index)


INT_MAX = 2 ** 31 - 1


def parse_int(series):
    """Whole numbers; a value with a fractional part is invalid."""
    values, invalid = parse_float(series)
    # Beyond the 32-bit integer fields of the outputs, a "whole number" is a typing error.
    fractional = values.notna() & ((values != np.floor(values.fillna(0))) | (values.abs() > INT_MAX))
    values = values.where(~fractional)
    return values.round().astype("Int64"), invalid | fractional


def _floor(value):
    if isinstance(value, (int, np.integer)):
        number = int(value)
    elif isinstance(value, (float, np.floating)):
        if value != np.floor(value):
            return None
        number = int(value)
    else:
        label = codes.normalise_label(value)
        if label in codes.FLOOR_WORDS:
            return codes.FLOOR_WORDS[label]
        match = re.fullmatch(r"([+-]?\d+)\s*(er|e|eme|ieme)?", label)
        if not match:
            return None
        number = int(match.group(1))
    if not codes.FLOOR_MIN <= number <= codes.FLOOR_MAX:
        return None
    return number


def parse_floor(series):
    """RPLS ``ETAGE``: "RC"/"RDC" → 0, "00" → 0, "-1"/"SS" basements, blanks → NULL.
    Floors outside [FLOOR_MIN, FLOOR_MAX] are invalid (a typing error, not a tower)."""
    return _by_distinct_value(series, _floor, "Int64")


def _date(value):
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.normalize()
    if isinstance(value, (_dt.datetime, _dt.date)):
        return pd.Timestamp(value.year, value.month, value.day)
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).normalize()
    text = str(value).strip()
    prefix = _DATE_PREFIX.match(text)
    if prefix:
        text = prefix.group(1)
    for fmt in DATE_FORMATS:
        try:
            parsed = _dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        if 1900 <= parsed.year <= 2100:
            return pd.Timestamp(parsed)
    return None


def parse_date(series):
    """Dates in any of ``DATE_FORMATS``; impossible dates (31/02) are invalid."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return series.dt.normalize(), pd.Series(False, index=series.index)
    codes_, uniques = distinct(series)
    # The common spellings in C first, the odd ones value by value.
    parsed = pd.Series(pd.NaT, index=range(len(uniques)), dtype="datetime64[ns]")
    remaining = np.ones(len(uniques), dtype=bool)
    text = pd.Series(uniques, dtype=object)
    for fmt, shape in (("%d/%m/%Y", r"\d{2}/\d{2}/\d{4}"), ("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}")):
        if not remaining.any():
            break
        candidates = text[remaining]
        candidates = candidates[candidates.map(type).eq(str).to_numpy()]
        # pandas reads ISO formats leniently ("2023" would pass): keep the exact shape only.
        strings = candidates[flags(candidates.str.fullmatch(shape)).to_numpy()]
        found = pd.to_datetime(strings, format=fmt, errors="coerce")
        found = found[found.notna() & (found.dt.year >= 1900) & (found.dt.year <= 2100)]
        parsed[found.index] = found
        remaining[found.index] = False
    for i in np.flatnonzero(remaining):
        value = _date(uniques[i])
        if value is not None:
            parsed[i] = value
    ok = np.append(parsed.notna().to_numpy(), False)
    index = np.where(codes_ < 0, len(uniques), codes_)
    values = pd.Series(np.append(parsed.to_numpy(), np.datetime64("NaT"))[index], index=series.index)
    invalid = pd.Series(~ok[index] & (codes_ >= 0), index=series.index)
    return values, invalid


def _lookup(table):
    def convert(value):
        if isinstance(value, bool):
            return value
        if isinstance(value, (float, np.floating)) and value == np.floor(value):
            value = int(value)
        return table.get(codes.normalise_label(value))
    return convert


def parse_bool(series):
    if series.dtype == bool:
        return series.astype("boolean"), pd.Series(False, index=series.index)
    return _by_distinct_value(series, _lookup(codes.BOOLEAN), "boolean")


def _int_code(allowed):
    def convert(value):
        try:
            number = float(_clean_number_text(value))
        except ValueError:
            return None
        if number != np.floor(number) or int(number) not in allowed:
            return None
        return int(number)
    return convert


def parse_mode(series):
    return _by_distinct_value(series, _int_code(codes.MODE_OCCUPATION), "Int64")


def parse_contingent(series):
    return _by_distinct_value(series, _int_code(codes.CONTINGENT), "Int64")


def _finan(value):
    code = _int_code(codes.FINAN_GROUPS)(value)
    if code is not None:
        return codes.FINAN_GROUPS[code]
    return codes.FINAN_LABELS.get(codes.normalise_label(value))


def parse_finan(series):
    """FINAN codes or family names → PLAI / PLUS / PLS / PLI / AUTRE."""
    return _by_distinct_value(series, _finan, "object")


def parse_composition(series):
    return _by_distinct_value(series, _lookup(codes.COMPOSITION), "object")


def parse_activite(series):
    return _by_distinct_value(series, _lookup(codes.ACTIVITE), "object")


def _tranche(value):
    label = codes.normalise_label(value).replace(" ", "")
    return codes.TRANCHE_PLAFOND.get(label) or codes.TRANCHE_PLAFOND.get(codes.normalise_label(value))


def parse_tranche(series):
    return _by_distinct_value(series, _tranche, "object")


def _qpv(value):
    text = str(value).strip()
    if codes.normalise_label(text) in codes.HORS_QPV_CODES:
        return ""
    return text.upper()


def parse_qpv(series):
    """QPV code; "HZ", "CSZ" and blanks mean outside any QPV (domain.md 3.1): empty string."""
    values, invalid = _by_distinct_value(series, _qpv, "object")
    return values.where(values.notna(), ""), invalid
