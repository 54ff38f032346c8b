"""A folder of a week's coverage: many files in one locked, journalled change, all or nothing."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load, store
from tests.conftest import tree_digest
from tests.extract.ingest_story import FIXTURES, read_rows


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a folder of ten articles (nine texts, one saved page) and a scan that is none."""
    week = tmp_path / "week"
    (week / "pages").mkdir(parents=True)
    for n in range(1, 10):
        (week / f"wire-{n:02d}.txt").write_text(
            f"Kessa update {n}\n\nThe Valdera Council said on Friday that {100 + n} people were "
            "killed.\n",
            encoding="utf-8",
        )
    shutil.copy(FIXTURES / "courier-page.html", week / "pages" / "courier.html")
    (week / "scan.tiff").write_bytes(b"II*\x00")
    (week / ".DS_Store").write_bytes(b"\0")
    return week


def ingest(story: Path, *argv: str) -> int:
    return main(["ingest", *argv, "--outlet", "courier", "--published", "2019-03-15",
                 "--story", str(story)])  # fmt: skip


def test_a_folder_is_one_change(story, folder, monkeypatch, capsys):
    commits = []
    real = store.commit
    monkeypatch.setattr(
        store, "commit", lambda data, staged: commits.append(1) or real(data, staged)
    )
    assert ingest(story, str(folder)) == 0
    assert commits == [1]
    out = capsys.readouterr().out
    assert "10 articles added with 13 proposed claims (c001–c013)" in out
    assert (
        "scan.tiff: not an article (.tiff; read: .txt, .html, .htm, .xhtml, .mhtml, .mht, .pdf)"
        in out
    )
    data = story / "data"
    articles = read_rows(data / "articles.csv")
    assert [a["article_id"] for a in articles] == [
        *(f"courier-2019-03-15-kessa-update-{n}" for n in range(1, 10)),
        "courier-2019-03-15-kessa-dam-collapse-valdera-council-says",
    ]  # a folder's files in name order, then its subfolders (pages/)
    figures = [r["figure"] for r in read_rows(data / "claims.csv")]
    assert figures == [*(str(100 + n) for n in range(1, 10)), "112", "38", "112", "at least 340"]
    assert load.validate(data) == []
    before = tree_digest(story)
    assert ingest(story, str(folder)) == 0  # again: every article is there already
    assert "0 articles added with 0 proposed claims to the story" in capsys.readouterr().out
    assert tree_digest(story) == before


def test_a_bad_file_leaves_the_story_unchanged(story, folder, capsys):
    (folder / "wire-05.txt").write_bytes(b"The council said 40 caf\xe9 workers died.\n")
    before = tree_digest(story)
    assert ingest(story, str(folder)) == 1
    err = capsys.readouterr().err
    assert "nothing ingested: 1 of 10 files had problems (--keep-going adds the others)" in err
    assert "wire-05.txt:1:24: 'bytes e9' — expected UTF-8 text" in err
    assert tree_digest(story) == before


def test_keep_going_adds_the_good_files_and_lists_the_bad(story, folder, capsys):
    (folder / "wire-05.txt").write_bytes(b"The council said 40 caf\xe9 workers died.\n")
    assert ingest(story, str(folder), "--keep-going") == 0
    out = capsys.readouterr().out
    assert "9 articles added with 12 proposed claims (c001–c012)" in out
    assert "wire-05.txt:1:24: 'bytes e9' — expected UTF-8 text" in out
    assert out.count("wire-05.txt") == 1  # its path once (round 25's new user saw it twice)
    assert len(read_rows(story / "data" / "articles.csv")) == 9
    assert load.validate(story / "data") == []


def test_one_title_for_many_files_is_a_usage_error(story, folder, capsys):
    assert ingest(story, str(folder), "--title", "One title") == 2
    assert "they name one article" in capsys.readouterr().err


def run_on_terminal(argv: list[str]) -> str:
    """Run makiivka with its output on a pseudo-terminal; return what the terminal showed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "makiivka.cli", *argv], stdin=subprocess.DEVNULL,
        stdout=follower, stderr=follower, env=env,
    )  # fmt: skip
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the program ended
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=60) == 0
    os.close(leader)
    return shown.decode("utf-8", errors="replace")


@pytest.mark.parametrize(("quiet", "bar"), [((), True), (("-q",), False)])
def test_a_progress_bar_on_a_terminal(story, folder, quiet, bar):
    shown = run_on_terminal(
        ["ingest", str(folder), "--outlet", "courier", "--published", "2019-03-15",
         "--story", str(story), *quiet]
    )  # fmt: skip
    assert ("10/10" in shown) is bar
    assert ("10 articles added" in shown) is not bool(quiet)


def test_no_progress_bar_into_a_pipe(story, folder):
    done = subprocess.run(
        [sys.executable, "-m", "makiivka.cli", "ingest", str(folder), "--outlet", "courier",
         "--published", "2019-03-15", "--story", str(story)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "10/10" not in done.stderr + done.stdout
    assert done.stderr == ""


def test_a_page_s_unknown_outlet_names_the_page(story, tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(FIXTURES / "courier-page.html", pages / "a-courier.html")
    html = (FIXTURES / "courier-page.html").read_text(encoding="utf-8")
    (pages / "b-gazette.html").write_text(
        html.replace("Lirun Courier", "Valley Gazette")
        .replace("courier.example", "gazette.example")
        .replace("still searching", "searching"),  # another article, not the same text twice
        encoding="utf-8",
    )
    before = tree_digest(story)
    assert main(["ingest", str(pages), "--story", str(story)]) == 1
    err = capsys.readouterr().err
    assert f"{pages / 'b-gazette.html'}:1:1: outlet 'Valley Gazette' — expected" in err
    assert "a-courier.html" not in err  # the good page is not blamed
    assert tree_digest(story) == before
