"""The loader on corpora like users' own: unseen page layouts and a generated news-archive export."""

import re
import shutil
import tomllib

import pandas as pd
import pytest
from archive_generator import generate_archive, write_jsonl

import analysis
from analysis.io.outlets import load_outlets
from tests.conftest import ROOT

LAYOUTS = ROOT / "tests" / "data" / "layouts"
EXPECTED = tomllib.loads((LAYOUTS / "expected.toml").read_text(encoding="utf-8"))
#: Lines a headline or a body must never be: navigation, skip links, menus, cookie banners.
FURNITURE = re.compile(r"^(skip to|home\s*[>/›]|cookies on|accept additional|menu$|share$|key events)", re.I | re.M)


@pytest.fixture(scope="module")
def layouts():
    return analysis.load_articles(LAYOUTS, metadata=False)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headline_date_and_outlet_of_each_layout(layouts, name):
    row, want = layouts.loc[name], EXPECTED[name]
    assert row["title"] == want["title"]
    assert row["published"].strftime("%Y-%m-%d %H:%M") == want["published"]
    assert row["outlet"] == want["outlet"]


def test_layouts_say_which_evidence_chose_the_headline(layouts):
    titles = analysis.provenance_table(layouts).query("field == 'title'")["source"]
    assert titles.str.match(r"text:headline \(.+\)").all()
    assert titles.str.contains("before the byline or date").sum() >= 4


def test_no_navigation_line_is_a_headline_or_stays_in_a_body(layouts):
    for doc_id, row in layouts.iterrows():
        assert not FURNITURE.search(row["title"]), doc_id
        assert not FURNITURE.search(row["text"]), doc_id
    assert layouts["problems"].eq("").all()


def test_ambiguous_date_without_evidence_is_kept_and_reported(tmp_path):
    shutil.copy(LAYOUTS / "live_page.txt", tmp_path)
    alone = analysis.load_articles(tmp_path, metadata=False)
    assert alone.loc["live_page", "published"] == pd.Timestamp("2022-11-01", tz="UTC")
    assert (
        "ambiguous date: read as 01 November 2022 (month first), could be 11 January 2022"
        in (alone.loc["live_page", "problems"])
    )
    told = analysis.load_articles(tmp_path, metadata=False, dayfirst=True)
    assert told.loc["live_page", "published"] == pd.Timestamp("2022-01-11", tz="UTC")
    assert "dayfirst given" in told.loc["live_page", "provenance"] and told.loc["live_page", "problems"] == ""


def test_ambiguous_table_dates_follow_the_column_and_the_url(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "date": ["11/01/2022", "25/01/2022", "03/02/2022"],
            "text": ["One story.", "Two stories.", "Three stories."],
            "url": [None, None, "https://x.example/2022/03/02/story"],
        }
    ).to_csv(path, index=False)
    articles = analysis.load_articles(path)
    assert articles.loc["a", "published"] == pd.Timestamp("2022-01-11", tz="UTC")  # the column writes day first
    assert articles.loc["c", "published"] == pd.Timestamp("2022-03-02", tz="UTC")  # the URL outranks the column


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    truth = generate_archive(1500, seed=3, n_outlets=40, n_people=400, html_share=0.3)
    folder = tmp_path_factory.mktemp("archive")
    write_jsonl(truth, folder / "archive.jsonl")
    return truth.set_index("id"), analysis.load_articles(folder / "archive.jsonl", workers=2)


def test_archive_texts_and_titles_lose_their_html(archive):
    truth, articles = archive
    assert len(articles) == len(truth)
    tag_or_entity = r"</?(?:p|a|br|ul|li)\b[^>]*>|&(?:nbsp|amp|quot|#\d+);"
    assert not articles["text"].str.contains(tag_or_entity, regex=True).any()
    assert (articles["title"] == truth.loc[articles.index, "true_title"]).all()
    had_html = truth["text"].str.contains("<p>", regex=False)
    assert articles.loc[had_html[had_html].index, "problems"].str.contains("held HTML").all()
    sample = articles.loc[had_html[had_html].index[0], "text"]
    assert "front pages" in sample and "https://" not in sample  # a link is reduced to its words


def test_archive_hosts_become_one_outlet_per_site(archive):
    truth, articles = archive
    assert articles["outlet"].nunique() == truth["outlet"].nunique() == 40
    pairs = pd.crosstab(articles["outlet"], truth.loc[articles.index, "outlet"])
    assert ((pairs > 0).sum(axis=1) == 1).all() and ((pairs > 0).sum(axis=0) == 1).all()
    assert not articles["outlet"].str.match(r"^(www|feeds|rss|amp)\.").any()
    assert (articles["host"] == truth.loc[articles.index, "media_name"]).all()


def test_archive_dates_are_right(archive):
    truth, articles = archive
    expected = pd.to_datetime(truth.loc[articles.index, "publish_date"], utc=True)
    assert (articles["published"] == expected).all()


