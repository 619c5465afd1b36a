package asyncio

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/compile"
	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/modules/internal/valueheap"
)

// Queue, LifoQueue and PriorityQueue in Go, step for step as CPython
// 3.11's asyncio/queues.py (the same futures are created, appended,
// woken and cancelled in the same order), because a queue's put/get sit in
// producers' and consumers' inner loops.

type queueKind uint8

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
)

// Queue is asyncio.Queue and its two subclasses.
type Queue struct {
	self       core.Value
	kind       queueKind
	loop       *Loop // bound on first use (mixins._LoopBoundMixin)
	maxsize    core.Value
	max        int64 // <= 0: unbounded
	items      waiterDeque
	getters    waiterDeque // futures
	putters    waiterDeque // futures
	unfinished int64
	finished   bool        // the _finished Event's flag
	joiners    waiterDeque // futures of join() waiting on _finished
	spare      *queueWait  // see newWait
	dict       *core.Dict  // attributes of subclass instances
}

// InstanceDict gives queues (and subclass instances) a __dict__.
func (q *Queue) InstanceDict() *core.Dict {
	if q.dict == nil {
		q.dict = core.NewDict()
	}
	return q.dict
}

// queueHooks are the methods through which CPython's Queue reaches its
// storage and its other methods; ours does not call back into Python, so a
// subclass that overrides one is refused instead of silently ignored.
var queueHooks = []string{"_init", "_put", "_get", "_format", "put_nowait", "get_nowait", "qsize", "empty", "full"}

// checkQueueSubclass refuses a Queue subclass that overrides a hook.
func checkQueueSubclass(cls *core.Type) *core.Exception {
	for _, m := range cls.MRO {
		if m == QueueType || m == LifoQueueType || m == PriorityQueueType || m.Dict == nil {
			continue
		}
		for _, name := range queueHooks {
			if _, ok := m.Dict.GetStr(name); ok {
				return core.Errorf(core.NotImplementedError, "%s overrides asyncio.Queue.%s, which this runtime does not call back (subclass without overriding it)", m.Name, name)
			}
		}
	}
	return nil
}

// The queue types and their exceptions.
var (
	QueueType         = core.NewStaticType("Queue")
	LifoQueueType     = core.NewStaticType("LifoQueue", QueueType)
	PriorityQueueType = core.NewStaticType("PriorityQueue", QueueType)
	QueueEmpty        = newExcType("QueueEmpty", "asyncio.queues", core.ExceptionType)
	QueueFull         = newExcType("QueueFull", "asyncio.queues", core.ExceptionType)
)

// queueMethods is the queues' method table (method.go says how to add
// one); the subclasses inherit it.
var queueMethods = []pyMethod[*Queue]{
	{"__init__", "maxsize=", queueInit},
	{"qsize", "", queueQsize},
	{"empty", "", queueEmpty},
	{"full", "", queueFull},
	{"put_nowait", "item", queuePutNowait},
	{"get_nowait", "", queueGetNowait},
	{"put", "item", queuePut},
	{"get", "", queueGet},
	{"join", "", queueJoin},
	{"task_done", "", queueTaskDone},
	{"__repr__", "", queueRepr},
	{"__str__", "", queueStr},
}

// queueBorrows are the methods that read their arguments during the call
// only: the VM passes them a view of its stack, not a copy.
var queueBorrows = []string{"qsize", "empty", "full", "put_nowait", "get_nowait", "put", "get", "join", "task_done"}

var queueGetSets = []core.GetSetDef{
	{Name: "maxsize", Get: queueMaxsize},
	{Name: "_maxsize", Get: queueMaxsize},
	{Name: "_queue", Get: queueItems},
	{Name: "_unfinished_tasks", Get: queueUnfinished},
	{Name: "_getters", Get: queueGetters},
	{Name: "_putters", Get: queuePutters},
}

func (q *Queue) qsize() int  { return len(q.items.live()) }
func (q *Queue) empty() bool { return q.qsize() == 0 }
func (q *Queue) full() bool  { return q.max > 0 && int64(q.qsize()) >= q.max }

// getLoop is _LoopBoundMixin._get_loop.
func (q *Queue) getLoop(th *core.Thread) (*Loop, *core.Exception) {
	running := getState(th).running
	if q.loop == nil {
		q.loop = running
	}
	if running != q.loop {
		r, err := th.Repr(q.self)
		if err != nil {
			return nil, err
		}
		return nil, core.Errorf(core.RuntimeError, "%s is bound to a different event loop", r)
	}
	if running == nil {
		return nil, core.Errorf(core.AttributeError, "'NoneType' object has no attribute 'create_future'")
	}
	return running, nil
}

