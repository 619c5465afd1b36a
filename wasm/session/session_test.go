package session

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/runtime/trace"
	"github.com/asynchrony/asynchrony/wasm/bridge"
)

const gatherSleeps = `import asyncio

async def nap(name, d):
    await asyncio.sleep(d)
    print(name, "woke")

async def main():
    await asyncio.gather(nap("a", 1), nap("b", 2), nap("c", 3))

asyncio.run(main())
`

func run(t *testing.T, src string) *Session {
	t.Helper()
	s := New(1)
	var out strings.Builder
	runtime.Run([]byte(src), runtime.Options{TraceLog: s.Log(), Stdout: &out, Stderr: &out})
	s.Finish()
	if s.Len() == 0 {
		t.Fatalf("no events (output %q)", out.String())
	}
	return s
}

func TestSummaryStateEvents(t *testing.T) {
	s := run(t, gatherSleeps)
	sum := s.Build()
	var names []string
	for _, l := range sum.Lanes {
		names = append(names, l.Kind+":"+l.Name)
	}
	if got := strings.Join(names, " "); !strings.Contains(got, "loop:loop") || strings.Count(got, "task:") != 4 {
		t.Errorf("lanes %s, want the loop and four tasks (main and three naps)", got)
	}
	if sum.Steps != s.Len() || sum.Duration != 3 || sum.Error != "" {
		t.Errorf("summary %+v", sum)
	}

	// Step back and forward land on significant steps around k, and the
	// state is the one after k.
	k := sum.Steps / 2
	r := s.State(bridge.StateQuery{Req: 5, ID: 1, Step: float64(k)}).(bridge.StateReply)
	if r.Req != 5 || r.State.Step != k || r.Prev >= k || r.Next <= k || r.State.Narration == "" {
		t.Errorf("state at %d: req %v step %d prev %d next %d narration %q", k, r.Req, r.State.Step, r.Prev, r.Next, r.State.Narration)
	}
	end := s.State(bridge.StateQuery{Step: 1e9}).(bridge.StateReply)
	if end.State.Step != sum.Steps || !strings.Contains(end.State.Output, "c woke") || end.Next != sum.Steps {
		t.Errorf("state past the end: step %d output %q next %d", end.State.Step, end.State.Output, end.Next)
	}

	// The trace table pages.
	e := s.Events(bridge.EventsQuery{Req: 2, From: 3, Count: 4}).(bridge.EventsReply)
	if e.From != 3 || e.Total != sum.Steps || len(e.Events) != 4 || e.Events[0].Seq != 3 {
		t.Errorf("events page: from %d total %d, %d events", e.From, e.Total, len(e.Events))
	}
	last := s.Events(bridge.EventsQuery{From: float64(sum.Steps), Count: 50}).(bridge.EventsReply)
	if len(last.Events) != 1 {
		t.Errorf("the last page holds %d events, want 1", len(last.Events))
	}
	if none := s.Events(bridge.EventsQuery{From: float64(sum.Steps + 10), Count: 50}).(bridge.EventsReply); len(none.Events) != 0 {
		t.Errorf("past the end: %d events", len(none.Events))
	}
}

var cursorX = regexp.MustCompile(`class="tl-cursor"[^>]* x1="([0-9.]+)"`)

// TestViewMatchesCursor: the mapping SVGReply gives the page puts step k
// where the renderer itself draws a cursor at k, on both axes and zoomed.
func TestViewMatchesCursor(t *testing.T) {
	s := run(t, gatherSleeps)
	s.Build()
	m := s.model
	n := m.Len()
	for _, opt := range []timeline.RenderOptions{
		{Axis: timeline.Steps, Width: 700},
		{Axis: timeline.Steps, Width: 500, From: 10, To: float64(n - 5)},
		{Axis: timeline.Time, Width: 800},
		{Axis: timeline.Time, Width: 640, From: 0.5, To: 2.5},
		{Axis: timeline.Time},
	} {
		v := view(m, opt)
		for _, k := range []int64{1, n / 3, n / 2, n - 6} {
			if k < v.S0 || k > v.S1 {
				continue
			}
			opt.Cursor = k
			var b strings.Builder
			if err := m.SVG(&b, opt); err != nil {
				t.Fatal(err)
			}
			sub := cursorX.FindStringSubmatch(b.String())
			if sub == nil {
				t.Fatalf("%+v: no cursor drawn", opt)
			}
			want, _ := strconv.ParseFloat(sub[1], 64)
			u := float64(k-v.S0) / float64(v.S1-v.S0)
			if v.Time {
				u = v.Share*u + (1-v.Share)*(m.Event(k).Time-v.T0)/(v.T1-v.T0)
			}
			if got := v.X0 + u*v.W; got-want > 0.5 || want-got > 0.5 {
				t.Errorf("%+v step %d: the mapping says x=%.1f, the SVG's cursor is at %.1f", opt, k, got, want)
			}
		}
	}
}

