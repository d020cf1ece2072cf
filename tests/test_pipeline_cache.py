"""The cache of derived tables and the cached, parallel pipeline."""

import os
import shutil

import pandas as pd
import pytest

import analysis
from analysis.cache import DerivedCache
from tests.conftest import RAW


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    return folder


def test_cold_and_warm_runs_give_the_same_tables(corpus, tmp_path):
    cache = tmp_path / "cache"
    cold = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    warm = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    assert set(warm.cache_hits) == {"articles", "sentences_table", "statements_table", "tone_table", "keywords_table"}
    assert warm.cache_hits["articles"] == 5 and warm.cache_hits["tone_table"] == 5
    assert warm.stage_seconds == {} and sum(cold.stage_seconds.values()) > 0
    for name in ("articles", "sentences", "statements", "tone", "keyword_counts"):
        pd.testing.assert_frame_equal(getattr(cold, name), getattr(warm, name), check_like=False)
    fresh = analysis.extract_statements(analysis.load_articles(corpus, metadata=False))
    pd.testing.assert_frame_equal(warm.statements, fresh)
    assert analysis.load_problems(warm.articles).equals(analysis.load_problems(cold.articles))


def test_a_changed_file_recomputes_only_its_document(corpus, tmp_path):
    cache = DerivedCache(tmp_path / "cache")
    analysis.run_pipeline(corpus, metadata=False, cache=cache)
    page = corpus / "004_f67ecfa94cc7dd83.txt"
    page.chmod(0o644)
    page.write_text(page.read_text() + "\nLavrov said that the talks would go on.\n")
    again = DerivedCache(tmp_path / "cache")
    result = analysis.run_pipeline(corpus, metadata=False, cache=again)
    assert again.misses["tone"] == 1 and again.hits["tone"] == 4
    assert again.misses["statements"] == 1
    assert result.statements["quote"].str.contains("the talks would go on").any()


def test_options_and_version_key_the_cache(tmp_path):
    cache = DerivedCache(tmp_path)
    assert cache.path("tone", {"a": 1}) != cache.path("tone", {"a": 2})
    assert cache.path("tone", {"a": 1}) == DerivedCache(tmp_path).path("tone", {"a": 1})


def test_corrupt_cache_file_is_rebuilt_with_a_warning(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    for f in cache.glob("tone*.parquet"):  # the per-document scores and the finished table
        f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2])  # a truncated file
    with pytest.warns(UserWarning, match="unreadable.*rebuilding"):
        again = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    pd.testing.assert_frame_equal(first.tone, again.tone)


def test_an_interrupted_write_leaves_no_usable_corrupt_file(tmp_path, monkeypatch):
    cache = DerivedCache(tmp_path)
    frame = pd.DataFrame({"_key": ["a"], "x": [1]})

    def crash(self, path, **kwargs):
        with open(path, "wb") as f:
            f.write(b"PAR1 half a file")
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_parquet", crash)
    with pytest.raises(KeyboardInterrupt):
        cache.save("stage", {}, frame)
    monkeypatch.undo()
    assert cache.load("stage", {}) is None
    assert not list(tmp_path.iterdir())  # neither the target nor the temporary file is left


def test_cache_clear_and_disabled(corpus, tmp_path):
    cache = DerivedCache(tmp_path / "cache")
    analysis.run_pipeline(corpus, metadata=False, cache=cache)
    assert len(cache.info()) >= 6
    assert cache.clear() >= 6 and cache.info().empty
    analysis.run_pipeline(corpus, metadata=False, cache=False)
    assert cache.info().empty


def test_parallel_and_serial_give_identical_tables(bundled, monkeypatch):
    many = pd.concat([bundled] * 90)
    many.index = pd.Index([f"{d}-{i}" for i, d in enumerate(many.index)], name="doc_id")
    serial = analysis.extract_statements(many, workers=1)
    parallel = analysis.extract_statements(many, workers=2)
    pd.testing.assert_frame_equal(serial, parallel)
    pd.testing.assert_frame_equal(analysis.split_sentences(many, workers=1), analysis.split_sentences(many, workers=2))
    pd.testing.assert_frame_equal(analysis.keyword_counts(many, workers=1), analysis.keyword_counts(many, workers=2))


def test_cache_command(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, ANALYSIS_CACHE_DIR=str(tmp_path))

    def run(*a):
        return subprocess.run([sys.executable, "-m", "analysis", *a], capture_output=True, text=True, cwd=ROOT, env=env)

    assert run("pipeline", "data/raw").returncode == 0
    assert "tone" in run("cache", "info").stdout
    assert "removed" in run("cache", "clear").stdout
    assert not list(tmp_path.glob("*.parquet"))


def test_the_one_pass_pipeline_finds_what_each_stage_function_finds(corpus, tmp_path):
    result = analysis.run_pipeline(corpus, metadata=False, cache=False)
    articles = analysis.load_articles(corpus, metadata=False)
    pd.testing.assert_frame_equal(result.sentences, analysis.split_sentences(articles))
    pd.testing.assert_frame_equal(result.statements, analysis.extract_statements(articles))
    pd.testing.assert_frame_equal(result.tone, analysis.score_tone(articles, progress=False))
    counts = analysis.keyword_counts(articles)
    pd.testing.assert_frame_equal(result.keyword_counts.reset_index(drop=True), counts.reset_index(drop=True))


def test_copies_are_analysed_once_and_get_the_first_copys_results(bundled):
    from analysis.cache import text_key
    from analysis.documents import DocumentSettings
    from analysis.pipeline import _analyse

    many = pd.concat([bundled.iloc[:2], bundled.iloc[:1]])
    many.index = pd.Index(["a", "b", "c"], name="doc_id")
    many.loc["c", "title"] = "Another headline"
    keys = pd.Series([text_key(t) for t in many["text"]], index=many.index)
    settings = DocumentSettings(analysis.load_speakers(), frozenset(), {"g": ["Lavrov"]})
    results = _analyse(many, list(many.index), settings, keys, workers=1, progress=False)
    assert sum(results["c"].seconds) < sum(results["a"].seconds) / 2  # only the headline was analysed
    assert results["c"].tone == results["a"].tone and (results["c"].spans == results["a"].spans).all()
    assert results["c"].body_statements == results["a"].body_statements
    assert results["c"].title_statements != results["a"].title_statements
