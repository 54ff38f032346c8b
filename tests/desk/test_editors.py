"""Several editors at once, and a desk killed mid-action: nothing lost, nothing half-written."""

from __future__ import annotations

import csv
import subprocess
import sys
import time

import httpx
import pytest

from makiivka.desk.server import free_port
from makiivka.story import changes, load, store
from tests.conftest import tree_digest
from tests.desk.conftest import CLOCK

COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"
#: The Courier's Hill Front row (c009): no revision links it, so its scope may change alone
#: (the "58 … up from 46" pair, c007 and c008, must share one: validate holds a revision to it).
NOTES = "proposed by makiivka extract"
#: What the notes record of an editor's change of the scope (round 18).
SCOPED = f"edited at the desk {CLOCK}: scope: event → other"


def _cell(data, claim_id: str, column: str) -> str:
    with open(data / "claims.csv", encoding="utf-8", newline="") as handle:
        return next(r for r in csv.DictReader(handle) if r["claim_id"] == claim_id)[column]


def _sealed(data) -> list[str]:
    with open(data / "reviewed.csv", encoding="utf-8", newline="") as handle:
        return [r["claim_id"] for r in csv.DictReader(handle)]


def test_two_editors_lose_nothing_and_a_conflict_is_shown_not_overwritten(browser, desk, story):
    data = story / "data"
    one, two = browser.new_context(), browser.new_context()
    a, b = one.new_page(), two.new_page()
    for tab in (a, b):
        tab.goto(f"{desk.url}/articles/{COURIER}?row=c009")
        tab.keyboard.press("e")
    a.select_option("#scope-c009", "other")  # proposed as this flood's own
    with a.expect_navigation():
        a.click("#edit-c009 button:text-is('Save')")
    b.fill("#notes-c009", "checked against the Courier's print edition")
    with b.expect_navigation():
        b.click("#edit-c009 button:text-is('Save')")
    conflict = b.inner_text("#body-c009 .conflict")
    assert "Another editor changed c009 since you opened it" in conflict
    rows = b.eval_on_selector_all(
        "#body-c009 .conflict tr.differs",
        "rows => rows.map(r => Array.from(r.cells).map(c => c.textContent))",
    )
    # B changed only the notes: A's scope is not B's to undo, so it is no difference.
    assert rows == [["Notes", f"{NOTES}; {SCOPED}", "checked against the Courier's print edition"]]
    assert (_cell(data, "c009", "scope"), _cell(data, "c009", "notes")) == (
        "other", f"{NOTES}; {SCOPED}"
    )  # fmt: skip
    with b.expect_navigation():
        b.click("#body-c009 .conflict button:text-is('Apply mine over theirs')")
    assert (_cell(data, "c009", "scope"), _cell(data, "c009", "notes")) == (
        "other",  # A's change kept
        f"checked against the Courier's print edition; {SCOPED}",  # B's applied, A's record kept
    )

    # Both accept a different row at the same moment: the lock serialises, both are sealed.
    b.goto(f"{desk.url}/articles/{COURIER}?row=c008")
    a.goto(f"{desk.url}/articles/{COURIER}?row=c010")
    # Listen before submitting: the desk's script drops "msg" from the address once the
    # page has loaded, so an address looked at afterwards no longer says "accepted".
    accepted = {"url": "**msg=accepted**", "timeout": 120_000}  # one waits for the lock
    with a.expect_navigation(**accepted), b.expect_navigation(**accepted):
        for tab, claim_id in ((a, "c010"), (b, "c008")):
            submit = f"document.querySelector('#row-{claim_id} form.accept-form').requestSubmit()"
            tab.evaluate(submit)
    assert sorted(_sealed(data)) == ["c008", "c010"]
    assert _cell(data, "c009", "scope") == "other"
    assert load.validate(data) == []
    one.close()
    two.close()


CRASHING_DESK = """
import os, sys
import uvicorn
from makiivka.desk.app import create_app
from makiivka.story import store
data, port, step = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def crash(name):
    if name == step:
        os._exit(9)  # as abrupt as a kill: no cleanup, no exception handler
store._step = crash
uvicorn.run(create_app(data), host="127.0.0.1", port=port, log_level="error")
"""


