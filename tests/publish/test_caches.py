"""Each chart's PNG is rendered once per build; the offline HTML bundle once per version."""

from __future__ import annotations

import pytest

from makiivka.publish import cache, display, export
from makiivka.publish.fonts import bundled_vl_convert
from makiivka.publish.png import with_density
from makiivka.story import load


@pytest.fixture(scope="module")
def specs() -> dict[str, dict]:
    return export.chart_specs(load.read_dataset())


@pytest.mark.parametrize("slug", ["claims", "gap", "revision", "outlets"])
def test_the_builds_png_is_the_one_a_notebook_would_render(specs, slug):
    built = export.render_charts({slug: specs[slug]}, ["png"])[f"{slug}.png"]
    assert export.PNG_SCALE == display.NOTEBOOK_PNG_SCALE
    drawn = bundled_vl_convert().vegalite_to_png(specs[slug], scale=display.NOTEBOOK_PNG_SCALE)
    assert built == display.notebook_png(specs[slug]) == with_density(drawn, export.PNG_SCALE)


def test_a_notebook_takes_the_builds_png_for_that_spec_only(specs, tmp_path, monkeypatch):
    spec = specs["gap"]
    display.cache_png(tmp_path, spec, b"rendered by the build", display.NOTEBOOK_PNG_SCALE)
    monkeypatch.setenv(display.PNG_CACHE_ENV, str(tmp_path))
    assert display.notebook_png(spec) == b"rendered by the build"
    other = dict(spec, description="another chart")
    assert display.notebook_png(other).startswith(b"\x89PNG\r\n")
    monkeypatch.delenv(display.PNG_CACHE_ENV)
    assert display.notebook_png(spec).startswith(b"\x89PNG\r\n")


def test_cached_text_is_made_once_and_survives_an_unwritable_folder(tmp_path, monkeypatch):
    made = []

    def make() -> str:
        made.append(1)
        return "bundle ü\n"

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    assert cache.cached_text("v1.html", make) == "bundle ü\n"
    assert cache.cached_text("v1.html", make) == "bundle ü\n"
    assert made == [1] and (tmp_path / "cache" / "v1.html").read_text() == "bundle ü\n"
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "file" / "cache"))
    assert cache.cached_text("v1.html", make) == "bundle ü\n" and made == [1, 1]


def test_while_the_build_renders_a_notebook_waits_for_its_png(specs, tmp_path, monkeypatch):
    import threading

    spec = specs["gap"]
    (tmp_path / display.RENDERING).touch()
    monkeypatch.setenv(display.PNG_CACHE_ENV, str(tmp_path))

    def build_draws_it() -> None:
        display.cache_png(tmp_path, spec, b"drawn a moment later", display.NOTEBOOK_PNG_SCALE)

    later = threading.Timer(0.3, build_draws_it)
    later.start()
    assert display.notebook_png(spec) == b"drawn a moment later"
    later.join()
    # the build is done drawing and never drew this one: the notebook draws it itself
    (tmp_path / display.RENDERING).unlink()
    other = dict(spec, description="another chart")
    assert display.notebook_png(other).startswith(b"\x89PNG\r\n")


def test_a_story_read_twice_unchanged_is_read_once(data_copy, monkeypatch):
    from makiivka.publish import notebook

    monkeypatch.setenv("MAKIIVKA_DATA", str(data_copy))
    name = notebook._data_name(data_copy)
    first = notebook.read_story(name)
    assert notebook.read_story(name) is first
    claims = data_copy / "claims.csv"
    claims.write_bytes(claims.read_bytes())  # rewritten (same bytes): read again
    again = notebook.read_story(name)
    assert again is not first and again.claims.equals(first.claims)


def test_a_large_storys_data_files_from_the_worker_are_the_builds(data_copy, monkeypatch):
    from makiivka.publish import tidy_files

    dataset = load.read_dataset(data_copy)
    monkeypatch.setattr(tidy_files, "WORKER_CLAIMS", 1)
    made = tidy_files.start_data_files(dataset, data_copy, export.data_files)
    assert made.wait() == export.data_files(dataset)


def test_a_worker_that_fails_says_why(data_copy, monkeypatch):
    from makiivka.publish import tidy_files
    from makiivka.publish.kernels import BuildError

    dataset = load.read_dataset(data_copy)
    monkeypatch.setattr(tidy_files, "WORKER_CLAIMS", 1)
    (data_copy / "claims.csv").write_text("claim_id\nnot a ledger\n", encoding="utf-8")
    made = tidy_files.start_data_files(dataset, data_copy, export.data_files)
    with pytest.raises(BuildError, match=r"writing the tidy data failed \(exit 1\): .*claims"):
        made.wait()
