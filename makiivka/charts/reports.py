"""Turn the ledger into the rows every chart draws: one per report, in reading order."""

from __future__ import annotations

import pandas as pd

from makiivka.analysis import UNDATED_BASIS
from makiivka.charts.bounds import named
from makiivka.charts.measure import and_list, possessive, wrap
from makiivka.charts.memo import per_dataset
from makiivka.charts.theme import side_labels, side_styles
from makiivka.charts.wording import (
    QUALIFIER_WORDS,
    coded_words,
    drawn_figure,
    scope_words,
    stated_words,
)
from makiivka.story.coded import is_denial
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope, metric_of, story_metrics

#: What the claims and outlets charts drew before stories listed their metrics.
CASUALTY_METRICS = ("killed", "wounded", "killed_or_wounded")


def people_phrase(dataset: Dataset, metrics) -> str:
    """Say which people the rows count: 'people killed or wounded', 'people killed, missing
    or displaced' (the drawn metrics among *metrics*, in story order; killed when none)."""
    drawn = drawn_metrics(dataset)
    shown = [m for m in drawn if m in set(metrics)] or drawn[:2]
    said = [metric_of(dataset.package, m).phrase() for m in shown]
    # "people killed or wounded"; a label naming what it counts is said as it is ("deaths or
    # confirmed cases", not round 22's second new user's "people deaths or confirmed cases")
    people = all(p.startswith("people ") for p in said)
    names = [p.removeprefix("people ") for p in said] if people else said
    joined = " or ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return f"people {joined}" if people else joined


def drawn_metrics(dataset: Dataset) -> list[str]:
    """Return the metrics the claims and outlets charts plot: the story's compared metrics
    counted in people (killed, wounded, missing, displaced…), in the story's order."""
    found = [m.id for m in story_metrics(dataset.package) if m.compare and m.unit == "people"]
    return found or list(CASUALTY_METRICS)


#: Font size in px of the source line under each chart.
SOURCE_SIZE = 11


def outlet_text(row: pd.Series) -> str:
    """Name the outlet that carries a report, and who relays it when not the claimant."""
    return _outlet_text(
        row["outlet_name"], row["relayed_by"], row["outlet"], row["relayed_by_name"]
    )


def _outlet_text(outlet_name, relayed_by, outlet, relayed_by_name) -> str:
    if pd.notna(relayed_by) and relayed_by == outlet:
        return f"{outlet_name} (its own wording)"
    if pd.notna(relayed_by_name):
        return f"{outlet_name} (relayed by {relayed_by_name})"
    return str(outlet_name)


#: Sides whose articles come from news outlets; any other's are a party's own publications,
#: but for a third party's outlet (:func:`own_channels`).
NEWS_SIDES = ("media", "unknown")


def own_channels(claimants: pd.DataFrame) -> set[str]:
    """Return the ids of the claimants (the register: ``claimant_id``, ``side``, ``kind``)
    whose publications are a party's own channel or release, not news: every side but
    :data:`NEWS_SIDES`, less a third party's outlet (kind ``outlet``: a fact checker or an
    independent site is a news outlet, new user 27, not a party's own publication)."""
    side, kind = claimants["side"].astype(str), claimants["kind"].astype(str)
    news = side.isin(NEWS_SIDES) | ((side == "third_party") & (kind == "outlet"))
    return set(claimants.loc[~news, "claimant_id"].astype(str))


def own_words(name: str, side: object) -> str:
    """Name a figure's claimant that published it itself: a news outlet 'in its own voice', a
    party's own channel or release '(own publication)', which fits a person (new user 26's
    governor on his Telegram channel) as well as a body.

    >>> own_words("NBC News", "media"), own_words("Governor Quispe", "governor")
    ('NBC News, in its own voice', 'Governor Quispe (own publication)')
    """
    return f"{name}, in its own voice" if str(side) in NEWS_SIDES else f"{name} (own publication)"


def voice(row: pd.Series) -> str:
    """Say in whose voice an article carries a figure: attributed, relayed, or its own."""
    return _voice(row["claimant"], row["outlet"], row["claimant_name"], row["relayed_by"],
                  row["relayed_by_name"], row.get("side", "media"))  # fmt: skip


