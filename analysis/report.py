"""The report: run every notebook on a corpus, export figures and tables, and write an HTML index."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path

from analysis import report_cache
from analysis.io.tables import parse_columns
from analysis.paths import PROJECT_ROOT

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"


class ReportError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def list_notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``01_….ipynb`` …) of a folder, in order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("."))


def declared_parameters(notebook: Path) -> list[str]:
    """The names a notebook's ``parameters`` cell assigns (the ones a report may set)."""
    import re

    import nbformat

    cells = nbformat.read(notebook, as_version=4).cells
    source = next((c.source for c in cells if "parameters" in c.metadata.get("tags", [])), "")
    return re.findall(r"^(\w+)\s*=", source, flags=re.MULTILINE)


def _kernel_manager_class() -> type:
    """A kernel manager that encrypts the kernel's channels when the kernel can (ipykernel >= 7.3 advertises it).

    Otherwise every kernel start prints ipykernel's "running over TCP without
    encryption" warning: six lines per report that say nothing about the user's data.
    """
    from jupyter_client.manager import AsyncKernelManager

    class _EncryptedKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs) -> None:
            super().__init__(**kwargs)
            if self.has_trait("transport_encryption"):  # jupyter_client >= 8.9
                self.transport_encryption = "auto"

    return _EncryptedKernelManager


def run_notebook(notebook: Path, out_dir: Path, parameters: dict) -> Path:
    """Execute one notebook with papermill into ``out_dir``; raise :class:`ReportError` naming the failing cell."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    target = out_dir / notebook.name
    declared = declared_parameters(notebook)
    try:
        papermill.execute_notebook(
            str(notebook),
            str(target),
            parameters={name: value for name, value in parameters.items() if name in declared},
            cwd=str(notebook.parent),
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            kernel_manager_class=_kernel_manager_class(),
        )
    except PapermillExecutionError as exc:
        source = "\n".join("    " + line for line in exc.source.splitlines()[:6])
        raise ReportError(
            f"{notebook.name}: cell {exc.exec_count} (cell index {exc.cell_index}) failed with "
            f"{exc.ename}: {exc.evalue}\n{source}\nThe partly executed notebook is {target}"
        ) from exc
    return target


WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
#: What a stored notebook shows where a widget was: widgets live only in a running kernel.
WIDGET_NOTE = "(interactive widgets: run the notebook in JupyterLab to use them)"


def execute_in_place(notebook: Path, timeout: int = 1200) -> Path:
    """Re-execute a notebook where it stands, refreshing its outputs and leaving its code and prose as they are.

    The notebook runs in its own folder (so relative paths such as ``../data/raw``
    work) with its parameter cell's defaults. Cell ids and metadata are kept;
    execution timing and widget state are not stored, so a re-run changes a
    file only where an output changed.

    Raises
    ------
    ReportError
        If a cell fails; the message names the notebook and the cell.

    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", record_timing=False, kernel_manager_class=_kernel_manager_class(),
        resources={"metadata": {"path": str(notebook.parent.resolve())}},
    )  # fmt: skip
    try:
        client.execute()
    except CellExecutionError as exc:
        raise ReportError(f"{notebook.name}: {str(exc).splitlines()[-1] if str(exc) else exc!r}") from exc
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if WIDGET_MIME in output.get("data", {}):  # a model id, new on every run: keep a stable note instead
                output["data"] = {"text/plain": WIDGET_NOTE}
    nbformat.write(nb, notebook)
    return notebook


