"""Sources apart: top outlets with the rest as "other", and how far each period's mix stands from the corpus's."""

import pandas as pd
import pytest

import analysis
from analysis.viz import mix_note


def _articles(rows):
    return pd.DataFrame(
        [(pd.Timestamp(d, tz="UTC"), o) for d, o, k in rows for _ in range(k)], columns=["published", "outlet"]
    )


def test_source_labels_keep_the_top_outlets_and_pool_the_rest():
    articles = _articles(
        [("2022-03-01", "A", 5), ("2022-03-01", "B", 3), ("2022-03-01", "C", 3), ("2022-03-01", "D", 1)]
    )
    labels = analysis.source_labels(articles, "outlet", n=2)
    assert labels.value_counts().to_dict() == {"A": 5, "B": 3, "other": 4}  # B before C: ties by name


def test_mix_shift_is_the_share_of_articles_that_would_change_source():
    # week 1: 10 A + 10 B; week 2: 20 A, 0 B. Overall 30 A / 10 B = 75% / 25%.
    articles = _articles([("2022-03-01", "A", 10), ("2022-03-01", "B", 10), ("2022-03-08", "A", 20)])
    shift = analysis.mix_shift(articles, freq="W")
    assert shift["n_articles"].tolist() == [20, 20]
    assert shift["distance"].round(3).tolist() == [0.25, 0.25]  # |50-75| + |50-25| over 2; |100-75| + |0-25| over 2
    assert shift.loc[0, "share"] == pytest.approx(0.5) and shift.loc[0, "overall_share"] == pytest.approx(0.75)


def test_mix_note_names_the_period_and_says_by_how_much():
    weeks = [("2022-03-01", 40, 40), ("2022-03-08", 4, 36), ("2022-03-15", 20, 20)]
    articles = _articles([row for d, a, b in weeks for row in ((d, "Kremlin", a), (d, "Kyiv", b))])
    note = mix_note(analysis.mix_shift(articles, freq="W"), freq="W")
    assert "the week of 7 Mar 2022" in note and "Kremlin made 10% of that week's 40 articles" in note
    assert "In 1 week of 3" in note
    steady = _articles(
        [("2022-03-01", "A", 20), ("2022-03-01", "B", 20), ("2022-03-08", "A", 21), ("2022-03-08", "B", 19)]
    )
    assert "not driven by the mix" in mix_note(analysis.mix_shift(steady, freq="W"), freq="W")


def test_mix_note_with_one_outlet_says_so():
    one = _articles([("2022-03-01", "A", 20), ("2022-03-08", "A", 12)])
    assert "one outlet only" in mix_note(analysis.mix_shift(one, freq="W"), freq="W")
