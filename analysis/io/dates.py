"""Find and parse publication dates in scraped pages and tables, honouring time zones.

Formats recognised: ISO 8601 (``2022-01-26T10:57:36.890Z``, ``2021-11-13``),
dotted day-first dates (``12.11.2021``), slashed dates (``31/12/2021``), and
dates with month names (``Dec 31, 2021, 08:29 PM IST``, ``31 December 2021``,
``Feb 25, 2022 | 7:38 PM ET``), each with an optional time and zone.

A slashed date whose two numbers are both 12 or less (``11/01/2022``) is
*ambiguous*: it is read month first unless told otherwise, and the other
reading is kept (:attr:`FoundDate.other`) so that a corpus-wide step can choose
between them from evidence (the same site's unambiguous dates, a date in the
URL, the page's language, or the user's ``dayfirst``).

A page usually holds several dates; the one most likely to be the publication
date wins: labelled publication dates ("Published: …", "date …") first, then
dates standing on a line of their own, then labelled update dates, then
machine-format dates in page chrome. Dates mentioned in running prose are never
taken for the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

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
#: Zones named without saying whether summer time applies ("7:38 PM ET"): the offset follows the date.
TZ_REGIONS: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",
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
_ZONE_ALT = r"Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|" + "|".join(
    sorted((k for k in (*TZ_OFFSETS, *TZ_REGIONS) if k != "Z"), key=len, reverse=True)
)
_TIME_RE = (
    r"(?:(?:T|[\s,|·•–—-]+(?:at\s+)?)(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_ZONE_RE = r"(?:\s*(?P<tz>" + _ZONE_ALT + r")\b)?"
#: A time written before its date ("12:05 AM EST, January 5, 2022"), read when the date has none after it.
_LEADING_TIME_RE = re.compile(
    r"(?P<hh>\d{1,2}):(?P<mm>\d{2})\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?\s*(?:(?P<tz>" + _ZONE_ALT + r")\b)?[\s,|·•–—-]*$"
)

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
_UPDATE_LABELS = {"updated", "last updated", "modified", "last modified"}
_PROSE_MIN_WORDS = 25
_CHROME_MAX_WORDS = 6  # a line with a date and at most this many other words is page chrome, not prose
#: Scores of the kinds of date candidates (higher wins; prose dates are never the publication date).
SCORES = {"labelled": 6, "own line": 5, "labelled update": 4, "page chrome": 3, "prose": 1}
PROSE_SCORE = SCORES["prose"]
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"


@dataclass(frozen=True)
class FoundDate:
    """A date written in a line of text.

    Attributes
    ----------
    kind : str
        Its format (``iso``, ``dotted``, ``slashed``, ``month-first``, ``day-first``).
    span : tuple of int
        Character span of the match.
    value : pandas.Timestamp or None
        The moment in UTC (a slashed date read month first); ``None`` when the
        text names no real day (``31/02/2022``).
    has_zone : bool
        Whether the text gave a time zone (otherwise UTC is assumed).
    other : pandas.Timestamp or None
        For an ambiguous slashed date (both numbers 12 or less, and different),
        the day-first reading; ``None`` otherwise.
    order : str or None
        For a slashed date that shows its order (a number above 12), ``"day-first"``
        or ``"month-first"``: evidence for reading a site's ambiguous dates.
    text : str
        The matched text.
    zone : str or None
        The time zone as written (``CET``, ``ET``, ``+01:00``), if any.

    """

    kind: str
    span: tuple[int, int]
    value: pd.Timestamp | None
    has_zone: bool
    other: pd.Timestamp | None = None
    order: str | None = None
    text: str = ""
    zone: str | None = None


@dataclass(frozen=True)
class DateCandidate:
    """A date found in a page, scored as a publication date.

    Attributes
    ----------
    value : pandas.Timestamp
        The moment, in UTC.
    line_no : int
        Index of the line it was found on.
    span : tuple of int
        Character span of the match within the line.
    how : str
        How it was found (``labelled:published``, ``own line``, ``labelled:updated``, ``page chrome``, ``prose``).
    score : int
        Preference (see :data:`SCORES`); higher wins, ties go to the earlier line.
    has_zone : bool
        Whether the text gave a time zone (otherwise UTC is assumed).
    other : pandas.Timestamp or None
        The day-first reading of an ambiguous slashed date.
    text : str
        The date as written.
    zone : str or None
        The time zone as written, if any.

    """

    value: pd.Timestamp
    line_no: int
    span: tuple[int, int]
    how: str
    score: int
    has_zone: bool
    other: pd.Timestamp | None = None
    text: str = ""
    zone: str | None = None


def _zone(tz: str | None) -> tzinfo | timedelta | None:
    """A zone's fixed offset, or its region (for names such as ``ET`` whose offset follows the date)."""
    if not tz:
        return None
    name = tz.upper().replace(" ", "")
    if name in TZ_REGIONS:
        return ZoneInfo(TZ_REGIONS[name])
    if name in TZ_OFFSETS:
        return timedelta(hours=TZ_OFFSETS[name])
    if name.startswith(("GMT", "UTC")):
        name = name[3:]
        if ":" not in name and len(name) <= 3:  # GMT+1, UTC-05
            return int(name[0] + "1") * timedelta(hours=int(name[1:]))
    sign = -1 if name[0] == "-" else 1
    digits = name[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))


