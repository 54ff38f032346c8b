"""Build everything a reader gets: run the notebooks, export charts, data and the report.

``makiivka build [--story DIR] [--out DIR]`` reads one snapshot of the story's data
under its write lock (an ingest landing meanwhile waits, or lands after the read
and is in the next build), executes every notebook in that story's own
``notebooks/`` (never another story's) on warm kernels that read the snapshot
while the charts and tidy data render in this process (each chart once: the
kernels get its PNG), and swaps the outputs folder and the executed notebooks in
together (:mod:`makiivka.publish.writeback`). A failure leaves the previous
outputs and notebooks as they were; a crash is finished or undone by the next build.

``--out`` (default: the story's ``outputs/``) must be a new path, an empty folder, or a folder
that an earlier build wrote (it holds a ``.makiivka-output`` marker): a build
replaces the whole folder, so it refuses anything else, and refuses the file
system root, the home folder, the project or story folder itself, and anything
inside or above the data, notebooks or package folders.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from makiivka.charts.layout import PHONE_WIDTH
from makiivka.publish import kernels, writeback
from makiivka.publish.display import RENDERING, VEGALITE_MIME, js_numbers
from makiivka.publish.export import (
    COMMAND_LINE,
    PNG_SCALE,
    chart_layouts,
    chart_specs,
    data_files,
    page_tables,
    render_charts,
    say,
)
from makiivka.publish.export import DEFAULT_FORMATS as CHART_FORMATS
from makiivka.publish.kernels import BuildError
from makiivka.publish.manifest import MANIFEST_NAME, manifest_bytes
from makiivka.publish.page import REPORT_THEME_STYLE, STACKED_TABLE_STYLE, chart_image
from makiivka.publish.tidy_files import DataFiles, start_data_files
from makiivka.story import load, paths, store
from makiivka.story.descriptor import story_title
from makiivka.story.problems import DataError, Problem, UsageError

MARKER = ".makiivka-output"
REPORT_NAME = "report.html"
NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
#: The report on a phone: images shrink to the screen, a wide table scrolls in its own box.
_REPORT_STYLE = (
    "body.jp-Notebook{padding:8px;max-width:60rem;margin:0 auto}"
    ".report-title h1{font-family:var(--jp-content-font-family);font-size:2rem;"
    "font-weight:600;line-height:1.2;margin:0.5em 0 0.25em;"
    "padding:0 0 0 calc(2 * var(--jp-cell-padding, 5px))}"
    ".jp-Cell{padding:0}.jp-OutputArea-output img{max-width:100%;height:auto}"
    ".jp-RenderedHTMLCommon{overflow-x:auto;max-width:100%}"
    ".jp-RenderedHTMLCommon table td:last-child{min-width:14em}"
    ".jp-OutputArea-child,.jp-OutputArea-output,.jp-Cell-outputWrapper{min-width:0;max-width:100%}"
)
_REPORT_TEMPLATE = (
    """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block body_header -%}
{{ super() }}
<header class="report-title"><h1>{{ nb.metadata.get('title', '') | escape_html }}</h1></header>
{%- endblock body_header -%}
{% block extra_css %}<style>"""
    + _REPORT_STYLE
    + STACKED_TABLE_STYLE
    + REPORT_THEME_STYLE
    + """</style>{% endblock extra_css %}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width="{{ width | escape_html }}"{%- endif %}
 alt="{{ ((output | get_metadata('alt', 'image/png')) or (cell | get_metadata('alt'))
 or '') | escape_html }}">
