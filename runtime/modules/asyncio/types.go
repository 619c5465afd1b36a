package asyncio

import (
	"github.com/asynchrony/asynchrony/runtime/core"
)

// The Python types of the loop, futures and tasks.
var (
	AbstractEventLoopType = core.NewStaticType("AbstractEventLoop")
	BaseEventLoopType     = core.NewStaticType("BaseEventLoop", AbstractEventLoopType)
	LoopType              = core.NewStaticType("_UnixSelectorEventLoop", BaseEventLoopType)
	FutureType            = core.NewStaticType("Future")
	TaskType              = core.NewStaticType("Task", FutureType)
	futureIterType        = core.NewStaticType("FutureIter")
)

type method = func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception)

func noArgs(name string, f func(th *core.Thread, self core.Value) (core.Value, *core.Exception)) method {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args[1:], kw, 0, 0); err != nil {
			return core.Value{}, err
		}
		return f(th, args[0])
	}
}

func selfFuture(v core.Value) (*Future, *core.Exception) {
	if f := asFuture(v); f != nil {
		return f, nil
	}
	return nil, core.Errorf(core.TypeError, "expected an asyncio.Future, got '%s'", core.TypeName(v))
}

func selfTask(v core.Value) (*Task, *core.Exception) {
	if t, ok := v.Obj().(*Task); ok {
		return t, nil
	}
	return nil, core.Errorf(core.TypeError, "expected an asyncio.Task, got '%s'", core.TypeName(v))
}

func selfLoop(v core.Value) (*Loop, *core.Exception) {
	if l, ok := v.Obj().(*Loop); ok {
		return l, nil
	}
	return nil, core.Errorf(core.TypeError, "expected an event loop, got '%s'", core.TypeName(v))
}

func futureMethod(name string, f func(th *core.Thread, fut *Future) (core.Value, *core.Exception)) method {
	return noArgs(name, func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		fut, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		return f(th, fut)
	})
}

func taskMethod(name string, f func(th *core.Thread, t *Task) (core.Value, *core.Exception)) method {
	return noArgs(name, func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		t, err := selfTask(self)
		if err != nil {
			return core.Value{}, err
		}
		return f(th, t)
	})
}

func loopMethod(name string, f func(th *core.Thread, l *Loop) (core.Value, *core.Exception)) method {
	return noArgs(name, func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		l, err := selfLoop(self)
		if err != nil {
			return core.Value{}, err
		}
		return f(th, l)
	})
}

// optMsg reads cancel's optional msg argument.
func optMsg(th *core.Thread, fname string, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var msg core.Value
	if err := th.UnpackArgs(fname, args, kw, "msg?", &msg); err != nil {
		return core.Value{}, err
	}
	if !msg.IsValid() {
		msg = core.None
	}
	return msg, nil
}

// isCallable is callable(v).
func isCallable(v core.Value) bool {
	t := v.Type()
	if t.Call != nil {
		return true
	}
	c, ok := t.Lookup("__call__")
	return ok && !c.IsNone()
}

func init() {
	for _, t := range []*core.Type{AbstractEventLoopType, BaseEventLoopType, LoopType} {
		t.Module = "asyncio.events"
	}
	BaseEventLoopType.Module = "asyncio.base_events"
	LoopType.Module = "asyncio.unix_events"
	// The C accelerator's classes, which CPython's asyncio exports.
	FutureType.Module = "_asyncio"
	TaskType.Module = "_asyncio"
	GatheringFutureType.Module = "asyncio.tasks"
	GatheringFutureType.Final = true
	futureIterType.Final = true
	initFutureType()
	initTaskType()
	initLoopType()
}

