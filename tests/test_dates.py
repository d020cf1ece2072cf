import pandas as pd
import pytest

from analysis.io.dates import best_date, parse_date


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
        ("12:05 AM EST, January 5, 2022", "2022-01-05 00:00"),
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
