// One runnable example on a slide: the build-time highlighted code becomes
// an editor with Run / Stop / Reset / Share, an output pane and the
// visualiser pane. Edits are saved as typed (debounced) with the revision
// they started from; a save that finds a newer revision (another tab) asks
// whose edit to keep instead of overwriting.
import { createEditor, setDoc, markError, gotoLine, markStep } from "./editor.js";
import { Output } from "./output.js";
import { Visualiser } from "./visualiser.js";
import { storage } from "./storage.js";
import * as runner from "./runner.js";
import { shareURL } from "./share.js";
import { Comparison } from "./compare.js";

const SAVE_DELAY = 250; // ms; the brief allows at most 300
// ?trace=0 runs without the visualiser (no trace kept): for comparing
// run times.
const TRACE = new URLSearchParams(location.search).get("trace") !== "0";
const deck = document.body.dataset.deck;
export const examples = new Map(); // id -> Example

function button(label, cls, title) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = cls;
  b.textContent = label;
  if (title) b.title = title;
  return b;
}

export class Example {
  constructor(el) {
    this.el = el;
    this.id = el.dataset.id;
    this.hash = el.dataset.hash;
    this.clock = el.dataset.clock || "virtual";
    this.seed = Number(el.dataset.seed) || 0; // seed=N: how threads interleave
    this.original = el.querySelector("pre.code").textContent;
    this.baseRev = 0; // the stored revision the editor's text derives from
    this.dirty = false; // typed since the last save
    this.saving = null;
    this.timer = 0;
    this.view = null;
    this.upgrading = null;
    this.ran = false;
    examples.set(this.id, this);
  }

  get filename() {
    return this.id + ".py";
  }

  state(s, text) {
    this.el.dataset.state = s;
    this.stateEl.textContent = text;
  }

  // upgrade turns the static code into an editor once the saved edit (if
  // any) is known, so the reader never sees their edit replaced.
  upgrade(shared) {
    if (!this.upgrading) this.upgrading = this.doUpgrade(shared);
    return this.upgrading;
  }

  async doUpgrade(shared) {
    let rec = null;
    let loadError = null;
    try {
      rec = await storage.get(deck, this.id);
    } catch (err) {
      loadError = err;
    }
    this.build();
    this.view = createEditor(this.editorEl, rec ? rec.code : this.original, {
      onRun: () => this.run(),
      onEdit: () => this.edited(),
    });
    this.el.classList.add("live");
    if (rec) this.applyRecord(rec);
    else this.state("original", "");
    if (loadError) this.state("error", "Saved edits unavailable");
    if (shared !== undefined) this.showShared(shared);
  }

  // showShared puts a share link's code in the editor, unsaved.
  showShared(code) {
    clearTimeout(this.timer);
    this.dirty = false;
    setDoc(this.view, code);
    this.state("shared", "Shared code");
    this.notice("Opened from a share link. Your own saved version is untouched until you edit this.");
  }

  build() {
    const bar = document.createElement("div");
    bar.className = "ex-bar";
    this.runBtn = button("Run ▶", "ex-run", "Run (Ctrl+Enter)");
    this.stopBtn = button("Stop", "ex-stop");
    this.resetBtn = button("Reset", "ex-reset", "Back to the slide's code (removes your saved edit)");
    this.shareBtn = button("Share", "ex-share", "A link carrying this code");
    this.stateEl = document.createElement("span");
    this.stateEl.className = "ex-state";
    this.stopBtn.disabled = true;
    this.runBtn.onclick = () => this.run();
    this.stopBtn.onclick = () => this.stop();
    this.resetBtn.onclick = () => this.reset();
    this.shareBtn.onclick = () => this.share();
    const clock = document.createElement("span");
    clock.className = "ex-clock";
    clock.textContent = this.clock === "real" ? "real clock" : "";
    bar.append(this.runBtn, this.stopBtn, this.resetBtn, this.shareBtn, this.stateEl, clock);
    this.editorEl = document.createElement("div");
    this.editorEl.className = "ex-editor";
    this.noticeEl = document.createElement("div");
    this.noticeEl.className = "ex-notice";
    this.noticeEl.hidden = true;
    const outPre = document.createElement("pre");
    outPre.className = "output";
    outPre.setAttribute("aria-live", "polite");
    outPre.hidden = true;
    this.output = new Output(outPre, this.filename, (line) => gotoLine(this.view, line));
    const vis = document.createElement("section");
    vis.className = "vis";
    vis.hidden = true;
    vis.setAttribute("aria-label", "Event loop");
    this.visEl = vis;
    this.vis = new Visualiser(vis, {
      onStep: ({ line, nextLine }) => markStep(this.view, { ran: line, next: nextLine }),
    });
    this.el.append(this.editorEl, bar, this.noticeEl, outPre);
    if (this.el.dataset.compare) {
      this.comparison = new Comparison(this, TRACE);
      this.el.append(this.comparison.root);
    }
    this.el.append(vis);
  }

  notice(text, actions = []) {
    this.noticeEl.replaceChildren(text);
    for (const [label, fn] of actions) {
      const b = button(label, "ex-notice-btn");
      b.onclick = fn;
      this.noticeEl.append(" ", b);
    }
    this.noticeEl.hidden = false;
  }

  clearNotice() {
    this.noticeEl.hidden = true;
  }

  applyRecord(rec) {
    this.baseRev = rec.rev;
    this.state("edited", "Edited");
    if (rec.orig && rec.orig !== this.hash) {
      this.el.dataset.origChanged = "1";
      this.notice("The slide's original code has changed since you edited this example; your edit is kept.",
        [["Show the new original", () => this.reset()]]);
    }
  }

