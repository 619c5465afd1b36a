package asyncio

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// hkind says what a handle runs. Python callbacks are hCall; the others are
// the loop's own callbacks, kept in Go so a task step costs no Python call.
type hkind uint8

const (
	hCall      hkind = iota // fn(*args)
	hStep                   // task.__step(exc)
	hWakeup                 // task.__wakeup(fut)
	hGather                 // gather's _done_callback(fut)
	hStop                   // _run_until_complete_cb(fut)
	hSetResult              // futures._set_result_unless_cancelled(fut, args[0])
)

// Handle is a callback scheduled on a loop (events.Handle and TimerHandle).
type Handle struct {
	id   int64
	loop *Loop
	kind hkind

	fn   core.Value   // hCall
	args []core.Value // hCall

	task   *Task           // hStep, hWakeup
	exc    *core.Exception // hStep: thrown into the coroutine
	fut    *Future         // the done future passed to hWakeup, hGather, hStop
	gather *gatherState    // hGather

	ctx *core.Context // hCall: the context the callback runs in (nil: a fresh one)

	when                        float64
	timer, cancelled, scheduled bool
	popped                      bool // taken off the ready queue (run or dropped)

	value core.Value // the Python object, made on first use
}

// Value returns the handle as a Python object.
func (h *Handle) Value() core.Value {
	if !h.value.IsValid() {
		t := HandleType
		if h.timer {
			t = TimerHandleType
		}
		h.value = core.ObjValue(t, h)
	}
	return h.value
}

// cancel is Handle.cancel / TimerHandle.cancel.
func (h *Handle) cancel() {
	if h.cancelled {
		return
	}
	if h.timer && h.scheduled {
		h.loop.timerCancelled++
	}
	h.cancelled = true
	h.fn, h.args = core.Value{}, nil
	if th := h.loop.th(); th.Trace != nil && !h.popped {
		// Only a handle still queued changes the picture.
		th.Emit(&trace.Event{Kind: trace.KindCancel, Handle: h.id})
	}
}

// run calls the callback. Exceptions other than SystemExit and
// KeyboardInterrupt go to the loop's exception handler (Handle._run); those
// two, and errors of the exception handler itself, are returned.
func (h *Handle) run() *core.Exception {
	l := h.loop
	th := l.th()
	switch h.kind {
	case hStep, hWakeup:
		// A task runs its steps in its own context, kept when a step makes
		// it by setting a variable.
		t := h.task
		prev, err := th.EnterContext(t.ctx)
		if err != nil {
			return h.failed(th, err)
		}
		if h.kind == hStep {
			err = t.step(h.exc)
		} else {
			err = t.wakeup(h.fut)
		}
		t.ctx = th.ExitContext(prev)
		return err
	case hGather:
		return h.gather.childDone(th, h.fut)
	case hStop:
		runUntilCompleteCB(h.fut)
		return nil
	case hSetResult:
		if !h.fut.cancelled() {
			return h.fut.setResult(h.args[0])
		}
		return nil
	}
	prev, err := th.EnterContext(h.ctx)
	if err == nil {
		_, err = th.Call(h.fn, h.args, nil)
		th.ExitContext(prev)
	}
	if err == nil {
		return nil
	}
	return h.failed(th, err)
}

// failed passes what a callback raised to the loop's exception handler.
func (h *Handle) failed(th *core.Thread, err *core.Exception) *core.Exception {
	l := h.loop
	if isFatal(err) {
		return err
	}
	err = callbackError(th, err)
	ctx := core.NewDict()
	ctx.SetStr("message", core.NewStr("Exception in callback "+h.describe(th)))
	ctx.SetStr("exception", err.Value())
	ctx.SetStr("handle", h.Value())
	// CPython calls the handler inside Handle._run's except block: what the
	// handler raises chains to the callback's exception.
	saved := th.Exc
	th.Exc = err
	err = l.callExceptionHandler(ctx)
	th.Exc = saved
	return err
}

// isFatal reports exceptions that end the loop instead of going to the
// exception handler: SystemExit and KeyboardInterrupt (the run's Stop
// arrives as KeyboardInterrupt).
func isFatal(err *core.Exception) bool {
	return err.Matches(core.SystemExit) || err.Matches(core.KeyboardInterrupt)
}

