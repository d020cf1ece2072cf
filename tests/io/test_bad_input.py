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
    problems = analysis.load_problems(articles).query("doc_id == 'nodate'").set_index("problem")["severity"]
    assert problems["no published found in the text or metadata"] == "warning"
    assert problems["no title found in the text or metadata"] == "warning"
    # no outlet on the page and no host: the folder names it, and the problems say so (a note, not a warning)
    assert row["outlet"] == tmp_path.name and "outlet=folder name" in row["provenance"]
    assert problems[f"outlet taken from the folder name {tmp_path.name!r}"] == "info"


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


def test_broken_json_line_is_skipped_with_its_line_number(tmp_path):
    lines = ['{"id": "a", "text": "First story."}', "{not json", '{"id": "c", "text": "Third story."}', "[1, 2]"]
    path = write(tmp_path / "bad.jsonl", "\n".join(lines))
    with pytest.warns(UserWarning, match=r"bad\.jsonl line 2: row skipped, not valid JSON"):
        articles = analysis.load_articles(path)
    assert list(articles.index) == ["a", "c"]
    problems = analysis.load_problems(articles)
    assert problems["source_path"].str.endswith("bad.jsonl line 4").any()
    assert "not an object" in " ".join(problems["problem"])


def test_a_whole_json_file_that_is_broken_names_its_line(tmp_path):
    path = write(tmp_path / "bad.json", '[{"text": "a"},\n {"text": "b",,}]')
    with pytest.raises(CorpusError, match=r"bad\.json: not valid JSON at line 2, column"):
        analysis.load_articles(path)


def test_csv_row_with_a_field_too_many_is_skipped_not_shifted(tmp_path):
    path = write(
        tmp_path / "t.csv",
        "id,publish_date,title,text\n"
        'a1,2022-01-03,First title,"First text, a long one."\n'
        'a2,2022-01-04,Second title,"Second text",extra\n'
        'a3,2022-01-05,Third title,"Third text"\n',
    )
    with pytest.warns(UserWarning, match=r"t\.csv line 3: row skipped, 5 fields where the header has 4"):
        articles = analysis.load_articles(path)
    assert list(articles.index) == ["a1", "a3"]
    assert articles.loc["a3", "title"] == "Third title" and articles.loc["a3", "text"] == "Third text"
    assert articles.loc["a1", "published"] == pd.Timestamp("2022-01-03", tz="UTC")


def test_csv_with_a_trailing_comma_on_every_row_keeps_its_columns(tmp_path):
    path = write(
        tmp_path / "t.csv",
        "id,publish_date,title,text\n"
        "a1,2022-01-03,First title,First text.,\n"
        "a2,2022-01-04,Second title,Second text.,\n",
    )
    articles = analysis.load_articles(path)
    assert list(articles.index) == ["a1", "a2"]
    assert articles.loc["a2", "title"] == "Second title" and articles.loc["a2", "text"] == "Second text."


def test_csv_quote_left_open_is_reported_with_its_lines(tmp_path):
    path = write(
        tmp_path / "t.csv",
        "id,publish_date,title,text\n"
        'a1,2022-01-03,First title,"First text."\n'
        'a2,2022-01-04,"Second title with a stray quote,Second text\n'
        "a3,2022-01-05,Third title,Third text\n"
        'a4,2022-01-06,Fourth title,"Fourth text."\n'
        'a5,2022-01-07,Fifth title,"Fifth text."\n',
    )
    with pytest.warns(UserWarning, match=r"t\.csv line 3: row skipped"):
        articles = analysis.load_articles(path)
    assert "a1" in articles.index and "a5" in articles.index
    assert articles.loc["a5", "title"] == "Fifth title"
    assert not articles["title"].str.contains("\n").any()


def test_table_without_text_column_beside_good_pages_does_not_stop_them(tmp_path):
    write(tmp_path / "good.txt", PAGE)
    pd.DataFrame({"id": [1], "headline": ["x"]}).to_csv(tmp_path / "notes.csv", index=False)
    with pytest.warns(UserWarning, match=r"notes\.csv: no text column"):
        articles = analysis.load_articles(tmp_path, metadata=False)
    assert list(articles.index) == ["good"]


def test_latin1_page_with_a_pound_sign_is_not_read_as_japanese(tmp_path):
    text = PAGE.replace("the talks with the delegation", "a fund of £15.8m for the talks")
    write(tmp_path / "page.txt", text.encode("latin-1") + b" \x81")  # a byte cp1252 does not decode
    articles = analysis.load_articles(tmp_path, metadata=False)
    assert "£15.8m" in articles.loc["page", "text"]
    assert "not UTF-8" in articles.loc["page", "problems"]


def test_a_date_in_the_story_is_not_taken_for_the_publication_date(tmp_path):
    story = (
        "The old bridge, opened on 5 March 1953, will close for repairs next month, the council said on Monday, "
        "after engineers found cracks in two of its supporting piers during an inspection."
    )
    write(tmp_path / "nodate.txt", "Old bridge to close for repairs after cracks found\n\n" + story + "\n")
    articles = analysis.load_articles(tmp_path, metadata=False)
    assert pd.isna(articles.loc["nodate", "published"])
    assert "dates in the story (5 March 1953) were not taken" in articles.loc["nodate", "problems"]


