"""Reading scraped pages: text files parsed into story lines and fields (:mod:`analysis.io.pages`), in workers.

Each page is decoded (:mod:`analysis.io.reading`) and parsed in a worker
process, which also computes the facts the corpus-wide steps need (MinHash
signature, language, word count). Back in the main process, copies are
clustered, lines a site repeats on many pages are removed as furniture, and
each page becomes an :class:`~analysis.io.records.ArticleRecord`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.executors import Executor
from analysis._engine.parallel import map_chunks
from analysis.errors import CorpusError, Problem
from analysis.io.dates import date_in_file_name
from analysis.io.duplicates import duplicate_clusters, minhash_signatures
from analysis.io.markup import has_markup, strip_markup_lines
from analysis.io.pages import ParsedPage, mark_site_repeats, parse_page, rechoose_title
from analysis.io.reading import DecodedText, read_text_file
from analysis.io.records import ArticleRecord, LoadedCorpus, count_words
from analysis.text.language import detect_languages_of


@dataclass
class PageText:
    """What a worker works out from a page's clean body: its MinHash signature, language and word count.

    The body itself is not sent back: the main process rebuilds it from the
    page's story lines, one page at a time, so the two never both fill memory.
    """

    signature: np.ndarray
    language: str | None
    n_words: int
    #: Whether the text held HTML (tags or entities) that was turned into plain paragraphs.
    had_markup: bool = False


def body_facts(bodies: list[str], detect_languages: bool = False) -> list[PageText]:
    """The :class:`PageText` facts of clean bodies: MinHash signature, language (if asked) and word count."""
    languages = detect_languages_of(bodies) if detect_languages else [None] * len(bodies)
    return [
        PageText(signature, language, count_words(body))
        for body, signature, language in zip(bodies, minhash_signatures(bodies), languages, strict=True)
    ]


def cleaned_page_text(decoded: DecodedText) -> tuple[str, list[str]]:
    """A decoded page's text, with HTML in its lines cleaned as in table cells, and the repairs as notes."""
    text, notes = decoded.text, list(decoded.notes)
    if has_markup(text):  # HTML saved as text (a copy-paste, a mislabelled file)
        text, n = strip_markup_lines(text)
        if n:
            notes.append(f"HTML markup removed from {n:,} line{'s' if n > 1 else ''}")
    return text, notes


def parse_files(
    paths: list[Path | tuple[Path, str | None]], detect_languages: bool = False, keep_removed: bool = True
) -> list[tuple[ParsedPage | None, str, str | None, PageText | None]]:
    """Read and parse each page: ``(page, encoding, None, body facts)``, or ``(None, "", error, None)`` for a bad file.

    An item may be ``(path, url)``, the page's address from the metadata file,
    whose slug is evidence for the headline. The body facts (see :class:`PageText`)
    are computed here so that the costly per-page work runs in worker processes.
    ``keep_removed=False`` sends back the body and the story lines' keys instead
    of the lines (:meth:`ParsedPage.drop_lines`), so less text travels back and
    the body is not made twice.
    """
    out = []
    for item in paths:
        path, url = item if isinstance(item, tuple) else (item, None)
        try:
            decoded = read_text_file(path)
        except CorpusError as exc:
            out.append((None, "", str(exc), None))
            continue
        text, notes = cleaned_page_text(decoded)
        page = parse_page(text, path.stem, url)
        page.problems.extend(notes)
        out.append((page, decoded.encoding, None, None))
    bodies = [page.body() for page, *_ in out if page is not None]
    facts = iter(body_facts(bodies, detect_languages))
    if not keep_removed:
        for page, body in zip([page for page, *_ in out if page is not None], bodies, strict=True):
            page.drop_lines(body)
    return [(page, encoding, error, None if page is None else next(facts)) for page, encoding, error, _ in out]


class _Bodies(Sequence):
    """The pages' bodies, made when asked for (near-duplicate checks read only a few)."""

    def __init__(self, pages: list[ParsedPage]) -> None:
        self.pages = pages

    def __len__(self) -> int:
        return len(self.pages)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        return self.pages[i].body()


