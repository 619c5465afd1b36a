// Package asyncio is the asyncio module: an event loop written in Go with
// the order of events of CPython 3.11's asyncio (a FIFO ready queue, timers
// in a heap that pops exactly like Python's heapq, one pass per iteration
// like BaseEventLoop._run_once, Task steps and Future callbacks scheduled
// through call_soon), the Future and Task types, sleep and gather in Go, and
// the rest of the API (locks, queues, TaskGroup, timeouts, wait, wait_for,
// shield, as_completed, Runner, run) in embedded Python (lib.py) that follows
// CPython's structure so that callbacks run in the same order.
//
// Two clocks: virtual (the default) starts at 0.0 for a run and, when
// nothing is ready, jumps to the next timer's deadline, so sleeps cost no
// wall time and runs are deterministic; real counts seconds since the run
// started and sleeps for real. The loop emits trace events (package trace)
// when the thread traces.
package asyncio

import (
	"time"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// Def is the asyncio module's definition for the module registry.
// Init runs the Python parts itself (see stdlib.go), so Source stays empty.
var Def = &core.ModuleDef{Name: "asyncio", Init: initModule}

// The asyncio exception types.
var (
	CancelledError            = newExcType("CancelledError", "asyncio.exceptions", core.BaseException)
	InvalidStateError         = newExcType("InvalidStateError", "asyncio.exceptions", core.ExceptionType)
	BrokenBarrierError        = newExcType("BrokenBarrierError", "asyncio.exceptions", core.RuntimeError)
	IncompleteReadError       = newExcType("IncompleteReadError", "asyncio.exceptions", core.EOFError)
	LimitOverrunError         = newExcType("LimitOverrunError", "asyncio.exceptions", core.ExceptionType)
	SendfileNotAvailableError = newExcType("SendfileNotAvailableError", "asyncio.exceptions", core.RuntimeError)
)

func newExcType(name, module string, base *core.Type) *core.Type {
	t := core.NewStaticType(name, base)
	t.Base = core.BaseException
	t.Module = module
	return t
}

// runState is the per-run state of the module: loops, ids and the clock.
type runState struct {
	th               *core.Thread
	running          *Loop // the running loop (events._get_running_loop)
	current          *Loop // the loop set by set_event_loop (the policy's loop)
	closedPolicyLoop bool

	taskCounter int64 // Task-N names, counted per run
	nextID      int64 // ids of futures and tasks in the trace
	nextHandle  int64 // ids of handles in the trace

	internals internals // Python helpers that imitate CPython's frames

	// suspendedLine, while a task's step is being wound up, is the line its
	// coroutine stopped at: the line trace events of that moment show.
	suspendedLine int

	// The last callback (with no arguments) a trace described, and its
	// description: see Handle.describe.
	lastDescribed   core.Value
	lastDescription string

	real    bool      // the real clock
	start   time.Time // the real clock's zero
	virtual float64   // the virtual clock's time
}

const stateKey = "asyncio"

// clockKey is the thread state where runtime.Run records the clock a run
// asked for ("real"; anything else is the virtual clock).
const clockKey = "clock"

func getState(th *core.Thread) *runState {
	return th.State(stateKey, func() any {
		st := &runState{th: th, start: time.Now()}
		st.real = th.State(clockKey, func() any { return "virtual" }) == "real"
		if th.TraceTime == nil {
			th.TraceTime = st.now
		}
		st.installTimeHooks(th)
		return st
	}).(*runState)
}

// now is the loop clock shared by all loops of a run (like time.monotonic).
func (st *runState) now() float64 {
	if st.real {
		return time.Since(st.start).Seconds()
	}
	return st.virtual
}

// The time module's hooks (runtime/modules/time.go), shared through
// th.State so either module may come first.
const (
	loopTimeKey  = "time.looptime"
	sleepHookKey = "time.sleephook"
)

// installTimeHooks makes time.monotonic() & co. advance with the virtual
// clock, and makes a blocking time.sleep() inside a running loop delay the
// loop's virtual clock as it would delay CPython's real one.
func (st *runState) installTimeHooks(th *core.Thread) {
	lt, ok := th.State(loopTimeKey, func() any { return new(func() float64) }).(*func() float64)
	if ok {
		*lt = func() float64 {
			if st.real {
				return 0
			}
			return st.virtual
		}
	}
	sh, ok := th.State(sleepHookKey, func() any { return new(func(float64) bool) }).(*func(float64) bool)
	if ok {
		*sh = func(secs float64) bool {
			if st.real || st.running == nil || !(secs > 0) {
				return false
			}
			st.virtual += secs
			return true
		}
	}
}

func (st *runState) newID() int64 {
	st.nextID++
	return st.nextID
}
