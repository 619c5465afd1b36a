package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// printed is what print media shows of an example: whether its picture is
// there and drawn by the build, the picture's width and label, the code
// shown beside it and whether the editor is hidden.
type printed struct {
	Built  bool    `json:"built"`
	Width  float64 `json:"width"`
	Label  string  `json:"label"`
	Note   string  `json:"note"`
	Code   string  `json:"code"`
	Editor bool    `json:"editor"` // the editor shows
	Data   bool    `json:"data"`   // the picture carries the live pane's data-* attributes
}

func (p *tab) printed(id string) printed {
	p.t.Helper()
	return eval[printed](p, p.ctx, `(() => {
		const e = `+ex(id)+`, f = e.querySelector(":scope > .ex-print"), svg = f && f.querySelector("svg");
		const shown = (el) => !!el && getComputedStyle(el).display !== "none";
		const cap = f && f.querySelector(".ex-print-note");
		return {
			built: !!f && f.hasAttribute("data-built") && shown(f),
			width: shown(f) && svg ? svg.getBoundingClientRect().width : 0,
			label: svg ? svg.getAttribute("aria-label") : "",
			note: cap ? cap.textContent : "",
			code: [...e.querySelectorAll(":scope > pre.code")].filter(shown).map((c) => c.textContent).join("|"),
			editor: shown(e.querySelector(".ex-editor")),
			data: !!svg && svg.querySelector("[data-lane]") !== null,
		};
	})()`)
}

// TestPrintPictures: printed, every example shows its picture beside its
// code, one never run in the tab too (the build drew it: site/pictures),
// its waiting segments hatched (the page's one pattern); a run in the tab
// puts that run's picture in its place. On screen the pictures take no
// room, at phone width either.
func TestPrintPictures(t *testing.T) {
	p := newTab(t)
	p.strict = true
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.EmulateViewport(1280, 720))
	n := 0
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n = p.exampleSlide(ctx, downloadsID)
	p.openExample(ctx, downloadsID, fmt.Sprintf("#%d", n))
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state !== "loading"`, 20*time.Second)

	// On screen the build's pictures are hidden and take no room.
	if shown := eval[int](p, ctx, `[...document.querySelectorAll(".ex-print")].filter((f) => getComputedStyle(f).display !== "none" || f.getBoundingClientRect().height > 0).length`); shown != 0 {
		t.Errorf("on screen, %d print pictures show", shown)
	}
	ids := eval[[]string](p, ctx, `[...document.querySelectorAll(".example")].map((e) => e.dataset.id)`)
	if len(ids) < 20 {
		t.Fatalf("%d examples in the deck", len(ids))
	}

	p.do(ctx, 5*time.Second, media("print"))
	for _, id := range ids {
		got := p.printed(id)
		if !got.Built || got.Width < 300 || !strings.HasPrefix(got.Label, "Timeline:") && !strings.HasPrefix(got.Label, "Comparison") {
			t.Errorf("%s printed without the build's picture: %+v", id, got)
		}
		if got.Editor || len(got.Code) < 20 {
			t.Errorf("%s printed without its code beside the picture: editor %v, code %.60q", id, got.Editor, got.Code)
		}
	}
	if got := p.printed("run-forever-stop"); !strings.Contains(got.Note, "virtual clock") {
		t.Errorf("the real-clock example's picture does not say it was drawn on the virtual clock: %+v", got)
	}
	if got := p.printed(threeID); !strings.Contains(got.Label, "sync takes 2.4 s") {
		t.Errorf("the compare= example's picture: %q", got.Label)
	}
	// The waiting segments are hatched: the page's pattern (tl-defs)
	// paints them in the theme's waiting colour.
	wait := fmt.Sprintf(`.example[data-id=%q] .ex-print .tl-waiting`, downloadsID)
	eval[any](p, ctx, ex(downloadsID)+`.closest(".slide").scrollIntoView()`)
	pic, err := chromedp.Run(ctx, chromedp.Screenshot(wait))
	if err != nil {
		t.Fatal(err)
	}
	if n := hatchPixels(t, pic); n < 20 {
		t.Errorf("the build's waiting segment shows %d pixels of the hatch's colour", n)
	}
	shot(p, "print-built-downloads")
	for _, id := range []string{threeID, "run-forever-stop", "threads-race"} {
		eval[any](p, ctx, ex(id)+`.closest(".slide").scrollIntoView()`)
		shot(p, "print-built-"+id)
	}
	p.do(ctx, 5*time.Second, media(""))

	// The whole deck as a PDF, one page a slide (the shared pattern's <svg>
	// adds none), for a person to look at.
	c, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	pdf, err := chromedp.Run(c, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatal(err)
	}
	slides := eval[int](p, ctx, `document.querySelectorAll(".slide").length`)
	if pages := len(pdfPage.FindAll(pdf, -1)); pages != slides {
		t.Errorf("the PDF has %d pages for %d slides", pages, slides)
	}
	os.WriteFile(filepath.Join(RepoRoot(), "e2e", "screenshots", "print-deck.pdf"), pdf, 0o644)

	// A run in the tab replaces the build's picture with its own.
	p.do(ctx, 5*time.Second, chromedp.Click(fmt.Sprintf(`.example[data-id=%q] .ex-run`, downloadsID)))
	p.waitDrawn(downloadsID, 30*time.Second)
	p.waitFor(ctx, "the run's picture for print", ex(downloadsID)+`.querySelector(":scope > .ex-print:not([data-built]) svg [data-lane]") !== null`, 10*time.Second)
	p.do(ctx, 5*time.Second, media("print"))
	if got := p.printed(downloadsID); got.Built || !got.Data || got.Width < 300 || got.Note != "" {
		t.Errorf("after a run, the printed picture is not the run's: %+v", got)
	}
	eval[any](p, ctx, ex(downloadsID)+`.closest(".slide").scrollIntoView()`)
	shot(p, "print-run-downloads")
	p.do(ctx, 5*time.Second, media(""))

	// Phone width: the pictures hidden, taking no room.
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(390, 844), chromedp.Navigate(site.URL+fmt.Sprintf("?#%d", n)))
	p.waitFor(ctx, downloadsID+" becoming an editor", ex(downloadsID)+`?.classList.contains("live")`, 15*time.Second)
	h := eval[[]float64](p, ctx, `(() => {
		const e = `+ex(downloadsID)+`, before = e.getBoundingClientRect().height;
		const f = e.querySelector(":scope > .ex-print"), next = f.nextSibling;
		f.remove();
		const after = e.getBoundingClientRect().height;
		e.insertBefore(f, next);
		return [before, after];
	})()`)
	if h[0] != h[1] {
		t.Errorf("at phone width the example is %g px tall with its print picture, %g without", h[0], h[1])
	}
	shot(p, "print-phone-screen")
}

// hatchPixels counts the pixels of a PNG near the print theme's waiting
// colour (--vis-wait, #c05621), which only the hatch pattern paints.
func hatchPixels(t *testing.T, b []byte) int {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return countNear(img, 0xc0, 0x56, 0x21, 40)
}

func countNear(img image.Image, r0, g0, b0, tol int) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if abs(int(r>>8)-r0) <= tol && abs(int(g>>8)-g0) <= tol && abs(int(b>>8)-b0) <= tol {
				n++
			}
		}
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
