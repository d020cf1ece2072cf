"""Keyword groups: themes as lists of terms with wildcards, counted in headline and text, and their trends.

Keyword groups (``data/keywords.toml``) name themes as lists of terms and
phrases with ``*`` wildcards. Matching runs on the token sequence of each text:
a term in capitals (NATO, US) matches capitals only, anything else ignores case.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
import warnings
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.parallel import map_chunks
from analysis.errors import CorpusError
from analysis.paths import DATA_DIR
from analysis.text.tokens import TOKEN_RE, field_columns, field_texts, is_acronym
from analysis.trends.periods import complete_periods, period_start

DEFAULT_KEYWORDS = DATA_DIR / "keywords.toml"


_WILDCARD = "QQWILDCARDQQ"  # stands for "*" while a term is split into words


TREND_COLUMNS = ["period", "group", "count", "n_words", "per_1k_words", "n_docs", "n_articles", "share"]


def load_keyword_groups(path: str | Path | None = None) -> dict[str, list[str]]:
    """Read keyword groups from a TOML file (default ``data/keywords.toml``).

    Raises
    ------
    CorpusError
        If the file cannot be parsed or a group is not a list of strings.

    """
    path = Path(path) if path is not None else DEFAULT_KEYWORDS
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read as a keyword file ({exc})") from exc
    groups = data.get("groups", data)
    for name, terms in groups.items():
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise CorpusError(f"{path}: group {name!r} must be a list of non-empty strings")
    return {str(k): list(v) for k, v in groups.items()}


def as_keyword_groups(
    groups: Mapping[str, Sequence[str] | str] | Sequence[str] | str | Path | None,
) -> dict[str, list[str]]:
    """Keyword groups from whatever a user passes.

    - ``None``: every group of ``data/keywords.toml``;
    - a dict: ``{"sanctions": ["sanction*", "embargo"]}`` (a single term may stand for its list);
    - a path (a ``Path``, or text ending in ``.toml`` or holding a ``/``): a keywords file;
    - text: a group of ``data/keywords.toml`` by name ("nato"), else one term or phrase ("sanction*");
    - a list: each item a group name of ``data/keywords.toml`` or a term of its own group.

    Raises
    ------
    CorpusError
        If a file is missing or malformed; ``TypeError`` if the argument is none of the above.

    """
    if groups is None:
        return load_keyword_groups()
    if isinstance(groups, Path) or (isinstance(groups, str) and (groups.endswith(".toml") or "/" in groups)):
        return load_keyword_groups(groups)
    if isinstance(groups, Mapping):
        out = {}
        for name, terms in groups.items():
            terms = [terms] if isinstance(terms, str) else list(terms)
            if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
                raise TypeError(f"keyword group {name!r} must be a term or a list of non-empty terms, not {terms!r}")
            out[str(name)] = terms
        return out
    items = [groups] if isinstance(groups, str) else list(groups) if isinstance(groups, Sequence) else None
    if items is None or not all(isinstance(item, str) and item.strip() for item in items):
        raise TypeError(
            f"keyword groups must be a dict of terms, a list of terms or group names, a group name or a .toml "
            f"file, not {groups!r}"
        )
    known = load_keyword_groups() if DEFAULT_KEYWORDS.is_file() else {}
    for item in items:
        close = difflib.get_close_matches(item, list(known), n=3, cutoff=0.75)
        if item not in known and close and not set("*? ") & set(item):
            raise ValueError(
                f"{item!r} is not a keyword group of {DEFAULT_KEYWORDS.name}; did you mean "
                f"{' or '.join(map(repr, close))}? To count {item!r} as a term of its own, pass "
                f"{{{item!r}: [{item!r}]}}"
            )
    return {item: known.get(item, [item]) for item in items}


class KeywordMatcher:
    """Finds the terms of keyword groups in token sequences.

    Each term is a sequence of word patterns (``*`` matches any characters within
    a word). A term in capitals matches capitals only; other terms ignore case.
    Within a group, matches do not overlap: at each position the longest term
    wins, and the search resumes after it. A one-word term also matches a part
    of a hyphenated word ("ukrain*" in "Russia-Ukraine", "NATO" in "NATO-led"),
    once per word; slashed forms ("NATO/EU") are separate words already. Which terms can start at a token is
    worked out once per distinct token, so the cost per token is a dict lookup.
    """

    def __init__(self, groups: Mapping[str, Sequence[str]]) -> None:
        self.groups = list(groups)
        self._terms: list[tuple[str, list[re.Pattern[str]]]] = []
        for name, terms in groups.items():
            for term in terms:
                flags = 0 if is_acronym(term.replace("*", "")) else re.IGNORECASE
                words = [m.group() for m in TOKEN_RE.finditer(term.replace("*", _WILDCARD))]
                patterns = [re.compile(re.escape(w).replace(_WILDCARD, ".*"), flags) for w in words]
                if patterns:
                    self._terms.append((name, patterns))
        self._starts: dict[str, list[tuple[str, list[re.Pattern[str]]]]] = {}
        self._is_word: dict[str, bool] = {}

    def _learn(self, tokens: Sequence[str]) -> None:
        """Work out, once for each token not met before, which terms can start at it and whether it is a word."""
        for token in set(tokens).difference(self._starts):
            parts = [part for part in token.split("-") if part] if "-" in token else []
            found = [
                (g, pats)
                for g, pats in self._terms
                if pats[0].fullmatch(token) or (len(pats) == 1 and any(pats[0].fullmatch(part) for part in parts))
            ]
            found.sort(key=lambda item: -len(item[1]))
            self._starts[token] = found
            self._is_word[token] = token[0].isalnum() or token[-1].isalnum()

    def find(self, tokens: Sequence[str]) -> list[tuple[str, int, int]]:
        """Every match as ``(group, first token, number of tokens)``, in text order."""
        self._learn(tokens)
        return self._matches(tokens)

    def _matches(self, tokens: Sequence[str]) -> list[tuple[str, int, int]]:
        starts = self._starts
        out: list[tuple[str, int, int]] = []
        free = dict.fromkeys(self.groups, 0)
        n = len(tokens)
        for i in [i for i, token in enumerate(tokens) if starts[token]]:  # only where a term can start
            for group, patterns in starts[tokens[i]]:
                length = len(patterns)
                if i < free[group] or i + length > n:
                    continue
                if length == 1 or all(p.fullmatch(tokens[i + k]) for k, p in enumerate(patterns[1:], start=1)):
                    out.append((group, i, length))
                    free[group] = i + length
        return out

    def tally(self, tokens: Sequence[str]) -> tuple[list[int], int]:
        """Matches per group (in group order) and the number of word tokens, the new tokens learnt once for both.

        A word token begins or ends with a letter or digit (words and numbers, not punctuation).
        """
        self._learn(tokens)
        counts = dict.fromkeys(self.groups, 0)
        for group, _, _ in self._matches(tokens):
            counts[group] += 1
        return list(counts.values()), sum(map(self._is_word.__getitem__, tokens))


def keyword_counts(
    articles: pd.DataFrame,
    groups: Mapping[str, Sequence[str]] | str | Path | None = None,
    fields: str | Sequence[str] | None = None,
    workers: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Matches of every keyword group in every article, headline and body by default.

    Parameters
    ----------
    articles : pandas.DataFrame
        As returned by :func:`analysis.load_articles`.
    groups : dict, path or None
        Keyword groups (see :func:`keyword_trends`).
    fields : str or sequence of str, optional
        The columns read: ``("title", "text")`` by default, or one of them.
    workers, progress
        Processes and progress bar (see :func:`analysis.load_articles`).

    Returns
    -------
    pandas.DataFrame
        Long form: ``doc_id``, ``group``, ``count`` (matches in all the fields),
        plus ``n_words`` (word tokens in those fields).

    """
    named = as_keyword_groups(groups)
    items = field_texts(articles, field_columns(articles, fields))
    found = map_chunks(counts_of_texts, items, named, workers=workers, progress=progress, desc="keywords")
    return counts_frame(articles.index, found, list(named))


