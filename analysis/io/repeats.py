"""Lines a feed or a table's outlet repeats across many of its items: boilerplate, removed before anything is counted.

Scraped pages have their site furniture removed as they are read
(:func:`analysis.io.pages.mark_site_repeats`). Items of feeds and rows of
tables come without a page around them, but their outlets repeat lines too:
"Continue reading…", "Read more", a podcast's list of links, a channel's
copyright notice. Such a line would be the top phrase of a collocation table,
a "key word" of a period and, when it has a reporting verb, a speaker.

A line (a paragraph of the text) counts as boilerplate of its feed (its outlet
and the file it came from: a feed's daily snapshots share the file's name) when
it is at most :data:`MAX_CHARS` long and appears in at least :data:`MIN_ITEMS`
distinct texts of that feed that make up at least :data:`MIN_SHARE` of them
(copies of one text count once). It is removed from every item of the feed;
an item that would be left empty keeps its text. Each removed line is listed in
the load problems (severity ``info``), with how many items held it.
"""

from __future__ import annotations

import ast
import re
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from analysis.errors import Problem
from analysis.io.records import count_words

MIN_ITEMS = 5
MIN_SHARE = 0.2
MAX_CHARS = 300
#: Items of feeds and rows of tables: their ``source_path`` ends with the entry or row number.
_ITEM_RE = re.compile(r" (?:row|entry) \d+$")
_BLANKS_RE = re.compile(r"\n{3,}")


def _feeds(articles: pd.DataFrame) -> list[str]:
    """Each row's feed: its outlet and the name of the file it came from (one feed's daily snapshots share it).

    An outlet such as youtube.com carries many channels, each a feed with lines of its own.
    """
    files = articles["source_path"].astype(str).str.replace(_ITEM_RE, "", regex=True).map(lambda p: Path(p).name)
    outlets = articles["outlet"].astype("string").fillna("(unnamed)")
    return [f"{o} ({f})" for o, f in zip(outlets, files, strict=True)]


def remove_repeated_lines(articles: pd.DataFrame, problems: list[Problem]) -> int:
    """Remove the lines each outlet repeats across its feed items and table rows, in place; return the rows changed.

    ``articles`` needs ``text``, ``outlet``, ``source_path``, ``duplicate_of``,
    ``n_words`` and ``problems``; a problem is appended to ``problems`` for
    every line removed.
    """
    items = articles["source_path"].astype(str).str.contains(_ITEM_RE).to_numpy()
    if items.sum() < MIN_ITEMS:
        return 0
    outlets = _feeds(articles)
    texts = articles["text"].astype("string").fillna("").to_numpy(dtype=object)
    originals = articles["duplicate_of"].isna().to_numpy()
    seen: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, Counter] = defaultdict(Counter)
    for k in range(len(texts)):
        if items[k] and originals[k] and texts[k] not in seen[outlets[k]]:
            seen[outlets[k]].add(texts[k])
            counts[outlets[k]].update({line.strip() for line in texts[k].split("\n") if line.strip()})
    repeated: dict[str, set[str]] = {}
    for outlet, counter in counts.items():
        n = len(seen[outlet])
        lines = {
            line for line, c in counter.items() if c >= MIN_ITEMS and c >= MIN_SHARE * n and len(line) <= MAX_CHARS
        }
        if lines:
            repeated[outlet] = lines
            for line in sorted(lines, key=lambda ln: (-counter[ln], ln)):
                problems.append(
                    Problem(
                        f"feed {outlet}",
                        None,
                        "info",
                        f"a line repeated in {counter[line]:,} of its {n:,} items removed as boilerplate: {line!r}",
                    )
                )
    if not repeated:
        return 0
    changed = []
    new_texts = texts.copy()
    for k in range(len(texts)):
        lines = repeated.get(outlets[k])
        if not items[k] or not lines:
            continue
        kept = [line for line in texts[k].split("\n") if line.strip() not in lines]
        text = _BLANKS_RE.sub("\n\n", "\n".join(kept)).strip()
        if text and text != texts[k]:
            new_texts[k] = text
            changed.append(k)
    if changed:
        rows = articles.index[changed]
        articles.loc[rows, "text"] = [new_texts[k] for k in changed]
        articles.loc[rows, "n_words"] = [count_words(new_texts[k]) for k in changed]
        note = "lines its outlet repeats in many items removed"
        old = articles.loc[rows, "problems"].astype("string").fillna("")
        articles.loc[rows, "problems"] = [f"{p}; {note}" if p else note for p in old]
    return len(changed)


_LISTED_RE = re.compile(
    r"^a line repeated in (?P<n>[\d,]+) of its (?P<of>[\d,]+) items removed as boilerplate: (?P<line>.*)$"
)


def boilerplate_lines(articles: pd.DataFrame) -> pd.DataFrame:
    """The lines removed as feed boilerplate (see the module docstring), most repeated first.

    Returns
    -------
    pandas.DataFrame
        ``feed`` (outlet and file), ``line``, ``n_items`` (distinct texts that held
        it) and ``of_items`` (distinct texts of the feed).

    """
    from analysis.io.summaries import load_problems

    rows = []
    for source, problem in zip(*(load_problems(articles)[c] for c in ("source_path", "problem")), strict=True):
        m = _LISTED_RE.match(str(problem))
        if m is not None:
            rows.append(
                (
                    str(source).removeprefix("feed "),
                    _unquoted(m.group("line")),
                    int(m.group("n").replace(",", "")),
                    int(m.group("of").replace(",", "")),
                )
            )
    table = pd.DataFrame(rows, columns=["feed", "line", "n_items", "of_items"])
    return table.sort_values(["n_items", "feed", "line"], ascending=[False, True, True], kind="stable").reset_index(
        drop=True
    )


def _unquoted(text: str) -> str:
    """The line a problem quotes (as Python wrote it, with ``repr``)."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    return value if isinstance(value, str) else text
