package e2e

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asynchrony/asynchrony/site/build"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var (
	site    *Site
	skipWhy string
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	if Chromium() == "" {
		if os.Getenv("ASYNCHRONY_E2E") == "1" {
			fmt.Fprintln(os.Stderr, "e2e: ASYNCHRONY_E2E=1 but", ErrNoBrowser)
			return 1
		}
		skipWhy = ErrNoBrowser.Error() + "; set ASYNCHRONY_E2E=1 to make this a failure"
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "asynchrony-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if _, err := BuildSite(dir+"/dist", os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building the site:", err)
		return 1
	}
	site, err = Serve(dir + "/dist")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer site.Close()
	return m.Run()
}

// tab is one page of a fresh browser, watched for requests to other
// origins, uncaught exceptions and CSP violations, which fail the test.
type tab struct {
	t       *testing.T
	ctx     context.Context
	browser context.Context
	mu      sync.Mutex
	bad     []string
	origins []string // besides site.URL, origins this test serves itself
	strict  bool     // console errors fail the test too
}

// allow adds an origin of the test's own (a second server).
func (p *tab) allow(origin string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.origins = append(p.origins, origin)
}

func (p *tab) ours(u string) bool {
	for _, o := range append([]string{site.URL, "data:", "blob:"}, p.origins...) {
		if strings.HasPrefix(u, o) {
			return true
		}
	}
	return false
}

func newTab(t *testing.T) *tab {
	t.Helper()
	if skipWhy != "" {
		t.Skip(skipWhy)
	}
	bctx, cancel, err := NewBrowser(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	p := &tab{t: t, browser: bctx}
	p.ctx = p.open()
	return p
}

// open makes another tab in the same browser (same profile), watched too.
func (p *tab) open() context.Context {
	ctx, cancel := chromedp.NewContext(p.browser, chromedp.WithListener(p.watch))
	p.t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		p.t.Fatal(err)
	}
	p.t.Cleanup(p.check)
	return ctx
}

func (p *tab) watch(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		if !p.ours(u) {
			p.bad = append(p.bad, "request to another origin: "+u)
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		p.bad = append(p.bad, "uncaught exception: "+msg)
	case *log.EventEntryAdded:
		if p.strict && (ev.Entry.Level == log.EntryLevelError || strings.Contains(ev.Entry.Text, "Content Security Policy")) {
			p.bad = append(p.bad, fmt.Sprintf("console %s at %s:%d: %s", ev.Entry.Level, ev.Entry.URL, ev.Entry.LineNumber, ev.Entry.Text))
			return
		}
		if strings.Contains(ev.Entry.Text, "Content Security Policy") {
			p.bad = append(p.bad, fmt.Sprintf("CSP violation at %s:%d: %s", ev.Entry.URL, ev.Entry.LineNumber, ev.Entry.Text))
		}
	case *runtime.EventConsoleAPICalled:
		if p.strict && ev.Type == runtime.ConsoleAPICalledTypeError {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.bad = append(p.bad, "console.error: "+strings.Join(args, " "))
		}
		for _, a := range ev.Args {
			if strings.Contains(string(a.Value), "Content Security Policy") {
				p.bad = append(p.bad, "CSP violation: "+string(a.Value))
			}
		}
	}
}

func (p *tab) check() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, b := range p.bad {
		p.t.Error(b)
	}
	p.bad = nil
}

// do runs actions with a time limit.
func (p *tab) do(ctx context.Context, d time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	c, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	if err := chromedp.Do(c, actions...); err != nil {
		p.t.Fatal(err)
	}
}

