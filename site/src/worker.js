// The Web Worker that hosts the Go runtime (wasm/). One script, two modes:
// "run" workers execute programs, keep the last run's trace to answer the
// page's queries about it, and are terminated to stop a run; the "storage"
// worker is long-lived and keeps snippets in IndexedDB.
//
// The messages are wasm/bridge/protocol.go's (mirrored in protocol.js).
// This script handles "init" itself and hands every other message to Go;
// requests that arrive before Go is up are queued. It is a classic worker
// script (it loads wasm_exec.js with importScripts); the build bundles
// what it imports.
//
// An init with the runtime's URL instead of its module (boot.js's first
// run worker) compiles it here: the streamed bytes then pass through this
// thread rather than the page's, so the compilation can start at once
// without holding up the page's first paint, and the page gets the module
// back ("compiled") for the workers it starts later.
import { msg } from "./protocol.js";
import { compileRuntime } from "./wasm-load.js";

let queue = [];

function crashed(err) {
  postMessage({ type: "crashed", error: String(err && err.message || err) });
}

self.onmessage = async (e) => {
  const m = e.data;
  if (m.type !== "init") {
    if (self.asynchronyHandle) self.asynchronyHandle(m);
    else queue.push(m);
    return;
  }
  try {
    let module = m.module;
    if (!module) {
      module = await compileRuntime(m.url);
      postMessage(msg("compiled", { module }));
    }
    importScripts(m.exec);
    self.asynchronyMode = m.mode;
    const go = new self.Go();
    const inst = await WebAssembly.instantiate(module, go.importObject);
    // go.run runs main until it blocks, so the handler exists afterwards.
    go.run(inst).then(() => crashed("the runtime exited"), crashed);
    const pending = queue;
    queue = [];
    for (const q of pending) self.asynchronyHandle(q);
  } catch (err) {
    crashed(err);
  }
};
