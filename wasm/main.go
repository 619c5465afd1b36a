//go:build js && wasm

// Command wasm is the runtime's bridge to the page, built with GOOS=js
// GOARCH=wasm and run inside a Web Worker (site/src/worker.js loads it).
// One binary has two modes, chosen by the worker before main runs
// (globalThis.asynchronyMode):
//
//   - "run": runs Python programs with runtime.Run, streams their output
//     back and keeps the last run's trace to answer the page's queries
//     (its timeline, the loop's state at a step, the trace table). The page
//     terminates this worker to stop a run.
//   - "storage": keeps the reader's snippet edits in IndexedDB (package
//     snippets); a long-lived worker that Stop never terminates.
//
// Messages are plain objects (no JSON), the types of package bridge's
// protocol (wasm/bridge/protocol.go). Go hands
// requests to goroutines: idb calls block on channels and must never run
// inside a js.FuncOf callback.
package main

import (
	"syscall/js"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/wasm/bridge"
)

func main() {
	mode := js.Global().Get("asynchronyMode")
	post := func(m bridge.Message) { js.Global().Call("postMessage", js.ValueOf(bridge.Encode(m))) }
	var handle func(js.Value)
	storageMode := mode.Type() == js.TypeString && mode.String() == "storage"
	if storageMode {
		handle = storage(post)
	} else {
		handle = runner(post)
	}
	js.Global().Set("asynchronyHandle", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 1 {
			handle(args[0])
		}
		return nil
	}))
	post(bridge.Ready{})
	if !storageMode {
		// Compile the embedded modules (asyncio, ...) while the reader is
		// still reading, so the first Run does not pay for it; one module
		// at a time, stopping once a program arrives (it imports what it
		// needs itself).
		runtime.WarmUntil(func() bool {
			yieldToBrowser()
			return runRequested.Load()
		})
	}
	select {}
}

// yieldToBrowser returns to the browser's event loop once, so that the
// page's messages waiting there are delivered: Go in wasm sees them only
// when every goroutine is blocked, and a short time.Sleep may end before
// that happens.
func yieldToBrowser() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", f, 0)
	<-done
}

// str reads a string field of a message ("" if absent).
func str(v js.Value, k string) string {
	if f := v.Get(k); f.Type() == js.TypeString {
		return f.String()
	}
	return ""
}
