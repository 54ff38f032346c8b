"""No reviewed figure changes without a trace: the sealed claims and the corrections log."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from makiivka import load_claims, validate
from makiivka.cli import main
from makiivka.story.load import load_corrections
from tests.conftest import append_chained, reseal, tree_digest
from tests.story.test_validate import replace_in as edit


def log(data: Path, *rows: str) -> None:
    append_chained(data, "corrections.csv", *rows)


def messages(data: Path) -> list[str]:
    return [str(p) for p in validate(data)]


def test_changed_value_without_a_log_entry_fails(data_copy):
    edit(data_copy / "claims.csv", ",wounded,strike,300,300,300,", ",wounded,strike,350,350,350,")
    found = messages(data_copy)
    assert any(
        "claims.csv:4:" in p
        and "value '350' — expected '300' as reviewed, or a corrections.csv entry "
        "(c003,value,300,350,DATE,REASON)"
        in p
        for p in found
    ), found


def test_changed_figure_with_log_entries_passes(data_copy):
    # A figure's numbers come from its quote, so a corrected number is a corrected quote too.
    edit(
        data_copy / "claims.csv",
        "c016,nbc-2023-01-04,more than 60 Russian soldiers that Russia says were killed,,more than 60,"
        "russia_mod,nbc_news,killed,strike,60,61,,more_than,",
        "c016,nbc-2023-01-04,in memory of more than 60 Russian soldiers,,more than 60,"
        "russia_mod,nbc_news,killed,strike,60,61,,more_than,",
    )
    edit(
        data_copy / "claims.csv",
        "c003,bbc-2023-01-04,another 300 were wounded,,300,ukraine_military,,wounded,strike,300,300,300,",
        "c003,bbc-2023-01-04,400 soldiers were killed and another 300 were wounded,,400,ukraine_military,,wounded,strike,400,400,400,",
    )
    reason = "example: the row pointed at the wrong figure"
    log(
        data_copy,
        "c016,quote,more than 60 Russian soldiers that Russia says were killed,in memory of more than 60 Russian soldiers,2023-01-05,shorter quote (example)",
        f"c003,quote,another 300 were wounded,400 soldiers were killed and another 300 were wounded,2023-01-05,{reason}",
        f"c003,figure,300,400,2023-01-05,{reason}",
        f"c003,value,300,400,2023-01-05,{reason}",
        f"c003,value_low,300,400,2023-01-05,{reason}",
        f"c003,value_high,300,400,2023-01-05,{reason}",
    )
    assert messages(data_copy) == []
    corrections = load_corrections(data_copy)
    assert corrections["field"].tolist() == [
        "quote",
        "quote",
        "figure",
        "value",
        "value_low",
        "value_high",
    ]


def test_log_replays_in_order(data_copy):
    edit(
        data_copy / "claims.csv",
        "another 300 were wounded,,300,ukraine_military,",
        "another 300 were wounded,,300,uk_mod,",
    )
    # Entered out of order; changed_at puts them in order: ukraine_military → zelenskyy → uk_mod.
    log(
        data_copy,
        "c003,claimant,zelenskyy,uk_mod,2023-02-01,second fix",
        "c003,claimant,ukraine_military,zelenskyy,2023-01-10,first fix",
    )
    assert messages(data_copy) == []


def test_log_entry_with_wrong_old_value(data_copy):
    edit(data_copy / "claims.csv", ",wounded,strike,300,300,300,", ",wounded,strike,350,300,300,")
    log(data_copy, "c003,value,301,350,2023-01-05,typo")
    found = messages(data_copy)
    assert any(
        "corrections.csv:2:" in p and "old '301' — expected '300', the value of c003 by then" in p
        for p in found
    ), found


def test_changed_quote_without_entry(data_copy):
    edit(
        data_copy / "claims.csv",
        "c003,bbc-2023-01-04,another 300 were wounded,",
        "c003,bbc-2023-01-04,300 were wounded,",
    )
    found = messages(data_copy)
    assert any(
        "claims.csv:4:" in p
        and "quote '300 were wounded' — expected 'another 300 were wounded' as reviewed" in p
        for p in found
    ), found


def test_removed_reviewed_claim(data_copy):
    path = data_copy / "claims.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text(
        "\n".join(line for line in lines if not line.startswith("c017,")), encoding="utf-8"
    )
    found = messages(data_copy)
    assert any(
        "reviewed.csv:18:1: claim_id 'c017' — expected a claim still in claims.csv" in p
        for p in found
    ), found


def test_reused_id_as_proposed(data_copy):
    edit(
        data_copy / "claims.csv",
        'article,,reviewed,"War-wide context, in',
        'article,,proposed,"War-wide context, in',
    )
    found = messages(data_copy)
    assert any(
        "claims.csv:18:" in p and "status 'proposed' — expected 'reviewed' as reviewed" in p
        for p in found
    ), found


def test_withdrawn_claim_stays_with_a_log_entry(data_copy):
    edit(
        data_copy / "claims.csv",
        'article,,reviewed,"War-wide context, in',
        'article,,withdrawn,"War-wide context, in',
    )
    log(
        data_copy, "c017,status,reviewed,withdrawn,2023-01-06,duplicate of another report (example)"
    )
    assert messages(data_copy) == []
    claims = load_claims(data_copy)
    assert claims.set_index("claim_id").at["c017", "status"] == "withdrawn"


def test_review_seals_new_reviewed_rows(data_copy, capsys):
    sealed = data_copy / "reviewed.csv"
    lines = sealed.read_text(encoding="utf-8").split("\n")
    sealed.write_text(
        "\n".join(line for line in lines if not line.startswith("c017,")), encoding="utf-8"
    )
    assert any("status 'reviewed' — expected a sealed review" in p for p in messages(data_copy))
    assert main(["review", "--data", str(data_copy)]) == 0
    assert "sealed 1 claims" in capsys.readouterr().out
    assert messages(data_copy) == []
    assert (
        sealed.read_text(encoding="utf-8")
        .rstrip("\n")
        .split("\n")[-1]
        .startswith("c017,nbc-2023-01-04,Putin has already")
    )


def test_review_refuses_and_writes_nothing_on_other_problems(data_copy, capsys):
    edit(data_copy / "claims.csv", ",wounded,strike,", ",hurt,strike,")
    before = tree_digest(data_copy)
    assert main(["review", "--data", str(data_copy)]) == 1
    assert "metric 'hurt'" in capsys.readouterr().err
    assert tree_digest(data_copy) == before


def _notes(data: Path, claim_id: str) -> str:
    notes = load_claims(data).set_index("claim_id").at[claim_id, "notes"]
    return "" if pd.isna(notes) else str(notes)


def _correct(data: Path, claim_id: str, *pairs: str, reason: str = "checked") -> int:
    field, new, *rest = pairs
    also = [a for i in range(0, len(rest), 2) for a in ("--also", rest[i], rest[i + 1])]
    return main(["correct", claim_id, field, new, *also, "--reason", reason,
                 "--changed-at", "2026-12-07T01:00:00Z", "--data", str(data)])  # fmt: skip


def test_correct_drops_a_coded_qualifier_s_note_when_the_coding_is_undone(data_copy, capsys):
    # New user 20: "correct c064 qualifier exact --also value_high 35" left the stale note
    # "qualifier coded by an editor: at_least" on a row back to exact 35.
    edit(
        data_copy / "claims.csv",
        "strike,300,300,300,exact,people,2023-01-01,",
        "strike,300,300,,at_least,people,2023-01-01,",
    )
    edit(
        data_copy / "claims.csv",
        'kyivindependent.com news feed)",,reviewed,\n',
        'kyivindependent.com news feed)",,reviewed,qualifier coded by an editor: at_least\n',
    )
    reseal(data_copy)
    assert main(["review", "--data", str(data_copy)]) == 0
    assert messages(data_copy) == []
    assert _correct(data_copy, "c003", "qualifier", "exact", "value_high", "300") == 0
    assert _notes(data_copy, "c003") == ""
    assert messages(data_copy) == []


def test_correct_codes_a_denial_with_its_reason_and_undoes_it(data_copy, capsys):
    from makiivka.analysis import assertions, denied

    reason = "the caption denies it; the quote says so"
    assert _correct(data_copy, "c016", "qualifier", "denial", reason=reason) == 0
    claims = load_claims(data_copy)
    row = claims.set_index("claim_id").loc["c016"]
    cells = [str(row[c]) for c in ("value", "value_low", "value_high", "qualifier")]
    assert cells == ["60", "<NA>", "60", "up_to"]
    assert row["notes"].endswith(
        "denial: the speaker rejects 'more than 60'; coded as its upper bound; corrected "
        "2026-12-07T01:00:00Z: coded as a denial — the caption denies it, the quote says so"
    )
    found = assertions(claims)
    assert found[denied(found, claims)]["claim_ids"].tolist() == ["c016"]
    entries = load_corrections(data_copy)
    logged = entries[["claim_id", "field", "old", "new", "reason"]].tail(3).fillna("")
    assert logged.astype(str).values.tolist() == [
        ["c016", "qualifier", "more_than", "up_to", reason],
        ["c016", "value_low", "61", "", reason],
        ["c016", "value_high", "", "60", reason],
    ]
    assert messages(data_copy) == []
    assert _correct(data_copy, "c016", "qualifier", "more_than", "value_low", "61",
                    "value_high", "", reason="not a denial after all") == 0  # fmt: skip
    assert "denial: the speaker" not in _notes(data_copy, "c016")
    assert _notes(data_copy, "c016").endswith(
        ": no longer coded as a denial — not a denial after all"
    )
    assert messages(data_copy) == []


@pytest.mark.parametrize(
    ("pairs", "basis", "logged"),
    [
        # New user 27: `correct c027 stated_at …` kept "publication date: the text does not say
        # when this was stated" beside the 10:15 it gave.
        (("stated_at", "2023-01-03T10:00+02:00"),
         "inferred: given with makiivka correct: the ministry's post of 10:00 (was 2023-01-03)",
         ["stated_at", "stated_at_basis"]),
        (("stated_at", "2023-01-03T10:00+02:00", "stated_at_basis", "article: 'at 10:00'"),
         "article: 'at 10:00'", ["stated_at", "stated_at_basis"]),
        (("stated_at_basis", "the ministry's post"), "the ministry's post", ["stated_at_basis"]),
        (("status", "withdrawn"), "article", ["status"]),
    ],
)  # fmt: skip
def test_correcting_when_a_claim_was_stated_sets_its_basis_too(data_copy, pairs, basis, logged):
    assert _correct(data_copy, "c009", *pairs, reason="the ministry's post of 10:00") == 0
    row = load_claims(data_copy).set_index("claim_id").loc["c009"]
    assert row["stated_at_basis"] == basis
    entries = load_corrections(data_copy)
    assert sorted(entries[entries["claim_id"] == "c009"]["field"]) == logged
    assert messages(data_copy) == []
