"""What a ledger table's cells show: a quote a PDF's layout broke reads as one line."""

from __future__ import annotations

import pandas as pd
import pytest

from makiivka.publish.display import Table


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        # round 22's new user saw "on\nboard" as the two characters "\n" on the claims page
        ("between 400 and 750 people were on\nboard the vessel",
         "between 400 and 750 people were on board the vessel"),
        ("Our teams\r\nin Kalamata", "Our teams in Kalamata"),
        ("no break at all", "no break at all"),
    ],
)  # fmt: skip
def test_a_line_break_in_a_cell_is_a_space(quote, shown):
    table = Table(pd.DataFrame({"quote": [quote], "value": [400]}))
    cells = table.table_html()
    assert f">{shown}</td>" in cells
    assert "\\n" not in cells
