"""End-to-end benchmark: every stage of the pipeline on a generated corpus, cold and warm.

Usage: ``python benchmarks/run.py --articles 100000 [--sample 300] [--workers 2] [--source pages|parquet]
[--executor dask] [--keep] [--reference FILE] [--save-reference]``

Generates a seeded corpus (``corpus_generator.py``) as text pages and a Parquet
table, runs ``analysis.run_pipeline`` cold (empty cache) and warm (unchanged
corpus), and measures, on a sample in the same run, a naive pipeline: the
loader and statement extractor serially, pysbd sentences, ``TextBlob(t).sentiment``
plus VADER on the whole article, and Python loops for keywords. Prints
articles/second and peak memory per stage with the ratio to the naive rate, and
checks on the sample that tone scores, statement counts and keyword counts match.
Each stage's ratio is also divided by the ratio stored in ``reference.json``
(the last release's run; ``--save-reference`` stores this run's), so that a
stage that lost speed shows as "vs ref" below 1.

``--executor dask`` also runs the cold pipeline on a Dask ``LocalCluster`` (one
single-threaded worker process per core, or ``--workers``) in the same run,
checks that its tables equal the default executor's, and prints its time, its
ratio to the default executor and to the naive baseline, the processor seconds
per article, and the workers a 10-million-article corpus would need to finish
in an hour at that cost.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))  # the corpus generators

import pandas as pd
from bench_keywords import naive as naive_keywords
from corpus_generator import generate_articles, write_corpus
from measure import peak_rss_mib, reset_peak, resident_mib
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis
from analysis._engine.cache import DerivedCache
from analysis._engine.memory import release_memory
from analysis.trends.corpus_keywords import propose_keyword_groups

#: The keyword groups counted by both paths: the demo's eight, so that every version is timed on the same work
#: (a generated corpus would otherwise have groups proposed from it, and the naive path would count others).
DEMO_GROUPS = analysis.load_keyword_groups()


def naive_stages(sample: list[Path] | Path, groups) -> tuple[dict[str, float], dict]:
    """Seconds per stage of the naive pipeline on the sample (pages, or a table of rows), and what it found."""
    import pysbd

    seconds, found = {}, {}
    start = time.perf_counter()
    articles = analysis.load_articles(sample, metadata=False, workers=1)
    seconds["load"] = time.perf_counter() - start

    start = time.perf_counter()
    segmenter = pysbd.Segmenter(language="en", clean=False)
    found["sentences"] = [len(segmenter.segment(t)) for t in articles["text"]]
    seconds["sentences"] = time.perf_counter() - start

    start = time.perf_counter()
    statements = analysis.extract_statements(articles, workers=1)
    found["statements"] = statements.groupby("doc_id").size()
    seconds["statements"] = time.perf_counter() - start

    start = time.perf_counter()
    vader = SentimentIntensityAnalyzer()
    found["tone"] = [(TextBlob(t).sentiment.polarity, vader.polarity_scores(t)["compound"]) for t in articles["text"]]
    seconds["tone"] = time.perf_counter() - start

    start = time.perf_counter()
    _, found["keywords"] = naive_keywords(articles, groups)
    seconds["keywords"] = time.perf_counter() - start
    seconds["total"] = sum(seconds.values())
    found["articles"] = articles
    return seconds, found


def dask_line(source: Path, cold, workers: int | None, naive_per_article: float, n: int) -> None:
    """The cold pipeline on a local Dask cluster: time, ratios, equal tables, and workers for 10 million articles."""
    import os

    from distributed import Client, LocalCluster

    n_workers = workers or min(os.cpu_count() or 1, 8)
    with (
        LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        start = time.perf_counter()
        on_dask = analysis.run_pipeline(
            source, metadata=False, cache=False, progress=False, executor=client, keyword_groups=DEMO_GROUPS
        )
        seconds = time.perf_counter() - start
    same = all(
        getattr(cold, t).reset_index(drop=True).equals(getattr(on_dask, t).reset_index(drop=True))
        for t in ("articles", "statements", "keyword_counts", "tone")
    )
    processor = sum(on_dask.stage_seconds.values()) / n  # analysis pass, processor seconds per article
    wall_per_article = seconds * n_workers / n  # worker-seconds per article, all steps
    needed = 10_000_000 * wall_per_article / 3600
    print(
        f"\nDask LocalCluster, {n_workers} single-threaded worker processes: whole pipeline, cold (wall) "
        f"{seconds:.1f} s ({n / seconds:.1f} articles/s); "
        f"{cold.seconds['total'] / seconds:.2f}x the default executor's speed, "
        f"{(n / seconds) * naive_per_article:.1f}x the naive rate; tables equal the default executor's: {same}"
    )
    print(
        f"cost per article: {processor * 1000:.1f} ms of processor time in the analysis pass, "
        f"{wall_per_article * 1000:.1f} worker-ms for the whole pipeline; 10 million articles in one hour "
        f"would need about {needed:.0f} such workers (if the client keeps up; see the README)"
    )
    if not same:
        sys.exit("the Dask executor's tables differ from the default executor's")


#: The stored figures of the last release: each stage's ratio to the naive rate, the tree and date they were
#: measured on. ``run.py`` prints this run's ratios over them ("vs ref"), so a slowdown cannot drift unnoticed.
REFERENCE = Path(__file__).resolve().parent / "reference.json"


def load_reference(path: Path) -> dict | None:
    """The stored reference figures, or ``None`` when there are none."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def save_reference(path: Path, ratios: dict[str, float], n: int, naive_rate: float, warm: float, peak) -> None:
    """Store this run's ratios as the reference, with the tree, date and the machine's naive rate."""
    tree = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
    figures = {
        "tree": tree.stdout.strip() or "unknown",
        "date": time.strftime("%Y-%m-%d"),
        "articles": n,
        "naive_rate": round(naive_rate, 2),
        "warm_seconds": round(warm, 2),
        "peak_rss_mib": [round(float(x), 0) for x in peak],
        "ratios": {k: round(v, 2) for k, v in ratios.items()},
    }
    path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"stored the reference figures in {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--sample", type=int, default=300, help="articles for the naive baseline")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--source", choices=["pages", "parquet"], default="pages")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and cache afterwards")
    parser.add_argument("--executor", choices=["default", "dask"], default="default")
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="stored figures to compare with")
    parser.add_argument(
        "--save-reference", action="store_true", help="store this run's ratios as the reference (at a release)"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="media-bench-"))
    try:
        start = time.perf_counter()
        frame = generate_articles(args.articles, args.seed)
        pages, table = write_corpus(frame, work)
        del frame
        gc.collect()
        release_memory()
        reset_peak()  # peaks are the pipeline's, not the generator's
        print(f"generated {args.articles} articles in {time.perf_counter() - start:.0f} s under {work}")
        source = pages if args.source == "pages" else table

        memory: dict[str, tuple[float, float]] = {}

        def note(step: str, _seconds: float) -> None:
            memory[step] = peak_rss_mib()

        cache = DerivedCache(work / "cache")
        cold = analysis.run_pipeline(
            source, metadata=False, cache=cache, workers=args.workers, progress=False, on_stage=note,
            keyword_groups=DEMO_GROUPS,
        )  # fmt: skip
        warm_start = time.perf_counter()
        warm = analysis.run_pipeline(
            source, metadata=False, cache=DerivedCache(work / "cache"), workers=args.workers, progress=False,
            keyword_groups=DEMO_GROUPS,
        )  # fmt: skip
        warm_seconds = time.perf_counter() - warm_start
        read_start = time.perf_counter()
        for name in ("sentences", "statements", "keyword_counts"):  # read from the cache when first used
            getattr(warm, name)
        read_seconds = time.perf_counter() - read_start
        holding_all = resident_mib()

        if args.source == "pages":
            sample = sorted(pages.glob("*.txt"))[: args.sample]
        else:  # the table's first rows, loaded the same way
            sample = work / "sample.parquet"
            pd.read_parquet(table).head(args.sample).to_parquet(sample)
        naive_seconds, found = naive_stages(sample, DEMO_GROUPS)

        n, m = len(cold.articles), len(found["articles"])
        reference = load_reference(args.reference)
        print(f"\n{n} articles, workers={args.workers or 'default'}; naive baseline on a sample of {m}, one core")
        if reference:
            print(f"reference: {reference['tree']} ({reference['date']}, {reference['articles']:,} articles), "
                  f"{args.reference.name}; 'vs ref' is this run's ratio over the reference's")  # fmt: skip
        print(
            f"{'step':<34}{'seconds':>9}{'articles/s':>12}{'naive/s':>10}{'ratio':>8}{'vs ref':>8}"
            f"{'peak MiB main/workers':>24}"
        )
        ratios: dict[str, float] = {}

        def line(key: str, label: str, secs: float, naive: float, mem: tuple[float, float] | None = None) -> None:
            rate, naive_rate = n / secs, m / naive
            ratios[key] = rate / naive_rate
            stored = (reference or {}).get("ratios", {}).get(key)
            versus = f"{ratios[key] / stored:>7.2f}x" if stored else f"{'':>8}"
            mem_text = f"{mem[0]:>14.0f} / {mem[1]:<8.0f}" if mem else ""
            print(f"{label:<34}{secs:>9.1f}{rate:>12.1f}{naive_rate:>10.1f}{ratios[key]:>7.1f}x{versus}{mem_text}")

        line("load", "load (wall)", cold.seconds["load"], naive_seconds["load"], memory["load"])
        for stage in ("sentences", "statements", "tone", "keywords"):
            line(stage, f"  {stage} (processor seconds)", cold.stage_seconds[stage], naive_seconds[stage])
        line(
            "analysis",
            "analysis pass, all four (wall)",
            cold.seconds["analysis"],
            sum(naive_seconds[s] for s in ("sentences", "statements", "tone", "keywords")),
            memory["analysis"],
        )
        own, workers = memory["tables"]
        print(f"{'tables (wall)':<34}{cold.seconds['tables']:>9.1f}{'':>38}{own:>14.0f} / {workers:<8.0f}")
        line("total", "whole pipeline, cold (wall)", cold.seconds["total"], naive_seconds["total"], memory["tables"])
        print(f"naive rate of this machine (whole pipeline, one core): {m / naive_seconds['total']:.1f} articles/s")
        print(f"warm re-run (unchanged corpus, from the cache): {warm_seconds:.1f} s")
        proposal_start = time.perf_counter()  # run with the demo's groups above; a corpus without a keywords file
        propose_keyword_groups(cold.articles)  # has its groups proposed first (cached with its tables)
        print(
            f"keyword groups proposed from the corpus (a cold run without a keywords file, main process): "
            f"{time.perf_counter() - proposal_start:.1f} s more"
        )
        print(
            f"reading the sentences, statements and keyword tables when first used: {read_seconds:.1f} s; "
            f"memory holding every table of both runs: {holding_all or float('nan'):.0f} MiB"
        )

        ids = list(found["articles"].index)
        tone = cold.tone.loc[ids]
        same_tone = tone["polarity"].tolist() == [p for p, _ in found["tone"]]
        ours = cold.statements[cold.statements["doc_id"].isin(ids)].groupby("doc_id").size()
        same_statements = ours.sort_index().equals(found["statements"].sort_index())
        counts = cold.keyword_counts[cold.keyword_counts["doc_id"].isin(ids)].merge(
            cold.articles[["published"]], left_on="doc_id", right_index=True
        )
        counts["week"] = counts["published"].dt.tz_convert(None).dt.to_period("W")
        ours_kw = {(w, g): c for (w, g), c in counts.groupby(["week", "group"])["count"].sum().items() if c}
        same_keywords = ours_kw == {k: v for k, v in found["keywords"].items() if v}
        same_warm = (
            all(getattr(cold, t).equals(getattr(warm, t)) for t in ("articles", "statements", "keyword_counts"))
            and pd.testing.assert_frame_equal(cold.tone, warm.tone) is None
        )
        print(
            f"sample of {m}: same tone scores {same_tone}, same statement counts {same_statements}, "
            f"same keyword counts {same_keywords}; warm tables equal cold: {same_warm}"
        )
        if not (same_tone and same_statements and same_keywords and same_warm):
            sys.exit("results differ from the naive path")
        if args.executor == "dask":
            dask_line(source, cold, args.workers, naive_seconds["total"] / m, n)
        if args.save_reference:
            save_reference(args.reference, ratios, n, m / naive_seconds["total"], warm_seconds, peak_rss_mib())

    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)  # the corpus and cache (gigabytes at 100,000 articles)


if __name__ == "__main__":
    main()
