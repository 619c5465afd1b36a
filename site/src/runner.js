// One run worker at a time. run() sends a program and streams output to
// the caller's handlers; stop() terminates the worker (the only way to end
// `while True: pass`) and starts a fresh one, so the next run works.
import { startWorker, status } from "./runtime.js";

let worker = null; // Promise<Worker>
let current = null; // {id, handlers}
let nextId = 1;

function onMessage(m) {
  if (!current || m.id !== undefined && m.id !== current.id) {
    if (m.type === "crashed" && current) finish({ exitCode: -1, error: m.error });
    return;
  }
  if (m.type === "out") current.handlers.out(m.chunks, m.events);
  else if (m.type === "done") finish(m);
  else if (m.type === "crashed") finish({ exitCode: -1, error: m.error });
}

function finish(m) {
  const c = current;
  current = null;
  if (c) c.handlers.done(m);
}

function ensureWorker() {
  if (!worker) {
    const t0 = performance.now();
    worker = startWorker("run", onMessage);
    worker.then(() => {
      performance.mark("asynchrony-runtime-ready");
      status("ready", "Python ready");
      window.asynchronyRuntimeReady = performance.now() - t0;
    }, (err) => {
      status("error", "Runtime failed: " + err.message);
      worker = null;
    });
  }
  return worker;
}

// preload starts the run worker ahead of the first Run.
export function preload() {
  ensureWorker().catch(() => {});
}

export function isRunning() {
  return current !== null;
}

// run starts code; handlers: {out(chunks, events), done({exitCode, ms, error})}.
// A run already going is stopped first.
export async function run(code, opts, handlers) {
  if (current) stop();
  const id = nextId++;
  current = { id, handlers };
  try {
    const w = await ensureWorker();
    if (!current || current.id !== id) return; // stopped while loading
    w.postMessage({ type: "run", id, code, clock: opts.clock, filename: opts.filename, trace: true });
    status("running", "Running…");
  } catch (err) {
    if (current && current.id === id) finish({ exitCode: -1, error: err.message });
  }
}

// stop ends the current run at once and readies a fresh worker.
export function stop() {
  if (worker) {
    const old = worker;
    worker = null;
    old.then((w) => w.terminate(), () => {});
  }
  if (current) finish({ exitCode: -1, stopped: true });
  ensureWorker().catch(() => {});
}

// Back to "ready" once a run ends.
export function idle() {
  status("ready", "Python ready");
}
