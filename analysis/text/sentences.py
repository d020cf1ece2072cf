"""Split article text into sentences, offline.

Sentences come from NLTK's Punkt tokenizer run without trained data (nothing is
downloaded), given a list of common English abbreviations so that "U.S.",
"Nov." or "Mr." do not end a sentence. Punkt is ten times faster than rule-based
splitters such as pysbd, which matters at 10^5 articles. Two repairs follow:
text is split into paragraphs first (a headline never runs into a sentence), and
a quotation that Punkt cut at an inner full stop is joined up again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis._engine.memory import chunked_string_array, take_rows
from analysis._engine.shadows import use_fast_path
from analysis.resources import word_list

#: Abbreviations (lower case, without the final full stop) that do not end a sentence
#: (``analysis/resources/sentence_abbreviations.txt``).
SENTENCE_ABBREVIATIONS = frozenset(word_list("sentence_abbreviations"))
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_MAX_QUOTE_MERGE = 6

SENTENCE_COLUMNS = ["doc_id", "sent_idx", "para_idx", "text", "start", "end"]


#: Contexts of candidate sentence ends remembered by the tokenizer of one process.
_CONTEXT_MEMO_SIZE = 200_000


#: How ``regex``'s white space differs from ``re``'s: ``regex`` does not count the separators
#: U+001C to U+001F as white space, so ``\s`` and ``\S`` are spelt out for ``re``.
_REGEX_WHITE_SPACE = {r"\s": r"[^\S\x1c-\x1f]", r"\S": r"[\S\x1c-\x1f]"}


def _stdlib_pattern(pattern) -> re.Pattern[str]:
    """A pattern NLTK compiled with the ``regex`` module (behind a time-out guard), compiled with ``re``.

    The guard costs more per match than the work: Punkt's sentence-end patterns
    cannot backtrack badly, and ``re`` matches them the same way once white
    space is spelt as ``regex`` has it (tested on texts with every kind of white space).
    """
    import regex

    flags = 0
    for ours, theirs in ((re.VERBOSE, regex.VERBOSE), (re.MULTILINE, regex.MULTILINE), (re.IGNORECASE, regex.I)):
        if pattern.flags & theirs:
            flags |= ours
    return re.compile(re.sub(r"\\[sS]", lambda m: _REGEX_WHITE_SPACE[m.group()], pattern.pattern), flags)


@lru_cache(maxsize=1)
def _punkt():
    """Punkt with the abbreviations, remembering its decision for each candidate context.

    Punkt decides whether a full stop (or ``?``/``!``) ends a sentence from a
    short context: the word before, the mark, the next token. The decision
    depends on nothing else, and the same contexts ("said. The", "Mr. Lavrov")
    recur across news, so remembering them gives the same spans for less work.
    Its two patterns for finding candidate ends and realigning closing
    punctuation run on ``re`` (:func:`_stdlib_pattern`).
    """
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    class _StdlibVars(PunktLanguageVars):
        re_boundary_realignment = _stdlib_pattern(PunktLanguageVars.re_boundary_realignment)
        _period_context = _stdlib_pattern(PunktLanguageVars().period_context_re())

        def period_context_re(self) -> re.Pattern[str]:
            return self._period_context

    class _RememberingPunkt(PunktSentenceTokenizer):
        def __init__(self, params: PunktParameters) -> None:
            super().__init__(params, lang_vars=_StdlibVars())
            self._decisions: dict[str, bool] = {}

        def text_contains_sentbreak(self, text: str) -> bool:
            decision = self._decisions.get(text)
            if decision is None:
                if len(self._decisions) >= _CONTEXT_MEMO_SIZE:
                    self._decisions.clear()
                decision = self._decisions[text] = super().text_contains_sentbreak(text)
            return decision

        def spans(self, text: str) -> list[tuple[int, int]]:
            """``list(self.span_tokenize(text))``, in one loop instead of three chained generators.

            The steps are NLTK's: each candidate end's context (the word before,
            which a later candidate in the same word replaces; the mark; what
            follows), the decision on that context, then the realignment of
            closing punctuation. The word before starts after the last ASCII
            white space since the previous word (``_get_last_whitespace_index``,
            including its reading of a space at offset 0 as none), and the
            realignment pattern is matched in place rather than on a copy of
            the next sentence.
            """
            other_spaces = [c for c in "\t\n\r\x0b\x0c" if c in text]
            candidates: list[tuple[int, int, re.Match]] = []  # (start, end) of the word before, and the match
            prev_start = prev_stop = 0
            for match in self._lang_vars.period_context_re().finditer(text):
                at = match.start()
                space = text.rfind(" ", prev_stop, at)
                for c in other_spaces:
                    space = max(space, text.rfind(c, prev_stop, at))
                start = space + 1 if space > prev_stop else prev_start
                if candidates and prev_stop > start:
                    candidates.pop()  # the same word: the later candidate replaces it
                candidates.append((start, at, match))
                prev_start, prev_stop = start, at
            breaks = [  # (end of the sentence, start of the next)
                (m.end(), m.start("next_tok") if m.group("next_tok") else m.end())
                for a, b, m in candidates
                if self.text_contains_sentbreak(text[a:b] + m.group() + m.group("after_tok"))
            ]
            bounds = [0]
            for end, next_start in breaks:
                bounds += (end, next_start)
            bounds.append(len(text.rstrip()))
            realign_re = self._lang_vars.re_boundary_realignment
            out: list[tuple[int, int]] = []
            realign = 0
            last = len(bounds) - 2
            for k in range(0, last + 1, 2):
                start, stop = bounds[k] + realign, bounds[k + 1]
                if k < last:
                    m = realign_re.match(text, bounds[k + 2], bounds[k + 3])
                    if m is not None:
                        out.append((start, m.start() + len(m.group().rstrip())))
                        realign = m.end() - m.start()
                        continue
                    realign = 0
                if stop > start:
                    out.append((start, stop))
            return out

    params = PunktParameters()
    params.abbrev_types = set(SENTENCE_ABBREVIATIONS)
    if use_fast_path("nltk", "The one-loop Punkt span search"):
        return _RememberingPunkt(params)
    return _LibraryPunkt(PunktSentenceTokenizer(params))


class _LibraryPunkt:
    """NLTK's own Punkt: ``spans(text)`` is ``list(span_tokenize(text))``."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans of ``text``, as NLTK's ``span_tokenize`` gives them."""
        return list(self.tokenizer.span_tokenize(text))


def _open_quote(text: str) -> bool:
    """Whether ``text`` leaves a double quotation open."""
    straight = text.count('"') % 2 == 1
    return straight or text.count("“") > text.count("”") or text.count("«") > text.count("»")


#: A sentence that opens with a quotation mark before a word: inside an open quotation it opens the next one
#: (a speaker's paragraphs run together without their closing marks), it does not close the open one.
_REOPENING_RE = re.compile(r"(?:\"|“|«|'')\w")


def _closes_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“") or text.count("»") > text.count("«")


_INITIALS_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,3}$")
_NAME_START_RE = re.compile(r"[A-Z][a-z]+\b")
#: Words that open a sentence after an abbreviation ("… the N.R.A. The group …"); any other capitalised
#: word after initials ("said J.M. Berger") goes on with the name.
_SENTENCE_OPENERS = frozenset(
    """The A An He She It They We I You But And Or So Yet In On At This That These Those There Then His Her Their
    Its Our My As If When While After Before Since Although Though However Meanwhile Still Now Mr Mrs Ms Dr""".split()
)


#: Characters a sentence never starts with: Punkt's break before them ("Jack Reed (D-R.I.), said") is no break.
_CONTINUING = frozenset("),;]")


def _after_initials(text: str, prev_end: int, start: int) -> bool:
    """Whether a break falls after a name's initials ("J.M. Berger"), which Punkt takes for a sentence's end."""
    if not _INITIALS_END_RE.search(text, max(0, prev_end - 8), prev_end):
        return False
    word = _NAME_START_RE.match(text, start)
    return word is not None and word.group() not in _SENTENCE_OPENERS


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Sentence spans of a text as ``(start, end, paragraph_index)``; offsets index ``text``."""
    tokenizer = _punkt()
    spans: list[tuple[int, int, int]] = []
    for para_idx, para in enumerate(_PARAGRAPH_RE.finditer(text)):
        base = para.start()
        raw = [(base + s, base + e) for s, e in tokenizer.spans(para.group())]
        i = 0
        while i < len(raw):
            start, end = raw[i]
            if _open_quote(text[start:end]):
                for j in range(i + 1, min(i + 1 + _MAX_QUOTE_MERGE, len(raw))):
                    if _REOPENING_RE.match(text, raw[j][0]):
                        end, i = raw[j - 1][1], j - 1  # '"A. B. "C. D."': the quotation ran on unclosed; C opens anew
                        break
                    if _closes_quote(text[raw[j][0] : raw[j][1]]):
                        end = raw[j][1]
                        i = j
                        break
            if (
                spans
                and spans[-1][2] == para_idx
                and (
                    text[start] in _CONTINUING
                    or not any(ch.isalnum() for ch in text[start:end])
                    or _after_initials(text, spans[-1][1], start)
                )
            ):
                # stray punctuation, "J.M. | Berger" or "(D-R.I. | ), said": one sentence
                spans[-1] = (spans[-1][0], end, para_idx)
            else:
                spans.append((start, end, para_idx))
            i += 1
    return spans


