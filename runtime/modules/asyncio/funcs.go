package asyncio

import (
	"github.com/asynchrony/asynchrony/runtime/core"
)

// The module-level functions written in Go, and the module's Init.

// runningLoop is events.get_running_loop.
func runningLoop(th *core.Thread) (*Loop, *core.Exception) {
	if l := getState(th).running; l != nil {
		return l, nil
	}
	return nil, core.Errorf(core.RuntimeError, "no running event loop")
}

// getEventLoop is events.get_event_loop: the running loop, else the
// policy's loop, created on first use unless set_event_loop was called.
func getEventLoop(th *core.Thread) (*Loop, *core.Exception) {
	st := getState(th)
	if st.running != nil {
		return st.running, nil
	}
	if st.current == nil && !st.closedPolicyLoop {
		st.current = newLoop(st)
		st.closedPolicyLoop = true
	}
	if st.current == nil {
		return nil, core.Errorf(core.RuntimeError, "There is no current event loop in thread 'MainThread'.")
	}
	return st.current, nil
}

// isCoroutine is asyncio.iscoroutine: coroutines, generators (CPython 3.11
// still accepts generator-based coroutines) and our Go coroutines.
func isCoroutine(v core.Value) bool {
	switch v.Type() {
	case core.CoroutineType, core.GeneratorType, GoCoroutineType:
		return true
	}
	return core.IsCoroutine(v)
}

// isCoroutineFunction is inspect.iscoroutinefunction: a Python function
// (or a bound method or partial of one) whose code has CO_COROUTINE.
func isCoroutineFunction(th *core.Thread, fn core.Value) bool {
	for i := 0; i < 10; i++ {
		switch {
		case fn.Type() == core.MethodType:
			f, ok, _ := th.LookupAttr(fn, "__func__")
			if !ok {
				return false
			}
			fn = f
			continue
		case isPartial(fn):
			f, ok, _ := th.LookupAttr(fn, "func")
			if !ok {
				return false
			}
			fn = f
			continue
		}
		break
	}
	return core.IsCoroutineFunction(fn)
}

// isFuture is asyncio.isfuture: one of ours, or anything whose class has
// _asyncio_future_blocking and whose value of it is not None.
func isFuture(th *core.Thread, v core.Value) (bool, *core.Exception) {
	if asFuture(v) != nil {
		return true, nil
	}
	if _, ok := v.Type().Lookup("_asyncio_future_blocking"); !ok {
		return false, nil
	}
	b, ok, err := th.LookupAttr(v, "_asyncio_future_blocking")
	if err != nil {
		return false, err
	}
	return ok && !b.IsNone(), nil
}