@lru_cache(maxsize=4)
def _matcher(groups_json: str) -> KeywordMatcher:
    return KeywordMatcher(json.loads(groups_json))


def keyword_matcher(groups: dict[str, list[str]]) -> KeywordMatcher:
    """The matcher of these groups, one per process, so its per-token memo is reused across chunks."""
    return _matcher(json.dumps(groups))


def count_text(matcher: KeywordMatcher, text: object) -> tuple[list[int], int]:
    """Matches per group (in the matcher's group order) and the word count of one text."""
    return matcher.tally(TOKEN_RE.findall(text) if isinstance(text, str) else [])


def count_texts(matcher: KeywordMatcher, texts: Sequence[object]) -> tuple[list[int], int]:
    """:func:`count_text` summed over the fields of one article (a match never spans two fields)."""
    counts, n_words = [0] * len(matcher.groups), 0
    for text in texts:
        found, words = count_text(matcher, text)
        counts = [a + b for a, b in zip(counts, found, strict=True)]
        n_words += words
    return counts, n_words


def counts_of_texts(items: list, groups: dict[str, list[str]]) -> list[tuple[list[int], int]]:
    """:func:`count_texts` of each article's fields (for :func:`map_chunks`); an item may be a single text."""
    matcher = keyword_matcher(groups)
    return [count_texts(matcher, item if isinstance(item, tuple) else (item,)) for item in items]


