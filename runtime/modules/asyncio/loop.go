package asyncio

import (
	"math"
	"time"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// CPython's constants for when _run_once rebuilds the timer heap instead of
// popping cancelled timers off its head, and the monotonic clock's
// resolution on Linux (time.get_clock_info('monotonic').resolution).
const (
	minScheduledTimerHandles         = 100
	minCancelledTimerHandlesFraction = 0.5
	clockResolution                  = 1e-09
	maxSelectTimeout                 = 24 * 3600
)

// Loop is an event loop (CPython's BaseEventLoop with no I/O).
type Loop struct {
	st   *runState
	self core.Value

	ready          handleQueue
	timers         []*Handle // a heap in heapq order
	timerCancelled int       // cancelled handles still in timers

	running, stopping, closed, debug bool

	excHandler  core.Value // set_exception_handler (zero: the default)
	currentTask *Task      // the task whose step is running
	iteration   int64

	asyncgens []core.Value // async generators first iterated while this loop ran

	spare []*Handle // run step/wakeup handles, reused (nothing else can hold them)

	defaultExecutor core.Value   // run_in_executor(None, ...)'s ThreadPoolExecutor
	selecting       *core.Thread // the loop's thread while it blocks waiting (other threads run)

	tasks       []*Task   // tasks of this loop, for all_tasks (done ones pruned lazily)
	unretrieved []*Future // futures whose exception nobody has retrieved yet
	coroMark    int       // coroutines made before this loop: close does not report them
}

func newLoop(st *runState) *Loop {
	l := &Loop{st: st, coroMark: st.th.CoroutineMark()}
	l.self = core.ObjValue(LoopType, l)
	return l
}

// handleQueue is the ready queue: a FIFO of handles.
type handleQueue struct {
	items []*Handle
	head  int
}

func (q *handleQueue) len() int { return len(q.items) - q.head }

func (q *handleQueue) push(h *Handle) {
	if q.head > 0 && q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
	q.items = append(q.items, h)
}

func (q *handleQueue) pop() *Handle {
	h := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head > 1024 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return h
}

func (q *handleQueue) clear() {
	clear(q.items)
	q.items, q.head = nil, 0
}

func (l *Loop) time() float64 { return l.st.now() }

func (l *Loop) th() *core.Thread { return l.st.th }

func (l *Loop) checkClosed() *core.Exception {
	if l.closed {
		return core.Errorf(core.RuntimeError, "Event loop is closed")
	}
	return nil
}

// newHandle makes a handle of this loop with a fresh id.
func (l *Loop) newHandle(kind hkind) *Handle {
	l.st.nextHandle++
	if (kind == hStep || kind == hWakeup) && len(l.spare) > 0 {
		h := l.spare[len(l.spare)-1]
		l.spare = l.spare[:len(l.spare)-1]
		*h = Handle{id: l.st.nextHandle, loop: l, kind: kind}
		return h
	}
	return &Handle{id: l.st.nextHandle, loop: l, kind: kind}
}

// callSoon appends h to the ready queue (BaseEventLoop._call_soon).
func (l *Loop) callSoon(h *Handle) {
	l.ready.push(h)
	if th := l.th(); th.Trace != nil {
		// describe's and line's common answers without their calls (a
		// callback scheduled again, by the program's code).
		st := l.st
		name := st.lastDescription
		if h.kind != hCall || len(h.args) != 0 || !st.lastDescribed.Is(h.fn) {
			name = h.describe(th)
		}
		line := st.suspendedLine
		if line <= 0 {
			line = th.ProgramLine()
		}
		var task int64
		if h.task != nil {
			task = h.task.id
		}
		if tl, t := th.FastTrace(); tl != nil {
			tl.AppendSchedule(t, h.id, task, name, line)
		} else {
			th.Emit(&trace.Event{Kind: trace.KindSchedule, Handle: h.id, Task: task, Name: name, Line: line})
		}
	}
}

// callAt pushes h on the timer heap (BaseEventLoop.call_at).
func (l *Loop) callAt(h *Handle, when float64) {
	h.timer = true
	h.when = when
	l.timers = heapPush(l.timers, h)
	h.scheduled = true
	if th := l.th(); th.Trace != nil {
		e := trace.Event{Kind: trace.KindTimer, Handle: h.id, Name: h.describe(th), When: when, Line: l.st.line(th)}
		if h.task != nil {
			e.Task = h.task.id
		}
		th.Emit(&e)
	}
}

// scheduleStep schedules task's next step, throwing exc into it when set.
func (l *Loop) scheduleStep(t *Task, exc *core.Exception) {
	h := l.newHandle(hStep)
	h.task = t
	h.exc = exc
	l.callSoon(h)
}

// runForever is BaseEventLoop.run_forever.
func (l *Loop) runForever() *core.Exception {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if err := l.checkRunning(); err != nil {
		return err
	}
	th := l.th()
	l.running = true
	prev := l.st.running
	l.st.running = l
	// sys.set_asyncgen_hooks(firstiter=...), as run_forever sets it.
	th.SetAsyncGenFirstIter(func(gen core.Value) { l.asyncgens = append(l.asyncgens, gen) })
	if th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindRunStart, Line: currentLine(th)})
	}
	var err *core.Exception
	for {
		if err = l.runOnce(); err != nil {
			break
		}
		if l.stopping {
			break
		}
	}
	l.stopping = false
	l.running = false
	l.st.running = prev
	th.SetAsyncGenFirstIter(nil)
	if th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindRunStop, Line: currentLine(th)})
	}
	return err
}

