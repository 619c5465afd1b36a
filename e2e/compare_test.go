package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const threeID = "three-ways"

// totals reads a compare= example's totals from the page, by run name.
func (p *tab) totals(ctx context.Context, id string) map[string]float64 {
	p.t.Helper()
	got := eval[[][]string](p, ctx, `[...`+ex(id)+`.querySelectorAll(".cmp-total")].map(li => [li.dataset.name, li.dataset.total])`)
	m := map[string]float64{}
	for _, kv := range got {
		f, err := strconv.ParseFloat(kv[1], 64)
		if err != nil {
			p.t.Fatalf("total %q: %v", kv, err)
		}
		m[kv[0]] = f
	}
	return m
}

// runCompare runs the example and waits for its runs to be drawn.
func (p *tab) runCompare(ctx context.Context, id string) {
	p.t.Helper()
	p.do(ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, id)))
	p.waitFor(ctx, id+"'s runs drawn", ex(id)+`.querySelector(".cmp").dataset.state === "drawn" && `+ex(id)+`.dataset.run === "done"`, 60*time.Second)
}

// TestCompareSlide: the three-ways slide runs one program three ways and
// draws the runs on one clock with their totals: sync takes the sum of
// the latencies, threads and asyncio the longest. Editing a latency moves
// all three.
func TestCompareSlide(t *testing.T) {
	p := newTab(t)
	p.strict = true
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, threeID)
	p.openExample(ctx, threeID, fmt.Sprintf("#%d", n))
	p.runCompare(ctx, threeID)

	check := func(what string, sync, longest float64) {
		t.Helper()
		tot := p.totals(ctx, threeID)
		if len(tot) != 3 {
			t.Fatalf("%s: totals %v, want sync, threads and async", what, tot)
		}
		if !(tot["sync"] > tot["threads"]+0.2 && tot["sync"] > tot["async"]+0.2) {
			t.Errorf("%s: totals %v, want sync > threads and async", what, tot)
		}
		d := tot["threads"] - tot["async"]
		if d < -0.05 || d > 0.05 {
			t.Errorf("%s: threads %g and async %g differ", what, tot["threads"], tot["async"])
		}
		if tot["sync"] < sync-0.01 || tot["sync"] > sync+0.05 || tot["async"] < longest-0.01 || tot["async"] > longest+0.05 {
			t.Errorf("%s: totals %v, want sync %g, the others %g", what, tot, sync, longest)
		}
		// One SVG, three runs, waits shaded in each.
		if c := eval[int](p, ctx, ex(threeID)+`.querySelectorAll(".cmp-svg svg").length`); c != 1 {
			t.Errorf("%s: %d compare pictures", what, c)
		}
		if w := eval[int](p, ctx, ex(threeID)+`.querySelectorAll(".cmp-svg .tl-waiting").length`); w < 7 {
			t.Errorf("%s: %d waiting segments, want the sync run's 3, the threads' 3 and more", what, w)
		}
		out := eval[string](p, ctx, ex(threeID)+`.querySelector("pre.output").textContent`)
		// The printed totals are time.monotonic's, which adds the real time
		// a single-threaded run computes (import asyncio: about 0.1 s).
		for _, s := range []string{"\nsync: ", "\nthreads: ", "\nasync: ", "$ python three-ways.py threads"} {
			if !strings.Contains(out, s) {
				t.Errorf("%s: output lacks %q:\n%s", what, s, out)
			}
		}
	}
	check("as on the slide", 2.4, 1.0)
	// The visualiser below explores one run; the sync run shows the main
	// thread waiting on each sleep.
	p.waitDrawn(threeID, 10*time.Second)
	if lanes := eval[string](p, ctx, vis(threeID)+`.dataset.lanes`); lanes != "MainThread" {
		t.Errorf("the sync run's lanes %q, want MainThread", lanes)
	}
	eval[any](p, ctx, ex(threeID)+`.querySelector(".cmp").scrollIntoView()`)
	shot(p, "compare-desktop-light")

	// Edit a latency (a 1.0 becomes 2.0) and run again: every total moves.
	code := eval[string](p, ctx, ex(threeID)+`.querySelector("pre.code").textContent`)
	p.do(ctx, 10*time.Second, front,
		chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .cm-content`, threeID)),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(kb.ModifierCtrl)),
		insertText(strings.Replace(code, "('a', 1.0)", "('a', 2.0)", 1)))
	p.runCompare(ctx, threeID)
	check("after the edit", 3.4, 2.0)
	eval[any](p, ctx, ex(threeID)+`.querySelector(".cmp").scrollIntoView()`)

	// Dark theme, then phone width.
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	eval[any](p, ctx, ex(threeID)+`.querySelector(".cmp").scrollIntoView()`)
	shot(p, "compare-desktop-dark")
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(390, 844))
	time.Sleep(300 * time.Millisecond)
	eval[any](p, ctx, ex(threeID)+`.querySelector(".cmp").scrollIntoView()`)
	shot(p, "compare-phone-dark")
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	eval[any](p, ctx, ex(threeID)+`.querySelector(".cmp").scrollIntoView()`)
	shot(p, "compare-phone-light")
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(1280, 800))

	// Printed, the slide shows the last picture beside the code.
	p.do(ctx, 5*time.Second, media("print"))
	if vis := eval[bool](p, ctx, `(() => { const f = `+ex(threeID)+`.querySelector(".ex-print svg"); return !!f && f.getBoundingClientRect().width > 200 && getComputedStyle(f.parentElement).display !== "none"; })()`); !vis {
		t.Error("printed, the slide shows no picture: " + eval[string](p, ctx, `(() => { const e = `+ex(threeID)+`; const f = e.querySelector(".ex-print"); return [e.dataset.printCode, !!f, f && getComputedStyle(f).display, f && f.innerHTML.slice(0, 80), f && f.getBoundingClientRect().width, getComputedStyle(e).display, [...e.children].map(c => c.className + ":" + getComputedStyle(c).display).join(" ")].join(" | "); })()`))
	}
	if w := eval[string](p, ctx, ex(threeID)+`.querySelector(".ex-print svg")?.getAttribute("aria-label") || ""`); !strings.Contains(w, "sync takes 3.4 s") {
		t.Errorf("printed picture is %q, want the last run's", w)
	}
	// Beside it, the code that ran (the edit), all of it.
	if code := eval[string](p, ctx, `[...`+ex(threeID)+`.querySelectorAll("pre.code")].filter(e => getComputedStyle(e).display !== "none").map(e => e.textContent).join("|")`); !strings.Contains(code, "('a', 2.0)") || !strings.HasPrefix(code, "import asyncio") {
		t.Errorf("printed code is %.80q..., want the edited program", code)
	}
	eval[any](p, ctx, ex(threeID)+`.closest(".slide").scrollIntoView()`)
	shot(p, "compare-print")
	p.do(ctx, 5*time.Second, media(""))
}

// TestPresenterFollowsVisualiser: the presenter window shows the picture
// the audience's window shows, and its cursor follows each step.
func TestPresenterFollowsVisualiser(t *testing.T) {
	p := newTab(t)
	p.strict = true
	deck := p.ctx
	p.do(deck, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(deck, downloadsID)
	p.openExample(deck, downloadsID, fmt.Sprintf("#%d", n))
	pres := p.open()
	p.do(pres, 20*time.Second, chromedp.Navigate(site.URL+fmt.Sprintf("?presenter#%d", n)))
	p.waitFor(pres, "the presenter view", `!document.getElementById("presenter").hidden`, 5*time.Second)

	// The presenter starts the run from its own window: the audience's
	// window runs it.
	driveBtn := func(act string) string {
		return fmt.Sprintf(`.presenter-current .example[data-id=%q] .follow-drive [data-act=%s]`, downloadsID, act)
	}
	p.waitFor(pres, "the presenter's Run button", fmt.Sprintf(`document.querySelector(%q) !== null`, driveBtn("run")), 5*time.Second)
	if !eval[bool](p, pres, fmt.Sprintf(`document.querySelector(%q).disabled`, driveBtn("forward"))) {
		t.Error("the presenter's step buttons are enabled before any run")
	}
	p.do(pres, 5*time.Second, front, chromedp.Click(driveBtn("run")))
	p.do(deck, 5*time.Second, front)
	p.waitDrawn(downloadsID, 30*time.Second)
	follow := fmt.Sprintf(`document.querySelector('.presenter-current .example[data-id=%q] .follow')`, downloadsID)
	same := func(what string) {
		t.Helper()
		step := p.settle(downloadsID).Step
		p.waitFor(pres, what, fmt.Sprintf(`%s?.dataset.step === "%d" && %s.querySelector(".follow-svg svg") !== null`, follow, step, follow), 5*time.Second)
	}
	same("the presenter showing the run")
	p.do(deck, 5*time.Second, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	for i := 0; i < 3; i++ {
		p.do(deck, 5*time.Second, chromedp.KeyEvent(kb.ArrowRight))
		same(fmt.Sprintf("the presenter following step %d", i+1))
	}
	// The presenter's buttons move the audience's cursor, and the picture
	// that comes back follows.
	before := p.settle(downloadsID).Step
	p.do(pres, 5*time.Second, front, chromedp.Click(driveBtn("forward")))
	p.do(deck, 5*time.Second, front)
	p.waitFor(deck, "the audience stepping at the presenter's Forward", fmt.Sprintf(`+%s.dataset.step > %d`, vis(downloadsID), before), 5*time.Second)
	same("the presenter following its own Forward")
	p.do(pres, 5*time.Second, front, chromedp.Click(driveBtn("first")))
	p.do(deck, 5*time.Second, front)
	p.waitFor(deck, "the audience going to the first step at the presenter's First", vis(downloadsID)+`.dataset.step === "0"`, 5*time.Second)
	same("the presenter following its own First")
	p.do(pres, 5*time.Second, front, chromedp.Click(driveBtn("play")))
	p.waitFor(pres, "the presenter's Play turning into Pause", fmt.Sprintf(`document.querySelector(%q).textContent.includes("Pause")`, driveBtn("play")), 5*time.Second)
	p.do(pres, 5*time.Second, chromedp.Click(driveBtn("play")))
	p.waitFor(pres, "the presenter's Pause turning back into Play", fmt.Sprintf(`document.querySelector(%q).textContent.includes("Play")`, driveBtn("play")), 5*time.Second)
	p.do(deck, 5*time.Second, front, chromedp.Focus(fmt.Sprintf(`.example[data-id=%q] .vis-timeline`, downloadsID)))
	p.do(deck, 5*time.Second, chromedp.KeyEvent(kb.End))
	same("the presenter following to the end")
	if said := eval[string](p, pres, follow+`.querySelector(".follow-step").textContent`); !strings.HasPrefix(said, "Step ") {
		t.Errorf("presenter says %q", said)
	}
	p.do(pres, 5*time.Second, front)
	shotCtx(p, pres, "presenter-follow")

	// The three-ways slide: the presenter shows the runs on one clock.
	n = p.exampleSlide(deck, threeID)
	p.do(deck, 5*time.Second, front)
	eval[any](p, deck, fmt.Sprintf(`location.hash = "#%d"`, n))
	p.waitFor(deck, threeID+" becoming an editor", ex(threeID)+`?.classList.contains("live")`, 15*time.Second)
	p.runCompare(deck, threeID)
	cmp := fmt.Sprintf(`document.querySelector('.presenter-current .example[data-id=%q] .follow')`, threeID)
	p.waitFor(pres, "the presenter showing the compared runs", cmp+`?.querySelector(".follow-cmp svg") !== null && `+cmp+`.dataset.totals.split(",").length === 3`, 10*time.Second)
	p.do(pres, 5*time.Second, front)
	shotCtx(p, pres, "presenter-compare")
}

// insertText inserts text at the focused element's selection, as an input
// method would (no key events: the editor does not indent it again).
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// media emulates a CSS media type ("print"; "" ends it).
func media(m string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
		return err
	})
}

// shotCtx is shot for another tab of the browser.
func shotCtx(p *tab, ctx context.Context, name string) {
	p.t.Helper()
	saved := p.ctx
	p.ctx = ctx
	defer func() { p.ctx = saved }()
	shot(p, name)
}
