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


def write_pages(n: int, out: Path, seed: int = 3, kind: str = "copies") -> list[Path]:
    """``n`` templated pages (headline, date line, story) as text files in ``out``.

    ``kind``: ``"copies"`` (:func:`templated_texts`, copies of a few stories) or
    ``"look-alikes"`` (:func:`templated_variants`, alike but rarely copies).
    """
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    texts = templated_texts(n, seed) if kind == "copies" else templated_variants(n, seed)
    for k, text in enumerate(texts):
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
    parser.add_argument("--kind", choices=["copies", "look-alikes"], default="copies")
    args = parser.parse_args()
    print(f"wrote {len(write_pages(args.pages, args.out, kind=args.kind))} pages to {args.out}")


def templated_variants(n: int, seed: int = 5) -> list[str]:
    """Short templated stories whose slots all vary: alike at a glance, rarely copies at a Jaccard of 0.5.

    Generated sites publish thousands of these (results, weather, markets); every pair
    shares many 5-word shingles, so LSH puts them all in the same buckets.
    """
    rng = np.random.default_rng(seed)
    teams = ["Rovers", "United", "City", "Athletic", "Wanderers", "Albion", "Town", "County", "Harriers", "Vale"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    names = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Green", "Hall", "Wood"]
    out = []
    for _ in range(n):
        a, b = rng.choice(teams, 2, replace=False)
        out.append(
            f"{a} beat {b} {rng.integers(1, 6)}-{rng.integers(0, 3)} on {rng.choice(days)} in front of "
            f"{rng.integers(1000, 40000):,} fans. {rng.choice(names)} scored after {rng.integers(2, 90)} minutes "
            f"and {rng.choice(names)} added a second before the break. The manager said the team had played well "
            f"and that the next match against {rng.choice(teams)} on {rng.choice(days)} would be harder. "
            f"{a} are now {rng.integers(1, 24)} in the table, {rng.integers(1, 30)} points behind the leaders."
        )
    return out
