//go:build js && wasm

package main

import (
	"math"
	"syscall/js"
	"time"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/wasm/bridge"
	"github.com/asynchrony/asynchrony/wasm/session"
)

const maxOutput = 1 << 20

// progressEvery is how often a real-clock run's growing timeline is
// announced (Progress), so the page redraws at most a few times a second.
const progressEvery = 300 * time.Millisecond

// runner handles Run and the queries about the last run (bridge's
// protocol): it runs the program, posting Out batches and then Done; with
// Trace, it keeps the trace in a session.Session, posts Drawn once the
// timeline is built, and answers SummaryQuery, StateQuery, SVGQuery and
// EventsQuery from it until the next Run. A run is stopped by terminating
// the worker, so the step budget is effectively unlimited here.
func runner(post func(bridge.Message)) func(js.Value) {
	var cur *session.Session
	return func(msg js.Value) {
		t := str(msg, "type")
		if t == "run" {
			var r bridge.Run
			bridge.Decode(msg, &r)
			cur = nil
			if r.Trace {
				cur = session.New(r.ID)
			}
			go run(r, cur, post)
			return
		}
		s := cur
		answer := func(req float64, id float64, f func() bridge.Message) {
			if s == nil || s.ID != id {
				post(bridge.Error{Req: req, Error: session.ErrNoRun.Error()})
				return
			}
			go func() { post(f()) }()
		}
		switch t {
		case "summary":
			var q bridge.SummaryQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func() bridge.Message { return s.Summary(q) })
		case "state":
			var q bridge.StateQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func() bridge.Message { return s.State(q) })
		case "svg":
			var q bridge.SVGQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func() bridge.Message { return s.SVG(q) })
		case "events":
			var q bridge.EventsQuery
			bridge.Decode(msg, &q)
			answer(q.Req, q.ID, func() bridge.Message { return s.Events(q) })
		default:
			post(bridge.Error{Req: msg.Get("req").Float(), Error: "run worker: unknown message " + t})
		}
	}
}

func run(r bridge.Run, s *session.Session, post func(bridge.Message)) {
	box := &bridge.Outbox{ID: r.ID, Post: post}
	clock := runtime.Virtual
	if r.Clock == "real" {
		clock = runtime.Real
	}
	opt := runtime.Options{
		Filename: r.Filename,
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
		opt.Trace = s.Add
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
	res := runtime.Run([]byte(r.Code), opt)
	close(finished)
	box.Flush()
	post(bridge.Done{ID: r.ID, ExitCode: res.ExitCode, Ms: ms(time.Since(start)), OutputCut: box.Bytes >= maxOutput, Traced: s != nil})
	if s != nil {
		start = time.Now()
		sum := s.Build()
		post(bridge.Drawn{ID: r.ID, Ms: ms(time.Since(start)), Summary: sum})
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