def read_pages(
    paths: list[Path],
    loaded: LoadedCorpus,
    executor: Executor | None = None,
    progress: bool | None = None,
    threshold: float = 0.5,
    detect_languages: bool = True,
    keep_pages: bool = True,
    urls: dict[str, str] | None = None,
) -> None:
    """Add the pages' records (and the files that could not be read, as problems) to ``loaded``.

    ``keep_pages`` keeps the parsed pages in ``loaded.pages`` (for
    :func:`~analysis.io.corpus.removed_lines`); ``urls`` maps a page's file
    name (without ending) to its address from the metadata file.
    """
    parsed = map_chunks(
        parse_files,
        [(p, urls[p.stem]) if p.stem in urls else p for p in paths] if urls else paths,
        detect_languages,
        keep_pages,
        executor=executor,
        progress=progress,
        desc="pages",
        chunk_size=50,
    )
    facts: list[PageText] = []
    for path, (page, encoding, error, page_text) in zip(paths, parsed, strict=True):
        if page is None:
            loaded.problems.append(Problem(str(path), path.stem, "skipped", error))
            continue
        page.doc_id = loaded.unique_id(path.stem, path)
        page.fields["source_path"] = str(path)
        if encoding not in {"utf-8", "utf-8-sig"}:
            page.problems.append(f"decoded as {encoding}, not UTF-8")
        loaded.pages.append(page)
        facts.append(page_text)
    if not loaded.pages:
        return
    signatures = np.stack([f.signature for f in facts])
    clusters = duplicate_clusters(_Bodies(loaded.pages), threshold, signatures, executor, progress)
    changed = mark_site_repeats(loaded.pages, [str(c) for c in clusters])
    for k in changed:
        page = loaded.pages[k]
        if not page.lines:  # its lines were dropped: read them again to make the new body
            text, _ = cleaned_page_text(read_text_file(Path(page.fields["source_path"])))
            page.lines = parse_page(text, page.doc_id).lines
            rechoose_title(page)
        body = page.body()  # site furniture removed: the facts of the new body
        language = detect_languages_of([body])[0] if detect_languages else None
        facts[k] = PageText(facts[k].signature, language, count_words(body))
    for k, (page, page_text, cluster) in enumerate(zip(loaded.pages, facts, clusters, strict=True)):
        body = page.body()
        page.kept_keys = None
        if not keep_pages:
            page.lines = []  # free the page's text as its body is made
        loaded.page_clusters[page.doc_id] = cluster
        source_path = page.fields["source_path"]
        if not body:
            loaded.problems.append(
                Problem(
                    source_path,
                    page.doc_id,
                    "skipped",
                    f"{source_path}: no story text left after removing page furniture",
                )
            )
            continue
        outlet = page.fields.get("outlet")
        published, sources, notes = page.fields.get("published"), dict(page.provenance, url="not found"), page.problems
        if published is None or pd.isna(published):
            named = date_in_file_name(source_path)
            if named is not None:
                published, sources["published"] = named, "file name"
                notes = [*notes, "publication date taken from the file name"]
        loaded.records.append(
            ArticleRecord(
                doc_id=page.doc_id,
                source_path=source_path,
                folder=Path(os.path.abspath(source_path)).parent.name or None,
                text=body,
                title=page.fields.get("title"),
                published=published,
                outlet=outlet,
                original_source=page.fields.get("original_source"),
                speaker=page.fields.get("speaker"),
                sources=sources,
                notes=list(notes),
                detected_language=page_text.language,
                n_words=page_text.n_words,
                signature=None if k in changed else page_text.signature,  # None: not of the final body
                published_other=page.published_other,
                published_zone=page.published_zone,
                date_site=("site", outlet) if outlet else ("page", page.doc_id),
                date_order=page.date_order,
            )
        )
    if not keep_pages:
        loaded.pages = []  # the records hold what is needed