// wakeupNext is Queue._wakeup_next.
func wakeupNext(waiters *waiterDeque) {
	for len(waiters.live()) > 0 {
		f := asFuture(waiters.popFront())
		if !f.done() {
			f.setResult(core.None)
			break
		}
	}
}

func (d *waiterDeque) popFront() core.Value {
	v := d.items[d.head]
	d.items[d.head] = core.Value{}
	d.head++
	d.muts++
	d.compact()
	return v
}

func (d *waiterDeque) popBack() core.Value {
	n := len(d.items) - 1
	v := d.items[n]
	d.items[n] = core.Value{}
	d.items = d.items[:n]
	d.muts++
	return v
}

func (d *waiterDeque) push(v core.Value) {
	d.items = append(d.items, v)
	d.muts++
}

// removeIdentical removes v (compared by identity) if present.
func (d *waiterDeque) removeIdentical(v core.Value) {
	for i, x := range d.live() {
		if x.Is(v) {
			d.removeAt(i)
			return
		}
	}
}

func (q *Queue) putItem(th *core.Thread, item core.Value) *core.Exception {
	if q.kind == priorityQueue {
		q.items.muts++
		return valueheap.Push(th, &q.items.items, item)
	}
	q.items.push(item)
	return nil
}

func (q *Queue) getItem(th *core.Thread) (core.Value, *core.Exception) {
	switch q.kind {
	case fifoQueue:
		return q.items.popFront(), nil
	case lifoQueue:
		return q.items.popBack(), nil
	}
	q.items.muts++
	return valueheap.Pop(th, &q.items.items, false)
}

// putNowait is Queue.put_nowait.
func (q *Queue) putNowait(th *core.Thread, item core.Value) *core.Exception {
	if q.full() {
		return core.NewException(QueueFull)
	}
	if err := q.putItem(th, item); err != nil {
		return err
	}
	q.unfinished++
	q.finished = false
	wakeupNext(&q.getters)
	return nil
}

// getNowait is Queue.get_nowait.
func (q *Queue) getNowait(th *core.Thread) (core.Value, *core.Exception) {
	if q.empty() {
		return core.Value{}, core.NewException(QueueEmpty)
	}
	v, err := q.getItem(th)
	if err != nil {
		return core.Value{}, err
	}
	wakeupNext(&q.putters)
	return v, nil
}

// queueWait is the coroutine of Queue.put and Queue.get, made in one
// allocation because these sit in producers' and consumers' inner loops:
// while the queue is full (put) or empty (get), wait on a new future in
// the putters (getters); on an exception cancel it, drop it and pass the
// turn on (the except: branch); then put_nowait (get_nowait).
type queueWait struct {
	coro    goCoro
	q       *Queue
	item    core.Value // put's
	w       *Future    // the future waited on
	put     bool
	waiting bool
	// atOnce: made for an immediate await (see newWait); clean: that
	// await has finished without suspending or raising.
	atOnce, clean bool
}

// newWait makes the coroutine of put (put) or get; args are the method's
// arguments. One made for an immediate `await q.put(x)` that finishes
// without suspending is unreachable once YIELD_FROM pops it: only the
// awaiting frame's stack held it, and no Python code ran while it did
// (FIFO and LIFO queues call none; a PriorityQueue compares items with
// __lt__). The queue keeps the last such one as its spare and makes the
// next from it, so a producer's or consumer's loop allocates nothing while
// it need not wait.
func (q *Queue) newWait(th *core.Thread, put bool, item core.Value, args []core.Value) core.Value {
	atOnce := q.kind != priorityQueue && awaitedAtOnce(th, args)
	o := q.spare
	if atOnce && o != nil && o.clean {
		*o = queueWait{}
	} else {
		o = &queueWait{}
	}
	o.q, o.item, o.put, o.atOnce = q, item, put, atOnce
	if atOnce {
		q.spare = o
	}
	o.coro.name = "Queue.get"
	if put {
		o.coro.name = "Queue.put"
	}
	o.coro.body = o
	return core.ObjValue(GoCoroutineType, &o.coro)
}

