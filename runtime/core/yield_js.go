//go:build js

package core

import "runtime"

// vmYield lets other goroutines run: js/wasm has no preemption, so without
// it a Python loop would starve timers and the goroutine that closes Cancel.
func vmYield() { runtime.Gosched() }
