package asyncio

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Future states.
const (
	pending uint8 = iota
	cancelledState
	finished
)

var stateNames = [...]string{"PENDING", "CANCELLED", "FINISHED"}

// doneCB is a done callback: a Python callable (kind hCall) or one of the
// loop's own (task wakeup, gather, run_until_complete).
type doneCB struct {
	kind   hkind
	fn     core.Value
	ctx    *core.Context // hCall: the context fn runs in
	task   *Task
	gather *gatherState
}

// Future is asyncio.Future (and the future part of a Task).
//
// A program may hold 100k of them pending at once, each inside a Task, so
// the fields most futures never use wait in futureRare, and the Python
// value is made on demand from typ rather than stored.
type Future struct {
	id   int64
	loop *Loop
	typ  *core.Type // the Python class: Future, Task or a subclass
	task *Task      // set when this future is a Task's
	rare *futureRare

	result    core.Value
	exc       *core.Exception
	callbacks []doneCB

	what string // what the future stands for, in traces ("sleep(1)", "Future")

	state    uint8
	logTB    bool // the exception has not been retrieved
	blocking bool // _asyncio_future_blocking
}

// futureRare holds what few futures need, allocated by more() when first
// set: a pending future is 128 bytes without it.
type futureRare struct {
	gather       *gatherState    // set for gather()'s outer future
	cancelMsg    core.Value      // zero: None
	cancelledExc *core.Exception // the CancelledError that cancelled it
	excTB        *core.Traceback // the exception's traceback when it was set
	dict         *core.Dict      // attributes set from Python (e.g. _log_destroy_pending)
	waiterV      core.Value      // a Task's _fut_waiter when it is a duck-typed future
}

// noRare is what rd returns for a future without rare fields; it is
// never written.
var noRare futureRare

// rd returns f's rare fields for reading.
func (f *Future) rd() *futureRare {
	if f.rare == nil {
		return &noRare
	}
	return f.rare
}

// more returns f's rare fields for writing.
func (f *Future) more() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// value is the future as a Python value (the Task for a task's future).
// It is not inlined: its callers are many, and the call costs less than
// their size in wasm.
//
//go:noinline
func (f *Future) value() core.Value {
	if f.task != nil {
		return core.ObjValue(f.typ, f.task)
	}
	return core.ObjValue(f.typ, f)
}

// InstanceDict gives futures a __dict__ for attributes set from Python.
func (f *Future) InstanceDict() *core.Dict {
	r := f.more()
	if r.dict == nil {
		r.dict = core.NewDict()
	}
	return r.dict
}

// newFuture makes a plain future of loop l.
func newFuture(l *Loop, t *core.Type) *Future {
	return newFutureFor(l, t, t.Name)
}

// newFutureFor makes a future that traces show as what.
func newFutureFor(l *Loop, t *core.Type, what string) *Future {
	f := &Future{loop: l, id: l.st.newID(), typ: t, what: what}
	if th := l.th(); th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindFutureNew, Future: f.id, Name: what, Line: currentLine(th)})
	}
	return f
}

// asFuture returns the Go future behind a Future or Task value, or nil.
func asFuture(v core.Value) *Future {
	switch o := v.Obj().(type) {
	case *Future:
		return o
	case *Task:
		return &o.Future
	}
	return nil
}

func (f *Future) done() bool      { return f.state != pending }
func (f *Future) cancelled() bool { return f.state == cancelledState }

// makeCancelledError is Future._make_cancelled_error.
func (f *Future) makeCancelledError() *core.Exception {
	if r := f.rd(); r.cancelledExc != nil {
		exc := r.cancelledExc
		r.cancelledExc = nil
		return exc
	}
	var exc *core.Exception
	if msg := f.rd().cancelMsg; !msg.IsValid() || msg.IsNone() {
		exc = core.NewException(CancelledError)
	} else {
		exc = core.NewException(CancelledError, f.rd().cancelMsg)
	}
	return exc
}

// cancelFuture is Future.cancel (without Task's or gather's overrides).
func (f *Future) cancelFuture(msg core.Value) bool {
	f.logTB = false
	if f.state != pending {
		return false
	}
	f.state = cancelledState
	if msg.IsValid() || f.rare != nil {
		f.more().cancelMsg = msg
	}
	f.emitDone()
	f.scheduleCallbacks()
	return true
}

// cancel dispatches to the right cancel: Task.cancel, _GatheringFuture.cancel
// or Future.cancel.
func (f *Future) cancel(msg core.Value) bool {
	if f.task != nil {
		return f.task.cancel(msg)
	}
	if g := f.rd().gather; g != nil {
		return g.cancel(msg)
	}
	return f.cancelFuture(msg)
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	if len(cbs) == 0 {
		return
	}
	f.callbacks = nil
	for _, cb := range cbs {
		f.loop.callSoon(f.callbackHandle(cb))
	}
}

// callbackHandle makes the handle that calls cb with this future.
func (f *Future) callbackHandle(cb doneCB) *Handle {
	h := f.loop.newHandle(cb.kind)
	h.fut = f
	switch cb.kind {
	case hCall:
		h.fn = cb.fn
		h.args = []core.Value{f.value()}
		h.ctx = cb.ctx
	case hWakeup:
		h.task = cb.task
	case hGather:
		h.gather = cb.gather
	}
	return h
}

// addCallback is add_done_callback: a done future schedules it at once.
func (f *Future) addCallback(cb doneCB) {
	if f.state != pending {
		f.loop.callSoon(f.callbackHandle(cb))
		return
	}
	f.callbacks = append(f.callbacks, cb)
	if th := f.loop.th(); th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindCallback, Future: f.id, Name: cb.describe(th), Line: currentLine(th)})
	}
}

