"""Find and parse publication dates in scraped pages, honouring time zones.

Formats recognised: ISO 8601 (``2022-01-26T10:57:36.890Z``, ``2021-11-13``),
dotted day-first dates (``12.11.2021``), slashed dates (``31/12/2021``, month
first when ambiguous), and dates with month names (``Dec 31, 2021, 08:29 PM IST``,
``31 December 2021``), each with an optional time and zone.

A page usually holds several dates; the one most likely to be the publication
date wins: labelled dates ("Published: …", "date …") first, then dates standing
on a line of their own, then machine-format dates in page chrome, and dates
mentioned in running prose last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import pandas as pd

#: Offsets of common time-zone abbreviations, in hours. ``IST`` is India
#: Standard Time, the most frequent reading in English-language news.
TZ_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "IST": 5.5,
    "PKT": 5,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
}

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME_RE = (
    r"(?:[T ,]+(?:at\s+)?(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_ZONE_RE = r"(?:\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|" + "|".join(k for k in TZ_OFFSETS if k != "Z") + r")\b)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})" + _TIME_RE + _ZONE_RE)),
    ("dotted", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b" + _TIME_RE + _ZONE_RE)),
    ("slashed", re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b" + _TIME_RE + _ZONE_RE)),
    (
        "month-first",
        re.compile(
            r"\b" + _MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b" + _TIME_RE + _ZONE_RE, re.I
        ),
    ),
    (
        "day-first",
        re.compile(
            r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<y>\d{4})\b" + _TIME_RE + _ZONE_RE, re.I
        ),
    ),
]
_MACHINE_FORMATS = {"iso", "dotted", "slashed"}
_YEAR_RE = re.compile(r"\d{4}")  # every pattern needs a four-digit year: lines without one are skipped
_LABEL_RE = re.compile(
    r"(?P<label>first published|last updated|last modified|published|updated|posted|modified|date)"
    r"\s*(?:on|at)?\s*[:\-]?\s*$",
    re.I,
)
_PROSE_MIN_WORDS = 25


@dataclass(frozen=True)
class DateCandidate:
    """A date found in a page.

    Attributes
    ----------
    value : pandas.Timestamp
        The moment, in UTC.
    line_no : int
        Index of the line it was found on.
    span : tuple of int
        Character span of the match within the line.
    how : str
        How it was found (``labelled:published``, ``own line``, ``page chrome``, ``prose``).
    score : int
        Preference; higher wins, ties go to the earlier line.
    has_zone : bool
        Whether the text gave a time zone (otherwise UTC is assumed).

    """

    value: pd.Timestamp
    line_no: int
    span: tuple[int, int]
    how: str
    score: int
    has_zone: bool


def _zone_offset(tz: str | None) -> timedelta | None:
    if not tz:
        return None
    if tz.upper() in TZ_OFFSETS:
        return timedelta(hours=TZ_OFFSETS[tz.upper()])
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))


def _to_timestamp(kind: str, g: dict[str, str | None]) -> tuple[pd.Timestamp, bool] | None:
    year = int(g["y"])
    if kind == "slashed":
        a, b = int(g["a"]), int(g["b"])
        month, day = (b, a) if a > 12 else (a, b)
    elif kind in {"month-first", "day-first"}:
        month, day = _MONTHS[g["mon"].lower()], int(g["d"])
    else:
        month, day = int(g["m"]), int(g["d"])
    hour = int(g["hh"]) if g.get("hh") else 0
    minute = int(g["mm"]) if g.get("mm") else 0
    second = int(g["ss"]) if g.get("ss") else 0
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    offset = _zone_offset(g.get("tz"))
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=timezone(offset or timedelta(0)))
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    return pd.Timestamp(moment).tz_convert("UTC"), offset is not None


def find_dates(line: str) -> list[tuple[str, tuple[int, int], pd.Timestamp, bool]]:
    """Return every date in a line as ``(format, span, utc_timestamp, has_zone)``.

    Overlapping matches keep the earliest, longest one.
    """
    found: list[tuple[str, tuple[int, int], pd.Timestamp, bool]] = []
    if not _YEAR_RE.search(line):
        return found
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(line):
            if any(s < m.end() and m.start() < e for _, (s, e), _, _ in found):
                continue
            parsed = _to_timestamp(kind, m.groupdict())
            if parsed is not None:
                found.append((kind, m.span(), parsed[0], parsed[1]))
    return sorted(found, key=lambda f: f[1])


#: The dates of lines this process has seen (date lines and page furniture recur across a site's pages).
_dates_of_line = lru_cache(maxsize=65_536)(find_dates)


def date_candidates(lines: list[str]) -> list[DateCandidate]:
    """Score every date found in the lines of a page (see module docstring)."""
    out = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        for kind, (start, end), value, has_zone in _dates_of_line(line):
            label = _LABEL_RE.search(line[:start][-40:])
            if label:
                name = label.group("label").lower()
                how, score = (
                    f"labelled:{name}",
                    4 if name in {"updated", "last updated", "modified", "last modified"} else 5,
                )
            elif stripped == line[start:end].strip():
                how, score = "own line", 4
            elif kind in _MACHINE_FORMATS:
                how, score = ("page chrome", 3) if len(stripped.split()) < _PROSE_MIN_WORDS + 10 else ("prose", 2)
            else:
                how, score = ("prose", 1)
            out.append(DateCandidate(value, i, (start, end), how, score, has_zone))
    return out


def best_date(lines: list[str]) -> DateCandidate | None:
    """The most likely publication date of a page, or ``None`` if it has no date."""
    candidates = date_candidates(lines)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.line_no, -c.span[0]))


def parse_date(value: object) -> pd.Timestamp:
    """Parse one date value from a table or metadata file to a UTC timestamp.

    Naive values are taken as UTC; values with an offset are converted.
    Returns ``NaT`` for empty values; raises ``ValueError`` for unparseable text.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return pd.NaT
    text = str(value).strip()
    found = find_dates(text)
    if found and found[0][1] == (0, len(text)):
        return found[0][2]
    ts = pd.Timestamp(text)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
