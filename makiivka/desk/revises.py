"""The row editor's "Revises" menu: the earlier figures of the claimant chosen in the form.

A revision names an earlier figure of the same claimant (``makiivka validate`` holds a row
to it), so the menu offers the rows of whichever claimant the editor has chosen: the page
renders the row's own claimant's, and the desk's script asks ``/revises`` again when the
Claimant menu changes, before any save.
"""

from __future__ import annotations

from collections.abc import Callable

from makiivka.desk.views import Story, in_words

#: The most earlier figures the menu offers (the latest; a long-running story's claimant
#: may have thousands, and every row of the page carries its menu).
CHOICES = 40


class Revisable:
    """Each claimant's rows a revision may name (never withdrawn ones), the latest first."""

    def __init__(self, story: Story, labels: dict[str, str], when: Callable[[str], str]):
        self.story, self.labels, self.when = story, labels, when
        self.by_claimant: dict[str, list[dict[str, str]]] = {}
        self.by_id = {r["claim_id"]: r for r in story.claims}
        for r in story.claims:
            if r["status"] != "withdrawn":
                self.by_claimant.setdefault(r["claimant"], []).append(r)
        for rows in self.by_claimant.values():
            rows.sort(key=lambda r: (r["stated_at"], r["claim_id"]), reverse=True)

    def offered(self, claimant: str, claim_id: str, keep: str = "") -> list[dict[str, str]]:
        """Return the options for row *claim_id* given *claimant*: value and text.

        At most ``CHOICES`` of the claimant's other rows, and always *keep* (the row it
        revises now) when it is one of them. The rows ``makiivka validate`` lets it revise
        (the same metric and scope, stated before it) come first, the latest first; the
        claimant's others follow (the editor may be about to change the row's metric).
        """
        theirs = [r for r in self.by_claimant.get(claimant, []) if r["claim_id"] != claim_id]
        own = self.by_id.get(claim_id)
        if own is not None:  # what validate accepts first, each part still latest first
            theirs.sort(key=lambda r: not _may_revise(r, own))  # (round 22's new user)
        kept = theirs[:CHOICES] + [r for r in theirs[CHOICES:] if r["claim_id"] == keep]
        return [{"value": r["claim_id"], "text": self.words(r)} for r in kept]

    def words(self, row: dict[str, str]) -> str:
        """Say an earlier figure as the menu lists it: 'c009 · Hill Front: more than 200 dead
        · 12 May 2024'."""
        metric = self.labels.get(row["metric"], row["metric"].replace("_", " "))
        who = self.story.claimant_name(row["claimant"])
        return (
            f"{row['claim_id']} · {who}: {in_words(row)} {metric} · {self.when(row['stated_at'])}"
        )


def _may_revise(earlier: dict[str, str], row: dict[str, str]) -> bool:
    """Tell whether *row* may name *earlier* as the figure it revises, as ``makiivka validate``
    checks it: the same metric and scope, stated before (ISO texts of one story compare as
    times do, a day before its own times; an undated row is left to validate)."""
    same = all(earlier[c] == row[c] for c in ("metric", "scope"))
    return same and (not row["stated_at"] or earlier["stated_at"] < row["stated_at"])
