"""Tone: polarity and subjectivity of articles, sentences and statements, validated and explained.

Two independent lexicons score every text: TextBlob's pattern analyser
(``polarity`` -1 … 1, ``subjectivity`` 0 … 1) and VADER (``vader_compound``
-1 … 1). VADER was built for sentences and short posts and saturates on long
texts (its compound normalises a sum), so a text longer than
:data:`VADER_WHOLE_MAX_WORDS` words is split into sentences, each is scored, and
the compound scores are averaged.
``tone`` is the score of the chosen method:

- ``"textblob"``: the polarity;
- ``"vader"``: the sentence-averaged VADER compound;
- ``"ensemble"`` (default): ``0.3 * polarity + 0.7 * vader_compound``.

Against human ratings (:func:`validate_tone`, the VADER authors' tweets, film and
product review snippets) the ensemble correlates with people at least as well as
the better lexicon on every set and better on two of three; the weights were
chosen on those same sets (see the README), so treat them as a sensible default,
not a law of news language.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.cache import text_key
from analysis._engine.parallel import map_chunks
from analysis.text.sentences import sentence_spans
from analysis.tone.lexicons import Adjustment, read_adjustments, textblob_lexicon, textblob_scorer, vader_scorer

METHODS = ("textblob", "vader", "ensemble")


LEXICONS = ("textblob", "vader")


_NEEDS = {"textblob": {"textblob"}, "vader": {"vader"}, "ensemble": {"textblob", "vader"}}


DEFAULT_METHOD = "ensemble"


ENSEMBLE_WEIGHTS = {"polarity": 0.3, "vader_compound": 0.7}


TONE_COLUMNS = ["polarity", "subjectivity", "vader_compound", "tone"]


ENGLISH = {"en", "und"}


#: Texts up to this many words are scored by VADER whole (as it was built for: a
#: sentence or a post); longer ones sentence by sentence, then averaged.
VADER_WHOLE_MAX_WORDS = 60


_NAN = float("nan")


@lru_cache(maxsize=200_000)
def _vader_sentence(sentence: str, adjustments: tuple[Adjustment, ...]) -> float:
    return vader_scorer(adjustments).compound(sentence)


def score_text(
    text: str, adjustments: tuple[Adjustment, ...], lexicons: frozenset[str], spans: list | None = None
) -> tuple[float, ...]:
    """``(polarity, subjectivity, vader_compound)`` of one text; NaN for an empty text or a lexicon not asked for."""
    if not isinstance(text, str) or not text.strip():
        return _NAN, _NAN, _NAN
    polarity = subjectivity = vader = _NAN
    if "textblob" in lexicons:
        polarity, subjectivity = (float(x) for x in textblob_scorer(adjustments)(text))
    if "vader" in lexicons:
        if len(text.split(None, VADER_WHOLE_MAX_WORDS)) <= VADER_WHOLE_MAX_WORDS:  # stops splitting past the limit
            vader = _vader_sentence(text, adjustments)
        else:
            spans = sentence_spans(text) if spans is None else spans
            compounds = [_vader_sentence(text[a:b], adjustments) for a, b, _ in spans]
            vader = float(np.mean(compounds)) if compounds else _NAN
    return polarity, subjectivity, vader


def _score_chunk(texts: list, adjustments: tuple[Adjustment, ...], lexicons: frozenset[str]) -> list[tuple]:
    return [score_text(text, adjustments, lexicons) for text in texts]


def score_texts(
    texts: Sequence[str],
    adjustments: tuple[Adjustment, ...] = (),
    workers: int | None = None,
    progress: bool | None = None,
    lexicons: Sequence[str] = LEXICONS,
) -> np.ndarray:
    """Score texts with the lexicons: an array of shape ``(n, 3)`` (polarity, subjectivity, vader).

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
    return np.array([scores[k] for k in keys], dtype=float).reshape(len(keys), 3)


def combine(polarity: pd.Series, vader: pd.Series, method: str = DEFAULT_METHOD) -> pd.Series:
    """The ``tone`` score of a method from the two lexicon scores."""
    if method == "textblob":
        return polarity
    if method == "vader":
        return vader
    if method == "ensemble":
        return ENSEMBLE_WEIGHTS["polarity"] * polarity + ENSEMBLE_WEIGHTS["vader_compound"] * vader
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
    method : {"textblob", "vader", "ensemble"}
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
        A copy of ``frame`` with ``polarity``, ``subjectivity``, ``vader_compound``
        and ``tone`` added (with ``prefix``). Texts in a language other than English (when the
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
    polarity, subjectivity, vader, tone = names
    out[polarity], out[subjectivity], out[vader] = scores[:, 0], scores[:, 1], scores[:, 2]
    out[tone] = combine(out[polarity], out[vader], method)
    out.attrs["tone_method"] = method
    return out


def explain_tone(text: str, adjustments: str | Path | tuple[Adjustment, ...] | None = None) -> pd.DataFrame:
    """The words and phrases that drove TextBlob's score of a text.

    Returns
    -------
    pandas.DataFrame
        One row per scored phrase, in text order: ``phrase``, ``polarity``,
        ``subjectivity``, ``negated`` (a negation flipped it: "not good"),
        ``intensifier`` (a modifier scaled it: "very good"), ``adjusted`` (the
        word's entry comes from the tone-adjustment file). The mean of
        ``polarity`` is the text's TextBlob polarity.

    """
    adj = adjustments if isinstance(adjustments, tuple) else read_adjustments(adjustments)
    lexicon = textblob_lexicon(adj)
    adjusted = {a.word for a in adj}
    tokens = ((w.lower(), None) for w in " ".join(lexicon.tokenizer(text or "")).split())
    rows = []
    for words, polarity, subjectivity, _label in lexicon.assessments(tokens, negation=True):
        negation = [w for w in words if w in lexicon.negations]
        core = [w for w in words if w not in lexicon.negations and w != "!"]
        rows.append(
            {
                "phrase": " ".join(words),
                "polarity": float(polarity),
                "subjectivity": float(subjectivity),
                "negated": bool(negation),
                "intensifier": " ".join(core[:-1]) if len(core) > 1 else "",
                "adjusted": bool(set(core) & adjusted),
            }
        )
    return pd.DataFrame(rows, columns=["phrase", "polarity", "subjectivity", "negated", "intensifier", "adjusted"])


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
