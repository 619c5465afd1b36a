//go:build !(js && wasm)

package trace

import "sync/atomic"

// publish and count are the Log's writer and readers agreeing on how many
// records are complete: an atomic store and load where goroutines run in
// parallel.
func publish(p *int64, n int64) { atomic.StoreInt64(p, n) }
func count(p *int64) int64      { return atomic.LoadInt64(p) }
