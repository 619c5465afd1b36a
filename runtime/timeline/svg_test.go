package timeline

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.svg from testdata/*.py (make golden-svg)")

// TestGoldenSVG draws each testdata/NAME.py's timeline, standalone, on both
// axes, and compares it byte for byte with NAME.steps.svg and
// NAME.time.svg.
func TestGoldenSVG(t *testing.T) {
	progs, _ := filepath.Glob("testdata/*.py")
	if len(progs) == 0 {
		t.Fatal("no testdata/*.py")
	}
	for _, p := range progs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m := Build(runTrace(t, string(src)))
		base := strings.TrimSuffix(p, ".py")
		for _, c := range []struct {
			suffix string
			axis   Axis
		}{{".steps.svg", Steps}, {".time.svg", Time}} {
			var b bytes.Buffer
			if err := m.SVG(&b, RenderOptions{Axis: c.axis, Standalone: true, Title: filepath.Base(p)}); err != nil {
				t.Fatal(err)
			}
			golden := base + c.suffix
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (make golden-svg writes it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from its drawing; if the change is meant, run make golden-svg", golden)
			}
		}
	}
}

// TestPageSVGHasNoStyle: the page's Content-Security-Policy forbids inline
// styles, so page mode writes neither a <style> element nor a style
// attribute, while standalone has both its style sheet and the dark theme.
func TestPageSVGHasNoStyle(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	for _, opt := range []RenderOptions{{Axis: Steps}, {Axis: Time}, {Axis: Steps, From: 10, To: 30, Cursor: 20}} {
		var b bytes.Buffer
		m.SVG(&b, opt)
		s := b.String()
		if strings.Contains(s, "<style") || strings.Contains(s, "style=") {
			t.Errorf("page SVG %+v has inline style", opt)
		}
		if !strings.Contains(s, `class="tl-seg tl-waiting"`) || !strings.Contains(s, `data-label="sleep(1)"`) {
			t.Errorf("page SVG %+v lacks the waiting segments", opt)
		}
		if opt.Cursor != 0 && !strings.Contains(s, `class="tl-cursor" data-seq="20"`) {
			t.Errorf("no cursor at step 20")
		}
	}
	var b bytes.Buffer
	m.SVG(&b, RenderOptions{Standalone: true})
	if !strings.Contains(b.String(), "<style>") || !strings.Contains(b.String(), "prefers-color-scheme:dark") {
		t.Errorf("standalone SVG without its style sheet")
	}
}

// TestFigure: a figure for a page of pictures carries no hatch pattern
// (the page defines HatchDefs once) and no data-* attributes, and draws
// the same shapes as the interactive page's drawing.
func TestFigure(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	var page, fig bytes.Buffer
	m.SVG(&page, RenderOptions{Axis: Time, Width: 600})
	m.SVG(&fig, RenderOptions{Axis: Time, Width: 600, Figure: true})
	var cmp bytes.Buffer
	Compare(&cmp, []Run{{"a", m}, {"b", m}}, RenderOptions{Width: 600, Figure: true})
	for name, s := range map[string]string{"SVG": fig.String(), "Compare": cmp.String()} {
		for _, bad := range []string{"data-", " id=", "<defs", "style"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s figure has %q", name, bad)
			}
		}
		if !strings.Contains(s, `class="tl-seg tl-waiting"`) {
			t.Errorf("%s figure lacks the waiting segments", name)
		}
	}
	if !strings.Contains(page.String(), HatchDefs) {
		t.Error("the page's drawing lacks HatchDefs")
	}
	if n, f := strings.Count(page.String(), "<rect"), strings.Count(fig.String(), "<rect"); f != n-1 {
		t.Errorf("the figure has %d rects, the page's drawing %d (one in its pattern)", f, n)
	}
}

// TestSVGSizeIsBounded: however long the run, the drawing has at most a
// few elements per pixel column per lane.
func TestSVGSizeIsBounded(t *testing.T) {
	evs := runTrace(t, `import asyncio
loop = asyncio.new_event_loop()
n = 0
def cb():
    global n
    n += 1
    if n < 20000:
        loop.call_soon(cb)
    else:
        loop.stop()
loop.call_soon(cb)
loop.run_forever()
`)
	m := Build(evs)
	for _, axis := range []Axis{Steps, Time} {
		var b bytes.Buffer
		m.SVG(&b, RenderOptions{Axis: axis, Width: 400})
		rects := strings.Count(b.String(), "<rect")
		if lanes := len(m.Lanes(false)); rects > lanes*400 {
			t.Errorf("axis %d: %d rects for %d events in %d lanes at 400 px", axis, rects, len(evs), lanes)
		}
		if !strings.Contains(b.String(), "tl-merged") {
			t.Errorf("axis %d: nothing merged", axis)
		}
	}
	// Zoomed in, segments are drawn one by one again, with their labels.
	var b bytes.Buffer
	m.SVG(&b, RenderOptions{Axis: Steps, Width: 1200, From: 1000, To: 1040})
	if s := b.String(); strings.Contains(s, "tl-merged") || !strings.Contains(s, ">cb()</text>") {
		t.Errorf("zoomed view merged segments or lost labels")
	}
}

// TestCompare: runs drawn on one time axis, each with its total; a run
// half as long ends halfway across.
func TestCompare(t *testing.T) {
	sequential := Build(runTrace(t, `import asyncio
async def main():
    for i in range(2):
        await asyncio.sleep(1)
asyncio.run(main())
`))
	concurrent := Build(runTrace(t, `import asyncio
async def main():
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
asyncio.run(main())
`))
	var b bytes.Buffer
	if err := Compare(&b, []Run{{"one after the other", sequential}, {"gather", concurrent}}, RenderOptions{Width: 612}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{"one after the other takes 2 s; gather takes 1 s", ">one after the other — 2 s<", ">gather — 1 s<", `data-run="1"`} {
		if !strings.Contains(s, want) {
			t.Errorf("compare SVG lacks %q", want)
		}
	}
	if strings.Contains(s, "<style") || strings.Contains(s, "style=") {
		t.Errorf("page-mode compare SVG has inline style")
	}
	// The plot spans x = 112 .. 600: the idle wait of the 1 s run ends at 356.
	i := strings.Index(s, `data-run="1"`)
	if !strings.Contains(s[i:], `class="tl-seg tl-idle" x="112" y="`) || !strings.Contains(s[i:], `width="244" height="14"`) {
		t.Errorf("the 1 s run's idle wait is not drawn from 0 to half the axis:\n%s", s[i:])
	}
}

// TestManyLanes: a run of many tasks draws its first lanes and a count.
func TestManyLanes(t *testing.T) {
	m := Build(runTrace(t, `import asyncio
async def nap():
    await asyncio.sleep(1)
async def main():
    await asyncio.gather(*[nap() for _ in range(300)])
asyncio.run(main())
`))
	var b bytes.Buffer
	m.SVG(&b, RenderOptions{MaxLanes: 50})
	s := b.String()
	if n := strings.Count(s, `<g class="tl-lane"`); n != 49 || !strings.Contains(s, "… and 253 more lanes") {
		t.Errorf("%d lanes drawn; want 49 and a count of 253 more", n)
	}
	if in := m.Info(false); in.LanesLen != 302 || len(in.Lanes) != 302 {
		t.Errorf("Info: %d of %d lanes", len(in.Lanes), in.LanesLen)
	}
}

// TestZoomStaysInThePlot: a view that starts inside a long wait draws it
// from the plot's left edge, not over the lane names.
func TestZoomStaysInThePlot(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	for _, opt := range []RenderOptions{{Axis: Time, From: 0.9, To: 2.1}, {Axis: Steps, From: 30, To: 60}} {
		var b bytes.Buffer
		m.SVG(&b, opt)
		for _, part := range strings.Split(b.String(), `class="tl-seg`)[1:] {
			i := strings.Index(part, `x="`)
			var x float64
			fmt.Sscanf(part[i+3:], "%g", &x)
			if x < gutter {
				t.Errorf("%+v: a segment at x=%g, left of the plot", opt, x)
				break
			}
		}
	}
}

// TestView: the View's X is where SVG draws the cursor, and Step inverts
// it.
func TestView(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	for _, opt := range []RenderOptions{{Axis: Steps, Width: 700}, {Axis: Steps, From: 10, To: 90, Width: 500},
		{Axis: Time, Width: 800}, {Axis: Time, From: 0.5, To: 2.5, Width: 640}, {Axis: Time, Standalone: true}} {
		v := m.View(opt)
		for k := v.S0 + 1; k <= v.S1; k += 7 {
			opt.Cursor = k
			var b bytes.Buffer
			m.SVG(&b, opt)
			var x float64
			s := b.String()
			i := strings.Index(s, `class="tl-cursor"`)
			fmt.Sscanf(s[strings.Index(s[i:], `x1="`)+i+4:], "%g", &x)
			if math.Abs(x-v.X(k)) > 0.06 {
				t.Errorf("%+v: cursor at %g, View.X(%d) = %g", opt, x, k, v.X(k))
			}
			if got := v.Step(v.X(k)); v.X(got) != v.X(k) {
				t.Errorf("%+v: Step(X(%d)) = %d", opt, k, got)
			}
			if h := fmt.Sprintf(`height="%g"`, v.Height); !strings.Contains(s[:200], h) {
				t.Errorf("%+v: the SVG is not %s", opt, h)
			}
		}
	}
}
