//go:build js && wasm

package main

import (
	"math"
	"sync/atomic"
	"syscall/js"
	"time"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/wasm/bridge"
	"github.com/asynchrony/asynchrony/wasm/session"
)

const maxOutput = 1 << 20

// runRequested is set once the page has sent a program: main stops
// warming the module cache (runtime.WarmUntil).
var runRequested atomic.Bool

// progressEvery is how often a real-clock run's growing timeline is
// announced (Progress), so the page redraws at most a few times a second.
const progressEvery = 300 * time.Millisecond

// runner handles Run and the queries about the last run (bridge's
// protocol): it runs the program, posting Out batches and then Done; with
// Trace, it keeps the trace in a session.Session, posts Drawn once the
// timeline is built, and answers SummaryQuery, StateQuery, SVGQuery and
// EventsQuery from it until a later Run forgets it (Run.Keep), and
// CompareQuery over several kept runs. A run is stopped by terminating the
// worker, so the step budget is effectively unlimited here.
func runner(post func(bridge.Message)) func(js.Value) {
	// The last run's session, and those of the earlier runs it keeps
	// (Run.Keep: a compare= example's runs), by run id.
	kept := map[float64]*session.Session{}
	return func(msg js.Value) {
		t := str(msg, "type")
		if t == "run" {
			runRequested.Store(true)
			var r bridge.Run
			bridge.Decode(msg, &r)
			old := kept
			kept = map[float64]*session.Session{}
			for _, id := range r.Keep {
				if s := old[id]; s != nil {
					kept[id] = s
					delete(old, id)
				}
			}
			var forgotten []*session.Session
			for _, s := range old {
				forgotten = append(forgotten, s)
			}
			var cur *session.Session
			if r.Trace {
				cur = session.New(r.ID)
				kept[r.ID] = cur
			}
			go run(r, cur, forgotten, post)
			return
		}
		answer := func(req float64, id float64, f func(s *session.Session) bridge.Message) {
			s := kept[id]
			if s == nil {
				post(bridge.Error{Req: req, Error: session.ErrNoRun.Error()})
				return
			}
			go func() { post(f(s)) }()
		}
		switch t {
		case "summary":
			var q bridge.SummaryQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func(s *session.Session) bridge.Message { return s.Summary(q) })
		case "state":
			var q bridge.StateQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func(s *session.Session) bridge.Message { return s.State(q) })
		case "svg":
			var q bridge.SVGQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func(s *session.Session) bridge.Message { return s.SVG(q) })
		case "events":
			var q bridge.EventsQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func(s *session.Session) bridge.Message { return s.Events(q) })
		case "compare":
			var q bridge.CompareQuery
			bridge.Decode(msg, &q)
			runs := make([]*session.Session, len(q.IDs))
			for i, id := range q.IDs {
				runs[i] = kept[id]
			}
			go func() { post(session.Compare(q, runs)) }()
		default:
			post(bridge.Error{Req: msg.Get("req").Float(), Error: "run worker: unknown message " + t})
		}
	}
}

// run runs r, after letting go of the memory of the forgotten runs.
func run(r bridge.Run, s *session.Session, forgotten []*session.Session, post func(bridge.Message)) {
	box := &bridge.Outbox{ID: r.ID, Post: post}
	clock := runtime.Virtual
	if r.Clock == "real" {
		clock = runtime.Real
	}
	opt := runtime.Options{
		Filename: r.Filename,
		Argv:     r.Argv,
		Seed:     uint64(r.Seed),
		Stdout:   bridge.StreamWriter{Box: box, Stream: "stdout"},
		Stderr:   bridge.StreamWriter{Box: box, Stream: "stderr"},
		Clock:    clock,
		MaxSteps: math.MaxInt64,
		// A program printing forever ends with an error rather than
		// filling the page.
		MaxOutput: maxOutput,
	}
	finished := make(chan struct{})
	if s != nil {
		opt.TraceLog = s.Log()
		if clock == runtime.Real {
			// A real-clock run sleeps, and meanwhile its timeline grows.
			go func() {
				tick := time.NewTicker(progressEvery)
				defer tick.Stop()
				var shown int64
				for {
					select {
					case <-finished:
						return
					case <-tick.C:
						if n := s.Len(); n != shown {
							shown = n
							post(bridge.Progress{ID: r.ID, Summary: s.Build()})
						}
					}
				}
			}()
		}
	}
	start := time.Now()
	session.Forget(forgotten)
	res := runtime.Run([]byte(r.Code), opt)
	close(finished)
	box.Flush()
	post(bridge.Done{ID: r.ID, ExitCode: res.ExitCode, Ms: ms(time.Since(start)), OutputCut: box.Bytes >= maxOutput, Traced: s != nil})
	if s != nil {
		start = time.Now()
		sum := s.Finish()
		post(bridge.Drawn{ID: r.ID, Ms: ms(time.Since(start)), Summary: sum})
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
