package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/asynchrony/asynchrony/e2e"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The side-by-side benchmark (-pyodide DIR): the site against Pyodide in
// the same headless Chromium, each served by the same Go server
// (site/serve), on localhost and through a slow link.
//
// Ready: from navigation start until the runtime can run a program: the
// site's "asynchrony-runtime-ready" mark (the runtime up in its worker),
// Pyodide's page's "pyodide-ready" mark (loadPyodide() resolved).
// Run times: ours is the worker's time for the run in the site's example
// pane with the visualiser off (?trace=0); Pyodide's is runPythonAsync's,
// in fresh globals; both the median of -runs runs of one source file.

// slow is the throttled link: 10 Mbit/s down, 40 ms before each response.
const (
	slowMbits   = 10
	slowLatency = 40 * time.Millisecond
)

// program is one row of the run-time table: a file both runtimes run.
type program struct {
	name, file string // file: relative to the repository root
	eventLoop  bool   // the target is 3× faster than Pyodide, not within 3×
}

var programs = []program{
	{"300k call_soon", "bench/page/call_soon_300k.py", true},
	{"50k tasks", "bench/page/tasks_50k.py", true},
	{"100k Queue items", "bench/page/queue_100k.py", true},
	{"fib(25)", "bench/page/fib25.py", false},
	{"objects and dicts", "bench/page/objects_dicts.py", false},
	{"fib (bench/fib.py)", "bench/fib.py", false},
	{"methods", "bench/methods.py", false},
	{"strings", "bench/strings.py", false},
	{"generators", "bench/generators.py", false},
	{"loops", "bench/loops.py", false},
}

// pendingProgram holds 100k tasks pending at once: memory per task.
const pendingProgram = "bench/asyncio/pending_tasks_100k.py"

// table is the markdown table the side-by-side prints: a row is what,
// ours, Pyodide's, ours/Pyodide and issue 11's target.
type table struct {
	rows  [][5]string
	notes []string
}

func (t *table) add(what, ours, pyodide, ratio, target string) {
	t.rows = append(t.rows, [5]string{what, ours, pyodide, ratio, target})
}

func (t *table) print(version string) {
	fmt.Printf("\n| | ours | Pyodide %s | ours / Pyodide | target (issue 11) |\n|---|---|---|---|---|\n", version)
	for _, r := range t.rows {
		fmt.Printf("| %s |\n", strings.Join(r[:], " | "))
	}
	for _, n := range t.notes {
		fmt.Printf("\n%s\n", n)
	}
}

