package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestScreenshots saves pictures of the page for a person to look at, when
// ASYNCHRONY_E2E_SHOTS names a directory; it checks nothing else.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("ASYNCHRONY_E2E_SHOTS")
	if dir == "" {
		t.Skip("set ASYNCHRONY_E2E_SHOTS=DIR to save screenshots")
	}
	p := newTab(t)
	ctx := p.ctx
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL))
	n := p.exampleSlide(ctx, helloID)
	p.openExample(ctx, helloID, fmt.Sprintf("#%d", n))
	p.waitFor(ctx, "the runtime", `document.getElementById("runtime-status").dataset.state !== "loading"`, 15*time.Second)
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .ex-run`))
	time.Sleep(500 * time.Millisecond)
	p.do(ctx, 5*time.Second, chromedp.Click(`.example[data-id="hello-asyncio"] .vis summary`))
	shot("example")
	p.do(ctx, 5*time.Second, chromedp.Click(`[data-action="theme"]`))
	shot("example-dark")
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("o"))
	time.Sleep(300 * time.Millisecond)
	shot("overview")
	p.do(ctx, 5*time.Second, chromedp.KeyEvent("o"), chromedp.Click(`[data-action="snippets"]`))
	time.Sleep(300 * time.Millisecond)
	shot("snippets")
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(390, 844), chromedp.Navigate(site.URL+"?#3"))
	time.Sleep(500 * time.Millisecond)
	shot("phone")
	p.do(ctx, 5*time.Second, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(site.URL+"?presenter#2"))
	time.Sleep(500 * time.Millisecond)
	shot("presenter")
	p.do(ctx, 20*time.Second, chromedp.Navigate(site.URL+"?#1"))
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "deck.pdf"), pdf, 0o644)
}
