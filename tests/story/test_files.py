"""No link followed and no device read: validate and ingest refuse them, naming each."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import files, load
from tests.conftest import tree_digest

FIXTURE = Path(__file__).parent.parent / "fixtures" / "extract" / "ap-style.txt"


def _ingest(data: Path) -> int:
    return main(
        ["ingest", str(FIXTURE), "--outlet", "ap", "--title", "Kremlin raises toll",
         "--published", "2023-01-04", "--data", str(data)]
    )  # fmt: skip


@pytest.mark.parametrize("command", ["validate", "ingest"])
def test_a_link_to_dev_zero_is_refused_and_never_read(data_copy, capsys, command):
    (data_copy / "articles" / "zero.txt").symlink_to("/dev/zero")
    before = tree_digest(data_copy)
    code = (
        main(["validate", "--data", str(data_copy)])
        if command == "validate"
        else _ingest(data_copy)
    )
    assert code == 1
    err = capsys.readouterr().err
    assert (
        f"{data_copy / 'articles' / 'zero.txt'}:1:1: 'zero.txt' — expected a regular file, "
        "not a symbolic link (to /dev/zero)"
    ) in err
    assert tree_digest(data_copy) == before


def test_a_link_to_a_file_outside_the_story_is_refused(data_copy, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("400 soldiers were killed\n", encoding="utf-8")
    (data_copy / "articles" / "borrowed.txt").symlink_to(outside)
    found = [str(p) for p in load.validate(data_copy)]
    assert found == [
        f"{data_copy / 'articles' / 'borrowed.txt'}:1:1: 'borrowed.txt' — expected a regular "
        f"file, not a symbolic link (to {outside})"
    ]


def test_a_registered_article_replaced_by_a_link_is_refused(data_copy, tmp_path):
    article = data_copy / "articles" / "bbc-2023-01-04-makiivka-phones.txt"
    copy = tmp_path / "same.txt"
    copy.write_bytes(article.read_bytes())
    article.unlink()
    article.symlink_to(copy)  # the same bytes, but through a link
    found = [p.expected for p in load.validate(data_copy)]
    assert found == [f"a regular file, not a symbolic link (to {copy})"]
    with pytest.raises(OSError, match="Too many levels of symbolic links"):
        files.read_bytes(article)


def test_a_linked_folder_and_a_pipe_are_refused(data_copy, tmp_path):
    (data_copy / "more").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(data_copy / "articles" / "pipe.txt")
    found = sorted(str(p) for p in load.validate(data_copy))
    assert found == [
        f"{data_copy / 'articles' / 'pipe.txt'}:1:1: 'pipe.txt' — expected a regular file, "
        "not a named pipe",
        f"{data_copy / 'more'}:1:1: 'more' — expected a regular file, not a symbolic link "
        f"(to {tmp_path})",
    ]


def test_an_article_given_as_a_device_is_refused(data_copy, capsys):
    code = main(
        ["ingest", "/dev/zero", "--outlet", "ap", "--title", "Zero", "--published", "2023-01-04",
         "--data", str(data_copy)]
    )  # fmt: skip
    assert code == 1
    assert "/dev/zero:1:1: '/dev/zero' — expected a readable file (not a regular file)" in (
        capsys.readouterr().err
    )


def test_ingest_makes_no_trial_copy_of_the_folder(data_copy, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ingest copied a folder")

    monkeypatch.setattr(shutil, "copytree", refuse)
    assert _ingest(data_copy) == 0
    assert not [p.name for p in data_copy.iterdir() if p.name.startswith(".makiivka-")]


def test_trial_copies_left_by_a_crashed_older_ingest_are_removed(data_copy, tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    leftover = temp / "makiivka-ingest-k2j4x" / "data"
    leftover.mkdir(parents=True)
    (leftover / "claims.csv").write_text("claim_id\n", encoding="utf-8")
    hours_ago = time.time() - 2 * 3600
    os.utime(leftover.parent, (hours_ago, hours_ago))
    running = temp / "makiivka-ingest-inuse"  # an older version's trial, going on now
    running.mkdir()
    other = temp / "someone-else"
    other.mkdir()
    os.utime(other, (hours_ago, hours_ago))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert _ingest(data_copy) == 0
    assert sorted(p.name for p in temp.iterdir()) == ["makiivka-ingest-inuse", "someone-else"]
