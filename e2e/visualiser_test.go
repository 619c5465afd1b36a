package e2e

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const downloadsID = "async-downloads"

// shots saves screenshots into e2e/screenshots (ignored by git) for a
// person to look at.
func shot(p *tab, name string) {
	p.t.Helper()
	dir := filepath.Join(RepoRoot(), "e2e", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.t.Fatal(err)
	}
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func vis(id string) string { return ex(id) + `.querySelector(".vis")` }

// visState is what the page shows at the cursor.
type visState struct {
	Step  int    `json:"step"`
	Line  string `json:"line"`
	Ready string `json:"ready"`
	Said  string `json:"said"`
	Ran   int    `json:"ran"`  // editor lines marked "just ran"
	Next  int    `json:"next"` // and "next"
}

func (p *tab) visState(id string) visState {
	p.t.Helper()
	return eval[visState](p, p.ctx, `(() => { const v = `+vis(id)+`, e = `+ex(id)+`; return {
		step: +v.dataset.step, line: v.dataset.line || "",
		ready: v.querySelector(".vis-ready").textContent,
		said: v.querySelector(".vis-narration").textContent,
		ran: e.querySelectorAll(".cm-step-ran").length, next: e.querySelectorAll(".cm-step-next").length,
	}; })()`)
}

// waitDrawn waits for a run of id to end and its timeline to be drawn and
// the cursor's state shown.
func (p *tab) waitDrawn(id string, d time.Duration) {
	p.t.Helper()
	p.waitFor(p.ctx, id+"'s timeline", vis(id)+`.dataset.state === "ready" && `+vis(id)+`.querySelector(".vis-svg svg") !== null && `+vis(id)+`.querySelector(".vis-state").childElementCount > 0`, d)
}

// runDrawn loads the deck, opens the example id on its slide, runs it and
// waits for its timeline to be drawn; it returns the example's slide.
func (p *tab) runDrawn(id string) int {
	p.t.Helper()
	p.do(p.ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(p.ctx, id)
	p.openExample(p.ctx, id, fmt.Sprintf("#%d", n))
	p.do(p.ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, id)))
	p.waitDrawn(id, 30*time.Second)
	return n
}

