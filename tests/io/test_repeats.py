"""Lines a feed repeats across its items are boilerplate: removed, listed, never a whole text."""

import pandas as pd

import analysis

STORIES = [
    "The council approved the new budget for the harbour after a long debate on Monday evening.",
    "Fishermen said the catch had been poor all month because of the storms in the north.",
    "The ferry timetable changes next week, with two extra crossings on Saturdays in summer.",
    "A new school opens in the valley in September, the first in the district for twenty years.",
    "The museum will show maps of the old harbour lent by families who kept them for a century.",
    "Road works on the coast road will close one lane until the end of the month, officials said.",
]


def test_a_line_a_feed_repeats_in_many_items_is_removed_and_listed(tmp_path):
    rows = [
        {"title": f"Harbour news {k}", "text": f"{story}\n\nContinue reading...", "outlet": "Harbour Times",
         "date": f"2022-03-{k + 1:02d}"}
        for k, story in enumerate(STORIES)
    ]  # fmt: skip
    rows.append(
        {
            "title": "Elsewhere",
            "text": f"{STORIES[0]}\n\nContinue reading...",
            "outlet": "Valley Post",
            "date": "2022-03-09",
        }
    )
    rows.append(
        {"title": "Only the line", "text": "Continue reading...", "outlet": "Harbour Times", "date": "2022-03-10"}
    )
    pd.DataFrame(rows).to_csv(tmp_path / "feed.csv", index=False)
    articles = analysis.load_articles(tmp_path / "feed.csv", drop_duplicates=False)
    harbour = articles[articles["outlet"] == "Harbour Times"]
    stories = harbour[harbour["title"].str.startswith("Harbour news")]
    assert not stories["text"].str.contains("Continue reading").any()
    assert list(stories["text"]) == STORIES
    assert list(stories["n_words"]) == [len(s.split()) for s in STORIES]
    assert harbour.loc[harbour["title"] == "Only the line", "text"].iloc[0] == "Continue reading..."  # never emptied
    valley = articles[articles["outlet"] == "Valley Post"]
    assert valley["text"].iloc[0].endswith("Continue reading...")  # once in its feed: not boilerplate there
    problems = analysis.load_problems(articles)
    listed = problems[problems["problem"].str.contains("removed as boilerplate")]
    assert len(listed) == 1 and "'Continue reading...'" in listed["problem"].iloc[0]
    assert "in 7 of its 7 items" in listed["problem"].iloc[0]
    assert stories["problems"].str.contains("lines its outlet repeats in many items removed").all()
    table = analysis.boilerplate_lines(articles)
    assert table.to_dict("records") == [
        {"feed": "Harbour Times (feed.csv)", "line": "Continue reading...", "n_items": 7, "of_items": 7}
    ]


def test_scraped_pages_keep_their_own_furniture_rules(bundled):
    problems = analysis.load_problems(bundled)
    assert not problems["problem"].str.contains("removed as boilerplate").any()
