"""The benchmark scripts run at a small size, so they never rot."""

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from corpus_generator import generate_articles, write_corpus

import analysis
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # runs the benchmark scripts end to end


def run_script(script, *args):
    """Run a benchmark script at a small size, as a user would."""
    return subprocess.run([sys.executable, script, *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_generator_is_seeded_and_realistic(tmp_path):
    one, two = generate_articles(40, seed=3), generate_articles(40, seed=3)
    pd.testing.assert_frame_equal(one, two)
    words = one["text"].str.split().str.len()
    assert words.between(300, 1400).all()
    assert one["outlet"].nunique() > 3 and one["text"].duplicated().any()
    pages, table = write_corpus(one, tmp_path)
    loaded = analysis.load_articles(pages, metadata=False)
    assert len(loaded) == 40 and loaded["outlet"].notna().all() and loaded["published"].notna().all()
    assert not loaded["text"].str.contains("All rights reserved|You may like|Subscribe").any()
    assert loaded["duplicate_of"].notna().sum() == one["text"].duplicated().sum()  # syndicated copies found
    assert len(analysis.load_articles(table)) == 40


def test_tone_benchmark_runs_small():
    result = run_script("benchmarks/bench_tone.py", "--articles", "40", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "identical TextBlob scores: True" in result.stdout and "x the naive rate" in result.stdout


def test_keyword_benchmark_runs_small():
    result = run_script("benchmarks/bench_keywords.py", "--articles", "60", "--sample", "20")
    assert result.returncode == 0, result.stderr
    assert "same keyword counts as the naive loop on the sample: True" in result.stdout


@pytest.mark.parametrize("source", ["pages", "parquet"])
def test_end_to_end_benchmark_runs_small_and_cleans_up(source):
    result = run_script("benchmarks/run.py", "--articles", "80", "--sample", "20", "--workers", "2", "--source", source)
    assert result.returncode == 0, result.stderr
    assert "same tone scores True, same statement counts True, same keyword counts True" in result.stdout
    assert "warm tables equal cold: True" in result.stdout
    work = Path(re.search(r"under (\S+)", result.stdout).group(1))
    assert not work.exists()  # the generated corpus and the cache are removed


def test_genre_benchmark_scores_a_small_made_up_folder(tmp_path):
    (tmp_path / "2001-01-05-press-conference.txt").write_text(
        "President: Abigail Marsh\n\n"
        "THE PRESIDENT. Good morning. I have a short statement on the harvest before your questions, and then "
        "I will take as many of them as we have time for, because the farmers and the millers of this country "
        "deserve to hear plainly what their government is doing for them this winter.\n\n"
        "Q. Madam President, will the mills reopen this winter?\n\n"
        "THE PRESIDENT. They will, and I expect the ports to follow in the spring.\n\n"
        "MR. HOLT. Thank you, Madam President.\n",
        encoding="utf-8",
    )
    (tmp_path / "2001-02-01-address.txt").write_text(
        "President: Abigail Marsh\n\n"
        "Fellow citizens, I come before you to speak of the roads we must build together this year, of the "
        "bridges our grandparents raised and of the ports that carry what our farms and mills make to the "
        "world, and I ask you to hear me out before you judge the plan.\n\n"
        "We will keep the promise we made, and I ask every town to help us keep it.\n",
        encoding="utf-8",
    )
    result = run_script("benchmarks/genres.py", "--speeches", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "turns read: 1.000 (4/4); with the right speaker: 1.000 (4/4)" in result.stdout
    assert "addresses given to their speaker (>= half their words): 1.000 (1/1)" in result.stdout


def test_the_strict_speaker_rule_takes_the_last_capitalised_word_else_the_head_noun():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from polnear import _carries, strict_key

    assert strict_key("Sen. Ted Cruz (R-Tex.), a candidate") == "cruz"
    assert strict_key("West Virginia officials") == "virginia"
    assert strict_key("a bartender") == "bartender" and strict_key("some state lobbyists") == "lobbyists"
    assert strict_key("Hillary Clinton's spokesman, Brian Fallon") == "clinton"
    assert strict_key("he") is None and strict_key("They") is None
    assert _carries("Ted Cruz", "cruz") and _carries("a state lobbyist", "lobbyists")
    assert not _carries("Brian Fallon", "clinton")
    assert _carries("Kasich's campaign", "kasich")  # a possessive carries the name
