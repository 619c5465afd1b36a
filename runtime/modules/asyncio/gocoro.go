package asyncio

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// goCoro is a coroutine written in Go (asyncio.sleep, the loop's shutdown
// coroutines, the wrapper ensure_future puts around other awaitables). It
// behaves as a coroutine object: await it, send/throw/close it, or wrap it
// in a Task.
type goCoro struct {
	name string
	// Where a public one (asyncio.sleep) was created, for the "never
	// awaited" warning.
	createdFile string
	createdLine int

	body    coroBody
	done    bool
	running bool
	started bool
}

// GoCoroutineType is the type of coroutines written in Go; their
// __await__ returns the same coroutine as a coroutineWrapperType (an
// iterator, as CPython's coroutine_wrapper).
var (
	GoCoroutineType      = core.NewStaticType("coroutine")
	coroutineWrapperType = core.NewStaticType("coroutine_wrapper")
)

// coroBody is what a Go coroutine runs at each step: given the value sent
// in or the exception thrown in, it returns the value it yields, or its
// result and true, or the exception it raises. The coroutines that run in
// a program's inner loops (Queue.put and get, sleep) are structs holding
// their goCoro and state in one allocation; the others are closures.
type coroBody interface {
	step(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception)
}

// coroFunc is a closure as a coroBody.
type coroFunc func(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception)

func (f coroFunc) step(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
	return f(th, send, exc)
}

func newGoCoro(name string, resume coroFunc) core.Value {
	return core.ObjValue(GoCoroutineType, &goCoro{name: name, body: resume})
}

