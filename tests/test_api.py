"""The API forgives what users commonly write and explains what it cannot accept."""

import pandas as pd
import pytest

import analysis
from analysis.errors import CorpusError
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return analysis.run_pipeline(ROOT / "data" / "raw", progress=False, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(
    ("spelling", "alias"),
    [("week", "W"), ("weekly", "W"), ("W", "W"), ("month", "M"), ("monthly", "M"), ("ME", "M"), ("MS", "M"),
     ("M", "M"), ("quarter", "Q"), ("year", "Y"), ("A", "Y"), ("day", "D"), ("daily", "D")],
)  # fmt: skip
def test_period_spellings_are_accepted_everywhere(result, spelling, alias):
    expected = analysis.statement_frequency(result.statements, freq=alias)
    assert analysis.statement_frequency(result.statements, freq=spelling).equals(expected)
    assert analysis.tone_over_time(result.tone, freq=spelling).equals(analysis.tone_over_time(result.tone, freq=alias))
    assert analysis.coverage_volume(result.articles, freq=spelling).equals(
        analysis.coverage_volume(result.articles, freq=alias)
    )


def test_an_unknown_period_lists_the_valid_ones(result):
    with pytest.raises(ValueError, match=r"freq='fortnight'.*'day', 'week', 'month', 'quarter' or 'year'"):
        analysis.statement_frequency(result.statements, freq="fortnight")


def test_by_may_be_a_column_name_or_a_list(result):
    one = analysis.statement_frequency(result.statements, by="outlet")
    assert one.equals(analysis.statement_frequency(result.statements, by=["outlet"]))
    assert "outlet" in one.columns and "speaker" not in one.columns
    assert analysis.coverage_volume(result.articles, by="outlet").equals(
        analysis.coverage_volume(result.articles, by=("outlet",))
    )
    assert analysis.tone_by(result.tone, by="outlet").equals(analysis.tone_by(result.tone, by=["outlet"]))


def test_a_speaker_is_found_by_any_of_their_names(result):
    statements = result.statements
    for name in ("Sergey Lavrov", "sergey lavrov", "Lavrov", "Sergei Lavrov"):
        assert analysis.find_speaker(statements, name) == "Sergey Lavrov"
    with pytest.raises(KeyError, match="did you mean Sergey Lavrov"):
        analysis.find_speaker(statements, "Lavrof")
    with pytest.raises(KeyError, match="Antony Blinken in the speakers registry, who has no statements"):
        analysis.find_speaker(statements, "Blinken")


def test_keyword_groups_by_name_list_dict_or_file(result, tmp_path):
    articles = result.articles
    groups = analysis.load_keyword_groups()
    by_name = analysis.keyword_trends(articles, "nato", freq="M")
    assert set(by_name["group"]) == {"nato"}
    assert by_name.equals(analysis.keyword_trends(articles, {"nato": groups["nato"]}, freq="M"))
    terms = analysis.keyword_trends(articles, ["sanction*", "nato"], freq="M")
    assert set(terms["group"]) == {"sanction*", "nato"}
    single = analysis.keyword_trends(articles, {"sanctions": "sanction*"}, freq="M")
    assert single["n_docs"].tolist() == terms.loc[terms["group"] == "sanction*", "n_docs"].tolist()
    path = tmp_path / "mine.toml"
    path.write_text('treaty = ["treat*"]\n', encoding="utf-8")
    assert set(analysis.keyword_trends(articles, str(path), freq="M")["group"]) == {"treaty"}
    with pytest.raises(TypeError, match="keyword groups must be"):
        analysis.keyword_trends(articles, 42, freq="M")


def test_a_function_given_the_wrong_table_says_which_function_makes_the_right_one(result):
    with pytest.raises(KeyError, match=r"tone_over_time needs the column 'tone'.*analysis.score_tone"):
        analysis.tone_over_time(result.articles)
    with pytest.raises(KeyError, match=r"statement_frequency needs the column.*analysis.extract_statements"):
        analysis.statement_frequency(result.articles)


def test_score_tone_never_overwrites_a_users_column_silently():
    rated = pd.DataFrame({"text": ["A wonderful, happy day.", "A terrible, sad loss."], "polarity": [1, -1]})
    with pytest.raises(ValueError, match=r"already has the column 'polarity'.*prefix="):
        analysis.score_tone(rated, progress=False)
    scored = analysis.score_tone(rated, progress=False, prefix="lex_")
    assert scored["polarity"].tolist() == [1, -1] and scored["lex_tone"].iloc[0] > 0 > scored["lex_tone"].iloc[1]
    replaced = analysis.score_tone(rated, progress=False, overwrite=True)
    assert replaced["polarity"].tolist() == scored["lex_polarity"].tolist()


def test_a_file_that_is_not_news_is_reported():
    with pytest.raises(CorpusError, match=r"README\.md: not a news page or an article table"):
        analysis.load_articles(ROOT / "README.md")


def test_keyness_of_an_empty_period_says_so(result):
    tokens = analysis.tokenize(result.articles)
    with pytest.raises(ValueError, match=r"keyness: the target \{month='2023-01-01'\} selects no words"):
        analysis.keyness(tokens, {"month": "2023-01-01"})
    assert len(analysis.keyness(tokens, {"month": "2022-01-01"})) > 0


def test_a_misspelt_column_keyword_group_or_outlet_is_named_with_the_closest_names(bundled):
    import warnings

    from analysis.explore.selection import select_statements

    statements = analysis.extract_statements(bundled, progress=False)
    with pytest.raises(KeyError, match=r"no column 'outlett' in this table; did you mean .*'outlet'"):
        analysis.statement_frequency(statements, by="outlett")
    with pytest.raises(KeyError, match=r"no column 'outlett'.*'outlet'"):
        analysis.coverage_volume(bundled, by="outlett")
    with pytest.raises(ValueError, match=r"'natoo' is not a keyword group.*did you mean 'nato'"):
        analysis.keyword_trends(bundled, "natoo")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        analysis.keyword_trends(bundled, {"zebras": ["zebra*"]})
    assert any("'zebras' matched nothing in 5 articles" in str(w.message) for w in caught)
    outlet = statements["outlet"].iloc[0]
    assert len(select_statements(statements, outlet=outlet.lower())) == (statements["outlet"] == outlet).sum()
    with pytest.raises(ValueError, match=r"no outlet 'bbc' in this table; the closest"):
        select_statements(statements, outlet="bbc")
    with pytest.raises(ValueError, match=r"period='last week' is not a date; give the first day of a period"):
        select_statements(statements, period="last week")
