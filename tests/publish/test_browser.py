"""Open the exported pages in Chromium: no network requests, charts drawn, markup inert.

Needs Debian's ``chromium`` at /usr/bin/chromium (CI installs it with apt); the
tests fail, not skip, when it is missing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from makiivka.story import paths
from makiivka.story.review import seal_reviewed

FIXTURE = Path(__file__).parent.parent / "fixtures" / "hostile"
HOSTILE = "<script>window.pwned=1</script>"


def append_rows(fixture: Path, target: Path, **fill: str) -> None:
    """Append the fixture's rows to *target*, matching its header; missing columns stay empty."""
    with fixture.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    with target.open(encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, restval="", extrasaction="ignore", lineterminator="\n")
    for row in rows:
        writer.writerow({k: v.format(**fill) for k, v in row.items()})
    body = target.read_text(encoding="utf-8").rstrip("\n")
    target.write_text(body + "\n" + buffer.getvalue(), encoding="utf-8")


def hostile_data(target: Path) -> Path:
    """Copy the shipped data and add an article whose quote carries markup, as a reviewed row
    (sealed: the published pages show reviewed rows only)."""
    shutil.copytree(paths.DATA_DIR, target)
    text = FIXTURE / "hostile-2023-01-05.txt"
    shutil.copy(text, target / "articles" / text.name)
    digest = hashlib.sha256(text.read_bytes()).hexdigest()
    append_rows(FIXTURE / "article.csv", target / "articles.csv", sha256=digest)
    append_rows(FIXTURE / "claim.csv", target / "claims.csv")
    seal_reviewed(target)
    return target


def decode_png(blob: bytes) -> tuple[int, int, int, bytes]:
    """Return width, height, bytes per pixel and raw pixels of an 8-bit RGB(A) PNG."""
    width, height, depth, colour = struct.unpack(">IIBB", blob[16:26])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    channels = 4 if colour == 6 else 3
    data, position = b"", 8
    while position < len(blob):
        (length,) = struct.unpack(">I", blob[position : position + 4])
        kind = blob[position + 4 : position + 8]
        if kind == b"IDAT":
            data += blob[position + 8 : position + 8 + length]
        position += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[x] = (line[x] + best) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, b"".join(rows)


def inked_pixels(png: bytes) -> int:
    """Count pixels that are not (nearly) white."""
    width, height, channels, pixels = decode_png(png)
    count = 0
    for i in range(0, width * height * channels, channels):
        if min(pixels[i : i + 3]) < 230:
            count += 1
    return count


