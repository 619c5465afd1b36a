package modules

import (
	"math"
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The _thread module: CPython's low-level thread API over the run's
// scheduler (core/sched.go). Python threads are pre-emptive and switch
// where CPython's would; start_new_thread runs a function in a new thread,
// and the locks here are the only blocking primitive threading.py builds
// on (Condition, Event, Semaphore, Barrier, join), as in CPython. An
// uncontended acquire and every release keep the GIL; a contended acquire
// blocks its thread until a release wakes it (FIFO), and the woken thread
// then competes for the lock again, so a greedy thread can starve others.

// LockType and RLockType are _thread.lock and _thread.RLock.
var (
	LockType  = core.NewStaticType("lock")
	RLockType = core.NewStaticType("RLock")
)

// lock is a _thread.lock or, with rlock set, a _thread.RLock.
type lock struct {
	rlock   bool
	locked  bool
	owner   *core.Thread // who acquired it (RLock: who owns it)
	count   int          // RLock recursion
	waiters []*core.Thread
	w       core.Waiter // names it in deadlock reports and traces
	quiet   bool        // threading's own (join, Condition.wait): holders are not reported
}

// threadState is a run's _thread bookkeeping.
type threadState struct {
	locks int // locks made, to number them in reports
}

// threadSlot holds each run's threadState.
var threadSlot = core.NewSlot(func(*core.Thread) *threadState { return &threadState{} })

func lockOf(v core.Value) *lock {
	l, _ := core.Unwrap(v).Obj().(*lock)
	return l
}

// newLock makes a lock. One the program makes is named for reports by its
// kind, number and the line that made it; the library's own (threading's
// Events and Conditions) are named by what waits on them (_label).
func newLock(th *core.Thread, rlock bool) core.Value {
	kind, t := "Lock", LockType
	if rlock {
		kind, t = "RLock", RLockType
	}
	l := &lock{rlock: rlock}
	if f := th.CurrentFrame(); f == nil || !strings.HasPrefix(f.Code.Filename, "<stdlib>/") {
		st := threadSlot.Get(th)
		st.locks++
		l.w = core.Waiter{Name: kind + " " + strconv.Itoa(st.locks)}
		if f != nil {
			l.w.Name += " (made at line " + strconv.Itoa(f.Line()) + ")"
		}
	} else {
		l.w.Name = kind
	}
	return core.ObjValue(t, l)
}

// timeoutArg parses acquire's (blocking, timeout) as CPython's
// lock_acquire_parse_args: the deadline on the run's clock, +Inf for none.
func timeoutArg(th *core.Thread, args []core.Value, kw []string) (blocking bool, deadline float64, err *core.Exception) {
	var b, t core.Value
	if err := th.UnpackArgs("acquire", args, kw, "blocking?", &b, "timeout?", &t); err != nil {
		return false, 0, err
	}
	blocking = true
	if b.IsValid() {
		if blocking, err = th.Truth(b); err != nil {
			return false, 0, err
		}
	}
	timeout := -1.0
	if t.IsValid() {
		if timeout, err = th.FloatValue(t); err != nil {
			return false, 0, err
		}
	}
	if !blocking && timeout != -1 {
		return false, 0, core.Errorf(core.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, core.Errorf(core.ValueError, "timeout value must be positive")
	}
	if timeout > threadTimeoutMax {
		return false, 0, core.Errorf(core.OverflowError, "timeout value is too large")
	}
	deadline = math.Inf(1)
	if timeout >= 0 {
		deadline = th.Now() + timeout
	}
	return blocking, deadline, nil
}

// threadTimeoutMax is _thread.TIMEOUT_MAX on Linux.
const threadTimeoutMax = 9223372036.0

// acquire takes l for th, blocking until deadline when it is held.
func (l *lock) acquire(th *core.Thread, blocking bool, deadline float64) (bool, *core.Exception) {
	if l.rlock && l.locked && l.owner == th {
		l.count++
		return true, nil
	}
	for l.locked {
		if !blocking || deadline <= th.Now() {
			return false, nil
		}
		l.waiters = append(l.waiters, th)
		_, err := th.Block(&l.w, deadline)
		l.removeWaiter(th)
		if err != nil {
			return false, err
		}
	}
	l.locked = true
	l.owner = th
	l.count = 1
	if !l.quiet {
		th.Holding(&l.w)
	}
	return true, nil
}

func (l *lock) removeWaiter(th *core.Thread) {
	for i, w := range l.waiters {
		if w == th {
			l.waiters = append(l.waiters[:i], l.waiters[i+1:]...)
			return
		}
	}
}

// release frees l and wakes its longest waiter, which competes for it
// when it next runs. The caller keeps the GIL.
func (l *lock) release(th *core.Thread) {
	l.locked = false
	l.count = 0
	if l.owner != nil {
		l.owner.Released(&l.w)
		l.owner = nil
	}
	if len(l.waiters) > 0 {
		w := l.waiters[0]
		l.waiters = l.waiters[1:]
		th.Wake(w)
	}
}

func lockAcquire(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	l := lockOf(args[0])
	blocking, deadline, err := timeoutArg(th, args[1:], kw)
	if err != nil {
		return core.Value{}, err
	}
	ok, err := l.acquire(th, blocking, deadline)
	if err != nil {
		return core.Value{}, err
	}
	return core.Bool(ok), nil
}

func lockRelease(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("release", args[1:], kw, 0, 0); err != nil {
		return core.Value{}, err
	}
	l := lockOf(args[0])
	if l.rlock {
		if !l.locked || l.owner != th {
			return core.Value{}, core.Errorf(core.RuntimeError, "cannot release un-acquired lock")
		}
		if l.count--; l.count > 0 {
			return core.None, nil
		}
	} else if !l.locked {
		return core.Value{}, core.Errorf(core.RuntimeError, "release unlocked lock")
	}
	l.release(th)
	return core.None, nil
}

func lockExit(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return lockRelease(th, args[:1], nil)
}

func lockLocked(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return core.Bool(lockOf(args[0]).locked), nil
}

func lockRepr(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	l := lockOf(args[0])
	state := "unlocked"
	if l.locked {
		state = "locked"
	}
	at := " object at 0x" + strconv.FormatInt(core.ID(args[0]), 16) + ">"
	if !l.rlock {
		return str("<" + state + " _thread.lock" + at), nil
	}
	var owner int64
	if l.locked {
		owner = threadIdent(l.owner)
	}
	return str("<" + state + " " + core.Unwrap(args[0]).Type().FullName() + " object owner=" + strconv.FormatInt(owner, 10) +
		" count=" + strconv.Itoa(l.count) + " at 0x" + strconv.FormatInt(core.ID(args[0]), 16) + ">"), nil
}

// label names a lock in deadlock reports and traces (threading.py names
// the locks a join, a Condition or an Event waits on).
func lockLabel(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_label", args[1:], kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	s, _ := args[1].AsStr()
	l := lockOf(args[0])
	l.w.Name = s
	l.quiet = true
	if l.owner != nil {
		l.owner.Released(&l.w)
	}
	return core.None, nil
}

// rlockIsOwned, rlockReleaseSave and rlockAcquireRestore are the RLock
// methods Condition uses to wait with a recursively held lock.
func rlockIsOwned(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	l := lockOf(args[0])
	return core.Bool(l.locked && l.owner == th), nil
}

func rlockReleaseSave(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	l := lockOf(args[0])
	if !l.locked || l.owner != th {
		return core.Value{}, core.Errorf(core.RuntimeError, "cannot release un-acquired lock")
	}
	count, owner := l.count, threadIdent(l.owner)
	l.release(th)
	return tuple(core.Int(int64(count)), core.Int(owner)), nil
}

func rlockAcquireRestore(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	l := lockOf(args[0])
	items, _ := core.AsTuple(args[1])
	if _, err := l.acquire(th, true, math.Inf(1)); err != nil {
		return core.Value{}, err
	}
	if len(items) == 2 {
		n, err := th.IndexInt(items[0])
		if err != nil {
			return core.Value{}, err
		}
		l.count = n
	}
	return core.None, nil
}

func lockNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if len(args) > 1 || len(kw) > 0 {
		return core.Value{}, core.Errorf(core.TypeError, "lock() takes no arguments")
	}
	return newLock(th, false), nil
}

func rlockNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	v := newLock(th, true)
	if len(args) > 0 {
		if t := args[0].AsType(); t != nil && t != RLockType {
			return core.ObjValue(t, lockOf(v)), nil
		}
	}
	return v, nil
}