// removeGoCallback drops the loop's own callbacks of one kind.
func (f *Future) removeGoCallback(kind hkind) {
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.kind != kind {
			kept = append(kept, cb)
		}
	}
	clear(f.callbacks[len(kept):])
	f.callbacks = kept
}

// removeWakeup drops a task's wakeup callback.
func (f *Future) removeWakeup(t *Task) {
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.kind != hWakeup || cb.task != t {
			kept = append(kept, cb)
		}
	}
	clear(f.callbacks[len(kept):])
	f.callbacks = kept
}

func (cb doneCB) describe(th *core.Thread) string {
	switch cb.kind {
	case hWakeup:
		return "Task.task_wakeup()"
	case hGather: // Python functions in CPython, hence the source
		return "gather.<locals>._done_callback() at <stdlib>/asyncio/tasks.py:764"
	case hStop:
		return "_run_until_complete_cb() at <stdlib>/asyncio/base_events.py:180"
	}
	return formatCallbackSource(th, cb.fn, nil)
}

// setResult is Future.set_result.
func (f *Future) setResult(v core.Value) *core.Exception {
	if f.state != pending {
		return core.Errorf(InvalidStateError, "invalid state")
	}
	f.result = v
	f.state = finished
	f.emitDone()
	f.scheduleCallbacks()
	return nil
}

// setException is Future.set_exception.
func (f *Future) setException(exc *core.Exception) *core.Exception {
	if f.state != pending {
		return core.Errorf(InvalidStateError, "invalid state")
	}
	if exc.Type == core.StopIteration {
		return core.Errorf(core.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc = exc
	if exc.Traceback != nil || f.rare != nil {
		f.more().excTB = exc.Traceback
	}
	f.state = finished
	f.emitDone()
	f.scheduleCallbacks()
	f.logTB = true
	f.loop.unretrieved = append(f.loop.unretrieved, f)
	return nil
}

// resultValue is Future.result.
func (f *Future) resultValue() (core.Value, *core.Exception) {
	if err := f.retrieve("Result"); err != nil {
		return core.Value{}, err
	}
	if f.exc != nil {
		// raise self._exception.with_traceback(self._exception_tb)
		f.exc.Traceback = f.rd().excTB
		return core.Value{}, f.exc
	}
	return f.result, nil
}

// exception is Future.exception.
func (f *Future) exception() (core.Value, *core.Exception) {
	if err := f.retrieve("Exception"); err != nil {
		return core.Value{}, err
	}
	if f.exc != nil {
		return f.exc.Value(), nil
	}
	return core.None, nil
}

// retrieve is how result() and exception() begin: a cancelled future
// raises its CancelledError, a pending one InvalidStateError ("what is not
// set."), and a finished one's exception counts as seen.
func (f *Future) retrieve(what string) *core.Exception {
	switch f.state {
	case cancelledState:
		return f.makeCancelledError()
	case pending:
		return core.Errorf(InvalidStateError, "%s is not set.", what)
	}
	f.logTB = false
	return nil
}

func (f *Future) emitDone() {
	th := f.loop.th()
	if th.Trace == nil {
		return
	}
	e := trace.Event{Line: currentLine(th)}
	switch {
	case f.state == cancelledState:
		e.State = trace.StateCancelled
		if msg := f.rd().cancelMsg; msg.IsValid() && !msg.IsNone() {
			e.Value, _ = th.StrOf(msg)
		}
	case f.exc != nil:
		e.State = trace.StateException
		e.Value = excSummary(th, f.exc)
	default:
		e.State = trace.StateResult
		e.Value = reprlibRepr(th, f.result)
	}
	if f.task != nil {
		e.Kind, e.Task = trace.KindTaskDone, f.id
	} else {
		e.Kind, e.Future = trace.KindFutureDone, f.id
	}
	th.Emit(&e)
}

// reprInfo is base_futures._future_repr_info.
func (f *Future) reprInfo(th *core.Thread) ([]string, *core.Exception) {
	info := []string{strings.ToLower(stateNames[f.state])}
	if f.state == finished {
		if f.exc != nil {
			r, err := th.Repr(f.exc.Value())
			if err != nil {
				return nil, err
			}
			info = append(info, "exception="+r)
		} else {
			info = append(info, "result="+reprlibRepr(th, f.result))
		}
	}
	if n := len(f.callbacks); n > 0 {
		var cb string
		switch n {
		case 1:
			cb = f.callbacks[0].describe(th)
		case 2:
			cb = f.callbacks[0].describe(th) + ", " + f.callbacks[1].describe(th)
		default:
			cb = f.callbacks[0].describe(th) + ", <" + strconv.Itoa(n-2) + " more>, " + f.callbacks[n-1].describe(th)
		}
		info = append(info, "cb=["+cb+"]")
	}
	return info, nil
}

func (f *Future) repr(th *core.Thread) (string, *core.Exception) {
	if f.task != nil {
		return f.task.repr(th)
	}
	info, err := f.reprInfo(th)
	if err != nil {
		return "", err
	}
	return "<" + f.typ.Name + " " + strings.Join(info, " ") + ">", nil
}

// futureIter is what Future.__await__ returns: it yields the future once
// (telling the task to wait for it), then returns its result.
type futureIter struct {
	f       *Future
	started bool
}

// Resume implements core.Resumable.
func (it *futureIter) Resume(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
	if exc != nil {
		return core.Value{}, false, exc
	}
	f := it.f
	if !it.started {
		it.started = true
		if !f.done() {
			f.blocking = true
			return f.value(), false, nil
		}
	} else if !f.done() {
		return core.Value{}, false, core.Errorf(core.RuntimeError, "await wasn't used with future")
	}
	r, err := f.resultValue()
	if err != nil {
		return core.Value{}, false, err
	}
	return r, true, nil
}
