package asyncio

import (
	"math"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Task is asyncio.Task: a future that drives a coroutine, one step per
// ready-queue handle, as CPython's Task.__step and __wakeup.
//
// Like Future it is kept small (208 bytes): a default name is a number
// until someone asks for it.
type Task struct {
	Future
	coro core.Value
	name string // the name given or set; see nameNum

	numCancels int // _num_cancels_requested

	ctx *core.Context // _context: nil until a step sets a variable in a fresh one

	waiter *Future // _fut_waiter when it is one of ours (a duck-typed one is in rare)

	// nameNum, when not 0, is the N of the default name "Task-N", which
	// CPython formats at creation; taskName formats it when asked, with
	// the same result.
	nameNum           uint32
	mustCancel        bool // _must_cancel
	logDestroyPending bool // _log_destroy_pending
}

// taskName is the task's name (get_name). It is not inlined: each of its
// callers would carry the formatting, 4 KB of wasm in all.
//
//go:noinline
func (t *Task) taskName() string {
	if t.nameNum != 0 {
		return "Task-" + itoa(int64(t.nameNum))
	}
	return t.name
}

// setName is set_name (and the name argument of create_task).
func (t *Task) setName(s string) { t.name, t.nameNum = s, 0 }

// newTask is Task.__init__: it checks the coroutine, names the task,
// schedules its first step and registers it with the loop. It runs in
// context (a contextvars.Context, or None or zero for a copy of the
// current one).
func newTask(l *Loop, coro, name, context core.Value) (*Task, *core.Exception) {
	th := l.th()
	ctx, err := contextArg(th, context)
	if err != nil {
		return nil, err
	}
	if !isCoroutine(coro) {
		r, err := th.Repr(coro)
		if err != nil {
			return nil, err
		}
		return nil, core.Errorf(core.TypeError, "a coroutine was expected, got %s", r)
	}
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	t := &Task{coro: coro, logDestroyPending: true, ctx: ctx}
	t.loop = l
	t.id = l.st.newID()
	t.task = t
	t.typ = TaskType
	if !name.IsValid() || name.IsNone() {
		l.st.taskCounter++
		if n := l.st.taskCounter; n <= math.MaxUint32 {
			t.nameNum = uint32(n)
		} else {
			t.name = "Task-" + itoa(n)
		}
	} else {
		s, err := th.StrOf(name)
		if err != nil {
			return nil, err
		}
		t.name = s
	}
	if th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindTaskNew, Task: t.id, Name: t.taskName(), Value: coroName(th, coro), Line: currentLine(th)})
	}
	l.scheduleStep(t, nil)
	l.addTask(t)
	return t, nil
}

// step is Task.__step.
func (t *Task) step(exc *core.Exception) *core.Exception {
	l := t.loop
	th := l.th()
	if t.done() {
		r, _ := t.repr(th)
		return core.Errorf(InvalidStateError, "_step(): already done: %s, %s", r, excRepr(th, exc))
	}
	if t.mustCancel {
		if exc == nil || !exc.Matches(CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	if t.rare != nil {
		t.rare.waiterV = core.Value{}
	}

	prevTask := l.currentTask
	l.currentTask = t
	if th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindStep, Task: t.id, Line: coroLine(th, t.coro)})
	}
	result, doneNow, err := t.send(th, exc)
	l.currentTask = prevTask

	switch {
	case err != nil && err.Matches(core.StopIteration) && doneNow:
		// A coroutine driven through its methods finished.
		fallthrough
	case err == nil && doneNow:
		if err != nil {
			result = err.Payload
			if !result.IsValid() {
				result = core.None
			}
		}
		if t.mustCancel {
			t.mustCancel = false
			t.cancelFuture(t.rd().cancelMsg)
		} else {
			t.Future.setResult(result)
		}
	case err != nil && err.Matches(CancelledError):
		t.more().cancelledExc = err
		t.cancelFuture(core.Value{})
	case err != nil && isFatal(err):
		t.Future.setException(err)
		return err
	case err != nil:
		t.Future.setException(err)
	default:
		if th.Trace != nil {
			st := l.st
			st.suspendedLine = coroLine(th, t.coro)
			t.yielded(th, result)
			st.suspendedLine = 0
		} else {
			t.yielded(th, result)
		}
	}
	return nil
}

// send resumes the coroutine with None or by throwing exc into it.
func (t *Task) send(th *core.Thread, exc *core.Exception) (core.Value, bool, *core.Exception) {
	// The concrete types first: asserting Resumable is an itab lookup
	// under WebAssembly.
	if g, ok := t.coro.Obj().(*core.Generator); ok {
		return g.Resume(th, core.None, exc)
	}
	if resume := t.coro.Type().Resume; resume != nil {
		return resume(t.coro, th, core.None, exc)
	}
	if r, ok := t.coro.Obj().(core.Resumable); ok {
		return r.Resume(th, core.None, exc)
	}
	var r core.Value
	var err *core.Exception
	if exc == nil {
		r, err = th.CallMethod(t.coro, "send", core.None)
	} else {
		var m core.Value
		m, err = th.GetAttr(t.coro, "throw")
		if err == nil {
			r, err = th.Call(m, []core.Value{exc.Value()}, nil)
		}
	}
	if err != nil && err.Type == core.StopIteration {
		return core.Value{}, true, err
	}
	return r, false, err
}

