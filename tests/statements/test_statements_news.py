"""Statements in ordinary news: each pattern of the issue on a short made-up text, with no registry entry."""

import pandas as pd
import pytest
from archive_generator import generate_archive

import analysis
from analysis.statements import Extractor, SpeakerRegistry

EMPTY = SpeakerRegistry()


def statements(text, title=None, registry=EMPTY, published="2022-03-01"):
    articles = pd.DataFrame(
        {
            "text": [text],
            "title": [title],
            "published": [pd.Timestamp(published, tz="UTC")],
            "outlet": ["The Daily Example"],
            "original_source": [None],
        },
        index=pd.Index(["d"], name="doc_id"),
    )
    return analysis.extract_statements(articles, registry)


def who(text, **kw):
    return statements(text, **kw)[["speaker", "kind", "quote"]].values.tolist()


def speakers(text, **kw):
    return statements(text, **kw)["speaker"].tolist()


def test_he_said_after_a_person_the_registry_does_not_know():
    text = 'Carl Emmerson spoke at length. "The plan does not add up," he said.'
    assert who(text) == [["Carl Emmerson", "direct", "The plan does not add up"]]


def test_he_refers_back_to_mr_x_and_to_a_full_name():
    text = 'Mr Howard attacked the budget. "It is a tax on work," he said. Anna Ruiz disagreed. "It is fair," she said.'
    assert speakers(text) == ["Howard", "Anna Ruiz"]


def test_name_with_a_description_and_told_outlet():
    text = 'Carl Emmerson, from the IFS, told BBC News: "The gap is large and growing."'
    assert who(text) == [["Carl Emmerson", "direct", "The gap is large and growing."]]


def test_cue_before_a_titled_name():
    text = '"We need a fair deal for voters," said co-ordinator Peter Facey.'
    assert speakers(text) == ["Peter Facey"]


def test_unnamed_sources_have_a_type_of_their_own():
    found = statements('A Conservative spokesperson said: "The figures speak for themselves."')
    assert found[["speaker", "speaker_type"]].values.tolist() == [["a Conservative spokesperson", "unnamed"]]
    found = statements("Officials said the bridge would reopen in May.")
    assert found[["speaker", "speaker_type", "kind"]].values.tolist() == [["officials", "unnamed", "reported"]]


def test_according_to_a_person_and_to_a_document():
    found = statements("According to Maria Keller, the talks failed. The report said the costs had doubled.")
    assert found[["speaker", "speaker_type"]].values.tolist() == [
        ["Maria Keller", "person"],
        ["the report", "document"],
    ]


def test_a_quote_paragraph_with_no_cue_continues_the_speaker():
    text = (
        '"We will win this seat," said Jane Doe.\n\n"We have the volunteers and the money."\n\nThe vote is on Thursday.'
    )
    found = statements(text)
    assert found[["speaker", "cue"]].values.tolist() == [["Jane Doe", "said"], ["Jane Doe", "(continues)"]]


def test_run_together_quote_paragraphs_are_all_kept():
    text = 'Jane Doe said: "We will win. "We have the volunteers. "We have the money."'
    found = statements(text)
    assert found["quote"].tolist() == ["We will win.", "We have the volunteers.", "We have the money."]
    assert set(found["speaker"]) == {"Jane Doe"}


def test_a_quote_does_not_run_on_into_narration():
    text = 'Peter Novak said: "We are ready." The talks then broke up, and nobody spoke for an hour.'
    assert who(text) == [["Peter Novak", "direct", "We are ready."]]


def test_reported_speech_with_and_without_that():
    assert who("Anna Berg said that the talks had failed.") == [["Anna Berg", "reported", "the talks had failed"]]
    assert who("Anna Berg said the talks had failed.") == [["Anna Berg", "reported", "the talks had failed"]]
    assert who("The talks had failed, Anna Berg said on Friday.") == [["Anna Berg", "reported", "The talks had failed"]]


def test_a_relative_clause_ends_where_the_sentence_goes_on_with_its_own_verb():
    assert who("Vera Lind, who said the plan was flawed, resigned on Monday.") == [
        ["Vera Lind", "reported", "the plan was flawed"]
    ]
    assert who("Vera Lind, who said that, in her view, the plan was flawed, resigned.") == [
        ["Vera Lind", "reported", "in her view, the plan was flawed"]
    ]
    # "wrote" with an object reports nothing, in any case the verb after it is written
    assert who("Omar Daley, the Weekly Post editor who wrote the profile on Ivo Kern, Tweeted out the praise.") == []
    assert who("Omar Daley, who wrote the profile on Ivo Kern, resigned on Monday.") == []


@pytest.mark.parametrize("lead", ["But", "On Wednesday", "Meanwhile", "Harrogate"])
def test_leading_words_never_belong_to_a_name(lead):
    text = f"Tony Blair arrived. {lead} Mr Blair said the vote would be close."
    assert speakers(text) == ["Tony Blair"]


def test_variants_of_one_person_in_an_article_are_one_speaker():
    text = (
        'Tony Blair, the prime minister, spoke first. "We will win," Mr Blair said. '
        '"The economy is strong," Blair added. "We have a plan," the prime minister said.'
    )
    assert set(speakers(text)) == {"Tony Blair"}


