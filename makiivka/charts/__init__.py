"""Build the publication charts from a validated dataset: pure functions, no disk I/O.

Every builder takes a :class:`makiivka.story.load.Dataset` and returns an Altair
chart whose numbers all come from the ledger through :mod:`makiivka.analysis`.
Open bounds stay open (a short arrow and "or more"), a side with no figure says
"not stated" (never a zero), times are wall-clock in the story's display zone on
a UTC scale so a chart does not move with the reader's clock, and rows proposed
by ``makiivka ingest`` show apart from reviewed ones. :data:`CHARTS` maps each
stable slug to its builder, :data:`FINDINGS` to a function that says in one sentence,
computed from the dataset, what that chart shows.

One module per chart holds the rows it draws beside the chart (``claims``,
``gap``, ``revision``, ``outlets``); ``reports``, ``wording``, ``measure``,
``layout`` and ``theme`` serve them all.
"""

from __future__ import annotations

from makiivka.charts.claims import claims_chart, ledger_table
from makiivka.charts.gap import gap_chart, gap_metrics
from makiivka.charts.outlets import outlets_chart, own_voice
from makiivka.charts.registry import CHARTS, FINDINGS
from makiivka.charts.revision_stack import revision_chart

__all__ = [
    "CHARTS",
    "FINDINGS",
    "claims_chart",
    "gap_chart",
    "gap_metrics",
    "ledger_table",
    "outlets_chart",
    "own_voice",
    "revision_chart",
]
