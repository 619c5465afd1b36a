// Registers the service worker (offline after the first visit) and offers
// a reload when a new build has been installed beside the running one.
import { showBanner } from "./banner.js";

export function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  const url = document.body.dataset.base + "sw.js";
  navigator.serviceWorker.register(url).then((reg) => {
    const offer = (w) => showBanner("A new version of this site is available.", "info", {
      label: "Reload",
      run: () => w.postMessage({ type: "skip-waiting" }),
    });
    if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const w = reg.installing;
      if (!w) return;
      w.addEventListener("statechange", () => {
        if (w.state === "installed" && navigator.serviceWorker.controller) offer(w);
      });
    });
  }, (err) => console.warn("service worker:", err));
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !navigator.serviceWorker.controller) return;
    // Only a worker the reader asked for (skip-waiting) replaces a running one.
    reloading = true;
    location.reload();
  });
}