func initFutureType() {
	t := FutureType
	t.AddClassMethod("__class_getitem__", core.ClassGetItem)
	t.AddStaticMethod("__new__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if len(args) == 0 {
			return core.Value{}, core.Errorf(core.TypeError, "Future.__new__(): not enough arguments")
		}
		cls := args[0].AsType()
		var loopV core.Value
		if err := th.UnpackArgs("Future", args[1:], kw, "loop?", &loopV); err != nil {
			return core.Value{}, err
		}
		l, err := loopArg(th, loopV)
		if err != nil {
			return core.Value{}, err
		}
		if cls == nil || !cls.IsSubtype(FutureType) || cls.IsSubtype(TaskType) {
			cls = FutureType
		}
		return newFutureFor(l, cls, "a "+cls.Name).value(), nil
	})
	t.AddMethod("__init__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return core.None, nil
	})
	t.AddMethod("result", futureMethod("result", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return f.resultValue()
	}))
	t.AddMethod("exception", futureMethod("exception", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return f.exception()
	}))
	t.AddMethod("done", futureMethod("done", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return core.Bool(f.done()), nil
	}))
	t.AddMethod("cancelled", futureMethod("cancelled", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return core.Bool(f.cancelled()), nil
	}))
	t.AddMethod("get_loop", futureMethod("get_loop", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return f.loop.self, nil
	}))
	t.AddMethod("cancel", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		f, err := selfFuture(args[0])
		if err != nil {
			return core.Value{}, err
		}
		msg, err := optMsg(th, "cancel", args[1:], kw)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(f.cancel(msg)), nil
	})
	t.AddMethod("set_result", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		f, err := selfFuture(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if f.task != nil {
			return core.Value{}, core.Errorf(core.RuntimeError, "Task does not support set_result operation")
		}
		if err := core.ArgCount("set_result", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		return core.None, f.setResult(args[1])
	})
	t.AddMethod("set_exception", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		f, err := selfFuture(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if f.task != nil {
			return core.Value{}, core.Errorf(core.RuntimeError, "Task does not support set_exception operation")
		}
		if err := core.ArgCount("set_exception", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		if f.state != pending {
			return core.Value{}, core.Errorf(InvalidStateError, "invalid state")
		}
		exc, err := toException(th, args[1])
		if err != nil {
			return core.Value{}, core.Errorf(core.TypeError, "invalid exception object")
		}
		return core.None, f.setException(exc)
	})
	t.AddMethod("add_done_callback", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		f, err := selfFuture(args[0])
		if err != nil {
			return core.Value{}, err
		}
		var fn, ctx core.Value
		if err := th.UnpackArgs("add_done_callback", args[1:], kw, "fn", &fn, "context?", &ctx); err != nil {
			return core.Value{}, err
		}
		c, err := contextArg(th, ctx)
		if err != nil {
			return core.Value{}, err
		}
		f.addCallback(doneCB{kind: hCall, fn: fn, ctx: c})
		return core.None, nil
	})
	t.AddMethod("remove_done_callback", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		f, err := selfFuture(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("remove_done_callback", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		fn := args[1]
		kept := make([]doneCB, 0, len(f.callbacks))
		removed := 0
		for _, cb := range f.callbacks {
			if cb.kind == hCall {
				eq := cb.fn.Is(fn)
				if !eq {
					var err *core.Exception
					eq, err = th.Equal(cb.fn, fn)
					if err != nil {
						return core.Value{}, err
					}
				}
				if eq {
					removed++
					continue
				}
			}
			kept = append(kept, cb)
		}
		if removed > 0 {
			f.callbacks = kept
		}
		return core.Int(int64(removed)), nil
	})
	awaitFn := futureMethod("__await__", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return core.ObjValue(futureIterType, &futureIter{f: f}), nil
	})
	t.AddMethod("__await__", awaitFn)
	t.AddMethod("__iter__", awaitFn)
	t.AddMethod("__repr__", futureMethod("__repr__", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		s, err := f.repr(th)
		if err != nil {
			return core.Value{}, err
		}
		return core.NewStr(s), nil
	}))
	t.AddMethod("_make_cancelled_error", futureMethod("_make_cancelled_error", func(th *core.Thread, f *Future) (core.Value, *core.Exception) {
		return f.makeCancelledError().Value(), nil
	}))
	t.AddGetSet("_asyncio_future_blocking", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(f.blocking), nil
	}, func(th *core.Thread, self, v core.Value) *core.Exception {
		f, err := selfFuture(self)
		if err != nil {
			return err
		}
		b, err := th.Truth(v)
		if err != nil {
			return err
		}
		f.blocking = b
		return nil
	})
	t.AddGetSet("_state", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		return core.NewStr(stateNames[f.state]), nil
	}, nil)
	t.AddGetSet("_loop", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		return f.loop.self, nil
	}, nil)
	t.AddGetSet("_result", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		if !f.result.IsValid() {
			return core.None, nil
		}
		return f.result, nil
	}, nil)
	t.AddGetSet("_exception", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		if f.exc == nil {
			return core.None, nil
		}
		return f.exc.Value(), nil
	}, nil)
	t.AddGetSet("_cancel_message", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		if msg := f.rd().cancelMsg; msg.IsValid() {
			return msg, nil
		}
		return core.None, nil
	}, func(th *core.Thread, self, v core.Value) *core.Exception {
		f, err := selfFuture(self)
		if err != nil {
			return err
		}
		f.more().cancelMsg = v
		return nil
	})
	t.AddGetSet("_log_traceback", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		f, err := selfFuture(self)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(f.logTB), nil
	}, func(th *core.Thread, self, v core.Value) *core.Exception {
		f, err := selfFuture(self)
		if err != nil {
			return err
		}
		if b, _ := th.Truth(v); b {
			return core.Errorf(core.ValueError, "_log_traceback can only be set to False")
		}
		f.logTB = false
		return nil
	})

	it := futureIterType
	step := func(th *core.Thread, fi *futureIter, send core.Value, exc *core.Exception) (core.Value, *core.Exception) {
		v, done, err := fi.Resume(th, send, exc)
		if err != nil {
			return core.Value{}, err
		}
		if done {
			return core.Value{}, stopIteration(v)
		}
		return v, nil
	}
	it.AddMethod("__next__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return step(th, args[0].Obj().(*futureIter), core.None, nil)
	})
	it.AddMethod("__iter__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return args[0], nil
	})
	it.AddMethod("send", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("send", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		return step(th, args[0].Obj().(*futureIter), args[1], nil)
	})
	it.AddMethod("throw", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("throw", args[1:], kw, 1, 3); err != nil {
			return core.Value{}, err
		}
		exc, err := toException(th, args[1])
		if err != nil {
			return core.Value{}, err
		}
		return step(th, args[0].Obj().(*futureIter), core.None, exc)
	})
	it.AddMethod("close", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return core.None, nil
	})
}