def counts_frame(doc_ids, found: list[tuple[list[int], int]], groups: list[str]) -> pd.DataFrame:
    """The long ``doc_id, group, count, n_words`` table from :func:`count_text` results."""
    counts = np.array([c for c, _ in found], dtype=np.int64).reshape(len(found), len(groups))
    n_words = np.array([n for _, n in found], dtype=np.int64)
    return pd.DataFrame(
        {
            "doc_id": np.repeat(np.array(list(doc_ids), dtype=object), len(groups)),
            "group": np.tile(np.array(groups, dtype=object), len(found)),
            "count": counts.ravel(),
            "n_words": np.repeat(n_words, len(groups)),
        }
    )


def keyword_trends(
    articles: pd.DataFrame,
    groups: Mapping[str, Sequence[str]] | str | Path | None = None,
    freq: str = "W",
    by: Sequence[str] | str | None = None,
    fields: str | Sequence[str] | None = None,
    counts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Attention to each keyword group per period, with empty periods as zeros.

    Parameters
    ----------
    articles : pandas.DataFrame
        As returned by :func:`analysis.load_articles` (needs ``published``).
    groups : dict, path or None
        Keyword groups: ``{"ukraine": ["ukrain*"]}``, a TOML file, or ``None``
        for ``data/keywords.toml``.
    freq : str
        Period alias.
    by : str or sequence of str, optional
        Article columns to break down by (``"outlet"``).
    fields : str or sequence of str, optional
        The columns read: headline and body (``("title", "text")``) by default.
    counts : pandas.DataFrame, optional
        Precomputed :func:`keyword_counts` (for example from the cache, which
        reads headline and body); ``groups`` and ``fields`` are then ignored.

    Returns
    -------
    pandas.DataFrame
        ``period``, ``group`` (and the ``by`` columns), ``count`` (matches),
        ``n_words`` (words in the period's articles), ``per_1k_words``,
        ``n_docs`` (articles mentioning the group in any field, each counted
        once), ``n_articles`` (all articles in the period and by-group) and
        ``share`` (``n_docs / n_articles``, Media Cloud's attention ratio; NA
        where there are no articles).

    """
    by = [] if by is None else ([by] if isinstance(by, str) else list(by))
    counts = keyword_counts(articles, groups, fields) if counts is None else counts
    meta = articles[["published", *by]].copy()
    for column in by:
        meta[column] = meta[column].astype(object).fillna("(unknown)")
    meta["period"] = period_start(meta["published"], freq)
    meta = meta.dropna(subset=["published"])
    data = counts.merge(meta.drop(columns="published"), left_on="doc_id", right_index=True)
    keys = ["group", *by, "period"]
    out = (
        data.assign(mentions=data["count"] > 0)
        .groupby(keys, observed=True)
        .agg(
            count=("count", "sum"),
            n_words=("n_words", "sum"),
            n_docs=("mentions", "sum"),
            n_articles=("doc_id", "size"),
        )
        .reset_index()
    )
    span = (meta["period"].min(), meta["period"].max()) if len(meta) else None
    out = complete_periods(out, ["group", *by], freq, span=span)
    out = out.astype({"count": "int64", "n_words": "int64", "n_docs": "int64", "n_articles": "int64"})
    out["per_1k_words"] = (1000 * out["count"] / out["n_words"].where(out["n_words"] > 0)).astype("Float64")
    out["share"] = (out["n_docs"] / out["n_articles"].where(out["n_articles"] > 0)).astype("Float64")
    silent = sorted(set(out["group"].astype(str)) - set(out.loc[out["count"] > 0, "group"].astype(str)))
    if silent and len(meta):
        warnings.warn(
            f"keyword_trends: {', '.join(map(repr, silent))} matched nothing in {len(meta):,} articles "
            "(check the spelling; a trailing * matches every ending: 'sanction*')",
            stacklevel=2,
        )
    return out[["period", "group", *by, *TREND_COLUMNS[2:]]]
