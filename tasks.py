#!/usr/bin/env python3
"""The companion's commands: ``python3 tasks.py lab`` opens it, ``python3 tasks.py test`` tests it.

Each command first makes sure that ``.venv`` exists and holds what that command needs,
installed from ``pyproject.toml`` with the exact versions of ``requirements/constraints.txt``,
so on a fresh machine Python 3.11+ is all it takes. It only uses the standard library (a
Makefile would need ``make``, which many Windows and minimal Linux machines lack).

Commands
--------
lab [ARGS]          JupyterLab on the chapter notebooks (ARGS go to JupyterLab)
test [ARGS]         unit tests, doctests and strict nbval over every notebook, on every core
                    (ARGS go to pytest; `-n 0` runs in one process)
test --fast [ARGS]  unit tests and doctests only, no notebook (the contributor's loop)
lint [ARGS]         ruff over the code (rules in pyproject.toml; ARGS go to `ruff check`)
notebooks [NAMES]   rebuild both editions of the notebooks from source/ and store their outputs
experiments [NAMES] rerun the slow experiments of experiments/ and store their results
site [OUT]          the website of both editions from the stored notebooks (default build/site)
student OUT         a copy of the companion without the solutions, for a class
browser [ARGS]      the JupyterLab and website tests in headless Chromium (build the site first)
bench [ARGS]        the benchmark report (benchmarks/output/report.json, benchmarks/RESULTS.md)
lock                re-resolve requirements/constraints.txt from pyproject.toml
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
NOTEBOOK_DIRS = ["chapters", "exercises", "solutions"]
# One BLAS thread: the same digits whenever a notebook runs, and steady timings on 2 cores.
PINNED_THREADS = {name: "1" for name in (
    "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}


def venv_python():
    folder = "Scripts" if os.name == "nt" else "bin"
    return VENV / folder / ("python.exe" if os.name == "nt" else "python")


def ensure_environment(extras):
    """Create ``.venv`` and install the package with ``extras``, unless already done."""
    stamp_text = "\n".join([
        sys.version, ",".join(sorted(extras)),
        (ROOT / "pyproject.toml").read_text(encoding="utf-8"),
        CONSTRAINTS.read_text(encoding="utf-8"),
    ])
    digest = hashlib.sha256(stamp_text.encode()).hexdigest()[:16]
    stamp = VENV / f".installed-{digest}"
    if stamp.exists():
        return
    if sys.version_info < (3, 11):  # noqa: UP036 (tasks.py runs on any python3: say why not)
        sys.exit(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print(f"Creating {VENV.relative_to(ROOT)} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{','.join(sorted(extras))}]" if extras else "."
    print(f"Installing nbcompanion{spec[1:]} with the pinned versions ...", flush=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    run(pip + ["-c", str(CONSTRAINTS), "-e", spec])
    if "lab" in extras:
        # The notebooks name the kernel "python3": register the venv's own as that kernel.
        run([str(venv_python()), "-m", "ipykernel", "install", "--sys-prefix",
             "--name", "python3", "--display-name", "Python 3 (nbcompanion)"])
    # Other stamps stay: installing fewer extras removes nothing, so they remain true, and
    # switching between `lab` and `test` does not reinstall. A changed pyproject.toml or
    # constraints file changes every digest.
    stamp.touch()


def run(command, env=None):
    completed = subprocess.run(command, cwd=ROOT, env=env)
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def pinned_env(**extra):
    return {**os.environ, **PINNED_THREADS, **extra}


def lab(args):
    ensure_environment({"lab"})
    # JupyterLab refuses to run as root without this flag (containers, Binder-like images).
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    # The same pinned BLAS threads as the tests: on 2 cores, 2 threads made fits up to 10×
    # slower and their digits differ from the stored outputs.
    run([str(venv_python()), "-m", "jupyterlab", f"--ServerApp.root_dir={ROOT}",
         "--LabApp.default_url=/lab/tree/chapters", *as_root, *args], env=pinned_env())


def test(args):
    """Everything on every core: pytest-xdist workers, each notebook kept whole on one worker.

    ``--dist loadfile`` sends all the cells of a notebook to the same worker (nbval runs them
    in one kernel, in order); the unit-test files are shared out the same way, so the two
    workers stay busy until the end. With ``--fast`` only the unit tests and doctests run.
    """
    ensure_environment({"lab", "test"})
    fast = "--fast" in args
    args = [a for a in args if a != "--fast"]
    pytest = [str(venv_python()), "-m", "pytest", "tests", "nbcompanion",
              "-n", "auto", "--dist", "loadfile"]
    if not fast:
        pytest += [d for d in NOTEBOOK_DIRS if (ROOT / d).is_dir()]
        pytest += ["--nbval", "--nbval-current-env", "--nbval-cell-timeout=300",
                   "--nbval-sanitize-with", "tests/sanitize.cfg"]
    # No MPLBACKEND here: it would reach the kernels, and under Agg `plt.show()` shows nothing.
    # tests/conftest.py picks Agg for the test process itself.
    run(pytest + list(args), env=pinned_env())


def lint(args):
    """ruff with the rules of pyproject.toml ([tool.ruff]) over the code, then the notebooks.

    ARGS (``--fix``, paths) apply to the code. The notebooks are only reported, never fixed
    in place: their code comes from ``source/``, so a fix goes there and the notebook is
    rebuilt with ``python3 tasks.py notebooks NAME``.
    """
    ensure_environment({"lint"})
    ruff = [str(venv_python()), "-m", "ruff", "check"]
    code = subprocess.run(ruff + ["--extend-exclude", "*.ipynb", *args], cwd=ROOT).returncode
    notebooks = [d for d in NOTEBOOK_DIRS if (ROOT / d).is_dir()]
    books = subprocess.run(ruff + ["--no-fix", *notebooks], cwd=ROOT).returncode if (
        notebooks and not any(not a.startswith("-") for a in args)) else 0
    if books:
        print("Notebook code comes from source/: fix it there and rebuild the notebook.")
    if code or books:
        sys.exit(1)


def site(args):
    """The static website of both editions (site/build.py; site/README.md says more)."""
    ensure_environment({"site"})
    run([str(venv_python()), "site/build.py", *args])


def student(args):
    """Copy the companion without the solutions (notebooks, sources, their tests) to OUT."""
    if len(args) != 1:
        sys.exit("Usage: python3 tasks.py student OUT  (OUT: a new or empty folder)")
    out = Path(args[0]).resolve()
    if out == ROOT or ROOT in out.parents:
        sys.exit(f"OUT must lie outside this checkout, got {out}.")
    if out.exists() and any(out.iterdir()):
        sys.exit(f"OUT must be a new or empty folder, {out} is not empty.")
    kept = [p for p in tracked_files() if not is_solution(p)]
    for relative in kept:
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, target)
    print(f"Wrote {len(kept)} files to {out} (no solutions/, source/solutions/).")


def tracked_files():
    """The files of the checkout: git's list when git is there, else the folder less build
    products."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                                check=True).stdout.decode().split("\0")
        return [Path(p) for p in listed if p and (ROOT / p).is_file()]
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", ".venv", "build", "__pycache__", ".ipynb_checkpoints", "output"}
        return [p.relative_to(ROOT) for p in ROOT.rglob("*")
                if p.is_file() and not skip & set(p.relative_to(ROOT).parts)]


