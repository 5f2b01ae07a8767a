"""Yes/no columns read as booleans, missing values as False.

``series.fillna(False).astype(bool)`` does this on pandas 1.5, but on an object column
(what a GeoPackage boolean with NULLs gives) pandas 2.2 warns that fillna's silent
downcasting is deprecated. This does the same on both, without the downcast.
"""

import pandas as pd


def flags(values, index=None):
    """``values`` (a Series, or anything a Series is made of) as a bool Series: the truth of
    each value, False where it is missing (None, NaN, NA)."""
    series = values if isinstance(values, pd.Series) else pd.Series(values, index=index, dtype=object)
    missing = series.isna().to_numpy()
    out = series.to_numpy(dtype=object, copy=True)
    out[missing] = False
    return pd.Series(out.astype(bool), index=series.index, name=series.name)
