//go:build js

package core

import "runtime"

// vmYield lets other goroutines run: js/wasm has no preemption, so without
// it a Python loop would starve timers and the goroutine that closes Cancel.
func vmYield() { runtime.Gosched() }

// gcCount counts garbage collections. js/wasm runs every goroutine on one
// thread, so the finalizer that counts and the VM that reads need no
// atomics, which are Go calls there (two per backward jump of a loop).
var gcCount int64

func gcCountNow() int64 { return gcCount }
func gcCountAdd()       { gcCount++ }
