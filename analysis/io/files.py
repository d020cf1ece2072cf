"""Finding a corpus's files: the pages and tables under a folder, and its metadata file.

Which endings are read, and by which reader, is said once here
(:data:`READERS`): a new reader (HTML, web archives, feeds, …) adds its
endings and its module beside the page and table readers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from analysis.errors import CorpusError
from analysis.io.feed_files import FEED_SUFFIXES
from analysis.io.html_files import HTML_SUFFIXES
from analysis.io.metadata import default_metadata_path
from analysis.io.tables import TABLE_SUFFIXES

#: Endings of scraped pages read as plain text.
PAGE_SUFFIXES = frozenset({".txt", ".text"})
#: The reader of each kind of file, by ending: ``"page"`` (:mod:`analysis.io.page_files`),
#: ``"html"`` (:mod:`analysis.io.html_files`, also gzipped: ``.html.gz``), ``"warc"``
#: (:mod:`analysis.io.warc_files`, ``.warc`` and ``.warc.gz``), ``"feed"``
#: (:mod:`analysis.io.feed_files`, RSS and Atom) or ``"table"`` (:mod:`analysis.io.table_rows`).
#: A new reader adds its endings here and its module beside these.
READERS: dict[str, str] = {
    **{suffix: "page" for suffix in sorted(PAGE_SUFFIXES)},
    **{suffix: "html" for suffix in sorted(HTML_SUFFIXES)},
    ".warc": "warc",
    **{suffix: "feed" for suffix in sorted(FEED_SUFFIXES)},
    **{suffix: "table" for suffix in sorted(TABLE_SUFFIXES)},
}
#: Readers that also read their files gzipped (``page.html.gz``, ``crawl.warc.gz``).
_GZIPPED = frozenset({"html", "warc"})


def _ending(name: str) -> str:
    """A file name's ending as :data:`READERS` knows it (``.html.gz`` is read as ``.html``)."""
    name = name.lower()
    ending = os.path.splitext(name)[1]
    if ending == ".gz":
        inner = os.path.splitext(name[:-3])[1]
        return inner if READERS.get(inner) in _GZIPPED else ending
    return ending


def reader_of(path: Path) -> str | None:
    """The reader of a file (one of :data:`READERS`' values), or ``None`` for a file no reader reads."""
    return READERS.get(_ending(path.name))


def _corpus_files(folder: Path) -> Iterator[tuple[tuple[str, ...], str]]:
    """The files of :data:`READERS` under a folder and its subfolders, as ``Path.rglob`` finds them.

    Each file is given as its path's parts below ``folder`` (sorting by them sorts as ``sorted(paths)``
    would, without making a ``Path`` of each file) and its path as a string.

    Hidden files (not hidden folders' files) and ``metadata.csv`` are left out. Walked with ``os.scandir``,
    whose entries know their type without a ``stat`` per file. Symbolic links to
    folders are followed once: a folder already walked (a link to a parent, two
    links to each other) is not walked again. A link that loops or points
    nowhere is listed like a file, so that reading it reports the problem with
    its name.
    """
    folders = [folder]
    walked = {os.path.realpath(folder)}
    depth = len(folder.parts)
    while folders:
        walking = folders.pop()
        parts = walking.parts[depth:]  # once per folder; the parts all share are left out
        with os.scandir(walking) as entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:  # a link that loops
                    is_dir = False
                if is_dir:
                    real = os.path.realpath(entry.path)
                    if real not in walked:
                        walked.add(real)
                        folders.append(Path(entry.path))
                elif (
                    not entry.name.startswith(".")
                    and entry.name != "metadata.csv"
                    and _ending(entry.name) in READERS
                    and _file_or_link(entry)
                ):
                    yield (*parts, entry.name), entry.path


#: Names (without ending, lower case) of the files a dataset ships to document itself: not articles.
DOCUMENTATION_NAMES = frozenset({"readme", "license", "licence", "copying", "changelog", "authors", "citation"})