func (l *Loop) checkRunning() *core.Exception {
	if l.running {
		return core.Errorf(core.RuntimeError, "This event loop is already running")
	}
	if l.st.running != nil {
		return core.Errorf(core.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	return nil
}

// runOnce is one full iteration of the loop, as BaseEventLoop._run_once:
// drop cancelled timers, wait for (or, on the virtual clock, jump to) the
// first timer when nothing is ready, move due timers to the ready queue,
// then run exactly the handles that were ready at that point.
func (l *Loop) runOnce() *core.Exception {
	th := l.th()
	l.iteration++
	if th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindIteration, N: l.iteration})
	}
	if n := len(l.timers); n > minScheduledTimerHandles &&
		float64(l.timerCancelled)/float64(n) > minCancelledTimerHandlesFraction {
		kept := l.timers[:0]
		for _, h := range l.timers {
			if h.cancelled {
				h.scheduled = false
				l.emitDrop(h)
			} else {
				kept = append(kept, h)
			}
		}
		clear(l.timers[len(kept):])
		l.timers = kept
		heapify(l.timers)
		l.timerCancelled = 0
	} else {
		for len(l.timers) > 0 && l.timers[0].cancelled {
			l.timerCancelled--
			var h *Handle
			l.timers, h = heapPop(l.timers)
			h.scheduled = false
			l.emitDrop(h)
		}
	}

	if l.ready.len() == 0 && !l.stopping && len(th.Threads()) > 1 {
		// Other threads run: wait for them (call_soon_threadsafe) or the
		// first timer, letting go of the GIL.
		deadline := math.Inf(1)
		if len(l.timers) > 0 {
			deadline = l.timers[0].when
			if th.Trace != nil {
				th.Emit(&trace.Event{Kind: trace.KindIdle, When: deadline})
			}
		}
		l.selecting = th
		_, err := th.Block(&selectWaiter, deadline)
		l.selecting = nil
		if err != nil {
			return err
		}
	}
	if l.ready.len() == 0 && !l.stopping {
		if len(l.timers) == 0 {
			return core.Errorf(core.RuntimeError,
				"the event loop has nothing to run and no timer to wait for: the program would wait forever")
		}
		if err := l.waitUntil(l.timers[0].when); err != nil {
			return err
		}
	}

	endTime := l.time() + clockResolution
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.when >= endTime {
			break
		}
		l.timers, h = heapPop(l.timers)
		h.scheduled = false
		l.ready.push(h)
		if th.Trace != nil {
			th.Emit(&trace.Event{Kind: trace.KindFire, Handle: h.id})
		}
	}

	ntodo := l.ready.len()
	for i := 0; i < ntodo; i++ {
		h := l.ready.pop()
		h.popped = true
		if h.cancelled {
			l.emitDrop(h)
			continue
		}
		if th.Trace != nil {
			if tl, t := th.FastTrace(); tl != nil {
				tl.AppendRun(t, h.id)
			} else {
				th.Emit(&trace.Event{Kind: trace.KindRun, Handle: h.id})
			}
		}
		if err := h.run(); err != nil {
			return err
		}
		// Task steps and wakeups are not visible to Python (unless someone
		// looked at loop._ready): reuse them.
		if (h.kind == hStep || h.kind == hWakeup) && !h.value.IsValid() && len(l.spare) < 256 {
			h.task, h.exc, h.fut = nil, nil, nil
			l.spare = append(l.spare, h)
		}
	}
	return nil
}

func (l *Loop) emitDrop(h *Handle) {
	if th := l.th(); th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindDrop, Handle: h.id})
	}
}

