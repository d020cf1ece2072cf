"""Comparisons: phrases as units, concordances spread across sources, one speaker against the rest."""

import pandas as pd

import analysis
from analysis.trends.phrases import phrase_tokens


def _articles(texts, outlets):
    return pd.DataFrame(
        {"title": "", "text": texts, "outlet": outlets, "published": pd.Timestamp("2022-03-01", tz="UTC")},
        index=pd.Index([f"d{i}" for i in range(len(texts))], name="doc_id"),
    )


def test_recurring_phrases_count_within_sentences_and_keep_inner_stop_words():
    texts = ["The special military operation began. Secretary of State Ann Lee spoke."] * 3 + ["Special. Military."]
    tokens = analysis.tokenize(_articles(texts, ["A"] * 4))
    phrases = phrase_tokens(tokens)
    counts = phrases["lower"].value_counts()
    assert counts["special military operation"] == 3 and counts["secretary of state"] == 3
    assert "military operation began" in counts  # three content words
    assert "special military" in counts and counts["special military"] == 3  # not across "Special. Military."
    assert not any(p.startswith("of ") or p.endswith(" of") for p in counts.index)  # a phrase ends in content words


def test_keyness_between_ranks_phrases_with_words():
    a = ["Troops began the special military operation near the border today."] * 6
    b = ["Sanctions hit the economy and the markets fell sharply today."] * 6
    articles = _articles(a + b, ["Kremlin"] * 6 + ["Kyiv"] * 6)
    tokens = analysis.tokenize(articles)
    sides = analysis.split_sides(articles)
    table = analysis.keyness_between(tokens, sides, n=20)
    kremlin = table[table["side"] == "Kremlin"]
    assert "special military operation" in set(kremlin.loc[kremlin["unit"] == "phrase", "term"])
    assert (table["unit"].isin(["word", "phrase"])).all()
    words_only = analysis.keyness_between(tokens, sides, n=20, phrases=False)
    assert set(words_only["unit"]) == {"word"}


def test_concordance_lines_are_spread_across_outlets():
    texts = ["nato met"] * 10 + ["nato spoke"] * 2 + ["nato left"]
    articles = _articles(texts, ["Big"] * 10 + ["Mid"] * 2 + ["Small"])
    lines = analysis.kwic(articles, "nato")
    spread = analysis.spread_lines(lines, articles, n=5)
    assert spread["outlet"].tolist() == ["Big", "Mid", "Small", "Big", "Mid"]
    assert spread["outlet"].tolist() == analysis.spread_lines(lines, articles, n=5)["outlet"].tolist()


def test_one_speaker_against_the_rest():
    rows = [("Ann Lee", "the grain corridor must stay open for ships"), ("Ann Lee", "grain ships need the corridor")]
    rows += [("Bo Chen", "the tariffs will hurt farmers badly"), ("Cy Dow", "farmers face tariffs and debts")]
    statements = pd.DataFrame(rows, columns=["speaker", "quote"])
    statements["statement_id"] = [f"d{i}:0" for i in range(len(rows))]
    statements["location"], statements["outlet"] = "body", "A"
    tokens, sides = analysis.speaker_sides(statements, "Ann Lee")
    assert sides.label_a == "Ann Lee" and len(sides.docs_a) == 2 and len(sides.docs_b) == 2
    table = analysis.keyness_between(tokens, sides, n=3, phrases=False)
    assert {"grain", "corridor"} <= set(table.loc[table["side"] == "Ann Lee", "term"])
    assert analysis.speaker_sides(statements, "Nobody") is None
