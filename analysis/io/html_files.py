"""Reading saved HTML pages (``.html``, ``.htm``, gzipped or not): main text and metadata through trafilatura.

trafilatura (with htmldate for the date) finds the page's main text, leaving
out menus, related links, comments and footers, and reads its title, date,
site name, author and canonical URL from the page's metadata. The work runs in
worker processes, one chunk of files per task; a page it cannot read is a
problem for that file alone.
"""

from __future__ import annotations

import gzip
import os
import warnings
from pathlib import Path

import pandas as pd

from analysis._engine.executors import Executor
from analysis._engine.parallel import map_chunks
from analysis.errors import Problem
from analysis.io.dates import parse_date
from analysis.io.page_files import PageText, body_facts
from analysis.io.pages import join_paragraphs
from analysis.io.records import ArticleRecord, LoadedCorpus

#: Endings of saved HTML pages (a ``.gz`` after any of them is unzipped first).
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


#: Fewer words than this in the main text: the page holds no story.
_MIN_WORDS = 5


def page_stem(path: Path) -> str:
    """A page's ``doc_id``: its file name without ``.gz`` and without its HTML ending."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    stem, ending = os.path.splitext(name)
    return stem if ending.lower() in HTML_SUFFIXES else name


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.lower().endswith(".gz") else data


def extract_html(data: bytes | str, url: str | None = None) -> dict | None:
    """The main text and metadata of one HTML page (``None`` when trafilatura finds no text).

    Returns
    -------
    dict or None
        ``title``, ``text`` (paragraphs separated by blank lines, the headline
        not repeated), ``published`` (the date string htmldate found, or ``None``),
        ``sitename``, ``author``, ``url`` (canonical) and ``hostname``.

    """
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the library's own deprecation notices are not about the user's data
        document = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # the page's own metadata and markup only: a copyright year or a date in the prose is not a publication date
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if document is None:
        return None
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    lines = [line.strip() for line in (found.get("text") or "").splitlines()]
    title = (found.get("title") or "").strip() or None
    if lines and title and lines[0] == title:
        lines = lines[1:]  # trafilatura keeps the headline as the text's first line
    text = join_paragraphs([line for line in lines if line])
    if len(text.split()) < _MIN_WORDS:  # a menu or a lone link is what is left of a page without a story
        return None
    return {
        "title": title,
        "text": text,
        "published": found.get("date") or None,
        "sitename": (found.get("sitename") or "").strip() or None,
        "author": (found.get("author") or "").strip() or None,
        "url": found.get("url") or None,
        "hostname": found.get("hostname") or None,
    }


def extract_html_files(
    paths: list[Path], detect_languages: bool = False
) -> list[tuple[dict | None, str | None, PageText | None]]:
    """Each page's extraction, or ``(None, why, None)`` for a page that cannot be read (run in workers)."""
    out: list[tuple[dict | None, str | None, PageText | None]] = []
    for path in paths:
        try:
            found = extract_html(_read_bytes(path))
        except (OSError, EOFError, ValueError) as exc:
            out.append((None, f"{path}: cannot be read as an HTML page ({type(exc).__name__}: {exc})", None))
            continue
        except Exception as exc:
            out.append((None, f"{path}: the HTML extractor failed on it ({type(exc).__name__}: {exc})", None))
            continue
        if found is None:
            out.append((None, f"{path}: no main text found in the HTML page", None))
            continue
        out.append((found, None, None))
    texts = [found["text"] for found, _, _ in out if found is not None]
    facts = iter(body_facts(texts, detect_languages))
    return [(found, why, None if found is None else next(facts)) for found, why, _ in out]


def read_html_pages(
    paths: list[Path],
    loaded: LoadedCorpus,
    executor: Executor | None = None,
    progress: bool | None = None,
    detect_languages: bool = True,
) -> None:
    """Add the records of saved HTML pages (and the pages that could not be read, as problems) to ``loaded``."""
    if not paths:
        return
    done = map_chunks(
        extract_html_files, paths, detect_languages, executor=executor, progress=progress, desc="HTML", chunk_size=20
    )
    for path, (found, why, facts) in zip(paths, done, strict=True):
        if found is None:
            loaded.problems.append(Problem(str(path), page_stem(path), "skipped", why))
            continue
        doc_id = loaded.unique_id(page_stem(path), path)
        loaded.records.append(html_record(found, facts, doc_id, str(path), Path(os.path.abspath(path)).parent.name))


def html_record(found: dict, facts: PageText, doc_id: str, source_path: str, folder: str | None) -> ArticleRecord:
    """The record of one extracted HTML page (:func:`extract_html`), with the provenance of each field."""
    record = ArticleRecord(
        doc_id=doc_id,
        source_path=source_path,
        folder=folder or None,
        text=found["text"],
        title=found["title"],
        outlet=found["sitename"],
        url=found["url"],
        host=found["hostname"],
        detected_language=facts.language,
        n_words=facts.n_words,
        signature=facts.signature,
    )
    record.sources.update(
        title="html:title" if found["title"] else "not found",
        outlet="html:site name" if found["sitename"] else "not found",
        url="html:canonical URL" if found["url"] else "not found",
        text="html:main text",
    )
    record.published = pd.NaT
    record.sources["published"] = "not found"
    if found["published"]:
        try:
            record.published = parse_date(found["published"])
            record.sources["published"] = "html:date (htmldate)"
        except (ValueError, OverflowError):
            record.notes.append(f"unreadable date {found['published']!r}")
    return record
