"""Load a news corpus (scraped pages or article tables) into one tidy articles table.

The loading runs by stage, one module each: :mod:`~analysis.io.files` finds
the files and says which reader reads each; the readers
(:mod:`~analysis.io.page_files` for pages, :mod:`~analysis.io.table_rows` for
tables) turn them into :class:`~analysis.io.records.ArticleRecord`;
:mod:`~analysis.io.records` applies the metadata file and builds the table;
:mod:`~analysis.io.duplicates` flags copies. :mod:`~analysis.io.summaries`
describes the result.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis._engine.executors import Executor, resolve_executor
from analysis.errors import CorpusError, Problem, ProblemLog
from analysis.io.duplicates import duplicate_clusters, flag_duplicates
from analysis.io.feed_files import read_feed_files
from analysis.io.files import as_paths, corpus_files, reader_of, without_documentation
from analysis.io.html_files import read_html_pages
from analysis.io.metadata import read_metadata
from analysis.io.outlets import load_outlets
from analysis.io.page_files import read_pages
from analysis.io.pages import ParsedPage
from analysis.io.records import LoadedCorpus, apply_metadata, articles_frame, final_signatures
from analysis.io.repeats import remove_repeated_lines
from analysis.io.table_rows import ColumnTexts, clean_loaded_table_texts, read_table_rows
from analysis.io.tables import corpus_columns
from analysis.io.warc_files import read_warc_files


def load_articles(
    source: str | Path | Iterable[str | Path],
    metadata: str | Path | bool | None = None,
    *,
    drop_duplicates: bool = False,
    duplicate_threshold: float = 0.5,
    detect_languages: bool = True,
    workers: int | None = None,
    progress: bool | None = None,
    files: tuple[list[Path], Path | None] | None = None,
    dayfirst: bool | None = None,
    outlets: str | Path | bool | None = None,
    executor: Executor | str | object | None = None,
    columns: str | dict[str, str] | None = None,
) -> pd.DataFrame:
    """Load a corpus into one row per article.

    Parameters
    ----------
    source : path or list of paths
        A folder (its ``.txt`` pages and article tables, recursively), a single
        page, or a CSV/TSV/JSONL/Parquet table of articles (the endings each
        reader reads: :data:`analysis.io.files.READERS`).
    metadata : path, bool or None
        A metadata CSV that supplies or corrects fields per ``doc_id`` (see
        :mod:`analysis.io.metadata`). ``None`` uses ``metadata.csv`` in the
        corpus folder or the folder above it if present; ``False`` uses none.
    drop_duplicates : bool
        Drop articles flagged as copies of an earlier one (default: keep them).
    duplicate_threshold : float
        Jaccard similarity of word 5-gram shingles above which two articles are copies.
    detect_languages : bool
        Identify each article's language with langid (otherwise only a language
        given by a table or the metadata is used).
    workers : int, optional
        Processes for parsing pages and identifying languages (default: one per
        core for large corpora).
    progress : bool, optional
        Progress bars (default: long runs outside CI only).
    executor : str, dask Client or Executor, optional
        Where the per-document work runs: ``"processes"`` (local processes,
        ``workers`` of them), ``"serial"``, a ``distributed.Client`` or a
        scheduler address (``"tcp://host:8786"``); see :func:`analysis.run_pipeline`.
        Default: local processes for large corpora.
    files : tuple, optional
        :func:`~analysis.io.files.corpus_files` of ``source`` and ``metadata``, when already listed
        (:func:`analysis.run_pipeline` lists a corpus once, for its fingerprint and the loading).
    dayfirst : bool, optional
        How to read ambiguous slashed dates such as ``11/01/2022``: ``True`` for
        11 January, ``False`` for 1 November. By default each is read from evidence
        (a date in the URL, the same site's or table's unambiguous dates, a
        language other than English) and, failing that, month first with a
        problem saying so.
    columns : str or dict, optional
        Which of a table's columns holds each field, when guessing fails:
        ``"text=body,title=headline"`` or ``{"text": "body"}`` (fields:
        ``doc_id``, ``title``, ``text``, ``published``, ``outlet``,
        ``original_source``, ``url``, ``language``, ``speaker``). ``columns.toml`` in the
        corpus folder (``[columns]`` then ``text = "body"``) is read too; these win.
    outlets : path or bool, optional
        The outlets file that maps host names and spellings to outlet names
        (default ``data/outlets.toml``; ``False`` for none: host names are still
        reduced to their site, ``feeds.example.com`` → ``example.com``).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``doc_id`` (str), with columns (dtypes in :data:`ARTICLE_COLUMNS`):

        - ``outlet``: the site that published the article;
        - ``original_source``: the outlet an aggregator republished it from, or NA;
        - ``speaker``: who speaks in the document, from a table's ``speaker``
          column (a speech, statement or transcript: its first-person text is
          theirs), or NA; name a column ``speaker = "author"`` in ``columns.toml``
          for op-eds or press releases whose author is the speaker;
        - ``published``: publication time, UTC;
        - ``title``: the headline;
        - ``text``: the clean body, paragraphs separated by blank lines;
        - ``n_words``: words in ``text``;
        - ``language``: ISO 639-1 code (``"und"`` when too short to tell);
        - ``url``: from a table or the metadata, else NA;
        - ``source_path``: the file (and row, for tables) it came from;
        - ``duplicate_of``: the ``doc_id`` of the first-published copy, or NA;
        - ``provenance``: ``field=how`` pairs saying where each field came from
          (``text:…``, ``table:<column>``, ``metadata`` or ``not found``);
        - ``problems``: what is missing or was repaired, ``""`` if nothing.

        ``attrs["problems"]`` lists every problem, including skipped files; see
        :func:`load_problems`.

    Raises
    ------
    CorpusError
        If a path does not exist, a table cannot be read or lacks a text column,
        the metadata file is malformed, or no article at all could be loaded.

    """
    if not isinstance(executor, Executor):
        with resolve_executor(executor, workers) as chosen:  # one executor for every step of the loading
            return load_articles(
                source, metadata, drop_duplicates=drop_duplicates, duplicate_threshold=duplicate_threshold,
                detect_languages=detect_languages, progress=progress, files=files, dayfirst=dayfirst,
                outlets=outlets, executor=chosen, columns=columns,
            )  # fmt: skip
    paths, meta_path = corpus_files(source, metadata) if files is None else files
    loaded = LoadedCorpus()
    if isinstance(source, (str, Path)) and Path(source).is_dir():  # a folder walked, by us or the pipeline
        paths, documentation = without_documentation(paths)
        for path in documentation:  # the dataset's README or licence, not a story: reported, not read
            reason = f"{path.name}: the dataset's documentation, not an article (rename it to read it as one)"
            loaded.problems.append(Problem(str(path), None, "skipped", reason))
    meta = read_metadata(meta_path) if meta_path is not None else None
    urls = meta["url"].dropna().to_dict() if meta is not None and "url" in meta.columns else None
    by_reader: dict[str, list[Path]] = {}
    for path in paths:
        by_reader.setdefault(reader_of(path) or "page", []).append(path)  # a file named without an ending: a page
    pages = by_reader.get("page", [])
    read_pages(pages, loaded, executor, progress, duplicate_threshold, detect_languages, keep_pages=False, urls=urls)
    read_html_pages(by_reader.get("html", []), loaded, executor, progress, detect_languages)
    read_warc_files(by_reader.get("warc", []), loaded, executor, progress, detect_languages)
    read_feed_files(by_reader.get("feed", []), loaded, detect_languages)
    names = load_outlets(outlets)
    tables = by_reader.get("table", [])
    named_columns = corpus_columns(source, columns)
    # Tables of the same name in several folders (daily feed snapshots): their rows' ids name the folder too.
    repeated = {stem for stem, n in Counter(p.stem for p in tables).items() if n > 1}
    for path in tables:
        try:
            prefix = f"{path.parent.name}_{path.stem}" if path.stem in repeated else None
            read_table_rows(path, loaded, prefix, named_columns)
        except CorpusError as exc:  # one bad table does not stop the rest of the corpus
            loaded.problems.append(Problem(str(path), None, "skipped", str(exc)))
    clean_loaded_table_texts(loaded, detect_languages, executor, progress)
    if not loaded.records:
        reasons = "; ".join(p.problem for p in loaded.problems) or "nothing found"
        raise CorpusError(f"no article could be loaded from {source}: {reasons}")
    if meta is not None:
        apply_metadata(loaded, meta, meta_path, dayfirst)
    records = loaded.records
    articles = articles_frame(loaded, detect_languages, executor, progress, dayfirst, names)
    # Pages were clustered as copies before site furniture was removed; tables were not.
    if all(doc_id in loaded.page_clusters for doc_id in articles.index):
        clusters = [loaded.page_clusters[d] for d in articles.index]
    else:
        texts = ColumnTexts(articles["text"])
        clusters = duplicate_clusters(texts, duplicate_threshold, final_signatures(records, texts), executor, progress)
    articles["duplicate_of"] = flag_duplicates(articles, duplicate_threshold, clusters)
    remove_repeated_lines(articles, loaded.problems)  # "Continue reading…" in every item of a feed
    if drop_duplicates:
        articles = articles[articles["duplicate_of"].isna()].copy()
    articles = articles.sort_index()
    skipped = [p for p in loaded.problems if p.severity == "skipped"]
    if skipped:
        warnings.warn(skipped_line(len(articles), skipped), stacklevel=2)
    articles.attrs["problems"] = ProblemLog(loaded.problems)
    return articles


def skipped_line(n_loaded: int, skipped: list[Problem], examples: int = 3) -> str:
    """One line on the inputs left out: how many, why (the commonest reasons, each with a file), where to look.

    Up to ``examples`` inputs are each named with their whole sentence; more are
    counted by reason:

    ``load_articles skipped 316 inputs (loaded 16,317 articles): 315 × the text is empty
    (…/cnn_entries.json row 2); 1 × no text column found (sources.json); see analysis.load_problems(articles)``
    """
    noun = "input" if len(skipped) == 1 else "inputs"
    head = f"load_articles skipped {len(skipped):,} {noun} (loaded {n_loaded:,} articles): "
    tail = "; every one is listed by analysis.load_problems(articles) (load_problems.csv in a report)"
    if len(skipped) <= examples:
        return head + "; ".join(p.problem for p in skipped) + tail
    reasons: dict[str, list[Problem]] = {}
    for p in skipped:
        reasons.setdefault(_reason(p), []).append(p)
    ranked = sorted(reasons.items(), key=lambda kv: -len(kv[1]))
    parts = [f"{len(ps):,} × {reason} ({_where(ps[0])})" for reason, ps in ranked[:examples]]
    if len(ranked) > examples:
        parts.append(f"{sum(len(ps) for _, ps in ranked[examples:]):,} for {len(ranked) - examples} other reason(s)")
    return head + "; ".join(parts) + tail


def _reason(problem: Problem) -> str:
    """A problem's sentence without the file and row it starts with, and cut short."""
    text = problem.problem
    for prefix in (problem.source_path, Path(problem.source_path).name):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    text = re.sub(r"^(?: row \d+| line \d+)?[:,]?\s*", "", text)
    return text if len(text) <= 90 else text[:89].rstrip() + "…"


def _where(problem: Problem) -> str:
    """The file of a problem by name, with the row or line the sentence gives."""
    row = re.match(r"^.*?\b((?:row|line) \d+)", problem.problem[len(problem.source_path) :])
    return Path(problem.source_path).name + (f" {row.group(1)}" if row else "")


def removed_lines(source: str | Path | Iterable[str | Path]) -> pd.DataFrame:
    """Every line removed from the scraped pages of a corpus, with the reason.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``line_no``, ``reason``, ``line`` — what the cleaning took out,
        for checking that no story text was lost.

    """
    loaded = LoadedCorpus()
    read_pages([p for p in as_paths(source) if reader_of(p) in {"page", None}], loaded)
    frames = [p.removed() for p in loaded.pages]
    return pd.concat(frames, ignore_index=True) if frames else ParsedPage("", [], []).removed()
