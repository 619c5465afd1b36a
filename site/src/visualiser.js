// The event-loop visualiser: a reusable component that draws one run from a
// data source and lets a reader move through it. The model and the drawing
// live in the run's worker (runtime/timeline, through wasm/session); the
// page adds the cursor, the controls, the loop-state panel, the narration
// and the trace table.
//
//   const vis = new Visualiser(el, { onStep({step, steps, line, nextLine}) {} });
//   vis.running();                     // a run started
//   vis.grow(source, summary);         // a real-clock run's timeline so far
//   vis.load(source, summary);         // the run ended and its timeline is built
//   vis.seek(k);                       // move the cursor (also: step(±1), play())
//
// source is {summary(), state(k), svg({axis, from, to, width, internal}),
// events(from, count)}, each returning a promise of the worker's reply
// (protocol.js); runner.source(id) makes one for a run. Every move of the
// cursor is also dispatched on el as a "vis-step" CustomEvent whose detail
// is {step, steps}, and once its state is shown as a bubbling "vis-shown"
// whose detail adds {time, narration, svg, at, playing} (the drawn SVG's
// text, the cursor's place in it, 0..1 of its width, -1 outside, and
// whether it is playing), so another view (a presenter window, the
// printed page) can follow; playing and pausing dispatch a bubbling
// "vis-play" whose detail is {playing}.
import { TimelineView } from "./vis-timeline.js";
import { renderState, seconds } from "./vis-state.js";
import { TraceTable } from "./vis-table.js";

const SPEEDS = [1, 2, 5, 10, 30, 100]; // steps per second when playing

// The keys the `?` overlay lists: [keys, what they do, where they work].
const KEYS = [
  [["←", "→"], "step back / forward"],
  [[",", "."], "previous / next step of the lane running here (a task resumes, the next callback)"],
  [["Home", "End"], "first / last step"],
  [["Space"], "play / pause"],
  [["W", "S"], "zoom in / out (Shift: more)", "timeline"],
  [["A", "D"], "pan left / right", "timeline"],
  [["F"], "fit the whole run", "timeline"],
  [["?"], "show / hide these keys"],
  [["Esc"], "hide them"],
];

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(label, title, fn, cls = "") {
  const b = el("button", "vis-btn " + cls, label);
  b.type = "button";
  b.title = title;
  b.setAttribute("aria-label", title);
  b.onclick = fn;
  return b;
}

export class Visualiser {
  constructor(root, { onStep } = {}) {
    this.root = root;
    this.onStep = onStep || (() => {});
    this.source = null;
    this.summary = null;
    this.k = 0;
    this.want = 0;
    this.fetching = false;
    this.playing = 0;
    this.prev = 0;
    this.next = 0;
    this.build();
    this.clear("Run the example to see what the event loop does.");
  }

