package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/asynchrony/asynchrony/runtime"
)

// The race example carries seed=7: the page must run it with that seed, so
// that it loses the same updates as `asynchrony run -seed 7` does, and
// another seed loses a different number.
func TestRaceExampleUsesItsSeed(t *testing.T) {
	const id = "threads-race"
	src, err := os.ReadFile(filepath.Join(RepoRoot(), "testdata/asyncio/talk", id+".py"))
	if err != nil {
		t.Fatal(err)
	}
	code := strings.TrimSuffix(string(src), "\n") + "\nprint('counter', counter)\n"
	native := func(seed uint64) string {
		var out bytes.Buffer
		runtime.Run([]byte(code), runtime.Options{Filename: id + ".py", Stdout: &out, Seed: seed})
		return out.String()
	}
	want := native(7)
	for _, seed := range []uint64{0, 8} {
		if native(seed) == want {
			t.Fatalf("seeds 7 and %d print the same, so this test could not tell them apart:\n%s", seed, want)
		}
	}

	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, id)
	p.openExample(ctx, id, fmt.Sprintf("#%d", n))
	if seed := eval[string](p, ctx, ex(id)+`.dataset.seed`); seed != "7" {
		t.Fatalf("data-seed = %q, want 7", seed)
	}
	// Append the print on a new last line (typing the whole program
	// would meet the editor's auto-indentation).
	p.do(ctx, 10*time.Second,
		front,
		chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .cm-content`, id)),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(kb.ModifierCtrl)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.KeyEvent("print('counter', counter)"),
	)
	// The page runs what the editor holds (Enter may add a blank line).
	if text := p.editorText(ctx, id); strings.Join(strings.Fields(text), " ") != strings.Join(strings.Fields(code), " ") {
		t.Fatalf("the editor ends %q, want %q", text[max(0, len(text)-80):], code[max(0, len(code)-80):])
	}
	p.do(ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, id)))
	p.waitFor(ctx, "the run to finish", ex(id)+`.dataset.run === "done"`, 60*time.Second)
	got := eval[string](p, ctx, ex(id)+`.querySelector("pre.output .stdout")?.textContent || ""`)
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("the page printed\n%s\nwant (as with seed 7)\n%s", got, want)
	}
}

// A deadlock ends the run with the report on stderr and a non-zero exit
// status, shown as an error; the page is not left waiting.
func TestDeadlockReportedInPage(t *testing.T) {
	const id = "threads-deadlock"
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, id)
	p.openExample(ctx, id, fmt.Sprintf("#%d", n))
	// A join without a timeout at the end: now nothing can wake anyone.
	p.do(ctx, 10*time.Second,
		front,
		chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .cm-content`, id)),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(kb.ModifierCtrl)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.KeyEvent("a.join()"),
	)
	p.do(ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, id)))
	p.waitFor(ctx, "the run to finish", ex(id)+`.dataset.run === "done"`, 60*time.Second)
	if exit := eval[string](p, ctx, ex(id)+`.dataset.exit`); exit != "3" {
		t.Errorf("exit status %q, want 3 (runtime.ExitDeadlock)", exit)
	}
	stderr := eval[string](p, ctx, ex(id)+`.querySelector("pre.output .stderr")?.textContent || ""`)
	for _, want := range []string{"Deadlock", "Thread-1 (eat) holds Lock 1", "Thread-2 (eat) holds Lock 2", "waits for Lock"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}
