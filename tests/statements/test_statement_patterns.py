"""Each attribution pattern on small pages written for the purpose."""

import pandas as pd
import pytest

import analysis
from analysis.statements import Speaker, SpeakerRegistry

REGISTRY = SpeakerRegistry(
    [
        Speaker("Anna Berg", ("Anna Berg", "Berg"), ("Foreign Minister", "the minister"), "f"),
        Speaker("Karl Ode", ("Karl Ode", "Ode"), ("President", "the president"), "m"),
    ]
)


def extract(text, title=None):
    articles = pd.DataFrame(
        {
            "text": [text],
            "title": [title],
            "published": [pd.Timestamp("2022-01-10", tz="UTC")],
            "outlet": ["Daily"],
            "original_source": [None],
        },
        index=pd.Index(["d"], name="doc_id"),
    )
    return analysis.extract_statements(articles, REGISTRY)


def one(text, **kw):
    found = extract(text, **kw)
    assert len(found) == 1, found[["speaker", "kind", "quote"]]
    return found.iloc[0]


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "cue", "quote"),
    [
        ('"We are ready to talk," Berg said.', "Anna Berg", "direct", "said", "We are ready to talk"),
        ("“We are ready to talk,” said Berg.", "Anna Berg", "direct", "said", "We are ready to talk"),
        (
            "«We are ready to talk», Foreign Minister Anna Berg added.",
            "Anna Berg",
            "direct",
            "added",
            "We are ready to talk",
        ),
        (
            'Berg also warned: "We will not wait for ever."',
            "Anna Berg",
            "direct",
            "warned",
            "We will not wait for ever.",
        ),
        ('Berg said the talks were "a waste of time" for everyone.', "Anna Berg", "partial", "said", "a waste of time"),
        ("Berg said that the talks had failed.", "Anna Berg", "reported", "said", "the talks had failed"),
        ("The talks had failed, Berg said on Friday.", "Anna Berg", "reported", "said", "The talks had failed"),
        ("According to Berg, the talks had failed.", "Anna Berg", "reported", "according to", "the talks had failed"),
        (
            '"We are ready," Berg was quoted as saying by a newspaper.',
            "Anna Berg",
            "direct",
            "was quoted as saying",
            "We are ready",
        ),
        ('"We are ready to talk," Berg told news agency Wire.', "Anna Berg", "direct", "told", "We are ready to talk"),
        ('"We are ready to talk," John Smith said.', "John Smith", "direct", "said", "We are ready to talk"),
        (
            '"We are ready to talk, and more," Anna Berg\'s colleague Sergei Petrov said.',
            "Sergei Petrov",
            "direct",
            "said",
            "We are ready to talk, and more",
        ),
    ],
)
def test_attribution_patterns(text, speaker, kind, cue, quote):
    row = one(text)
    assert (row["speaker"], row["kind"], row["cue"], row["quote"]) == (speaker, kind, cue, quote)
    assert text[row["start"] : row["end"]] == quote


def test_attribution_in_the_middle_and_continuation():
    found = extract('"We are ready," Berg said. "We have always been ready to talk."')
    assert found["speaker"].tolist() == ["Anna Berg", "Anna Berg"]
    assert found["cue"].tolist() == ["said", "(continues)"]


def test_pronouns_and_titles_resolve_to_the_last_fitting_person():
    text = (
        "Karl Ode met Anna Berg on Monday.\n\n"
        '"Nothing will change," she said.\n\n'
        '"Everything will change," he added.\n\n'
        '"We shall see," the minister noted.'
    )
    found = extract(text)
    assert found["speaker"].tolist() == ["Anna Berg", "Karl Ode", "Anna Berg"]


def test_a_quote_inside_a_quote_stays_with_the_outer_speaker():
    found = extract('"As the president said many times, we will act," Berg said.')
    assert found["speaker"].tolist() == ["Anna Berg"]


def test_several_speakers_in_one_article():
    text = '"We will act," Berg said. Meanwhile Ode, the president, spoke too. "Nobody will act," Ode said.'
    assert extract(text)["speaker"].tolist() == ["Anna Berg", "Karl Ode"]


def test_unbalanced_quote_left_open_by_scraping():
    row = one('Berg said: "We will not wait for ever and nobody can make us')
    assert row["kind"] == "direct" and row["quote"].endswith("make us")


@pytest.mark.parametrize(
    ("title", "quote"),
    [
        ("Berg: talks are over", "talks are over"),
        ("Talks are over, says no one: Minister Berg", "Talks are over, says no one"),
    ],
)
def test_headline_attributions(title, quote):
    found = extract("Nothing else here.", title=title)
    row = found[found["location"] == "title"].iloc[0]
    assert (row["speaker"], row["kind"], row["quote"]) == ("Anna Berg", "reported", quote)


def test_scare_quotes_and_numbers_are_not_statements():
    assert extract('The meeting was held in a "2+2" format, officials from both sides confirmed nothing.').empty


def test_frequency_counts_reports_and_distinct_statements_with_zero_periods():
    articles = pd.DataFrame(
        {
            "text": [
                '"We are ready to talk now," Berg said.',
                '"We are ready to talk now," Berg said.',
                '"Something else entirely new," Ode said.',
            ],
            "title": [None] * 3,
            "published": pd.to_datetime(["2022-01-03", "2022-01-05", "2022-01-20"], utc=True),
            "outlet": ["A", "B", "A"],
            "original_source": [None] * 3,
        },
        index=pd.Index(["a", "b", "c"], name="doc_id"),
    )
    statements = analysis.extract_statements(articles, REGISTRY)
    assert statements.loc[statements["doc_id"] == "b", "statement_group"].item() == "a:0"
    reports = analysis.statement_frequency(statements, freq="W")
    berg = reports[reports["speaker"] == "Anna Berg"].set_index("period")["n_statements"]
    assert berg.to_dict() == {
        pd.Timestamp("2022-01-03"): 2,
        pd.Timestamp("2022-01-10"): 0,
        pd.Timestamp("2022-01-17"): 0,
    }
    distinct = analysis.statement_frequency(statements, freq="W", distinct=True)
    assert distinct.query("speaker == 'Anna Berg'")["n_statements"].sum() == 1
    by_outlet = analysis.statement_frequency(statements, freq="M", by=["outlet"])
    assert by_outlet.set_index("outlet")["n_articles"].to_dict() == {"A": 2, "B": 1}


def test_unknown_speakers_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text("[[speaker]]\naliases = ['x']\n")
    with pytest.raises(analysis.CorpusError, match=r"s\.toml: speaker entry 1 has no 'name'"):
        analysis.load_speakers(bad)


def test_an_unknown_speakers_surname_joins_their_full_name():
    text = '"This is strong," said Anna Keller, a minister. According to Keller, more will follow.'
    assert extract(text)["speaker"].tolist() == ["Anna Keller", "Anna Keller"]
