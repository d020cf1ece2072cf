"""TextBlob's polarity and subjectivity, computed as TextBlob computes them, about three times faster.

``TextBlob(text).sentiment`` tokenizes with pattern's ``find_tokens`` (a Python
loop testing every word for leading and trailing punctuation, then grouping the
words into sentences) and scores the words with ``Sentiment.assessments`` (a
chain of dictionary look-ups per word). Only the sequence of lower-cased words
reaches the score, so :class:`TextBlobScorer`:

- applies the same string replacements, then splits off punctuation only for
  the words that start or end with it (pattern's own loop, for those words);
- neither marks paragraph ends nor groups words into sentences (the markers are
  dropped again and the grouping does not change the word sequence);
- hands a text to pattern's tokenizer unchanged when its words could form a
  sarcasm mark ``(!)`` or a spaced-out emoticon, the two cases where pattern
  rewrites the words after grouping;
- walks the words with pattern's rules (modifiers, negations, exclamation
  marks, emoticons) on a pre-computed table of each lexicon word's
  ``(polarity, subjectivity, intensity, is_modifier)``.

The rules, their order and the arithmetic are pattern's own, so both scores are
the same floats (the test suite compares the two on the validation sets,
generated news and hand-made edge cases).
"""

from __future__ import annotations

import re
from itertools import chain

from textblob import _text as pattern

from analysis._engine.memo import fill_memo
from analysis._engine.regex_trie import trie_alternation

_EOS = pattern.EOS
_PUNCTUATION = pattern.PUNCTUATION
_LEADING = tuple(_PUNCTUATION.replace(".", ""))
_TRAILING = (*_LEADING, ".")
_LEADING_CHARS = frozenset(_LEADING)
_TRAILING_CHARS = frozenset(_TRAILING)
_ABBREVIATIONS = pattern.ABBREVIATIONS
_ABBREVIATION_PATTERNS = (pattern.RE_ABBR1, pattern.RE_ABBR2, pattern.RE_ABBR3)
_REPLACEMENTS = pattern.replacements
#: Pattern's two rewrites after grouping: the sarcasm mark and spaced-out emoticons. The emoticon test is
#: pattern's ``RE_EMOTICONS`` (each emoticon, spaces allowed between its characters, then a space or the
#: end) written as a trie, which finds the same texts several times faster.
_EMOTICON_RE = re.compile(
    rf"(?:{trie_alternation((face for faces in pattern.EMOTICONS.values() for face in faces), ' ?')})(?:$|\s)"
)
_REWRITES = (pattern.RE_SARCASM, _EMOTICON_RE)


def _emoticon_polarities() -> dict[str, float]:
    """Lower-cased emoticon -> polarity of the first expression (in pattern's order) that lists it.

    Only the emoticons pattern looks up: not alphabetic, at most five characters, not
    a run of its punctuation marks.
    """
    out: dict[str, float] = {}
    for (_, polarity), faces in pattern.EMOTICONS.items():
        for face in map(str.lower, faces):
            if face.isalpha() is False and len(face) <= 5 and face not in _PUNCTUATION:
                out.setdefault(face, polarity)
    return out


_EMOTICONS = _emoticon_polarities()


def _split_punctuation(token: str, out: list[str]) -> None:
    """Pattern's splitting of one word's leading and trailing punctuation (``find_tokens``' loop)."""
    t, tail = token, []
    while t.startswith(_LEADING) and t not in _REPLACEMENTS:
        out.append(t[0])
        t = t[1:]
    while t.endswith(_TRAILING) and t not in _REPLACEMENTS:
        if t.endswith(_LEADING):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if t in _ABBREVIATIONS or any(p.match(t) is not None for p in _ABBREVIATION_PATTERNS):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        out.append(t)
    out.extend(reversed(tail))


#: Each whitespace-separated token met in this process, split as pattern splits it (a token's
#: split depends on nothing else, and news repeats its tokens).
_PIECES: dict[str, list[str]] = {}
_PIECES_MEMO_SIZE = 300_000


def _pieces(token: str) -> list[str]:
    """One token after pattern's punctuation splitting."""
    if token[0] in _LEADING_CHARS or token[-1] in _TRAILING_CHARS:
        out: list[str] = []
        _split_punctuation(token, out)
        return out
    return [token]