// ensureFuture is tasks._ensure_future; via, when valid, is the imitated
// caller whose frames the TypeError for a non-awaitable passes through.
func ensureFuture(th *core.Thread, arg core.Value, l *Loop, via core.Value) (core.Value, *core.Exception) {
	if f := asFuture(arg); f != nil {
		if l != nil && f.loop != l {
			return core.Value{}, core.Errorf(core.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return arg, nil
	}
	if ok, err := isFuture(th, arg); err != nil || ok {
		return arg, err
	}
	coro := arg
	if !isCoroutine(arg) {
		if _, ok := arg.Type().Lookup("__await__"); !ok {
			exc := core.Errorf(core.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
			return core.Value{}, errorThroughFrames(th, via, exc, arg)
		}
		coro = newAwaitableWrapper(arg)
	}
	if l == nil {
		var err *core.Exception
		if l, err = getEventLoop(th); err != nil {
			return core.Value{}, err
		}
	}
	t, err := newTask(l, coro, core.Value{}, core.Value{})
	if err != nil {
		return core.Value{}, err
	}
	return t.value(), nil
}

type fn = func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception)

// loopOrRunning resolves an optional loop argument to the running loop.
func loopOrRunning(th *core.Thread, v core.Value) (*Loop, *core.Exception) {
	if !v.IsValid() || v.IsNone() {
		return runningLoop(th)
	}
	return selfLoop(v)
}

var funcs = map[string]fn{
	"get_running_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("get_running_loop", args, kw, 0, 0); err != nil {
			return core.Value{}, err
		}
		l, err := runningLoop(th)
		if err != nil {
			return core.Value{}, err
		}
		return l.self, nil
	},
	"_get_event_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := getEventLoop(th)
		if err != nil {
			return core.Value{}, err
		}
		return l.self, nil
	},
	"_get_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("_get_loop", args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		if f := asFuture(args[0]); f != nil {
			return f.loop.self, nil
		}
		return th.CallMethod(args[0], "get_loop")
	},
	"_get_running_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if l := getState(th).running; l != nil {
			return l.self, nil
		}
		return core.None, nil
	},
	"get_event_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("get_event_loop", args, kw, 0, 0); err != nil {
			return core.Value{}, err
		}
		l, err := getEventLoop(th)
		if err != nil {
			return core.Value{}, err
		}
		return l.self, nil
	},
	"set_event_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("set_event_loop", args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		st := getState(th)
		st.closedPolicyLoop = true
		if args[0].IsNone() {
			st.current = nil
			return core.None, nil
		}
		l, ok := args[0].Obj().(*Loop)
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", core.TypeName(args[0]))
		}
		st.current = l
		return core.None, nil
	},
	"new_event_loop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("new_event_loop", args, kw, 0, 0); err != nil {
			return core.Value{}, err
		}
		return newLoop(getState(th)).self, nil
	},
	"sleep": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var delay, result core.Value
		if err := th.UnpackArgs("sleep", args, kw, "delay", &delay, "result?", &result); err != nil {
			return core.Value{}, err
		}
		if !result.IsValid() {
			result = core.None
		}
		return newSleep(th, delay, result), nil
	},
	"create_task": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var coro, name, ctx core.Value
		if err := th.UnpackArgs("create_task", args, kw, "coro", &coro, "name?", &name, "context?", &ctx); err != nil {
			return core.Value{}, err
		}
		l, err := runningLoop(th)
		if err != nil {
			return core.Value{}, errorThroughFrames(th, getState(th).internals.createTask, err, coro)
		}
		t, err := newTask(l, coro, core.Value{}, ctx)
		if err != nil {
			return core.Value{}, err
		}
		if name.IsValid() && !name.IsNone() {
			s, err := th.StrOf(name)
			if err != nil {
				return core.Value{}, err
			}
			t.setName(s)
		}
		return t.value(), nil
	},
	"ensure_future": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var arg, loopV core.Value
		if err := th.UnpackArgs("ensure_future", args, kw, "coro_or_future", &arg, "loop?", &loopV); err != nil {
			return core.Value{}, err
		}
		var l *Loop
		if loopV.IsValid() && !loopV.IsNone() {
			var err *core.Exception
			if l, err = selfLoop(loopV); err != nil {
				return core.Value{}, err
			}
		}
		return ensureFuture(th, arg, l, getState(th).internals.ensureFuture)
	},
	"gather": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		npos := len(args) - len(kw)
		returnExceptions := false
		for i, k := range kw {
			if k != "return_exceptions" {
				return core.Value{}, core.Errorf(core.TypeError, "gather() got an unexpected keyword argument '%s'", k)
			}
			b, err := th.Truth(args[npos+i])
			if err != nil {
				return core.Value{}, err
			}
			returnExceptions = b
		}
		return gather(th, args[:npos], returnExceptions)
	},
	"current_task": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var loopV core.Value
		if err := th.UnpackArgs("current_task", args, kw, "loop?", &loopV); err != nil {
			return core.Value{}, err
		}
		l, err := loopOrRunning(th, loopV)
		if err != nil {
			return core.Value{}, err
		}
		if l.currentTask == nil {
			return core.None, nil
		}
		return l.currentTask.value(), nil
	},
	"all_tasks": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var loopV core.Value
		if err := th.UnpackArgs("all_tasks", args, kw, "loop?", &loopV); err != nil {
			return core.Value{}, err
		}
		l, err := loopOrRunning(th, loopV)
		if err != nil {
			return core.Value{}, err
		}
		return th.Call(core.SetType.Value(), []core.Value{taskList(l)}, nil)
	},
	"_all_tasks_list": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("_all_tasks_list", args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		return taskList(l), nil
	},
	"iscoroutine": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("iscoroutine", args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		return core.Bool(isCoroutine(args[0])), nil
	},
	"_iscoroutinefunction": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("iscoroutinefunction", args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		return core.Bool(isCoroutineFunction(th, args[0])), nil
	},
	"isfuture": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("isfuture", args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		ok, err := isFuture(th, args[0])
		return core.Bool(ok), err
	},
	"_set_result_unless_cancelled": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("_set_result_unless_cancelled", args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		f, err := selfFuture(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if f.cancelled() {
			return core.None, nil
		}
		return core.None, f.setResult(args[1])
	},
}

func taskList(l *Loop) core.Value {
	tasks := l.allTasks()
	items := make([]core.Value, len(tasks))
	for i, t := range tasks {
		items[i] = t.value()
	}
	return core.NewList(items)
}

// wakeupCallable is a task's __wakeup as a Python callable, for futures
// that are not ours.
func wakeupCallable(t *Task) core.Value {
	return core.NewBuiltin("task_wakeup", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if len(args) != 1 {
			return core.Value{}, core.Errorf(core.TypeError, "task_wakeup() takes exactly one argument (%d given)", len(args))
		}
		var err *core.Exception
		if _, rerr := th.CallMethod(args[0], "result"); rerr != nil {
			err = t.step(rerr)
		} else {
			err = t.step(nil)
		}
		if err != nil {
			return core.Value{}, err
		}
		return core.None, nil
	})
}

// initModule installs the Go half of the module; the Python parts (py/,
// see stdlib.go) then run in the same namespace.
func initModule(th *core.Thread, m *core.Module) *core.Exception {
	getState(th)
	d := m.Dict
	for name, f := range funcs {
		b := core.NewBuiltin(name, f)
		if name == "sleep" {
			core.Borrowing(b) // reads its arguments during the call only
		}
		d.SetStr(name, b)
	}
	for _, t := range []*core.Type{CancelledError, InvalidStateError, BrokenBarrierError, IncompleteReadError,
		LimitOverrunError, SendfileNotAvailableError, FutureType, TaskType, HandleType, TimerHandleType,
		AbstractEventLoopType, BaseEventLoopType, QueueType, LifoQueueType, PriorityQueueType, QueueEmpty, QueueFull} {
		d.SetStr(t.Name, t.Value())
	}
	d.SetStr("TimeoutError", core.TimeoutError.Value())
	d.SetStr("_deque", dequeType.Value())
	// The Python parts name things as CPython's modules do (events.X,
	// exceptions.X, ...): those names are the module itself here.
	for _, alias := range []string{"events", "exceptions", "futures", "coroutines", "tasks", "base_events"} {
		d.SetStr(alias, m.Value())
	}
	d.SetStr("SelectorEventLoop", LoopType.Value())
	return execStdlib(th, m, getState(th))
}
