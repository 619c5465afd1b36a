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

// futureMethods are the methods CPython's Future and Task both define
// (their messages name the type called through); futureOnlyMethods are
// Future's alone, which a Task inherits. core/method.go says how to add
// one; method.go says which table a method goes in.
var futureMethods = []core.MethodDef[*Future]{
	{Name: "result", Min: 0, Max: 0, Fn: futureResult},
	{Name: "exception", Min: 0, Max: 0, Fn: futureException},
	{Name: "done", Min: 0, Max: 0, Fn: futureDone},
	{Name: "cancelled", Min: 0, Max: 0, Fn: futureCancelled},
	{Name: "remove_done_callback", Min: 1, Max: 1, Fn: futureRemoveDoneCallback},
	{Name: "_make_cancelled_error", Min: 0, Max: 0, Fn: futureMakeCancelledError},
}

var futureOnlyMethods = []core.MethodDef[*Future]{
	{Name: "get_loop", Min: 0, Max: 0, Fn: futureGetLoop},
	{Name: "set_result", Min: 1, Max: 1, Fn: futureSetResult},
	{Name: "set_exception", Min: 1, Max: 1, Fn: futureSetException},
	{Name: "__await__", Min: 0, Max: 0, Fn: futureAwait},
	{Name: "__iter__", Min: 0, Max: 0, Fn: futureAwait},
	{Name: "__repr__", Min: 0, Max: 0, Fn: futureRepr},
}

// futureFuncs are Future's methods that read their own arguments.
var futureFuncs = []core.FuncDef{
	{Name: "__init__", Fn: futureInit},
	{Name: "cancel", Fn: futureCancel},
	{Name: "add_done_callback", Fn: futureAddDoneCallback},
}

var futureGetSets = []core.GetSetDef{
	{Name: "_asyncio_future_blocking", Get: futureBlocking, Set: setFutureBlocking},
	{Name: "_state", Get: futureState},
	{Name: "_loop", Get: futureGetLoopAttr},
	{Name: "_result", Get: futureResultAttr},
	{Name: "_exception", Get: futureExceptionAttr},
	{Name: "_cancel_message", Get: futureCancelMessage, Set: setFutureCancelMessage},
	{Name: "_log_traceback", Get: futureLogTraceback, Set: setFutureLogTraceback},
}

var futureIterMethods = []core.MethodDef[*futureIter]{
	{Name: "__next__", Min: 0, Max: 0, Fn: coroNext[*futureIter]},
	{Name: "__iter__", Min: 0, Max: 0, Fn: returnSelf[*futureIter]},
	{Name: "send", Min: 1, Max: 1, Fn: coroSend[*futureIter]},
	{Name: "throw", Min: 1, Max: 3, Fn: coroThrow[*futureIter]},
	{Name: "close", Min: 0, Max: 0, Fn: futureIterClose},
}

var taskMethods = []core.MethodDef[*Task]{
	{Name: "get_coro", Min: 0, Max: 0, Fn: taskGetCoro},
	{Name: "get_name", Min: 0, Max: 0, Fn: taskGetName},
	{Name: "set_name", Min: 1, Max: 1, Fn: taskSetName},
	{Name: "cancelling", Min: 0, Max: 0, Fn: taskCancelling},
	{Name: "uncancel", Min: 0, Max: 0, Fn: taskUncancel},
	{Name: "set_result", Min: 1, Max: 1, Fn: taskSetResult},
	{Name: "set_exception", Min: 1, Max: 1, Fn: taskSetException},
}

var taskFuncs = []core.FuncDef{
	{Name: "get_stack", Fn: taskGetStack},
}

var taskGetSets = []core.GetSetDef{
	{Name: "_coro", Get: taskCoroAttr},
	{Name: "_must_cancel", Get: taskMustCancel},
	{Name: "_fut_waiter", Get: taskFutWaiter},
	{Name: "_log_destroy_pending", Get: taskLogDestroyPending, Set: setTaskLogDestroyPending},
}

