// Package runtime is the public entry point to Asynchrony's Python runtime:
// it wires the stages (syntax, compile, core, modules, trace) together and
// runs one program. Nothing here panics: an internal fault in any stage is
// reported as a Python SystemError in the program's stderr.
package runtime

import (
	"io"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Clock selects how the event loop's time passes.
type Clock string

const (
	// Virtual time jumps to the next timer when nothing is ready, so
	// sleep(2) costs no wall time and every run is deterministic.
	Virtual Clock = "virtual"
	// Real time makes sleeps take real time.
	Real Clock = "real"
)

// Options configure one run. The zero value runs with a virtual clock, no
// input, output discarded and the default limits.
type Options struct {
	Filename string    // shown in tracebacks; "<stdin>" when empty
	Argv     []string  // sys.argv[1:]
	Stdin    io.Reader // input() reads from here; nil means empty input
	Stdout   io.Writer // nil discards
	Stderr   io.Writer // nil discards
	Clock    Clock     // "" means Virtual

	// Trace, when set, receives every event of the run in order.
	Trace func(trace.Event)

	// Limits. Zero means the default; each turns into a Python exception.
	MaxSteps  int64 // bytecode steps before the run is stopped
	MaxMemory int64 // approximate bytes of live Python objects (MemoryError)
	MaxOutput int64 // bytes written to stdout+stderr before output is cut

	// Cancel, when closed, stops the run at the next instruction boundary
	// with KeyboardInterrupt (the "Stop" button).
	Cancel <-chan struct{}
}

// Result is what a run ended with.
type Result struct {
	// ExitCode is what CPython's process would exit with: 0 on success,
	// 1 on an uncaught exception, 2 on a syntax error, or the argument of
	// sys.exit / SystemExit.
	ExitCode int
}

// Run compiles and runs one program. It never panics.
//
// TEMPORARY: until the core is wired in, Run reports that it cannot run
// anything. The core engineer replaces this body.
func Run(src []byte, opt Options) Result {
	if opt.Stderr != nil {
		io.WriteString(opt.Stderr, "RuntimeError: the interpreter is not wired in yet\n")
	}
	return Result{ExitCode: 1}
}
