"""Statement extraction time against text length: it should grow in proportion (linear), not faster.

Usage: ``python benchmarks/bench_statements.py [--sizes 1 2 4 8] [--huge 50]``

Builds one article of each size (in MB) from made-up news paragraphs with quotes,
reported speech, pronouns and many people, as one paragraph per line and, with
``--one-paragraph``, as a single paragraph (the worst case for quotation and
sentence spans), extracts its statements and prints the seconds, the seconds per
MB and the ratio of each size's time to the smallest's per MB (near 1.0 when
linear). ``--huge N`` also times an N MB page once (the issue's target: 50 MB in
under a minute).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.statements import Extractor, load_speakers

FIRST = ["Anna", "Carl", "Maria", "Peter", "Jane", "Tomas", "Laura", "David", "Elena", "Omar"]
LAST = ["Keller", "Emmerson", "Ruiz", "Facey", "Howard", "Novak", "Berg", "Okafor", "Lindqvist", "Haddad"]
CUES = ["said", "told reporters", "added", "warned", "insisted"]


def paragraph(rng: np.random.Generator, k: int) -> str:
    """One made-up news paragraph with a named speaker, a quote and reported speech."""
    name = f"{FIRST[int(rng.integers(10))]} {LAST[int(rng.integers(10))]}{k}"
    cue = CUES[int(rng.integers(len(CUES)))]
    return (
        f'"We will review the plan for the harbour in paragraph {k}," {name} {cue}. '
        f"The council met on Tuesday, and {name.split()[1]} said that the budget would be cut. "
        f'"Nobody wants delays," she added, according to a spokesperson for the council.'
    )


def article(megabytes: float, one_paragraph: bool, seed: int = 0) -> str:
    """A made-up article of about ``megabytes`` MB."""
    rng = np.random.default_rng(seed)
    parts, size, k = [], 0, 0
    while size < megabytes * 1_000_000:
        p = paragraph(rng, k)
        parts.append(p)
        size += len(p) + 2
        k += 1
    return (" " if one_paragraph else "\n\n").join(parts)


def time_one(extractor: Extractor, text: str) -> tuple[float, int]:
    start = time.perf_counter()
    found = extractor.article(text)
    return time.perf_counter() - start, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--one-paragraph", action="store_true")
    parser.add_argument("--huge", type=float, default=0.0)
    args = parser.parse_args()
    extractor = Extractor(load_speakers())
    extractor.article(article(0.1, args.one_paragraph, seed=2))  # warm up: the sentence splitter, the memos
    base = None
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7} {'ratio':>6} statements")
    for mb in args.sizes:
        seconds, n = time_one(extractor, article(mb, args.one_paragraph))
        per_mb = seconds / mb
        base = base or per_mb
        print(f"{mb:>6.1f} {seconds:>9.2f} {per_mb:>7.2f} {per_mb / base:>6.2f} {n}")
    if args.huge:
        seconds, n = time_one(extractor, article(args.huge, args.one_paragraph, seed=1))
        print(
            f"{args.huge:.0f} MB page: {seconds:.1f} s, {n} statements ({'under' if seconds < 60 else 'over'} a minute)"
        )


if __name__ == "__main__":
    main()
