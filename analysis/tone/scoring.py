"""Tone: polarity and subjectivity of articles, sentences and statements, validated and explained.

Two independent lexicons score every text: TextBlob's pattern analyser
(``polarity`` -1 … 1, ``subjectivity`` 0 … 1) and VADER (``vader_compound``
-1 … 1). VADER was built for sentences and short posts and saturates on long
texts (its compound normalises a sum), so a text longer than
:data:`VADER_WHOLE_MAX_WORDS` words is split into sentences, each is scored, and
the compound scores are averaged.
A third column, ``news_correction``, is the news lexicon's correction
(:mod:`analysis.tone.news`: word weights fitted on human-rated news sentences,
faded where VADER is sure or the words are not news vocabulary), averaged over
the same sentences as VADER's score.
``tone`` is the score of the chosen method:

- ``"textblob"``: the polarity;
- ``"vader"``: the sentence-averaged VADER compound;
- ``"ensemble"``: ``0.3 * polarity + 0.7 * vader_compound``;
- ``"news"`` (default): the ensemble plus ``news_correction``.

Against human ratings (:func:`validate_tone`) the ensemble correlates with
people at least as well as the better lexicon on tweets, film and product
reviews; the news method keeps those correlations and adds about 0.05 on news
sentences (NewsMTSC's held-out test split; the README has the figures).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.hashing import text_key
from analysis._engine.parallel import map_chunks
from analysis.text.sentences import sentence_spans
from analysis.tone.lexicons import (
    Adjustment,
    read_adjustments,
    textblob_scorer,
    vader_scorer,
)
from analysis.tone.news import news_correction

METHODS = ("textblob", "vader", "ensemble", "news")


LEXICONS = ("textblob", "vader")


_NEEDS = {
    "textblob": {"textblob"},
    "vader": {"vader"},
    "ensemble": {"textblob", "vader"},
    "news": {"textblob", "vader"},
}


DEFAULT_METHOD = "news"


ENSEMBLE_WEIGHTS = {"polarity": 0.3, "vader_compound": 0.7}


#: The scores each text gets from the lexicons (``score_texts``' columns, in order).
SCORE_COLUMNS = ("polarity", "subjectivity", "vader_compound", "news_correction")
TONE_COLUMNS = [*SCORE_COLUMNS, "tone"]


ENGLISH = {"en", "und"}


#: Texts up to this many words are scored by VADER whole (as it was built for: a
#: sentence or a post); longer ones sentence by sentence, then averaged.
VADER_WHOLE_MAX_WORDS = 60


_NAN = float("nan")


def tone_units(text: str, spans: list | None = None) -> list[str]:
    """The pieces of ``text`` that VADER and the news lexicon score, whose scores are averaged.

    The whole text up to :data:`VADER_WHOLE_MAX_WORDS` words, else its
    sentences (``spans`` from :func:`analysis.text.sentences.sentence_spans`, if already
    made); none for a blank text.
    """
    if len(text.split(None, VADER_WHOLE_MAX_WORDS)) <= VADER_WHOLE_MAX_WORDS:  # stops splitting past the limit
        return [text] if text.strip() else []
    return [text[a:b] for a, b, _ in (sentence_spans(text) if spans is None else spans)]


@lru_cache(maxsize=200_000)
def _vader_sentence(sentence: str, adjustments: tuple[Adjustment, ...]) -> tuple[float, float]:
    """VADER's compound of a sentence and the news lexicon's correction of it."""
    compound = vader_scorer(adjustments).compound(sentence)
    return compound, news_correction(sentence, compound)


def score_text(
    text: str, adjustments: tuple[Adjustment, ...], lexicons: frozenset[str], spans: list | None = None
) -> tuple[float, ...]:
    """``(polarity, subjectivity, vader_compound, news_correction)`` of one text.

    NaN for an empty text or a lexicon not asked for (the news correction comes with VADER).
    """
    if not isinstance(text, str) or not text.strip():
        return _NAN, _NAN, _NAN, _NAN
    polarity = subjectivity = vader = correction = _NAN
    if "textblob" in lexicons:
        polarity, subjectivity = (float(x) for x in textblob_scorer(adjustments)(text))
    if "vader" in lexicons:
        pairs = [_vader_sentence(unit, adjustments) for unit in tone_units(text, spans)]
        if len(pairs) == 1:
            vader, correction = pairs[0]
        elif pairs:
            vader = sum(p[0] for p in pairs) / len(pairs)
            correction = sum(p[1] for p in pairs) / len(pairs)
    return polarity, subjectivity, vader, correction


def _score_chunk(texts: list, adjustments: tuple[Adjustment, ...], lexicons: frozenset[str]) -> list[tuple]:
    return [score_text(text, adjustments, lexicons) for text in texts]


def score_texts(
    texts: Sequence[str],
    adjustments: tuple[Adjustment, ...] = (),
    workers: int | None = None,
    progress: bool | None = None,
    lexicons: Sequence[str] = LEXICONS,
) -> np.ndarray:
    """Score texts with the lexicons: an array of shape ``(n, 4)``, columns as :data:`SCORE_COLUMNS`.

    Identical texts are scored once (by content hash); with ``workers > 1`` the
    unique texts are shared out between processes.
    """
    keys = [text_key(t) for t in texts]
    unique: dict[str, object] = {}
    for key, text in zip(keys, texts, strict=True):
        unique.setdefault(key, text)
    todo = list(unique.values())
    rows = map_chunks(
        _score_chunk, todo, adjustments, frozenset(lexicons), workers=workers, progress=progress, desc="tone"
    )
    scores = dict(zip(unique, rows, strict=True))
    return np.array([scores[k] for k in keys], dtype=float).reshape(len(keys), len(SCORE_COLUMNS))


def combine(
    polarity: pd.Series, vader: pd.Series, method: str = DEFAULT_METHOD, correction: pd.Series | None = None
) -> pd.Series:
    """The ``tone`` score of a method from the lexicon scores (``correction``: the news lexicon's, for ``"news"``)."""
    if method == "textblob":
        return polarity
    if method == "vader":
        return vader
    if method in ("ensemble", "news"):
        ensemble = ENSEMBLE_WEIGHTS["polarity"] * polarity + ENSEMBLE_WEIGHTS["vader_compound"] * vader
        if method == "ensemble":
            return ensemble
        if correction is None:
            raise ValueError("the 'news' tone method needs the news_correction column (score_tone makes it)")
        return ensemble + correction
    raise ValueError(f"unknown tone method {method!r}; use one of {METHODS}")


def score_tone(
    frame: pd.DataFrame,
    text_col: str = "text",
    method: str = DEFAULT_METHOD,
    *,
    adjustments: str | Path | tuple[Adjustment, ...] | None = None,
    workers: int | None = None,
    progress: bool | None = None,
    lexicons: Sequence[str] = LEXICONS,
    prefix: str = "",
    overwrite: bool = False,
) -> pd.DataFrame:
    """Add tone scores to a frame of articles, sentences or statements.

    Parameters
    ----------
    frame : pandas.DataFrame
        Any frame with a text column.
    text_col : str
        The column to score (``"text"`` for articles and sentences, ``"quote"`` for statements).
    method : {"news", "ensemble", "textblob", "vader"}
        Which score becomes ``tone`` (see the module docstring).
    adjustments : path or tuple, optional
        A tone-adjustment file (default ``data/tone_adjustments.csv``, empty).
    workers : int, optional
        Processes to use; default one per core for 400 or more distinct texts.
    progress : bool, optional
        Show a progress bar; default only for long runs outside CI.
    lexicons : sequence of str
        Lexicons to run (default both, so their agreement can be read); a lexicon
        left out gets NaN columns, and ``method`` must not need it.
    prefix : str
        Put before the names of the added columns (``prefix="lex_"`` gives
        ``lex_polarity`` …), for frames that hold columns of those names already.
    overwrite : bool
        Replace existing columns of those names instead of refusing.

    Returns
    -------
    pandas.DataFrame
        A copy of ``frame`` with ``polarity``, ``subjectivity``, ``vader_compound``,
        ``news_correction`` and ``tone`` added (with ``prefix``). Texts in a language other than English (when the
        frame has a ``language`` column) get NaN: both lexicons are English.

    """
    if method not in METHODS:
        raise ValueError(f"unknown tone method {method!r}; use one of {METHODS}")
    if not _NEEDS[method] <= set(lexicons):
        raise ValueError(f"method {method!r} needs the lexicons {sorted(_NEEDS[method])}; got {list(lexicons)}")
    if text_col not in frame.columns:
        raise KeyError(f"score_tone: no column {text_col!r}; the frame has {list(frame.columns)}")
    names = [prefix + c for c in TONE_COLUMNS]
    taken = [c for c in names if c in frame.columns]
    if taken and not overwrite:
        raise ValueError(
            f"score_tone: the frame already has the column{'s' if len(taken) > 1 else ''} "
            f"{', '.join(map(repr, taken))}; pass prefix='lex_' (any prefix) to add the scores beside "
            "them, or overwrite=True to replace them"
        )
    adj = adjustments if isinstance(adjustments, tuple) else read_adjustments(adjustments)
    texts = frame[text_col].astype(object).where(frame[text_col].notna(), "").tolist()
    if "language" in frame.columns:
        foreign = ~frame["language"].fillna("und").isin(ENGLISH)
        texts = ["" if f else t for t, f in zip(texts, foreign, strict=True)]
    scores = score_texts(texts, adj, workers, progress, lexicons)
    out = frame.copy()
    for k, name in enumerate(names[:-1]):
        out[name] = scores[:, k]
    polarity, _, vader, correction, tone = names
    out[tone] = combine(out[polarity], out[vader], method, out[correction])
    out.attrs["tone_method"] = method
    return out


def tone_agreement(scored: pd.DataFrame) -> pd.DataFrame:
    """How far the two lexicons agree on a scored frame.

    Returns
    -------
    pandas.DataFrame
        One row: ``n``, ``pearson`` and ``spearman`` correlation of ``polarity``
        with ``vader_compound``, ``sign_agreement`` (share of texts both lexicons
        call non-neutral on which they agree in sign) and ``n_both_signed``.

    """
    data = scored[["polarity", "vader_compound"]].dropna()
    signed = data[(data["polarity"] != 0) & (data["vader_compound"].abs() >= 0.05)]
    same = (np.sign(signed["polarity"]) == np.sign(signed["vader_compound"])).mean() if len(signed) else _NAN
    return pd.DataFrame(
        [
            {
                "n": len(data),
                "pearson": data["polarity"].corr(data["vader_compound"]) if len(data) > 2 else _NAN,
                "spearman": data["polarity"].rank().corr(data["vader_compound"].rank()) if len(data) > 2 else _NAN,
                "sign_agreement": same,
                "n_both_signed": len(signed),
            }
        ]
    )


def framing_text(articles: pd.DataFrame, statements: pd.DataFrame, kinds: Sequence[str] = ("direct", "partial")):
    """Article texts with the speakers' quoted words cut out: the reporting around the quotes.

    Returns
    -------
    pandas.Series
        Indexed like ``articles``.

    """
    quoted = statements[(statements["location"] == "body") & statements["kind"].isin(kinds)]
    spans = quoted.groupby("doc_id")[["start", "end"]].apply(lambda g: sorted(zip(g["start"], g["end"], strict=True)))
    out = {}
    for doc_id, text in articles["text"].items():
        pieces, last = [], 0
        for start, end in spans.get(doc_id, []):
            if start >= last:
                pieces.append(text[last:start])
                last = end
        pieces.append(text[last:])
        out[doc_id] = " ".join(p.strip(' "“”«»,') for p in pieces)
    return pd.Series(out, name="text", dtype="string").reindex(articles.index)


def speaker_and_framing(
    articles: pd.DataFrame, statements: pd.DataFrame, method: str = DEFAULT_METHOD, **score_kwargs
) -> pd.DataFrame:
    """Tone of the speakers' own quoted words beside the tone of the reporting around them.

    Returns
    -------
    pandas.DataFrame
        Long form: ``doc_id``, ``outlet``, ``published``, ``speaker`` (NA for
        framing), ``source`` (``"speaker"`` or ``"framing"``), ``text`` and the
        tone columns; pass it to :func:`tone_by` with ``by=["outlet", "source"]``.

    """
    own = statements[(statements["location"] == "body") & statements["kind"].isin(["direct", "partial"])]
    speaker = own[["doc_id", "outlet", "published", "speaker"]].assign(source="speaker", text=own["quote"])
    frame = articles[["outlet", "published"]].assign(text=framing_text(articles, statements)).reset_index()
    framing = frame.assign(speaker=pd.NA, source="framing")
    both = pd.concat([speaker, framing[speaker.columns]], ignore_index=True)
    return score_tone(both, "text", method, **score_kwargs)
