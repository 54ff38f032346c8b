"""Name every chart by a stable slug."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt

from makiivka.charts.claims import claims_chart, claims_finding
from makiivka.charts.gap import gap_chart
from makiivka.charts.gap_words import gap_finding
from makiivka.charts.outlets import outlets_chart, outlets_finding
from makiivka.charts.revision import revision_finding
from makiivka.charts.revision_stack import revision_chart
from makiivka.story.load import Dataset

#: Stable chart slugs, in reading order, and the builders that make them from a Dataset.
#: Each builder takes ``width=`` in px (padding included) and lays itself out to it.
CHARTS: dict[str, Callable[..., alt.TopLevelMixin]] = {
    "claims": claims_chart,
    "gap": gap_chart,
    "revision": revision_chart,
    "outlets": outlets_chart,
}

#: What each chart shows, in one sentence computed from the dataset (for notebook prose).
FINDINGS: dict[str, Callable[[Dataset], str]] = {
    "claims": claims_finding,
    "gap": gap_finding,
    "revision": revision_finding,
    "outlets": outlets_finding,
}
