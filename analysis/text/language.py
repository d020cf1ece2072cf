"""Language identification with langid.py, whose model ships inside the package (offline).

langid reads a text byte by byte through a finite automaton and counts the
states it enters; each state stands for the byte n-grams (up to four bytes)
that end there, and the language scores are those counts times the model's
weights. :class:`_StateScorer` gets the same answer with whole-array steps: the
automaton's state after any byte depends only on the last four bytes (no state
is deeper than four), so every position's state comes from four table look-ups
done for all positions at once, and each state's weights are summed in advance.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

import numpy as np

from analysis._engine.shadows import use_fast_path

_MIN_CHARS = 20
_LETTER_RE = re.compile(r"[^\W\d_]")
UNDETERMINED = "und"


@lru_cache(maxsize=1)
def _identifier():
    """The langid identifier, with the model that ships in the package."""
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=False)


class _StateScorer:
    """langid's language scores from the states its automaton enters, computed for all bytes at once.

    Parameters
    ----------
    identifier : langid.langid.LanguageIdentifier
        The model: ``tk_nextmove`` (the automaton), ``tk_output`` (the n-gram
        features of each state), ``nb_ptc`` and ``nb_pc`` (the weights).

    """

    def __init__(self, identifier) -> None:
        self.nextmove = np.asarray(identifier.tk_nextmove, dtype=np.int64)
        n_states = len(self.nextmove) // 256
        self.depth = _state_depths(self.nextmove, n_states)
        if self.depth.max() > 4:
            raise ValueError("the langid model has states deeper than four bytes")
        ptc = np.asarray(identifier.nb_ptc, dtype=np.float64)
        self.state_weights = np.zeros((n_states, ptc.shape[1]))
        for state, features in identifier.tk_output.items():
            if features:
                self.state_weights[state] = ptc[list(features)].sum(axis=0)
        self.class_prior = np.asarray(identifier.nb_pc, dtype=np.float64)
        self.classes = [str(c) for c in identifier.nb_classes]

    def states(self, data: bytes) -> np.ndarray:
        """The automaton's state after each byte of ``data``, as langid's loop would reach it."""
        b = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        n = len(b)
        out = np.empty(n, dtype=np.int64)
        for i in range(min(3, n)):  # the first bytes: the whole text so far
            state = 0
            for byte in b[: i + 1]:
                state = self.nextmove[(state << 8) + byte]
            out[i] = state
        if n > 3:  # later bytes: the last four are enough
            state = self.nextmove[b[:-3]]
            for k in (1, 2, 3):
                state = self.nextmove[(state << 8) + b[k : n - 3 + k]]
            out[3:] = state
        return out

    def classify(self, text: str) -> str:
        """The most likely language of ``text``."""
        visited, counts = np.unique(self.states(text.encode("utf-8")), return_counts=True)
        scores = counts.astype(np.float64) @ self.state_weights[visited] + self.class_prior
        return self.classes[int(np.argmax(scores))]


def _state_depths(nextmove: np.ndarray, n_states: int) -> np.ndarray:
    """The fewest bytes that lead from the start to each state."""
    depth = np.full(n_states, -1)
    depth[0], frontier, level = 0, np.array([0]), 0
    while len(frontier):
        level += 1
        reached = np.unique(nextmove[(frontier[:, None] << 8) + np.arange(256)].ravel())
        frontier = reached[depth[reached] < 0]
        depth[frontier] = level
    return depth


@lru_cache(maxsize=1)
def _scorer() -> _StateScorer | _LibraryScorer:
    if use_fast_path("langid", "The array form of langid's automaton"):
        return _StateScorer(_identifier())
    return _LibraryScorer(_identifier())


class _LibraryScorer:
    """langid's own code: ``classify(text)[0]``."""

    def __init__(self, identifier) -> None:
        self.identifier = identifier

    def classify(self, text: str) -> str:
        """The most likely language of ``text``."""
        return self.identifier.classify(text)[0]


def detect_language(text: str, max_chars: int = 1000) -> str:
    """Return the ISO 639-1 code of the language of ``text``.

    Parameters
    ----------
    text : str
        Any text; only the first ``max_chars`` characters are read.
    max_chars : int
        How much of the text to look at.

    Returns
    -------
    str
        A two-letter code such as ``"en"``, or ``"und"`` for texts too short to tell.

    """
    sample = (text or "")[:max_chars]
    if next(islice(_LETTER_RE.finditer(sample), _MIN_CHARS - 1, None), None) is None:  # fewer letters than that
        return UNDETERMINED
    return _scorer().classify(sample)


def detect_languages_of(texts: list[str]) -> list[str]:
    """:func:`detect_language` of each text (for :func:`analysis._engine.parallel.map_chunks`)."""
    return [detect_language(t) for t in texts]
