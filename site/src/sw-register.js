// Registers the service worker (offline after the first visit) and offers
// a reload when a new build has been installed beside the running one.
import { showBanner } from "./banner.js";

let asked = false;

export function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  const url = document.body.dataset.base + "sw.js";
  navigator.serviceWorker.register(url).then((reg) => {
    const offer = (w) => showBanner("A new version of this site is available.", "info", {
      label: "Reload",
      run: () => {
        asked = true;
        w.postMessage({ type: "skip-waiting" });
      },
    });
    const watch = (w) => {
      if (!w) return;
      if (w.state === "installed" && navigator.serviceWorker.controller) return offer(w);
      w.addEventListener("statechange", () => {
        if (w.state === "installed" && navigator.serviceWorker.controller) offer(w);
      });
    };
    // A new build may already be waiting or installing (the browser checks
    // on navigation), or be found by the check below.
    if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
    watch(reg.installing);
    reg.addEventListener("updatefound", () => watch(reg.installing));
    reg.update().catch(() => {}); // offline: nothing to check
  }, (err) => console.warn("service worker:", err));
  // Reload only when the reader asked for the new version: the first
  // worker's clients.claim() also changes the controller.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!asked) return;
    asked = false;
    location.reload();
  });
}
