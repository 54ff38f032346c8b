"""Tests for makiivka.text.dates against the phrasings of the 4 January 2023 articles."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from makiivka.text.dates import PRECISIONS, ZONES, find_dates, resolve_date

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
PUBLISHED = "2023-01-04"  # a Wednesday; Sat 31 Dec 2022 and Sun 1 Jan 2023 were the weekend
WEEKEND = ("2022-12-31T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "weekend")

# (phrase, start, end, precision), all published 2023-01-04 in UTC.
CASES = [
    ("on Tuesday", "2023-01-03T00:00:00+00:00", "2023-01-04T00:00:00+00:00", "day"),
    ("Tuesday", "2023-01-03T00:00:00+00:00", "2023-01-04T00:00:00+00:00", "day"),
    ("late Tuesday", "2023-01-03T18:00:00+00:00", "2023-01-04T00:00:00+00:00", "part_of_day"),
    ("late on Tuesday", "2023-01-03T18:00:00+00:00", "2023-01-04T00:00:00+00:00", "part_of_day"),
    ("early Wednesday", "2023-01-04T00:00:00+00:00", "2023-01-04T09:00:00+00:00", "part_of_day"),
    ("Tuesday morning", "2023-01-03T06:00:00+00:00", "2023-01-03T12:00:00+00:00", "part_of_day"),
    ("Tuesday afternoon", "2023-01-03T12:00:00+00:00", "2023-01-03T18:00:00+00:00", "part_of_day"),
    ("Tuesday evening", "2023-01-03T18:00:00+00:00", "2023-01-04T00:00:00+00:00", "part_of_day"),
    ("Tuesday night", "2023-01-03T18:00:00+00:00", "2023-01-04T06:00:00+00:00", "part_of_day"),
    ("on Wednesday", "2023-01-04T00:00:00+00:00", "2023-01-05T00:00:00+00:00", "day"),
    ("last Wednesday", "2022-12-28T00:00:00+00:00", "2022-12-29T00:00:00+00:00", "day"),
    ("Sunday", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("Thursday", "2022-12-29T00:00:00+00:00", "2022-12-30T00:00:00+00:00", "day"),
    ("the weekend", *WEEKEND),
    ("over the weekend", *WEEKEND),
    ("this weekend", *WEEKEND),
    ("last weekend", *WEEKEND),
    ("weekend strike", *WEEKEND),
    ("the weekend attack", *WEEKEND),
    ("yesterday", "2023-01-03T00:00:00+00:00", "2023-01-04T00:00:00+00:00", "day"),
    ("today", "2023-01-04T00:00:00+00:00", "2023-01-05T00:00:00+00:00", "day"),
    ("last night", "2023-01-03T18:00:00+00:00", "2023-01-04T06:00:00+00:00", "part_of_day"),
    ("January 1st", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("on January 1", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("1 January", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("1st of January", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("Jan. 4", "2023-01-04T00:00:00+00:00", "2023-01-05T00:00:00+00:00", "day"),
    ("1 January 2023", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("January 1, 2023", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("Wednesday, Jan. 4, 2023", "2023-01-04T00:00:00+00:00", "2023-01-05T00:00:00+00:00", "day"),
    ("December 31", "2022-12-31T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "day"),
    ("24 February", "2022-02-24T00:00:00+00:00", "2022-02-25T00:00:00+00:00", "day"),
    ("Jan. 11", "2023-01-11T00:00:00+00:00", "2023-01-12T00:00:00+00:00", "day"),  # preview
    ("Jan. 12", "2022-01-12T00:00:00+00:00", "2022-01-13T00:00:00+00:00", "day"),  # 8 days on
    ("February 29", "2020-02-29T00:00:00+00:00", "2020-03-01T00:00:00+00:00", "day"),
    ("in September", "2022-09-01T00:00:00+00:00", "2022-10-01T00:00:00+00:00", "month"),
    ("in Sept.", "2022-09-01T00:00:00+00:00", "2022-10-01T00:00:00+00:00", "month"),
    ("September 2022", "2022-09-01T00:00:00+00:00", "2022-10-01T00:00:00+00:00", "month"),
    ("in January", "2023-01-01T00:00:00+00:00", "2023-02-01T00:00:00+00:00", "month"),
    ("in 2022", "2022-01-01T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "year"),
    (
        "00:01 Moscow time on January 1st",
        "2023-01-01T00:01:00+03:00",
        "2023-01-01T00:02:00+03:00",
        "minute",
    ),
    (
        "January 1 at 00:01 Moscow time",
        "2023-01-01T00:01:00+03:00",
        "2023-01-01T00:02:00+03:00",
        "minute",
    ),
    ("at 00:01 Moscow time", "2023-01-04T00:01:00+03:00", "2023-01-04T00:02:00+03:00", "minute"),
    (
        "just after 01:00 Moscow time",
        "2023-01-04T01:00:00+03:00",
        "2023-01-04T01:01:00+03:00",
        "minute",
    ),
    ("1:00 a.m. ET", "2023-01-04T01:00:00-05:00", "2023-01-04T01:01:00-05:00", "minute"),
    ("10 p.m. Kyiv time", "2023-01-04T22:00:00+02:00", "2023-01-04T23:00:00+02:00", "hour"),
    ("21:00 GMT", "2023-01-04T21:00:00+00:00", "2023-01-04T21:01:00+00:00", "minute"),
    (
        "one minute into the new year",
        "2023-01-01T00:01:00+00:00",
        "2023-01-01T00:02:00+00:00",
        "minute",
    ),
    ("New Year's Day", "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "day"),
    ("New Year’s Eve", "2022-12-31T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "day"),
    ("10 months ago", "2022-03-01T00:00:00+00:00", "2022-04-01T00:00:00+00:00", "month"),
    ("two days ago", "2023-01-02T00:00:00+00:00", "2023-01-03T00:00:00+00:00", "day"),
    ("a week ago", "2022-12-28T00:00:00+00:00", "2022-12-29T00:00:00+00:00", "day"),
    ("a year ago", "2022-01-01T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "year"),
]


@pytest.mark.parametrize(("phrase", "start", "end", "precision"), CASES)
def test_resolve_date(phrase, start, end, precision):
    resolved = resolve_date(phrase, PUBLISHED)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)
    assert resolved.precision == precision


# (phrase, published, tz, start, end, precision): publication moments and default zones.
ZONED_CASES = [
    (
        "late Tuesday",
        "2023-01-04T10:00:00-05:00",
        "America/New_York",
        "2023-01-03T18:00:00-05:00",
        "2023-01-04T00:00:00-05:00",
        "part_of_day",
    ),
    (  # the MoD statement: 01:00 MSK on the 4th, before an NBC story at 10:00 ET that day
        "just after 01:00 Moscow time",
        "2023-01-04T10:00:00-05:00",
        "UTC",
        "2023-01-04T01:00:00+03:00",
        "2023-01-04T01:01:00+03:00",
        "minute",
    ),
    (  # 22:00 ET had not yet come on the publication day, so it is the day before
        "10 p.m.",
        "2023-01-04T10:00:00-05:00",
        "America/New_York",
        "2023-01-03T22:00:00-05:00",
        "2023-01-03T23:00:00-05:00",
        "hour",
    ),
    (  # 01:30 MSK on the 4th is still the 3rd in UTC
        "today",
        "2023-01-04T01:30:00+03:00",
        "UTC",
        "2023-01-03T00:00:00+00:00",
        "2023-01-04T00:00:00+00:00",
        "day",
    ),
    (
        "one minute into the new year",
        "2023-01-04",
        "Europe/Moscow",
        "2023-01-01T00:01:00+03:00",
        "2023-01-01T00:02:00+03:00",
        "minute",
    ),
    (
        "00:01",
        "2023-01-04",
        "Europe/Moscow",
        "2023-01-04T00:01:00+03:00",
        "2023-01-04T00:02:00+03:00",
        "minute",
    ),
    (  # Sunday publication: the weekend is the one under way
        "the weekend",
        "2023-01-01",
        "UTC",
        "2022-12-31T00:00:00+00:00",
        "2023-01-02T00:00:00+00:00",
        "weekend",
    ),
    (  # a year-less date up to a week ahead is a preview of the coming one
        "January 2",
        "2022-12-28",
        "UTC",
        "2023-01-02T00:00:00+00:00",
        "2023-01-03T00:00:00+00:00",
        "day",
    ),
]


@pytest.mark.parametrize(("phrase", "published", "tz", "start", "end", "precision"), ZONED_CASES)
def test_resolve_date_zoned(phrase, published, tz, start, end, precision):
    resolved = resolve_date(phrase, published, tz)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)
    assert resolved.precision == precision


@pytest.mark.parametrize(
    "published",
    [
        "2023-01-04",
        date(2023, 1, 4),
        datetime(2023, 1, 4, 12),
        datetime(2023, 1, 4, 12, tzinfo=UTC),
        "2023-01-04T12:00:00+00:00",
    ],
)
def test_published_forms_agree(published):
    resolved = resolve_date("late Tuesday", published)
    assert resolved.start.isoformat() == "2023-01-03T18:00:00+00:00"


def test_text_is_the_phrase_as_matched():
    assert resolve_date(" weekend strike", PUBLISHED).text == "weekend"
    assert resolve_date("on Tuesday", PUBLISHED).text == "on Tuesday"


@pytest.mark.parametrize(
    "phrase", ["banana", "", "February 30", "January 32", "25:00 Moscow time", "noon CET", "May"]
)
def test_unresolvable(phrase):
    with pytest.raises(ValueError, match="cannot resolve") as error:
        resolve_date(phrase, PUBLISHED)
    assert repr(phrase) in str(error.value)


def test_unresolvable_lists_what_was_expected():
    with pytest.raises(ValueError, match="a weekday, 'the weekend', a month and day"):
        resolve_date("banana", PUBLISHED)


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "bbc-2023-01-04-makiivka-phones.txt",
            ["at 00:01 Moscow time on January 1st", "on Wednesday", "in September", "on Tuesday"],
        ),
        (
            "nbc-2023-01-04-makiivka-cellphones.txt",
            [
                "the weekend",
                "late Tuesday",
                "the weekend",
                "one minute into the new year",
                "Tuesday",
                "on Tuesday",
                "10 months ago",
                "on Wednesday",
                "over the weekend",
                "on Wednesday",
                "Tuesday",
                "Tuesday",
            ],
        ),
    ],
)
def test_find_dates_in_articles(article, expected):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    found = find_dates(text, PUBLISHED)
    assert [resolved.text for _, _, resolved in found] == expected
    assert all(text[start:end] == resolved.text for start, end, resolved in found)


def test_find_dates_skips_verbs_and_impossible_days():
    text = "The attack may not prove decisive. Troops march on February 30 and on Sunday."
    assert [r.text for _, _, r in find_dates(text, PUBLISHED)] == ["on Sunday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after the disaster" counts from the disaster, not from the date stated before it
        ("The toll rose to 38 on Friday, with 49 missing four days after the disaster.",
         [("on Friday", "2023-01-06")]),
        ("Work stopped on Friday; two days before the strike the plant was empty.",
         [("on Friday", "2023-01-06")]),
        # with no object, "after" and "before" still count from the date stated before them
        ("The ministry spoke on Monday. Two days after, it said 89.",
         [("on Monday", "2023-01-02"), ("Two days after", "2023-01-04")]),
    ],
)  # fmt: skip
def test_after_with_an_object_is_no_anchored_date(text, expected):
    found = find_dates(text, "2023-01-07")
    assert [(r.text, r.start.date().isoformat()) for _, _, r in found] == expected


def test_find_dates_strike_moment():
    text = "six rockets at 00:01 Moscow time on January 1st, two of which were shot down"
    [(start, end, resolved)] = find_dates(text, PUBLISHED)
    assert (start, end) == (12, 47)
    assert resolved.start == datetime(2022, 12, 31, 21, 1, tzinfo=UTC)
    assert resolved.start.isoformat() == "2023-01-01T00:01:00+03:00"


def test_zone_table():
    assert ZONES["moscow time"] == ZONES["msk"] == "Europe/Moscow"
    assert ZONES["et"] == "America/New_York"


@pytest.mark.parametrize("phrase", sorted(ZONES))
def test_every_zone_phrase_is_recognised(phrase):
    resolved = resolve_date(f"10:00 {phrase.upper()}", PUBLISHED)
    assert str(resolved.start.tzinfo) == ZONES[phrase]


FRAGMENTS = [
    "late Tuesday",
    "the weekend",
    "00:01 Moscow time",
    " on January 1st",
    "10 months ago",
    "February 30",
    "1:00 a.m. ET",
    "in September",
    "New Year’s Eve",
    "may",
    " ",
    ",",
    ".",
    "\xa0",
    "12",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text() | st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_find_dates_never_raises(text):
    for start, end, resolved in find_dates(text, PUBLISHED, "Europe/Moscow"):
        assert 0 <= start < end <= len(text)
        if resolved is None:  # found, not placed: an unknown zone word, a "later" unanchored
            continue
        assert text[start:end] == resolved.text
        assert resolved.start < resolved.end
        assert resolved.precision in PRECISIONS
        assert resolved.start.tzinfo is not None and resolved.end.tzinfo is not None


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(max_size=8) | st.sampled_from(FRAGMENTS), max_size=4).map("".join))
def test_resolve_date_resolves_or_says_why(phrase):
    try:
        resolved = resolve_date(phrase, PUBLISHED, "Europe/Moscow")
    except ValueError as error:
        assert "expected" in str(error)
        return
    assert resolved.start < resolved.end
    assert resolved.precision in PRECISIONS
    assert resolved.start.tzinfo is not None


# Issue 15: week phrases and relative times, published 2023-01-04 (a Wednesday) as a date or
# at 10:30 UTC. (phrase, published, start, end, precision); the first of a block is the issue's.
MOMENT = "2023-01-04T10:30:00+00:00"
REPORTED = [
    # weeks: Monday-to-Monday before the publication week; "this week" up to publication day
    ("last week", PUBLISHED, "2022-12-26T00:00:00+00:00", "2023-01-02T00:00:00+00:00", "week"),
    ("earlier this week", PUBLISHED, "2023-01-02T00:00:00+00:00", "2023-01-05T00:00:00+00:00",
     "week"),
    ("this week", PUBLISHED, "2023-01-02T00:00:00+00:00", "2023-01-05T00:00:00+00:00", "week"),
    ("over the weekend", PUBLISHED, *WEEKEND),
    ("Last week", "2023-01-18", "2023-01-09T00:00:00+00:00", "2023-01-16T00:00:00+00:00", "week"),
    ("this week", "2023-01-16", "2023-01-16T00:00:00+00:00", "2023-01-17T00:00:00+00:00", "week"),
    ("earlier this week", "2023-01-22", "2023-01-16T00:00:00+00:00", "2023-01-23T00:00:00+00:00",
     "week"),
    # hours and minutes ago need the publication time
    ("an hour ago", MOMENT, "2023-01-04T09:00:00+00:00", "2023-01-04T10:00:00+00:00", "hour"),
    ("some 20 hours ago", MOMENT, "2023-01-03T14:00:00+00:00", "2023-01-03T15:00:00+00:00",
     "hour"),
    ("45 minutes ago", MOMENT, "2023-01-04T09:45:00+00:00", "2023-01-04T09:46:00+00:00", "minute"),
    ("about three hours ago", MOMENT, "2023-01-04T07:00:00+00:00", "2023-01-04T08:00:00+00:00",
     "hour"),
    ("two hours earlier", MOMENT, "2023-01-04T08:00:00+00:00", "2023-01-04T09:00:00+00:00",
     "hour"),
    # a day with a clock time
    ("yesterday at 3:40 pm", PUBLISHED, "2023-01-03T15:40:00+00:00", "2023-01-03T15:41:00+00:00",
     "minute"),
    ("two days ago at 9 AM", PUBLISHED, "2023-01-02T09:00:00+00:00", "2023-01-02T10:00:00+00:00",
     "hour"),
    ("the day before yesterday at 10 p.m.", MOMENT, "2023-01-02T22:00:00+00:00",
     "2023-01-02T23:00:00+00:00", "hour"),
    ("yesterday at 07:15", MOMENT, "2023-01-03T07:15:00+00:00", "2023-01-03T07:16:00+00:00",
     "minute"),
    # days before publication
    ("the day before yesterday", PUBLISHED, "2023-01-02T00:00:00+00:00",
     "2023-01-03T00:00:00+00:00", "day"),
    ("three days before", PUBLISHED, "2023-01-01T00:00:00+00:00", "2023-01-02T00:00:00+00:00",
     "day"),
    ("two days earlier", PUBLISHED, "2023-01-02T00:00:00+00:00", "2023-01-03T00:00:00+00:00",
     "day"),
    ("The day before yesterday", "2023-03-01", "2023-02-27T00:00:00+00:00",
     "2023-02-28T00:00:00+00:00", "day"),
    # decades are read as the year they point at
    ("a decade ago", PUBLISHED, "2013-01-01T00:00:00+00:00", "2014-01-01T00:00:00+00:00", "year"),
    ("two decades ago", PUBLISHED, "2003-01-01T00:00:00+00:00", "2004-01-01T00:00:00+00:00",
     "year"),
    ("nearly a decade ago", MOMENT, "2013-01-01T00:00:00+00:00", "2014-01-01T00:00:00+00:00",
     "year"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), REPORTED)
def test_reported_phrasings(phrase, published, start, end, precision):
    resolved = resolve_date(phrase, published)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)
    assert resolved.precision == precision


@pytest.mark.parametrize(
    "phrase", ["tomorrow", "in 2 hours", "next week", "three days from now", "later today",
               "next Monday", "in a few days"],
)  # fmt: skip
def test_the_future_is_refused_as_such(phrase):
    with pytest.raises(ValueError, match="it is about the future") as error:
        resolve_date(phrase, MOMENT)
    assert repr(phrase) in str(error.value)


@pytest.mark.parametrize("phrase", ["an hour ago", "some 20 hours ago", "45 minutes ago"])
def test_hours_ago_need_the_publication_time(phrase):
    with pytest.raises(ValueError, match="needs the publication time"):
        resolve_date(phrase, PUBLISHED)


def test_find_dates_reads_week_phrases_and_skips_the_future():
    text = "Kyiv said five thousand Russian soldiers were killed last week. More come tomorrow."
    assert [(r.text, r.precision) for _, _, r in find_dates(text, PUBLISHED)] == [
        ("last week", "week")
    ]


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("10:00 EEST", "2023-01-04T10:00:00+03:00"),
        ("10:00 CEST", "2023-01-04T10:00:00+02:00"),
        ("10:00 UTC-5", "2023-01-04T10:00:00-05:00"),
        ("10:00 GMT+05:30", "2023-01-04T10:00:00+05:30"),
        ("10:00 America/Bogota", "2023-01-04T10:00:00-05:00"),
        ("the twenty-first of December", "2022-12-21T00:00:00+00:00"),
        ("the 3rd day of January 2023", "2023-01-03T00:00:00+00:00"),
        ("in the small hours of New Year's Day", "2023-01-01T00:00:00+00:00"),
    ],
)
def test_zone_words_and_ordinal_days(phrase, start):
    assert resolve_date(phrase, PUBLISHED).start.isoformat() == start


@pytest.mark.parametrize("phrase", ["10:00 IST", "09:00 AZOT", "10:00 Atlantis/Nowhere"])
def test_an_unknown_zone_word_is_not_guessed(phrase):
    with pytest.raises(ValueError, match="zone word"):
        resolve_date(phrase, PUBLISHED)
    [(_, _, resolved)] = find_dates(f"It said at {phrase} that 40 died.", PUBLISHED)
    assert resolved is None


def test_later_needs_a_date_before_it():
    with pytest.raises(ValueError, match="needs a date stated before it"):
        resolve_date("a day later", PUBLISHED)
    assert resolve_date("two days earlier", PUBLISHED).start.isoformat() == (
        "2023-01-02T00:00:00+00:00"
    )
    found = find_dates("A day later it said 89. On Monday it said 63.", PUBLISHED)
    assert [r and r.text for _, _, r in found] == [None, "On Monday"]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Ministry of Water, Sunday 16 June\n11 people have died.", ["Sunday 16 June"]),
        ("Posted June\n11 dead in the flood", []),  # not "June 11"
        ("Posted June 11, 2024", ["June 11, 2024"]),
    ],
)
def test_a_date_never_spans_two_lines(text, phrases):
    assert [r.text for _, _, r in find_dates(text, "2024-06-16")] == phrases
