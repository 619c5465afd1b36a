// Package runtime is the public entry point to Asynchrony's Python runtime:
// it wires the stages (syntax, compile, core, modules, trace) together and
// runs one program. Nothing here panics: an internal fault in any stage is
// reported as a Python SystemError in the program's stderr.
package runtime

import (
	"fmt"
	"io"

	"github.com/asynchrony/asynchrony/runtime/compile"
	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/modules"
	"github.com/asynchrony/asynchrony/runtime/syntax"
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
	// TraceLog, when set, keeps every event of the run instead (cheaper
	// than Trace: nothing is copied out or formatted while the run goes).
	TraceLog *trace.Log

	// Limits. Zero means the default; each turns into a Python exception.
	MaxSteps  int64 // loop iterations and calls before the run is stopped (KeyboardInterrupt)
	MaxMemory int64 // approximate bytes of live Python objects (MemoryError)
	MaxOutput int64 // bytes written to stdout+stderr before output is cut

	// Seed, when not 0, varies how threads interleave: it jitters each
	// switch interval and picks among the threads waiting for the GIL at
	// random, the same way for the same seed. 0 runs them in FIFO order
	// with exact intervals.
	Seed uint64

	// Cancel, when closed, stops the run at the next instruction boundary
	// with KeyboardInterrupt (the "Stop" button).
	Cancel <-chan struct{}
}

// DefaultMaxMemory is the memory budget of a run when Options.MaxMemory is 0.
const DefaultMaxMemory = 1 << 30

// Result is what a run ended with.
type Result struct {
	// ExitCode is what CPython's process would exit with: 0 on success,
	// 1 on an uncaught exception or a syntax error, or the argument of
	// sys.exit / SystemExit.
	ExitCode int
}

// Run compiles and runs one program. It never panics.
func Run(src []byte, opt Options) (res Result) {
	filename := opt.Filename
	if filename == "" {
		filename = "<stdin>"
	}
	raiseHeapFloor()
	th := core.NewThread(opt.Stdout, opt.Stderr)
	defer func() {
		if r := recover(); r != nil {
			// An internal fault: report it as CPython reports SystemError.
			th.Write(false, fmt.Sprintf("SystemError: internal error: %v\n", r))
			res = Result{ExitCode: 1}
		}
	}()
	th.Stdin = opt.Stdin
	th.Argv = append([]string{filename}, opt.Argv...)
	th.MaxSteps = opt.MaxSteps
	th.MaxOutput = opt.MaxOutput
	th.Cancel = opt.Cancel
	if opt.TraceLog != nil {
		th.Trace = opt.TraceLog
	} else if opt.Trace != nil {
		th.Trace = trace.Func(opt.Trace)
	}
	if opt.MaxMemory == 0 {
		opt.MaxMemory = DefaultMaxMemory
	}
	th.SetMaxMemory(opt.MaxMemory)
	th.Registry = modules.Registry()
	th.Builtins = modules.NewBuiltins()
	th.Modules.SetStr("builtins", th.Builtins.Value()) // as in CPython, there from the start
	th.ExecModuleSource = execModuleSource
	if opt.Clock == Real {
		th.SetRealClock()
	}
	th.SetSeed(opt.Seed)
	th.AddSource(filename, string(src))

	code, exc := compileSource(filename, src)
	if exc == nil {
		main := core.NewMainModule(filename, th.Builtins)
		th.Modules.SetStr("__main__", main.Value())
		exc = th.ExecCode(code, main.Dict)
	}
	th.Write(false, th.NeverAwaitedWarnings(0, exc))
	status := 0
	if exc != nil && th.Deadlock() == "" {
		status = exitStatus(th, exc)
	}
	// As Py_FinalizeEx: wait for the non-daemon threads (threading's
	// _shutdown), then the atexit functions; daemon threads then stop.
	for _, step := range [][2]string{{"threading", "_shutdown"}, {"atexit", "_run_exitfuncs"}} {
		if th.Deadlock() == "" && th.Halted() == nil {
			if exc := callIfImported(th, step[0], step[1]); exc != nil && th.Deadlock() == "" {
				exitStatus(th, exc)
			}
		}
	}
	th.RunAtExit()
	th.KillThreads()
	th.Write(false, th.ShutdownWarnings())
	if th.Deadlock() != "" {
		status = ExitDeadlock
	}
	return Result{ExitCode: status}
}

// ExitDeadlock is the exit status of a run that ended because every thread
// was blocked and none could wake another (CPython would hang; the report
// is on stderr).
const ExitDeadlock = 3

// callIfImported calls module.fn() when the program imported the module:
// threading._shutdown joins the threads that are not daemons, then
// atexit._run_exitfuncs runs the atexit functions.
func callIfImported(th *core.Thread, module, fn string) *core.Exception {
	m, ok := th.Modules.GetStr(module)
	if !ok {
		return nil
	}
	f, err := th.GetAttr(m, fn)
	if err != nil {
		return nil
	}
	_, err = th.Call(f, nil, nil)
	return err
}

// exitStatus reports an uncaught exception as CPython does and returns the
// process exit status.
func exitStatus(th *core.Thread, exc *core.Exception) int {
	if exc.Matches(core.SystemExit) {
		code := exc.Payload
		switch {
		case !code.IsValid() || code.IsNone():
			return 0
		case code.IsSmallInt() || code.IsBool():
			return int(code.Int64() & 0xff)
		}
		s, err := th.StrOf(code)
		if err != nil {
			s = "<exit code str() failed>"
		}
		th.Write(false, s+"\n")
		return 1
	}
	if th.Trace != nil {
		// The trace's "exception" event for the exception that ends the run.
		th.Emit(&trace.Event{Kind: trace.KindException, Value: exc.Error()})
	}
	report := th.FormatException(exc)
	if err := th.Write(false, report); err != nil {
		// The output cap was reached: the final report still goes out.
		io.WriteString(th.Stderr, report)
	}
	return 1
}

// compileSource parses and compiles a program; errors come back as
// SyntaxError exceptions.
func compileSource(filename string, src []byte) (*compile.Code, *core.Exception) {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return nil, core.NewSyntaxError(se)
		}
		return nil, core.Errorf(core.SyntaxError, "%s", err.Error())
	}
	code, serr := compile.Compile(mod, filename, src)
	if serr != nil {
		if serr.Kind == "SystemError" {
			return nil, core.Errorf(core.SystemError, "%s", serr.Msg)
		}
		return nil, core.NewSyntaxError(serr)
	}
	return code, nil
}

// execModuleSource runs a module written in Python as the body of m.
func execModuleSource(th *core.Thread, m *core.Module, filename, src string) *core.Exception {
	th.AddSource(filename, src)
	code, exc := compileModule(filename, src)
	if exc != nil {
		return exc
	}
	if _, ok := m.Dict.GetStr("__builtins__"); !ok {
		m.Dict.SetStr("__builtins__", th.Builtins.Value())
	}
	return th.ExecCode(code, m.Dict)
}
