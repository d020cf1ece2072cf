"""VADER's compound score, computed as ``vaderSentiment`` computes it, about ten times faster.

``SentimentIntensityAnalyzer.polarity_scores`` rebuilds the lower-cased word list
for every lexicon word and every rule it checks (so a sentence costs time in the
square of its length), walks the text character by character looking for
emoji, and scores every word through the full rule chain even when it is not in
the lexicon. :class:`VaderScorer` reads each distinct token once per process
(stripped, lower-cased, looked up), looks for emoji only in non-ASCII text, and
runs the rules only at lexicon words; every other word scores 0 there too, so a
sentence without one scores 0 at once. The rules, their order and the arithmetic are VADER's own,
so the compound is the same float (the test suite compares the two on the
validation sets, generated news and hand-made edge cases).
"""

from __future__ import annotations

import string
from itertools import compress
from operator import itemgetter

from vaderSentiment import vaderSentiment

from analysis._engine.memo import fill_memo

_PUNCTUATION = string.punctuation
_NEGATIONS = frozenset(vaderSentiment.NEGATE)
_BOOSTERS = vaderSentiment.BOOSTER_DICT
_SPECIAL = vaderSentiment.SPECIAL_CASES
_N_SCALAR = vaderSentiment.N_SCALAR
_C_INCR = vaderSentiment.C_INCR
_TOKEN_MEMO_SIZE = 200_000  # tokens and their facts, about 40 MiB
_SCORED = itemgetter(2)  # of a token's facts: whether the rules score its word
#: The phrases of VADER's idiom and booster-phrase rules: a sentence that holds none meets neither.
_PHRASES = tuple(phrase for phrase in (*_SPECIAL, *_BOOSTERS) if " " in phrase)
#: Every word of those phrases: a window of words with none of them meets neither rule.
_IDIOM_WORDS = frozenset(word for phrase in _PHRASES for word in phrase.split())
#: The words VADER's other rules look for before a lexicon word: negations, boosters, "no", "never",
#: "so" and "this" (which raise it), "without" (as in "without doubt") and "least". In a sentence with
#: no idiom phrase and no "n't", a lexicon word not in capitals with none of these among the three
#: words before it and the two after it keeps its lexicon valence: every rule would leave it as it is.
_RULE_WORDS = _NEGATIONS | frozenset(_BOOSTERS) | {"no", "never", "so", "this", "without", "least"}


