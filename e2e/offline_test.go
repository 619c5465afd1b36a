package e2e

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestOfflineAndUpdate: after the first visit the site works with the
// server gone (service worker), and a new build is offered, not forced.
func TestOfflineAndUpdate(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	var version atomic.Int32
	var down atomic.Bool
	// A second server on its own origin (so its own service worker), whose
	// sw.js can change as a new build's would, and which can go down.
	own, err := ServeWith(site.Dir, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if down.Load() {
				hj, ok := w.(http.Hijacker)
				if ok {
					if c, _, err := hj.Hijack(); err == nil {
						c.Close()
						return
					}
				}
				http.Error(w, "down", http.StatusServiceUnavailable)
				return
			}
			if r.URL.Path != "/sw.js" || version.Load() == 0 {
				h.ServeHTTP(w, r)
				return
			}
			// The new build's sw.js: a new body, so no 304 for the old one.
			r.Header.Del("Accept-Encoding")
			r.Header.Del("If-Modified-Since")
			r.Header.Del("If-None-Match")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			body := strings.Replace(rec.Body.String(), `const BUILD = "`, `const BUILD = "v2-`, 1)
			for k, v := range rec.Header() {
				w.Header()[k] = v
			}
			w.Header().Del("Content-Length")
			w.WriteHeader(rec.Code)
			w.Write(bytes.NewBufferString(body).Bytes())
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	p.allow(own.URL)
	url := own.URL + "#3"
	p.do(ctx, 20*time.Second, chromedp.Navigate(url))
	p.waitFor(ctx, "the service worker to control the page", `navigator.serviceWorker.controller !== null`, 15*time.Second)
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)

	// Offline: the page, its assets and the runtime come from the cache.
	down.Store(true)
	p.do(ctx, 20*time.Second, chromedp.Reload())
	p.waitFor(ctx, "slide 3 offline", `document.querySelector(".slide.current")?.dataset.n === "3"`, 10*time.Second)
	p.waitFor(ctx, "the runtime offline", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)
	down.Store(false)

	// A new build: offered in the banner; Reload switches to it.
	version.Store(1)
	p.do(ctx, 20*time.Second, chromedp.Reload())
	p.waitFor(ctx, "the new-version offer", `!document.getElementById("banner").hidden && document.getElementById("banner").textContent.includes("new version")`, 15*time.Second)
	eval[int](p, ctx, `window.beforeUpdate = 1`)
	p.do(ctx, 5*time.Second, chromedp.Click(`#banner button`))
	// The page reloads itself once the new worker has cached the new build
	// (a 12.6 MB wasm among it) and taken over; wait across the navigation.
	// 15 s was not always enough late in the whole suite.
	deadline := time.Now().Add(45 * time.Second)
	for {
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		ok, err := chromedp.Run(c, chromedp.Evaluate[bool](`!window.beforeUpdate && document.readyState === "complete" && navigator.serviceWorker.controller !== null && document.getElementById("banner").hidden`))
		cancel()
		if err == nil && ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page did not reload under the new worker (last error %v)", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := eval[string](p, ctx, `caches.keys().then(k => k.join(","))`); !strings.Contains(got, "asynchrony-v2-") || strings.Count(got, "asynchrony-") != 1 {
		t.Fatalf("caches after the update: %q, want only the new build's", got)
	}
}
