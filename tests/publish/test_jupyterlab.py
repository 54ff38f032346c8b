"""Opening a committed notebook in JupyterLab and saving it changes nothing; kernels find makiivka.

JupyterLab runs from the environment on a free port with a token, on a copy of the
story (data and notebooks), as ``makiivka lab`` starts it; headless Chromium opens
each notebook, waits for its kernel, checks the tab is not marked modified, saves
with Ctrl+S without running anything, and the file must be byte for byte the
committed one (and so the manifest's, which ``makiivka verify`` checks).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from makiivka.publish import jupyter, lab
from makiivka.publish.kernel import environment_bin
from makiivka.story import paths

CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
TOKEN = "makiivka-test-token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """Yield (base URL, notebooks folder) of JupyterLab serving a copy of the shipped story."""
    story = tmp_path_factory.mktemp("story")
    shutil.copytree(paths.DATA_DIR, story / "data")
    shutil.copytree(paths.NOTEBOOKS_DIR, story / "notebooks", ignore=shutil.ignore_patterns(".*"))
    jupyter.install()
    port = free_port()
    command = lab.lab_arguments(port, browser=False, notebooks=story / "notebooks")
    command += [f"--IdentityProvider.token={TOKEN}", "--ServerApp.ip=127.0.0.1"]
    env = lab.lab_environment(story / "data", story, {"PATH": "/usr/bin:/bin"})
    env["HOME"] = str(tmp_path_factory.mktemp("home"))  # no settings or workspaces of ours
    env["JUPYTER_CONFIG_DIR"] = str(tmp_path_factory.mktemp("config"))
    log = (story / "lab.log").open("w")
    server = subprocess.Popen(command, env=env, cwd=story, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start: " + (story / "lab.log").read_text())
        yield base, story / "notebooks"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def wait_for_save(page, path: Path) -> bytes:
    """Return the notebook's bytes once JupyterLab has saved it and finished writing.

    The server writes in place (keeping a ``.~name`` backup until done), so the
    file is read when it is newer than before, the backup is gone and two reads agree.
    """
    backup = path.with_name(f".~{path.name}")
    last = None
    for _ in range(150):
        if path.stat().st_mtime > 1_000_000_000 and not backup.exists():
            blob = path.read_bytes()
            if blob == last:
                return blob
            last = blob
        page.wait_for_timeout(100)
    raise AssertionError(f"{path.name} was not saved")


def test_opening_and_saving_each_notebook_in_jupyterlab_changes_no_byte(jupyterlab):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    base, folder = jupyterlab
    manifest = json.loads((paths.OUTPUT_DIR / "manifest.json").read_text(encoding="utf-8"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            for committed in NOTEBOOKS:
                path = folder / committed.name
                os.utime(path, (1_000_000_000, 1_000_000_000))
                page = browser.new_page()
                page.goto(f"{base}/lab/tree/{committed.name}?reset&token={TOKEN}")
                idle = ".jp-Notebook-ExecutionIndicator[data-status='idle']"
                page.wait_for_selector(idle, timeout=90_000)
                page.wait_for_timeout(1500)  # kernel info and metadata updates land
                tab = page.locator("li.lm-TabBar-tab[data-type=document-title].jp-mod-current")
                assert "jp-mod-dirty" not in (tab.get_attribute("class") or ""), committed.name
                page.locator(".jp-NotebookPanel:visible .jp-Notebook").click()
                page.keyboard.press("Control+s")
                saved = wait_for_save(page, path)
                page.close()
                assert saved == committed.read_bytes(), f"JupyterLab rewrote {committed.name}"
                digest = hashlib.sha256(saved).hexdigest()
                assert manifest["notebooks"][committed.name] == digest
        finally:
            browser.close()


def test_lab_puts_the_environments_bin_first_on_path():
    env = lab.lab_environment(Path("d"), Path("s"), {"PATH": f"/usr/bin:{environment_bin()}"})
    assert env["PATH"].split(os.pathsep) == [str(environment_bin()), "/usr/bin"]
    assert env[paths.DATA_ENV] == "d" and env[paths.STORY_ENV] == "s"


def test_a_cell_of_a_lab_kernel_finds_the_makiivka_command(tmp_path):
    # The kernel's environment as a server started without activating the venv gives it.
    from jupyter_client.manager import start_new_kernel

    jupyter.install()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    manager, client = start_new_kernel(kernel_name=jupyter.KERNEL_NAME, env=env, cwd=tmp_path)
    try:
        found = []
        client.execute_interactive(
            "import shutil, sys; print(shutil.which('makiivka'), sys.version_info[:2])",
            output_hook=lambda m: found.append(m["content"].get("text", "")),
        )
        info = client.kernel_info(reply=True)["content"]["language_info"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    assert "".join(found).split()[0] == str(environment_bin() / "makiivka")
    assert info["version"] == f"{sys.version_info.major}.{sys.version_info.minor}"


def test_installing_twice_writes_once_and_keeps_other_settings(tmp_path):
    config = tmp_path / "etc" / "jupyter" / "jupyter_nbconvert_config.json"
    config.parent.mkdir(parents=True)
    config.write_text('{"HTMLExporter": {"preprocessors": ["mine.Pre"]}, "Other": {"x": 1}}')
    written = jupyter.install(tmp_path)
    assert config in written and len(written) == 3
    assert json.loads(config.read_text()) == {
        "HTMLExporter": {"preprocessors": ["mine.Pre", jupyter.PREPROCESSOR]},
        "Other": {"x": 1},
        "KernelManager": {"transport_encryption": "auto"},
    }
    assert jupyter.install(tmp_path) == []
    spec = json.loads((tmp_path / "share/jupyter/kernels/makiivka/kernel.json").read_text())
    assert spec["argv"][:3] == ["python", "-m", "makiivka.publish.kernel"]


@pytest.mark.parametrize(("mine", "kept"), [("disabled", "disabled"), ("required", "required")])
def test_a_kernel_encryption_set_by_hand_is_kept_and_the_spec_supports_curve(tmp_path, mine, kept):
    config = tmp_path / "etc" / "jupyter" / "jupyter_server_config.json"
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({"KernelManager": {"transport_encryption": mine}}))
    jupyter.install(tmp_path)
    assert json.loads(config.read_text())["KernelManager"] == {"transport_encryption": kept}
    spec = json.loads((tmp_path / "share/jupyter/kernels/makiivka/kernel.json").read_text())
    assert spec["metadata"]["supported_encryption"] == ["curve"]