def without_documentation(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """A folder's files split into those to read and the dataset's own documentation (``README.TXT``, ``LICENSE``).

    The BBC news dataset's folder holds a ``README.TXT`` beside its stories: read as a page it became an
    article of an outlet "bbc". Only for files found by walking a folder; a file given by name is read.
    """
    keep, documentation = [], []
    for path in paths:
        stem = path.name.split(".", 1)[0].lower()
        (documentation if stem in DOCUMENTATION_NAMES else keep).append(path)
    return keep, documentation


def _file_or_link(entry: os.DirEntry) -> bool:
    """A file, or a link that is none (a loop, a broken link): listed, so that reading it names the problem."""
    try:
        return entry.is_file() or entry.is_symlink()
    except OSError:
        return True


def as_paths(source: str | Path | Iterable[str | Path]) -> list[Path]:
    """The files a source names: a folder's corpus files (sorted), or the files given.

    Raises
    ------
    CorpusError
        For a path that does not exist, a folder with no corpus file, or a file
        no reader reads.

    """
    return [Path(name) for name in _file_names(source)]


def _file_names(source: str | Path | Iterable[str | Path]) -> list[str]:
    """:func:`as_paths` as strings: 10^5 ``Path`` objects cost half a second, which a warm run never needs."""
    items = [source] if isinstance(source, (str, Path)) else list(source)
    names: list[str] = []
    for item in items:
        path = Path(item)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            found = [name for _, name in sorted(_corpus_files(path))]  # by parts, as Paths sort
            if not found:
                raise CorpusError(
                    f"{path}: the folder holds no corpus file (endings read: {', '.join(READERS)}, "
                    ".html.gz and .warc.gz)"
                )
            names.extend(found)
        elif path.suffix and reader_of(path) is None:
            raise CorpusError(
                f"{path}: not a news page or an article table (a file ending in {', '.join(sorted(PAGE_SUFFIXES))} "
                f"for a scraped page, {', '.join(sorted(HTML_SUFFIXES))} for a saved HTML page, .warc for a web "
                f"archive, {', '.join(sorted(FEED_SUFFIXES))} for a feed, or {', '.join(sorted(TABLE_SUFFIXES))} "
                "for a table); rename a scraped page to .txt to read it as one"
            )
        else:
            names.append(str(path))
    return names


def metadata_path(source: str | Path | Iterable[str | Path], metadata: str | Path | bool | None) -> Path | None:
    """The metadata file of a corpus: the one given, ``metadata.csv`` beside it (``None``), or none (``False``)."""
    if metadata is None:
        first = Path(source) if isinstance(source, (str, Path)) else Path(next(iter(source)))
        return default_metadata_path(first) if first.exists() else None
    if metadata is False or metadata is True:
        return None
    return Path(metadata)


def corpus_files(
    source: str | Path | Iterable[str | Path], metadata: str | Path | bool | None = None
) -> tuple[list[Path], Path | None]:
    """The page and table files of a corpus, without its metadata file, and the metadata file.

    ``source`` and ``metadata`` are as for :func:`analysis.load_articles`.
    """
    return listed_paths(corpus_file_names(source, metadata))


def listed_paths(listed: tuple[list[str], Path | None]) -> tuple[list[Path], Path | None]:
    """A :func:`corpus_file_names` listing as :func:`corpus_files` gives it: the files as ``Path`` objects."""
    names, meta_path = listed
    return [Path(name) for name in names], meta_path


def corpus_file_names(
    source: str | Path | Iterable[str | Path], metadata: str | Path | bool | None = None
) -> tuple[list[str], Path | None]:
    """:func:`corpus_files` with the files' paths as strings (enough to fingerprint a corpus, and quicker).

    Only a file with the metadata file's name is resolved to compare it with the
    metadata file (resolving every path costs a system call per folder level).
    """
    meta_path = metadata_path(source, metadata)
    names = _file_names(source)
    if meta_path is not None:
        meta = meta_path.resolve()
        meta_names = {meta_path.name, meta.name}
        names = [n for n in names if os.path.basename(n) not in meta_names or Path(n).resolve() != meta]
    return names, meta_path
