// Presenter view: the same page opened with ?presenter in a second window.
// It shows the current slide, the next one, the speaker notes and a timer;
// the two windows follow each other through a BroadcastChannel.
import { go, onChange, slide, count, currentSlide } from "./nav.js";

export const isPresenter = new URLSearchParams(location.search).has("presenter");
const deck = document.body.dataset.deck;
const channel = "BroadcastChannel" in self ? new BroadcastChannel("asynchrony-deck-" + deck) : null;
const role = isPresenter ? "presenter" : "audience";
let remote = false; // the current move came from the other window

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
  onChange((n) => {
    if (!remote && channel) channel.postMessage({ type: "goto", n, from: role });
    if (isPresenter) render(n);
  });
  if (channel) {
    channel.onmessage = (e) => {
      const m = e.data;
      if (!m || m.type !== "goto" || m.from === role) return;
      remote = true;
      try {
        go(m.n);
      } finally {
        remote = false;
      }
    };
  }
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
