"""Find quotations in text: straight and curly double quotes, guillemets, unbalanced quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {'"': '"', "“": "”", "«": "»", "„": "“"}
CLOSERS = {'"', "”", "»", "“"}
_SINGLE_RE = re.compile(r"(?<![\w'’])['‘]([^'‘’\n]{2,80}?)['’](?![\w'’])")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_MARK_RE = re.compile("[" + re.escape("".join(sorted(set(OPENERS) | CLOSERS))) + "]")


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
        for mark in _MARK_RE.finditer(text, para.start(), para.end()):
            i, ch = mark.start(), mark.group()
            if open_at is None:
                if ch in OPENERS and not (ch == '"' and _looks_closing(text, i, para.start())):
                    open_at = i
                elif ch == "”":
                    start = _sentence_start_before(text, i, para.start())
                    quotes.append(Quote(start, i + 1, start, i, balanced=False))
            elif ch in CLOSERS:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i))
                open_at = None
        if open_at is not None:
            quotes.append(Quote(open_at, para.end(), open_at + 1, para.end(), balanced=False))
    if single:
        taken = [(q.start, q.end) for q in quotes]
        for m in _SINGLE_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                quotes.append(Quote(m.start(), m.end(), m.start(1), m.end(1)))
    return sorted(quotes, key=lambda q: q.start)


def _looks_closing(text: str, i: int, para_start: int) -> bool:
    """A straight quote glued to a word on its left and not on its right closes rather than opens."""
    left = text[i - 1] if i > para_start else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    return left.isalnum() and not right.isalnum() and right not in "'’"


def _sentence_start_before(text: str, i: int, para_start: int) -> int:
    cut = max(text.rfind(". ", para_start, i), text.rfind("? ", para_start, i), text.rfind("! ", para_start, i))
    return cut + 2 if cut >= 0 else para_start