def spans_of_texts(texts: list[str]) -> list[np.ndarray]:
    """Sentence spans of each text as an ``(n, 3)`` array of start, end, paragraph (for map_chunks)."""
    return [np.array(sentence_spans(t) if isinstance(t, str) else [], dtype=np.int64).reshape(-1, 3) for t in texts]


def spans_frame(doc_ids: Sequence, spans: Sequence[np.ndarray]) -> pd.DataFrame:
    """One row per sentence (``doc_id``, ``sent_idx``, ``para_idx``, ``start``, ``end``) from per-document spans."""
    lengths = np.array([len(s) for s in spans], dtype=np.int64)
    flat = np.concatenate(list(spans)) if len(spans) else np.zeros((0, 3), dtype=np.int64)
    first_row = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return pd.DataFrame(
        {
            "doc_id": np.repeat(np.array(list(doc_ids), dtype=object), lengths),
            "sent_idx": np.arange(len(flat), dtype=np.int64) - first_row,
            "para_idx": flat[:, 2],
            "start": flat[:, 0],
            "end": flat[:, 1],
        }
    )


def sentences_table(articles: pd.DataFrame, spans: pd.DataFrame, text_col: str = "text", step: int = 5_000):
    """The sentences table: :func:`spans_frame` rows with each sentence's text, cut ``step`` documents at a time.

    Only one step's texts and sentences are Python strings at any moment; the
    text column is made of one Arrow chunk per step, never copied whole.
    """
    codes, uniques = pd.factorize(spans["doc_id"], sort=False)  # no Python string per sentence
    uniques = np.asarray(uniques, dtype=object)
    starts, ends = spans["start"].to_numpy(), spans["end"].to_numpy()
    bounds = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1], True]) if len(spans) else np.zeros(1, int)

    def cut(k: int) -> list[str]:
        first, last = bounds[k], bounds[min(k + step, len(bounds) - 1)]
        block = codes[first:last]
        present = pd.unique(block)
        rows = articles.index.get_indexer(uniques[present])
        if (rows < 0).any():
            raise KeyError(f"sentences of documents not in the articles: {list(uniques[present][rows < 0][:3])}")
        text_of = dict(zip(present.tolist(), take_rows(articles[text_col], rows).tolist(), strict=True))
        return [
            text_of[c][a:b]
            for c, a, b in zip(block.tolist(), starts[first:last].tolist(), ends[first:last].tolist(), strict=True)
        ]

    text = chunked_string_array(cut(k) for k in range(0, len(bounds) - 1, step))
    frame = spans.assign(text=text)[SENTENCE_COLUMNS]
    integer = dict.fromkeys(("sent_idx", "para_idx", "start", "end"), "int64")
    return frame.astype({"doc_id": "string", **integer})


def split_sentences(
    articles: pd.DataFrame, text_col: str = "text", workers: int | None = None, progress: bool | None = None
) -> pd.DataFrame:
    """One row per sentence of every article.

    Parameters
    ----------
    articles : pandas.DataFrame
        Indexed by ``doc_id``, as returned by :func:`analysis.load_articles`.
    text_col : str
        The column holding the text.
    workers : int, optional
        Processes (default: one per core for large corpora).
    progress : bool, optional
        Progress bar (default: long runs outside CI only).

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``sent_idx`` (0-based within the article), ``para_idx``,
        ``text``, and ``start``/``end``: character offsets into the article's text,
        so that ``article_text[start:end] == text``.

    """
    from analysis._engine.parallel import map_chunks

    spans = map_chunks(
        spans_of_texts, articles[text_col].tolist(), workers=workers, progress=progress, desc="sentences"
    )
    return sentences_table(articles, spans_frame(articles.index, spans), text_col)