func initTaskType() {
	t := TaskType
	t.AddClassMethod("__class_getitem__", core.ClassGetItem)
	t.AddStaticMethod("__new__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if len(args) == 0 {
			return core.Value{}, core.Errorf(core.TypeError, "Task.__new__(): not enough arguments")
		}
		var coro, loopV, name, ctx core.Value
		if err := th.UnpackArgs("Task", args[1:], kw, "coro", &coro, "loop?", &loopV, "name?", &name, "context?", &ctx); err != nil {
			return core.Value{}, err
		}
		l, err := loopArg(th, loopV)
		if err != nil {
			return core.Value{}, err
		}
		task, err := newTask(l, coro, name, ctx)
		if err != nil {
			return core.Value{}, err
		}
		// A subclass of Task makes instances of itself.
		if cls := args[0].AsType(); cls != nil && cls != TaskType && cls.IsSubtype(TaskType) {
			task.typ = cls
		}
		return task.value(), nil
	})
	t.AddMethod("get_coro", taskMethod("get_coro", func(th *core.Thread, t *Task) (core.Value, *core.Exception) {
		return t.coro, nil
	}))
	t.AddMethod("get_name", taskMethod("get_name", func(th *core.Thread, t *Task) (core.Value, *core.Exception) {
		return core.NewStr(t.taskName()), nil
	}))
	t.AddMethod("set_name", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		task, err := selfTask(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("set_name", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		s, err := th.StrOf(args[1])
		if err != nil {
			return core.Value{}, err
		}
		task.setName(s)
		return core.None, nil
	})
	t.AddMethod("cancelling", taskMethod("cancelling", func(th *core.Thread, t *Task) (core.Value, *core.Exception) {
		return core.Int(int64(t.numCancels)), nil
	}))
	t.AddMethod("uncancel", taskMethod("uncancel", func(th *core.Thread, t *Task) (core.Value, *core.Exception) {
		return core.Int(int64(t.uncancel())), nil
	}))
	t.AddMethod("get_stack", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return core.NewList(nil), nil
	})
	t.AddGetSet("_coro", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		task, err := selfTask(self)
		if err != nil {
			return core.Value{}, err
		}
		return task.coro, nil
	}, nil)
	t.AddGetSet("_must_cancel", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		task, err := selfTask(self)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(task.mustCancel), nil
	}, nil)
	t.AddGetSet("_fut_waiter", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		task, err := selfTask(self)
		if err != nil {
			return core.Value{}, err
		}
		switch {
		case task.waiter != nil:
			return task.waiter.value(), nil
		case task.rd().waiterV.IsValid():
			return task.rd().waiterV, nil
		}
		return core.None, nil
	}, nil)
	t.AddGetSet("_log_destroy_pending", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		task, err := selfTask(self)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(task.logDestroyPending), nil
	}, func(th *core.Thread, self, v core.Value) *core.Exception {
		task, err := selfTask(self)
		if err != nil {
			return err
		}
		b, err := th.Truth(v)
		task.logDestroyPending = b
		return err
	})
}

