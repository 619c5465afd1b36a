// Loads the WebAssembly runtime once (kept in the page, so a fresh worker
// after Stop starts without recompiling) and starts workers that run it.
// The loading indicator in the bar follows the runtime's state. boot.js
// may have started the first run worker already, which compiles the
// runtime and sends it back (window.asynchronyBoot); they are used when
// present.
import { msg } from "./protocol.js";
import { compileRuntime } from "./wasm-load.js";

const body = document.body;
let modulePromise = null;

export function status(state, text) {
  const el = document.getElementById("runtime-status");
  if (!el) return;
  el.dataset.state = state;
  el.textContent = text;
}

// wasmModule resolves with the compiled runtime.
export function wasmModule() {
  if (!modulePromise) {
    status("loading", "Loading Python runtime…");
    modulePromise =
      window.asynchronyBoot?.module ||
      compileRuntime(body.dataset.wasm).then((m) => {
        performance.mark("asynchrony-runtime-compiled");
        return m;
      });
    modulePromise.catch((err) => status("error", "Runtime failed to load: " + err.message));
  }
  return modulePromise;
}

// bootWorker hands out the run worker boot.js started, once. boot.js
// sends its init itself when the compilation ends.
function bootWorker(mode) {
  const boot = window.asynchronyBoot;
  if (mode !== "run" || !boot?.worker) return null;
  const w = boot.worker;
  boot.worker = null;
  return w;
}

// startWorker starts a worker in the given mode; onMessage gets every
// message; the returned promise resolves when Go's main is up.
export async function startWorker(mode, onMessage) {
  const boot = window.asynchronyBoot;
  let w = bootWorker(mode);
  const booted = !!w;
  if (!w) w = new Worker(body.dataset.worker, { name: "asynchrony-" + mode });
  let ready;
  const up = new Promise((resolve, reject) => {
    ready = { resolve, reject };
  });
  w.onmessage = (e) => {
    const m = e.data;
    if (m.type === "compiled") return; // boot.js's (it keeps the module)
    if (m.type === "ready") ready.resolve(w);
    else if (m.type === "crashed") ready.reject(new Error(m.error));
    onMessage(m);
  };
  w.onerror = (e) => {
    ready.reject(new Error(e.message || "worker failed"));
    onMessage({ type: "crashed", error: e.message || "worker failed" });
  };
  if (booted) {
    // What boot.js's worker said before this page listened (Ready, often).
    for (const m of boot.early.splice(0)) w.onmessage({ data: m });
    if (boot.error) w.onerror({ message: boot.error });
  }
  let module;
  try {
    module = await wasmModule();
  } catch (err) {
    w.terminate();
    throw err;
  }
  // Absolute: the worker resolves URLs against its own script, not the page.
  if (!booted) w.postMessage(msg("init", { mode, module, url: "", exec: new URL(body.dataset.exec, location.href).href }));
  return up;
}
