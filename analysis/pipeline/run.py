"""The whole analysis in one call, cached and parallel: articles, sentences, statements, tone, keywords.

``run_pipeline`` loads a corpus, then analyses every document in one pass
(:func:`analysis.pipeline.documents.analyse_documents`: sentences, statements, tone and
keyword counts from a single trip of the text to a worker process) and builds
the tables. Everything derived is kept in a :class:`~analysis._engine.cache.DerivedCache`:

- the articles table, keyed by every input file's path, size and modification
  time, the metadata file and the options;
- one table per stage with a block of rows per document, keyed by that
  document's content, so a changed file recomputes only its own document;
- the finished tables of an unchanged corpus, so a warm re-run only reads files.

A copy is analysed once: an exact copy gets the first document's results; a body under another
headline (a syndicated copy) gets its sentences, tone and keywords, and has its statements read.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.cache import DerivedCache, read_dataset, write_month_dataset
from analysis._engine.executors import Executor, resolve_executor
from analysis._engine.hashing import content_hash, text_key
from analysis._engine.memory import release_memory, take_rows
from analysis._engine.parallel import progress_bar, show_progress
from analysis.errors import CacheError, Problem, ProblemLog
from analysis.io.corpus import load_articles
from analysis.io.files import corpus_file_names, listed_paths
from analysis.io.outlets import load_outlets
from analysis.io.summaries import load_problems
from analysis.io.tables import corpus_columns
from analysis.pipeline.documents import DocumentResult, DocumentSettings, analyse_documents
from analysis.statements import (
    FOUND_FIELDS,
    SpeakerRegistry,
    assemble_statements_consuming,
    corpus_outlets,
    found_frame,
    load_speakers,
)
from analysis.text.sentences import sentences_table, spans_frame
from analysis.tone.lexicons import read_adjustments
from analysis.tone.scoring import DEFAULT_METHOD, SCORE_COLUMNS, combine
from analysis.trends.corpus_keywords import KeywordChoice, choose_keyword_groups, corpus_groups_file
from analysis.trends.keywords import counts_frame

TONE_SCORES = SCORE_COLUMNS
_STATEMENT_ROW = ["doc_id", *FOUND_FIELDS, "grams"]


def _sentence_rows(ids: list, results: list[DocumentResult], groups: list[str]) -> pd.DataFrame:
    return spans_frame(ids, [r.spans for r in results])


def _statement_rows(ids: list, results: list[DocumentResult], groups: list[str]) -> pd.DataFrame:
    return found_frame(ids, [[*r.title_statements, *r.body_statements] for r in results])


def _tone_rows(ids: list, results: list[DocumentResult], groups: list[str]) -> pd.DataFrame:
    scores = np.array([r.tone for r in results], dtype=float).reshape(len(ids), len(TONE_SCORES))
    return pd.DataFrame({"doc_id": ids, **{name: scores[:, k] for k, name in enumerate(TONE_SCORES)}})


def _keyword_rows(ids: list, results: list[DocumentResult], groups: list[str]) -> pd.DataFrame:
    return counts_frame(ids, [_headline_and_body(r) for r in results], groups)


# A stage's table is made from its rows held in a list of one, which the table function empties: the
# caller keeps no reference, so rows the table no longer needs can be freed while it is built.
def _sentence_table(held: list[pd.DataFrame], articles: pd.DataFrame, registry: SpeakerRegistry) -> pd.DataFrame:
    return sentences_table(articles, held.pop())


def _statement_table(held: list[pd.DataFrame], articles: pd.DataFrame, registry: SpeakerRegistry) -> pd.DataFrame:
    if not len(held[0]):
        held[0] = pd.DataFrame(columns=_STATEMENT_ROW)
    return assemble_statements_consuming(articles, held, registry)


def _tone_scores_table(held: list[pd.DataFrame], articles: pd.DataFrame, registry: SpeakerRegistry) -> pd.DataFrame:
    return held.pop()


def _keyword_table(held: list[pd.DataFrame], articles: pd.DataFrame, registry: SpeakerRegistry) -> pd.DataFrame:
    return held.pop().astype({"count": "int64", "n_words": "int64"})


@dataclass(frozen=True)
class _Stage:
    """One per-document stage: what its cache key covers, its rows per document, its finished table."""

    name: str
    #: ``"text"``: the body alone decides the stage's rows; ``"document"``: the headline and the body.
    key: str
    #: The settings the stage's results depend on (part of its cache key).
    options: Callable[[DocumentSettings], dict]
    rows: Callable[[list, list[DocumentResult], list[str]], pd.DataFrame]
    table: Callable[[list[pd.DataFrame], pd.DataFrame, SpeakerRegistry], pd.DataFrame]
    #: Whether the finished table is held in memory (else read from its cache file when first used).
    in_memory: bool = False


#: The per-document stages, in the order of :attr:`DocumentResult.seconds`.
_STAGE_TABLE = (
    _Stage("sentences", "text", lambda settings: {}, _sentence_rows, _sentence_table),
    _Stage(
        "statements",
        "document",
        lambda settings: {"speakers": repr(settings.registry.speakers), "outlets": sorted(settings.outlets)},
        _statement_rows,
        _statement_table,
    ),
    _Stage(
        "tone",
        "text",
        lambda settings: {"adjustments": repr(settings.adjustments)},
        _tone_rows,
        _tone_scores_table,
        in_memory=True,
    ),
    _Stage("keywords", "document", lambda settings: {"groups": settings.groups}, _keyword_rows, _keyword_table),
)
STAGES = tuple(stage.name for stage in _STAGE_TABLE)
_BY_NAME = {stage.name: stage for stage in _STAGE_TABLE}
#: The order tables are built in: the stage with the largest per-document rows first, so they are freed soonest.
_LARGEST_FIRST = ("statements", "sentences", "tone", "keywords")


class PipelineResult:
    """The tables of a pipeline run, with the seconds each step took and the cache hits.

    ``articles`` and ``tone`` are held in memory. With a cache, ``sentences``,
    ``statements`` and ``keyword_counts`` are read from their cache files when
    first used (then kept), so a run over a large corpus never holds every
    table at once; without a cache they are held from the start.
    """

    def __init__(
        self,
        articles: pd.DataFrame,
        tone: pd.DataFrame,
        tables: dict[str, pd.DataFrame | Path],
        seconds: dict[str, float] | None = None,
        cache_hits: dict[str, int] | None = None,
        stage_seconds: dict[str, float] | None = None,
    ) -> None:
        self.articles = articles
        self.tone = tone
        self._tables = dict(tables)
        self.seconds: dict[str, float] = seconds or {}
        self.cache_hits: dict[str, int] = cache_hits or {}
        #: Processor seconds each per-document stage took in this run, summed over workers (0 when cached).
        self.stage_seconds: dict[str, float] = stage_seconds or {}
        #: The keyword groups counted and where they came from (given, beside the corpus, the demo's, proposed).
        self.keyword_choice: KeywordChoice | None = None

    def _table(self, stage: str) -> pd.DataFrame:
        value = self._tables[stage]
        if isinstance(value, Path):
            try:
                value = self._tables[stage] = read_dataset(value) if value.is_dir() else pd.read_parquet(value)
            except (OSError, ValueError) as exc:
                raise CacheError(
                    f"the {stage} table's cache file {value} cannot be read ({exc}); it was removed or changed "
                    "after the run: run the pipeline again (`python -m analysis cache clear` if it persists)"
                ) from exc
        return value

    @property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence (:func:`analysis.split_sentences`)."""
        return self._table("sentences")

    @property
    def statements(self) -> pd.DataFrame:
        """One row per statement (:func:`analysis.extract_statements`)."""
        return self._table("statements")

    @property
    def keyword_counts(self) -> pd.DataFrame:
        """One row per document and keyword group (:func:`analysis.keyword_counts`)."""
        return self._table("keywords")

    def write_datasets(self, folder: str | Path, overwrite: bool = False) -> dict[str, Path]:
        """Write every table as a Parquet dataset partitioned by month, for Dask, DuckDB, Spark or pandas.

        ``folder/<table>/month=YYYY-MM/part-0.parquet`` for ``articles``,
        ``sentences``, ``statements``, ``tone`` and ``keyword_counts`` (rows
        without a date under ``month=unknown``); read one back with
        ``pandas.read_parquet(folder / "statements")`` or
        ``dask.dataframe.read_parquet(...)``. Text columns are kept; the
        partition column ``month`` is added.

        Raises
        ------
        FileExistsError
            If a table's folder exists and ``overwrite`` is false.

        """
        import shutil

        folder = Path(folder)
        tables = {
            "articles": self.articles.reset_index(),
            "sentences": self.sentences,
            "statements": self.statements,
            "tone": self.tone.drop(columns=["text", "title"], errors="ignore").reset_index(),
            "keyword_counts": self.keyword_counts,
        }
        written = {}
        for name, table in tables.items():
            target = folder / name
            if target.exists():
                if not overwrite:
                    raise FileExistsError(f"{target} exists; pass overwrite=True (or choose another folder)")
                shutil.rmtree(target)
            write_month_dataset(table, _months(table, self.articles), target)
            written[name] = target
        return written

    def __repr__(self) -> str:
        loaded = [stage for stage, value in self._tables.items() if not isinstance(value, Path)]
        return f"PipelineResult({len(self.articles)} articles; tables in memory: {', '.join(loaded) or 'none'})"


