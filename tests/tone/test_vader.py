"""The fast VADER scorer gives exactly vaderSentiment's compound, rule by rule and on real text."""

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis
from analysis.tone.lexicons import Adjustment, vader_analyzer
from analysis.tone.vader import VaderScorer
from analysis.tone.validation import VALIDATION_SETS

# Each line exercises one of VADER's rules (negation, boosters, caps, "but", idioms, "least", punctuation, emoji).
RULE_CASES = [
    "",
    "   ",
    "The plan is good.",
    "The plan is not good.",
    "The plan isn't really good at all.",
    "no good",
    "no, or nor good",
    "No problem, no worries",
    "never so happy",
    "never this bad",
    "without doubt great",
    "it was without any doubt great",
    "kind of good",
    "Kind of bad, sort of okay",
    "the shit is the bomb",
    "bad ass result",
    "yeah right, great",
    "VERY GOOD indeed ok",
    "EXTREMELY bad news for them",
    "GREAT but terrible",
    "good, but BAD, but worse",
    "at least good",
    "least good",
    "very least nice",
    "not good!!!!!",
    "what??? bad??",
    "bad?? good?",
    "I ❤️ this 😀 bad",
    "😀",
    ":) :( :D good",
    "cut the mustard",
    "hand to mouth kind of great",
    "The minister said the talks were constructive, but warned of a dangerous escalation.",
]


@pytest.fixture(scope="module")
def analyzer():
    return SentimentIntensityAnalyzer()


@pytest.mark.parametrize("text", RULE_CASES)
def test_each_rule_matches_vader(analyzer, text):
    assert VaderScorer(analyzer).compound(text) == analyzer.polarity_scores(text)["compound"]


def test_every_validation_snippet_and_bundled_sentence_matches(analyzer, bundled_sentences):
    scorer = VaderScorer(analyzer)
    texts = [t for name in VALIDATION_SETS for t in analysis.load_validation_set(name)["text"]]
    texts += bundled_sentences["text"].tolist()
    assert len(texts) > 9000
    differ = [t for t in texts if scorer.compound(t) != analyzer.polarity_scores(t)["compound"]]
    assert differ == []


def test_adjusted_lexicon_is_used():
    adjustments = (Adjustment("talks", None, None, 1.0, 2.5),)
    reference = vader_analyzer(adjustments)
    text = "The talks went on."
    assert VaderScorer(reference).compound(text) == reference.polarity_scores(text)["compound"] > 0


def test_rule_words_at_every_distance_from_a_lexicon_word_match_vader(analyzer):
    # The scorer gives a lexicon word its plain valence when no rule word is near it; place each rule
    # word (and each idiom phrase, "n't" and capitals) at each distance before and after one.
    from analysis.tone.vader import _PHRASES, _RULE_WORDS

    rule_words = [*sorted(_RULE_WORDS)[::3], "no", "never", "so", "this", "without", "least", "very", "extremely"]
    inserts = [
        *rule_words,
        *_PHRASES,
        "don't",
        "DON'T",
        "couldn't've",
        "at least",
        "without doubt",
        "kind of",
        "GOOD",
        "AMAZING",
    ]
    scorer = VaderScorer(analyzer)
    texts = []
    for insert in inserts:
        for before in range(0, 5):
            filler = ["the", "report", "on", "tuesday", "said"]
            words = [*filler[: 4 - before], insert, *filler[4 - before :], "good", "results", "for", "all"]
            texts.append(" ".join(words))
            words = ["people", "saw", "bad", *filler[:before], insert, *filler[before:]]
            texts.append(" ".join(words))
    assert len(texts) > 300
    for text in texts:
        assert scorer.compound(text) == analyzer.polarity_scores(text)["compound"], text
