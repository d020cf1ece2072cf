"""The news lexicon: word weights that correct the two general lexicons on news sentences.

General-purpose lexicons read news badly: diplomatic and security vocabulary
("security", "guarantee", "assured") scores as praise, and the words that make
a news sentence critical of someone ("accused", "investigation", "allegations",
"claims") are in neither lexicon. The news lexicon
(``analysis/resources/news_tone_lexicon.csv``) holds one weight per word,
fitted by ridge regression on the *train* split of NewsMTSC (news sentences
rated by people, :mod:`analysis.tone.validation`) to what the ensemble of the
two lexicons gets wrong there; ``benchmarks/tune_news_tone.py`` refits it and
says how its settings were chosen. Words that are mostly capitalised in that
data (names of people and parties) are left out, so the lexicon does not carry
opinions about the people its data were about.

Words up to :data:`NEGATION_SCOPE` words after a negator ("not", "no",
"never", "without", "n't" …) are read as their own entries, ``not_<word>``:
"not guilty" is not "guilty".

A sentence's correction is the sum of its words' weights, scaled by a gate
in 0 … 1 that is the product of two factors:

- how unsure VADER is about the sentence, ``(1 - |compound|) ** gate_power``:
  where VADER finds strong words the correction fades;
- how much of the sentence is news vocabulary, ``coverage ** coverage_power``,
  where coverage is the share of its lower-case words that occur in the news
  sentences the lexicon was fitted on (``news_vocabulary.txt``). Posts and
  reviews, written in words news seldom uses, keep the general lexicons'
  scores.

Both powers were chosen with the weights and are stored in the file's header.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from itertools import chain

_WORD_RE = re.compile(r"[a-z][a-z'’\-]*")
#: A word as written in lower case (not the tail of a capitalised word): what coverage counts.
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z'’\-])[a-z][a-z'’\-]*")
#: The words' characters: letters, apostrophes (``'`` and ``’``) and hyphens.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’-")
#: Stands for ``’`` while a text is read as bytes (no word holds it: it is a control character).
_CURLY = b"\x01"
#: Marks a capital letter, and a run's leading apostrophe or hyphen, where words written in lower case are read.
_CAPITAL = b"\x02"
#: Byte tables (bytes.translate is many times faster than str.translate): every byte but a word's
#: characters becomes a space; the second also marks capitals.
_RUNS = bytes(c if chr(c) in _WORD_CHARS or c == _CURLY[0] else 32 for c in range(256))
_RUNS_CAPITALS = bytes(_CAPITAL[0] if 65 <= c <= 90 else b for c, b in enumerate(_RUNS))
_PUNCTUATION_STARTS = (b" '", b" -", b" " + _CURLY)
#: A mark and the rest of its run.
_MARKED_RE = re.compile(b"\x02[^ ]*")


def _word_bytes(text: str, table: bytes) -> bytes | None:
    """``text`` as ASCII bytes through ``table``, after a space; ``None`` where that reading is unsafe.

    ``’`` is read as :data:`_CURLY`, any other non-ASCII character as ``?`` (which ends a word, as in the word
    patterns). Unsafe: a text holding ``_CURLY`` itself.
    """
    if "\x01" in text:
        return None
    data = text.encode("ascii") if text.isascii() else text.replace("’", "\x01").encode("ascii", "replace")
    return b" " + data.translate(table)


def _as_words(data: bytes) -> list[str]:
    return data.decode("ascii").replace("\x01", "’").split()


_NT_RE = re.compile(r"n['’]t\b")
LEXICON_FILE = "news_tone_lexicon.csv"
VOCABULARY_FILE = "news_vocabulary.txt"
#: Words that negate the words after them.
NEGATORS = frozenset({"not", "no", "never", "without", "nor", "cannot", "neither"})
#: How many words after a negator are read negated.
NEGATION_SCOPE = 3
#: The prefix of a negated word's entry in the lexicon.
NEGATED = "not_"
_POWERS = ("gate_power", "coverage_power")


@lru_cache(maxsize=1)
def _lexicon_file() -> tuple[dict[str, float], dict[str, int]]:
    text = resources.files("analysis.resources").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    weights, powers = {}, dict.fromkeys(_POWERS, 0)
    for line in text.splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if key.strip() in powers:
                powers[key.strip()] = int(value)
        elif line and not line.startswith("word,"):
            word, weight = line.rsplit(",", 1)
            weights[word] = float(weight)
    return weights, powers


@lru_cache(maxsize=1)
def news_vocabulary() -> frozenset[str]:
    """The lower-case words of the news sentences the lexicon was fitted on (what coverage counts)."""
    text = resources.files("analysis.resources").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def news_lexicon() -> dict[str, float]:
    """The news lexicon shipped with the package: ``{word: weight}`` (lower case; ``not_<word>`` when negated)."""
    return _lexicon_file()[0]


def news_words(text: str) -> list[str]:
    """The words of ``text`` as the news lexicon reads them.

    Lower case, hyphens and apostrophes kept, "n't" read as "not", and the
    :data:`NEGATION_SCOPE` words after a negator prefixed with :data:`NEGATED`.
    """
    lowered = text.lower()
    if "n't" in lowered or "n’t" in lowered:
        lowered = _NT_RE.sub(" not", lowered)
    data = _word_bytes(lowered, _RUNS)
    if data is None:
        words = _WORD_RE.findall(lowered)
    else:  # a word is a run of word characters from its first letter: _WORD_RE's words, without its cost
        while any(start in data for start in _PUNCTUATION_STARTS):
            for start in _PUNCTUATION_STARTS:
                data = data.replace(start, b"  ")
        words = _as_words(data)
    if NEGATORS.isdisjoint(words):
        return words
    out, left = [], 0
    for word in words:
        if word in NEGATORS:
            out.append(word)
            left = NEGATION_SCOPE
        else:
            out.append(NEGATED + word if left > 0 else word)
            left -= 1
    return out


def lower_case_words(text: str) -> list[str]:
    """The words of ``text`` written in lower case (a capitalised word and its tail are left out)."""
    data = _word_bytes(text, _RUNS_CAPITALS)
    if data is None:
        return _LOWER_WORD_RE.findall(text)
    # a run that starts with a lower-case letter, up to its first capital: _LOWER_WORD_RE's words, without its cost
    for start in _PUNCTUATION_STARTS:
        data = data.replace(start, b" " + _CAPITAL)
    if _CAPITAL in data:
        data = _MARKED_RE.sub(b"", data)
    return _as_words(data)


def news_coverage(text: str, vocabulary: frozenset[str] | set[str] | None = None) -> float:
    """The share of ``text``'s lower-case words that are in the news vocabulary (1.0 when it has none)."""
    words = lower_case_words(text)
    if not words:
        return 1.0
    vocabulary = news_vocabulary() if vocabulary is None else vocabulary
    return sum(map(vocabulary.__contains__, words)) / len(words)