  build() {
    const r = this.root;
    r.classList.add("vis-root");
    this.statusEl = el("p", "vis-status");

    const controls = el("div", "vis-controls");
    controls.setAttribute("role", "toolbar");
    controls.setAttribute("aria-label", "Step through the run");
    this.startBtn = button("« First", "First step (Home)", () => this.move("first"));
    this.backBtn = button("‹ Back", "Step back (←)", () => this.move("back"));
    this.playBtn = button("▶ Play", "Play (space)", () => this.move("play"), "vis-play");
    this.fwdBtn = button("Forward ›", "Step forward (→)", () => this.move("forward"));
    this.endBtn = button("Last »", "Last step (End)", () => this.move("last"));
    this.stepEl = el("span", "vis-stepno", "");
    this.scrub = el("input", "vis-scrub");
    this.scrub.type = "range";
    this.scrub.min = 0;
    this.scrub.value = 0;
    this.scrub.setAttribute("aria-label", "Step");
    this.scrub.addEventListener("input", () => this.seek(+this.scrub.value, { scrubbing: true }));
    this.speed = el("select", "vis-speed");
    this.speed.setAttribute("aria-label", "Speed");
    for (const s of SPEEDS) {
      const o = el("option", null, `${s} step${s > 1 ? "s" : ""}/s`);
      o.value = s;
      this.speed.append(o);
    }
    this.speed.value = 2;
    controls.append(this.startBtn, this.backBtn, this.playBtn, this.fwdBtn, this.endBtn, this.stepEl, this.scrub, this.speed);

    this.tlEl = el("div", "vis-timeline");
    this.tlEl.tabIndex = 0;
    this.tlEl.setAttribute("role", "group");
    this.tlEl.setAttribute("aria-label", "Timeline: W/S zoom, A/D pan, F fits, ←/→ step, ,/. step in the lane, ? lists the keys; click a segment for details");
    this.timeline = new TimelineView(this.tlEl, {
      onSeek: (k) => this.seek(k),
      onSelect: (seg) => this.select(seg),
    });

    const view = el("div", "vis-viewbar");
    this.axisBtn = button("Axis: time", "Switch the x axis between time and steps", () => this.toggleAxis(), "vis-axis");
    const zin = button("+", "Zoom in (W, Ctrl+wheel)", () => this.timeline.zoom(0.5));
    const zout = button("−", "Zoom out (S)", () => this.timeline.zoom(2));
    const left = button("←", "Pan left (A)", () => this.timeline.pan(-0.5));
    const right = button("→", "Pan right (D)", () => this.timeline.pan(0.5));
    const fit = button("Fit", "Fit the whole run (F)", () => this.timeline.fit());
    const internals = el("label", "vis-internal");
    this.internalBox = el("input");
    this.internalBox.type = "checkbox";
    this.internalBox.onchange = () => this.timeline.setInternal(this.internalBox.checked);
    internals.append(this.internalBox, " asyncio internals");
    const legend = el("span", "vis-legend");
    legend.setAttribute("aria-hidden", "true");
    for (const [cls, text] of [["running", "running"], ["ready", "ready"], ["waiting", "waiting"], ["idle", "loop idle"]]) {
      legend.append(el("span", "vis-key vis-key-" + cls), text + " ");
    }
    this.helpBtn = button("?", "Keys (?)", () => this.toggleHelp(), "vis-help-btn");
    this.helpBtn.setAttribute("aria-expanded", "false");
    view.append(this.axisBtn, zout, zin, left, right, fit, internals, this.helpBtn, legend);

    this.helpEl = el("div", "vis-help");
    this.helpEl.hidden = true;
    this.helpEl.id = "vis-help-" + Math.random().toString(36).slice(2);
    this.helpBtn.setAttribute("aria-controls", this.helpEl.id);
    this.helpEl.setAttribute("role", "region");
    this.helpEl.setAttribute("aria-label", "Visualiser keys");
    const dl = el("dl");
    for (const [keys, what, where] of KEYS) {
      const dt = el("dt");
      keys.forEach((k, i) => dt.append(...(i ? [" ", el("kbd", null, k)] : [el("kbd", null, k)])));
      dl.append(dt, el("dd", null, what + (where ? ` (${where} focused)` : "")));
    }
    this.helpEl.append(el("h4", null, "Keys"), dl);

    this.detailEl = el("p", "vis-detail");
    this.detailEl.hidden = true;
    this.narration = el("p", "vis-narration");
    this.narration.setAttribute("aria-live", "polite");
    this.stateEl = el("div", "vis-state");

    this.traceEl = el("details", "vis-trace");
    this.traceSum = el("summary", null, "Trace");
    this.traceEl.append(this.traceSum);
    this.table = new TraceTable(this.traceEl, { onSeek: (k) => this.seek(k) });
    this.traceEl.addEventListener("toggle", () => {
      if (this.traceEl.open) this.table.show(Math.max(1, this.k));
    });

    this.live = el("div", "vis-live");
    this.live.append(controls, this.tlEl, view, this.helpEl, this.detailEl, this.narration, this.stateEl, this.traceEl);
    r.replaceChildren(this.statusEl, this.live);
    r.addEventListener("keydown", (e) => this.key(e));
  }

  // clear empties the pane, saying why.
  clear(text) {
    this.pause();
    this.source = null;
    this.summary = null;
    this.statusEl.textContent = text;
    this.statusEl.hidden = !text;
    this.live.hidden = true;
    this.root.dataset.state = "empty";
  }

  running(real) {
    this.clear(real ? "Running… the timeline grows as the program runs." : "Running…");
    this.root.dataset.state = "running";
    this.root.dataset.grew = 0;
  }

  // grow shows a running program's timeline so far, the cursor at its end.
  grow(source, summary) {
    // Follow the end unless the reader moved the cursor back.
    const follow = !this.source || !this.summary || this.k >= this.summary.steps;
    this.show(source, summary);
    this.root.dataset.state = "growing";
    this.root.dataset.grew = (+this.root.dataset.grew || 0) + 1;
    this.statusEl.textContent = `Running… ${summary.steps} events so far.`;
    this.statusEl.hidden = false;
    this.timeline.draw();
    if (follow) this.seek(summary.steps);
  }

  // load shows a finished run, the cursor at its first step.
  load(source, summary) {
    const again = this.source === source;
    this.show(source, summary);
    this.statusEl.hidden = !summary.error;
    if (summary.error) this.statusEl.textContent = "The trace does not replay: " + summary.error;
    this.root.dataset.state = "ready";
    this.root.dataset.lanes = summary.lanes.map((l) => l.name).join(",");
    this.table.setSource(source, summary.steps);
    if (this.traceEl.open) this.table.show(1);
    this.drawn = this.timeline.draw();
    if (!again || this.k > summary.steps) this.seek(0, { first: true });
    else this.seek(this.k);
  }

