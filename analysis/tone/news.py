"""The news lexicon: word weights that correct the two general lexicons on news sentences.

General-purpose lexicons read news badly: diplomatic and security vocabulary
("security", "guarantee", "assured") scores as praise, and the words that make
a news sentence critical of someone ("accused", "investigation", "allegations",
"claims") are in neither lexicon. The news lexicon
(``analysis/resources/news_tone_lexicon.csv``) holds one weight per word,
fitted by ridge regression on the *train* split of NewsMTSC (news sentences
rated by people, :mod:`analysis.tone.validation`) to what the ensemble of the
two lexicons gets wrong there, with its settings chosen on the *dev* split
(``benchmarks/tune_news_tone.py`` refits it and says how). Words that are
mostly capitalised in that data (names of people and parties) are left out,
so the lexicon does not carry opinions about the people its data were about.

A sentence's correction is the sum of its words' weights, scaled by how unsure
VADER is about the sentence, ``(1 - |compound|) ** power`` (the power is
chosen on dev too and stored in the file's header): where VADER
finds strong words the correction fades, so texts the general lexicons read
well (posts, reviews) keep their scores.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_WORD_RE = re.compile(r"[a-z][a-z'’\-]*")
LEXICON_FILE = "news_tone_lexicon.csv"


@lru_cache(maxsize=1)
def _lexicon_file() -> tuple[dict[str, float], int]:
    text = resources.files("analysis.resources").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    weights, power = {}, 3
    for line in text.splitlines():
        if line.startswith("# gate_power:"):
            power = int(line.split(":", 1)[1])
        elif line and not line.startswith("#") and not line.startswith("word,"):
            word, weight = line.rsplit(",", 1)
            weights[word] = float(weight)
    return weights, power


def news_lexicon() -> dict[str, float]:
    """The news lexicon shipped with the package: ``{word: weight}`` (lower case)."""
    return _lexicon_file()[0]


def news_words(text: str) -> list[str]:
    """The words of ``text`` as the news lexicon reads them (lower case, hyphens and apostrophes kept)."""
    return _WORD_RE.findall(text.lower())


def gate(vader_compound: float) -> float:
    """How much of the correction a sentence gets: ``(1 - |compound|) ** power``."""
    return (1.0 - abs(vader_compound)) ** _lexicon_file()[1]


def news_correction(sentence: str, vader_compound: float, weights: dict[str, float] | None = None) -> float:
    """The news lexicon's correction of one sentence (or short text) whose VADER compound is ``vader_compound``."""
    weights = news_lexicon() if weights is None else weights
    total = sum(filter(None, map(weights.get, _WORD_RE.findall(sentence.lower()))))  # loops in C
    return gate(vader_compound) * total if total else 0.0
