"""Turn the ledger into the rows every chart draws: one per report, in reading order."""

from __future__ import annotations

import pandas as pd

from makiivka import analysis
from makiivka.analysis import UNDATED_BASIS
from makiivka.charts.measure import and_list, wrap
from makiivka.charts.theme import side_labels, side_styles
from makiivka.charts.wording import QUALIFIER_WORDS, scope_words, stated_words
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope, story_metrics

#: What the claims and outlets charts drew before stories listed their metrics.
CASUALTY_METRICS = ("killed", "wounded", "killed_or_wounded")


def people_phrase(dataset: Dataset, metrics) -> str:
    """Say which people the rows count: 'people killed or wounded', 'people killed, missing
    or displaced' (the drawn metrics among *metrics*, in story order; killed when none)."""
    drawn = drawn_metrics(dataset)
    shown = [m for m in drawn if m in set(metrics)] or drawn[:2]
    names = [m.replace("_", " ") for m in shown]
    return "people " + (
        " or ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    )


def drawn_metrics(dataset: Dataset) -> list[str]:
    """Return the metrics the claims and outlets charts plot: the story's compared metrics
    counted in people (killed, wounded, missing, displaced…), in the story's order."""
    found = [m.id for m in story_metrics(dataset.package) if m.compare and m.unit == "people"]
    return found or list(CASUALTY_METRICS)


#: Font size in px of the source line under each chart.
SOURCE_SIZE = 11


def outlet_text(row: pd.Series) -> str:
    """Name the outlet that carries a report, and who relays it when not the claimant."""
    if pd.notna(row["relayed_by"]) and row["relayed_by"] == row["outlet"]:
        return f"{row['outlet_name']} (its own wording)"
    if pd.notna(row["relayed_by_name"]):
        return f"{row['outlet_name']} (relayed by {row['relayed_by_name']})"
    return str(row["outlet_name"])


def voice(row: pd.Series) -> str:
    """Say in whose voice an article carries a figure: attributed, relayed, or its own."""
    if row["claimant"] == row["outlet"]:
        return f"{row['claimant_name']}, in its own voice"
    if pd.notna(row["relayed_by"]):
        return f"{row['claimant_name']}, in {row['relayed_by_name']}'s words"
    return f"{row['claimant_name']}, attributed"


def reading_order(dataset: Dataset) -> pd.DataFrame:
    """Return the claims in the order a reader meets them: by article, then by place in text."""
    claims = dataset.claims.copy()
    offsets = []
    for row in claims.itertuples(index=False):
        text = dataset.texts.get(row.article_id, "")
        start, count = -1, 0
        wanted = 1 if pd.isna(row.occurrence) else int(row.occurrence)
        while count < wanted:
            start = text.find(row.quote, start + 1)
            count += 1
            if start < 0:
                break
        offsets.append(start)
    claims["offset"] = offsets
    order = ["published_at", "article_id", "offset", "claim_id"]
    return claims.sort_values(order, kind="stable").reset_index(drop=True)


def report_rows(dataset: Dataset) -> pd.DataFrame:
    """Return one display row per report with the words and tooltip fields the charts use.

    ``stated`` says "no later than" the publication date where the article does not
    date the figure (basis "publication date…"); ``metric_text`` names a scope other
    than the event's own ("killed (war-wide)").
    """
    tz = dataset.package.event["timezone"]
    labels = side_labels(side_styles(dataset.package))
    scope = event_scope(dataset.package)
    noun = event_noun(dataset)
    rows = reading_order(dataset)
    out = pd.DataFrame(
        {
            "row": range(len(rows)),
            "claim_id": rows["claim_id"].astype(str),
            "article_id": rows["article_id"].astype(str),
            "outlet": rows["outlet"].astype(str),
            "outlet_name": rows["outlet_name"].astype(str),
            "outlet_text": [outlet_text(r) for _, r in rows.iterrows()],
            "voice": [voice(r) for _, r in rows.iterrows()],
            "claimant": rows["claimant"].astype(str),
            "claimant_name": rows["claimant_name"].astype(str),
            "side": rows["side"].astype(str),
            "side_label": [labels.get(s, s) for s in rows["side"].astype(str)],
            "figure": rows["figure"].astype(str),
            "qualifier": rows["qualifier"].astype(str).map(QUALIFIER_WORDS),
            "metric": rows["metric"].astype(str),
            "scope": rows["scope"].astype(str),
            "unit": rows["unit"].astype(str),
            "status": rows["status"].astype(str),
            "quote": rows["quote"].astype(str),
            "stated": [
                stated_words(s, p, tz, b)
                for s, p, b in zip(
                    rows["stated_at"],
                    rows["stated_at_precision"],
                    rows["stated_at_basis"].astype(str),
                    strict=True,
                )
            ],
        }
    )
    # The bounds say it all ("89 or more"); the qualifier is named only for "about" and a
    # vague word, which bounds alone cannot tell.
    out["coded"] = [
        (f"{q.replace('_', ' ')}: " if q in ("about", "vague") else "")
        + analysis.describe(v, lo, hi)
        + ("" if u == "people" else f" {u}")
        for q, v, lo, hi, u in zip(
            out["qualifier"],
            rows["value"],
            rows["value_low"],
            rows["value_high"],
            out["unit"],
            strict=True,
        )
    ]
    out["metric_text"] = [
        scope_words(m, s, scope, noun) for m, s in zip(out["metric"], out["scope"], strict=True)
    ]
    for column in ("value", "value_low", "value_high"):
        out[column] = [None if pd.isna(v) else int(v) for v in rows[column]]
    return out


def undated(claims: pd.DataFrame, claim_ids: str) -> bool:
    """Tell whether no report among *claim_ids* (";"-joined) dates its figure.

    Such a figure's ``stated_at`` is its article's publication date, the latest it can
    have been stated (basis "publication date…", as ``makiivka ingest`` writes it).
    """
    basis = claims.set_index("claim_id")["stated_at_basis"].astype(str)
    return all(basis[i].startswith(UNDATED_BASIS) for i in str(claim_ids).split(";"))


def event_noun(dataset: Dataset) -> str:
    """Return the word readers know the event by (``event.noun``: explosion, blast…)."""
    return str(dataset.package.event.get("noun") or "event")


def source_lines(rows: pd.DataFrame, width: int, note: str = "") -> list[str]:
    """Name the claimants and outlets behind *rows* in a source line wrapped to *width* px."""
    outlets = sorted(set(rows["outlet_name"].dropna().astype(str)))
    by_side = rows.sort_values(["side", "claimant_name"]).drop_duplicates("claimant_name")
    claimants = [n if n == s else f"{n} ({s})" for n, s in zip(*_columns(by_side), strict=True)]
    articles = rows["article_id"].nunique()
    text = (
        f"Source: claims ledger, {len(rows)} report{'s' * (len(rows) != 1)} in "
        f"{articles} article{'s' * (articles != 1)} by {and_list(outlets)}. "
        f"Claimants: {'; '.join(claimants)}. {note}"
    ).strip()
    return wrap(text, width, SOURCE_SIZE)


def _columns(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    return frame["claimant_name"].astype(str).tolist(), frame["side_label"].astype(str).tolist()


def proposed_note(claims: pd.DataFrame, shown: bool) -> str:
    """Say how rows proposed by ingest and not yet reviewed are treated, if there are any."""
    count = int((claims["status"] == "proposed").sum())
    if not count:
        return ""
    rows = f"{count} proposed row{'s' * (count != 1)} (not yet reviewed)"
    return f"{rows} shown faded, status 'proposed'." if shown else f"{rows} left out."
