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

from analysis._engine.hashing import hash64, words_key
from analysis.io import boilerplate as bp
from analysis.io.dates import best_date, date_order_evidence, dates_by_line, invalid_dates, prose_dates

PROSE_MIN_WORDS = 25
_TITLE_WORDS = (3, 30)
_SITE_NAME_MAX_WORDS = 5
_CONNECTORS = {"of", "the", "and", "de", "la", "le", "el", "del", "di", "&", "for", "on", "in"}
_MID_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})[.!?][\"”’']?\s+[A-Z]")
_WIRE_DATELINE_RE = re.compile(r"^(?:[A-Z][A-Za-z ,.]*\s)?\((?P<name>[A-Z][\w .&]{1,30})\)\s*(?:--|—|–|-)")
_COPYRIGHT_NAME_RE = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[A-Z][\w .&'-]{1,40}?)[.,]?\s*"
    r"(?:\d{4})?[.,]?\s*all rights reserved",
    re.I,
)
#: A line that is only a copyright notice: "© Valley Broadcasting 2022", "Copyright 2021 The Courant".
_COPYRIGHT_LINE_RE = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}\s+)?(?P<name>[A-Z][\w .&'-]{1,40}?)[.,]?(?:\s+\d{4})?\.?$"
)
_NON_WORD_RE = re.compile(r"\W+")
_STRAY_END_RE = re.compile(r"([.!?][\"”’']?)(?:\s+[.,;])+$")
_CAPTION_REASONS = {"copyright or photo credit", "photo caption or credit"}
#: Lines passed over on the way to a page's site name: skip links, cookie banners, prompts.
_PASSED_OVER = frozenset({"interface line", "prompt or widget", "prompt or legal line", "speaker line"})
#: A speech's or statement's header naming who speaks: "President: George Washington", "Speaker: Ann Lee".
_SPEAKER_LINE_RE = re.compile(
    r"(?P<role>President|Vice President|Prime Minister|Premier|Chancellor|Senator|Sen\.|Governor|Gov\.|Mayor"
    r"|Secretary|Minister|Speaker|Representative|Rep\.|Chair|Chairman|Chairwoman|King|Queen|Pope)\s*:\s*"
    r"(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,4})\s*"
)
#: Lines whose dates are not the page's own: footers, related stories and teasers.
_NOT_THE_PAGE = frozenset({"footer", "footer marker", "related-story bullet", "teaser", "section teaser"})


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
    #: Headline candidates, best first: ``(line number, score, evidence, key of the line's text)``.
    title_candidates: list[tuple[int, float, str, int]] = field(default_factory=list)
    #: The publication date's other reading when it was an ambiguous slashed date (see :mod:`analysis.io.dates`).
    published_other: pd.Timestamp | None = None
    #: The time zone written with the publication date, if any.
    published_zone: str | None = None
    #: Slashed dates on the page that show their order: ``(day-first, month-first)`` counts.
    date_order: tuple[int, int] = (0, 0)
    #: Keys of headline candidates that the site repeats on other pages (set by :func:`mark_site_repeats`).
    repeated_titles: frozenset[int] = frozenset()

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


_SCORE_OR_YEAR_RE = re.compile(r"\d\s*[-–]\s*\d|^\d{4}\s*:")


def _site_name(line: str) -> str | None:
    name = re.sub(r"^[\s\-–—|•·:]+", "", line)
    name = re.sub(r"[,\s]+\d+\s*$", "", name).strip(" ,|-–—")
    ws = name.split()
    if not 1 <= len(ws) <= _SITE_NAME_MAX_WORDS or name.endswith(bp.SENTENCE_END) or "_" in name:
        return None
    if name.endswith(":"):  # "To the House of Representatives:", "My Fellow Americans:": a salutation
        return None
    if _SCORE_OR_YEAR_RE.search(name):  # "Rovers 2-1 United", "2004: A year in review" are headlines
        return None
    if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in ws):
        return name
    return None


