// The Web Worker that hosts the Go runtime (wasm/). One script, two modes:
// "run" workers execute programs and are terminated to stop one; the
// "storage" worker is long-lived and keeps snippets in IndexedDB.
//
// Messages, page -> worker:
//   {type:"init", mode:"run"|"storage", module: WebAssembly.Module, exec: url of wasm_exec.js}
//   run mode:     {type:"run", id, code, clock:"virtual"|"real", filename, trace: bool}
//   storage mode: {type:"get"|"save"|"reset"|"list"|"import", req, ...}  (see wasm/storage.go)
// Messages, worker -> page:
//   {type:"ready"}                                  Go's main is up
//   {type:"out", id, chunks:[{stream, text}], events:[trace event]}
//   {type:"done", id, exitCode, ms, dropped, outputCut}
//   {type:"reply", req, ok, value | error, conflict}
//   {type:"crashed", error}                         the Go program exited or failed to start
// Requests that arrive before Go is up are queued.
"use strict";

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
    importScripts(m.exec);
    self.asynchronyMode = m.mode;
    const go = new self.Go();
    const inst = await WebAssembly.instantiate(m.module, go.importObject);
    // go.run runs main until it blocks, so the handler exists afterwards.
    go.run(inst).then(() => crashed("the runtime exited"), crashed);
    const pending = queue;
    queue = [];
    for (const q of pending) self.asynchronyHandle(q);
  } catch (err) {
    crashed(err);
  }
};
