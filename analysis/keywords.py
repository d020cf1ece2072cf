"""Keyword groups over time, concordances (kwic), top terms, keyness and collocations.

Keyword groups (``data/keywords.toml``) name themes as lists of terms and
phrases with ``*`` wildcards. Matching runs on the token sequence of each text:
a term in capitals (NATO, US) matches capitals only, anything else ignores case.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import CorpusError
from analysis.parallel import map_chunks
from analysis.paths import DATA_DIR
from analysis.periods import complete_periods, period_start
from analysis.tokens import TOKEN_RE, field_columns, field_texts, is_acronym

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


def _groups(groups: Mapping[str, Sequence[str]] | str | Path | None) -> dict[str, list[str]]:
    if groups is None or isinstance(groups, (str, Path)):
        return load_keyword_groups(groups)
    return {str(k): [terms] if isinstance(terms, str) else list(terms) for k, terms in groups.items()}


class KeywordMatcher:
    """Finds the terms of keyword groups in token sequences.

    Each term is a sequence of word patterns (``*`` matches any characters within
    a word). A term in capitals matches capitals only; other terms ignore case.
    Within a group, matches do not overlap: at each position the longest term
    wins, and the search resumes after it. Which terms can start at a token is
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
            found = [(g, pats) for g, pats in self._terms if pats[0].fullmatch(token)]
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
    named = _groups(groups)
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
    return out[["period", "group", *by, *TREND_COLUMNS[2:]]]


KWIC_COLUMNS = ["doc_id", "field", "position", "start", "end", "left", "keyword", "right"]


