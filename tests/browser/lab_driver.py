"""Drive JupyterLab in headless Chromium: start a server, open a notebook, run it, move widgets.

Nothing here is installed on the fly: Chromium is the system's (Debian's ``chromium``
package, or any Chromium/Chrome named by ``--chromium`` or ``$CHROMIUM``), Python playwright
drives it through ``executable_path``, and JupyterLab is the one in ``.venv``. The server runs
on a free loopback port over a temporary copy of the notebooks (outputs stripped, so what the
screenshots show is what this run computed) and is stopped by its process id.

The page talks to JupyterLab through ``window.jupyterapp`` (``--LabApp.expose_app_in_browser``)
and to the widgets through their DOM: an explorer is a ``.widget-vbox`` whose first child is
the ``.widget-hbox`` of controls and whose second child is the ``img.widget-image``.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import nbformat

KINDS = ("chapters", "exercises", "solutions")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_PATHS = ("/Applications/Chromium.app/Contents/MacOS/Chromium",
                  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                  r"C:\Program Files\Google\Chrome\Application\chrome.exe",
                  r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe")
CHROMIUM_FLAGS = ["--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-quic", "--disable-dev-shm-usage"]
SETTINGS = {
    # No autosave (the copy is thrown away), no news or update checks on a closed network,
    # every cell rendered (no windowing), so widgets below the fold exist in the DOM.
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none", "kernelShutdown": True},
    "@jupyterlab/extensionmanager-extension/plugin.jupyterlab-settings": {"enabled": False},
}


def find_chromium(explicit=None):
    """Path of the Chromium to drive, or None."""
    for candidate in (explicit, os.environ.get("CHROMIUM")):
        if candidate:
            return candidate if Path(candidate).exists() else shutil.which(candidate)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in CHROMIUM_PATHS if Path(path).exists()), None)


def notebooks(root):
    """Every notebook of both editions under ``root``, as paths relative to it."""
    root = Path(root)
    return sorted(p.relative_to(root) for kind in KINDS for p in (root / kind).glob("*/*.ipynb"))


def stored_explorer_count(path):
    """Explorers in the widget state a notebook was saved with (None if it saved none).

    An explorer is a VBox whose first child is an HBox and whose second is an Image.
    """
    notebook = nbformat.read(path, as_version=4)
    state = (notebook.metadata.get("widgets", {})
             .get("application/vnd.jupyter.widget-state+json", {}).get("state"))
    if state is None:
        return None

    def model(ref):
        return state.get(str(ref).removeprefix("IPY_MODEL_"), {}).get("model_name")

    shown = set()
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get("application/vnd.jupyter.widget-view+json")
            if view:
                shown.add(view["model_id"])
    count = 0
    for model_id in shown:
        entry = state.get(model_id, {})
        children = entry.get("state", {}).get("children", [])
        if (entry.get("model_name") == "VBoxModel" and len(children) >= 2
                and model(children[0]) == "HBoxModel" and model(children[1]) == "ImageModel"):
            count += 1
    return count


def has_widget_outputs(path):
    """Whether any stored output of the notebook is a widget view."""
    notebook = nbformat.read(path, as_version=4)
    return any("application/vnd.jupyter.widget-view+json" in output.get("data", {})
               for cell in notebook.cells for output in cell.get("outputs", []))


def copy_notebooks(root, target):
    """Copy the notebooks' folders to ``target`` (with any files beside the notebooks), the
    notebooks with outputs, execution counts and widget state stripped."""
    root, target = Path(root), Path(target)
    for kind in KINDS:
        if (root / kind).is_dir():
            shutil.copytree(root / kind, target / kind,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    # The committed results of the slow experiments, which notebooks load by relative path.
    if (root / "experiments" / "results").is_dir():
        shutil.copytree(root / "experiments" / "results", target / "experiments" / "results")
    for relative in notebooks(target):
        notebook = nbformat.read(target / relative, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        notebook.metadata.pop("widgets", None)
        nbformat.write(notebook, target / relative)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LabServer:
    """JupyterLab on a free loopback port over a copy of the notebooks of ``root``."""

    def __init__(self, root, log_path):
        self.root = Path(root)
        self.log_path = Path(log_path)
        self.folder = Path(tempfile.mkdtemp(prefix="nbcompanion-lab-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self, timeout=120):
        serve = self.folder / "notebooks"
        copy_notebooks(self.root, serve)
        settings = self.folder / "settings"
        for name, values in SETTINGS.items():
            (settings / name).parent.mkdir(parents=True, exist_ok=True)
            (settings / name).write_text(json.dumps(values), encoding="utf-8")
        env = {**os.environ,
               "JUPYTERLAB_SETTINGS_DIR": str(settings),
               "JUPYTERLAB_WORKSPACES_DIR": str(self.folder / "workspaces"),
               # Keep the user's own Jupyter config and kernels out: the notebooks' kernel
               # "python3" is the one .venv registered.
               "JUPYTER_CONFIG_DIR": str(self.folder / "config"),
               "JUPYTER_DATA_DIR": str(self.folder / "data"),
               "JUPYTER_RUNTIME_DIR": str(self.folder / "runtime")}
        # Kernels must use the inline backend as a reader's do (tests/conftest.py sets Agg).
        env.pop("MPLBACKEND", None)
        command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1",
                   f"--port={self.port}", "--port-retries=0", f"--ServerApp.root_dir={serve}",
                   "--IdentityProvider.token=", "--ServerApp.password=",
                   "--ServerApp.disable_check_xsrf=False", "--LabApp.news_url=None",
                   "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                   "--LabApp.expose_app_in_browser=True"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "w", encoding="utf-8")
        self.process = subprocess.Popen(command, env=env, cwd=serve, stdout=self._log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with code {self.process.returncode};"
                                   f" see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/status", timeout=2):
                    return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"JupyterLab did not answer on {self.url} within {timeout} s;"
                           f" see {self.log_path}")

    def stop(self):
        """Stop the server by its process id (it shuts its kernels down), then clean up."""
        if self.process is not None and self.process.poll() is None:
            if os.name == "nt":
                self.process.terminate()
            else:
                os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if getattr(self, "_log", None):
            self._log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


PAGE_SCRIPT = (Path(__file__).with_name("page.js")).read_text(encoding="utf-8")


class NotebookPage:
    """One browser page with JupyterLab, opening notebooks one after the other."""

    def __init__(self, page, server):
        self.page = page
        self.server = server

    def load(self, timeout=120):
        self.page.goto(f"{self.server.url}/lab", timeout=timeout * 1000)
        self.page.wait_for_function(
            "() => window.jupyterapp && window.jupyterapp.shell"
            " && window.jupyterapp.commands.hasCommand('notebook:run-all-cells')"
            " && document.querySelector('#jp-main-dock-panel')", timeout=timeout * 1000)
        self.page.evaluate(PAGE_SCRIPT)
        self.page.evaluate("() => window.__nbc.closeAll()")
        self.page.evaluate("() => window.jupyterapp.shell.collapseLeft()")

    def js(self, name, *args):
        return self.page.evaluate(f"(args) => window.__nbc.{name}(...args)", list(args))

    def open(self, path, timeout=120):
        self.js("open", str(path).replace(os.sep, "/"))
        self.page.wait_for_function("() => window.__nbc.ready()", timeout=timeout * 1000,
                                    polling=100)

    def run_all(self, timeout):
        """Run every cell; return (seconds, progress) where progress describes every cell."""
        start = time.monotonic()
        self.js("runAll")
        deadline = start + timeout
        settled = 0
        while time.monotonic() < deadline:
            progress = self.js("progress")
            if progress["finished"]:
                settled += 1
                if settled >= 2:
                    return time.monotonic() - start, progress
            else:
                settled = 0
            time.sleep(0.1)
        return None, self.js("progress")

    def explorers(self):
        return self.js("explorers")

    def wait_rendered(self, index, timeout):
        self.page.wait_for_function("(i) => window.__nbc.rendered(i)", arg=index,
                                    timeout=timeout * 1000, polling=100)

    def act(self, explorer, control, direction, timeout):
        """Move one control; return the visible-change time in ms, or None if nothing changed."""
        kind = self.js("arm", explorer, control)
        locator = self.page.locator(f'[data-nbc-explorer="{explorer}"]'
                                    f' [data-nbc-control="{control}"]')
        if kind in ("slider", "vslider"):
            handle = locator.locator(".noUi-handle").first
            handle.focus()
            at_end = self.js("sliderAtEnd", explorer, control, direction)
            keys = {("slider", 1): "ArrowRight", ("slider", -1): "ArrowLeft",
                    ("vslider", 1): "ArrowUp", ("vslider", -1): "ArrowDown"}
            self.page.keyboard.press(keys[(kind, -direction if at_end else direction)])
        elif kind in ("dropdown", "select"):
            self.js("selectNext", explorer, control, direction)
        elif kind == "togglebuttons":
            locator.locator("button.widget-toggle-button:not(.mod-active)").first.click()
        elif kind == "radio":
            locator.locator("input[type=radio]:not(:checked)").first.click()
        elif kind in ("button", "toggle"):
            locator.click()
        elif kind == "checkbox":
            locator.locator("input[type=checkbox]").first.click()
        elif kind == "number":
            field = locator.locator("input").first
            field.focus()
            self.page.keyboard.press("ArrowUp" if direction > 0 else "ArrowDown")
            self.page.keyboard.press("Enter")
        elif kind == "text":
            field = locator.locator("input, textarea").first
            field.focus()
            self.page.keyboard.press("End")
            self.page.keyboard.type("x" if direction > 0 else "")
            self.page.keyboard.press("Enter" if direction > 0 else "Backspace")
            self.page.keyboard.press("Enter")
        else:
            return None
        state = self.js("waitOutcome", timeout * 1000)
        self.last_src_ms = state["src"]
        if state["visible"] is None:
            return None
        self.wait_idle(timeout)
        return state["visible"]

    def wait_idle(self, timeout):
        self.page.wait_for_function("() => window.__nbc.idle()", timeout=timeout * 1000,
                                    polling=50)

    def screenshot(self, path, max_height=16000):
        """Save the whole notebook (all cells, not just the viewport) as PNG files."""
        original = self.page.viewport_size
        height = self.js("contentHeight")
        paths = []
        try:
            self.page.set_viewport_size({"width": original["width"],
                                         "height": int(min(max(height, original["height"]),
                                                           max_height))})
            self.page.wait_for_timeout(300)
            self.js("scrollTo", 0)
            self.page.wait_for_timeout(100)
            self.page.screenshot(path=str(path))
            paths.append(path)
        finally:
            self.page.set_viewport_size(original)
        return paths

    def close(self):
        self.js("shutdownAndClose")
        self.page.wait_for_function("() => window.__nbc.closed()", timeout=60_000, polling=100)
