"""The bad-input suite: each malformed input gets a located error, exit 1, and no file touched.

Every case breaks a private copy of the data folder, runs a command through
the CLI, and checks: the exit code is 1; stderr names the file, line and
column (``file:line:column:``) and says what was expected; and no file under
the working folder was created, changed or truncated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from makiivka.cli import main
from tests.conftest import append_chained, tree_digest
from tests.story.test_validate import BBC, CELL_CASES, replace_in

LOCATED = re.compile(r"^\S+:\d+:\d+: .* — expected .+$", re.MULTILINE)

Breaker = Callable[[Path], None]


def write(name: str, blob: bytes) -> Breaker:
    return lambda data: (data / name).write_bytes(blob)


def append(name: str, text: str) -> Breaker:
    def run(data: Path) -> None:
        with open(data / name, "a", encoding="utf-8") as handle:
            handle.write(text)

    return run


def log_entry(line: str) -> Breaker:
    return lambda data: append_chained(data, "corrections.csv", line)


def replace(name: str, old: str, new: str) -> Breaker:
    return lambda data: replace_in(data / name, old, new)


def swap_header(name: str, old: str, new: str) -> Breaker:
    return replace(name, old, new)


# (case, how to break the folder, where the error must point, what it must say was expected)
FILE_CASES: list[tuple[str, Breaker, str, str]] = [
    *[
        (f"{name} with a byte-order mark", write(name, b"\xef\xbb\xbf" + (Path("data") / name).read_bytes()), f"{name}:1:1:", "UTF-8 without a byte-order mark")
        for name in ("claims.csv", "articles.csv", "claimants.csv")
    ],
    *[
        (f"{name} with CRLF line ends", write(name, (Path("data") / name).read_bytes().replace(b"\n", b"\r\n")), f"{name}:1:", "LF line endings, not CR LF")
        for name in ("claims.csv", "articles.csv", "claimants.csv", "corrections.csv")
    ],
    *[
        (f"empty {name}", write(name, b""), f"{name}:1:1:", "a header row")
        for name in ("claims.csv", "articles.csv", "claimants.csv", "reviewed.csv")
    ],
    ("claims.csv in Latin-1", write("claims.csv", (Path("data") / "claims.csv").read_text(encoding="utf-8").encode("utf-8").replace("…".encode(), b"\x85")), "claims.csv:2:", "UTF-8 text"),
    ("extra column in claims.csv", replace("claims.csv", "status,notes\n", "status,notes,colour\n"), "claims.csv:1:", "one of the columns"),
    ("missing column in articles.csv", replace("articles.csv", ",language,", ","), "articles.csv:1:1:", "a column named language"),
    ("row too long", append("claims.csv", "c018" + ",x" * 19 + "\n"), "claims.csv:19:1:", "19 fields, found 20"),
    ("row too short", append("claimants.csv", "nobody,Nobody\n"), "claimants.csv:18:1:", "6 fields, found 2"),
    ("article edited", append(BBC, "One more line.\n"), "articles.csv:2:", "(the article text was changed)"),
    ("article not UTF-8", write(BBC, "Moscow’s".encode("cp1252")), "articles.csv:2:", "UTF-8 text"),
    ("article empty", write(BBC, b""), "articles.csv:2:", "a text file that is not empty"),
    ("article missing", lambda data: (data / BBC).unlink(), "articles.csv:2:", "a text file that exists"),
    ("duplicate article_id", replace("articles.csv", "\nnbc-2023-01-04,", "\nbbc-2023-01-04,"), "articles.csv:3:1:", "a value not used before"),
    ("duplicate claimant_id", replace("claimants.csv", "\nputin,", "\nrussia_mod,"), "claimants.csv:3:1:", "a value not used before"),
    ("unknown kind of claimant", replace("claimants.csv", ",russia,head of state,", ",russia,tsar,"), "claimants.csv:3:", "one of ministry"),
    ("bad sha256", replace("articles.csv", ",bdc0c8d4", ",BDC0C8D4"), "articles.csv:2:", "text matching [0-9a-f]{64}"),
    ("impossible publication date", replace("articles.csv", ',2023-01-04,"inferred: the text', ',2023-01-32,"inferred: the text'), "articles.csv:2:", "an ISO 8601 date"),
    ("correction of an unknown claim", log_entry("c999,value,1,2,2023-01-05,typo"), "corrections.csv:2:1:", "a claim_id listed in"),
    ("correction of an unknown field", log_entry("c001,colour,1,2,2023-01-05,typo"), "corrections.csv:2:", "one of article_id, quote, figure"),
    ("correction without a reason", log_entry("c001,value,89,89,2023-01-05,"), "corrections.csv:2:", "a value (the column is required)"),
]  # fmt: skip

CELL = [
    (name, replace(file, old, new), f"{file}:{line}:", expected)
    for name, file, old, new, line, _field, _cell, expected in CELL_CASES
]
CASES = FILE_CASES + CELL


@pytest.mark.parametrize("command", ["validate", "summary"])
@pytest.mark.parametrize(("name", "breaker", "where", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused(data_copy, capsys, command, name, breaker, where, expected):
    breaker(data_copy)
    before = tree_digest(data_copy.parent)
    assert main([command, "--data", str(data_copy)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert any(where in line and expected in line for line in err.splitlines()), err
    assert all(LOCATED.match(line) for line in err.splitlines()[:-1]), err
    assert tree_digest(data_copy.parent) == before


def test_suite_is_large_enough():
    assert len(CASES) >= 30


def test_missing_data_folder(tmp_path, capsys):
    assert main(["validate", "--data", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert "nowhere:1:1:" in err and "— expected an existing data folder" in err
    assert not (tmp_path / "nowhere").exists()


def test_missing_descriptor(data_copy, capsys):
    (data_copy / "datapackage.json").unlink()
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "data/datapackage.json:1:1:" in err and "expected a data package descriptor" in err


def test_broken_descriptor(data_copy, capsys):
    (data_copy / "datapackage.json").write_text(
        '{"resources": [\n  {"name": }\n]}\n', encoding="utf-8"
    )
    before = tree_digest(data_copy)
    assert main(["validate", "--data", str(data_copy)]) == 1
    assert "datapackage.json:2:12: '}\\n]}\\n' — expected valid JSON" in capsys.readouterr().err
    assert tree_digest(data_copy) == before
