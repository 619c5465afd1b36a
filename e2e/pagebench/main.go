// Command pagebench measures the built site in headless Chromium: the
// runtime's wasm size (raw, gzip, brotli), the time to the first slide
// painted (first contentful paint) and the time until the Python runtime
// is ready in its worker, both from navigation start, over several first
// visits (a fresh browser profile each, so nothing is cached), with the
// start's steps (wasm compiled, Go up in the worker, the page's module
// run); then the visualiser's costs on the 300k-callback run
// (e2e.CallSoon300k, the timeline benchmarks' program): its time in the
// page with the visualiser and without (?trace=0), the time to build its
// timeline after the run, the longest main-thread task, and the frame
// times while scrubbing the whole run.
//
// With -pyodide (the npm package's directory, bench/page installs it) it
// then measures the site side by side with Pyodide (pyodide.go) and
// prints a markdown table: the wasm's size, the time until each runtime is
// ready (localhost, and a 10 Mbit/s, 40 ms link on a first and a repeat
// visit), the run times of the same programs, and memory per pending task.
// With -page=false and no -pyodide it measures only the site's three
// ready times (ready.go), -visits times each.
//
//	go run ./e2e/pagebench [-dir dist] [-n 5] [-throttle 4] [-runs 3] [-pyodide bench/page/node_modules/pyodide [-visits 3] [-only ready|run|memory] [-match REGEXP]] [-page=false]
//
// Without -dir it builds the site into a temporary directory first.
package main

import (
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/asynchrony/asynchrony/e2e"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

func main() {
	dir := flag.String("dir", "", "built site to measure (default: build one)")
	n := flag.Int("n", 5, "page loads to measure")
	runs := flag.Int("runs", 3, "runs of each program (the 300k-callback program per mode; each side-by-side program)")
	pyodide := flag.String("pyodide", "", "Pyodide's npm package directory: measure the site side by side with it")
	visits := flag.Int("visits", 3, "side by side: visits per ready time")
	only := flag.String("only", "", "side by side: only ready, run or memory")
	match := flag.String("match", "", "side by side: only the programs whose name or file matches this regexp")
	page := flag.Bool("page", true, "measure the site's paint, ready and visualiser figures")
	flag.Float64Var(&throttle, "throttle", 0, "first visits: slow the page's main thread this many times (CDP CPU throttling), so that the network is as fast beside it as on an idle machine")
	flag.Parse()
	if err := run(*dir, *n, *runs, *page, *pyodide, *visits, *only, *match); err != nil {
		fmt.Fprintln(os.Stderr, "pagebench:", err)
		os.Exit(1)
	}
}

func run(dir string, n, runs int, page bool, pyodide string, visits int, only, match string) error {
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
	if !page {
		if pyodide == "" {
			return oursReady(dir, visits)
		}
		return sideBySide(dir, pyodide, visits, runs, only, match)
	}
	fmt.Printf("wasm raw:    %s\n", size(wasm[0]))
	fmt.Printf("wasm gzip:   %s\n", size(wasm[0]+".gz"))
	fmt.Printf("wasm brotli: %s\n", size(wasm[0]+".br"))

	site, err := e2e.Serve(dir)
	if err != nil {
		return err
	}
	defer site.Close()
	var st [len(startMarks)][]float64
	for i := 0; i < n; i++ {
		v, err := load(site.URL)
		if err != nil {
			return err
		}
		for j := range st {
			st[j] = append(st[j], v[j])
		}
	}
	fmt.Printf("first slide painted (ms): median %.0f  runs %s   target <= 300\n", median(st[0]), list(st[0]))
	fmt.Printf("runtime ready (ms):       median %.0f  runs %s   target <= 1000\n", median(st[1]), list(st[1]))
	fmt.Printf("  on the way (medians, ms): wasm compiled %.0f, Go up in the worker %.0f, page's module run (DOMContentLoaded) %.0f\n", median(st[2]), median(st[3]), median(st[4]))
	if err := visualiser(site.URL, runs); err != nil {
		return err
	}
	if pyodide == "" {
		return nil
	}
	return sideBySide(dir, pyodide, visits, runs, only, match)
}

// visualiser measures the 300k-callback run with and without the
// visualiser, in one page each.
func visualiser(url string, runs int) error {
	off, err := bigRuns(url, false, runs)
	if err != nil {
		return err
	}
	on, err := bigRuns(url, true, runs)
	if err != nil {
		return err
	}
	fmt.Printf("300k call_soon, visualiser off (ms, page): median %.0f  runs %s   (worker: %s)\n", median(off.page), list(off.page), list(off.worker))
	fmt.Printf("300k call_soon, visualiser on  (ms, page): median %.0f  runs %s   (worker: %s)   ratio %.2f, target <= 1.2\n", median(on.page), list(on.page), list(on.worker), median(on.page)/median(off.page))
	fmt.Printf("300k call_soon, timeline built after the run (ms): median %.0f  runs %s\n", median(on.drawn), list(on.drawn))
	fmt.Printf("longest main-thread task (ms): visualiser on %.0f, off %.0f   (0: none over 50 ms)\n", on.longest, off.longest)
	fmt.Printf("scrubbing the 300k run, frame time: %s   target 16.7 ms (60 fps)\n", e2e.FrameStats(on.frames))
	fmt.Printf("the same page idle, frame time:     %s   (the baseline)\n", e2e.FrameStats(on.idle))
	return nil
}

type bigRun struct {
	page, worker, drawn []float64
	longest             float64
	frames, idle        []float64
}

func bigRuns(url string, traced bool, runs int) (*bigRun, error) {
	program, err := e2e.CallSoon300k()
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel, err := e2e.NewBrowser(context.Background(), profile)
	if err != nil {
		return nil, err
	}
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, time.Duration(runs)*3*time.Minute)
	defer tcancel()
	q := "?"
	if !traced {
		q = "?trace=0"
	}
	code := base64.RawURLEncoding.EncodeToString([]byte(program))
	// The hello-asyncio example's slide, with the program as a share link.
	if err := chromedp.Do(tctx, chromedp.Navigate(url+q)); err != nil {
		return nil, err
	}
	slide, err := chromedp.Run(tctx, chromedp.Evaluate[int](`+document.querySelector('.example[data-id="hello-asyncio"]').closest(".slide").dataset.n`))
	if err != nil {
		return nil, err
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(fmt.Sprintf("%s%s#%d&ex=hello-asyncio&code=%s", url, q, slide, code))); err != nil {
		return nil, err
	}
	const ex = `document.querySelector('.example[data-id="hello-asyncio"]')`
	poll := func(what, expr string) error {
		_, err := chromedp.Run(tctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(3*time.Minute), chromedp.WithPollingInterval(20*time.Millisecond)))
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", what, err)
		}
		return nil
	}
	if err := poll("the runtime", ex+`?.classList.contains("live") && document.getElementById("runtime-status").dataset.state === "ready"`); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(tctx, chromedp.Evaluate[any](e2e.LongTaskProbe)); err != nil {
		return nil, err
	}
	r := &bigRun{}
	for i := 0; i < runs; i++ {
		if _, err := chromedp.Run(tctx, chromedp.Evaluate[any](ex+`.querySelector(".ex-run").click()`)); err != nil {
			return nil, err
		}
		done := ex + `.dataset.run === "done"`
		if traced {
			done += ` && ` + ex + `.dataset.drawn !== undefined`
		}
		if err := poll("the run", done); err != nil {
			return nil, err
		}
		v, err := chromedp.Run(tctx, chromedp.Evaluate[[]float64](`[+`+ex+`.dataset.pageMs, +`+ex+`.dataset.ms, +(`+ex+`.dataset.drawn || 0)]`))
		if err != nil {
			return nil, err
		}
		r.page, r.worker, r.drawn = append(r.page, v[0]), append(r.worker, v[1]), append(r.drawn, v[2])
	}
	if traced {
		if err := poll("the state panel", ex+`.querySelector(".vis-state").childElementCount > 0`); err != nil {
			return nil, err
		}
		if r.idle, err = chromedp.Run(tctx, chromedp.Evaluate[[]float64](e2e.IdleFramesProbe(1500), chromedp.EvalAwaitPromise)); err != nil {
			return nil, err
		}
		if r.frames, err = chromedp.Run(tctx, chromedp.Evaluate[[]float64](e2e.ScrubProbe("hello-asyncio", 3000), chromedp.EvalAwaitPromise)); err != nil {
			return nil, err
		}
	}
	if r.longest, err = chromedp.Run(tctx, chromedp.Evaluate[float64](`window.asynchronyLongest`)); err != nil {
		return nil, err
	}
	return r, nil
}

