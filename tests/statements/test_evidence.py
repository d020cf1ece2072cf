"""Never a person by the corpus's evidence: topic labels in headlines, one-word companies, ordinary words."""

import random

import pandas as pd
import pytest

import analysis
from analysis.statements.evidence import _PAIR_RE, _pairs_ending_in, speakers_by_evidence
from analysis.statements.registry import SpeakerRegistry


def corpus(items: list[tuple[str, str]]) -> pd.DataFrame:
    """Made-up feed items or stories, one day apart, from one outlet."""
    articles = pd.DataFrame(
        {
            "title": [t for t, _ in items],
            "text": [x for _, x in items],
            "published": pd.date_range("2022-05-01", periods=len(items), freq="D", tz="UTC"),
            "outlet": "Feed",
            "original_source": pd.NA,
        },
        index=pd.Index([f"d{i}" for i in range(len(items))], name="doc_id"),
    )
    return articles


def test_a_headline_topic_is_not_a_speaker_but_a_quoted_label_and_a_dialogue_are():
    topics = [
        ("Harvest Fair: Eight villages to host the parade", "The parade will pass the mill and the old bridge."),
        ("Harvest Fair: Lemon cake named the official pudding", "Bakers entered more than four hundred cakes."),
        ("Harvest Fair: Road closures announced for the weekend", "Drivers are asked to avoid the high street."),
    ]
    quoted = [("Marta Oduya: 'I will not stand down'", "The councillor faced questions on the budget.")]
    dialogue = [
        (
            "Meeting with the governors",
            "Peter Vesnin: Good afternoon, colleagues. We have much to discuss today about the harvest. "
            "* * * Maria Sorokina: Thank you. The region has finished sowing ahead of time this year.",
        )
    ]
    s = analysis.extract_statements(corpus(topics + quoted + dialogue), progress=False)
    assert "Harvest Fair" not in set(s["speaker"])
    assert "Marta Oduya" in set(s.loc[s["location"] == "title", "speaker"])
    turns = s[s["kind"] == "transcript"]
    assert {"Peter Vesnin", "Maria Sorokina"} <= set(turns["speaker"])
    assert list(s["statement_id"]) == [
        f"{d}:{k}" for d, k in zip(s["doc_id"], s.groupby("doc_id").cumcount(), strict=True)
    ]


def test_a_one_word_name_without_a_first_name_anywhere_is_an_organisation():
    items = [
        ("Zentrix unveils a phone", "Zentrix has announced a new phone with a folding screen for the autumn."),
        ("Phones", "Zentrix said the phone would cost less than last year's model."),
        ("Cup final", "Coach Milan Kovac praised his players. Kovac said the team had played its best football."),
        ("Transfer", '"I am delighted to be here and I want to win the league," said Fabrinho on Monday.'),
        ("Results", "Zentrix announced record sales on Tuesday. The company said demand for phones was strong."),
    ]
    statements = analysis.extract_statements(corpus(items), progress=False)
    assert "the company" not in set(statements["speaker"])
    assert (statements["doc_id"] == "d4").sum() == 2 and set(
        statements.loc[statements["doc_id"] == "d4", "speaker"]
    ) == {"Zentrix"}
    s = statements.set_index("speaker")["speaker_type"]
    assert set(s.loc[["Zentrix"]]) == {"organisation"}
    assert set(s.loc[["Fabrinho"]]) == {"person"}  # no first name, but speaks as "I"
    assert "person" in set(s.filter(like="Kovac"))


