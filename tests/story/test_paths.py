"""Which story a command works on when none is named."""

from __future__ import annotations

from makiivka.story import paths


def make_story(folder):
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "datapackage.json").write_text("{}", encoding="utf-8")
    return folder


def test_inside_another_story_the_default_is_that_story(tmp_path, monkeypatch):
    story = make_story(tmp_path / "ferry")
    (story / "articles-to-read").mkdir()
    monkeypatch.delenv(paths.STORY_ENV, raising=False)
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.chdir(story / "articles-to-read")
    assert paths.story_dir() == story
    assert paths.data_dir() == story / "data"


def test_outside_any_story_the_default_is_the_repository(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.STORY_ENV, raising=False)
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert paths.story_dir() == paths.ROOT_DIR


def test_the_environment_beats_the_working_folder(tmp_path, monkeypatch):
    story = make_story(tmp_path / "ferry")
    other = make_story(tmp_path / "mine")
    monkeypatch.chdir(story)
    monkeypatch.setenv(paths.STORY_ENV, str(other))
    assert paths.story_dir() == other
