// Helpers the browser tests install in the JupyterLab page as window.__nbc.
// They use window.jupyterapp (exposed by --LabApp.expose_app_in_browser=True) for documents,
// kernels and cell models, and the DOM of ipywidgets for explorers and their controls.
() => {
  const app = window.jupyterapp;
  const S = (window.__nbc = { panel: null, openError: null, rec: null, closedFlag: true });
  const now = () => performance.now();

  const kernel = () => S.panel && S.panel.sessionContext.session
    && S.panel.sessionContext.session.kernel;

  S.closeAll = () => app.commands.execute('application:close-all');

  S.open = (path) => {
    S.panel = null;
    S.openError = null;
    (async () => {
      try {
        const widget = await app.commands.execute('docmanager:open',
          { path, factory: 'Notebook' });
        await widget.context.ready;
        await widget.sessionContext.ready;
        widget.sessionContext.statusChanged.connect((_, status) => {
          const rec = S.rec;
          if (!rec) return;
          if (status === 'busy') rec.busySeen = true;
          if (status === 'idle' && rec.busySeen) rec.idleAt = now();
        });
        app.shell.activateById(widget.id);
        S.panel = widget;
      } catch (error) {
        S.openError = String(error);
      }
    })();
    return true;
  };

  S.ready = () => {
    if (S.openError) throw new Error('Could not open the notebook: ' + S.openError);
    const dialog = document.querySelector('.jp-Dialog');
    if (dialog) throw new Error('A dialog blocks the notebook: ' + dialog.innerText.slice(0, 300));
    const k = kernel();
    return Boolean(S.panel && S.panel.context.isReady && k && k.status === 'idle'
      && S.panel.sessionContext.kernelDisplayStatus === 'idle'
      && app.shell.currentWidget === S.panel
      && app.commands.isEnabled('notebook:run-all-cells'));
  };

  S.idle = () => {
    const k = kernel();
    return Boolean(k && k.status === 'idle');
  };

  S.runAll = () => {
    app.shell.activateById(S.panel.id);
    app.commands.execute('notebook:run-all-cells');
    return true;
  };

  // Every non-empty code cell: its execution count, errors and stderr, and whether the
  // run is over (kernel idle and every cell counted, or an error stopped the run).
  S.progress = () => {
    const cells = S.panel.content.model.cells;
    const report = [];
    let allCounted = true;
    let anyError = false;
    let running = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells.get(i);
      if (cell.type !== 'code') continue;
      const source = cell.sharedModel.getSource();
      if (!source.trim()) continue;
      const outputs = cell.outputs.toJSON();
      const errors = outputs.filter((o) => o.output_type === 'error')
        .map((o) => `${o.ename}: ${o.evalue}`);
      const stderr = outputs.filter((o) => o.output_type === 'stream' && o.name === 'stderr')
        .map((o) => (Array.isArray(o.text) ? o.text.join('') : o.text)).join('');
      const count = cell.executionCount;
      if (count === null || count === undefined) allCounted = false;
      if (cell.executionState === 'running') running = true;
      if (errors.length) anyError = true;
      report.push({ cell: i, count, errors, stderr, source: source.split('\n')[0].slice(0, 80) });
    }
    const widgetErrors = [...S.panel.content.node.querySelectorAll('.jp-OutputArea-output')]
      .map((el) => el.innerText)
      .filter((t) => /Error displaying widget|Failed to load model class|Error creating widget/.test(t))
      .map((t) => t.slice(0, 200));
    return {
      cells: report, widgetErrors, idle: S.idle(), allCounted, anyError,
      finished: S.idle() && !running && (allCounted || anyError),
    };
  };

  const isBox = (el) => el.classList.contains('widget-box');
  const kindOf = (el) => {
    const c = el.classList;
    if (c.contains('widget-vslider')) return 'vslider';
    if (c.contains('widget-slider') || c.contains('widget-hslider')) return 'slider';
    if (c.contains('widget-dropdown')) return 'dropdown';
    if (c.contains('widget-select-multiple')) return 'unsupported';
    if (c.contains('widget-select')) return 'select';
    if (c.contains('widget-toggle-buttons')) return 'togglebuttons';
    if (c.contains('widget-radio')) return 'radio';
    if (c.contains('widget-toggle-button')) return 'toggle';
    if (c.contains('widget-button')) return 'button';
    if (c.contains('widget-checkbox')) return 'checkbox';
    if (c.contains('widget-text') || c.contains('widget-textarea')) {
      return el.querySelector('input[type=number]') ? 'number' : 'text';
    }
    if (c.contains('widget-html') || c.contains('widget-label') || c.contains('widget-htmlmath')
      || c.contains('widget-image') || c.contains('widget-valid') || c.contains('widget-output')
      || c.contains('widget-progress')) return 'static';
    return 'unsupported';
  };
  const clean = (text) => (text || '').replace(/[\u200b\s]+/g, ' ').trim();
  const labelOf = (el) => {
    const label = el.querySelector('.widget-label');
    const text = clean(label && label.innerText) || clean(el.innerText)
      || clean(el.getAttribute('title'));
    return text.slice(0, 40);
  };
  const leaves = (el, out) => {
    for (const child of el.children) {
      if (isBox(child)) leaves(child, out); else out.push(child);
    }
    return out;
  };

  // Explorers in display order; tags them and their controls for the locators.
  S.explorers = () => {
    const found = [];
    for (const img of S.panel.content.node.querySelectorAll('img.widget-image')) {
      const box = img.parentElement;
      if (!box || !box.classList.contains('widget-vbox') || box.children[1] !== img) continue;
      const row = box.children[0];
      if (!row.classList.contains('widget-hbox')) continue;
      const index = found.length;
      box.dataset.nbcExplorer = String(index);
      const controls = leaves(row, []).map((el, j) => {
        el.dataset.nbcControl = String(j);
        const disabled = el.matches(':disabled, .mod-disabled')
          || Boolean(el.querySelector(':disabled, [disabled]'));
        return { index: j, kind: kindOf(el), label: labelOf(el), disabled };
      });
      found.push({ index, controls });
    }
    return found;
  };

  const explorerBox = (e) => S.panel.content.node.querySelector(`[data-nbc-explorer="${e}"]`);
  const control = (e, c) => explorerBox(e).querySelector(`[data-nbc-control="${c}"]`);

  S.rendered = (e) => {
    const box = explorerBox(e);
    const img = box && box.children[1];
    return Boolean(img && img.getAttribute('src') && img.complete && img.naturalWidth > 0);
  };

  // Prepare the measurement of one action on control c of explorer e: the action's time is
  // its last key or mouse press (or the programmatic selection), the visible time is when the
  // image's new src has been decoded and the next frame drawn.
  S.arm = (e, c) => {
    if (S.rec) S.rec.stop();
    const img = explorerBox(e).children[1];
    const rec = { t0: null, tSrc: null, visible: null, busySeen: false, idleAt: null,
      armedAt: now() };
    const onInput = () => { if (rec.tSrc === null) rec.t0 = now(); };
    const observer = new MutationObserver(() => {
      if (rec.tSrc !== null) return;
      rec.tSrc = now();
      const start = rec.t0 === null ? rec.armedAt : rec.t0;
      img.decode().catch(() => {}).then(() => requestAnimationFrame(() => {
        rec.visible = now() - start;
      }));
    });
    observer.observe(img, { attributes: true, attributeFilter: ['src'] });
    for (const type of ['keydown', 'mousedown']) window.addEventListener(type, onInput, true);
    rec.stop = () => {
      observer.disconnect();
      for (const type of ['keydown', 'mousedown']) window.removeEventListener(type, onInput, true);
    };
    S.rec = rec;
    return kindOf(control(e, c));
  };

  S.outcome = () => {
    const rec = S.rec;
    const t = now();
    const start = rec.t0 === null ? rec.armedAt : rec.t0;
    const settled = rec.tSrc === null && ((rec.idleAt !== null && t - rec.idleAt > 1500)
      || (!rec.busySeen && t - start > 3000));
    return { visible: rec.visible, src: rec.tSrc === null ? null : rec.tSrc - start, settled };
  };

  // Resolves with the outcome once the change is visible or nothing is going to change.
  S.waitOutcome = (timeoutMs) => new Promise((resolve) => {
    const started = now();
    const poll = () => {
      const state = S.outcome();
      if (state.visible !== null || state.settled || now() - started > timeoutMs) {
        resolve(state);
      } else {
        setTimeout(poll, 5);
      }
    };
    poll();
  });

  S.sliderAtEnd = (e, c, direction) => {
    const handle = control(e, c).querySelector('.noUi-handle');
    const value = parseFloat(handle.getAttribute('aria-valuenow'));
    const low = parseFloat(handle.getAttribute('aria-valuemin'));
    const high = parseFloat(handle.getAttribute('aria-valuemax'));
    return direction > 0 ? value >= high : value <= low;
  };

  S.selectNext = (e, c, direction) => {
    const select = control(e, c).querySelector('select');
    const n = select.options.length;
    S.rec.t0 = now();
    select.selectedIndex = (select.selectedIndex + direction + n) % n;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  };

  const scroller = () => S.panel.content.outerNode || S.panel.content.node;
  S.contentHeight = () => {
    const node = scroller();
    return node.getBoundingClientRect().top + node.scrollHeight + 40;
  };
  S.scrollTo = (y) => { scroller().scrollTop = y; return true; };

  S.shutdownAndClose = () => {
    S.closedFlag = false;
    if (S.rec) { S.rec.stop(); S.rec = null; }
    const panel = S.panel;
    (async () => {
      try { await panel.sessionContext.shutdown(); } catch (error) { /* already gone */ }
      panel.context.model.dirty = false;
      panel.dispose();
      S.panel = null;
      S.closedFlag = true;
    })();
    return true;
  };
  S.closed = () => S.closedFlag;
  return true;
}
