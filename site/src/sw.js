// Service worker: the site works offline after the first visit. The build
// fills in BUILD and ASSETS; a new build is a new worker, which installs
// beside the old one and waits until the page asks it to take over (the
// "new version" banner), then deletes the old cache.
const BUILD = "__BUILD_ID__";
const ASSETS = ["__ASSETS__"];
const CACHE = "asynchrony-" + BUILD;

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)));
});

self.addEventListener("activate", (e) => {
  e.waitUntil((async () => {
    for (const k of await caches.keys()) {
      if (k.startsWith("asynchrony-") && k !== CACHE) await caches.delete(k);
    }
    // The browser asks the network for a page while this worker starts.
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

self.addEventListener("message", (e) => {
  if (e.data && e.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Pages: the network first, so a new build shows; the cache offline.
    e.respondWith((async () => {
      try {
        const res = (await e.preloadResponse) || (await fetch(req));
        if (res.ok) {
          const c = await caches.open(CACHE);
          c.put(new Request(url.origin + url.pathname), res.clone());
        }
        return res;
      } catch (err) {
        const hit = await caches.match(url.origin + url.pathname, { ignoreSearch: true });
        if (hit) return hit;
        throw err;
      }
    })());
    return;
  }
  // The runtime's wasm goes to the network, which answers from the HTTP
  // cache (hashed assets are cached for a year): Chrome keeps V8's
  // compiled code beside an HTTP cache entry, not beside a response read
  // from here, and streaming 12 MB through this worker was slower than the
  // download. Offline, the page reads this cache's copy itself
  // (wasm-load.js).
  if (url.pathname.endsWith(".wasm")) return;
  // Hashed assets never change: the cache first.
  e.respondWith((async () => {
    const hit = await caches.match(req, { ignoreSearch: true });
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok && url.pathname !== "/sw.js") {
      const c = await caches.open(CACHE);
      c.put(req, res.clone());
    }
    return res;
  })());
});
