// The page's entry point: the deck becomes navigable at once (the slides
// are already in the HTML), then editors, the runtime and storage load
// behind it.
import * as nav from "./nav.js";
import { applyTheme, toggleTheme } from "./theme.js";
import { isPresenter, openPresenter, startPresenter } from "./presenter.js";
import { startFollow } from "./vis-follow.js";
import { Example, examples } from "./example.js";
import { onRemote } from "./storage.js";
import * as runner from "./runner.js";
import { togglePanel } from "./snippets.js";
import { sharedFromHash } from "./share.js";
import { registerServiceWorker } from "./sw-register.js";
import { showBanner } from "./banner.js";

applyTheme();
const deck = document.body.dataset.deck;

const actions = {
  next: nav.next,
  prev: nav.prev,
  overview: () => nav.toggleOverview(),
  fullscreen: nav.toggleFullscreen,
  theme: toggleTheme,
  presenter: openPresenter,
  snippets: () => togglePanel(),
};
document.addEventListener("click", (e) => {
  const b = e.target.closest("[data-action]");
  if (b && actions[b.dataset.action]) actions[b.dataset.action]();
});
addEventListener("keydown", (e) => {
  if (e.key === "P" && e.shiftKey && !e.target.closest(".cm-editor, input, textarea")) openPresenter();
});

for (const el of document.querySelectorAll(".example")) new Example(el);
// The run worker first: its init message goes out before the storage
// worker's (the editors ask storage for saved edits as they upgrade).
if (!isPresenter && examples.size) runner.preload();

// A share link names one example and its code.
const shared = sharedFromHash(nav.parseHash().params);
if (shared && shared.error) showBanner(shared.error, "error");
else if (shared && !examples.has(shared.id)) showBanner(`The shared example "${shared.id}" is not in this deck.`, "error");

function upgradeAround(n) {
  if (isPresenter) return;
  for (const k of [n, n + 1, n - 1]) {
    const s = nav.slide(k);
    if (!s) continue;
    for (const el of s.querySelectorAll(".example")) {
      const ex = examples.get(el.dataset.id);
      const code = shared && !shared.error && shared.id === ex.id ? shared.code : undefined;
      const p = ex.upgrade(code);
      // autorun: once, when its slide is first shown, never over the
      // reader's own run of another example.
      if (k === n && el.hasAttribute("data-autorun") && !ex.ran) p.then(() => ex.ran || runner.isRunning() || ex.run());
    }
  }
}

nav.onChange((n) => upgradeAround(n));
startPresenter();
startFollow();
nav.start();
performance.mark("asynchrony-first-slide");

if (!isPresenter) {
  onRemote((m) => {
    if (m.deck !== deck) return;
    const ex = examples.get(m.id);
    if (ex) ex.remoteChange(m);
  });
  // Save what is pending when the tab goes away.
  addEventListener("pagehide", () => {
    for (const ex of examples.values()) if (ex.dirty) ex.save();
  });
  const openShared = (sh, first) => {
    if (!sh || sh.error || !examples.has(sh.id)) return;
    const ex = examples.get(sh.id);
    ex.upgrade(sh.code).then(() => {
      if (!first) ex.showShared(sh.code);
      // The link has done its job: a reload shows the reader's own state.
      history.replaceState(null, "", `#${ex.el.closest(".slide").dataset.n}`);
    });
  };
  openShared(shared, true);
  // A share link pasted into this tab's address bar.
  addEventListener("hashchange", () => {
    const sh = sharedFromHash(nav.parseHash().params);
    if (sh && sh.error) showBanner(sh.error, "error");
    else openShared(sh, false);
  });
}
// The service worker installs (and caches the assets, the 12 MB wasm among
// them) once the runtime is up, so it never competes with the page for
// the link or the CPU; its copies come from the HTTP cache by then.
if (!isPresenter && examples.size) runner.ready().then(registerServiceWorker, registerServiceWorker);
else registerServiceWorker();