// throttle is -throttle: under load the page's main thread is slow beside
// the local network, and what an idle machine shows (the 12 MB wasm
// arriving before the first frame) does not happen; slowing the main
// thread brings it back.
var throttle float64

// startMarks are what load reads, in ms from navigation start: the first
// contentful paint, the page's runtime-ready mark (runner.js), and on the
// way the wasm compiled (boot.js, as the run worker sends it back), the run worker's Ready as it
// reached the page (boot.js; 0 without boot) and DOMContentLoaded.
var startMarks = [...]string{"first-contentful-paint", "asynchrony-runtime-ready", "asynchrony-runtime-compiled", "asynchrony-worker-ready", "DOMContentLoaded"}

// load opens the site in a fresh browser and returns startMarks.
func load(url string) ([len(startMarks)]float64, error) {
	var v [len(startMarks)]float64
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return v, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel, err := e2e.NewBrowser(context.Background(), profile)
	if err != nil {
		return v, err
	}
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, 30*time.Second)
	defer tcancel()
	if throttle > 0 {
		slow := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: throttle})
			return err
		})
		if err := chromedp.Do(tctx, slow); err != nil {
			return v, err
		}
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(url)); err != nil {
		return v, err
	}
	const probe = `(() => {
		const t = (name) => performance.getEntriesByName(name)[0]?.startTime;
		const p = t("first-contentful-paint"), r = t("asynchrony-runtime-ready");
		if (p === undefined || r === undefined) return null;
		return [p, r, t("asynchrony-runtime-compiled") ?? 0, t("asynchrony-worker-ready") ?? 0,
			performance.getEntriesByType("navigation")[0].domContentLoadedEventStart];
	})()`
	got, err := chromedp.Run(tctx, chromedp.Poll[[]float64](probe, chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(10*time.Millisecond)))
	if err != nil {
		return v, fmt.Errorf("waiting for the paint and the runtime: %w", err)
	}
	copy(v[:], got)
	return v, nil
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
