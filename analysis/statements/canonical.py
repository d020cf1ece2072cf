"""One name per person across a corpus, and the registry entries a corpus suggests.

Within an article the extractor already names each person by the fullest form
written. Across articles, a person named only by surname ("Blair") takes the
full name ("Tony Blair") when the corpus has exactly one person of that surname
quoted within half a year of the statement; otherwise the surname stays as
written. Registry aliases always win (:meth:`SpeakerRegistry.resolve`).
"""

from __future__ import annotations

import re
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


#: A bare title ("the president said") goes to the person the same outlet names with that title in the
#: same year when that person has at least this share of such mentions, and at least HOLDER_MIN of them.
HOLDER_SHARE = 0.8
HOLDER_MIN = 3
_BARE_TITLE_RE = re.compile(r"^the\s+(?:[\w\-]+\s+){0,2}(?P<title>[a-z][a-z\-]+(?:\s+minister|\s+secretary)?)$", re.I)


def resolve_titles(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """``speaker`` and ``speaker_type`` with bare titles given to their holder (see :data:`HOLDER_SHARE`).

    On a presidency's site "the President" is the president that site names
    ("President Volodymyr Zelenskyy") in that year; where an outlet names
    several holders of a title (many senators in US news) the bare title stays
    ``unnamed``. ``frame`` needs ``speaker``, ``speaker_type``,
    ``speaker_mention``, ``outlet`` and ``published``.
    """
    speakers = frame["speaker"].astype(str).to_numpy(dtype=object).copy()
    types = frame["speaker_type"].astype(str).to_numpy(dtype=object).copy()
    titled = [
        (i, m.group("title").lower())
        for i in np.flatnonzero(types == "unnamed")
        if (m := _BARE_TITLE_RE.match(speakers[i])) is not None
    ]
    if not titled:
        return pd.Series(speakers, index=frame.index, dtype="string"), pd.Series(
            types, index=frame.index, dtype="string"
        )
    outlets = frame["outlet"].astype("string").fillna("").to_numpy(dtype=object)
    years = pd.to_datetime(frame["published"], utc=True).dt.year.fillna(0).astype(int).to_numpy()
    mentions = frame["speaker_mention"].astype(str).to_numpy(dtype=object)
    person = np.flatnonzero(types == "person")
    by_group: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in person:
        by_group[(outlets[i], years[i])].append(i)
    holders: dict[tuple[str, int, str], str | None] = {}
    for i, title in titled:
        key = (outlets[i], years[i], title)
        if key not in holders:
            word = re.compile(rf"\b{re.escape(title)}\b", re.I)
            named = Counter(speakers[j] for j in by_group.get(key[:2], ()) if word.search(mentions[j]))
            top = named.most_common(1)
            total = sum(named.values())
            holders[key] = top[0][0] if top and top[0][1] >= HOLDER_MIN and top[0][1] >= HOLDER_SHARE * total else None
        if holders[key] is not None:
            speakers[i], types[i] = holders[key], "person"
    return _columns(speakers, types, frame.index)


def _columns(speakers: np.ndarray, types: np.ndarray, index: pd.Index) -> tuple[pd.Series, pd.Series]:
    return pd.Series(speakers, index=index, dtype="string"), pd.Series(types, index=index, dtype="string")
