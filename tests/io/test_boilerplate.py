"""Line rules: the quick checks that skip a costly pattern never change what a line is called."""

import random
import re

import numpy as np
import pytest
from corpus_generator import _page, generate_articles

from analysis.io import boilerplate as bp
from tests.conftest import RAW

TRICKY = [
    "PRIVACY POLICY",
    "Read our Cookie Policy and Terms of Service",
    "Copyright 2021 Example Media. ALL RIGHTS RESERVED.",
    "Log in or register to post comments",
    "Your email address will not be published. Required fields are marked *",
    "prıvacy polıcy",  # dotless i: a case-insensitive "i" matches it
    "ſtay tuned for more",  # long s: a case-insensitive "s" matches it
    "The views expressed here are the author's own",
    "This page links to External Sources not under our control",
    "Stay Tuned!",
    "The latest news and analysis",
    "BREAKING NEWS ON the war",
    "Visit WWW.EXAMPLE.COM now",
    "HTTPS://example.com/story",
    "Photo: Reuters",
    "(Image: AP) The minister spoke",
    "With inputs from agencies",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Edited by the desk",
    "İstanbul police said the talks would go on",
    "Kelvin \u212aelvin sign",
]


def _lines() -> list[str]:
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(RAW.glob("*.txt"))]
    rng = np.random.default_rng(7)
    pages += [_page(row, rng) for row in generate_articles(60, seed=11).itertuples()]
    return [line for page in pages for line in page.split("\n")] + TRICKY


def test_quick_checks_never_change_a_lines_reason(monkeypatch):
    lines = _lines()
    quick = [bp.classify_line(line) for line in lines]
    monkeypatch.setattr(bp, "_FRAGMENTS", {pattern: ("",) for pattern in bp._FRAGMENTS})  # always search
    monkeypatch.setattr(bp, "_credit", lambda line: bp._CREDIT_RE.search(line) is not None)
    assert quick == [bp.classify_line(line) for line in lines]
    assert len(set(quick)) > 8  # many kinds of line were met


@pytest.mark.parametrize("line", TRICKY[:14])
def test_each_tricky_line_is_found_by_its_pattern(line):
    assert bp.classify_line(line) is not None


def test_fragments_hold_only_letters_whose_case_insensitive_matches_lower_case_to_them():
    letters = sorted({ch for fragments in bp._FRAGMENTS.values() for f in fragments for ch in f if ch.isalpha()})
    every_char = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    for letter in letters:
        assert {c.lower() for c in re.findall(letter, every_char, re.I)} == {letter}, letter


ALTERNATIVES = {  # one text per alternative of each gated pattern
    bp._PROMPT_ANYWHERE_RE: [
        "log in or register",
        "your email address will not be published",
        "required fields are marked",
        "all rights reserved",
        "privacy policy",
        "terms of use",
        "terms of service",
        "cookie policy",
        "all content is available under the Open Government Licence v3.0",
    ],
    bp._DISCLAIMER_RE: [
        "external sources",
        "not under our control",
        "does not necessarily imply",
        "does not necessarily reflect",
        "does not necessarily represent",
        "views expressed within",
        "views expressed in",
        "views expressed here",
    ],
    bp._SECTION_TEASER_RE: [
        "stay tuned",
        "the latest news and",
        "the latest news from",
        "the latest news on",
        "breaking news on",
    ],
    bp._URL_RE: ["http://x", "https://x", "www.x"],
}


def test_every_alternative_of_a_gated_pattern_holds_a_fragment():
    assert set(ALTERNATIVES) == set(bp._FRAGMENTS)
    for pattern, examples in ALTERNATIVES.items():
        assert len(examples) >= pattern.pattern.count("|") + 1  # every "|" opens one more
        for text in examples:
            for variant in (text, text.upper(), text.title()):
                assert pattern.search(variant) and any(f in variant.lower() for f in bp._FRAGMENTS[pattern]), variant


def test_words_counted_up_to_a_limit_decide_as_all_the_words():
    """``n_words_upto(line, k) <= k`` exactly when the line has at most k words, on any white space."""
    rng = random.Random(4)
    pieces = ["a", "bc", " ", "  ", "\t", "\n", "\xa0", "\u2003", "x.", "—"]
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for k in range(8):
            assert (bp.n_words_upto(line, k) <= k) == (len(line.split()) <= k), (repr(line), k)