  edited() {
    this.dirty = true;
    this.state("unsaved", "Editing…");
    markError(this.view, null);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), SAVE_DELAY);
  }

  // save stores the editor's text; typing back the original removes the edit.
  async save(force = false) {
    clearTimeout(this.timer);
    if (this.saving) {
      await this.saving.catch(() => {});
    }
    if (!this.dirty && !force) return;
    const code = this.view.state.doc.toString();
    this.dirty = false;
    this.state("saving", "Saving…");
    this.saving = (async () => {
      try {
        if (code === this.original && !force) {
          await storage.reset(deck, this.id);
          this.baseRev = 0;
          delete this.el.dataset.origChanged;
          this.state("original", "");
          return;
        }
        const rec = await storage.save(deck, this.id, code, this.hash, this.baseRev, force);
        this.baseRev = rec.rev;
        if (!this.dirty) this.state("edited", "Edited · saved");
        if (force) this.clearNotice();
      } catch (err) {
        this.dirty = true;
        if (err.conflict) this.conflict(err.conflict);
        else this.state("error", "Not saved: " + err.message);
      }
    })();
    return this.saving;
  }

  conflict(theirs) {
    this.state("conflict", "Conflict");
    const mine = this.view.state.doc.toString();
    this.notice(theirs.rev ? "This example was changed in another tab." : "This example was reset in another tab.", [
      ["Keep mine", () => {
        this.baseRev = theirs.rev || 0;
        this.dirty = true;
        this.clearNotice();
        this.save(true);
      }],
      ["Take theirs", () => {
        this.dirty = false;
        setDoc(this.view, theirs.rev ? theirs.code : this.original);
        this.baseRev = theirs.rev || 0;
        this.state(theirs.rev ? "edited" : "original", theirs.rev ? "Edited" : "");
        this.clearNotice();
      }],
      ["Copy mine", () => navigator.clipboard && navigator.clipboard.writeText(mine)],
    ]);
  }

  // remoteChange follows another tab's save or reset, unless the reader
  // has typed here since: then their next save reports the conflict.
  async remoteChange(m) {
    if (!this.view) return;
    if (this.dirty || this.saving && this.el.dataset.state === "saving") {
      if (m.type === "saved" && m.rev > this.baseRev || m.type === "reset") {
        this.conflict(m.type === "saved" ? { rev: m.rev, code: m.code } : { rev: 0 });
      }
      return;
    }
    if (m.type === "reset") {
      setDoc(this.view, this.original);
      this.baseRev = 0;
      this.state("original", "");
    } else if (m.type === "saved") {
      setDoc(this.view, m.code);
      this.baseRev = m.rev;
      this.state("edited", "Edited");
    } else if (m.type === "reload") {
      const rec = await storage.get(deck, this.id).catch(() => null);
      if (rec && !this.dirty) {
        setDoc(this.view, rec.code);
        this.applyRecord(rec);
      }
    }
  }

  async reset() {
    clearTimeout(this.timer);
    this.dirty = false;
    setDoc(this.view, this.original);
    this.clearNotice();
    delete this.el.dataset.origChanged;
    this.state("saving", "Resetting…");
    try {
      await storage.reset(deck, this.id);
      this.baseRev = 0;
      this.state("original", "");
    } catch (err) {
      this.state("error", "Reset not saved: " + err.message);
    }
  }

  share() {
    const url = shareURL(this);
    this.notice("Share link:");
    const input = document.createElement("input");
    input.className = "ex-share-url";
    input.readOnly = true;
    input.value = url;
    this.noticeEl.append(" ", input);
    input.select();
    if (navigator.clipboard) navigator.clipboard.writeText(url).catch(() => {});
  }

  run() {
    if (!this.view) return;
    const code = this.view.state.doc.toString();
    this.lastRunCode = code; // printed beside the run's picture (vis-follow.js)
    if (this.comparison) return this.comparison.run(code);
    this.output.clear();
    this.output.pre.hidden = false;
    this.visEl.hidden = false;
    this.vis.running(this.clock === "real");
    markError(this.view, null);
    markStep(this.view, null);
    this.el.dataset.run = "running";
    this.runBtn.disabled = true;
    this.stopBtn.disabled = false;
    this.ran = true;
    const t0 = performance.now();
    delete this.el.dataset.drawn;
    let source = null;
    const id = runner.run(code, { clock: this.clock, filename: this.filename, trace: TRACE, seed: this.seed }, {
      out: (chunks) => {
        for (const c of chunks) this.output.append(c.stream, c.text);
      },
      progress: (summary) => this.vis.grow(source, summary),
      drawn: (m) => {
        this.vis.load(source, m.summary);
        this.el.dataset.drawn = m.ms;
      },
      done: (m) => {
        this.runBtn.disabled = false;
        this.stopBtn.disabled = true;
        runner.idle();
        if (m.stopped) this.output.note("\n[stopped]\n", "stopped");
        else if (m.error) this.output.note(`\n[the runtime failed: ${m.error}]\n`, "error");
        else if (m.outputCut) this.output.note("\n[output limit reached: the run was stopped]\n", "error");
        const err = this.output.finish();
        if (err) markError(this.view, err);
        if (!m.traced) this.vis.clear(m.stopped ? "Stopped: the trace went with the run." : TRACE ? "" : "The visualiser is off (?trace=0).");
        else this.vis.statusEl.textContent = "Drawing the timeline…";
        this.el.dataset.run = m.stopped ? "stopped" : m.error ? "failed" : "done";
        this.el.dataset.exit = m.exitCode;
        this.el.dataset.ms = m.ms !== undefined ? m.ms : Math.round(performance.now() - t0);
        this.el.dataset.pageMs = Math.round(performance.now() - t0);
      },
    });
    source = runner.source(id);
  }

  stop() {
    if (this.el.dataset.run === "running") runner.stop();
  }
}
