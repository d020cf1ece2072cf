import pandas as pd

import analysis


def test_counts_per_period_of_a_corpus_without_dates_are_empty_not_an_error():
    statements = pd.DataFrame(
        {
            "doc_id": ["1", "2"],
            "statement_id": ["1:0", "2:0"],
            "speaker": ["Ann Lee", "Ann Lee"],
            "location": ["body", "body"],
            "statement_group": ["1:0", "2:0"],
            "published": pd.to_datetime([None, None], utc=True),
        }
    )
    span = (statements["published"].min(), statements["published"].max())  # (NaT, NaT)
    counts = analysis.statement_frequency(statements, freq="W", span=span)
    assert counts.empty and list(counts.columns) == ["period", "speaker", "n_statements", "n_articles"]