func sideBySide(dist, modules string, visits, runs int, only, match string) error {
	root := e2e.RepoRoot()
	if match != "" {
		re, err := regexp.Compile(match)
		if err != nil {
			return err
		}
		var keep []program
		for _, p := range programs {
			if re.MatchString(p.name) || re.MatchString(p.file) {
				keep = append(keep, p)
			}
		}
		programs = keep
	}
	pdir, version, err := preparePyodide(root, modules)
	if err != nil {
		return err
	}
	ours, err := e2e.Serve(dist)
	if err != nil {
		return err
	}
	defer ours.Close()
	oursLink := throttled(slowMbits, slowLatency)
	oursSlow, err := e2e.ServeWith(dist, oursLink.wrap)
	if err != nil {
		return err
	}
	defer oursSlow.Close()
	pyo, err := e2e.ServeWith(pdir, pyodideHeaders)
	if err != nil {
		return err
	}
	defer pyo.Close()
	pyoLink := throttled(slowMbits, slowLatency)
	pyoSlow, err := e2e.ServeWith(pdir, func(h http.Handler) http.Handler { return pyoLink.wrap(pyodideHeaders(h)) })
	if err != nil {
		return err
	}
	defer pyoSlow.Close()

	var t table
	sizes(&t, dist, pdir)
	fmt.Fprintf(os.Stderr, "side by side with Pyodide %s (%d visits, %d runs each)\n", version, visits, runs)

	// A failing part is reported after the table of the others.
	var failed []error
	if only == "" || only == "ready" {
		const oursMark, pyoMark = "asynchrony-runtime-ready", "pyodide-ready"
		var local [2][]float64
		var first, repeat, sent, resent [2][]float64
		for i := 0; i < visits; i++ {
			for k, s := range []struct {
				local, slow *e2e.Site
				link        *link
				mark        string
			}{{ours, oursSlow, oursLink, oursMark}, {pyo, pyoSlow, pyoLink, pyoMark}} {
				ms, err := firstVisit(s.local.URL, s.mark)
				if err != nil {
					t.print(version)
					return err
				}
				local[k] = append(local[k], ms)
				v, err := twoVisits(s.slow.URL, s.mark, s.link)
				if err != nil {
					t.print(version)
					return err
				}
				first[k], repeat[k] = append(first[k], v.first), append(repeat[k], v.repeat)
				fmt.Fprintf(os.Stderr, "  %-7s ready: localhost %.0f ms, slow link first %.0f ms, repeat %.0f ms\n", []string{"ours", "Pyodide"}[k], ms, v.first, v.repeat)
				sent[k], resent[k] = append(sent[k], v.sent), append(resent[k], v.resent)
			}
		}
		t.add("runtime ready, localhost (first visit)", secs(local[0]), secs(local[1]), ratio(local[0], local[1]), "ours ≤ 0.3 s")
		t.add(fmt.Sprintf("ready on a %d Mbit/s, %d ms link: first visit", slowMbits, slowLatency.Milliseconds()), secs(first[0]), secs(first[1]), ratio(first[0], first[1]), "ours ≤ 2.0 s")
		t.add("the same link: repeat visit (cached)", secs(repeat[0]), secs(repeat[1]), ratio(repeat[0], repeat[1]), "ours ≤ 0.3 s")
		t.add("bytes over the link: first visit / repeat", mb(median(sent[0]))+" / "+mb(median(resent[0])), mb(median(sent[1]))+" / "+mb(median(resent[1])), "", "")
	}

	if only == "" || only == "run" {
		oursMs, err := oursRuns(ours.URL, runs)
		var pyoMs [][]float64
		if err == nil {
			pyoMs, err = pyodideRuns(pyo.URL, runs)
		}
		if err != nil {
			failed = append(failed, err)
		}
		for i, p := range programs {
			if i >= len(oursMs) || i >= len(pyoMs) {
				break
			}
			target := "≤ 3×"
			if p.eventLoop {
				target = "≤ 0.33×"
			}
			t.add(p.name, msecs(oursMs[i]), msecs(pyoMs[i]), ratio(oursMs[i], pyoMs[i]), target)
		}
	}

	if only == "" || only == "memory" {
		if err := memory(&t, root, ours.URL, pyo.URL); err != nil {
			failed = append(failed, err)
		}
	}
	t.print(version)
	return errors.Join(failed...)
}

// preparePyodide lays out the Pyodide page and the npm package's runtime
// files (precompressed as the site's are) in modules/.pagebench-br11, and
// returns that directory and Pyodide's version.
func preparePyodide(root, modules string) (string, string, error) {
	var pkg struct{ Version string }
	b, err := os.ReadFile(filepath.Join(modules, "package.json"))
	if err != nil {
		return "", "", fmt.Errorf("pyodide: %w (run: npm ci --prefix bench/page)", err)
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		return "", "", fmt.Errorf("pyodide's package.json: %w", err)
	}
	dir := filepath.Join(modules, ".pagebench-br11") // named for the compression: a change redoes it
	if err := os.MkdirAll(filepath.Join(dir, "pyodide"), 0o755); err != nil {
		return "", "", err
	}
	for _, f := range []string{"index.html", "bench.js"} {
		if err := copyFile(filepath.Join(root, "bench/page", f), filepath.Join(dir, f), false); err != nil {
			return "", "", err
		}
	}
	// What loadPyodide() fetches; the stdlib is a zip and goes as it is.
	for _, f := range []string{"pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json", "python_stdlib.zip"} {
		if err := copyFile(filepath.Join(modules, f), filepath.Join(dir, "pyodide", f), !strings.HasSuffix(f, ".zip")); err != nil {
			return "", "", err
		}
	}
	return dir, pkg.Version, nil
}

