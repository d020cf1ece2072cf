"""Memory helpers: arrays that hold one Python string per distinct value; rows kept one column at a time."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis._engine.memory import keep_rows_consuming, shared_strings


@pytest.mark.parametrize("dtype", ["string", "str", object])
def test_shared_strings_equal_the_plain_object_array_and_share_repeated_values(dtype):
    values = pd.Series(["Ann Lee", "the company", None, "Ann Lee", "", "the company"] * 50, dtype=dtype)
    shared, plain = shared_strings(values), values.to_numpy(dtype=object)
    assert shared.dtype == object and len(shared) == len(plain)
    assert all((pd.isna(a) and pd.isna(b)) if pd.isna(b) else a == b for a, b in zip(shared, plain, strict=True))
    assert [type(a) for a in shared] == [type(b) for b in plain]
    firsts = [i for i, v in enumerate(plain) if isinstance(v, str) and v == "Ann Lee"]
    assert all(shared[i] is shared[firsts[0]] for i in firsts)  # one object for every row of a value
    shared[0] = "changed"  # replacing a row's value leaves the rows that shared it alone
    assert shared[firsts[1]] == "Ann Lee"
    assert shared_strings(pd.Series([], dtype=dtype)).shape == (0,)
    assert isinstance(shared_strings(np.array(["a", "b", "a"], dtype=object)), np.ndarray)


def test_keep_rows_consuming_equals_a_boolean_take_and_empties_the_frame():
    frame = pd.DataFrame(
        {
            "text": pd.array(["a", None, "ccc", "dd", "e"], dtype="string"),
            "n": np.arange(5, dtype=np.int64),
            "when": pd.to_datetime(["2022-01-01", None, "2022-01-03", "2022-01-04", "2022-01-05"], utc=True),
            "grams": pd.arrays.ArrowExtensionArray(pa.array([b"x", b"", b"yz", b"w", b"v"], pa.large_binary())),
        }
    )
    keep = np.array([True, False, True, False, True])
    expected = frame[keep].reset_index(drop=True)
    out = keep_rows_consuming(frame, keep)
    pd.testing.assert_frame_equal(out, expected)
    assert list(frame.columns) == []  # each column was taken out of the frame as its rows were kept
