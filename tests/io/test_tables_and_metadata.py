"""Article tables in every format, column-name mapping, and metadata overrides."""

import json

import pandas as pd
import pytest

import analysis
from analysis import CorpusError

ROWS = [
    {
        "stories_id": 11,
        "publish_date": "2021-12-02 08:00:00",
        "headline": "Talks resume",
        "media_name": "Daily A",
        "body": "Delegates met again.\nThey agreed on an agenda.",
        "url": "https://a.example/1",
    },
    {
        "stories_id": 12,
        "publish_date": "2021-12-03T10:00:00+03:00",
        "headline": "Talks stall",
        "media_name": "Daily B",
        "body": "Nothing moved today. Officials said little.",
        "url": "https://b.example/2",
    },
]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_tables_in_every_format_map_common_columns(tmp_path, fmt):
    frame = pd.DataFrame(ROWS)
    path = tmp_path / f"export.{fmt}"
    if fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "jsonl":
        path.write_text("\n".join(json.dumps(r) for r in ROWS))
    else:
        frame.to_parquet(path)
    articles = analysis.load_articles(path)
    assert list(articles.index) == ["11", "12"]
    assert articles.loc["11", "outlet"] == "Daily A" and articles.loc["12", "title"] == "Talks stall"
    assert articles.loc["12", "published"] == pd.Timestamp("2021-12-03 07:00", tz="UTC")
    assert articles.loc["11", "text"] == "Delegates met again.\n\nThey agreed on an agenda."
    assert articles.loc["11", "url"] == "https://a.example/1"
    prov = analysis.provenance_table(articles).set_index(["doc_id", "field"])["source"]
    assert prov[("11", "outlet")] == "table:media_name" and prov[("11", "original_source")] == "not found"