// copyFile copies src to dst unless dst is as new, and with compress
// writes dst.gz and dst.br beside it (gzip -9, brotli 11: as the site).
func copyFile(src, dst string, compress bool) error {
	ss, err := os.Stat(src)
	if err != nil {
		return err
	}
	if ds, err := os.Stat(dst); err == nil && !ds.ModTime().Before(ss.ModTime()) && ds.Size() == ss.Size() {
		return nil
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if compress {
		var gz, br bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(data)
		if err := zw.Close(); err != nil {
			return err
		}
		bw := brotli.NewWriterLevel(&br, 11)
		bw.Write(data)
		if err := bw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(dst+".gz", gz.Bytes(), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(dst+".br", br.Bytes(), 0o644); err != nil {
			return err
		}
	}
	// Written last, so an interrupted copy is redone.
	return os.WriteFile(dst, data, 0o644)
}

// pyodideHeaders serves Pyodide's files as a CDN serves a pinned version
// (cached for a year) and lets Pyodide's page run without the site's
// Content-Security-Policy, which is the site's and not Pyodide's.
func pyodideHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&headerFix{ResponseWriter: w, fix: func(hd http.Header) {
			hd.Del("Content-Security-Policy")
			if strings.HasPrefix(r.URL.Path, "/pyodide/") {
				hd.Set("Cache-Control", "public, max-age=31536000, immutable")
			}
			if strings.HasSuffix(r.URL.Path, ".mjs") {
				hd.Set("Content-Type", "text/javascript; charset=utf-8")
			}
		}}, r)
	})
}

// sizes adds the wasm's sizes: ours as the build wrote it, Pyodide's
// pyodide.asm.wasm and everything its page loads.
func sizes(t *table, dist, pdir string) {
	wasm, _ := filepath.Glob(filepath.Join(dist, "runtime.*.wasm"))
	if len(wasm) != 1 {
		return
	}
	pw := filepath.Join(pdir, "pyodide", "pyodide.asm.wasm")
	for _, s := range []struct{ what, ext, target string }{{"wasm, raw", "", ""}, {"wasm, gzip", ".gz", "ours ≤ 1.8 MB"}, {"wasm, brotli (served)", ".br", ""}} {
		o, p := size(wasm[0]+s.ext), size(pw+s.ext)
		t.add(s.what, mb(o), mb(p), fmt.Sprintf("%.2f×", o/p), s.target)
	}
}

func size(p string) float64 {
	st, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return float64(st.Size())
}

// firstVisit opens url in a fresh profile and returns mark's time.
func firstVisit(url, mark string) (float64, error) {
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(profile)
	ms, err := visit(profile, url, mark, false)
	return ms, err
}

// visits are a first and a repeat visit's ready times and the bytes
// each sent over the link.
type visits struct{ first, repeat, sent, resent float64 }

// twoVisits opens url in a fresh profile, waits until the page has
// settled (the site's service worker has cached its assets), closes the
// browser and opens url again in the same profile.
func twoVisits(url, mark string, l *link) (v visits, err error) {
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return v, err
	}
	defer os.RemoveAll(profile)
	n0 := l.sentBytes()
	if v.first, err = visit(profile, url, mark, true); err != nil {
		return v, err
	}
	n1 := l.sentBytes()
	if v.repeat, err = visit(profile, url, mark, false); err != nil {
		return v, err
	}
	v.sent, v.resent = float64(n1-n0), float64(l.sentBytes()-n1)
	return v, nil
}

