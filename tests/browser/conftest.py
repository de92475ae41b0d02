"""The browser suite's set-up: one JupyterLab server and one headless Chromium for the run.

Options (after ``python3 tasks.py browser``):

--chromium PATH        the Chromium or Chrome to drive (default: $CHROMIUM, else chromium,
                       chromium-browser, google-chrome on PATH)
--notebooks-root DIR   where chapters/, exercises/, solutions/ are (default: this checkout)
--browser-output DIR   screenshots and timings (default: tests/browser/output, emptied first)
--explorers-only       only the notebooks whose saved widget state holds an explorer
--headed               show the browser window
--repeats N            timed changes of each control (3)
--run-timeout SECONDS  how long run-all may take before the notebook counts as hanging (180)
"""

import json
import os
import shutil
import statistics
import time
from pathlib import Path

import pytest

import lab_driver

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "output"
INSTALL_HELP = (
    "The browser tests drive a system Chromium and install none. Install one:\n"
    "  Debian/Ubuntu: sudo apt-get install chromium   (Ubuntu: chromium-browser)\n"
    "  Fedora: sudo dnf install chromium;  Arch: sudo pacman -S chromium\n"
    "  macOS: brew install --cask chromium;  Windows: install Google Chrome\n"
    "then run again, or name it: python3 tasks.py browser --chromium /path/to/chrome")


def pytest_addoption(parser):
    group = parser.getgroup("nbcompanion browser")
    group.addoption("--chromium", default=None, help="path or name of Chromium/Chrome")
    group.addoption("--notebooks-root", default=str(REPO), help="folder with chapters/ etc.")
    group.addoption("--browser-output", default=str(DEFAULT_OUTPUT),
                    help="folder for screenshots and timings (emptied first)")
    group.addoption("--explorers-only", action="store_true",
                    help="only notebooks that hold an explorer")
    group.addoption("--headed", action="store_true", help="show the browser")
    group.addoption("--repeats", type=int, default=3,
                    help="timed changes of each control of each explorer")
    group.addoption("--run-timeout", type=float, default=180,
                    help="seconds a notebook's run-all may take before it counts as hanging")


def pytest_configure(config):
    config._nbc_results = {"notebooks": {}, "explorers": [], "started": time.time()}


def pytest_generate_tests(metafunc):
    if "notebook" not in metafunc.fixturenames:
        return
    root = Path(metafunc.config.getoption("--notebooks-root")).resolve()
    chosen = []
    for relative in lab_driver.notebooks(root):
        expected = lab_driver.stored_explorer_count(root / relative)
        if metafunc.config.getoption("--explorers-only") and not (
                expected or (expected is None and lab_driver.has_widget_outputs(root / relative))):
            continue
        chosen.append(pytest.param((relative, expected), id=relative.as_posix()))
    if not chosen:
        chosen = [pytest.param(None, id="no-notebooks",
                               marks=pytest.mark.skip(reason=f"no notebooks under {root}"))]
    metafunc.parametrize("notebook", chosen)


@pytest.fixture(scope="session")
def output_dir(pytestconfig):
    folder = Path(pytestconfig.getoption("--browser-output")).resolve()
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "screenshots").mkdir(parents=True)
    pytestconfig._nbc_output = folder
    return folder


@pytest.fixture(scope="session")
def lab_server(pytestconfig, output_dir):
    root = Path(pytestconfig.getoption("--notebooks-root")).resolve()
    server = lab_driver.LabServer(root, output_dir / "jupyterlab.log")
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def chromium_browser(pytestconfig):
    """One Chromium for the whole session: Playwright's sync API allows one running instance,
    so the notebook tests and the site tests share it."""
    from playwright.sync_api import sync_playwright

    chromium = lab_driver.find_chromium(pytestconfig.getoption("--chromium"))
    if chromium is None:
        pytest.exit("No Chromium found.\n" + INSTALL_HELP, returncode=4)
    args = list(lab_driver.CHROMIUM_FLAGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=args,
            headless=not pytestconfig.getoption("--headed"))
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def lab(chromium_browser, request):
    lab_server = request.getfixturevalue("lab_server")
    page = chromium_browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        driver = lab_driver.NotebookPage(page, lab_server)
        driver.load()
        yield driver
    finally:
        page.close()


@pytest.fixture
def run_timeout(pytestconfig):
    return pytestconfig.getoption("--run-timeout")


@pytest.fixture
def repeats(pytestconfig):
    return max(1, pytestconfig.getoption("--repeats"))


@pytest.fixture
def results(pytestconfig):
    return pytestconfig._nbc_results


def _write_results(config):
    folder = getattr(config, "_nbc_output", None)
    if folder is None:
        return None
    results = config._nbc_results
    results["finished"] = time.time()
    path = folder / "timings.json"
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    path = _write_results(config)
    if path is None:
        return
    results = config._nbc_results
    write = terminalreporter.write_line
    terminalreporter.section("nbcompanion in the browser")
    runs = [entry["run_seconds"] for entry in results["notebooks"].values()
            if entry.get("run_seconds") is not None]
    if runs:
        write(f"notebooks run: {len(runs)}, run-all median {statistics.median(runs):.1f} s,"
              f" slowest {max(runs):.1f} s")
    times = [t for explorer in results["explorers"] for control in explorer["controls"]
             for t in control["visible_ms"]]
    if times:
        write(f"explorers: {len(results['explorers'])}, control changes: {len(times)},"
              f" visible change median {statistics.median(times):.0f} ms,"
              f" slowest {max(times):.0f} ms")
        for explorer in results["explorers"]:
            median = explorer.get("visible_median_ms")
            if median is not None and median >= 150:
                write(f"  over the 150 ms target: {explorer['notebook']} explorer"
                      f" {explorer['index']}: median {median:.0f} ms")
    write(f"timings: {path}")
    write(f"screenshots: {path.parent / 'screenshots'}")