// loopArg resolves an optional loop= argument.
func loopArg(th *core.Thread, v core.Value) (*Loop, *core.Exception) {
	if !v.IsValid() || v.IsNone() {
		return getEventLoop(th)
	}
	return selfLoop(v)
}

func initLoopType() {
	LoopType.Final = true
	// The methods live on BaseEventLoop so that their qualified names (in
	// handle reprs) read as CPython's.
	t := BaseEventLoopType
	t.AddMethod("time", loopMethod("time", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		return core.Float(l.time()), nil
	}))
	callSoon := func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		fn, cargs, ctx, err := callbackArgs(th, "call_soon", args[1:], kw, 1)
		if err != nil {
			return core.Value{}, err
		}
		if err := l.checkClosed(); err != nil {
			return core.Value{}, err
		}
		if err := l.checkCallback(th, fn[0], "call_soon"); err != nil {
			return core.Value{}, err
		}
		h := l.newHandle(hCall)
		h.fn, h.args, h.ctx = fn[0], cargs, ctx
		l.callSoon(h)
		return h.Value(), nil
	}
	t.AddMethod("call_soon", callSoon)
	t.AddMethod("call_soon_threadsafe", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		v, err := callSoon(th, args, kw)
		if err != nil {
			return core.Value{}, err
		}
		if l, _ := selfLoop(args[0]); l != nil && l.selecting != nil && l.selecting != th {
			th.Wake(l.selecting)
		}
		return v, nil
	})
	t.AddMethod("run_in_executor", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if _, err := selfLoop(args[0]); err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("run_in_executor", args[1:], kw, 2, 1<<30); err != nil {
			return core.Value{}, err
		}
		return th.Call(getState(th).internals.runInExecutor, args, nil)
	})
	t.AddMethod("set_default_executor", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("set_default_executor", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		l.defaultExecutor = args[1]
		return core.None, nil
	})
	t.AddGetSet("_default_executor", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		l, err := selfLoop(self)
		if err != nil {
			return core.Value{}, err
		}
		if !l.defaultExecutor.IsValid() {
			return core.None, nil
		}
		return l.defaultExecutor, nil
	}, func(th *core.Thread, self, v core.Value) *core.Exception {
		l, err := selfLoop(self)
		if err != nil {
			return err
		}
		l.defaultExecutor = v
		return nil
	})
	t.AddMethod("call_later", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		lead, cargs, ctx, err := callbackArgs(th, "call_later", args[1:], kw, 2)
		if err != nil {
			return core.Value{}, err
		}
		if lead[0].IsNone() {
			return core.Value{}, core.Errorf(core.TypeError, "delay must not be None")
		}
		when, err := th.Binary(core.Add, core.Float(l.time()), lead[0])
		if err != nil {
			return core.Value{}, err
		}
		return l.pyCallAt(th, when, lead[1], cargs, ctx)
	})
	t.AddMethod("call_at", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		lead, cargs, ctx, err := callbackArgs(th, "call_at", args[1:], kw, 2)
		if err != nil {
			return core.Value{}, err
		}
		if lead[0].IsNone() {
			return core.Value{}, core.Errorf(core.TypeError, "when cannot be None")
		}
		return l.pyCallAt(th, lead[0], lead[1], cargs, ctx)
	})
	t.AddMethod("run_forever", loopMethod("run_forever", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		defer l.st.runsOn(th)()
		return core.None, l.runForever()
	}))
	t.AddMethod("run_until_complete", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("run_until_complete", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		defer l.st.runsOn(th)()
		return l.runUntilComplete(args[1])
	})
	t.AddMethod("stop", loopMethod("stop", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		l.stop()
		return core.None, nil
	}))
	t.AddMethod("close", loopMethod("close", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		return core.None, l.close()
	}))
	t.AddMethod("is_running", loopMethod("is_running", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		return core.Bool(l.running), nil
	}))
	t.AddMethod("is_closed", loopMethod("is_closed", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		return core.Bool(l.closed), nil
	}))
	t.AddMethod("get_debug", loopMethod("get_debug", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		return core.Bool(l.debug), nil
	}))
	t.AddMethod("set_debug", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("set_debug", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		b, err := th.Truth(args[1])
		l.debug = b
		return core.None, err
	})
	t.AddMethod("create_future", loopMethod("create_future", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		if th.Trace != nil {
			return newFutureFor(l, FutureType, futureLabel(th)).value(), nil
		}
		return newFuture(l, FutureType).value(), nil
	}))
	t.AddMethod("create_task", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		var coro, name, ctx core.Value
		if err := th.UnpackArgs("create_task", args[1:], kw, "coro", &coro, "name?", &name, "context?", &ctx); err != nil {
			return core.Value{}, err
		}
		if err := l.checkClosed(); err != nil {
			return core.Value{}, err
		}
		task, err := newTask(l, coro, name, ctx)
		if err != nil {
			return core.Value{}, err
		}
		return task.value(), nil
	})
	// getaddrinfo looks names up on the simulated network: the socket
	// module's coroutine does the work (see runtime/modules/net.go).
	t.AddMethod("getaddrinfo", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if _, err := selfLoop(args[0]); err != nil {
			return core.Value{}, err
		}
		m, err := th.Import("socket")
		if err != nil {
			return core.Value{}, err
		}
		fn, ok := m.Dict.GetStr("_loop_getaddrinfo")
		if !ok {
			return core.Value{}, core.Errorf(core.AttributeError, "module 'socket' has no attribute '_loop_getaddrinfo'")
		}
		return th.Call(fn, args[1:], kw)
	})
	t.AddMethod("shutdown_asyncgens", loopMethod("shutdown_asyncgens", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		// The generators still suspended (CPython keeps them in a WeakSet,
		// so finished ones have dropped out), aclose()d by init.py's helper.
		var live []core.Value
		for _, g := range l.asyncgens {
			if fr, ok, _ := th.LookupAttr(g, "ag_frame"); ok && !fr.IsNone() {
				live = append(live, g)
			}
		}
		l.asyncgens = nil
		helper := getState(th).internals.shutdownAsyncgens
		if !helper.IsValid() {
			return newImmediateCoro("BaseEventLoop.shutdown_asyncgens"), nil
		}
		return th.Call(helper, []core.Value{l.self, core.NewList(live)}, nil)
	}))
	t.AddMethod("shutdown_default_executor", loopMethod("shutdown_default_executor", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		if ex := l.defaultExecutor; ex.IsValid() && !ex.IsNone() {
			l.defaultExecutor = core.Value{}
			return th.Call(getState(th).internals.shutdownExecutor, []core.Value{l.self, ex}, nil)
		}
		return newImmediateCoro("BaseEventLoop.shutdown_default_executor"), nil
	}))
	t.AddMethod("get_exception_handler", loopMethod("get_exception_handler", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		if !l.excHandler.IsValid() {
			return core.None, nil
		}
		return l.excHandler, nil
	}))
	t.AddMethod("set_exception_handler", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		l, err := selfLoop(args[0])
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount("set_exception_handler", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		h := args[1]
		if !h.IsNone() && !isCallable(h) {
			r, _ := th.Repr(h)
			return core.Value{}, core.Errorf(core.TypeError, "A callable object or None is expected, got %s", r)
		}
		l.excHandler = h
		return core.None, nil
	})
	ctxMethod := func(name string, f func(l *Loop, ctx *core.Dict) *core.Exception) method {
		return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			l, err := selfLoop(args[0])
			if err != nil {
				return core.Value{}, err
			}
			if err := core.ArgCount(name, args[1:], kw, 1, 1); err != nil {
				return core.Value{}, err
			}
			d, ok := args[1].Obj().(*core.Dict)
			if !ok {
				return core.Value{}, core.Errorf(core.TypeError, "%s() argument must be a dict, not %s", name, core.TypeName(args[1]))
			}
			return core.None, f(l, d)
		}
	}
	t.AddMethod("call_exception_handler", ctxMethod("call_exception_handler", (*Loop).callExceptionHandler))
	t.AddMethod("default_exception_handler", ctxMethod("default_exception_handler", (*Loop).defaultExceptionHandler))
	t.AddMethod("__repr__", loopMethod("__repr__", func(th *core.Thread, l *Loop) (core.Value, *core.Exception) {
		return core.NewStr("<" + l.self.Type().Name + " running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">"), nil
	}))
	// The imitated call_exception_handler frame calls through this.
	t.AddGetSet("_exception_handler", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		l, err := selfLoop(self)
		if err != nil {
			return core.Value{}, err
		}
		if !l.excHandler.IsValid() {
			return core.None, nil
		}
		return l.excHandler, nil
	}, nil)
	t.AddGetSet("_ready", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		l, err := selfLoop(self)
		if err != nil {
			return core.Value{}, err
		}
		items := make([]core.Value, 0, l.ready.len())
		for _, h := range l.ready.items[l.ready.head:] {
			items = append(items, h.Value())
		}
		return core.NewList(items), nil
	}, nil)
	t.AddGetSet("_scheduled", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		l, err := selfLoop(self)
		if err != nil {
			return core.Value{}, err
		}
		items := make([]core.Value, 0, len(l.timers))
		for _, h := range l.timers {
			items = append(items, h.Value())
		}
		return core.NewList(items), nil
	}, nil)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// callbackArgs splits call_soon/call_later/call_at arguments: lead leading
