// Command pagebench measures the built site in headless Chromium: the
// runtime's wasm size (raw, gzip, brotli), the time to the first slide
// painted (first contentful paint) and the time until the Python runtime
// is ready in its worker, both from navigation start, over several first
// visits (a fresh browser profile each, so nothing is cached).
//
//	go run ./e2e/pagebench [-dir dist] [-n 5]
//
// Without -dir it builds the site into a temporary directory first.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/asynchrony/asynchrony/e2e"
	"github.com/chromedp/chromedp"
)

func main() {
	dir := flag.String("dir", "", "built site to measure (default: build one)")
	n := flag.Int("n", 5, "page loads to measure")
	flag.Parse()
	if err := run(*dir, *n); err != nil {
		fmt.Fprintln(os.Stderr, "pagebench:", err)
		os.Exit(1)
	}
}

func run(dir string, n int) error {
	if n < 1 {
		return fmt.Errorf("-n must be at least 1")
	}
	if dir == "" {
		tmp, err := os.MkdirTemp("", "pagebench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = filepath.Join(tmp, "dist")
		if _, err := e2e.BuildSite(dir, os.Stderr); err != nil {
			return err
		}
	}
	wasm, err := filepath.Glob(filepath.Join(dir, "runtime.*.wasm"))
	if err != nil || len(wasm) != 1 {
		return fmt.Errorf("expected one runtime.*.wasm in %s, found %v", dir, wasm)
	}
	size := func(p string) string {
		st, err := os.Stat(p)
		if err != nil {
			return "-"
		}
		return fmt.Sprintf("%d bytes (%.2f MB)", st.Size(), float64(st.Size())/(1<<20))
	}
	fmt.Printf("wasm raw:    %s\n", size(wasm[0]))
	fmt.Printf("wasm gzip:   %s\n", size(wasm[0]+".gz"))
	fmt.Printf("wasm brotli: %s\n", size(wasm[0]+".br"))

	site, err := e2e.Serve(dir)
	if err != nil {
		return err
	}
	defer site.Close()
	var paints, readies []float64
	for i := 0; i < n; i++ {
		paint, ready, err := load(site.URL)
		if err != nil {
			return err
		}
		paints = append(paints, paint)
		readies = append(readies, ready)
	}
	fmt.Printf("first slide painted (ms): median %.0f  runs %s   target <= 300\n", median(paints), list(paints))
	fmt.Printf("runtime ready (ms):       median %.0f  runs %s   target <= 1000\n", median(readies), list(readies))
	return nil
}

// load opens the site in a fresh browser and returns the first contentful
// paint and the runtime-ready mark, in ms from navigation start.
func load(url string) (paint, ready float64, err error) {
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel, err := e2e.NewBrowser(context.Background(), profile)
	if err != nil {
		return 0, 0, err
	}
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, 30*time.Second)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(url)); err != nil {
		return 0, 0, err
	}
	const probe = `(() => {
		const p = performance.getEntriesByName("first-contentful-paint")[0];
		const r = performance.getEntriesByName("asynchrony-runtime-ready")[0];
		return p && r ? [p.startTime, r.startTime] : null;
	})()`
	v, err := chromedp.Run(tctx, chromedp.Poll[[]float64](probe, chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(10*time.Millisecond)))
	if err != nil {
		return 0, 0, fmt.Errorf("waiting for the paint and the runtime: %w", err)
	}
	return v[0], v[1], nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func list(xs []float64) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, fmt.Sprintf("%.0f", x))
	}
	return strings.Join(parts, " ")
}
