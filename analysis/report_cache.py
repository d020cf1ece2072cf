"""Executed notebooks kept between reports: a re-run on an unchanged corpus copies them instead of running them.

A notebook's outputs depend on the notebook itself, the parameters the report
gives it, the corpus's files (paths, sizes, modification times), the files a
corpus may have beside it (``events.csv``, ``columns.toml``, ``keywords.toml``),
the project's data files (speakers, outlets, validation sets) and the package's
version and source. When none of these has changed since a notebook last ran,
its executed copy, its HTML page and the figure files it wrote (PNG, SVG, PDF
and their CSV) are copied from the cache; the
outputs are byte-identical to a fresh run, which the notebooks guarantee.
Entries live in the derived-table cache folder (``data/processed/report`` or
``$ANALYSIS_CACHE_DIR/report``) and are written atomically.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from analysis._engine.hashing import content_hash
from analysis.paths import DATA_DIR

#: Files beside a corpus folder that change what the notebooks show.
_BESIDE_CORPUS = ("events.csv", "columns.toml", "keywords.toml", "metadata.csv")
#: Folders of the project's data that are not inputs of the notebooks (the demo corpus is read as a corpus).
_NOT_INPUTS = frozenset({"raw", "processed"})


def _cache_root() -> Path:
    from analysis._engine import cache

    return Path(cache.DEFAULT_CACHE_DIR) / "report"


def notebook_key(notebook: Path, parameters: dict, corpus: str | Path) -> str:
    """The key of a notebook's run: everything its outputs depend on (see the module docstring)."""
    from analysis._engine.cache import _version
    from analysis.pipeline.run import corpus_fingerprint

    corpus = Path(corpus)
    folder = corpus if corpus.is_dir() else corpus.parent
    beside = [(name, (folder / name).read_bytes()) for name in _BESIDE_CORPUS if (folder / name).is_file()]
    events = parameters.get("events_file")
    if events and Path(events).is_file():
        beside.append(("events_file", Path(events).read_bytes()))
    return content_hash(
        notebook.read_bytes(),
        json.dumps(parameters, sort_keys=True),
        corpus_fingerprint(corpus),
        beside,
        _project_data(),
        _version(),
    )


def _project_data() -> list[tuple[str, int, int]]:
    """The project's data files (speakers, outlets, validation sets…) by path, size and modification time."""
    found = []
    for root, folders, files in os.walk(DATA_DIR):
        if Path(root) == DATA_DIR:
            folders[:] = [f for f in folders if f not in _NOT_INPUTS]
        for name in files:
            st = os.stat(os.path.join(root, name))
            found.append((os.path.relpath(os.path.join(root, name), DATA_DIR), st.st_size, st.st_mtime_ns))
    return sorted(found)


def written_since(figures_dir: Path, before: dict[Path, int]) -> list[Path]:
    """The files of ``figures_dir`` new or rewritten since ``before`` (:func:`file_times` taken before a run)."""
    return sorted(p for p, mtime in file_times(figures_dir).items() if before.get(p) != mtime)


def file_times(folder: Path) -> dict[Path, int]:
    """Each file of a folder with its modification time (nanoseconds)."""
    return {p: p.stat().st_mtime_ns for p in folder.iterdir() if p.is_file()}


def restore(key: str, notebook: Path, executed_dir: Path, figures_dir: Path) -> Path | None:
    """Copy a cached run into the report; its HTML page, or ``None`` when there is none (or it is incomplete)."""
    entry = _cache_root() / key
    manifest = entry / "manifest.json"
    if not manifest.is_file():
        return None
    try:
        names = json.loads(manifest.read_text(encoding="utf-8"))
        for name in names["figures"]:
            shutil.copyfile(entry / "figures" / name, figures_dir / name)
        for suffix in (".ipynb", ".html"):
            shutil.copyfile(entry / f"notebook{suffix}", executed_dir / f"{notebook.stem}{suffix}")
    except (OSError, ValueError, KeyError):
        shutil.rmtree(entry, ignore_errors=True)  # a damaged entry is removed; the notebook runs again
        return None
    return executed_dir / f"{notebook.stem}.html"


def store(key: str, notebook: Path, executed_dir: Path, figures: list[Path]) -> None:
    """Keep a notebook's run and the figure files it wrote: into a temporary folder, then renamed (whole or absent)."""
    root = _cache_root()
    root.mkdir(parents=True, exist_ok=True)
    target = root / key
    if target.exists():
        return
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=root))
    try:
        (tmp / "figures").mkdir()
        for path in figures:
            shutil.copyfile(path, tmp / "figures" / path.name)
        for suffix in (".ipynb", ".html"):
            shutil.copyfile(executed_dir / f"{notebook.stem}{suffix}", tmp / f"notebook{suffix}")
        manifest = {"notebook": notebook.name, "figures": [p.name for p in figures]}
        (tmp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a cache that cannot be written only costs time
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
