"""Bad inputs get clear messages naming the file, are reported, and never stop the rest."""

import json

import pandas as pd
import pytest

import analysis
from analysis import CorpusError

PAGE = """The Daily Example

Minister says talks will continue next week

2021-12-01T09:00:00Z

The minister said on Wednesday that the talks with the delegation would continue next week in the capital, \
and that both sides had agreed on an agenda for the meeting.

"We are ready to work," she said, adding that the negotiations had been constructive and would resume soon.
"""


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_bad_pages_are_skipped_and_reported(tmp_path):
    write(tmp_path / "good.txt", PAGE)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.txt", "   \n\n  ")
    write(tmp_path / "binary.txt", bytes(range(256)) * 4)
    with pytest.warns(UserWarning, match="skipped 3 input"):
        articles = analysis.load_articles(tmp_path, metadata=False)
    assert list(articles.index) == ["good"]
    problems = analysis.load_problems(articles).set_index("doc_id")
    assert "empty" in problems.loc["empty", "problem"] and "empty.txt" in problems.loc["empty", "problem"]
    assert "binary" in problems.loc["binary", "problem"]
    assert set(problems.loc[["empty", "blank", "binary"], "severity"]) == {"skipped"}


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1", "cp1252"])
def test_other_encodings_are_decoded_and_noted(tmp_path, encoding):
    text = PAGE.replace(
        "The minister said",
        {"cp1251": "Министр Лавров заявил", "latin-1": "Der Minister sagte für", "cp1252": "Le ministre a déclaré à"}[
            encoding
        ],
    )
    write(tmp_path / "page.txt", text.encode(encoding))
    articles = analysis.load_articles(tmp_path, metadata=False)
    body = articles.loc["page", "text"]
    assert {"cp1251": "Министр Лавров", "latin-1": "sagte für", "cp1252": "déclaré à"}[encoding] in body
    assert "not UTF-8" in articles.loc["page", "problems"]


def test_page_without_date_or_title_is_kept_with_a_warning(tmp_path):
    body = "The minister spoke at length about many things that were of interest to the assembled reporters today. " * 2
    write(tmp_path / "nodate.txt", body)
    articles = analysis.load_articles(tmp_path, metadata=False)
    row = articles.loc["nodate"]
    assert pd.isna(row["published"]) and pd.isna(row["title"])
    assert "no published found" in row["problems"] and "no title found" in row["problems"]
    severities = analysis.load_problems(articles).query("doc_id == 'nodate'")["severity"]
    assert set(severities) == {"warning"}


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        analysis.load_articles(tmp_path / "nope")


def test_folder_with_nothing_loadable_is_an_error(tmp_path):
    write(tmp_path / "empty.txt", "")
    with pytest.raises(CorpusError, match=r"no article could be loaded.*empty\.txt: the file is empty"):
        analysis.load_articles(tmp_path, metadata=False)


def test_table_without_text_column_lists_its_columns(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame({"id": [1], "headline": ["x"], "date": ["2022-01-01"]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match=r"t\.csv: no text column.*'id', 'headline', 'date'"):
        analysis.load_articles(path)


def test_malformed_table_names_the_file(tmp_path):
    path = write(tmp_path / "bad.jsonl", '{"text": "a"}\n{not json')
    with pytest.raises(CorpusError, match=r"bad\.jsonl: cannot be read as a jsonl table"):
        analysis.load_articles(path)


def test_empty_text_rows_and_bad_dates_are_reported(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame(
        {"id": ["a", "b", "c"], "text": ["Some words here.", "", "More words."], "date": ["2022-01-01", "x", "banana"]}
    ).to_csv(path, index=False)
    with pytest.warns(UserWarning, match="row 2: the text is empty"):
        articles = analysis.load_articles(path)
    assert list(articles.index) == ["a", "c"]
    assert pd.isna(articles.loc["c", "published"]) and "unreadable date 'banana'" in articles.loc["c", "problems"]


def test_dates_as_nested_objects_or_repeated_are_read_row_by_row(tmp_path):
    path = tmp_path / "t.jsonl"
    rows = [
        {"id": "a", "text": "Some words here.", "date": {"$date": "2022-01-01"}},
        {"id": "b", "text": "More words.", "date": "2022-01-02 10:00"},
        {"id": "c", "text": "Other words.", "date": "2022-01-02 10:00"},
        {"id": "d", "text": "Last words.", "date": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles = analysis.load_articles(path)
    assert pd.isna(articles.loc["a", "published"]) and "unreadable date {'$date'" in articles.loc["a", "problems"]
    assert articles.loc["b", "published"] == articles.loc["c", "published"] == pd.Timestamp("2022-01-02 10:00Z")
    assert pd.isna(articles.loc["d", "published"]) and "unreadable" not in articles.loc["d", "problems"]


def test_repeated_doc_ids_are_renamed_not_lost(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame({"id": ["a", "a"], "text": ["One story about talks.", "Another story entirely."]}).to_csv(
        path, index=False
    )
    articles = analysis.load_articles(path)
    assert list(articles.index) == ["a", "a~2"]
    assert "used twice" in analysis.load_problems(articles)["problem"].iloc[0]


def test_malformed_metadata_is_an_error(tmp_path):
    write(tmp_path / "good.txt", PAGE)
    write(tmp_path / "meta.csv", "name,outlet\nx,y\n")
    with pytest.raises(CorpusError, match=r"meta\.csv: a metadata file needs a 'doc_id' column"):
        analysis.load_articles(tmp_path, metadata=tmp_path / "meta.csv")
