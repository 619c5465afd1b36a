// Presenter view: the same page opened with ?presenter in a second window.
// It shows the current slide, the next one, the speaker notes and a timer;
// the two windows follow each other through a BroadcastChannel.
import { go, onChange, slide, count, currentSlide } from "./nav.js";

export const isPresenter = new URLSearchParams(location.search).has("presenter");
const deck = document.body.dataset.deck;
const channel = "BroadcastChannel" in self ? new BroadcastChannel("asynchrony-deck-" + deck) : null;
const role = isPresenter ? "presenter" : "audience";

// Keeping the two windows together. Every move the reader makes in either
// window goes to the other as an absolute slide number with a stamp, and
// a window shows a slide from the other only if its stamp is later than
// that of the choice it shows: so messages that cross, or that wait in a
// busy window's queue, cannot undo a later move, and both windows end on
// the slide last chosen. A move that came from the channel is never sent
// back. A stamp is a time that is both a clock reading and later than
// every stamp this window has seen (so a move made after seeing another
// is later than it), with the window's id to break ties.
const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
const since = performance.timeOrigin; // when this window was opened
let clock = 0; // the latest stamp time sent or seen
let shown = { t: 0, id: "" }; // the stamp of the slide shown; t 0: the URL's, no choice yet

function send(m) {
  if (channel) channel.postMessage({ ...m, from: role });
}

// later tells whether message m (a "goto" or "state") should replace the
// slide shown. Before any choice, a window that opens follows the window
// that was there first.
function later(m) {
  if (m.t !== shown.t) return m.t > shown.t;
  if (m.t === 0) return m.type === "state" && m.since < since;
  return m.id > shown.id;
}

function receive(m) {
  if (typeof m !== "object" || !m || m.from === role) return;
  if (m.type === "hello") {
    if (currentSlide()) send({ type: "state", n: currentSlide(), t: shown.t, id: shown.id, since });
    return;
  }
  if ((m.type !== "goto" && m.type !== "state") || !Number.isInteger(m.n) || !Number.isFinite(m.t) || typeof m.id !== "string") return;
  clock = Math.max(clock, m.t);
  if (!later(m)) return;
  shown = { t: m.t, id: m.id };
  go(m.n, { source: "sync" });
}

export function openPresenter() {
  const url = new URL(location.href);
  url.search = "?presenter";
  url.hash = "#" + currentSlide();
  window.open(url.href, "asynchrony-presenter-" + deck, "popup,width=1100,height=700");
}

function clone(n) {
  const s = slide(n);
  if (!s) return document.createTextNode(n > count ? "End of the deck" : "");
  const c = s.cloneNode(true);
  c.removeAttribute("id");
  c.classList.add("current");
  c.querySelectorAll("[id]").forEach((e) => e.removeAttribute("id"));
  c.querySelectorAll(".notes").forEach((e) => e.remove());
  return c;
}

function render(n) {
  const p = document.getElementById("presenter");
  p.querySelector(".presenter-current").replaceChildren(clone(n));
  p.querySelector(".presenter-next").replaceChildren(clone(n + 1));
  const notes = slide(n).querySelector(".notes");
  const pn = p.querySelector(".presenter-notes");
  if (notes) pn.innerHTML = notes.innerHTML; // our own build-time HTML
  else pn.textContent = "No notes for this slide.";
  document.getElementById("presenter-count").textContent = `${n} / ${count}`;
}

export function startPresenter() {
  onChange((n, _, source) => {
    if (source === "start") send({ type: "hello" });
    else if (source === "user") {
      clock = Math.max(Date.now(), clock + 1);
      shown = { t: clock, id };
      send({ type: "goto", n, t: clock, id });
    }
    if (isPresenter) render(n);
  });
  if (channel) channel.onmessage = (e) => receive(e.data);
  if (!isPresenter) return;
  document.body.classList.add("presenting");
  document.getElementById("presenter").hidden = false;
  let t0 = Date.now();
  const timer = document.getElementById("presenter-timer");
  const tick = () => {
    const s = Math.floor((Date.now() - t0) / 1000);
    timer.textContent = `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
  };
  setInterval(tick, 1000);
  document.querySelector('[data-action="timer-reset"]').onclick = () => {
    t0 = Date.now();
    tick();
  };
  if (currentSlide()) render(currentSlide());
}
