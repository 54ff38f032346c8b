"""Line breaks as a reader reads them: wraps joined, CR LF as LF, paragraphs and stacks kept."""

from __future__ import annotations

import pytest

from makiivka.text.linebreaks import read_line_breaks

READINGS = [
    # wraps: the next line goes on in lower case, or the line stops on an open word
    ("the ministry said 89 Russian\nsoldiers died", "the ministry said 89 Russian soldiers died"),
    ("it said that at least\n400 were killed", "it said that at least 400 were killed"),
    ("officials said,\n400 were killed", "officials said, 400 were killed"),
    # a blank line still ends a paragraph; CR LF is LF
    ("One.\r\n\r\nTwo.\r\n", "One.\n\nTwo.\n"),
    ("One.\n \nTwo.", "One.\n \nTwo."),
    # stacked short lines stay lines: headline, standfirst, dateline, byline, lists
    ("Kabul bloodied by bombers\nDozens killed, including 13 troops\nBy A Writer",
     "Kabul bloodied by bombers\nDozens killed, including 13 troops\nBy A Writer"),
    ("Toll climbs to 18\n18 April 2024 (Thursday), 07:58", "Toll climbs to 18\n18 April 2024 (Thursday), 07:58"),
    # a heading or post stamp ending on a date or a time, over a line opening on a figure
    ("Ministry of Water, Sunday 16 June\n11 people have died.",
     "Ministry of Water, Sunday 16 June\n11 people have died."),
    ("Jan Novak, minister, 15:47\n16 dead and 28 injured.",
     "Jan Novak, minister, 15:47\n16 dead and 28 injured."),
    ("The toll reported on 16\n11 people more", "The toll reported on 16 11 people more"),
    ("Background:\n- Four were reported dead; the\n- number rose to 17",
     "Background:\n- Four were reported dead; the\n- number rose to 17"),
    # lines of one width that each open on a capital or a figure, the last ending no
    # sentence: a release's author, title and date, not a wrapped paragraph
    ("Norland Accident Countermeasures Headquarters\nBriefing on the Lowtown river flood\n17 June 2024, 10:00, Lowtown County Hall",
     "Norland Accident Countermeasures Headquarters\nBriefing on the Lowtown river flood\n17 June 2024, 10:00, Lowtown County Hall"),
    # a PDF's full-width line ending on a lower-case word goes on in the line that ends its
    # sentence (round 22's new user: "… in the central and eastern" lost "Mediterranean.")
    ("So far this year, more than 1,900 people have died or gone missing in the central and eastern\nMediterranean.\nFor more information",
     "So far this year, more than 1,900 people have died or gone missing in the central and eastern Mediterranean.\nFor more information"),
    # guard: a short heading over a sentence stays a line
    ("Hundreds feared dead in the central and eastern\nMediterranean.",
     "Hundreds feared dead in the central and eastern\nMediterranean."),
    # a hard-wrapped paragraph: three or more lines of about one width
    ("The Valdera Council said on Tuesday that the toll from the\nstrike on the Kessa depot had risen to 89, while the Northern\nFront put it at 12.",
     "The Valdera Council said on Tuesday that the toll from the strike on the Kessa depot had risen to 89, while the Northern Front put it at 12."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(text, expected):
    assert read_line_breaks(text).text == expected


@pytest.mark.parametrize(
    "text", ["a\r\nb\r\n\r\nc at least\r\n40", "no breaks", "\r\n\r\n", "x\ry\r\nz"]
)
def test_offsets_map_back_to_the_stored_text(text):
    reading = read_line_breaks(text)
    for at, char in enumerate(reading.text):
        stored = text[reading.original(at)]
        assert stored == char or (char in " \n" and stored in "\r\n")
        assert reading.reading(reading.original(at)) == at
    assert text[reading.original(0) : reading.original(len(reading.text), end=True)].replace(
        "\r\n", "\n"
    ).replace("\r", "\n").replace("\n", " ") == reading.text.replace("\n", " ")
