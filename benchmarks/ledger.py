"""Write a synthetic, valid story of any size: the ledger of a long-running contested toll.

Used by ``benchmarks/scale.py`` (validate + load, and ``--build``) and by the tests that
build a 10,000-claim story in-process. The story has the shape of months of coverage:

- two parties and a few third parties, each with claimants who state a daily toll for
  people killed, wounded and missing, revising it every few days (a *step*) and
  restating it in between;
- outlets (about √claims / 2 of them) that report those figures in articles of ten
  reports each: attributed to the claimant, relayed in the outlet's own words, or in
  the outlet's own voice; a few rows proposed and not yet reviewed, a few war-wide;
- ``articles`` = ``claims`` / 10, ``days`` = ``claims`` / 250 (3 to 365).

Everything is drawn from a seeded generator: the same size gives the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
from pathlib import Path

from makiivka.publish.new import notebook_files, story_name
from makiivka.story import chain, paths
from makiivka.story.create import StorySpec, story_descriptor
from makiivka.story.ids import ISSUED_NAME, format_claim_id
from makiivka.story.load import read_package

#: (party id, label) of the story's two parties.
PARTIES = (("north", "Northern Command"), ("south", "Southern Council"))
#: Kinds of the claimants who speak for a party, and of third parties.
PARTY_KINDS = ("ministry", "armed forces", "official", "politician")
THIRD_KINDS = ("international organisation", "ngo", "expert")
#: How a figure is worded: (template, qualifier, low offset, high offset or None = open).
WORDINGS = (
    ("{n}", "exact", 0, 0),
    ("at least {n}", "at_least", 0, None),
    ("about {n}", "about", 0, 0),
    ("more than {n}", "more_than", 1, None),
)
METRICS = (("killed", "were killed"), ("wounded", "were wounded"), ("missing", "are missing"))


def shape(claims: int) -> dict[str, int]:
    """Return how a story of *claims* rows is made: articles, outlets, speakers, days."""
    return {
        "articles": max(1, claims // 10),
        "outlets": min(300, max(3, round(math.sqrt(claims) / 2))),
        "speakers": min(12, max(2, round(claims**0.3 / 2))),
        "third": min(20, max(1, round(claims**0.3 / 4))),
        "days": min(365, max(3, claims // 250)),
    }


def claimants(size: dict[str, int]) -> list[dict[str, str]]:
    """Return the register: the parties' speakers, third parties, then the outlets."""
    rows = []
    for party, label in PARTIES:
        for k in range(size["speakers"]):
            kind = PARTY_KINDS[k % len(PARTY_KINDS)]
            rows.append({"claimant_id": f"{party}_{k}", "name": f"{label} speaker {k + 1}",
                         "side": party, "kind": kind})  # fmt: skip
    for k in range(size["third"]):
        rows.append({"claimant_id": f"observer_{k}", "name": f"Observer Mission {k + 1}",
                     "side": "third_party", "kind": THIRD_KINDS[k % len(THIRD_KINDS)]})  # fmt: skip
    for k in range(size["outlets"]):
        rows.append({"claimant_id": f"outlet_{k}", "name": f"The Daily Record {k + 1}",
                     "side": "media", "kind": "outlet"})  # fmt: skip
    return rows


