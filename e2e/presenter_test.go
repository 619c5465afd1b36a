package e2e

import (
	"context"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The deck and its presenter window follow each other over a
// BroadcastChannel. Keys are pressed back to back, never waiting for the
// other window: a quick double press used to lose a step.
func TestPresenterFollowsDeck(t *testing.T) {
	p := newTab(t)
	deck := p.ctx
	p.do(deck, 20*time.Second, chromedp.Navigate(site.URL+"#1"))
	count := p.slideCount(deck)

	// The presenter opens while the deck is busy (as it is when it
	// upgrades editors), so what the presenter says on start reaches the
	// deck only after the reader's first keys.
	p.busy(deck, 2*time.Second)
	pres := p.open()
	p.do(pres, 20*time.Second, chromedp.Navigate(site.URL+"?presenter#1"))
	p.waitFor(pres, "the presenter view", fmt.Sprintf(`document.getElementById("presenter-count").textContent === "1 / %d"`, count), 5*time.Second)

	// Real key presses in the deck, five in a row.
	keys := []chromedp.Action[chromedp.Void]{front}
	for range 5 {
		keys = append(keys, chromedp.KeyEvent(kb.ArrowRight))
	}
	p.do(deck, 10*time.Second, keys...)
	p.waitSynced("five keys in the deck", deck, pres, 6, count)
	next := eval[string](p, pres, `document.querySelector(".presenter-next .slide")?.dataset.n || ""`)
	if next != "7" {
		t.Errorf("presenter's next slide is %q, want 7", next)
	}
	if notes := eval[string](p, pres, `document.querySelector(".presenter-notes").textContent`); notes == "" {
		t.Error("presenter shows no notes pane text")
	}
	if timer := eval[string](p, pres, `document.getElementById("presenter-timer").textContent`); !regexp.MustCompile(`^\d\d:\d\d$`).MatchString(timer) {
		t.Errorf("presenter timer %q", timer)
	}

	// The other way round, then back, each burst in one task of the page.
	p.pressNow(pres, "ArrowRight", 5)
	p.waitSynced("five keys in the presenter", deck, pres, 11, count)
	p.pressNow(deck, "ArrowLeft", 3)
	p.waitSynced("three keys back in the deck", deck, pres, 8, count)

	// Both windows at once: one window is busy while the other takes three
	// steps (8 -> 11), then takes two steps back (8 -> 6) before it has
	// seen them. Its choice is the later one, and both must end there,
	// whichever window it is.
	for _, w := range []struct {
		name       string
		busy, fast context.Context
	}{{"presenter busy", pres, deck}, {"deck busy", deck, pres}} {
		p.pressAfter(w.busy, 500*time.Millisecond, "ArrowLeft", 2)
		p.pressNow(w.fast, "ArrowRight", 3)
		p.waitSynced(w.name, deck, pres, 6, count)
		p.pressNow(w.fast, "ArrowRight", 2)
		p.waitSynced(w.name+", then two keys in the other window", deck, pres, 8, count)
	}

	// A presenter view opened again with an old URL follows the deck; it
	// does not pull the audience back to slide 1.
	p.do(pres, 20*time.Second, chromedp.Navigate(site.URL+"?presenter=again#1"))
	p.waitSynced("the presenter opened again at #1", deck, pres, 8, count)
}

// keysJS dispatches n keydown events for key (a KeyboardEvent.key name such
// as "ArrowRight", not a kb constant) one after the other.
func keysJS(key string, n int) string {
	return fmt.Sprintf(`for (let i = 0; i < %d; i++) document.body.dispatchEvent(new KeyboardEvent("keydown", {key: %q, bubbles: true, cancelable: true}));`, n, key)
}

// pressNow presses key n times in one task of the page, faster than any
// message can cross to the other window.
func (p *tab) pressNow(ctx context.Context, key string, n int) {
	p.t.Helper()
	eval[bool](p, ctx, `(() => { `+keysJS(key, n)+` return true; })()`)
}

// busyJS keeps the page's main thread busy for d in one task.
func busyJS(d time.Duration) string {
	return fmt.Sprintf(`const end = performance.now() + %d; while (performance.now() < end);`, d.Milliseconds())
}

// busy keeps the page busy for d from now, without waiting for it:
// messages from the other window queue up meanwhile.
func (p *tab) busy(ctx context.Context, d time.Duration) {
	p.t.Helper()
	eval[bool](p, ctx, `(setTimeout(() => { `+busyJS(d)+` }, 0), true)`)
}

// pressAfter keeps the page busy for d, then presses key n times in that
// same task, before it reads what the other window sent meanwhile.
func (p *tab) pressAfter(ctx context.Context, d time.Duration, key string, n int) {
	p.t.Helper()
	eval[bool](p, ctx, `(setTimeout(() => { `+busyJS(d)+` `+keysJS(key, n)+` }, 0), true)`)
}

// shownJS reads a window's slide (the presenter's counter, or the deck's
// current slide); -1 if the URL names another slide.
const shownJS = `(() => {
	const n = document.body.classList.contains("presenting")
		? parseInt(document.getElementById("presenter-count").textContent, 10)
		: +document.querySelector(".slide.current").dataset.n;
	return parseInt(location.hash.slice(1), 10) === n ? n : -1;
})()`

// waitSynced waits until both windows show slide want, and checks that they
// stay there (no late message moves either of them).
func (p *tab) waitSynced(what string, deck, pres context.Context, want, count int) {
	p.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		d, q := eval[int](p, deck, shownJS), eval[int](p, pres, shownJS)
		if d == want && q == want {
			break
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: want both windows on slide %d, deck on %d, presenter on %d (-1: URL differs)", what, want, d, q)
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	if d, q := eval[int](p, deck, shownJS), eval[int](p, pres, shownJS); d != want || q != want {
		p.t.Fatalf("%s: both windows reached slide %d, then the deck went to %d, the presenter to %d", what, want, d, q)
	}
	if c := eval[string](p, pres, `document.getElementById("presenter-count").textContent`); c != fmt.Sprintf("%d / %d", want, count) {
		p.t.Errorf("%s: presenter counter %q", what, c)
	}
}