def gate(vader_compound: float, coverage: float = 1.0, powers: dict[str, int] | None = None) -> float:
    """How much of the correction a sentence gets: ``(1 - |compound|) ** gate_power * coverage ** coverage_power``."""
    powers = _lexicon_file()[1] if powers is None else powers
    return (1.0 - abs(vader_compound)) ** powers["gate_power"] * coverage ** powers["coverage_power"]


def news_correction(sentence: str, vader_compound: float) -> float:
    """The news lexicon's correction of one sentence (or short text) whose VADER compound is ``vader_compound``."""
    if "\x01" in sentence:
        return _news_correction_of_words(sentence, vader_compound)
    tokens = sentence.split()
    _fill_token_facts(tokens)
    if any(map(_NEGATES.__getitem__, tokens)):  # negation reaches across tokens: read the words in order
        return _news_correction_of_words(sentence, vader_compound)
    total = sum(chain.from_iterable(map(_WEIGHTS.__getitem__, tokens)))  # the weights in the words' order
    if not total:
        return 0.0
    n_lower = sum(map(_N_LOWER.__getitem__, tokens))
    coverage = sum(map(_N_KNOWN.__getitem__, tokens)) / n_lower if n_lower else 1.0
    return total * gate(vader_compound, coverage, _lexicon_file()[1])


def _news_correction_of_words(sentence: str, vader_compound: float) -> float:
    """:func:`news_correction` from the sentence's words (its definition)."""
    weights, powers = _lexicon_file()
    total = sum(filter(None, map(weights.get, news_words(sentence))))  # loops in C
    if not total:
        return 0.0
    return total * gate(vader_compound, news_coverage(sentence), powers)


# What news_correction needs of each white-space token of a sentence. A token's words, for both readings
# (news_words and lower_case_words), depend only on the token: white space is a word boundary for both, a run's
# leading apostrophe or hyphen follows white space or another mark, and "n't" ends where the token does. So a
# sentence's weights are its tokens' weights in order, and its counts the sums of theirs, except where a negator
# prefixes the words after it, possibly in the next tokens (those sentences are read whole). The same tokens
# recur across a corpus, so each is read once per process.
#: A token's lexicon weights in order, zeros left out (as news_correction's sum leaves them out).
_WEIGHTS: dict[str, tuple[float, ...]] = {}
#: Whether a token holds a negator.
_NEGATES: dict[str, bool] = {}
#: How many of its words are written in lower case (coverage's denominator) ...
_N_LOWER: dict[str, int] = {}
#: ... and how many of those are news vocabulary (its numerator).
_N_KNOWN: dict[str, int] = {}
_TOKEN_MEMO_SIZE = 200_000  # about 40 MiB of tokens and their facts


def _fill_token_facts(tokens: list[str]) -> None:
    new = set(tokens).difference(_WEIGHTS)
    if not new:
        return
    if len(_WEIGHTS) + len(new) > _TOKEN_MEMO_SIZE:
        for memo in (_WEIGHTS, _NEGATES, _N_LOWER, _N_KNOWN):
            memo.clear()
        new = set(tokens)
    weights, vocabulary = _lexicon_file()[0], news_vocabulary()
    for token in new:
        words = news_words(token)
        lower = lower_case_words(token)
        _WEIGHTS[token] = tuple(filter(None, map(weights.get, words)))
        _NEGATES[token] = not NEGATORS.isdisjoint(words)
        _N_LOWER[token] = len(lower)
        _N_KNOWN[token] = sum(map(vocabulary.__contains__, lower))
