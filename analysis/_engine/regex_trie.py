"""Regular expressions for "any of these phrases", written as a trie so a search tries each first letter once."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(phrases: Iterable[str], joiner: str = "") -> str:
    """A pattern matching exactly the ``phrases``, written as a trie: ``add(?:ed|ing|s)`` for added, adding, adds.

    Python's ``re`` tries a plain alternation one phrase at a time at every
    position of a text; the trie tries each first letter once, which makes a
    search for any of many phrases several times faster. Which phrase matches at
    a position may differ from a plain alternation's order, so the pattern
    serves searches that ask whether (not which) a phrase occurs.

    Parameters
    ----------
    phrases : iterable of str
        Literal phrases.
    joiner : str
        A pattern allowed between consecutive characters of a phrase (``" ?"``
        for emoticons that may be spaced out); empty by default.

    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict, first: bool) -> str:
        lead = "" if first else joiner
        branches = [lead + re.escape(ch) + render(node[ch], False) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return render(trie, True)
