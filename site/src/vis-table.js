// The trace as a table, one page of events at a time (asked of the worker),
// so that a run of a million events never puts a million rows in the page.
// The cursor's row is marked; a click on a row moves the cursor there.
import { seconds } from "./vis-state.js";

export const PAGE = 100;
const SHOWN = new Set(["seq", "time", "kind", "line"]);

function cell(tr, text, cls) {
  const td = document.createElement("td");
  if (cls) td.className = cls;
  td.textContent = text;
  tr.append(td);
}

export class TraceTable {
  constructor(el, { onSeek }) {
    this.el = el;
    this.onSeek = onSeek;
    this.source = null;
    this.total = 0;
    this.from = 1;
    this.cursor = 0;
    this.seq = 0;
    const bar = document.createElement("div");
    bar.className = "vis-table-bar";
    const b = (label, title, fn) => {
      const x = document.createElement("button");
      x.type = "button";
      x.textContent = label;
      x.title = title;
      x.onclick = fn;
      bar.append(x);
      return x;
    };
    this.firstBtn = b("«", "First page", () => this.show(1));
    this.prevBtn = b("‹", "Previous page", () => this.show(this.from - PAGE));
    this.pageEl = document.createElement("span");
    this.pageEl.className = "vis-page";
    bar.append(this.pageEl);
    this.nextBtn = b("›", "Next page", () => this.show(this.from + PAGE));
    this.lastBtn = b("»", "Last page", () => this.show(this.total));
    b("At cursor", "The page holding the cursor's step", () => this.show(Math.max(1, this.cursor)));
    this.table = document.createElement("table");
    this.table.className = "vis-events";
    const head = this.table.createTHead().insertRow();
    for (const h of ["#", "time", "kind", "line", "details"]) {
      const th = document.createElement("th");
      th.textContent = h;
      head.append(th);
    }
    this.body = this.table.createTBody();
    this.body.addEventListener("click", (e) => {
      const tr = e.target.closest("tr");
      if (tr) this.onSeek(+tr.dataset.seq);
    });
    el.append(bar, this.table);
  }

  setSource(source, total) {
    this.source = source;
    this.total = total;
    this.body.replaceChildren();
    this.from = 1;
  }

  // show loads the page holding event n.
  async show(n) {
    if (!this.source || !this.total) return;
    n = Math.min(Math.max(1, n), this.total);
    const from = Math.floor((n - 1) / PAGE) * PAGE + 1;
    const seq = ++this.seq;
    let r;
    try {
      r = await this.source.events(from, PAGE);
    } catch {
      return;
    }
    if (seq !== this.seq) return;
    this.from = r.from;
    const rows = [];
    for (const e of r.events) {
      const tr = document.createElement("tr");
      tr.dataset.seq = e.seq;
      cell(tr, e.seq, "num");
      cell(tr, seconds(e.time), "num");
      cell(tr, e.kind);
      cell(tr, e.line || "", "num");
      cell(tr, Object.entries(e).filter(([k]) => !SHOWN.has(k))
        .map(([k, v]) => `${k}=${typeof v === "number" ? v : JSON.stringify(v)}`).join(" "));
      rows.push(tr);
    }
    this.body.replaceChildren(...rows);
    const pages = Math.ceil(this.total / PAGE);
    const page = Math.floor((this.from - 1) / PAGE) + 1;
    this.pageEl.textContent = `events ${this.from}–${Math.min(this.total, this.from + PAGE - 1)} of ${this.total} (page ${page} of ${pages})`;
    this.firstBtn.disabled = this.prevBtn.disabled = page === 1;
    this.nextBtn.disabled = this.lastBtn.disabled = page === pages;
    this.mark();
  }

  // setCursor marks step k's row (if shown).
  setCursor(k) {
    this.cursor = k;
    this.mark();
  }

  mark() {
    const old = this.body.querySelector("tr.vis-at");
    if (old) old.classList.remove("vis-at");
    const i = this.cursor - this.from;
    const row = i >= 0 ? this.body.rows[i] : null;
    if (row) row.classList.add("vis-at");
  }
}