def _moment(year: int, month: int, day: int, g: dict[str, str | None]) -> tuple[pd.Timestamp, bool] | None:
    """The UTC moment of a date and the time and zone in ``g``; ``None`` if there is no such day."""
    hour = int(g["hh"]) if g.get("hh") else 0
    minute = int(g["mm"]) if g.get("mm") else 0
    second = int(g["ss"]) if g.get("ss") else 0
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = _zone(g.get("tz"))
    if not 1900 <= year <= 2100:
        return None
    try:
        local = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if isinstance(zone, tzinfo):
        moment = local.replace(tzinfo=zone)
    else:
        moment = local.replace(tzinfo=timezone(zone or timedelta(0)))
    return pd.Timestamp(moment).tz_convert("UTC"), zone is not None


def _readings(kind: str, g: dict[str, str | None]) -> tuple[tuple[int, int], tuple[int, int] | None, str | None]:
    """``(month, day)`` as read by default, the other reading of an ambiguous date, and the order it shows."""
    if kind == "slashed":
        a, b = int(g["a"]), int(g["b"])
        if a > 12:
            return (b, a), None, DAY_FIRST
        if b > 12:
            return (a, b), None, MONTH_FIRST
        return (a, b), ((b, a) if a != b else None), None
    if kind in {"month-first", "day-first"}:
        return (_MONTHS[g["mon"].lower()], int(g["d"])), None, None
    return (int(g["m"]), int(g["d"])), None, None


def _with_leading_time(line: str, start: int, g: dict[str, str | None]) -> tuple[dict[str, str | None], int]:
    """``g`` with the time written just before the date ("12:05 AM EST, January 5, 2022"), when it has none.

    Returns the groups and where the date, with that time, starts.
    """
    if g.get("hh") or start == 0:
        return g, start
    m = _LEADING_TIME_RE.search(line, max(0, start - 30), start)
    if m is None or m.end() != start:
        return g, start
    return {**g, **{k: v for k, v in m.groupdict().items() if v}}, m.start()


def find_dates(line: str) -> list[FoundDate]:
    """Every date in a line (see :class:`FoundDate`), in order; invalid days have ``value=None``.

    Overlapping matches keep the earliest, longest one.
    """
    found: list[FoundDate] = []
    if not _YEAR_RE.search(line):
        return found
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(line):
            if any(f.span[0] < m.end() and m.start() < f.span[1] for f in found):
                continue
            g, start = _with_leading_time(line, m.start(), m.groupdict())
            (month, day), other, order = _readings(kind, g)
            year = int(g["y"])
            parsed = _moment(year, month, day, g)
            span, text = (start, m.end()), line[start : m.end()]
            if parsed is None:
                found.append(FoundDate(kind, span, None, False, text=text))
                continue
            alternative = _moment(year, other[0], other[1], g) if other else None
            found.append(
                FoundDate(kind, span, parsed[0], parsed[1], alternative and alternative[0], order, text, g.get("tz"))
            )
    return sorted(found, key=lambda f: f.span)


#: The dates of lines this process has seen (date lines and page furniture recur across a site's pages).
_dates_of_line = lru_cache(maxsize=65_536)(find_dates)


#: Four ASCII digits: for an ASCII line, the same test as :data:`_YEAR_RE`, twice as fast.
_ASCII_YEAR_RE = re.compile(r"[0-9][0-9][0-9][0-9]")


def dates_by_line(lines: list[str]) -> list[list[FoundDate]]:
    """:func:`find_dates` of each line (lines without a four-digit year skip the memo's hashing)."""
    ascii_year, year = _ASCII_YEAR_RE.search, _YEAR_RE.search
    return [_dates_of_line(line) if (ascii_year(line) if line.isascii() else year(line)) else [] for line in lines]


def _label_of(line: str, start: int) -> str | None:
    label = _LABEL_RE.search(line[:start][-40:])
    return label.group("label").lower() if label else None


