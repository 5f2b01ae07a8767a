"""The arithmetic every indicator shares: rates as ratios of sums (NULL where the
denominator is 0), and nullable columns as plain floats for fast comparisons."""

import numpy as np
import pandas as pd


def floats(series):
    """Nullable ints / booleans as plain floats, NaN = unknown (numpy compares them fast).
    An object column may hold ``pd.NA`` (a layer read with NULLs), which float() refuses."""
    if series.dtype == object:
        series = pd.to_numeric(series.mask(series.isna()), errors="coerce")
    return series.to_numpy(dtype="float64", na_value=np.nan)


def rate(numerator, denominator):
    """100 × numerator / denominator, NULL where the denominator is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        value = 100.0 * numerator / denominator
    return value.where(denominator > 0)


def mean(total, count):
    """total / count, NULL where the count is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        value = total / count
    return value.where(count > 0)
