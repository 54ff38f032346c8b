"""The shapes of real reporting: headline verbs, live-blog time stamps, datelines, Telegram-style
compact lines and ministry statements in translation (issue 18), in sentences of our own.

Time stamps and datelines never give rows; a headline's verb says what its figure counts; a
compact line ("12 dead, 30 injured") is read like a sentence. The invented flood story
(tests/extract/stories.py); the corpus conventions say what each figure counts.
"""

from __future__ import annotations

import pytest

from tests.extract.stories import rows

# (text, [(quote, metric)] of every row, in order)
SHAPES = [
    # Headline verbs and nouns.
    ("Flood kills over 2,300 in Lowtown and Greyford", [("over 2,300", "killed")]),
    ("Flood toll tops 2,000 as rescuers dig", [("tops 2,000", "killed")]),
    ("Lowtown flood toll climbs to over 1,600", [("over 1,600", "killed")]),
    ("Thousands feared dead in Lowtown after storm bursts dams", [("Thousands", "killed")]),
    ("Dozens feared trapped after block collapses in Lowtown", [("Dozens", "missing")]),
    ("Death toll in Lowtown soars to 11,300, Red Cross says", [("11,300", "killed")]),
    ("Lowtown floods: mayor fears up to 20,000 dead", [("up to 20,000", "killed")]),
    ("12 killed, 30 hurt as flood hits Lowtown", [("12", "killed"), ("30", "wounded")]),
    ("Flood leaves 20 dead, 40 injured in Lowtown", [("20", "killed"), ("40", "wounded")]),
    ("UN lowers Lowtown death toll to 3,958", [("3,958", "killed")]),
    ("Eastern government: 3,283 dead", [("3,283", "killed")]),
    ("Toll of flood rises to 89 dead, 277 injured", [("89", "killed"), ("277", "wounded")]),
    # Live-blog time stamps and datelines.
    ("Update, 4:45 p.m.: The number of people killed has risen to 30.", [("30", "killed")]),
    ("18 Mar 2024 - 15:40 GMT\nRescuers say 12 people died overnight.", [("12", "killed")]),
    ("09:12 — The toll rose to 23.", [("23", "killed")]),
    ("4.45pm: 12 people have died, the mayor said.", [("12", "killed")]),
    ("March 11, 2024 4:45 PM\n\nThe toll rose to 30.", [("30", "killed")]),
    ("10 March, 16:03\nFlooding in Lowtown. Preliminary: 5 dead.", [("5", "killed")]),
    ("LOWTOWN, Norland, March 12 (Reuters) - More than 2,000 people died.", [("More than 2,000", "killed")]),
    ("GREYFORD, March 11. /NNA/. At least 14 people were killed in Lowtown.", [("At least 14", "killed")]),
    ("Harbour City, NNA - The ministry announced that 12 people died.", [("12", "killed")]),
    # Telegram-style compact lines.
    ("Preliminary: 5 dead. 27 injured, among them 6 children.", [("5", "killed"), ("27", "wounded"), ("6", "other")]),
    ("9 dead. 64 wounded, 12 of them children.", [("9", "killed"), ("64", "wounded"), ("12", "other")]),
    ("12 dead in Lowtown. Among them a 15-year-old girl. 64 injured.", [("12", "killed"), ("64", "wounded")]),
    ("37 people rescued from under the rubble.", [("37", "other")]),
    # Statements in translation.
    ("The Ministry of Health announced that the number of martyrs rose to 89, among them 31 women and 5 children.",
     [("89", "killed"), ("31", "other"), ("5", "other")]),
    ("The toll of the terrorist attack rose to 89 martyrs and 277 injured.", [("89", "killed"), ("277", "wounded")]),
    ("The number of the injured reached 277, the ministry said.", [("277", "wounded")]),
]  # fmt: skip


@pytest.mark.parametrize("row", SHAPES, ids=lambda r: r[0][:60])
def test_the_shapes_of_reporting(row):
    text, expected = row
    assert [(f.quote, f.metric) for f in rows(text)] == expected
