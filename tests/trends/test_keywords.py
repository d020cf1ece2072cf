"""Tokens, keyword groups, trends, kwic, keyness and collocations."""

import math

import pandas as pd
import pytest

import analysis
from analysis.text.tokens import TOKEN_RE, normalise
from analysis.trends.keyness import keyness_from_counts


def articles(*texts, dates=None, outlets=None):
    n = len(texts)
    return pd.DataFrame(
        {
            "text": list(texts),
            "published": pd.to_datetime(dates or ["2022-01-03"] * n, utc=True),
            "outlet": outlets or ["A"] * n,
        },
        index=pd.Index([f"d{i}" for i in range(n)], name="doc_id"),
    )


def test_tokenizer_on_tricky_text():
    text = "The U.S. and Russia-NATO talks on 12.11.2021 at 10:30 gave 5% more; Lavrov's \"2+2\" isn't over."
    assert TOKEN_RE.findall(text) == [
        "The", "U.S.", "and", "Russia-NATO", "talks", "on", "12.11.2021", "at", "10:30", "gave", "5%", "more", ";",
        "Lavrov's", '"', "2", "+", "2", '"', "isn't", "over", ".",
    ]  # fmt: skip
    assert normalise("Guarantees") == normalise("guarantee") and normalise("Lavrov's") == "lavrov"


def test_tokenize_table_and_phrases():
    frame = articles("The Black Sea is calm. US ships and us.", "Nothing here")
    tokens = analysis.tokenize(frame, phrases=["Black Sea"])
    first = tokens[tokens["doc_id"] == "d0"]
    assert first["token"].tolist()[:4] == ["The", "Black Sea", "is", "calm"]
    assert first["sent_idx"].tolist() == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    flags = first.set_index("token")[["is_stop", "is_punct"]]
    assert not flags.loc["US", "is_stop"] and flags.loc["us", "is_stop"] and flags.loc[".", "is_punct"].all()
    text = frame.loc["d0", "text"]
    assert all(text[r.start : r.start + len(r.token)] == r.token for r in first.itertuples())


def test_doc_term_matrix():
    tokens = analysis.tokenize(articles("Talks failed. Talks resumed.", "Talks about talks", "Sanctions"))
    dtm = analysis.doc_term_matrix(tokens)
    frame = dtm.to_frame()
    assert frame.loc["d0", "talk"] == 2 and frame.loc["d1", "talk"] == 2 and frame.loc["d2", "sanction"] == 1
    assert "about" not in frame.columns
    assert list(analysis.doc_term_matrix(tokens, min_docs=2).terms) == ["talk"]


def test_wildcards_phrases_and_case():
    frame = articles("Security guarantees and a draft treaty. The US told us. NATO, not nato.")
    groups = {"sg": ["security guarantee*", "draft treat*"], "us": ["US"], "nato": ["NATO"], "treat": ["treat*"]}
    counts = analysis.keyword_counts(frame, groups).set_index("group")["count"]
    assert counts.to_dict() == {"sg": 2, "us": 1, "nato": 1, "treat": 1}


def test_keyword_trends_zero_fill_and_share():
    frame = articles(
        "Ukraine talks.",
        "Ukraine again and Ukraine.",
        "Nothing.",
        dates=["2022-01-03", "2022-01-04", "2022-01-20"],
        outlets=["A", "B", "A"],
    )
    trends = analysis.keyword_trends(frame, {"ukraine": ["ukrain*"]}, freq="W").set_index("period")
    assert trends["count"].tolist() == [3, 0, 0]
    assert trends["n_articles"].tolist() == [2, 0, 1]
    assert trends["share"].iloc[0] == 1.0 and pd.isna(trends["share"].iloc[1]) and trends["share"].iloc[2] == 0
    assert trends["per_1k_words"].iloc[0] == pytest.approx(1000 * 3 / 6)
    by_outlet = analysis.keyword_trends(frame, {"ukraine": ["ukrain*"]}, freq="W", by="outlet")
    assert len(by_outlet) == 6 and by_outlet["count"].sum() == 3


def test_kwic_windows_at_text_edges():
    frame = articles("Sanctions were imposed on Monday and sanctions again", "no match")
    table = analysis.kwic(frame, "sanction*", window=3)
    assert table["keyword"].tolist() == ["Sanctions", "sanctions"]
    assert table.loc[0, "left"] == "" and table.loc[0, "right"] == "were imposed on"
    assert table.loc[1, "left"] == "on Monday and" and table.loc[1, "right"] == "again"
    phrase = analysis.kwic(frame, "on Monday", window=1)
    assert (phrase.loc[0, "left"], phrase.loc[0, "keyword"], phrase.loc[0, "right"]) == ("imposed", "on Monday", "and")


def test_keyness_against_a_hand_computed_example():
    target, reference = {"war": 10, "peace": 2}, {"war": 2, "peace": 10}
    table = keyness_from_counts(target, reference, prior_scale=4).set_index("term")
    # a_w = 4 * 12/24 = 2 for both terms; n_t = n_r = 12
    delta = math.log(12 / (12 + 4 - 10 - 2)) - math.log(4 / (12 + 4 - 2 - 2))
    se = math.sqrt(1 / 12 + 1 / 4)
    assert table.loc["war", "delta"] == pytest.approx(delta)
    assert table.loc["war", "z"] == pytest.approx(delta / se)
    assert table.loc["peace", "z"] == pytest.approx(-delta / se)
    assert table.index[0] == "war"


