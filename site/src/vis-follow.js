// The visualiser's picture beyond its pane. The presenter window (?presenter)
// shows, under its copy of the current slide, the picture the audience's
// window shows for each example on it, the cursor following every step;
// and the printed deck shows each example's last picture on its slide (the
// build's picture, site/pictures, until the example runs in this tab).
//
// The audience's window sends what it shows (the drawn SVG's text, the
// cursor's place in it and the step's sentence) over a BroadcastChannel,
// rather than the code to run again: the presenter window loads no
// runtime, and a run again could differ from the one the audience sees (a
// clock=real run, an edit not yet saved). A presenter that opens late asks
// for the pictures shown so far ("hello"). Only the audience's window runs
// examples: the presenter's buttons under each picture ask it to run or
// step ("drive"), and the picture that comes back shows what it did.
import { isPresenter } from "./presenter.js";
import { examples } from "./example.js";

const deck = document.body.dataset.deck;
const channel = "BroadcastChannel" in self ? new BroadcastChannel("asynchrony-vis-" + deck) : null;
const latest = new Map(); // example id -> the last message about it
let nextHatch = 1;

// picture puts svg text (runtime/timeline's: shapes, text and classes, from
// our own worker) into box, its hatch pattern renamed: an id must be unique
// in the page, and a pattern inside a hidden element paints nothing.
function picture(box, svg) {
  const id = "tl-hatch-f" + nextHatch++;
  box.innerHTML = svg.replace('id="tl-hatch"', `id="${id}"`);
  const el = box.querySelector("svg");
  if (el && el.querySelector("#" + id)) el.style.setProperty("--tl-hatch", `url(#${id})`);
  return el;
}

function send(m) {
  if (channel) channel.postMessage(m);
}

// The audience's side: print figures and messages to the presenter.
function audience() {
  const svgSent = new Map(); // example id -> the svg text last sent
  const printed = new Map(); // example id -> the svg text in its print figure
  const figure = (exEl, svg) => {
    const id = exEl.dataset.id;
    if (!svg || printed.get(id) === svg) return;
    printed.set(id, svg);
    let fig = exEl.querySelector(":scope > .ex-print");
    if (!fig) {
      fig = document.createElement("figure");
      fig.className = "ex-print";
      fig.setAttribute("aria-hidden", "true"); // a copy for paper; the pane above is the live one
      exEl.append(fig);
    }
    picture(fig, svg); // in place of the build's picture and its note (site/pictures)
    delete fig.dataset.built;
    // On paper the code beside the picture is the code that ran: the
    // slide's own (highlighted) or the reader's edit, as plain text (the
    // editor draws only the lines in its view, so it cannot be printed).
    const ex = examples.get(id);
    const code = ex && ex.lastRunCode;
    const edited = code !== undefined && code !== ex.original;
    exEl.dataset.printCode = edited ? "edited" : "original";
    let pre = exEl.querySelector(":scope > .ex-print-code");
    if (edited) {
      if (!pre) {
        pre = document.createElement("pre");
        pre.className = "code ex-print-code";
        exEl.insertBefore(pre, exEl.firstChild);
      }
      pre.textContent = code;
    } else if (pre) pre.remove();
  };
  document.addEventListener("vis-shown", (e) => {
    const exEl = e.target.closest && e.target.closest(".example");
    if (!exEl) return;
    const d = e.detail;
    const id = exEl.dataset.id;
    if (!exEl.dataset.compare) figure(exEl, d.svg);
    const m = { type: "vis", ex: id, step: d.step, steps: d.steps, at: d.at, narration: d.narration || "", playing: d.playing };
    if (svgSent.get(id) !== d.svg) {
      svgSent.set(id, d.svg);
      m.svg = d.svg;
    }
    latest.set(id + "/vis", { ...m, svg: d.svg });
    send(m);
  });
  document.addEventListener("vis-play", (e) => {
    const exEl = e.target.closest && e.target.closest(".example");
    const last = exEl && latest.get(exEl.dataset.id + "/vis");
    if (!last) return;
    last.playing = e.detail.playing;
    const { svg, ...m } = last; // the presenter has the picture
    send(m);
  });
  document.addEventListener("cmp-drawn", (e) => {
    const exEl = e.target.closest(".example");
    if (!exEl) return;
    figure(exEl, e.detail.svg);
    const m = { type: "cmp", ex: exEl.dataset.id, svg: e.detail.svg, names: e.detail.names, totals: e.detail.totals };
    latest.set(m.ex + "/cmp", m);
    send(m);
  });
  if (channel) {
    channel.onmessage = (e) => {
      const m = e.data;
      if (m && m.type === "hello") for (const m of latest.values()) send(m);
      if (m && m.type === "drive") drive(m);
    };
  }
}