// awaitedAtOnce reports whether a Go method called with args is called by
// the CALL_METHOD of `await obj.method(...)`: the calling frame's
// instruction is CALL_METHOD followed by GET_AWAITABLE 0, LOAD_CONST (None)
// and YIELD_FROM, and args are a view of that frame's stack, so no Go code
// (map, gather's argument unpacking, ...) made the call on the way.
func awaitedAtOnce(th *core.Thread, args []core.Value) bool {
	f := th.Frame
	if f == nil || f.Code == nil || len(args) == 0 {
		return false
	}
	ins, i := f.Code.Instrs, f.LastI
	if i < 0 || i+3 >= len(ins) || ins[i].Op != compile.CALL_METHOD ||
		ins[i+1].Op != compile.GET_AWAITABLE || ins[i+1].Arg != 0 ||
		ins[i+2].Op != compile.LOAD_CONST || ins[i+3].Op != compile.YIELD_FROM {
		return false
	}
	last := &args[len(args)-1]
	for k := range f.Stack {
		if &f.Stack[k] == last {
			return true
		}
	}
	return false
}

// blocked is the condition of put's and get's while loops.
func (o *queueWait) blocked() bool {
	if o.put {
		return o.q.full()
	}
	return o.q.empty()
}

func (o *queueWait) waiters() *waiterDeque {
	if o.put {
		return &o.q.putters
	}
	return &o.q.getters
}

func (o *queueWait) step(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
	q := o.q
	if o.waiting {
		o.waiting = false
		w := o.w
		if exc == nil && !w.done() {
			exc = core.Errorf(core.RuntimeError, "await wasn't used with future")
		}
		if exc == nil {
			_, exc = w.resultValue()
		}
		if exc != nil {
			w.cancel(core.None)
			waiters := o.waiters()
			waiters.removeIdentical(w.value())
			if !o.blocked() && !w.cancelled() {
				wakeupNext(waiters)
			}
			return core.Value{}, false, queueFrameError(th, o.coro.name, exc)
		}
	} else if exc != nil {
		return core.Value{}, false, exc
	}
	if o.blocked() {
		l, err := q.getLoop(th)
		if err != nil {
			return core.Value{}, false, err
		}
		w := newFutureFor(l, FutureType, o.coro.name)
		o.waiters().push(w.value())
		w.blocking = true
		o.w, o.waiting = w, true
		o.atOnce = false // the awaiting coroutine's cr_await shows it now
		return w.value(), false, nil
	}
	if o.put {
		if err := q.putNowait(th, o.item); err != nil {
			return core.Value{}, false, err
		}
		o.item, o.clean = core.Value{}, o.atOnce
		return core.None, true, nil
	}
	v, err := q.getNowait(th)
	if err != nil {
		return core.Value{}, false, err
	}
	o.clean = o.atOnce
	return v, true, nil
}

// join is Queue.join with the _finished Event's wait() folded in.
func (q *Queue) join() core.Value {
	var fut *Future
	stage := 0
	return newGoCoro("Queue.join", func(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
		if stage == 1 {
			q.joiners.removeIdentical(fut.value())
			if exc != nil {
				return core.Value{}, false, exc
			}
			if _, err := fut.resultValue(); err != nil {
				return core.Value{}, false, err
			}
			return core.None, true, nil
		}
		if exc != nil {
			return core.Value{}, false, exc
		}
		if q.unfinished <= 0 || q.finished {
			return core.None, true, nil
		}
		l, err := q.getLoop(th)
		if err != nil {
			return core.Value{}, false, err
		}
		fut = newFutureFor(l, FutureType, "Queue.join")
		q.joiners.push(fut.value())
		fut.blocking = true
		stage = 1
		return fut.value(), false, nil
	})
}

