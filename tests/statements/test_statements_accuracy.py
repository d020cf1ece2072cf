"""Precision and recall of extract_statements against the hand annotation of the bundled pages."""

import re

import pandas as pd
import pytest

import analysis
from tests.conftest import ROOT

GOLD = pd.read_csv(ROOT / "tests" / "data" / "statements_gold.csv")


def norm(text):
    return re.sub(r"\W+", " ", str(text).replace("’", "'")).strip().lower()


def match(statements, gold):
    """Pair each gold statement with the extracted one (same article and location) holding its words."""
    pairs = {}
    for g in gold.itertuples():
        candidates = statements[(statements["doc_id"] == g.doc_id) & (statements["location"] == g.location)]
        for s in candidates.itertuples():
            if s.Index not in pairs.values() and norm(g.quote) in norm(f"{s.quote} {s.content}"):
                pairs[g.Index] = s.Index
                break
    return pairs


@pytest.fixture(scope="module")
def scored(bundled):
    statements = analysis.extract_statements(bundled)
    pairs = match(statements, GOLD)
    right = {g: s for g, s in pairs.items() if statements.loc[s, "speaker"] == GOLD.loc[g, "speaker"]}
    return statements, pairs, right


def test_precision_and_recall(scored):
    statements, _, right = scored
    direct = GOLD.index[GOLD["kind"] == "direct"]
    recall_direct = sum(g in right for g in direct) / len(direct)
    recall = len(right) / len(GOLD)
    precision = len(set(right.values())) / len(statements)
    kind_agreement = sum(statements.loc[s, "kind"] == GOLD.loc[g, "kind"] for g, s in right.items()) / len(right)
    print(
        f"\nstatements: {len(GOLD)} annotated, {len(statements)} extracted; precision {precision:.2f}, "
        f"recall {recall:.2f}, recall of direct quotes with the right speaker {recall_direct:.2f} "
        f"({len(direct)} direct), kind agreement {kind_agreement:.2f}"
    )
    assert recall_direct >= 0.9
    assert recall >= 0.9
    assert precision >= 0.9


def test_no_statement_is_given_to_the_wrong_speaker(scored):
    statements, pairs, right = scored
    wrong = {g: statements.loc[s, "speaker"] for g, s in pairs.items() if g not in right}
    assert wrong == {}


def test_the_president_in_a_ministers_story_stays_the_presidents(scored):
    statements, _, _ = scored
    putin = statements[statements["speaker"] == "Vladimir Putin"]
    assert putin["quote"].str.contains("US warship").any()
    assert not statements[statements["speaker"] == "Sergey Lavrov"]["quote"].str.contains("binoculars").any()


def test_echoes_are_grouped_across_outlets(scored):
    statements, _, _ = scored
    reciprocal = statements[statements["quote"].str.contains("reciprocal manner")]
    assert reciprocal["doc_id"].nunique() == 2
    assert reciprocal["statement_group"].nunique() == 1
    assert (reciprocal["n_reports"] == 2).all()
    assert (reciprocal["first_outlet"] == "Sputnik International").all()


def test_echo_groups_are_the_same_from_texts_and_from_packed_grams(scored):
    import pyarrow as pa

    from analysis.statements.echoes import add_statement_groups, statement_grams

    statements, _, _ = scored
    base = statements.drop(columns=["statement_group", "first_reported", "first_outlet", "n_reports"])
    grams = [statement_grams(c, q) for c, q in zip(base["content"], base["quote"], strict=True)]
    column = pd.Series(pd.arrays.ArrowExtensionArray(pa.array([b"\0" * 8, *grams], pa.large_binary()))).iloc[1:]
    pd.testing.assert_frame_equal(add_statement_groups(base), statements)  # hashed again from the texts
    pd.testing.assert_frame_equal(add_statement_groups(base, grams=column), statements)  # read from Arrow buffers
    assert statements["n_reports"].max() > 1
