// Package asyncio is the asyncio module: an event loop written in Go with
// the order of events of CPython 3.11's asyncio (a FIFO ready queue, timers
// in a heap that pops exactly like Python's heapq, one pass per iteration
// like BaseEventLoop._run_once, Task steps and Future callbacks scheduled
// through call_soon).
//
// What sits in a program's inner loops is Go: the loop and its handles
// (loop.go, handle.go, heap.go), Future and Task (future.go, task.go),
// sleep, gather and the module's functions (funcs.go, gather.go), the
// queues (queue.go) and the waiter deque locks and queues share (deque.go).
// Each type lists its methods in tables at the top of its file; method.go
// says which kind of table, by how CPython words the argument errors.
// The rest of the API (locks, TaskGroup, timeouts, wait, wait_for, shield,
// as_completed, to_thread, Runner, run) is Python embedded from py/, one
// file for each CPython module it stands for, written in the structure of
// CPython's so that callbacks run in the same order. stdlib.go runs those
// files in the module's namespace under CPython's file names, with the
// lines tracebacks show at CPython's line numbers.
//
// The loop runs on the run's clock (core.Thread.Now): virtual (the default)
// starts at 0.0 for a run and, when nothing is ready, jumps to the next
// timer's deadline, so sleeps cost no wall time and runs are deterministic;
// real counts seconds since the run started and sleeps for real. While
// other Python threads run, an idle loop blocks its thread (releasing the
// GIL) until its next timer or a call_soon_threadsafe. The loop emits trace events (package trace)
// when the thread traces.
package asyncio

import (
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
}

// stateSlot holds each run's runState.
var stateSlot = core.NewSlot(func(th *core.Thread) *runState { return &runState{th: th} })

func getState(th *core.Thread) *runState { return stateSlot.Get(th) }

// runsOn makes th, the Python thread calling run_forever or
// run_until_complete, the one the loop runs callbacks and tasks on, and
// returns what restores the previous one. (One loop runs at a time in a
// run, as the running loop is per run, not per thread.)
func (st *runState) runsOn(th *core.Thread) func() {
	prev := st.th
	st.th = th
	return func() { st.th = prev }
}

// now is the loop clock shared by all loops of a run: the run's clock.
func (st *runState) now() float64 { return st.th.Now() }

func (st *runState) newID() int64 {
	st.nextID++
	return st.nextID
}
