"""Find quotations in text: straight and curly double quotes, guillemets, unbalanced quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {'"': '"', "“": "”", "«": "»", "„": "“"}
CLOSERS = {'"', "”", "»", "“"}
_SINGLE_RE = re.compile(r"(?<![\w'’])['‘]([^'‘’\n]{2,80}?)['’](?![\w'’])")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
#: A quotation mark; two apostrophes or two backticks are a straight double mark, as some archives write it.
#: Written as literal alternatives, so the search skips ahead to their first characters (a class among them
#: would make it try every position).
_MARK_RE = re.compile("|".join([*(re.escape(c) for c in sorted(set(OPENERS) | CLOSERS)), "''", "``"]))


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_start``/``inner_end`` do not.

    ``balanced`` is False when a mark was missing (a quote left open at the end of
    its paragraph, or a closing mark with no opening one).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    balanced: bool = True

    def text(self, source: str) -> str:
        """The quoted words, without marks or trailing commas."""
        return source[self.inner_start : self.inner_end].strip().rstrip(",").strip()


def find_quotes(text: str, single: bool = False) -> list[Quote]:
    """Every double-quoted passage of ``text``, paragraph by paragraph.

    Any opening mark may be closed by any closing mark (scraped text mixes ``“``
    and ``"``). A quote still open at the end of its paragraph runs to the end of
    the paragraph; a closing curly mark with no opening one starts the quote at
    the beginning of the paragraph's last sentence boundary before it.

    Parameters
    ----------
    text : str
        The text.
    single : bool
        Also take single-quoted passages (``'Unfriendly'``), as in headlines.

    """
    quotes: list[Quote] = []
    for para in _PARAGRAPH_RE.finditer(text):
        open_at: int | None = None
        width = 1  # the length of the opening mark
        for mark in _MARK_RE.finditer(text, para.start(), para.end()):
            i, ch = mark.start(), mark.group()
            if len(ch) == 2:
                ch = '"'  # '' and `` stand for a straight double mark
            if open_at is None:
                if ch in OPENERS and not (ch == '"' and _looks_closing(text, i, para.start(), len(mark.group()))):
                    open_at, width = i, len(mark.group())
                elif ch == "”":
                    start = _sentence_start_before(text, i, para.start())
                    quotes.append(Quote(start, i + 1, start, i, balanced=False))
            elif _reopens(text, i, open_at, width):
                quotes.append(Quote(open_at, i, open_at + width, i, balanced=False))
                open_at, width = i, len(mark.group())  # one speaker's paragraphs run together: "A. "B. "C."
            elif ch in CLOSERS:
                quotes.append(Quote(open_at, mark.end(), open_at + width, i))
                open_at = None
        if open_at is not None:
            quotes.append(Quote(open_at, para.end(), open_at + width, para.end(), balanced=False))
    if single:
        taken = [(q.start, q.end) for q in quotes]
        for m in _SINGLE_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                quotes.append(Quote(m.start(), m.end(), m.start(1), m.end(1)))
    return sorted(quotes, key=lambda q: q.start)


def _reopens(text: str, i: int, open_at: int, width: int = 1) -> bool:
    """Whether a mark inside an open quotation opens the next one instead of closing it.

    It does when it stands between white space and a letter and the open
    quotation's words before it end a sentence: quoted paragraphs that lost
    their line breaks (``"First. "Second. "Third."``) each open without closing.
    """
    mark = 2 if text.startswith(("''", "``"), i) else 1
    if text[i] not in ('"', "“", "'", "`") or i + mark >= len(text) or not text[i + mark].isalnum():
        return False
    before = text[open_at + width : i].rstrip().rstrip("'’")  # "… say 'wow - that's interesting.' "My …"
    return i > open_at + width and text[i - 1].isspace() and before.endswith((".", "!", "?")) and len(before) > 1


def _looks_closing(text: str, i: int, para_start: int, width: int = 1) -> bool:
    """A straight quote glued to a word on its left and not on its right closes rather than opens."""
    left = text[i - 1] if i > para_start else " "
    right = text[i + width] if i + width < len(text) else " "
    return left.isalnum() and not right.isalnum() and right not in "'’"


def _sentence_start_before(text: str, i: int, para_start: int) -> int:
    cut = max(text.rfind(". ", para_start, i), text.rfind("? ", para_start, i), text.rfind("! ", para_start, i))
    return cut + 2 if cut >= 0 else para_start
