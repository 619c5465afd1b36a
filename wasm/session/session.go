// Package session keeps a run worker's last run (its trace, and the
// timeline model built from it) and answers the page's queries about it
// with bridge protocol messages. It needs no syscall/js, so it is tested
// natively; wasm/run.go wires it to the worker.
//
// While a program runs, events only go into a trace.Log (cheap, so
// tracing costs the run little); the model is built from it when the page
// first asks, or when the run ends (Finish).
package session

import (
	"errors"
	"math"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"

	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/runtime/trace"
	"github.com/asynchrony/asynchrony/wasm/bridge"
)

// MaxEvents caps the trace kept for one run; later events are counted in
// Dropped and the timeline shows the run's first MaxEvents events.
const MaxEvents = 3_000_000

// Session is one run's trace and timeline. Its methods may be called from
// the run's goroutine (appending to its Log) and the query handler's at once.
type Session struct {
	ID float64 // the run

	mu    sync.Mutex
	log   *trace.Log // the run's events until Finish, then nil
	built int64      // events of the log in the model
	model *timeline.Model
}

// New returns an empty session for run id.
func New(id float64) *Session {
	return &Session{ID: id, log: &trace.Log{Max: MaxEvents}, model: timeline.New()}
}

// Log returns the log the run's events go to (runtime.Options.TraceLog).
func (s *Session) Log() *trace.Log {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log
}

// Len returns the number of events received so far.
func (s *Session) Len() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.log == nil {
		return s.built
	}
	return s.log.Len()
}

// build adds the events not yet in the model to it; s.mu is held.
func (s *Session) build() {
	if s.log == nil {
		return
	}
	const batchLen = 4096
	batch := make([]trace.Event, 0, batchLen)
	for {
		batch = s.log.Events(batch[:0], s.built+1, s.built+1+batchLen)
		if len(batch) == 0 {
			return
		}
		s.model.Add(batch...)
		s.built += int64(len(batch))
	}
}

// Build brings the model up to date and returns its summary.
func (s *Session) Build() bridge.Summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.build()
	return s.summary()
}

func (s *Session) summary() bridge.Summary {
	m := s.model
	sum := bridge.Summary{Steps: m.Len(), Duration: m.Duration(), Lanes: []bridge.LaneInfo{}}
	for _, l := range m.Lanes(false) {
		sum.Lanes = append(sum.Lanes, bridge.LaneInfo{Index: l.Index, Kind: l.Kind.String(), Name: l.Name, Coro: l.Coro, Outcome: l.Outcome, Value: l.Value})
	}
	sum.Internal = len(m.Lanes(true)) - len(sum.Lanes)
	if err := m.ReplayError(); err != nil {
		sum.Error = err.Error()
	}
	return sum
}

// Finish is Build once the run has ended: the model then holds the whole
// trace, and the log's memory goes to the next run's.
func (s *Session) Finish() bridge.Summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.build()
	s.log.Release()
	s.log = nil
	return s.summary()
}

// collectAfter is the number of events of the forgotten runs from which
// Forget collects: a timeline holds ~140 bytes an event, so below it the
// garbage left is a few MB.
const collectAfter = 50_000

// Forget is called, before the next run starts, with the sessions the
// worker has just dropped; it clears the slice, so that nothing holds them. A big run's timeline (85 MB for the
// 300k-callback run) has been live since the run ended, so Go's heap goal
// is twice that and more (~285 MB): the next run would grow the heap, and
// the WebAssembly memory under it, to the goal before its first
// collection, paying for fresh pages (memory.grow, zeroing, first touches)
// and more V8 work, sometimes more than the run itself. One collection now
// costs a few ms (what stays live is mostly pointer-free: the heap floor
// and the trace's spare chunks) and brings the goal back to twice that
// (~115 MB), as it is for a run without the visualiser.
func Forget(dropped []*Session) {
	var n int64
	for i, s := range dropped {
		n += s.Len()
		dropped[i] = nil
	}
	if n >= collectAfter {
		goruntime.GC()
	}
}

// Summary answers q.
func (s *Session) Summary(q bridge.SummaryQuery) bridge.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.build()
	return bridge.SummaryReply{Req: q.Req, Summary: s.summary()}
}

