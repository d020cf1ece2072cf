"""Language identification with langid.py, whose model ships inside the package (offline).

langid reads a text byte by byte through a finite automaton and counts the
states it enters; each state stands for the byte n-grams (up to four bytes)
that end there, and the language scores are those counts times the model's
weights. :class:`_StateScorer` gets the same answer with whole-array steps: the
automaton's state after any byte depends only on the last four bytes (no state
is deeper than four), so every position's state comes from four table look-ups
done for all positions at once, and each state's weights are summed in advance.

langid keeps its model as a compressed pickle that takes seconds to unpack, in
every process that detects a language (each worker of a run). The arrays the
scorer needs are written once to the cache folder (``models/`` under
:data:`analysis._engine.cache.DEFAULT_CACHE_DIR`, named by langid's version and
a hash of its model) and read from there in a few milliseconds afterwards; a
file that cannot be read is made again, and a folder that cannot be written
only costs the time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import zipfile
from functools import lru_cache
from itertools import islice
from pathlib import Path

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

    Made from langid's model by :meth:`from_identifier` (which checks that no
    state is deeper than four bytes), or from the arrays it made, read back.

    Parameters
    ----------
    nextmove : numpy.ndarray
        The automaton: the state after each (state, byte), at ``state * 256 + byte``.
    state_weights : numpy.ndarray
        Each state's summed feature weights, one column per language.
    class_prior : numpy.ndarray
        Each language's prior weight.
    classes : sequence of str
        The languages' codes, in the columns' order.

    Raises
    ------
    ValueError
        When the arrays do not fit together (a damaged file).

    """

    def __init__(self, nextmove: np.ndarray, state_weights: np.ndarray, class_prior: np.ndarray, classes) -> None:
        self.nextmove = np.asarray(nextmove, dtype=np.int64)
        self.state_weights = np.asarray(state_weights, dtype=np.float64)
        self.class_prior = np.asarray(class_prior, dtype=np.float64)
        self.classes = [str(c) for c in classes]
        n_states = len(self.nextmove) // 256
        fits = (
            len(self.nextmove) == n_states * 256
            and self.state_weights.shape == (n_states, len(self.classes))
            and self.class_prior.shape == (len(self.classes),)
            and 0 <= self.nextmove.min() <= self.nextmove.max() < n_states
        )
        if not fits:  # a damaged file
            raise ValueError("the langid arrays do not fit together")

    @classmethod
    def from_identifier(cls, identifier) -> _StateScorer:
        """The scorer of langid's model: its automaton, and each state's feature weights summed."""
        nextmove = np.asarray(identifier.tk_nextmove, dtype=np.int64)
        n_states = len(nextmove) // 256
        if _state_depths(nextmove, n_states).max() > 4:
            raise ValueError("the langid model has states deeper than four bytes")
        ptc = np.asarray(identifier.nb_ptc, dtype=np.float64)
        state_weights = np.zeros((n_states, ptc.shape[1]))
        for state, features in identifier.tk_output.items():
            if features:
                state_weights[state] = ptc[list(features)].sum(axis=0)
        return cls(nextmove, state_weights, identifier.nb_pc, identifier.nb_classes)

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
        return _cached_state_scorer()
    return _LibraryScorer(_identifier())


#: The layout of the scorer's arrays in the file: a change to what :meth:`_StateScorer.from_identifier` computes
#: or how the file holds it raises it, so no file of an earlier layout is read.
_MODEL_FILE_FORMAT = 1


def _model_file() -> Path:
    """Where the scorer's arrays are kept: named by langid's version and its model (another model, another file)."""
    from langid import langid

    from analysis._engine.cache import DEFAULT_CACHE_DIR
    from analysis._engine.shadows import installed_version

    digest = hashlib.blake2b(langid.model, digest_size=8).hexdigest()
    name = f"langid-{installed_version('langid')}-{digest}-v{_MODEL_FILE_FORMAT}.npz"
    return Path(DEFAULT_CACHE_DIR) / "models" / name


def _cached_state_scorer() -> _StateScorer:
    """The scorer from its arrays in the cache folder, or made from langid's model (and written there)."""
    path = _model_file()
    try:
        with open(path, "rb") as file, np.load(file, allow_pickle=False) as arrays:
            return _StateScorer(arrays["nextmove"], arrays["state_weights"], arrays["class_prior"], arrays["classes"])
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # absent or damaged: made again below
        pass
    scorer = _StateScorer.from_identifier(_identifier())
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as out:
            np.savez(
                out,
                nextmove=scorer.nextmove.astype(np.int32),
                state_weights=scorer.state_weights,
                class_prior=scorer.class_prior,
                classes=np.array(scorer.classes),
            )
        os.replace(tmp, path)
    except OSError:
        pass  # a folder that cannot be written only costs time
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return scorer


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
