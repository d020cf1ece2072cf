"""Command line: ``python -m analysis corpus|statements|speakers|pipeline|cache|report|notebooks``."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

from analysis.errors import CorpusError
from analysis.io.corpus import load_articles
from analysis.io.summaries import corpus_summary
from analysis.paths import DEFAULT_CORPUS, DEFAULT_REPORTS

_COLUMNS_HELP = (
    "which table column holds each field when guessing fails: text=body,title=headline "
    "(or a columns.toml beside the corpus)"
)


def _cmd_corpus(args: argparse.Namespace) -> int:
    articles = load_articles(args.path, columns=args.columns)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60, "display.max_rows", 500):
        print(corpus_summary(articles).to_string())
    print(f"\n{len(articles)} articles, {int(articles['n_words'].sum())} words")
    if args.csv:
        Path(args.csv).parent.mkdir(parents=True, exist_ok=True)
        articles.to_csv(args.csv)
        print(f"wrote {args.csv}")
    return 0


def _cmd_statements(args: argparse.Namespace) -> int:
    from analysis.statements import extract_statements

    statements = extract_statements(load_articles(args.path), args.speakers)
    if args.speaker:
        from analysis.statements import SpeakerNotFoundError, find_speaker

        try:
            who = find_speaker(statements, args.speaker)
        except SpeakerNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        statements = statements[statements["speaker"] == who]
    shown = statements[["statement_id", "speaker", "kind", "cue", "location", "quote"]].copy()
    shown["quote"] = shown["quote"].str.slice(0, 80)
    with pd.option_context("display.width", 220, "display.max_colwidth", 80, "display.max_rows", 10_000):
        print(shown.to_string(index=False))
    counts = statements["kind"].value_counts().to_dict()
    print(f"\n{len(statements)} statements ({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))})")
    if args.csv:
        Path(args.csv).parent.mkdir(parents=True, exist_ok=True)
        statements.to_csv(args.csv, index=False)
        print(f"wrote {args.csv}")
    return 0


def _cmd_speakers(args: argparse.Namespace) -> int:
    from analysis.pipeline.run import run_pipeline
    from analysis.statements import as_toml, load_speakers, suggest_speakers

    registry = load_speakers(args.speakers)
    result = run_pipeline(args.path, speakers=registry, progress=None if args.progress else False)
    entries = suggest_speakers(result.statements, registry, n=args.top)
    if not entries:
        print("# every quoted person is in the registry already")
        return 0
    print(f"# The {len(entries)} most quoted people the registry does not know, in {args.path}.")
    print("# Check each entry (aliases are the forms the texts name them by), then paste it into your speakers file.\n")
    print(as_toml(entries))
    return 0


def _cmd_cache(args: argparse.Namespace) -> int:
    from analysis._engine.cache import DerivedCache

    cache = DerivedCache(args.dir)
    if args.action == "clear":
        print(f"removed {cache.clear()} cache files from {cache.folder}")
    else:
        info = cache.info()
        print(info.to_string(index=False) if len(info) else f"{cache.folder}: empty")
    return 0


def _cmd_pipeline(args: argparse.Namespace) -> int:
    from analysis.pipeline.run import run_pipeline

    executor = args.scheduler or args.executor
    result = run_pipeline(
        args.path, cache=False if args.no_cache else (args.cache_dir or True), workers=args.workers, executor=executor,
        columns=args.columns, keyword_groups=args.keywords,
    )  # fmt: skip
    if args.datasets:
        for name, folder in result.write_datasets(args.datasets, overwrite=args.overwrite).items():
            print(f"wrote {name} to {folder}/ (Parquet, partitioned by month)")
    for step, seconds in result.seconds.items():
        print(f"{step:<12} {seconds:8.2f} s")
    for stage, seconds in result.stage_seconds.items():
        print(f"  {stage:<10} {seconds:8.2f} processor seconds in the analysis pass")
    print(f"{len(result.articles)} articles, {len(result.sentences)} sentences, {len(result.statements)} statements")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from analysis.report import ReportError, run_report

    try:
        run_report(
            args.corpus, args.out, events=args.events, columns=args.columns, reuse=not args.rerun,
            keywords=args.keywords,
        )  # fmt: skip
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_notebooks(args: argparse.Namespace) -> int:
    from analysis.report import ReportError, execute_in_place, list_notebooks

    chosen = [Path(p) for p in args.notebooks] or list_notebooks()
    try:
        for path in chosen:
            execute_in_place(path)
            print(f"executed {path}")
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m analysis``."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("corpus", help="load a corpus and print one line per article")
    p.add_argument("path", nargs="?", default=str(DEFAULT_CORPUS), help="folder of pages, a page, or a table")
    p.add_argument("--csv", help="also write the articles table to this CSV file")
    p.add_argument("--columns", help=_COLUMNS_HELP)
    p.set_defaults(func=_cmd_corpus)
    p = sub.add_parser("statements", help="extract who said what and print the statements table")
    p.add_argument("path", nargs="?", default=str(DEFAULT_CORPUS), help="folder of pages, a page, or a table")
    p.add_argument("--speaker", help="only this speaker's statements (any name or alias: 'Lavrov', 'Sergei Lavrov')")
    p.add_argument("--speakers", help="speakers registry file (default data/speakers.toml)")
    p.add_argument("--csv", help="also write the statements table to this CSV file")
    p.set_defaults(func=_cmd_statements)
    p = sub.add_parser("speakers", help="suggest registry entries: the most quoted people the registry does not know")
    p.add_argument("path", nargs="?", default=str(DEFAULT_CORPUS), help="folder of pages, a page, or a table")
    p.add_argument("--suggest", action="store_true", help="print the suggestions as TOML (the default and only action)")
    p.add_argument("--top", type=int, default=20, help="how many people to suggest (default 20)")
    p.add_argument("--speakers", help="speakers registry file (default data/speakers.toml)")
    p.add_argument("--progress", action="store_true", help="show progress bars")
    p.set_defaults(func=_cmd_speakers)
    p = sub.add_parser("cache", help="show or clear the cache of derived tables")
    p.add_argument("action", choices=["info", "clear"])
    p.add_argument("--dir", help="cache folder (default data/processed or $ANALYSIS_CACHE_DIR)")
    p.set_defaults(func=_cmd_cache)
    p = sub.add_parser("pipeline", help="run every stage on a corpus (cached) and print the time of each")
    p.add_argument("path", nargs="?", default=str(DEFAULT_CORPUS))
    p.add_argument("--workers", type=int, help="local processes (default one per core for large corpora)")
    p.add_argument("--executor", choices=["processes", "serial"], help="where per-document work runs")
    p.add_argument("--scheduler", help="a Dask scheduler's address (tcp://HOST:8786): run the work on that cluster")
    p.add_argument("--datasets", help="also write every table as a month-partitioned Parquet dataset in this folder")
    p.add_argument("--overwrite", action="store_true", help="replace datasets already in --datasets")
    p.add_argument("--cache-dir")
    p.add_argument("--no-cache", action="store_true")
    p.add_argument("--columns", help=_COLUMNS_HELP)
    p.add_argument("--keywords", help="keyword groups (.toml); default: keywords.toml beside the corpus, else proposed")
    p.set_defaults(func=_cmd_pipeline)
    p = sub.add_parser("report", help="run every notebook on a corpus; write figures, tables and reports/index.html")
    p.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    p.add_argument("--out", default=str(DEFAULT_REPORTS))
    p.add_argument("--events", help="a CSV of key events (date, label); default: events.csv beside the corpus, if any")
    p.add_argument("--columns", help=_COLUMNS_HELP)
    p.add_argument("--rerun", action="store_true", help="run every notebook, even one whose inputs have not changed")
    p.add_argument(
        "--keywords", help="keyword groups (.toml); default: keywords.toml beside the corpus, else proposed from it"
    )
    p.set_defaults(func=_cmd_report)
    p = sub.add_parser("notebooks", help="re-execute notebooks in place (their code untouched), refreshing outputs")
    p.add_argument("notebooks", nargs="*", help="notebook files (default: every numbered notebook in notebooks/)")
    p.set_defaults(func=_cmd_notebooks)
    return parser


def _warning_line(message, category, filename, lineno, line=None) -> str:
    """A warning in a terminal as one line of its own ("warning: load_articles skipped 1 input …"), no source line."""
    return f"warning: {message}\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    warnings.formatwarning = _warning_line
    try:
        return args.func(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