// lockMethods are the methods of _thread.lock and _thread.RLock (each reads
// its own arguments); lockOnlyMethods and rlockOnlyMethods are each type's
// own.
var lockMethods = []core.FuncDef{
	{Name: "acquire", Fn: lockAcquire},
	{Name: "release", Fn: lockRelease},
	{Name: "__enter__", Fn: lockAcquire},
	{Name: "__exit__", Fn: lockExit},
	{Name: "__repr__", Fn: lockRepr},
	{Name: "_label", Fn: lockLabel},
}

var lockOnlyMethods = []core.FuncDef{
	{Name: "locked", Fn: lockLocked},
	{Name: "acquire_lock", Fn: lockAcquire},
	{Name: "release_lock", Fn: lockRelease},
	{Name: "locked_lock", Fn: lockLocked},
}

var rlockOnlyMethods = []core.FuncDef{
	{Name: "_is_owned", Fn: rlockIsOwned},
	{Name: "_release_save", Fn: rlockReleaseSave},
	{Name: "_acquire_restore", Fn: rlockAcquireRestore},
}

func init() {
	LockType.Module = "_thread"
	RLockType.Module = "_thread"
	LockType.AddStaticMethod("__new__", lockNew)
	RLockType.AddStaticMethod("__new__", rlockNew)
	core.AddFuncs(LockType, lockMethods)
	core.AddFuncs(LockType, lockOnlyMethods)
	core.AddFuncs(RLockType, lockMethods)
	core.AddFuncs(RLockType, rlockOnlyMethods)
}

