"""Tokens and the document-term matrix, offline.

Tokens come from one regular expression that keeps abbreviations ("U.S."),
hyphenated names ("Russia-NATO"), contractions and numbers with their
separators ("12.11.2021", "2+2" splits, "10%" stays) whole. ``norm`` folds case
and inflection with NLTK's Snowball stemmer (no data to download) and drops a
possessive "'s"; listed multi-word names ("Black Sea") can be merged into one
token. An all-capitals token (NATO, US) is never a stop word, so "US" survives
while "us" does not.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from analysis.text.sentences import sentence_spans

TOKEN_RE = re.compile(
    r"[A-Za-z](?:\.(?:[A-Za-z]\.)+"  # abbreviations: U.S., U.K. (an ASCII letter read once for them and words)
    r"|\w*(?:[-'’&]\w+)*)"  # ... or a word from an ASCII letter, as below
    r"|\d+(?:[.,:/]\d+)*%?"  # numbers, dates, times, percentages
    r"|[^\W\d_]\w*(?:[-'’&]\w+)*"  # words, hyphenated and with apostrophes (a mark only between word characters)
    r"|[^\w\s]",  # any other single character
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The English stop words shipped with the package (lower case)."""
    text = resources.files("analysis.resources").joinpath("stopwords_en.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=500_000)
def normalise(token: str) -> str:
    """Case- and inflection-folded form of a token ("Guarantees" → "guarante", "Russia's" → "russia")."""
    lower = token.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    if " " in lower:
        return " ".join(_stemmer().stem(w) for w in lower.split())
    return _stemmer().stem(lower) if lower[:1].isalpha() else lower


def is_acronym(token: str) -> bool:
    """An all-capitals word of two or more letters (NATO, US, OSCE)."""
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of a text."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _phrase_re(phrases: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = sorted({p.strip() for p in phrases if " " in p.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alternatives)
    return re.compile(rf"\b(?:{body})\b")


#: The fields of an article that keyword searches read by default: the headline and the body.
DEFAULT_FIELDS = ("title", "text")


def field_columns(articles: pd.DataFrame, fields: str | Sequence[str] | None) -> list[str]:
    """The article columns a search reads: ``fields`` (a name or names; default headline and body).

    Raises
    ------
    KeyError
        If a field is not a column of ``articles``; the message lists the columns.

    """
    chosen = list(DEFAULT_FIELDS) if fields is None else [fields] if isinstance(fields, str) else list(fields)
    missing = [f for f in chosen if f not in articles.columns]
    if missing == ["title"] and fields is None:
        return ["text"]  # a table without headlines: the body alone
    if missing:
        raise KeyError(f"fields {missing} are not columns of the articles; they have {list(articles.columns)}")
    return chosen


def field_texts(articles: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """Each article's texts of the chosen fields, as a tuple (``None`` for a missing value)."""
    values = [articles[c].astype(object).where(articles[c].notna(), None).tolist() for c in columns]
    return list(zip(*values, strict=True))


def tokenize(
    articles: pd.DataFrame,
    fields: str | Sequence[str] | None = None,
    phrases: Iterable[str] = (),
    by_sentence: bool = True,
) -> pd.DataFrame:
    """One row per token of every article (long form).

    Parameters
    ----------
    articles : pandas.DataFrame
        Indexed by ``doc_id``, with a text column; ``published`` and ``outlet``
        are carried over when present.
    fields : str or sequence of str, optional
        The columns read: headline and body (``("title", "text")``) by default.
    phrases : iterable of str
        Multi-word names to keep as one token ("Black Sea", "Open Skies Treaty"),
        matched case-sensitively as written.
    by_sentence : bool
        Number tokens by sentence (``sent_idx``); ``False`` skips sentence
        splitting (faster) and leaves ``sent_idx`` at 0.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``field`` (``title`` or ``text``), ``sent_idx`` (``-1`` for
        the headline, which is a sentence of its own), ``position`` (token
        number in the field), ``start`` (character offset in the field),
        ``token``, ``lower``, ``norm``, ``is_stop``, ``is_punct`` (and
        ``published``, ``outlet`` when the articles have them); each article's
        headline tokens come before its body's. Text columns are categorical,
        so a large corpus stays small in memory.

    """
    merge = _phrase_re(phrases)
    columns = field_columns(articles, fields)
    vocab: dict[str, int] = {}
    setdefault = vocab.setdefault
    codes, docs, positions, starts, field_codes = array("i"), array("i"), array("i"), array("q"), array("b")
    sents: list[np.ndarray] = []
    doc_ids = list(articles.index)
    for d, texts in enumerate(field_texts(articles, columns)):
        for f, (column, text) in enumerate(zip(columns, texts, strict=True)):
            if not isinstance(text, str):
                continue
            spans = _merged_spans(text, merge)
            if not spans:
                continue
            begin = [s for s, _ in spans]
            codes.extend([setdefault(text[s:e], len(vocab)) for s, e in spans])
            docs.extend([d] * len(spans))
            field_codes.extend([f] * len(spans))
            positions.extend(range(len(spans)))
            starts.extend(begin)
            if column == "title":
                sents.append(np.full(len(spans), -1, dtype=np.int32))
            elif by_sentence:
                ends = [e for _, e, _ in sentence_spans(text)]
                sents.append(np.searchsorted(ends, begin, side="right").astype(np.int32))
            else:
                sents.append(np.zeros(len(spans), dtype=np.int32))
    sent_idx = np.concatenate(sents) if sents else np.zeros(0, dtype=np.int32)
    frame = _token_frame(vocab, codes, docs, sent_idx, positions, starts, doc_ids, articles)
    frame.insert(1, "field", pd.Categorical.from_codes(np.frombuffer(field_codes, dtype=np.int8), categories=columns))
    return frame


def _merged_spans(text: str, merge: re.Pattern[str] | None) -> list[tuple[int, int]]:
    spans = token_spans(text)
    if merge is None:
        return spans
    joined = [m.span() for m in merge.finditer(text)]
    if not joined:
        return spans
    out, j = [], 0
    for s, e in spans:
        while j < len(joined) and joined[j][1] <= s:
            j += 1
        if j < len(joined) and joined[j][0] <= s < joined[j][1]:
            if s == joined[j][0]:
                out.append(joined[j])
            continue
        out.append((s, e))
    return out


def _token_frame(vocab, codes, docs, sents, positions, starts, doc_ids, articles) -> pd.DataFrame:
    words = list(vocab)
    lower = [w.lower() for w in words]
    stops = stop_words()
    token_cat = pd.Categorical.from_codes(np.frombuffer(codes, dtype=np.int32), categories=words)
    doc_codes = np.frombuffer(docs, dtype=np.int32)
    frame = pd.DataFrame(
        {
            "doc_id": pd.Categorical.from_codes(doc_codes, categories=pd.Index(doc_ids, dtype=str)),
            "sent_idx": sents,
            "position": np.frombuffer(positions, dtype=np.int32),
            "start": np.frombuffer(starts, dtype=np.int64),
            "token": token_cat,
        }
    )
    per_word = pd.DataFrame(
        {
            "lower": lower,
            "norm": [normalise(w) for w in words],
            "is_stop": [
                lw.replace("’", "'") in stops and not is_acronym(w) for w, lw in zip(words, lower, strict=True)
            ],
            "is_punct": [not any(ch.isalnum() for ch in w) for w in words],
        }
    )
    token_codes = token_cat.codes
    for column in ("lower", "norm"):
        values, uniques = pd.factorize(per_word[column])
        frame[column] = pd.Categorical.from_codes(values[token_codes], categories=uniques)
    for column in ("is_stop", "is_punct"):
        frame[column] = per_word[column].to_numpy()[token_codes]
    if "published" in articles.columns:
        frame["published"] = articles["published"].to_numpy()[doc_codes]
    if "outlet" in articles.columns:
        outlets, names = pd.factorize(articles["outlet"].astype(object), use_na_sentinel=True)
        frame["outlet"] = pd.Categorical.from_codes(outlets[doc_codes], categories=names)
    return frame


@dataclass
class DocTermMatrix:
    """A sparse documents × terms count matrix.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix
        Counts, one row per document and one column per term.
    doc_ids : pandas.Index
        Row labels.
    terms : pandas.Index
        Column labels.

    """

    matrix: object
    doc_ids: pd.Index
    terms: pd.Index

    @property
    def shape(self) -> tuple[int, int]:
        """``(documents, terms)``."""
        return self.matrix.shape

    def to_frame(self) -> pd.DataFrame:
        """A dense DataFrame (for small corpora)."""
        return pd.DataFrame(self.matrix.toarray(), index=self.doc_ids, columns=self.terms)

    def term_counts(self) -> pd.Series:
        """Total count of each term, largest first."""
        totals = np.asarray(self.matrix.sum(axis=0)).ravel()
        return pd.Series(totals, index=self.terms, name="count").sort_values(ascending=False, kind="stable")


def doc_term_matrix(
    tokens: pd.DataFrame,
    term_col: str = "norm",
    min_count: int = 1,
    min_docs: int = 1,
    drop_stop: bool = True,
    drop_punct: bool = True,
) -> DocTermMatrix:
    """Count terms per document.

    Parameters
    ----------
    tokens : pandas.DataFrame
        As returned by :func:`tokenize`.
    term_col : str
        ``"norm"`` (stems, default), ``"lower"`` or ``"token"``.
    min_count, min_docs : int
        Keep terms seen at least this often in all, and in at least this many documents.
    drop_stop, drop_punct : bool
        Leave out stop words and punctuation.

    Returns
    -------
    DocTermMatrix

    """
    from scipy import sparse

    keep = np.ones(len(tokens), dtype=bool)
    if drop_stop:
        keep &= ~tokens["is_stop"].to_numpy()
    if drop_punct:
        keep &= ~tokens["is_punct"].to_numpy()
    data = tokens.loc[keep, ["doc_id", term_col]]
    docs = data["doc_id"].cat.codes.to_numpy()
    terms_cat = data[term_col].astype("category").cat.remove_unused_categories()
    matrix = sparse.csr_matrix(
        (np.ones(len(data), dtype=np.int64), (docs, terms_cat.cat.codes.to_numpy())),
        shape=(len(tokens["doc_id"].cat.categories), len(terms_cat.cat.categories)),
    )
    matrix.sum_duplicates()
    counts = np.asarray(matrix.sum(axis=0)).ravel()
    n_docs = np.asarray((matrix > 0).sum(axis=0)).ravel()
    wanted = np.flatnonzero((counts >= min_count) & (n_docs >= min_docs))
    terms = pd.Index(terms_cat.cat.categories[wanted], name="term")
    return DocTermMatrix(matrix[:, wanted].tocsr(), pd.Index(tokens["doc_id"].cat.categories, name="doc_id"), terms)
