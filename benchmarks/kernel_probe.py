"""Code the benchmark runs inside a notebook's kernel (read as text, not imported).

``PREAMBLE`` runs before the notebook's first cell: it wraps ``Explorer.__init__`` and
``Explorer._repr_mimebundle_`` to collect every explorer built and, in display order, every
explorer shown. ``MEASURE`` runs after the last cell: for each explorer shown, for each
control, it changes the value (slider: the next step, then back; selection: the next option,
then back; checkbox and toggle: flip; button: click) and times the synchronous callback chain
until ``view.image.value`` holds the new PNG. It prints one JSON line.
"""

PREAMBLE = r'''
import inspect as _nbc_inspect
import nbcompanion.widgets._core as _nbc_core
_nbc_built, _nbc_shown = [], []
_nbc_init = _nbc_core.Explorer.__init__
_nbc_repr = _nbc_core.Explorer._repr_mimebundle_

def _nbc_wrapped_init(self, *args, **kwargs):
    _nbc_init(self, *args, **kwargs)
    frame = _nbc_inspect.currentframe().f_back
    while frame is not None and frame.f_code.co_name == "__init__":
        frame = frame.f_back
    self._nbc_builder = frame.f_code.co_name if frame is not None else "?"
    _nbc_built.append(self)

def _nbc_wrapped_repr(self, *args, **kwargs):
    if not any(shown is self for shown in _nbc_shown):
        _nbc_shown.append(self)
    return _nbc_repr(self, *args, **kwargs)

_nbc_core.Explorer.__init__ = _nbc_wrapped_init
_nbc_core.Explorer._repr_mimebundle_ = _nbc_wrapped_repr
'''

MEASURE = r'''
def _nbc_measure(explorers, changes, budget):
    import json, math, statistics, time
    import ipywidgets as w

    def actions(control):
        """Pairs of callables: a change and its reverse (or the same action twice)."""
        if isinstance(control, w.Button):
            return control.click, control.click
        if isinstance(control, (w.Checkbox, w.ToggleButton)):
            def flip():
                control.value = not control.value
            return flip, flip
        if isinstance(control, (w.SelectMultiple, w.Play)):
            return None
        if hasattr(control, "options") and hasattr(control, "index"):
            n = len(control.options)
            if n < 2:
                return None
            start = control.index
            other = (start + 1) % n
            def forth():
                control.index = other
            def back():
                control.index = start
            return forth, back
        if isinstance(control, (w.IntRangeSlider, w.FloatRangeSlider)):
            low, high = control.value
            step = control.step
            shifted = (low + step, high) if low + step <= high else (low - step, high)
            if shifted[0] < control.min:
                return None
            def forth():
                control.value = shifted
            def back():
                control.value = (low, high)
            return forth, back
        if isinstance(control, w.FloatLogSlider):
            start = control.value
            exponent = math.log(start, control.base)
            step = control.step if exponent + control.step <= control.max else -control.step
            other = control.base ** (exponent + step)
            def forth():
                control.value = other
            def back():
                control.value = start
            return forth, back
        value = getattr(control, "value", None)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            start = control.value
            step = getattr(control, "step", None) or 1
            high = getattr(control, "max", None)
            other = start + step if high is None or start + step <= high else start - step
            def forth():
                control.value = other
            def back():
                control.value = start
            return forth, back
        return None

    def timed(entry, action, n, prepare=None):
        spent = time.perf_counter()
        for i in range(n):
            if prepare is not None:
                prepare()
            before = image.value
            start, cpu = time.perf_counter(), time.thread_time()
            action(i)
            elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
            if image.value is before or image.value == before:
                entry["unchanged"] += 1
            else:
                entry["ms"].append(elapsed * 1000)
                entry["cpu_ms"].append(cpu * 1000)
            if time.perf_counter() - spent > budget and len(entry["ms"]) >= 3:
                break

    results = []
    for number, explorer in enumerate(explorers):
        image = explorer.view.image
        record = {"index": number, "builder": getattr(explorer, "_nbc_builder", "?"),
                  "controls": []}
        pairs = {name: actions(control) for name, control in explorer.controls.items()}
        for name, control in explorer.controls.items():
            entry = {"name": name, "type": type(control).__name__, "ms": [], "cpu_ms": [],
                     "unchanged": 0}
            record["controls"].append(entry)
            pair = pairs[name]
            if pair is None:
                entry["skipped"] = "not a control the benchmark moves"
                continue
            pair[0]()  # warm-up, not timed
            timed(entry, lambda i: pair[(i + 1) % 2](), changes)
            if not entry["ms"] and isinstance(control, w.Button):
                # A "reset" changes nothing where it already is: move another button or
                # control first (not timed), then time the click.
                others = [pairs[k][0] for k, c in explorer.controls.items()
                          if k != name and pairs[k] is not None]
                others.sort(key=lambda f: not isinstance(getattr(f, "__self__", None), w.Button))
                if others:
                    timed(entry, lambda i: pair[0](), changes, prepare=others[0])
        results.append(record)
    print("NBC-PROBE " + json.dumps(results))

_nbc_measure(_nbc_shown, __CHANGES__, __BUDGET__)
'''

# Run alone in a fresh kernel by the "explorers" section: every explorer builder the package
# has (nbcompanion.widgets._discover), each control moved __CHANGES__ times (forth and back
# alternately), the kernel's CPU time of each change measured (time.process_time: every
# thread of the kernel, so BLAS threads count too). Before each explorer, a reference: a
# FigureView with one moving line, refreshed __CHANGES__ times, the cheapest explorer
# imaginable; the ratio of an explorer to it is comparable across machines and loads.
EXPLORERS = r'''
def _nbc_explorers(changes):
    import json, statistics, time
    import numpy as np
    from nbcompanion.widgets import _discover
    from nbcompanion.widgets._core import FigureView

    def cpu_ms(action):
        start = time.process_time()
        action()
        return (time.process_time() - start) * 1000

    def reference():
        view = FigureView(figsize=(6.0, 3.0))
        line, = view.axes[0].plot(np.linspace(0, 1, 200), np.zeros(200))
        view.animate([line])
        view.refresh()
        times = []
        for i in range(changes):
            line.set_ydata(np.sin(np.linspace(0, 6, 200) + i))
            times.append(cpu_ms(view.refresh))
        return statistics.median(times)

    report = []
    for name, builder in _discover.builders().items():
        entry = {"builder": name, "reference_ms": reference(), "controls": []}
        start = time.process_time()
        explorer = builder()
        entry["build_ms"] = (time.process_time() - start) * 1000
        width, height = explorer.view.figure.canvas.get_width_height()
        entry["pixels"] = [width, height]
        for control_name, control in explorer.controls.items():
            actions = _discover.moves(control)
            if actions is None:
                continue
            times = [cpu_ms(actions[i % 2]) for i in range(changes)]
            entry["controls"].append({"name": control_name, "ms": times,
                                      "static": control_name in explorer.static})
        report.append(entry)
    print("NBC-EXPLORERS " + json.dumps(report))

_nbc_explorers(__CHANGES__)
'''