def _negated(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


class VaderScorer:
    """The compound score of VADER for one text, from an analyser's lexicon and emoji table.

    Parameters
    ----------
    analyzer : vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer
        Supplies ``lexicon`` (with any user adjustments already applied) and ``emojis``.

    """

    def __init__(self, analyzer: vaderSentiment.SentimentIntensityAnalyzer) -> None:
        self.lexicon: dict[str, float] = analyzer.lexicon
        self.emojis: dict[str, str] = analyzer.emojis
        #: Each white-space token's :meth:`_facts` (the same tokens recur across a corpus).
        self._token_facts: dict[str, tuple[str, str, bool]] = {}

    def _describe_emoji(self, text: str) -> str:
        if text.isascii() or not any(ch in self.emojis for ch in text):
            return text
        out, prev_space = [], True
        for ch in text:
            if ch in self.emojis:
                if not prev_space:
                    out.append(" ")
                out.append(self.emojis[ch])
                prev_space = False
            else:
                out.append(ch)
                prev_space = ch == " "
        return "".join(out)

    def compound(self, text: str) -> float:
        """VADER's ``polarity_scores(text)["compound"]``."""
        text, rows = self._rows(text)
        if not any(map(_SCORED, rows)):
            return 0.0  # no word the rules score: every valence is 0, and so is the compound
        return self._valences(text, rows)[3]

    def valences(self, text: str) -> tuple[list[str], list[float], float, float]:
        """VADER's words of ``text``, each word's valence after the rules, the punctuation emphasis and the compound."""
        return self._valences(*self._rows(text))

    def _rows(self, text: str) -> tuple[str, list[tuple[str, str, bool]]]:
        """The text as VADER reads it (emoji described, stripped) and its white-space tokens' :meth:`_facts`."""
        text = self._describe_emoji(text).strip()
        tokens = text.split()
        return text, list(map(fill_memo(self._token_facts, tokens, self._facts, _TOKEN_MEMO_SIZE).__getitem__, tokens))

    def _valences(self, text: str, rows: list[tuple[str, str, bool]]) -> tuple[list[str], list[float], float, float]:
        words, lower, scored = zip(*rows, strict=True) if rows else ((), (), ())
        words, lower = list(words), list(lower)
        lexicon = self.lexicon
        n = len(words)
        sentiments: list[float] = [0] * n
        is_cap_diff = plain = None
        for i in compress(range(n), scored):
            word = lower[i]
            if word == "kind" and i < n - 1 and lower[i + 1] == "of":
                continue
            if _RULE_WORDS.isdisjoint(lower[max(i - 3, 0) : i + 3]) and not words[i].isupper():
                if plain is None:
                    joined = " ".join(lower)
                    plain = "n't" not in joined and not any(map(joined.__contains__, _PHRASES))
                if plain:
                    sentiments[i] = lexicon[word]  # no rule applies (see _RULE_WORDS)
                    continue
            if is_cap_diff is None:
                is_cap_diff = vaderSentiment.allcap_differential(words)
            sentiments[i] = self._valence(words, lower, i, is_cap_diff)
        if "but" in lower:
            sentiments = vaderSentiment.SentimentIntensityAnalyzer._but_check(words, sentiments)
        if not sentiments:
            return words, sentiments, 0.0, 0.0
        total = float(sum(sentiments))
        emphasis = _emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return words, sentiments, emphasis, round(vaderSentiment.normalize(total), 4)

    def _facts(self, token: str) -> tuple[str, str, bool]:
        """A white-space token's VADER word, that word in lower case, and whether the rules score it."""
        # VADER's tokens: punctuation stripped from both ends, unless that leaves two characters or fewer
        word = token if len(stripped := token.strip(_PUNCTUATION)) <= 2 else stripped
        lower = word.lower()
        return word, lower, lower in self.lexicon and lower not in _BOOSTERS

    def _valence(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        """The valence of the lexicon word at ``i`` after VADER's rules (its ``sentiment_valence``)."""
        lexicon, word, n = self.lexicon, lower[i], len(lower)
        valence = lexicon[word]
        if word == "no" and i != n - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[word] * _N_SCALAR
        if words[i].isupper() and is_cap_diff:
            valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
        for start_i in range(3):
            before = i - (start_i + 1)
            if i > start_i and lower[before] not in lexicon:
                s = (
                    vaderSentiment.scalar_inc_dec(words[before], valence, is_cap_diff)
                    if lower[before] in _BOOSTERS
                    else 0.0
                )
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _negation(valence, lower, start_i, i)
                if start_i == 2 and not _IDIOM_WORDS.isdisjoint(lower[i - 3 : i + 3]):
                    valence = _idioms(valence, lower, i)
        return _least(valence, lexicon, lower, i)


def _negation(valence: float, lower: list[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check`` on the lower-cased words."""
    if start_i == 0:
        if _negated(lower[i - 1]):
            valence = valence * _N_SCALAR
    elif start_i == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * _N_SCALAR
    else:
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * _N_SCALAR
    return valence


def _idioms(valence: float, lower: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` on the lower-cased words."""
    one_zero = f"{lower[i - 1]} {lower[i]}"
    two_one_zero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    two_one = f"{lower[i - 2]} {lower[i - 1]}"
    three_two_one = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    three_two = f"{lower[i - 3]} {lower[i - 2]}"
    for sequence in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if sequence in _SPECIAL:
            valence = _SPECIAL[sequence]
            break
    if len(lower) - 1 > i:
        zero_one = f"{lower[i]} {lower[i + 1]}"
        if zero_one in _SPECIAL:
            valence = _SPECIAL[zero_one]
    if len(lower) - 1 > i + 1:
        zero_one_two = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zero_one_two in _SPECIAL:
            valence = _SPECIAL[zero_one_two]
    for n_gram in (three_two_one, three_two, two_one):
        if n_gram in _BOOSTERS:
            valence = valence + _BOOSTERS[n_gram]
    return valence


def _least(valence: float, lexicon: dict[str, float], lower: list[str], i: int) -> float:
    """VADER's ``_least_check`` on the lower-cased words."""
    if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * _N_SCALAR
    elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        valence = valence * _N_SCALAR
    return valence


def _emphasis(text: str) -> float:
    """VADER's punctuation emphasis: exclamation marks (up to four) and runs of question marks."""
    exclamations = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        return exclamations + (questions * 0.18 if questions <= 3 else 0.96)
    return exclamations
