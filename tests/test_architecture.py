"""The rooms: imports flow one way, no circle, modules stay small, the README example runs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "makiivka"

#: room -> the rooms its modules may import (the README's Architecture table).
MAY_IMPORT = {
    "text": {"text"},
    "story": {"text", "story"},
    "extract": {"text", "story", "extract"},
    "analysis": {"text", "story", "analysis"},
    "charts": {"text", "story", "analysis", "charts"},
    "publish": {"text", "story", "extract", "analysis", "charts", "publish"},
    "desk": {"text", "story", "extract", "analysis", "desk"},
    "cli": {"story"},
    "__init__": {"story", "analysis"},
}
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room(name: str) -> str:
    parts = name.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def imports(path: Path, top_level_only: bool = False) -> set[str]:
    """Return the makiivka modules *path* imports (module level only, if asked)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("makiivka"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(
                    candidate
                    if (PACKAGE.parent / candidate.replace(".", "/")).exists()
                    or (PACKAGE.parent / (candidate.replace(".", "/") + ".py")).exists()
                    else node.module
                )
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("makiivka")}
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_flow_one_way(path):
    here = room(module_name(path))
    wrong = {m for m in imports(path) if room(m) not in MAY_IMPORT[here] | {"__init__"}}
    if here != "__init__":
        wrong |= {m for m in imports(path) if m == "makiivka" and here in {"text", "story"}}
    assert not wrong, f"{here} may not import {sorted(wrong)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_stay_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


def test_no_import_circle():
    # Lazy imports count: a function-level import back into a module that imports
    # this one is still a circle (manifest's verify once imported build, which
    # imports manifest).
    graph = {module_name(p): imports(p) for p in MODULES}
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        assert name not in trail, " → ".join((*trail[trail.index(name) :], name))
        if name in done:
            return
        for target in graph.get(name, ()):
            if target in graph and target != name:
                visit(target, (*trail, name))
        done.add(name)

    for name in graph:
        visit(name, ())


def test_every_room_is_a_package_with_a_docstring():
    for name in ("text", "story", "extract", "charts", "publish", "desk"):
        init = PACKAGE / name / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), name


def test_readme_library_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using the library", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["claims"]["claim_id"].is_unique
    assert namespace["claims"]["value"].dtype == "Int64"
