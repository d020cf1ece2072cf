"""Data files shipped with the package: word lists, the stop-word list, the news tone lexicon.

A word list is a text file here with one entry per line; lines starting with
``#`` and blank lines are skipped. Editing a list changes what the package
finds without touching code (and invalidates the pipeline cache, whose key
includes these files).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``analysis/resources/<name>.txt``, in file order.

    Raises
    ------
    FileNotFoundError
        If the package has no such list.

    """
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def word_table(name: str) -> dict[str, str | None]:
    """A list whose lines are ``word value`` pairs, as a dict (a value ``-`` is ``None``)."""
    pairs = (line.split(None, 1) for line in word_list(name))
    return {word: (value.strip() if value.strip() != "-" else None) for word, value in pairs}
