// A tiny classic script loaded in <head> before the body is parsed: it
// marks the page as scripted and shows the slide named in the URL from the
// very first paint, so a link to slide 32 never flashes slide 1 (the CSP
// forbids inline scripts, hence a file). nav.js takes over once loaded.
//
// On a page with examples (the script tag then carries data-wasm) it also
// starts the runtime: the wasm's download and compilation and the run
// worker begin here, while the page's module is still loading, and
// runtime.js picks them up (window.asynchronyBoot).
import { compileRuntime } from "./wasm-load.js";

(() => {
  const html = document.documentElement;
  html.classList.add("js");
  const n = parseInt(location.hash.slice(1), 10) || 1;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`html.js #slide-${n} { display: block; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.asynchronyBootSheet = sheet;
  } catch {
    html.classList.remove("js"); // no constructable sheets: all slides show until nav.js starts
  }
})();

(() => {
  const d = document.currentScript?.dataset;
  // The presenter view runs no examples (presenter.js's isPresenter).
  if (!d?.wasm || !self.WebAssembly || new URLSearchParams(location.search).has("presenter")) return;
  const module = compileRuntime(d.wasm);
  module.catch(() => {}); // runtime.js reports it
  const boot = { module, worker: null, error: null };
  try {
    boot.worker = new Worker(d.worker, { name: "asynchrony-run" });
    // Kept until runtime.js listens: an error event is not queued.
    boot.worker.onerror = (e) => {
      boot.error = e.message || "worker failed";
    };
  } catch {
    // runtime.js starts one (and reports why it cannot)
  }
  window.asynchronyBoot = boot;
})();
