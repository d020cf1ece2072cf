"""Tone: scores from two lexicons, their agreement with people, and means with honest intervals.

- :mod:`~analysis.tone.scoring`: :func:`score_tone`, :func:`tone_agreement`, :func:`speaker_and_framing`;
- :mod:`~analysis.tone.explain`: :func:`explain_tone`, each word's share of a score;
- :mod:`~analysis.tone.lexicons`, :mod:`~analysis.tone.vader`, :mod:`~analysis.tone.textblob_sentiment`:
  the two lexicons, with fast scorers that equal the libraries' own;
- :mod:`~analysis.tone.validation`: human-rated sets and :func:`validate_tone`;
- :mod:`~analysis.tone.intervals`: :func:`tone_by` and :func:`tone_over_time` with bootstrap intervals.
"""

from analysis.tone.explain import explain_tone
from analysis.tone.intervals import MIN_INTERVAL_N, tone_by, tone_over_time
from analysis.tone.scoring import (
    DEFAULT_METHOD,
    LEXICONS,
    METHODS,
    combine,
    score_tone,
    speaker_and_framing,
    tone_agreement,
)
from analysis.tone.validation import (
    TUNING_SETS,
    VALIDATION_SETS,
    load_validation_set,
    scored_validation_set,
    validate_tone,
)

__all__ = [
    "DEFAULT_METHOD",
    "LEXICONS",
    "METHODS",
    "MIN_INTERVAL_N",
    "TUNING_SETS",
    "VALIDATION_SETS",
    "combine",
    "explain_tone",
    "load_validation_set",
    "score_tone",
    "scored_validation_set",
    "speaker_and_framing",
    "tone_agreement",
    "tone_by",
    "tone_over_time",
    "validate_tone",
]
