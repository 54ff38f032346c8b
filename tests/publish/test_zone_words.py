"""A zone behind UTC stays whole on a phone: "UTC-5" never wraps as "UTC-" / "5" (round 18).

A browser may end a line after a hyphen-minus, never after a minus sign (U+2212), so every
page writes an offset behind UTC with one; data files keep ISO 8601 and the stored text.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from makiivka.publish.display import Table, finding
from makiivka.publish.ledger_pages import table_html

STATED = "no later than 15 Mar 2027, 14:20 UTC-5"
WHOLE = "no later than 15 Mar 2027, 14:20 UTC\u22125"


@pytest.mark.parametrize(
    "written",
    [
        # The claims page's, the report's and the notebooks' tables.
        lambda: Table(pd.DataFrame({"stated": [STATED]})).table_html(),
        # The ledger's further pages.
        lambda: table_html(pd.DataFrame({"stated": [STATED]})),
        # The notebooks' and the report's computed sentences.
        lambda: finding(f"INDECI revised its figure to 31 {STATED}.")._repr_markdown_(),
    ],
)
def test_an_offset_behind_utc_is_written_whole_on_every_page(written):
    page = written()
    assert WHOLE in page and "UTC-" not in page


def test_the_desk_writes_an_offset_behind_utc_whole():
    from makiivka.desk.views import time_words

    story = SimpleNamespace(package=SimpleNamespace(event={"timezone": "America/Lima"}))
    assert time_words(story)("2027-03-15T14:20-05:00") == "15 Mar 2027, 14:20 UTC\u22125"
