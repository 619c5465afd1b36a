// Fetching and compiling the runtime's wasm, shared by worker.js (boot.js's
// first run worker compiles it) and runtime.js (which falls back to it).
//
// The wasm comes from the network or the HTTP cache, never through the
// service worker (sw.js lets it pass): a content-hashed file is cached for
// a year, and Chrome keeps the code V8 compiled for a module streamed from
// the HTTP cache, so a repeat visit skips compiling it. The service
// worker's copy is the offline fallback, read here when the fetch fails.

// fetchRuntime fetches url, or, when the network and the HTTP cache
// cannot answer, the copy the service worker cached.
async function fetchRuntime(url) {
  try {
    return await fetch(url);
  } catch (err) {
    const hit = self.caches ? await caches.match(new URL(url, location.href).href, { ignoreSearch: true }) : null;
    if (hit) return hit;
    throw err;
  }
}

// compileRuntime resolves with the compiled WebAssembly.Module: streaming
// (compiled while it downloads, and code-cached), or from the whole body
// when streaming fails (a server without application/wasm).
export async function compileRuntime(url) {
  let module;
  try {
    module = await WebAssembly.compileStreaming(fetchRuntime(url));
  } catch {
    const res = await fetchRuntime(url);
    if (!res.ok) throw new Error(`cannot load the runtime: HTTP ${res.status}`);
    module = await WebAssembly.compile(await res.arrayBuffer());
  }
  return module;
}