// loopMethods live on BaseEventLoop, so that their qualified names (in
// handle reprs and argument errors) read as CPython's.
var loopMethods = []pyMethod[*Loop]{
	{"time", "", loopTime},
	{"run_forever", "", loopRunForever},
	{"run_until_complete", "future", loopRunUntilComplete},
	{"stop", "", loopStop},
	{"close", "", loopClose},
	{"is_running", "", loopIsRunning},
	{"is_closed", "", loopIsClosed},
	{"get_debug", "", loopGetDebug},
	{"set_debug", "enabled", loopSetDebug},
	{"create_future", "", loopCreateFuture},
	{"create_task", "coro * name= context=", loopCreateTask},
	{"run_in_executor", "executor func *args", loopRunInExecutor},
	{"set_default_executor", "executor", loopSetDefaultExecutor},
	{"shutdown_asyncgens", "", loopShutdownAsyncgens},
	{"shutdown_default_executor", "", loopShutdownDefaultExecutor},
	{"get_exception_handler", "", loopGetExceptionHandler},
	{"set_exception_handler", "handler", loopSetExceptionHandler},
	{"call_exception_handler", "context", loopCallExceptionHandler},
	{"default_exception_handler", "context", loopDefaultExceptionHandler},
	{"__repr__", "", loopRepr},
}

// loopFuncs are the loop's methods that read their own arguments
// (callbackArgs), and getaddrinfo, which passes them on.
var loopFuncs = []core.FuncDef{
	{Name: "call_soon", Fn: loopCallSoon},
	{Name: "call_soon_threadsafe", Fn: loopCallSoonThreadsafe},
	{Name: "call_later", Fn: loopCallLater},
	{Name: "call_at", Fn: loopCallAt},
	{Name: "getaddrinfo", Fn: loopGetaddrinfo},
}

// loopBorrows are the loop's methods that do not keep their args slice
// (see rowNames): all but run_in_executor and getaddrinfo, which pass it
// on to a call.
var loopBorrows = []string{
	"time", "run_forever", "run_until_complete", "stop", "close", "is_running", "is_closed",
	"get_debug", "set_debug", "create_future", "create_task", "set_default_executor",
	"shutdown_asyncgens", "shutdown_default_executor", "get_exception_handler",
	"set_exception_handler", "call_exception_handler", "default_exception_handler", "__repr__",
	"call_soon", "call_soon_threadsafe", "call_later", "call_at",
}

var loopGetSets = []core.GetSetDef{
	{Name: "_default_executor", Get: loopDefaultExecutor, Set: setLoopDefaultExecutor},
	// The imitated call_exception_handler frame calls through this.
	{Name: "_exception_handler", Get: loopExceptionHandlerAttr},
	{Name: "_ready", Get: loopReady},
	{Name: "_scheduled", Get: loopScheduled},
}

// futureOf is the receiver of Future's methods: a Future or a Task.
func futureOf(v core.Value) (*Future, bool) {
	f := asFuture(v)
	return f, f != nil
}

func selfFuture(v core.Value) (*Future, *core.Exception) {
	if f := asFuture(v); f != nil {
		return f, nil
	}
	return nil, core.Errorf(core.TypeError, "expected an asyncio.Future, got '%s'", core.TypeName(v))
}

func selfLoop(v core.Value) (*Loop, *core.Exception) {
	if l, ok := v.Obj().(*Loop); ok {
		return l, nil
	}
	return nil, core.Errorf(core.TypeError, "expected an event loop, got '%s'", core.TypeName(v))
}

// returnSelf is a method returning its receiver (__iter__ of iterators).
func returnSelf[T any](th *core.Thread, self core.Value, recv T, args []core.Value) (core.Value, *core.Exception) {
	return self, nil
}

