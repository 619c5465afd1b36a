// The pane the event-loop visualiser will draw in. For now it shows what
// the runtime's trace stream (runtime/trace.Event, forwarded as plain
// objects) holds: a count per kind and the latest events.
const KEEP = 200;

export class Visualiser {
  constructor(el) {
    this.el = el;
    this.reset();
  }

  reset() {
    this.events = [];
    this.total = 0;
    this.kinds = new Map();
    this.dropped = 0;
    this.render();
  }

  add(events) {
    if (!events || !events.length) return;
    this.total += events.length;
    for (const e of events) this.kinds.set(e.kind, (this.kinds.get(e.kind) || 0) + 1);
    this.events.push(...events);
    if (this.events.length > KEEP) this.events.splice(0, this.events.length - KEEP);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.render());
  }

  done(dropped) {
    this.dropped = dropped || 0;
    this.render();
  }

  render() {
    this.frame = 0;
    const summary = document.createElement("p");
    summary.className = "vis-summary";
    const kinds = [...this.kinds].map(([k, n]) => `${k} ${n}`).join(", ");
    summary.textContent = this.total === 0 ? "No events yet: run the example."
      : `${this.total} events${this.dropped ? ` (+${this.dropped} not shown)` : ""}: ${kinds}`;
    const list = document.createElement("pre");
    list.className = "vis-events";
    list.textContent = this.events.map((e) => {
      const rest = Object.entries(e).filter(([k]) => !["seq", "time", "kind", "line"].includes(k))
        .map(([k, v]) => `${k}=${typeof v === "number" ? v : JSON.stringify(v)}`).join(" ");
      return `#${e.seq} t=${(+e.time || 0).toFixed(3)} ${e.kind}${e.line ? " line " + e.line : ""} ${rest}`;
    }).join("\n");
    this.el.replaceChildren(summary, list);
    this.el.dataset.count = this.total;
  }
}
