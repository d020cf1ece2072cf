"""Why a text got its tone: each word's or phrase's contribution under a method, summing to the score.

The rows come from the same lexicons and rules the scorer uses
(:mod:`analysis.tone.lexicons`, :mod:`analysis.tone.vader`,
:mod:`analysis.tone.news`), so :func:`explain_tone` and
:func:`~analysis.tone.scoring.score_tone` always agree.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.tone.lexicons import Adjustment, read_adjustments, textblob_lexicon, vader_analyzer
from analysis.tone.scoring import DEFAULT_METHOD, ENSEMBLE_WEIGHTS, LEXICONS, METHODS, combine, score_text, tone_units

EXPLAIN_COLUMNS = ["unit", "phrase", "lexicon", "value", "rule", "adjusted", "contribution"]


def explain_tone(
    text: str,
    method: str = DEFAULT_METHOD,
    adjustments: str | Path | tuple[Adjustment, ...] | None = None,
) -> pd.DataFrame:
    """What each word or phrase of ``text`` adds to its tone under ``method``, summing to the score.

    Parameters
    ----------
    text : str
        One text (a sentence, a statement or an article).
    method : {"news", "ensemble", "textblob", "vader"}
        The method whose score is explained (default, as :func:`score_tone`'s).
    adjustments : path or tuple, optional
        A tone-adjustment file, as for :func:`score_tone`.

    Returns
    -------
    pandas.DataFrame
        One row per scored phrase and lexicon, in lexicon and text order:
        ``unit`` (the sentence VADER and the news lexicon scored it in,
        counted from 0; TextBlob reads the text whole, ``<NA>``), ``phrase``,
        ``lexicon`` (``textblob``, ``vader`` or ``news``), ``value`` (the
        phrase's score in that lexicon after its rules: TextBlob's polarity,
        VADER's valence on -4 … 4, the news lexicon's weight), ``rule`` (what
        changed the lexicon's entry: ``negation``, ``intensifier``, ``but``,
        ``capitals``; for the news lexicon ``negation`` and how far it faded
        where VADER was sure or the words are not news vocabulary),
        ``adjusted`` (the entry comes from the tone-adjustment file) and
        ``contribution``: the phrase's share of the score. The contributions
        sum to the text's ``tone`` under ``method`` (``frame.attrs["tone"]``).
        VADER's contribution is its compound shared out in proportion to the
        valences (the compound is a squashed sum).

    """
    if method not in METHODS:
        raise ValueError(f"unknown tone method {method!r}; use one of {METHODS}")
    adj = adjustments if isinstance(adjustments, tuple) else read_adjustments(adjustments)
    adjusted = {a.word for a in adj}
    text = text if isinstance(text, str) else ""
    mixed = method in ("ensemble", "news")
    weight = {
        "textblob": ENSEMBLE_WEIGHTS["polarity"] if mixed else float(method == "textblob"),
        "vader": ENSEMBLE_WEIGHTS["vader_compound"] if mixed else float(method == "vader"),
        "news": float(method == "news"),
    }
    rows = []
    if weight["textblob"]:
        rows += _textblob_rows(text, adj, adjusted, weight["textblob"])
    if weight["vader"] or weight["news"]:
        rows += _vader_and_news_rows(text, adj, adjusted, weight["vader"], weight["news"])
    out = pd.DataFrame(rows, columns=EXPLAIN_COLUMNS).astype({"unit": "Int64"})
    scores = score_text(text, adj, frozenset(LEXICONS))
    tone = combine(*(pd.Series([scores[k]]) for k in (0, 2)), method, pd.Series([scores[3]]))[0]
    out.attrs["tone"] = float(tone)
    return out


def _textblob_rows(text: str, adj: tuple[Adjustment, ...], adjusted: set[str], weight: float) -> list[dict]:
    """TextBlob's assessed phrases: its polarity is their mean."""
    lexicon = textblob_lexicon(adj)
    tokens = ((w.lower(), None) for w in " ".join(lexicon.tokenizer(text)).split())
    found = list(lexicon.assessments(tokens, negation=True))
    rows = []
    for words, polarity, _subjectivity, _label in found:
        negation = [w for w in words if w in lexicon.negations]
        core = [w for w in words if w not in lexicon.negations and w != "!"]
        rule = "negation" if negation else "intensifier" if len(core) > 1 else ""
        rows.append(
            {
                "unit": pd.NA,
                "phrase": " ".join(words),
                "lexicon": "textblob",
                "value": float(polarity),
                "rule": rule,
                "adjusted": bool(set(core) & adjusted),
                "contribution": weight * float(polarity) / len(found),
            }
        )
    return rows


def _vader_and_news_rows(
    text: str, adj: tuple[Adjustment, ...], adjusted: set[str], vader_weight: float, news_weight: float
) -> list[dict]:
    """VADER's words and the news lexicon's, unit by unit (the whole text, or its sentences past the limit)."""
    from analysis.tone.news import NEGATED, gate, news_coverage, news_lexicon, news_words
    from analysis.tone.vader import VaderScorer

    units = tone_units(text)
    scorer = VaderScorer(vader_analyzer(adj))  # the rules as VADER applies them, word by word
    lexicon, weights = scorer.lexicon, news_lexicon()
    rows = []
    for unit, sentence in enumerate(units):
        words, valences, _emphasis, compound = scorer.valences(sentence)
        if vader_weight:
            total = sum(valences)
            has_but = "but" in (w.lower() for w in words)
            for word, valence in zip(words, valences, strict=True):
                if not valence:
                    continue
                entry = lexicon.get(word.lower(), 0.0)
                rows.append(
                    {
                        "unit": unit,
                        "phrase": word,
                        "lexicon": "vader",
                        "value": float(valence),
                        "rule": _vader_rule(word, entry, valence, has_but),
                        "adjusted": word.lower() in adjusted,
                        "contribution": vader_weight * compound * valence / total / len(units) if total else 0.0,
                    }
                )
        if news_weight:
            fade = gate(compound, news_coverage(sentence))
            faded = f"faded to {fade:.2f}" if fade < 0.995 else ""
            for word in news_words(sentence):
                if word in weights:
                    negated = word.startswith(NEGATED)
                    rows.append(
                        {
                            "unit": unit,
                            "phrase": f"not {word.removeprefix(NEGATED)}" if negated else word,
                            "lexicon": "news",
                            "value": weights[word],
                            "rule": "; ".join(filter(None, ("negation" if negated else "", faded))),
                            "adjusted": False,
                            "contribution": news_weight * fade * weights[word] / len(units),
                        }
                    )
    return rows


def _vader_rule(word: str, entry: float, valence: float, has_but: bool) -> str:
    """Which of VADER's rules changed a word's lexicon valence (the likeliest, read from the change)."""
    if valence == entry:
        return ""
    if has_but and entry and (abs(valence / entry - 1.5) < 1e-9 or abs(valence / entry - 0.5) < 1e-9):
        return "but"
    if entry and (valence > 0) != (entry > 0):
        return "negation"
    if word.isupper():
        return "capitals"
    return "intensifier"