def date_candidates(
    lines: list[str], skip: frozenset[int] = frozenset(), found: list[list[FoundDate]] | None = None
) -> list[DateCandidate]:
    """Score every valid date found in the lines of a page (see module docstring), except lines in ``skip``.

    ``found`` is :func:`dates_by_line` of the lines, when already made.
    """
    found = dates_by_line(lines) if found is None else found
    out = []
    for i, line in enumerate(lines):
        if i in skip or not found[i]:
            continue
        stripped = line.strip()
        for f in found[i]:
            if f.value is None:
                continue
            start, end = f.span
            label = _label_of(line, start)
            if label:
                how = f"labelled:{label}"
                score = SCORES["labelled update" if label in _UPDATE_LABELS else "labelled"]
            elif stripped == line[start:end].strip():
                how, score = "own line", SCORES["own line"]
            elif (f.kind in _MACHINE_FORMATS and len(stripped.split()) < _PROSE_MIN_WORDS + 10) or (
                len(stripped.split()) - len(f.text.split()) <= _CHROME_MAX_WORDS
            ):
                how, score = "page chrome", SCORES["page chrome"]
            else:
                how, score = "prose", PROSE_SCORE
            out.append(DateCandidate(f.value, i, f.span, how, score, f.has_zone, f.other, f.text, f.zone))
    return out


def best_date(
    lines: list[str], skip: frozenset[int] = frozenset(), found: list[list[FoundDate]] | None = None
) -> DateCandidate | None:
    """The most likely publication date of a page, or ``None`` if it has none outside running prose.

    Lines in ``skip`` (a page's footer: related stories with their own dates) are not read.
    """
    candidates = [c for c in date_candidates(lines, skip, found) if c.score > PROSE_SCORE]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.line_no, -c.span[0]))


def invalid_dates(
    lines: list[str], skip: frozenset[int] = frozenset(), found: list[list[FoundDate]] | None = None
) -> list[tuple[int, str]]:
    """``(line number, text)`` of every written date that names no real day (``31/02/2022``), outside prose."""
    found = dates_by_line(lines) if found is None else found
    out = []
    for i, line in enumerate(lines):
        if i in skip or not found[i]:
            continue
        invalid = [f.text for f in found[i] if f.value is None]
        if invalid and len(line.split()) < _PROSE_MIN_WORDS:
            out.extend((i, text) for text in invalid)
    return out


def prose_dates(
    lines: list[str], skip: frozenset[int] = frozenset(), found: list[list[FoundDate]] | None = None
) -> list[str]:
    """The dates written in running prose (never taken for the publication date), as written."""
    return [c.text for c in date_candidates(lines, skip, found) if c.score == PROSE_SCORE]


def date_order_evidence(found: list[list[FoundDate]]) -> tuple[int, int]:
    """How many slashed dates show day-first and month-first order (a number above 12), from :func:`dates_by_line`."""
    day = month = 0
    for dates in found:
        for f in dates:
            day += f.order == DAY_FIRST
            month += f.order == MONTH_FIRST
    return day, month


_URL_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)


def url_dates(url: object) -> set[pd.Timestamp]:
    """The calendar days written in a URL (``/2022/01/11/``, ``20220111``, ``2022-01-11``), as UTC midnights."""
    if not isinstance(url, str):
        return set()
    out = set()
    for m in _URL_DATE_RE.finditer(url):
        try:
            out.add(pd.Timestamp(int(m["y"]), int(m["m"]), int(m["d"]), tz="UTC"))
        except ValueError:
            continue
    return out


#: Time zones of places that write the day first, and of places that write the month first.
_DAY_FIRST_ZONES = frozenset("GMT BST WET CET CEST EET EEST MSK IST PKT WIB HKT SGT AEST AEDT UK".split())
_MONTH_FIRST_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT ET CT MT PT".split())