def kwic(
    articles: pd.DataFrame,
    pattern: str | Sequence[str],
    window: int = 8,
    fields: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """A concordance: every match of a term or phrase with its context, as in quanteda's ``kwic``.

    Parameters
    ----------
    articles : pandas.DataFrame
        Indexed by ``doc_id``.
    pattern : str or list of str
        Terms or phrases, with ``*`` wildcards (same rules as keyword groups).
    window : int
        Tokens of context on each side (fewer at the edges of a text).
    fields : str or sequence of str, optional
        The columns read: headline and body (``("title", "text")``) by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``published`` (when the articles have it), ``field``
        (``title`` or ``text``), ``position`` (token number of the match in its
        field), ``start``/``end`` (character offsets of the match in the field),
        ``left``, ``keyword``, ``right``; headline matches before body matches.

    """
    matcher = KeywordMatcher({"pattern": [pattern] if isinstance(pattern, str) else list(pattern)})
    columns = field_columns(articles, fields)
    rows = []
    for doc_id, texts in zip(articles.index, field_texts(articles, columns), strict=True):
        for field, text in zip(columns, texts, strict=True):
            if isinstance(text, str):
                rows.extend(_concordance(doc_id, field, text, matcher, window))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    out["_field"] = out["field"].map({c: k for k, c in enumerate(columns)})
    out = out.sort_values(["doc_id", "_field", "position"], kind="stable").drop(columns="_field")
    out = out.reset_index(drop=True)
    if "published" in articles.columns:
        out.insert(1, "published", out["doc_id"].map(articles["published"]))
    return out


def _concordance(doc_id, field: str, text: str, matcher: KeywordMatcher, window: int) -> list[tuple]:
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    tokens = [text[s:e] for s, e in spans]
    rows = []
    for _, first, length in matcher.find(tokens):
        last = first + length - 1
        lo, hi = max(0, first - window), min(len(spans), last + 1 + window)
        rows.append(
            (
                doc_id,
                field,
                first,
                spans[first][0],
                spans[last][1],
                _flat(text[spans[lo][0] : spans[first][0]]) if first > lo else "",
                _flat(text[spans[first][0] : spans[last][1]]),
                _flat(text[spans[last][1] : spans[hi - 1][1]]) if hi > last + 1 else "",
            )
        )
    return rows


def _content_mask(tokens: pd.DataFrame, term_col: str) -> np.ndarray:
    """Tokens that are words: not stop words, not punctuation, and holding a letter (no bare numbers)."""
    terms = tokens[term_col]
    if isinstance(terms.dtype, pd.CategoricalDtype):
        lettered = np.array([any(ch.isalpha() for ch in str(t)) for t in terms.cat.categories] + [False])
        has_letter = lettered[terms.cat.codes.to_numpy()]
    else:
        has_letter = terms.astype(str).str.contains(r"[^\W\d_]", regex=True).to_numpy()
    return ~tokens["is_stop"].to_numpy() & ~tokens["is_punct"].to_numpy() & has_letter


def _flat(text: str) -> str:
    return " ".join(text.split())


def _with_period(tokens: pd.DataFrame, by: str) -> tuple[pd.DataFrame, str]:
    aliases = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
    if by in aliases:
        frame = tokens.copy()
        frame[by] = period_start(frame["published"], aliases[by])
        return frame, by
    return tokens, by


def top_terms(tokens: pd.DataFrame, by: str = "month", n: int = 20, term_col: str = "norm") -> pd.DataFrame:
    """The ``n`` most frequent content terms per group (``"month"``, ``"week"``, ``"outlet"`` or a column).

    Returns
    -------
    pandas.DataFrame
        ``by``, ``rank``, ``term``, ``count``, ``per_1k`` (per thousand content tokens of the group).

    """
    content = tokens[_content_mask(tokens, term_col)]
    content, column = _with_period(content, by)
    counts = content.groupby([column, term_col], observed=True).size().rename("count").reset_index()
    counts = counts[counts["count"] > 0]
    totals = counts.groupby(column)["count"].transform("sum")
    counts["per_1k"] = 1000 * counts["count"] / totals
    counts = counts.sort_values([column, "count", term_col], ascending=[True, False, True], kind="stable")
    counts["rank"] = counts.groupby(column).cumcount() + 1
    out = counts[counts["rank"] <= n].rename(columns={term_col: "term"})
    return out[[column, "rank", "term", "count", "per_1k"]].reset_index(drop=True)


def _selection(tokens: pd.DataFrame, which) -> np.ndarray:
    if isinstance(which, pd.Series):
        return which.to_numpy(dtype=bool)
    if callable(which):
        return np.asarray(which(tokens), dtype=bool)
    mask = np.ones(len(tokens), dtype=bool)
    for column, wanted in dict(which).items():
        frame, column = _with_period(tokens, column)
        values = frame[column]
        wanted = wanted if isinstance(wanted, (list, tuple, set)) else [wanted]
        if column in {"day", "week", "month", "quarter", "year"}:
            wanted = [pd.Timestamp(w) for w in wanted]
        mask &= values.isin(wanted).to_numpy()
    return mask


def keyness(
    tokens: pd.DataFrame,
    target,
    reference=None,
    term_col: str = "norm",
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Terms that distinguish a target from a reference, by weighted log-odds.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", with an informative
    Dirichlet prior taken from the whole token table: for term *w*,
    ``δ = log((y_t + a_w) / (n_t + a0 - y_t - a_w)) - log((y_r + a_w) / (n_r + a0 - y_r - a_w))``,
    ``var(δ) ≈ 1 / (y_t + a_w) + 1 / (y_r + a_w)``, ``z = δ / sqrt(var)``, where
    ``a_w = a0 * (corpus count of w) / (corpus tokens)``.

    Parameters
    ----------
    tokens : pandas.DataFrame
        As returned by :func:`analysis.tokenize` (stop words and punctuation are left out).
    target, reference
        The two sides: a boolean Series aligned with ``tokens``, a callable
        returning one, or a dict of filters such as ``{"outlet": "Daily Ledger"}`` or
        ``{"month": "2022-01-01"}``. ``reference=None`` means every other token.
    term_col : str
        ``"norm"``, ``"lower"`` or ``"token"``.
    prior_scale : float, optional
        ``a0``, the prior's total weight; default the number of tokens in the
        corpus divided by 10 (a prior a tenth as strong as the data).
    min_count : int
        Leave out terms seen fewer times on the two sides together.

    Returns
    -------
    pandas.DataFrame
        ``term``, ``count_target``, ``count_reference``, ``delta`` (log-odds
        ratio), ``se``, ``z``; sorted by ``z``, most distinctive of the target first.

    """
    content = _content_mask(tokens, term_col)
    in_target = _selection(tokens, target) & content
    in_reference = (~_selection(tokens, target) if reference is None else _selection(tokens, reference)) & content
    terms = tokens[term_col].astype(str).to_numpy()
    all_counts = Counter(terms[content])
    y_t, y_r = Counter(terms[in_target]), Counter(terms[in_reference])
    return keyness_from_counts(y_t, y_r, all_counts, prior_scale, min_count)


def keyness_by(
    tokens: pd.DataFrame,
    by: str = "month",
    n: int | None = None,
    term_col: str = "norm",
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Keyness of each group (each month, or each value of a column) against every other token.

    Parameters
    ----------
    tokens : pandas.DataFrame
        As returned by :func:`analysis.tokenize`.
    by : str
        ``"week"``, ``"month"``, ``"quarter"``, ``"year"`` or a token column (``"outlet"``).
    n : int, optional
        Keep the ``n`` most distinctive terms of each group (all by default).
    term_col, prior_scale, min_count
        As for :func:`keyness`.

    Returns
    -------
    pandas.DataFrame
        ``by``, ``rank``, ``term``, ``count_target``, ``count_reference``,
        ``delta``, ``se``, ``z``, ``n_tokens`` (content tokens of the group);
        groups in order, terms by ``z``. Groups without content tokens are absent.

    """
    content = _content_mask(tokens, term_col)
    frame, column = _with_period(tokens[content], by)
    terms = frame[term_col].astype(str).to_numpy()
    background = Counter(terms)
    keys = frame[column].to_numpy()
    parts = []
    for value in sorted(pd.unique(keys[pd.notna(keys)])):
        inside = keys == value
        target = Counter(terms[inside])
        reference = background - target
        table = keyness_from_counts(target, reference, background, prior_scale, min_count)
        table = table.head(n) if n is not None else table
        table.insert(0, "rank", range(1, len(table) + 1))
        table.insert(0, column, value)
        table["n_tokens"] = int(inside.sum())
        parts.append(table)
    columns = [column, "rank", "term", "count_target", "count_reference", "delta", "se", "z", "n_tokens"]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def keyness_from_counts(
    target: Mapping[str, int],
    reference: Mapping[str, int],
    background: Mapping[str, int] | None = None,
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Weighted log-odds with an informative Dirichlet prior from term counts (see :func:`keyness`)."""
    background = background or Counter(target) + Counter(reference)
    total = sum(background.values())
    a0 = prior_scale if prior_scale is not None else total / 10
    n_t, n_r = sum(target.values()), sum(reference.values())
    rows = []
    for term, count in background.items():
        yt, yr = target.get(term, 0), reference.get(term, 0)
        if yt + yr < min_count:
            continue
        a = a0 * count / total
        delta = math.log((yt + a) / (n_t + a0 - yt - a)) - math.log((yr + a) / (n_r + a0 - yr - a))
        se = math.sqrt(1 / (yt + a) + 1 / (yr + a))
        rows.append((term, yt, yr, delta, se, delta / se))
    out = pd.DataFrame(rows, columns=["term", "count_target", "count_reference", "delta", "se", "z"])
    return out.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


def collocations(tokens: pd.DataFrame, n: int = 2, min_count: int = 2, term_col: str = "lower") -> pd.DataFrame:
    """Word n-grams that occur together more than chance, and phrases that recur across articles and dates.

    N-grams are read within sentences, never across punctuation, and neither
    start nor end with a stop word.

    Returns
    -------
    pandas.DataFrame
        ``ngram``, ``count``, ``n_docs``, ``n_dates`` (distinct publication days),
        ``pmi`` (pointwise mutual information, log2), ``llr`` (Dunning's
        log-likelihood ratio, for bigrams) and ``recurring`` (seen in at least two
        articles on at least two dates: a formula someone repeats); sorted by
        ``llr`` then ``count``.

    """
    words = tokens[term_col].astype(str).to_numpy()
    stop = tokens["is_stop"].to_numpy()
    punct = tokens["is_punct"].to_numpy()
    doc = tokens["doc_id"].astype(str).to_numpy()
    sent = tokens["sent_idx"].to_numpy()
    day = pd.to_datetime(tokens["published"]).dt.strftime("%Y-%m-%d").to_numpy() if "published" in tokens else doc
    unigram = Counter(words[~punct])
    n_tokens = int((~punct).sum())
    grams: Counter[str] = Counter()
    docs: dict[str, set] = {}
    dates: dict[str, set] = {}
    for i in range(len(words) - n + 1):
        j = i + n - 1
        if doc[i] != doc[j] or sent[i] != sent[j] or punct[i : j + 1].any() or stop[i] or stop[j]:
            continue
        gram = " ".join(words[i : j + 1])
        grams[gram] += 1
        docs.setdefault(gram, set()).add(doc[i])
        dates.setdefault(gram, set()).add(day[i])
    rows = []
    n_grams = sum(grams.values()) or 1
    for gram, count in grams.items():
        if count < min_count:
            continue
        parts = gram.split(" ")
        expected = n_grams * math.prod(unigram[p] / n_tokens for p in parts)
        pmi = math.log2(count / expected) if expected > 0 else math.nan
        llr = _llr(count, unigram[parts[0]], unigram[parts[-1]], n_tokens) if n == 2 else math.nan
        rows.append((gram, count, len(docs[gram]), len(dates[gram]), pmi, llr))
    out = pd.DataFrame(rows, columns=["ngram", "count", "n_docs", "n_dates", "pmi", "llr"])
    out["recurring"] = (out["n_docs"] >= 2) & (out["n_dates"] >= 2)
    return out.sort_values(["llr", "count", "ngram"], ascending=[False, False, True], kind="stable").reset_index(
        drop=True
    )


def _llr(k11: int, c1: int, c2: int, n: int) -> float:
    """Dunning's log-likelihood ratio for a bigram seen ``k11`` times, its words ``c1`` and ``c2`` times."""
    k12, k21 = max(c1 - k11, 0), max(c2 - k11, 0)
    k22 = max(n - k11 - k12 - k21, 0)

    def h(*ks: int) -> float:
        total = sum(ks)
        return sum(k * math.log(k / total) for k in ks if k > 0)

    return 2 * (h(k11, k12, k21, k22) - h(k11 + k12, k21 + k22) - h(k11 + k21, k12 + k22))