// settle waits for the state panel to show the cursor's step.
func (p *tab) settle(id string) visState {
	p.t.Helper()
	var st visState
	deadline := time.Now().Add(5 * time.Second)
	for {
		if eval[bool](p, p.ctx, `(() => { const v = `+vis(id)+`; return v.dataset.shown === v.dataset.step; })()`) {
			return p.visState(id)
		}
		st = p.visState(id)
		if time.Now().After(deadline) {
			p.t.Fatalf("the state panel did not follow the cursor: %+v", st)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestVisualiserSteps(t *testing.T) {
	p := newTab(t)
	p.strict = true
	ctx := p.ctx
	n := p.runDrawn(downloadsID)

	// The lanes: the loop, main's task and one task per download.
	lanes := eval[[]string](p, ctx, `[...`+vis(downloadsID)+`.querySelectorAll(".tl-lane")].map(g => g.dataset.name)`)
	if got := strings.Join(lanes, " "); !strings.HasPrefix(got, "loop ") || strings.Count(got, "Task-") != 4 {
		t.Fatalf("lanes %q, want the loop and four tasks", got)
	}
	if eval[int](p, ctx, vis(downloadsID)+`.querySelectorAll(".tl-waiting").length`) == 0 {
		t.Error("no waiting segment drawn for the sleeps")
	}
	eval[any](p, ctx, ex(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-downloads-light")

	// Step forward from the first step with the keyboard (focus in the
	// pane); the line and the ready queue change, and stepping back
	// returns to what was shown.
	p.do(ctx, 5*time.Second, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	first := p.settle(downloadsID)
	if first.Said == "" || first.Ran+first.Next == 0 {
		t.Fatalf("first step: %+v (no narration or no line marked in the editor)", first)
	}
	states := []visState{first}
	for i := 0; i < 12; i++ {
		p.do(ctx, 5*time.Second, chromedp.KeyEvent(kb.ArrowRight))
		time.Sleep(30 * time.Millisecond)
		states = append(states, p.settle(downloadsID))
	}
	lines, readies := map[string]bool{}, map[string]bool{}
	for i, s := range states {
		if i > 0 && s.Step <= states[i-1].Step {
			t.Fatalf("→ did not move forward: %+v after %+v", s, states[i-1])
		}
		lines[s.Line] = true
		readies[s.Ready] = true
	}
	if len(lines) < 2 || len(readies) < 2 {
		t.Fatalf("12 steps showed %d lines and %d ready queues: %+v", len(lines), len(readies), states)
	}
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-downloads-stepped")
	for i := len(states) - 2; i >= len(states)-5; i-- {
		p.do(ctx, 5*time.Second, chromedp.KeyEvent(kb.ArrowLeft))
		time.Sleep(30 * time.Millisecond)
		if got := p.settle(downloadsID); got != states[i] {
			t.Fatalf("← showed %+v, want %+v as before", got, states[i])
		}
	}
	if cur := p.current(ctx); cur != n {
		t.Fatalf("the arrow keys turned the slide to %d", cur)
	}

	// Once a sleep is armed, the timer panel says what the timer is for
	// and then the callback asyncio armed.
	timers := vis(downloadsID) + `.querySelector(".vis-timers").textContent`
	for i := 0; i < 30 && !strings.Contains(eval[string](p, ctx, timers), "at "); i++ {
		p.do(ctx, 5*time.Second, chromedp.KeyEvent(kb.ArrowRight))
		p.settle(downloadsID)
	}
	if got := eval[string](p, ctx, timers); !strings.Contains(got, "the end of sleep(") || !strings.Contains(got, "_set_result_unless_cancelled") {
		t.Errorf("the timers panel says %q, want what the timer ends and its callback", got)
	}

	// Zoom with the keyboard, then fit; click a segment for its details.
	s1 := eval[string](p, ctx, vis(downloadsID)+`.querySelector(".vis-timeline").dataset.s1`)
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("w"))
	p.waitFor(ctx, "the zoomed view", vis(downloadsID)+`.querySelector(".vis-timeline").dataset.s1 !== "`+s1+`"`, 5*time.Second)
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("f"))
	p.waitFor(ctx, "the fitted view", vis(downloadsID)+`.querySelector(".vis-timeline").dataset.s1 === "`+s1+`"`, 5*time.Second)
	eval[any](p, ctx, `[...`+vis(downloadsID)+`.querySelectorAll(".tl-waiting")].find(r => r.dataset.label.startsWith("sleep")).dispatchEvent(new MouseEvent("click", {bubbles: true}))`)
	detail := eval[string](p, ctx, vis(downloadsID)+`.querySelector(".vis-detail").textContent`)
	if !strings.Contains(detail, "sleep") || !strings.Contains(detail, "waiting") {
		t.Errorf("a waiting segment's details say %q", detail)
	}

	// The trace table pages.
	eval[any](p, ctx, vis(downloadsID)+`.querySelector(".vis-trace").open = true`)
	p.waitFor(ctx, "the trace table", vis(downloadsID)+`.querySelectorAll(".vis-events tbody tr").length > 0`, 5*time.Second)
	rows := eval[string](p, ctx, vis(downloadsID)+`.querySelector(".vis-events").textContent`)
	if !strings.Contains(rows, "task_new") || !strings.Contains(rows, "suspend") {
		t.Errorf("the trace table lacks the run's events: %.300s", rows)
	}
	eval[any](p, ctx, ex(downloadsID)+`.scrollIntoView()`)

	// Dark theme, then phone width.
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	time.Sleep(200 * time.Millisecond)
	shot(p, "vis-downloads-dark")
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(375, 812))
	time.Sleep(500 * time.Millisecond)
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-downloads-phone-dark")
	if w := eval[float64](p, ctx, `document.documentElement.scrollWidth`); w > 380 {
		t.Errorf("at phone width the page is %.0f px wide", w)
	}
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	time.Sleep(200 * time.Millisecond)
	shot(p, "vis-downloads-phone-light")
}

// TestVisualiserBigRun: the 300k-callback run finishes, the page keeps
// answering meanwhile (its longest task is logged), and the timeline
// scrubs.
func TestVisualiserBigRun(t *testing.T) {
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, helloID)
	program, err := CallSoon300k()
	if err != nil {
		t.Fatal(err)
	}
	code := base64.RawURLEncoding.EncodeToString([]byte(program))
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+"?"))
	p.openExample(ctx, helloID, fmt.Sprintf("#%d&ex=%s&code=%s", n, helloID, code))
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)
	eval[any](p, ctx, LongTaskProbe)
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	p.waitFor(ctx, "the run", ex(helloID)+`.dataset.run === "done"`, 120*time.Second)
	p.waitDrawn(helloID, 120*time.Second)
	if out := eval[string](p, ctx, ex(helloID)+`.querySelector("pre.output").textContent`); out != "300000\n" {
		t.Fatalf("output %q", out)
	}
	steps := eval[int](p, ctx, vis(helloID)+`.querySelector(".vis-scrub").max * 1`)
	if steps < 600000 {
		t.Fatalf("the scrubber spans %d steps, want the whole trace (600k+)", steps)
	}
	idle := eval[[]float64](p, ctx, IdleFramesProbe(1000))
	frames := eval[[]float64](p, ctx, ScrubProbe(helloID, 1500))
	longest := eval[float64](p, ctx, `window.asynchronyLongest`)
	t.Logf("run %s ms in the worker, %s ms in the page, timeline built in %s ms more; longest main-thread task %.0f ms; scrub frames %s; idle frames %s",
		eval[string](p, ctx, ex(helloID)+`.dataset.ms`), eval[string](p, ctx, ex(helloID)+`.dataset.pageMs`),
		eval[string](p, ctx, ex(helloID)+`.dataset.drawn`), longest, FrameStats(frames), FrameStats(idle))
	// Frame times are pagebench's to report (this machine may be loaded);
	// here the page must merely not freeze while scrubbing.
	if len(frames) < 5 {
		t.Fatalf("only %d frames while scrubbing for 1.5 s", len(frames))
	}
	// The state followed the scrubbing to somewhere in the middle.
	st := p.settle(helloID)
	if st.Step <= 0 || st.Step >= steps {
		t.Errorf("after scrubbing the cursor is at %d of %d", st.Step, steps)
	}
	eval[any](p, ctx, ex(helloID)+`.scrollIntoView()`)
	shot(p, "vis-300k")
}

