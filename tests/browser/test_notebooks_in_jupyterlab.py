"""Every notebook of both editions, run in JupyterLab in a real (headless) browser.

For each notebook: open it, run all cells, fail on any error output, widget that failed to
render, or cell that did not finish; then, for every explorer, wait until its picture
renders, move each control (slider by keyboard, button by click, next option of a dropdown,
checkbox, toggle and radio buttons, number fields), and fail unless the picture changes.
The time from each action to the visible change is recorded (not asserted: the benchmark
reports it); a screenshot of the whole notebook is kept. The summary at the end prints where.
"""

import statistics

RENDER_TIMEOUT = 60  # s for an explorer's first picture
ACTION_TIMEOUT = 30  # s for one control change to show
SKIPPED_KINDS = {"static": "not a control", "unsupported": "kind of control not driven"}


def check_cells(progress, seconds, timeout):
    problems = []
    for cell in progress["cells"]:
        where = f"cell {cell['cell']} ({cell['source']!r})"
        if cell["errors"]:
            problems.append(f"{where} raised {'; '.join(cell['errors'])}")
    unfinished = [cell for cell in progress["cells"] if cell["count"] is None]
    if unfinished and not any(cell["errors"] for cell in progress["cells"]):
        first = unfinished[0]
        reason = (f"the run did not finish within {timeout:g} s" if seconds is None
                  else "the run stopped")
        problems.append(f"{reason}: cell {first['cell']} ({first['source']!r}) and"
                        f" {len(unfinished) - 1} later cell(s) did not finish")
    elif seconds is None:
        problems.append(f"the run did not finish within {timeout:g} s")
    problems += [f"a widget failed to render: {text}" for text in progress["widgetErrors"]]
    return problems


def exercise_explorer(lab, notebook, explorer, repeats):
    """Move every control of one explorer; return (record, problems)."""
    index = explorer["index"]
    record = {"notebook": notebook, "index": index, "controls": []}
    problems = []
    try:
        lab.wait_rendered(index, RENDER_TIMEOUT)
    except Exception:  # playwright's TimeoutError
        return record, [f"explorer {index} showed no picture within {RENDER_TIMEOUT} s"]
    lab.wait_idle(ACTION_TIMEOUT)
    pending = []
    for control in explorer["controls"]:
        entry = {"label": control["label"], "kind": control["kind"], "visible_ms": [],
                 "changed": False}
        record["controls"].append(entry)
        if control["kind"] in SKIPPED_KINDS or control["disabled"]:
            entry["skipped"] = "disabled" if control["disabled"] else SKIPPED_KINDS[control["kind"]]
            continue
        for repeat in range(repeats):  # forth, back, forth, ...
            shown = lab.act(index, control["index"], 1 if repeat % 2 == 0 else -1, ACTION_TIMEOUT)
            if shown is not None:
                entry["visible_ms"].append(round(shown, 1))
                entry.setdefault("src_ms", []).append(round(lab.last_src_ms, 1))
                entry["changed"] = True
            elif repeat == 0:
                break  # nothing moved: try again once the other controls have moved
        if not entry["changed"]:
            pending.append((control, entry))
    for control, entry in pending:
        # A "reset" does nothing at the start, "next epoch" nothing at the end: one more try.
        for direction in (1, -1):
            shown = lab.act(index, control["index"], direction, ACTION_TIMEOUT)
            if shown is not None:
                entry["visible_ms"].append(round(shown, 1))
                entry.setdefault("src_ms", []).append(round(lab.last_src_ms, 1))
                entry["changed"] = True
                break
        if not entry["changed"]:
            problems.append(f"explorer {index}: moving {control['kind']} {control['label']!r}"
                            " did not change the picture")
    times = [t for entry in record["controls"] for t in entry["visible_ms"]]
    record["visible_median_ms"] = statistics.median(times) if times else None
    return record, problems


def test_notebook_runs_and_its_explorers_respond(lab, notebook, results, output_dir,
                                                 run_timeout, repeats):
    relative, expected_explorers = notebook
    key = relative.as_posix()
    entry = results["notebooks"][key] = {"run_seconds": None, "explorers": 0}
    lab.open(relative)
    problems = []
    try:
        seconds, progress = lab.run_all(run_timeout)
        entry["run_seconds"] = None if seconds is None else round(seconds, 2)
        problems += check_cells(progress, seconds, run_timeout)
        if not problems:
            explorers = lab.explorers()
            entry["explorers"] = len(explorers)
            if expected_explorers is not None and len(explorers) < expected_explorers:
                problems.append(f"{expected_explorers} explorer(s) saved in the notebook,"
                                f" {len(explorers)} shown in JupyterLab")
            for explorer in explorers:
                record, found = exercise_explorer(lab, key, explorer, repeats)
                results["explorers"].append(record)
                problems += found
        shot = output_dir / "screenshots" / (key.replace("/", "__").removesuffix(".ipynb") + ".png")
        lab.screenshot(shot)
        entry["screenshot"] = str(shot)
    finally:
        lab.close()
    assert not problems, f"{key}:\n  " + "\n  ".join(problems)