def test_an_outlets_file_names_the_sites(tmp_path):
    truth = generate_archive(200, seed=5, n_outlets=12, n_people=50)
    write_jsonl(truth, tmp_path / "a.jsonl")
    outlets = tmp_path / "outlets.toml"
    lines = [f'"{o.site}" = "{o.name}"' for o in truth.attrs["outlets"]]
    outlets.write_text("[domains]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    articles = analysis.load_articles(tmp_path / "a.jsonl", outlets=outlets)
    assert (articles["outlet"] == truth.set_index("id").loc[articles.index, "outlet"]).all()
    assert articles["provenance"].str.contains("known domain").all()


def test_known_domains_of_one_outlet_are_merged():
    names = load_outlets()
    assert {names.name(h)[0] for h in ("feeds.bbci.co.uk", "www.bbc.co.uk", "www.bbc.com")} == {"BBC"}
    assert names.name("rss.unknown-site.example")[0] == "unknown-site.example"
    assert names.name("GOV.EX", written=True)[0] == "GOV.EX"


def test_events_belong_to_their_corpus(tmp_path):
    raw = ROOT / "data" / "raw"
    assert len(analysis.corpus_events(raw)) == len(pd.read_csv(raw.parent / "events.csv"))
    assert analysis.corpus_events(ROOT / "tests" / "data" / "other_corpus.csv").empty
    own = tmp_path / "mine.csv"
    own.write_text("date,label\n2023-02-06,Summit opens\n", encoding="utf-8")
    assert analysis.corpus_events(raw, own)["label"].tolist() == ["Summit opens"]
    bad = tmp_path / "bad.csv"
    bad.write_text("date,label\n2023-02-06,Fine\nsoon,Broken\n", encoding="utf-8")
    with pytest.raises(analysis.CorpusError, match=r"bad\.csv: row 3: unreadable date 'soon'"):
        analysis.load_events(bad)


def test_events_outside_the_data_are_not_drawn():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import viz

    events = pd.DataFrame({"date": pd.to_datetime(["2022-01-05", "2023-06-01"]), "label": ["In", "Out"]})
    volume = pd.DataFrame({"period": pd.to_datetime(["2022-01-03", "2022-01-10"], utc=True), "n_articles": [2, 3]})
    fig, _ = viz.counts_figure([(volume, "n_articles", "articles per week")], title="t", events=events)
    panel = next(ax for ax in fig.axes if ax.axison)
    assert len([line for line in panel.get_lines() if line.get_linestyle() == "--"]) == 1
    assert "In (05 Jan 2022)" in fig.texts[-1].get_text() and "Out" not in fig.texts[-1].get_text()
    fig2, _ = viz.counts_figure([(volume, "n_articles", "articles per week")], title="t", events=None)
    assert not [line for ax in fig2.axes for line in ax.get_lines()]
    plt.close("all")


STORY = (
    "Regional officials said on Monday that the new harbour crane would double the port's capacity and create "
    "about two hundred jobs over the next three years, according to the plan published by the council."
)


def test_the_urls_slug_is_evidence_for_the_headline(tmp_path):
    page = "Harbour News\nPort unveils crane to double its capacity\nShipping firms warn of delays at northern ports\n"
    (tmp_path / "p.txt").write_text(page + STORY + "\n", encoding="utf-8")
    assert analysis.load_articles(tmp_path, metadata=False).loc["p", "title"].startswith("Port unveils")
    (tmp_path / "metadata.csv").write_text(
        "doc_id,url\np,https://harbour.example/2022/05/02/shipping-firms-warn-of-delays-at-northern-ports\n",
        encoding="utf-8",
    )
    chosen = analysis.load_articles(tmp_path, metadata=tmp_path / "metadata.csv").loc["p"]
    assert chosen["title"] == "Shipping firms warn of delays at northern ports"
    assert "like the URL's slug" in chosen["provenance"]


def test_a_line_the_site_repeats_on_every_page_is_not_the_headline(tmp_path):
    stories = [
        STORY,
        "The operator said its summer schedule would start two weeks early this year because bookings from "
        "holidaymakers had risen sharply, and that extra crossings would run at weekends until the end of September.",
    ]
    for k, headline in enumerate(["Council approves harbour crane plan", "Ferry timetable changes from May"]):
        page = (
            "The Harbour Courier\n"
            f"{headline}\n"
            "Independent news for the whole coast since 1901\n"
            f"Published: {k + 2} May 2022\n"
            f"{stories[k]}\n"
            "© The Harbour Courier 2022\n"
        )
        (tmp_path / f"p{k}.txt").write_text(page, encoding="utf-8")
    articles = analysis.load_articles(tmp_path, metadata=False)
    assert articles["title"].tolist() == ["Council approves harbour crane plan", "Ferry timetable changes from May"]
    assert "the site repeats 'Independent news" in articles["provenance"].iloc[1]
    assert not articles["text"].str.contains("Independent news").any()


@pytest.mark.parametrize(
    ("headline", "first"),
    [
        ("Rovers 2-1 United", "A late header earned Rovers a win over United at the weekend."),
        ("2004: A year to forget", "It will not be remembered as one of the club's great years."),
        ("Portal celebrates a decade online", "One of the web's best-known sites is ten years old this week."),
    ],
)
def test_a_headline_above_a_short_first_paragraph_is_never_the_outlet(tmp_path, headline, first):
    body = " ".join(["The club said the season had been hard but the squad had grown in confidence."] * 6)
    (tmp_path / "story.txt").write_text(f"{headline}\n\n{first}\n\n{body}\n", encoding="utf-8")
    articles = analysis.load_articles(tmp_path, metadata=False, progress=False)
    assert articles.loc["story", "outlet"] != headline.removesuffix(" online")
    assert "site-name line" not in articles.loc["story", "provenance"]
    assert "desk byline" not in articles.loc["story", "provenance"]
