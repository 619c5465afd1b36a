package core

import (
	"github.com/asynchrony/asynchrony/runtime/compile"
)

// Generators, coroutines and async generators: each keeps its suspended
// frame; resuming runs the frame's loop again from where it stopped.

// The methods of generators, coroutines and async generators, and of the
// iterators and awaitables that resume them. The receivers are the
// Resumable objects; those of coroutine_wrapper, async_generator_asend
// and anext_awaitable are not types a program can subclass, so a
// getter's self.o is the Go object.

// resumableIter is __iter__ and __next__ of the iterators among them.
var resumableIter = []MethodDef[Resumable]{
	{"__iter__", 0, 0, selfMethod[Resumable]},
	{"__next__", 0, 0, resumableNext},
}

// resumableSend is send and throw, which all of them but async
// generators have, and close.
var resumableSend = []MethodDef[Resumable]{
	{"send", 1, 1, resumableSendMethod},
	{"throw", 1, 3, resumableThrow},
	{"close", 0, 0, resumableClose},
}

// resumableAwait is the awaitables' __await__.
var resumableAwait = []MethodDef[Resumable]{
	{"__await__", 0, 0, selfMethod[Resumable]},
}

var coroutineMethods = []MethodDef[Resumable]{
	{"__repr__", 0, 0, genRepr},
	{"__await__", 0, 0, coroutineAwait},
}

var asyncGeneratorMethods = []MethodDef[Resumable]{
	{"__repr__", 0, 0, genRepr},
	{"__aiter__", 0, 0, selfMethod[Resumable]},
	{"__anext__", 0, 0, asyncGeneratorAnext},
	{"asend", 1, 1, asyncGeneratorAsend},
	{"aclose", 0, 0, asyncGeneratorAclose},
}

// asyncGeneratorFuncs are AsyncGenerator's methods that read their own arguments.
var asyncGeneratorFuncs = []FuncDef{
	{"athrow", asyncGeneratorAthrow},
}

var generatorGetSets = []GetSetDef{
	{"__name__", genName, nil},
	{"__qualname__", genQualName, nil},
	{"gi_frame", genFrame, nil},
	{"gi_running", genRunning, nil},
	{"gi_code", genCode, nil},
	{"gi_yieldfrom", genYieldFrom, nil},
}

var coroutineGetSets = []GetSetDef{
	{"__name__", genName, nil},
	{"__qualname__", genQualName, nil},
	{"cr_frame", genFrame, nil},
	{"cr_running", genRunning, nil},
	{"cr_code", genCode, nil},
	{"cr_await", genYieldFrom, nil},
}

var asyncGeneratorGetSets = []GetSetDef{
	{"__name__", genName, nil},
	{"__qualname__", genQualName, nil},
	{"ag_frame", genFrame, nil},
	{"ag_running", asyncGenRunning, nil},
	{"ag_code", genCode, nil},
}

var tracebackGetSets = []GetSetDef{
	{"tb_next", tracebackNext, nil},
	{"tb_frame", tracebackFrame, nil},
	{"tb_lineno", tracebackLineno, nil},
	{"tb_lasti", tracebackLasti, nil},
}

var frameGetSets = []GetSetDef{
	{"f_code", frameCode, nil},
	{"f_lineno", frameLineno, nil},
	{"f_globals", frameGlobals, nil},
	{"f_back", frameBack, nil},
	{"f_locals", frameLocals, nil},
}

type genKind uint8

const (
	genGenerator genKind = iota
	genCoroutine
	genAsyncGen
)

// FlagIterableCoroutine marks generator code made awaitable by
// types.coroutine (CPython's CO_ITERABLE_COROUTINE).
const FlagIterableCoroutine = 1 << 12

