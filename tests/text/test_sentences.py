import pandas as pd
from corpus_generator import generate_articles

import analysis
from analysis.text.sentences import sentence_spans


def split(text):
    return [text[s:e] for s, e, _ in sentence_spans(text)]


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Lavrov met the U.S. envoy on Nov. 12 in Geneva. Talks went on. Gen. Smith left at 5 p.m. on Friday."
    assert split(text) == [
        "Mr. Lavrov met the U.S. envoy on Nov. 12 in Geneva.",
        "Talks went on.",
        "Gen. Smith left at 5 p.m. on Friday.",
    ]


def test_a_quote_spanning_sentences_stays_whole():
    text = '"We will act. And we will react," he said. “It is over. Done.” She left.'
    assert split(text) == ['"We will act. And we will react," he said.', "“It is over. Done.”", "She left."]


def test_a_quotation_left_unclosed_ends_where_the_next_one_opens():
    # paragraphs of one speaker run together without their closing marks: each mark before a word opens anew,
    # so the closing mark of the second quotation does not swallow the sentences after it
    text = (
        '"We lost the plot. The second half was poor. "Still, we can win the return leg. We know that." '
        'Okafor added that the team would recover. "It is level," he said. "We go again. "Nothing is lost."'
    )
    assert split(text) == [
        '"We lost the plot. The second half was poor.',
        '"Still, we can win the return leg. We know that."',
        "Okafor added that the team would recover.",
        '"It is level," he said.',
        '"We go again.',
        '"Nothing is lost."',
    ]


def test_paragraphs_never_merge_and_offsets_index_the_text():
    articles = pd.DataFrame(
        {"text": ["A heading without a stop\n\nThe first sentence. The second one.\n\nLast paragraph here."]},
        index=pd.Index(["d"], name="doc_id"),
    )
    sentences = analysis.split_sentences(articles)
    assert sentences["text"].tolist() == [
        "A heading without a stop",
        "The first sentence.",
        "The second one.",
        "Last paragraph here.",
    ]
    assert sentences["para_idx"].tolist() == [0, 1, 1, 2]
    text = articles.loc["d", "text"]
    assert all(text[r.start : r.end] == r.text for r in sentences.itertuples())


def test_bundled_sentences_are_offsets_into_their_articles(bundled, bundled_sentences):
    assert set(bundled_sentences["doc_id"]) == set(bundled.index)
    for r in bundled_sentences.itertuples():
        assert bundled.loc[r.doc_id, "text"][r.start : r.end] == r.text
        assert any(ch.isalnum() for ch in r.text)
    quoted = bundled_sentences[bundled_sentences["text"].str.startswith('"We reaffirmed')]
    assert quoted["text"].iloc[0].endswith("Lavrov said.")


def test_remembered_decisions_give_plain_punkts_spans(bundled):
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from analysis.text.sentences import SENTENCE_ABBREVIATIONS, _punkt

    params = PunktParameters()
    params.abbrev_types = set(SENTENCE_ABBREVIATIONS)
    plain = PunktSentenceTokenizer(params)
    texts = bundled["text"].tolist() + generate_articles(60, seed=5)["text"].tolist()
    texts += ["Mr. Lavrov spoke. Mr. Lavrov spoke. Dr. No. 5 p.m. on Fri. next week!", "A. B. C. D. e. f."]
    spaces = [" ", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u2028", "\u3000"]
    texts += [f"It ended.{w}Then it began!{w}{w}(Really?){w}Yes.\"{w}No.'{w}--{w}Fine." for w in spaces]
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()] * 2  # the second time from memory
    remembering = _punkt()
    expected = [list(plain.span_tokenize(p)) for p in paragraphs]
    assert [list(remembering.span_tokenize(p)) for p in paragraphs] == expected
    assert [remembering.spans(p) for p in paragraphs] == expected
    assert remembering._decisions  # decisions were remembered
    assert type(remembering._lang_vars.period_context_re()).__module__ == "re"  # on the standard library's re


def test_one_loop_spans_equal_punkts_on_random_punctuation_and_white_space():
    import random

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from analysis.text.sentences import SENTENCE_ABBREVIATIONS, _punkt

    params = PunktParameters()
    params.abbrev_types = set(SENTENCE_ABBREVIATIONS)
    plain = PunktSentenceTokenizer(params)
    pieces = ["a", "Mr", "U.S", "5", "No", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\xa0"]
    pieces += [".", ".", "!", "?", "...", '"', "'", ")", "(", "]", "}", "“", "”", "«", "»", "--", "-", ",", ";", ":"]
    rng = random.Random(3)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(20_000)]
    texts += [" A. b.", "\tA. B. C.", "x. ) y.", 'He left." Then', "end.)\n(Next."]
    tokenizer = _punkt()
    assert [tokenizer.spans(t) for t in texts] == [list(plain.span_tokenize(t)) for t in texts]