  show(source, summary) {
    if (this.source !== source) {
      this.source = source;
      this.timeline.range = null;
      // Most of the talk's examples happen at t=0: steps show them.
      this.timeline.axis = summary.duration > 0 ? "time" : "steps";
      this.detailEl.hidden = true;
    }
    this.summary = summary;
    this.timeline.setSource(source, summary);
    this.axisBtn.textContent = "Axis: " + this.timeline.axis;
    this.axisBtn.disabled = !(summary.duration > 0);
    this.scrub.max = summary.steps;
    this.traceSum.textContent = `Trace (${summary.steps} events)`;
    this.live.hidden = false;
  }

  toggleAxis() {
    this.timeline.setAxis(this.timeline.axis === "time" ? "steps" : "time");
    this.axisBtn.textContent = "Axis: " + this.timeline.axis;
  }

  get step() {
    return this.k;
  }

  // seek moves the cursor to step k; the state panel follows when the
  // worker answers (one request in flight: scrubbing asks for the latest).
  seek(k, { first = false, scrubbing = false } = {}) {
    if (!this.summary) return;
    if (scrubbing) this.scrubAt = performance.now();
    k = Math.max(0, Math.min(this.summary.steps, Math.round(k)));
    this.k = this.want = k;
    this.scrub.value = k;
    this.stepEl.textContent = `Step ${k} of ${this.summary.steps}`;
    this.timeline.moveCursor(k);
    this.table.setCursor(k);
    this.root.dataset.step = k;
    this.root.dispatchEvent(new CustomEvent("vis-step", { detail: { step: k, steps: this.summary.steps } }));
    this.firstSeek = first;
    if (!this.fetching) this.fetchState();
  }

  async fetchState() {
    this.fetching = true;
    try {
      for (;;) {
        const k = this.want;
        const src = this.source;
        const r = await src.state(k);
        if (src !== this.source) break;
        if (this.want !== k) continue;
        this.apply(r);
        // apply may have moved on (the first view skips to a step that
        // shows something).
        if (this.want === k) break;
      }
    } catch (err) {
      this.statusEl.textContent = "Run the example again to explore it: " + err.message;
      this.statusEl.hidden = false;
      this.pause();
    } finally {
      this.fetching = false;
    }
  }

  apply(r) {
    const st = r.state;
    if (this.firstSeek && st.step === 0 && r.next > 0) {
      // Start at the first step that shows something.
      this.firstSeek = false;
      this.seek(r.next);
      return;
    }
    this.prev = r.prev;
    this.next = r.next;
    this.lanePrev = r.lanePrev;
    this.laneNext = r.laneNext;
    this.timeline.moveCursor(st.step, st.time);
    this.stepEl.textContent = `Step ${st.step} of ${st.steps} · t=${seconds(st.time)}`;
    this.shown = { ...st, nextLine: r.nextLine };
    this.scheduleRender();
  }

  // scheduleRender redraws the panel and the editor's marks at the next
  // frame; while the reader drags the scrubber, at most every 100 ms, so
  // that the cursor (moved at once) keeps 60 fps.
  scheduleRender() {
    if (this.renderPending) return;
    this.renderPending = true;
    const now = performance.now();
    const wait = now - (this.scrubAt || -1e9) < 200 ? Math.max(0, (this.renderedAt || 0) + 100 - now) : 0;
    const go = () => requestAnimationFrame(() => {
      this.renderPending = false;
      this.render();
    });
    if (wait > 0) setTimeout(go, wait);
    else go();
  }

  render() {
    const st = this.shown;
    this.shown = null;
    if (!st || !this.summary) return;
    this.renderedAt = performance.now();
    this.narration.textContent = st.narration;
    renderState(this.stateEl, st);
    this.backBtn.disabled = this.startBtn.disabled = st.step === 0;
    this.fwdBtn.disabled = this.endBtn.disabled = st.step >= st.steps;
    this.root.dataset.line = st.line || "";
    this.root.dataset.shown = st.step;
    this.onStep({ step: st.step, steps: st.steps, line: st.line || 0, nextLine: st.nextLine || 0 });
    // What is shown now, for views that follow this one (vis-follow.js).
    const v = this.timeline.view;
    const x = this.timeline.x(st.step, st.time);
    this.root.dispatchEvent(new CustomEvent("vis-shown", { bubbles: true, detail: {
      step: st.step, steps: st.steps, time: st.time, narration: st.narration, playing: !!this.playing,
      svg: this.timeline.svgText || "", at: x === null || !v ? -1 : x / v.width } }));
    if (this.playing && st.step >= st.steps) this.pause();
  }

