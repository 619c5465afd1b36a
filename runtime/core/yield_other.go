//go:build !js

package core

// vmYield does nothing where goroutines are preempted.
func vmYield() {}
