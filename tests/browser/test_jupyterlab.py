"""The notebooks in a real browser: JupyterLab on 127.0.0.1, driven by headless Chromium through Playwright.

Runs ``02_statement_frequency`` and ``06_explore`` with Run ▸ Run All Cells,
asserts that no cell printed an error or anything to stderr and that figures
and the explorer's chart rendered, then picks a speaker in the explorer and
asserts that its table changed. Screenshots go to the test's temporary folder
(printed with ``-s``). The test starts and stops its own server on a free port
with throw-away settings, workspace, runtime and cache folders, on a copy of the
notebooks and the bundled pages, and leaves nothing in the repository.

Needs Debian's ``chromium`` (``apt-get install chromium``; Playwright cannot
download its own browser here) and the ``playwright`` package. Without them the
test is skipped, unless ``ANALYSIS_BROWSER_TEST=required`` (as ``.ci/run`` sets),
which turns the skip into a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

pytestmark = pytest.mark.slow  # starts JupyterLab and a browser


ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("ANALYSIS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
#: The notebook on show (JupyterLab restores the workspace, so other notebooks may be open in hidden tabs).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
STDERR = f'{PANEL} .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'


def _unavailable(reason: str):
    if os.environ.get("ANALYSIS_BROWSER_TEST") == "required":
        pytest.fail(f"the browser test is required here, but {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(folder: Path) -> None:
    """Throw-away user settings: no news prompt, and every cell rendered (so outputs below the fold can be read)."""
    entries = {
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }
    for name, value in entries.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), encoding="utf-8")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server of its own on a copy of the notebooks; yields ``(base_url, folder)``."""
    if not CHROMIUM.is_file():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed (pip install playwright)")
    folder = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", folder / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(ROOT / "data", folder / "data", ignore=shutil.ignore_patterns("processed", "validation"))
    _settings(folder / "settings")
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),  # the kernel imports this checkout's package
        "ANALYSIS_CACHE_DIR": str(folder / "cache"),
        "JUPYTER_CONFIG_DIR": str(folder / "config"),
        "JUPYTER_RUNTIME_DIR": str(folder / "runtime"),
        "IPYTHONDIR": str(folder / "ipython"),
        "MPLCONFIGDIR": str(folder / "matplotlib"),
    }
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
        "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=", "--ServerApp.password=",
        f"--ServerApp.root_dir={folder}", f"--LabApp.user_settings_dir={folder / 'settings'}",
        f"--LabApp.workspaces_dir={folder / 'workspaces'}", "--ServerApp.port_retries=0",
    ]  # fmt: skip
    log = (folder / "server.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"JupyterLab did not start; its log:\n{(folder / 'server.log').read_text()}")
            time.sleep(0.5)
        yield base, folder
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _menu(page, menu: str, command: str) -> None:
    """Choose a command from a menu of JupyterLab's menu bar."""
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(f'.lm-Menu-item[data-command="{command}"]').click()


def _until(page, notebook: str, command: tuple[str, str], done: str, tries: int, wait_ms: int, shot: Path) -> None:
    """Give a menu command to the notebook until ``done`` (a JavaScript test) holds.

    The menu acts on the notebook only once it has the focus, and under load a
    command may reach it before its kernel: the tab is activated and the command
    given again, ``tries`` times at most (a screenshot is kept when it never holds).
    """
    for attempt in range(tries):
        page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text=notebook).first.click()  # activates it
        _menu(page, *command)
        try:
            page.wait_for_function(done, timeout=wait_ms)
            return
        except Exception:
            if attempt == tries - 1:
                page.screenshot(path=str(shot), full_page=True)
                raise


def _run_all(page, base: str, notebook: str, shots: Path) -> None:
    """Open a notebook, wait for its kernel, clear its outputs, run every cell from the Run menu, wait for the end."""
    page.goto(f"{base}/lab/tree/notebooks/{notebook}")
    page.wait_for_selector(f"{PANEL} .jp-Cell", timeout=60_000)
    indicator = f"{PANEL} .jp-Notebook-ExecutionIndicator"
    page.wait_for_selector(f'{indicator}[data-status="idle"]', timeout=60_000)
    no_outputs = f"() => document.querySelectorAll('{PANEL} .jp-OutputArea-output').length === 0"
    # the stored outputs go first, so what is read below is this run's
    _until(page, notebook, ("Edit", "editmenu:clear-all"), no_outputs, 5, 5_000, shots / f"{notebook}-not-cleared.png")
    started = f"""() => [...document.querySelectorAll('{PANEL} .jp-CodeCell .jp-InputPrompt')]
        .some(p => /\\[(\\d+|\\*)\\]/.test(p.textContent))"""
    _until(page, notebook, ("Run", "runmenu:run-all"), started, 3, 15_000, shots / f"{notebook}-not-started.png")
    try:
        page.wait_for_function(  # every code cell has an execution number (none waiting with [*] or empty)
            f"""() => {{
                const prompts = [...document.querySelectorAll('{PANEL} .jp-CodeCell .jp-InputPrompt')];
                return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            }}""",
            timeout=120_000,
        )
        page.wait_for_selector(f'{indicator}[data-status="idle"]', timeout=60_000)
    except Exception:
        page.screenshot(path=str(shots / f"{notebook}-timeout.png"), full_page=True)
        raise


def test_statement_frequency_runs_in_jupyterlab(lab, browser):
    base, folder = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _run_all(page, base, "02_statement_frequency.ipynb", folder)
    page.screenshot(path=str(folder / "02_statement_frequency.png"), full_page=True)
    print(f"\nscreenshots in {folder}")
    assert page.locator(STDERR).count() == 0, page.locator(STDERR).all_inner_texts()
    stored = nbformat.read(ROOT / "notebooks" / "02_statement_frequency.ipynb", as_version=4)
    figures = sum("image/png" in o.get("data", {}) for c in stored.cells for o in c.get("outputs", []))
    assert figures >= 2 and page.locator(f"{PANEL} .jp-RenderedImage img").count() == figures  # every figure rendered
    page.close()


def test_the_explorer_answers_a_speaker_choice_in_the_browser(lab, browser):
    base, folder = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _run_all(page, base, "06_explore.ipynb", folder)
    assert page.locator(STDERR).count() == 0, page.locator(STDERR).all_inner_texts()
    page.screenshot(path=str(folder / "06_explore_ran.png"), full_page=True)
    speaker = page.locator(f'{PANEL} input[placeholder="any speaker (name or alias)"]')
    speaker.wait_for(timeout=30_000)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)  # the hover chart rendered
    table = page.locator(".analysis-passages tr")
    before = table.count()
    page.screenshot(path=str(folder / "06_explore_before.png"), full_page=True)
    speaker.fill("Putin")
    speaker.press("Enter")
    page.wait_for_function(
        f"() => document.querySelectorAll('.analysis-passages tr').length !== {before}", timeout=30_000
    )
    after = table.count()
    page.screenshot(path=str(folder / "06_explore_after.png"), full_page=True)
    assert 1 < after < before  # a header and fewer statements than every speaker's
    message = page.locator(f"{PANEL} .widget-html").first.inner_text()
    assert "Vladimir Putin" in message and "from “Putin”" in message, message
    page.close()