def corpus_fingerprint(source, metadata=None, files: tuple[list, Path | None] | None = None) -> str:
    """A hash of the input files' paths, sizes and modification times, and of the metadata file's content.

    ``files`` is :func:`~analysis.io.files.corpus_file_names` (or ``corpus_files``) of the source, when
    already listed.
    """
    paths, meta = corpus_file_names(source, metadata) if files is None else files
    stats = [_file_stat(name) for name in map(str, paths)]
    meta_bytes = meta.read_bytes() if meta is not None and meta.is_file() else b""
    return content_hash(stats, meta_bytes)


def _file_stat(name: str) -> tuple:
    """A file's name, size and modification time; a looping or broken link is taken as itself (the loader says why)."""
    try:
        st = os.stat(name)
    except OSError:
        st = os.lstat(name)
    return name, st.st_size, st.st_mtime_ns


def _keyword_choice(source, articles: pd.DataFrame, keyword_groups, cache: DerivedCache, fingerprint: str):
    """The corpus's keyword groups (:func:`~analysis.trends.corpus_keywords.choose_keyword_groups`).

    A proposal reads thousands of articles, so it is kept in the cache under the corpus's fingerprint.
    """
    if keyword_groups is not None or corpus_groups_file(source) is not None:
        return choose_keyword_groups(source, articles, keyword_groups)
    options = {"corpus": fingerprint}
    kept = cache.load("keyword_proposal", options)
    if kept is not None:
        groups: dict[str, list[str]] = {}
        for group, term in zip(kept["group"], kept["term"], strict=True):
            groups.setdefault(str(group), []).append(str(term))
        return KeywordChoice(groups, "proposed")
    choice = choose_keyword_groups(source, articles, None)
    if choice.how == "proposed":
        rows = [(g, t) for g, terms in choice.groups.items() for t in terms]
        cache.save("keyword_proposal", options, pd.DataFrame(rows, columns=["group", "term"], dtype="string"))
    return choice