func eval[T any](p *tab, ctx context.Context, expr string) T {
	p.t.Helper()
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript predicate from Go (not with page timers, which
// virtual time may speed up), through navigations; what describes it in
// the failure.
func (p *tab) waitFor(ctx context.Context, what, expr string, d time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(d)
	var last error
	for {
		c, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(c, chromedp.Evaluate[bool](expr))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		if time.Now().After(deadline) {
			p.t.Fatalf("waiting for %s (%s): timed out after %v (last error: %v)", what, expr, d, last)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (p *tab) current(ctx context.Context) int {
	return eval[int](p, ctx, `+document.querySelector(".slide.current").dataset.n`)
}

func (p *tab) slideCount(ctx context.Context) int {
	return eval[int](p, ctx, `document.querySelectorAll(".slide").length`)
}

// exampleSlide is the slide number holding the example with this id.
func (p *tab) exampleSlide(ctx context.Context, id string) int {
	return eval[int](p, ctx, fmt.Sprintf(`+document.querySelector('.example[data-id=%q]').closest(".slide").dataset.n`, id))
}

func ex(id string) string { return fmt.Sprintf(`document.querySelector('.example[data-id=%q]')`, id) }

// editorText reads an example's editor, line by line.
func (p *tab) editorText(ctx context.Context, id string) string {
	return eval[string](p, ctx, fmt.Sprintf(`[...%s.querySelectorAll(".cm-line")].map(l => l.textContent).join("\n")`, ex(id)))
}

func (p *tab) openExample(ctx context.Context, id string, hash string) {
	p.t.Helper()
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+hash))
	p.waitFor(ctx, id+" becoming an editor", ex(id)+`?.classList.contains("live")`, 15*time.Second)
}

// replaceCode selects all of an example's code and types text instead.
func (p *tab) replaceCode(ctx context.Context, id, text string) {
	p.t.Helper()
	p.do(ctx, 10*time.Second,
		front,
		chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .cm-content`, id)),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(kb.ModifierCtrl)),
		chromedp.KeyEvent(text),
	)
}

const helloID = "hello-asyncio"

// front brings a tab to the front, as a reader's typing would.
var front = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, page.BringToFront, cdp.Empty{})
	return err
})

func TestNavigation(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+"#7"))
	if n := p.current(ctx); n != 7 {
		t.Fatalf("opened #7, showing slide %d", n)
	}
	count := p.slideCount(ctx)
	steps := []struct {
		key  string
		want int
	}{
		{kb.ArrowRight, 8}, {" ", 9}, {kb.PageDown, 10}, {kb.ArrowLeft, 9}, {kb.PageUp, 8},
		{kb.ArrowDown, 9}, {kb.ArrowUp, 8}, {kb.End, count}, {kb.ArrowRight, count}, {kb.Home, 1}, {kb.ArrowLeft, 1},
	}
	for _, s := range steps {
		p.do(ctx, 5*time.Second, chromedp.KeyEvent(s.key))
		p.waitFor(ctx, fmt.Sprintf("slide %d after %q", s.want, s.key), fmt.Sprintf(`document.querySelector(".slide.current").dataset.n === "%d" && (location.hash === "#%d" || %d === 1 && location.hash === "#1")`, s.want, s.want, s.want), 3*time.Second)
		visible := eval[int](p, ctx, `[...document.querySelectorAll(".slide")].filter(s => s.offsetParent !== null).length`)
		if visible != 1 {
			t.Fatalf("after %q: %d slides visible", s.key, visible)
		}
	}
	// By URL within the page, and back.
	eval[string](p, ctx, `location.hash = "#5"`)
	p.waitFor(ctx, "slide 5 from the URL", `document.querySelector(".slide.current").dataset.n === "5"`, 3*time.Second)
	eval[any](p, ctx, `history.back()`)
	p.waitFor(ctx, "slide 1 after Back", `document.querySelector(".slide.current").dataset.n === "1"`, 3*time.Second)
	// Overview: every slide as a tile; a click opens one.
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("o"))
	p.waitFor(ctx, "the overview", `document.body.classList.contains("overview") && document.querySelectorAll(".slide").length === [...document.querySelectorAll(".slide")].filter(s => s.offsetParent !== null).length`, 3*time.Second)
	p.do(ctx, 5*time.Second, chromedp.Click(`#slide-3`))
	p.waitFor(ctx, "slide 3 from the overview", `!document.body.classList.contains("overview") && document.querySelector(".slide.current").dataset.n === "3"`, 3*time.Second)
	// The title of the first slide is the deck's.
	if title := eval[string](p, ctx, `document.querySelector(".bar-title").textContent`); title == "" {
		t.Error("no deck title in the bar")
	}
}

func TestRuntimeLoads(t *testing.T) {
	p := newTab(t)
	p.do(p.ctx, 20*time.Second, chromedp.Navigate(site.URL))
	p.waitFor(p.ctx, "the runtime to be ready", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)
}

func TestRunHelloAsyncio(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, helloID)
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", n))
	// Ctrl+Enter in the editor runs it.
	p.do(ctx, 10*time.Second,
		chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .cm-content`, helloID)),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(kb.ModifierCtrl)),
	)
	p.waitFor(ctx, "the run to finish", ex(helloID)+`.dataset.run === "done" || `+ex(helloID)+`.dataset.run === "failed"`, 30*time.Second)
	out := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent`)
	if !strings.Contains(out, "Hello asyncio!") {
		t.Fatalf("output %q lacks Hello asyncio!", out)
	}
	if stdout := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output .stdout")?.textContent || ""`); !strings.Contains(stdout, "Hello asyncio!") {
		t.Errorf("Hello asyncio! is not marked as stdout: %q", stdout)
	}
	// The visualiser drew the run: the loop and the callbacks' lanes.
	p.waitDrawn(helloID, 30*time.Second)
	if lanes := eval[string](p, ctx, vis(helloID)+`.dataset.lanes`); lanes != "loop,callbacks" {
		t.Errorf("the visualiser's lanes are %q, want loop,callbacks", lanes)
	}
}

func TestTracebackAndSyntaxError(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, helloID)
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", n))
	p.replaceCode(ctx, helloID, "x = 1 / 0")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	p.waitFor(ctx, "the run to finish", ex(helloID)+`.dataset.run === "done"`, 30*time.Second)
	out := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent`)
	if !strings.Contains(out, "ZeroDivisionError") {
		t.Fatalf("output %q lacks the ZeroDivisionError", out)
	}
	if links := eval[int](p, ctx, ex(helloID)+`.querySelectorAll("pre.output .stderr a.tb-line[data-line='1']").length`); links != 1 {
		t.Errorf("traceback line links: %d, want 1 (output %q)", links, out)
	}
	p.replaceCode(ctx, helloID, "print(1 +)")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	p.waitFor(ctx, "the run to finish", ex(helloID)+`.dataset.run === "done"`, 30*time.Second)
	p.waitFor(ctx, "the SyntaxError marked in the editor", ex(helloID)+`.querySelector(".cm-error-line") !== null`, 3*time.Second)
}

func TestEditReloadReset(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, helloID)
	hash := fmt.Sprintf("#%d", n)
	p.openExample(ctx, helloID, hash)
	original := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.code").textContent`)
	if got := p.editorText(ctx, helloID); got != original {
		t.Fatalf("editor starts with %q, want the slide's code %q", got, original)
	}
	p.do(ctx, 10*time.Second,
		chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .cm-content`, helloID)),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(kb.ModifierCtrl)),
		chromedp.KeyEvent("  # edited in e2e"),
	)
	// Saved within the debounce (250 ms) plus the storage round trip.
	p.waitFor(ctx, "the edit to be saved", ex(helloID)+`.dataset.state === "edited"`, 3*time.Second)
	edited := p.editorText(ctx, helloID)
	if !strings.HasSuffix(edited, "  # edited in e2e") {
		t.Fatalf("editor text after typing: %q", edited)
	}
	p.do(ctx, 20*time.Second, chromedp.Reload())
	p.waitFor(ctx, "the editor after reload", ex(helloID)+`?.classList.contains("live")`, 15*time.Second)
	if got := p.editorText(ctx, helloID); got != edited {
		t.Fatalf("after reload the editor has %q, want the edit %q", got, edited)
	}
	if st := eval[string](p, ctx, ex(helloID)+`.dataset.state`); st != "edited" {
		t.Errorf("after reload the state is %q, want edited", st)
	}
	// My snippets lists it.
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="snippets"]`))
	p.waitFor(ctx, "My snippets to list the edit", `[...document.querySelectorAll("#snippets li strong")].some(s => s.textContent === "hello-asyncio")`, 5*time.Second)
	p.do(ctx, 5*time.Second, chromedp.Click(`#snippets .panel-close`))
	// Reset restores the original and forgets the edit.
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-reset`))
	p.waitFor(ctx, "the reset", ex(helloID)+`.dataset.state === "original"`, 3*time.Second)
	if got := p.editorText(ctx, helloID); got != original {
		t.Fatalf("after Reset the editor has %q", got)
	}
	p.do(ctx, 20*time.Second, chromedp.Reload())
	p.waitFor(ctx, "the editor after reload", ex(helloID)+`?.classList.contains("live")`, 15*time.Second)
	if got := p.editorText(ctx, helloID); got != original {
		t.Fatalf("after Reset and reload the editor has %q", got)
	}
}

func TestTwoTabsDoNotLoseAnEdit(t *testing.T) {
	p := newTab(t)
	a := p.ctx
	p.do(a, 20*time.Second, chromedp.Navigate(site.URL))
	hash := fmt.Sprintf("#%d", p.exampleSlide(a, helloID))
	p.openExample(a, helloID, hash)
	b := p.open()
	p.openExample(b, helloID, hash)
	p.replaceCode(a, helloID, "print('from tab A')")
	p.waitFor(a, "A's save", ex(helloID)+`.dataset.state === "edited"`, 3*time.Second)
	// B had not typed: it follows A's save.
	p.waitFor(b, "B to follow A", `[...`+ex(helloID)+`.querySelectorAll(".cm-line")].map(l => l.textContent).join("\n") === "print('from tab A')"`, 3*time.Second)
	p.replaceCode(b, helloID, "print('from tab B')")
	p.waitFor(b, "B's save", ex(helloID)+`.dataset.state === "edited"`, 3*time.Second)
	p.waitFor(a, "A to follow B", `[...`+ex(helloID)+`.querySelectorAll(".cm-line")].map(l => l.textContent).join("\n") === "print('from tab B')"`, 3*time.Second)
}

func TestStopInfiniteLoop(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", p.exampleSlide(ctx, helloID)))
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)
	p.replaceCode(ctx, helloID, "while True: pass")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	time.Sleep(1500 * time.Millisecond)
	if st := eval[string](p, ctx, ex(helloID)+`.dataset.run`); st != "running" {
		out := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent`)
		t.Fatalf("`while True: pass` is %q after 1.5 s, want running (output %q)", st, out)
	}
	// The page still answers: a round trip through its event loop.
	start := time.Now()
	if got := eval[int](p, ctx, `new Promise(r => setTimeout(() => r(42), 0))`); got != 42 || time.Since(start) > time.Second {
		t.Fatalf("page did not answer promptly while the loop runs (%v)", time.Since(start))
	}
	ms := eval[float64](p, ctx, `new Promise(res => {
		const ex = `+ex(helloID)+`, t0 = performance.now();
		ex.querySelector(".ex-stop").click();
		const check = () => ex.dataset.run !== "running" ? res(performance.now() - t0) : setTimeout(check, 2);
		check();
	})`)
	t.Logf("Stop took %.1f ms", ms)
	if ms > 500 {
		t.Fatalf("Stop took %.0f ms, want < 500", ms)
	}
	p.replaceCode(ctx, helloID, "print('after stop')")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	p.waitFor(ctx, "the run after Stop", ex(helloID)+`.dataset.run === "done"`, 15*time.Second)
	if out := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent`); !strings.Contains(out, "after stop") {
		t.Fatalf("run after Stop printed %q", out)
	}
	// Storage lives in its own worker, which Stop leaves alone.
	p.waitFor(ctx, "the edit saved after Stop", ex(helloID)+`.dataset.state === "edited"`, 3*time.Second)
	p.do(ctx, 20*time.Second, chromedp.Reload())
	p.waitFor(ctx, "the editor after reload", ex(helloID)+`?.classList.contains("live")`, 15*time.Second)
	if got := p.editorText(ctx, helloID); got != "print('after stop')" {
		t.Fatalf("after Stop and reload the editor has %q", got)
	}
}

func TestShareLink(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, helloID)
	code := "print('shared: é ✓')"
	hash := fmt.Sprintf("#%d&ex=%s&code=%s", n, helloID, base64.RawURLEncoding.EncodeToString([]byte(code)))
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+"?"))
	p.openExample(ctx, helloID, hash)
	p.waitFor(ctx, "the shared code", ex(helloID)+`.dataset.state === "shared"`, 5*time.Second)
	if got := p.editorText(ctx, helloID); got != code {
		t.Fatalf("share link opened %q, want %q", got, code)
	}
	if cur := p.current(ctx); cur != n {
		t.Errorf("share link shows slide %d, want %d", cur, n)
	}
	if h := eval[string](p, ctx, `location.hash`); h != fmt.Sprintf("#%d", n) {
		t.Errorf("after opening, the URL still carries the code: %q", h)
	}
	// The page's own Share button makes a link that round-trips, here
	// pasted into the same tab.
	p.replaceCode(ctx, helloID, "print('round trip')")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-share`))
	link := eval[string](p, ctx, ex(helloID)+`.querySelector(".ex-share-url").value`)
	if !strings.Contains(link, "&ex=hello-asyncio&code=") {
		t.Fatalf("Share made %q", link)
	}
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-reset`))
	p.waitFor(ctx, "the reset", ex(helloID)+`.dataset.state === "original"`, 3*time.Second)
	eval[string](p, ctx, fmt.Sprintf(`location.href = %q`, link))
	p.waitFor(ctx, "the pasted link's code", `[...`+ex(helloID)+`.querySelectorAll(".cm-line")].map(l => l.textContent).join("\n") === "print('round trip')"`, 5*time.Second)
}

var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

func TestPrintOneSlidePerPage(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+"#2"))
	count := p.slideCount(ctx)
	c, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	pdf, err := chromedp.Run(c, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatal(err)
	}
	if pages := len(pdfPage.FindAll(pdf, -1)); pages != count {
		t.Fatalf("the PDF has %d pages, want one per slide: %d", pages, count)
	}
}

func TestImportAndChangedOriginal(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", p.exampleSlide(ctx, helloID)))
	deck := eval[string](p, ctx, `document.body.dataset.deck`)
	dir := t.TempDir()
	bad := dir + "/bad.json"
	good := dir + "/snippets.json"
	os.WriteFile(bad, []byte(`{"format": "something else"}`), 0o644)
	// An edit made on an original whose hash differs from the deck's now.
	os.WriteFile(good, []byte(fmt.Sprintf(`{"format": "asynchrony-snippets", "version": 1, "snippets": [
		{"deck": %q, "id": %q, "code": "print('imported')", "orig": "0000000000000000"}]}`, deck, helloID)), 0o644)

	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="snippets"]`))
	p.waitFor(ctx, "the snippets panel", `document.querySelector("#snippets .import-file") !== null`, 5*time.Second)
	p.do(ctx, 5*time.Second, chromedp.SetUploadFiles(`#snippets .import-file`, []string{bad}))
	p.waitFor(ctx, "an error for a bad import", `!document.getElementById("banner").hidden && document.getElementById("banner").textContent.includes("Cannot import")`, 5*time.Second)

	p.do(ctx, 5*time.Second, chromedp.SetUploadFiles(`#snippets .import-file`, []string{good}))
	p.waitFor(ctx, "the imported code in the editor", `[...`+ex(helloID)+`.querySelectorAll(".cm-line")].map(l => l.textContent).join("\n") === "print('imported')"`, 5*time.Second)
	p.do(ctx, 20*time.Second, chromedp.Reload())
	p.waitFor(ctx, "the editor after reload", ex(helloID)+`?.classList.contains("live")`, 15*time.Second)
	if got := p.editorText(ctx, helloID); got != "print('imported')" {
		t.Fatalf("after reload the editor has %q", got)
	}
	if eval[string](p, ctx, ex(helloID)+`.dataset.origChanged || ""`) != "1" ||
		!strings.Contains(eval[string](p, ctx, ex(helloID)+`.querySelector(".ex-notice").textContent`), "original code has changed") {
		t.Fatal("an edit of a changed original is not marked")
	}
}

