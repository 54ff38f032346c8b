"""A second story, end to end: new → claimant add → ingest → review → build, nothing of Makiivka.

The fixture (``tests/fixtures/kessa/``, its README works out every figure by
hand) is an invented dam collapse with its own parties, time zone and outlets.
Everything goes through the command line, as a newsroom would run it.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import paths

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "kessa"
#: Words of the Makiivka story that must not appear in another story's outputs.
MAKIIVKA_WORDS = re.compile(r"Makiivka|Russia|Ukraine|Moscow|MSK|Kremlin|russia|ukraine")
PARTIES = {"council": "Valdera Council", "front": "Northern Front"}
CLAIMANTS = [
    ["courier", "--name", "Lirun Courier", "--side", "media", "--kind", "outlet"],
    ["wire", "--name", "Coastline Wire", "--side", "media", "--kind", "outlet"],
    ["post", "--name", "Harbour Post", "--side", "media", "--kind", "outlet"],
    ["valdera_council", "--name", "Valdera Council", "--side", "council", "--kind", "official",
     "--alias", "Valdera Council", "--alias", "the council's emergency office",
     "--alias", "the council"],
    ["northern_front", "--name", "Northern Front", "--side", "front", "--kind", "armed forces",
     "--alias", "Northern Front", "--alias", "the Front", "--alias", "Front"],
    ["icrc", "--name", "International Committee of the Red Cross", "--side", "third_party",
     "--kind", "expert", "--alias", "International Committee of the Red Cross",
     "--alias", "Red Cross"],
]  # fmt: skip
ARTICLES = [
    ("courier-2019-03-15.txt", "courier", "Kessa dam collapse: Valdera Council says 112 dead",
     "2019-03-15"),
    ("wire-2019-03-16.txt", "wire", "Front says more than 600 died at Kessa", "2019-03-16"),
    ("post-2019-03-17.txt", "post", "Red Cross puts Kessa toll between 150 and 250",
     "2019-03-17"),
]  # fmt: skip
#: Worked out by hand (see the fixture's README): claim_id, figure, claimant, relayed_by,
#: metric, scope, value, value_low, value_high, qualifier, stated_at, dated by the text.
EXPECTED = [
    (
        "c001",
        "112",
        "valdera_council",
        "courier",
        "killed",
        "event",
        "112",
        "112",
        "112",
        "exact",
        "2019-03-15",
        False,
    ),
    (
        "c002",
        "112",
        "valdera_council",
        "",
        "killed",
        "event",
        "112",
        "112",
        "112",
        "exact",
        "2019-03-14",
        True,
    ),
    (
        "c003",
        "at least 340",
        "valdera_council",
        "",
        "wounded",
        "event",
        "340",
        "340",
        "",
        "at_least",
        "2019-03-15",
        False,
    ),
    (
        "c004",
        "more than 600",
        "northern_front",
        "wire",
        "killed",
        "event",
        "600",
        "601",
        "",
        "more_than",
        "2019-03-16",
        False,
    ),
    (
        "c005",
        "more than 600",
        "northern_front",
        "",
        "killed",
        "event",
        "600",
        "601",
        "",
        "more_than",
        "2019-03-15",
        True,
    ),
    (
        "c006",
        "140",
        "valdera_council",
        "",
        "killed",
        "event",
        "140",
        "140",
        "140",
        "exact",
        "2019-03-16",
        True,
    ),
    (
        "c007",
        "95",
        "valdera_council",
        "",
        "missing",
        "event",
        "95",
        "95",
        "95",
        "exact",
        "2019-03-16",
        True,
    ),
    (
        "c008",
        "between 150 and 250",
        "icrc",
        "post",
        "killed",
        "event",
        "",
        "150",
        "250",
        "range",
        "2019-03-17",
        False,
    ),
    (
        "c009",
        "between 150 and 250",
        "icrc",
        "",
        "killed",
        "event",
        "",
        "150",
        "250",
        "range",
        "2019-03-17",
        True,
    ),
    (
        "c010",
        "hundreds",
        "icrc",
        "",
        "wounded",
        "event",
        "",
        "200",
        "999",
        "vague",
        "2019-03-17",
        False,
    ),
]


def run(*argv: str) -> int:
    return main(list(argv))


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """A new story with its register and the three articles ingested (proposed rows)."""
    story = tmp_path_factory.mktemp("stories") / "kessa"
    assert run(
        "new", str(story), "--title", "What the sides claim about the Kessa dam collapse",
        "--event", "Collapse of the Kessa dam", "--occurred-at", "2019-03-14T04:10-05:00",
        "--timezone", "America/Bogota", "--place", "Kessa", "--noun", "collapse",
        "--party", "council=Valdera Council", "--party", "front=Northern Front",
    ) == 0  # fmt: skip
    for claimant in CLAIMANTS:
        assert run("claimant", "add", *claimant, "--story", str(story)) == 0
    for name, outlet, title, published in ARTICLES:
        assert run(
            "ingest", str(FIXTURE / name), "--outlet", outlet, "--title", title,
            "--published", published, "--story", str(story),
        ) == 0  # fmt: skip
    return story


@pytest.fixture(scope="module")
def reviewed(ingested: Path, tmp_path_factory) -> Path:
    """The ingested story after an editor's review: every row reviewed, 140 revises 112."""
    story = tmp_path_factory.mktemp("reviewed") / "kessa"
    shutil.copytree(ingested, story)
    claims = story / "data" / "claims.csv"
    ledger = rows(claims)
    for row in ledger:
        row["status"] = "reviewed"
        if row["claim_id"] == "c006":
            row["supersedes"] = "c002"  # the editor links the Council's revision
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(ledger[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(ledger)
    assert run("review", "--story", str(story)) == 0
    return story


@pytest.fixture(scope="module")
def built(reviewed: Path, tmp_path_factory) -> Path:
    """The reviewed story built with `makiivka build --story`."""
    story = tmp_path_factory.mktemp("built") / "kessa"
    shutil.copytree(reviewed, story)
    assert run("build", "--story", str(story)) == 0
    return story


def test_ingest_proposes_the_rows_worked_out_by_hand(ingested):
    found = [
        (r["claim_id"], r["figure"], r["claimant"], r["relayed_by"], r["metric"], r["scope"],
         r["value"], r["value_low"], r["value_high"], r["qualifier"], r["stated_at"],
         r["stated_at_basis"] == "article")
        for r in rows(ingested / "data" / "claims.csv")
    ]  # fmt: skip
    assert found == EXPECTED
    assert {r["status"] for r in rows(ingested / "data" / "claims.csv")} == {"proposed"}


def test_the_reviewed_story_validates_and_summarizes(reviewed, capsys):
    assert run("validate", "--story", str(reviewed)) == 0
    assert "10 claims (10 reviewed, 0 proposed)" in capsys.readouterr().out
    assert [r["claim_id"] for r in rows(reviewed / "data" / "reviewed.csv")] == [
        e[0] for e in EXPECTED
    ]


def test_the_summary_names_the_story_own_parties(reviewed, capsys):
    assert run("summary", "--story", str(reviewed)) == 0
    out = capsys.readouterr().out
    assert not MAKIIVKA_WORDS.search(out), MAKIIVKA_WORDS.search(out)
    assert "140" in out and "600" in out
    assert "strike" not in out  # the event is a collapse (its noun comes from the descriptor)


def test_build_writes_only_inside_the_story(built):
    assert (built / "outputs" / "report.html").is_file()
    assert sorted(p.name for p in (built / "notebooks").glob("*.ipynb")) == sorted(
        p.name for p in (paths.PACKAGE_DIR / "publish" / "templates").glob("*.ipynb")
    )


def text_of(path: Path) -> str:
    """Return a text output without its embedded images (base64 can spell any word).

    A workbook's text is its XML parts (cells, sheet names, properties).
    """
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as book:
            return "\n".join(book.read(n).decode("utf-8") for n in book.namelist())
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        notebook = json.loads(text)
        for cell in notebook["cells"]:
            for output in cell.get("outputs", []):
                output.get("data", {}).pop("image/png", None)
        return json.dumps(notebook, ensure_ascii=False)
    return re.sub(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+", "", text)


def test_no_output_of_the_second_story_names_makiivka(built):
    # PNG and PDF are drawn from the same Vega-Lite specs as the SVG and .vl.json checked here.
    files = [
        p
        for folder in ("outputs", "notebooks")
        for p in sorted((built / folder).rglob("*"))
        if p.is_file() and p.suffix not in (".png", ".pdf") and p.name != ".makiivka-output"
    ]
    assert len(files) > 20
    leaks = {
        str(p.relative_to(built)): sorted(set(MAKIIVKA_WORDS.findall(text_of(p)))) for p in files
    }
    assert {name: words for name, words in leaks.items() if words} == {}


def test_charts_and_data_name_the_story_own_parties(built):
    charts = built / "outputs" / "charts"
    for slug in ("gap", "claims"):
        spec = (charts / f"{slug}.vl.json").read_text(encoding="utf-8")
        for label in PARTIES.values():
            assert label in spec, (slug, label)
    header = (built / "outputs" / "data" / "gap.csv").read_text(encoding="utf-8").split("\n")[0]
    columns = header.split(",")
    for party in PARTIES:
        assert any(c.startswith(party) for c in columns), (party, columns)


def test_the_gap_holds_the_figures_worked_out_by_hand(built):
    gap = {r["metric"]: r for r in rows(built / "outputs" / "data" / "gap.csv")}
    killed, wounded = gap["killed"], gap["wounded"]
    assert (killed["council_value_low"], killed["council_value_high"]) == ("140", "140")
    assert (killed["front_value_low"], killed["front_value_high"]) == ("601", "")
    assert float(killed["ratio_low"]) == pytest.approx(601 / 140)
    assert killed["ratio_high"] == ""  # the Front's floor leaves the ratio open above
    assert (wounded["council_value_low"], wounded["council_value_high"]) == ("340", "")
    assert wounded["front_value_low"] == wounded["front_value_high"] == ""  # not stated
    assert wounded["ratio_low"] == wounded["ratio_high"] == ""


#: Worked out by hand from the README's table: front over council; the Council's register
#: kind is "official", so it is named, never "its"; a relayed headline of the same figure
#: on a later day is a restatement; more than 600 over 140 is at least 601 / 140 = 4.29,
#: a floor rounded down; each compared figure with its date as the ledger holds it (the
#: front's restated no later than its article's day, the council's on its day).
KESSA_FINDINGS = {
    "claims": "The 3 articles by Coastline Wire, Harbour Post and Lirun Courier report 10 "
    "figures, from Valdera Council, Northern Front and third parties.",
    "gap": "For people killed, Northern Front's figure (more than 600, no later than 16 Mar "
    "2019) is at least 4.2× Valdera Council's (140, on 16 Mar 2019); for people wounded, Northern Front gave no figure, and the 2 "
    "latest figures run from hundreds (200–999) (International Committee of the Red Cross) to "
    "340 or more (Valdera Council); for people missing, Northern Front gave no figure.",
    "revision": "Valdera Council's figure for people killed went from 112 on 14 Mar 2019 to "
    "140 on 16 Mar 2019, an earlier figure being restated no later than 15 Mar 2019; "
    "Northern Front restated "
    "more than 600 for people killed no later than 16 Mar 2019.",
    "outlets": "Of 10 reports of people killed, wounded or missing in the collapse, Coastline "
    "Wire carries 4, Harbour Post 3 and Lirun Courier 3.",
}


@pytest.mark.parametrize("slug", list(KESSA_FINDINGS))
def test_every_finding_of_the_kessa_story_is_true_word_for_word(reviewed, slug):
    from makiivka.charts import FINDINGS
    from makiivka.story import load

    assert FINDINGS[slug](load.read_dataset(reviewed / "data")) == KESSA_FINDINGS[slug]
