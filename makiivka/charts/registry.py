"""Name every chart by a stable slug."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt

from makiivka.charts.claims import claims_chart
from makiivka.charts.gap import gap_chart
from makiivka.charts.outlets import outlets_chart
from makiivka.charts.revision import revision_chart
from makiivka.story.load import Dataset

#: Stable chart slugs, in reading order, and the builders that make them from a Dataset.
CHARTS: dict[str, Callable[[Dataset], alt.TopLevelMixin]] = {
    "claims": claims_chart,
    "gap": gap_chart,
    "revision": revision_chart,
    "outlets": outlets_chart,
}