// parameters, then the callback's arguments, and the context it runs in
// (context=, or a copy of the current one).
func callbackArgs(th *core.Thread, fname string, args []core.Value, kw []string, lead int) ([]core.Value, []core.Value, *core.Context, *core.Exception) {
	npos := len(args) - len(kw)
	var context core.Value
	for i, k := range kw {
		if k != "context" {
			return nil, nil, nil, core.Errorf(core.TypeError, "BaseEventLoop.%s() got an unexpected keyword argument '%s'", fname, k)
		}
		context = args[npos+i]
	}
	if npos < lead {
		names := []string{"callback"}
		if lead == 2 {
			names = []string{"delay", "callback"}
			if fname == "call_at" {
				names[0] = "when"
			}
		}
		missing := names[npos:]
		if len(missing) == 1 {
			return nil, nil, nil, core.Errorf(core.TypeError, "BaseEventLoop.%s() missing 1 required positional argument: '%s'", fname, missing[0])
		}
		return nil, nil, nil, core.Errorf(core.TypeError, "BaseEventLoop.%s() missing 2 required positional arguments: '%s' and '%s'", fname, missing[0], missing[1])
	}
	ctx, err := contextArg(th, context)
	if err != nil {
		return nil, nil, nil, err
	}
	rest := append([]core.Value(nil), args[lead:npos]...)
	return args[:lead], rest, ctx, nil
}