def open_offline(browser, path: Path, timezone: str = "UTC"):
    """Open *path* in a fresh page; return the page and every URL it requested."""
    context = browser.new_context(timezone_id=timezone, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, requests


def assert_offline(requests: list[str]) -> None:
    remote = [url for url in requests if url.split(":", 1)[0] in ("http", "https", "ws", "wss")]
    assert remote == [], remote


@pytest.mark.parametrize("slug", ["claims", "gap", "revision", "outlets"])
def test_chart_page_draws_offline(browser, site, slug):
    page, requests = open_offline(browser, site / "charts" / f"{slug}.html")
    chart = page.wait_for_selector(".vega-embed svg.marks", timeout=30_000)
    page.wait_for_timeout(300)
    assert inked_pixels(chart.screenshot()) > 2_000
    assert_offline(requests)
    assert page.evaluate("window.pwned") is None
    page.context.close()


def test_markup_in_a_quote_shows_as_text_in_the_table_and_tooltip(browser, site):
    page, requests = open_offline(browser, site / "charts" / "claims.html")
    page.wait_for_selector(".vega-embed svg.marks", timeout=30_000)
    cells = page.eval_on_selector_all("td", "nodes => nodes.map(n => n.textContent)")
    assert any(t.startswith("<script>window") for t in cells), cells[-10:]
    heading = page.locator("svg text", has_text="Associated Press, in its own voice").first
    heading.hover()
    tooltip = page.wait_for_selector("#vg-tooltip-element", state="visible", timeout=10_000)
    assert HOSTILE in tooltip.inner_text()
    assert page.evaluate("window.pwned") is None
    assert page.locator("#vg-tooltip-element script, #vg-tooltip-element img").count() == 0
    assert page.locator("td script, td img").count() == 0
    assert_offline(requests)
    page.context.close()


def test_report_is_offline_shows_charts_and_escapes_quotes(browser, site):
    page, requests = open_offline(browser, site / "report.html")
    images = page.locator(".jp-OutputArea-output img")
    assert images.count() >= 4
    first = images.first
    first.scroll_into_view_if_needed()
    assert inked_pixels(first.screenshot()) > 2_000
    assert HOSTILE in page.inner_text("body")
    assert page.evaluate("window.pwned") is None
    assert page.locator("td script, td img").count() == 0
    assert_offline(requests)
    page.context.close()


def test_revision_chart_reads_the_same_in_every_time_zone(browser, site):
    labels = []
    for timezone in ("UTC", "America/Los_Angeles", "Asia/Tokyo"):
        page, _ = open_offline(browser, site / "charts" / "revision.html", timezone)
        page.wait_for_selector(".vega-embed svg.marks", timeout=30_000)
        labels.append(
            page.eval_on_selector_all("svg text", "nodes => nodes.map(n => n.textContent)")
        )
        page.context.close()
    assert labels[0] == labels[1] == labels[2]
    assert "1 Jan" in labels[0] and "4 Jan" in labels[0]


#: Every page a reader opens, and the most bytes it may weigh (the shared script aside).
PAGES = {
    "charts/claims.html": 200_000,
    "charts/gap.html": 200_000,
    "charts/revision.html": 200_000,
    "charts/outlets.html": 200_000,
    "report.html": 1_500_000,
}


def open_watched(browser, path: Path, width: int, chart: bool = True):
    """Open *path* at *width* px; return the page, requested URLs and console warnings."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    requests: list[str] = []
    said: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda m: said.append(m.text) if m.type in ("warning", "error") else None)
    page.on("pageerror", lambda error: said.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    if chart and "charts" in path.parts:
        page.wait_for_selector(".vega-embed svg.marks", timeout=30_000)
    page.wait_for_timeout(300)
    return page, requests, said


@pytest.mark.parametrize("name", list(PAGES))
def test_page_is_small_and_fits_a_phone_without_warnings(browser, site, name):
    assert (site / name).stat().st_size <= PAGES[name]
    page, requests, said = open_watched(browser, site / name, 375)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    sizes = page.eval_on_selector_all(
        "svg text", "nodes => nodes.map(n => parseFloat(getComputedStyle(n).fontSize))"
    )
    assert min(sizes, default=11) >= 11
    assert said == []
    assert_offline(requests)
    page.context.close()


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("width", [375, 1280])
def test_page_has_no_serious_accessibility_violation(browser, site, name, width):
    from axe_playwright_python.sync_playwright import Axe

    page, _, _ = open_watched(browser, site / name, width)
    found = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"]) for v in found if v["impact"] in ("serious", "critical")]
    assert serious == []
    page.context.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_every_image_and_chart_is_described(browser, site, name):
    page, _, _ = open_watched(browser, site / name, 1280)
    alts = page.eval_on_selector_all("img", "nodes => nodes.map(n => n.getAttribute('alt'))")
    assert all(a and len(a) > 40 and "No description" not in a for a in alts), alts
    if name.startswith("charts/"):
        label = page.get_attribute("#chart", "aria-label")
        assert label and len(label) > 40
        assert page.locator("a[href$='.csv']").count() == 1
    else:
        assert len(alts) >= 4
    page.context.close()


def test_report_is_for_readers(browser, site):
    page, _, _ = open_watched(browser, site / "report.html", 375)
    assert page.title() == "What articles claim about the Makiivka strike of 1 January 2023"
    assert page.locator(".jp-CodeCell .jp-InputArea").count() == 0
    assert page.locator(".jp-CodeCell .jp-OutputArea").count() >= 5
    assert "import " not in page.inner_text("body")
    page.context.close()


def test_embed_resizes_its_iframe_to_the_chart(browser, site):
    host = site / "charts" / "host.html"
    snippet = (site / "charts" / "gap.embed.html").read_text(encoding="utf-8")
    host.write_text(f"<!DOCTYPE html><html lang=en><body>{snippet}</body></html>", encoding="utf-8")
    page, _, _ = open_watched(browser, host, 375, chart=False)
    frame = page.locator("iframe")
    page.wait_for_function(
        "() => parseInt(document.querySelector('iframe').style.height) > 300", timeout=10_000
    )
    inner = page.frames[1].evaluate("document.documentElement.scrollHeight")
    assert abs(frame.bounding_box()["height"] - inner) <= 1
    host.unlink()
    page.context.close()
