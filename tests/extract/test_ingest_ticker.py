"""A live ticker's entries read as a live blog's: their stamps, their speakers, no relay.

Round 23's new user's ticker wrote its entries between marks ("+++ 09:00 — Odisha Police: …
+++", "=== 12:40 — … ===", "-- 18:10 — …") and without full stops: the marked entries lost
their time stamps and the speaker named after them, and "+++" entries had the outlet as
their relay, where the same entries in a plain blog have none. The marks are read as spaces
(the quote is the entry's own words), and a stamped line beside another stamped line is an
entry, not an entry's title. Invented story: the Kessa dam collapse (America/Bogota).
"""

from __future__ import annotations

import pytest

from makiivka.extract.ingest import ingest_article
from tests.extract.ingest_story import read_rows

TICKER = """Kessa dam: live ticker, day two

Lirun Courier live desk, 15 March 2019

{0} 09:00 — Valdera Council: 19 people still missing after 8 were found alive{1}

{2} 12:40 — Northern Front: toll now 22{3}

{4} 18:10 — Valdera Council: 24 bodies recovered{5}
"""
EXPECTED = [
    ("19", "valdera_council", "", "2019-03-15T09:00-05:00",
     "09:00 — Valdera Council: 19 people still missing after 8 were found alive"),
    ("8", "valdera_council", "", "2019-03-15T09:00-05:00",
     "09:00 — Valdera Council: 19 people still missing after 8 were found alive"),
    ("22", "northern_front", "", "2019-03-15T12:40-05:00",
     "12:40 — Northern Front: toll now 22"),
    ("24", "valdera_council", "", "2019-03-15T18:10-05:00",
     "18:10 — Valdera Council: 24 bodies recovered"),
]  # fmt: skip


#: A stamped line over its own paragraph is the entry's title: the outlet's wording of it.
TITLED = """Kessa dam live

Lirun Courier live desk, 15 March 2019

09:00 — Valdera Council: 19 still missing

The council said rescuers were searching the valley.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TICKER.format("+++", " +++", "===", " ===", "--", ""), EXPECTED),  # the new user's
        (TICKER.format("***", " ***", "##", " ##", "~~", " ~~"), EXPECTED),
        (TICKER.format(*[""] * 6).replace("\n ", "\n"), EXPECTED),  # no marks, no full stops
        (TITLED, [("19", "valdera_council", "courier", "2019-03-15T09:00-05:00",
                   "09:00 — Valdera Council: 19 still missing")]),
    ],
)  # fmt: skip
def test_a_tickers_entries_keep_their_stamps_and_speakers(story, text, expected):
    ingest_article(story / "data", text, name="ticker.txt")
    rows = read_rows(story / "data" / "claims.csv")
    got = [(r["figure"], r["claimant"], r["relayed_by"], r["stated_at"], r["quote"]) for r in rows]
    assert got == expected
    assert read_rows(story / "data" / "articles.csv")[0]["outlet"] == "courier"
