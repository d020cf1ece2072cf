"""Keyword groups belong to the corpus: given, beside it, the demo's for the demo, else proposed from it."""

import numpy as np
import pandas as pd
import pytest

import analysis
import analysis.trends.corpus_keywords as corpus_keywords
from analysis import viz
from analysis.trends.corpus_keywords import choose_keyword_groups, propose_keyword_groups
from tests.conftest import ROOT


def two_months(tmp_path) -> pd.DataFrame:
    """Made-up stories: November about the harvest, December about the floods, a few shared words throughout."""
    rows = []
    for k in range(30):
        november = k < 15
        topic = (
            "The harvest was gathered early and the granaries of the valley are full of wheat and barley."
            if november
            else "The floods reached the valley towns and the river broke its banks near the old bridge."
        )
        rows.append(
            {
                "title": f"Council meets on the {'harvest' if november else 'floods'} ({k})",
                "text": f"{topic} The council met on Tuesday to discuss the budget, said the mayor. Story {k}.",
                "date": f"2021-{'11' if november else '12'}-{k % 15 + 1:02d}",
                "outlet": "Valley News",
            }
        )
    frame = pd.DataFrame(rows)
    frame.to_csv(tmp_path / "stories.csv", index=False)
    return frame


def test_proposed_groups_are_the_words_that_set_a_period_apart(tmp_path):
    two_months(tmp_path)
    articles = analysis.load_articles(tmp_path / "stories.csv")
    groups = propose_keyword_groups(articles)
    terms = {t for ts in groups.values() for t in ts}
    assert {"harvest*", "flood*"} <= terms
    assert not {"council", "council*", "budget*"} & terms  # in every story: sets nothing apart


def test_groups_come_from_the_file_beside_the_corpus_then_the_demo_then_a_proposal(tmp_path):
    two_months(tmp_path)
    articles = analysis.load_articles(tmp_path / "stories.csv")
    assert choose_keyword_groups(tmp_path / "stories.csv", articles).how == "proposed"
    (tmp_path / "keywords.toml").write_text('[groups]\nweather = ["flood*", "storm*"]\n', encoding="utf-8")
    mine = choose_keyword_groups(tmp_path / "stories.csv", articles)
    assert mine.how == "beside the corpus" and mine.groups == {"weather": ["flood*", "storm*"]}
    demo = analysis.load_articles(ROOT / "data" / "raw")
    assert choose_keyword_groups(ROOT / "data" / "raw", demo).how == "demo"
    given = choose_keyword_groups(tmp_path / "stories.csv", articles, {"money": ["budget*"]})
    assert given.how == "given" and "money" in given.note


def test_the_pipeline_charts_a_proposal_says_so_and_keeps_it(tmp_path, monkeypatch):
    two_months(tmp_path)
    result = analysis.run_pipeline(tmp_path / "stories.csv", progress=False)
    assert result.keyword_choice.how == "proposed" and "proposed from it" in result.keyword_choice.note
    assert "keywords.toml beside the corpus" in result.keyword_choice.note
    counted = set(result.keyword_counts["group"].astype(str))
    assert counted == set(result.keyword_choice.groups) and "black sea" not in counted  # never the demo's groups

    def no_proposal(*args, **kwargs):
        raise AssertionError("proposed again")

    monkeypatch.setattr(corpus_keywords, "propose_keyword_groups", no_proposal)
    again = analysis.run_pipeline(tmp_path / "stories.csv", progress=False)
    assert again.keyword_choice.groups == result.keyword_choice.groups  # read from the cache


