"""The ledger's check reads a denied figure by the descriptor's ``conventions.denials``.

A row whose quote denies its figure ("dismissed reports of more than 1,000 dead") may be
coded as the denier's upper bound (qualifier ``up_to``, value_low empty, value_high the
number), as ``makiivka extract`` proposes it, or as the figure reads on its own; a row whose
quote denies nothing is held to the figure's own reading.
"""

from __future__ import annotations

import csv
import io

import pytest

from makiivka.story import load
from makiivka.story.claim_checks import check_bounds, check_figures

DISMISSED = "The ministry dismissed reports of more than 1,000 dead."
# (quote, figure, value, value_low, value_high, qualifier, the problems)
ROWS = [
    (DISMISSED, "more than 1,000", "1000", "", "1000", "up_to", []),
    (DISMISSED, "more than 1,000", "1000", "1001", "", "more_than", []),
    ("The army rejected the council's figure of 41 dead.", "41", "41", "", "41", "up_to", []),
    ("It denied claims that about 300 died.", "about 300", "300", "", "300", "up_to", []),
    ("Officials reported more than 1,000 dead.", "more than 1,000", "1000", "", "1000", "up_to",
     ["value_low '' — expected 1001, as parse_quantity reads the figure 'more than 1,000'"]),
    (DISMISSED, "more than 1,000", "1000", "", "999", "up_to",
     ["value_low '' — expected 1001, as parse_quantity reads the figure 'more than 1,000' (or, "
      "as the quote denies it, the denier's upper bound: value 1000, value_low empty, "
      "value_high 1000, qualifier up_to)"]),
]  # fmt: skip


def test_a_denied_figure_may_be_coded_as_the_deniers_upper_bound(tmp_path):
    resource = load.read_package().resources["claims"]
    out = io.StringIO()
    writer = csv.DictWriter(out, resource.columns, lineterminator="\n")
    writer.writeheader()
    for n, (quote, figure, value, low, high, qualifier, _) in enumerate(ROWS, start=1):
        writer.writerow({c: "" for c in resource.columns} | {
            "claim_id": f"c{n:03}", "article_id": "a", "quote": quote, "figure": figure,
            "value": value, "value_low": low, "value_high": high, "qualifier": qualifier,
            "unit": "people",
        })  # fmt: skip
    (tmp_path / resource.path).write_text(out.getvalue(), encoding="utf-8")
    table, problems = load.read_table(tmp_path, resource)
    assert problems == []
    found = check_bounds(table) + check_figures(table)
    said = [(p.line, f"{p.field} {p.value!r} — expected {p.expected}") for p in found]
    assert said == [(line, p) for line, row in enumerate(ROWS, start=2) for p in row[6]]


DENIED_THAT = "The Home Ministry said the figure of more than 50 dead was exaggerated."
NOTE = "denial: the speaker rejects 'more than 50'; coded as its upper bound"
EXPECTED_51 = "value_low '' — expected 51, as parse_quantity reads the figure 'more than 50'"


@pytest.mark.parametrize(
    ("notes", "high", "problems"),
    [
        # new user 20: an editor codes the missed denial; the notes say so, as ingest's do
        (f"proposed by makiivka extract; {NOTE}", "50", []),
        (f"{NOTE}; edited at the desk 2026-12-07T01:32:18Z: qualifier: more_than → up_to", "50",
         []),
        ("proposed by makiivka extract", "50", [EXPECTED_51]),  # nothing says it is a denial
        (NOTE.replace("more than 50", "50"), "50", [EXPECTED_51]),  # another figure's
        (NOTE, "49", [EXPECTED_51 + " (or, as the quote denies it, the denier's upper bound: "
                      "value 50, value_low empty, value_high 50, qualifier up_to)"]),
    ],
    ids=["noted", "noted-and-edited", "not-noted", "another-figure", "wrong-bound"],
)  # fmt: skip
def test_a_figure_an_editor_coded_as_a_denial_is_held_to_the_deniers_upper_bound(
    tmp_path, notes, high, problems
):
    resource = load.read_package().resources["claims"]
    out = io.StringIO()
    writer = csv.DictWriter(out, resource.columns, lineterminator="\n")
    writer.writeheader()
    writer.writerow({c: "" for c in resource.columns} | {
        "claim_id": "c001", "article_id": "a", "quote": DENIED_THAT, "figure": "more than 50",
        "value": "50", "value_low": "", "value_high": high, "qualifier": "up_to",
        "unit": "people", "notes": notes,
    })  # fmt: skip
    (tmp_path / resource.path).write_text(out.getvalue(), encoding="utf-8")
    table, read = load.read_table(tmp_path, resource)
    assert read == []
    found = check_bounds(table) + check_figures(table)
    assert [f"{p.field} {p.value!r} — expected {p.expected}" for p in found] == problems
