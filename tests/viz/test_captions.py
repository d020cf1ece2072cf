"""Every number a figure's caption or panel titles state comes from the table drawn (issue 30 item 7).

One generated archive (several outlets, two years, hundreds of speakers) and an
event; each figure of the report is made as the notebooks make it, and each
count its caption or panel titles state is recomputed from the ``data`` table the
figure returns, or from the table it was made from.
"""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from archive_generator import generate_archive, write_jsonl

import analysis
from analysis import viz
from analysis._engine.cache import DerivedCache


def _caption(fig) -> str:
    return " ".join(fig.texts[-1].get_text().split())


def _titles(fig) -> dict[str, int]:
    """Panel titles "Name (1,234 articles)" as {name: count}."""
    out = {}
    for ax in fig.axes:
        m = re.fullmatch(r"(.+) \(([\d,]+) \w+\)", ax.get_title(loc="left"))
        if m:
            out[m.group(1)] = int(m.group(2).replace(",", ""))
    return out


def _number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("captions")
    frame = generate_archive(400, seed=8, n_outlets=12, n_people=120, days=300)
    source = write_jsonl(frame, path / "archive.jsonl")
    result = analysis.run_pipeline(source, progress=False, cache=DerivedCache(path / "cache"))
    viz.set_corpus_palettes(result.articles, result.statements, result.keyword_counts)
    events = pd.DataFrame({"date": [result.articles["published"].median()], "label": ["Summit"]})
    return result, events


def test_coverage_caption_counts_the_outlets_and_articles_grouped(corpus):
    result, events = corpus
    volume = analysis.coverage_volume(result.articles, freq="M")
    fig, data = viz.counts_figure([(volume, "n_articles", "articles per month")], by="outlet", freq="M", n=5,
                                  events=events, noun="outlets")  # fmt: skip
    m = re.search(r"the other ([\d,]+) \(([\d,]+) articles\)", _caption(fig))
    assert _number(m.group(1)) == result.articles["outlet"].nunique() - 5
    assert _number(m.group(2)) == data.loc[data["outlet"] == "other", "value"].sum()
    assert data["value"].sum() == result.articles["published"].notna().sum()
    plt.close(fig)


def test_who_is_quoted_caption_counts_come_from_the_statements(corpus):
    result, _ = corpus
    statements = result.statements
    fig, data = viz.who_is_quoted_figure(statements, n=10)
    caption = _caption(fig)
    body = statements[statements["location"] == "body"]
    assert caption.startswith(f"{len(body):,} statements in article bodies.")
    named = data[data["panel"] == "named"]
    m = re.search(r"Not shown: ([\d,]+) more named speakers with ([\d,]+) statements", caption)
    named_total = body["speaker_type"].isin(["person", "organisation"]).sum()
    assert _number(m.group(2)) == named_total - named["n_reports"].sum()
    m = re.search(r"Sources without a name hold ([\d,]+) statements \((\d+)%\)", caption)
    if named_total == len(body):  # every statement named: the caption says nothing of unnamed sources
        assert m is None and "without a name" not in caption
    else:
        assert _number(m.group(1)) == len(body) - named_total
        assert int(m.group(2)) == round(100 * (len(body) - named_total) / len(body))
    plt.close(fig)


def test_speaker_heatmap_caption_counts_the_speakers_left_out(corpus):
    result, _ = corpus
    frequency = analysis.statement_frequency(result.statements, freq="M")
    fig, data = viz.speaker_periods_figure(frequency, freq="M", n=15)
    m = re.search(r"Not shown: ([\d,]+) more named speakers? with ([\d,]+) statements?", _caption(fig))
    totals = frequency.groupby("speaker")["n_statements"].sum()
    assert _number(m.group(1)) == (totals > 0).sum() - 15
    assert _number(m.group(2)) == totals.sum() - data["n_statements"].sum()
    plt.close(fig)


def test_keyword_panels_count_the_articles_drawn(corpus):
    result, events = corpus
    trends = analysis.keyword_trends(result.articles, counts=result.keyword_counts, freq="M")
    fig, data = viz.keyword_trends_figure(trends, freq="M", events=events, n=4)
    titles = _titles(fig)
    assert titles and titles == {g: int(n) for g, n in data.groupby("group")["n_docs"].sum().items()}
    plt.close(fig)


def test_by_source_panels_count_what_each_source_drew(corpus):
    result, events = corpus
    scored = result.tone.assign(outlet=analysis.source_labels(result.tone, "outlet"))
    table = analysis.tone_over_time(scored, freq="M", by="outlet")
    fig, data = viz.tone_by_source_figure(table, freq="M", events=events)
    assert _titles(fig) == {o: int(n) for o, n in data.groupby("outlet")["n"].sum().items()}
    assert sum(_titles(fig).values()) == result.tone["published"].notna().sum()
    plt.close(fig)
    articles = result.articles.assign(outlet=analysis.source_labels(result.articles, "outlet"))
    trends = analysis.keyword_trends(articles, counts=result.keyword_counts, freq="M", by="outlet")
    fig, data = viz.attention_by_source_figure(trends, freq="M", events=events)
    assert _titles(fig) == articles.groupby("outlet").size().to_dict()
    plt.close(fig)


def test_keyness_between_titles_count_each_sides_articles_and_words(corpus):
    result, events = corpus
    tokens = analysis.tokenize(result.articles, by_sentence=False)
    sides = analysis.split_sides(result.articles, events)
    table = analysis.keyness_between(tokens, sides, n=10)
    fig, data = viz.keyness_between_figure(table, sides, tokens, n=10)
    for ax, docs in zip(fig.axes[:2], (sides.docs_a, sides.docs_b), strict=True):
        m = re.search(r": ([\d,]+) articles?,\s([\d,]+) words", ax.get_title(loc="left"))
        assert _number(m.group(1)) == len(docs)
        assert _number(m.group(2)) == tokens["doc_id"].isin(docs).sum()
    counts = data.set_index("term")[["count_a", "count_b"]]
    labels = [t.get_text() for t in fig.axes[0].texts]
    first = data[data["side"] == sides.label_a].iloc[0]
    assert f"{int(counts.loc[first['term'], 'count_a']):,} / {int(counts.loc[first['term'], 'count_b']):,}" in labels
    plt.close(fig)


def test_lexicon_agreement_caption_is_the_agreement_table(corpus):
    result, _ = corpus
    fig, _ = viz.agreement_figure(result.tone, unit="articles")
    row = analysis.tone_agreement(result.tone).iloc[0]
    caption = _caption(fig)
    assert f"{row['sign_agreement']:.1%}" in caption
    assert f"{int(row['n']):,}" in caption
    plt.close(fig)


def test_a_long_keyness_panel_title_breaks_before_its_word_count_and_stays_inside_the_figure(corpus):
    import dataclasses

    result, events = corpus
    tokens = analysis.tokenize(result.articles, by_sentence=False)
    sides = analysis.split_sides(result.articles, events)
    sides = dataclasses.replace(sides, label_a="the first side of them all", label_b="everyone else in the corpus")
    table = analysis.keyness_between(tokens, sides, n=10)
    fig, _ = viz.keyness_between_figure(table, sides, tokens, n=10)
    renderer = fig.canvas.get_renderer()
    titles = [ax._left_title for ax in fig.axes[:2]]  # set with loc="left"
    assert all(t.get_window_extent(renderer).x1 <= fig.bbox.x1 for t in titles)  # the right one ran off before
    assert all("\n" in t.get_text() for t in titles)  # label and articles, then the words
    plt.close(fig)
