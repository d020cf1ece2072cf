"""The two tone lexicons, TextBlob's pattern analyser and VADER, with user adjustments.

Both lexicons ship inside their packages (nothing is downloaded). A user's
tone-adjustment file (``data/tone_adjustments.csv``, empty by default) overrides or
adds entries; it is applied identically wherever a lexicon is used, so
:func:`analysis.score_tone` and :func:`analysis.explain_tone` always agree.

Adjustment file columns: ``word`` (lower case), ``polarity`` (-1 … 1, TextBlob's
scale), ``subjectivity`` (0 … 1), ``intensity`` (TextBlob's modifier strength,
default 1), ``vader`` (-4 … 4, VADER's valence; empty leaves VADER alone), ``note``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.errors import CorpusError
from analysis.paths import DATA_DIR

DEFAULT_ADJUSTMENTS = DATA_DIR / "tone_adjustments.csv"


@dataclass(frozen=True)
class Adjustment:
    """One lexicon entry to override or add."""

    word: str
    polarity: float | None
    subjectivity: float | None
    intensity: float
    vader: float | None


def read_adjustments(path: str | Path | None = None) -> tuple[Adjustment, ...]:
    """Read a tone-adjustment file (default ``data/tone_adjustments.csv``; none if absent).

    Raises
    ------
    CorpusError
        If the file lacks a ``word`` column or holds a value out of range.

    """
    path = Path(path) if path is not None else DEFAULT_ADJUSTMENTS
    if not path.is_file():
        return ()
    table = pd.read_csv(path, dtype={"word": "string"}, comment=None)
    if "word" not in table.columns:
        raise CorpusError(f"{path}: a tone-adjustment file needs a 'word' column; found {list(table.columns)}")
    out = []
    for row_no, row in enumerate(table.to_dict("records"), start=2):

        def num(name: str, low: float, high: float, row: dict = row, row_no: int = row_no) -> float | None:
            value = row.get(name)
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return None
            value = float(value)
            if not low <= value <= high:
                raise CorpusError(f"{path}: line {row_no}: {name} {value} is outside {low} … {high}")
            return value

        word = str(row["word"]).strip().lower()
        intensity = num("intensity", 0.0, 10.0)
        out.append(
            Adjustment(word, num("polarity", -1, 1), num("subjectivity", 0, 1), intensity or 1.0, num("vader", -4, 4))
        )
    return tuple(out)


@lru_cache(maxsize=8)
def textblob_lexicon(adjustments: tuple[Adjustment, ...] = ()):
    """TextBlob's English sentiment lexicon (pattern's ``Sentiment``), loaded, with adjustments applied.

    Called on a text it scores as ``TextBlob(text).sentiment`` does; lookups skip
    TextBlob's lazy-loading wrapper. :func:`textblob_scorer` gives the same
    scores faster; :func:`analysis.explain_tone` uses this for the phrases.
    """
    from textblob.en import Sentiment
    from textblob.en import sentiment as base

    class _Lexicon(Sentiment):
        __contains__ = dict.__contains__
        __getitem__ = dict.__getitem__
        get = dict.get

    lexicon = _Lexicon(
        path=base.path,
        synset="wordnet_id",
        negations=base.negations,
        modifiers=base.modifiers,
        modifier=base.modifier,
        tokenizer=base.tokenizer,
    )
    lexicon.load()
    for adj in adjustments:
        if adj.polarity is None and adj.subjectivity is None:
            continue
        entry = dict(dict.get(lexicon, adj.word, {}) or {None: (0.0, 0.0, 1.0)})
        for pos, (p, s, _) in list(entry.items()):
            entry[pos] = (
                adj.polarity if adj.polarity is not None else p,
                adj.subjectivity if adj.subjectivity is not None else s,
                adj.intensity,
            )
        dict.__setitem__(lexicon, adj.word, entry)
    return lexicon


@lru_cache(maxsize=8)
def textblob_scorer(adjustments: tuple[Adjustment, ...] = ()):
    """A scorer of TextBlob's polarity and subjectivity: ``scorer(text) -> (polarity, subjectivity)``.

    The fast :class:`~analysis.tone.textblob_sentiment.TextBlobScorer` with the
    TextBlob version it was tested against, else pattern's own lexicon call.
    """
    from analysis._engine.shadows import use_fast_path
    from analysis.tone.textblob_sentiment import TextBlobScorer

    lexicon = textblob_lexicon(adjustments)
    if use_fast_path("textblob", "The fast TextBlob scorer"):
        return TextBlobScorer(lexicon)
    return _LibraryTextBlob(lexicon)


class _LibraryTextBlob:
    """TextBlob's own sentiment code: pattern's lexicon scores the text (as ``TextBlob(text).sentiment``)."""

    def __init__(self, lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, text: str) -> tuple[float, float]:
        polarity, subjectivity = self.lexicon(text)
        return float(polarity), float(subjectivity)


@lru_cache(maxsize=8)
def vader_analyzer(adjustments: tuple[Adjustment, ...] = ()):
    """A VADER analyser (lexicon shipped in the package) with adjustments applied."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    for adj in adjustments:
        if adj.vader is not None:
            analyzer.lexicon[adj.word] = adj.vader
    return analyzer


@lru_cache(maxsize=8)
def vader_scorer(adjustments: tuple[Adjustment, ...] = ()):
    """A scorer of VADER's compound with adjustments applied: ``scorer.compound(text) -> float``.

    The fast :class:`~analysis.tone.vader.VaderScorer` with the vaderSentiment
    version it was tested against, else VADER's own ``polarity_scores``.
    """
    from analysis._engine.shadows import use_fast_path
    from analysis.tone.vader import VaderScorer

    analyzer = vader_analyzer(adjustments)
    if use_fast_path("vaderSentiment", "The fast VADER scorer"):
        return VaderScorer(analyzer)
    return _LibraryVader(analyzer)


class _LibraryVader:
    """VADER's own code: ``polarity_scores(text)["compound"]``."""

    def __init__(self, analyzer) -> None:
        self.analyzer = analyzer

    def compound(self, text: str) -> float:
        """VADER's compound score of ``text``."""
        return self.analyzer.polarity_scores(text)["compound"]
