"""Two writers, the desk and ``makiivka claimant merge``: the story is never corrupted.

Both write through the story's lock and journal; a row the merge changed under an editor's
open form is never overwritten (the desk shows both versions), and a row given to the
merged claimant afterwards is refused beside its field.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load, store

WIRE = (
    "Orlen flood: Hill Front says 250 dead\n\n"
    "Hill Front commander Oska Tarn said at least 250 people were killed.\n"
)
WIRE_ID = "wire-2024-05-13-orlen-flood-hill-front-says-250"
COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"
REASON = "Tarn commands the Hill Front and speaks for it"


def _ingest_wire(story: Path, tmp_path: Path) -> None:
    """Add the wire whose 'Hill Front commander Oska Tarn' ingest proposes (c012)."""
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "wire", "--published", "2024-05-13",
                 "--story", str(story), "-q"]) == 0  # fmt: skip
    assert _row(story / "data", "c012")["claimant"] == "oska_tarn"


def _row(data: Path, claim_id: str) -> dict[str, str]:
    with open(data / "claims.csv", encoding="utf-8", newline="") as handle:
        return next(r for r in csv.DictReader(handle) if r["claim_id"] == claim_id)


def _register(data: Path) -> list[str]:
    with open(data / "claimants.csv", encoding="utf-8", newline="") as handle:
        return [r["claimant_id"] for r in csv.DictReader(handle)]


def _merge(data: Path, *python: str) -> subprocess.Popen:
    """Start ``makiivka claimant merge`` in a process of its own (another writer); *python*
    replaces ``-m makiivka.cli`` (a script that runs it)."""
    command = [sys.executable, *(python or ("-m", "makiivka.cli")), "claimant", "merge",
               "oska_tarn", "--into", "hill_front", "--reason", REASON, "--data", str(data)]  # fmt: skip
    root = Path(__file__).resolve().parents[2]
    return subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_merge_under_open_editors_overwrites_nothing_and_leaves_no_dangling_name(
    browser, desk, story, tmp_path
):
    data = story / "data"
    _ingest_wire(story, tmp_path)
    one, two = browser.new_context(), browser.new_context()
    a, b = one.new_page(), two.new_page()
    a.goto(f"{desk.url}/articles/{WIRE_ID}?row=c012")  # Tarn's own row
    a.keyboard.press("e")
    a.select_option("#metric-c012", "wounded")
    b.goto(f"{desk.url}/articles/{COURIER}?row=c009")  # the Front's row, given to Tarn
    b.keyboard.press("e")
    b.select_option("#claimant-c009", "oska_tarn")
    merge = _merge(data)
    assert merge.wait(timeout=120) == 0, merge.stderr.read()
    with a.expect_navigation():
        a.click("#edit-c012 button:text-is('Save')")
    assert "Another editor changed c012 since you opened it" in a.inner_text("#body-c012 .conflict")
    assert (_row(data, "c012")["claimant"], _row(data, "c012")["metric"]) == (
        "hill_front",
        "killed",
    )
    with a.expect_navigation():
        a.click("#body-c012 .conflict button:text-is('Apply mine over theirs')")
    # the editor's metric applied over the merge; the merge's claimant kept
    assert (_row(data, "c012")["claimant"], _row(data, "c012")["metric"]) == (
        "hill_front",
        "wounded",
    )
    before = (data / "claims.csv").read_bytes()
    with b.expect_navigation():
        b.click("#edit-c009 button:text-is('Save')")
    said = b.inner_text("#p-claimant-c009")  # refused beside the field the editor set
    assert said.startswith("'oska_tarn' — expected a claimant_id listed in ")
    assert said.endswith("/data/claimants.csv")
    assert (data / "claims.csv").read_bytes() == before
    assert "oska_tarn" not in _register(data)
    assert load.validate(data) == []
    one.close()
    two.close()


#: ``makiivka claimant merge`` that stays inside the story's lock for 2 s before its commit point.
SLOW_CLI = """
import sys, time
from makiivka.story import store
store._step = lambda name: time.sleep(2) if name == "journal staged" else None
from makiivka.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("first", ["the merge", "the accept"])
def test_an_accept_and_a_merge_at_once_wait_for_each_other_and_lose_nothing(
    browser, desk, story, tmp_path, monkeypatch, capsys, first
):
    data = story / "data"
    _ingest_wire(story, tmp_path)
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(f"{desk.url}/articles/{WIRE_ID}?row=c012")
    submit = "document.querySelector('#row-c012 form.accept-form').requestSubmit()"
    inside = threading.Event()

    def slow(name: str) -> None:  # the desk's commit, in the desk's thread
        if name == "journal staged":
            inside.set()
            time.sleep(6)  # long enough for the CLI to start under a loaded machine

    if first == "the accept":
        monkeypatch.setattr(store, "_step", slow)
    with tab.expect_navigation(timeout=120_000):
        if first == "the merge":
            merge = _merge(data, "-c", SLOW_CLI)
            deadline = time.monotonic() + 60
            while not (data / store.STAGING_NAME).exists():  # it holds the lock now
                assert time.monotonic() < deadline and merge.poll() is None
                time.sleep(0.01)
            tab.evaluate(submit)  # the desk waits for the lock, then finds the row changed
        else:
            tab.evaluate(submit)
            assert inside.wait(60)
            merge = _merge(data)  # waits for the desk's commit
        assert merge.wait(timeout=120) == 0, merge.stderr.read()
    row = _row(data, "c012")
    with open(data / "corrections.csv", encoding="utf-8", newline="") as handle:
        log = [(r["claim_id"], r["field"], r["old"], r["new"], r["reason"])
               for r in csv.DictReader(handle)]  # fmt: skip
    waited = "waiting for another makiivka command writing"
    if first == "the merge":  # the desk's accept of the row as it was is not applied
        assert "Another editor changed c012 since you opened it" in tab.inner_text(
            "#body-c012 .conflict"
        )
        assert (row["claimant"], row["status"], log) == ("hill_front", "proposed", [])
        assert waited in capsys.readouterr().err  # the desk's thread said it waited
    else:  # the merge corrects the row the accept sealed, with its reason
        assert (row["claimant"], row["status"], log) == (
            "hill_front", "reviewed", [("c012", "claimant", "oska_tarn", "hill_front", REASON)]
        )  # fmt: skip
        assert waited in merge.stderr.read().decode("utf-8")
    assert "oska_tarn" not in _register(data)
    assert load.validate(data) == []
    context.close()
