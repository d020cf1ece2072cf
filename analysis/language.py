"""Language identification with langid.py, whose model ships inside the package (offline)."""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_CHARS = 20
_LETTER_RE = re.compile(r"[^\W\d_]")
UNDETERMINED = "und"


@lru_cache(maxsize=1)
def _identifier():
    """The langid identifier without probability normalisation: only the most likely language is used.

    Normalising is a softmax, which keeps the order of the languages, so the
    answer is the same without it.
    """
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=False)


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
    if len(_LETTER_RE.findall(sample)) < _MIN_CHARS:
        return UNDETERMINED
    code, _ = _identifier().classify(sample)
    return code


def detect_languages_of(texts: list[str]) -> list[str]:
    """:func:`detect_language` of each text (for :func:`analysis.parallel.map_chunks`).

    langid multiplies small matrices with numpy; one BLAS thread per process is
    faster here, and avoids BLAS threads fighting over the cores in worker processes.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return [detect_language(t) for t in texts]
