"""Safe by default: markup and formulas shown as text; the token, origin and CSRF checks; axe."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import httpx
import pytest

from makiivka.cli import main
from makiivka.desk.server import free_port
from makiivka.story import load
from tests.conftest import tree_digest
from tests.desk.conftest import Served

HOSTILE_NAME = '<b>Evil</b> " onmouseover="window.pwned=4" =HYPERLINK("http://evil.example","x")'
HOSTILE_TITLE = '<script>window.pwned=5</script>" onmouseover="window.pwned=6" =HYPERLINK("x")'
HOSTILE_TEXT = (
    '=HYPERLINK("http://evil.example","click") <script>window.pwned=1</script>\n\n'
    'Officials said at least 12 <img src=x onerror="window.pwned=2"> people were killed, '
    '" onmouseover="window.pwned=3" the Evil Gazette said.\n'
)
COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"


def _hostile(story, tmp_path) -> str:
    assert main(["claimant", "add", "evil", "--name", HOSTILE_NAME, "--side", "media",
                 "--kind", "outlet", "--alias", "Evil Gazette", "--story", str(story)]) == 0  # fmt: skip
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_TEXT, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "evil", "--title", HOSTILE_TITLE,
                 "--published", "2024-05-14", "--story", str(story), "-q"]) == 0  # fmt: skip
    return "evil-2024-05-14-script-window-pwned-5-script-onmouseover"


def test_markup_and_formulas_in_articles_and_names_are_shown_as_text(page, desk, story, tmp_path):
    article_id = _hostile(story, tmp_path)
    page.goto(desk.url + "/")
    assert HOSTILE_TITLE in page.inner_text("table.articles")
    assert HOSTILE_NAME in page.inner_text("table.articles")
    page.goto(f"{desk.url}/articles/{article_id}")
    assert page.inner_text("#article-text") == HOSTILE_TEXT
    page.hover("#article-text")
    page.keyboard.press("e")
    names = page.eval_on_selector_all("select[name=claimant] option", "o => o.map(x => x.text)")
    assert f"{HOSTILE_NAME} · Media" in names
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#article-text script, #article-text img, .row b").count() == 0


def test_host_mode_needs_the_printed_token(story):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "makiivka.cli", "desk", "--story", str(story), "--host",
         "127.0.0.1", "--port", str(port), "--no-browser"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        first = process.stdout.readline()
        token = re.search(r"\?token=(\S+)", first)[1]
        assert first.startswith(f"review desk for {story} at http://127.0.0.1:{port}/?token=")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60  # the line is printed as the server starts listening
        while True:
            try:
                status = httpx.get(base + "/").status_code
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the desk never answered"
                time.sleep(0.1)
        assert status == 403
        assert httpx.get(base + "/?token=wrong").status_code == 403
        with httpx.Client(base_url=base) as client:
            assert client.get(f"/?token={token}", follow_redirects=True).status_code == 200
            assert client.get(f"/articles/{COURIER}").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_changes_from_another_origin_or_without_the_csrf_token_are_refused(story):
    data = story / "data"
    served = Served(data, token="sekret")
    try:
        with httpx.Client(base_url=served.url) as client:
            client.get("/?token=sekret")
            page = client.get(f"/articles/{COURIER}?row=c006").text
            csrf = re.search(r'name="csrf" value="([^"]+)"', page)[1]
            base = re.search(r'id="row-c006".*?name="base" value="([^"]+)"', page, re.S)[1]
            action = f"/articles/{COURIER}/rows/c006/accept"
            before = tree_digest(data)
            own = {"origin": served.url}
            refused = [
                client.post(action, data={"csrf": csrf, "base": base},
                            headers={"origin": "http://evil.example"}),
                client.post(action, data={"csrf": csrf, "base": base}),  # no Origin, no Referer
                client.post(action, data={"base": base}, headers=own),
                client.post(action, data={"csrf": "0" * 64, "base": base}, headers=own),
                client.post(action, data={"csrf": csrf, "base": base},
                            headers={**own, "host": "evil.example"}),
            ]  # fmt: skip
            assert [r.status_code for r in refused] == [403, 403, 403, 403, 400]
            assert tree_digest(data) == before
            with httpx.Client(base_url=served.url) as stranger:  # no token cookie
                assert stranger.post(action, data={"csrf": csrf}, headers=own).status_code == 403
            done = client.post(action, data={"csrf": csrf, "base": base}, headers=own)
            assert done.status_code == 303
            assert load.validate(data) == []
            assert tree_digest(data) != before
    finally:
        served.stop()


@pytest.mark.parametrize("width", [1280, 768])
def test_no_serious_accessibility_violation(browser, desk, width):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    found = []
    for path, open_editor in (("/", False), (f"/articles/{COURIER}?row=c007", True)):
        tab.goto(desk.url + path)
        if open_editor:
            tab.keyboard.press("e")
            tab.keyboard.press("Escape")
            tab.keyboard.press("e")
        found += [
            (path, v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in Axe().run(tab).response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    context.close()
    assert found == []