  // move does what the control named act does ("first", "back", "play",
  // "forward", "last"): the buttons, the keys and a presenter window's
  // buttons (vis-follow.js) all go through it; any other act does nothing.
  move(act) {
    const moves = {
      first: () => this.seek(0),
      back: () => this.step(-1),
      play: () => this.togglePlay(),
      forward: () => this.step(1),
      last: () => this.seek(this.summary ? this.summary.steps : 0),
    };
    if (Object.hasOwn(moves, act)) moves[act]();
  }

  // step moves to the next (dir 1) or previous (-1) significant step.
  step(dir) {
    if (!this.summary) return;
    if (this.fetching) {
      // The target of the move in flight is not known yet: go by one.
      this.seek(this.want + dir);
      return;
    }
    this.seek(dir > 0 ? Math.max(this.next, this.k + (this.next > this.k ? 0 : 1)) : Math.min(this.prev, this.k - 1));
  }

  // laneStep moves to where the lane running at the cursor last started
  // (dir -1) or next starts (1) running, once the cursor's state is known.
  laneStep(dir) {
    if (!this.summary || this.fetching) return;
    const k = dir > 0 ? this.laneNext : this.lanePrev;
    if (k !== undefined && k !== this.k) this.seek(k);
  }

  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }

  play() {
    if (!this.summary) return;
    if (this.k >= this.summary.steps) this.seek(0);
    this.playBtn.textContent = "❚❚ Pause";
    this.playBtn.title = "Pause (space)";
    this.playBtn.setAttribute("aria-label", "Pause (space)");
    let last = performance.now();
    const tick = (now) => {
      if (!this.playing) return;
      if (now - last >= 1000 / +this.speed.value && !this.fetching) {
        last = now;
        this.step(1);
      }
      this.playing = requestAnimationFrame(tick);
    };
    this.playing = requestAnimationFrame(tick);
    this.root.dispatchEvent(new CustomEvent("vis-play", { bubbles: true, detail: { playing: true } }));
  }

  pause() {
    if (this.playing) {
      cancelAnimationFrame(this.playing);
      this.root.dispatchEvent(new CustomEvent("vis-play", { bubbles: true, detail: { playing: false } }));
    }
    this.playing = 0;
    if (this.playBtn) {
      this.playBtn.textContent = "▶ Play";
      this.playBtn.title = "Play (space)";
      this.playBtn.setAttribute("aria-label", "Play (space)");
    }
  }

  // toggleHelp shows or hides the list of keys (show: true, false, or
  // undefined to flip).
  toggleHelp(show = this.helpEl.hidden) {
    this.helpEl.hidden = !show;
    this.helpBtn.setAttribute("aria-expanded", String(show));
    this.root.dataset.help = show ? "open" : "";
  }

  select(seg) {
    const what = { running: "running", ready: "ready, waiting in the ready queue", waiting: "waiting", idle: "idle: nothing ready, the loop waits for a timer" }[seg.state] || seg.state;
    this.detailEl.textContent = `${seg.lane}: ${seg.merged ? "mostly " : ""}${what}${seg.label ? " — " + (seg.state === "waiting" ? "awaits " : "") + seg.label : ""} · steps ${seg.from}–${seg.to || "end"}`;
    this.detailEl.hidden = false;
  }

  key(e) {
    if (!this.summary || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t.closest("select, input[type=checkbox]")) return;
    const onTimeline = t === this.tlEl;
    const big = e.shiftKey ? 2 : 1;
    const keys = {
      ArrowLeft: () => this.move("back"),
      ArrowRight: () => this.move("forward"),
      Home: () => this.move("first"),
      End: () => this.move("last"),
      " ": () => this.move("play"),
      "?": () => this.toggleHelp(),
      ",": () => this.laneStep(-1),
      ".": () => this.laneStep(1),
    };
    if (!this.helpEl.hidden) keys.Escape = () => this.toggleHelp(false);
    if (onTimeline) {
      Object.assign(keys, {
        w: () => this.timeline.zoom(big > 1 ? 0.25 : 0.5),
        s: () => this.timeline.zoom(big > 1 ? 4 : 2),
        a: () => this.timeline.pan(-0.25 * big),
        d: () => this.timeline.pan(0.25 * big),
        f: () => this.timeline.fit(),
      });
    }
    const f = keys[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (!f) return;
    // Handled here: not a slide change, not a click of the focused button.
    e.preventDefault();
    e.stopPropagation();
    f();
  }

  destroy() {
    this.pause();
    this.timeline.destroy();
  }
}
