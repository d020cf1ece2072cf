"""A gallery of corpora: ``python -m analysis report`` on every real corpus at hand and on one of each form.

Runs the report, exactly as the README says, on each corpus in ``../shared/corpora/`` (BBC stories
without dates, presidential speeches, a feed-snapshot archive), on PolNeAR train's texts, and on
generated corpora of each form the loader reads (saved HTML pages, a gzipped web archive, RSS and
Atom feeds, an Excel export, a CSV of press releases with no outlet column). For each it checks that
the command exits 0 and writes its figures, and prints the seconds, articles, statements and
figures. Open the figures afterwards: ``--out`` keeps every report.

Usage: ``python benchmarks/real_corpora.py [--out DIR] [--only NAME ...]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests" / "support"))
from corpus_generator import generate_articles  # noqa: E402
from html_pages import news_page  # noqa: E402

REAL = {
    "bbc-news-2005": SHARED / "corpora" / "bbc-news-2005" / "bbc",
    "presidential-speeches": SHARED / "corpora" / "presidential-speeches" / "data",
    "rss-feeds": SHARED / "corpora" / "rss-feeds-2022-03-to-06",
    "polnear-train": SHARED / "statements" / "polnear-train" / "text",
}


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def make_forms(folder: Path, n: int = 120) -> dict[str, Path]:
    """A generated corpus of each form: HTML pages, a web archive, feeds, Excel, a CSV without outlets."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    frame = generate_articles(n, seed=8)
    dates = pd.to_datetime(frame["published"], utc=True).dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    forms = {name: folder / name for name in ("html", "warc", "feeds", "excel", "press-releases")}
    for path in forms.values():
        path.mkdir(parents=True)
    pages = [
        news_page(row.title, _paragraphs(row.text), row.outlet, date, seed=k)
        for k, (row, date) in enumerate(zip(frame.itertuples(), dates, strict=True))
    ]
    for k, page in enumerate(pages):
        (forms["html"] / f"story_{k:04d}.html").write_text(page, encoding="utf-8")
    with (forms["warc"] / "crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for k, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://site{k % 5}.example/story/{k}",
                    "response",
                    payload=BytesIO(page.encode()),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": dates.iloc[k]},
                )
            )
    for outlet, group in frame.groupby("outlet"):
        slug = outlet.lower().replace(" ", "-")
        items = "".join(
            f"<item><title>{row.title}</title><link>https://{slug}.example/{row.Index}</link>"
            f"<description>{_paragraphs(row.text)[0]}</description>"
            f"<pubDate>{pd.Timestamp(row.published):%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>"
            for row in group.itertuples()
        )
        (forms["feeds"] / f"{slug}.rss").write_text(
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>{outlet}</title>"
            f"<link>https://www.{slug}.example/</link>{items}</channel></rss>",
            encoding="utf-8",
        )
    excel = frame.assign(published=pd.to_datetime(frame["published"], utc=True).dt.tz_localize(None))
    excel[["title", "published", "outlet", "text"]].to_excel(forms["excel"] / "export.xlsx", index=False)
    releases = pd.DataFrame(
        {
            "link": [f"http://en.site{k % 2}.example/news/{k}" for k in range(n)],
            "headline": frame["title"],
            "date": dates.str.slice(0, 10),
            "location": "The Capital",
            "summary": [_paragraphs(t)[0] for t in frame["text"]],
            "body": [" ".join(t.split()) for t in frame["text"]],  # flattened to one line, as exports often are
        }
    )
    releases.to_csv(forms["press-releases"] / "releases.csv", index=False)
    return forms


def run_report(name: str, corpus: Path, out: Path) -> dict:
    """Run the report on one corpus: exit code, seconds, counts read back from its tables, figures written."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    tables, figures = out / "tables", out / "figures"
    articles = len(pd.read_csv(tables / "articles.csv")) if (tables / "articles.csv").exists() else 0
    statements = len(pd.read_csv(tables / "statements.csv")) if (tables / "statements.csv").exists() else 0
    n_figures = len(list(figures.glob("*.png"))) if figures.is_dir() else 0
    error = "" if done.returncode == 0 else (done.stdout + done.stderr).strip().splitlines()[-3:]
    return {
        "corpus": name,
        "exit": done.returncode,
        "seconds": round(seconds, 1),
        "articles": articles,
        "statements": statements,
        "figures": n_figures,
        "error": " / ".join(error) if error else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="where to keep the reports (default: a temporary folder)")
    parser.add_argument("--only", nargs="*", help="run only these corpora (names as printed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "reports"
        corpora = {name: path for name, path in REAL.items() if path.is_dir()}
        corpora.update({f"generated {k}": v for k, v in make_forms(Path(tmp) / "forms").items()})
        if args.only:
            corpora = {k: v for k, v in corpora.items() if k in set(args.only)}
        rows = []
        for name, corpus in corpora.items():
            row = run_report(name, corpus, out / name.replace(" ", "-"))
            rows.append(row)
            print(
                f"{name:28s} exit {row['exit']}  {row['seconds']:7.1f} s  {row['articles']:6,} articles  "
                f"{row['statements']:7,} statements  {row['figures']:3} figures  {row['error']}",
                flush=True,
            )
        failed = [r["corpus"] for r in rows if r["exit"] != 0 or r["figures"] == 0]
        print(f"{len(rows) - len(failed)} of {len(rows)} corpora reported" + (f"; failed: {failed}" if failed else ""))
        sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