// orNone is v, or None for an unset attribute.
func orNone(v core.Value) core.Value {
	if !v.IsValid() {
		return core.None
	}
	return v
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
	LoopType.Final = true
	// The C accelerator's classes, which CPython's asyncio exports.
	FutureType.Module = "_asyncio"
	TaskType.Module = "_asyncio"
	GatheringFutureType.Module = "asyncio.tasks"
	GatheringFutureType.Final = true
	futureIterType.Final = true

	FutureType.AddClassMethod("__class_getitem__", core.ClassGetItem)
	FutureType.AddStaticMethod("__new__", futureNew)
	core.AddMethods(FutureType, futureOf, futureMethods)
	core.AddMethods(FutureType, futureOf, futureOnlyMethods)
	core.AddFuncs(FutureType, futureFuncs)
	core.AddGetSets(FutureType, futureGetSets)
	core.AddMethods(futureIterType, core.ObjectOf[*futureIter], futureIterMethods)
	FutureType.MarkBorrows(rowNames(futureMethods)...)
	FutureType.MarkBorrows(rowNames(futureOnlyMethods)...)
	FutureType.MarkBorrows("cancel", "add_done_callback")
	futureIterType.MarkBorrows(rowNames(futureIterMethods)...)

	TaskType.AddClassMethod("__class_getitem__", core.ClassGetItem)
	TaskType.AddStaticMethod("__new__", taskNew)
	core.AddMethods(TaskType, futureOf, futureMethods)
	core.AddMethods(TaskType, core.ObjectOf[*Task], taskMethods)
	core.AddFuncs(TaskType, taskFuncs)
	core.AddGetSets(TaskType, taskGetSets)
	TaskType.MarkBorrows(rowNames(futureMethods)...)
	TaskType.MarkBorrows(rowNames(taskMethods)...)
	TaskType.MarkBorrows("get_stack")

	addPyMethods(BaseEventLoopType, core.ObjectOf[*Loop], loopMethods)
	core.AddFuncs(BaseEventLoopType, loopFuncs)
	core.AddGetSets(BaseEventLoopType, loopGetSets)
	BaseEventLoopType.MarkBorrows(loopBorrows...)
}

// Future

var futureSig = clinicSig{name: "Future", names: []string{"loop"}}

func futureNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if len(args) == 0 {
		return core.Value{}, core.Errorf(core.TypeError, "Future.__new__(): not enough arguments")
	}
	cls := args[0].AsType()
	var loopV core.Value
	if err := futureSig.unpack(args[1:], kw, &loopV); err != nil {
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
}

// futureInit is Future.__init__: __new__ has read the arguments.
func futureInit(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return core.None, nil
}

func futureResult(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return f.resultValue()
}

func futureException(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return f.exception()
}

func futureDone(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(f.done()), nil
}

func futureCancelled(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(f.cancelled()), nil
}

func futureGetLoop(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return f.loop.self, nil
}

var cancelSig = clinicSig{name: "cancel", names: []string{"msg"}, maxpos: 1}

func futureCancel(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	f, err := selfFuture(args[0])
	if err != nil {
		return core.Value{}, err
	}
	msg := core.None
	if err := cancelSig.unpack(args[1:], kw, &msg); err != nil {
		return core.Value{}, err
	}
	return core.Bool(f.cancel(msg)), nil
}

func futureSetResult(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return core.None, f.setResult(args[0])
}

func futureSetException(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	if f.state != pending {
		return core.Value{}, core.Errorf(InvalidStateError, "invalid state")
	}
	exc, err := toException(th, args[0])
	if err != nil {
		return core.Value{}, core.Errorf(core.TypeError, "invalid exception object")
	}
	return core.None, f.setException(exc)
}

var addDoneCallbackSig = clinicSig{name: "add_done_callback", names: []string{"fn", "context"}, posonly: 1, required: 1, maxpos: 1}

func futureAddDoneCallback(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	f, err := selfFuture(args[0])
	if err != nil {
		return core.Value{}, err
	}
	var fn, ctx core.Value
	if err := addDoneCallbackSig.unpack(args[1:], kw, &fn, &ctx); err != nil {
		return core.Value{}, err
	}
	c, err := contextArg(th, ctx)
	if err != nil {
		return core.Value{}, err
	}
	f.addCallback(doneCB{kind: hCall, fn: fn, ctx: c})
	return core.None, nil
}

func futureRemoveDoneCallback(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	fn := args[0]
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
}

func futureAwait(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return core.ObjValue(futureIterType, &futureIter{f: f}), nil
}

func futureRepr(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	s, err := f.repr(th)
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr(s), nil
}

func futureMakeCancelledError(th *core.Thread, self core.Value, f *Future, args []core.Value) (core.Value, *core.Exception) {
	return f.makeCancelledError().Value(), nil
}

func futureBlocking(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.Bool(asFuture(self).blocking), nil
}

func setFutureBlocking(th *core.Thread, self, v core.Value) *core.Exception {
	b, err := th.Truth(v)
	if err != nil {
		return err
	}
	asFuture(self).blocking = b
	return nil
}

