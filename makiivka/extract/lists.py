"""Read bullet lists of estimates: each item's figure counts what the item above it counts.

Explainers and fact boxes list competing estimates one to a line, the claimant as the label
and the figure after it ("- City council: about 300 dead, citing witnesses" / "- Outlet B:
close to 600, based on interviews"). Only the first item may say what is counted; the
items after it count the same thing (the blind sets' lists of estimates). A label with a
keyword of its own ("- Evacuated: 300") says what its item counts and is no sibling.
"""

from __future__ import annotations

import re

from makiivka.extract.labels import label_before
from makiivka.extract.metrics import find_keywords

#: A bullet at the start of a line ("- ", "• ", "* ").
_BULLET = re.compile(r"[^\S\n]*[-•*][^\S\n]+")


def is_sibling_item(text: str, start: int, previous: int) -> bool:
    """Tell whether the figure at start opens a bullet item's value under a label with no
    keyword ("- Outlet B: close to 600") and the figure at previous does the same in the
    bullet item on the line just above it: a list of estimates, whose items count one thing.

    >>> s = "- City council: about 300 dead\\n- Outlet B: close to 600, based on interviews"
    >>> is_sibling_item(s, s.index("close"), s.index("about")), is_sibling_item(s, 0, 0)
    (True, False)
    """
    here, label = item_label(text, start), item_label(text, previous)
    if here is None or label is None or find_keywords(text, *here):
        return False
    line = text.rfind("\n", 0, start)
    return line > previous and text.count("\n", previous, start) == 1


def item_label(text: str, start: int) -> tuple[int, int] | None:
    """Return the label of the bullet item whose value the figure at start opens, if any."""
    label = label_before(text, start)
    line = text.rfind("\n", 0, start) + 1
    return label if label is not None and _BULLET.match(text, line) else None