// taskDone is Queue.task_done (setting _finished wakes the joiners).
func (q *Queue) taskDone() *core.Exception {
	if q.unfinished <= 0 {
		return core.Errorf(core.ValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 && !q.finished {
		q.finished = true
		for _, v := range q.joiners.live() {
			if f := asFuture(v); !f.done() {
				f.setResult(core.True)
			}
		}
	}
	return nil
}

// format is Queue._format.
func (q *Queue) format(th *core.Thread) (string, *core.Exception) {
	m, err := th.Repr(q.maxsize)
	if err != nil {
		return "", err
	}
	s := "maxsize=" + m
	if q.qsize() > 0 {
		r, err := th.Repr(q.itemList())
		if err != nil {
			return "", err
		}
		s += " _queue=" + r
	}
	if n := len(q.getters.live()); n > 0 {
		s += " _getters[" + strconv.Itoa(n) + "]"
	}
	if n := len(q.putters.live()); n > 0 {
		s += " _putters[" + strconv.Itoa(n) + "]"
	}
	if q.unfinished != 0 {
		s += " tasks=" + strconv.FormatInt(q.unfinished, 10)
	}
	return s, nil
}

func (q *Queue) itemList() core.Value {
	return core.NewList(append([]core.Value(nil), q.items.live()...))
}

// queueFrameError gives an exception thrown into a waiting put()/get() the
// frame CPython's traceback shows (queues.py's `await putter`/`await getter`).
func queueFrameError(th *core.Thread, name string, exc *core.Exception) *core.Exception {
	in := getState(th).internals
	fn := in.queueGet
	if name == "Queue.put" {
		fn = in.queuePut
	}
	return awaitThroughFrame(th, fn, exc)
}

func init() {
	for _, t := range []*core.Type{QueueType, LifoQueueType, PriorityQueueType} {
		t.Module = "asyncio.queues"
		t.AddClassMethod("__class_getitem__", core.ClassGetItem)
		t.DictOf = func(self core.Value) *core.Dict { return self.Obj().(*Queue).InstanceDict() }
	}
	QueueType.AddStaticMethod("__new__", queueNew)
	addPyMethods(QueueType, core.ObjectOf[*Queue], queueMethods)
	QueueType.MarkBorrows(queueBorrows...)
	core.AddGetSets(QueueType, queueGetSets)
}

func queueNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if len(args) == 0 {
		return core.Value{}, core.Errorf(core.TypeError, "Queue.__new__(): not enough arguments")
	}
	cls := args[0].AsType()
	if cls == nil || !cls.IsSubtype(QueueType) {
		return core.Value{}, core.Errorf(core.TypeError, "Queue.__new__(X): X is not a subtype of Queue")
	}
	if err := checkQueueSubclass(cls); err != nil {
		return core.Value{}, err
	}
	// maxsize is set by __init__, which a subclass's __init__ may call
	// with other arguments than its own.
	q := &Queue{maxsize: core.Int(0), finished: true}
	switch {
	case cls.IsSubtype(LifoQueueType):
		q.kind = lifoQueue
	case cls.IsSubtype(PriorityQueueType):
		q.kind = priorityQueue
	}
	q.self = core.ObjValue(cls, q)
	return q.self, nil
}

func queueInit(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	maxsize := opt(args, 1)
	if !maxsize.IsValid() {
		maxsize = core.Int(0)
	}
	q.maxsize, q.max = maxsize, 0
	if m := core.Unwrap(maxsize); m.IsSmallInt() || m.IsBool() {
		q.max = m.Int64()
	} else {
		// A float or other number; CPython compares it only in full().
		if pos, err := th.Compare(core.Gt, maxsize, core.Int(0)); err == nil {
			if b, _ := th.Truth(pos); b {
				f, _ := toFloat(th, maxsize)
				q.max = int64(f)
				if float64(q.max) < f {
					q.max++
				}
			}
		}
	}
	return core.None, nil
}

func queueQsize(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(q.qsize())), nil
}

func queueEmpty(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(q.empty()), nil
}

func queueFull(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(q.full()), nil
}

func queuePutNowait(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return core.None, q.putNowait(th, args[1])
}

func queueGetNowait(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return q.getNowait(th)
}

// queuePut and queueGet pass newWait their whole args, self included: it
// checks that they are a view of the awaiting frame's stack.
func queuePut(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return q.newWait(th, true, args[1], args), nil
}

func queueGet(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return q.newWait(th, false, core.Value{}, args), nil
}

func queueJoin(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return q.join(), nil
}

func queueTaskDone(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	return core.None, q.taskDone()
}

func queueRepr(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	f, err := q.format(th)
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr("<" + q.self.Type().Name + " at 0x" + strconv.FormatInt(core.ID(q.self), 16) + " " + f + ">"), nil
}

func queueStr(th *core.Thread, q *Queue, args []core.Value) (core.Value, *core.Exception) {
	f, err := q.format(th)
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr("<" + q.self.Type().Name + " " + strings.TrimSpace(f) + ">"), nil
}

func queueMaxsize(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return self.Obj().(*Queue).maxsize, nil
}

func queueItems(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return self.Obj().(*Queue).itemList(), nil
}

func queueUnfinished(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.Int(self.Obj().(*Queue).unfinished), nil
}

func queueGetters(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.NewList(append([]core.Value(nil), self.Obj().(*Queue).getters.live()...)), nil
}

func queuePutters(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.NewList(append([]core.Value(nil), self.Obj().(*Queue).putters.live()...)), nil
}