func futureState(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.NewStr(stateNames[asFuture(self).state]), nil
}

func futureGetLoopAttr(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return asFuture(self).loop.self, nil
}

func futureResultAttr(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return orNone(asFuture(self).result), nil
}

func futureExceptionAttr(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	if exc := asFuture(self).exc; exc != nil {
		return exc.Value(), nil
	}
	return core.None, nil
}

func futureCancelMessage(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return orNone(asFuture(self).rd().cancelMsg), nil
}

func setFutureCancelMessage(th *core.Thread, self, v core.Value) *core.Exception {
	asFuture(self).more().cancelMsg = v
	return nil
}

func futureLogTraceback(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.Bool(asFuture(self).logTB), nil
}

func setFutureLogTraceback(th *core.Thread, self, v core.Value) *core.Exception {
	if b, _ := th.Truth(v); b {
		return core.Errorf(core.ValueError, "_log_traceback can only be set to False")
	}
	asFuture(self).logTB = false
	return nil
}

// futureIterClose is FutureIter.close: there is nothing to finish.
func futureIterClose(th *core.Thread, self core.Value, fi *futureIter, args []core.Value) (core.Value, *core.Exception) {
	return core.None, nil
}

// Task

var taskSig = clinicSig{name: "Task", names: []string{"coro", "loop", "name", "context"}, required: 1, maxpos: 1}

func taskNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if len(args) == 0 {
		return core.Value{}, core.Errorf(core.TypeError, "Task.__new__(): not enough arguments")
	}
	var coro, loopV, name, ctx core.Value
	if err := taskSig.unpack(args[1:], kw, &coro, &loopV, &name, &ctx); err != nil {
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
}

func taskGetCoro(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	return t.coro, nil
}

func taskGetName(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	return core.NewStr(t.taskName()), nil
}

func taskSetName(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	s, err := th.StrOf(args[0])
	if err != nil {
		return core.Value{}, err
	}
	t.setName(s)
	return core.None, nil
}

func taskCancelling(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(t.numCancels)), nil
}

func taskUncancel(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(t.uncancel())), nil
}

func taskSetResult(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	return core.Value{}, core.Errorf(core.RuntimeError, "Task does not support set_result operation")
}

func taskSetException(th *core.Thread, self core.Value, t *Task, args []core.Value) (core.Value, *core.Exception) {
	return core.Value{}, core.Errorf(core.RuntimeError, "Task does not support set_exception operation")
}

var getStackSig = clinicSig{name: "get_stack", names: []string{"limit"}}

// taskGetStack is Task.get_stack: the frames are not kept, so the stack
// is empty.
func taskGetStack(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var limit core.Value
	if err := getStackSig.unpack(args[1:], kw, &limit); err != nil {
		return core.Value{}, err
	}
	return core.NewList(nil), nil
}

func taskCoroAttr(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return self.Obj().(*Task).coro, nil
}

func taskMustCancel(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.Bool(self.Obj().(*Task).mustCancel), nil
}

func taskFutWaiter(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	task := self.Obj().(*Task)
	if task.waiter != nil {
		return task.waiter.value(), nil
	}
	return orNone(task.rd().waiterV), nil
}

func taskLogDestroyPending(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.Bool(self.Obj().(*Task).logDestroyPending), nil
}

func setTaskLogDestroyPending(th *core.Thread, self, v core.Value) *core.Exception {
	b, err := th.Truth(v)
	self.Obj().(*Task).logDestroyPending = b
	return err
}

// loopArg resolves an optional loop= argument.
func loopArg(th *core.Thread, v core.Value) (*Loop, *core.Exception) {
	if !v.IsValid() || v.IsNone() {
		return getEventLoop(th)
	}
	return selfLoop(v)
}

// The event loop

func loopTime(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return core.Float(l.time()), nil
}