def _wait_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        assert process.poll() is None, "the desk exited early"
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("the desk did not start")


@pytest.mark.parametrize(
    ("step", "after"),
    [("journal staged", "old"), ("journal", "new")],  # just before and after the commit point
)
def test_a_desk_killed_mid_accept_leaves_the_story_old_or_new(browser, story, step, after):
    data = story / "data"
    before = tree_digest(data)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", CRASHING_DESK, str(data), str(port), step])
    try:
        _wait_up(f"http://127.0.0.1:{port}/", process)
        context = browser.new_context()
        tab = context.new_page()
        tab.goto(f"http://127.0.0.1:{port}/articles/{COURIER}?row=c006")
        tab.keyboard.press("a")
        assert process.wait(timeout=15) == 9
        context.close()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    store.recover(data)  # what the next writer (the restarted desk) does first
    if after == "old":
        assert tree_digest(data) == before
    else:
        assert (_cell(data, "c006", "status"), _sealed(data)) == ("reviewed", ["c006"])
    assert load.validate(data) == []


THEIR_NOTE = "checked with the press office by phone"
THEIR_REASON = "the Council counts people it cannot reach"


def _conflict_rows(tab, claim_id: str) -> list[list[str]]:
    return tab.eval_on_selector_all(
        f"#body-{claim_id} .conflict tbody tr",
        "rows => rows.map(r => [r.className, ...Array.from(r.cells).map(c => c.textContent)])",
    )


def _both_edit(a, b, desk, claim_id: str, metric: str, reasons=("", "")) -> None:
    """A and B open the row; A changes its metric with a note, then B changes its scope."""
    for tab in (a, b):
        tab.goto(f"{desk.url}/articles/{COURIER}?row={claim_id}")
        tab.keyboard.press("e")
    a.select_option(f"#metric-{claim_id}", metric)
    a.fill(f"#notes-{claim_id}", f"{THEIR_NOTE} ({claim_id})")
    for tab, reason in zip((a, b), reasons, strict=True):
        if reason:
            tab.fill(f"#reason-{claim_id}", reason)
    save = f"#edit-{claim_id} button[type=submit] >> nth=0"  # "Save", "Save the correction"
    with a.expect_navigation():
        a.click(save)
    b.select_option(f"#scope-{claim_id}", "other")
    with b.expect_navigation():
        b.click(save)


def test_a_conflict_shows_the_other_editor_s_note_and_reason(browser, desk, story):
    data = story / "data"
    one, two = browser.new_context(), browser.new_context()
    a, b = one.new_page(), two.new_page()
    opened = "you opened it as proposed by makiivka extract"
    metric = f"edited at the desk {CLOCK}: metric: killed → other"  # A's edit, recorded
    _both_edit(a, b, desk, "c009", "other")
    # B changed only the scope; A's metric and note are shown as A's, beside B's scope, in
    # the words the editor uses; the unchanged status is not listed.
    assert _conflict_rows(b, "c009") == [
        ["moved", "Metric", "other changed by them (you opened it as killed)", "(unchanged)"],
        ["differs", "Scope", "this flood", "another flood or event"],
        ["moved", "Notes", f"{THEIR_NOTE} (c009); {metric} changed by them ({opened})",
         "(unchanged)"],
    ]  # fmt: skip
    changes.accept_claims(data, {"c010": None})  # sealed: A's change is a correction
    _both_edit(a, b, desk, "c010", "missing", (THEIR_REASON, "the region's displaced"))
    assert _conflict_rows(b, "c010") == [
        ["moved", "Metric", "missing changed by them (you opened it as other)", "(unchanged)"],
        ["differs", "Scope", "this flood", "another flood or event"],
        ["moved", "Notes", f"{THEIR_NOTE} (c010) changed by them ({opened})", "(unchanged)"],
    ]  # fmt: skip
    assert b.inner_text("#body-c010 .conflict .their-reasons") == (
        f"Their reason for the correction: Metric: {THEIR_REASON}"
    )
    assert (_cell(data, "c010", "metric"), _cell(data, "c010", "scope")) == ("missing", "event")
    one.close()
    two.close()
