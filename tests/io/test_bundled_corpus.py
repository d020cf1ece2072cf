"""The five bundled pages: extracted metadata pinned, bodies clean and complete."""

import hashlib

import pandas as pd
import pytest

import analysis
from tests.conftest import RAW

EXPECTED = {
    "000_99d5720e21fd7111": {
        "outlet": "Sputnik International",
        "original_source": None,
        "published": "2021-11-12 00:00",
        "title": "Lavrov: Russia Vows Asymmetrical Response to 'Unfriendly' Western Actions",
        "paragraphs": 7,
        "first": "Negotiations between the foreign and defence ministers",
        "last": "The move prompted Russia to also announce its own exit from the two accords.",
    },
    "001_6946181a8443845e": {
        # no headline or site name in the page: both from data/metadata.csv
        "outlet": "Republic World",
        "original_source": None,
        "published": "2021-11-13 00:00",
        "title": "Russia to take asymmetric retaliatory steps to any unfriendly Western actions: Lavrov",
        "paragraphs": 6,
        "first": "Russian Foreign Minister Sergey Lavrov on Friday, 12 November, pledged",
        "last": "with the US threatening to shut down its embassy in Moscow.",
    },
    "002_ed481909e8ab30a5": {
        "outlet": "The Limited Times",
        "original_source": "cnnespanol",
        "published": "2022-01-26 10:57",
        "title": 'Lavrov warns that Russia "will not sit idly by"',
        "paragraphs": 9,
        "first": 'Russian Foreign Minister Sergei Lavrov said that if "the West continues its aggressive line',
        "last": 'security guarantees to Russia with the NATO countries," he added.',
    },
    "003_82edac74d0bf04c3": {
        "outlet": "The Limited Times",
        "original_source": "SANA",
        "published": "2022-01-21 11:19",
        "title": "Lavrov: Relations between Moscow and Washington have reached a critical and dangerous point",
        "paragraphs": 9,
        "first": "Moscow, SANA- Russian Foreign Minister Sergey Lavrov affirmed",
        "last": 'attempt to form its own "sphere of influence in Europe."',
    },
    "004_f67ecfa94cc7dd83": {
        "outlet": "WION",
        "original_source": None,
        "published": "2021-12-31 14:59",
        "title": "Russia will take measures to eliminate threats if US ignores security proposals: Minister Lavrov",
        "paragraphs": 9,
        "first": "Russia will be forced to take necessary measures",
        "last": "They agreed, however, to hold talks with Russia to discuss its concerns.",
    },
}

BOILERPLATE = [
    "Subscribe",
    "You may like",
    "Trends 24h",
    "log in or register",
    "©",
    "Photograph:",
    "(Image:",
    "Sputnik International, 1920",
    "Newsfeed",
    "Заголовок",
    "Now you can see non-English news",
    "Source:",
    "All news articles on",
    "external sources",
    "Privacy",
    "advertising",
    "ugc_banner",
    "main img",
    "Story highlights",
    "WION Web Team",
    "Updated:",
    "Follow Sana",
    "https://",
    "•",
    "United StatesRussia",
    "(With inputs from agencies)",
    "2:07",
    "Stay tuned",
    "date 2021-11-13",
    "News/Politics",
]


def test_every_bundled_page_is_loaded(bundled):
    assert sorted(bundled.index) == sorted(EXPECTED)
    assert analysis.load_problems(bundled).query("severity == 'skipped'").empty


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_extracted_metadata(bundled, doc_id):
    row, want = bundled.loc[doc_id], EXPECTED[doc_id]
    assert row["outlet"] == want["outlet"]
    assert (None if pd.isna(row["original_source"]) else row["original_source"]) == want["original_source"]
    assert row["published"].strftime("%Y-%m-%d %H:%M") == want["published"]
    assert row["title"] == want["title"]
    assert row["language"] == "en"


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_body_is_clean_and_complete(bundled, doc_id):
    text, want = bundled.loc[doc_id, "text"], EXPECTED[doc_id]
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == want["paragraphs"]
    assert paragraphs[0].startswith(want["first"])
    assert paragraphs[-1].endswith(want["last"])
    for fragment in BOILERPLATE:
        assert fragment not in text, fragment
    assert want["title"] not in text


def test_every_long_raw_line_is_kept_or_removed_for_a_reason(bundled):
    """No story paragraph is lost: each long line of a page is in the body or was removed as furniture."""
    removed = analysis.removed_lines(RAW)
    allowed = {
        "photo caption or credit",
        "photo caption (repeated)",
        "copyright or photo credit",
        "section teaser",
        "repeated paragraph",
        "footer",
        "title",
        "related-story bullet",
        "video teaser",
        "date line",
        "site disclaimer",
        "promotional link",
    }
    for path in sorted(RAW.glob("*.txt")):
        body = bundled.loc[path.stem, "text"]
        mine = removed[removed["doc_id"] == path.stem].set_index("line_no")
        for line_no, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
            if len(line.split()) < 8:
                continue
            if line_no in mine.index:
                assert mine.loc[line_no, "reason"] in allowed, (path.name, line)
            else:
                assert " ".join(line.split()).removeprefix("date 2021-11-13 ")[:150] in body, (path.name, line)


def test_provenance_says_where_fields_came_from(bundled):
    prov = analysis.provenance_table(bundled).set_index(["doc_id", "field"])["source"]
    assert prov[("001_6946181a8443845e", "title")] == "metadata"
    assert prov[("001_6946181a8443845e", "published")].startswith("text:labelled")
    assert prov[("004_f67ecfa94cc7dd83", "outlet")] == "text:desk byline"
    assert prov[("002_ed481909e8ab30a5", "original_source")] == "text:source line"
    assert prov[("003_82edac74d0bf04c3", "original_source")] == "metadata"
    assert set(prov.index.get_level_values("field")) == set(analysis.io.records.PROVENANCE_FIELDS)


def test_extraction_without_metadata_reports_what_is_missing():
    articles = analysis.load_articles(RAW, metadata=False)
    row = articles.loc["001_6946181a8443845e"]
    assert pd.isna(row["title"]) and "no title found" in row["problems"]
    # no outlet on the page and no URL without the metadata file: the folder's name, and the problems say so
    assert row["outlet"] == RAW.name and "outlet taken from the folder name" in row["problems"]
    assert articles.loc["003_82edac74d0bf04c3", "original_source"] == "sena"
    problems = analysis.load_problems(articles).query("doc_id == '001_6946181a8443845e'")
    assert set(problems["severity"]) == {"warning", "info"}
    assert set(problems.query("severity == 'info'")["problem"]) == {f"outlet taken from the folder name {RAW.name!r}"}


def test_columns_and_dtypes(bundled):
    assert bundled.index.name == "doc_id"
    assert {k: str(v) for k, v in bundled.dtypes.items()} == analysis.ARTICLE_COLUMNS
    assert (bundled["n_words"] > 150).all()
    assert bundled["duplicate_of"].isna().all()


def test_raw_files_are_never_written(tmp_path):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW.glob("*.txt")}
    analysis.load_articles(RAW)
    analysis.removed_lines(RAW)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW.glob("*.txt")}
    assert before == after
