"""The fast TextBlob scorer gives exactly TextBlob's polarity and subjectivity, rule by rule and on real text."""

import pytest
from corpus_generator import generate_articles
from textblob import _text as pattern

import analysis
from analysis.tone.lexicons import Adjustment, textblob_lexicon
from analysis.tone.textblob_sentiment import TextBlobScorer, words
from analysis.tone.validation import VALIDATION_SETS

# Each line exercises one of pattern's tokenizer or scoring rules.
RULE_CASES = [
    "",
    "   ",
    "good",
    "The plan is good.",
    "The plan is not good.",
    "The plan is not very good.",
    "not a good plan",
    "not the most awful plan",
    "very good, really bad",
    "really is a good plan",
    "really not good",
    "She didn't like it, and he doesn't think it's bad.",
    "I'd say we'll see; they've been great, we're sad, I'm happy.",
    "Great!",
    "Great!!! Terrible!?",
    "What a wonderful idea (!)",
    "What a wonderful idea ( ! )",
    "Nice :) bad :-( grin XD and xD, wink ;-) cry :'(",
    "page 8) was good",
    "o.O weird >:/ hmm <3 ♥",
    "Mr. Smith met Dr. Jones in the U.S. and it was good.",
    "T. De Smedt wrote e.g. this, etc. Good.",
    "It was good... and then bad....",
    "Wait..",
    "First paragraph is good\n\nSecond is bad",
    "line one\r\n\r\nline two is nice",
    "Literal END-OF-SENTENCE token good",
    "“Excellent,” he said. ‘Awful’ she said. 'Fine' \"great\"",
    "((good)) [bad] {nice} `odd` @home #tag $5 ^up &more *star +plus -minus |bar =eq ~tilde _under",
    "...good",
    "!!!",
    "(!)",
    ":",
    "NOT GOOD AT ALL, NEVER EVER HAPPY",
    "The minister said the talks were constructive, but warned of a dangerous escalation.",
]


@pytest.fixture(scope="module")
def lexicon():
    return textblob_lexicon(())


def _reference(lexicon, text):
    return tuple(lexicon(text))


@pytest.mark.parametrize("text", RULE_CASES)
def test_each_rule_matches_textblob(lexicon, text):
    assert words(text) == [w.lower() for w in " ".join(pattern.find_tokens(text)).split()]
    assert TextBlobScorer(lexicon)(text) == _reference(lexicon, text)


def test_every_validation_snippet_generated_article_and_bundled_sentence_matches(lexicon, bundled_sentences):
    scorer = TextBlobScorer(lexicon)
    texts = [t for name in VALIDATION_SETS for t in analysis.load_validation_set(name)["text"]]
    texts += bundled_sentences["text"].tolist()
    texts += generate_articles(150, seed=11)["text"].tolist()
    assert len(texts) > 9000
    differ = [t for t in texts if scorer(t) != _reference(lexicon, t)]
    assert differ == []


def test_matches_textblob_itself_not_only_the_plain_lexicon():
    from textblob import TextBlob

    text = "The ceasefire is a welcome, if fragile, step; critics called it naive."
    assert TextBlobScorer(textblob_lexicon(()))(text) == tuple(TextBlob(text).sentiment)


def test_adjusted_lexicon_is_used():
    adjustments = (Adjustment("talks", 0.8, 0.9, 1.0, None),)
    lexicon = textblob_lexicon(adjustments)
    text = "The talks went on."
    score = TextBlobScorer(lexicon)(text)
    assert score == _reference(lexicon, text)
    assert score[0] > 0


def test_emoticon_test_finds_the_texts_patterns_emoticon_pattern_finds():
    from textblob import _text as pattern

    from analysis.tone.textblob_sentiment import _EMOTICON_RE

    faces = [face for faces in pattern.EMOTICONS.values() for face in faces]
    texts = ["", "no faces here", "x D", "XD", "8)", "8 ) is", "(8)x"]
    for face in faces:
        for before, after in (("", ""), ("a ", " b"), ("x", "y"), ("", "."), (" ", "\n")):
            texts += [before + face + after, before + " ".join(face) + after, before + face[:-1] + after]
    found = [bool(_EMOTICON_RE.search(t)) for t in texts]
    assert any(found) and not all(found)
    assert found == [bool(pattern.RE_EMOTICONS.search(t)) for t in texts]
