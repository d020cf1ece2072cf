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

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("ANALYSIS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
STDERR = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'


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
    shutil.copytree(ROOT / "data" / "raw", folder / "data" / "raw")
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


def _run_all(page, base: str, notebook: str) -> None:
    """Open a notebook, wait for its kernel, run every cell from the Run menu and wait until the kernel is idle."""
    page.goto(f"{base}/lab/tree/notebooks/{notebook}")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
    indicator = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator"
    page.wait_for_selector(f'{indicator}[data-status="idle"]', timeout=60_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="notebook:run-all-cells"]').click()
    page.wait_for_function(  # every code cell has an execution number (none waiting with [*] or empty)
        """() => {
            const panel = '.jp-NotebookPanel:not(.lm-mod-hidden)';
            const prompts = [...document.querySelectorAll(panel + ' .jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=120_000,
    )
    page.wait_for_selector(f'{indicator}[data-status="idle"]', timeout=60_000)


def test_statement_frequency_runs_in_jupyterlab(lab, browser):
    base, folder = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _run_all(page, base, "02_statement_frequency.ipynb")
    page.screenshot(path=str(folder / "02_statement_frequency.png"), full_page=True)
    print(f"\nscreenshots in {folder}")
    assert page.locator(STDERR).count() == 0, page.locator(STDERR).all_inner_texts()
    assert page.locator(".jp-RenderedImage img").count() >= 3  # the figures
    page.close()


def test_the_explorer_answers_a_speaker_choice_in_the_browser(lab, browser):
    base, folder = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _run_all(page, base, "06_explore.ipynb")
    assert page.locator(STDERR).count() == 0, page.locator(STDERR).all_inner_texts()
    page.wait_for_selector(".widget-combobox input", timeout=30_000)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)  # the hover chart rendered
    table = page.locator(".analysis-passages tr")
    before = table.count()
    page.screenshot(path=str(folder / "06_explore_before.png"), full_page=True)
    speaker = page.locator(".widget-combobox input").first
    speaker.fill("Putin")
    speaker.press("Enter")
    page.wait_for_function(
        f"() => document.querySelectorAll('.analysis-passages tr').length !== {before}", timeout=30_000
    )
    after = table.count()
    page.screenshot(path=str(folder / "06_explore_after.png"), full_page=True)
    assert 1 < after < before  # a header and fewer statements than every speaker's
    assert "Vladimir Putin" in page.locator(".widget-html").first.inner_text() or "Vladimir Putin" in page.content()
    page.close()
