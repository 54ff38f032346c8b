"""The desk's tests: a three-party story of our own, one Chromium per session, a live desk.

The Orlen story (``tests/fixtures/desk/``) is built once through the command line
(``new``, ``claimant add``, ``ingest`` of the Herald and the Courier) and copied for each
test. The desk runs in a thread on a free port (uvicorn, as ``makiivka desk`` runs it).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, sync_playwright

from makiivka.cli import main
from makiivka.desk.app import create_app
from makiivka.desk.server import free_port

FIXTURES = Path(__file__).parent.parent / "fixtures" / "desk"
CHROMIUM = "/usr/bin/chromium"
#: The corrections' clock in the tests.
CLOCK = "2024-05-14T09:00:00Z"
CLAIMANTS = [
    ["herald", "--name", "Herald", "--side", "media", "--kind", "outlet"],
    ["courier", "--name", "Courier", "--side", "media", "--kind", "outlet"],
    ["wire", "--name", "Wire", "--side", "media", "--kind", "outlet"],
    ["valley_authority", "--name", "Valley Authority", "--side", "valley", "--kind", "official",
     "--alias", "Valley Authority", "--alias", "the authority"],
    ["hill_front", "--name", "Hill Front", "--side", "hill", "--kind", "armed group",
     "--alias", "Hill Front", "--alias", "the Front"],
    ["ridge_council", "--name", "Ridge Council", "--side", "ridge", "--kind", "official",
     "--alias", "Ridge Council"],
    ["red_cross", "--name", "Red Cross", "--side", "third_party", "--kind", "ngo",
     "--alias", "Red Cross"],
]  # fmt: skip
INGESTED = {
    "herald-2024-05-11.txt": ("herald", "Orlen flood: Valley Authority says 46 dead"),
    "courier-2024-05-12.txt": ("courier", "Orlen flood toll rises to 58, Valley Authority says"),
}


def build_story(target: Path) -> Path:
    """Make the Orlen story in *target* through the command line; return it."""
    assert main(["new", str(target), "--title", "What the sides claim about the Orlen flood",
                 "--event", "The Orlen river flood", "--noun", "flood",
                 "--occurred-at", "2024-05-10T03:00+02:00", "--timezone", "Europe/Warsaw",
                 "--place", "Orlen", "--place", "Tamsk", "--party", "valley=Valley Authority",
                 "--party", "hill=Hill Front", "--party", "ridge=Ridge Council"]) == 0  # fmt: skip
    for claimant in CLAIMANTS:
        assert main(["claimant", "add", *claimant, "--story", str(target)]) == 0
    for name, (outlet, title) in INGESTED.items():
        published = name.split("-", 1)[1].removesuffix(".txt")
        assert main(["ingest", str(FIXTURES / name), "--outlet", outlet, "--title", title,
                     "--published", published, "--story", str(target), "-q"]) == 0  # fmt: skip
    return target


@pytest.fixture(scope="session")
def built_story(tmp_path_factory) -> Path:
    """The Orlen story as built once for the session (copy it before changing it)."""
    return build_story(tmp_path_factory.mktemp("orlen") / "story")


@pytest.fixture
def story(built_story: Path, tmp_path: Path) -> Path:
    """A private copy of the Orlen story."""
    target = tmp_path / "story"
    shutil.copytree(built_story, target)
    return target


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """One headless Chromium (Debian's) for all the desk's tests.

    Closed when they end: Playwright's sync API allows one instance at a time, and the
    publish room's browser tests start their own.
    """
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


class Served:
    """A desk running in a thread: its address, stopped by :meth:`stop`."""

    def __init__(self, data: Path, token: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(data, token=token, clock=lambda: CLOCK)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the desk did not start"
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def desk(story: Path) -> Iterator[Served]:
    """The desk serving a private copy of the Orlen story."""
    served = Served(story / "data")
    yield served
    served.stop()


@pytest.fixture
def page(browser: Browser, desk: Served):
    """A fresh browser session (its own cookies) at 1,280 px, failing on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    yield tab
    context.close()
    assert errors == []


def select_text(page, sentence: str, word: str | None = None) -> None:
    """Select *word* inside *sentence* (the whole sentence when no word) in the article text,
    as an editor's mouse would."""
    page.evaluate(
        """([sentence, word]) => {
            const walker = document.createTreeWalker(document.getElementById('article-text'),
                                                     NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const at = node.data.indexOf(sentence);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at + sentence.indexOf(word));
                range.setEnd(node, at + sentence.indexOf(word) + word.length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return;
            }
        }""",
        [sentence, word if word is not None else sentence],
    )
