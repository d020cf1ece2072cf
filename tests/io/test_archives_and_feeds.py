"""Web archives (WARC) and saved RSS / Atom feeds (made-up files)."""

import gzip
from io import BytesIO

import pandas as pd
import pytest
from test_html_files import page

import analysis
from analysis.io import warc_files


def write_warc(path, pages, gzipped=False):
    """A WARC file of HTTP responses: ``(url, crawl date, content type, body)`` each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, crawled, kind, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(body.encode()), http_headers=headers,
                warc_headers_dict={"WARC-Date": crawled},
            )  # fmt: skip
            writer.write_record(record)


def test_each_html_response_of_a_web_archive_is_an_article(tmp_path, monkeypatch):
    undated = page("Bridge reopens", "Metro Herald", "https://metro.example/b", "").replace(
        '<meta property="article:published_time" content="">', ""
    )
    pages = [
        ("https://www.dailyledger.example/t", "2022-03-06T01:02:03Z", "text/html; charset=utf-8",
         page("Talks to continue", "Daily Ledger", "https://www.dailyledger.example/t", "2022-03-04")),
        ("https://metro.example/b", "2022-03-07T08:00:00Z", "text/html", undated),
        ("https://metro.example/logo.png", "2022-03-07T08:00:01Z", "image/png", "PNG"),
        ("https://metro.example/menu", "2022-03-07T08:00:02Z", "text/html", "<html><body>Menu</body></html>"),
    ]  # fmt: skip
    write_warc(tmp_path / "crawl.warc.gz", pages, gzipped=True)
    monkeypatch.setattr(warc_files, "CHUNK_RECORDS", 2)  # several chunks: the file is streamed
    with pytest.warns(UserWarning, match="record 3"):
        articles = analysis.load_articles(tmp_path, progress=False)
    assert sorted(articles.index) == ["crawl_000001", "crawl_000002"]
    first, second = articles.loc["crawl_000001"], articles.loc["crawl_000002"]
    assert first["outlet"] == "Daily Ledger" and first["published"] == pd.Timestamp("2022-03-04", tz="UTC")
    assert first["text"].startswith("The foreign minister said")
    # no date on the page: the crawl date stands for it, and the problems say so
    assert second["published"] == pd.Timestamp("2022-03-07 08:00:00", tz="UTC")
    assert "published=warc:crawl date" in second["provenance"] and "crawl date stands for it" in second["problems"]


def test_a_broken_archive_keeps_what_was_read(tmp_path):
    pages = [
        (f"https://x.example/{k}", "2022-03-06T01:02:03Z", "text/html",
         page(f"Story number {k}", "X News", f"https://x.example/{k}", "2022-03-01"))
        for k in (1, 2)
    ]  # fmt: skip
    write_warc(tmp_path / "a.warc.gz", pages, gzipped=True)
    data = (tmp_path / "a.warc.gz").read_bytes()
    (tmp_path / "a.warc.gz").write_bytes(data[: len(data) - 600])  # a download cut short, in the second record
    (tmp_path / "b.warc").write_bytes(b"<html>saved with the wrong ending</html>")
    with pytest.warns(UserWarning, match="b.warc: no HTML response record in it"):
        articles = analysis.load_articles(tmp_path, progress=False)
    assert list(articles.index) == ["a_000001"]  # what was read is kept


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example News - World</title><link>https://www.example-news.org/world</link>
<item><title>Ceasefire talks resume</title><link>https://www.example-news.org/world/1</link>
<description>&lt;p&gt;Negotiators met again on Tuesday, officials said.&lt;/p&gt;</description>
<pubDate>Tue, 08 Mar 2022 09:00:00 GMT</pubDate></item>
<item><title>No summary here</title><link>https://www.example-news.org/world/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A blog</title><link href="https://blog.example.net/"/>
<entry><title>On maps</title><link rel="alternate" href="https://blog.example.net/maps"/>
<published>2022-04-01T12:00:00Z</published><summary>Maps are models, the author wrote.</summary></entry>
</feed>"""


def test_rss_and_atom_entries_are_articles_of_the_feeds_site(tmp_path):
    (tmp_path / "world.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "blog.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://x</loc></url></urlset>", encoding="utf-8")
    with pytest.warns(UserWarning):
        articles = analysis.load_articles(tmp_path, progress=False)
    assert sorted(articles.index) == ["blog_000001", "world_000001"]
    rss, atom = articles.loc["world_000001"], articles.loc["blog_000001"]
    assert rss["outlet"] == "example-news.org" and rss["text"] == "Negotiators met again on Tuesday, officials said."
    assert rss["published"] == pd.Timestamp("2022-03-08 09:00", tz="UTC") and rss["title"] == "Ceasefire talks resume"
    assert atom["outlet"] == "blog.example.net" and atom["url"] == "https://blog.example.net/maps"
    problems = analysis.load_problems(articles)
    assert problems["problem"].str.contains("sitemap.xml: not a news feed").any()
    assert problems["problem"].str.contains("entry 2: the text is empty").any()


def test_a_gzipped_html_page_beside_a_warc_is_read_by_its_own_reader(tmp_path):
    (tmp_path / "p.html.gz").write_bytes(
        gzip.compress(page("Gzipped", "Z Post", "https://z.example/p", "2022-05-01").encode())
    )
    assert analysis.load_articles(tmp_path, progress=False).loc["p", "outlet"] == "Z Post"