// drive does in the audience's window what the presenter's button asked of
// an example: run it, or move its visualiser's cursor as its own buttons do.
async function drive(m) {
  const ex = typeof m.ex === "string" && examples.get(m.ex);
  if (!ex) return;
  if (m.act === "run") {
    await ex.upgrade(); // the slide is the presenter's too, so normally done
    if (!ex.runBtn.disabled) ex.run();
    return;
  }
  if (ex.vis && ex.vis.summary) ex.vis.move(m.act);
}

// The presenter's buttons under each example's picture: what each asks of
// the audience's window (drive), its label and its title.
const DRIVE = [
  ["run", "Run", "Run the example in the audience's window"],
  ["first", "« First", "First step"],
  ["back", "‹ Back", "Previous step"],
  ["play", "▶ Play", "Play or pause the steps"],
  ["forward", "Forward ›", "Next step"],
  ["last", "Last »", "Last step"],
];

// The presenter's side: each followed example's picture under the copy of
// the current slide.
function presenter() {
  const cur = document.querySelector("#presenter .presenter-current");
  if (!channel || !cur) return;
  const show = (id) => {
    const exEl = cur.querySelector(`.example[data-id="${CSS.escape(id)}"]`);
    if (!exEl) return;
    const cmp = latest.get(id + "/cmp");
    const vis = latest.get(id + "/vis");
    let box = exEl.querySelector(":scope > .follow");
    if (!box) {
      box = document.createElement("div");
      box.className = "follow";
      box.setAttribute("aria-label", "The audience's picture of this example");
      const c = document.createElement("div");
      c.className = "follow-cmp";
      const p = document.createElement("div");
      p.className = "follow-pic";
      const svg = document.createElement("div");
      svg.className = "follow-svg";
      const cursor = document.createElement("div");
      cursor.className = "follow-cursor";
      p.append(svg, cursor);
      const said = document.createElement("p");
      said.className = "follow-step";
      said.textContent = "Not run yet in the audience's window.";
      const bar = document.createElement("div");
      bar.className = "follow-drive";
      bar.setAttribute("role", "group");
      bar.setAttribute("aria-label", "Drive the audience's window");
      for (const [act, label, title] of DRIVE) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.title = title;
        b.dataset.act = act;
        b.onclick = () => send({ type: "drive", ex: id, act });
        bar.append(b);
      }
      box.append(c, p, said, bar);
      // First, over the code: the presenter's copy of the slide is cut at
      // its frame, and the picture is what follows the audience.
      exEl.prepend(box);
    }
    const c = box.querySelector(".follow-cmp");
    if (cmp && c.dataset.svg !== cmp.svg) {
      c.dataset.svg = cmp.svg;
      picture(c, cmp.svg);
      box.dataset.totals = cmp.totals.join(",");
    }
    // Stepping needs a run to step through.
    for (const b of box.querySelectorAll(".follow-drive button:not([data-act=run])")) b.disabled = !vis;
    if (!vis) return;
    const playing = vis.playing && vis.step < vis.steps;
    const play = box.querySelector(".follow-drive [data-act=play]");
    play.textContent = playing ? "❚❚ Pause" : "▶ Play";
    const svgBox = box.querySelector(".follow-svg");
    if (vis.svg !== undefined && svgBox.dataset.svg !== vis.svg) {
      svgBox.dataset.svg = vis.svg;
      picture(svgBox, vis.svg);
    }
    const cursor = box.querySelector(".follow-cursor");
    cursor.hidden = !(vis.at >= 0);
    cursor.style.left = (100 * Math.max(0, vis.at)).toFixed(2) + "%";
    box.dataset.step = vis.step;
    box.querySelector(".follow-step").textContent = `Step ${vis.step} of ${vis.steps}${vis.narration ? ": " + vis.narration : ""}`;
  };
  channel.onmessage = (e) => {
    const m = e.data;
    if (!m || (m.type !== "vis" && m.type !== "cmp") || typeof m.ex !== "string") return;
    const key = m.ex + "/" + m.type;
    const old = latest.get(key);
    // A step message carries the SVG only when it changed.
    if (m.type === "vis" && m.svg === undefined && old) m.svg = old.svg;
    latest.set(key, m);
    show(m.ex);
  };
  // The presenter redraws its copy of the slide on every move: show the
  // pictures of the examples on the new one.
  const showAll = () => {
    for (const exEl of cur.querySelectorAll(".example")) show(exEl.dataset.id);
  };
  new MutationObserver(showAll).observe(cur, { childList: true });
  showAll();
  send({ type: "hello" });
}

export function startFollow() {
  if (isPresenter) presenter();
  else audience();
}
