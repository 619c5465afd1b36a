// A compare= example (slides/README.md): Run runs the code once per name,
// with the name as sys.argv[1], one after another in the run worker, which
// keeps every run's trace (Run.keep). Then the worker draws them on one
// time axis (runtime/timeline's Compare: waiting shaded, each total) and
// the pane lists the totals; the output pane shows each run's output under
// its command line, and the visualiser below explores one run at a time
// (a click on a total picks which).
import * as runner from "./runner.js";
import { markError, markStep } from "./editor.js";

let nextHatch = 1;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// seconds writes a total as the programs print it: "2.4 s".
function seconds(t) {
  return (Math.round(t * 100) / 100).toString() + " s";
}

export class Comparison {
  // ex is the Example (example.js) whose element carries data-compare.
  constructor(ex, trace) {
    this.ex = ex;
    this.trace = trace;
    this.names = ex.el.dataset.compare.split(",");
    this.root = el("section", "cmp");
    this.root.setAttribute("aria-label", "The runs on one time axis");
    this.root.hidden = true;
    this.head = el("p", "cmp-head", `One program, ${this.names.length} runs (${this.names.map((n) => "argv " + n).join(", ")}), on one clock: waiting is shaded.`);
    this.svgEl = el("div", "cmp-svg");
    this.totals = el("ol", "cmp-totals");
    this.totals.setAttribute("aria-label", "Totals (click one to explore that run below)");
    this.root.append(this.head, this.svgEl, this.totals);
    this.hatch = nextHatch++;
    this.ids = [];
    this.seq = 0;
    this.resize = new ResizeObserver(() => {
      if (this.drawnWidth && Math.abs(this.width() - this.drawnWidth) > 40) this.draw();
    });
    this.resize.observe(this.root);
  }

  width() {
    return Math.max(320, Math.floor(this.root.clientWidth || 700));
  }

  // run runs code once per name, then draws them.
  run(code) {
    const ex = this.ex;
    const seq = ++this.seq;
    ex.output.clear();
    ex.output.pre.hidden = false;
    this.root.hidden = false;
    this.root.dataset.state = "running";
    this.svgEl.replaceChildren(el("p", "cmp-wait", "Running…"));
    this.totals.replaceChildren();
    ex.visEl.hidden = false;
    ex.vis.running(false);
    markError(ex.view, null);
    markStep(ex.view, null);
    ex.el.dataset.run = "running";
    delete ex.el.dataset.drawn;
    ex.runBtn.disabled = true;
    ex.stopBtn.disabled = false;
    ex.ran = true;
    const t0 = performance.now();
    const ids = [];
    const end = (m) => {
      ex.runBtn.disabled = false;
      ex.stopBtn.disabled = true;
      runner.idle();
      const err = ex.output.finish();
      if (err) markError(ex.view, err);
      ex.el.dataset.run = m.stopped ? "stopped" : m.error ? "failed" : "done";
      ex.el.dataset.exit = m.exitCode;
      ex.el.dataset.pageMs = Math.round(performance.now() - t0);
    };
    const next = (i) => {
      const name = this.names[i];
      ex.output.note(`${i ? "\n" : ""}$ python ${ex.filename} ${name}\n`, "cmd");
      const id = runner.run(code, { clock: ex.clock, filename: ex.filename, trace: this.trace, argv: [name], seed: ex.seed, keep: ids.slice() }, {
        out: (chunks) => {
          for (const c of chunks) ex.output.append(c.stream, c.text);
        },
        done: (m) => {
          if (seq !== this.seq) return;
          if (m.stopped || m.error) {
            if (m.stopped) ex.output.note("\n[stopped]\n", "stopped");
            else ex.output.note(`\n[the runtime failed: ${m.error}]\n`, "error");
            ex.vis.clear(m.stopped ? "Stopped: the traces went with the run." : "");
            this.svgEl.replaceChildren(el("p", "cmp-wait", "Stopped."));
            this.root.dataset.state = "stopped";
            return end(m);
          }
          if (m.outputCut) ex.output.note("\n[output limit reached: the run was stopped]\n", "error");
          if (m.traced) ids.push(id);
          if (i + 1 < this.names.length) return next(i + 1);
          end(m);
          if (ids.length === this.names.length) this.finish(ids, seq);
          else {
            ex.vis.clear(this.trace ? "" : "The visualiser is off (?trace=0).");
            this.svgEl.replaceChildren();
            this.root.dataset.state = "off";
          }
        },
      });
    };
    next(0);
  }

  // finish draws the runs and lets the visualiser explore the first.
  async finish(ids, seq) {
    this.ids = ids;
    await this.draw();
    if (seq !== this.seq) return;
    this.explore(0);
  }

  async draw() {
    if (!this.ids.length) return;
    const seq = this.seq;
    const width = this.width();
    let r;
    try {
      r = await runner.compare(this.ids, this.names, width);
    } catch (err) {
      if (seq === this.seq) this.svgEl.replaceChildren(el("p", "cmp-wait", "Run again to draw the runs: " + err.message));
      return;
    }
    if (seq !== this.seq) return;
    this.drawnWidth = width;
    // Our own worker's SVG: shapes, text and classes only (runtime/timeline).
    this.svgEl.innerHTML = r.svg;
    const svg = this.svgEl.firstElementChild;
    const pat = svg && svg.querySelector("pattern#tl-hatch");
    if (pat) {
      // A pattern id must be unique in the page (see vis-timeline.js).
      pat.id = "tl-hatch-cmp-" + this.hatch;
      svg.style.setProperty("--tl-hatch", `url(#${pat.id})`);
    }
    this.svg = r.svg;
    this.root.dataset.totals = r.totals.join(",");
    this.totals.replaceChildren(...this.names.map((name, i) => {
      const li = el("li", "cmp-total");
      li.dataset.name = name;
      li.dataset.total = r.totals[i];
      const b = el("button", "cmp-pick");
      b.type = "button";
      b.title = `Explore the ${name} run step by step below`;
      b.append(el("span", "cmp-name", name), " ", el("span", "cmp-secs", seconds(r.totals[i])));
      b.onclick = () => this.explore(i);
      li.append(b);
      return li;
    }));
    this.root.dataset.state = "drawn";
    this.root.dispatchEvent(new CustomEvent("cmp-drawn", { bubbles: true, detail: { svg: r.svg, totals: r.totals, names: this.names } }));
  }

  // explore loads run i into the example's visualiser.
  async explore(i) {
    const ex = this.ex;
    const src = runner.source(this.ids[i]);
    for (const li of this.totals.children) li.classList.toggle("cmp-shown", li.dataset.name === this.names[i]);
    try {
      const sum = await src.summary();
      ex.vis.load(src, sum);
      ex.vis.statusEl.textContent = `Exploring the ${this.names[i]} run.`;
      ex.vis.statusEl.hidden = false;
      ex.el.dataset.drawn = 1;
    } catch (err) {
      ex.vis.clear("Run again to explore it: " + err.message);
    }
  }
}
