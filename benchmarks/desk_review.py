"""Estimate an editor's time to review a four-article story (~40 rows): the desk against the CSV.

Usage: .venv/bin/python benchmarks/desk_review.py

Two parts, both printed:

1. **What a person does**, counted action by action for the workload a new user met on a
   four-article, five-party story (issue 19: 39 proposed rows; 15 claimants, 3 metrics,
   10 dates, 3 relays and 6 supersedes to fix; 3 rows to drop; 3 missed figures to add),
   and timed with the Keystroke-Level Model (Card, Moran & Newell 1980: K 0.28 s a
   keystroke of an average typist, P 1.1 s to point with the mouse, B 0.1 s a click, H 0.4 s
   to move a hand between keyboard and mouse, M 1.35 s to decide). Reading the quote in
   the article is counted in both paths; finding it is a search in the CSV path and free
   in the desk (it is marked and scrolled to).
2. **What the desk costs**: a scripted walk-through in headless Chromium over the Orlen test
   story (select, accept, edit and save, withdraw, add from a selection), each action's
   round trip measured, added to the desk path once per action.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.desk.conftest import CHROMIUM, FIXTURES, Served, build_story, select_text

K, P, B, H, M = 0.28, 1.1, 0.1, 0.4, 1.35
READ = 4.0  # reading a quote of one sentence and judging it (both paths)
WORKLOAD = {"rows": 39, "claimant": 15, "metric": 3, "date": 10, "relay": 3, "supersedes": 6,
            "drop": 3, "add": 3}  # fmt: skip


def csv_path() -> dict[str, float]:
    """Seconds per task editing claims.csv in a spreadsheet, with the article in another window."""
    find_quote = M + H + P + B + K * 2 + K * 12 + K  # switch window, Ctrl+F, type ~12 chars, Enter
    return {
        # find the row's line, find its quote in the article, read, set status to reviewed
        "check a row": M + P + B + find_quote + READ + P + B + K * 8 + K,
        "claimant": M + P + B + K * 14 + K + M,  # look up the id in claimants.csv first (M)
        "metric": M + P + B + K * 7 + K,
        "date": M + P + B + K * 10 + K + P + B + K * 40 + K,  # stated_at, then its basis
        "relay": M + P + B + K * 8 + K,
        "supersedes": M + M + P + B + find_quote + K * 4 + K,  # find the earlier row's id
        "drop": M + P + B + K * 2,  # select the line, delete
        # a new line: 19 cells typed (~230 characters) with the quote copied from the article,
        # the claim-id mark raised in claim_ids.json, a validate run to see what is wrong
        "add": M * 3 + find_quote + P * 2 + B * 2 + K * 230 + M + P + B + K * 12 + K * 25 + M,
        "seal": M + K * 20 + K,  # run `makiivka review` once
    }


def desk_path(latency: dict[str, float]) -> dict[str, float]:
    """Seconds per task in the desk: keys and choices, plus the desk's measured round trips."""
    choose = P + B + P + B  # open a list, pick the entry (or type its first letters)
    return {
        "check a row": READ + K + latency["select"] + K + latency["accept"],  # j, read, a
        "claimant": M + K + choose + P + B + latency["save"],  # e, choose, Save
        "metric": M + K + choose + P + B + latency["save"],
        "date": M + K + P + B + K * 10 + K + K * 40 + P + B + latency["save"],
        "relay": M + K + choose + P + B + latency["save"],
        "supersedes": M + K + choose + P + B + latency["save"],  # only the claimant's rows listed
        "drop": K + K * 12 + K + latency["withdraw"],  # r, a reason, Enter
        "add": M + H + P + B + P + B + K + latency["add"] + M + choose + P + B + latency["save"],
        "seal": 0.0,  # accept seals
    }


def measure_latency() -> dict[str, float]:
    """Time each desk action's round trip (median of a few) in headless Chromium."""
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        story = build_story(Path(folder) / "story")
        served = Served(story / "data")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                courier = f"{served.url}/articles/courier-2024-05-12-orlen-flood-toll-rises-to-58"
                page.goto(courier)

                def timed(name, act, navigates=True):
                    start = time.perf_counter()
                    if navigates:
                        with page.expect_navigation():
                            act()
                        page.wait_for_load_state("load")
                    else:
                        act()
                    times.setdefault(name, []).append(time.perf_counter() - start)

                for _ in range(3):
                    timed("select", lambda: page.keyboard.press("j"), navigates=False)
                page.keyboard.press("k")
                page.keyboard.press("e")
                selected = page.eval_on_selector(".row.selected", "r => r.dataset.row")
                page.fill(f"#notes-{selected}", "checked")
                timed("save", lambda: page.click(f"#edit-{selected} button:text-is('Save')"))
                for _ in range(2):
                    timed("accept", lambda: page.keyboard.press("a"))
                page.keyboard.press("r")
                timed("withdraw", lambda: page.keyboard.press("Enter"))
                page.goto(f"{served.url}/")
                text = (FIXTURES / "wire-2024-05-13.txt").read_text(encoding="utf-8")
                page.fill("#i-text", text)
                page.select_option("#i-outlet", "wire")
                page.fill("#i-title", "Red Cross puts Orlen flood dead at between 60 and 90")
                page.fill("#i-published", "2024-05-13")
                timed("ingest", lambda: page.click("text=Add the article"))
                select_text(page, "A Ridge Council doctor said her hospital had treated 64.")
                page.wait_for_selector("#add-form", state="visible")
                timed("add", lambda: page.keyboard.press("n"))
                browser.close()
        finally:
            served.stop()
    return {name: statistics.median(found) for name, found in times.items()}


def total(per_task: dict[str, float]) -> float:
    """Seconds for the whole workload: every row checked, each fix, drop and addition once."""
    tasks = {"check a row": WORKLOAD["rows"] - WORKLOAD["drop"], "seal": 1}
    tasks.update({k: v for k, v in WORKLOAD.items() if k not in ("rows",)})
    return sum(per_task[task] * count for task, count in tasks.items())


def main() -> None:
    latency = measure_latency()
    print("desk round trips, median seconds (headless Chromium, this machine):")
    for name, seconds in sorted(latency.items()):
        print(f"  {name:10} {seconds:6.3f}")
    by_csv, by_desk = csv_path(), desk_path(latency)
    print(f"\nworkload (issue 19): {WORKLOAD}")
    print(f"{'task':14} {'CSV s':>8} {'desk s':>8}")
    for task in by_csv:
        print(f"{task:14} {by_csv[task]:8.1f} {by_desk[task]:8.1f}")
    csv_total, desk_total = total(by_csv), total(by_desk)
    print(f"\nwhole review: CSV {csv_total / 60:.1f} min, desk {desk_total / 60:.1f} min, "
          f"the desk takes {desk_total / csv_total:.2f}x the CSV's time")  # fmt: skip


if __name__ == "__main__":
    main()
