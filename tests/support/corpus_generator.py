"""Seeded synthetic news corpora of any size, for benchmarks and scale tests.

Articles are news-length (300-1,200 words), from several outlets, dated over
three months, with attributed quotes and reported speech, a share of syndicated
copies (the same story on another site with a new headline), and scraped-page
boilerplate (site name, navigation, "Subscribe", footers, copyright lines). The
words are random draws from a news vocabulary that includes tone-bearing words,
so no two sentences repeat unless a story is syndicated.

Usage: ``python tests/support/corpus_generator.py --articles 1000 --out /tmp/corpus``
writes ``/tmp/corpus/pages/*.txt`` and ``/tmp/corpus/articles.parquet``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

OUTLETS = [
    "Daily Ledger",
    "World Wire",
    "Capital Times",
    "Evening Post",
    "Metro Herald",
    "Global Review",
    "North Star News",
    "Harbor Gazette",
]
SPEAKERS = [
    "Sergey Lavrov",
    "Vladimir Putin",
    "Antony Blinken",
    "Jens Stoltenberg",
    "Maria Zakharova",
    "Dmitry Peskov",
    "Joe Biden",
]
CUES = ["said", "added", "warned", "stressed", "noted", "told reporters", "insisted"]
NOUNS = [
    "talks",
    "treaty",
    "alliance",
    "security",
    "guarantees",
    "border",
    "troops",
    "sanctions",
    "ministry",
    "summit",
    "proposal",
    "response",
    "negotiations",
    "diplomats",
    "exercises",
    "missiles",
    "pipeline",
    "gas",
    "embassy",
    "delegation",
    "agreement",
    "crisis",
    "region",
    "sea",
    "forces",
    "meeting",
    "statement",
    "conference",
    "partners",
    "neighbours",
    "escalation",
    "deployment",
    "weapons",
    "airspace",
    "drills",
    "ceasefire",
    "economy",
    "markets",
    "energy",
    "prices",
    "elections",
    "parliament",
    "government",
    "officials",
    "analysts",
    "report",
    "documents",
]
VERBS = [
    "discussed",
    "rejected",
    "welcomed",
    "criticised",
    "demanded",
    "proposed",
    "accepted",
    "signed",
    "postponed",
    "reviewed",
    "condemned",
    "praised",
    "questioned",
    "ignored",
    "supported",
    "delayed",
    "announced",
    "considered",
    "expanded",
    "reduced",
]
ADJECTIVES = [
    "aggressive",
    "constructive",
    "dangerous",
    "unacceptable",
    "reasonable",
    "good",
    "bad",
    "serious",
    "new",
    "strong",
    "weak",
    "hostile",
    "friendly",
    "positive",
    "negative",
    "critical",
    "stable",
    "uncertain",
    "tense",
    "calm",
    "urgent",
    "important",
    "historic",
    "difficult",
    "successful",
    "disappointing",
    "encouraging",
    "alarming",
    "reliable",
    "absurd",
    "excellent",
    "terrible",
    "fair",
    "unfair",
]
FUNCTION = [
    "the",
    "the",
    "the",
    "a",
    "of",
    "of",
    "to",
    "in",
    "on",
    "and",
    "and",
    "for",
    "with",
    "that",
    "by",
    "as",
    "at",
    "from",
    "this",
    "its",
    "their",
    "our",
]
VOCAB = np.array(FUNCTION * 3 + NOUNS * 2 + VERBS + ADJECTIVES)
BOILERPLATE_TOP = ["Subscribe", "Menu", "World", "Politics", "Share this article", "Sign in"]
BOILERPLATE_BOTTOM = ["You may like", "Related stories", "Most read", "Log in or register to comment"]


def _sentence(rng: np.random.Generator, n_words: int) -> str:
    words = rng.choice(VOCAB, size=n_words)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: np.random.Generator, target_words: int) -> str:
    parts, count = [], 0
    while count < target_words:
        kind = rng.random()
        n = int(rng.integers(8, 26))
        speaker = SPEAKERS[int(rng.integers(len(SPEAKERS)))]
        cue = CUES[int(rng.integers(len(CUES)))]
        if kind < 0.15:
            parts.append(f'"{_sentence(rng, n)[:-1]}," {speaker} {cue}.')
        elif kind < 0.25:
            clause = _sentence(rng, n)
            parts.append(f"{speaker} {cue} that {clause[0].lower()}{clause[1:]}")
        else:
            parts.append(_sentence(rng, n))
        count += n + 2
    return " ".join(parts)


def generate_articles(n: int, seed: int = 0, duplicate_share: float = 0.1) -> pd.DataFrame:
    """A table of ``n`` synthetic articles (``doc_id``, ``outlet``, ``published``, ``title``, ``text``, ``page``).

    ``page`` is the article as a scraped page with boilerplate; ``duplicate_share``
    of the articles are syndicated copies of an earlier one.
    """
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2021-11-01", tz="UTC")
    rows = []
    for i in range(n):
        outlet = OUTLETS[int(rng.integers(len(OUTLETS)))]
        published = start + pd.Timedelta(minutes=int(rng.integers(0, 92 * 24 * 60)))
        if rows and rng.random() < duplicate_share:
            source = rows[int(rng.integers(len(rows)))]
            text, title = source["text"], "Syndicated: " + source["title"]
        else:
            words = int(rng.integers(300, 1201))
            paragraphs = []
            while sum(len(p.split()) for p in paragraphs) < words:
                paragraphs.append(_paragraph(rng, int(rng.integers(40, 110))))
            text = "\n\n".join(paragraphs)
            title = " ".join(rng.choice(VOCAB, size=int(rng.integers(6, 12)))).capitalize()
        rows.append({"doc_id": f"gen{i:07d}", "outlet": outlet, "published": published, "title": title, "text": text})
    frame = pd.DataFrame(rows)
    frame["page"] = [_page(r, rng) for r in frame.itertuples()]
    return frame


def _page(row, rng: np.random.Generator) -> str:
    top = [
        f"{row.outlet}",
        BOILERPLATE_TOP[int(rng.integers(len(BOILERPLATE_TOP)))],
        "",
        row.title,
        "",
        f"Published: {row.published:%d %b %Y %H:%M} UTC",
        "",
    ]
    bottom = [
        "",
        BOILERPLATE_BOTTOM[int(rng.integers(len(BOILERPLATE_BOTTOM)))],
        "Latest",
        f"© {row.published:%Y} {row.outlet}. All rights reserved.",
    ]
    return "\n".join(top) + row.text + "\n" + "\n".join(bottom)


def write_corpus(frame: pd.DataFrame, out: Path) -> tuple[Path, Path]:
    """Write the articles as a folder of scraped pages and as a Parquet table."""
    pages = out / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for row in frame.itertuples():
        (pages / f"{row.doc_id}.txt").write_text(row.page, encoding="utf-8")
    table = out / "articles.parquet"
    frame.drop(columns="page").rename(columns={"outlet": "media_name", "published": "publish_date"}).to_parquet(table)
    return pages, table


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    pages, table = write_corpus(generate_articles(args.articles, args.seed), args.out)
    print(f"wrote {args.articles} pages to {pages} and the table {table}")