// selectWaiter names what an idle loop waits on while other threads run.
var selectWaiter = core.Waiter{Name: "event loop select"}

// waitUntil lets time pass until the deadline: the virtual clock jumps
// there; the real clock sleeps (at most a day, like CPython's select
// timeout), waking early when the run is cancelled.
func (l *Loop) waitUntil(when float64) *core.Exception {
	st := l.st
	th := l.th()
	if th.Trace != nil {
		th.Emit(&trace.Event{Kind: trace.KindIdle, When: when})
	}
	if !th.RealClock() {
		th.AdvanceClock(when)
		return nil
	}
	d := math.Min(math.Max(0, when-st.now()), maxSelectTimeout)
	if d <= 0 {
		return nil
	}
	timer := time.NewTimer(time.Duration(d * float64(time.Second)))
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-th.Cancel:
		return core.NewException(core.KeyboardInterrupt)
	}
	return nil
}

// runUntilComplete is BaseEventLoop.run_until_complete.
func (l *Loop) runUntilComplete(arg core.Value) (core.Value, *core.Exception) {
	th := l.th()
	if err := l.checkClosed(); err != nil {
		return core.Value{}, err
	}
	if err := l.checkRunning(); err != nil {
		return core.Value{}, err
	}
	newTask := asFuture(arg) == nil
	fv, err := ensureFuture(th, arg, l, core.Value{})
	if err != nil {
		return core.Value{}, err
	}
	f := asFuture(fv)
	if f == nil {
		return core.Value{}, core.Errorf(core.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
	}
	cb := doneCB{kind: hStop}
	f.addCallback(cb)
	err = l.runForever()
	f.removeGoCallback(hStop)
	if err != nil {
		if newTask && f.done() && !f.cancelled() {
			f.logTB = false
		}
		return core.Value{}, err
	}
	if !f.done() {
		return core.Value{}, core.Errorf(core.RuntimeError, "Event loop stopped before Future completed.")
	}
	return resultThroughFrame(th, f)
}

// stop is BaseEventLoop.stop: the loop stops after the current iteration.
func (l *Loop) stop() { l.stopping = true }

// close is BaseEventLoop.close. Where CPython reports never-retrieved
// exceptions and destroyed pending tasks when the garbage collector frees
// them, we report them here.
func (l *Loop) close() *core.Exception {
	if l.running {
		return core.Errorf(core.RuntimeError, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.ready.clear()
	for _, h := range l.timers {
		h.scheduled = false
	}
	l.timers = nil
	l.timerCancelled = 0
	l.th().Write(false, l.th().NeverAwaitedWarnings(l.coroMark, l.th().Exc))
	return l.reportLeftovers()
}

// reportLeftovers reports futures whose exception was never retrieved and
// tasks destroyed while pending, as CPython's __del__ methods do.
func (l *Loop) reportLeftovers() *core.Exception {
	th := l.th()
	unretrieved := l.unretrieved
	l.unretrieved = nil
	for _, f := range unretrieved {
		if !f.logTB {
			continue
		}
		f.logTB = false
		kind := "Future"
		if f.task != nil {
			kind = "Task"
		}
		ctx := core.NewDict()
		ctx.SetStr("message", core.NewStr(kind+" exception was never retrieved"))
		ctx.SetStr("exception", f.exc.Value())
		ctx.SetStr("future", f.value())
		if err := l.callExceptionHandler(ctx); err != nil {
			return err
		}
	}
	tasks := l.tasks
	l.tasks = nil
	for _, t := range tasks {
		if t.done() || !t.logDestroyPending {
			continue
		}
		ctx := core.NewDict()
		ctx.SetStr("task", t.value())
		ctx.SetStr("message", core.NewStr("Task was destroyed but it is pending!"))
		if err := l.callExceptionHandler(ctx); err != nil {
			return err
		}
	}
	_ = th
	return nil
}

// allTasks returns the loop's pending tasks in creation order, pruning
// finished ones from the list.
func (l *Loop) allTasks() []*Task {
	kept := l.tasks[:0]
	for _, t := range l.tasks {
		if !t.done() {
			kept = append(kept, t)
		}
	}
	clear(l.tasks[len(kept):])
	l.tasks = kept
	return append([]*Task(nil), kept...)
}

// addTask registers a new task, pruning finished ones now and then so the
// list stays proportional to the pending tasks.
func (l *Loop) addTask(t *Task) {
	if len(l.tasks) >= 1024 && len(l.tasks) == cap(l.tasks) {
		l.allTasks()
	}
	l.tasks = append(l.tasks, t)
}