def _voice(claimant, outlet, claimant_name, relayed_by, relayed_by_name, side="media") -> str:
    if claimant == outlet:
        return own_words(claimant_name, side)
    if pd.notna(relayed_by):
        return f"{claimant_name}, in {possessive(relayed_by_name)} words"
    return f"{claimant_name}, attributed"


def _each(function, *columns: pd.Series) -> list:
    """Apply *function* to each row's values of *columns*, once per distinct combination.

    A ledger of 100,000 reports holds a few thousand distinct combinations of claimant,
    outlet and relay (or of time and basis): each is worded once.
    """
    done: dict = {}
    out = []
    for values in zip(*(c.astype(object).to_numpy() for c in columns), strict=True):
        key = tuple("\0NA" if v is pd.NA or v is None or v != v else v for v in values)
        if key not in done:
            done[key] = function(*values)
        out.append(done[key])
    return out


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


def denials(claims: pd.DataFrame) -> list[bool]:
    """Tell which ledger rows are denials, read in their quote or coded in their notes."""
    said = (claims[c].astype(str) for c in ("qualifier", "quote", "figure", "notes"))
    return _each(is_denial, *said)


@per_dataset
def report_rows(dataset: Dataset) -> pd.DataFrame:
    """Return one display row per report with the words and tooltip fields the charts use.

    Only reviewed rows: a newsroom publishes what an editor has checked, so every chart,
    the ledger's table and the report show the same rows. Proposed rows (not yet reviewed)
    are counted in :func:`proposed_note`; withdrawn rows are never shown. The tidy data
    files keep every row with its ``status``.

    ``stated`` says "no later than" the publication date where the article does not
    date the figure (basis "publication date…"); ``metric_text`` names a scope other
    than the event's own ("killed (war-wide)" where the story declares a war,
    :func:`event_context`; "killed (beyond this flood)" where it declares none).
    """
    tz = dataset.package.event["timezone"]
    labels = side_labels(side_styles(dataset.package))
    scope = event_scope(dataset.package)
    noun = event_noun(dataset)
    rows = reading_order(dataset)
    rows = rows[rows["status"].astype(str) == "reviewed"].reset_index(drop=True)
    own = rows["claimant"].astype(str).isin(own_channels(dataset.claimants))
    denial = pd.Series(denials(rows), index=rows.index, dtype=bool)
    out = pd.DataFrame(
        {
            "row": range(len(rows)),
            "claim_id": rows["claim_id"].astype(str),
            "article_id": rows["article_id"].astype(str),
            "outlet": rows["outlet"].astype(str),
            "outlet_name": rows["outlet_name"].astype(str),
            "outlet_text": _each(
                _outlet_text,
                rows["outlet_name"],
                rows["relayed_by"],
                rows["outlet"],
                rows["relayed_by_name"],
            ),
            "voice": _each(
                _voice,
                rows["claimant"],
                rows["outlet"],
                rows["claimant_name"],
                rows["relayed_by"],
                rows["relayed_by_name"],
                rows["side"].astype(str).where(own, "media"),  # a fact checker's is news
            ),
            "claimant": rows["claimant"].astype(str),
            "claimant_name": rows["claimant_name"].astype(str),
            "side": rows["side"].astype(str),
            "side_label": rows["side"].astype(str).map(lambda s: labels.get(s, s)),
            # A figure is said as its mark draws it: "denies more than 1,000", and an editor's
            # coding of "more than 50" as a ceiling "up to 50" (new user 20).
            "figure": _each(
                drawn_figure,
                rows["figure"],
                denial,
                rows["value"],
                rows["value_low"],
                rows["value_high"],
            ),
            "said": rows["figure"].astype(str),
            "qualifier": rows["qualifier"].astype(str).map(QUALIFIER_WORDS),
            "metric": rows["metric"].astype(str),
            "scope": rows["scope"].astype(str),
            "unit": rows["unit"].astype(str),
            "status": rows["status"].astype(str),
            "quote": rows["quote"].astype(str),
            "stated": _each(
                lambda s, p, b: stated_words(s, p, tz, str(b)),
                rows["stated_at"],
                rows["stated_at_precision"],
                rows["stated_at_basis"],
            ),
        }
    )
    out["coded"] = _each(
        coded_words, out["qualifier"], out["said"], rows["value"], rows["value_low"],
        rows["value_high"], out["unit"], denial,
    )  # fmt: skip
    out["metric_text"] = _each(
        lambda m, s: scope_words(
            metric_of(dataset.package, m).label, s, scope, noun, event_context(dataset)
        ),
        out["metric"],
        out["scope"],
    )
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