// visit starts a browser on profile, opens url and returns the time of
// performance mark from navigation start; with settle it then waits for
// the service worker (if the page registers one) to be active.
func visit(profile, url, mark string, settle bool) (float64, error) {
	ctx, cancel, err := newBrowser(profile)
	if err != nil {
		return 0, err
	}
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, 2*time.Minute)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	probe := fmt.Sprintf(`performance.getEntriesByName(%q)[0]?.startTime ?? null`, mark)
	ms, err := chromedp.Run(tctx, chromedp.Poll[float64](probe, chromedp.WithPollingTimeout(100*time.Second), chromedp.WithPollingInterval(10*time.Millisecond)))
	if err != nil {
		return 0, fmt.Errorf("%s: waiting for %s: %w", url, mark, err)
	}
	if settle {
		const sw = `new Promise((resolve) => {
			if (!navigator.serviceWorker || !navigator.serviceWorker.getRegistration) return resolve(true);
			navigator.serviceWorker.getRegistration().then((r) => r ? navigator.serviceWorker.ready.then(() => resolve(true)) : resolve(true));
		})`
		if _, err := chromedp.Run(tctx, chromedp.Evaluate[bool](sw, chromedp.EvalAwaitPromise)); err != nil {
			return 0, fmt.Errorf("%s: waiting for the service worker: %w", url, err)
		}
		// Let the disk cache take what the page loaded.
		time.Sleep(time.Second)
	}
	return ms, nil
}

// oursRuns times each program in the site's example pane, the worker's
// time for each of runs runs, with the visualiser off.
func oursRuns(url string, runs int) ([][]float64, error) {
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel, err := newBrowser(profile)
	if err != nil {
		return nil, err
	}
	defer cancel()
	const ex = `document.querySelector('.example[data-id="hello-asyncio"]')`
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"?trace=0")); err != nil {
		return nil, err
	}
	slide, err := chromedp.Run(ctx, chromedp.Evaluate[int](`+`+ex+`.closest(".slide").dataset.n`))
	if err != nil {
		return nil, err
	}
	var all [][]float64
	for _, p := range programs {
		src, err := os.ReadFile(filepath.Join(e2e.RepoRoot(), p.file))
		if err != nil {
			return nil, err
		}
		tctx, tcancel := context.WithTimeout(ctx, time.Duration(runs)*3*time.Minute)
		ms, err := paneRuns(tctx, url, slide, src, runs, nil)
		tcancel()
		if err != nil {
			return nil, fmt.Errorf("ours, %s: %w", p.file, err)
		}
		fmt.Fprintf(os.Stderr, "  ours    %-20s %s ms\n", p.name, list(ms))
		all = append(all, ms)
	}
	return all, nil
}

// gone matches the protocol's errors for a document that was replaced.
var gone = regexp.MustCompile(`Cannot find context|context was destroyed|Execution context`)