// threadIdent is get_ident() of a thread: numbers that look like CPython's
// (pthread addresses 8 MiB apart), deterministic per run.
func threadIdent(t *core.Thread) int64 {
	if t == nil {
		return 0
	}
	return 139637976385344 + (t.ID()-1)*8392704
}

// threadNativeID is get_native_id(): a kernel thread id.
func threadNativeID(t *core.Thread) int64 { return 4000 + t.ID() }

func initThread(th *core.Thread, m *core.Module) *core.Exception {
	d := m.Dict
	d.SetStr("LockType", LockType.Value())
	d.SetStr("RLock", RLockType.Value())
	d.SetStr("allocate_lock", LockType.Value())
	d.SetStr("allocate", LockType.Value())
	d.SetStr("error", core.RuntimeError.Value())
	d.SetStr("TIMEOUT_MAX", core.Float(threadTimeoutMax))
	setFuncs(d, map[string]core.BuiltinFunc{
		"get_ident": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.Int(threadIdent(th)), nil
		},
		"get_native_id": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.Int(threadNativeID(th)), nil
		},
		"_count": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.Int(int64(len(th.Threads()) - 1)), nil
		},
		"stack_size": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.Int(0), nil
		},
		"start_new_thread": startNewThread,
		"_start":           threadStart,
		"_set_sentinel":    setSentinel,
		// _failed() records, for the trace's thread_done, that the thread's
		// run() raised the exception being handled.
		"_failed": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if th.Exc != nil {
				th.Sched().Failed = th.Exc.Error()
			}
			return core.None, nil
		},
		"_main_ident": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.Int(threadIdent(th.MainThread())), nil
		},
	})
	return nil
}

// startNewThread is start_new_thread(function, args[, kwargs]).
func startNewThread(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("start_new_thread", args, kw, 2, 3); err != nil {
		return core.Value{}, err
	}
	items, ok := core.AsTuple(args[1])
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "2nd arg must be a tuple")
	}
	var kwargs core.Value
	if len(args) == 3 {
		kwargs = args[2]
	}
	fn := args[0]
	t := th.NewThreadState("", false)
	th.Start(t, func(t *core.Thread) {
		callArgs := append([]core.Value(nil), items...)
		var names []string
		if d, ok := core.Unwrap(kwargs).Obj().(*core.Dict); ok && kwargs.IsValid() {
			for _, it := range d.Items() {
				k, _ := it.Key.AsStr()
				names = append(names, k)
				callArgs = append(callArgs, it.Value)
			}
		}
		_, err := t.Call(fn, callArgs, names)
		if err != nil && t.Halted() == nil && !err.Matches(core.SystemExit) {
			t.Write(false, "Exception ignored in thread started by: ")
			if r, e := t.Repr(fn); e == nil {
				t.Write(false, r)
			}
			t.Write(false, "\n")
			t.PrintException(err)
		}
	})
	return core.Int(threadIdent(t)), nil
}

// threadStart is _start(bootstrap, name, daemon, obj): threading's
// Thread.start. It runs bootstrap() in a new thread named name and returns
// (ident, native_id); obj (the Thread) names the thread in reports.
func threadStart(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_start", args, kw, 4, 4); err != nil {
		return core.Value{}, err
	}
	name, _ := args[1].AsStr()
	daemon, err := th.Truth(args[2])
	if err != nil {
		return core.Value{}, err
	}
	fn := args[0]
	t := th.NewThreadState(name, daemon)
	t.Sched().Object = args[3]
	th.SetDeadlockDescriber(describeThread)
	ident := tuple(core.Int(threadIdent(t)), core.Int(threadNativeID(t)))
	th.Start(t, func(t *core.Thread) {
		// _bootstrap reports exceptions itself (threading.excepthook).
		t.Call(fn, nil, nil)
	})
	return ident, nil
}

// describeThread names a thread in a deadlock report by its current name.
func describeThread(t *core.Thread) string {
	ts := t.Sched()
	name := ts.Name
	if ts.Object.IsValid() {
		if v, err := t.GetAttr(ts.Object, "name"); err == nil {
			if s, ok := v.AsStr(); ok {
				name = s
			}
		}
	}
	if t == t.MainThread() && name == "" {
		name = "MainThread"
	}
	return name
}

// setSentinel is _set_sentinel(): a lock, held from now on by the calling
// thread, that is released when the thread ends (what join waits on).
func setSentinel(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	v := newLock(th, false)
	l := lockOf(v)
	l.w.Name = "join " + describeThread(th)
	l.quiet = true
	th.OnExit(func(t *core.Thread) {
		if l.locked {
			l.release(t)
		}
	})
	return v, nil
}
