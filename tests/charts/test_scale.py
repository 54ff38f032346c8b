"""A ledger of 10,000 claims charts without a row limit, and every page stays light.

The story is the benchmark's synthetic one (``benchmarks/ledger.py``, seeded): two
parties' speakers, observers and 50 outlets over 40 days. Expected counts are worked out
from the ledger itself with pandas, never read back from the chart being checked.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from makiivka import analysis, charts
from makiivka.charts import bounds
from makiivka.publish.display import SHOWN_ROWS, Table
from makiivka.publish.export import chart_layouts, chart_specs, page_tables
from makiivka.publish.page import chart_page
from makiivka.story import load

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from ledger import write_story

CLAIMS = 10_000


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> load.Dataset:
    root = tmp_path_factory.mktemp("big")
    write_story(root, CLAIMS)
    return load.read_dataset(root / "data")


@pytest.fixture(scope="module")
def wide(big) -> dict[str, dict]:
    return chart_specs(big)


@pytest.fixture(scope="module")
def pages(big, wide) -> dict[str, str]:
    narrow, tables = chart_layouts(big), page_tables(big)
    return {s: chart_page(s, wide[s], narrow[s], 640, tables.get(s, "")) for s in wide}


def drawn_reports(dataset: load.Dataset) -> pd.DataFrame:
    """The reports the claims and outlets charts stand for: reviewed reports of people in
    the event, killed, wounded or missing (the synthetic story's metrics)."""
    c = dataset.claims
    keep = (c["scope"] == "event") & (c["unit"] == "people") & (c["status"] == "reviewed")
    return c[keep & c["metric"].isin(["killed", "wounded", "missing"])]


def text_of(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False)


@pytest.mark.parametrize("slug", ["claims", "gap", "revision", "outlets"])
def test_every_chart_page_of_10000_claims_weighs_at_most_200_kb(pages, slug):
    assert len(pages[slug].encode("utf-8")) <= 200_000


def test_claims_chart_draws_latest_reports_and_says_how_many_more(big, wide):
    reports = drawn_reports(big)
    groups = reports.groupby(["claimant", "metric"], observed=True).ngroups
    shown = min(groups, bounds.CLAIMS_ROWS)
    rows = [r for rows in wide["claims"]["datasets"].values() for r in rows if "heading" in r]
    assert len({r["claim_id"] for r in rows}) == shown
    text = text_of(wide["claims"])
    assert f"{shown} of the {len(reports):,} reports" in text
    more = f"And {len(reports) - shown:,} more reports: every report is in the ledger"
    assert more in text and '"href": "#ledger"' in text.replace('"href":"', '"href": "')


def test_outlets_chart_counts_every_report_by_outlet_and_voice(big, wide):
    reports = drawn_reports(big)
    bars = [r for rows in wide["outlets"]["datasets"].values() for r in rows if "voice_rank" in r]
    assert 0 < len(bars) <= bounds.OUTLET_ROWS
    counted = sum(r["reports"] for r in bars)
    said = re.search(r"([\d,]+) more reports by ([\d,]+) other outlets", text_of(wide["outlets"]))
    assert said and counted + int(said.group(1).replace(",", "")) == len(reports)
    assert f"The {len(reports):,} reports of people" in text_of(wide["outlets"])


def test_revision_chart_thins_restatements_and_never_drops_a_step(big, wide):
    spec = wide["revision"]
    csv = next(v for v in spec["datasets"].values() if isinstance(v, str))
    drawn = pd.read_csv(io.StringIO(csv))
    cells = pd.read_csv(io.StringIO(csv), dtype=str, keep_default_na=False)
    # Vega reads any text but "false" as true, and "" as a value unless parsed as a number.
    assert set(cells["restated"]) == {"false"}
    parse = re.findall(r'"(\w+)": "(number|boolean)"', text_of(spec))
    assert {"y", "arrow_up", "arrow_down", "value_low", "value_high"} <= {c for c, _ in parse}
    series = analysis.revisions(big.claims, min_steps=1)
    killed = series[(series["metric"] == "killed") & (series["scope"] == "event")]
    killed = killed[killed["side"].isin(["north", "south", "third_party"])]
    steps = killed[~killed["restated"]]
    assert len(drawn) == len(steps)
    for claimant, values in steps.groupby("claimant", observed=True)["value"]:
        assert drawn.loc[drawn["claimant"] == claimant, "value_low"].notna().all()
        assert len(drawn[drawn["claimant"] == claimant]) == len(values)
    folded = int(killed["restated"].sum())
    assert f"{len(drawn):,} steps drawn, every one: {folded:,} restatements fold" in text_of(spec)


def test_tables_show_their_first_rows_and_count_the_rest(big):
    table = charts.ledger_table(big)
    html = Table(table).table_html()
    reviewed = int((big.claims["status"] == "reviewed").sum())
    assert html.count("<tr") == SHOWN_ROWS + 1  # the header row and the rows shown
    assert f"The first {SHOWN_ROWS} of {reviewed:,} rows" in html
    assert f"The first {SHOWN_ROWS} of {reviewed:,} rows" in repr(Table(table))
    small = Table(table.head(3)).table_html()
    assert small.count("<tr") == 4 and "The first" not in small


def test_the_claims_page_links_the_ledger_table_to_its_csv(pages, big):
    page = pages["claims"]
    assert 'id="ledger"' in page and 'href="../data/claims.csv"' in page
    assert page.count("<tr") == SHOWN_ROWS + 1
