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
