"""Property-based fuzzing: the descriptor's shape, CSV cells and journal files never crash.

Each target runs 5,000 generated inputs (``derandomize``: the same ones on every run, so
CI is repeatable) in memory: the descriptor through the loader with its bytes overlaid
(:func:`makiivka.story.files.overlay`), cells through every cell reader and the record
scanner, journals through the parsers that decide what a recovery follows. The only
outcome allowed besides success is a :class:`DataError` whose problems are well formed;
nothing is written (the story folder's bytes are compared at the end). Article text is
fuzzed in tests/text/test_fuzz_text.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from makiivka.publish import writeback
from makiivka.story import claim_checks, files, load, store
from makiivka.story.checks import _good_values, _parse_timestamp
from makiivka.story.create import StorySpec, story_descriptor, story_files
from makiivka.story.problems import DataError, Problem
from makiivka.story.records import decode_text, scan_records
from makiivka.story.schema import parse_descriptor
from makiivka.text.characters import MAX_FIGURE, describe_bidi, number_problems
from tests.conftest import tree_digest

#: Inputs per target, drawn as EXAMPLES lists of BATCH: Hypothesis spends ~1 ms of its own on
#: each example, so ten inputs an example keep the 5,000 within a few seconds.
INPUTS, BATCH = 5_000, 10
EXAMPLES = INPUTS // BATCH
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written: no example database
    derandomize=True,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
SPEC = StorySpec(
    title="T", event="E", noun="blast", occurred_at="2024-01-01T00:00+00:00",
    timezone="UTC", places=("Kessa",), parties=(("a", "A"), ("b", "B")), compare=None,
)  # fmt: skip


def _slim(descriptor: dict) -> dict:
    """The descriptor without its prose: the parts the loader reads, small and fast to fuzz."""
    for resource in descriptor["resources"]:
        resource.pop("description", None)
        for spec in resource["schema"]["fields"]:
            spec.pop("description", None)
    descriptor["conventions"] = {"vague_ranges": {"dozens": [24, 99]}}
    return {k: v for k, v in descriptor.items() if not k.endswith("description")}


BASE = _slim(story_descriptor(SPEC))
BASE_TEXT = json.dumps(BASE)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


PATHS = [p for p in _paths(BASE) if p]
#: Values of every JSON type, the kinds that broke the loader among them (flat: Hypothesis
#: draws a recursive strategy ten times slower, and one level of nesting finds the same).
SCALAR = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            False,
            0,
            -1,
            2**64,
            1.5,
            float("nan"),
            "",
            "../x.csv",
            "([",
            "/etc/passwd",
            "killed",
            "\u202e",
            "integer",
            "string",
        ]
    ),
    st.integers(),
    st.text(max_size=4),
)
JSON = st.one_of(
    SCALAR, st.lists(SCALAR, max_size=3), st.dictionaries(st.text(max_size=4), SCALAR, max_size=2)
)


@st.composite
def descriptors(draw) -> bytes:
    """A descriptor with one or two parts replaced, deleted or added; or its text cut up."""
    if draw(st.integers(0, 9)) == 0:  # the text itself: cut, with bytes inserted
        cut = draw(st.integers(0, len(BASE_TEXT)))
        noise = draw(st.binary(max_size=6))
        return BASE_TEXT[:cut].encode() + noise + BASE_TEXT[cut + len(noise) :].encode()
    descriptor = json.loads(BASE_TEXT)
    for _ in range(draw(st.integers(1, 2))):
        path = draw(st.sampled_from(PATHS))
        parent = descriptor
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "delete" and isinstance(parent, (dict, list)):
                del parent[path[-1]]
            elif action == "add" and isinstance(parent, dict):
                parent[draw(st.text(max_size=5))] = draw(JSON)
            else:
                parent[path[-1]] = draw(JSON)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the path
    return json.dumps(descriptor).encode("utf-8")


def _check(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem.path, str) and problem.line >= 1 and problem.column >= 1
        assert isinstance(problem.value, str) and problem.expected
        str(problem)


def test_fuzz_the_descriptor_s_shape(tmp_path_factory):
    story = tmp_path_factory.mktemp("fuzz") / "story"
    store.create_tree(story, story_files(story_descriptor(SPEC)))
    data = story / "data"
    before = tree_digest(story)
    seen = []

    @FUZZ
    @given(st.lists(descriptors(), min_size=BATCH, max_size=BATCH))
    def run(blobs: list[bytes]) -> None:
        for blob in blobs:
            seen.append(blob)
            with files.overlay({data / "datapackage.json": blob}):
                try:
                    package = load.read_package(data)
                except DataError as error:
                    _check(error.problems)
                    continue
            assert set(package.resources) >= {"articles", "claims", "reviewed"}

    run()
    assert len(seen) >= INPUTS
    assert tree_digest(story) == before


CLAIMS = parse_descriptor(BASE).resources["claims"]
FIELDS = {spec.name: spec for spec in CLAIMS.fields}
CELL = st.one_of(
    st.text(max_size=24),
    st.from_regex(r"-?[0-9０-９٠-٩]{1,25}", fullmatch=True),
    st.from_regex(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}))?)?)?", fullmatch=True),
    st.sampled_from(["at least 89", "about ٤٠٠", "6\u033600", "nine hundred quintillion",
                     "dozens", "more than 60", "m\u043ere than 6", "1e309", "NaN", "-0"]),
)  # fmt: skip


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if re.search(r'[",\n\r]', text) else text


def test_fuzz_csv_cells():
    """Every reader a claims cell meets: its type's check, the figure's and the record scan."""
    seen = []

    @FUZZ
    @given(
        st.lists(st.tuples(CELL, st.sampled_from(CLAIMS.columns)), min_size=BATCH, max_size=BATCH)
    )
    def run(cells: list[tuple[str, str]]) -> None:
        column = pd.Series([cell for cell, _ in cells], dtype=object)
        for spec in (FIELDS["value"], FIELDS["metric"], FIELDS["stated_at"], FIELDS["claim_id"]):
            ok = _good_values(spec, column)  # as check_cells calls it: a column at once
            assert ok.dtype == bool and len(ok) == len(cells)
            if spec.type == "integer":
                assert all(c.isascii() and 0 <= int(c) <= MAX_FIGURE for c in column[ok])
        for cell, name in cells:
            seen.append(cell)
            _read_cell(cell, name)

    run()
    assert len(seen) >= INPUTS


def _read_cell(cell: str, column: str) -> None:
    stamp, level = _parse_timestamp(cell)
    assert (stamp is pd.NaT) == (level == -1)
    reading = claim_checks._reading(cell)
    assert reading is None or isinstance(reading, (str, tuple))
    if isinstance(reading, tuple):
        assert all(p == "" or int(p) <= MAX_FIGURE for p in reading[:3])
    number_problems(cell), describe_bidi(cell)
    row = [_csv_cell(cell) if c == column else "x" for c in CLAIMS.columns]
    blob = (",".join(CLAIMS.columns) + "\n" + ",".join(row) + "\n").encode("utf-8", "surrogatepass")
    text, problems = decode_text(blob, "claims.csv")
    _check(problems)
    if not problems:
        starts, problems = scan_records(blob, text, CLAIMS, "claims.csv")
        _check(problems)
        assert problems or starts == [1, 2]


PLAN = st.fixed_dictionaries({
    "pid": st.integers(),
    "swaps": st.lists(st.fixed_dictionaries({
        "staged": st.sampled_from(["/s/.outputs.building-1-a", "/s/../x", "/s/outputs", "x"]),
        "target": st.sampled_from(["/s/outputs", "/s/notebooks", "/etc", "/s/x"]),
        "old": st.sampled_from(["/s/.outputs.old-1-b", "/s/.notebooks.old-1", "/tmp/y"]),
        "inode": st.one_of(st.lists(st.integers(), max_size=3), JSON),
    }), max_size=3),
})  # fmt: skip
JOURNAL = st.one_of(
    st.binary(max_size=40),
    JSON.map(lambda v: json.dumps(v).encode()),
    PLAN.map(lambda v: json.dumps(v).encode()),
    st.lists(st.lists(st.one_of(st.text(max_size=12), st.integers(), st.sampled_from(
        ["0000", "0001", "claims.csv", "../x", "/etc/passwd", ".makiivka-journal.json",
         "articles/a.txt", "", ".", "a\\b"])), max_size=3), max_size=4).map(
        lambda v: json.dumps(v).encode()),
)  # fmt: skip


def test_fuzz_journal_files():
    """What a recovery would follow in any journal: only story files, only its own staging."""
    seen = []

    @FUZZ
    @given(st.lists(JOURNAL, min_size=BATCH, max_size=BATCH))
    def run(blobs: list[bytes]) -> None:
        for blob in blobs:
            seen.append(blob)
            _follow(blob)

    run()
    assert len(seen) >= INPUTS


def _follow(blob: bytes) -> None:
    try:
        parsed = json.loads(blob)
    except (ValueError, RecursionError):
        parsed = None
    for name, relative in store.plan_entries(parsed):
        assert re.fullmatch(r"[0-9]{4}", name)
        assert not Path(relative).is_absolute() and ".." not in Path(relative).parts
        assert not relative.startswith(".makiivka")
    targets = [Path("/s/outputs"), Path("/s/notebooks")]
    if writeback._plan_is_ours(parsed, targets):
        for swap in parsed["swaps"]:
            assert Path(swap["target"]) in targets
            assert Path(swap["staged"]).parent == Path(swap["old"]).parent == Path("/s")
