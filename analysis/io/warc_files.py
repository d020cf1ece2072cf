"""Reading web archives (``.warc``, ``.warc.gz``): each HTML response record becomes an article.

News crawls (CC-NEWS and others) come as WARC files of thousands of pages.
The file is streamed with warcio, a chunk of records at a time, never whole
in memory; each chunk's pages are extracted by trafilatura in the workers
(:mod:`analysis.io.html_files`). The record's URL is the article's address
when the page names no canonical one, and the crawl date stands for the
publication date when the page gives none (``problems`` says so).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis._engine.executors import Executor, SerialExecutor
from analysis._engine.parallel import progress_bar
from analysis.errors import Problem
from analysis.io.dates import parse_date
from analysis.io.html_files import extract_html, html_record
from analysis.io.page_files import body_facts
from analysis.io.records import LoadedCorpus

#: Records sent to a worker at a time (and the most held in memory at once, times the chunks in flight).
CHUNK_RECORDS = 50
_HTML_TYPES = ("text/html", "application/xhtml")


def warc_stem(path: Path) -> str:
    """A WARC file's name without ``.gz`` and ``.warc``: the start of its articles' ids."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return name[:-5] if name.lower().endswith(".warc") else name


def _html_records(path: Path, failures: list[str]) -> Iterator[tuple[int, str, str | None, bytes]]:
    """``(record number, URL, crawl date, HTML)`` of each HTML response record, streamed from the file.

    A file that breaks off or is not a WARC file ends the stream; the reason goes to ``failures``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "").lower()
                if not kind.startswith(_HTML_TYPES):
                    continue
                number += 1
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                yield number, url, record.rec_headers.get_header("WARC-Date"), record.content_stream().read()
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        failures.append(f"{path}: the web archive could not be read past record {number} ({type(exc).__name__}: {exc})")


def extract_warc_chunk(chunk: list[tuple[int, str, str | None, bytes]], detect_languages: bool = False) -> list:
    """Extract each record's page (run in workers): ``(number, url, crawl date, found or None, facts or None)``."""
    found = []
    for number, url, crawled, html in chunk:
        try:
            page = extract_html(html, url or None)
        except Exception:
            page = None
        found.append((number, url, crawled, page))
    facts = iter(body_facts([page["text"] for *_, page in found if page is not None], detect_languages))
    return [(number, url, crawled, page, None if page is None else next(facts)) for number, url, crawled, page in found]


def _chunks(records: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_warc_files(
    paths: list[Path],
    loaded: LoadedCorpus,
    executor: Executor | None = None,
    progress: bool | None = None,
    detect_languages: bool = True,
) -> None:
    """Add the articles of each web archive (and the records or files that could not be read) to ``loaded``."""
    executor = executor or SerialExecutor()
    for path in paths:
        failures: list[str] = []
        stem, folder = warc_stem(path), Path(os.path.abspath(path)).parent.name
        chunks = _chunks(_html_records(path, failures), CHUNK_RECORDS)
        done = executor.imap(extract_warc_chunk, chunks, detect_languages)
        read = 0
        for chunk in progress_bar(done, 0, bool(progress), f"archive {path.name}"):
            for number, url, crawled, found, facts in chunk:
                read += 1
                where = f"{path} record {number}"
                if found is None:
                    loaded.problems.append(
                        Problem(where, f"{stem}_{number:06d}", "skipped", f"{where} ({url}): no main text found")
                    )
                    continue
                record = html_record(found, facts, loaded.unique_id(f"{stem}_{number:06d}", path), where, folder)
                if not record.url and url:
                    record.url, record.sources["url"] = url, "warc:target URI"
                if pd.isna(record.published) and crawled:
                    try:
                        record.published = parse_date(crawled)
                        record.sources["published"] = "warc:crawl date"
                        record.notes.append("no publication date on the page: the crawl date stands for it")
                    except (ValueError, OverflowError):
                        pass
                loaded.records.append(record)
        if not read and not failures:
            failures.append(f"{path}: no HTML response record in it (is it a WARC file?)")
        for failure in failures:
            loaded.problems.append(Problem(str(path), None, "skipped" if not read else "warning", failure))