func TestTwoTabsConflict(t *testing.T) {
	p := newTab(t)
	a := p.ctx
	p.do(a, 20*time.Second, chromedp.Navigate(site.URL))
	hash := fmt.Sprintf("#%d", p.exampleSlide(a, helloID))
	p.openExample(a, helloID, hash)
	b := p.open()
	p.openExample(b, helloID, hash)
	// A has unsaved typing when B's save lands: A's timers are paused
	// (virtual time), so its 250 ms save waits while B types and saves.
	// A must neither silently take B's text nor overwrite it: it asks.
	p.do(a, 5*time.Second, virtualTime(emulation.VirtualTimePolicyPause))
	p.replaceCode(a, helloID, "print('A')")
	p.replaceCode(b, helloID, "print('B')")
	p.waitFor(b, "B's save", ex(helloID)+`.dataset.state === "edited"`, 3*time.Second)
	p.do(a, 5*time.Second, virtualTime(emulation.VirtualTimePolicyAdvance))
	p.waitFor(a, "A to report the conflict", ex(helloID)+`.dataset.state === "conflict"`, 5*time.Second)
	if got := p.editorText(a, helloID); got != "print('A')" {
		t.Fatalf("A's text changed under it to %q", got)
	}
	// Click "Keep mine" in one step: the notice may be redrawn meanwhile
	// (A's own refused save reports the same conflict).
	if !eval[bool](p, a, `(() => { const b = [...`+ex(helloID)+`.querySelectorAll(".ex-notice-btn")].find(b => b.textContent === "Keep mine"); if (b) b.click(); return !!b; })()`) {
		t.Fatal(`no "Keep mine" button`)
	}
	p.waitFor(a, "A's forced save", ex(helloID)+`.dataset.state === "edited"`, 3*time.Second)
	p.waitFor(b, "B to follow A's kept edit", `[...`+ex(helloID)+`.querySelectorAll(".cm-line")].map(l => l.textContent).join("\n") === "print('A')"`, 3*time.Second)
}

