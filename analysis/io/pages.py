"""Parse one scraped news page into title, date, outlet, original source and a clean body.

The parse keeps every line of the page with the reason it was removed (or
``None`` for story lines), so what was cleaned can always be shown. Nothing in
here knows any particular site: see :mod:`analysis.io.boilerplate` for the rules.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.cache import hash64
from analysis.io import boilerplate as bp
from analysis.io.dates import best_date

PROSE_MIN_WORDS = 25
_TITLE_WORDS = (3, 30)
_SITE_NAME_MAX_WORDS = 5
_CONNECTORS = {"of", "the", "and", "de", "la", "le", "el", "del", "di", "&", "for", "on", "in"}
_MID_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?\s+[A-Z]")
_WIRE_DATELINE_RE = re.compile(r"^(?:[A-Z][A-Za-z ,.]*\s)?\((?P<name>[A-Z][\w .&]{1,30})\)\s*(?:--|—|–|-)")
_COPYRIGHT_NAME_RE = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[A-Z][\w .&'-]{1,40}?)[.,]?\s*"
    r"(?:\d{4})?[.,]?\s*all rights reserved",
    re.I,
)
_NON_WORD_RE = re.compile(r"\W+")
_STRAY_END_RE = re.compile(r"([.!?][\"”’']?)(?:\s+[.,;])+$")
_CAPTION_REASONS = {"copyright or photo credit", "photo caption or credit"}


def join_paragraphs(lines: list[str]) -> str:
    """Join text lines into paragraphs separated by blank lines.

    Each non-empty line is a paragraph, except that a line which does not end a
    sentence followed by one starting in lower case is a hard-wrapped paragraph,
    and the two are joined. Runs of white space inside a line become one space, and
    stray punctuation left after a sentence's end (``."  .``) is dropped.
    """
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        text = " ".join(line.split())
        if text.endswith((".", ",", ";")) and text[-2:-1] == " ":  # the pattern ends in white space and a mark
            text = _STRAY_END_RE.sub(r"\1", text)
        if not text:
            continue
        if paragraphs and not previous.endswith((*bp.SENTENCE_END, ":", '"', "”")) and text[:1].islower():
            paragraphs[-1] = paragraphs[-1] + " " + text
        else:
            paragraphs.append(text)
        previous = text
    return "\n\n".join(paragraphs)


@dataclass
class ParsedPage:
    """The result of parsing one page.

    ``reasons[i]`` is why line ``i`` was removed, or ``None`` for story text.
    ``fields`` holds the extracted values and ``provenance`` how each was found.
    """

    doc_id: str
    lines: list[str]
    reasons: list[str | None]
    fields: dict[str, object] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    line_prefix_cut: dict[int, int] = field(default_factory=dict)
    #: The body and the story lines' keys, kept when the lines are dropped (see :meth:`drop_lines`).
    kept_body: str | None = None
    kept_keys: tuple[np.ndarray, np.ndarray] | None = None

    def drop_lines(self, body: str | None = None) -> None:
        """Keep the body (``body`` when already made) and the story lines' keys, not the lines.

        The page then travels between processes and waits in memory lighter;
        :func:`mark_site_repeats` still works on it.
        """
        self.kept_body = self.body() if body is None else body
        self.kept_keys = self.story_keys()
        self.lines = []

    def story_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """The line numbers of the story lines and their keys (stable 64-bit hashes of the stripped text).

        Two arrays rather than a pair per line: a corpus of pages holds
        millions of lines, and the main process keeps them all for a while.
        """
        if self.kept_keys is not None:
            return self.kept_keys
        story = [
            (i, hash64(line.strip()))
            for i, (line, reason) in enumerate(zip(self.lines, self.reasons, strict=True))
            if reason is None and line.strip()
        ]
        return (
            np.fromiter((i for i, _ in story), dtype=np.int32, count=len(story)),
            np.fromiter((key for _, key in story), dtype=np.uint64, count=len(story)),
        )

    def story_lines(self) -> list[tuple[int, str]]:
        """The kept lines, as ``(line_no, text)``, with any metadata prefix cut off."""
        out = []
        for i, (line, reason) in enumerate(zip(self.lines, self.reasons, strict=True)):
            if reason is None and line.strip():
                out.append((i, line[self.line_prefix_cut.get(i, 0) :].strip()))
        return out

    def body(self) -> str:
        """The clean story text: paragraphs separated by blank lines (see :func:`join_paragraphs`)."""
        if self.kept_body is not None and not self.lines:
            return self.kept_body
        return join_paragraphs([text for _, text in self.story_lines()])

    def removed(self) -> pd.DataFrame:
        """The removed lines with their reasons (``doc_id``, ``line_no``, ``reason``, ``line``)."""
        rows = [
            {"doc_id": self.doc_id, "line_no": i, "reason": r, "line": line.strip()}
            for i, (line, r) in enumerate(zip(self.lines, self.reasons, strict=True))
            if r is not None and line.strip()
        ]
        return pd.DataFrame(rows, columns=["doc_id", "line_no", "reason", "line"])


def _site_name(line: str) -> str | None:
    name = re.sub(r"^[\s\-–—|•·:]+", "", line)
    name = re.sub(r"[,\s]+\d+\s*$", "", name).strip(" ,|-–—")
    ws = name.split()
    if not 1 <= len(ws) <= _SITE_NAME_MAX_WORDS or name.endswith(bp.SENTENCE_END) or "_" in name:
        return None
    if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in ws):
        return name
    return None


def _is_prose(line: str) -> bool:
    return len(line.split()) >= PROSE_MIN_WORDS


def _is_title_like(line: str) -> bool:
    stripped = line.strip()
    n = len(stripped.split())
    return (
        _TITLE_WORDS[0] <= n <= _TITLE_WORDS[1]
        and not stripped.endswith((".", "…", ":", ","))
        and not _MID_SENTENCE_STOP.search(stripped)
    )


def _mark_captions(lines: list[str], reasons: list[str | None]) -> None:
    """Mark lines that repeat an already removed caption, and video teasers."""
    captions = [lines[i] for i, r in enumerate(reasons) if r in _CAPTION_REASONS]
    for i, line in enumerate(lines):
        head = line.strip()[:40]
        if reasons[i] is None and len(head) >= 20 and any(head in c for c in captions if c is not line):
            reasons[i] = "photo caption (repeated)"
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    for a, b in itertools.pairwise(nonempty):
        if bp.is_duration(lines[b]) and reasons[a] is None and not _is_prose(lines[a]):
            reasons[a] = "video teaser"


def _mark_date_line(page: ParsedPage) -> None:
    found = best_date(page.lines)
    if found is None:
        page.provenance["published"] = "not found"
        page.fields["published"] = pd.NaT
        return
    page.fields["published"] = found.value
    page.provenance["published"] = f"text:{found.how}" + ("" if found.has_zone else " (no time zone, UTC assumed)")
    line = page.lines[found.line_no]
    start, end = found.span
    rest_before = line[:start].split()
    if len(rest_before) + len(line[end:].split()) <= 4:
        if page.reasons[found.line_no] in (None, "navigation or interface label"):
            page.reasons[found.line_no] = "date line"
    elif len(rest_before) <= 2 and _is_prose(line[end:]):
        page.line_prefix_cut[found.line_no] = end


def _mark_footer(page: ParsedPage) -> None:
    seen_prose = False
    for i, line in enumerate(page.lines):
        if page.reasons[i] is None and _is_prose(line):
            seen_prose = True
        elif seen_prose and bp.is_end_marker(line):
            for j in range(i, len(page.lines)):
                if page.lines[j].strip():
                    page.reasons[j] = "footer" if j > i else "footer marker"
            return


def _site_name_line(page: ParsedPage) -> int | None:
    """The page's first line when it reads as a site name (short, title-cased, no sentence)."""
    first = next((i for i, line in enumerate(page.lines) if line.strip()), None)
    if first is None or page.reasons[first] not in (None, "navigation or interface label"):
        return None
    return first if _site_name(page.lines[first]) else None


