"""Tone against people: human-rated sets (news sentences, tweets, film and product reviews) and each method's agreement.

``"news"`` is the held-out test split of NewsMTSC (Hamborg & Donnay 2021):
English news sentences whose sentiment towards one person in them was judged by
crowd raters (-1, 0, 1; a sentence's rating is the mean over its targets). Its
labels concern a person, not the whole sentence, so any sentence-level score
only approximates them. ``"news train"`` is the split the news lexicon was
fitted and its settings cross-validated on, ``"news dev"`` the split they were
checked on (:mod:`analysis.tone.news`); do not judge a method by them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.paths import DATA_DIR
from analysis.tone.scoring import METHODS, combine, score_tone

VALIDATION_DIR = DATA_DIR / "validation"


#: The sets :func:`validate_tone` is judged on, news first: the domain of this suite.
VALIDATION_SETS = {
    "news": "newsmtsc/test.jsonl",
    "tweets": "tweets_GroundTruth.txt",
    "movie reviews": "movieReviewSnippets_GroundTruth.txt",
    "product reviews": "amazonReviewSnippets_GroundTruth.txt",
}
#: The news splits the news lexicon was fitted and cross-validated on (train) and checked on (dev).
TUNING_SETS = {
    "news train": "newsmtsc/train.jsonl",
    "news dev": "newsmtsc/dev.jsonl",
    "news test": "newsmtsc/test.jsonl",
}


def _default_scoring(score_kwargs: dict) -> bool:
    """Whether :func:`score_tone` is asked for its default scores (only progress bars or workers chosen)."""
    return set(score_kwargs) <= {"progress", "workers"}


def scored_validation_set(name: str, folder: str | Path = VALIDATION_DIR, **score_kwargs) -> pd.DataFrame:
    """A human-rated set scored with every method (:func:`score_tone`), computed once and then read from the cache.

    The scores depend only on the package and the set's file, not on any corpus:
    they are kept in the derived-table cache (``data/processed`` or
    ``$ANALYSIS_CACHE_DIR``) under a key of the package's version and source and
    the file's content, so a report re-checks them only when either changes.
    ``score_kwargs`` (``progress``, ``workers``) are passed to :func:`score_tone`.
    """
    from analysis._engine.cache import DerivedCache
    from analysis._engine.hashing import content_hash

    path = validation_file(name, folder)
    options = {"set": name, "file": content_hash(path.read_bytes())}
    cache = DerivedCache()
    cached = cache.load("tone_validation", options)
    if cached is not None:
        return cached
    scored = score_tone(load_validation_set(name, folder), **score_kwargs)
    scored.attrs = {}
    cache.save("tone_validation", options, scored.reset_index(drop=True))
    return scored.reset_index(drop=True)


def validation_file(name: str, folder: str | Path = VALIDATION_DIR) -> Path:
    """The file of a validation set (see :func:`load_validation_set`); an unknown name or missing file is an error."""
    files = {**VALIDATION_SETS, **TUNING_SETS}
    if name not in files:
        raise ValueError(f"unknown validation set {name!r}; use one of {list(files)}")
    path = Path(folder) / files[name]
    if not path.is_file():
        raise FileNotFoundError(f"validation set {name!r}: no file {path}")
    return path


def load_validation_set(name: str, folder: str | Path = VALIDATION_DIR) -> pd.DataFrame:
    """A human-rated validation set: ``id``, ``rating``, ``text``.

    ``name`` is one of :data:`VALIDATION_SETS` (``"news"``, ``"tweets"``,
    ``"movie reviews"``, ``"product reviews"``) or :data:`TUNING_SETS`. Ratings
    run -4 … 4 (the mean of at least 20 raters) in the VADER authors' sets and
    -1 … 1 in the news sets (the mean label of a sentence's targets; one row
    per distinct sentence).
    """
    path = validation_file(name, folder)
    if path.suffix == ".jsonl":
        labels = pd.read_json(path, lines=True, dtype={"id": "string"})
        frame = labels.groupby("sentence", sort=False).agg(id=("id", "first"), rating=("polarity", "mean"))
        frame = frame.reset_index().rename(columns={"sentence": "text"})[["id", "rating", "text"]]
        return frame.astype({"id": "string", "text": "string", "rating": float})
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
    frame: pd.DataFrame | None = None,
    text_col: str = "text",
    rating_col: str = "rating",
    methods: Sequence[str] = METHODS,
    clear: float = 1.0,
    folder: str | Path = VALIDATION_DIR,
    **score_kwargs,
) -> pd.DataFrame:
    """Score a human-rated set (or every set) with every method and compare with the ratings.

    Parameters
    ----------
    frame : pandas.DataFrame, optional
        Texts with a human rating. None: every set of :data:`VALIDATION_SETS`
        (news first), with a ``set`` column in front.
    text_col, rating_col : str
        Column names.
    methods : sequence of str
        Methods to compare.
    clear : float
        Items with ``|rating| >= clear`` are clearly positive or negative; sign
        agreement is measured on them (1: on the news sets, every rater's target
        label agrees; on the others, at least "slightly" on -4 … 4).
    folder : path
        Where the sets are, when ``frame`` is None (default ``data/validation``).
    **score_kwargs
        Passed to :func:`score_tone` (``adjustments``, ``workers``, ``progress``).

    Returns
    -------
    pandas.DataFrame
        Per method: ``n``, ``pearson``, ``spearman``, ``sign_agreement`` (share of
        clear items whose score has the rating's sign) and ``n_clear``.

    """
    if frame is None:
        every = {
            name: agreement_with_ratings(
                scored_validation_set(name, folder, **score_kwargs) if _default_scoring(score_kwargs)
                else score_tone(load_validation_set(name, folder), **score_kwargs),
                "rating", methods, clear,
            )
            for name in VALIDATION_SETS
        }  # fmt: skip
        return pd.concat(every, names=["set"]).reset_index(level=0).reset_index(drop=True)
    return agreement_with_ratings(score_tone(frame, text_col, **score_kwargs), rating_col, methods, clear)


def agreement_with_ratings(
    scored: pd.DataFrame, rating_col: str = "rating", methods: Sequence[str] = METHODS, clear: float = 1.0
) -> pd.DataFrame:
    """Each method's agreement with the human ratings of a scored set (see :func:`validate_tone`)."""
    rating = scored[rating_col].astype(float)
    clear_items = rating.abs() >= clear
    rows = []
    for method in methods:
        score = combine(scored["polarity"], scored["vader_compound"], method, scored["news_correction"])
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
