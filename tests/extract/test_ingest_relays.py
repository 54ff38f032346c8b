"""The intermediary `extract` reads ("told Reuters") is the ledger's ``relayed_by``.

Round 18's new user saw `makiivka extract` print relayed_by "Reuters" for "Quispe told
Reuters on Tuesday that nine of the injured had been flown to Lima." in another outlet's
article, and `ingest` write the row with relayed_by empty. The relay is now the claimant
whose name, alias or abbreviation it is; an unregistered one whose name tells its side (a
role's cue word: "BBC News" is media) is proposed as the speaker is; a relay that is the
outlet itself is no relay (the figure reaches the outlet directly); one that tells no side
stays out of the row, and the row's notes name it. Invented story: the Kessa dam collapse.
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

PROPOSED = "proposed by makiivka ingest"


@pytest.fixture
def wires(story):
    for argv in (
        ["wire", "--name", "Reuters", "--side", "media", "--kind", "outlet"],
        ["afp", "--name", "Agence France-Presse", "--side", "media", "--kind", "outlet"],
    ):
        assert main(["claimant", "add", *argv, "--story", str(story)]) == 0  # fmt: skip
    return story


# (sentence, claimant, relayed_by, a claimant proposed for the relay, a note of the row)
CASES = [
    ("The Valdera Council told Reuters that 52 people had died.", "valdera_council", "wire",
     None, ""),
    ("The Valdera Council told AFP on Tuesday that 52 people had died.", "valdera_council",
     "afp", None, ""),
    ("The Northern Front told Reuters that 30 of its fighters were killed.", "northern_front",
     "wire", None, ""),
    # the outlet itself: the figure reached it directly
    ("The Valdera Council told the Lirun Courier that 52 people had died.", "valdera_council",
     "", None, ""),
    # a relay the register lacks, whose name is a role's cue word: proposed, as a speaker is
    ("The Valdera Council told BBC News that 52 people had died.", "valdera_council",
     "bbc_news", ("bbc_news", "BBC News", "media", "outlet"),
     "relayed by: the text names 'BBC News' (side media), not in claimants.csv; registered "
     "with this article as claimant bbc_news (BBC News, proposed): check it"),
    # a newspaper's masthead tells its side (round 25: "Tamil Guardian" is an outlet)
    ("The Valdera Council told the Kessa Herald that 52 people had died.", "valdera_council",
     "kessa_herald", ("kessa_herald", "Kessa Herald", "media", "outlet"),
     "relayed by: the text names 'Kessa Herald' (side media), not in claimants.csv; registered "
     "with this article as claimant kessa_herald (Kessa Herald, proposed): check it"),
    # a name that tells no side: not guessed, but named in the row's notes
    ("The Valdera Council told the Kessa Clarion that 52 people had died.", "valdera_council",
     "", None, "relayed by 'Kessa Clarion', not in claimants.csv (check)"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "claimant", "relay", "proposed", "note"), CASES)
def test_the_relay_extract_reads_reaches_the_ledger(
    wires, tmp_path, sentence, claimant, relay, proposed, note
):
    path = tmp_path / "update.txt"
    path.write_text(f"Kessa dam toll update\n\n{sentence}\n", encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-20"]
    assert main([*argv, "--story", str(wires)]) == 0
    [row] = read_rows(wires / "data" / "claims.csv")
    assert (row["claimant"], row["relayed_by"]) == (claimant, relay)
    assert row["notes"] == "; ".join(filter(None, ["proposed by makiivka extract", note]))
    new = [r for r in read_rows(wires / "data" / "claimants.csv") if r["notes"]]
    assert [(r["claimant_id"], r["name"], r["side"], r["kind"]) for r in new] == (
        [proposed] if proposed else []
    )
    assert all(r["notes"].startswith(PROPOSED) for r in new)
    assert main(["validate", "--story", str(wires)]) == 0


def test_extract_and_ingest_name_the_same_relay(wires, tmp_path, capsys):
    path = tmp_path / "update.txt"
    path.write_text(
        "Kessa dam toll update\n\nThe Valdera Council told Reuters that 52 people had died.\n",
        encoding="utf-8",
    )
    argv = ["--outlet", "courier", "--published", "2019-03-20", "--story", str(wires)]
    assert main(["extract", str(path), "--format", "json", *argv]) == 0
    assert '"relayed_by": "Reuters"' in capsys.readouterr().out
    assert main(["ingest", str(path), *argv]) == 0
    [row] = read_rows(wires / "data" / "claims.csv")
    assert row["relayed_by"] == "wire"
