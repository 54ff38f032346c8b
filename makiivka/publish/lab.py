"""Open JupyterLab on the notebooks, without the news pop-up.

JupyterLab is the ``lab`` extra (``pip install -e ".[lab]"``). Its news and
update checks are turned off for this environment by a settings override in
``{sys.prefix}/share/jupyter/lab/settings/overrides.json``, written only when
that file does not already set them. The notebooks' kernel and nbconvert's
settings are installed first (:func:`makiivka.publish.jupyter.install`), and
JupyterLab and its kernels get the environment's ``bin/`` first on ``PATH``,
so ``!makiivka …`` in a cell works without activating the environment.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

from makiivka.publish import jupyter
from makiivka.publish.kernel import with_bin_on_path
from makiivka.story import paths
from makiivka.story.store import write_atomic

NOTIFICATION_PLUGIN = "@jupyterlab/apputils-extension:notification"
QUIET_NEWS = {"fetchNews": "false", "checkForUpdates": False}


def overrides_path(prefix: str | os.PathLike[str] = sys.prefix) -> Path:
    """Return where JupyterLab reads this environment's settings overrides."""
    return Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def quiet_news(prefix: str | os.PathLike[str] = sys.prefix) -> bool:
    """Turn off JupyterLab's news pop-up unless overrides already configure it; say if written."""
    path = overrides_path(prefix)
    settings = {}
    if path.exists():
        settings = json.loads(path.read_text(encoding="utf-8") or "{}")
        if NOTIFICATION_PLUGIN in settings:
            return False
    settings[NOTIFICATION_PLUGIN] = dict(QUIET_NEWS)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (json.dumps(settings, indent=2) + "\n").encode("utf-8"))
    return True


def has_display() -> bool:
    """Tell whether a browser could open a window here."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def lab_arguments(port: int, browser: bool, notebooks: Path = paths.NOTEBOOKS_DIR) -> list[str]:
    """Return the command line that starts JupyterLab on a story's notebooks folder."""
    command = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={notebooks}"]
    command.append(f"--ServerApp.port={port}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root
    return command if browser else [*command, "--no-browser"]


def lab_environment(data: Path, story: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """Return JupyterLab's environment (its kernels inherit it): the story, and bin/ on PATH."""
    env = with_bin_on_path(dict(os.environ if env is None else env))
    env[paths.DATA_ENV], env[paths.STORY_ENV] = str(data), str(story)
    return env


def lab_command(args: argparse.Namespace) -> int:
    """Quiet the news pop-up and replace this process with JupyterLab on notebooks/.

    JupyterLab opens a browser where one can open a window, unless ``--no-browser``.
    """
    if importlib.util.find_spec("jupyterlab") is None:
        print(
            "makiivka lab: JupyterLab is not installed; install the lab extra: "
            'pip install -e ".[lab]"',
            file=sys.stderr,
        )
        return 1
    if quiet_news():
        print(f"makiivka lab: wrote {overrides_path()}", file=sys.stderr)
    for path in jupyter.install():
        print(f"makiivka lab: wrote {path}", file=sys.stderr)
    data = paths.data_dir(getattr(args, "data", None)).resolve()
    story = paths.story_of(data)
    env = lab_environment(data, story)
    notebooks = story / paths.NOTEBOOKS_NAME
    browser = has_display() and not getattr(args, "no_browser", False)
    command = lab_arguments(getattr(args, "port", 8888), browser, notebooks)
    os.execve(command[0], command, env)
    return 0  # pragma: no cover - execve does not return
