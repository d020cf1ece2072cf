"""The whole analysis in one call, cached and parallel: articles, sentences, statements, tone, keywords.

``run_pipeline`` runs every stage on a corpus and keeps the derived tables in a
:class:`~analysis.cache.DerivedCache`. The articles table is cached per corpus
(keyed by every input file's path, size and modification time, the metadata file
and the options); each later stage is cached per document, keyed by that
document's content, so a changed file recomputes only its own document in
those stages. Per-document work uses all cores (``workers=``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.cache import DerivedCache, content_hash
from analysis.corpus import _as_paths, _metadata_path, load_articles
from analysis.keywords import _groups, counts_frame, counts_of_texts
from analysis.lexicons import read_adjustments
from analysis.parallel import map_chunks
from analysis.speakers import SpeakerRegistry, load_speakers
from analysis.statements import assemble_statements, corpus_outlets, statements_of_texts
from analysis.text import sentences_from_spans, spans_of_texts
from analysis.tone import DEFAULT_METHOD, LEXICONS, combine, score_texts

STAGES = ("load", "sentences", "statements", "tone", "keywords")


@dataclass
class PipelineResult:
    """The tables of a pipeline run, with the seconds each stage took and the cache hits."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    statements: pd.DataFrame
    tone: pd.DataFrame
    keyword_counts: pd.DataFrame
    seconds: dict[str, float] = field(default_factory=dict)
    cache_hits: dict[str, int] = field(default_factory=dict)


