"""The text shapes of wire copy: wrapped lines and CR LF, zone words, relative anchors, hedges.

Our own sentences, several phrasings per kind; each expected row is worked out by hand:
(figure as quoted, value, value_low, value_high, qualifier, metric, stated_at).
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures


def rows(text: str, published: str) -> list[tuple]:
    return [
        (f.quote, f.value, f.value_low, f.value_high, f.qualifier, f.metric, f.stated_at)
        for f in extract_figures(text, published)
    ]


LINE_BREAKS = [
    # A figure whose sentence crosses a single line break: one row, its quote the text's own.
    (
        "The council said on Monday that at least\n400 people were killed.\n",
        "2023-01-04",
        [("at least\n400", 400, 400, None, "at_least", "killed", "2023-01-02")],
    ),
    (
        "The council said on Monday that at least\r\n400 people were killed.\r\n",
        "2023-01-04",
        [("at least\r\n400", 400, 400, None, "at_least", "killed", "2023-01-02")],
    ),
    (
        "The ministry said 63 soldiers were\r\nkilled in the strike.\r\n",
        "2023-01-04",
        [("63", 63, 63, 63, "exact", "killed", "")],
    ),
    # A hard-wrapped paragraph (lines of one width) reads as one.
    (
        "The Valdera Council said on Tuesday that the toll from the\nstrike on the depot had risen "
        "to 89, with another 120 people\nwounded and taken to hospitals across the city overnight.\n",
        "2023-01-04",
        [
            ("89", 89, 89, 89, "exact", "killed", "2023-01-03"),
            ("120", 120, 120, 120, "exact", "wounded", "2023-01-03"),
        ],
    ),
]

ZONE_WORDS = [
    (
        "The ministry said at 01:00 UTC+3 that 89 soldiers were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "2023-01-04T01:00+03:00")],
    ),
    (
        "At 01:00 GMT+3 on Wednesday, the ministry said 89 soldiers were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "2023-01-04T01:00+03:00")],
    ),
    (
        "The ministry said at 22:00 GMT+03:00 on Tuesday that 89 soldiers were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "2023-01-03T22:00+03:00")],
    ),
    (
        "The ministry said at 09:00 EET that 89 soldiers were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "2023-01-04T09:00+02:00")],
    ),
    (
        "At 01:00 (Europe/Kyiv) the ministry said 89 soldiers were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "2023-01-04T01:00+02:00")],
    ),
    # An unknown zone word leaves the time unresolved; an offset alone is never a figure.
    (
        "The ministry said at 09:00 AZOT that 89 soldiers were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "")],
    ),
    (
        "Officials in the region (UTC+3) said 40 people were killed.",
        "2023-01-04",
        [("40", 40, 40, 40, "exact", "killed", "")],
    ),
]

ANCHORS = [
    (
        "On Monday the council said 63 people were killed. A day later it said 89 had died.",
        "2023-01-06",
        [
            ("63", 63, 63, 63, "exact", "killed", "2023-01-02"),
            ("89", 89, 89, 89, "exact", "killed", "2023-01-03"),
        ],
    ),
    (
        "The council said on Monday that 63 people were killed. 24 hours later, it put the toll "
        "at 89.",
        "2023-01-06",
        [
            ("63", 63, 63, 63, "exact", "killed", "2023-01-02"),
            ("89", 89, 89, 89, "exact", "killed", "2023-01-03"),
        ],
    ),
    (
        "On Monday the council said the toll was 63. The next day it said 89 people had died.",
        "2023-01-06",
        [
            ("63", 63, 63, 63, "exact", "killed", "2023-01-02"),
            ("89", 89, 89, 89, "exact", "killed", "2023-01-03"),
        ],
    ),
    (
        "On Sunday, the council said 400 people were killed.",
        "2023-01-04",
        [("400", 400, 400, 400, "exact", "killed", "2023-01-01")],
    ),
    (
        "In the early hours of Sunday, the council said 400 people were killed.",
        "2023-01-04",
        [("400", 400, 400, 400, "exact", "killed", "2023-01-01")],
    ),
    (
        "On the second of January, the council said 63 people were killed.",
        "2023-01-04",
        [("63", 63, 63, 63, "exact", "killed", "2023-01-02")],
    ),
    (
        "On the 3rd day of January, the council said 89 people were killed.",
        "2023-01-04",
        [("89", 89, 89, 89, "exact", "killed", "2023-01-03")],
    ),
    (
        "The day before yesterday the council said 63 people were killed.",
        "2023-01-04",
        [("63", 63, 63, 63, "exact", "killed", "2023-01-02")],
    ),
    # Ranges of days: the coarsest ISO precision that holds them (none across New Year).
    (
        "Last week the council said 63 people were killed.",
        "2023-01-11",
        [("63", 63, 63, 63, "exact", "killed", "2023-01")],
    ),
    (
        "Last week the council said 63 people were killed.",
        "2023-01-04",
        [("63", 63, 63, 63, "exact", "killed", "")],
    ),
    (
        "Hours ago the council said 63 people were killed.",
        "2023-01-04",
        [("63", 63, 63, 63, "exact", "killed", "2023-01")],
    ),
]

HEDGES = [
    ("The council said a dozen or so people were killed.", "2023-01-04",
     [("a dozen or so", None, 10, 15, "vague", "killed", "")]),
    ("A dozen or so soldiers were wounded, the ministry said.", "2023-01-04",
     [("A dozen or so", None, 10, 15, "vague", "wounded", "")]),
    ("The council said a couple of hundred people were killed.", "2023-01-04",
     [("a couple of hundred", None, 200, 300, "vague", "killed", "")]),
    ("A couple hundred people were wounded, officials said.", "2023-01-04",
     [("A couple hundred", None, 200, 300, "vague", "wounded", "")]),
    ("The army said a couple of dozen soldiers were killed.", "2023-01-04",
     [("a couple of dozen", None, 24, 36, "vague", "killed", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LINE_BREAKS)
def test_line_breaks(text, published, expected):
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), ZONE_WORDS)
def test_zone_words(text, published, expected):
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), ANCHORS)
def test_relative_anchors(text, published, expected):
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), HEDGES)
def test_hedges(text, published, expected):
    assert rows(text, published) == expected


def test_offsets_point_at_the_text_as_read():
    text = "Strike toll\r\n\r\nThe council said that at least\r\n400 people were killed.\r\n"
    [figure] = extract_figures(text, "2023-01-04")
    assert text[figure.start : figure.end] == figure.quote == "at least\r\n400"
