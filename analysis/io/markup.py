"""Turn HTML held in table cells (news-archive exports) into clean text.

Archive exports often keep a story's HTML: paragraphs, links, line breaks,
lists, entities such as ``&nbsp;``. A cell that holds a tag of HTML is parsed
with lxml's HTML parser (a well-kept C library that copes with broken markup);
block elements become paragraphs, ``<br>`` a line break, links their words,
and scripts, styles and embedded media are dropped. A cell with entities but
no tags only has its entities decoded. Cells without either are left alone, so
plain-text tables pay one regular-expression search per cell.
"""

from __future__ import annotations

import html
import re

_TAG_NAMES = (
    "a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|details|"
    "div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|"
    "label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|script|section|select|small|"
    "source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|tfoot|th|thead|time|title|tr|tt|"
    "u|ul|video|wbr"
)
#: A tag of a known HTML element (opening, closing or self-closing) or an HTML comment.
#: Attributes must hold a ``name=value`` pair, so "a<b then c>d" in prose is no tag.
_TAG_RE = re.compile(
    rf"<(?:/?(?:{_TAG_NAMES})(?:\s+[^<>=]*[\w:-]\s*=\s*[^<>]*)?\s*/?|!--)>",
    re.I,
)
#: A named or numeric character reference.
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Elements that end a paragraph.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
#: Elements whose content is not text a reader sees.
DROPPED_TAGS = frozenset(
    "script style noscript template iframe object embed svg video audio picture source head button select "
    "option input".split()
)
_SPACES_RE = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f]+")


def has_markup(text: str) -> bool:
    """Whether a text holds an HTML tag (of a known element) or an HTML entity."""
    return bool(_TAG_RE.search(text) or _ENTITY_RE.search(text))


def html_to_text(text: str) -> str:
    """The readable text of an HTML fragment: one line per paragraph, blank lines between.

    Tags of known elements are parsed (lxml); a text with entities but no tags
    only has them decoded. Non-breaking spaces become spaces.

    Parameters
    ----------
    text : str
        A cell of a table: plain text, text with entities, or HTML.

    Returns
    -------
    str
        Paragraphs separated by blank lines; a ``<br>`` is a line break.

    """
    if not _TAG_RE.search(text):
        return _SPACES_RE.sub(" ", html.unescape(text)) if _ENTITY_RE.search(text) else text
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except Exception:  # lxml raises several error types for hopeless input; keep the entity-decoded text then
        return _SPACES_RE.sub(" ", html.unescape(_TAG_RE.sub(" ", text)))
    parts: list[str] = []
    _walk(root, parts)
    lines = [_SPACES_RE.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def html_to_line(text: str) -> str:
    """The readable text of an HTML fragment on one line (for headlines)."""
    return " ".join(html_to_text(text).split())


def _walk(element, parts: list[str]) -> None:
    """Append the text of ``element`` and its children to ``parts``, with line breaks at blocks."""
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in DROPPED_TAGS or not isinstance(element.tag, str):  # comments and processing instructions
        return
    if tag == "br":
        parts.append("\n")
        return
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n\n")


def strip_markup_lines(text: str) -> tuple[str, int]:
    """A text page with HTML in some lines, cleaned line by line: tags to text, scripts dropped, entities decoded.

    Lines stay lines, so a page's layout (headline, date line, paragraphs) is
    read as before. Returns the text and how many lines held markup.
    """
    lines = text.split("\n")
    changed = 0
    for k, line in enumerate(lines):
        if has_markup(line):
            lines[k] = html_to_line(line)
            changed += 1
    return "\n".join(lines), changed