func TestStorageErrorShown(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", p.exampleSlide(ctx, helloID)))
	// A full disk: the origin's quota is one byte.
	quota := 1.0
	p.do(ctx, 5*time.Second, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: strings.TrimSuffix(site.URL, "/"), QuotaSize: &quota})
		return err
	}))
	p.replaceCode(ctx, helloID, "print('a long edit that does not fit in one byte of quota')")
	p.waitFor(ctx, "the failed save to be shown", ex(helloID)+`.dataset.state === "error" && !document.getElementById("banner").hidden`, 5*time.Second)
	msg := eval[string](p, ctx, `document.getElementById("banner").textContent`)
	t.Logf("banner: %s", msg)
	if !strings.Contains(msg, "could not be saved") {
		t.Fatalf("banner %q does not say the edit was not saved", msg)
	}
}

func TestOutputFlood(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", p.exampleSlide(ctx, helloID)))
	p.replaceCode(ctx, helloID, "while True: print('x' * 99)")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	// The output limit ends the run; the page keeps answering meanwhile.
	p.waitFor(ctx, "the output limit to end the run", ex(helloID)+`.dataset.run === "done"`, 60*time.Second)
	out := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent.slice(-300)`)
	t.Logf("run took %s ms, exit %s, output %d bytes", eval[string](p, ctx, ex(helloID)+`.dataset.ms`), eval[string](p, ctx, ex(helloID)+`.dataset.exit`), eval[int](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent.length`))
	if !strings.Contains(out, "[output limit reached") {
		t.Fatalf("a flood of output ended with %q", out)
	}
}

