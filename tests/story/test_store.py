"""Writes to a story: one writer at a time, and a crash at any step loses or doubles nothing."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import filelock
import pytest

from makiivka.cli import main
from makiivka.story import load, store
from tests.conftest import tree_digest

ARTICLE = "Makiivka, 5 January 2023.\nUkraine said 400 soldiers were killed and 300 were wounded.\n"
ARTICLE_ID = "ap-2023-01-05-strike-report"


class Crash(BaseException):
    """The process dies here (a BaseException, so no handler of ordinary errors runs)."""


def _ingest(data: Path, article: Path) -> int:
    return main(
        ["ingest", str(article), "--outlet", "ap", "--title", "Strike report",
         "--published", "2023-01-05", "--data", str(data)]
    )  # fmt: skip


def _claim_ids(data: Path) -> list[str]:
    with open(data / "claims.csv", encoding="utf-8", newline="") as handle:
        return [row["claim_id"] for row in csv.DictReader(handle)]


def _leftovers(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir() if p.name.startswith(".makiivka-"))


def _record_steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    steps: list[str] = []
    monkeypatch.setattr(store, "_step", steps.append)
    return steps


def _crash_at(monkeypatch: pytest.MonkeyPatch, k: int) -> None:
    seen: list[str] = []

    def step(name: str) -> None:
        seen.append(name)
        if len(seen) == k:
            raise Crash(name)

    monkeypatch.setattr(store, "_step", step)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_clean_ingest_passes_every_step_and_leaves_nothing_behind(
    data_copy, article, monkeypatch
):
    steps = _record_steps(monkeypatch)
    assert _ingest(data_copy, article) == 0
    assert steps == [
        "staged articles.csv",
        f"staged articles/{ARTICLE_ID}.txt",
        "staged claim_ids.json",
        "staged claimants.csv",  # "Ukraine": the speaker is proposed as a claimant
        "staged claims.csv",
        "journal staged",
        "journal",
        "renamed articles.csv",
        f"renamed articles/{ARTICLE_ID}.txt",
        "renamed claim_ids.json",
        "renamed claimants.csv",
        "renamed claims.csv",
        "journal removed",
    ]
    assert _leftovers(data_copy) == []
    assert (data_copy / "claim_ids.json").read_text() == '{"last_claim_id": "c019"}\n'


def test_an_ingest_crashed_at_any_step_is_all_or_nothing(data_copy, article, monkeypatch, tmp_path):
    before = tree_digest(data_copy)
    done = tmp_path / "done"
    shutil.copytree(data_copy, done)
    assert _ingest(done, article) == 0
    after = tree_digest(done)
    for k in range(1, 14):
        data = tmp_path / f"crash-{k}"
        shutil.copytree(data_copy, data)
        _crash_at(monkeypatch, k)
        with pytest.raises(Crash):
            _ingest(data, article)
        monkeypatch.setattr(store, "_step", lambda name: None)
        if 7 <= k <= 12:  # journal in place: a reader is told a change is unfinished
            assert any("no unfinished change" in p.expected for p in load.validate(data))
        store.recover(data)
        assert tree_digest(data) == (after if k >= 7 else before), k
        assert _ingest(data, article) == 0  # re-running completes it (or says it is in)
        assert tree_digest(data) == after, k
        assert load.validate(data) == []
        assert _claim_ids(data) == [f"c{n:03d}" for n in range(1, 20)]
        assert _leftovers(data) == []


def test_the_next_command_finishes_a_crashed_change(data_copy, article, monkeypatch, tmp_path):
    _crash_at(monkeypatch, 9)  # after articles.csv and the text are in, before the claims
    with pytest.raises(Crash):
        _ingest(data_copy, article)
    monkeypatch.setattr(store, "_step", lambda name: None)
    assert main(["review", "--data", str(data_copy)]) == 0  # any writing command recovers
    assert load.validate(data_copy) == []
    assert _claim_ids(data_copy)[-2:] == ["c018", "c019"]
    assert _leftovers(data_copy) == []


def _unseal_last(data: Path) -> None:
    sealed = data / "reviewed.csv"
    lines = sealed.read_text(encoding="utf-8").split("\n")
    sealed.write_text("\n".join(x for x in lines if not x.startswith("c017,")), encoding="utf-8")


def test_a_review_crashed_at_any_step_is_all_or_nothing(data_copy, monkeypatch, tmp_path):
    _unseal_last(data_copy)
    before = tree_digest(data_copy)
    steps = _record_steps(monkeypatch)
    done = tmp_path / "done"
    shutil.copytree(data_copy, done)
    assert main(["review", "--data", str(done)]) == 0
    assert steps == [
        "staged reviewed.csv",
        "journal staged",
        "journal",
        "renamed reviewed.csv",
        "journal removed",
    ]
    after = tree_digest(done)
    for k in range(1, 6):
        data = tmp_path / f"crash-{k}"
        shutil.copytree(data_copy, data)
        _crash_at(monkeypatch, k)
        with pytest.raises(Crash):
            main(["review", "--data", str(data)])
        monkeypatch.setattr(store, "_step", lambda name: None)
        store.recover(data)
        assert tree_digest(data) == (after if k >= 3 else before), k
        assert main(["review", "--data", str(data)]) == 0
        assert tree_digest(data) == after and load.validate(data) == []
        assert (data / "reviewed.csv").read_text(encoding="utf-8").count("\nc017,") == 1


def test_an_error_while_committing_rolls_back_at_once(data_copy, article, monkeypatch, capsys):
    before = tree_digest(data_copy)

    def fail(name: str) -> None:
        if name == "journal staged":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_step", fail)
    assert _ingest(data_copy, article) == 1
    assert (
        f"{data_copy}:1:1: 'Errno 28' — expected free space on its disk (No space left on device)"
    ) in capsys.readouterr().err
    assert tree_digest(data_copy) == before
    assert _leftovers(data_copy) == []


def test_a_second_writer_waits_then_gives_up_with_a_clear_error(
    data_copy, article, monkeypatch, capsys
):
    before = tree_digest(data_copy)
    monkeypatch.setenv(store.TIMEOUT_ENV, "0.2")
    holder = filelock.FileLock(data_copy / store.LOCK_NAME)
    with holder:
        assert _ingest(data_copy, article) == 1
        assert main(["review", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert err.count(f"waiting for another makiivka command writing {data_copy}…") == 2
    assert (
        f"{data_copy / store.LOCK_NAME}:1:1: 'locked' — expected no other makiivka command "
        "writing this story for 0.2 s (one still is; try again when it ends, "
        "or raise $MAKIIVKA_LOCK_TIMEOUT)"
    ) in err
    assert tree_digest(data_copy) == before
    assert _ingest(data_copy, article) == 0  # the lock is free again


@pytest.mark.parametrize(
    "relative", ["../outside.csv", "/tmp/x.csv", ".makiivka-journal.json", ".makiivka.lock"]
)
def test_a_change_writes_only_story_files(data_copy, relative):
    with pytest.raises(ValueError, match="is not a story file"):
        store.Change(data_copy).write(relative, b"x")


def test_a_journal_that_points_outside_the_story_is_never_followed(data_copy, tmp_path):
    before = tree_digest(data_copy)
    (data_copy / store.STAGING_NAME).mkdir()
    (data_copy / store.STAGING_NAME / "0000").write_bytes(b"planted\n")
    (data_copy / store.JOURNAL_NAME).write_text('[["0000", "../planted.txt"]]', "utf-8")
    store.recover(data_copy)  # the entry is dropped; the journal and staging removed
    assert not (tmp_path / "planted.txt").exists()
    assert tree_digest(data_copy) == before


def test_a_missing_story_folder_is_refused_not_created(tmp_path, article, capsys):
    missing = tmp_path / "no-such-story"
    assert _ingest(missing, article) == 1
    assert main(["review", "--data", str(missing)]) == 1
    assert f"{missing}:1:1: '{missing}' — expected an existing data folder" in (
        capsys.readouterr().err
    )
    assert not missing.exists()