def corpus_fingerprint(source, metadata) -> str:
    """A hash of the input files' paths, sizes and modification times, and of the metadata file's content."""
    stats = [(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in _as_paths(source)]
    meta = _metadata_path(source, metadata)
    meta_bytes = meta.read_bytes() if meta is not None and meta.is_file() else b""
    return content_hash(stats, meta_bytes)


def _text_keys(articles: pd.DataFrame, *columns: str) -> pd.Series:
    values = articles[list(columns)].astype(object).where(articles[list(columns)].notna(), None)
    return pd.Series([content_hash(*row) for row in values.itertuples(index=False)], index=articles.index)


def _spans_by_doc(sentences: pd.DataFrame, ids: list) -> dict[str, list[tuple[int, int, int]]]:
    """Each document's sentence spans ``(start, end, para_idx)`` from the sentences table."""
    wanted = sentences[sentences["doc_id"].isin(set(ids))]
    spans: dict[str, list[tuple[int, int, int]]] = {d: [] for d in ids}
    for d, s, e, p in zip(wanted["doc_id"], wanted["start"], wanted["end"], wanted["para_idx"], strict=True):
        spans[d].append((int(s), int(e), int(p)))
    return spans


def _whole_table(cache: DerivedCache, stage: str, options: dict, build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """A stage's finished table for an unchanged corpus straight from the cache, else built and saved."""
    cached = cache.load(stage, options)
    if cached is not None:
        cache.hits[stage] = len(cached)
        return cached
    table = build()
    cache.save(stage, options, table)
    return table


def _load(source, metadata, cache: DerivedCache, workers, progress) -> tuple[pd.DataFrame, str]:
    options = {"fingerprint": corpus_fingerprint(source, metadata)}
    cached = cache.load("articles", options)
    problems = cache.load("load_problems", options)
    if cached is not None and problems is not None:
        cache.hits["articles"] = len(cached)
        articles = cached.set_index("doc_id")
        articles.attrs["problems"] = problems.to_dict("records")
        return articles, options["fingerprint"]
    cache.misses["articles"] = 1
    articles = load_articles(source, metadata, workers=workers, progress=progress)
    cache.save(
        "load_problems",
        options,
        pd.DataFrame(articles.attrs["problems"], columns=["source_path", "doc_id", "severity", "problem"]),
    )
    cache.save("articles", options, articles.reset_index())
    return articles, options["fingerprint"]


def run_pipeline(
    source: str | Path,
    metadata: str | Path | bool | None = None,
    *,
    cache: DerivedCache | bool | str | Path = True,
    workers: int | None = None,
    progress: bool | None = None,
    speakers: SpeakerRegistry | str | None = None,
    keyword_groups=None,
    tone_method: str = DEFAULT_METHOD,
    on_stage: Callable[[str, float], None] | None = None,
) -> PipelineResult:
    """Run every stage on a corpus, reusing cached tables where the inputs have not changed.

    Parameters
    ----------
    source, metadata
        As for :func:`analysis.load_articles`.
    cache : DerivedCache, bool or path
        ``True`` for the default cache folder (``data/processed/``), a folder,
        a :class:`DerivedCache`, or ``False`` to compute everything afresh.
    workers : int, optional
        Processes for per-document work (default one per core for large corpora).
    progress : bool, optional
        Progress bars (default: long runs outside CI only).
    speakers, keyword_groups
        The speakers registry and keyword groups (defaults from ``data/``).
    tone_method : str
        The method whose score becomes ``tone``.
    on_stage : callable, optional
        Called as ``on_stage(name, seconds)`` after each stage (benchmarks use it to read memory).

    Returns
    -------
    PipelineResult
        ``articles``, ``sentences``, ``statements``, ``tone`` (the articles with
        tone columns), ``keyword_counts``; ``seconds`` per stage; ``cache_hits``.

    """
    if not isinstance(cache, DerivedCache):
        cache = DerivedCache(
            None if cache is True else (cache if cache is not False else None), enabled=cache is not False
        )
    seconds: dict[str, float] = {}

    start = time.perf_counter()
    articles, fingerprint = _load(source, metadata, cache, workers, progress)
    seconds["load"] = time.perf_counter() - start
    if on_stage:
        on_stage("load", seconds["load"])

    start = time.perf_counter()
    text_keys = _text_keys(articles, "text")

    def compute_sentences(ids: list) -> pd.DataFrame:
        spans = map_chunks(
            spans_of_texts, articles.loc[ids, "text"].tolist(), workers=workers, progress=progress, desc="sentences"
        )
        rows = [(d, i, p, s, e) for d, doc in zip(ids, spans, strict=True) for i, (s, e, p) in enumerate(doc)]
        return pd.DataFrame(rows, columns=["doc_id", "sent_idx", "para_idx", "start", "end"])

    def build_sentences() -> pd.DataFrame:
        spans_table = cache.per_document("sentences", {}, text_keys, compute_sentences)
        per_doc = {d: [] for d in articles.index}
        for r in spans_table.itertuples(index=False):
            per_doc[r.doc_id].append((int(r.start), int(r.end), int(r.para_idx)))
        return sentences_from_spans(articles, [per_doc[d] for d in articles.index]).drop(columns="text")

    sentences = _whole_table(cache, "sentences_table", {"corpus": fingerprint}, build_sentences)
    texts = articles["text"].to_dict()
    sentences.insert(
        3,
        "text",
        pd.array(
            [texts[d][s:e] for d, s, e in zip(sentences["doc_id"], sentences["start"], sentences["end"], strict=True)],
            dtype="string",
        ),
    )
    seconds["sentences"] = time.perf_counter() - start
    if on_stage:
        on_stage("sentences", seconds["sentences"])

    start = time.perf_counter()
    registry = speakers if isinstance(speakers, SpeakerRegistry) else load_speakers(speakers)
    outlets = corpus_outlets(articles)
    options = {"speakers": repr(registry.speakers), "outlets": sorted(outlets)}

    def compute_statements(ids: list) -> pd.DataFrame:
        spans = _spans_by_doc(sentences, ids)
        items = list(zip(articles.loc[ids, "title"], articles.loc[ids, "text"], [spans[d] for d in ids], strict=True))
        found = map_chunks(
            statements_of_texts, items, registry, outlets, True, workers=workers, progress=progress, desc="statements"
        )
        return pd.DataFrame([{"doc_id": d, **f} for d, doc in zip(ids, found, strict=True) for f in doc])

    def build_statements() -> pd.DataFrame:
        keys = _text_keys(articles, "title", "text")
        found_table = cache.per_document("statements", options, keys, compute_statements)
        found = {d: [] for d in articles.index}
        for row in found_table.to_dict("records"):
            doc_id = row.pop("doc_id")
            row["start"], row["end"] = int(row["start"]), int(row["end"])
            found[doc_id].append(row)
        return assemble_statements(articles, [found[d] for d in articles.index], registry)

    statements = _whole_table(cache, "statements_table", {"corpus": fingerprint, **options}, build_statements)
    seconds["statements"] = time.perf_counter() - start
    if on_stage:
        on_stage("statements", seconds["statements"])

    start = time.perf_counter()
    adjustments = read_adjustments()

    def compute_tone(ids: list) -> pd.DataFrame:
        spans = _spans_by_doc(sentences, ids)
        texts = articles.loc[ids, "text"].fillna("").tolist()
        scores = score_texts(texts, adjustments, workers, progress, LEXICONS, [spans[d] for d in ids])
        return pd.DataFrame(
            {"doc_id": ids, "polarity": scores[:, 0], "subjectivity": scores[:, 1], "vader_compound": scores[:, 2]}
        )

    scores = cache.per_document("tone", {"adjustments": repr(adjustments)}, text_keys, compute_tone)
    tone = articles.join(scores.set_index("doc_id").astype(float))
    tone["tone"] = combine(tone["polarity"], tone["vader_compound"], tone_method)
    seconds["tone"] = time.perf_counter() - start
    if on_stage:
        on_stage("tone", seconds["tone"])

    start = time.perf_counter()
    groups = _groups(keyword_groups)

    def compute_keywords(ids: list) -> pd.DataFrame:
        found = map_chunks(
            counts_of_texts,
            articles.loc[ids, "text"].tolist(),
            groups,
            workers=workers,
            progress=progress,
            desc="keywords",
        )
        return counts_frame(ids, found, list(groups))

    counts = cache.per_document("keywords", {"groups": groups}, text_keys, compute_keywords)
    counts = counts.astype({"count": "int64", "n_words": "int64"})
    seconds["keywords"] = time.perf_counter() - start
    if on_stage:
        on_stage("keywords", seconds["keywords"])
    seconds["total"] = sum(seconds.values())
    return PipelineResult(articles, sentences, statements, tone, counts, seconds, dict(cache.hits))
