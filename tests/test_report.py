"""Figure export, the report command, and notebooks run on another corpus with papermill."""

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import nbformat
import pytest

from analysis import viz
from analysis.report import ReportError, run_notebook, run_report
from tests.conftest import ROOT

OTHER = ROOT / "tests" / "data" / "other_corpus.csv"
NOTEBOOKS = ROOT / "notebooks"


def make_figure():
    viz.use_house_style()
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([1, 2, 3], [3, 1, 2], label="line")
    ax.set_title("A title")
    ax.legend()
    return fig


@pytest.mark.slow
def test_exported_figures_are_byte_identical_across_runs(tmp_path):
    first = viz.export_figure(make_figure(), "f", outdir=tmp_path / "a")
    second = viz.export_figure(make_figure(), "f", outdir=tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg", ".pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    plt.close("all")


def test_colours_are_fixed_per_name():
    viz.set_palettes(outlet=["WION", "Sputnik International", "The Limited Times"])
    one = viz.colours("outlet", ["WION", "Sputnik International", "The Limited Times"])
    two = viz.colours("outlet", ["The Limited Times", "WION", "Sputnik International", "Republic World"])
    assert one["WION"] == two["WION"] and one["The Limited Times"] == two["The Limited Times"]
    assert len(set(two.values())) == 4
    assert viz.colours("outlet", ["other"])["other"] == viz.style.OTHER_COLOUR


def outputs_text(path):
    nb = nbformat.read(path, as_version=4)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            texts.append(json.dumps(output.get("data", {})))
    return "\n".join(texts)


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_make_notebooks_keeps_an_edited_notebook_and_refreshes_its_outputs(tmp_path):
    from analysis.report import execute_in_place

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# An analyst's notebook"), nbformat.v4.new_code_cell("print(6 * 7)")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "01_mine.ipynb"
    nbformat.write(nb, path)
    edited = nbformat.read(path, as_version=4)
    edited.cells[1].source = "print(6 * 9)  # edited in JupyterLab"
    nbformat.write(edited, path)
    execute_in_place(path)
    after = nbformat.read(path, as_version=4)
    assert after.cells[1].source == "print(6 * 9)  # edited in JupyterLab"
    assert after.cells[1].outputs[0]["text"] == "54\n"
    assert [c.id for c in after.cells] == [c.id for c in edited.cells]


@pytest.mark.slow
def test_report_on_a_generated_archive_of_many_outlets_and_speakers(tmp_path, monkeypatch):
    """The whole report on 40 outlets, hundreds of speakers and two years: every figure, its data, the tables."""
    import pandas as pd
    from archive_generator import generate_archive, write_jsonl

    from analysis.report import list_notebooks

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    frame = generate_archive(700, seed=21, n_outlets=40, n_people=400, days=730)
    corpus = write_jsonl(frame, tmp_path / "archive.jsonl")
    index = run_report(corpus, tmp_path / "report", notebooks=list_notebooks()[:4], echo=lambda _: None)
    figures = tmp_path / "report" / "figures"
    names = sorted(p.stem for p in figures.glob("*.png"))
    assert names == [
        "01_articles_per_period", "02_speaker_by_outlet", "02_speakers_per_period", "02_statements_per_period",
        "02_who_is_quoted", "03_lexicon_agreement", "03_speaker_vs_framing", "03_tone_by_outlet",
        "03_tone_by_outlet_over_time", "03_tone_over_time", "04_attention_by_outlet", "04_keyness_between",
        "04_keyness_by_period", "04_keyness_speaker", "04_keyword_trends",
    ]  # fmt: skip
    for name in names:
        assert {(figures / f"{name}.{s}").exists() for s in ("png", "svg", "pdf", "csv")} == {True}
    volume = pd.read_csv(figures / "01_articles_per_period.csv")
    assert volume["value"].sum() == 700 and volume["outlet"].nunique() <= 9  # top 8 and "other"
    tone = pd.read_csv(figures / "03_tone_over_time.csv")
    table = pd.read_csv(tmp_path / "report" / "tables" / "tone_over_time.csv")
    drawn = table[table["n"] > 0].reset_index(drop=True)
    assert tone["n"].tolist() == drawn["n"].tolist() and tone["mean"].round(3).equals(drawn["mean"].round(3))
    frequency = pd.read_csv(tmp_path / "report" / "tables" / "statement_frequency.csv")
    assert {"n_reports", "n_distinct"} <= set(frequency.columns)
    assert 0 < frequency["n_distinct"].sum() < frequency["n_reports"].sum()  # echoes grouped
    ranked = pd.read_csv(figures / "02_who_is_quoted.csv")
    named = ranked[ranked["panel"] == "named"]
    assert len(named) == 25 and named["n_reports"].is_monotonic_decreasing
    assert "04_keyword_trends.png" in index.read_text()


def test_every_notebook_uses_every_parameter_it_declares():
    import re

    import nbformat

    from analysis.report import declared_parameters, list_notebooks

    for notebook in list_notebooks():
        declared = declared_parameters(notebook)
        assert declared, notebook.name
        cells = nbformat.read(notebook, as_version=4).cells
        code = "\n".join(
            c.source for c in cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", [])
        )
        code = re.sub(r"#.*", "", code)  # a comment is not a use
        unused = [name for name in declared if not re.search(rf"\b{name}\b", code)]
        assert not unused, f"{notebook.name} declares {unused} but never uses them"


def test_papermill_reads_every_declared_parameter_with_its_help(capsys):
    import nbformat
    from papermill.translators import PythonTranslator

    from analysis.report import declared_parameters, list_notebooks

    for notebook in list_notebooks():
        cells = nbformat.read(notebook, as_version=4).cells
        cell = next(c for c in cells if "parameters" in c.metadata.get("tags", []))
        parsed = PythonTranslator.inspect(cell)
        assert [p.name for p in parsed] == declared_parameters(notebook), notebook.name
        assert all(p.help for p in parsed), notebook.name  # every parameter says what it is for
    assert "Unable to parse" not in capsys.readouterr().out


@pytest.mark.slow
def test_the_report_runs_on_a_folder_of_bad_inputs_escapes_corpus_text_and_changes_nothing(tmp_path):
    import hashlib

    import pandas as pd

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in sorted((ROOT / "data" / "raw").glob("*.txt"))[:3]:
        (corpus / page.name).write_bytes(page.read_bytes())
    text = (ROOT / "data" / "raw").glob("*.txt").__next__().read_bytes()
    (corpus / "utf16.txt").write_bytes(text.decode("utf-8").encode("utf-16"))
    (corpus / "nul.txt").write_bytes(text[:300] + b"\x00" + text[300:])
    (corpus / "loop_a.txt").symlink_to("loop_b.txt")
    (corpus / "loop_b.txt").symlink_to("loop_a.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "parent").symlink_to("..")
    (corpus / "marked.txt").write_text(
        "<b>Minister</b> praises the harvest deal with the delegation <script>alert('x')</script>\n\n"
        "<p>The minister said on Monday that the harvest deal would help farmers across the region &amp; that "
        "the talks with the delegation would resume next week in the capital.</p>\n",
        encoding="utf-8",
    )
    pd.DataFrame(
        {
            "title": ["&lt;script&gt;alert('pwn')&lt;/script&gt; Envoy warns of delays in the talks"],
            "text": [
                'The envoy said on Tuesday that the talks would be delayed by a week. "It cannot be helped," he said.'
            ],
            "date": ["2021-12-02"],
            "outlet": ["Example </script><i>Daily</i>"],
        }
    ).to_csv(corpus / "table.csv", index=False)

    def snapshot():
        return {
            p: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in corpus.rglob("*")
            if p.is_file() and "sub" not in p.parts
        }

    before = snapshot()
    run_report(corpus, tmp_path / "report", echo=lambda line: None)
    assert snapshot() == before  # nothing on disk changes
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "report").rglob("*.html")]
    assert pages and not any("<script>alert" in page for page in pages)
    assert not any("</script><i>Daily" in page for page in pages)  # an outlet's name cannot close a script
    assert any("Example &lt;/script&gt;&lt;i&gt;Daily" in page for page in pages)  # it is shown, as text
    problems = pd.read_csv(tmp_path / "report" / "tables" / "load_problems.csv")
    assert problems["problem"].str.contains("a symbolic link that loops").sum() == 2


@pytest.mark.slow
def test_a_report_rerun_on_an_unchanged_corpus_copies_each_notebooks_last_run(tmp_path):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "data" / "raw", corpus)
    notebook = [NOTEBOOKS / "01_corpus_overview.ipynb"]
    out = tmp_path / "report"
    first = []
    run_report(corpus, out, notebooks=notebook, echo=first.append)
    files = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    again = []
    run_report(corpus, out, notebooks=notebook, echo=again.append)
    assert any("done in" in line for line in first) and any("unchanged since it last ran" in line for line in again)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == files
    fresh = tmp_path / "fresh"
    run_report(corpus, fresh, notebooks=notebook, echo=lambda line: None, reuse=False)
    assert (fresh / "figures" / "01_articles_per_period.png").read_bytes() == files[
        Path("figures") / "01_articles_per_period.png"
    ]  # what is copied is what a run makes
    page = sorted(corpus.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nA line added by the user.\n", encoding="utf-8")
    changed = []
    run_report(corpus, out, notebooks=notebook, echo=changed.append)
    assert any("done in" in line for line in changed)  # a changed corpus runs the notebook again
