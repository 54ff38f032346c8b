"""Packaging: environment.yml, the data dictionary and the import cost."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from importlib import metadata

import yaml
from packaging.requirements import Requirement

from makiivka import read_dataset
from makiivka.story import paths
from makiivka.text.quantities import VAGUE_RANGES

PYPROJECT = tomllib.loads((paths.ROOT_DIR / "pyproject.toml").read_text(encoding="utf-8"))


def test_environment_yml_names_only_python_pip_and_the_package():
    env = yaml.safe_load((paths.ROOT_DIR / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert sorted(re.split(r"[=<> ]", d)[0] for d in conda) == ["pip", "python"]
    assert "python=3.11" in conda
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert len(pip) == 1
    match = re.fullmatch(r'-e "?\.\[([a-z,]+)\]"?', pip[0])
    assert match, pip
    extras = set(match.group(1).split(","))
    assert extras <= set(PYPROJECT["project"]["optional-dependencies"])


def test_every_column_is_documented():
    descriptor = json.loads((paths.DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            assert len(field.get("description", "")) > 10, (resource["name"], field["name"])
        header = (paths.DATA_DIR / resource["path"]).read_text(encoding="utf-8").split("\n")[0]
        assert header.split(",") == [f["name"] for f in resource["schema"]["fields"]]


def test_vague_words_documented_as_parsed():
    documented = read_dataset().package.vague_ranges
    assert documented == {word: tuple(bounds) for word, bounds in VAGUE_RANGES.items()}


def test_import_does_not_load_charts_or_notebooks():
    code = "import sys, makiivka; print(sorted(m for m in sys.modules if m.split('.')[0] in {'altair', 'vl_convert', 'nbclient', 'nbformat', 'jupyter_client'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_story_templates_are_package_data():
    # `makiivka new` reads these from the installed package: a wheel without them
    # could not start a story. setuptools ships only the globs declared here.
    declared = PYPROJECT["tool"]["setuptools"]["package-data"]
    shipped = sorted(
        p.relative_to(paths.ROOT_DIR).as_posix()
        for p in paths.PACKAGE_DIR.rglob("templates/*")
        if p.is_file()
    )
    covered = sorted(
        p.relative_to(paths.ROOT_DIR).as_posix()
        for package, globs in declared.items()
        for pattern in globs
        if pattern.startswith("templates/")
        for p in (paths.ROOT_DIR / package.replace(".", "/")).glob(pattern)
    )
    assert covered == shipped
    assert "makiivka/story/templates/datapackage.json" in shipped
    assert len([s for s in shipped if s.endswith(".ipynb")]) == 5


def requirement_name(requirement: str) -> str:
    """Return a requirement's normalized project name: 'vl-convert-python>=1.7' -> 'vl-convert-python'."""
    return re.sub(r"[-_.]+", "-", re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]).lower()


def test_the_lock_pins_every_declared_dependency_with_hashes():
    # Fails when a dependency is added to pyproject.toml without `bash requirements/update-lock.sh`.
    lock = (paths.ROOT_DIR / "requirements" / "lock.txt").read_text(encoding="utf-8")
    pins = dict(
        re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(\S+)", lock, flags=re.M)
    )
    pinned = {requirement_name(name) for name in pins}
    extras = PYPROJECT["project"]["optional-dependencies"]
    declared = PYPROJECT["project"]["dependencies"] + extras["lab"] + extras["test"]
    assert {requirement_name(r) for r in declared} - pinned == set()
    assert "quantulum3" not in pinned  # the bench extra stays out of the lock
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.split("\n", 2)[2])
    assert all("--hash=sha256:" in entry for entry in entries), entries[:1]


def test_the_lock_pins_the_extras_its_packages_ask_for():
    # pip --require-hashes refuses "lxml[html_clean]" asked for by readability-lxml unless the
    # lock pins lxml with that extra; uv writes "lxml==…", so update-lock.sh adds the extras.
    lock = (paths.ROOT_DIR / "requirements" / "lock.txt").read_text(encoding="utf-8")
    pins = {
        requirement_name(name): set(re.findall(r"[\w.-]+", extras or ""))
        for name, extras in re.findall(
            r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?==", lock, flags=re.MULTILINE
        )
    }
    normal = {name: {requirement_name(e) for e in extras} for name, extras in pins.items()}
    missing = []
    for name in pins:
        try:
            asked_for = metadata.requires(name) or []
        except metadata.PackageNotFoundError:  # another platform's pin (appnope, pywin32)
            continue
        for asked in asked_for:
            requirement = Requirement(asked)
            applies = requirement.marker is None or requirement.marker.evaluate({"extra": ""})
            wanted = {requirement_name(e) for e in requirement.extras}
            dependency = requirement_name(requirement.name)
            if applies and wanted and dependency in normal and not wanted <= normal[dependency]:
                missing.append(f"{name} asks for {asked}")
    assert missing == []


def test_both_readme_commands_install_from_the_lock():
    readme = (paths.ROOT_DIR / "README.md").read_text(encoding="utf-8")
    ci = (paths.ROOT_DIR / ".ci" / "run").read_text(encoding="utf-8")
    install = "pip install --require-hashes -r requirements/lock.txt"
    assert f".venv/bin/{install} && .venv/bin/pip install --no-deps -e . &&" in readme
    assert f"-m {install.replace('pip install', 'pip install --quiet')}" in ci
    assert "pip install --quiet --no-deps -e ." in ci