// virtualTime sets the tab's virtual time policy (pause stops its timers).
func virtualTime(policy emulation.VirtualTimePolicy) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetVirtualTimePolicy, emulation.SetVirtualTimePolicyParams{Policy: policy})
		return err
	})
}

// swipe drags one finger from x0 to x1 across the middle of the page.
func swipe(x0, x1 float64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		steps := []input.DispatchTouchEventParams{
			{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: x0, Y: 400}}},
			{Type: input.DispatchTouchEventTypeTouchMove, TouchPoints: []*input.TouchPoint{{X: (x0 + x1) / 2, Y: 405}}},
			{Type: input.DispatchTouchEventTypeTouchMove, TouchPoints: []*input.TouchPoint{{X: x1, Y: 410}}},
			{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}},
		}
		for _, s := range steps {
			if _, err := cdp.Call(ctx, t, input.DispatchTouchEvent, s); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestTouchAndFullScreen(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+"#4"))
	p.do(ctx, 5*time.Second, swipe(900, 300))
	p.waitFor(ctx, "slide 5 after a swipe left", `document.querySelector(".slide.current").dataset.n === "5"`, 3*time.Second)
	p.do(ctx, 5*time.Second, swipe(300, 900))
	p.waitFor(ctx, "slide 4 after a swipe right", `document.querySelector(".slide.current").dataset.n === "4"`, 3*time.Second)
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("f"))
	p.waitFor(ctx, "full screen", `document.fullscreenElement !== null`, 3*time.Second)
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("f"))
	p.waitFor(ctx, "leaving full screen", `document.fullscreenElement === null`, 3*time.Second)
}

