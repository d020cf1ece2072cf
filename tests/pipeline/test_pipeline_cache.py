"""The cache of derived tables and the cached, parallel pipeline."""

import os
import shutil

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis._engine.cache import DerivedCache
from analysis._engine.executors import SerialExecutor
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


def test_later_stages_rows_wait_in_their_files_while_the_statements_table_is_built(corpus, tmp_path, monkeypatch):
    import analysis.pipeline.run as run

    seen, build = {}, run._stage_table

    def spy(stage, held, articles, registry):
        if stage == "statements":  # the first table built: the other stages' rows are on disk, not held
            seen["files"] = sorted(p.name.split("-")[0] for p in (tmp_path / "cache").glob("*-*.parquet"))
        return build(stage, held, articles, registry)

    monkeypatch.setattr(run, "_stage_table", spy)
    cache = DerivedCache(tmp_path / "cache")
    result = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    assert {"sentences", "tone", "keywords"} <= set(seen["files"])
    assert all(cache.misses[stage] == 5 and cache.hits[stage] == 0 for stage in run.STAGES)  # counted once
    in_memory = analysis.run_pipeline(corpus, metadata=False, cache=False)
    for name in ("sentences", "statements", "tone", "keyword_counts"):
        pd.testing.assert_frame_equal(getattr(result, name), getattr(in_memory, name))


def test_options_and_version_key_the_cache(tmp_path):
    cache = DerivedCache(tmp_path)
    assert cache.path("tone", {"a": 1}) != cache.path("tone", {"a": 2})
    assert cache.path("tone", {"a": 1}) == DerivedCache(tmp_path).path("tone", {"a": 1})