def event_context(dataset: Dataset) -> str | None:
    """Return the wider context the story declares (``event.context``: war, conflict…).

    None where it declares none: then nothing is worded as a war's.
    """
    context = dataset.package.event.get("context")
    return str(context) if context else None


def event_noun(dataset: Dataset) -> str:
    """Return the word readers know the event by (``event.noun``: explosion, blast…)."""
    return str(dataset.package.event.get("noun") or "event")


def source_lines(rows: pd.DataFrame, width: int, note: str = "", of: str = "") -> list[str]:
    """Name the claimants and outlets behind *rows* in a source line wrapped to *width* px.

    At most :data:`~makiivka.charts.bounds.NAMED` of each are named, the rest counted. *of*
    says what the rows are when they are not every report the chart could show ("the latest
    figures": the gap counts only the reports behind them, and round 22's new user read its
    "20 reports" beside the claims chart's "54" as a different ledger).
    """
    outlets = sorted(set(rows["outlet_name"].dropna().astype(str)))
    by_side = rows.sort_values(["side", "claimant_name"]).drop_duplicates("claimant_name")
    # a name that carries its side already ("doctors (Herat Provincial Administration)") is
    # not given it twice (round 21's second new user)
    claimants = [
        n if n == s or n.endswith(f"({s})") else f"{n} ({s})"
        for n, s in zip(*_columns(by_side), strict=True)
    ]
    articles = rows["article_id"].nunique()
    count = len(rows)
    text = (
        f"Source: claims ledger, {of}{count:,} report{'s' * (count != 1)} in "
        f"{articles:,} article{'s' * (articles != 1)} by {and_list(named(outlets, 'outlet'))}. "
        f"Claimants: {'; '.join(named(claimants, 'claimant'))}. {note}"
    ).strip()
    return wrap(text, width, SOURCE_SIZE)


def _columns(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    return frame["claimant_name"].astype(str).tolist(), frame["side_label"].astype(str).tolist()


def proposed_note(claims: pd.DataFrame) -> str:
    """Say how many rows proposed by ingest wait for review and are not shown, if any.

    >>> proposed_note(pd.DataFrame({"status": ["reviewed", "proposed", "proposed"]}))
    '2 proposed rows not yet reviewed are not shown.'
    >>> proposed_note(pd.DataFrame({"status": ["proposed", "withdrawn"]}))
    '1 proposed row not yet reviewed is not shown.'
    >>> proposed_note(pd.DataFrame({"status": ["reviewed"]}))
    ''
    """
    count = int((claims["status"] == "proposed").sum())
    if not count:
        return ""
    if count == 1:
        return "1 proposed row not yet reviewed is not shown."
    return f"{count:,} proposed rows not yet reviewed are not shown."


def unsaid_note(claims: pd.DataFrame) -> str:
    """Return :func:`proposed_note` for a source line, unless :func:`nothing_reviewed` says it.

    >>> unsaid_note(pd.DataFrame({"status": ["proposed", "reviewed"]}))
    '1 proposed row not yet reviewed is not shown.'
    >>> unsaid_note(pd.DataFrame({"status": ["proposed"]}))
    ''
    """
    return "" if nothing_reviewed(claims) else proposed_note(claims)


def nothing_reviewed(claims: pd.DataFrame) -> str:
    """Say that no figure is reviewed yet while some wait for review ("" otherwise).

    What a chart, its finding and the report say in place of an empty plot.

    >>> nothing_reviewed(pd.DataFrame({"status": ["proposed"] * 12 + ["withdrawn"]}))
    'No figure has been reviewed yet: 12 proposed rows not yet reviewed are not shown.'
    >>> nothing_reviewed(pd.DataFrame({"status": ["proposed", "reviewed"]}))
    ''
    >>> nothing_reviewed(pd.DataFrame({"status": []}))
    ''
    """
    if (claims["status"] == "reviewed").any():
        return ""
    note = proposed_note(claims)
    return f"No figure has been reviewed yet: {note}" if note else ""
