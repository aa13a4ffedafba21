from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import schema


def _via_objects(values: list[object], dtype: str) -> pd.Series:
    """What conform does for a column that has no direct cast."""
    frame = pd.DataFrame({"x": pd.Series(values, dtype=object)})
    series = pd.Series(frame["x"].to_numpy(dtype=object))
    if dtype == "float64":
        return pd.to_numeric(series, errors="coerce").astype("float64")
    return series.astype(dtype)


@pytest.mark.parametrize(
    ("values", "source", "dtype"),
    [
        ([3, 0, -7], "int64", "Int64"),
        ([3, 0, -7], "int64", "float64"),
        ([2.0, np.nan, 5.0], "float64", "Int64"),
        ([True, False], "bool", "boolean"),
        (["a", None, "c"], "str", "string"),
        (["a", None, "c"], "string", "string"),
    ],
)
def test_direct_casts_equal_the_object_route(values: list, source: str, dtype: str) -> None:
    typed = pd.Series(values, dtype=source)
    direct = schema._direct(typed, dtype)
    assert direct is not None
    pd.testing.assert_series_equal(
        direct.reset_index(drop=True), _via_objects(values, dtype), check_names=False
    )


def test_objects_and_unknown_dtypes_take_the_object_route() -> None:
    assert schema._direct(pd.Series([1, None], dtype=object), "Int64") is None
    assert schema._direct(pd.Series([True]), "float64") is None
    assert schema._direct(pd.Series([["a"]], dtype=object), "object") is None


def test_conform_keeps_typed_columns_and_casts_the_rest() -> None:
    frame = pd.DataFrame(
        {
            "speaker_id": pd.Series(["a", "b"], dtype="string"),
            "speaker_name": ["Ann", None],
            "quotes": [2, 3],
            "words": [10.0, np.nan],
            "extra": [1, 2],
        }
    )
    out = schema.conform(frame, "speakers")
    assert list(out.columns) == [c.name for c in schema.SPEAKERS]
    assert [str(out[c].dtype) for c in ("speaker_id", "speaker_name", "quotes", "words")] == [
        "string",
        "string",
        "Int64",
        "Int64",
    ]
    assert out["speaker_name"].isna().tolist() == [False, True]
    assert out["words"].tolist()[0] == 10 and out["words"].isna().tolist() == [False, True]
    assert out["compound"].isna().all()


def test_the_readability_columns_are_the_keys_readability_gives() -> None:
    from analysis.measures.readability import COUNTS, FORMULAS, readability

    assert [c.name for c in schema.FORMULAS] == list(FORMULAS)
    assert [c.name for c in schema.READABILITY] == [*FORMULAS, *COUNTS]
    assert set(readability("One short sentence here. And another one.")) == set(
        schema.READABILITY_KEYS
    )
    assert all(c.direction.endswith("is harder") for c in schema.FORMULAS)


def test_extract_quotes_gives_the_quotes_table_columns_with_their_dtypes() -> None:
    import analysis

    got = analysis.extract_quotes("“We will win,” Jane Doe said.")
    expected = {c.name: c.dtype for c in schema.EXTRACTED_QUOTES}
    assert {name: str(dtype) for name, dtype in got.dtypes.items()} == expected
    table = [c.name for c in schema.QUOTES]
    assert list(got.columns) == [name for name in table if name in expected]