def _is_prose(line: str) -> bool:
    return bp.n_words_upto(line, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS


def _is_title_like(line: str) -> bool:
    """Three to thirty words, not ending as a label or a teaser, no sentence break inside, mostly letters."""
    stripped = line.strip()
    n = len(stripped.split())
    return (
        _TITLE_WORDS[0] <= n <= _TITLE_WORDS[1]
        and not stripped.endswith(("…", ":", ",", ";"))
        and not _MID_SENTENCE_STOP.search(stripped)
        and sum(map(str.isalpha, stripped)) >= 0.6 * (len(stripped) - stripped.count(" "))
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
        if (
            bp.is_duration(lines[b])
            and reasons[a] is None
            and _is_title_like(lines[a])
            and not lines[a].rstrip().endswith(".")
        ):
            reasons[a] = "video teaser"  # a clock time after a sentence is a live page's next entry, not a video


def _mark_date_line(page: ParsedPage) -> None:
    """The publication date (not from the footer, nor from running prose), invalid dates, and order evidence."""
    footer = frozenset(i for i, r in enumerate(page.reasons) if r in _NOT_THE_PAGE)
    dates = dates_by_line(page.lines)
    for line_no, text in invalid_dates(page.lines, footer, dates):
        page.problems.append(f"line {line_no + 1}: {text!r} is not a real date, so it was not used")
        if page.reasons[line_no] in (None, "navigation or interface label") and len(page.lines[line_no].split()) <= 4:
            page.reasons[line_no] = "date line (invalid date)"
    page.date_order = date_order_evidence(dates)
    found = best_date(page.lines, footer, dates)
    if found is None:
        page.provenance["published"] = "not found"
        page.fields["published"] = pd.NaT
        mentioned = prose_dates(page.lines, footer, dates)
        if mentioned:
            page.problems.append(
                "no publication date on the page, and dates in the story "
                f"({', '.join(mentioned[:3])}) were not taken for it"
            )
        return
    page.fields["published"] = found.value
    page.published_other, page.published_zone = found.other, found.zone
    page.provenance["published"] = f"text:{found.how}" + ("" if found.has_zone else " (no time zone, UTC assumed)")
    line = page.lines[found.line_no]
    start, end = found.span
    rest_before, rest_after = line[:start].split(), line[end:].split()
    labelled = found.how.startswith("labelled") or rest_after[:1] in (["by"], ["By"], ["|"])
    if len(rest_before) + len(rest_after) <= (8 if labelled else 4):
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


#: Short labels of sections and widgets, never a site's name.
_SECTION_WORDS = frozenset(
    "home news world business sport sports weather local menu search sections live summary opinion politics "
    "top stories latest more video videos culture science technology health europe".split()
)


def _mark_speaker_line(page: ParsedPage) -> None:
    """A first line naming who speaks ("President: George Washington") is the document's speaker, not its outlet.

    The name becomes the ``speaker`` field (the statements give the speech's
    first-person paragraphs to that person) and the line leaves the text.
    """
    for i, line in enumerate(page.lines):
        if not line.strip() or page.reasons[i] in _PASSED_OVER:
            continue
        m = _SPEAKER_LINE_RE.fullmatch(line.strip())
        if m:  # the role stays with the name: "THE PRESIDENT." turns of a transcript are the speaker's
            role = "" if m.group("role") == "Speaker" else m.group("role") + " "
            page.fields["speaker"], page.provenance["speaker"] = role + m.group("name"), "text:speaker line"
            page.reasons[i] = "speaker line"
        return


def _site_name_line(page: ParsedPage) -> int | None:
    """The first line of the page that is not an interface line, when it reads as a site name.

    A site name is short and title-cased, with no sentence (``_site_name``), and
    is not a section label ("Home", "World", "Top Stories").
    """
    for i, line in enumerate(page.lines):
        if not line.strip() or page.reasons[i] in _PASSED_OVER:
            continue
        if page.reasons[i] not in (None, "navigation or interface label"):
            return None
        name = _site_name(line)
        if name is None or all(w.lower() in _SECTION_WORDS for w in name.split()):
            return None
        return i
    return None


_STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or over says said that the to was were will "
    "with after before new".split()
)
_CONTEXT_LINES = 3  # how near a byline, date or the story a headline stands
_LEAD_CHARS = 400  # the start of the first paragraph, whose words a headline shares


def _content_words(text: str) -> set[str]:
    return {w for w in _NON_WORD_RE.sub(" ", text.lower()).split() if len(w) > 2 and w not in _STOP_WORDS}


def _slug_words(url: object) -> set[str]:
    """The words of a URL's last path part (its slug), if it reads as words."""
    if not isinstance(url, str) or "/" not in url:
        return set()
    path = url.split("?")[0].split("#")[0].rstrip("/")
    slug = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _content_words(slug.replace("-", " ").replace("_", " "))


def _is_marker(reason: str | None) -> bool:
    """Whether a removed line marks the head of a story: its byline or its date."""
    return reason in {"byline", "date line"}


def title_candidates(page: ParsedPage, site_line: int | None, url: object = None) -> list[tuple[int, float, str]]:
    """Score the lines before the story as its headline: ``(line number, score, evidence)``, best first.

    Only lines that read as a headline (three to thirty words, no sentence break,
    not a label or teaser) and that no boilerplate rule removed are candidates.
    The evidence is general, never learnt from particular sites:

    - standing just before the byline or the date line (+2), or just before the story (+1);
    - sharing words with the URL's slug (+3) or with the first paragraph (+1.5);
    - a headline's length, six to twenty words (+1);
    - ending with a full stop, as a summary does (-2);
    - being the site-name line at the top of the page (-3).
    """
    lines, reasons = page.lines, page.reasons
    story = next((i for i, line in enumerate(lines) if reasons[i] is None and _is_prose(line)), len(lines))
    first_paragraph: set[str] | None = None
    slug = _slug_words(url)
    out = []
    for i in range(story):
        line = lines[i].strip()
        if not line or reasons[i] is not None or not _is_title_like(line) or bp.is_duration(line):
            continue
        if first_paragraph is None:
            first_paragraph = _content_words(lines[story][:_LEAD_CHARS]) if story < len(lines) else set()
        after = [j for j in range(i + 1, min(len(lines), i + 1 + 2 * _CONTEXT_LINES)) if lines[j].strip()]
        after = after[:_CONTEXT_LINES]
        score, evidence = 0.0, []
        if any(_is_marker(reasons[j]) for j in after):
            score, evidence = score + 2, [*evidence, "before the byline or date"]
        elif story in after:
            score, evidence = score + 1, [*evidence, "just before the story"]
        words = _content_words(line)
        if slug and len(words & slug) >= max(2, len(slug) // 2):
            score, evidence = score + 3, [*evidence, "like the URL's slug"]
        if len(words & first_paragraph) >= 2:
            score, evidence = score + 1.5, [*evidence, "words of the first paragraph"]
        n = len(line.split())
        if 6 <= n <= 20:
            score, evidence = score + 1, [*evidence, "a headline's length"]
        if line.endswith((".", "!")) and not line.endswith(("..", "!")):
            score, evidence = score - 2, [*evidence, "ends as a sentence"]
        if i == site_line:
            score, evidence = score - 3, [*evidence, "site-name line"]
        out.append((i, score, ", ".join(evidence) or "first headline-like line"))
    return sorted(out, key=lambda c: (-c[1], c[0]))


def _mark_title(page: ParsedPage, site_line: int | None, url: object = None) -> int | None:
    """Choose the headline among the :func:`title_candidates` and mark the page header above it."""
    candidates = title_candidates(page, site_line, url)
    page.title_candidates = [(i, score, how, hash64(page.lines[i].strip())) for i, score, how in candidates]
    if page.fields.get("speaker") and candidates and candidates[0][1] <= 0:
        candidates = []  # a speech under a speaker line: its short first line ("Thank you all.") is speech
    if not candidates:
        page.fields["title"] = None
        page.provenance["title"] = "not found"
        return None
    return _set_title(page, candidates[0][0], candidates[0][2])


def _set_title(page: ParsedPage, chosen: int, evidence: str) -> int:
    page.fields["title"] = re.sub(r"\s+", " ", page.lines[chosen].strip())
    page.provenance["title"] = f"text:headline ({evidence})"
    for j in range(chosen):
        if page.lines[j].strip() and page.reasons[j] is None:
            page.reasons[j] = "page header"
    page.reasons[chosen] = "title"
    return chosen


def _copyright_name(line: str) -> str | None:
    """The owner named by a copyright line ("© 2023 Northwire. All rights reserved.", "© Valley Broadcasting 2022")."""
    stripped = line.strip()
    m = _COPYRIGHT_NAME_RE.match(stripped) or _COPYRIGHT_LINE_RE.match(stripped)
    if not m:
        return None
    name = m.group("name").strip(" .,")
    return None if name.lower() in {"crown", "copyright", "all"} else name


def _find_outlet(page: ParsedPage, site_line: int | None, title_line: int | None) -> None:
    """The outlet: a desk byline, else the site-name line above the headline, else the copyright line.

    A site name written in capitals takes the copyright line's spelling when the two are the same name.
    """
    for line in page.lines:
        name = bp.byline_outlet(line.strip())
        if name:
            page.fields["outlet"], page.provenance["outlet"] = name, "text:desk byline"
            return
    copyright_lines = (i for i, r in enumerate(page.reasons) if r == "copyright or photo credit")
    owner = next((name for i in copyright_lines if (name := _copyright_name(page.lines[i]))), None)
    if site_line is not None and title_line is not None and site_line < title_line:
        name = _site_name(page.lines[site_line])
        if owner and name.isupper() and owner.lower() == name.lower():
            name = owner
        page.fields["outlet"], page.provenance["outlet"] = name, "text:site-name line"
        return
    if owner:
        page.fields["outlet"], page.provenance["outlet"] = owner, "text:copyright line"
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
        key = words_key(page.lines[i])
        if key:
            if key in seen and key.count(" ") >= 5:  # six words or more (the key's words are one space apart)
                page.reasons[i] = "repeated paragraph"
            seen.add(key)


#: A site's furniture (menus, prompts, credits, footers) recurs on its every page, so most lines of a
#: large corpus were classified before: a process remembers the reasons of the lines it has seen.
_line_reason = lru_cache(maxsize=65_536)(bp.classify_line)


def parse_page(text: str, doc_id: str, url: object = None) -> ParsedPage:
    """Parse the text of one scraped page.

    Parameters
    ----------
    text : str
        The page as plain text, newlines normalised.
    doc_id : str
        The article's id (used in records and messages).
    url : str, optional
        The page's address, if known (from the metadata file): its slug is evidence for the headline.

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
    _mark_footer(page)
    _mark_date_line(page)
    _mark_speaker_line(page)
    site_line = _site_name_line(page)
    title_line = _mark_title(page, site_line, url)
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

    A headline the site repeats on other pages (a tagline, a section name) is
    furniture too: the page's next headline candidate is taken instead, and its
    provenance says why. Such a page is among those returned only when its body changed.
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
            page_keys = set(keys[k][1].tolist()) | {c[3] for c in pages[k].title_candidates}
            for key in page_keys:
                if first_cluster.setdefault(key, cluster) != cluster:
                    repeated.add(key)
        for k in members:
            line_nos, line_keys = keys[k]
            for i, key in zip(line_nos.tolist(), line_keys.tolist(), strict=True):
                if key in repeated:
                    pages[k].reasons[i] = "repeated across pages of the site"
                    changed.add(k)
            candidates = pages[k].title_candidates
            pages[k].repeated_titles = frozenset(c[3] for c in candidates if c[3] in repeated)
            if candidates and candidates[0][3] in repeated and (not pages[k].lines or rechoose_title(pages[k])):
                changed.add(k)
    return changed


def rechoose_title(page: ParsedPage) -> bool:
    """Take the best headline candidate the site does not repeat (:attr:`ParsedPage.repeated_titles`).

    Returns whether anything changed. Needs the page's lines: a page whose lines
    were dropped is read again first.
    """
    candidates, repeated = page.title_candidates, page.repeated_titles
    if not candidates or candidates[0][3] not in repeated:
        return False
    old = candidates[0][0]
    page.reasons[old] = "repeated across pages of the site"
    rest = [c for c in candidates if c[3] not in repeated]
    page.title_candidates = rest
    if not rest:
        page.fields["title"] = None
        page.provenance["title"] = "not found (the only headline-like line recurs on the site's pages)"
        return True
    _set_title(page, rest[0][0], rest[0][2] + f", the site repeats {page.lines[old].strip()[:40]!r} on other pages")
    return True
