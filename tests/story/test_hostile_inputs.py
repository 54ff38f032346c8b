"""Every bad input found by the adversarial run ends in a clear message, exit 1, nothing written.

Each case was a traceback (or a silent misreading) before: a malformed descriptor, a
garbage journal, a linked lock or staging folder, a bad lock timeout, a figure beyond
64 bits or in other scripts' digits, a full or read-only disk.
"""

from __future__ import annotations

import errno
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import paths, store
from tests.conftest import tree_digest

Edit = Callable[[dict], None]


def _claims(d: dict) -> dict:
    return next(r for r in d["resources"] if r["name"] == "claims")


def _field(d: dict, name: str) -> dict:
    return next(f for f in _claims(d)["schema"]["fields"] if f["name"] == name)


def _index(d: dict) -> int:
    return d["resources"].index(_claims(d))


# (case, how the descriptor is changed, the problem's JSON path, value and expectation)
DESCRIPTOR_CASES: list[tuple[str, Edit, Callable[[dict], str]]] = [
    ("no resources", lambda d: d.pop("resources"),
     lambda d: "resources 'null' — expected a list of the story's tables (articles, claims, …)"),
    ("resources as an object", lambda d: d.update(resources={"a": 1}),
     lambda d: "resources '{\"a\": 1}' — expected a list of the story's tables (articles, claims, …)"),
    ("a resource without schema", lambda d: _claims(d).pop("schema"),
     lambda d: f"resources[{_index(d)}].schema 'null' — expected an object with the table's fields"),
    ("a field without name", lambda d: _claims(d)["schema"]["fields"][1].pop("name"),
     lambda d: f"resources[{_index(d)}].schema.fields[1].name 'null' — expected the column's name, a string"),
    ("an invalid pattern", lambda d: _field(d, "claim_id").setdefault("constraints", {}).update(pattern="(["),
     lambda d: f"resources[{_index(d)}].schema.fields[0].constraints.pattern '\"([\"' — expected a regular expression (unterminated character set at position 1)"),
    ("minimum as a string", lambda d: _field(d, "value")["constraints"].update(minimum="0"),
     lambda d: f"resources[{_index(d)}].schema.fields[9].constraints.minimum '\"0\"' — expected a whole number such as 0"),
    ("enum as a string", lambda d: _field(d, "metric")["constraints"].update(enum="killed"),
     lambda d: f"resources[{_index(d)}].schema.fields[7].constraints.enum '\"killed\"' — expected a list of the allowed values as strings, e.g. [\"killed\"]"),
    ("a path out of the story", lambda d: _claims(d).update(path="../x.csv"),
     lambda d: f"resources[{_index(d)}].path '\"../x.csv\"' — expected a file inside the data folder, e.g. claims.csv (no ..)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "edit", "message"), DESCRIPTOR_CASES, ids=[c[0] for c in DESCRIPTOR_CASES]
)
def test_a_malformed_descriptor_is_named_by_its_json_path(data_copy, capsys, name, edit, message):  # fmt: skip
    path = data_copy / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    expected = message(descriptor)
    edit(descriptor)
    path.write_text(json.dumps(descriptor, indent=2), encoding="utf-8")
    (data_copy.parent / "x.csv").write_text("outside the story\n", encoding="utf-8")
    before = tree_digest(data_copy.parent)
    assert main(["validate", "--data", str(data_copy)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert any(line.startswith(f"{path}:") and line.endswith(f" {expected}") for line in lines), (
        lines
    )
    assert tree_digest(data_copy.parent) == before


@pytest.mark.parametrize(
    ("name", "blob", "message"),
    [
        ("UTF-16", '{"resources": []}'.encode("utf-16"),
         "1:1: 'bytes ff fe 7b 00' — expected UTF-8 text, not UTF-16 (save the file as UTF-8)"),
        ("deep nesting", b"[" * 100_000 + b"]" * 100_000,
         "1:1: '[[[[[[[[[[[[[[[[[[[[' — expected JSON nested less deeply (a descriptor is a few "
         "levels deep)"),
    ],
)  # fmt: skip
def test_an_unreadable_descriptor_is_named(data_copy, capsys, name, blob, message):
    (data_copy / "datapackage.json").write_bytes(blob)
    assert main(["validate", "--data", str(data_copy)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"{data_copy / 'datapackage.json'}:{message}"


def _sealed_value(data: Path, value: str) -> None:
    path = data / "claims.csv"
    text = path.read_text(encoding="utf-8")
    old = "killed,strike,400,400,400,exact"
    assert old in text
    path.write_text(text.replace(old, f"killed,strike,{value},400,400,exact"), "utf-8")


@pytest.mark.parametrize(
    ("value", "shown"),
    [("99999999999999999999999", "99999999999999999999999"), ("\uff14\uff10\uff10", "４００"),
     ("\u0664\u0660\u0660", "٤٠٠"), ("1000000000000000", "1000000000000000")],
    ids=["beyond 64 bits", "full-width", "Arabic-Indic", "10^15"],
)  # fmt: skip
def test_a_figure_in_claims_csv_is_ascii_digits_up_to_the_maximum(data_copy, capsys, value, shown):
    _sealed_value(data_copy, value)
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert (
        f"{data_copy / 'claims.csv'}:3:120: value '{shown}' — expected a whole number ≥ 0 in "
        "digits 0-9, at most 999,999,999,999,999"
    ) in err.splitlines()


def test_a_garbage_journal_or_one_naming_a_path_outside_is_dropped(data_copy, capsys):
    before = tree_digest(data_copy)
    for garbage in (b"garbage\n", b'[["0000", "../../x"]]', b'{"a": [1]}', b"[" * 50_000):
        (data_copy / store.JOURNAL_NAME).write_bytes(garbage)
        assert main(["review", "--data", str(data_copy)]) == 0
        assert (
            capsys.readouterr().out == "nothing to seal: every reviewed claim is in reviewed.csv\n"
        )
        assert tree_digest(data_copy) == before


def test_a_linked_lock_is_refused_and_its_target_never_made(data_copy, tmp_path, capsys):
    target = tmp_path / "elsewhere"
    (data_copy / store.LOCK_NAME).unlink(missing_ok=True)
    (data_copy / store.LOCK_NAME).symlink_to(target)
    assert main(["review", "--data", str(data_copy)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{data_copy / store.LOCK_NAME}:1:1: '.makiivka.lock' — expected a regular lock file, "
        "not a symbolic link or a folder (remove it)"
    )
    assert not target.exists()


def test_a_linked_staging_folder_is_removed_never_followed(data_copy, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep\n")
    (data_copy / store.STAGING_NAME).symlink_to(elsewhere)
    assert main(["review", "--data", str(data_copy)]) == 0
    assert not (data_copy / store.STAGING_NAME).exists()
    assert (elsewhere / "keep.txt").read_text() == "keep\n"


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf"])
def test_a_lock_timeout_that_is_not_seconds_is_refused(data_copy, capsys, monkeypatch, value):
    monkeypatch.setenv(store.TIMEOUT_ENV, value)
    before = tree_digest(data_copy)
    assert main(["review", "--data", str(data_copy)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"$MAKIIVKA_LOCK_TIMEOUT:1:1: '{value}' — expected a number of seconds ≥ 0 a writer "
        "waits for another, e.g. 120"
    )
    assert tree_digest(data_copy) == before


ARTICLE = Path(__file__).parent.parent / "fixtures" / "extract" / "ap-style.txt"


def _writers(data: Path) -> dict[str, list[str]]:
    story = ["--data", str(data)]
    return {
        "ingest": ["ingest", str(ARTICLE), "--outlet", "ap", "--title", "T",
                   "--published", "2023-01-05", *story],
        "claimant add": ["claimant", "add", "new_one", "--name", "New", "--side", "media",
                         "--kind", "outlet", *story],
        "review": ["review", *story],
        "migrate": ["migrate", *story],
        "correct": ["correct", "c016", "stated_at_basis", "MoD, 2 Jan", "--reason", "shorter",
                    "--changed-at", "2023-01-06", *story],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("code", "cause", "needs"),
    [(errno.ENOSPC, "No space left on device", "free space on its disk"),
     (errno.EROFS, "Read-only file system", "a writable file system")],
    ids=["disk full", "read-only"],
)  # fmt: skip
@pytest.mark.parametrize("command", ["ingest", "claimant add", "review", "migrate", "correct"])
def test_a_full_or_read_only_disk_names_the_path_and_the_cause(
    data_copy, capsys, monkeypatch, command, code, cause, needs
):
    if command == "review":  # something to seal
        text = (data_copy / "reviewed.csv").read_text(encoding="utf-8").split("\n")
        (data_copy / "reviewed.csv").write_text("\n".join(text[:-2]) + "\n", encoding="utf-8")
    if command == "migrate":  # something to migrate: the claim-id mark
        (data_copy / "claim_ids.json").unlink()
    before = tree_digest(data_copy)

    def full(path: Path, blob: bytes, mode: int) -> None:
        raise OSError(code, cause, str(path))

    monkeypatch.setattr(store, "_write_synced", full)
    assert main(_writers(data_copy)[command]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"{data_copy / store.STAGING_NAME}/0000:1:1: 'Errno {code}' — ")
    assert first.endswith(f"expected {needs} ({cause})")
    assert tree_digest(data_copy) == before


def test_a_build_on_a_full_disk_names_the_path_and_leaves_the_outputs(
    tmp_path, capsys, monkeypatch
):
    from makiivka.publish import build, kernels, writeback
    from tests.publish import killable

    story = tmp_path / "story"
    shutil.copytree(paths.DATA_DIR.parent / "tests" / "fixtures" / "second-story", story)
    (story / "notebooks").mkdir()
    monkeypatch.setattr(build, "chart_specs", lambda dataset, width=None: {})
    monkeypatch.setattr(kernels, "execute_notebooks", killable._run_cheaply)
    (story / "outputs").mkdir()
    (story / "outputs" / build.MARKER).write_text("old\n")
    before = tree_digest(story)

    def full(path: Path, blob: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(writeback, "_write", full)
    assert main(["build", "-q", "--story", str(story)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{story}/.outputs.building-")
    assert err[0].endswith(
        ":1:1: 'Errno 28' — expected free space on its disk (No space left on device)"
    )
    assert tree_digest(story) == before


class Crash(BaseException):
    """A process dying at a step: no handler runs."""


def test_claimant_add_rolls_an_interrupted_change_forward_first(data_copy, monkeypatch, capsys):
    (data_copy / "claim_ids.json").unlink()  # something for migrate to write

    def crash(name: str) -> None:
        if name == "journal":
            raise Crash(name)

    monkeypatch.setattr(store, "_step", crash)
    with pytest.raises(Crash):
        main(["migrate", "--data", str(data_copy)])
    monkeypatch.setattr(store, "_step", lambda name: None)
    assert (data_copy / store.JOURNAL_NAME).exists()  # committed, not yet renamed into place
    argv = ["claimant", "add", "new_one", "--name", "New", "--side", "media", "--kind", "outlet"]
    assert main([*argv, "--data", str(data_copy)]) == 0
    assert json.loads((data_copy / "claim_ids.json").read_text()) == {"last_claim_id": "c017"}
    assert not (data_copy / store.JOURNAL_NAME).exists()
    assert main(["validate", "--data", str(data_copy)]) == 0


def test_a_bidi_control_in_a_claimant_name_is_refused(data_copy, capsys):
    before = tree_digest(data_copy)
    argv = ["claimant", "add", "rlo", "--name", "Ministry \u202e004", "--side", "media",
            "--kind", "outlet", "--data", str(data_copy)]  # fmt: skip
    assert main(argv) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "--name:1:1: 'Ministry \\u202e004' — expected text without bidirectional control "
        "characters (U+202E at character 10)"
    )
    assert tree_digest(data_copy) == before


def test_build_out_never_replaces_another_story_s_outputs(tmp_path, capsys):
    other = tmp_path / "other"
    shutil.copytree(paths.DATA_DIR.parent / "tests" / "fixtures" / "second-story", other)
    (other / "outputs").mkdir()
    (other / "outputs" / ".makiivka-output").write_text("built\n")
    before = tree_digest(other)
    assert main(["build", "-q", "--out", str(other / "outputs")]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        f"<command line>:1:1: out '{other / 'outputs'}' — expected a folder that is not another "
        f"story's ({other} is a story)"
    )
    assert tree_digest(other) == before
