import pandas as pd
import pytest

from analysis.io.dates import best_date, choose_reading, find_dates, parse_date, url_dates


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12.11.2021", "2021-11-12 00:00"),
        ("date 2021-11-13 The minister said", "2021-11-13 00:00"),
        ("2022-01-26T10:57:36.890Z", "2022-01-26 10:57"),
        ("New DelhiUpdated: Dec 31, 2021, 08:29 PM IST", "2021-12-31 14:59"),
        ("Published: 3 March 2022 18:30 CET", "2022-03-03 17:30"),
        ("Posted on 2022-02-01 23:30 -05:00", "2022-02-02 04:30"),
        ("31/12/2021", "2021-12-31 00:00"),
        ("12:05 AM EST, January 5, 2022", "2022-01-05 05:05"),  # the time before the date is read
        ("Feb 25, 2022 | 7:38 PM ET", "2022-02-26 00:38"),  # ET in winter is UTC-5: the UTC date is a day later
        ("July 4, 2022 10:00 AM ET", "2022-07-04 14:00"),  # ET in summer is UTC-4
        ("March 3, 2023 6:41 PM GMT+1", "2023-03-03 17:41"),
        ("Published 11 January 2022 - 14:05 GMT", "2022-01-11 14:05"),
        ("Monday 10 January 2022 | Politics", "2022-01-10 00:00"),
    ],
)
def test_formats_and_zones(line, expected):
    assert best_date([line]).value.strftime("%Y-%m-%d %H:%M") == expected


def test_page_date_beats_dates_in_the_story():
    lines = [
        "Headline here",
        "A photo caption from Moscow, Russia November 11, 2021 - Site, 12.11.2021",
        "The treaty was signed on January 5, 2019, the minister recalled in a long speech to the assembled press "
        "corps, adding that it had served both sides well for many years before the withdrawal.",
    ]
    assert best_date(lines).value == pd.Timestamp("2021-11-12", tz="UTC")
    assert best_date(["Updated: 2022-01-02", "Published: 2022-01-01"]).value.day == 1


def test_no_date_and_bad_dates():
    assert best_date(["no date here", "31.02.2021 is not a day"]) is None
    assert pd.isna(parse_date(""))
    with pytest.raises(ValueError):
        parse_date("banana")


def test_publication_date_beats_update_and_footer_dates():
    lines = ["Updated: 12 January 2022", "10 January 2022", "Story text here."]
    assert best_date(lines).value.day == 10  # a date on its own line beats a labelled update
    assert best_date(["Published: 3 January 2022", "Updated: 4 January 2022"]).value.day == 3
    assert best_date(["Related", "Published 25/10/2021"], skip=frozenset({0, 1})) is None


def test_prose_dates_are_never_the_publication_date():
    prose = (
        "The bridge, opened on 5 March 1953, will close next month, the council said on Monday after engineers "
        "found cracks in two of its supporting piers during a routine inspection of the structure."
    )
    assert best_date(["A headline", prose]) is None


def test_ambiguous_slashed_dates_keep_both_readings():
    (found,) = find_dates("Last updated: 11/01/2022")
    assert found.value == pd.Timestamp("2022-11-01", tz="UTC") and found.other == pd.Timestamp("2022-01-11", tz="UTC")
    (clear,) = find_dates("25/01/2022")
    assert clear.other is None and clear.order == "day-first"
    (invalid,) = find_dates("31/02/2022")
    assert invalid.value is None and invalid.text == "31/02/2022"
    assert parse_date("11/01/2022", dayfirst=True) == pd.Timestamp("2022-01-11", tz="UTC")
    with pytest.raises(ValueError, match="does not exist"):
        parse_date("31/02/2022")


@pytest.mark.parametrize(
    ("evidence", "expected_day", "decided"),
    [
        ({"dayfirst": True}, 11, True),
        ({"dayfirst": False}, 1, True),
        ({"url": "https://news.example.com/2022/01/11/story"}, 11, True),
        ({"url": "https://news.example.com/20221101-story"}, 1, True),
        ({"evidence": (5, 1)}, 11, True),
        ({"evidence": (0, 3)}, 1, True),
        ({"evidence": (2, 2)}, 1, False),
        ({"zone": "CET"}, 11, True),
        ({"zone": "ET"}, 1, True),
        ({"language": "fr"}, 11, True),
        ({"language": "en"}, 1, False),
        ({}, 1, False),
    ],
)
def test_ambiguous_dates_are_read_from_evidence(evidence, expected_day, decided):
    first, other = pd.Timestamp("2022-11-01", tz="UTC"), pd.Timestamp("2022-01-11", tz="UTC")
    value, how, was_decided = choose_reading(first, other, **evidence)
    assert value.day == expected_day and was_decided == decided
    assert ("no evidence" in how) == (not decided)


def test_url_dates():
    assert url_dates("https://x.org/news/2022/01/11/a-story") == {pd.Timestamp("2022-01-11", tz="UTC")}
    assert url_dates("https://x.org/a-story-20220111.html") == {pd.Timestamp("2022-01-11", tz="UTC")}
    assert url_dates("https://x.org/story/123456789") == set()
    assert url_dates(None) == set()
