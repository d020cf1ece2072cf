"""One executor per run: serial, local processes or Dask, the same tables from each."""

import pandas as pd
import pytest
from archive_generator import generate_archive, write_jsonl

import analysis
from analysis._engine.executors import ProcessExecutor, SerialExecutor, resolve_executor
from analysis.pipeline import run as pipeline_run

TABLES = ("articles", "sentences", "statements", "tone", "keyword_counts")


class CountingExecutor(ProcessExecutor):
    """Local processes that count the chunks they run and the pools they start."""

    def __init__(self, workers):
        super().__init__(workers)
        self.chunks = 0
        self.pools = 0

    def imap(self, func, chunks, *args, n_items=None):
        def counted():
            for chunk in chunks:
                self.chunks += 1
                yield chunk

        if self._pool is None:
            self.pools += 1
        return super().imap(func, counted(), *args, n_items=n_items)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    frame = generate_archive(600, seed=8, n_outlets=12, n_people=120, days=200)
    return write_jsonl(frame, tmp_path_factory.mktemp("executors") / "archive.jsonl")


def _tables(result):
    return {name: getattr(result, name) for name in TABLES}


def _assert_same(one, two):
    for name in TABLES:
        a, b = one[name], two[name]
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_like=False, obj=name)


@pytest.fixture(scope="module")
def serial(corpus):
    return _tables(analysis.run_pipeline(corpus, cache=False, progress=False, executor="serial"))


def test_names_and_workers_resolve_to_one_executor():
    assert isinstance(resolve_executor("serial"), SerialExecutor)
    assert isinstance(resolve_executor(None, workers=1), SerialExecutor)
    chosen = resolve_executor("processes", workers=3)
    assert isinstance(chosen, ProcessExecutor) and chosen.workers == 3 and chosen.min_items == 0
    assert resolve_executor(None).min_items > 0  # nothing asked: small work stays in this process
    made = ProcessExecutor(2)
    assert resolve_executor(made) is made
    with pytest.raises(ValueError, match="use 'processes' \\(the default\\), 'serial', a dask distributed Client"):
        resolve_executor("threads")


def test_workers_two_reach_the_pool_at_any_corpus_size(corpus, serial, monkeypatch):
    monkeypatch.setattr(pipeline_run, "BLOCK_SIZE", 100)  # several blocks from 600 articles
    with CountingExecutor(2) as executor:
        result = analysis.run_pipeline(corpus, cache=False, progress=False, executor=executor)
        assert executor.chunks >= 6 and executor.pools == 1  # loading and the analysis pass share one pool
        assert executor._pool is not None  # a user's executor is left open for them
    _assert_same(serial, _tables(result))
    again = analysis.run_pipeline(corpus, cache=False, progress=False, workers=2)
    _assert_same(serial, _tables(again))


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_tables(corpus, serial):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = analysis.run_pipeline(corpus, cache=False, progress=False, executor=client)
        tasks = client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.task_prefixes))
        _assert_same(serial, _tables(result))
        assert tasks >= 2  # per-document work ran as Dask tasks
        loaded = analysis.load_articles(corpus, progress=False, executor=client)
        pd.testing.assert_frame_equal(loaded, serial["articles"])


def test_tables_as_month_partitioned_datasets(corpus, serial, tmp_path):
    result = analysis.run_pipeline(corpus, cache=False, progress=False, executor="serial")
    written = result.write_datasets(tmp_path / "tables")
    assert set(written) == set(TABLES)
    statements = pd.read_parquet(written["statements"])
    assert len(statements) == len(serial["statements"])
    months = sorted(p.name for p in written["statements"].iterdir())
    assert months and all(m.startswith("month=") for m in months)
    expected = serial["statements"]["published"].dt.strftime("%Y-%m").value_counts()
    got = statements["month"].astype(str).value_counts()
    assert got.sort_index().tolist() == expected.sort_index().tolist()
    with pytest.raises(FileExistsError, match="overwrite=True"):
        result.write_datasets(tmp_path / "tables")
    result.write_datasets(tmp_path / "tables", overwrite=True)


@pytest.mark.slow
def test_the_command_line_runs_on_a_scheduler(corpus, tmp_path):
    import subprocess
    import sys

    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = subprocess.run(
            [sys.executable, "-m", "analysis", "pipeline", str(corpus), "--no-cache", "--scheduler",
             cluster.scheduler_address, "--datasets", str(tmp_path / "tables")],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert out.returncode == 0, f"exit {out.returncode}\n{out.stderr[-3000:]}"
    assert "wrote statements to" in out.stdout and "600 articles" in out.stdout
    assert (tmp_path / "tables" / "tone").is_dir()
