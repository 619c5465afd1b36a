// Deck navigation: one slide shown at a time, a URL per slide (#N, with
// share parameters after it: #N&ex=ID&code=...), keys, touch swipes, the
// progress bar, the overview of all slides and full screen.
const slides = [...document.querySelectorAll(".slide")];
const listeners = new Set();
let current = 0; // 1-based once started

export const count = slides.length;

export function slide(n) {
  return slides[n - 1] || null;
}

export function currentSlide() {
  return current;
}

// onChange(fn) calls fn(n, slideElement, source) after every move; source
// is what go was told: "start" (the URL's slide on load), "sync" (a move
// made in the other window of a deck and its presenter view, see
// presenter.js) or "user" (everything else).
export function onChange(fn) {
  listeners.add(fn);
}

// parseHash reads "#N&k=v&..." into {n, params}.
export function parseHash(hash = location.hash) {
  const [first, ...rest] = hash.replace(/^#/, "").split("&");
  const n = parseInt(first, 10);
  return { n: Number.isFinite(n) ? n : 1, params: new URLSearchParams(rest.join("&")) };
}

// go shows slide n (clamped); it updates the URL unless told not to, and
// tells the onChange listeners the move's source.
export function go(n, { updateURL = true, source = "user" } = {}) {
  n = Math.min(Math.max(1, n | 0), count);
  if (n === current) return;
  const prev = slide(current);
  if (prev) prev.classList.remove("current");
  current = n;
  const el = slide(n);
  el.classList.add("current");
  document.getElementById("slide-n").textContent = n;
  document.querySelector(".progress-fill").style.width = `${(100 * n) / count}%`;
  const title = el.dataset.title;
  document.title = `${n}. ${title || ""} — ${document.querySelector(".bar-title").textContent}`;
  if (updateURL && parseHash().n !== n) history.pushState(null, "", `#${n}`);
  for (const fn of listeners) fn(n, el, source);
}

export const next = () => go(current + 1);
export const prev = () => go(current - 1);

function typing(target) {
  return target.closest && target.closest(".cm-editor, input, textarea, select, [contenteditable]");
}

export function toggleOverview(on = !document.body.classList.contains("overview")) {
  document.body.classList.toggle("overview", on);
  if (on) slide(current).scrollIntoView({ block: "center" });
  else window.scrollTo(0, 0);
}

export function toggleFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen();
  else document.documentElement.requestFullscreen().catch(() => {});
}

const keys = {
  ArrowRight: next, ArrowDown: next, PageDown: next, " ": next, n: next,
  ArrowLeft: prev, ArrowUp: prev, PageUp: prev, p: prev,
  Home: () => go(1), End: () => go(count),
  o: () => toggleOverview(), f: toggleFullscreen,
  Escape: () => toggleOverview(false),
};

export function start() {
  document.documentElement.classList.add("js");
  // boot.js showed the URL's slide before we ran; from now on .current does.
  const boot = window.asynchronyBootSheet;
  if (boot) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== boot);
  addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.target.closest && e.target.closest("button, a") && (e.key === " " || e.key === "Enter")) return;
    if (e.key === " " && e.shiftKey) return prev(), e.preventDefault();
    const f = keys[e.key];
    if (!f) return;
    e.preventDefault();
    if (document.body.classList.contains("overview") && e.key !== "o" && e.key !== "Escape") toggleOverview(false);
    f();
  });
  addEventListener("hashchange", () => go(parseHash().n, { updateURL: false }));
  addEventListener("popstate", () => go(parseHash().n, { updateURL: false }));

  // Touch: a mostly horizontal swipe of 50px or more turns the page.
  let t0 = null;
  addEventListener("touchstart", (e) => {
    t0 = typing(e.target) || e.touches.length !== 1 ? null : { x: e.touches[0].clientX, y: e.touches[0].clientY };
  }, { passive: true });
  addEventListener("touchend", (e) => {
    if (!t0) return;
    const dx = e.changedTouches[0].clientX - t0.x;
    const dy = e.changedTouches[0].clientY - t0.y;
    t0 = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) (dx < 0 ? next : prev)();
  }, { passive: true });

  // In the overview, a click on a slide opens it.
  document.getElementById("deck").addEventListener("click", (e) => {
    if (!document.body.classList.contains("overview")) return;
    const s = e.target.closest(".slide");
    if (!s) return;
    e.preventDefault();
    toggleOverview(false);
    go(+s.dataset.n);
  }, true);

  go(parseHash().n, { updateURL: false, source: "start" });
}