def is_solution(relative):
    parts = Path(relative).parts
    return parts[:1] == ("solutions",) or parts[:2] == ("source", "solutions")


def notebooks(args):
    ensure_environment({"lab", "test"})
    run([str(venv_python()), "tools/build_notebooks.py", *args], env=pinned_env())


def experiments(args):
    """Rerun ``experiments/NAME.py`` (all, or those named) into ``experiments/results/``.

    These are the computations too slow for a notebook that must run in seconds; each
    notebook loads its committed result and says so, and a test recomputes a slice of each.
    """
    ensure_environment({"lab", "test"})
    scripts = sorted((ROOT / "experiments").glob("*.py"))
    chosen = [s for s in scripts if not args or any(s.stem.startswith(a) for a in args)]
    if not chosen:
        sys.exit(f"No experiment matches {args}; there are: {[s.stem for s in scripts]}")
    for script in chosen:
        print(f"  experiments/{script.name}", flush=True)
        run([str(venv_python()), str(script)], env=pinned_env())


def browser(args):
    """Every notebook run in JupyterLab in the system's headless Chromium (tests/browser)."""
    ensure_environment({"lab", "test", "browser"})
    # The project's addopts (doctest collection) do not apply to this suite.
    run([str(venv_python()), "-m", "pytest", "tests/browser", "-o", "addopts=",
         "-p", "no:cacheprovider", "-ra", *args], env=pinned_env())


def bench(args):
    """The benchmark report: benchmarks/output/report.json, tables in benchmarks/RESULTS.md."""
    ensure_environment({"lab", "test", "browser"})
    run([str(venv_python()), "benchmarks/run.py", *args], env=pinned_env())


def lock(args):
    """Resolve the newest versions allowed by pyproject.toml into the constraints file."""
    with tempfile.TemporaryDirectory() as folder:
        venv.EnvBuilder(with_pip=True).create(folder)
        python = str(Path(folder) / ("Scripts" if os.name == "nt" else "bin") / "python")
        run([python, "-m", "pip", "install", "-q", ".[lab,test,browser,site,lint]"])
        frozen = subprocess.run([python, "-m", "pip", "freeze", "--exclude-editable",
                                 "--exclude", "nbcompanion"],
                                capture_output=True, text=True, check=True).stdout
    lines = [line for line in frozen.splitlines() if line and not line.startswith("nbcompanion")]
    CONSTRAINTS.write_text(
        "# Exact versions the tests ran with; regenerate with `python3 tasks.py lock`.\n"
        + "\n".join(sorted(lines, key=str.lower)) + "\n", encoding="utf-8")
    print(f"Wrote {len(lines)} pins to {CONSTRAINTS.relative_to(ROOT)}")


COMMANDS = {"lab": lab, "test": test, "lint": lint, "notebooks": notebooks,
            "experiments": experiments, "site": site, "student": student, "browser": browser,
            "bench": bench, "lock": lock}


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    COMMANDS[argv[0]](argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