</div>
{%- endblock data_png %}
"""
)


def refuse(out: Path, expected: str) -> DataError:
    """Return the error for an --out folder that the build must not replace."""
    return UsageError([Problem(COMMAND_LINE, 1, 1, "out", str(out), expected)])


def check_out(
    out: str | os.PathLike[str] | None,
    data: str | os.PathLike[str] | None = None,
    notebooks: str | os.PathLike[str] | None = None,
) -> Path:
    """Return the resolved output folder, or raise DataError if replacing it could lose work.

    The default is the story's ``outputs/`` (the story holds the data folder).
    """
    folder = paths.data_dir(data).resolve()
    story = paths.story_of(folder)
    default = story / paths.OUTPUT_NAME
    target = Path(out).expanduser().resolve() if out else default
    guarded = [paths.ROOT_DIR, paths.DATA_DIR, paths.NOTEBOOKS_DIR, paths.PACKAGE_DIR]
    guarded += [paths.ROOT_DIR / ".git", story, folder, story / paths.NOTEBOOKS_NAME]
    guarded += [Path(notebooks)] if notebooks is not None else []
    guarded = [g.resolve() for g in guarded]
    if target == Path(target.anchor) or target == Path.home().resolve():
        raise refuse(target, "a project output folder, not a system or home folder")
    roots = {paths.ROOT_DIR.resolve(), story}
    for folder in guarded:
        inside = folder not in roots and target.is_relative_to(folder)
        if folder.is_relative_to(target) or inside:
            where = paths.display(folder)
            raise refuse(target, f"a folder that neither holds nor sits in {where}")
    if target.exists() and not target.is_dir():
        raise refuse(target, "a folder, not an existing file")
    for other in target.parents:  # another story's folders are its own: never replaced
        if other.resolve() == story or not paths.is_story(other):
            continue
        own = [other / name for name in (paths.OUTPUT_NAME, paths.DATA_NAME, paths.NOTEBOOKS_NAME)]
        if target.parent == other or any(target.is_relative_to(f) for f in own):
            where = paths.display(other)
            raise refuse(target, f"a folder that is not another story's ({where} is a story)")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise refuse(
            target, f"a new or empty folder, or one an earlier build wrote (it has {MARKER})"
        )
    return target


def notebook_paths(folder: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """Return the numbered notebooks in reading order, without the copies plain
    ``jupyter nbconvert --to notebook --execute`` writes beside them (``X.nbconvert.ipynb``)."""
    found = Path(folder).glob(NOTEBOOK_GLOB)
    return sorted(p for p in found if not p.name.endswith(".nbconvert.ipynb"))


def report_html(notebooks: Sequence, title: str, phone: dict[str, dict] | None = None) -> bytes:
    """Return the notebooks as one self-contained page for readers, titled *title*.

    The title is the page's first heading (its only h1: the notebooks' headings move one
    level down, :func:`demoted`).

    No code cells (their output only), no CDN scripts; each chart an SVG image
    (:func:`~makiivka.publish.page.chart_image`) whose alt text is the chart's description,
    as is any other PNG's (``metadata["image/png"]["alt"]``, which nbconvert's lab template
    ignores); on a phone images shrink to the screen and table rows become cards.
    *phone* maps a chart's spec (:func:`spec_key`) to its phone layout, which a
    narrow screen shows instead.
    """
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    merged = nbformat.v4.new_notebook(metadata=dict(notebooks[0].metadata) if notebooks else {})
    merged.metadata["title"] = title
    for number, notebook in enumerate(notebooks, 1):
        for cell in notebook.cells:
            copy = nbformat.from_dict(dict(cell))
            if copy.get("cell_type") == "markdown":
                copy["source"] = demoted(copy["source"])
            copy["id"] = f"n{number}-{cell.get('id', len(merged.cells))}"
            for output in copy.get("outputs", []):
                spec = output.get("data", {}).get(VEGALITE_MIME)
                if spec:  # an SVG image weighs a tenth of the 2x PNG and stays sharp
                    small = (phone or {}).get(spec_key(spec))
                    output["data"] = {"text/html": chart_image(spec, small)}
            merged.cells.append(copy)
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"makiivka_report.html.j2": _REPORT_TEMPLATE})],
        template_file="makiivka_report.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(merged)
    return body.encode("utf-8")


def demoted(markdown: str) -> str:
    r"""Move each Markdown heading one level down: the story's title is the report's only h1.

    >>> demoted("# What does each side claim?\n\nText.\n## A part")
    '## What does each side claim?\n\nText.\n### A part'
    >>> demoted("```\n# a comment\n```")
    '```\n# a comment\n```'
    """
    lines, fenced = [], False
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,5} ", line):
            line = "#" + line
        lines.append(line)
    return "\n".join(lines)


def spec_key(spec: dict) -> str:
    """Return a spec as canonical JSON, to find the same chart in a notebook's output.

    Numbers as a notebook holds them (:func:`~makiivka.publish.display.js_numbers`).
    """
    return json.dumps(js_numbers(spec), sort_keys=True, ensure_ascii=False)


def notebook_bytes(notebook) -> bytes:
    """Serialize a notebook as nbformat writes it, ending in a newline."""
    import nbformat

    text = nbformat.writes(notebook)
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


def _step(name: str) -> None:
    """Mark a step of the build; the tests make an ingest land at "snapshot taken"."""


def read_snapshot(data: Path, snapshot: Path) -> load.Dataset:
    """Validate and load the story's data, copying its files into *snapshot*, under its lock.

    Holding the write lock for the read means no ingest or review lands halfway:
    the dataset and the copy the kernels read are the same state of the story.
    """
    with store.hold_lock(data):
        dataset = load.read_dataset(data)
        kernels.copy_story_data(data, snapshot)
    _step("snapshot taken")
    return dataset


def render_outputs(
    dataset: load.Dataset,
    wide: dict[str, dict],
    narrow: dict[str, dict],
    png_cache: Path,
    progress=say,
    tidy: DataFiles | None = None,
) -> dict[str, bytes]:
    """Render every chart (handing each PNG to the kernels through *png_cache*) and the data.

    *wide* and *narrow* are the charts' specs at their own width and at phone width,
    built once per build and shared with the report. *tidy* waits for the tidy data
    files when they are made elsewhere (:mod:`makiivka.publish.tidy_files`).
    """
    from makiivka.publish.display import cache_png

    tables = page_tables(dataset)
    outputs = {}
    for slug, spec in wide.items():
        rendered = render_charts({slug: spec}, CHART_FORMATS, progress, narrow, tables)
        if f"{slug}.png" in rendered:
            cache_png(png_cache, spec, rendered[f"{slug}.png"], PNG_SCALE)
        outputs.update({f"charts/{name}": blob for name, blob in rendered.items()})
    (png_cache / RENDERING).unlink(missing_ok=True)  # every chart the kernels show is drawn
    from makiivka.charts import ledger_table
    from makiivka.publish.ledger_pages import ledger_pages

    pages = ledger_pages(ledger_table(dataset))
    outputs.update({f"charts/{name}": blob for name, blob in pages.items()})
    progress("makiivka build: writing tidy data")
    files = tidy.wait() if tidy is not None else data_files(dataset)
    outputs.update({f"data/{name}": blob for name, blob in files.items()})
    return outputs


def build(
    data: str | os.PathLike[str] | None = None,
    out: str | os.PathLike[str] | None = None,
    notebooks_dir: Path | None = None,
    write_notebooks: bool = True,
    kernel_count: int | None = None,
    progress=say,
) -> Path:
    """Validate, run the notebooks, export charts, data and report into *out*; return it.

    *data* is the story's data folder or the story folder; the notebooks default
    to that story's ``notebooks/`` and *out* to its ``outputs/``. Everything is
    built from one snapshot of the data taken under the story's lock, and the
    outputs and notebooks are swapped in together (:mod:`makiivka.publish.writeback`).
    """
    started = time.perf_counter()
    folder = paths.data_dir(data).resolve()
    story = paths.story_of(folder)
    if notebooks_dir is None:
        notebooks_dir = story / paths.NOTEBOOKS_NAME
    target = check_out(out, data, notebooks_dir)
    files = notebook_paths(notebooks_dir)
    progress(f"makiivka build: validating {paths.display(folder)}")
    with kernels.workspace() as work:
        dataset = read_snapshot(folder, work / "data")
        if dataset.claims.empty:
            progress("makiivka build: no claims yet; the charts and tables will be empty")
        count = kernel_count or kernels.kernel_count(len(files))
        progress(f"makiivka build: running {len(files)} notebooks on {count} kernels")
        env = kernels.kernel_env(story, work / "data", work / "png")
        executed: dict[str, list] = {}
        failure: list[BaseException] = []

        def run() -> None:
            try:
                executed["notebooks"] = kernels.execute_notebooks(files, env, work, count)
            except BaseException as error:  # re-raised in the main thread
                failure.append(error)

        (work / "png" / RENDERING).touch()  # the kernels wait for the charts drawn here
        tidy = start_data_files(dataset, work / "data", data_files)
        worker = threading.Thread(target=run, name="makiivka-notebooks")
        worker.start()
        try:
            progress("makiivka build: rendering charts")
            wide = chart_specs(dataset)
            narrow = chart_layouts(dataset)
            outputs = render_outputs(dataset, wide, narrow, work / "png", progress, tidy)
        finally:
            (work / "png" / RENDERING).unlink(missing_ok=True)
            worker.join()
            tidy.stop()  # done already, or a failed render: the worker is ended
    if failure:
        raise failure[0]
    notebooks = executed["notebooks"]
    progress("makiivka build: writing the report")
    phone = {spec_key(wide[slug]): narrow[slug][PHONE_WIDTH] for slug in wide}
    title = story_title(dataset.package) or "makiivka"
    outputs[REPORT_NAME] = report_html(notebooks, title, phone)
    run = {path.name: notebook_bytes(nb) for path, nb in zip(files, notebooks, strict=True)}
    outputs[MANIFEST_NAME] = manifest_bytes(outputs, run, dataset.history)
    outputs[MARKER] = b"Written by makiivka build; the next build replaces this folder.\n"
    changed = {}
    if write_notebooks:
        for path, notebook in zip(files, notebooks, strict=True):
            blob = notebook_bytes(notebook)
            if not path.exists() or path.read_bytes() != blob:
                changed[path] = blob
    write_back(folder, target, outputs, changed, files)
    elapsed = time.perf_counter() - started
    progress(
        f"makiivka build: wrote {len(outputs)} files to {paths.display(target)} in {elapsed:.1f} s"
    )
    return target


def write_back(
    data: Path, out: Path, outputs: dict[str, bytes], notebooks: dict[Path, bytes], every=()
) -> None:
    """Swap *outputs* (into *out*) and the changed *notebooks* in together, under the lock.

    *every* lists all the story's notebooks, whose leftover staging is removed.
    """
    story = paths.story_of(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    with store.hold_lock(data):
        writeback.recover(story, out, [*every, *notebooks])
        try:
            plan = writeback.stage(story, out, outputs, notebooks)
            writeback.commit(story, plan)
        except Exception:
            writeback.recover(story, out, [*every, *notebooks])
            raise


def quiet(message: str) -> None:
    """Report nothing: the progress of a ``--quiet`` run."""


def build_command(args: argparse.Namespace) -> int:
    """Run the build; a notebook that fails is reported with its error and exit code 1.

    First the notebooks' kernel and nbconvert settings are installed in this
    environment if missing (:func:`makiivka.publish.jupyter.install`).
    """
    from makiivka.publish import jupyter
    from makiivka.publish.progress import build_progress

    jupyter.install()
    try:
        with build_progress(getattr(args, "quiet", False)) as progress:
            build(args.data, args.out, progress=progress)
    except BuildError as error:
        say(f"makiivka build: {error}")
        say("makiivka build: failed; previous outputs and notebooks are unchanged")
        return 1
    return 0
