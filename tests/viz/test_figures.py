"""Figures read through their artists, as seaborn's tests do: legends, text boxes, labels and plotted values.

Every chart is drawn on the bundled corpus and on a generated archive of
thousands of articles from 40 outlets, with 500 people and two years of
dates, and must stay readable on both: no overlapping text, nothing outside
the page, legends of at most N + 1 entries, labelled axes, and the values drawn
equal to the table returned beside the figure.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from figure_checks import legend_labels, overlapping_texts, texts_outside, unlabelled_axes

import analysis
from analysis import viz
from analysis.viz.keywords import MAX_KEYNESS_PANELS
from analysis.viz.style import MAX_HEIGHT, PAGE_WIDTH
from tests.conftest import RAW

N = 6  # a top N below the default, so that grouping is exercised on the bundled corpus too


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    from archive_generator import generate_archive, write_jsonl

    folder = tmp_path_factory.mktemp("archive")
    frame = generate_archive(2500, seed=11, n_outlets=40, n_people=500, days=730)
    path = write_jsonl(frame, folder / "archive.jsonl")
    topics = frame["topic"].unique()
    from archive_generator import TOPICS

    groups = {name: [w + "*" for w in TOPICS[name]["nouns"][:3]] for name in topics}
    groups.update({f"rare {k}": [f"zzqx{k}"] for k in range(3)})  # never mentioned: left out, said so
    result = analysis.run_pipeline(path, progress=False, cache=folder / "cache")
    return {"result": result, "groups": groups, "corpus": path}


@pytest.fixture(scope="module")
def bundled_result(tmp_path_factory):
    return {"result": analysis.run_pipeline(RAW, progress=False, cache=tmp_path_factory.mktemp("cache")),
            "groups": None, "corpus": RAW}  # fmt: skip


@pytest.fixture(params=["bundled", "archive"])
def corpus(request, bundled_result, archive):
    viz.use_house_style()
    data = bundled_result if request.param == "bundled" else archive
    r = data["result"]
    viz.set_corpus_palettes(r.articles, r.statements, r.keyword_counts)
    yield data
    plt.close("all")


def assert_readable(fig, n: int = N):
    assert overlapping_texts(fig) == []
    assert texts_outside(fig) == []
    assert all(len(entries) <= n + 1 for entries in legend_labels(fig)), legend_labels(fig)
    assert unlabelled_axes(fig) == []
    width, height = fig.get_size_inches()
    assert width <= PAGE_WIDTH + 1e-9 and height <= MAX_HEIGHT + 1e-9


def stacked_totals(ax) -> dict[float, float]:
    totals: dict[float, float] = {}
    for patch in ax.patches:
        x = round(patch.get_x() + patch.get_width() / 2, 6)
        totals[x] = totals.get(x, 0.0) + patch.get_height()
    return totals


def test_counts_figure_is_readable_and_draws_the_table(corpus):
    r = corpus["result"]
    span = (r.articles["published"].min(), r.articles["published"].max())
    reports = analysis.statement_frequency(r.statements, freq="W", span=span)
    distinct = analysis.statement_frequency(r.statements, freq="W", span=span, distinct=True)
    dates = pd.to_datetime(["2021-11-12", "2021-12-30", "2022-01-10", "2022-01-12", "2030-01-01"])
    events = pd.DataFrame({"date": dates, "label": ["a", "b", "c", "d", "outside"]})
    fig, data = viz.counts_figure(
        [(reports, "n_statements", "reports per week"), (distinct, "n_statements", "distinct statements per week")],
        by="speaker", freq="W", n=N, title="Statements", events=events, noun="speakers",
    )  # fmt: skip
    assert_readable(fig)
    speakers = r.statements.loc[r.statements["location"] == "body", "speaker"].nunique()
    (entries,) = legend_labels(fig)
    assert len(entries) == min(speakers, N) + (speakers > N)
    assert ("other" in entries) == (speakers > N)
    # Every statement is drawn: bar heights per panel sum to the table's totals.
    panels = [ax for ax in fig.axes if ax.patches]
    assert sum(p.get_height() for p in panels[0].patches) == reports["n_statements"].sum()
    assert sum(p.get_height() for p in panels[1].patches) == distinct["n_statements"].sum()
    assert data.groupby("panel")["value"].sum().to_dict() == {
        "reports per week": reports["n_statements"].sum(),
        "distinct statements per week": distinct["n_statements"].sum(),
    }
    # Bars stand at the middle of their week.
    weeks = reports.groupby("period")["n_statements"].sum()
    middles = {round(mdates.date2num(p.tz_localize(None) + pd.Timedelta(days=3.5)), 6): v for p, v in weeks.items()}
    drawn = stacked_totals(panels[0])
    assert all(abs(drawn.get(x, 0) - v) < 1e-9 for x, v in middles.items())
    # Events outside the data are not drawn, nor numbered.
    band_numbers = [t.get_text() for ax in fig.axes if not ax.axison for t in ax.texts]
    assert sorted(band_numbers) == ["1", "2", "3", "4"]  # the event of 2030 is outside both corpora's dates
    assert "outside" not in fig.texts[-1].get_text() and "4 d (12 Jan 2022)" in fig.texts[-1].get_text()


def test_counts_labels_never_overprint(corpus):
    r = corpus["result"]
    volume = analysis.coverage_volume(r.articles, freq="D")
    fig, _ = viz.counts_figure([(volume, "n_articles", "articles per day")], by="outlet", freq="D", n=N, title="Daily")
    assert_readable(fig)


def test_tone_over_time_counts_articles_and_draws_intervals_only_from_three(corpus):
    r = corpus["result"]
    table = analysis.tone_over_time(r.tone, freq="W")
    fig, data = viz.estimates_figure(table, freq="W", title="Tone", unit="articles")
    assert_readable(fig)
    assert data["n"].sum() == r.tone["tone"].notna().sum()  # n counts articles, the unit averaged
    few = data[data["n"] < 3]
    assert few["ci_low"].isna().all() and few["ci_high"].isna().all()
    assert data.loc[data["n"] >= 3, "ci_low"].notna().all()
    ax = fig.axes[1] if not fig.axes[0].axison else fig.axes[0]
    drawn = np.concatenate(
        [np.asarray(line.get_ydata(), dtype=float) for line in ax.get_lines() if line.get_marker() == "o"]
    )
    assert sorted(np.round(drawn, 9)) == sorted(np.round(data["mean"].to_numpy(dtype=float), 9))


def test_group_estimates_show_n_and_leave_out_the_rest(corpus):
    r = corpus["result"]
    both = analysis.speaker_and_framing(r.articles, r.statements, progress=False)
    table = analysis.tone_by(both, by=["outlet", "source"])
    fig, data = viz.group_estimates_figure(table, y="outlet", hue="source", title="Framing", unit="texts", n=N)
    assert_readable(fig, n=2)
    assert data["outlet"].nunique() <= N
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert sorted(labels) == sorted(f"n={k}" for k in data["n"])
    caption = fig.texts[-1].get_text()
    outlets = table["outlet"].nunique()
    assert ("left out" in caption) == (outlets > N)


def test_keyword_trends_draw_thin_periods_as_points(corpus):
    r = corpus["result"]
    trends = analysis.keyword_trends(r.articles, groups=corpus["groups"], freq="M")
    fig, data = viz.keyword_trends_figure(trends, freq="M", n=N, title="Themes")
    assert_readable(fig)
    titled = [ax for ax in fig.axes if ax.axison and ax.get_title(loc="left")]
    drawn_groups = [ax.get_title(loc="left").rsplit(" (", 1)[0] for ax in titled]
    mentioned = trends.groupby("group")["n_docs"].sum().sort_values(ascending=False, kind="stable")
    expected = [g for g, k in sorted(mentioned.items(), key=lambda kv: (-kv[1], kv[0])) if k > 0][:N]
    assert drawn_groups == expected  # the groups mentioned in most articles, most first
    never = sorted(mentioned.index[mentioned == 0])
    caption = fig.texts[-1].get_text().replace("\n", " ")
    assert all(name in caption for name in never)
    for ax in (a for a in fig.axes if a.axison and a.get_title(loc="left")):
        name = ax.get_title(loc="left").rsplit(" (", 1)[0]
        line = ax.get_lines()[0]
        part = data[data["group"] == name].sort_values("period")
        y = np.asarray(line.get_ydata(), dtype=float)
        solid = (part["drawn_as"] == "line").to_numpy()
        assert np.isnan(y[~solid]).all()
        assert np.allclose(y[solid], part.loc[part["drawn_as"] == "line", "share_pct"].to_numpy())
    assert (data.loc[data["drawn_as"] == "line", "n_articles"] >= viz.MIN_ARTICLES).all()


def test_keyness_draws_its_noise_band_and_counts_clear_of_the_bars(corpus):
    r = corpus["result"]
    tokens = analysis.tokenize(r.articles)
    by = viz.keyness_period(r.articles["published"])
    table = analysis.keyness_by(tokens, by=by, n=8, term_col="lower")
    fig, data = viz.keyness_figure(table, by=by, n=8, title="Keyness")
    assert_readable(fig)
    panels = [ax for ax in fig.axes if ax.axison and ax.patches]
    assert len(panels) == data[by].nunique() <= MAX_KEYNESS_PANELS
    for ax in panels:
        band = [p for p in ax.patches if p.get_facecolor()[:3] != matplotlib.colors.to_rgb("#0072B2")]
        assert band and max(p.get_x() + p.get_width() for p in band) == pytest.approx(2.0)


def test_one_name_one_colour_across_figures(corpus):
    r = corpus["result"]
    volume = analysis.coverage_volume(r.articles, freq="W")
    statements = analysis.statement_frequency(r.statements, freq="W", by=["outlet"])
    fig1, _ = viz.counts_figure([(volume, "n_articles", "articles per week")], by="outlet", n=N, title="A")
    fig2, _ = viz.counts_figure([(statements, "n_statements", "statements per week")], by="outlet", n=N, title="B")

    def legend_colours(fig):
        legend = next(ax.get_legend() for ax in fig.axes if ax.get_legend() is not None)
        return {
            t.get_text(): tuple(h.get_facecolor())
            for t, h in zip(legend.get_texts(), legend.legend_handles, strict=True)
        }

    one, two = legend_colours(fig1), legend_colours(fig2)
    shared = set(one) & set(two)
    assert shared and all(one[name] == two[name] for name in shared)
    assert len(set(one.values())) == len(one)  # distinct within a chart
    speaker_palette = set(viz.style.PALETTES["speaker"])
    assert not {matplotlib.colors.to_hex(c) for c in one.values()} & speaker_palette


def test_figure_data_is_exported_beside_it_rounded(tmp_path, corpus):
    r = corpus["result"]
    table = analysis.tone_over_time(r.tone, freq="M")
    fig, data = viz.estimates_figure(table, freq="M", title="Tone", unit="articles")
    viz.show_figure(fig, "tone", tmp_path, data)
    written = pd.read_csv(tmp_path / "tone.csv")
    assert {p.suffix for p in tmp_path.iterdir()} == {".png", ".svg", ".pdf", ".csv"}
    assert written["n"].tolist() == data["n"].tolist()
    assert np.allclose(written["mean"], data["mean"].round(3), equal_nan=True)
    assert all(len(str(v).split(".")[-1]) <= 3 for v in written["mean"].dropna())


def test_overlap_check_finds_overprinted_text():
    fig = plt.figure(figsize=(4, 3))
    ax = fig.add_axes((0.1, 0.1, 0.8, 0.8))
    ax.text(0.5, 0.5, "security")
    ax.text(0.52, 0.5, "0/17")
    ax.set_xlabel("x")
    assert overlapping_texts(fig) == [("security", "0/17")]
    plt.close(fig)


def test_validation_and_agreement_figures_are_readable():
    viz.use_house_style()
    rated = analysis.load_validation_set("tweets")
    scored = analysis.score_tone(rated, progress=False)
    fig, data = viz.validation_figure(scored, title="tweets")
    assert_readable(fig)
    assert data["method"].tolist() == ["polarity", "vader_compound", "tone"]
    assert data["pearson"].iloc[0] == pytest.approx(scored["polarity"].corr(scored["rating"]), abs=5e-4)
    fig, data = viz.agreement_figure(scored, title="agreement", unit="tweets")
    assert_readable(fig)
    assert len(fig.axes[0].collections[0].get_offsets()) == len(data)
    table = analysis.tone_agreement(scored).iloc[0]  # the table the notebook shows above the figure
    caption = " ".join(fig.texts[-1].get_text().split())
    assert f"(n = {int(table['n']):,})" in caption and f"Pearson r = {table['pearson']:.3f}" in caption
    assert f"of the {int(table['n_both_signed']):,} that both" in caption
    assert f"{table['sign_agreement']:.1%} of them get the same sign" in caption
    plt.close("all")


def test_findings_are_computed_from_the_tables(bundled_result):
    r = bundled_result["result"]
    breakdown = analysis.echo_breakdown(r.statements)
    note = viz.echo_note(breakdown)
    assert f"{breakdown['reports']:,} reports" in note and f"{breakdown['distinct']:,} distinct" in note
    assert breakdown["repeated"] == breakdown[["same_article", "same_outlet", "other_outlet"]].sum()
    assert breakdown["reports"] - breakdown["distinct"] == breakdown["repeated"]
    assert "describe the sample" in viz.sample_note(r.articles, "W")  # five articles: no trends
    both = analysis.speaker_and_framing(r.articles, r.statements, progress=False)
    framing = analysis.tone_by(both, by=["outlet", "source"])
    assert "No outlet has at least 3" in viz.framing_note(framing)


def test_findings_on_a_large_corpus_speak_of_trends_and_separations(archive):
    r = archive["result"]
    note = viz.sample_note(r.articles, "M")
    assert "describe the sample" not in note and "24 months" in note
    both = analysis.speaker_and_framing(r.articles, r.statements, progress=False)
    framing = analysis.tone_by(both, by=["outlet", "source"])
    text = viz.framing_note(framing)
    assert "have at least 3 articles on both sides" in text


def test_charts_over_time_say_why_they_are_empty_for_a_corpus_without_dates():
    undated = pd.DataFrame(
        {
            "outlet": ["BBC", "BBC", "ITV"],
            "published": pd.to_datetime([None, None, None], utc=True),
            "title": ["a", "b", "c"],
            "text": ["One.", "Two.", "Three."],
        },
        index=pd.Index(["1", "2", "3"], name="doc_id"),
    )
    volume = analysis.coverage_volume(undated, freq="W")
    tone = analysis.tone_over_time(undated.assign(tone=[0.1, 0.2, 0.3]), freq="W")
    trends = analysis.keyword_trends(undated, {"one": ["one"]}, freq="W")
    for fig, data in (
        viz.counts_figure([(volume, "n_articles", "articles per week")], by="outlet", title="Articles"),
        viz.estimates_figure(tone, title="Tone"),
        viz.keyword_trends_figure(trends, title="Keywords"),
    ):
        texts = " ".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
        assert ("No article has a publication date" in texts or "no dated articles" in texts) and len(data) == 0
        plt.close(fig)


def test_a_corpus_without_dates_compares_outlets_and_still_gets_a_concordance_term(bundled):
    undated = bundled.assign(published=pd.NaT)
    tokens = analysis.tokenize(undated)
    by = viz.keyness_period(undated["published"])
    assert by == "outlet"
    keyness = analysis.keyness_by(tokens, by=by, n=5, term_col="lower")
    assert set(keyness["outlet"]) <= set(bundled["outlet"]) and len(keyness)
    assert viz.concordance_term(keyness, by, tokens) in set(keyness["term"])
    assert viz.concordance_term(keyness.iloc[:0], by, tokens) in set(tokens["lower"])  # one outlet: no keyness


def test_a_period_length_that_draws_too_many_bars_gives_way_to_a_coarser_one():
    months = pd.Series(pd.date_range("2021-11-01", "2022-01-31", freq="D", tz="UTC"))
    assert viz.readable_freq(months, "W") == "W" and viz.readable_freq(months, "week") == "week"  # kept as given
    centuries = pd.Series(pd.to_datetime(["1789-04-30", "1901-09-14", "2019-02-05"], utc=True))
    assert viz.readable_freq(centuries, "W") == "Y"
    decade = pd.Series(pd.to_datetime(["2000-01-01", "2009-12-31"], utc=True))
    assert viz.readable_freq(decade, "D") == "M"  # 3,652 days, 521 weeks, 120 months
    assert viz.readable_freq(pd.Series(pd.to_datetime([None, None], utc=True)), "W") == "W"


def test_a_date_in_a_page_file_name_is_its_date_when_the_page_has_none(tmp_path):
    body = " ".join(["The president said the nation would meet its duty with courage and with patience."] * 8)
    (tmp_path / "1861-03-04-first-inaugural-address.txt").write_text(f"President: A. Lincoln\n\n{body}\n")
    (tmp_path / "1861-13-04-not-a-date.txt").write_text(f"President: A. Lincoln\n\n{body} Again.\n")
    articles = analysis.load_articles(tmp_path, metadata=False, progress=False)
    first = articles.loc["1861-03-04-first-inaugural-address"]
    assert first["published"] == pd.Timestamp("1861-03-04", tz="UTC") and "published=file name" in first["provenance"]
    assert pd.isna(articles.loc["1861-13-04-not-a-date", "published"])


def test_charts_over_two_centuries_get_year_ticks_far_apart():
    dated = pd.DataFrame(
        {
            "outlet": ["Archive"] * 3,
            "published": pd.to_datetime(["1789-04-30", "1901-09-14", "2019-02-05"], utc=True),
            "title": ["First address", "Message", "State of the Union"],
            "text": ["We the people of the union.", "The union and the people.", "The state of our union."],
        },
        index=pd.Index(["1", "2", "3"], name="doc_id"),
    )
    freq = viz.readable_freq(dated["published"], "W")
    trends = analysis.keyword_trends(dated, {"union": ["union"]}, freq=freq)
    fig, _ = viz.keyword_trends_figure(trends, freq=freq, title="Union")
    years = [int(t.get_text()) for ax in fig.axes for t in ax.get_xticklabels() if t.get_text().isdigit()]
    assert years and min(years) <= 1800 and max(years) >= 2000 and len(years) <= 12
    plt.close(fig)


def test_who_is_quoted_ranks_named_speakers_and_keeps_unnamed_sources_in_their_own_panel():
    rows = [("Ann Lee", "person")] * 5 + [("Acme Corp", "organisation")] * 3 + [("Bo Chen", "person")] * 2
    rows += [("officials", "unnamed")] * 4 + [("a report", "document")]
    statements = pd.DataFrame(rows, columns=["speaker", "speaker_type"])
    statements["location"] = "body"
    statements["statement_id"] = [f"d{i}:0" for i in range(len(statements))]
    statements["statement_group"] = statements["statement_id"].where(statements["speaker"] != "Ann Lee", "d0:0")
    fig, data = viz.who_is_quoted_figure(statements, n=2)
    named, unnamed = fig.axes[0], fig.axes[1]
    top_down = sorted(named.get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in top_down] == ["Ann Lee", "Acme Corp"]  # the most quoted at the top
    assert [p.get_width() for p in named.patches[:2]] == [5, 3]  # reports
    assert [p.get_width() for p in named.patches[2:]] == [1, 3]  # distinct: Ann Lee's five reports are one statement
    assert {t.get_text() for t in unnamed.get_yticklabels()} == {"officials", "a report"}
    assert "5 (1 distinct)" in [t.get_text() for t in named.texts]
    caption = fig.texts[-1].get_text()
    assert "Not shown: 1 more named speakers with 2 statements" in " ".join(caption.split())
    assert "without a name hold 5 statements (33%)" in " ".join(caption.split())
    assert list(data["speaker"]) == ["Ann Lee", "Acme Corp", "officials", "a report"]
    plt.close(fig)


def test_partial_first_and_last_periods_are_hatched_and_named():
    periods = pd.date_range("2022-02-28", periods=5, freq="7D")
    table = pd.DataFrame({"period": periods, "n_articles": [40, 52, 49, 51, 6]})
    coverage = (pd.Timestamp("2022-02-28 08:00", tz="UTC"), pd.Timestamp("2022-03-28 11:00", tz="UTC"))
    fig, data = viz.counts_figure([(table, "n_articles", "articles per week")], freq="W", coverage=coverage)
    bars = fig.axes[0].patches
    assert list(data["value"]) == [40, 52, 49, 51, 6]  # the data drawn are the counts, partial or not
    assert [bool(b.get_hatch()) for b in bars] == [False, False, False, False, True]  # the last week has 1 day
    caption = " ".join(fig.texts[-1].get_text().split())
    assert "Hatched: the week the corpus covers only in part, starting 28 Mar 2022 (1 of 7 days)" in caption
    full, _ = viz.counts_figure([(table, "n_articles", "articles per week")], freq="W")
    assert not any(b.get_hatch() for b in full.axes[0].patches)
    plt.close("all")


def _source_scores():
    rng = np.random.default_rng(3)
    rows = []
    for week, start in enumerate(pd.date_range("2022-02-28", periods=6, freq="7D", tz="UTC")):
        for outlet, k, tone in (("Kremlin", 12, 0.4), ("Kyiv", 10 if week != 2 else 2, 0.1), ("Small", 1, 0.0)):
            rows += [(start + pd.Timedelta(hours=h), outlet, tone + rng.normal(0, 0.05)) for h in range(k)]
    return pd.DataFrame(rows, columns=["published", "outlet", "tone"])


def test_tone_by_source_draws_one_panel_per_source_on_one_scale():
    scored = _source_scores()
    scored["outlet"] = analysis.source_labels(scored, "outlet", n=2)
    table = analysis.tone_over_time(scored, freq="W", by="outlet")
    events = pd.DataFrame({"date": [pd.Timestamp("2022-03-10", tz="UTC")], "label": ["Talks"]})
    fig, data = viz.tone_by_source_figure(table, freq="W", events=events)
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    assert titles == ["Kremlin (72 articles)", "Kyiv (52 articles)", "other (6 articles)"]
    panels = [ax for ax in fig.axes if ax.get_title(loc="left")]
    assert len({ax.get_ylim() for ax in panels}) == 1  # one scale
    kyiv = panels[1]
    hollow = [line for line in kyiv.lines if line.get_markerfacecolor() == "white"]
    assert len(hollow) == 1 and len(hollow[0].get_xdata()) == 1  # the week with 2 articles: a point, no interval
    assert data.loc[(data["outlet"] == "Kyiv") & (data["n"] == 2), "ci_low"].isna().all()
    assert "'other' pools every outlet outside the top 2" in " ".join(fig.texts[-1].get_text().split())
    plt.close(fig)


def test_attention_by_source_draws_each_sources_share_and_one_source_is_a_note():
    scored = _source_scores()
    articles = scored.assign(title="", text=np.where(scored["outlet"] == "Kremlin", "nato said", "grain ship"))
    articles.index = pd.Index([f"d{i}" for i in range(len(articles))], name="doc_id")
    counts = analysis.keyword_counts(articles, {"nato": ["nato"], "grain": ["grain"]})
    articles["outlet"] = analysis.source_labels(articles, "outlet", n=2)
    trends = analysis.keyword_trends(articles, counts=counts, freq="W", by="outlet")
    fig, data = viz.attention_by_source_figure(trends, freq="W")
    panels = [ax for ax in fig.axes if ax.get_title(loc="left")]
    assert [ax.get_title(loc="left").split(" (")[0] for ax in panels] == ["Kremlin", "Kyiv", "other"]
    kremlin = data[(data["outlet"] == "Kremlin") & (data["group"] == "nato")]
    assert (kremlin["share_pct"] == 100.0).all() and (kremlin["drawn_as"] == "line").all()
    kyiv_thin = data[(data["outlet"] == "Kyiv") & (data["n_articles"] == 2)]
    assert set(kyiv_thin["drawn_as"]) == {"point"}  # fewer than 5 articles: not a trend
    assert panels[0].get_ylim()[1] >= 100  # no line is cut off at the top
    plt.close(fig)
    one = trends[trends["outlet"] == "Kremlin"]
    fig, _ = viz.attention_by_source_figure(one, freq="W")
    assert "one outlet only" in " ".join(t.get_text() for t in fig.axes[0].texts)
    plt.close(fig)


def test_collection_gaps_are_marked_and_named():
    periods = pd.date_range("2022-02-28", periods=6, freq="7D")
    volume = pd.DataFrame(
        [(p, "Feed A", n) for p, n in zip(periods, [30, 52, 50, 4, 51, 20], strict=True)]
        + [(p, "Feed B", n) for p, n in zip(periods, [3, 2, 0, 3, 2, 1], strict=True)],  # too small to tell
        columns=["period", "outlet", "n_articles"],
    )
    gaps = analysis.collection_gaps(volume)
    assert gaps[["outlet", "n_articles", "usual"]].values.tolist() == [["Feed A", 4, 40.0]]
    fig, _ = viz.counts_figure([(volume, "n_articles", "articles per week")], by="outlet", freq="W", gaps=gaps)
    markers = [line for line in fig.axes[0].lines if line.get_marker() == "v"]
    assert len(markers) == 1 and len(markers[0].get_xdata()) == 1
    caption = " ".join(fig.texts[-1].get_text().split())
    assert "Feed A in the week of 21 Mar 2022 (4 against a usual 40)" in caption
    plt.close(fig)


def test_speaker_periods_heatmap_has_one_row_per_top_speaker_and_counts_in_cells():
    periods = pd.date_range("2022-02-28", periods=4, freq="7D", tz="UTC")
    rows = [(p, s, n) for s, counts in (("Ann Lee", [3, 0, 1, 2]), ("Bo Chen", [0, 4, 0, 0]), ("Cy Dow", [1, 0, 0, 0]))
            for p, n in zip(periods, counts, strict=True)]  # fmt: skip
    frequency = pd.DataFrame(rows, columns=["period", "speaker", "n_statements"])
    fig, data = viz.speaker_periods_figure(frequency, freq="W", n=2)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ann Lee", "Bo Chen"]  # most statements first
    image = ax.images[0].get_array()
    assert image[0].filled(0).tolist() == [3, 0, 1, 2] and image[1].filled(0).tolist() == [0, 4, 0, 0]
    assert sorted(t.get_text() for t in ax.texts) == ["1", "2", "3", "4"]  # no count in an empty cell
    caption = " ".join(fig.texts[-1].get_text().split())
    assert "Not shown: 1 more named speaker with 1 statement." in caption
    assert data.groupby("speaker")["n_statements"].sum().to_dict() == {"Ann Lee": 6, "Bo Chen": 4}
    plt.close(fig)


def test_keyword_panels_get_their_own_scales_when_peaks_differ_more_than_threefold():
    periods = pd.date_range("2022-02-28", periods=4, freq="7D")
    rows = [(p, g, k, 20, k / 20) for g, ks in (("war", [16, 14, 12, 10]), ("grain", [1, 2, 1, 0]))
            for p, k in zip(periods, ks, strict=True)]  # fmt: skip
    trends = pd.DataFrame(rows, columns=["period", "group", "n_docs", "n_articles", "share"])
    fig, _ = viz.keyword_trends_figure(trends, freq="W")
    panels = [ax for ax in fig.axes if ax.get_title(loc="left")]
    tops = [ax.get_ylim()[1] for ax in panels]
    assert tops[0] > 3 * tops[1]  # war (80%) and grain (10%) each fill their own panel
    assert "Each panel has its own y scale" in " ".join(fig.texts[-1].get_text().split())
    plt.close(fig)
    close = trends.assign(share=lambda t: np.where(t["group"] == "grain", t["share"] * 4, t["share"]))
    fig, _ = viz.keyword_trends_figure(close, freq="W")
    panels = [ax for ax in fig.axes if ax.get_title(loc="left")]
    assert panels[0].get_ylim() == panels[1].get_ylim()
    plt.close(fig)