// paneRuns opens src in the hello-asyncio example as a share link and
// clicks Run runs times.
// With before (nil: none), it calls before once the runtime is ready.
func paneRuns(ctx context.Context, url string, slide int, src []byte, runs int, before func() error) ([]float64, error) {
	const ex = `document.querySelector('.example[data-id="hello-asyncio"]')`
	code := base64.RawURLEncoding.EncodeToString(src)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(fmt.Sprintf("%s?trace=0#%d&ex=hello-asyncio&code=%s", url, slide, code))); err != nil {
		return nil, err
	}
	poll := func(what, expr string) error {
		var err error
		// The page may still be replacing its document (its service
		// worker taking control): poll again in the new one.
		for try := 0; try < 5; try++ {
			_, err = chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(3*time.Minute), chromedp.WithPollingInterval(20*time.Millisecond)))
			if err == nil || !gone.MatchString(err.Error()) || ctx.Err() != nil {
				break
			}
			time.Sleep(500 * time.Millisecond)
		}
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", what, err)
		}
		return nil
	}
	if err := poll("the runtime", ex+`?.classList.contains("live") && document.getElementById("runtime-status").dataset.state === "ready"`); err != nil {
		return nil, err
	}
	if before != nil {
		if err := before(); err != nil {
			return nil, err
		}
	}
	var ms []float64
	for i := 0; i < runs; i++ {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](ex+`.querySelector(".ex-run").click()`)); err != nil {
			return nil, err
		}
		if err := poll("the run", ex+`.dataset.run !== "running"`); err != nil {
			return nil, err
		}
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[`+ex+`.dataset.run, `+ex+`.dataset.exit, `+ex+`.dataset.ms]`))
		if err != nil {
			return nil, err
		}
		if v[0] != "done" || v[1] != "0" {
			return nil, fmt.Errorf("run %d: %s, exit %s", i+1, v[0], v[1])
		}
		x, _ := strconv.ParseFloat(v[2], 64)
		ms = append(ms, x)
	}
	return ms, nil
}

// pyodideRuns times each program with runPythonAsync in Pyodide's page.
func pyodideRuns(url string, runs int) ([][]float64, error) {
	ctx, cancel, err := pyodidePage(url)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var all [][]float64
	for _, p := range programs {
		src, err := os.ReadFile(filepath.Join(e2e.RepoRoot(), p.file))
		if err != nil {
			return nil, err
		}
		var ms []float64
		for i := 0; i < runs; i++ {
			tctx, tcancel := context.WithTimeout(ctx, 5*time.Minute)
			r, err := chromedp.Run(tctx, chromedp.Evaluate[struct {
				Ms  float64
				Out string
				Err string
			}](fmt.Sprintf("benchRun(%s)", jsString(src)), chromedp.EvalAwaitPromise))
			tcancel()
			if err != nil {
				return nil, fmt.Errorf("pyodide, %s: %w", p.file, err)
			}
			if r.Err != "" {
				return nil, fmt.Errorf("pyodide, %s: %s", p.file, r.Err)
			}
			ms = append(ms, r.Ms)
		}
		fmt.Fprintf(os.Stderr, "  Pyodide %-20s %s ms\n", p.name, list(ms))
		all = append(all, ms)
	}
	return all, nil
}

// pyodidePage opens Pyodide's page in a fresh browser and waits for it.
func pyodidePage(url string) (context.Context, context.CancelFunc, error) {
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return nil, nil, err
	}
	ctx, cancel, err := newBrowser(profile)
	if err != nil {
		os.RemoveAll(profile)
		return nil, nil, err
	}
	done := func() { cancel(); os.RemoveAll(profile) }
	tctx, tcancel := context.WithTimeout(ctx, 2*time.Minute)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(url)); err != nil {
		done()
		return nil, nil, err
	}
	if _, err := chromedp.Run(tctx, chromedp.Evaluate[string](`pyodideReady`, chromedp.EvalAwaitPromise)); err != nil {
		done()
		return nil, nil, fmt.Errorf("loading Pyodide: %w", err)
	}
	return ctx, done, nil
}

// memory adds the memory per pending task (100k tasks pending at once on
// one Event), measured two ways. The live memory the pending tasks hold:
// ours by runtime/modules/asyncio's BenchmarkPendingTaskMemory (the Go
// heap after a GC, natively), CPython's and Pyodide's by
// bench/page/memory.py (tracemalloc after a collection), at the same two
// points of bench/page/pending_tasks_marked.py. And how much each
// runtime's wasm memory grew over a run of bench/asyncio's
// pending_tasks_100k.py in the page (what the browser holds).
func memory(t *table, root, oursURL, pyoURL string) error {
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", "^BenchmarkPendingTaskMemory$", "-benchtime", "1x", "-count", "1", "./runtime/modules/asyncio")
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("BenchmarkPendingTaskMemory: %w\n%s", err, out)
	}
	native := map[string]float64{}
	for _, m := range regexp.MustCompile(`/(trace=\w+)\S*\s.*?([0-9.]+) B/task`).FindAllSubmatch(out, -1) {
		native[string(m[1])], _ = strconv.ParseFloat(string(m[2]), 64)
	}
	if len(native) == 0 {
		return fmt.Errorf("BenchmarkPendingTaskMemory reported no B/task:\n%s", out)
	}
	harness, err := os.ReadFile(filepath.Join(root, "bench/page/memory.py"))
	if err != nil {
		return err
	}
	marked, err := os.ReadFile(filepath.Join(root, "bench/page/pending_tasks_marked.py"))
	if err != nil {
		return err
	}
	plain, err := os.ReadFile(filepath.Join(root, pendingProgram))
	if err != nil {
		return err
	}

	oursGrew, err := oursMemory(oursURL, plain)
	if err != nil {
		return err
	}

	ctx, cancel, err := pyodidePage(pyoURL)
	if err != nil {
		return err
	}
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, 10*time.Minute)
	defer tcancel()
	// The run first: the wasm memory never shrinks.
	run, err := chromedp.Run(tctx, chromedp.Evaluate[struct {
		Grew float64
		Err  string
	}](fmt.Sprintf("benchRun(%s)", jsString(plain)), chromedp.EvalAwaitPromise))
	if err == nil && run.Err != "" {
		err = errors.New(run.Err)
	}
	if err != nil {
		return fmt.Errorf("pyodide, %s: %w", pendingProgram, err)
	}
	live, err := chromedp.Run(tctx, chromedp.Evaluate[struct {
		Result []float64
		Err    string
	}](fmt.Sprintf("benchMemory(%s, %s)", jsString(harness), jsString(marked)), chromedp.EvalAwaitPromise))
	if err == nil && (live.Err != "" || len(live.Result) == 0) {
		err = errors.New(live.Err)
	}
	if err != nil {
		return fmt.Errorf("pyodide, bench/page/memory.py: %w", err)
	}

	const n = 100_000
	t.add("memory per pending task: live, after a GC", kb(native["trace=off"])+" (Go heap, natively; "+kb(native["trace=kept"])+" with the trace kept, as the page)",
		kb(live.Result[0])+" (tracemalloc)", fmt.Sprintf("%.2f×", native["trace=off"]/live.Result[0]), "ours ≤ 2 KB")
	t.add("memory per pending task: wasm memory grown by the run", kb(oursGrew/n), kb(run.Grew/n), fmt.Sprintf("%.2f×", oursGrew/run.Grew), "")

	if py, err := exec.LookPath("python3"); err == nil {
		var figs []string
		for _, args := range [][]string{{}, {"--rss"}} {
			c := exec.Command(py, append(append([]string{filepath.Join(root, "bench/page/memory.py")}, args...), filepath.Join(root, "bench/page/pending_tasks_marked.py"))...)
			c.Stderr = os.Stderr
			o, err := c.Output()
			if err != nil {
				return fmt.Errorf("python3 bench/page/memory.py: %w", err)
			}
			x, _ := strconv.ParseFloat(strings.TrimSpace(string(o)), 64)
			figs = append(figs, kb(x))
		}
		t.notes = append(t.notes, "Memory per pending task, CPython natively (python3, the same program): "+figs[0]+" live (tracemalloc), "+figs[1]+" of peak RSS growth.")
	}
	return nil
}

// oursMemory runs file in the site's example pane and returns how much the
// run worker's wasm memory grew (it never shrinks, so this is the run's
// peak: the Go heap, its collector's headroom and the runtime's own).
func oursMemory(url string, src []byte) (float64, error) {
	profile, err := os.MkdirTemp("", "pagebench-profile-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel, err := newBrowser(profile)
	if err != nil {
		return 0, err
	}
	defer cancel()
	const ex = `document.querySelector('.example[data-id="hello-asyncio"]')`
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"?trace=0")); err != nil {
		return 0, err
	}
	slide, err := chromedp.Run(ctx, chromedp.Evaluate[int](`+`+ex+`.closest(".slide").dataset.n`))
	if err != nil {
		return 0, err
	}
	tctx, tcancel := context.WithTimeout(ctx, 5*time.Minute)
	defer tcancel()
	var before float64
	// paneRuns measures the memory before its first run: the worker is
	// started by then.
	_, err = paneRuns(tctx, url, slide, src, 1, func() error {
		before, err = runWorkerMemory(tctx)
		return err
	})
	if err != nil {
		return 0, err
	}
	after, err := runWorkerMemory(tctx)
	return after - before, err
}

// runWorkerMemory returns the size of the run worker's WebAssembly
// memories, found through the DevTools protocol.
func runWorkerMemory(ctx context.Context) (float64, error) {
	ts, err := chromedp.Targets(ctx)
	if err != nil {
		return 0, err
	}
	for _, t := range ts {
		if t.Type != "worker" {
			continue
		}
		wctx, wcancel := chromedp.NewContext(ctx, chromedp.WithTargetID(t.TargetID))
		mode, err := chromedp.Run(wctx, chromedp.Evaluate[string](`String(self.asynchronyMode)`))
		if err != nil || mode != "run" {
			wcancel()
			continue
		}
		n, err := chromedp.Run(wctx, wasmMemory)
		wcancel()
		return n, err
	}
	return 0, fmt.Errorf("no run worker among the page's targets")
}

// wasmMemory adds up the byte length of every WebAssembly.Memory in the
// target (Runtime.queryObjects finds them by their prototype).
func wasmMemory(ctx context.Context, t *chromedp.Target) (float64, error) {
	proto, err := cdp.Call(ctx, t, runtime.Evaluate, runtime.EvaluateParams{Expression: "WebAssembly.Memory.prototype"})
	if err != nil {
		return 0, err
	}
	objs, err := cdp.Call(ctx, t, runtime.QueryObjects, runtime.QueryObjectsParams{PrototypeObjectID: proto.Result.ObjectID})
	if err != nil {
		return 0, err
	}
	r, err := cdp.Call(ctx, t, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: "function () { return String(this.reduce((s, m) => s + m.buffer.byteLength, 0)); }",
		ObjectID:            objs.Objects.ObjectID,
	})
	if err != nil {
		return 0, err
	}
	return strconv.ParseFloat(strings.Trim(string(r.Result.Value), `"`), 64)
}

