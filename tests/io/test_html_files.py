"""Saved HTML pages, tables without an outlet column, and Excel exports (made-up files)."""

import gzip

import pandas as pd
import pytest

import analysis
from analysis.io.files import reader_of

STORY = (
    "<p>The foreign minister said on Friday that talks with the delegation would continue next week in Geneva, "
    "and that both sides had agreed on an agenda for the first two days.</p>"
    "<p>\u201cWe are ready to listen,\u201d she told reporters after the meeting, adding that the mood had been "
    "constructive and that officials would publish a summary of the positions on Monday.</p>"
    "<p>Opposition leaders said the talks were a delay and called for a vote in parliament before any deal.</p>"
)


def page(title: str, site: str, url: str, date: str, story: str = STORY) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>'
        f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">'
        f'<meta property="article:published_time" content="{date}"></head><body>'
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
        f"<main><article><h1>{title}</h1>{story}</article></main>"
        "<aside><h3>Most read</h3><ul><li><a href='/x'>Storm hits coast</a></li></ul></aside>"
        f"<footer>Copyright 2022 {site}. All rights reserved.</footer></body></html>"
    )


def test_html_pages_load_with_text_title_date_site_and_url(tmp_path):
    (tmp_path / "talks.html").write_text(
        page("Talks to continue", "Daily Ledger", "https://www.dailyledger.example/world/t", "2022-03-04T10:00:00Z"),
        encoding="utf-8",
    )
    (tmp_path / "agenda.htm.gz").write_bytes(
        gzip.compress(page("Agenda agreed", "Harbor Gazette", "https://news.harbor.example/a/1", "2022-03-05").encode())
    )
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.warns(UserWarning, match="empty.html: no main text"):
        articles = analysis.load_articles(tmp_path, progress=False)
    assert sorted(articles.index) == ["agenda", "talks"]
    talks = articles.loc["talks"]
    assert talks["title"] == "Talks to continue"
    assert talks["outlet"] == "Daily Ledger"
    assert talks["url"] == "https://www.dailyledger.example/world/t"
    assert talks["published"] == pd.Timestamp("2022-03-04", tz="UTC")
    assert talks["text"].startswith("The foreign minister said on Friday")
    assert "Most read" not in talks["text"] and "Copyright" not in talks["text"] and "Home" not in talks["text"]
    assert "\n\n" in talks["text"]  # paragraphs kept
    assert "title=html:title" in talks["provenance"] and "outlet=html:site name" in talks["provenance"]
    assert articles.loc["agenda", "outlet"] == "Harbor Gazette"
    problems = analysis.load_problems(articles)
    skipped = problems[problems["severity"] == "skipped"]
    assert list(skipped["doc_id"]) == ["empty"] and "no main text" in skipped["problem"].iloc[0]


def test_html_endings_are_recognised(tmp_path):
    names = ["a.html", "b.HTM", "c.html.gz", "d.xhtml", "e.txt.gz", "f.gz", "g.csv"]
    assert [reader_of(tmp_path / n) for n in names] == ["html", "html", "html", "html", None, None, "table"]


def test_an_outlet_for_every_article_from_column_host_or_folder(tmp_path):
    folder = tmp_path / "press releases"
    folder.mkdir()
    body = "The president said the agreement would be signed next week, officials confirmed on Monday."
    pd.DataFrame(
        {
            "link": ["http://en.kremlin.example/events/1", "https://www.president.example/news/2", None],
            "headline": ["Meeting held", "Address by the president", "Statement"],
            "date": ["2022-02-21", "2022-02-24", "2022-02-25"],
            "body": [body, body + " Second text.", body + " Third text."],
        }
    ).to_csv(folder / "releases.csv", index=False)
    articles = analysis.load_articles(folder, progress=False).sort_values("published")
    assert articles["outlet"].notna().all()
    assert list(articles["outlet"]) == ["kremlin.example", "president.example", "press releases"]
    assert articles["provenance"].str.contains("outlet=host").sum() == 2
    assert "outlet taken from the folder name" in articles["problems"].iloc[2]


def test_excel_exports_load_like_csv(tmp_path):
    frame = pd.DataFrame(
        {
            "headline": ["One", "Two"],
            "publish_date": ["2022-01-02", "2022-01-03"],
            "source": ["Metro Herald", "World Wire"],
            "text": ["The mayor said the bridge would reopen soon.", "The council said the budget was agreed."],
        }
    )
    frame.to_excel(tmp_path / "export.xlsx", index=False)
    articles = analysis.load_articles(tmp_path, progress=False)
    assert list(articles["title"]) == ["One", "Two"] and list(articles["outlet"]) == ["Metro Herald", "World Wire"]
    assert articles["published"].notna().all()


def test_feed_entries_load_with_their_summary_and_the_feeds_site(tmp_path):
    entries = [
        {
            "source": "https://feeds.example-news.org/world/rss.xml",
            "title": "Ceasefire talks resume",
            "description": "<p>Negotiators met again on Tuesday, officials said.</p>",
            "link": "https://www.example-news.org/world/123",
            "date_published": "2022-03-08T09:00:00+00:00",
        },
        {
            "source": "https://rss.other.example/feed",
            "title": "Markets fall",
            "description": "Shares fell sharply in early trading as investors worried about energy prices.",
            "link": "https://other.example/markets/9",
            "date_published": "2022-03-09T10:30:00+00:00",
        },
    ]
    pd.DataFrame(entries).to_json(tmp_path / "2022-03-09_entries.json", orient="records")
    articles = analysis.load_articles(tmp_path, progress=False).sort_values("published")
    assert list(articles["outlet"]) == ["example-news.org", "other.example"]
    assert articles["published"].notna().all()
    assert articles["text"].iloc[0] == "Negotiators met again on Tuesday, officials said."


def test_snapshot_tables_of_one_name_in_several_folders_get_distinct_ids(tmp_path):
    for day in ("2022-03-01", "2022-03-02"):
        (tmp_path / day).mkdir()
        pd.DataFrame(
            [{"source": "https://feeds.example.org/rss", "title": f"Item of {day}", "description": f"Text of {day}."}]
        ).to_json(tmp_path / day / "feed_entries.json", orient="records")
    articles = analysis.load_articles(tmp_path, progress=False)
    assert sorted(articles.index) == ["2022-03-01_feed_entries_000000", "2022-03-02_feed_entries_000000"]
    assert not analysis.load_problems(articles)["problem"].str.contains("used twice").any()


@pytest.mark.parametrize("layout", range(3))
def test_the_story_and_nothing_else_is_extracted_from_each_site_layout(layout):
    from html_pages import FURNITURE, news_page

    from analysis.io.html_files import extract_html

    paragraphs = [
        "The harbour board said on Tuesday that the new ferry terminal would open in the spring, a year late.",
        "Its chair, Maria Olsen, told a meeting of residents that costs had risen by a fifth since the plans were "
        "approved, mostly because of the price of steel.",
        "Residents asked why the old pier could not be repaired instead; the board said it would publish its "
        "figures next month.",
    ]
    found = extract_html(news_page("Ferry terminal delayed", paragraphs, "Harbor Gazette", "2022-05-03", layout))
    assert all(p in found["text"] for p in paragraphs)  # the whole story
    if layout == 2:
        return  # a table layout with a short story: trafilatura keeps the cells around it (known; see benchmarks)
    for furniture in (FURNITURE["nav"], FURNITURE["footer"], FURNITURE["newsletter"], *FURNITURE["comments"]):
        assert furniture not in found["text"]