def test_an_impossible_date_is_reported_not_taken_for_a_label(tmp_path):
    write(tmp_path / "p.txt", PAGE.replace("2021-12-01T09:00:00Z", "31/02/2022"))
    articles = analysis.load_articles(tmp_path, metadata=False)
    assert "line 5: '31/02/2022' is not a real date" in articles.loc["p", "problems"]
    removed = analysis.removed_lines(tmp_path)
    assert removed.loc[removed["line"] == "31/02/2022", "reason"].tolist() == ["date line (invalid date)"]


def test_attrs_are_not_copied_on_every_access(tmp_path):
    import time

    for k in range(50):
        write(tmp_path / f"p{k:02d}.txt", PAGE.replace("next week", f"in week {k}"))
    write(tmp_path / "empty.txt", "")
    with pytest.warns(UserWarning):
        articles = analysis.load_articles(tmp_path, metadata=False)
    log = articles.attrs["problems"]
    assert articles.loc[["p00", "p01"]].attrs["problems"] is log  # shared, not deep-copied
    assert len(analysis.load_problems(articles.iloc[:3])) == len(analysis.load_problems(articles))
    start = time.perf_counter()
    for _ in range(200):
        articles.loc["p07"]
    assert (time.perf_counter() - start) / 200 < 0.01


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


def test_many_skipped_inputs_make_one_short_line_and_the_table_keeps_them_all(tmp_path):
    write(tmp_path / "good.txt", PAGE)
    for k in range(40):
        write(tmp_path / f"empty{k:02d}.txt", "")
    write(tmp_path / "binary.txt", bytes(range(256)) * 4)
    with pytest.warns(UserWarning) as caught:
        articles = analysis.load_articles(tmp_path, metadata=False)
    [line] = [str(w.message) for w in caught if "skipped" in str(w.message)]
    assert line.startswith("load_articles skipped 41 inputs (loaded 1 articles): 40 × ")
    assert "(empty00.txt)" in line and "1 × " in line and "load_problems" in line
    assert len(line) < 400 and "\n" not in line
    assert (analysis.load_problems(articles)["severity"] == "skipped").sum() == 41


def test_a_loaded_corpus_can_be_saved_as_parquet_with_its_problems(tmp_path):
    write(tmp_path / "good.txt", PAGE)
    write(tmp_path / "empty.txt", "")
    with pytest.warns(UserWarning):
        articles = analysis.load_articles(tmp_path, metadata=False)
    articles.to_parquet(tmp_path / "articles.parquet")  # attrs are written as JSON
    again = pd.read_parquet(tmp_path / "articles.parquet")
    assert analysis.load_problems(again).equals(analysis.load_problems(articles))


# -- third round (issue 32): encodings, NUL bytes, link loops, markup in text pages ---------------------------


def test_utf16_and_utf32_text_is_decoded_by_its_mark_or_its_nul_bytes_and_noted(tmp_path):
    write(tmp_path / "bom16.txt", "\ufeff".encode("utf-16-le") + PAGE.encode("utf-16-le"))
    write(tmp_path / "be16.txt", PAGE.encode("utf-16"))  # with the platform's mark
    write(tmp_path / "nobom.txt", PAGE.replace("Minister says", "Ministers say").encode("utf-16-le"))
    write(tmp_path / "bom32.txt", PAGE.replace("talks", "meetings").encode("utf-32"))
    articles = analysis.load_articles(tmp_path, metadata=False, drop_duplicates=False)
    assert set(articles.index) == {"bom16", "be16", "nobom", "bom32"}
    assert set(articles["title"]) >= {
        "Minister says talks will continue next week",
        "Ministers say talks will continue next week",
    }
    notes = analysis.load_problems(articles).set_index("doc_id")["problem"]
    assert "decoded as utf-16 (byte-order mark)" in notes.loc["bom16"]
    assert "every other byte NUL" in notes.loc["nobom"] and "utf-32" in notes.loc["bom32"]


def test_a_nul_byte_in_a_page_is_dropped_and_noted_and_a_binary_file_still_refused(tmp_path):
    data = PAGE.encode("utf-8")
    write(tmp_path / "cut.txt", data[:200] + b"\x00" + data[200:])
    write(tmp_path / "image.txt", bytes(range(256)) * 40)
    with pytest.warns(UserWarning, match=r"image\.txt: the file is binary"):
        articles = analysis.load_articles(tmp_path, metadata=False)
    assert list(articles.index) == ["cut"] and "\x00" not in articles.loc["cut", "text"]
    assert "delegation would continue" in articles.loc["cut", "text"]
    problems = analysis.load_problems(articles).set_index("doc_id")
    assert problems.loc["cut", "problem"] == "1 NUL byte removed" and problems.loc["cut", "severity"] == "info"


