import numpy as np
import pandas as pd

from peuplement_plugin.core.flags import flags


def test_object_column_with_missing_values():
    # what a GeoPackage boolean with NULLs gives: True/False/None in an object column
    column = pd.Series([True, None, False, np.nan, 1, 0], index=list("abcdef"), dtype=object)
    assert flags(column).to_dict() == {"a": True, "b": False, "c": False, "d": False, "e": True, "f": False}


def test_nullable_boolean_and_float():
    assert flags(pd.Series([True, pd.NA, False], dtype="boolean")).tolist() == [True, False, False]
    assert flags(pd.Series([1.0, np.nan, 0.0])).tolist() == [True, False, False]


def test_values_and_index():
    result = flags([True, None], index=[10, 11])
    assert result.dtype == bool and result.index.tolist() == [10, 11] and result.tolist() == [True, False]