// yielded handles what the coroutine yielded (the else: branch of __step).
func (t *Task) yielded(th *core.Thread, result core.Value) {
	l := t.loop
	if f := asFuture(result); f != nil {
		switch {
		case f.loop != l:
			t.badYield(th, "Task %s got Future %s attached to a different loop", result)
		case f.blocking:
			if f == &t.Future {
				r, _ := t.repr(th)
				t.emitSuspend(th, nil, "")
				l.scheduleStep(t, core.Errorf(core.RuntimeError, "Task cannot await on itself: %s", r))
				return
			}
			f.blocking = false
			t.waiter = f
			t.emitSuspend(th, f, "")
			f.addCallback(doneCB{kind: hWakeup, task: t})
			if t.mustCancel {
				if f.cancel(t.rd().cancelMsg) {
					t.mustCancel = false
				}
			}
		default:
			t.badYield(th, "yield was used instead of yield from in task %s with %s", result)
		}
		return
	}
	if result.IsNone() {
		t.emitSuspend(th, nil, "")
		l.scheduleStep(t, nil)
		return
	}
	// A duck-typed future: anything with _asyncio_future_blocking.
	blocking, ok, err := th.LookupAttr(result, "_asyncio_future_blocking")
	if err != nil {
		t.retry(th, err)
		return
	}
	if ok && !blocking.IsNone() {
		b, err := th.Truth(blocking)
		if err != nil {
			t.retry(th, err)
			return
		}
		if !b {
			t.badYield(th, "yield was used instead of yield from in task %s with %s", result)
			return
		}
		if err := th.SetAttr(result, "_asyncio_future_blocking", core.False); err != nil {
			t.retry(th, err)
			return
		}
		add, err := th.GetAttr(result, "add_done_callback")
		if err == nil {
			_, err = th.Call(add, []core.Value{wakeupCallable(t)}, nil)
		}
		if err != nil {
			t.retry(th, err)
			return
		}
		t.more().waiterV = result
		t.emitSuspend(th, nil, "future")
		if t.mustCancel {
			r, err := th.CallMethod(result, "cancel")
			if err == nil {
				if b, _ := th.Truth(r); b {
					t.mustCancel = false
				}
			}
		}
		return
	}
	if result.Type() == core.GeneratorType {
		t.badYield(th, "yield was used instead of yield from for generator in task %s with %s", result)
		return
	}
	rr, _ := th.Repr(result)
	t.emitSuspend(th, nil, "")
	l.scheduleStep(t, core.Errorf(core.RuntimeError, "Task got bad yield: %s", rr))
}

// retry ends the step and schedules the next one, throwing err into the
// coroutine.
func (t *Task) retry(th *core.Thread, err *core.Exception) {
	t.emitSuspend(th, nil, "")
	t.loop.scheduleStep(t, err)
}

// badYield schedules a step that throws a RuntimeError about result.
func (t *Task) badYield(th *core.Thread, format string, result core.Value) {
	r, _ := t.repr(th)
	rr, _ := th.Repr(result)
	t.emitSuspend(th, nil, "")
	t.loop.scheduleStep(t, core.Errorf(core.RuntimeError, format, r, rr))
}

func (t *Task) emitSuspend(th *core.Thread, f *Future, what string) {
	if th.Trace == nil {
		return
	}
	e := trace.Event{Kind: trace.KindSuspend, Task: t.id, Value: what, Line: currentLine(th)}
	if f != nil {
		e.Future = f.id
		if f.task != nil {
			e.Value = f.task.taskName()
		} else if e.Value == "" {
			e.Value = f.what
		}
	}
	th.Emit(&e)
}

// wakeup is Task.__wakeup: step again, throwing the future's exception.
func (t *Task) wakeup(f *Future) *core.Exception {
	if _, err := f.resultValue(); err != nil {
		return t.step(err)
	}
	return t.step(nil)
}

// cancel is Task.cancel.
func (t *Task) cancel(msg core.Value) bool {
	t.logTB = false
	if t.done() {
		return false
	}
	t.numCancels++
	if t.waiter != nil {
		if t.waiter.cancel(msg) {
			return true
		}
	} else if t.rd().waiterV.IsValid() {
		th := t.loop.th()
		args := []core.Value{}
		var kw []string
		if msg.IsValid() && !msg.IsNone() {
			args = append(args, msg)
			kw = []string{"msg"}
		}
		if m, err := th.GetAttr(t.rd().waiterV, "cancel"); err == nil {
			if r, err := th.Call(m, args, kw); err == nil {
				if b, _ := th.Truth(r); b {
					return true
				}
			}
		}
	}
	t.mustCancel = true
	t.more().cancelMsg = msg
	return true
}

func (t *Task) uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return t.numCancels
}

// repr is Task.__repr__ (base_tasks._task_repr).
func (t *Task) repr(th *core.Thread) (string, *core.Exception) {
	info, err := t.reprInfo(th)
	if err != nil {
		return "", err
	}
	if t.numCancels > 0 && !t.done() {
		info[0] = "cancelling"
	}
	extra := []string{"name=" + core.StrRepr(t.taskName()), "coro=<" + formatCoroutine(th, t.coro) + ">"}
	if t.waiter != nil {
		w, err := t.waiter.repr(th)
		if err != nil {
			return "", err
		}
		extra = append(extra, "wait_for="+w)
	} else if t.rd().waiterV.IsValid() {
		w, err := th.Repr(t.rd().waiterV)
		if err != nil {
			return "", err
		}
		extra = append(extra, "wait_for="+w)
	}
	all := append([]string{info[0]}, extra...)
	all = append(all, info[1:]...)
	return "<" + t.typ.Name + " " + strings.Join(all, " ") + ">", nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// contextArg resolves a context= argument: the Context given, or for None
// (or no argument) a copy of the current context.
func contextArg(th *core.Thread, v core.Value) (*core.Context, *core.Exception) {
	if !v.IsValid() || v.IsNone() {
		return th.CopyContext(), nil
	}
	if c := core.AsContext(v); c != nil {
		return c, nil
	}
	return nil, core.Errorf(core.TypeError, "context must be a contextvars.Context, not '%s'", core.TypeName(v))
}