def test_keyness_on_tokens_by_outlet():
    frame = articles("Sanctions sanctions sanctions talks.", "Talks talks peace.", outlets=["A", "B"])
    tokens = analysis.tokenize(frame)
    table = analysis.keyness(tokens, {"outlet": "A"})
    assert table.iloc[0]["term"] == "sanction" and table.iloc[-1]["term"] in {"talk", "peac"}


def test_top_terms_and_collocations(bundled):
    tokens = analysis.tokenize(bundled)
    top = analysis.top_terms(tokens, by="month", n=3)
    assert top.groupby("month")["rank"].max().eq(3).all()
    colls = analysis.collocations(tokens)
    row = colls.set_index("ngram").loc["aggressive line"]
    assert row["count"] == 3 and row["recurring"] and row["n_dates"] == 2
    assert not colls["ngram"].str.match(r"^(the|of|and) ").any()


def test_bad_keyword_file(tmp_path):
    bad = tmp_path / "k.toml"
    bad.write_text('[groups]\nx = "not a list"\n')
    with pytest.raises(analysis.CorpusError, match=r"group 'x' must be a list"):
        analysis.load_keyword_groups(bad)


def test_shipped_keyword_groups_match_the_bundled_corpus(bundled):
    trends = analysis.keyword_trends(bundled, freq="M")
    totals = trends.groupby("group")["count"].sum()
    assert set(totals.index) >= {"nato", "security guarantees", "aggression", "ukraine", "united states", "black sea"}
    assert (totals > 0).all()


def test_token_pattern_equals_its_plain_definition():
    """Words are matched by runs of word characters (faster in ``re``) and not char by char with a lookahead."""
    import random
    import re

    from analysis.text.tokens import TOKEN_RE

    plain = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:/]\d+)*%?|[^\W\d_](?:[\w]|[-'’&](?=\w))*|[^\w\s]")
    rng = random.Random(3)
    alphabet = [*"ab_1-'’&. Zé\u0301ß9%,:/", "U.S.", "x", "\u0663"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(50_000)]
    texts += ["rock-'n'-roll U.S.-led state-of-the-art O’Brien's AT&T 3.5% 12:30 e-mail -- end-"]
    assert [TOKEN_RE.findall(t) for t in texts] == [plain.findall(t) for t in texts]


def _headline_articles():
    return pd.DataFrame(
        {
            "title": ["Ukraine talks resume", "Markets fall again", "Ukrainian grain deal signed"],
            "text": ["Diplomats met in Geneva.", "Shares fell on Monday.", "The Ukrainian grain deal was signed."],
            "published": pd.to_datetime(["2022-01-03", "2022-01-04", "2022-01-05"], utc=True),
            "outlet": ["A", "B", "A"],
        },
        index=pd.Index(["h1", "h2", "h3"], name="doc_id"),
    )


def test_keyword_searches_read_the_headline_and_count_an_article_once():
    articles = _headline_articles()
    groups = {"ukraine": ["ukrain*"]}
    both = analysis.keyword_trends(articles, groups, freq="W").query("n_articles > 0")
    body = analysis.keyword_trends(articles, groups, freq="W", fields="text").query("n_articles > 0")
    assert both["n_docs"].sum() == 2 and both["count"].sum() == 3  # h1 by its headline; h3 in both, once
    assert body["n_docs"].sum() == 1 and body["count"].sum() == 1
    counts = analysis.keyword_counts(articles, groups).set_index("doc_id")["count"]
    assert counts.to_dict() == {"h1": 1, "h2": 0, "h3": 2}


def test_kwic_and_tokens_mark_the_field():
    articles = _headline_articles()
    lines = analysis.kwic(articles, "ukrain*", window=3)
    assert lines[["doc_id", "field"]].values.tolist() == [["h1", "title"], ["h3", "title"], ["h3", "text"]]
    row = lines.iloc[2]
    assert articles.loc["h3", "text"][row["start"] : row["end"]] == row["keyword"] == "Ukrainian"
    assert len(analysis.kwic(articles, "ukrain*", fields="text")) == 1
    tokens = analysis.tokenize(articles)
    assert set(tokens["field"]) == {"title", "text"}
    assert (tokens.loc[tokens["field"] == "title", "sent_idx"] == -1).all()
    top = analysis.top_terms(tokens, by="outlet", n=10, term_col="lower")
    assert "ukraine" in set(top["term"])  # only in h1's headline
    with pytest.raises(KeyError, match="not columns of the articles"):
        analysis.kwic(articles, "x", fields="summary")


def test_a_one_word_term_matches_each_part_of_a_hyphenated_word_once():
    from analysis.trends.keywords import TOKEN_RE, KeywordMatcher

    matcher = KeywordMatcher({"ukraine": ["ukrain*"], "nato": ["NATO"], "black sea": ["black sea"]})
    counts, _ = matcher.tally(
        TOKEN_RE.findall("Russia-Ukraine talks; NATO-led, anti-NATO and NATO/EU; the Black-Sea fleet")
    )
    assert counts == [1, 3, 0]  # a phrase still needs its words apart
    assert matcher.tally(TOKEN_RE.findall("Ukraine-Ukraine"))[0][0] == 1  # one match per word


def test_keyness_of_a_single_term_vocabulary_is_undefined_not_an_error():
    table = keyness_from_counts({"war": 3}, {"war": 5})
    assert table["term"].tolist() == ["war"] and table[["delta", "z"]].isna().all(axis=None)
    assert table.loc[0, "se"] > 0
