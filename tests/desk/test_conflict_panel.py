"""The conflict panel (two editors saved the same row) in words: claimant names, not ids;
words never broken inside at 1,280 or 375 px; no field that did not change (round 16's new
user saw `coast_gua|rd`, `increme|nt` and an unchanged "status proposed / proposed")."""

from __future__ import annotations

import csv

import pytest

from tests.desk.conftest import CLOCK

COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"
#: A's long note beside B's short one: the table's auto layout once squeezed B's column so
#: narrow that "incremental" broke inside (theirs was the widest text).
THEIR_NOTE = (
    "the council's figure, not the Front's: checked with its press office by phone, "
    "who read the list out and said it counts only bodies identified by relatives"
)
MY_NOTE = "incremental count"  #: Each word of the panel whose pieces sit on more than one line (split at spaces and hyphens).
BROKEN_WORDS = """root => {
  const broken = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/[^\\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}"""


def _notes(data, claim_id: str) -> str:
    with open(data / "claims.csv", encoding="utf-8", newline="") as handle:
        return next(r for r in csv.DictReader(handle) if r["claim_id"] == claim_id)["notes"]


def _row(story, claim_id: str) -> dict[str, str]:
    with open(story / "data" / "claims.csv", encoding="utf-8", newline="") as handle:
        return next(r for r in csv.DictReader(handle) if r["claim_id"] == claim_id)


def _panel(tab, claim_id: str) -> list[list[str]]:
    return tab.eval_on_selector_all(
        f"#body-{claim_id} .conflict tbody tr",
        "rows => rows.map(r => [r.className, ...Array.from(r.cells, c => c.textContent)])",
    )


@pytest.mark.parametrize("width", [1280, 375])
def test_the_conflict_panel_names_claimants_keeps_words_whole_and_lists_only_changes(
    browser, desk, story, width
):
    notes = _notes(story / "data", "c009")
    one = browser.new_context(viewport={"width": 1280, "height": 900})
    two = browser.new_context(viewport={"width": width, "height": 900})
    a, b = one.new_page(), two.new_page()
    for tab in (a, b):
        tab.goto(f"{desk.url}/articles/{COURIER}?row=c009")
        tab.keyboard.press("e")
    a.select_option("#claimant-c009", "ridge_council")  # A gives the row to another claimant
    a.fill("#notes-c009", THEIR_NOTE)
    with a.expect_navigation():
        a.click("#edit-c009 button:text-is('Save')")
    b.fill("#notes-c009", MY_NOTE)  # B, meanwhile, only notes
    with b.expect_navigation():
        b.click("#edit-c009 button:text-is('Save')")
    # B never chose Ridge Council (new user 19 read "Yours: FAMa" as both editors agreeing):
    # a field B left as it opened it is "(unchanged)" in B's column.
    assert _panel(b, "c009") == [
        ["moved", "Claimant", "Ridge Council changed by them (you opened it as Hill Front)",
         "(unchanged)"],
        ["differs moved", "Notes", f"{THEIR_NOTE}; edited at the desk {CLOCK}: claimant: "
         f"hill_front → ridge_council changed by them (you opened it as {notes})", MY_NOTE],
    ]  # fmt: skip
    # a phone shows each field's values one under the other, each saying whose it is
    labels = b.eval_on_selector_all(
        "#body-c009 .conflict tbody tr:first-child td",
        "cells => cells.map(c => getComputedStyle(c, '::before').content)",
    )
    assert labels == (['"Theirs (now): "', '"Yours: "'] if width < 560 else ["none", "none"])
    assert b.eval_on_selector("#body-c009 .conflict", BROKEN_WORDS) == []
    assert b.evaluate("document.documentElement.scrollWidth") <= width
    one.close()
    two.close()


def test_an_accept_over_another_editors_change_shows_the_status_it_would_set(browser, desk, story):
    one, two = browser.new_context(), browser.new_context()
    a, b = one.new_page(), two.new_page()
    for tab in (a, b):
        tab.goto(f"{desk.url}/articles/{COURIER}?row=c010")
    a.keyboard.press("e")
    a.select_option("#scope-c010", "other")
    with a.expect_navigation():
        a.click("#edit-c010 button:text-is('Save')")
    with b.expect_navigation():
        b.keyboard.press("a")  # B accepts the row as B saw it
    # New user 19's Y, who pressed Accept, never chose the other scope: "(unchanged)".
    assert _panel(b, "c010") == [
        ["moved", "Scope", "another flood or event changed by them (you opened it as this flood)",
         "(unchanged)"],
        ["differs", "Status", "proposed", "reviewed"],
    ]  # fmt: skip
    one.close()
    two.close()


def test_the_conflict_panel_lists_the_qualifier_and_bound_this_editor_coded(browser, desk, story):
    # New user 20: A changed the basis, B coded the qualifier "at least"; B's panel listed only
    # the basis and the notes, and "Apply mine over theirs" then wrote the qualifier unseen.
    one, two = browser.new_context(), browser.new_context()
    a, b = one.new_page(), two.new_page()
    for tab in (a, b):
        tab.goto(f"{desk.url}/articles/{COURIER}?row=c010")
        tab.keyboard.press("e")
    basis = _row(story, "c010")["stated_at_basis"]
    a.fill("#basis-c010", "article: the Courier's Sunday edition")
    with a.expect_navigation():
        a.click("#edit-c010 button:text-is('Save')")
    b.select_option("#qualifier-c010", "at_least")
    with b.expect_navigation():
        b.click("#edit-c010 button:text-is('Save')")
    panel = _panel(b, "c010")
    assert panel[:3] == [
        ["differs", "Qualifier", "exactly", "at least (N or more)"],
        ["differs", "Upper bound", "1400", "open"],
        ["moved", "On what basis", "article: the Courier's Sunday edition changed by them (you "
         f"opened it as {basis})", "(unchanged)"],
    ]  # fmt: skip
    assert [r[1] for r in panel[3:]] == ["Notes"]
    with b.expect_navigation():
        b.click("button:text-is('Apply mine over theirs')")
    row = _row(story, "c010")
    assert (row["qualifier"], row["value_low"], row["value_high"], row["stated_at_basis"]) == (
        "at_least", "1400", "", "article: the Courier's Sunday edition",
    )  # fmt: skip
    one.close()
    two.close()


def test_a_change_both_editors_made_reads_the_same_as_theirs_never_unchanged(browser, desk, story):
    # New user 24: both editors changed the metric to the same one, B also the claimant; B's
    # panel said "(unchanged)" for the metric B had changed too.
    one, two = browser.new_context(), browser.new_context()
    a, b = one.new_page(), two.new_page()
    for tab in (a, b):
        tab.goto(f"{desk.url}/articles/{COURIER}?row=c009")
        tab.keyboard.press("e")
    a.select_option("#metric-c009", "wounded")
    with a.expect_navigation():
        a.click("#edit-c009 button:text-is('Save')")
    b.select_option("#metric-c009", "wounded")
    b.select_option("#claimant-c009", "ridge_council")
    with b.expect_navigation():
        b.click("#edit-c009 button:text-is('Save')")
    panel = {r[1]: r for r in _panel(b, "c009")}
    assert panel["Metric"] == [
        "moved", "Metric", "wounded changed by them (you opened it as killed)",
        "wounded (the same as theirs)",
    ]  # fmt: skip
    assert panel["Claimant"] == ["differs", "Claimant", "Hill Front", "Ridge Council"]
    one.close()
    two.close()
