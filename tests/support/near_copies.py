"""Templated short stories that differ in a word or two, as syndicated wire copies and templated sites publish.

Every pair shares the near-duplicate check's LSH buckets, the worst case for it.
Usage: ``python tests/support/near_copies.py --pages 10000 --out /tmp/near`` writes ``/tmp/near/*.txt``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np


def templated_texts(n: int, seed: int = 3) -> list[str]:
    """Short templated stories that differ in a word or two: every pair shares LSH buckets."""
    rng = np.random.default_rng(seed)
    template = (
        "The city council said on {day} that the {thing} on Main Street would reopen next week after repairs "
        "costing {cost} pounds, and residents were asked to use the bus lanes until then."
    )
    days, things = ["Monday", "Tuesday", "Friday"], ["bridge", "library", "market", "station"]
    return [
        template.format(day=rng.choice(days), thing=rng.choice(things), cost=int(rng.integers(10, 99)) * 1000)
        for _ in range(n)
    ]


def write_pages(n: int, out: Path, seed: int = 3) -> list[Path]:
    """``n`` templated pages (headline, date line, story) as text files in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, text in enumerate(templated_texts(n, seed)):
        path = out / f"story_{k:06d}.txt"
        path.write_text(
            f"Council update on repairs {k % 7}\n\nPublished: 2022-03-{1 + k % 28:02d}\n\n{text}\n", "utf-8"
        )
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(f"wrote {len(write_pages(args.pages, args.out))} pages to {args.out}")