def choose_reading(
    first: pd.Timestamp,
    other: pd.Timestamp,
    *,
    dayfirst: bool | None = None,
    url: object = None,
    evidence: tuple[int, int] = (0, 0),
    zone: object = None,
    language: object = None,
) -> tuple[pd.Timestamp, str, bool]:
    """Read an ambiguous slashed date from evidence: ``(value, how it was read, whether evidence decided)``.

    In order: the user's ``dayfirst``; a date in the URL that equals one reading;
    the same site's (or table's) unambiguous slashed dates (``evidence`` =
    day-first and month-first counts), when one order has at least twice the
    other; the time zone written with the date (``CET``: day first; ``ET``:
    month first); a page language other than English (day first). Without
    evidence the month-first reading ``first`` is kept, and the caller says so in ``problems``.
    """
    if dayfirst is not None:
        return (other if dayfirst else first), ("day-first" if dayfirst else "month-first") + " (dayfirst given)", True
    days = {d.normalize() for d in url_dates(url)}
    if first.normalize() in days and other.normalize() not in days:
        return first, "month-first (date in the URL)", True
    if other.normalize() in days and first.normalize() not in days:
        return other, "day-first (date in the URL)", True
    day, month = evidence
    if day >= 2 * month and day > 0:
        return other, f"day-first (the site's other dates: {day} day-first, {month} month-first)", True
    if month >= 2 * day and month > 0:
        return first, f"month-first (the site's other dates: {month} month-first, {day} day-first)", True
    if isinstance(zone, str) and zone.upper() in _DAY_FIRST_ZONES:
        return other, f"day-first (time zone {zone})", True
    if isinstance(zone, str) and zone.upper() in _MONTH_FIRST_ZONES:
        return first, f"month-first (time zone {zone})", True
    if isinstance(language, str) and language not in {"en", "und", ""}:
        return other, f"day-first (the page is in {language!r})", True
    return first, "month-first (no evidence: pass dayfirst=True if the site writes the day first)", False


def parse_date(value: object, dayfirst: bool | None = None) -> pd.Timestamp:
    """Parse one date value from a table or metadata file to a UTC timestamp.

    Naive values are taken as UTC; values with an offset are converted. An
    ambiguous slashed date (``11/01/2022``) is read month first unless
    ``dayfirst`` is true. Returns ``NaT`` for empty values; raises ``ValueError``
    for unparseable text or a day that does not exist.
    """
    found = parse_date_value(value)
    if found is None:
        return pd.NaT
    return found.other if dayfirst and found.other is not None else found.value


def parse_date_value(value: object) -> FoundDate | None:
    """Parse a date cell into a :class:`FoundDate` (``None`` for an empty cell).

    Raises
    ------
    ValueError
        If the text is no date, or names a day that does not exist.

    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return None
    text = str(value).strip()
    found = find_dates(text)
    if found and found[0].span == (0, len(text)):
        if found[0].value is None:
            raise ValueError(f"{text!r} names a day that does not exist")
        return found[0]
    ts = pd.Timestamp(text)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return FoundDate("other", (0, len(text)), ts, True, text=text)


def resolve_ambiguous_dates(records: list, dayfirst: bool | None) -> None:
    """Read each record's ambiguous slashed date (``11/01/2022``) from evidence; see :func:`choose_reading`.

    ``records`` are :class:`~analysis.io.records.ArticleRecord`. The evidence
    of a site is the slashed dates of all its pages that show their order; of
    a table, those of its date column.
    """
    evidence: dict[tuple, list[int]] = {}
    for record in records:
        key = record.date_site
        if key is None or key[1] is None:
            continue
        day, month = record.date_order
        if key[0] == "table":
            evidence[key] = [day, month]  # the whole column's evidence, the same on every row
        else:
            total = evidence.setdefault(key, [0, 0])
            total[0] += day
            total[1] += month
    for record in records:
        other, first = record.published_other, record.published
        if other is None or first is None or pd.isna(first):
            continue
        key = record.date_site
        value, how, decided = choose_reading(
            first,
            other,
            dayfirst=dayfirst,
            url=record.url,
            evidence=tuple(evidence.get(key, (0, 0))) if key else (0, 0),
            zone=record.published_zone,
            language=record.language,
        )
        record.published = value
        record.sources["published"] = f"{record.sources.get('published')}, read {how}"
        if not decided:
            record.notes.append(
                f"ambiguous date: read as {first:%d %B %Y} (month first), could be {other:%d %B %Y}, "
                "pass dayfirst=True or dayfirst=False to load_articles to decide"
            )


#: A date written in a file name with separators: ``1789-04-30-first-inaugural-address``, ``cnn_2016-06-08_x``.
_FILE_NAME_DATE_RE = re.compile(r"(?<![\d])(1[5-9]\d\d|20\d\d)[-_.](0[1-9]|1[0-2])[-_.](0[1-9]|[12]\d|3[01])(?![\d])")


def date_in_file_name(path: str | Path) -> pd.Timestamp | None:
    """The date a file's name holds (``YYYY-MM-DD``, ``YYYY_MM_DD``, ``YYYY.MM.DD``) as UTC midnight, or ``None``."""
    m = _FILE_NAME_DATE_RE.search(Path(path).name)
    if m is None:
        return None
    try:
        return pd.Timestamp(year=int(m.group(1)), month=int(m.group(2)), day=int(m.group(3)), tz="UTC")
    except ValueError:  # 31 February
        return None
