package timeline

import (
	"io"
	"os"
	"sync"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// The big run of the issue: 300k call_soon callbacks (about 1M events).
const bigProgram = "testdata/bench/call_soon_300k.py"

var big struct {
	once   sync.Once
	src    []byte
	events []trace.Event
	model  *Model
}

func bigRun(b *testing.B) ([]trace.Event, *Model) {
	big.once.Do(func() {
		src, err := os.ReadFile(bigProgram)
		if err != nil {
			b.Fatal(err)
		}
		big.src = src
		big.events = runTrace(b, string(src))
		big.model = Build(big.events)
		big.model.ReplayError() // replay the whole trace once
	})
	if big.model == nil {
		b.Fatal("no big run")
	}
	return big.events, big.model
}

// BenchmarkRun300k is the run with tracing off, with a trace function that
// drops the events (what emitting costs), and with one that adds each
// event to a Model as it comes (the visualiser on, as in the page's
// worker).
func BenchmarkRun300k(b *testing.B) {
	src, err := os.ReadFile(bigProgram)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		trace func() func(trace.Event)
	}{
		{"untraced", nil},
		{"emit", func() func(trace.Event) { return func(trace.Event) {} }},
		{"model", func() func(trace.Event) {
			m := New()
			return func(e trace.Event) { m.Add(e) }
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				opt := runtime.Options{Filename: "bench.py", MaxSteps: -1}
				if c.trace != nil {
					opt.Trace = c.trace()
				}
				if res := runtime.Run(src, opt); res.ExitCode != 0 {
					b.Fatalf("exit %d", res.ExitCode)
				}
			}
		})
	}
}

func BenchmarkBuild300k(b *testing.B) {
	evs, _ := bigRun(b)
	b.ReportMetric(float64(len(evs)), "events")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(evs)
	}
}

// BenchmarkReplay300k is the replay that the first StateAt at the end of
// the run pays for (snapshots included).
func BenchmarkReplay300k(b *testing.B) {
	evs, _ := bigRun(b)
	m := Build(evs)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.states = stateIndex{}
		m.states.init()
		m.StateAt(m.Len())
	}
}

// BenchmarkStateAt300k asks for the state at steps spread over the run, in
// an order that defeats stepping on from the last answer.
func BenchmarkStateAt300k(b *testing.B) {
	_, m := bigRun(b)
	n := m.Len()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := (int64(i) * 7919 * 127) % n
		m.StateAt(k).AppendJSON(nil)
	}
}

// BenchmarkStepForward300k is playing: each state one step after the last.
func BenchmarkStepForward300k(b *testing.B) {
	_, m := bigRun(b)
	n := m.Len()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.StateAt(int64(i)%n + n/2 - n/4)
	}
}

func BenchmarkSVG300k(b *testing.B) {
	_, m := bigRun(b)
	for _, c := range []struct {
		name string
		opt  RenderOptions
	}{
		{"whole-steps", RenderOptions{Axis: Steps, Width: 1200}},
		{"whole-time", RenderOptions{Axis: Time, Width: 1200}},
		{"zoom-steps", RenderOptions{Axis: Steps, Width: 1200, From: 500000, To: 501000}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var size countWriter
			for i := 0; i < b.N; i++ {
				size = 0
				m.SVG(&size, c.opt)
			}
			b.ReportMetric(float64(size), "bytes")
		})
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