def _mark_title(page: ParsedPage, site_line: int | None) -> int | None:
    """Take the first headline-like line before the story starts as the title.

    A leading site-name line is passed over unless no other headline follows it.
    """
    candidates = []
    for i, line in enumerate(page.lines):
        if page.reasons[i] not in (None, "navigation or interface label") or not line.strip():
            continue
        if _is_prose(line):
            break
        if page.reasons[i] is None and _is_title_like(line) and not bp.is_duration(line):
            candidates.append(i)
    chosen = next((i for i in candidates if i != site_line), candidates[0] if candidates else None)
    if chosen is None:
        page.fields["title"] = None
        page.provenance["title"] = "not found"
        return None
    page.fields["title"] = re.sub(r"\s+", " ", page.lines[chosen].strip())
    page.provenance["title"] = "text:headline line"
    for j in range(chosen):
        if page.lines[j].strip() and page.reasons[j] is None:
            page.reasons[j] = "page header"
    page.reasons[chosen] = "title"
    return chosen


def _find_outlet(page: ParsedPage, site_line: int | None, title_line: int | None) -> None:
    for line in page.lines:
        name = bp.byline_outlet(line.strip())
        if name:
            page.fields["outlet"], page.provenance["outlet"] = name, "text:desk byline"
            return
    if site_line is not None and title_line is not None and site_line < title_line:
        page.fields["outlet"] = _site_name(page.lines[site_line])
        page.provenance["outlet"] = "text:site-name line"
        return
    for line in page.lines:
        m = _COPYRIGHT_NAME_RE.match(line.strip())
        if m:
            page.fields["outlet"], page.provenance["outlet"] = m.group("name").strip(), "text:copyright line"
            return
    page.fields["outlet"], page.provenance["outlet"] = None, "not found"