def test_metadata_wins_over_extraction_and_says_so(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,outlet,published,note\n11,Corrected Outlet,2021-12-01,fixed by hand\n99,Ghost,,\n12,,,\n")
    articles = analysis.load_articles(path, metadata=meta)
    assert articles.loc["11", "outlet"] == "Corrected Outlet"
    assert articles.loc["11", "published"] == pd.Timestamp("2021-12-01", tz="UTC")
    assert articles.loc["12", "outlet"] == "Daily B"  # empty cell leaves the value alone
    prov = analysis.provenance_table(articles).set_index(["doc_id", "field"])["source"]
    assert prov[("11", "outlet")] == "metadata" and prov[("12", "outlet")] == "table:media_name"
    assert "'99', which is not in the corpus" in " ".join(analysis.load_problems(articles)["problem"])


def test_default_metadata_is_found_beside_the_corpus(tmp_path):
    corpus = tmp_path / "raw"
    corpus.mkdir()
    (corpus / "p.txt").write_text("A headline for this page\n\n" + "Words of the story go here in a line. " * 8)
    (tmp_path / "metadata.csv").write_text("doc_id,outlet\np,Outlet From File\n")
    articles = analysis.load_articles(corpus)
    assert articles.loc["p", "outlet"] == "Outlet From File"
    assert (analysis.load_articles(corpus, metadata=False)["outlet"] == "raw").all()  # the folder's name


def test_drop_duplicates_keeps_the_first_published_copy(tmp_path):
    story = "The minister said the talks would continue next week and that progress had been made on security. " * 5
    rows = [
        {"id": "late", "text": story + "Extra line.", "date": "2022-01-03", "outlet": "B"},
        {"id": "early", "text": story, "date": "2022-01-01", "outlet": "A"},
        {
            "id": "other",
            "text": "Completely different words about the weather and sport today. " * 5,
            "date": "2022-01-02",
        },
    ]
    path = tmp_path / "t.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    articles = analysis.load_articles(path)
    assert articles.loc["late", "duplicate_of"] == "early"
    assert articles[["duplicate_of"]].drop(index="late").isna().all().all()
    assert sorted(analysis.load_articles(path, drop_duplicates=True).index) == ["early", "other"]


@pytest.mark.parametrize("workers", [1, 2])
def test_lines_a_site_repeats_on_its_pages_are_removed(tmp_path, workers):
    furniture = "Follow the Daily Example team on every platform for the latest updates and stories from the region."
    for k in range(60):  # two chunks of pages, so workers send pages back
        story = " ".join(f"word{k}x{j}" for j in range(40))
        (tmp_path / f"page{k:02d}.txt").write_text(
            f"Daily Example\nHeadline number {k} about the talks in Geneva\nNovember {k % 28 + 1}, 2021\n\n"
            f"The minister said on day {k} that {story}.\n\n{furniture}\n\nIn closing, page {k} says {story}.\n",
            encoding="utf-8",
        )
    articles = analysis.load_articles(tmp_path, metadata=False, workers=workers)
    assert len(articles) == 60 and (articles["outlet"] == "Daily Example").all()
    assert not articles["text"].str.contains("Follow the Daily Example").any()
    assert articles["text"].str.contains("In closing, page").all() and articles["text"].str.contains("day ").all()
    removed = analysis.removed_lines(tmp_path)
    assert (removed.loc[removed["line"] == furniture, "reason"] == "repeated across pages of the site").sum() == 60


def test_corpus_files_of_a_folder_are_those_rglob_finds_in_its_order_and_linked_folders_once(tmp_path):
    from analysis.io.files import as_paths
    from analysis.io.tables import TABLE_SUFFIXES

    for name in ("b.txt", "a.TXT", "c.text", "t.csv", "notes.md", ".hidden.txt", "metadata.csv", "d.txt/inner.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Some words.\n")
    for name in ("z/y/deep.txt", "z/a.jsonl", "z/.h/x.txt", "z/noext"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Some words.\n")
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "far.txt").write_text("Far.\n")
    (tmp_path / "linked-folder").symlink_to(outside / "sub", target_is_directory=True)
    (tmp_path / "linked.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing.txt")

    suffixes = {".txt", ".text"} | set(TABLE_SUFFIXES)
    expected = sorted(
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.name != "metadata.csv" and p.suffix.lower() in suffixes
    )
    found = as_paths(tmp_path)
    # and, unlike rglob: a linked folder's files (each folder once), and a broken link, listed to be reported
    expected = sorted(
        [*expected, tmp_path / "linked-folder" / "far.txt", tmp_path / "broken.txt"], key=lambda p: p.parts
    )
    assert found == expected
    assert tmp_path / "z" / ".h" / "x.txt" in found  # as rglob: files in hidden folders
    assert tmp_path / "linked.txt" in found and tmp_path / "broken.txt" in found


def test_word_count_is_the_number_of_whitespace_separated_words_with_a_letter_or_digit():
    import random
    import re

    from analysis.io.records import count_words

    has_letter_or_digit = re.compile(r"[^\W_]")
    rng = random.Random(7)
    alphabet = "ab_1é -–—\n\t\r.,'\"\xa0\u2028\x1c\u3000*#"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    texts += ["", "__ -- 1", "word", "_a_ __ ..."]
    assert [count_words(t) for t in texts] == [
        sum(1 for w in t.split() if has_letter_or_digit.search(w)) for t in texts
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_copies_across_pages_and_tables_are_those_of_the_final_texts(tmp_path, workers):
    """A mixed corpus clusters the final texts: the workers' signatures, and new ones for pages that changed."""
    from corpus_generator import generate_articles, write_corpus

    from analysis.io.duplicates import flag_duplicates

    frame = generate_articles(150, seed=9)
    pages, _ = write_corpus(frame, tmp_path / "corpus")
    copies = frame.iloc[::4]
    table = pd.DataFrame(
        {
            "id": [f"t{k}" for k in range(len(copies))],
            "text": [t.replace(" the ", " a ", 2) if k % 2 else t for k, t in enumerate(copies["text"])],
            "date": "2022-02-01",
            "outlet": "Archive",
        }
    )
    table.to_parquet(pages / "archive.parquet")
    articles = analysis.load_articles(pages, metadata=False, workers=workers)
    copied = articles.loc[[f"t{k}" for k in range(len(copies))], "duplicate_of"]
    assert copied.notna().all()  # every table row copies a page
    recomputed = flag_duplicates(articles.drop(columns="duplicate_of"), 0.5)
    pd.testing.assert_series_equal(articles["duplicate_of"], recomputed)


def test_a_metadata_file_inside_the_corpus_folder_is_not_read_as_a_table(tmp_path):
    from analysis.io.files import corpus_files

    corpus = tmp_path / "raw"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "p.txt").write_text("A headline for this page\n\n" + "Words of the story go here in a line. " * 8)
    (corpus / "fixes.csv").write_text("doc_id,outlet\np,Outlet From File\n")
    meta = corpus / "sub" / ".." / "fixes.csv"  # the same file, named another way
    paths, found = corpus_files(corpus, meta)
    assert [p.name for p in paths] == ["p.txt"] and found == meta
    articles = analysis.load_articles(corpus, metadata=meta)
    assert list(articles.index) == ["p"] and articles.loc["p", "outlet"] == "Outlet From File"


def test_columns_named_by_the_user_when_guessing_fails(tmp_path):
    frame = pd.DataFrame(
        {
            "story_text": ["The mayor said the bridge would reopen in May.", "The council said the budget passed."],
            "hed": ["Bridge to reopen", "Budget passed"],
            "when": ["2022-04-01", "2022-04-02"],
        }
    )
    frame.to_csv(tmp_path / "export.csv", index=False)
    with pytest.raises(CorpusError, match=r"no text column found.*columns\.toml"):
        analysis.load_articles(tmp_path / "export.csv")
    articles = analysis.load_articles(tmp_path, columns="text=story_text,title=hed,published=when")
    assert list(articles["title"]) == ["Bridge to reopen", "Budget passed"] and articles["published"].notna().all()
    (tmp_path / "columns.toml").write_text('[columns]\ntext = "story_text"\ntitle = "hed"\n', encoding="utf-8")
    from_file = analysis.load_articles(tmp_path)
    assert list(from_file["title"]) == ["Bridge to reopen", "Budget passed"] and from_file["published"].isna().all()
    with pytest.raises(CorpusError, match="unknown field 'headline'"):
        analysis.load_articles(tmp_path, columns="headline=hed")
    with pytest.raises(CorpusError, match="field=column pairs"):
        analysis.load_articles(tmp_path, columns="text")