func TestAutorun(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	id := eval[string](p, ctx, `document.querySelector(".example[data-autorun]")?.dataset.id || ""`)
	if id == "" {
		t.Skip("the deck has no autorun example")
	}
	n := p.exampleSlide(ctx, id)
	if n == 1 {
		t.Skip("the autorun example is on the first slide")
	}
	time.Sleep(2 * time.Second) // the runtime is up; the example's slide has not been shown
	if run := eval[string](p, ctx, ex(id)+`.dataset.run || ""`); run != "" {
		t.Fatalf("autorun example ran before its slide was shown (%q)", run)
	}
	eval[string](p, ctx, fmt.Sprintf(`location.hash = "#%d"`, n))
	p.waitFor(ctx, "the autorun example to run", ex(id)+`.dataset.run === "done"`, 20*time.Second)
}

// TestSeveralDecks builds a site of two decks: the main one at /, the
// other at /second/, each with its own examples and snippet keys.
func TestSeveralDecks(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	dir := t.TempDir() + "/dist"
	if _, err := build.Build(build.Options{Root: RepoRoot(), Slides: RepoRoot() + "/e2e/testdata/decks", Main: "first", Out: dir}); err != nil {
		t.Fatal(err)
	}
	s, err := Serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p.allow(s.URL)
	p.do(ctx, 20*time.Second, chromedp.Navigate(s.URL+"#2"))
	if got := eval[string](p, ctx, `document.querySelector("#slide-2").textContent`); !strings.Contains(got, "Raw <b>HTML</b> stays text.") {
		t.Errorf("raw HTML not shown as text: %q", got)
	}
	p.do(ctx, 20*time.Second, chromedp.Navigate(s.URL+"second/"))
	p.waitFor(ctx, "the second deck's example", `document.querySelector('.example[data-id="hello"]')?.classList.contains("live")`, 15*time.Second)
	if deck := eval[string](p, ctx, `document.body.dataset.deck`); deck != "second" {
		t.Fatalf("second deck's page says deck %q", deck)
	}
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello"] .ex-run`))
	p.waitFor(ctx, "the run", `document.querySelector('.example[data-id="hello"]').dataset.run === "done"`, 30*time.Second)
	if out := eval[string](p, ctx, `document.querySelector('.example[data-id="hello"] pre.output').textContent`); out != "from the second deck\n" {
		t.Errorf("second deck's example printed %q", out)
	}
	p.replaceCode(ctx, "hello", "print('edited in the second deck')")
	p.waitFor(ctx, "the save", `document.querySelector('.example[data-id="hello"]').dataset.state === "edited"`, 3*time.Second)
	// The same example id in the first deck is a different snippet.
	p.do(ctx, 20*time.Second, chromedp.Navigate(s.URL))
	p.waitFor(ctx, "the first deck's example", `document.querySelector('.example[data-id="hello"]')?.classList.contains("live")`, 15*time.Second)
	if got := p.editorText(ctx, "hello"); got != `print("from the first deck")` {
		t.Errorf("first deck's example shows %q", got)
	}
}