def statement_rows(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    """``doc_id, speaker, speaker_type, speaker_mention, cue`` rows with a neutral quote."""
    frame = pd.DataFrame(rows, columns=["doc_id", "speaker", "speaker_type", "speaker_mention", "cue"])
    frame["quote"] = "the plan was on track"
    frame["location"] = "body"
    return frame


def test_an_ordinary_word_is_an_unnamed_source_and_a_pronoun_read_as_it_is_kept_unidentified():
    frame = statement_rows(
        [
            ("a", "Patients", "person", "Patients", "said"),
            ("b", "Up", "person", "she", "tells"),
            ("c", "Nadia Brook", "person", "Nadia Brook", "said"),
            ("c", "Brook", "person", "Brook", "said"),
            ("d", "the government", "organisation", "the government", "said"),
            ("d", "the World Health Organization", "organisation", "the World Health Organization", "said"),
        ]
    )
    out, changes = speakers_by_evidence(frame, ["Nadia Brook opened the clinic."], SpeakerRegistry([]))
    assert dict(zip(out["speaker"], out["speaker_type"], strict=True)) == {
        "Patients": "unnamed",
        "unidentified": "unnamed",  # "she" was read as "Up": the statement is kept, its speaker unknown
        "Nadia Brook": "person",
        "Brook": "person",  # a full name in the corpus ends with it
        "the government": "unnamed",  # a kind of body, not a name
        "the World Health Organization": "organisation",
    }
    assert changes == {
        "labels_dropped": 0,
        "to_organisation": 0,
        "to_unnamed": 1,
        "pronouns_unidentified": 1,
        "companies_named": 0,
        "generic_to_unnamed": 1,
    }


def test_a_one_word_name_the_texts_give_a_title_or_first_name_stays_a_person():
    frame = statement_rows([("a", "Velasco", "person", "Velasco", "said"), ("b", "Orvix", "person", "Orvix", "said")])
    texts = ["Dr. Velasco runs the lab.", "Shares in Orvix fell."]
    out, changes = speakers_by_evidence(frame, texts, SpeakerRegistry([]))
    assert dict(zip(out["speaker"], out["speaker_type"], strict=True)) == {"Velasco": "person", "Orvix": "organisation"}
    assert changes["to_organisation"] == 1


def test_a_one_word_name_opening_a_full_name_shown_to_be_a_person_s_stays_a_person():
    frame = statement_rows(
        [
            ("a", "Zeb", "person", "Zeb", "said"),
            ("a", "Zeb Orwin", "person", "Orwin", "said"),
            ("b", "Orvix", "person", "Orvix", "said"),
            ("b", "Orvix Holdings", "person", "Orvix Holdings", "said"),
            ("c", "Another Trump", "person", "he", "said"),
            ("c", "Another", "person", "Another", "said"),
        ]
    )
    frame.loc[1, "quote"] = "I acted on impulse"  # Zeb Orwin speaks as "I"; Orvix Holdings as "we"
    frame.loc[3, "quote"] = "we acted on impulse"
    texts = ["Zeb said he was sorry.", "Shares in Orvix fell.", "Another said so."]
    out, _ = speakers_by_evidence(frame, texts, SpeakerRegistry([]))
    types = dict(zip(out["speaker"], out["speaker_type"], strict=True))
    assert types["Zeb"] == "person" and types["Zeb Orwin"] == "person"
    assert types["Orvix"] == "organisation" and types["Orvix Holdings"] == "organisation"
    assert types["Another"] == "unnamed"  # an ordinary word, though "Another Trump" is called "he"


@pytest.mark.parametrize("seed", range(4))
def test_pairs_found_by_word_are_the_pairs_the_pattern_finds(seed):
    """Reading only where a word occurs finds every pair the name-pair pattern finds in the whole text."""
    rng = random.Random(seed)
    pieces = ["Sea", "Seal", "Mr", "Mr.", "Andy", "McDonald", "iPhone", "o'Neil", "the", "x", "St-", "Sea's", "É"]
    gaps = [" ", "  ", "\t", "\n", ", ", ".", "-", "", " \t "]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 12)))
        words = sorted({"Sea", "Seal", "McDonald", "Andy"} if rng.random() < 0.5 else {"Sea"})
        expected = {pair for pair in _PAIR_RE.findall(text) if pair[1] in words}
        assert {pair for pair in _pairs_ending_in(text, words) if pair[1] in words} == expected, repr(text)


def test_assembling_from_held_rows_empties_the_holder_and_equals_the_plain_assembly():
    from analysis.statements import assemble_statements, assemble_statements_consuming, found_frame
    from analysis.statements.table import statements_of_texts

    articles = pd.DataFrame(
        {
            "title": ["Covid: what we know", "Talks go on"],
            "text": ["Covid: cases rose again in the north this week.", '"We will go on," said Ann Lee, a minister.'],
            "published": pd.Timestamp("2022-03-01", tz="UTC"),
            "outlet": "The Daily Example",
            "original_source": pd.NA,
        },
        index=pd.Index(["d0", "d1"], name="doc_id"),
    )
    registry = SpeakerRegistry([])
    items = list(zip(articles["title"], articles["text"], strict=True))
    found = found_frame(list(articles.index), statements_of_texts(items, registry, frozenset(), True))
    held = [found.copy()]
    table = assemble_statements_consuming(articles, held, registry)
    assert held == []
    pd.testing.assert_frame_equal(table, assemble_statements(articles, found, registry))
    assert "Ann Lee" in set(table["speaker"])


def test_the_company_is_the_organisation_quoted_last_even_when_its_name_takes_the():
    items = [
        (
            "Land row",
            "According to Wirenews, officials plan to seize the ranch. The Harrow Group said it had owned the land"
            ' since 1920. But a spokesman added: "We are confident of our title to the land." The company pointed'
            " out that the farm employs 300 workers.",
        ),
    ]
    statements = analysis.extract_statements(corpus(items), progress=False)
    assert statements["speaker"].tolist()[-1] == "the Harrow Group"  # not Wirenews: "the Harrow Group" is a name
