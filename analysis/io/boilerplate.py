"""Recognise the lines of a scraped page that are not part of the story.

Each rule is generic: it describes a kind of page furniture (navigation labels,
subscription and login prompts, share widgets, copyright and photo credits,
related-story bullets, UI text in another script, tag lists, footers), never a
particular site. :func:`classify_line` names the kind of boilerplate a line is,
or returns ``None`` for a line that may belong to the story.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

SENTENCE_END = (".", "!", "?")
_SCRIPT_SAMPLE = 5000  # characters read to tell a text's script
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_RE = re.compile(r"[\x00-\x7f]+")

_PROMPT_RE = re.compile(
    r"^(subscribe|unsubscribe|sign (up|in)|log ?in|register|to participate in the discussion|"
    r"leave a (reply|comment)|comments?|\d+ comments?|share( this( article| story)?)?( on \w+)?|"
    r"follow us|newsletter|advertis(e|ement|ing)|sponsored|loading\b|read more|read also|also read|"
    r"click here|download (the|our) app|accept (all )?cookies|we use (some )?(\w+ )?cookies|watch( video)?:|"
    r"listen to (this|the) (article|story))",
    re.I,
)
_PROMPT_ANYWHERE_RE = re.compile(
    r"log in or register|your email address will not be published|required fields are marked|"
    r"all rights reserved|privacy policy|terms of (use|service)|cookie policy|available under the .{0,40}licen[cs]e",
    re.I,
)
_END_MARKER_RE = re.compile(
    r"^(you may (also )?like|you might (also )?like|trends? 24h|trending( now| stories)?|related"
    r"( stories| articles| news| posts| coverage)?|more (from|stories|news|on this)\b|recommended"
    r"( for you| stories)?|newsfeed|latest( news| stories)?|most (read|popular|viewed)|"
    r"all news articles on\b|top stories|don'?t miss)",
    re.I,
)
_COPYRIGHT_RE = re.compile(r"^(©|\(c\)\s|copyright\b)", re.I)
_CREDIT_RE = re.compile(
    r"\b(photograph|photo|image|picture|pic|credit|illustration)s?\s*:\s*\(?[A-Z]|"
    r"\((image|photo|photograph|picture|pic)s?:[^)]*\)|"
    r"^\(?(with inputs? from|additional reporting by|reporting by|edited by|written by|compiled by)\b",
    re.I,
)
_SECTION_TEASER_RE = re.compile(r"\bstay tuned\b|\bthe latest news (and|from|on)\b|\bbreaking news on\b", re.I)
_DISCLAIMER_RE = re.compile(
    r"external sources|not under our control|does not necessarily (imply|reflect|represent)|"
    r"views expressed (within|in|here)",
    re.I,
)
_BULLET_RE = re.compile(r"^\s*[•·▪►»◦‣∙]\s*")
_URL_RE = re.compile(r"https?://\S+|\bwww\.\S+", re.I)
_DURATION_RE = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
_GLUED_RE = re.compile(r"[a-z][A-Z][a-z]")
_SOURCE_RE = re.compile(
    r"^\(?(?:source|sources|via|originally published (?:by|in|at|on)|"
    r"this (?:article|story) (?:was|is) (?:originally )?(?:published|republished) (?:by|in|at|on|from))"
    r"\s*:?\s*(?P<name>[^()]{2,60}?)\)?\.?$",
    re.I,
)
_BYLINE_TEAM_RE = re.compile(
    r"^(?P<name>[\w&.\- ]{2,40}?)\s+(web team|web desk|news desk|digital desk|desk|staff|bureau|newsroom|online)$",
    re.I,
)
_BYLINE_BY_RE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’\-]+(\s+[A-Z][\w.'’\-]+){0,3}(\s*(,|and|&)\s*[A-Z][\w.'’\- ]+)*$")

#: Skip links, cookie banners and reading aids: interface lines of any site.
_INTERFACE_RE = re.compile(
    r"^(?:skip to (?:the )?(?:main |page )?(?:content|navigation|search|footer|article)\b|jump to\b|"
    r"(?:accept|reject|manage|set|allow|decline) (?:all |additional |optional |analytics |essential )?cookies\b|"
    r"cookies on\b|cookie (?:settings|preferences|consent)\b|"
    r"\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$|listen to (?:this )?(?:article|story)\b|"
    r"show (?:key|all|latest) (?:events|posts|updates)\b|key events$|live updates?$|"
    r"(?:updated|posted|published)?\s*\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago$|"
    r"(?:share|email|print|save|copy link|bookmark)(?: (?:this|the) (?:page|article|story))?$|"
    r"back to top$|related topics$|more on this story$|see all\b|view all\b|open menu$|close menu$|"
    r"sign up to\b|get (?:our|the) (?:newsletter|app)\b|(?:is|was) this (?:page |article )?(?:useful|helpful)\b|"
    r"report a problem\b)",
    re.I,
)
#: A line that only labels page metadata ("From: …", "Tags: …", "Filed under …").
_METADATA_LABEL_RE = re.compile(
    r"^(?:from|category|categories|tags?|topics?|filed under|section|location|authors?|written by|"
    r"contributors?|organisations?|organizations?|part of|first published|read next|see also|related)\s*:",
    re.I,
)
#: Separators of breadcrumbs ("Home > World > Europe") and menus ("News | Sport | Weather").
_CRUMB_SEPARATORS_RE = re.compile(r"\s+(?:>|›|»|/|\||•|·|→)\s+|\s{3,}|\t+")
_CRUMB_MAX_WORDS = 4


def _is_navigation(line: str) -> bool:
    """A breadcrumb or a menu: two or more short title-cased items between separators.

    ``Home > International``, ``News / World / Europe``, ``News | Sport | Weather``.
    An item of more than four words, or one ending a sentence, makes it prose.
    """
    parts = [p.strip() for p in _CRUMB_SEPARATORS_RE.split(line.strip())]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return False
    if parts[0].lower() not in {"home", "homepage", "start", "news"} and len(parts) < 3:
        return False
    return all(
        len(p.split()) <= _CRUMB_MAX_WORDS
        and (len(parts) >= 3 or p[:1].isupper() or p[:1].isdigit())
        and not p.endswith(SENTENCE_END)
        for p in parts
    )


#: Text that every match of a case-insensitive pattern contains, lower-cased: a line without any
#: of it cannot match, so the pattern is not searched. No fragment holds "i" or "s": a
#: case-insensitive "i" also matches "ı" and "İ", and "s" matches "ſ", which ``str.lower`` keeps apart.
_FRAGMENTS: dict[re.Pattern, tuple[str, ...]] = {
    _PROMPT_ANYWHERE_RE: (" or reg", "your ema", "are marked", "rved", "acy pol", "term", "cook", "able under"),
    _DISCLAIMER_RE: ("extern", "under our", "not nece", "expre"),
    _SECTION_TEASER_RE: ("tay tuned", "the late", "g new"),
    _URL_RE: ("http", "www."),
}


def _search(pattern: re.Pattern, line: str, lower: str) -> bool:
    """``pattern.search(line)``, skipped when ``lower`` (the line lower-cased) holds none of its fragments."""
    return any(f in lower for f in _FRAGMENTS[pattern]) and pattern.search(line) is not None


def _credit(line: str) -> bool:
    """Whether a line is a photo credit or a reporting credit (:data:`_CREDIT_RE`).

    Two of its forms need a colon; the third is anchored at the start, so a line
    without a colon can only match there.
    """
    return (_CREDIT_RE.search(line) if ":" in line else _CREDIT_RE.match(line)) is not None


def words(line: str) -> list[str]:
    """Whitespace-separated words of a line."""
    return line.split()


def n_words_upto(line: str, limit: int) -> int:
    """How many whitespace-separated words ``line`` has, counted no further than ``limit + 1``.

    ``n_words_upto(line, k) <= k`` exactly when the line has at most ``k`` words;
    a paragraph's words are not all split off to learn that it has more.
    """
    return len(line.split(None, limit))


def script_of(text: str) -> str:
    """The dominant writing system of the letters in ``text`` (``LATIN``, ``CYRILLIC``, …).

    Returns ``""`` when the text has no letters.
    """
    if text.isascii():
        return "LATIN" if _ASCII_LETTER_RE.search(text) else ""
    sample = text[:_SCRIPT_SAMPLE]
    counts: Counter[str] = Counter()
    ascii_part = sample.encode("ascii", "ignore")
    ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    for ch, n in Counter(ch for ch in _ASCII_RE.sub("", sample) if ch.isalpha()).items():
        name = unicodedata.name(ch, "")
        counts[name.split(" ")[0] if name else "OTHER"] += n
    return counts.most_common(1)[0][0] if counts else ""


def is_ui_label(line: str) -> bool:
    """A line of at most two words with no sentence punctuation: a menu, widget or section label."""
    stripped = line.strip()
    return len(stripped) <= 30 and n_words_upto(stripped, 2) <= 2 and not stripped.endswith(SENTENCE_END)


def source_name(line: str) -> str | None:
    """The outlet named by a "Source: X" or "Originally published by X" line, if it is one."""
    stripped = line.strip()
    m = _SOURCE_RE.match(stripped)  # anchored: fails at once on most lines, so it goes before counting words
    return m.group("name").strip(" .") if m and n_words_upto(stripped, 10) <= 10 else None


def byline_outlet(line: str) -> str | None:
    """The outlet of a desk byline such as "X Web Team" or "X News Desk"."""
    stripped = line.strip()
    if n_words_upto(stripped, 6) > 6:
        return None
    m = _BYLINE_TEAM_RE.match(stripped)
    if m is None:
        return None
    name = m.group("name").strip()
    # a desk is named like a site ("BBC Sport Online", "Reuters Staff"); a headline is not ("Yahoo celebrates a decade")
    return name if all(w[:1].isupper() or w[:1].isdigit() or w in {"&", "and", "of"} for w in name.split()) else None


def is_end_marker(line: str) -> bool:
    """Whether a line opens a page footer (related stories, trends, comments)."""
    stripped = line.strip()
    return _END_MARKER_RE.match(stripped) is not None and n_words_upto(stripped, 6) <= 6


def is_duration(line: str) -> bool:
    """Whether a line is only a video duration such as ``2:07``."""
    return bool(_DURATION_RE.match(line.strip()))


def classify_line(line: str, page_script: str = "LATIN") -> str | None:
    """Name the kind of boilerplate a line is, or return ``None``.

    Parameters
    ----------
    line : str
        One line of a scraped page.
    page_script : str
        The page's dominant writing system; short lines in another script are
        taken for interface text.

    Returns
    -------
    str or None
        A short reason such as ``"copyright or photo credit"``, or ``None``.

    """
    stripped = line.strip()
    if not stripped:
        return None
    n_words = len(words(stripped))
    lower = stripped.lower()
    if n_words <= 10 and source_name(stripped):
        return "source line"
    if (n_words <= 6 and byline_outlet(stripped)) or _BYLINE_BY_RE.match(stripped):
        return "byline"
    if _COPYRIGHT_RE.match(stripped):
        return "copyright or photo credit"
    if n_words <= 40 and _credit(stripped):
        return "photo caption or credit"
    if n_words <= 6 and is_end_marker(stripped):
        return "footer marker"
    if n_words <= 12 and _PROMPT_RE.match(stripped):
        return "prompt or widget"
    if n_words <= 12 and _INTERFACE_RE.match(stripped):
        return "interface line"
    if n_words <= 20 and _METADATA_LABEL_RE.match(stripped):
        return "page metadata line"
    if n_words <= 24 and _CRUMB_SEPARATORS_RE.search(stripped) and _is_navigation(stripped):
        return "breadcrumb or menu"
    if _search(_PROMPT_ANYWHERE_RE, stripped, lower):
        return "prompt or legal line"
    if n_words <= 40 and _search(_DISCLAIMER_RE, stripped, lower):
        return "site disclaimer"
    if n_words <= 40 and _search(_SECTION_TEASER_RE, stripped, lower):
        return "section teaser"
    if _BULLET_RE.match(stripped) and not stripped.endswith((".", "!", "?")):
        return "related-story bullet"
    if n_words <= 20 and _search(_URL_RE, stripped, lower):
        return "promotional link"
    if n_words <= 12 and (stripped.endswith("...") or stripped.endswith("…")):
        return "teaser"
    if n_words <= 12 and page_script and script_of(stripped) not in ("", page_script):
        return "interface text in another script"
    if n_words <= 8 and len(_GLUED_RE.findall(stripped)) >= 2 and not stripped.endswith(SENTENCE_END):
        return "tag list"
    if n_words <= 2 and is_ui_label(stripped):
        return "navigation or interface label"
    return None