def test_link_loops_and_broken_links_are_problems_of_their_own_and_folders_are_walked_once(tmp_path):
    write(tmp_path / "good.txt", PAGE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "other.txt", PAGE.replace("Minister says", "Envoy says").replace("Wednesday", "Friday"))
    (tmp_path / "sub" / "up").symlink_to("..")  # a link to the parent folder
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")  # two links to each other
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    with pytest.warns(UserWarning, match="skipped 3 inputs"):
        articles = analysis.load_articles(tmp_path, metadata=False)
    assert set(articles.index) == {"good", "other"}  # each folder once, through the loop or not
    problems = analysis.load_problems(articles).set_index("doc_id")["problem"]
    assert "a symbolic link that loops" in problems.loc["a"] and "a symbolic link that loops" in problems.loc["b"]
    assert "broken symbolic link" in problems.loc["gone"] and "missing.txt" in problems.loc["gone"]


def test_html_in_a_text_page_is_cleaned_as_in_table_cells_and_noted(tmp_path):
    page = (
        "<b>Minister</b> speaks on the talks with the delegation <script>alert('x')</script>\n\n"
        "<script>document.write('<p>ad</p>')</script><p>The minister said on Wednesday that the talks with the "
        "delegation would continue next week in the capital &amp; that both sides had agreed on an agenda.</p>\n\n"
        "<p>Officials said the meeting would be held behind closed doors and that no statement was expected "
        "before the end of the week, when the two delegations meet again.</p>\n"
    )
    write(tmp_path / "marked.txt", page)
    articles = analysis.load_articles(tmp_path, metadata=False)
    row = articles.loc["marked"]
    assert row["title"] == "Minister speaks on the talks with the delegation"
    assert "<" not in row["text"] and "alert" not in row["text"] and "document.write" not in row["text"]
    assert "in the capital & that both sides" in row["text"]
    assert "HTML markup removed from 3 lines" in row["problems"]


def test_a_quotation_mark_left_open_names_every_line_of_the_rows_it_swallowed(tmp_path):
    write(
        tmp_path / "t.csv",
        "title,text,date\n"
        'A first headline,"The first text has enough words to be a story about the talks today.",2021-12-01\n'
        'A second headline,"The second text has an unclosed quote about the talks and more,2021-12-02\n'
        'A third headline,"The third text is fine and has enough words to be a story.",2021-12-03\n'
        'A fourth headline,"The fourth text is fine and has enough words to be a story too.",2021-12-04\n',
    )
    with pytest.warns(
        UserWarning, match=r"t\.csv line 3: row skipped, a quotation mark out of place .*lines 3-4 skipped"
    ):
        articles = analysis.load_articles(tmp_path / "t.csv")
    assert list(articles["title"]) == [
        "A first headline",
        "A fourth headline",
    ]  # the third is not merged into the second


def test_a_speaker_line_names_the_speaker_and_no_paragraph_is_lost(tmp_path):
    # a short transcript: its first paragraph is short, and its header names who speaks
    (tmp_path / "1999-03-01-remarks.txt").write_text(
        "President: Abigail Marsh\n\nThank you all.\n\nI came here today to talk about the harbour and the jobs it "
        "brings. We will rebuild the sea wall before winter, and I will hold every contractor to the date.\n",
        encoding="utf-8",
    )
    articles = analysis.load_articles(tmp_path)
    row = articles.iloc[0]
    assert row["speaker"] == "President Abigail Marsh" and row["outlet"] != "President: Abigail Marsh"
    assert row["text"].startswith("Thank you all.")  # the short first paragraph is kept
    statements = analysis.extract_statements(articles, progress=False)
    assert set(statements["speaker"]) == {"Abigail Marsh"}


def test_a_salutation_under_a_speaker_line_is_no_outlet(tmp_path):
    (tmp_path / "1861-07-04-message.txt").write_text(
        "President: Abigail Marsh\n\nTo the House of Representatives:\n\nI return the bill without my approval, "
        "for reasons I now set out at some length to the members of the House.\n",
        encoding="utf-8",
    )
    row = analysis.load_articles(tmp_path).iloc[0]
    assert row["outlet"] != "To the House of Representatives:" and row["text"].startswith("To the House")


def test_a_dataset_s_readme_in_its_folder_is_reported_not_read(tmp_path):
    (tmp_path / "sport").mkdir()
    write(tmp_path / "sport" / "001.txt", PAGE)
    write(tmp_path / "README.TXT", "Consists of 2225 documents from a news website.\n\nContact the authors.")
    write(tmp_path / "LICENSE.txt", "All rights reserved.")
    with pytest.warns(UserWarning, match="skipped 2 inputs"):
        articles = analysis.load_articles(tmp_path, metadata=False)
    assert len(articles) == 1
    problems = analysis.load_problems(articles)
    skipped = problems[problems["severity"] == "skipped"]
    assert sorted(skipped["problem"].str.split(":").str[0]) == ["LICENSE.txt", "README.TXT"]
    named = analysis.load_articles(tmp_path / "README.TXT", metadata=False)  # a file given by name is read
    assert len(named) == 1