def figure_on(speaker: int, metric: int, day: int, every: int) -> tuple[int, int]:
    """Return a speaker's figure for a metric on *day*, and the day it was last revised.

    A speaker revises every *every* days (a week to a month); its toll only grows.
    """
    revised = (day // every) * every
    base = (40, 90, 15)[metric] * (1 + speaker % 5)
    return base + (revised // every) * (3 + 7 * metric + speaker % 11), revised


def write_story(root: Path, claims: int, seed: int = 21) -> dict[str, int]:
    """Write a story folder of *claims* claims under *root* (data/, notebooks/, outputs/).

    Returns the story's shape (:func:`shape`) with the claim count.
    """
    size = shape(claims)
    rng = random.Random(seed)
    data = root / paths.DATA_NAME
    (data / "articles").mkdir(parents=True)
    (root / paths.OUTPUT_NAME).mkdir()
    spec = StorySpec(
        title=f"A synthetic ledger of {claims:,} claims",
        event="Shelling of Orvel", occurred_at="2024-03-01T04:10+02:00",
        timezone="Europe/Bucharest", parties=PARTIES, places=("Orvel",), noun="shelling",
    )  # fmt: skip
    descriptor = story_descriptor(spec)
    descriptor["name"] = story_name(root)
    (data / paths.DESCRIPTOR_NAME).write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    for name, blob in notebook_files(descriptor["name"], len(PARTIES)).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(blob)
    columns = {name: r.columns for name, r in read_package(data).resources.items()}
    register = claimants(size)
    speakers = [r for r in register if r["side"] != "media"]
    outlets = [r for r in register if r["side"] == "media"]
    every = {r["claimant_id"]: 7 + i % 24 for i, r in enumerate(speakers)}
    _write_csv(data / "claimants.csv", columns["claimants"], register)
    articles, ledger = [], []
    for a in range(size["articles"]):
        day = a * size["days"] // size["articles"]
        outlet = outlets[a % len(outlets)]
        article_id = f"a{a:06d}"
        sentences = [f"Coverage of the shelling of Orvel, day {day + 1}."]
        for k in range(claims // size["articles"] + (a < claims % size["articles"])):
            speaker_index = rng.randrange(len(speakers))
            speaker = speakers[speaker_index]
            metric = rng.choice((0, 0, 0, 1, 1, 2))
            value, revised = figure_on(speaker_index, metric, day, every[speaker["claimant_id"]])
            wording, qualifier, low_add, high_add = WORDINGS[(a + k) % len(WORDINGS)]
            n = f"{value:,}"
            figure = wording.format(n=n)
            voice = rng.random()
            claimant, relayed = speaker["claimant_id"], ""
            if voice < 0.1:
                claimant, who = outlet["claimant_id"], "Our reporters counted"
            elif voice < 0.25:
                relayed, who = outlet["claimant_id"], f"By our count, {speaker['name']} puts it at"
            else:
                who = f"{speaker['name']} said"
            restated = day if rng.random() < 0.3 else revised
            scope = "war" if rng.random() < 0.03 else "event"
            where = "across the war" if scope == "war" else "in Orvel"
            quote = f"(report {k + 1}) {who} {figure} people {METRICS[metric][1]} {where}"
            sentences.append(quote + ".")
            stated_day = restated if claimant != outlet["claimant_id"] else day
            stated = _date(stated_day)
            ledger.append({
                "article_id": article_id, "quote": quote, "figure": figure,
                "claimant": claimant, "relayed_by": relayed, "metric": METRICS[metric][0],
                "scope": scope, "value": value, "value_low": value + low_add,
                "value_high": "" if high_add is None else value + high_add,
                "qualifier": qualifier, "unit": "people", "stated_at": stated,
                "stated_at_basis": "article",
                "status": "proposed" if rng.random() < 0.02 else "reviewed",
            })  # fmt: skip
        blob = ("\n\n".join(sentences) + "\n").encode("utf-8")
        path = f"articles/{article_id}.txt"
        (data / path).write_bytes(blob)
        articles.append({
            "article_id": article_id, "outlet": outlet["claimant_id"],
            "title": f"Orvel, day {day + 1}", "published_at": _date(day),
            "published_at_basis": "stated", "language": "en", "path": path,
            "sha256": hashlib.sha256(blob).hexdigest(),
        })  # fmt: skip
    for number, row in enumerate(ledger, 1):
        row["claim_id"] = format_claim_id(number)
    _write_csv(data / "articles.csv", columns["articles"], articles)
    _write_csv(data / "claims.csv", columns["claims"], ledger)
    sealed = [r for r in ledger if r["status"] == "reviewed"]
    linked = chain.link(columns["reviewed"], sealed, chain.genesis(columns["reviewed"]))
    _write_csv(data / "reviewed.csv", columns["reviewed"], linked)
    _write_csv(data / "corrections.csv", columns["corrections"], [])
    (data / ISSUED_NAME).write_text(
        json.dumps({"last_claim_id": format_claim_id(len(ledger))}) + "\n", encoding="utf-8"
    )
    return {**size, "claims": len(ledger)}


def _date(day: int) -> str:
    """Return the date of the story's *day* (day 0 is 1 March 2024)."""
    import datetime

    return (datetime.date(2024, 3, 1) + datetime.timedelta(days=day)).isoformat()


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
