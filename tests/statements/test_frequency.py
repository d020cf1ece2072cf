import pandas as pd
import pytest

import analysis
from analysis import viz


def test_kinds_per_speaker_rank_the_most_quoted_and_cope_with_no_statements(bundled):
    statements = analysis.extract_statements(bundled, progress=False)
    kinds = analysis.statement_kinds(statements, n=3, speakers="all")
    speakers = statements.loc[statements["location"] == "body", "speaker"].nunique()
    assert kinds.index[0] == "all" and len(kinds) == min(4, speakers + 1)
    assert list(kinds["all"].iloc[1:]) == sorted(kinds["all"].iloc[1:], reverse=True)
    assert kinds.loc["all", "all"] == (statements["location"] == "body").sum()
    empty = analysis.statement_kinds(statements.iloc[:0], n=3)
    assert empty.empty and list(empty.columns) == ["all"]


def test_the_speaker_line_names_the_most_quoted_or_says_there_is_none(bundled):
    statements = analysis.extract_statements(bundled, progress=False)
    who = viz.most_quoted(statements)
    people = statements[statements["speaker_type"] == "person"]
    assert who == people["speaker"].value_counts().index[0]
    mine = statements[statements["speaker"] == who]
    assert viz.speaker_line(mine, who).startswith(f"{who}: {len(mine):,} statements in ")
    assert viz.most_quoted(statements.iloc[:0]) is None
    assert "no speaker to follow" in viz.speaker_line(pd.DataFrame(), None)


def _made_up_statements() -> pd.DataFrame:
    """Officials quoted most, then two named people and a company, over two weeks and two outlets."""
    rows = [
        ("officials", "unnamed", "2022-03-01", "a"),
        ("officials", "unnamed", "2022-03-02", "b"),
        ("officials", "unnamed", "2022-03-09", "b"),
        ("officials", "unnamed", "2022-03-09", "a"),
        ("a report", "document", "2022-03-03", "a"),
        ("Ann Lee", "person", "2022-03-01", "a"),
        ("Ann Lee", "person", "2022-03-08", "b"),
        ("Ann Lee", "person", "2022-03-09", "b"),
        ("Bo Chen", "person", "2022-03-02", "a"),
        ("Acme Corp", "organisation", "2022-03-02", "a"),
        ("Acme Corp", "organisation", "2022-03-03", "a"),
    ]
    frame = pd.DataFrame(rows, columns=["speaker", "speaker_type", "published", "outlet"])
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame["doc_id"] = [f"d{i}" for i in range(len(frame))]
    frame["statement_id"] = frame["doc_id"] + ":0"
    frame["location"] = "body"
    frame["kind"] = "reported"
    return frame


def test_speaker_rankings_show_named_speakers_and_keep_unnamed_sources_apart():
    statements = _made_up_statements()
    named = analysis.statement_frequency(statements, freq="W")
    assert set(named["speaker"]) == {"Ann Lee", "Bo Chen", "Acme Corp"}
    assert named["n_statements"].sum() == 6
    everyone = analysis.statement_frequency(statements, freq="W", speakers="all")
    assert everyone["n_statements"].sum() == len(statements)
    people = analysis.statement_frequency(statements, freq="W", speakers="people")
    assert set(people["speaker"]) == {"Ann Lee", "Bo Chen"}
    by_outlet = analysis.statement_frequency(statements, freq="W", by="outlet")  # not by speaker: every statement
    assert by_outlet["n_statements"].sum() == len(statements)
    kinds = analysis.statement_kinds(statements)
    assert kinds.index[1] == "Ann Lee" and "officials" not in kinds.index
    unnamed = analysis.unnamed_sources(statements)
    assert list(unnamed["speaker"]) == ["officials", "a report"]
    assert list(unnamed["n_statements"]) == [4, 1] and list(unnamed["n_outlets"]) == [2, 1]
    assert unnamed["share"].iloc[0] == 4 / len(statements)
    assert viz.most_quoted(statements) == "Ann Lee"  # a person, although officials are quoted more


def test_a_speakers_choice_that_does_not_exist_is_named_with_the_choices():
    with pytest.raises(ValueError, match=r"speakers='nobody'.*'named'"):
        analysis.statement_frequency(_made_up_statements(), speakers="nobody")


def test_the_unnamed_line_counts_the_sources_without_a_name_or_says_there_are_none():
    statements = _made_up_statements()
    line = viz.unnamed_line(analysis.unnamed_sources(statements, n=None), statements)
    assert line.startswith("5 statements of 11 (45%) are attributed to sources without a name (2 sources)")
    assert "officials (4)" in line
    named = statements[statements["speaker_type"] == "person"]
    assert viz.unnamed_line(analysis.unnamed_sources(named, n=None), named).startswith("None of the 4 statements")
