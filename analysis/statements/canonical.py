"""One name per person across a corpus, and the registry entries a corpus suggests.

Within an article the extractor already names each person by the fullest form
written. Across articles, a person named only by surname ("Blair") takes the
full name ("Tony Blair") when the corpus has exactly one person of that surname
quoted within half a year of the statement; otherwise the surname stays as
written. Registry aliases always win (:meth:`SpeakerRegistry.resolve`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from analysis.statements.entities import surname_of
from analysis.statements.registry import SpeakerRegistry

#: How far apart in time a surname alone and a full name may be and still name one person.
NAME_WINDOW = pd.Timedelta(days=183)


def join_surnames(frame: pd.DataFrame, registry: SpeakerRegistry) -> pd.Series:
    """The ``speaker`` column with persons named by surname alone given the one full name of that period.

    ``frame`` needs ``speaker``, ``speaker_type`` and ``published``.
    """
    names = frame["speaker"].astype(str)
    person = (frame["speaker_type"].astype(str) == "person").to_numpy()
    single = person & ~names.str.contains(" ", regex=False).to_numpy()
    if not single.any():
        return names
    full_rows = person & ~single
    when = pd.to_datetime(frame["published"], utc=True)
    missing = when.isna().to_numpy()
    ns = when.dt.tz_convert(None).to_numpy("datetime64[ns]").astype("int64")  # nanoseconds since 1970, UTC
    by_surname: dict[str, dict[str, np.ndarray]] = defaultdict(dict)
    for name, rows in pd.Series(np.flatnonzero(full_rows)).groupby(names.to_numpy()[full_rows], sort=True):
        by_surname[surname_of(name)][name] = np.sort(ns[rows.to_numpy()][~missing[rows.to_numpy()]])
    window = NAME_WINDOW.value
    out = names.to_numpy(dtype=object).copy()
    for i in np.flatnonzero(single):
        name = out[i]
        candidates = by_surname.get(name)
        if not candidates or registry.by_alias(name) is not None:
            continue
        if missing[i]:
            fits = list(candidates) if len(candidates) == 1 else []
        else:
            lo, hi = ns[i] - window, ns[i] + window
            fits = [n for n, d in candidates.items() if bisect_right(d, hi) > bisect_left(d, lo)]
        if len(fits) == 1:
            out[i] = fits[0]
    return pd.Series(out, index=frame.index, dtype="string")


def suggest_speakers(statements: pd.DataFrame, registry: SpeakerRegistry, n: int = 20) -> list[dict]:
    """The most quoted people the registry does not know, with the forms the texts name them by.

    Returns
    -------
    list of dict
        ``name``, ``aliases`` (other forms written, most frequent first),
        ``n_statements`` and ``n_articles``, most statements first.

    """
    people = statements[statements["speaker_type"].astype(str) == "person"]
    unknown = people[[registry.get(str(s)) is None for s in people["speaker"]]]
    out = []
    for name, group in unknown.groupby("speaker", sort=False):
        forms = Counter(str(m) for m in group["speaker_mention"].dropna())
        aliases = [f for f, _ in forms.most_common() if f != name and not f.lower().startswith(("he", "she", "the "))]
        out.append(
            {
                "name": str(name),
                "aliases": aliases,
                "n_statements": len(group),
                "n_articles": group["doc_id"].nunique(),
            }
        )
    out.sort(key=lambda e: (-e["n_statements"], e["name"]))
    return out[:n]


def as_toml(entries: list[dict]) -> str:
    """Registry entries as TOML to paste into ``data/speakers.toml``."""
    blocks = []
    for e in entries:
        aliases = ", ".join(f'"{a}"' for a in e["aliases"])
        blocks.append(
            f"# {e['n_statements']} statements in {e['n_articles']} articles\n"
            f'[[speaker]]\nname = "{e["name"]}"\naliases = [{aliases}]\n'
        )
    return "\n".join(blocks)
