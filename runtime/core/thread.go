package core

import (
	"bufio"
	"io"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Run is the state one run of the interpreter shares among its Python
// threads: modules, output, limits, the trace and the scheduler. Nothing
// per-run lives in package-level variables, so several runs may proceed
// concurrently (each on its own Run; within a run only the thread holding
// the GIL touches it).
type Run struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string // sys.argv

	// Registry holds the modules a run can import; Modules is sys.modules
	// (name -> module value).
	Registry map[string]*ModuleDef
	Modules  *Dict
	Builtins *Module // the builtins module: NameError fallback for globals

	// ExecModuleSource runs Python source as the body of module m, for
	// Import of modules written in Python. Package runtime sets it: it
	// compiles through its cache of embedded modules (codecache.go).
	ExecModuleSource func(th *Thread, m *Module, filename, src string) *Exception

	// Trace receives the run's events (nil = tracing off); TraceTime gives
	// the loop's current time for events (nil = the run's clock).
	Trace     trace.Sink
	TraceTime func() float64
	traceSeq  int64

	// Limits. Zero MaxOutput means unlimited output.
	MaxOutput      int64
	outputBytes    int64
	RecursionLimit int   // sys.getrecursionlimit(); default 1000
	MaxSteps       int64 // step budget of the whole run (0 = unlimited)
	Cancel         <-chan struct{}
	halted         *Exception // set once a limit stopped the run: no handler may catch it

	coroutines []trackedCoro   // coroutines that may still warn never awaited, in creation order
	coroCount  int             // coroutines ever tracked (CoroutineMark)
	warned     map[string]bool // never-awaited warnings shown, by file:line:name (CPython shows each once)

	lookups *[256]staticLookup // per-run cache of built-in types' attributes (attr.go)
	atExit  []func()

	// Core's per-run state, made on first use; packages above core keep
	// theirs in Slots.
	stdin      *bufio.Reader          // Stdin, buffered for input() and sys.stdin (ReadLine)
	reprGuard  map[any]bool           // containers being repr'd (ReprEnter)
	subclasses map[*Type][]*Type      // static types' subclasses made by this run (class.go)
	sources    map[string]*sourceText // program text for tracebacks (traceback.go)
	slots      []any                  // values of the Slots, by Slot.index

	sched scheduler // the run's Python threads and its clock (sched.go)

	// IntMaxStrDigits is sys.get_int_max_str_digits(): the longest decimal
	// int <-> str conversion allowed; 0 means no limit. NewThread sets 4300.
	IntMaxStrDigits int

	// classNS maps the dicts of class bodies being run to the dict
	// subclass instances __prepare__ returned (class.go).
	classNS map[*Dict]Value
}

// Thread is one Python thread of a run: its own frames, call depth,
// exception being handled and VM state, sharing the Run with the run's
// other threads. Builtins receive the Thread that calls them. A run starts
// with one Thread, the main thread (NewThread).
type Thread struct {
	*Run

	// VM-owned state: the current frame, the call depth, the steps.
	Frame *Frame // the innermost running frame, nil at top level
	Depth int    // current Python call depth
	Steps int64  // steps executed by the run (the thread holding the GIL carries the count)
	vm    vmState

	// Exc is the exception currently being handled (sys.exc_info()), for
	// implicit chaining (__context__) and bare raise.
	Exc *Exception

	// Ctx is the thread's current contextvars.Context; nil until a
	// variable is set (contextvars.go). A new thread starts with none, as
	// in CPython 3.11.
	Ctx *Context

	ts threadSched // scheduling state (sched.go)
}

// AtExit registers fn to run once the main module has finished (after an
// uncaught exception is reported), as CPython's shutdown first joins the
// remaining threads and runs atexit functions.
func (th *Thread) AtExit(fn func()) { th.atExit = append(th.atExit, fn) }

// RunAtExit runs the functions given to AtExit, last registered first.
func (th *Thread) RunAtExit() {
	for len(th.atExit) > 0 {
		fn := th.atExit[len(th.atExit)-1]
		th.atExit = th.atExit[:len(th.atExit)-1]
		fn()
	}
}

// NewThread returns the main thread of a new Run with default limits, writing to the given
// writers (nil discards).
func NewThread(stdout, stderr io.Writer) *Thread {
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	r := &Run{Stdout: stdout, Stderr: stderr, RecursionLimit: 1000, IntMaxStrDigits: maxStrDigits, Modules: NewDict()}
	r.Registry = map[string]*ModuleDef{}
	th := &Thread{Run: r}
	r.sched.init(th)
	return th
}

