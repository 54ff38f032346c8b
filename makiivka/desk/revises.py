"""The row editor's "Revises" menu: the earlier figures of the claimant chosen in the form.

A revision names an earlier figure of the same claimant, metric and scope (``makiivka
validate`` holds a row to it), so the menu offers only those rows, of whichever claimant,
metric, scope and time the editor has set: the page renders the row's own, and the desk's
script asks ``/revises`` again when the Claimant, Metric or Scope menu or "Stated at" changes,
before any save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

import pandas as pd

from makiivka.desk.forms import DENIAL_FIELDS
from makiivka.desk.views import Story, in_words
from makiivka.story.coded import is_denial
from makiivka.story.date_checks import stated_before
from makiivka.story.descriptor import event_zone

#: The most earlier figures the menu offers (the latest; a long-running story's claimant
#: may have thousands, and every row of the page carries its menu).
CHOICES = 40


class Revisable:
    """Each claimant's rows a revision may name (never withdrawn ones), the latest first."""

    def __init__(self, story: Story, labels: dict[str, str], when: Callable[[str], str]):
        self.story, self.labels, self.when = story, labels, when
        package = getattr(story, "package", None)
        self.zone = event_zone(package) if package is not None else None
        self.by_claimant: dict[str, list[dict[str, str]]] = {}
        self.by_id = {r["claim_id"]: r for r in story.claims}
        for r in story.claims:
            if r["status"] != "withdrawn":
                self.by_claimant.setdefault(r["claimant"], []).append(r)
        never = datetime.min.replace(tzinfo=UTC)
        for rows in self.by_claimant.values():  # the latest first, as times
            rows.sort(key=lambda r: (moment(r["stated_at"]) or never, r["claim_id"]), reverse=True)

    def offered(
        self, claimant: str, claim_id: str, keep: str = "", form: dict[str, str] | None = None
    ) -> list[dict[str, str]]:
        """Return the options for row *claim_id* given *claimant*: value and text.

        The rows ``makiivka validate`` lets it revise: the claimant's of the same metric and
        scope, stated before it (times compared as times, whatever offset each is written
        with), the nearest first, at most ``CHOICES``; *form* gives the metric, scope and
        stated_at the editor has set (else the row's own). Always *keep* (the row it revises
        now) too, so the editor sees what it names. A row with no metric yet (one being
        added) gets all the claimant's rows, the latest first.
        """
        theirs = [r for r in self.by_claimant.get(claimant, []) if r["claim_id"] != claim_id]
        own = {**self.by_id.get(claim_id, {}), **{k: v for k, v in (form or {}).items() if v}}
        if own.get("metric"):  # only what validate accepts (round 23's new user)
            theirs = [r for r in theirs if may_revise(r, own, self.zone)]
        kept = theirs[:CHOICES]
        kept += [r for r in self.by_claimant.get(claimant, []) if r["claim_id"] == keep != ""
                 and r not in kept]  # fmt: skip
        return [{"value": r["claim_id"], "text": self.words(r)} for r in kept]

    def words(self, row: dict[str, str]) -> str:
        """Say an earlier figure as the menu lists it: 'c009 · Hill Front: more than 200 dead
        · 12 May 2024'."""
        metric = self.labels.get(row["metric"], row["metric"].replace("_", " "))
        who = self.story.claimant_name(row["claimant"])
        return (
            f"{row['claim_id']} · {who}: {in_words(row)} {metric} · {self.when(row['stated_at'])}"
        )


def moment(stated_at: str) -> datetime | None:
    """Return an ISO 8601 text as a UTC time (a date alone at its start, as the ledger reads
    it), or None for an empty or unreadable one.

    >>> moment("2027-03-14T18:00+05:30") < moment("2027-03-14T17:10:00Z")
    True
    >>> moment("2027-03-14"), moment("")
    (datetime.datetime(2027, 3, 14, 0, 0, tzinfo=datetime.timezone.utc), None)
    """
    try:
        stamp = pd.Timestamp(stated_at.strip()) if stated_at.strip() else None
    except ValueError:
        return None
    if stamp is None or pd.isna(stamp):
        return None
    stamp = stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp.tz_convert(UTC)
    return stamp.to_pydatetime()


def may_revise(earlier: dict[str, str], row: dict[str, str], zone: tzinfo | None = None) -> bool:
    """Tell whether *row* may name *earlier* as the figure it revises, as ``makiivka validate``
    checks it: the same metric and scope, stated before (an undated row is left to validate).
    Times are compared as times: "18:00+05:30" is before "17:10Z" (round 23's new user saw a
    22:40 IST row offered first to an 18:00 one, the ISO texts compared as text); a date alone
    is its whole day in UTC or the story's *zone* (:func:`stated_before`: round 27's new
    user's "2026-10-18" lost the 06:00 of that day it revises)."""
    if any(earlier.get(c) != row.get(c) for c in ("metric", "scope")):
        return False
    if is_denial(*(earlier.get(f, "") for f in DENIAL_FIELDS)):
        return False  # a denial is no figure a toll revises (round 23's second new user)
    if moment(row.get("stated_at", "")) is None:
        return True
    return bool(stated_before(earlier.get("stated_at", ""), row["stated_at"], zone))