func TestSVGHasNoStyle(t *testing.T) {
	s := run(t, gatherSleeps)
	r := s.SVG(bridge.SVGQuery{Req: 1, Axis: "time", Width: 600}).(bridge.SVGReply)
	if strings.Contains(r.SVG, "style") {
		t.Error("the page's SVG has a style element or attribute (the CSP forbids them)")
	}
	if r.View.Height <= 0 || r.View.Width != 600 || !r.View.Time {
		t.Errorf("view %+v", r.View)
	}
}

func TestMaxEvents(t *testing.T) {
	if max := New(1).Log().Max; max != MaxEvents {
		t.Fatalf("the log keeps %d events, want MaxEvents", max)
	}
}

// TestPageStylesEveryClass: the page's stylesheet styles every class the
// renderer's own stylesheet does (the page's SVG carries no styles).
func TestPageStylesEveryClass(t *testing.T) {
	css, err := os.ReadFile("../../site/src/visualiser.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range regexp.MustCompile(`\.(tl-[a-z-]+)`).FindAllStringSubmatch(timeline.StyleSheet, -1) {
		if !strings.Contains(string(css), "."+c[1]+" ") && !strings.Contains(string(css), "."+c[1]+",") && !strings.Contains(string(css), "."+c[1]+":") {
			t.Errorf("site/src/visualiser.css does not style .%s", c[1])
		}
	}
}

// Forget collects after a big run is forgotten, and not after small ones.
func TestForget(t *testing.T) {
	big := New(1)
	for i := 0; i < collectAfter; i++ {
		big.Log().Append(&trace.Event{Kind: trace.KindSchedule, Handle: int64(i + 1), Name: "cb"})
	}
	big.Finish()
	small := run(t, gatherSleeps)
	for _, c := range []struct {
		name    string
		dropped []*Session
		collect bool
	}{
		{"none", nil, false},
		{"small", []*Session{small}, false},
		{"big", []*Session{big}, true},
	} {
		var before, after goruntime.MemStats
		goruntime.ReadMemStats(&before)
		Forget(c.dropped)
		goruntime.ReadMemStats(&after)
		if got := after.NumForcedGC > before.NumForcedGC; got != c.collect {
			t.Errorf("%s: collected %v, want %v", c.name, got, c.collect)
		}
		for i, s := range c.dropped {
			if s != nil {
				t.Errorf("%s: dropped[%d] still held", c.name, i)
			}
		}
	}
}

// TestLogMatchesEmit: the events a Log keeps (the loop's commonest ones
// written straight into it, core.Thread.FastTrace) are those every other
// sink receives through Emit, for the timeline's test programs (each
// deterministic: asyncio's golden programs include some that iterate over
// a set of futures, in an order that varies from run to run) and the
// 300k-callback program cut to 30k callbacks.
func TestLogMatchesEmit(t *testing.T) {
	files, err := filepath.Glob("../../runtime/timeline/testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	files = append(files, "../../runtime/timeline/testdata/bench/call_soon_300k.py")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src = []byte(strings.Replace(string(src), "N = 300_000", "N = 30_000", 1))
		opt := runtime.Options{Filename: filepath.Base(f), Stdout: io.Discard, Stderr: io.Discard}
		var want []trace.Event
		opt.Trace = func(e trace.Event) { want = append(want, e) }
		runtime.Run(src, opt)
		var l trace.Log
		opt.Trace, opt.TraceLog = nil, &l
		runtime.Run(src, opt)
		got := l.Events(nil, 1, l.Len()+1)
		l.Release()
		if len(got) != len(want) || len(got) == 0 {
			t.Errorf("%s: %d events in the log, %d emitted", f, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: event %d: log %+v, emitted %+v", f, i+1, got[i], want[i])
				break
			}
		}
	}
}