// checkCallback is BaseEventLoop._check_callback; CPython runs it only in
// debug mode, so a bad callback otherwise fails when it is called.
func (l *Loop) checkCallback(th *core.Thread, fn core.Value, method string) *core.Exception {
	if !l.debug {
		return nil
	}
	if isCoroutine(fn) || isCoroutineFunction(th, fn) {
		return core.Errorf(core.TypeError, "coroutines cannot be used with %s()", method)
	}
	if !isCallable(fn) {
		r, _ := th.Repr(fn)
		return core.Errorf(core.TypeError, "a callable object was expected by %s(), got %s", method, r)
	}
	return nil
}

// pyCallAt is call_at from Python: when may be any number.
func (l *Loop) pyCallAt(th *core.Thread, when, fn core.Value, args []core.Value, ctx *core.Context) (core.Value, *core.Exception) {
	if err := l.checkClosed(); err != nil {
		return core.Value{}, err
	}
	w, err := toFloat(th, when)
	if err != nil {
		return core.Value{}, err
	}
	if err := l.checkCallback(th, fn, "call_at"); err != nil {
		return core.Value{}, err
	}
	h := l.newHandle(hCall)
	h.fn, h.args, h.ctx = fn, args, ctx
	h.timer = true
	l.callAt(h, w)
	return h.Value(), nil
}
