"""Tone against people: human-rated sets (tweets, film and product reviews) and each method's agreement with them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.paths import DATA_DIR
from analysis.tone.scoring import METHODS, combine, score_tone

VALIDATION_DIR = DATA_DIR / "validation"


VALIDATION_SETS = {
    "tweets": "tweets_GroundTruth.txt",
    "movie reviews": "movieReviewSnippets_GroundTruth.txt",
    "product reviews": "amazonReviewSnippets_GroundTruth.txt",
}


def load_validation_set(name: str, folder: str | Path = VALIDATION_DIR) -> pd.DataFrame:
    """A human-rated validation set: ``id``, ``rating`` (mean of ≥ 20 raters, -4 … 4), ``text``.

    ``name`` is one of :data:`VALIDATION_SETS` (``"tweets"``, ``"movie reviews"``,
    ``"product reviews"``).
    """
    path = Path(folder) / VALIDATION_SETS[name]
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=["id", "rating", "text"],
        encoding="utf-8-sig",
        quoting=3,
        dtype={"id": "string", "text": "string"},
    )


def validate_tone(
    frame: pd.DataFrame,
    text_col: str = "text",
    rating_col: str = "rating",
    methods: Sequence[str] = METHODS,
    clear: float = 1.0,
    **score_kwargs,
) -> pd.DataFrame:
    """Score a human-rated set with every method and compare with the ratings.

    Parameters
    ----------
    frame : pandas.DataFrame
        Texts with a human rating.
    text_col, rating_col : str
        Column names.
    methods : sequence of str
        Methods to compare.
    clear : float
        Items with ``|rating| >= clear`` are clearly positive or negative; sign
        agreement is measured on them.
    **score_kwargs
        Passed to :func:`score_tone` (``adjustments``, ``workers``, ``progress``).

    Returns
    -------
    pandas.DataFrame
        Per method: ``n``, ``pearson``, ``spearman``, ``sign_agreement`` (share of
        clear items whose score has the rating's sign) and ``n_clear``.

    """
    scored = score_tone(frame, text_col, **score_kwargs)
    rating = scored[rating_col].astype(float)
    clear_items = rating.abs() >= clear
    rows = []
    for method in methods:
        score = combine(scored["polarity"], scored["vader_compound"], method)
        rows.append(
            {
                "method": method,
                "n": int(score.notna().sum()),
                "pearson": score.corr(rating),
                "spearman": score.rank().corr(rating.rank()),
                "sign_agreement": float((np.sign(score[clear_items]) == np.sign(rating[clear_items])).mean()),
                "n_clear": int(clear_items.sum()),
            }
        )
    return pd.DataFrame(rows)