// Generator is a generator, coroutine or async generator object.
type Generator struct {
	Frame    *Frame
	Name     string
	QualName string
	exc      *Exception // the exception the frame was handling when it suspended

	// Where a coroutine was created, for the never-awaited warning.
	createdFile string
	createdLine int

	// The small fields together, so that a coroutine takes 80 bytes.
	kind      genKind
	running   bool
	started   bool
	finished  bool
	agRunning bool // async generator: an asend/athrow is in progress
}

func (th *Thread) newGenerator(fr *Frame, fn *Function) Value {
	g := &Generator{Frame: fr, Name: fn.Name, QualName: fn.QualName}
	fr.gen = g
	// Not started: f_lineno is co_firstlineno until the first resume, as
	// CPython's (and asyncio's "coro=<f() running at FILE:LINE>" shows it).
	fr.LastI = -1
	t := GeneratorType
	switch {
	case fr.Code.Flags&compile.FlagCoroutine != 0:
		g.kind, t = genCoroutine, CoroutineType
		if caller := th.Frame; caller != nil {
			g.createdFile = caller.Code.Filename
			g.createdLine = caller.Line()
		}
		th.TrackCoroutine(g)
	case fr.Code.Flags&compile.FlagAsyncGenerator != 0:
		g.kind, t = genAsyncGen, AsyncGeneratorType
	}
	return Value{t: t, o: g}
}

func (g *Generator) noun() string {
	switch g.kind {
	case genCoroutine:
		return "coroutine"
	case genAsyncGen:
		return "async generator"
	}
	return "generator"
}

