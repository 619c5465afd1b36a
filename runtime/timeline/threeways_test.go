package timeline

import (
	"os"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// TestThreeWays runs the talk's comparison (slides/, id=three-ways): one
// program run synchronously, with threads and with asyncio, chosen by
// sys.argv[1]. Each run prints its total and its timeline shows where the
// time went: the synchronous run's main thread waits on each sleep in
// turn, the threads wait at once, and the asyncio run has no thread lane.
func TestThreeWays(t *testing.T) {
	src, err := os.ReadFile("../../testdata/asyncio/talk/three-ways.py")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		style, out string
		lanes      string
		waits      map[string]string // lane -> its waiting labels
		duration   float64
	}{
		{"sync", "sync: 2.4s\n", "MainThread",
			map[string]string{"MainThread": "sleep(1.0) / sleep(0.6) / sleep(0.8)"}, 2.4},
		{"threads", "threads: 1.0s\n", "MainThread a b c",
			map[string]string{"a": "sleep(1.0)", "b": "sleep(0.6)", "c": "sleep(0.8)", "MainThread": "join a"}, 1.0},
		{"async", "async: 1.0s\n", "loop Task-1 Task-2 Task-3 Task-4",
			map[string]string{"Task-2": "sleep(1.0)", "Task-3": "sleep(0.6)", "Task-4": "sleep(0.8)"}, 1.0},
	}
	var runs []Run
	for _, tt := range tests {
		var evs []trace.Event
		var out strings.Builder
		runtime.Run(src, runtime.Options{Filename: "three-ways.py", Argv: []string{tt.style}, Stdout: &out, Stderr: &out,
			Trace: func(e trace.Event) { evs = append(evs, e) }})
		if out.String() != tt.out {
			t.Errorf("%s: output %q, want %q", tt.style, out.String(), tt.out)
		}
		m := Build(evs)
		if err := m.ReplayError(); err != nil {
			t.Errorf("%s: %v", tt.style, err)
		}
		var names []string
		for _, l := range m.Lanes(false) {
			names = append(names, l.Name)
			if w, ok := tt.waits[l.Name]; ok {
				if got := strings.Join(waits(l), " / "); !strings.HasPrefix(got, w) {
					t.Errorf("%s: lane %s waits %q, want %q", tt.style, l.Name, got, w)
				}
			}
		}
		if got := strings.Join(names, " "); got != tt.lanes {
			t.Errorf("%s: lanes %q, want %q", tt.style, got, tt.lanes)
		}
		if d := m.Duration(); d < tt.duration-1e-9 || d > tt.duration+0.05 {
			t.Errorf("%s: duration %g, want %g", tt.style, d, tt.duration)
		}
		runs = append(runs, Run{Title: tt.style, Model: m})
	}
	var b strings.Builder
	if err := Compare(&b, runs, RenderOptions{Width: 800}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"sync takes 2.4 s", "threads takes 1 s", "async takes 1 s"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("compare SVG lacks %q", s)
		}
	}
}

// TestSyncSleepLane: a single-threaded time.sleep draws the main thread
// running, waiting on the sleep, then running again (output before the
// first sleep is marked on no lane: the lane appears with the sleep); a
// pure asyncio run grows no thread lane.
func TestSyncSleepLane(t *testing.T) {
	m := Build(runTrace(t, "import time\nprint('a')\ntime.sleep(0.5)\nprint('b')\n"))
	got := laneText(m, "MainThread")
	want := "MainThread: running@1-2 waiting(sleep(0.5))@2-3[0s-0.5s] ready@3-4[0.5s-0.5s] running@4-0[0.5s-0s] | output@5"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	m = Build(runTrace(t, "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n"))
	for _, l := range m.Lanes(true) {
		if l.Kind == ThreadLane {
			t.Errorf("asyncio run has a thread lane %s", l.Name)
		}
	}
}

// TestSyncSleepNarration: a single-threaded sleep is told without the GIL.
func TestSyncSleepNarration(t *testing.T) {
	m := Build(runTrace(t, "import time\ntime.sleep(0.5)\n"))
	var said []string
	for k := int64(1); k <= m.Len(); k++ {
		said = append(said, m.StateAt(k).Narration)
	}
	got := strings.Join(said, " | ")
	if !strings.Contains(got, "MainThread waits on sleep(0.5): time.sleep blocks") || !strings.Contains(got, "MainThread runs again.") || strings.Contains(got, "GIL") {
		t.Errorf("narration: %s", got)
	}
}