def _find_original_source(page: ParsedPage) -> None:
    for line in page.lines:
        name = bp.source_name(line)
        if name:
            page.fields["original_source"], page.provenance["original_source"] = name, "text:source line"
            return
    for i, line in enumerate(page.lines):
        m = _WIRE_DATELINE_RE.match(line.strip())
        if m and page.reasons[i] in (None, "navigation or interface label"):
            name = m.group("name").strip()
            if name != page.fields.get("outlet"):
                page.fields["original_source"], page.provenance["original_source"] = name, "text:wire dateline"
                return
    page.fields["original_source"], page.provenance["original_source"] = None, "not found"


def _mark_repeated_paragraphs(page: ParsedPage) -> None:
    """Keep only the last copy of a paragraph that a page repeats (highlights, pull quotes)."""
    seen: set[str] = set()
    for i in range(len(page.lines) - 1, -1, -1):
        if page.reasons[i] is not None:
            continue
        key = _NON_WORD_RE.sub(" ", page.lines[i]).strip().lower()
        if key:
            if key in seen and len(key.split()) >= 6:
                page.reasons[i] = "repeated paragraph"
            seen.add(key)


#: A site's furniture (menus, prompts, credits, footers) recurs on its every page, so most lines of a
#: large corpus were classified before: a process remembers the reasons of the lines it has seen.
_line_reason = lru_cache(maxsize=65_536)(bp.classify_line)


def parse_page(text: str, doc_id: str) -> ParsedPage:
    """Parse the text of one scraped page.

    Parameters
    ----------
    text : str
        The page as plain text, newlines normalised.
    doc_id : str
        The article's id (used in records and messages).

    Returns
    -------
    ParsedPage
        Lines with removal reasons; ``fields`` holds ``title``, ``published``,
        ``outlet`` and ``original_source`` (``None``/``NaT`` where not found).

    """
    lines = text.split("\n")
    script = bp.script_of(text)
    page = ParsedPage(doc_id, lines, [_line_reason(line, script) for line in lines])
    _mark_captions(lines, page.reasons)
    _mark_date_line(page)
    _mark_footer(page)
    site_line = _site_name_line(page)
    title_line = _mark_title(page, site_line)
    _find_outlet(page, site_line, title_line)
    _find_original_source(page)
    _mark_repeated_paragraphs(page)
    return page


def mark_site_repeats(pages: list[ParsedPage], groups: list[str | None]) -> set[int]:
    """Remove story lines that recur on other pages of the same site; return the positions of the pages changed.

    A line counts as site furniture when it appears on at least two pages of one
    outlet that are not copies of each other (``groups`` gives each page's
    duplicate cluster, or ``None``), so syndicated copies keep their text.
    Lines are compared by :meth:`ParsedPage.story_keys`, so pages whose lines
    were dropped take part; their bodies must be made again from the page.
    """
    changed: set[int] = set()
    by_outlet: dict[str, list[int]] = {}
    for k, page in enumerate(pages):
        outlet = page.fields.get("outlet")
        if outlet:
            by_outlet.setdefault(str(outlet), []).append(k)
    for members in by_outlet.values():
        if len(members) < 2:
            continue
        first_cluster: dict[int, str] = {}
        repeated: set[int] = set()
        keys = {k: pages[k].story_keys() for k in members}
        for k in members:
            cluster = groups[k] or pages[k].doc_id
            for key in keys[k][1].tolist():
                if first_cluster.setdefault(key, cluster) != cluster:
                    repeated.add(key)
        for k in members:
            line_nos, line_keys = keys[k]
            for i, key in zip(line_nos.tolist(), line_keys.tolist(), strict=True):
                if key in repeated:
                    pages[k].reasons[i] = "repeated across pages of the site"
                    changed.add(k)
    return changed
