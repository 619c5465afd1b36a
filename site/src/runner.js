// One run worker at a time. run() sends a program and streams its output
// to the caller's handlers; after the run the worker keeps its trace and
// source(id) queries it (the visualiser's data source). stop() terminates
// the worker (the only way to end `while True: pass`) and starts a fresh
// one, so the next run works. Messages: protocol.js.
import { startWorker, status } from "./runtime.js";
import { msg } from "./protocol.js";

let worker = null; // Promise<Worker>
let current = null; // {id, handlers}: the run going on
let nextId = 1;
let nextReq = 1;
const pending = new Map(); // req -> {resolve, reject}

function onMessage(m) {
  if (m.req !== undefined && pending.has(m.req)) {
    const p = pending.get(m.req);
    pending.delete(m.req);
    if (m.type === "error") p.reject(new Error(m.error));
    else p.resolve(m);
    return;
  }
  if (m.type === "crashed") {
    rejectAll(m.error);
    if (current) finish({ exitCode: -1, error: m.error });
    return;
  }
  const h = handlersFor(m.id);
  if (!h) return;
  if (m.type === "out") h.out(m.chunks);
  else if (m.type === "progress") h.progress && h.progress(m.summary);
  else if (m.type === "done") {
    if (current && current.id === m.id) finish(m);
  } else if (m.type === "drawn") h.drawn && h.drawn(m);
}

// The handlers of run id: the current run's, or the last run's until its
// timeline is drawn (Drawn follows Done).
let last = null;
function handlersFor(id) {
  if (current && current.id === id) return current.handlers;
  if (last && last.id === id) return last.handlers;
  return null;
}

function finish(m) {
  const c = current;
  current = null;
  last = c;
  if (c) c.handlers.done(m);
}

function rejectAll(why) {
  for (const p of pending.values()) p.reject(new Error(why));
  pending.clear();
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

// ready resolves (or rejects) once the run worker is up.
export function ready() {
  return ensureWorker().then(() => {});
}

export function isRunning() {
  return current !== null;
}

// run starts code with opts {clock, filename, trace, argv, keep} (argv:
// sys.argv[1:]; keep: ids of earlier runs whose traces the worker keeps,
// for compare()); handlers: out(chunks),
// progress(summary) while a traced real-clock run grows, done({exitCode,
// ms, outputCut, traced, error, stopped}), drawn({ms, summary}) once a
// traced run's timeline is built. A run already going is stopped first.
// It returns the run's id, for source().
export function run(code, opts, handlers) {
  if (current) stop();
  const id = nextId++;
  current = { id, handlers };
  last = null;
  (async () => {
    try {
      const w = await ensureWorker();
      if (!current || current.id !== id) return; // stopped while loading
      w.postMessage(msg("run", { id, code, clock: opts.clock, filename: opts.filename, trace: opts.trace !== false, argv: opts.argv || [], seed: opts.seed || 0, keep: opts.keep || [] }));
      status("running", "Running…");
    } catch (err) {
      if (current && current.id === id) finish({ exitCode: -1, error: err.message });
    }
  })();
  return id;
}

async function query(type, fields) {
  const w = await worker;
  if (!w) throw new Error("the runtime is not running");
  const req = nextReq++;
  return new Promise((resolve, reject) => {
    pending.set(req, { resolve, reject });
    w.postMessage(msg(type, { req, ...fields }));
  });
}

// source returns the data source of run id for a Visualiser: each method
// asks the worker and resolves with its reply (protocol.js), or rejects
// once a newer run or Stop has replaced the trace.
export function source(id) {
  return {
    summary: () => query("summary", { id }).then((r) => r.summary),
    state: (step) => query("state", { id, step }),
    svg: ({ axis, from, to, width, internal }) => query("svg", { id, axis, from, to, width, internal }),
    events: (from, count) => query("events", { id, from, count }),
  };
}

// compare asks for kept runs ids drawn on one time axis, titled titles,
// width pixels wide; it resolves with {svg, totals}.
export function compare(ids, titles, width) {
  return query("compare", { ids, titles, width });
}

// stop ends the current run at once and readies a fresh worker.
export function stop() {
  if (worker) {
    const old = worker;
    worker = null;
    old.then((w) => w.terminate(), () => {});
  }
  rejectAll("the run was stopped");
  if (current) finish({ exitCode: -1, stopped: true });
  last = null;
  ensureWorker().catch(() => {});
}

// Back to "ready" once a run ends.
export function idle() {
  status("ready", "Python ready");
}
