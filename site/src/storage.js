// Snippet storage, from the page's side: requests to the long-lived
// storage worker (Go + IndexedDB, wasm/storage.go) and a BroadcastChannel
// that tells other tabs of this site when an edit was saved or reset.
// Errors are shown in the banner, never swallowed.
import { startWorker } from "./runtime.js";
import { showBanner } from "./banner.js";
import { msg } from "./protocol.js";

let worker = null;
let nextReq = 1;
const pending = new Map();
const tabId = Math.random().toString(36).slice(2);
const channel = "BroadcastChannel" in self ? new BroadcastChannel("asynchrony-snippets") : null;
const listeners = new Set();

function onMessage(m) {
  if (m.type === "reply") {
    const p = pending.get(m.req);
    if (!p) return;
    pending.delete(m.req);
    if (m.ok) p.resolve(m.value);
    else {
      const err = new Error(m.error);
      err.conflict = m.conflict || null;
      p.reject(err);
    }
  } else if (m.type === "crashed") {
    for (const p of pending.values()) p.reject(new Error("snippet storage stopped: " + m.error));
    pending.clear();
    worker = null;
  }
}

function ensure() {
  if (!worker) worker = startWorker("storage", onMessage);
  return worker;
}

// request sends one storage request and resolves with its value.
async function request(type, fields) {
  let w;
  try {
    w = await ensure();
  } catch (err) {
    worker = null;
    throw new Error("snippet storage is unavailable: " + err.message);
  }
  const req = nextReq++;
  return new Promise((resolve, reject) => {
    pending.set(req, { resolve, reject });
    w.postMessage(msg(type, { req, ...fields }));
  });
}

function report(what, err) {
  if (!err.conflict) showBanner(`Your edits could not be ${what}: ${err.message}`, "error");
  throw err;
}

export const storage = {
  get: (deck, id) => request("get", { deck, id }).catch((e) => report("loaded", e)),
  // save rejects with err.conflict (the stored record) when another tab saved first.
  save: (deck, id, code, orig, baseRev, force = false) =>
    request("save", { deck, id, code, orig, baseRev, force }).then((rec) => {
      broadcast({ type: "saved", deck, id, rev: rec.rev, code });
      return rec;
    }, (e) => report("saved", e)),
  reset: (deck, id) =>
    request("reset", { deck, id }).then(() => broadcast({ type: "reset", deck, id }), (e) => report("reset", e)),
  list: (deck = "") => request("list", { deck }).catch((e) => report("listed", e)),
  import: (records) => request("import", { records }).catch((e) => report("imported", e)),
};

function broadcast(m) {
  if (channel) channel.postMessage({ ...m, tab: tabId });
}

// onRemote(fn) calls fn({type:"saved"|"reset", deck, id, rev, code}) when
// another tab changes a snippet.
export function onRemote(fn) {
  listeners.add(fn);
}

if (channel) {
  channel.onmessage = (e) => {
    if (e.data && e.data.tab !== tabId) for (const fn of listeners) fn(e.data);
  };
}

// Tell this tab's own listeners too (after an import, say).
export function notifyLocal(m) {
  for (const fn of listeners) fn(m);
}