def _prepared(text: str) -> str:
    """The text after pattern's replacements (contractions, quotation marks), before splitting."""
    for old, new in _REPLACEMENTS.items():  # each key is literal text, so str.replace is re.sub's equivalent
        text = text.replace(old, new)
    text = (
        text.replace("“", " “ ")
        .replace("”", " ” ")
        .replace("‘", " ‘ ")
        .replace("’", " ’ ")
        .replace("'", " ' ")
        .replace('"', ' " ')
    )
    # pattern then turns "\r\n" into "\n" and marks each paragraph break ("\n\n") with its end-of-sentence
    # token, which words() would drop: both are left as white space (the same words, two passes fewer)
    return text


def words(text: str) -> list[str]:
    """The lower-cased words TextBlob's sentiment scores for ``text``, in order.

    Equal to ``[w.lower() for w in " ".join(find_tokens(text)).split()]``.
    """
    prepared = _prepared(text)
    split = prepared.split()
    pieces = fill_memo(_PIECES, split, _pieces, _PIECES_MEMO_SIZE)
    tokens = list(chain.from_iterable(map(pieces.__getitem__, split)))
    if _EOS in prepared:  # the marker written in the text itself
        tokens = [t for t in tokens if t != _EOS]
    joined = " ".join(tokens)
    if any(p.search(joined) for p in _REWRITES):
        return [t.lower() for t in " ".join(pattern.find_tokens(text)).split()]
    return joined.lower().split()  # no character lower-cases to white space


class TextBlobScorer:
    """``(polarity, subjectivity)`` of a text as ``TextBlob(text).sentiment`` gives them.

    Parameters
    ----------
    lexicon : textblob.en.Sentiment
        Pattern's lexicon (with any user adjustments applied), as built by
        :func:`analysis.tone.lexicons.textblob_lexicon`.

    """

    def __init__(self, lexicon) -> None:
        modifiers = lexicon.modifiers
        self.entries: dict[str, tuple[float, float, float, bool]] = {}
        for word, senses in dict.items(lexicon):
            if None in senses:
                p, s, i = senses[None]
                self.entries[word] = (p, s, i, any(tag in senses for tag in modifiers))
        self.negations = frozenset(lexicon.negations)
        self.modifiers = lexicon.modifiers
        self.is_modifier = lexicon.modifier
        #: Unknown words that change the score by themselves.
        self.special = self.negations | {"!", "(!)"} | _EMOTICONS.keys()

    def assessments(self, tokens: list[str]) -> list[tuple[float, float, int]]:
        """``(polarity, subjectivity, negated)`` of each scored chunk, as pattern's ``assessments`` with no tags."""
        entries, negations, special = self.entries, self.negations, self.special
        a: list[list] = []  # [polarity, subjectivity, intensity, sign]
        m = n = None  # the preceding modifier and negation
        for w in tokens:
            entry = entries.get(w)
            if entry is not None:
                p, s, i, modifies = entry
                if m is None:
                    a.append([p, s, i, 1])
                else:
                    last = a[-1]
                    last[0] = max(-1.0, min(p * last[2], +1.0))
                    last[1] = max(-1.0, min(s * last[2], +1.0))
                    last[2] = i
                if n is not None:
                    a[-1][2] = 1.0 / a[-1][2]
                    a[-1][3] = -1
                m = w if modifies else None
                n = w if w in negations else None
                continue
            if m is None and n is None and w not in special:
                continue  # an unknown word with nothing to carry or reset: pattern's rules leave all as is
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and (None in self.modifiers or self.is_modifier(m)):
                a[-1][3] = -1
                n = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and a:
                a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
            if w == "(!)":
                a.append([0.0, 1.0, 1.0, 1])
            if w in _EMOTICONS:
                a.append([_EMOTICONS[w], 1.0, 1.0, 1])
        return [(p * -0.5 if sign < 0 else p, s, sign) for p, s, _, sign in a]

    def __call__(self, text: str) -> tuple[float, float]:
        """``(polarity, subjectivity)`` of ``text``: the means over its scored chunks (0 if none)."""
        a = self.assessments(words(text))
        polarity = subjectivity = 0
        for p, s, _ in a:
            polarity += p
            subjectivity += s
        n = float(len(a) or 1)
        return polarity / n, subjectivity / n
