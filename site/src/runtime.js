// Loads the WebAssembly runtime once (compiled in the page, so a fresh
// worker after Stop starts without recompiling) and starts workers that
// run it. The loading indicator in the bar follows the runtime's state.
import { msg } from "./protocol.js";

const body = document.body;
let modulePromise = null;

export function status(state, text) {
  const el = document.getElementById("runtime-status");
  if (!el) return;
  el.dataset.state = state;
  el.textContent = text;
}

// wasmModule compiles runtime.wasm (streaming when the server sends
// application/wasm).
export function wasmModule() {
  if (!modulePromise) {
    status("loading", "Loading Python runtime…");
    const url = body.dataset.wasm;
    modulePromise = (async () => {
      try {
        return await WebAssembly.compileStreaming(fetch(url));
      } catch (err) {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`cannot load the runtime: HTTP ${res.status}`);
        return WebAssembly.compile(await res.arrayBuffer());
      }
    })();
    modulePromise.catch((err) => status("error", "Runtime failed to load: " + err.message));
  }
  return modulePromise;
}

// startWorker starts a worker in the given mode; onMessage gets every
// message; the returned promise resolves when Go's main is up.
export async function startWorker(mode, onMessage) {
  const module = await wasmModule();
  const w = new Worker(body.dataset.worker, { name: "asynchrony-" + mode });
  let ready;
  const up = new Promise((resolve, reject) => {
    ready = { resolve, reject };
  });
  w.onmessage = (e) => {
    const m = e.data;
    if (m.type === "ready") ready.resolve(w);
    else if (m.type === "crashed") ready.reject(new Error(m.error));
    onMessage(m);
  };
  w.onerror = (e) => {
    ready.reject(new Error(e.message || "worker failed"));
    onMessage({ type: "crashed", error: e.message || "worker failed" });
  };
  // Absolute: the worker resolves URLs against its own script, not the page.
  w.postMessage(msg("init", { mode, module, exec: new URL(body.dataset.exec, location.href).href }));
  return up;
}
