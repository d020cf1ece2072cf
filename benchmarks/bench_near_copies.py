"""Loading near-identical pages: near-linear time however many copies share the near-duplicate buckets.

Writes ``--pages`` templated short stories (``tests/support/near_copies.py``), copies of a few stories
and look-alikes that are rarely copies (every pair shares LSH buckets), and half as many,
loads each with ``load_articles`` and prints the seconds and the ratio of the two: near 2 for
linear work, near 4 for work that grows with the pairs. Target (issue 27): 10,000 pages in 30 s.

Usage: ``python benchmarks/bench_near_copies.py --pages 10000``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))  # the generators
from near_copies import write_pages

import analysis


def load_seconds(n: int, folder: Path, kind: str) -> tuple[float, int]:
    """Seconds to load ``n`` templated pages of a kind, and the number of copies flagged."""
    write_pages(n, folder, kind=kind)
    start = time.perf_counter()
    articles = analysis.load_articles(folder, progress=False)
    return time.perf_counter() - start, int(articles["duplicate_of"].notna().sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args()
    for kind in ("copies", "look-alikes"):
        with tempfile.TemporaryDirectory() as tmp:
            half, copies_half = load_seconds(args.pages // 2, Path(tmp) / "half", kind)
            full, copies_full = load_seconds(args.pages, Path(tmp) / "full", kind)
        print(f"{args.pages // 2:,} pages, {kind}: {half:.1f} s ({copies_half:,} flagged as copies)")
        print(f"{args.pages:,} pages, {kind}: {full:.1f} s ({copies_full:,} flagged as copies)")
        print(f"  ratio: {full / half:.2f} (2 = linear, 4 = quadratic)")


if __name__ == "__main__":
    main()
