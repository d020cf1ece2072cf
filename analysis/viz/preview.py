"""Tables shown in notebooks: a few columns with long text cut short."""

from __future__ import annotations

import pandas as pd


def frame_preview(frame: pd.DataFrame, columns: list[str], width: int = 80) -> pd.DataFrame:
    """A copy of some columns with long text cut to ``width`` characters, for showing in notebooks."""
    out = frame[columns].copy()
    for column in columns:
        if pd.api.types.is_string_dtype(out[column]) or out[column].dtype == object:
            out[column] = out[column].astype("string").str.slice(0, width)
    return out
