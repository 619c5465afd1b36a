// A tiny classic script loaded in <head> before the body is parsed: it
// marks the page as scripted and shows the slide named in the URL from the
// very first paint, so a link to slide 32 never flashes slide 1 (the CSP
// forbids inline scripts, hence a file). nav.js takes over once loaded.
//
// On a page with examples (the script tag then carries data-wasm) it also
// starts the runtime while the page's module is still loading: the wasm's
// download and the run worker at once, the compilation after the first
// paint, and the worker's init as soon as the compilation ends, so Go
// starts in the worker while main.js loads. runtime.js picks them up
// (window.asynchronyBoot), with the worker's messages that came first.
import { msg } from "./protocol.js";
import { compileRuntime, fetchRuntime } from "./wasm-load.js";

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

// afterFirstPaint resolves once a frame has been painted (a task queued
// from requestAnimationFrame runs after that frame's paint), or after a
// second without frames (a tab opened in the background).
function afterFirstPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000);
  });
}

(() => {
  const d = document.currentScript?.dataset;
  // The presenter view runs no examples (presenter.js's isPresenter).
  if (!d?.wasm || !self.WebAssembly || new URLSearchParams(location.search).has("presenter")) return;
  // The streamed bytes are taken in on the page's main thread (130 ms of
  // it and more for the 12 MB wasm), so a compilation begun here held up
  // the first paint until the whole wasm had arrived; it begins after the
  // paint, on bytes the download has kept meanwhile.
  const response = fetchRuntime(d.wasm);
  response.catch(() => {}); // the compilation reports it
  const module = afterFirstPaint().then(() => compileRuntime(d.wasm, response));
  module.catch(() => {}); // runtime.js reports it
  const boot = { module, worker: null, error: null, early: [] };
  try {
    const w = new Worker(d.worker, { name: "asynchrony-run" });
    // A worker's message or error with no listener is lost: both are kept
    // until runtime.js takes the worker.
    w.onmessage = (e) => boot.early.push(e.data);
    w.onerror = (e) => {
      boot.error = e.message || "worker failed";
    };
    w.addEventListener("message", function up(e) {
      if (e.data?.type !== "ready") return;
      performance.mark("asynchrony-worker-ready"); // Go's main is up (pagebench)
      w.removeEventListener("message", up);
    });
    // Absolute: the worker resolves URLs against its own script.
    const exec = new URL(d.exec, location.href).href;
    module.then((m) => w.postMessage(msg("init", { mode: "run", module: m, exec })), () => {});
    boot.worker = w;
  } catch {
    // runtime.js starts one (and reports why it cannot)
  }
  window.asynchronyBoot = boot;
})();
