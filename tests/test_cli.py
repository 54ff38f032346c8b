"""The command line: exit codes and messages."""

from __future__ import annotations

import re
import subprocess
import sys

from makiivka.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "makiivka.cli", *args], capture_output=True, text=True
    )


def test_validate_ok(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "ok — 2 articles, 16 claimants, 17 claims (17 reviewed, 0 proposed)" in out
    assert out.strip().endswith("0 corrections")


def test_validate_bad_data_exits_1_with_every_problem(data_copy, capsys):
    path = data_copy / "claims.csv"
    text = path.read_text(encoding="utf-8")
    text = text.replace(",wounded,strike,", ",hurt,strike,").replace("\nc002,", "\nc001,")
    path.write_text(text, encoding="utf-8")
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "claims.csv:4:" in err and "metric 'hurt'" in err
    assert "claims.csv:3:1: claim_id 'c001'" in err
    # c002 was renamed, so the sealed claim c002 is reported missing too.
    assert "reviewed.csv:3:1: claim_id 'c002' — expected a claim still in claims.csv" in err
    # c003's metric is sealed: 'hurt' is also a change without a corrections entry.
    assert "metric 'hurt' — expected 'wounded' as reviewed, or a corrections.csv entry" in err
    assert err.strip().endswith("makiivka validate: 4 problems")


def test_summary_prints_gap_and_revision(capsys):
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "at most 4.5×" in out
    assert "not stated" in out
    assert re.search(r" 63 +c006;c016\n", out) and re.search(r" 89 or more +c001;", out)


def test_unknown_command_is_a_usage_error():
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr
