import pandas as pd

import analysis
from analysis import viz


def test_kinds_per_speaker_rank_the_most_quoted_and_cope_with_no_statements(bundled):
    statements = analysis.extract_statements(bundled, progress=False)
    kinds = analysis.statement_kinds(statements, n=3)
    speakers = statements.loc[statements["location"] == "body", "speaker"].nunique()
    assert kinds.index[0] == "all" and len(kinds) == min(4, speakers + 1)
    assert list(kinds["all"].iloc[1:]) == sorted(kinds["all"].iloc[1:], reverse=True)
    assert kinds.loc["all", "all"] == (statements["location"] == "body").sum()
    empty = analysis.statement_kinds(statements.iloc[:0], n=3)
    assert empty.empty and list(empty.columns) == ["all"]


def test_the_speaker_line_names_the_most_quoted_or_says_there_is_none(bundled):
    statements = analysis.extract_statements(bundled, progress=False)
    who = viz.most_quoted(statements)
    assert who == statements["speaker"].value_counts().index[0]
    mine = statements[statements["speaker"] == who]
    assert viz.speaker_line(mine, who).startswith(f"{who}: {len(mine):,} statements in ")
    assert viz.most_quoted(statements.iloc[:0]) is None
    assert "no speaker to follow" in viz.speaker_line(pd.DataFrame(), None)
