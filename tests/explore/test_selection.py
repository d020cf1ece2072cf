"""The explorer's functions: selections, counts, passages and coding sheets (a generated archive, the bundled pages)."""

import pandas as pd
import pytest
from archive_generator import generate_archive

import analysis
from analysis.explore import (
    Explorer,
    article_passages,
    coding_sheet,
    counts_per_period,
    passages_html,
    query_terms,
    select_articles,
    select_statements,
    statement_passages,
)
from analysis.explore.charts import statements_chart, timeline_chart
from analysis.statements.lookup import SpeakerNotFoundError


@pytest.fixture(scope="module")
def archive():
    return generate_archive(600, seed=5, n_outlets=40, n_people=300, days=365)


@pytest.fixture(scope="module")
def tables(tmp_path_factory, archive):
    from archive_generator import write_jsonl

    path = write_jsonl(archive, tmp_path_factory.mktemp("archive") / "archive.jsonl")
    result = analysis.run_pipeline(path, cache=False, progress=False)
    return result.articles, result.statements


def test_a_speaker_by_alias_surname_or_mention_selects_the_same_statements(tables):
    _articles, statements = tables
    speaker = statements["speaker"][statements["speaker_type"] == "person"].value_counts().index[0]
    surname = speaker.split()[-1]
    full = select_statements(statements, speaker=speaker)
    assert len(full) == (statements["speaker"] == speaker).sum() > 0
    if (statements["speaker"].str.split().str[-1] == surname).sum() == len(full):  # a surname only one speaker has
        assert select_statements(statements, speaker=surname.lower()).index.equals(full.index)
    with pytest.raises(SpeakerNotFoundError, match=r"no speaker matches .Zzyzx Qwerty.; the speakers quoted most are"):
        select_statements(statements, speaker="Zzyzx Qwerty")


def test_counts_cover_every_period_and_sum_to_the_selection(tables):
    articles, statements = tables
    span = (articles["published"].min(), articles["published"].max())
    for freq in ("week", "month", "MS"):
        counts = counts_per_period(statements, freq, span, by="speaker")
        assert counts["n"].sum() == statements["published"].notna().sum()
        assert counts["period"].is_monotonic_increasing and counts["period"].is_unique
        assert (counts.loc[counts["n"] == 0, "top"] == "").all() and (counts.loc[counts["n"] > 0, "top"] != "").all()
    weekly = counts_per_period(statements, "week", span)
    busiest = weekly.loc[weekly["n"].idxmax(), "period"]
    behind = select_statements(statements, period=busiest, freq="week")
    assert len(behind) == weekly["n"].max() and (behind["period"] == busiest).all()


def test_passages_point_at_the_statement_in_its_article(tables):
    articles, statements = tables
    passages = statement_passages(statements.head(200), articles)
    assert len(passages) == 200 and list(passages.columns[:4]) == ["doc_id", "outlet", "published", "speaker"]
    for row in passages.itertuples():
        text = articles.at[row.doc_id, row.field]
        assert " ".join(text[row.start : row.end].split()) == row.match
    sheet = coding_sheet(passages)
    assert list(sheet.columns) == [
        "doc_id",
        "outlet",
        "published",
        "speaker",
        "field",
        "start",
        "end",
        "passage",
        "code",
        "note",
    ]
    assert sheet["passage"].str.contains(r"\[", regex=True).all() and (sheet["code"] == "").all()
    html = passages_html(passages, limit=50)
    assert html.count("<mark>") == 50 and "150 more not shown" in html


def test_a_query_is_a_group_name_or_terms_with_wildcards(tables):
    articles, _ = tables
    groups = {"weather": ["flood*", "storm*"]}
    assert query_terms("weather", groups) == ["flood*", "storm*"] and query_terms("sanction*", groups) == ["sanction*"]
    chosen = select_articles(articles, query="weather", groups=groups)
    plain = articles["title"].fillna("").str.contains(r"\b(?:flood|storm)", case=False, regex=True) | articles[
        "text"
    ].str.contains(r"\b(?:flood|storm)", case=False, regex=True)
    assert set(chosen.index) == set(articles.index[plain])
    lines = article_passages(chosen, "weather", groups=groups)
    assert set(lines["doc_id"]) == set(chosen.index)
    assert lines["match"].str.lower().str.match(r"flood|storm").all()


def test_charts_say_what_a_point_is(tables):
    _articles, statements = tables
    counts = counts_per_period(statements, "month", by="speaker")
    bars = timeline_chart(counts, "Statements per month", "statements", "month").data[0]
    assert list(bars.y) == counts["n"].tolist()
    busiest = counts["n"].idxmax()
    assert f"{counts.loc[busiest, 'n']:,} statements" in bars.hovertext[busiest]
    points = statements_chart(statements.head(50), "each statement", top_n=5).data[0]
    assert len(points.x) == 50 and len(set(points.y)) <= 6
    assert all("“" in h for h in points.hovertext)


def test_the_explorer_updates_its_table_and_exports_without_overwriting(tables, tmp_path):
    articles, statements = tables
    explorer = Explorer(articles, statements, export_dir=tmp_path)
    everything = len(explorer.passages)
    assert everything == len(statements)
    speaker = statements["speaker"].value_counts().index[0]
    explorer.speaker.value = speaker
    assert len(explorer.passages) == (statements["speaker"] == speaker).sum() < everything
    assert speaker in explorer.message.value
    period = explorer.period.options[1][1]
    explorer.period.value = period
    assert (explorer.chosen()["period"] == period).all() and len(explorer.passages) == len(explorer.chosen())
    first, second = explorer.export_csv(), explorer.export_csv()
    assert first != second and first.exists() and second.exists()
    assert len(pd.read_csv(first)) == len(explorer.passages)
    explorer.speaker.value = "Zzyzx Qwerty"
    assert len(explorer.passages) == 0 and "<b>" in explorer.message.value


def test_the_explorer_on_the_bundled_pages_resolves_an_alias(bundled):
    result = analysis.run_pipeline(analysis.paths.DATA_DIR / "raw", progress=False)
    explorer = Explorer(result.articles, result.statements, speaker="Lavrov")
    assert set(explorer.selected["speaker"]) == {"Sergey Lavrov"} and "from “Lavrov”" in explorer.message.value
    explorer.what.value = "articles"
    explorer.query.value = "nato"
    terms = query_terms("nato")  # a group of data/keywords.toml
    assert len(terms) > 1 and len(explorer.passages)
    wanted = {t.lower().rstrip("*") for t in terms}
    for match in explorer.passages["match"]:  # a term, or a hyphenated word with a term as one part ("Russia-NATO")
        assert match.lower() in wanted or set(match.lower().split("-")) & wanted, match


def test_the_passages_behind_the_busiest_period_or_all_of_them_without_dates(bundled):
    from analysis.explore import busiest_passages, counts_per_period, select_statements

    statements = analysis.extract_statements(bundled, progress=False)
    chosen = select_statements(statements, freq="W")
    span = (bundled["published"].min(), bundled["published"].max())
    note, behind = busiest_passages(chosen, counts_per_period(chosen, "W", span), bundled)
    assert note.startswith(f"{len(behind):,} statements in the busiest period") and 0 < len(behind) < len(chosen)
    undated = chosen.assign(published=pd.NaT)
    note, behind = busiest_passages(undated, counts_per_period(undated, "W"), bundled)
    assert "none with a date" in note and len(behind) == len(chosen)
    note, behind = busiest_passages(chosen.iloc[:0], counts_per_period(chosen.iloc[:0], "W"), bundled)
    assert note == "No statement matches the selection." and behind.empty
