//go:build !js

package core

import "sync/atomic"

// vmYield does nothing where goroutines are preempted.
func vmYield() {}

// gcCount counts garbage collections; the finalizer that counts runs on
// its own goroutine.
var gcCount atomic.Int64

func gcCountNow() int64 { return gcCount.Load() }
func gcCountAdd()       { gcCount.Add(1) }