def test_corrupt_cache_file_is_rebuilt_with_a_warning(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    for entry in cache.glob("tone*.parquet"):  # the per-document scores and the finished table (a dataset)
        for f in sorted(entry.rglob("*.parquet")) if entry.is_dir() else [entry]:
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
    counts = analysis.keyword_counts(articles, result.keyword_choice.groups)  # the groups chosen for this corpus
    pd.testing.assert_frame_equal(result.keyword_counts.reset_index(drop=True), counts.reset_index(drop=True))


@pytest.mark.parametrize(("block_size", "chunk_size"), [(1, 1), (10, 100), (2, 3)])
def test_copies_are_analysed_once_and_get_the_first_copys_results(bundled, monkeypatch, block_size, chunk_size):
    from analysis._engine.hashing import text_key
    from analysis.pipeline import run as pipeline
    from analysis.pipeline.documents import DocumentSettings, analyse_documents

    sent = []

    def counting(items, settings):
        sent.extend((text, statements_only) for _, text, _, statements_only in items if text is not None)
        return analyse_documents(items, settings)

    monkeypatch.setattr(pipeline, "analyse_documents", counting)
    many = pd.concat([bundled.iloc[:2], bundled.iloc[:1], bundled.iloc[:1]])
    many.index = pd.Index(["a", "b", "c", "d"], name="doc_id")
    many.loc["c", "title"] = "Another headline"  # c: a's body under another headline; d: a copy of a
    keys = pd.Series([text_key(t) for t in many["text"]], index=many.index)
    doc_keys = pd.Series([text_key(t, k) for t, k in zip(many["title"], keys, strict=True)], index=many.index)
    settings = DocumentSettings(analysis.load_speakers(), frozenset(), {"g": ["Lavrov"]})
    rows, seconds = pipeline._analyse(
        many, list(many.index), settings, keys, doc_keys, SerialExecutor(), False, block_size, chunk_size
    )
    # two bodies read whole; c's body again for its statements only; d not at all
    assert [only for _, only in sent] == [False, False, True] and sent[2][0] == many.loc["c", "text"]
    # every stage timed, and the two bodies took time in each (copies add nothing: they are not analysed)
    assert list(seconds) == list(pipeline.STAGES) and all(s > 0 for s in seconds.values())
    for stage in ("sentences", "tone", "keywords", "statements"):
        by_doc = rows[stage].set_index("doc_id")
        for copy in ("c", "d") if stage in ("sentences", "tone") else ("d",):  # c's headline is its own
            pd.testing.assert_frame_equal(
                by_doc.loc[["a"]].reset_index(drop=True), by_doc.loc[[copy]].reset_index(drop=True)
            )
    keywords = rows["keywords"].set_index("doc_id")
    in_title = many.loc["a", "title"].count("Lavrov")
    assert in_title >= 1 and keywords.loc["c", "count"] == keywords.loc["a", "count"] - in_title
    body = rows["statements"][rows["statements"]["location"] == "body"].set_index("doc_id").drop(columns="grams")
    pd.testing.assert_frame_equal(body.loc[["a"]].reset_index(drop=True), body.loc[["c"]].reset_index(drop=True))


def test_a_copys_statements_are_those_of_its_own_headline_read_with_its_body(tmp_path):
    """A headline names a speaker by surname; the body gives the full name: every copy finds the statement.

    A copy's headline read without its body ("Hanks: …" alone names no one) gave a table that depended
    on which copy came first and on whether the cache was warm.
    """
    body = (
        'Hollywood actor Tom Hanks was in London on Monday. "I loved every minute of it," Hanks said at the '
        "premiere.\n\nThe film opens across the country on Friday, its makers said."
    )
    table = pd.DataFrame(
        {
            "doc_id": ["first", "copy", "copy_of_copy"],
            "title": ["Tom Hanks in town", "Hanks: I loved London", "Hanks: I loved London"],
            "text": [body, body, body],
            "published": ["2022-01-03", "2022-01-04", "2022-01-05"],
            "outlet": ["A", "B", "C"],
        }
    )
    path = tmp_path / "corpus.csv"
    table.to_csv(path, index=False)
    articles = analysis.load_articles(path)
    expected = analysis.extract_statements(articles)
    headline = expected[expected["location"] == "title"]
    assert set(headline["doc_id"]) == {"copy", "copy_of_copy"} and set(headline["speaker"]) == {"Tom Hanks"}
    cold = analysis.run_pipeline(path, cache=tmp_path / "cache")
    warm = analysis.run_pipeline(path, cache=tmp_path / "cache")
    for result in (cold, warm, analysis.run_pipeline(path, cache=False)):
        pd.testing.assert_frame_equal(result.statements, expected)


def test_string_arrays_built_in_chunks_equal_a_plain_conversion():
    from analysis._engine.memory import string_array

    values = ["a", None, "ü" * 3, float("nan"), 12, *[f"t{i}" for i in range(2500)]]
    built = pd.Series(string_array(values))
    expected = pd.Series(values, dtype=object).astype("string")
    expected[3] = pd.NA
    pd.testing.assert_series_equal(built, expected)
    assert built.array._pa_array.num_chunks == 3  # 2,505 values in chunks of 1,000


@pytest.mark.parametrize("dtype", ["string", "str"])
def test_rows_taken_from_a_chunked_text_column_equal_iloc(dtype):
    from analysis._engine.memory import string_array, take_rows

    values = pd.Series(string_array([None if i % 7 == 0 else f"text {i}" for i in range(5_000)], chunk=300))
    values = values.astype(dtype)
    rng = np.random.default_rng(0)
    cases = [np.arange(1_234, 1_334), rng.integers(0, 5_000, 50), np.array([4_999, 0, 0]), np.array([], int)]
    for rows in [*cases, np.array([3, -1])]:  # the last counted from the end, as iloc does
        pd.testing.assert_series_equal(take_rows(values, rows), values.iloc[rows])


def test_large_tables_are_read_from_the_cache_when_first_used(corpus, tmp_path):
    cache = DerivedCache(tmp_path / "cache")
    cached = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    in_memory = analysis.run_pipeline(corpus, metadata=False, cache=False)
    assert "tables in memory: none" in repr(cached) and "sentences" in repr(in_memory)
    pd.testing.assert_frame_equal(cached.sentences, in_memory.sentences)
    assert "sentences" in repr(cached)
    cache.clear()
    with pytest.raises(analysis.CacheError, match=r"statements_table.*run the pipeline again"):
        _ = cached.statements
    pd.testing.assert_frame_equal(cached.sentences, in_memory.sentences)  # kept once read


def test_a_truncated_finished_table_is_rebuilt_with_a_warning(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    statements = first.statements
    (table,) = cache.glob("statements_table*.parquet")  # a dataset: one file per month
    part = sorted(table.rglob("*.parquet"))[0]
    part.write_bytes(part.read_bytes()[:100])
    with pytest.warns(UserWarning, match="unreadable.*rebuilding"):
        again = analysis.run_pipeline(corpus, metadata=False, cache=cache)
    pd.testing.assert_frame_equal(statements, again.statements)


def test_a_stage_file_written_in_pieces_keeps_one_block_per_content(tmp_path):
    from analysis._engine.cache import _file_pieces

    current = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "_key": ["k1", "k2", "k1", "k3"]})  # c is a copy of a
    table = pd.DataFrame(
        {"doc_id": ["a", "a", "b", "c", "c"], "word": ["x", "y", "z", "x", "y"], "n": [1, 2, 3, 1, 2]}
    )  # d has no rows
    cache = DerivedCache(tmp_path)
    cache.save("stage", {}, _file_pieces(table, current, step=2))
    written = cache.load("stage", {})
    assert written["_key"].tolist() == ["k1", "k1", "k2", "k3"]
    assert written["word"].tolist()[:3] == ["x", "y", "z"] and written["_no_rows"].tolist() == [False] * 3 + [True]
    keys = pd.Series(["k1", "k2", "k1", "k3"], index=["a", "b", "c", "d"])
    again = cache.per_document("stage", {}, keys, lambda ids: pytest.fail(f"recomputed {ids}"))
    assert again["doc_id"].tolist() == ["a", "a", "b", "c", "c"] and again["n"].tolist() == [1, 2, 3, 1, 2]


