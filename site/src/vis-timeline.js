// The timeline of a Visualiser: the SVG the worker draws for the current
// view (runtime/timeline's renderer: classes and data-* attributes only)
// and, on top, a cursor the page moves with a transform, so scrubbing
// never redraws the SVG. Zoom and pan change the view and ask for a new
// drawing (the latest request wins); the first view fits the whole run.
const MIN_STEPS = 8; // the narrowest view, in steps
let nextHatch = 1;

export class TimelineView {
  // onSeek(k) moves the visualiser's cursor; onSelect(seg) shows a
  // segment's details ({lane, state, from, to, label}).
  constructor(el, { onSeek, onSelect }) {
    this.el = el;
    this.onSeek = onSeek;
    this.onSelect = onSelect;
    this.svgEl = document.createElement("div");
    this.svgEl.className = "vis-svg";
    this.cursor = document.createElement("div");
    this.cursor.className = "vis-cursor";
    this.cursor.hidden = true;
    el.append(this.svgEl, this.cursor);
    this.source = null;
    this.axis = "steps";
    this.range = null; // {from, to} in the axis's unit; null fits the run
    this.internal = false;
    this.view = null; // the drawn view's mapping (SVGReply.view)
    this.seq = 0;
    this.k = 0;
    this.t = 0;
    this.hatch = nextHatch++;
    el.addEventListener("click", (e) => this.click(e));
    el.addEventListener("wheel", (e) => {
      if (!e.ctrlKey || !this.view) return;
      e.preventDefault();
      this.zoom(e.deltaY < 0 ? 0.8 : 1.25, this.frac(e.clientX));
    }, { passive: false });
    this.resize = new ResizeObserver(() => {
      if (this.view && Math.abs(this.width() - this.view.width) > 2) this.draw();
    });
    this.resize.observe(el);
  }

  width() {
    return Math.max(240, Math.floor(this.el.clientWidth || 600));
  }

  setSource(source, summary) {
    this.source = source;
    this.summary = summary;
  }

  setAxis(axis) {
    this.axis = axis;
    this.range = null;
    return this.draw();
  }

  setInternal(on) {
    this.internal = on;
    return this.draw();
  }

  // draw asks for the current view; resolves once it is shown (or a newer
  // request replaced it).
  async draw() {
    if (!this.source) return;
    const seq = ++this.seq;
    const r = this.range || { from: 0, to: 0 };
    let reply;
    try {
      reply = await this.source.svg({ axis: this.axis, from: r.from, to: r.to, width: this.width(), internal: this.internal });
    } catch (err) {
      if (seq === this.seq) this.svgEl.dataset.error = err.message;
      return;
    }
    if (seq !== this.seq) return;
    this.svgText = reply.svg; // as drawn, for a presenter window or print (vis-follow.js)
    // The SVG comes from our own worker and carries no script or style
    // (runtime/timeline writes only shapes, text and classes).
    this.svgEl.innerHTML = reply.svg;
    // Every drawing defines the hatch pattern as #tl-hatch; a pattern
    // inside a hidden slide paints nothing, so each drawing uses its own.
    const svg = this.svgEl.firstElementChild;
    const pat = svg && svg.querySelector("pattern#tl-hatch");
    if (pat) {
      pat.id = "tl-hatch-" + this.hatch;
      svg.style.setProperty("--tl-hatch", `url(#${pat.id})`);
    }
    this.view = reply.view;
    this.el.dataset.axis = reply.view.axis;
    this.el.dataset.s0 = reply.view.s0;
    this.el.dataset.s1 = reply.view.s1;
    this.place();
  }

  // x returns the pixel of step k at time t, or null outside the view.
  x(k, t) {
    const v = this.view;
    if (!v || k < v.s0 || k > v.s1) return null;
    let u = (k - v.s0) / (v.s1 - v.s0);
    if (v.time) u = v.share * u + (1 - v.share) * (t - v.t0) / (v.t1 - v.t0);
    return v.x0 + u * v.w;
  }

  // moveCursor puts the cursor at step k (time t, when known).
  moveCursor(k, t) {
    this.k = k;
    if (t !== undefined) this.t = t;
    this.place();
  }

  place() {
    const x = this.x(this.k, this.t);
    this.cursor.hidden = x === null;
    if (x === null) return;
    // Drawn at x: a CSSOM transform (not a style attribute, which the CSP
    // forbids) on a layer of its own, so moving it repaints nothing else.
    this.cursor.style.transform = `translateX(${x.toFixed(1)}px)`;
    this.cursor.style.height = (this.view.height || 0) + "px";
  }

  // frac returns where clientX falls in the plot, 0..1.
  frac(clientX) {
    const v = this.view;
    const box = this.svgEl.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - box.left - v.x0) / v.w));
  }

  // span returns the drawn view in the axis's unit.
  span() {
    const v = this.view;
    return v.time ? { from: v.t0, to: v.t1 } : { from: v.s0, to: v.s1 };
  }

  // zoom scales the view by f (< 1 zooms in) around the fraction c of it.
  zoom(f, c = 0.5) {
    if (!this.view) return;
    const { from, to } = this.span();
    const total = this.view.time ? this.summary.duration : this.summary.steps;
    const min = this.view.time ? total / 1e6 : MIN_STEPS;
    const len = Math.min(total, Math.max(min, (to - from) * f));
    const mid = from + (to - from) * c;
    let a = mid - len * c;
    a = Math.max(0, Math.min(total - len, a));
    this.range = len >= total ? null : { from: a, to: a + len };
    this.axis = this.view.axis;
    this.draw();
  }

  // pan moves the view by d times its width.
  pan(d) {
    if (!this.view || !this.range) return;
    const { from, to } = this.span();
    const total = this.view.time ? this.summary.duration : this.summary.steps;
    const len = to - from;
    const a = Math.max(0, Math.min(total - len, from + d * len));
    this.range = { from: a, to: a + len };
    this.draw();
  }

  fit() {
    this.range = null;
    return this.draw();
  }

  click(e) {
    if (!this.view) return;
    let seg = e.target.closest && e.target.closest(".tl-seg");
    if (!seg && e.target.closest && e.target.closest(".tl-label")) {
      const prev = e.target.closest(".tl-label").previousElementSibling;
      if (prev && prev.matches(".tl-seg")) seg = prev;
    }
    if (seg) {
      const lane = seg.closest(".tl-lane");
      const from = +seg.dataset.from;
      const to = +seg.dataset.to;
      const state = ["running", "ready", "waiting", "idle"].find((s) => seg.classList.contains("tl-" + s)) || "";
      this.onSelect({ lane: lane ? lane.dataset.name : "", kind: lane ? lane.dataset.kind : "", state, from, to, label: seg.dataset.label || "", merged: seg.classList.contains("tl-merged") });
      this.onSeek(from);
      return;
    }
    // Elsewhere in the plot: the step under the pointer (on a time axis,
    // the steps' share of the width makes this approximate).
    const v = this.view;
    const u = this.frac(e.clientX);
    this.onSeek(Math.round(v.s0 + u * (v.s1 - v.s0)));
  }

  destroy() {
    this.resize.disconnect();
  }
}