def _load(
    source, metadata, cache: DerivedCache, executor: Executor, progress, dayfirst=None, outlets=None, columns=None
) -> tuple[pd.DataFrame, str]:
    listed = corpus_file_names(source, metadata)  # listed once, for the fingerprint and the loading
    names = load_outlets(outlets)
    named = corpus_columns(source, columns)
    options = {
        "fingerprint": corpus_fingerprint(source, files=listed),
        "dayfirst": dayfirst,
        "outlets": [sorted(names.domains.items()), sorted(names.names.items())],
        "columns": sorted(named.items()),
    }
    cached = cache.load("articles", options)
    problems = cache.load("load_problems", options)
    if cached is not None and problems is not None:
        cache.hits["articles"] = len(cached)
        articles = cached.set_index("doc_id")
        articles.attrs["problems"] = ProblemLog(Problem(**row) for row in problems.to_dict("records"))
        return articles, options["fingerprint"]
    cache.misses["articles"] = 1
    articles = load_articles(  # Path objects made only when the corpus is read
        source, metadata, progress=progress, files=listed_paths(listed), dayfirst=dayfirst, outlets=outlets,
        executor=executor, columns=named,
    )  # fmt: skip
    cache.save(
        "load_problems",
        options,
        load_problems(articles),
    )
    cache.save("articles", options, articles.reset_index())
    return articles, options["fingerprint"]


#: Documents analysed per block: the Python objects of one block's results are turned into
#: compact (Arrow-backed) rows before the next block starts, which bounds memory.
BLOCK_SIZE = 10_000