// Resume implements Resumable: it sends a value into the generator (exc ==
// nil) or throws exc into it.
func (g *Generator) Resume(th *Thread, send Value, exc *Exception) (Value, bool, *Exception) {
	if g.running {
		return Value{}, false, Errorf(ValueError, "%s already executing", g.noun())
	}
	if g.finished {
		if exc != nil {
			return Value{}, false, exc
		}
		if g.kind == genCoroutine {
			return Value{}, false, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	f := g.Frame
	if !g.started {
		if exc == nil && send.t != nil && !send.IsNone() {
			return Value{}, false, Errorf(TypeError, "can't send non-None value to a just-started %s", g.noun())
		}
		g.started = true
	} else if exc == nil {
		if send.t == nil {
			send = None
		}
		f.Stack[f.sp] = send
		f.sp++
	} else if f.PC < len(f.Code.Instrs) && f.Code.Instrs[f.PC].Op == compile.YIELD_FROM {
		// Delegating: the sub-iterator gets the exception first.
		sub := f.Stack[f.sp-1]
		g.running = true
		r, done, err := th.throwInto(sub, exc)
		g.running = false
		if err == nil && !done {
			return r, false, nil
		}
		if err == nil {
			// The sub-iterator finished: continue after the YIELD_FROM with its result.
			f.Stack[f.sp-1] = r
			f.PC++
			exc = nil
		} else {
			f.sp--
			f.Stack[f.sp] = Value{}
			exc = err
		}
	}
	g.running = true
	outer := th.Exc
	if g.exc != nil {
		th.Exc = g.exc
	}
	var v Value
	var err *Exception
	if exc == nil && th.Depth < th.recursionLimitVM() && th.Steps < th.vm.checkAt && th.vm.ticks+1 < reenterEvery {
		// resumeFrame's common case inline, as in callFunc: a generator
		// pipeline resumes a frame per item at each stage, and in wasm
		// the Go call is dear.
		th.vm.ticks++
		th.Depth++
		back := th.Frame
		f.Back = back
		th.Frame = f
		f.suspended = false
		var st execStatus
		for {
			v, err, st = th.exec(f, nil)
			if st != statusReenter {
				break
			}
		}
		th.Frame = back
		th.Depth--
	} else {
		v, err = th.resumeFrame(f, exc)
	}
	g.running = false
	if f.suspended {
		// Pointer stores cost a write-barrier check each: only those
		// that change something.
		if th.Exc != outer {
			g.exc = th.Exc
			th.Exc = outer
		} else if g.exc != nil {
			g.exc = nil
		}
		return v, false, nil
	}
	th.Exc = outer
	g.exc = nil
	g.finished = true
	if err != nil {
		if err.Matches(StopIteration) {
			r := Errorf(RuntimeError, "%s raised StopIteration", g.noun())
			r.Cause, r.Context, r.SuppressContext = err, err, true
			return Value{}, false, r
		}
		if g.kind == genAsyncGen && err.Matches(StopAsyncIteration) {
			r := Errorf(RuntimeError, "async generator raised StopAsyncIteration")
			r.Cause, r.Context, r.SuppressContext = err, err, true
			return Value{}, false, r
		}
		return Value{}, false, err
	}
	return v, true, nil
}

// throwInto throws exc into a sub-iterator of yield from / await.
func (th *Thread) throwInto(sub Value, exc *Exception) (Value, bool, *Exception) {
	if exc.Matches(GeneratorExit) {
		// Close the sub-iterator, then raise GeneratorExit in the delegator.
		if g, ok := sub.o.(*Generator); ok {
			if err := th.closeGen(g); err != nil {
				return Value{}, false, err
			}
			return Value{}, false, exc
		}
		if cl, ok, err := th.LookupAttr(sub, "close"); err != nil {
			return Value{}, false, err
		} else if ok {
			if _, err := th.Call(cl, nil, nil); err != nil {
				return Value{}, false, err
			}
		}
		return Value{}, false, exc
	}
	if r, ok := sub.o.(Resumable); ok {
		return r.Resume(th, Value{}, exc)
	}
	tf, ok, err := th.LookupAttr(sub, "throw")
	if err != nil {
		return Value{}, false, err
	}
	if !ok {
		return Value{}, false, exc
	}
	r, err := th.Call(tf, []Value{exc.Value()}, nil)
	if err != nil {
		if err.Matches(StopIteration) {
			return stopValue(err), true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

func stopValue(e *Exception) Value {
	if e.Payload.t == nil {
		return None
	}
	return e.Payload
}

// yieldFrom runs one step of YIELD_FROM: stack [sub, v].
func (th *Thread) yieldFrom(f *Frame) (Value, bool, *Exception) {
	sp := f.sp
	sub := f.Stack[sp-2]
	v := f.Stack[sp-1]
	f.Stack[sp-1] = Value{}
	sp--
	var r Value
	var done bool
	var err *Exception
	// Generators and Go coroutines first: asserting Resumable is an itab
	// lookup under WebAssembly.
	if g, ok := sub.o.(*Generator); ok {
		r, done, err = g.Resume(th, v, nil)
	} else if resume := sub.t.Resume; resume != nil {
		r, done, err = resume(sub, th, v, nil)
	} else if rs, ok := sub.o.(Resumable); ok {
		r, done, err = rs.Resume(th, v, nil)
	} else if v.IsNone() {
		var ok bool
		r, ok, err = th.nextWithValue(sub)
		done = !ok
	} else {
		r, err = th.CallMethod(sub, "send", v)
		if err != nil && err.Matches(StopIteration) {
			r, done, err = stopValue(err), true, nil
		}
	}
	if err != nil || done {
		sp--
		f.Stack[sp] = Value{}
		if done {
			f.Stack[sp] = r
			sp++
		}
	}
	f.sp = sp
	return r, done, err
}

// nextWithValue is next(it) that keeps StopIteration's value (for yield from).
func (th *Thread) nextWithValue(it Value) (Value, bool, *Exception) {
	if i, isIt := it.o.(Iterator); isIt && it.t.Static {
		v, ok, err := i.Next(th)
		if !ok && err == nil {
			return None, false, nil
		}
		return v, ok, err
	}
	r, found, err := th.callMethod(it, "__next__")
	if err != nil {
		if err.Matches(StopIteration) {
			return stopValue(err), false, nil
		}
		return Value{}, false, err
	}
	if !found {
		return Value{}, false, Errorf(TypeError, "'%s' object is not an iterator", it.t.Name)
	}
	return r, true, nil
}

func (th *Thread) closeGen(g *Generator) *Exception {
	if g.finished {
		return nil
	}
	if !g.started {
		g.finished = true
		return nil
	}
	_, done, err := g.Resume(th, Value{}, NewException(GeneratorExit))
	if err == nil && !done {
		if g.kind == genAsyncGen {
			return Errorf(RuntimeError, "async generator ignored GeneratorExit")
		}
		return Errorf(RuntimeError, "%s ignored GeneratorExit", g.noun())
	}
	if err != nil && !err.Matches(GeneratorExit) && !err.Matches(StopIteration) {
		return err
	}
	return nil
}

// yieldFromIter is GET_YIELD_FROM_ITER.
func (th *Thread) yieldFromIter(f *Frame, v Value) (Value, *Exception) {
	if g, ok := v.o.(*Generator); ok {
		if g.kind == genCoroutine && f.Code.Flags&(compile.FlagCoroutine|FlagIterableCoroutine) == 0 {
			return Value{}, Errorf(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		if g.kind != genAsyncGen {
			return v, nil
		}
	}
	if _, ok := v.o.(Resumable); ok {
		return v, nil // Go awaitables (asyncio's) delegate like generators
	}
	return th.Iter(v)
}

// getAwaitable is GET_AWAITABLE: the iterator `await v` delegates to.
func (th *Thread) getAwaitable(v Value, where int) (Value, *Exception) {
	if g, ok := v.o.(*Generator); ok {
		if g.kind == genCoroutine {
			if g.started && !g.finished && g.Frame.PC < len(g.Frame.Code.Instrs) && g.Frame.Code.Instrs[g.Frame.PC].Op == compile.YIELD_FROM {
				return Value{}, Errorf(RuntimeError, "coroutine is being awaited already")
			}
			return v, nil
		}
		if g.kind == genGenerator && g.Frame.Code.Flags&FlagIterableCoroutine != 0 {
			return v, nil
		}
	}
	if v.t.Resume != nil {
		return v, nil // a Go coroutine: its __await__ would return itself
	}
	aw, ok := v.t.Lookup("__await__")
	if !ok || aw.IsNone() {
		switch where {
		case 1:
			return Value{}, Errorf(TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", v.t.Name)
		case 2:
			return Value{}, Errorf(TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", v.t.Name)
		}
		return Value{}, Errorf(TypeError, "object %s can't be used in 'await' expression", v.t.Name)
	}
	r, err := th.callDescr(aw, v, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if g, ok := r.o.(*Generator); ok && g.kind == genCoroutine {
		return Value{}, Errorf(TypeError, "__await__() returned a coroutine")
	}
	if _, ok := r.o.(Resumable); ok {
		return r, nil
	}
	if _, ok := r.t.Lookup("__next__"); !ok {
		return Value{}, Errorf(TypeError, "__await__() returned non-iterator of type '%s'", r.t.Name)
	}
	return r, nil
}

func (th *Thread) getAIter(v Value) (Value, *Exception) {
	m, ok := v.t.Lookup("__aiter__")
	if !ok {
		return Value{}, Errorf(TypeError, "'async for' requires an object with __aiter__ method, got %s", v.t.Name)
	}
	r, err := th.callDescr(m, v, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if _, ok := r.t.Lookup("__anext__"); !ok {
		return Value{}, Errorf(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", r.t.Name)
	}
	return r, nil
}

func (th *Thread) getANext(v Value) (Value, *Exception) {
	if g, ok := v.o.(*Generator); ok && g.kind == genAsyncGen {
		return newAsyncGenOp(g, opASend, None, nil), nil
	}
	m, ok := v.t.Lookup("__anext__")
	if !ok {
		return Value{}, Errorf(TypeError, "'async for' requires an iterator with __anext__ method, got %s", v.t.Name)
	}
	r, err := th.callDescr(m, v, nil, nil)
	if err != nil {
		return Value{}, err
	}
	aw, err := th.getAwaitable(r, 0)
	if err != nil {
		return Value{}, Errorf(TypeError, "'async for' received an invalid object from __anext__: %s", r.t.Name)
	}
	return aw, nil
}

// ---------------------------------------------------------------- async generators

type asyncGenWrapped struct{ v Value }

var asyncGenWrappedType = &Type{Name: "async_generator_wrapped_value"}

type asyncOpKind uint8

const (
	opASend asyncOpKind = iota
	opAThrow
	opAClose
)

// asyncGenOp is the awaitable returned by asend(), athrow(), aclose() and
// __anext__() of an async generator.
type asyncGenOp struct {
	gen   *Generator
	kind  asyncOpKind
	send  Value
	args  []Value // athrow's arguments, read when it is first awaited
	state uint8   // 0 not started, 1 running, 2 done
}

var (
	asyncGenASendType  = &Type{Name: "async_generator_asend"}
	asyncGenAThrowType = &Type{Name: "async_generator_athrow"}
)

func newAsyncGenOp(g *Generator, kind asyncOpKind, send Value, args []Value) Value {
	t := asyncGenASendType
	if kind != opASend {
		t = asyncGenAThrowType
	}
	return Value{t: t, o: &asyncGenOp{gen: g, kind: kind, send: send, args: args}}
}

// Resume implements Resumable.
func (op *asyncGenOp) Resume(th *Thread, send Value, exc *Exception) (Value, bool, *Exception) {
	g := op.gen
	if op.state == 2 {
		if op.kind == opASend {
			return Value{}, false, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		return Value{}, false, Errorf(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if op.state == 0 {
		if g.agRunning {
			return Value{}, false, Errorf(RuntimeError, "%s(): asynchronous generator is already running", [...]string{"anext", "athrow", "aclose"}[op.kind])
		}
		op.state = 1
		if exc == nil {
			switch op.kind {
			case opASend:
				send = op.send
			case opAThrow:
				// As CPython 3.11, athrow reads its arguments only now,
				// after marking the generator running; a wrong count
				// leaves it marked (later athrows and aclose find it
				// "already running"), a wrong type does not.
				if err := throwArgCount("athrow", len(op.args)); err != nil {
					g.agRunning = true
					return Value{}, false, err
				}
				e, err := th.throwArgs("athrow", op.args)
				if err != nil {
					op.state = 2
					return Value{}, false, err
				}
				exc = e
			case opAClose:
				exc = NewException(GeneratorExit)
			}
		}
		if g.finished || (!g.started && op.kind == opAClose) {
			op.state = 2
			g.finished = true
			if op.kind == opASend {
				return Value{}, false, NewException(StopAsyncIteration)
			}
			if op.kind == opAClose {
				return None, true, nil
			}
			return Value{}, false, exc
		}
		g.agRunning = true
		if !g.started && th.vm.asyncGenFirstIter != nil {
			th.vm.asyncGenFirstIter(Value{t: AsyncGeneratorType, o: g})
		}
	}
	r, done, err := g.Resume(th, send, exc)
	if err != nil {
		op.state = 2
		g.agRunning = false
		if op.kind == opAClose && (err.Matches(GeneratorExit) || err.Matches(StopAsyncIteration)) {
			return None, true, nil
		}
		return Value{}, false, err
	}
	if done {
		op.state = 2
		g.agRunning = false
		if op.kind == opAClose {
			return None, true, nil
		}
		return Value{}, false, NewException(StopAsyncIteration)
	}
	if w, ok := r.o.(*asyncGenWrapped); ok {
		op.state = 2
		g.agRunning = false
		if op.kind == opAClose {
			return Value{}, false, Errorf(RuntimeError, "async generator ignored GeneratorExit")
		}
		return w.v, true, nil
	}
	return r, false, nil
}

// ---------------------------------------------------------------- Python-visible methods

// resumeAsMethod turns a Resume result into a method result: a finished
// iterator raises StopIteration(value).
func resumeAsMethod(r Value, done bool, err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	if done {
		if r.t == nil || r.IsNone() {
			return Value{}, NewException(StopIteration)
		}
		return Value{}, NewException(StopIteration, r)
	}
	return r, nil
}

// throwArgCount checks that throw or athrow has one to three arguments.
func throwArgCount(name string, n int) *Exception {
	switch {
	case n < 1:
		return Errorf(TypeError, "%s expected at least 1 argument, got %d", name, n)
	case n > 3:
		return Errorf(TypeError, "%s expected at most 3 arguments, got %d", name, n)
	}
	return nil
}

// throwArgs builds the exception of gen.throw(typ[, val[, tb]]).
func (th *Thread) throwArgs(name string, args []Value) (*Exception, *Exception) {
	if err := throwArgCount(name, len(args)); err != nil {
		return nil, err
	}
	typ := args[0]
	if e := excOf(typ); e != nil {
		if len(args) > 1 && !args[1].IsNone() {
			return nil, Errorf(TypeError, "instance exception may not have a separate value")
		}
		return e, nil
	}
	t := typ.AsType()
	if t == nil || !t.IsSubtype(BaseException) {
		return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.t.Name)
	}
	if len(args) > 1 && !args[1].IsNone() {
		if e := excOf(args[1]); e != nil && e.Type.IsSubtype(t) {
			return e, nil
		}
		r, err := th.Call(typ, []Value{args[1]}, nil)
		if err != nil {
			return nil, err
		}
		return excOf(r), nil
	}
	r, err := th.Call(typ, nil, nil)
	if err != nil {
		return nil, err
	}
	return excOf(r), nil
}

func genOf(v Value) *Generator { return v.o.(*Generator) }

// coroWrapper is what coroutine.__await__() returns: an iterator over the
// coroutine.
type coroWrapper struct{ g *Generator }

var coroWrapperType = &Type{Name: "coroutine_wrapper"}

func (w *coroWrapper) Resume(th *Thread, send Value, exc *Exception) (Value, bool, *Exception) {
	return w.g.Resume(th, send, exc)
}

func init() {
	recv := ObjectOf[Resumable]
	g := GeneratorType
	AddMethods(g, recv, resumableIter)
	AddMethods(g, recv, resumableSend)
	AddMethods(g, recv, coroutineMethods[:1])
	AddGetSets(g, generatorGetSets)

	c := CoroutineType
	AddMethods(c, recv, resumableSend)
	AddMethods(c, recv, coroutineMethods)
	AddGetSets(c, coroutineGetSets)

	a := AsyncGeneratorType
	AddMethods(a, recv, asyncGeneratorMethods)
	AddFuncs(a, asyncGeneratorFuncs)
	AddGetSets(a, asyncGeneratorGetSets)

	for _, t := range []*Type{coroWrapperType, asyncGenASendType, asyncGenAThrowType, anextAwaitableType} {
		AddMethods(t, recv, resumableIter)
		if t != anextAwaitableType {
			AddMethods(t, recv, resumableSend)
		} else {
			AddMethods(t, recv, resumableSend[:2])
		}
		if t != coroWrapperType {
			AddMethods(t, recv, resumableAwait)
		}
	}
	AddGetSets(TracebackType, tracebackGetSets)
	AddGetSets(FrameType, frameGetSets)
}

func genRepr(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return NewStr("<" + self.t.Name + " object " + r.(*Generator).QualName + " at " + hexID(self) + ">"), nil
}

func genName(th *Thread, self Value) (Value, *Exception) { return NewStr(genOf(self).Name), nil }

func genQualName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(genOf(self).QualName), nil
}

func genFrame(th *Thread, self Value) (Value, *Exception) {
	g := genOf(self)
	if g.finished {
		return None, nil
	}
	return g.Frame.Value(), nil
}

func genRunning(th *Thread, self Value) (Value, *Exception) { return Bool(genOf(self).running), nil }

func asyncGenRunning(th *Thread, self Value) (Value, *Exception) {
	return Bool(genOf(self).agRunning), nil
}

func genCode(th *Thread, self Value) (Value, *Exception) {
	return Value{t: CodeType, o: genOf(self).Frame.Code}, nil
}

func genYieldFrom(th *Thread, self Value) (Value, *Exception) { return yieldFromOf(genOf(self)), nil }

func resumableNext(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return resumeAsMethod(r.Resume(th, None, nil))
}

func resumableSendMethod(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return resumeAsMethod(r.Resume(th, args[0], nil))
}

func resumableThrow(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	exc, err := th.throwArgs("throw", args)
	if err != nil {
		return Value{}, err
	}
	return resumeAsMethod(r.Resume(th, Value{}, exc))
}

// resumableClose is close(): a generator or coroutine (or a coroutine's
// __await__ iterator) runs its finally blocks; an asend/athrow awaitable
// is only marked done.
func resumableClose(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	switch r := r.(type) {
	case *Generator:
		return None, th.closeGen(r)
	case *coroWrapper:
		return None, th.closeGen(r.g)
	case *asyncGenOp:
		r.state = 2
	}
	return None, nil
}

func coroutineAwait(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return Value{t: coroWrapperType, o: &coroWrapper{r.(*Generator)}}, nil
}

// yieldFromOf is the object a suspended generator delegates to, or None.
func yieldFromOf(g *Generator) Value {
	f := g.Frame
	if g.finished || !g.started || f.PC >= len(f.Code.Instrs) || f.Code.Instrs[f.PC].Op != compile.YIELD_FROM {
		return None
	}
	return f.Stack[f.sp-1]
}

// MarkIterableCoroutine makes calls of the generator function fn return
// generators that can be awaited (types.coroutine).
func MarkIterableCoroutine(fn Value) bool {
	f, ok := fn.o.(*Function)
	if !ok || f.Code.Flags&compile.FlagGenerator == 0 {
		return false
	}
	c := *f.Code
	c.Flags |= FlagIterableCoroutine
	f.Code = &c
	return true
}

// IsCoroutine reports whether v is a coroutine object (asyncio.iscoroutine).
func IsCoroutine(v Value) bool {
	g, ok := v.o.(*Generator)
	return ok && (g.kind == genCoroutine || g.kind == genGenerator && g.Frame.Code.Flags&FlagIterableCoroutine != 0)
}

// IsCoroutineFunction reports whether v is an async def function.
func IsCoroutineFunction(v Value) bool {
	f, ok := v.o.(*Function)
	return ok && f.Code.Flags&compile.FlagCoroutine != 0
}

// SetAsyncGenFirstIter registers the run's hook called when an async
// generator is first iterated (sys.set_asyncgen_hooks' firstiter; asyncio
// uses it to aclose() generators left suspended at shutdown).
func (th *Thread) SetAsyncGenFirstIter(hook func(gen Value)) { th.vm.asyncGenFirstIter = hook }

// anextAwaitable is anext(it, default): it awaits it.__anext__() and turns
// StopAsyncIteration into the default.
type anextAwaitable struct {
	inner Value
	def   Value
}

var anextAwaitableType = &Type{Name: "anext_awaitable"}

func (a *anextAwaitable) Resume(th *Thread, send Value, exc *Exception) (Value, bool, *Exception) {
	var r Value
	var done bool
	var err *Exception
	if rs, ok := a.inner.o.(Resumable); ok {
		r, done, err = rs.Resume(th, send, exc)
	} else if exc != nil {
		r, done, err = th.throwInto(a.inner, exc)
	} else if send.t == nil || send.IsNone() {
		var ok bool
		r, ok, err = th.nextWithValue(a.inner)
		done = !ok
	} else {
		r, err = th.CallMethod(a.inner, "send", send)
		if err != nil && err.Matches(StopIteration) {
			r, done, err = stopValue(err), true, nil
		}
	}
	if err != nil && err.Matches(StopAsyncIteration) {
		return a.def, true, nil
	}
	return r, done, err
}

// BuiltinANext is builtins.anext.
func BuiltinANext(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("anext", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	it := args[0]
	var aw Value
	if g, ok := it.o.(*Generator); ok && g.kind == genAsyncGen {
		aw = newAsyncGenOp(g, opASend, None, nil)
	} else {
		m, ok := it.t.Lookup("__anext__")
		if !ok {
			return Value{}, Errorf(TypeError, "'%s' object is not an async iterator", it.t.Name)
		}
		r, err := th.callDescr(m, it, nil, nil)
		if err != nil {
			return Value{}, err
		}
		aw = r
	}
	if len(args) == 1 {
		return aw, nil
	}
	inner, err := th.getAwaitable(aw, 0)
	if err != nil {
		return Value{}, err
	}
	return Value{t: anextAwaitableType, o: &anextAwaitable{inner: inner, def: args[1]}}, nil
}

// BuiltinAIter is builtins.aiter.
func BuiltinAIter(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("aiter", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	m, ok := args[0].t.Lookup("__aiter__")
	if !ok {
		return Value{}, Errorf(TypeError, "'%s' object is not an async iterable", args[0].t.Name)
	}
	return th.callDescr(m, args[0], nil, nil)
}

func tracebackNext(th *Thread, self Value) (Value, *Exception) {
	if n := self.o.(*Traceback).Next; n != nil {
		return Value{t: TracebackType, o: n}, nil
	}
	return None, nil
}

func tracebackFrame(th *Thread, self Value) (Value, *Exception) {
	if f := self.o.(*Traceback).Frame; f != nil {
		return f.Value(), nil
	}
	return None, nil
}

func tracebackLineno(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(self.o.(*Traceback).Line)), nil
}

func tracebackLasti(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(2 * self.o.(*Traceback).Lasti)), nil
}

func frameCode(th *Thread, self Value) (Value, *Exception) {
	return Value{t: CodeType, o: self.o.(*Frame).Code}, nil
}

func frameLineno(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(self.o.(*Frame).Line())), nil
}

func frameGlobals(th *Thread, self Value) (Value, *Exception) {
	return self.o.(*Frame).Globals.Value(), nil
}

func frameBack(th *Thread, self Value) (Value, *Exception) {
	if b := self.o.(*Frame).Back; b != nil {
		return b.Value(), nil
	}
	return None, nil
}

func frameLocals(th *Thread, self Value) (Value, *Exception) {
	f := self.o.(*Frame)
	if f.Locals != nil {
		return f.Locals.Value(), nil
	}
	d := NewDict()
	for i, n := range f.Code.VarNames {
		if f.Fast[i].t != nil {
			d.SetStr(n, f.Fast[i])
		}
	}
	for i, c := range f.Cells {
		if c != nil && c.V.t != nil {
			d.SetStr(f.Code.CellName(i), c.V)
		}
	}
	return d.Value(), nil
}

func asyncGeneratorAthrow(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return newAsyncGenOp(genOf(args[0]), opAThrow, Value{}, append([]Value(nil), args[1:]...)), nil
}

func asyncGeneratorAnext(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return newAsyncGenOp(r.(*Generator), opASend, None, nil), nil
}

func asyncGeneratorAsend(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return newAsyncGenOp(r.(*Generator), opASend, args[0], nil), nil
}

func asyncGeneratorAclose(th *Thread, self Value, r Resumable, args []Value) (Value, *Exception) {
	return newAsyncGenOp(r.(*Generator), opAClose, Value{}, nil), nil
}