// State answers q.
func (s *Session) State(q bridge.StateQuery) bridge.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.build()
	k := int64(q.Step)
	st := s.model.StateAt(k)
	next := s.model.NextStep(st.Step, 1)
	r := bridge.StateReply{Req: q.Req, State: st, Prev: s.model.NextStep(st.Step, -1), Next: next,
		LanePrev: s.model.NextInLane(st.Step, -1), LaneNext: s.model.NextInLane(st.Step, 1)}
	if next > st.Step {
		r.NextLine = s.model.Line(next)
	}
	return r
}

// Events answers q; Count is capped at 1000.
func (s *Session) Events(q bridge.EventsQuery) bridge.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.build()
	all := s.model.Events()
	from := min(max(int64(q.From), 1), int64(len(all))+1)
	to := min(from+min(max(int64(q.Count), 0), 1000), int64(len(all))+1)
	return bridge.EventsReply{Req: q.Req, From: from, Total: int64(len(all)), Events: all[from-1 : to-1]}
}

// The timeline's layout (runtime/timeline's svg.go): the lane names' gutter
// and the right margin, in pixels; the default width; the time axis' share
// of steps. TestViewMatchesCursor checks them against the SVG's own cursor.
const (
	gutter       = 112
	rightPad     = 12
	defaultWidth = 960
	stepShare    = 0.25
)

// SVG answers q: the timeline drawn for the page (classes only, no style
// attributes) and the view's mapping of steps to pixels.
func (s *Session) SVG(q bridge.SVGQuery) bridge.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.build()
	opt := timeline.RenderOptions{Axis: timeline.Steps, From: q.From, To: q.To, Width: int(q.Width), Internal: q.Internal}
	if q.Axis == "time" {
		opt.Axis = timeline.Time
	}
	var b strings.Builder
	if err := s.model.SVG(&b, opt); err != nil {
		return bridge.Error{Req: q.Req, Error: err.Error()}
	}
	v := view(s.model, opt)
	v.Height = svgHeight(b.String())
	return bridge.SVGReply{Req: q.Req, SVG: b.String(), View: v}
}

// view computes how opt maps steps to pixels, as the renderer does.
func view(m *timeline.Model, opt timeline.RenderOptions) bridge.View {
	width := float64(opt.Width)
	if width <= 0 {
		width = defaultWidth
	}
	v := bridge.View{Axis: "steps", S0: 0, S1: m.Len(), X0: gutter, W: width - gutter - rightPad, Width: width}
	n := m.Len()
	if opt.Axis == timeline.Steps {
		if opt.To > opt.From {
			v.S0 = max(0, int64(math.Floor(opt.From)))
			v.S1 = min(n, int64(math.Ceil(opt.To)))
		}
		if v.S1 <= v.S0 {
			v.S1 = v.S0 + 1
		}
		return v
	}
	v.Axis = "time"
	events := m.Events()
	firstAtOrAfter := func(t float64) int64 {
		return int64(sort.Search(len(events), func(i int) bool { return events[i].Time >= t })) + 1
	}
	v.T0, v.T1 = 0, m.Duration()
	if opt.To > opt.From {
		v.T0, v.T1 = opt.From, opt.To
		v.S0 = max(0, firstAtOrAfter(v.T0)-1)
		v.S1 = max(v.S0+1, firstAtOrAfter(math.Nextafter(v.T1, math.Inf(1)))-1)
	}
	if v.S1 <= v.S0 {
		v.S1 = v.S0 + 1
	}
	v.Share = stepShare
	if opt.StepShare != 0 {
		v.Share = max(0, min(1, opt.StepShare))
	}
	v.Time = v.T1 > v.T0
	return v
}

// svgHeight reads the height attribute of the <svg> element.
func svgHeight(svg string) float64 {
	i := strings.Index(svg, `height="`)
	if i < 0 {
		return 0
	}
	rest := svg[i+len(`height="`):]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return 0
	}
	var h float64
	for _, c := range rest[:j] {
		if c == '.' {
			break
		}
		if c < '0' || c > '9' {
			return 0
		}
		h = h*10 + float64(c-'0')
	}
	return h
}

// ErrNoRun answers a query about a run the worker no longer has.
var ErrNoRun = errors.New("this run's trace is gone (a newer run replaced it)")
