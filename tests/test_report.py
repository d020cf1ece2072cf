"""Figure export, the report command, and notebooks run on another corpus with papermill."""

import json

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import nbformat
import pytest

from analysis import plots
from analysis.report import ReportError, run_notebook, run_report
from tests.conftest import ROOT

OTHER = ROOT / "tests" / "data" / "other_corpus.csv"
NOTEBOOKS = ROOT / "notebooks"


def make_figure():
    plots.use_house_style()
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([1, 2, 3], [3, 1, 2], label="line")
    ax.set_title("A title")
    ax.legend()
    return fig


def test_exported_figures_are_byte_identical_across_runs(tmp_path):
    first = plots.export_figure(make_figure(), "f", outdir=tmp_path / "a")
    second = plots.export_figure(make_figure(), "f", outdir=tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg", ".pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    plt.close("all")


def test_colours_are_fixed_per_name():
    one = plots.colours(["WION", "Sputnik International", "The Limited Times"])
    two = plots.colours(["The Limited Times", "WION", "Sputnik International", "Republic World"])
    assert one["WION"] == two["WION"] and one["The Limited Times"] == two["The Limited Times"]
    assert len(set(two.values())) == 4


def outputs_text(path):
    nb = nbformat.read(path, as_version=4)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            texts.append(json.dumps(output.get("data", {})))
    return "\n".join(texts)


@pytest.mark.parametrize("name", ["02_statement_frequency.ipynb", "04_keyword_trends.ipynb"])
def test_notebooks_run_on_another_corpus(tmp_path, name):
    executed = run_notebook(
        NOTEBOOKS / name,
        tmp_path,
        {
            "corpus": str(OTHER),
            "figures_dir": str(tmp_path / "figures"),
            "term": "sanction*",
            "speaker": "Jens Stoltenberg",
        },
    )
    text = outputs_text(executed)
    assert "6 articles from 2 outlets, 06 Feb 2023 to 15 Mar 2023" in text
    assert "Sputnik" not in text and "Lavrov" not in text
    if name.startswith("02"):
        assert "Jens Stoltenberg" in text and "Anna Keller" in text
    assert len(list((tmp_path / "figures").glob("*.svg"))) >= 1


def test_a_failing_notebook_is_named_with_its_cell(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("corpus = None\nfigures_dir = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise ValueError('the corpus has no dates')"),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    bad = tmp_path / "09_broken.ipynb"
    nbformat.write(nb, bad)
    with pytest.raises(ReportError, match=r"09_broken\.ipynb: cell \d+ .*ValueError: the corpus has no dates"):
        run_report(ROOT / "data" / "raw", tmp_path / "out", notebooks=[bad], echo=lambda _: None)


def test_report_writes_notebooks_figures_tables_and_index(tmp_path):
    lines = []
    index = run_report(
        ROOT / "data" / "raw", tmp_path, notebooks=[NOTEBOOKS / "01_corpus_overview.ipynb"], echo=lines.append
    )
    page = index.read_text()
    assert "01_corpus_overview.html" in page and "01_articles_per_period.png" in page and "statements.csv" in page
    for suffix in ("png", "svg", "pdf"):
        assert (tmp_path / "figures" / f"01_articles_per_period.{suffix}").stat().st_size > 1000
    assert (tmp_path / "notebooks" / "01_corpus_overview.html").exists()
    assert "[1/1] 01_corpus_overview.ipynb ..." in lines
