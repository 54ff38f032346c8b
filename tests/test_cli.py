"""The command line: exit codes and messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import version

import pytest

from makiivka.cli import CLOSED_PIPE, main
from makiivka.publish import lab
from makiivka.story.paths import ROOT_DIR as ROOT


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


def test_version_is_the_installed_package_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"makiivka {version('makiivka')}"
    assert re.fullmatch(r"makiivka \d+\.\d+\.\d+\S*", result.stdout.strip())


def test_help_documents_the_exit_codes():
    result = run("--help")
    assert result.returncode == 0
    for line in (
        "  1    data problems",
        "  2    usage errors",
        f"  {CLOSED_PIPE}  the output pipe",
    ):
        assert line in result.stdout


def test_a_closed_pipe_exits_quietly():
    # The reader closes its end before makiivka has even imported: every write finds no reader.
    process = subprocess.Popen(
        [sys.executable, "-m", "makiivka.cli", "summary"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    err = process.stderr.read().decode("utf-8")
    assert process.wait() == CLOSED_PIPE
    assert err == ""


def test_a_pipe_read_to_the_end_is_not_cut(capsys):
    result = run("summary")
    assert result.returncode == 0
    assert result.stdout.startswith("The gap: each side's latest figure")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "gap", "--format", "gif"], "format 'gif' — expected one of png, svg"),
        (["export", "pie"], "chart 'pie' — expected one of claims"),
        (["validate", "--format", "xml"], "invalid choice: 'xml'"),
        (["summary", "--quiet"], "unrecognized arguments: --quiet"),
    ],
)
def test_usage_errors_exit_2(argv, message):
    result = run(*argv)
    assert result.returncode == 2
    assert message in result.stderr


def test_validate_json_lists_each_problem_for_scripts(data_copy):
    path = data_copy / "claims.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",wounded,strike,", ",hurt,strike,"),
        encoding="utf-8",
    )
    result = run("validate", "--data", str(data_copy), "--format", "json")
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    # The unknown word, and (c003 being sealed) a change the corrections log does not explain.
    assert len(problems) == 2
    sealed, vocabulary = sorted(problems, key=lambda p: p["expected"].startswith("one of"))
    for problem in problems:
        assert sorted(problem) == ["column", "expected", "field", "file", "line", "value"]
        assert problem["file"].endswith("claims.csv") and problem["line"] == 4
        assert (problem["field"], problem["value"]) == ("metric", "hurt")
        assert isinstance(problem["column"], int) and problem["column"] > 1
    assert vocabulary["expected"].startswith("one of killed, wounded")
    assert sealed["expected"].startswith("'wounded' as reviewed, or a corrections.csv entry")


def test_validate_json_of_good_data_is_an_empty_list():
    result = run("validate", "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert "ok — 2 articles" in result.stderr  # the summary line still tells a person


def test_quiet_export_prints_nothing(tmp_path):
    loud = run("export", "gap", "--format", "json", "--out", str(tmp_path / "loud"))
    quiet = run("export", "gap", "--format", "json", "--out", str(tmp_path / "quiet"), "-q")
    assert loud.returncode == quiet.returncode == 0
    assert "wrote 1 files" in loud.stderr
    assert quiet.stderr == quiet.stdout == ""
    assert (tmp_path / "quiet" / "gap.vl.json").read_bytes() == (
        tmp_path / "loud" / "gap.vl.json"
    ).read_bytes()


@pytest.mark.parametrize(("euid", "allowed"), [(0, True), (1000, False)])
def test_lab_passes_allow_root_only_to_root(monkeypatch, euid, allowed):
    monkeypatch.setattr(lab.os, "geteuid", lambda: euid)
    assert ("--allow-root" in lab.lab_arguments(8888, browser=False)) is allowed


@pytest.mark.parametrize(
    ("argv", "display", "opens"),
    [
        (["lab"], ":0", True),
        (["lab", "--no-browser"], ":0", False),
        (["lab", "--no-browser", "--port", "8899"], ":0", False),
        (["lab"], None, False),
    ],
)
def test_lab_opens_a_browser_unless_told_not_to(monkeypatch, tmp_path, argv, display, opens):
    started = []

    def execve(path, command, env):
        started.append(command)
        raise SystemExit(0)

    monkeypatch.setattr(lab.os, "execve", execve)
    monkeypatch.setattr(lab, "quiet_news", lambda: False)
    monkeypatch.setattr(lab.jupyter, "install", lambda: [])
    monkeypatch.setattr(lab.sys, "platform", "linux")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if display:
        monkeypatch.setenv("DISPLAY", display)
    else:
        monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(SystemExit):
        main(argv)
    assert ("--no-browser" not in started[0]) is opens
    port = "8899" if "8899" in argv else "8888"
    assert f"--ServerApp.port={port}" in started[0]


@pytest.mark.parametrize(
    ("story", "noted"),
    [([], True), (["--story", str(ROOT)], False)],
)
def test_extract_says_when_it_reads_against_the_shipped_story(
    monkeypatch, tmp_path, capsys, story, noted
):
    """Without --story (or $MAKIIVKA_STORY), extract's sides come from the shipped story's
    parties and register: stderr says so after the rows (round 23's second new user)."""
    monkeypatch.delenv("MAKIIVKA_STORY", raising=False)
    monkeypatch.delenv("MAKIIVKA_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Officials said 12 people died.\n", encoding="utf-8")
    assert main(["extract", str(article), "--published", "2023-01-02", *story]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("start,end,quote")
    assert ("read against the shipped story" in captured.err) is noted