// TestRealClockStreams: with clock=real, output shows as it happens, not
// at the end of the run.
func TestRealClockStreams(t *testing.T) {
	const id = "run-forever-stop"
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	if eval[bool](p, ctx, ex(id)+` === null`) {
		t.Skip("the deck has no " + id + " example")
	}
	p.openExample(ctx, id, fmt.Sprintf("#%d", p.exampleSlide(ctx, id)))
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)
	start := time.Now()
	p.do(ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, id)))
	p.waitFor(ctx, "the first tick while running", ex(id)+`.dataset.run === "running" && `+ex(id)+`.querySelector("pre.output").textContent.includes("tick 1")`, 10*time.Second)
	p.waitFor(ctx, "the run to end", ex(id)+`.dataset.run === "done"`, 20*time.Second)
	out := eval[string](p, ctx, ex(id)+`.querySelector("pre.output").textContent`)
	// Under load real timers run late (tick n+1 is armed when tick n ran),
	// so only the first ticks and the stop are certain.
	if !strings.Contains(out, "tick 2") || !strings.Contains(out, "stopped after 3.") {
		t.Fatalf("real-clock run printed %q", out)
	}
	if d := time.Since(start); d < 3*time.Second {
		t.Errorf("a 3.5 s real-clock run ended after %v", d)
	}
}