def notebook_html(executed: Path) -> Path:
    """Convert an executed notebook to a stand-alone HTML page beside it."""
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nbformat.read(executed, as_version=4))
    target = executed.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def write_index(out: Path, pages: list[Path], figures_dir: Path, tables: list[Path], corpus: str) -> Path:
    """Write ``index.html``: links to the executed notebooks, every figure (PNG, SVG, PDF) and the tables."""
    rows = "\n".join(
        f'<li><a href="{html.escape(p.relative_to(out).as_posix())}">{html.escape(p.stem)}</a> '
        f'(<a href="{html.escape(p.with_suffix(".ipynb").relative_to(out).as_posix())}">ipynb</a>)</li>'
        for p in pages
    )
    figures = []
    for png in sorted(figures_dir.glob("*.png")):
        links = " · ".join(
            f'<a href="{html.escape(f.relative_to(out).as_posix())}">{f.suffix[1:].upper()}</a>'
            for f in (png, png.with_suffix(".svg"), png.with_suffix(".pdf"))
            if f.exists()
        )
        src = html.escape(png.relative_to(out).as_posix())
        figures.append(
            f'<figure><a href="{src}"><img src="{src}" width="420"></a>'
            f"<figcaption>{html.escape(png.stem)}: {links}</figcaption></figure>"
        )
    table_links = "\n".join(
        f'<li><a href="{html.escape(t.relative_to(out).as_posix())}">{html.escape(t.name)}</a></li>' for t in tables
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Media analysis report</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;}} figure{{display:inline-block;margin:8px;}}
figcaption{{font-size:0.85em;}}</style></head>
<body><h1>Media analysis report</h1>
<p>Corpus: <code>{html.escape(corpus)}</code></p>
<h2>Notebooks</h2><ol>
{rows}
</ol>
<h2>Figures</h2>
{chr(10).join(figures)}
<h2>Tables</h2><ul>
{table_links}
</ul></body></html>
"""
    target = out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def write_tables(
    corpus: str | Path, out: Path, freq: str = "W", columns: str | None = None, keywords: str | Path | None = None
) -> list[Path]:
    """Export the main tables as CSV with stable column names (articles, statements, frequencies, trends, tone).

    ``statement_frequency.csv`` counts named speakers (people and organisations),
    as the figures do; ``unnamed_sources.csv`` the sources without a name.

    Decimals are rounded for reading (3 places for scores, 1 for rates); the
    tables computed as the notebooks compute them hold the same numbers as the
    figures of the same name (whose own data stands beside each figure).
    """
    import analysis
    from analysis.viz import export_table

    result = analysis.run_pipeline(corpus, progress=False, columns=columns, keyword_groups=keywords)
    articles, statements, scored = result.articles, result.statements, result.tone
    span = (articles["published"].min(), articles["published"].max())
    keys = ["period", "speaker"]
    reports = analysis.statement_frequency(statements, freq=freq, span=span)
    distinct = analysis.statement_frequency(statements, freq=freq, span=span, distinct=True)
    frequency = reports.rename(columns={"n_statements": "n_reports", "n_articles": "n_articles_reporting"}).merge(
        distinct[[*keys, "n_statements"]].rename(columns={"n_statements": "n_distinct"}), on=keys, how="outer"
    )
    frequency[["n_reports", "n_distinct", "n_articles_reporting"]] = (
        frequency[["n_reports", "n_distinct", "n_articles_reporting"]].fillna(0).astype("int64")
    )
    tables = {
        "articles.csv": articles.drop(columns=["text"]).reset_index(),
        "load_problems.csv": analysis.load_problems(articles),
        "statements.csv": statements,
        "statement_frequency.csv": frequency.sort_values(keys, kind="stable"),
        "unnamed_sources.csv": analysis.unnamed_sources(statements, n=None),
        "coverage_volume.csv": analysis.coverage_volume(articles, freq=freq),
        "keyword_trends.csv": analysis.keyword_trends(articles, counts=result.keyword_counts, freq=freq),
        "tone_over_time.csv": analysis.tone_over_time(scored, freq=freq, span=span),
        "tone_by_outlet.csv": analysis.tone_by(scored, by="outlet"),
    }
    return [export_table(table, out / name) for name, table in tables.items()]


def run_report(
    corpus: str | Path,
    out: str | Path = "reports",
    notebooks: list[Path] | None = None,
    echo: Callable[[str], None] = print,
    events: str | Path | None = None,
    columns: str | None = None,
    reuse: bool = True,
    keywords: str | Path | None = None,
) -> Path:
    """Execute every notebook on ``corpus``, export figures and tables into ``out``, and write ``out/index.html``.

    A notebook whose inputs (itself, its parameters, the corpus's files, the
    project's data, the package) are those of its last run is not run again:
    its executed copy and figures are copied from the cache
    (:mod:`analysis.report_cache`); ``reuse=False`` runs every notebook.
    ``keywords`` is a keyword-groups file (``.toml``); by default
    ``keywords.toml`` beside the corpus, the demo's for the demo corpus, or
    groups proposed from the corpus (:mod:`analysis.trends.corpus_keywords`).

    ``events`` is a CSV of key events to mark on the time charts; by default
    ``events.csv`` beside the corpus, if there is one (:func:`analysis.corpus_events`).
    ``columns`` names a table's columns when guessing fails (``"text=body,title=headline"``,
    as for :func:`analysis.load_articles`).

    Raises
    ------
    ReportError
        If a notebook fails; the message names the notebook and the cell.

    """
    out = Path(out).resolve()
    figures_dir, executed_dir, tables_dir = out / "figures", out / "notebooks", out / "tables"
    for folder in (figures_dir, executed_dir):
        folder.mkdir(parents=True, exist_ok=True)
    notebooks = list_notebooks() if notebooks is None else notebooks
    parameters = {"corpus": str(Path(corpus).resolve()), "figures_dir": str(figures_dir)}
    if events is not None:
        parameters["events_file"] = str(Path(events).resolve())
    if columns:
        parse_columns(columns)  # a bad pair stops the report here, not in the first notebook
        parameters["columns"] = columns
    if keywords is not None:
        from analysis.trends.keywords import load_keyword_groups

        load_keyword_groups(keywords)  # a missing or malformed file stops the report here
        parameters["keywords_file"] = str(Path(keywords).resolve())
    pages = []
    for k, notebook in enumerate(notebooks, start=1):
        start = time.perf_counter()
        echo(f"[{k}/{len(notebooks)}] {notebook.name} ...")
        key = report_cache.notebook_key(notebook, parameters, corpus) if reuse else None
        page = report_cache.restore(key, notebook, executed_dir, figures_dir) if key else None
        if page is None:
            before = report_cache.file_times(figures_dir)
            page = notebook_html(run_notebook(notebook, executed_dir, parameters))
            if key:
                report_cache.store(key, notebook, executed_dir, report_cache.written_since(figures_dir, before))
            echo(f"      done in {time.perf_counter() - start:.1f} s")
        else:
            echo(f"      unchanged since it last ran: copied in {time.perf_counter() - start:.1f} s")
        pages.append(page)
    echo("writing tables ...")
    tables = write_tables(corpus, tables_dir, columns=columns, keywords=parameters.get("keywords_file"))
    index = write_index(out, pages, figures_dir, tables, str(corpus))
    n_figures = len(list(figures_dir.glob("*.png")))
    echo(f"wrote {index} ({len(pages)} notebooks, {n_figures} figures in PNG, SVG and PDF, {len(tables)} tables)")
    return index