// Resume implements core.Resumable.
func (g *goCoro) Resume(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
	if g.done {
		if exc != nil {
			return core.Value{}, false, exc
		}
		return core.Value{}, false, core.Errorf(core.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if g.running {
		return core.Value{}, false, core.Errorf(core.ValueError, "coroutine already executing")
	}
	if !g.started && exc == nil && send.IsValid() && !send.IsNone() {
		return core.Value{}, false, core.Errorf(core.TypeError, "can't send non-None value to a just-started coroutine")
	}
	if !g.started && exc != nil {
		// Throwing into a coroutine that never started raises at once.
		g.done = true
		return core.Value{}, false, exc
	}
	g.started = true
	g.running = true
	v, finished, err := g.body.step(th, send, exc)
	g.running = false
	if finished || err != nil {
		g.done = true
	}
	return v, finished, err
}

// coroMethods are the methods of Go coroutines and of their __await__
// wrappers (core/method.go says how to add one).
var coroMethods = []core.MethodDef[*goCoro]{
	{Name: "send", Min: 1, Max: 1, Fn: coroSend[*goCoro]},
	{Name: "throw", Min: 1, Max: 3, Fn: coroThrow[*goCoro]},
	{Name: "close", Min: 0, Max: 0, Fn: goCoroClose},
	{Name: "__next__", Min: 0, Max: 0, Fn: coroNext[*goCoro]},
}

var coroWrapperMethods = []core.MethodDef[*goCoro]{
	{Name: "__iter__", Min: 0, Max: 0, Fn: returnSelf[*goCoro]},
}

var goCoroMethods = []core.MethodDef[*goCoro]{
	{Name: "__await__", Min: 0, Max: 0, Fn: goCoroAwait},
	{Name: "__repr__", Min: 0, Max: 0, Fn: goCoroRepr},
}

var goCoroGetSets = []core.GetSetDef{
	{Name: "__name__", Get: goCoroName},
	{Name: "__qualname__", Get: goCoroQualname},
	{Name: "cr_running", Get: goCoroRunning},
}

// stopIteration turns a return value into the StopIteration that send()
// raises when a coroutine driven through its methods returns.
func stopIteration(v core.Value) *core.Exception {
	if v.IsNone() {
		return core.NewException(core.StopIteration)
	}
	return core.NewException(core.StopIteration, v)
}

func init() {
	coroutineWrapperType.Final = true
	core.AddMethods(coroutineWrapperType, core.ObjectOf[*goCoro], coroWrapperMethods)
	core.AddMethods(coroutineWrapperType, core.ObjectOf[*goCoro], coroMethods)
	t := GoCoroutineType
	t.Final = true
	t.Resume = func(self core.Value, th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
		return self.Obj().(*goCoro).Resume(th, send, exc)
	}
	core.AddMethods(t, core.ObjectOf[*goCoro], coroMethods)
	core.AddMethods(t, core.ObjectOf[*goCoro], goCoroMethods)
	t.MarkBorrows(rowNames(coroMethods)...)
	t.MarkBorrows(rowNames(goCoroMethods)...) // awaiting it does not copy [self]
	coroutineWrapperType.MarkBorrows(rowNames(coroMethods)...)
	core.AddGetSets(t, goCoroGetSets)
}

// resume is one send(), throw() or __next__ of a coroutine driven through
// its methods: the value it yields, or the StopIteration of its return.
func resume(th *core.Thread, r core.Resumable, send core.Value, exc *core.Exception) (core.Value, *core.Exception) {
	v, finished, err := r.Resume(th, send, exc)
	if err != nil {
		return core.Value{}, err
	}
	if finished {
		return core.Value{}, stopIteration(v)
	}
	return v, nil
}

func coroSend[T core.Resumable](th *core.Thread, self core.Value, r T, args []core.Value) (core.Value, *core.Exception) {
	return resume(th, r, args[0], nil)
}

func coroNext[T core.Resumable](th *core.Thread, self core.Value, r T, args []core.Value) (core.Value, *core.Exception) {
	return resume(th, r, core.None, nil)
}

func coroThrow[T core.Resumable](th *core.Thread, self core.Value, r T, args []core.Value) (core.Value, *core.Exception) {
	exc, err := toException(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	return resume(th, r, core.None, exc)
}

func goCoroClose(th *core.Thread, self core.Value, g *goCoro, args []core.Value) (core.Value, *core.Exception) {
	if g.started && !g.done {
		_, _, err := g.Resume(th, core.None, core.NewException(core.GeneratorExit))
		if err != nil && !err.Matches(core.GeneratorExit) && !err.Matches(core.StopIteration) {
			return core.Value{}, err
		}
	}
	g.done = true
	return core.None, nil
}

func goCoroAwait(th *core.Thread, self core.Value, g *goCoro, args []core.Value) (core.Value, *core.Exception) {
	return core.ObjValue(coroutineWrapperType, g), nil
}

func goCoroRepr(th *core.Thread, self core.Value, g *goCoro, args []core.Value) (core.Value, *core.Exception) {
	return core.NewStr("<coroutine object " + g.name + " at 0x" + strconv.FormatInt(core.ID(self), 16) + ">"), nil
}

func goCoroName(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	name := self.Obj().(*goCoro).name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return core.NewStr(name), nil
}

func goCoroQualname(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.NewStr(self.Obj().(*goCoro).name), nil
}

func goCoroRunning(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return core.Bool(self.Obj().(*goCoro).running), nil
}

// toException turns the argument of throw() (an exception instance or
// class) into an exception.
func toException(th *core.Thread, v core.Value) (*core.Exception, *core.Exception) {
	if e, ok := v.Obj().(*core.Exception); ok {
		return e, nil
	}
	if t := v.AsType(); t != nil && t.IsSubtype(core.BaseException) {
		r, err := th.Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := r.Obj().(*core.Exception); ok {
			return e, nil
		}
	}
	return nil, core.Errorf(core.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", core.TypeName(v))
}

// newSleep is asyncio.sleep(delay, result): a bare yield when delay <= 0,
// else a future resolved by a timer, awaited as CPython's sleep awaits it.
func newSleep(th *core.Thread, delay, result core.Value) core.Value {
	s := &sleepCoro{delay: delay, result: result}
	s.coro.name = "sleep"
	s.coro.body = s
	trackCreated(th, &s.coro)
	return core.ObjValue(GoCoroutineType, &s.coro)
}

// sleepCoro is asyncio.sleep's coroutine, in one allocation (sleep(0) is
// how tasks take turns).
type sleepCoro struct {
	coro          goCoro
	delay, result core.Value
	fut           *Future
	timer         *Handle
	stage         uint8 // 0: not started, 1: yielded bare (delay <= 0), 2: waiting on fut
}

func (s *sleepCoro) step(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
	switch s.stage {
	case 0:
		var nonPositive bool
		if d := s.delay; d.IsSmallInt() {
			nonPositive = d.Int64() <= 0
		} else {
			le, err := th.Compare(core.Le, d, core.Int(0))
			if err != nil {
				return core.Value{}, false, err
			}
			if nonPositive, err = th.Truth(le); err != nil {
				return core.Value{}, false, err
			}
		}
		if nonPositive {
			s.stage = 1
			return core.None, false, nil
		}
		l, err := runningLoop(th)
		if err != nil {
			return core.Value{}, false, err
		}
		d, err := toFloat(th, s.delay)
		if err != nil {
			return core.Value{}, false, err
		}
		what := "sleep"
		if th.Trace != nil {
			r, _ := th.Repr(s.delay)
			what = "sleep(" + r + ")"
		}
		s.fut = newFutureFor(l, FutureType, what)
		s.timer = l.newHandle(hSetResult)
		s.timer.fut = s.fut
		s.timer.args = []core.Value{s.result}
		l.callAt(s.timer, l.time()+d)
		s.stage = 2
		if s.fut.done() {
			return finishSleep(s.fut, s.timer)
		}
		s.fut.blocking = true
		return s.fut.value(), false, nil
	case 1:
		if exc != nil {
			return core.Value{}, false, sleep0Error(th, exc)
		}
		return s.result, true, nil
	default:
		if exc != nil {
			s.timer.cancel()
			return core.Value{}, false, sleepError(th, exc)
		}
		if !s.fut.done() {
			s.timer.cancel()
			return core.Value{}, false, core.Errorf(core.RuntimeError, "await wasn't used with future")
		}
		return finishSleep(s.fut, s.timer)
	}
}

// trackCreated remembers where a public Go coroutine was made, so that one
// never awaited is reported as CPython reports it.
func trackCreated(th *core.Thread, g *goCoro) {
	f := th.Frame
	if f == nil || f.Code == nil {
		return
	}
	g.createdFile = f.Code.Filename
	g.createdLine = currentLine(th)
	th.TrackCoroutine(g)
}

// NeverAwaited implements core.Unawaited.
func (g *goCoro) NeverAwaited() (string, int, string, bool) {
	if g.started || g.done {
		return "", 0, "", false
	}
	g.done = true
	return g.createdFile, g.createdLine, g.name, true
}

// Started implements core.Unawaited.
func (g *goCoro) Started() bool { return g.started || g.done }

func finishSleep(fut *Future, timer *Handle) (core.Value, bool, *core.Exception) {
	timer.cancel()
	r, err := fut.resultValue()
	if err != nil {
		return core.Value{}, false, err
	}
	return r, true, nil
}

// toFloat converts an int or float (or a subclass, or anything with
// __float__) to a Go float.
func toFloat(th *core.Thread, v core.Value) (float64, *core.Exception) {
	u := core.Unwrap(v)
	switch {
	case u.IsFloat():
		return u.Float64(), nil
	case u.IsSmallInt() || u.IsBool():
		return float64(u.Int64()), nil
	}
	r, err := th.Call(core.FloatType.Value(), []core.Value{v}, nil)
	if err != nil {
		return 0, err
	}
	return r.Float64(), nil
}

// newImmediateCoro is a coroutine that returns None at its first step (the
// loop's shutdown_asyncgens and shutdown_default_executor: we have neither
// async generator hooks nor an executor to shut down).
func newImmediateCoro(name string) core.Value {
	return newGoCoro(name, func(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
		if exc != nil {
			return core.Value{}, false, exc
		}
		return core.None, true, nil
	})
}

// newAwaitableWrapper is tasks._wrap_awaitable: a coroutine that delegates
// to awaitable.__await__().
func newAwaitableWrapper(aw core.Value) core.Value {
	var it core.Value
	return newGoCoro("_wrap_awaitable", func(th *core.Thread, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
		if !it.IsValid() {
			r, err := th.CallMethod(aw, "__await__")
			if err != nil {
				return core.Value{}, false, err
			}
			it = r
		}
		return delegate(th, it, send, exc)
	})
}

// delegate is one step of `yield from it`.
func delegate(th *core.Thread, it core.Value, send core.Value, exc *core.Exception) (core.Value, bool, *core.Exception) {
	if r, ok := it.Obj().(core.Resumable); ok {
		return r.Resume(th, send, exc)
	}
	var v core.Value
	var err *core.Exception
	switch {
	case exc != nil:
		m, ok, lerr := th.LookupAttr(it, "throw")
		if lerr != nil {
			return core.Value{}, false, lerr
		}
		if !ok {
			return core.Value{}, false, exc
		}
		v, err = th.Call(m, []core.Value{exc.Value()}, nil)
	case send.IsValid() && !send.IsNone():
		v, err = th.CallMethod(it, "send", send)
	default:
		v, err = th.CallMethod(it, "__next__")
	}
	if err != nil {
		if err.Matches(core.StopIteration) {
			r := err.Payload
			if !r.IsValid() {
				r = core.None
			}
			return r, true, nil
		}
		return core.Value{}, false, err
	}
	return v, false, nil
}
