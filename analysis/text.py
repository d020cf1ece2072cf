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
from functools import lru_cache

import pandas as pd

#: Abbreviations (lower case, without the final full stop) that do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "brig",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "llc",
        "bros",
        "dept",
        "est",
        "approx",
        "vs",
        "etc",
        "fig",
        "vol",
        "no",
        "nos",
        "art",
        "sec",
        "para",
        "cf",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "u.s.s.r",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "d.c",
        "n.y",
        "l.a",
    ]
)
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_MAX_QUOTE_MERGE = 6

SENTENCE_COLUMNS = ["doc_id", "sent_idx", "para_idx", "text", "start", "end"]


@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def _open_quote(text: str) -> bool:
    """Whether ``text`` leaves a double quotation open."""
    straight = text.count('"') % 2 == 1
    return straight or text.count("“") > text.count("”") or text.count("«") > text.count("»")


def _closes_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“") or text.count("»") > text.count("«")


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Sentence spans of a text as ``(start, end, paragraph_index)``; offsets index ``text``."""
    tokenizer = _punkt()
    spans: list[tuple[int, int, int]] = []
    for para_idx, para in enumerate(_PARAGRAPH_RE.finditer(text)):
        base = para.start()
        raw = [(base + s, base + e) for s, e in tokenizer.span_tokenize(para.group())]
        i = 0
        while i < len(raw):
            start, end = raw[i]
            if _open_quote(text[start:end]):
                for j in range(i + 1, min(i + 1 + _MAX_QUOTE_MERGE, len(raw))):
                    if _closes_quote(text[raw[j][0] : raw[j][1]]):
                        end = raw[j][1]
                        i = j
                        break
            if spans and spans[-1][2] == para_idx and not any(ch.isalnum() for ch in text[start:end]):
                spans[-1] = (spans[-1][0], end, para_idx)  # stray punctuation joins the sentence before
            else:
                spans.append((start, end, para_idx))
            i += 1
    return spans


def spans_of_texts(texts: list[str]) -> list[list[tuple[int, int, int]]]:
    """Sentence spans of each text (for :func:`analysis.parallel.map_chunks`)."""
    return [sentence_spans(t) if isinstance(t, str) else [] for t in texts]


def sentences_from_spans(articles: pd.DataFrame, spans: list[list[tuple[int, int, int]]], text_col: str = "text"):
    """The sentences table from each article's spans."""
    rows = []
    for (doc_id, text), doc_spans in zip(articles[text_col].items(), spans, strict=True):
        for sent_idx, (start, end, para_idx) in enumerate(doc_spans):
            rows.append((doc_id, sent_idx, para_idx, text[start:end], start, end))
    frame = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return frame.astype(
        {
            "doc_id": "string",
            "text": "string",
            "sent_idx": "int64",
            "para_idx": "int64",
            "start": "int64",
            "end": "int64",
        }
    )


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
    from analysis.parallel import map_chunks

    spans = map_chunks(
        spans_of_texts, articles[text_col].tolist(), workers=workers, progress=progress, desc="sentences"
    )
    return sentences_from_spans(articles, spans, text_col)
