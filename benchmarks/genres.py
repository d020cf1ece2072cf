"""Statements in other genres than news: transcript turns, speeches given to their speaker, bare titles.

Measured on the presidential speeches and press conferences of ``../shared/corpora/`` (a
``President: Name`` header, ``Q.`` and ``THE PRESIDENT.`` turns in press conferences), with
the truth read from the texts by rules independent of the extractor's:

- **turns read**: in a transcript (a document with ``Q.`` or ``THE PRESIDENT.`` labels), every
  line that opens with a label (``Q.``, ``Q:``, ``THE PRESIDENT.``, a name or role in capitals
  followed by ``.`` or ``:``) is a turn; it is read when a
  ``transcript`` statement starts within a few characters after the label, and read with
  the right speaker when that statement's speaker is the header's president for
  ``THE PRESIDENT``, a questioner for ``Q``, and someone else for other labels;
- **speeches given to their speaker**: a document that is not a transcript whose header names its
  president is an address; the share of its words inside statements of that president,
  and the share of addresses with at least half of their words given to them;
- **bare titles**: the share of person-speakers' statements whose speaker is a bare title
  ("the President", "Secretary"), which should have gone to the holder or stayed unnamed.

Targets (issue 28): >= 85 % of turns read with the right speaker, >= 80 % of addresses
given to their speaker, <= 2 % of person-speakers a bare title. Other corpora (a folder
or table) can be added with ``--corpus`` for the bare-title share alone.

Usage: ``python benchmarks/genres.py [--speeches DIR] [--corpus PATH ...]``
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import pandas as pd

import analysis

ROOT = Path(__file__).resolve().parent.parent
SPEECHES = ROOT.parent / "shared" / "corpora" / "presidential-speeches" / "data"
_HEADER_RE = re.compile(r"\A\s*President:\s*(?P<name>[^\n]+)")
_LABEL_RE = re.compile(r"^(?P<label>Q|THE PRESIDENT|[A-Z][A-Z.' ]{1,30}[A-Z])[.:][ \t]+(?=\S)", re.M)
_BARE_TITLE_RE = re.compile(
    r"^(?:the\s+)?(?:president|secretary|minister|prime minister|chancellor|governor|senator|mayor|"
    r"chairman|leader|head|spokesman|spokeswoman|premier|king|queen)$",
    re.I,
)
#: Labels that make a document a transcript (a press conference, a debate, an interview).
_DIALOGUE_LABELS = frozenset({"Q", "THE PRESIDENT"})
#: How far after a label's end the turn's statement may start (spaces, an opening quotation mark).
_SLACK = 4


def truth_turns(text: str) -> list[tuple[int, str]]:
    """``(end of label, label)`` for every labelled line of a transcript."""
    return [(m.end(), m.group("label")) for m in _LABEL_RE.finditer(text)]


def _speaker_header(speaker: object) -> re.Match | None:
    """A ``President:`` header from a speaker the loader read off the page ("President George Washington")."""
    if not isinstance(speaker, str) or not speaker.startswith("President "):
        return None
    return _HEADER_RE.match("President: " + speaker.removeprefix("President "))


def score_speeches(articles: pd.DataFrame, statements: pd.DataFrame) -> dict:
    """Turns read, speech words given to their speaker, for documents with a ``President:`` header."""
    by_doc = {doc: rows for doc, rows in statements[statements["location"] == "body"].groupby("doc_id")}
    turns = read = right = 0
    addresses = given = 0
    word_shares = []
    titles = articles["title"] if "title" in articles else pd.Series("", index=articles.index)
    speakers = articles["speaker"] if "speaker" in articles else pd.Series(None, index=articles.index, dtype=object)
    for doc, text in articles["text"].items():
        header = (
            _HEADER_RE.match(str(titles.get(doc, "")))  # the header is the title
            or _HEADER_RE.match(text)
            or _speaker_header(speakers.get(doc))  # or the loader's speaker line
        )
        if header is None:
            continue
        president = header.group("name").strip()
        mine = by_doc.get(doc, statements.iloc[:0])
        labels = [t for t in truth_turns(text) if t[1] != "President"]
        if any(label in _DIALOGUE_LABELS for _, label in labels):  # a transcript; "SIR:" opens a letter
            starts = mine[mine["kind"] == "transcript"]
            for end, label in labels:
                turns += 1
                hit = starts[(starts["start"] >= end) & (starts["start"] <= end + _SLACK)]
                if hit.empty:
                    continue
                read += 1
                who, kind = hit["speaker"].iloc[0], hit["speaker_type"].iloc[0]
                if label == "THE PRESIDENT":
                    right += who == president
                elif label == "Q":
                    right += kind == "questioner"
                else:
                    right += who != president
            continue
        addresses += 1
        words = len(text.split())
        spoken = mine.loc[mine["speaker"] == president, "quote"].str.split().str.len().sum()
        share = min(1.0, spoken / max(words, 1))
        word_shares.append(share)
        given += share >= 0.5
    return {
        "turns": turns,
        "turns_read": read,
        "turns_right": right,
        "addresses": addresses,
        "addresses_given": given,
        "mean_word_share": sum(word_shares) / max(len(word_shares), 1),
    }


def bare_title_share(statements: pd.DataFrame) -> tuple[int, int]:
    """``(bare-title statements, person statements)`` among body statements typed ``person``."""
    people = statements[(statements["speaker_type"] == "person") & (statements["location"] == "body")]
    bare = people["speaker"].astype(str).str.match(_BARE_TITLE_RE)
    return int(bare.sum()), len(people)


def _share(k: int, n: int) -> str:
    return f"{k / n:.3f} ({k:,}/{n:,})" if n else "n/a (0)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speeches", type=Path, default=SPEECHES)
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="more corpora (bare titles only)")
    args = parser.parse_args()
    start = time.perf_counter()
    articles = analysis.load_articles(args.speeches)
    statements = analysis.extract_statements(articles, progress=False)
    s = score_speeches(articles, statements)
    print(
        f"speeches: {len(articles):,} documents, {len(statements):,} statements in {time.perf_counter() - start:.0f} s"
    )
    turns = s["turns"]
    print(f"turns read: {_share(s['turns_read'], turns)}; with the right speaker: {_share(s['turns_right'], turns)}")
    print(
        f"addresses given to their speaker (>= half their words): {_share(s['addresses_given'], s['addresses'])}; "
        f"mean share of words: {s['mean_word_share']:.3f}"
    )
    print(f"person-speakers a bare title: {_share(*bare_title_share(statements))}")
    for corpus in args.corpus:
        more = analysis.extract_statements(analysis.load_articles(corpus), progress=False)
        print(f"{corpus.name}: person-speakers a bare title: {_share(*bare_title_share(more))}")


if __name__ == "__main__":
    main()
