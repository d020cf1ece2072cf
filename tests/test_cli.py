import os
import shlex
import subprocess
import sys

from tests.conftest import ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=ROOT)


def test_corpus_command_prints_a_summary(tmp_path):
    out = tmp_path / "a.csv"
    result = run("corpus", "data/raw", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    assert "WION" in result.stdout and "2021-12-31 14:59" in result.stdout and "5 articles" in result.stdout
    assert out.read_text().count("\n") > 5


def test_corpus_command_fails_clearly(tmp_path):
    result = run("corpus", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_statements_command(tmp_path):
    out = tmp_path / "s.csv"
    result = run("statements", "data/raw", "--speaker", "putin", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    assert "Vladimir Putin" in result.stdout and "Sergey Lavrov" not in result.stdout
    assert "US warship" in out.read_text()


def test_speakers_suggest_prints_toml_entries_for_unknown_people(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text(
        "id,date,text\n"
        'a,2022-01-03,"Mark Ellison spoke. ""We will win,"" Mr Ellison said. ""Yes,"" said Mark Ellison."\n'
        'b,2022-01-04,"""The plan is late,"" Anna Ruiz said."\n',
        encoding="utf-8",
    )
    result = run("speakers", "--suggest", str(corpus))
    assert result.returncode == 0, result.stderr
    assert '[[speaker]]\nname = "Mark Ellison"\naliases = ["Mr Ellison"]' in result.stdout
    assert 'name = "Anna Ruiz"' in result.stdout
    assert result.stdout.index("Mark Ellison") < result.stdout.index("Anna Ruiz")  # most quoted first


def test_make_report_passes_paths_with_spaces_as_one_argument_each():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}  # not a sub-make of `make test`
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "report", "CORPUS=my corpus/pages", "OUT=my reports",
         "EVENTS=key events.csv"],
        capture_output=True, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if " -m analysis report " in line]
    words = shlex.split(line)
    assert words[words.index("--corpus") + 1] == "my corpus/pages"
    assert words[words.index("--out") + 1] == "my reports"
    assert words[words.index("--events") + 1] == "key events.csv"


def test_skipped_files_are_one_warning_line_in_the_terminal(tmp_path):
    for page in sorted((ROOT / "data" / "raw").glob("*.txt"))[:2]:
        (tmp_path / page.name).write_bytes(page.read_bytes())
    (tmp_path / "empty.txt").write_text("")
    result = run("corpus", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert lines == [
        f"warning: load_articles skipped 1 input (loaded 2 articles): {tmp_path / 'empty.txt'}: the file is empty; "
        "every one is listed by analysis.load_problems(articles) (load_problems.csv in a report)"
    ]
    assert "UserWarning" not in result.stderr