def test_two_sides_are_compared_in_both_directions(tmp_path):
    frame = two_months(tmp_path)
    articles = analysis.load_articles(tmp_path / "stories.csv")
    tokens = analysis.tokenize(articles, by_sentence=False)
    sides = analysis.split_sides(articles)  # one outlet, no events: the middle of the corpus by date
    assert sides.how == "the middle of the corpus by date" and len(sides.docs_a) == len(sides.docs_b) == 15
    table = analysis.keyness_between(tokens, sides, n=5)
    first, second = (table[table["side"] == s] for s in (sides.label_a, sides.label_b))
    assert "harvest" in set(first["term"]) and "floods" in set(second["term"])
    assert (first["z"] > 0).all() and (second["z"] < 0).all() and list(first["rank"]) == list(range(1, len(first) + 1))
    row = first[first["term"] == "harvest"].iloc[0]
    assert row["count_a"] == frame["text"].head(15).str.count("harvest").sum() + 15 and row["count_b"] == 0
    events = pd.DataFrame({"date": [pd.Timestamp("2021-12-05", tz="UTC")], "label": ["Flood warning"]})
    by_event = analysis.split_sides(articles, events)
    assert by_event.how == "the first event (Flood warning)" and by_event.label_b == "from 05 Dec 2021"
    outlets = articles.assign(outlet=["North Post"] * 20 + ["South Star"] * 10)
    assert analysis.split_sides(outlets).label_a == "North Post"
    fig, _ = viz.keyness_between_figure(table, sides, tokens, n=5)
    left, right = fig.axes[0], fig.axes[1]
    assert "15 articles" in left.get_title(loc="left") and "15 articles" in right.get_title(loc="left")
    assert [t.get_text() for t in left.get_yticklabels()] == list(first["term"])


def test_a_proposed_wildcard_matches_the_words_it_came_from():
    from analysis.trends.corpus_keywords import propose_keyword_groups

    texts = [f"Jeremy spoke about the harbour on day {k}. Jeremy left early." for k in range(12)]
    texts += [f"The council met about the budget on day {k}." for k in range(12)]
    articles = pd.DataFrame(
        {"title": "", "text": texts, "outlet": ["A"] * 12 + ["B"] * 12,
         "published": pd.Timestamp("2022-03-01", tz="UTC")},
        index=pd.Index([f"d{i}" for i in range(24)], name="doc_id"),
    )  # fmt: skip
    groups = propose_keyword_groups(articles, n=6)
    counts = analysis.keyword_counts(articles, groups)
    matched = counts.groupby("group")["count"].sum()
    assert "jeremy" in groups and (matched > 0).all(), (groups, matched.to_dict())


@pytest.mark.parametrize("stories", [range(5), [*range(3), *range(20, 23)]], ids=["one month", "both months"])
def test_a_corpus_with_a_single_candidate_word_gets_it_proposed(tmp_path, stories):
    """Stories that share every word but one: keyness has nothing to weigh that word against (no crash)."""
    rows = [
        {
            "title": "Council meets",
            "text": "The council met on Tuesday to discuss the budget"
            + (" zeppelin" if k in stories else "")
            + ", said the mayor.",
            "date": f"2021-{'11' if k < 20 else '12'}-{k % 20 + 1:02d}",
            "outlet": "Valley News",
        }
        for k in range(40)
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "stories.csv", index=False)
    articles = analysis.load_articles(tmp_path / "stories.csv")
    groups = propose_keyword_groups(articles)
    assert [t for ts in groups.values() for t in ts] == ["zeppelin*"]


def test_the_words_a_proposal_weighs_are_tokenizes_content_words():
    """The proposal reads words without building the token table; they are the table's, filtered as it was."""
    from analysis.resources import word_list
    from analysis.text.tokens import tokenize
    from analysis.trends.keyness import _content_mask

    articles = pd.DataFrame(
        {
            "title": ["U.S. and NATO talks: Kyiv's 'red lines'", None, "Us, US and the 2022 e-mail row"],
            "text": [
                "Diplomats said the U.S.-led talks would resume; O’Brien's aides weren't sure. 3.5% of 12:30 ...",
                "Ministers' statements – and the ministers’ replies – came at 10pm. It's a rock-'n'-roll summit!",
                "The US, the UK and us: AT&T's e-mails, 2022's figures and a re-run of the 100-day plan.",
            ],
        },
        index=pd.Index(["a", "b", "c"], name="doc_id"),
    )
    starts, lowers, stems = corpus_keywords._content_words(articles)
    tokens = tokenize(articles, by_sentence=False)
    tokens = tokens[_content_mask(tokens, "norm")]
    lower = tokens["lower"].astype(str)
    stop = frozenset(word_list("stopwords_en"))
    tokens = tokens[(lower.str.fullmatch(r"[^\W\d_][\w\-]{2,}") & ~lower.isin(stop)).to_numpy()]
    assert lowers == tokens["lower"].astype(str).tolist()
    assert stems == tokens["norm"].astype(str).tolist()
    per_article = tokens["doc_id"].astype(str).value_counts().reindex(articles.index, fill_value=0).tolist()
    assert np.diff(starts).tolist() == per_article
    assert "us" not in lowers and "2022" not in lowers and "nato" in lowers
