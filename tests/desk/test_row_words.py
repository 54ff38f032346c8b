"""The desk's row list says each figure as a reader would, a denial as a denial.

Round 16's second new user skimmed "up to 60 dead  Vikram Sethi" in the row list and read
the chief executive's own upper bound: the row coded "He dismissed reports of more than 60
dead" by the denial convention. The list now says "denies more than 60", as the charts do.
"""

from __future__ import annotations

import pytest

from makiivka.desk.views import in_words


@pytest.mark.parametrize(
    ("row", "said"),
    [
        # a denial coded as the denier's upper bound
        ({"value": "", "value_low": "", "value_high": "60", "qualifier": "up_to",
          "figure": "more than 60", "quote": "He dismissed reports of more than 60 dead."},
         "denies more than 60"),
        ({"value": "60", "value_low": "", "value_high": "60", "qualifier": "up_to",
          "figure": "60", "quote": "The company denied reports that 60 miners had died."},
         "denies 60"),
        # guards: an upper bound stated as one, and a row without its quote
        ({"value": "60", "value_low": "", "value_high": "60", "qualifier": "up_to",
          "figure": "up to 60", "quote": "Up to 60 miners may have died."}, "up to 60"),
        ({"value": "89", "value_low": "89", "value_high": "", "qualifier": "at_least",
          "figure": "at least 89"}, "89 or more"),
        # "nearly 400" coded up to 399 reads as the report says it (new user 25)
        ({"value": "400", "value_low": "", "value_high": "399", "qualifier": "up_to",
          "figure": "nearly 400", "quote": "Nearly 400 of our children are still missing."},
         "nearly 400"),
        ({"value": "400", "value_low": "", "value_high": "399", "qualifier": "up_to",
          "figure": "Almost 400"}, "almost 400"),
    ],
)  # fmt: skip
def test_a_row_is_said_as_a_reader_reads_it(row, said):
    assert in_words(row) == said
