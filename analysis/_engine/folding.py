"""Folding non-ASCII characters, fast: only the texts and characters that need it are touched."""

from __future__ import annotations

import re
from collections.abc import Callable

_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def fold_non_ascii(text: str, stand_in: Callable[[str], str]) -> str:
    """The text with each non-ASCII character replaced by ``stand_in(character)``.

    Lets a count or split that depends only on a few classes of characters (white
    space, word characters) run on ASCII bytes in C: a character becomes a space, a
    letter or nothing as the caller needs. Each distinct character is replaced
    once (a pattern finds them, cheaper than ``set(text)`` when they are few), and
    one left as it is costs nothing.
    """
    if text.isascii():
        return text
    for ch in set(_NON_ASCII_RE.findall(text)):
        new = stand_in(ch)
        if new != ch:
            text = text.replace(ch, new)
    return text
