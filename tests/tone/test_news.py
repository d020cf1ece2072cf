"""The news lexicon: negation scope, vocabulary coverage, the gate, and explanations that match the scores."""

import random
import re

import pandas as pd
import pytest

import analysis
from analysis.paths import DEFAULT_CORPUS
from analysis.tone import news
from analysis.tone.news import (
    NEGATED,
    NEGATION_SCOPE,
    NEGATORS,
    gate,
    lower_case_words,
    news_correction,
    news_coverage,
    news_lexicon,
    news_vocabulary,
    news_words,
)


def test_words_after_a_negator_are_read_negated_for_the_scope():
    words = news_words("The minister did not sign the treaty on Monday.")
    assert words == ["the", "minister", "did", "not", "not_sign", "not_the", "not_treaty", "on", "monday"]
    assert NEGATION_SCOPE == 3


@pytest.mark.parametrize("text", ["They didn't deny it", "They didn’t deny it", "They did not deny it"])
def test_contractions_negate_like_not(text):
    assert news_words(text)[-3:] == ["not", "not_deny", "not_it"]


def test_a_second_negator_restarts_the_scope_and_plain_text_is_untouched():
    assert news_words("no deal, never again and then more") == [
        "no",
        "not_deal",
        "never",
        "not_again",
        "not_and",
        "not_then",
        "more",
    ]
    assert news_words("Officials confirmed the talks.") == ["officials", "confirmed", "the", "talks"]


def test_coverage_counts_lower_case_words_of_news_vocabulary():
    vocabulary = frozenset({"the", "talks", "resumed", "on"})
    assert news_coverage("The talks resumed on Monday.", vocabulary) == 1.0  # capitalised words are not counted
    assert news_coverage("the talks resumed lol omg", vocabulary) == pytest.approx(3 / 5)
    assert news_coverage("Biden. Putin!", vocabulary) == 1.0  # nothing in lower case: nothing to judge by


def test_shipped_vocabulary_covers_news_more_than_chat():
    vocabulary = news_vocabulary()
    assert len(vocabulary) > 5000 and all(w == w.lower() for w in vocabulary)
    news = "The senator said on Tuesday that the committee would hold a hearing on the budget next week."
    chat = "omg cant wait 4 the weekend lol, sooo tired of this week tbh"
    assert news_coverage(news) > 0.9 > news_coverage(chat)


def test_gate_fades_with_vader_certainty_and_with_unfamiliar_words():
    powers = {"gate_power": 2, "coverage_power": 4}
    assert gate(0.0, 1.0, powers) == 1.0
    assert gate(0.5, 1.0, powers) == pytest.approx(0.25)
    assert gate(-0.5, 0.5, powers) == pytest.approx(0.25 * 0.5**4)
    assert gate(0.9) < gate(0.3) < gate(0.0) and gate(0.0, 0.5) < gate(0.0, 1.0)


def test_correction_is_the_gated_sum_of_the_lexicon_weights():
    weights = news_lexicon()
    sentence = "Prosecutors said the allegations were not credible and opened an investigation."
    total = sum(weights.get(w, 0.0) for w in news_words(sentence))
    assert total != 0
    assert news_correction(sentence, 0.3) == pytest.approx(total * gate(0.3, news_coverage(sentence)))
    assert news_correction("Xyzzy qwerty.", 0.0) == 0.0


def test_lexicon_holds_negated_entries_and_no_capitalised_names():
    weights = news_lexicon()
    negated = [w for w in weights if w.startswith(NEGATED)]
    assert len(negated) > 50
    assert all(w == w.lower() for w in weights)


def test_explanation_of_a_negated_word_names_the_negation_and_sums_to_the_score():
    weights = news_lexicon()
    word = max((w for w in weights if w.startswith(NEGATED)), key=lambda w: abs(weights[w]))
    text = f"The committee did not {word.removeprefix(NEGATED)} the report on Tuesday."
    explained = analysis.explain_tone(text, "news")
    news = explained[explained["lexicon"] == "news"].set_index("phrase")
    phrase = f"not {word.removeprefix(NEGATED)}"
    assert "negation" in news.loc[phrase, "rule"]
    assert news.loc[phrase, "value"] == weights[word]
    scored = analysis.score_tone(pd.DataFrame({"text": [text]}), progress=False)
    assert explained["contribution"].sum() == pytest.approx(scored.loc[0, "tone"], abs=1e-12)


def _pattern_words(text: str) -> tuple[list[str], list[str]]:
    """The words by the plain definitions: runs from a lower-case letter in the lower-cased text (with
    "n't" read as " not"), and the words written in lower case, not inside a capitalised word."""
    lowered = re.sub(r"n['’]t\b", " not", text.lower())
    return re.findall(r"[a-z][a-z'’\-]*", lowered), re.findall(r"(?<![A-Za-z'’\-])[a-z][a-z'’\-]*", text)


@pytest.mark.parametrize("seed", range(5))
def test_words_are_the_plain_definitions_on_any_characters(seed):
    """The fast reading (runs of word characters) finds the words the patterns find, whatever the text holds."""
    rng = random.Random(seed)
    alphabet = "abcdeXYZ 'AB’-\t\n.,;:!?0912()\"“”—éÉİKß\x01\x1cn't " + "n’t "
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        plain, lower = _pattern_words(text)
        if NEGATORS.isdisjoint(plain):
            assert news_words(text) == plain, repr(text)
        assert lower_case_words(text) == lower, repr(text)


def _correction_of_words(sentence: str, compound: float) -> float:
    """The correction by its definition: the weights of the sentence's words summed, times the gate."""
    total = sum(filter(None, map(news_lexicon().get, news_words(sentence))))
    return total * gate(compound, news_coverage(sentence)) if total else 0.0


@pytest.mark.parametrize("memo_size", [500_000, 7])
def test_correction_read_token_by_token_is_the_sentence_reading(monkeypatch, memo_size):
    """Each white-space token's weights and counts are read once; summed, they give the whole sentence's reading,
    to the last bit, on any characters (negators across tokens, "n't", capitals, marks opening a word), and with
    a memo that is emptied again and again."""
    monkeypatch.setattr(news, "_TOKEN_MEMO_SIZE", memo_size)
    for memo in ("_WEIGHTS", "_NEGATES", "_N_LOWER", "_N_KNOWN"):
        monkeypatch.setattr(news, memo, {})  # empty memos, filled here
    rng = random.Random(3)
    alphabet = [
        *"abcdeXYZ 'AB’-\t\n.,;:!?0912()\"“”—éÉİ\xa0\u2003Σ\x01\x1c",
        *("not ", "n't ", "No ", "never ", "without ", "accused ", "crisis ", "deny ", "praised ", "security "),
    ]
    sentences = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    sentences += [t for t in analysis.load_articles(DEFAULT_CORPUS)["text"] for t in t.split(". ")]
    for sentence in sentences:
        compound = rng.uniform(-1, 1)
        assert news_correction(sentence, compound) == _correction_of_words(sentence, compound), repr(sentence)