def _analyse(
    articles: pd.DataFrame,
    ids: list,
    settings: DocumentSettings,
    text_keys: pd.Series,
    doc_keys: pd.Series,
    executor: Executor,
    progress,
    block_size: int = BLOCK_SIZE,
    chunk_size: int = 100,
) -> tuple[dict[str, pd.DataFrame], dict[str, float]]:
    """Analyse the documents ``ids``: each stage's rows, and its processor seconds.

    Documents stream through the workers in chunks, a few chunks ahead of the
    results; every ``block_size`` documents the results are turned into
    compact rows while the workers go on. A copy is not analysed twice: an
    exact copy of an earlier document (``doc_keys``: headline, body and
    speaker) gets all its results, and a body already sent under another
    headline or speaker (``text_keys``, a syndicated copy) gets its sentences,
    tone and keyword counts while its statements are read afresh (the headline
    is read with the names the body gives, and names the body's people).
    """
    groups = list(settings.groups)
    keys, documents = text_keys[ids], doc_keys[ids]
    copy_of_text, copy_of_document = keys.duplicated().to_numpy(), documents.duplicated().to_numpy()
    recurring_texts, recurring_documents = set(keys[copy_of_text]), set(documents[copy_of_document])
    key_list, document_list = keys.tolist(), documents.tolist()
    first_texts: dict[str, DocumentResult] = {}  # the first document with each recurring text
    first_documents: dict[str, DocumentResult] = {}  # the first with each recurring headline, body and speaker
    parts: dict[str, list[pd.DataFrame]] = {stage: [] for stage in STAGES}
    seconds = np.zeros(len(STAGES))
    titles, texts = articles["title"], articles["text"]
    speakers = articles["speaker"] if "speaker" in articles and articles["speaker"].notna().any() else None

    def chunks():
        for start in range(0, len(ids), chunk_size):
            at = slice(start, start + chunk_size)
            rows = articles.index.get_indexer(ids[at])
            chunk_speakers = take_rows(speakers, rows).tolist() if speakers is not None else [None] * len(rows)
            yield [
                (title, None if whole else text, speaker, bool(body))
                for title, text, speaker, whole, body in zip(
                    take_rows(titles, rows).tolist(),
                    take_rows(texts, rows).tolist(),
                    chunk_speakers,
                    copy_of_document[at],
                    copy_of_text[at],
                    strict=True,
                )
            ]

    n_chunks = -(-len(ids) // chunk_size)
    show = show_progress(progress, len(ids))
    block_ids: list = []
    block_results: list[DocumentResult] = []
    results = executor.imap(analyse_documents, chunks(), settings, n_items=len(ids))  # any corpus size
    for chunk_no, chunk in enumerate(progress_bar(results, n_chunks, show, "analysis")):
        at = slice(chunk_no * chunk_size, (chunk_no + 1) * chunk_size)
        chunk_ids = ids[at]
        for key, document, result in zip(key_list[at], document_list[at], chunk, strict=True):
            seconds += result.seconds
            if result.spans is None:  # an exact copy: every result is the first document's
                first = first_documents[document]
                result.title_statements, result.spans, result.body_statements = (
                    first.title_statements,
                    first.spans,
                    first.body_statements,
                )
            else:
                first = first_texts.get(key, result)  # a syndicated copy: the body's other results are the first's
            result.tone, result.keyword_counts, result.n_words = first.tone, first.keyword_counts, first.n_words
            if key in recurring_texts:
                first_texts.setdefault(key, result)
            if document in recurring_documents:
                first_documents.setdefault(document, result)
        block_ids.extend(chunk_ids)
        block_results.extend(chunk)
        if len(block_ids) >= block_size or chunk_no == n_chunks - 1:
            by_id = dict(zip(block_ids, block_results, strict=True))
            for stage in STAGES:
                parts[stage].append(_stage_rows(stage, block_ids, by_id, groups))
            block_ids, block_results = [], []
            del by_id
            release_memory()
    rows = {
        stage: pd.concat(frames, ignore_index=True) if frames else _stage_rows(stage, [], {}, groups)
        for stage, frames in parts.items()
    }
    return rows, dict(zip(STAGES, seconds.tolist(), strict=True))


def _stage_rows(stage: str, ids: list, results: dict[str, DocumentResult], groups: list[str]) -> pd.DataFrame:
    """The per-document cache rows of one stage for the documents ``ids``."""
    return _BY_NAME[stage].rows(ids, [results[d] for d in ids], groups)


def _headline_and_body(result: DocumentResult) -> tuple[list[int], int]:
    """Keyword matches and words of a document's headline and body together."""
    (title_counts, title_words), body = result.title_keyword_counts, result.keyword_counts
    return [a + b for a, b in zip(title_counts, body, strict=True)], title_words + result.n_words


def _rows_of(frame: pd.DataFrame, ids: list, n_analysed: int) -> pd.DataFrame:
    """The rows of the documents ``ids`` among the ``n_analysed`` documents of ``frame`` (no copy if all)."""
    if len(ids) == n_analysed:
        return frame
    return frame[frame["doc_id"].isin(set(ids))].reset_index(drop=True)


def _result(
    articles: pd.DataFrame,
    tone_scores: pd.DataFrame,
    tables: dict[str, pd.DataFrame | Path],
    tone_method: str,
    cache: DerivedCache,
    stage_seconds: dict[str, float],
) -> PipelineResult:
    """The result, with the cache hits and processor seconds of this run."""
    return PipelineResult(
        articles,
        _tone_table(articles, tone_scores, tone_method),
        tables,
        cache_hits=dict(cache.hits),
        stage_seconds={stage: float(s) for stage, s in stage_seconds.items()},
    )


def _tone_table(articles: pd.DataFrame, scores: pd.DataFrame, method: str) -> pd.DataFrame:
    aligned = scores.set_index("doc_id")[list(TONE_SCORES)].astype(float).reindex(articles.index)
    tone = articles.assign(**{name: aligned[name].to_numpy() for name in TONE_SCORES})  # shares the text column
    tone["tone"] = combine(tone["polarity"], tone["vader_compound"], method, tone["news_correction"])
    return tone


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
    dayfirst: bool | None = None,
    outlets: str | Path | bool | None = None,
    executor=None,
    columns: str | dict[str, str] | None = None,
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
        Processes for per-document work (default one per core for large
        corpora; ``ANALYSIS_WORKERS`` overrides the default).
    progress : bool, optional
        Progress bars (default: long runs outside CI only).
    executor : str, dask Client or Executor, optional
        Where the per-document work runs, chosen once for the whole run:
        ``"processes"`` (local processes, ``workers`` of them, for every
        step and any corpus size), ``"serial"`` (this process), a
        ``distributed.Client`` or a scheduler address (``"tcp://host:8786"``:
        reading pages and rows, MinHash shingles, languages and the analysis
        pass run as Dask tasks; near-duplicate clusters, echo groups and the
        tables are built here from all of them). Default: local processes
        for large corpora, this process for small ones. The tables are the
        same whichever runs them.
    speakers : SpeakerRegistry or path, optional
        The speakers registry (default ``data/speakers.toml``).
    keyword_groups : dict, list, str or path, optional
        The keyword groups to count (as for :func:`analysis.keyword_trends`).
        Default: ``keywords.toml`` beside the corpus; ``data/keywords.toml``
        for the demo corpus; otherwise groups proposed from the corpus
        (:mod:`analysis.trends.corpus_keywords`). ``result.keyword_choice``
        says which.
    tone_method : str
        The method whose score becomes ``tone``.
    on_stage : callable, optional
        Called as ``on_stage(step, seconds)`` after each step (``load``,
        ``analysis``, ``tables``); benchmarks use it to read memory.
    dayfirst, outlets, columns
        As for :func:`analysis.load_articles`.

    Returns
    -------
    PipelineResult
        ``articles``, ``sentences``, ``statements``, ``tone`` (the articles with
        tone columns), ``keyword_counts``; ``seconds`` per step; ``cache_hits``.

    """
    if not isinstance(cache, DerivedCache):
        cache = DerivedCache(
            None if cache is True else (cache if cache is not False else None), enabled=cache is not False
        )
    seconds: dict[str, float] = {}

    def done(step: str, start: float) -> None:
        seconds[step] = time.perf_counter() - start
        if on_stage:
            on_stage(step, seconds[step])

    def finish(tone_scores: pd.DataFrame, tables: dict, stage_seconds: dict, start: float) -> PipelineResult:
        result = _result(articles, tone_scores, tables, tone_method, cache, stage_seconds)
        result.keyword_choice = choice
        done("tables", start)
        result.seconds = {**seconds, "total": sum(seconds.values())}
        return result

    if not isinstance(executor, Executor):
        with resolve_executor(executor, workers) as chosen:  # one executor for the whole run, closed after it
            return run_pipeline(
                source, metadata, cache=cache, progress=progress, speakers=speakers, keyword_groups=keyword_groups,
                tone_method=tone_method, on_stage=on_stage, dayfirst=dayfirst, outlets=outlets, executor=chosen,
                columns=columns,
            )  # fmt: skip
    start = time.perf_counter()
    articles, fingerprint = _load(source, metadata, cache, executor, progress, dayfirst, outlets, columns)
    release_memory()
    done("load", start)

    start = time.perf_counter()
    registry = speakers if isinstance(speakers, SpeakerRegistry) else load_speakers(speakers)
    choice = _keyword_choice(source, articles, keyword_groups, cache, fingerprint)
    groups = choice.groups
    settings = DocumentSettings(registry, corpus_outlets(articles), groups, read_adjustments())
    options = {stage.name: stage.options(settings) for stage in _STAGE_TABLE}
    corpus_options = {"corpus": fingerprint, **options}
    table_rows = {stage: cache.rows_in(f"{stage}_table", corpus_options) for stage in STAGES}
    tone_scores = cache.load("tone_table", corpus_options) if None not in table_rows.values() else None
    if tone_scores is not None:  # an unchanged corpus: the finished tables are read when first used
        cache.hits.update({f"{stage}_table": n for stage, n in table_rows.items()})
        done("analysis", start)
        start = time.perf_counter()
        paths = {s.name: cache.path(f"{s.name}_table", corpus_options) for s in _STAGE_TABLE if not s.in_memory}
        return finish(tone_scores, paths, {}, start)

    text_keys = pd.Series([text_key(t) for t in articles["text"]], index=articles.index)
    speakers = articles["speaker"] if "speaker" in articles else pd.Series(pd.NA, index=articles.index)
    doc_keys = pd.Series(  # headline and body (the body's key stands for it), and the speaker a column names
        [
            text_key(a, b) if pd.isna(s) else text_key(a, b, s)
            for a, b, s in zip(articles["title"], text_keys, speakers, strict=True)
        ],
        index=articles.index,
    )
    stage_keys = {stage.name: text_keys if stage.key == "text" else doc_keys for stage in _STAGE_TABLE}
    todo = set().union(*(cache.missing(stage, options[stage], stage_keys[stage]) for stage in STAGES))
    fresh, stage_seconds = _analyse(
        articles, [d for d in articles.index if d in todo], settings, text_keys, doc_keys, executor, progress
    )
    release_memory()
    done("analysis", start)

    # One stage at a time: its per-document cache, its table, the table's file; then its rows are freed.
    start = time.perf_counter()

    def stage_rows(stage: str) -> pd.DataFrame:
        rows = cache.per_document(
            stage, options[stage], stage_keys[stage], lambda ids: _rows_of(fresh[stage], ids, len(todo))
        )
        fresh.pop(stage, None)
        return rows

    # With a cache, the later stages' rows wait in their cache files, not in memory, while the first is built;
    # reading them back counts every document a hit, so this run's counts are those of the writing.
    counts: dict[str, tuple[int, int]] = {}
    if cache.enabled:
        for stage in _LARGEST_FIRST[1:]:
            stage_rows(stage)
            counts[stage] = cache.hits[stage], cache.misses[stage]
        release_memory()
    tables: dict[str, pd.DataFrame | Path] = {}
    for stage in _LARGEST_FIRST:
        held = [stage_rows(stage)]
        if stage in counts:
            cache.hits[stage], cache.misses[stage] = counts[stage]
        table = _stage_table(stage, held, articles, registry)
        path = cache.save_dataset(f"{stage}_table", corpus_options, table, _months(table, articles))
        tables[stage] = table if path is None or _BY_NAME[stage].in_memory else path
        del table
        release_memory()
    return finish(tables.pop("tone"), tables, stage_seconds, start)


def _months(table: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Each row's month of publication (``YYYY-MM``; ``unknown`` without a date): the partition of its dataset."""
    if "published" in table.columns:
        return pd.to_datetime(table["published"], utc=True).dt.strftime("%Y-%m").fillna("unknown")
    months = pd.to_datetime(articles["published"], utc=True).dt.strftime("%Y-%m")  # each article's month once
    return table["doc_id"].map(months).fillna("unknown")


def _stage_table(
    stage: str, held: list[pd.DataFrame], articles: pd.DataFrame, registry: SpeakerRegistry
) -> pd.DataFrame:
    """A stage's finished table from its per-document rows, taken out of ``held`` (a list of one frame)."""
    return _BY_NAME[stage].table(held, articles, registry)