def test_a_stage_file_refuses_rows_of_a_document_not_in_the_corpus():
    from analysis._engine.cache import _file_pieces

    current = pd.DataFrame({"doc_id": ["a"], "_key": ["k1"]})
    table = pd.DataFrame({"doc_id": ["a", "zz"], "n": [1, 2]})
    with pytest.raises(KeyError, match="zz"):
        list(_file_pieces(table, current))


def test_chunks_are_taken_only_a_little_ahead_of_the_results():
    from analysis._engine.executors import ProcessExecutor, SerialExecutor

    taken = []

    def chunks():
        for i in range(20):
            taken.append(i)
            yield [i + 100, i]

    with ProcessExecutor(2) as executor:
        results = executor.imap(sorted, chunks())
        first = next(results)
        assert first == [0, 100] and len(taken) == 8  # four chunks per worker queued, no more
        assert [first, *results] == [[i, i + 100] for i in range(20)]  # in order
    assert list(SerialExecutor().imap(sorted, iter([[2, 1], [4, 3]]))) == [[1, 2], [3, 4]]  # in this process


def test_finished_tables_are_month_partitioned_datasets_others_can_read(corpus, tmp_path):
    cache = tmp_path / "cache"
    result = analysis.run_pipeline(corpus, metadata=False, cache=cache, progress=False)
    folders = {p.name.rsplit("-", 1)[0]: p for p in cache.glob("*_table-*.parquet")}
    assert set(folders) == {"sentences_table", "statements_table", "tone_table", "keywords_table"}
    statements = folders["statements_table"]
    assert statements.is_dir() and all(p.name.startswith("month=") for p in statements.iterdir())
    direct = pd.read_parquet(statements)  # as pandas, Dask or DuckDB read it: a month column and the row order
    assert len(direct) == len(result.statements) and {"month", "_row"} <= set(direct.columns)
    in_order = direct.sort_values("_row").drop(columns=["month", "_row"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(in_order, result.statements.reset_index(drop=True))
    months = result.statements["published"].dt.strftime("%Y-%m")
    assert sorted(direct["month"].astype(str).unique()) == sorted(months.unique())
    warm = analysis.run_pipeline(corpus, metadata=False, cache=cache, progress=False)
    pd.testing.assert_frame_equal(warm.statements, result.statements)
    info = DerivedCache(cache).info()
    assert (info.loc[info["stage"] == "statements_table", "size_mb"] >= 0).all()
    assert DerivedCache(cache).clear() >= 4 and not list(cache.glob("*_table-*"))


def test_a_corpus_without_statements_is_cached_and_read_back(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(3):
        (corpus / f"p{k}.txt").write_text(
            f"Gardens open for the summer\n\nPublished: 2022-06-0{k + 1}\n\nThe city gardens will open every day "
            "this summer from nine in the morning until dusk, and entry is free for children under twelve.\n"
        )
    cold = analysis.run_pipeline(corpus, metadata=False, cache=tmp_path / "cache", progress=False)
    warm = analysis.run_pipeline(corpus, metadata=False, cache=tmp_path / "cache", progress=False)
    assert len(cold.statements) == 0 and len(warm.statements) == 0
    assert list(warm.statements.columns) == list(cold.statements.columns)
    assert warm.cache_hits.get("statements_table") == 0 and len(warm.sentences) == len(cold.sentences)


def test_month_datasets_keep_each_months_rows_in_order_with_one_schema(tmp_path):
    import pyarrow.parquet as pq

    from analysis._engine.cache import write_month_dataset

    frame = pd.DataFrame(
        {
            "row": np.arange(9),
            "note": pd.array([None, "a", None, "b", None, None, "c", None, "d"], dtype="str"),
        }
    )
    months = pd.Series("2022-01 2021-12 2022-01 unknown 2022-01 2021-12 2022-01 2021-11 2021-12".split())
    write_month_dataset(frame, months, tmp_path / "table")
    files = sorted((tmp_path / "table").glob("month=*/*.parquet"))
    assert [f.parent.name for f in files] == ["month=2021-11", "month=2021-12", "month=2022-01", "month=unknown"]
    by_month = {f.parent.name: pq.read_table(f) for f in files}
    assert by_month["month=2022-01"].column("row").to_pylist() == [0, 2, 4, 6]  # the frame's order
    assert by_month["month=2021-12"].column("row").to_pylist() == [1, 5, 8]
    assert len({t.schema.remove_metadata() for t in by_month.values()}) == 1  # a month of nulls keeps the string type
    back = pd.read_parquet(tmp_path / "table").sort_values("row")
    assert back["row"].tolist() == list(range(9))
    assert back["note"].isna().tolist() == frame["note"].isna().tolist()
    assert back["month"].astype(str).tolist() == months.tolist()
    # writing again replaces the months written and keeps the others
    write_month_dataset(frame.iloc[:2], months.iloc[:2], tmp_path / "table")
    assert pq.read_table(tmp_path / "table" / "month=2022-01" / "part-0.parquet").column("row").to_pylist() == [0]
    assert pq.read_table(tmp_path / "table" / "month=unknown" / "part-0.parquet").column("row").to_pylist() == [3]


def test_a_month_dataset_holds_no_reference_to_the_frame_once_written(tmp_path):
    # pyarrow.dataset.write_dataset let its worker threads drop the frame's NumPy memory after it returned; a
    # process exiting then aborted ("terminate called without an active exception"), 1 run in about 40 of
    # `analysis pipeline --datasets`. Nothing may still hold the memory when the write returns.
    import sys

    from analysis._engine.cache import write_month_dataset

    months = pd.Series(np.where(np.arange(3000) % 2, "2021-01", "2021-02"))
    still_held = 0
    for attempt in range(150):
        values = np.arange(3000, dtype=np.int64)
        before = sys.getrefcount(values)
        write_month_dataset(pd.DataFrame({"x": values}, copy=False), months, tmp_path / str(attempt))
        still_held += sys.getrefcount(values) != before
    assert still_held == 0


def test_rows_of_a_month_are_taken_batch_by_batch_as_a_plain_take_would():
    import pyarrow as pa

    from analysis._engine.cache import _take_by_batch

    table = pa.Table.from_batches(
        [pa.record_batch({"n": list(range(k, k + 4)), "s": [f"t{i}" for i in range(k, k + 4)]}) for k in (0, 4, 8)]
    )
    for rows in ([0, 3, 4, 9, 11], [5, 6], [], list(range(12))):
        rows = np.array(rows, dtype=np.int64)
        assert _take_by_batch(table, rows).equals(table.take(pa.array(rows, type=pa.int64())))


def test_large_cache_files_are_written_in_row_groups_and_read_back_equal(tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    import analysis._engine.cache as cache_module

    monkeypatch.setattr(cache_module, "ROW_GROUP_BYTES", 4096)  # groups of the least size, 1,024 rows
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i:04d}" for i in range(6000)],
            "text": pd.array([" ".join(rng.choice(["a", "bb", "ccc"], 20)) for _ in range(6000)], dtype="str"),
            "n": np.arange(6000, dtype=np.int64),
        }
    )
    cache = DerivedCache(tmp_path)
    whole = cache.save("articles", {}, frame)
    pieces = cache.save("pieces", {}, (pa.Table.from_pandas(frame.iloc[k : k + 3000]) for k in (0, 3000)))
    months = pd.Series(np.where(np.arange(6000) % 3, "2022-01", "2021-12"))
    dataset = cache.save_dataset("table", {}, frame, months)
    for path in [whole, pieces, *sorted(dataset.rglob("*.parquet"))]:
        assert pq.ParquetFile(path).metadata.num_row_groups > 1, path
    pd.testing.assert_frame_equal(cache.load("articles", {}), frame)
    assert pd.read_parquet(pieces)["n"].tolist() == list(range(6000))
    pd.testing.assert_frame_equal(cache.load("table", {}), frame)
    assert cache_module._rows_per_group(10, 100) == 10 and cache_module._rows_per_group(0, 0) == 1
