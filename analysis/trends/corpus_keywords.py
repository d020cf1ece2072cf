"""Which keyword groups a corpus is charted for: the user's, the corpus's own file, or groups proposed from it.

The demo corpus's groups ("black sea", "arms control") say nothing about another
corpus. The groups come, in this order, from:

1. what the user gives (``--keywords FILE``, the notebooks' ``keywords_file``,
   ``run_pipeline(keyword_groups=...)``);
2. ``keywords.toml`` beside the corpus (in its folder, or beside its table);
3. ``data/keywords.toml`` when the corpus is the bundled demo (``data/raw``);
4. otherwise, groups **proposed** from the corpus: its most distinctive words,
   those that mark one period off from the others (weighted log-odds, see
   :func:`analysis.trends.keyness.keyness`), or, without dates, the words that
   most articles share without being everywhere. A proposal says so, and how
   to write one's own file.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.memo import fill_memo
from analysis.paths import DEFAULT_CORPUS, PROJECT_ROOT
from analysis.text.tokens import TOKEN_RE, field_columns, field_texts, normalise, stop_words
from analysis.trends.keywords import DEFAULT_KEYWORDS, as_keyword_groups, load_keyword_groups

#: The file beside a corpus that names its keyword groups.
CORPUS_KEYWORDS = "keywords.toml"
#: How many groups a proposal holds, and how many articles it reads at most (evenly spread over the corpus).
PROPOSED_GROUPS = 8
PROPOSAL_SAMPLE = 3000
#: A proposed word is in at least this share of the articles read, and at most ``_MOST`` (everywhere: no side).
_LEAST, _MOST = 0.01, 0.7


@dataclass(frozen=True)
class KeywordChoice:
    """Keyword groups and where they came from (``how``: ``given``, ``beside the corpus``, ``demo``, ``proposed``)."""

    groups: dict[str, list[str]]
    how: str
    path: Path | None = None

    @property
    def note(self) -> str:
        """A sentence for a notebook: which groups are charted, and how to chart others."""
        names = ", ".join(self.groups) or "none"
        if self.how == "proposed":
            return (
                f"No keyword groups were given for this corpus, so these were proposed from it (the words that "
                f"most set one period apart, or that many of its articles share): {names}. To chart your own, "
                f'write them in {CORPUS_KEYWORDS} beside the corpus ([groups] then sanctions = ["sanction*", '
                f'"embargo"]) or pass --keywords FILE.'
            )
        shown = _shown(self.path) if self.path is not None else ""
        where = {"given": f"{shown or 'the groups given'}", "beside the corpus": shown, "demo": f"{shown} (the demo's)"}
        return f"Keyword groups from {where.get(self.how, self.how)}: {names}."


def _shown(path: Path) -> str:
    """A path for a notebook's reader: from the project's root, else its folder and name (never the machine's)."""
    try:
        return Path(path).resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return f"{Path(path).parent.name}/{Path(path).name}"


def choose_keyword_groups(source, articles: pd.DataFrame, keywords=None) -> KeywordChoice:
    """The keyword groups of a corpus, by the order of the module docstring."""
    if keywords is not None:
        path = Path(keywords) if isinstance(keywords, (str, Path)) and str(keywords).endswith(".toml") else None
        return KeywordChoice(as_keyword_groups(keywords), "given", path)
    own = corpus_groups_file(source)
    if own is not None:
        return KeywordChoice(load_keyword_groups(own), "demo" if own == DEFAULT_KEYWORDS else "beside the corpus", own)
    return KeywordChoice(propose_keyword_groups(articles), "proposed")


def corpus_groups_file(source) -> Path | None:
    """A corpus's keywords file: ``keywords.toml`` beside it, or ``data/keywords.toml`` for the demo, or ``None``."""
    beside = _beside(source)
    if beside is not None:
        return beside
    return DEFAULT_KEYWORDS if _is_demo(source) and DEFAULT_KEYWORDS.is_file() else None


def _folder(source) -> Path | None:
    if not isinstance(source, (str, Path)):
        return None
    path = Path(source)
    return path if path.is_dir() else path.parent


def _beside(source) -> Path | None:
    folder = _folder(source)
    found = folder / CORPUS_KEYWORDS if folder is not None else None
    return found if found is not None and found.is_file() else None


def _is_demo(source) -> bool:
    folder = _folder(source)
    return folder is not None and folder.resolve() == DEFAULT_CORPUS.resolve()


def propose_keyword_groups(articles: pd.DataFrame, n: int = PROPOSED_GROUPS) -> dict[str, list[str]]:
    """Up to ``n`` groups of one word each (its stem with a wildcard: ``"ukrain*"``), proposed from the corpus.

    The articles read (at most :data:`PROPOSAL_SAMPLE`, evenly spread) are cut
    into sides: up to :data:`_SIDES` spans of time with as many articles each
    when the corpus spans two months or more, else its largest outlets. Each
    side's words are weighed against the rest (weighted log-odds); the words
    that most set a side apart win. Without sides, the words most articles
    share without being common to most (in 1 % to 15 % of them).
    """
    from analysis.trends.keyness import keyness_from_counts

    if articles.empty:
        return {}
    sample = articles.iloc[:: max(1, len(articles) // PROPOSAL_SAMPLE)]
    starts, lowers, stems = _content_words(sample)
    df: Counter[str] = Counter()
    for k in range(len(starts) - 1):  # each article's words once: the number of articles a stem is in
        df.update(set(stems[starts[k] : starts[k + 1]]))
    n_docs = len(sample)
    sides = _sides(sample)
    most = _MOST if sides is not None else _MOST_UNSPLIT
    candidates = {term: count for term, count in df.items() if max(2, _LEAST * n_docs) <= count <= most * n_docs}
    if not candidates:
        return {}
    kept = [k for k, stem in enumerate(stems) if stem in candidates]
    chosen: list[str] = []
    if sides is not None:
        doc_of = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
        side_of = [None if pd.isna(side) else side for side in sides.tolist()]
        word_sides = [side_of[doc_of[k]] for k in kept]
        kept_stems = [stems[k] for k in kept]
        everywhere, by_side = Counter(kept_stems), Counter(zip(word_sides, kept_stems, strict=True))
        best: dict[str, float] = {}
        present = sorted({side for side in word_sides if side is not None})
        for side in present if len(present) > 1 else ():  # one side holding every candidate: nothing to weigh
            target = Counter({stem: count for (s, stem), count in by_side.items() if s == side})
            table = keyness_from_counts(target, everywhere - target, everywhere, None, min_count=3)
            for term, z in zip(table["term"].astype(str), table["z"], strict=True):
                if np.isfinite(z) and z > best.get(term, 0.0):
                    best[term] = float(z)
        chosen = [term for term, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
    if len(chosen) < n:
        ranked = sorted(candidates, key=lambda term: (-candidates[term], term))
        chosen += [term for term in ranked if term not in chosen][: n - len(chosen)]
    wanted = set(chosen)  # the forms written of the chosen stems only
    words = pd.DataFrame({"norm": [stems[k] for k in kept if stems[k] in wanted]})
    words["lower"] = [lowers[k] for k in kept if stems[k] in wanted]
    forms = words.groupby("norm", observed=True)["lower"].agg(
        lambda s: list(s.astype(str).value_counts().index[:_FORMS])
    )
    groups = {}
    for stem in chosen:
        seen = forms.get(stem, [stem])
        # the wildcard is the stem only where every form seen starts with it ("jeremy" stems to "jeremi")
        prefix = stem if all(form.startswith(stem) for form in seen) else _common_start(seen)
        groups[seen[0]] = [f"{prefix}*"] if len(prefix) >= _WILDCARD_STEM else seen  # "go*" would match "government"
    return groups


def _content_words(sample: pd.DataFrame) -> tuple[list[int], list[str], list[str]]:
    """The words a proposal weighs, article by article, headline then body (as :func:`analysis.tokenize` reads them).

    Returns where each article's words start (one more entry: where the last ends), and each word's lower case
    and stem (:func:`analysis.text.tokens.normalise`). A word counts when it is no stop word, punctuation or
    number, and is written as a word of three or more characters from a letter (not "us", "2022", "'s").
    """
    facts: dict[str, tuple[str, str] | None] = {}
    starts, lowers, stems = [0], [], []
    for texts in field_texts(sample, field_columns(sample, None)):
        for text in texts:
            if isinstance(text, str):
                words = TOKEN_RE.findall(text)
                fill_memo(facts, words, _content_word, _WORD_MEMO_SIZE)
                found = list(filter(None, map(facts.__getitem__, words)))
                lowers += [lower for lower, _ in found]
                stems += [stem for _, stem in found]
        starts.append(len(stems))
    return starts, lowers, stems


def _content_word(token: str) -> tuple[str, str] | None:
    """``(lower case, stem)`` of a token the proposal weighs, else ``None`` (see :func:`_content_words`).

    A stop word (:func:`~analysis.text.tokens.stop_words`, acronyms too: "US" is "us") or anything but a word of
    three or more characters from a letter (punctuation, a number, "'s") is left out.
    """
    lower = token.lower()
    if lower in stop_words() or not _PROPOSED_WORD_RE.fullmatch(lower):
        return None
    stem = normalise(token)  # stemmed last: the costliest test
    return (lower, stem) if any(ch.isalpha() for ch in stem) else None


#: A word a proposal may weigh, in lower case: a letter, then two or more word characters or hyphens.
_PROPOSED_WORD_RE = re.compile(r"[^\W\d_][\w\-]{2,}")
_WORD_MEMO_SIZE = 500_000


def _common_start(words: list[str]) -> str:
    """The letters all ``words`` start with ("jeremy", "jeremy's" → "jeremy")."""
    start = words[0]
    for word in words[1:]:
        while not word.startswith(start):
            start = start[:-1]
    return start


#: A stem this long or longer becomes a wildcard term ("ukrain*"); a shorter one lists its forms seen.
_WILDCARD_STEM = 5
_FORMS = 4
#: How many sides a proposal weighs against each other at most.
_SIDES = 8
#: Without sides, a proposed word is in at most this share of the articles read.
_MOST_UNSPLIT = 0.15


def _sides(sample: pd.DataFrame) -> pd.Series | None:
    """Each article's side: its span of time (equal numbers of articles), else its outlet; ``None`` when neither."""
    published = pd.to_datetime(sample["published"], utc=True) if "published" in sample else None
    if published is not None and published.dt.tz_convert(None).dt.to_period("M").nunique() >= 2:
        ranks = published.rank(method="first")
        return (np.ceil(ranks / ranks.max() * _SIDES)).astype("Int64").astype(str).where(published.notna())
    if "outlet" in sample and sample["outlet"].nunique() >= 2:
        top = sample["outlet"].value_counts().index[:_SIDES]
        return sample["outlet"].where(sample["outlet"].isin(top)).astype(object)
    return None