def test_two_people_sharing_a_surname_stay_apart():
    text = (
        'Boris Johnson spoke first. "We will deliver," Mr Johnson said. '
        'His brother, Jo Johnson, disagreed. "The deal is bad," Jo Johnson said.'
    )
    assert speakers(text) == ["Boris Johnson", "Jo Johnson"]


def test_a_womans_surname_with_ms_does_not_go_to_a_man_of_that_name():
    text = 'Sam Lee and Priya Lee spoke. "Not now," Ms Lee said. "Yes, now," Mr Lee said.'
    assert speakers(text) == ["Priya Lee", "Sam Lee"]


def test_pronouns_months_places_and_groups_are_never_speakers():
    text = (
        "It said the plan was bad. In July, Iraq said it would not attend. The MPs said nothing new. "
        "Theresa May said the vote would go ahead."
    )
    assert speakers(text) == ["Theresa May"]


def test_registry_titles_match_only_as_written():
    registry = SpeakerRegistry([analysis.statements.Speaker("Sergey Lavrov", ("Lavrov",), ("Russian FM",), "m")])
    text = 'Sergey Lavrov visited. The First Minister was in Edinburgh. "We are staying," the first minister said.'
    assert "Sergey Lavrov" not in speakers(text, registry=registry)
    assert speakers('Lavrov arrived. "Not yet," the Russian FM said.', registry=registry) == ["Sergey Lavrov"]


def test_across_articles_a_surname_joins_the_one_full_name_of_that_period():
    articles = pd.DataFrame(
        {
            "text": [
                'Keir Starmer spoke in Leeds. "We are ready," Keir Starmer said.',
                '"Not yet," Starmer said.',
                '"Never," Starmer said.',
                '"Maybe," Johnson said.',
            ],
            "title": [None] * 4,
            "published": pd.to_datetime(["2022-01-10", "2022-02-01", "2024-06-01", "2022-02-01"], utc=True),
            "outlet": ["A", "B", "C", "D"],
            "original_source": [None] * 4,
        },
        index=pd.Index(["a", "b", "c", "d"], name="doc_id"),
    )
    found = analysis.extract_statements(articles, EMPTY).set_index("doc_id")["speaker"]
    assert found.to_dict() == {"a": "Keir Starmer", "b": "Keir Starmer", "c": "Starmer", "d": "Johnson"}


def test_headlines_use_the_bodys_names():
    found = statements('"We will act," Tony Blair said.', title="Blair: we will act on schools")
    assert found.loc[found["location"] == "title", "speaker"].tolist() == ["Tony Blair"]


def test_suggest_speakers_lists_unknown_people_with_their_variants():
    found = statements(
        'Tony Blair spoke. "We will win," Mr Blair said. "Yes," Blair added. Anna Ruiz said the plan was late.'
    )
    entries = analysis.suggest_speakers(found, EMPTY)
    assert entries[0]["name"] == "Tony Blair" and entries[0]["n_statements"] == 2
    assert set(entries[0]["aliases"]) == {"Mr Blair", "Blair"}
    toml = analysis.statements.as_toml(entries)
    assert '[[speaker]]\nname = "Tony Blair"' in toml and "aliases = [" in toml


def test_extraction_work_grows_in_proportion_to_the_text():
    paragraph = (
        '"We will review the plan for the harbour," Anna Keller said. The council met on Tuesday, and Keller '
        'said that the budget would be cut. "Nobody wants delays," she added, according to a spokesperson.'
    )
    extractor = Extractor(EMPTY)
    steps = []
    for n in (200, 400, 800):
        for joiner in ("\n\n", " "):  # paragraphs, and the worst case: one paragraph
            extractor.article(joiner.join(f"{paragraph} Item {k}." for k in range(n)))
            steps.append((n, joiner, extractor.steps))
    for joiner in ("\n\n", " "):
        counts = [s for n, j, s in steps if j == joiner]
        assert counts[1] / counts[0] == pytest.approx(2, rel=0.05) and counts[2] / counts[1] == pytest.approx(
            2, rel=0.05
        )


def test_generated_archive_speakers_are_right():
    truth = generate_archive(300, seed=7, n_outlets=12, n_people=150, html_share=0)
    frame = truth.rename(columns={"publish_date": "published"}).set_index("id")
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame["original_source"] = None
    found = analysis.extract_statements(frame[["title", "text", "published", "outlet", "original_source"]], EMPTY)
    gold = truth.attrs["statements"].assign(key=lambda g: g["quote"].str.rstrip("."))
    body = found[found["location"] == "body"].assign(key=lambda f: f["quote"].str.rstrip("."))
    merged = gold.merge(body, on=["doc_id", "key"], how="left", suffixes=("_gold", ""))
    by_pattern = merged.groupby("pattern")["speaker"].apply(lambda s: s.notna().mean())
    right = (merged["speaker"] == merged["speaker_gold"]).sum() / merged["speaker"].notna().sum()
    assert (by_pattern >= 0.95).all() and right >= 0.97, (by_pattern.to_dict(), right)