func loopCallSoon(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
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

func loopCallSoonThreadsafe(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	v, err := loopCallSoon(th, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	if l, _ := selfLoop(args[0]); l != nil && l.selecting != nil && l.selecting != th {
		th.Wake(l.selecting)
	}
	return v, nil
}

func loopRunInExecutor(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return th.Call(getState(th).internals.runInExecutor, args, nil)
}

func loopSetDefaultExecutor(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	l.defaultExecutor = args[1]
	return core.None, nil
}

func loopDefaultExecutor(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	l, err := selfLoop(self)
	if err != nil {
		return core.Value{}, err
	}
	return orNone(l.defaultExecutor), nil
}

func setLoopDefaultExecutor(th *core.Thread, self, v core.Value) *core.Exception {
	l, err := selfLoop(self)
	if err != nil {
		return err
	}
	l.defaultExecutor = v
	return nil
}

func loopCallLater(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
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
}

func loopCallAt(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
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
}

func loopRunForever(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	defer l.st.runsOn(th)()
	return core.None, l.runForever()
}

func loopRunUntilComplete(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	defer l.st.runsOn(th)()
	return l.runUntilComplete(args[1])
}

func loopStop(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	l.stop()
	return core.None, nil
}

func loopClose(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return core.None, l.close()
}

func loopIsRunning(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(l.running), nil
}

func loopIsClosed(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(l.closed), nil
}

func loopGetDebug(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(l.debug), nil
}

func loopSetDebug(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	b, err := th.Truth(args[1])
	l.debug = b
	return core.None, err
}

func loopCreateFuture(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	if th.Trace != nil {
		return newFutureFor(l, FutureType, futureLabel(th)).value(), nil
	}
	return newFuture(l, FutureType).value(), nil
}

func loopCreateTask(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	if err := l.checkClosed(); err != nil {
		return core.Value{}, err
	}
	task, err := newTask(l, args[1], opt(args, 2), opt(args, 3))
	if err != nil {
		return core.Value{}, err
	}
	return task.value(), nil
}

// loopGetaddrinfo looks names up on the simulated network: the socket
// module's coroutine does the work (see runtime/modules/net.go).
func loopGetaddrinfo(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
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
}

func loopShutdownAsyncgens(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
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
}

func loopShutdownDefaultExecutor(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	if ex := l.defaultExecutor; ex.IsValid() && !ex.IsNone() {
		l.defaultExecutor = core.Value{}
		return th.Call(getState(th).internals.shutdownExecutor, []core.Value{l.self, ex}, nil)
	}
	return newImmediateCoro("BaseEventLoop.shutdown_default_executor"), nil
}

func loopGetExceptionHandler(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return orNone(l.excHandler), nil
}

func loopExceptionHandlerAttr(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	l, err := selfLoop(self)
	if err != nil {
		return core.Value{}, err
	}
	return orNone(l.excHandler), nil
}

func loopSetExceptionHandler(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	h := args[1]
	if !h.IsNone() && !isCallable(h) {
		r, _ := th.Repr(h)
		return core.Value{}, core.Errorf(core.TypeError, "A callable object or None is expected, got %s", r)
	}
	l.excHandler = h
	return core.None, nil
}

func loopCallExceptionHandler(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	d, err := contextDict("call_exception_handler", args[1])
	if err != nil {
		return core.Value{}, err
	}
	return core.None, l.callExceptionHandler(d)
}

func loopDefaultExceptionHandler(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	d, err := contextDict("default_exception_handler", args[1])
	if err != nil {
		return core.Value{}, err
	}
	return core.None, l.defaultExceptionHandler(d)
}

// contextDict is the context argument of the exception handlers.
func contextDict(fname string, v core.Value) (*core.Dict, *core.Exception) {
	if d, ok := v.Obj().(*core.Dict); ok {
		return d, nil
	}
	return nil, core.Errorf(core.TypeError, "%s() argument must be a dict, not %s", fname, core.TypeName(v))
}

func loopRepr(th *core.Thread, l *Loop, args []core.Value) (core.Value, *core.Exception) {
	return core.NewStr("<" + l.self.Type().Name + " running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">"), nil
}

func loopReady(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	l, err := selfLoop(self)
	if err != nil {
		return core.Value{}, err
	}
	items := make([]core.Value, 0, l.ready.len())
	for _, h := range l.ready.items[l.ready.head:] {
		items = append(items, h.Value())
	}
	return core.NewList(items), nil
}

func loopScheduled(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	l, err := selfLoop(self)
	if err != nil {
		return core.Value{}, err
	}
	items := make([]core.Value, 0, len(l.timers))
	for _, h := range l.timers {
		items = append(items, h.Value())
	}
	return core.NewList(items), nil
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