// TestRealClockGrows: a clock=real example's timeline grows while it runs.
func TestRealClockGrows(t *testing.T) {
	const id = "run-forever-stop"
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	if eval[bool](p, ctx, ex(id)+` === null`) {
		t.Skip("the deck has no " + id + " example")
	}
	p.openExample(ctx, id, fmt.Sprintf("#%d", p.exampleSlide(ctx, id)))
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state === "ready"`, 15*time.Second)
	p.do(ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, id)))
	p.waitFor(ctx, "a timeline while running", vis(id)+`.dataset.grew > 0 && `+vis(id)+`.querySelector(".vis-svg svg") !== null`, 10*time.Second)
	eval[any](p, ctx, ex(id)+`.scrollIntoView()`)
	shot(p, "vis-realclock-growing")
	p.waitFor(ctx, "the run to end", ex(id)+`.dataset.run === "done"`, 20*time.Second)
	if grew := eval[int](p, ctx, vis(id)+`.dataset.grew * 1`); grew < 2 {
		t.Errorf("the timeline was drawn %d times while the 3.5 s run ran, want it to grow", grew)
	}
	p.waitDrawn(id, 20*time.Second)
	shot(p, "vis-realclock-done")
}

// TestNoConsoleErrors: a page load, a run, and typing over a selection in
// the editor log no console error and no CSP violation.
func TestNoConsoleErrors(t *testing.T) {
	p := newTab(t)
	p.strict = true
	ctx := p.ctx
	p.runDrawn(helloID)
	// Typing over a selection across highlighted lines: Chrome's own
	// editing would keep the look with a style attribute (a CSP violation).
	p.replaceCode(ctx, helloID, "print('typed over')")
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	p.waitFor(ctx, "the second run", ex(helloID)+`.dataset.run === "done" && `+ex(helloID)+`.querySelector("pre.output").textContent === "typed over\n"`, 30*time.Second)
	p.waitDrawn(helloID, 30*time.Second)
	time.Sleep(300 * time.Millisecond)
}

// TestVisualiserKeysHelp: `?` in the visualiser lists its keys, Esc hides
// the list, and the ? button shows it too; it fits at phone width in both
// themes.
func TestVisualiserKeysHelp(t *testing.T) {
	p := newTab(t)
	p.strict = true
	ctx := p.ctx
	n := p.runDrawn(downloadsID)
	help := vis(downloadsID) + `.querySelector(".vis-help")`
	shown := func() bool {
		return eval[bool](p, ctx, `(() => { const h = `+help+`; return !h.hidden && h.getBoundingClientRect().height > 0; })()`)
	}
	if shown() {
		t.Fatal("the keys are listed before ? was pressed")
	}

	p.do(ctx, 5*time.Second, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("?"))
	if !shown() {
		t.Fatal("? did not list the keys")
	}
	text := eval[string](p, ctx, help+`.textContent`)
	for _, want := range []string{"←", "Home", "Space", "zoom", "pan", "fit", "Esc"} {
		if !strings.Contains(text, want) {
			t.Errorf("the keys list lacks %q: %s", want, text)
		}
	}
	if got := eval[string](p, ctx, vis(downloadsID)+`.querySelector(".vis-help-btn").getAttribute("aria-expanded")`); got != "true" {
		t.Errorf("the ? button says aria-expanded=%q while the list shows", got)
	}
	if cur := p.current(ctx); cur != n {
		t.Fatalf("? turned the slide to %d", cur)
	}
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-keys-light")
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	time.Sleep(200 * time.Millisecond)
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-keys-dark")

	p.do(ctx, 5*time.Second, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	p.do(ctx, 5*time.Second, chromedp.KeyEvent(kb.Escape))
	if shown() {
		t.Fatal("Esc did not hide the keys")
	}
	if cur := p.current(ctx); cur != n {
		t.Fatalf("Esc turned the slide to %d", cur)
	}

	// The button, at phone width.
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(375, 812))
	time.Sleep(500 * time.Millisecond)
	eval[any](p, ctx, vis(downloadsID)+`.querySelector(".vis-help-btn").click()`)
	if !shown() {
		t.Fatal("the ? button did not list the keys")
	}
	eval[any](p, ctx, help+`.scrollIntoView()`)
	shot(p, "vis-keys-phone-dark")
	if w := eval[float64](p, ctx, `document.documentElement.scrollWidth`); w > 380 {
		t.Errorf("with the keys listed at phone width the page is %.0f px wide", w)
	}
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	time.Sleep(200 * time.Millisecond)
	eval[any](p, ctx, help+`.scrollIntoView()`)
	shot(p, "vis-keys-phone-light")
}

// TestVisualiserLaneSteps: . and , move to the next and previous steps of
// the task running at the cursor, over the other tasks' steps between.
func TestVisualiserLaneSteps(t *testing.T) {
	p := newTab(t)
	p.strict = true
	ctx := p.ctx
	n := p.runDrawn(downloadsID)
	p.do(ctx, 5*time.Second, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	running := func() string {
		return eval[string](p, ctx, `[...`+vis(downloadsID)+`.querySelectorAll('.vis-tasks li[data-state="running"] strong')].map(s => s.textContent).join(",")`)
	}
	press := func(key string) visState {
		p.do(ctx, 5*time.Second, chromedp.KeyEvent(key))
		time.Sleep(30 * time.Millisecond)
		return p.settle(downloadsID)
	}

	// Step with → to the first step of a download's task.
	st := p.settle(downloadsID)
	for i := 0; running() != "Task-2"; i++ {
		if i == 60 {
			t.Fatalf("60 steps never ran Task-2 (at step %d: %q)", st.Step, running())
		}
		st = press(kb.ArrowRight)
	}
	a := st
	next := press(kb.ArrowRight)
	press(kb.ArrowLeft)

	b := press(".")
	if b.Step <= next.Step || running() != "Task-2" {
		t.Fatalf(". from step %d went to step %d running %q; want Task-2's next step, after step %d (→)", a.Step, b.Step, running(), next.Step)
	}
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-lane-next-light")
	if back := press(","); back.Step != a.Step || running() != "Task-2" {
		t.Fatalf(", from step %d went to step %d running %q; want step %d", b.Step, back.Step, running(), a.Step)
	}
	if cur := p.current(ctx); cur != n {
		t.Fatalf(", and . turned the slide to %d", cur)
	}

	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	p.do(ctx, 5*time.Second, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	press(".")
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-lane-next-dark")
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(375, 812))
	time.Sleep(500 * time.Millisecond)
	eval[any](p, ctx, vis(downloadsID)+`.scrollIntoView()`)
	shot(p, "vis-lane-next-phone-dark")
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	time.Sleep(200 * time.Millisecond)
	shot(p, "vis-lane-next-phone-light")
}
