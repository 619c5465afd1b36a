// A tiny classic script loaded in <head> before the body is parsed: it
// marks the page as scripted and shows the slide named in the URL from the
// very first paint, so a link to slide 32 never flashes slide 1 (the CSP
// forbids inline scripts, hence a file). nav.js takes over once loaded.
//
// On a page with examples (the script tag then carries data-wasm) it also
// starts the runtime while the page's module is still loading: the run
// worker, which downloads and compiles the wasm and starts Go while
// main.js loads. runtime.js picks it up (window.asynchronyBoot), with the
// module the worker sends back and the messages that came first.
import { msg } from "./protocol.js";

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
  // The run worker fetches and compiles the wasm itself (worker.js): a
  // compilation streamed here took the bytes in on this thread and held
  // up the first paint until the whole wasm had arrived, so it had to wait
  // for the paint; in the worker it starts at once. The worker sends the
  // module back for the workers the page starts later.
  const boot = { module: null, worker: null, error: null, early: [] };
  // Absolute: the worker resolves URLs against its own script.
  const abs = (u) => new URL(u, location.href).href;
  try {
    const w = new Worker(d.worker, { name: "asynchrony-run" });
    boot.module = new Promise((resolve, reject) => {
      w.addEventListener("message", function compiled(e) {
        const m = e.data;
        if (m?.type !== "compiled" && m?.type !== "crashed") return;
        w.removeEventListener("message", compiled);
        if (m.type === "crashed") return reject(new Error(m.error));
        performance.mark("asynchrony-runtime-compiled"); // pagebench
        resolve(m.module);
      });
      w.addEventListener("error", (e) => reject(new Error(e.message || "worker failed")), { once: true });
    });
    // A worker's message or error with no listener is lost: both are kept
    // until runtime.js takes the worker ("compiled" is boot's own).
    w.onmessage = (e) => {
      if (e.data?.type !== "compiled") boot.early.push(e.data);
    };
    w.onerror = (e) => {
      boot.error = e.message || "worker failed";
    };
    w.addEventListener("message", function up(e) {
      if (e.data?.type !== "ready") return;
      performance.mark("asynchrony-worker-ready"); // Go's main is up (pagebench)
      w.removeEventListener("message", up);
    });
    boot.module.catch(() => {}); // runtime.js reports it
    w.postMessage(msg("init", { mode: "run", module: null, url: abs(d.wasm), exec: abs(d.exec) }));
    boot.worker = w;
  } catch {
    // runtime.js compiles the runtime and starts a worker (and reports
    // why it cannot)
    boot.module = null;
  }
  window.asynchronyBoot = boot;
})();
