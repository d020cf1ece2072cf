"""The head-noun scan of phrases (unnamed sources, titles, organisations) equals a plain word-by-word scan."""

import random
import re

import pytest
from corpus_generator import generate_articles

from analysis.statements import names

_WORD = re.compile(r"[A-Z]{2,4}s?\b|[A-Za-z][a-z\-]*")  # an acronym whole ("PM", "MPs"), else a word
_WRITTEN = {w.split()[0] for w in (*names.ROLE_NOUNS, *names.SOURCE_NOUNS) if w != w.lower()}  # "PM", "MPs"


def plain_heads(text, lo, hi):
    """Every word between lo and hi, lower-cased and looked up; the longest head starting there wins.

    A word counts in lower case, capitalised, or as the word lists write it ("PM", "MPs").
    """
    out = []
    for m in _WORD.finditer(text, lo, hi):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue
        word = m.group()
        if word not in (word.lower(), word.capitalize()) and word not in _WRITTEN:
            continue
        low = text[start : start + 24].lower()
        for head in names._HEADS_BY_FIRST.get(m.group().lower(), []):
            if low.startswith(head) and names._HEAD_END_RE.match(text, start + len(head)):
                out.append((start, start + len(head), head))
                break
    return out


def test_head_scan_equals_a_word_by_word_scan():
    rng = random.Random(5)
    heads = list(names._HEADS)
    pieces = [*heads, *(h.capitalize() for h in heads), *(h.upper() for h in heads[:20])]
    glue = [" ", ", ", "-", "'", "’s ", "s ", "x", "2", " the ", ". ", "\n\n", "é", "—"]
    texts = list(generate_articles(60, seed=2)["text"])
    for _ in range(400):
        texts.append("".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 30))))
    checked = 0
    for text in texts:
        for lo in range(0, max(1, len(text)), 37):
            hi = min(len(text), lo + rng.randint(1, 200))
            assert names._heads(text, lo, hi) == plain_heads(text, lo, hi), (text[lo:hi], lo, hi)
            checked += 1
    assert checked > 5000


@pytest.mark.parametrize("seed", range(3))
def test_patterns_written_for_a_fast_search_match_what_their_plain_forms_match(seed):
    import re

    from analysis.statements import extract, names, quotes

    plain = {
        "mark": (quotes._MARK_RE, re.compile("''|``|[" + re.escape('"«»“”„') + "]")),
        "wordlike": (names._WORDLIKE_RE, re.compile(r"[A-Z]{2,4}s?\b|[A-Za-z][a-z\-]*")),
        "span stop": (extract._SPAN_STOP_RE, re.compile(r"(?<!\b[A-Z])\. ")),
    }
    rng = random.Random(seed)
    alphabet = "aAbBsSMPPeé. ,'`\"“”«»„-\n" + "xyzXYZ"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for fast, slow in plain.values():
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text
