//go:build js && wasm

package main

import (
	"math"
	"syscall/js"
	"time"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/trace"
	"github.com/asynchrony/asynchrony/wasm/bridge"
)

const maxOutput = 1 << 20

// runner handles {type:"run", id, code, clock, filename, trace}: it runs the
// program, posting {type:"out"} batches and then {type:"done", id, exitCode,
// ms, dropped, outputCut}. A run is stopped by terminating the worker, so the step
// budget is effectively unlimited here.
func runner(post func(map[string]any)) func(js.Value) {
	return func(msg js.Value) {
		if str(msg, "type") != "run" {
			post(map[string]any{"type": "error", "error": "run worker: unknown message " + str(msg, "type")})
			return
		}
		id := msg.Get("id").Float()
		code := str(msg, "code")
		clock := runtime.Virtual
		if str(msg, "clock") == "real" {
			clock = runtime.Real
		}
		wantTrace := msg.Get("trace").Truthy()
		filename := str(msg, "filename")
		go func() {
			box := &bridge.Outbox{ID: id, Post: post}
			opt := runtime.Options{
				Filename: filename,
				Stdout:   bridge.StreamWriter{Box: box, Stream: "stdout"},
				Stderr:   bridge.StreamWriter{Box: box, Stream: "stderr"},
				Clock:    clock,
				MaxSteps: math.MaxInt64,
				// A program printing forever ends with an error rather than
				// filling the page.
				MaxOutput: maxOutput,
			}
			if wantTrace {
				opt.Trace = func(e trace.Event) { box.Event(e) }
			}
			start := time.Now()
			res := runtime.Run([]byte(code), opt)
			box.Flush()
			post(map[string]any{"type": "done", "id": id, "exitCode": res.ExitCode,
				"ms": float64(time.Since(start).Microseconds()) / 1000, "dropped": box.Dropped,
				"outputCut": box.Bytes >= maxOutput})
		}()
	}
}