// A Slot is a typed place in every Run for the per-run state of a package
// above core (the time module's clock, asyncio's event loops): the package
// declares its slot once, in a package-level variable, and Get gives each
// run its own value, made on first use. Core cannot name those packages'
// types in Run's fields, and a Slot keeps the value typed without them.
type Slot[T any] struct {
	index int
	init  func(th *Thread) T
}

// slotCount is the number of Slots declared; only NewSlot touches it.
var slotCount int

// NewSlot declares a per-run slot whose value init makes on first use in a
// run. Call it only from a package-level variable's initializer.
func NewSlot[T any](init func(th *Thread) T) *Slot[T] {
	slotCount++
	return &Slot[T]{index: slotCount - 1, init: init}
}

// Get returns the slot's value in th's run, making it on first use.
func (s *Slot[T]) Get(th *Thread) T {
	if s.index < len(th.slots) {
		if v, ok := th.slots[s.index].(T); ok {
			return v
		}
	}
	v := s.init(th)
	if s.index >= len(th.slots) {
		th.slots = append(th.slots, make([]any, s.index+1-len(th.slots))...)
	}
	th.slots[s.index] = v
	return v
}

// Emit sends a trace event, numbering it and stamping it with the loop
// time. It does nothing when tracing is off. The event is only lent: a
// caller may build it on its stack.
func (th *Thread) Emit(e *trace.Event) {
	if th.Trace == nil {
		return
	}
	th.traceSeq++
	e.Seq = th.traceSeq
	switch s := &th.sched; {
	case th.TraceTime != nil:
		e.Time = th.TraceTime()
	case !s.real && len(s.threads) == 1:
		// Now's answer without its call: the virtual clock of a run with
		// one thread moves only when the loop advances it.
		e.Time = s.virtual
	default:
		e.Time = th.Now()
	}
	if th.sched.multi && e.Thread == 0 {
		e.Thread = th.sched.cur.ts.id
	}
	// A Log (the page's) is called directly, as it copies no more than
	// its record; any other Sink gets its copy of the event.
	if l, ok := th.Trace.(*trace.Log); ok {
		l.Append(e)
		return
	}
	th.Trace.Add(*e)
}

// FastTrace returns the run's trace and the time to stamp on an event
// when the event may go straight into the trace with a Log's Append*
// methods: the trace is a Log (the page's), the clock virtual and the run
// has only ever had one thread, so Emit would add nothing else. Otherwise
// it returns nil: use Emit. It saves the loop's commonest events a call
// and the building of an Event, most of their cost in WebAssembly.
func (th *Thread) FastTrace() (*trace.Log, float64) {
	if l, ok := th.Trace.(*trace.Log); ok && th.TraceTime == nil && !th.sched.real && !th.sched.multi {
		return l, th.sched.virtual
	}
	return nil, 0
}

// ProgramLine is the line of the program running, for trace events: that
// of the innermost frame outside the standard library's Python.
func (th *Thread) ProgramLine() int {
	for f := th.Frame; f != nil; f = f.Back {
		if f.Code == nil || strings.HasPrefix(f.Code.Filename, "<stdlib>/") {
			continue
		}
		if f.LastI < 0 || f.LastI >= len(f.Code.Spans) {
			return 0
		}
		return int(f.Code.Spans[f.LastI].Line)
	}
	return 0
}

// Write is where all program output goes (stdout when stdout is true, else
// stderr): it enforces the output cap and emits the trace's output event.
func (th *Thread) Write(stdout bool, s string) *Exception {
	if s == "" {
		return nil
	}
	w, stream := th.Stdout, "stdout"
	if !stdout {
		w, stream = th.Stderr, "stderr"
	}
	var over bool
	if th.MaxOutput > 0 && th.outputBytes+int64(len(s)) > th.MaxOutput {
		s = s[:max(0, th.MaxOutput-th.outputBytes)]
		over = true
	}
	th.outputBytes += int64(len(s))
	if s != "" {
		io.WriteString(w, s)
		if th.Trace != nil {
			th.Emit(&trace.Event{Kind: trace.KindOutput, Stream: stream, Text: s, Line: th.ProgramLine()})
		}
	}
	if over {
		return Errorf(OSError, "output limit of %d bytes exceeded", th.MaxOutput)
	}
	return nil
}