// runUntilCompleteCB is base_events._run_until_complete_cb.
func runUntilCompleteCB(f *Future) {
	if !f.cancelled() && f.exc != nil && isFatal(f.exc) {
		// run_forever() already finished.
		return
	}
	f.loop.stop()
}

// describe names the callback for traces and reprs.
func (h *Handle) describe(th *core.Thread) string {
	switch h.kind {
	case hStep:
		return h.task.taskName() + " step"
	case hWakeup:
		return h.task.taskName() + " wakeup"
	case hGather:
		return "gather.<locals>._done_callback"
	case hStop:
		return "_run_until_complete_cb"
	case hSetResult:
		return "_set_result_unless_cancelled"
	}
	if !h.fn.IsValid() {
		return ""
	}
	if len(h.args) > 0 {
		return formatCallbackSource(th, h.fn, h.args)
	}
	// A traced program often schedules one callback over and over: the
	// description of the last one is kept, as formatting it costs more
	// than the rest of call_soon.
	st := h.loop.st
	if !st.lastDescribed.Is(h.fn) {
		st.lastDescribed, st.lastDescription = h.fn, formatCallbackSource(th, h.fn, nil)
	}
	return st.lastDescription
}

// repr is Handle.__repr__ / TimerHandle.__repr__.
func (h *Handle) repr(th *core.Thread) (string, *core.Exception) {
	info := []string{"Handle"}
	if h.timer {
		info[0] = "TimerHandle"
	}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		w, err := th.Repr(core.Float(h.when))
		if err != nil {
			return "", err
		}
		info = append(info, "when="+w)
	}
	if h.kind != hCall || h.fn.IsValid() {
		info = append(info, h.describe(th))
	}
	return "<" + strings.Join(info, " ") + ">", nil
}

// The Handle and TimerHandle types.
var (
	HandleType      = core.NewStaticType("Handle")
	TimerHandleType = core.NewStaticType("TimerHandle", HandleType)
)

// handleMethods and timerHandleMethods are the handles' method tables
// (method.go says how to add one).
var handleMethods = []pyMethod[*Handle]{
	{"cancel", "", handleCancel},
	{"cancelled", "", handleCancelled},
	{"__repr__", "", handleRepr},
}

// Timer handles order by deadline, as TimerHandle.__lt__ & co.
var timerHandleMethods = []pyMethod[*Handle]{
	{"when", "", handleWhen},
	{"__lt__", "other", timerLt},
	{"__gt__", "other", timerGt},
	{"__le__", "other", timerLe},
	{"__ge__", "other", timerGe},
}

func init() {
	HandleType.Module = "asyncio.events"
	TimerHandleType.Module = "asyncio.events"
	HandleType.Final = true
	TimerHandleType.Final = true
	addPyMethods(HandleType, core.ObjectOf[*Handle], handleMethods)
	addPyMethods(TimerHandleType, core.ObjectOf[*Handle], timerHandleMethods)
	HandleType.MarkBorrows("cancel", "cancelled", "__repr__")
	TimerHandleType.MarkBorrows("when", "__lt__", "__gt__", "__le__", "__ge__")
}

func handleCancel(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	h.cancel()
	return core.None, nil
}

func handleCancelled(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(h.cancelled), nil
}

func handleRepr(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	s, err := h.repr(th)
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr(s), nil
}

func handleWhen(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	return core.Float(h.when), nil
}

// timerCompare compares two timer handles by deadline (a handle is equal
// to itself only), or returns NotImplemented for another operand.
func timerCompare(h *Handle, other core.Value, less bool) core.Value {
	o, ok := other.Obj().(*Handle)
	if !ok || !o.timer {
		return core.NotImplemented
	}
	if less {
		return core.Bool(h.when < o.when)
	}
	return core.Bool(h.when > o.when)
}

func timerLt(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	return timerCompare(h, args[1], true), nil
}

func timerGt(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	return timerCompare(h, args[1], false), nil
}

func timerLe(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	if args[1].Obj() == h {
		return core.True, nil
	}
	return timerCompare(h, args[1], true), nil
}

func timerGe(th *core.Thread, h *Handle, args []core.Value) (core.Value, *core.Exception) {
	if args[1].Obj() == h {
		return core.True, nil
	}
	return timerCompare(h, args[1], false), nil
}
