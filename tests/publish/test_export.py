"""Exports: every format written whole and offline, bad requests refused, writes atomic."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from makiivka import charts
from makiivka.cli import main
from makiivka.publish import export
from makiivka.publish.display import png_size
from makiivka.story import load, store
from makiivka.story.problems import DataError


@pytest.fixture(scope="module")
def dataset() -> load.Dataset:
    return load.read_dataset()


@pytest.fixture(scope="module")
def exported(dataset, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("charts")
    export.export_charts(dataset, out, ["gap", "revision"], export.FORMATS)
    return out


def test_every_format_is_written(exported):
    names = sorted(p.name for p in exported.iterdir() if p.is_file())
    expected = sorted(
        [f"{s}{export.SUFFIXES[f]}" for s in ("gap", "revision") for f in export.FORMATS]
        + ["gap.embed.html", "revision.embed.html"]
    )
    assert names == expected
    assert [p.name for p in (exported / "vendor").iterdir()] == [
        "vega-6.2.0-lite-5.20-embed-7.0.2.js"
    ]


def test_png_is_twice_the_svg_size(exported):
    png = (exported / "gap.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = ET.fromstring((exported / "gap.svg").read_bytes())
    assert svg.tag.endswith("svg")
    width, height = float(svg.get("width")), float(svg.get("height"))
    assert png_size(png) == (round(width * 2), round(height * 2))


def test_pdf_has_a_pdf_header(exported):
    assert (exported / "revision.pdf").read_bytes().startswith(b"%PDF-")


def test_json_is_the_charts_spec_sorted_with_trailing_newline(dataset, exported):
    text = (exported / "gap.vl.json").read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert json.loads(text) == charts.gap_chart(dataset).to_dict()
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_standalone_html_is_self_contained_one_chart_per_page(exported):
    page = (exported / "gap.standalone.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=[\"']https?:", page)
    assert page.count("vegaEmbed(") == 1
    assert "<title>The gap: Russia and Ukraine on the same strike</title>" in page
    assert '<meta name="viewport"' in page and 'role="figure" aria-label="For people killed' in page


def test_chart_page_loads_the_shared_script_beside_it_and_links_its_data(exported):
    page = (exported / "gap.html").read_text(encoding="utf-8")
    assert re.findall(r"<script[^>]+src=\"([^\"]+)\"", page) == [
        "vendor/vega-6.2.0-lite-5.20-embed-7.0.2.js"
    ]
    assert len(page.encode()) < 200_000
    assert '<a href="../data/gap.csv">' in page
    # Laid out at 320, 360 and 600 px and at its natural width (760 px).
    assert page.count('"$schema":"https://vega.github.io/schema/vega/v6.json"') == 4
    assert 'aria-label="For people killed and wounded in the strike' in page


def test_embed_snippet_is_an_iframe_sized_by_the_page_s_message(exported):
    snippet = (exported / "revision.embed.html").read_text(encoding="utf-8")
    assert '<iframe src="revision.html"' in snippet
    assert 'title="The revision: Russian Ministry of Defence&#x27;s figure over time"' in snippet
    assert "makiivka:resize" in snippet and "makiivka:resize" in (
        exported / "revision.html"
    ).read_text(encoding="utf-8")


def test_svg_is_an_image_with_title_and_description(exported):
    svg = ET.fromstring((exported / "gap.svg").read_bytes())
    ns = "{http://www.w3.org/2000/svg}"
    assert svg.get("role") == "img"
    assert svg.find(f"{ns}title").text == "The gap: Russia and Ukraine on the same strike"
    assert svg.find(f"{ns}desc").text.startswith("For people killed and wounded in the strike")


def test_width_lays_every_chart_out_to_it(dataset, tmp_path):
    assert (
        main(
            [
                "export",
                "gap",
                "outlets",
                "--format",
                "svg",
                "--width",
                "360",
                "--out",
                str(tmp_path),
            ]
        )
        == 0
    )
    for name in ("gap.svg", "outlets.svg"):
        width = float(ET.fromstring((tmp_path / name).read_bytes()).get("width"))
        assert 340 <= width <= 360, (name, width)


def test_html_escapes_markup_in_the_spec():
    spec = {
        "mark": "point",
        "data": {"values": [{"q": "</script><script>window.pwned=1</script>"}]},
    }
    page = export.chart_html(spec)
    tail = page[page.index("const spec = ") :]
    assert "</script><script>window.pwned" not in tail
    assert "\\u003c/script\\u003e" in tail


@pytest.mark.parametrize(
    ("argv", "field", "value"),
    [
        (["export", "nope"], "chart", "nope"),
        (["export", "gap", "--format", "png,gif"], "format", "gif"),
    ],
)
def test_unknown_chart_or_format_is_refused_and_nothing_written(
    tmp_path, capsys, argv, field, value
):
    out = tmp_path / "out"
    assert main([*argv, "--out", str(out)]) == 2  # a usage error
    message = capsys.readouterr().err
    assert f"{field} '{value}'" in message and "expected one of" in message
    assert not out.exists()


def test_export_command_writes_the_named_charts(tmp_path, capsys):
    assert main(["export", "gap", "--format", "json,png", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gap.png", "gap.vl.json"]
    assert "wrote 2 files" in capsys.readouterr().err


def test_a_failing_export_leaves_the_previous_files_intact(dataset, tmp_path, monkeypatch):
    export.export_charts(dataset, tmp_path, ["gap"], ["json", "svg"])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(spec, fmt):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(export, "render", broken)
    with pytest.raises(RuntimeError):
        export.export_charts(dataset, tmp_path, ["gap"], ["svg", "json"])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_failing_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "gap.png"
    target.write_bytes(b"old")

    def broken(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "replace", broken)
    with pytest.raises(OSError):
        export.write_files({"gap.png": b"new"}, tmp_path)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["gap.png"]


def test_check_request_names_every_problem():
    with pytest.raises(DataError) as caught:
        export.check_request(["gap", "pie"], ["png", "bmp"])
    fields = [(p.field, p.value) for p in caught.value.problems]
    assert ("chart", "pie") in fields and ("format", "bmp") in fields


def test_data_exports_keep_missing_values_missing(dataset):
    files = export.data_files(dataset)
    kinds = ("csv", "json", "xlsx")
    assert sorted(files) == sorted(f"{n}.{x}" for n in export.DATA_TABLES for x in kinds)
    gap = list(csv.DictReader(io.StringIO(files["gap.csv"].decode("utf-8"))))
    wounded = next(r for r in gap if r["metric"] == "wounded")
    assert wounded["russia"] == "not stated"
    assert wounded["russia_value"] == "" and wounded["ratio"] == ""
    killed = next(r for r in gap if r["metric"] == "killed")
    assert killed["russia_value_high"] == "" and killed["ratio_low"] == ""
    assert killed["russia_stated_at"] == "2023-01-03T22:00:00Z"
    records = json.loads(files["gap.json"])
    assert next(r for r in records if r["metric"] == "wounded")["russia_value"] is None
    header = files["claims.csv"].decode("utf-8").split("\n", 1)[0].split(",")
    # the ledger's columns, and the time in Moscow after its precision
    columns = [str(c) for c in dataset.claims.columns]
    at = columns.index("stated_at_precision") + 1
    assert header == [*columns[:at], "stated_at_local", *columns[at:]]
    texts = [blob for name, blob in files.items() if not name.endswith(".xlsx")]
    assert all(blob.endswith(b"\n") and b"\r\n" not in blob for blob in texts)


def test_data_exports_are_byte_identical_when_repeated(dataset):
    assert export.data_files(dataset) == export.data_files(load.read_dataset())