func jsString(b []byte) string {
	j, _ := json.Marshal(string(b))
	return string(j)
}

func secs(xs []float64) string { return fmt.Sprintf("%.2f s", median(xs)/1000) }

func msecs(xs []float64) string {
	m := median(xs)
	if m >= 1000 {
		return fmt.Sprintf("%.2f s", m/1000)
	}
	return fmt.Sprintf("%.0f ms", m)
}

func mb(b float64) string { return fmt.Sprintf("%.2f MB", b/1e6) }

func kb(b float64) string { return fmt.Sprintf("%.2f KB", b/1000) }

// ratio is ours/Pyodide of the medians: below 1, ours is faster.
func ratio(ours, pyodide []float64) string {
	o, p := median(ours), median(pyodide)
	if o <= 0 || p <= 0 {
		return ""
	}
	return fmt.Sprintf("%.2f×", o/p)
}

// newBrowser starts Chromium on profile, trying three times: on a loaded
// machine its start sometimes outlasts chromedp's wait.
func newBrowser(profile string) (ctx context.Context, cancel context.CancelFunc, err error) {
	for try := 0; try < 3; try++ {
		if ctx, cancel, err = e2e.NewBrowser(context.Background(), profile); err == nil {
			return ctx, cancel, nil
		}
		fmt.Fprintln(os.Stderr, "pagebench: retrying:", err)
		time.Sleep(2 * time.Second)
	}
	return nil, nil, err
}
