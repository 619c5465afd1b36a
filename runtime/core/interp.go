package core

import (
	"runtime"

	"github.com/asynchrony/asynchrony/runtime/compile"
)

// execStatus says why exec returned.
type execStatus uint8

const (
	statusReturn  execStatus = iota // the frame returned a value
	statusError                     // the frame raised
	statusYield                     // the frame suspended at a yield
	statusReenter                   // the loop returned to its driver (WASM tiering); call again
)

// reenterEvery is how many backward jumps exec runs before returning to
// its driver: V8 only optimizes a wasm function that is entered again. The
// limits are checked at the same time (more often with a memory limit).
const reenterEvery = 1000

// runFrame runs a new frame to completion (or to its first suspension for
// generator frames, which use resumeFrame instead).
func (th *Thread) runFrame(f *Frame) (Value, *Exception) {
	return th.resumeFrame(f, nil)
}

// resumeFrame runs f from its saved position; throw, if set, is raised at
// that position first. A suspended frame has f.suspended set.
func (th *Thread) resumeFrame(f *Frame, throw *Exception) (Value, *Exception) {
	if th.Depth >= th.recursionLimitVM() {
		return Value{}, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	if th.Steps >= th.vm.checkAt {
		// A Python frame's entry (CPython's RESUME): another thread may
		// take over first.
		if err := th.switchPoint(); err != nil {
			return Value{}, err
		}
	}
	if th.vm.ticks++; th.vm.ticks >= reenterEvery {
		// Calls count as backward jumps do: a program that only recurses
		// (fib) never jumps back, yet must see cancellation, and under
		// js/wasm the collector's mark workers run only when the VM
		// yields (in checkLimits): a collection begun during such a
		// program kept the write barrier on to its end (3x slower).
		th.vm.ticks = 0
		if err := th.checkLimits(); err != nil {
			return Value{}, err
		}
	}
	th.Depth++
	back := th.Frame
	f.Back = back
	th.Frame = f
	f.suspended = false
	var v Value
	var err *Exception
	var st execStatus
	for {
		v, err, st = th.exec(f, throw)
		throw = nil
		if st != statusReenter {
			break
		}
	}
	th.Frame = back
	th.Depth--
	return v, err
}

// maxDepth caps the recursion limit: each Python call also uses Go stack,
// whose overflow would be fatal rather than a RecursionError.
const maxDepth = 20000

func (th *Thread) recursionLimitVM() int {
	if th.RecursionLimit <= 0 {
		return 1000
	}
	if th.RecursionLimit > maxDepth {
		return maxDepth
	}
	return th.RecursionLimit
}

// excValue returns e as a value, None for nil.
func excValue(e *Exception) Value {
	if e == nil {
		return None
	}
	return e.Value()
}

// excOf returns the exception held by v, or nil for None and non-exceptions.
func excOf(v Value) *Exception {
	e, _ := v.o.(*Exception)
	return e
}

// setContext implements implicit chaining: a newly raised exception gets the
// exception being handled as its __context__ (breaking cycles as CPython).
func (th *Thread) setContext(e *Exception) {
	cur := th.Exc
	if cur == nil || cur == e {
		return
	}
	// Avoid a cycle: if e is already in cur's context chain, cut it there.
	for o := cur; o.Context != nil; o = o.Context {
		if o.Context == e {
			o.Context = nil
			break
		}
	}
	e.Context = cur
}

// checkLimits runs on backward jumps (every reenterEvery of them): the step
// budget and cancellation.
func (th *Thread) checkLimits() *Exception {
	if th.halted != nil {
		return th.haltErr()
	}
	vmYield()
	// The heap is measured only after a collection, when it may have grown:
	// ReadMemStats stops the world, and measuring at every check cost 18%
	// of a generator-heavy run. Under js/wasm the GC finalizer that counts
	// collections runs during vmYield above, so the count is current here.
	if n := gcCountNow(); th.vm.maxMemory > 0 && n != th.vm.lastGC {
		th.vm.lastGC = n
		if used := heapBytes() - th.vm.heapBase; used > th.vm.maxMemory {
			th.halted = Errorf(MemoryError, "memory limit of %d bytes exceeded", th.vm.maxMemory)
			return th.haltErr()
		}
	}
	if th.MaxSteps > 0 && th.Steps > th.MaxSteps {
		th.halted = Errorf(KeyboardInterrupt, "step limit exceeded")
		return th.haltErr()
	}
	if th.Steps >= th.vm.checkAt {
		if err := th.switchPoint(); err != nil {
			return err
		}
	}
	if th.Cancel != nil {
		select {
		case <-th.Cancel:
			th.halted = NewException(KeyboardInterrupt)
			return th.haltErr()
		default:
		}
	}
	return nil
}

// CheckLimits charges steps to the run's step budget and checks the
// limits as the loop does: for long-running loops in Go (the re matcher).
func (th *Thread) CheckLimits(steps int64) *Exception {
	th.Steps += steps
	return th.checkLimits()
}

// exec is the dispatch loop. The hot opcodes are in the first switch; the
// rest go through execRare, which works on the frame's saved state.
func (th *Thread) exec(f *Frame, throw *Exception) (Value, *Exception, execStatus) {
	instrs := f.Code.Instrs
	stack := f.Stack
	fast := f.Fast
	consts := f.ext.consts
	sp := f.sp
	pc := f.PC
	reraise := false
	err := throw
	if throw != nil && (pc == 0 || instrs[pc].Op == compile.YIELD_FROM) {
		// The error is reported at pc-1, the suspension point: a YIELD_FROM
		// is re-run at pc, a YIELD_VALUE was at pc-1 already.
		pc++
	}
	for {
		if err != nil {
			f.sp, f.PC = sp, pc
			if !th.unwind(f, err, reraise) {
				return Value{}, err, statusError
			}
			sp, pc = f.sp, f.PC
			reraise = false
			err = nil
			continue
		}
		in := instrs[pc]
		pc++
		switch in.Op {
		case compile.LOAD_FAST:
			v := fast[in.Arg]
			if v.t == nil {
				f.LastI = pc - 1
				err = unboundLocal(f.Code, int(in.Arg))
				continue
			}
			stack[sp] = v
			sp++
		case compile.STORE_FAST:
			sp--
			fast[in.Arg] = stack[sp]
			stack[sp] = Value{}
		case compile.LOAD_CONST:
			stack[sp] = consts[in.Arg]
			sp++
		case compile.LOAD_GLOBAL:
			c := &f.ext.gcache[in.Arg]
			if c.globals == f.Globals && c.gver == c.globals.Version {
				if !c.inBuiltins {
					stack[sp] = c.globals.entries[c.idx].val
					sp++
					continue
				}
				if c.builtins == f.Builtins && c.bver == c.builtins.Version {
					stack[sp] = c.builtins.entries[c.idx].val
					sp++
					continue
				}
			}
			var v Value
			v, err = f.loadGlobalSlow(c, f.Code.Names[in.Arg])
			if err != nil {
				continue
			}
			stack[sp] = v
			sp++
		case compile.BINARY_OP, compile.INPLACE_OP:
			b := stack[sp-1]
			a := stack[sp-2]
			if a.t == IntType && b.t == IntType && a.o == nil && b.o == nil {
				x, y := int64(a.n), int64(b.n)
				switch compile.BinOp(in.Arg) {
				case compile.Add:
					if r := x + y; (r > x) == (y > 0) {
						stack[sp-2] = Value{t: IntType, n: uint64(r)}
						stack[sp-1] = Value{}
						sp--
						continue
					}
				case compile.Sub:
					if r := x - y; (r < x) == (y > 0) {
						stack[sp-2] = Value{t: IntType, n: uint64(r)}
						stack[sp-1] = Value{}
						sp--
						continue
					}
				case compile.Mul:
					if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
						stack[sp-2] = Value{t: IntType, n: uint64(x * y)}
						stack[sp-1] = Value{}
						sp--
						continue
					}
				case compile.Mod:
					if y > 0 {
						// Python's modulo takes the divisor's sign.
						r := x % y
						if r < 0 {
							r += y
						}
						stack[sp-2] = Value{t: IntType, n: uint64(r)}
						stack[sp-1] = Value{}
						sp--
						continue
					}
				}
			}
			var r Value
			r, err = th.binaryOther(in, a, b)
			if err != nil {
				continue
			}
			stack[sp-2] = r
			stack[sp-1] = Value{}
			sp--
		case compile.COMPARE_OP, compile.COMPARE_JUMP:
			b := stack[sp-1]
			a := stack[sp-2]
			op := CmpOp(in.Arg & 7)
			var r Value
			if a.t == IntType && b.t == IntType && a.o == nil && b.o == nil {
				r = Bool(cmpOrdered(op, int64(a.n), int64(b.n)))
			} else if a.t == FloatType && b.t == FloatType {
				r = Bool(cmpOrdered(op, a.Float64(), b.Float64()))
			} else {
				r, err = th.Compare(op, a, b)
				if err != nil {
					continue
				}
			}
			stack[sp-1] = Value{}
			if in.Op == compile.COMPARE_JUMP && r.t == BoolType {
				// The POP_JUMP_IF after it, a forward jump.
				stack[sp-2] = Value{}
				sp -= 2
				if (r.n != 0) == (in.Arg&8 != 0) {
					pc = int(in.Arg >> 4)
				} else {
					pc++
				}
				continue
			}
			stack[sp-2] = r
			sp--
		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
			sp--
			v := stack[sp]
			stack[sp] = Value{}
			var truth bool
			switch {
			case v.t == BoolType:
				truth = v.n != 0
			case v.t == NoneType:
				truth = false
			case v.t == IntType && v.o == nil:
				truth = v.n != 0
			default:
				truth, err = th.Truth(v)
				if err != nil {
					continue
				}
			}
			if truth == (in.Op == compile.POP_JUMP_IF_TRUE) {
				target := int(in.Arg)
				if target < pc {
					th.Steps++
					if th.vm.ticks++; th.vm.ticks >= reenterEvery || th.vm.maxMemory > 0 && gcCountNow() != th.vm.lastGC || th.Steps >= th.vm.checkAt {
						th.vm.ticks = 0
						if err = th.checkLimits(); err != nil {
							continue
						}
						f.sp, f.PC = sp, target
						return Value{}, nil, statusReenter
					}
				}
				pc = target
			}
		case compile.JUMP:
			target := int(in.Arg)
			if target < pc {
				th.Steps++
				if th.vm.ticks++; th.vm.ticks >= reenterEvery || th.vm.maxMemory > 0 && gcCountNow() != th.vm.lastGC || th.Steps >= th.vm.checkAt {
					th.vm.ticks = 0
					if err = th.checkLimits(); err != nil {
						continue
					}
					f.sp, f.PC = sp, target
					return Value{}, nil, statusReenter
				}
			}
			pc = target
		case compile.FOR_ITER, compile.FOR_ITER_STORE_FAST:
			it := stack[sp-1]
			if r, isRange := it.o.(*RangeIter); isRange && r.left > 0 && r.left&0xffff != 0 {
				// RangeIter.Next inline, but for the items at which it
				// checks the limits.
				if in.Op == compile.FOR_ITER {
					stack[sp] = Int(r.next)
					sp++
				} else {
					fast[in.Arg>>20] = Int(r.next)
					pc++
				}
				r.next += r.step
				r.left--
				continue
			}
			var v Value
			var ok bool
			if g, isGen := it.o.(*Generator); isGen && it.t == GeneratorType {
				// Resumed directly: generators do not implement Iterator
				// (next(g) must see the StopIteration value of a return).
				var done bool
				v, done, err = g.Resume(th, None, nil)
				ok = !done && err == nil
			} else {
				v, ok, err = th.Next(it)
			}
			if err != nil {
				continue
			}
			if !ok {
				sp--
				stack[sp] = Value{}
				pc = int(in.Arg)
				if in.Op != compile.FOR_ITER {
					pc = int(in.Arg & 0xfffff)
				}
				continue
			}
			if in.Op == compile.FOR_ITER {
				stack[sp] = v
				sp++
			} else {
				fast[in.Arg>>20] = v
				pc++
			}
		case compile.CALL:
			n := int(in.Arg)
			fn := stack[sp-n-1]
			kw := th.vm.kwnames
			th.vm.kwnames = nil
			f.LastI = pc - 1
			th.Steps++
			var r Value
			if fn.t == FunctionType {
				r, err = th.callFunc(fn.o.(*Function), stack[sp-n:sp], kw)
			} else {
				r, err = th.callOther(stack[sp-n-1:sp], kw)
			}
			for i := sp - n - 1; i < sp; i++ {
				stack[i] = Value{}
			}
			sp -= n + 1
			if err != nil {
				continue
			}
			stack[sp] = r
			sp++
		case compile.CALL_METHOD:
			n := int(in.Arg)
			meth := stack[sp-n-2]
			self := stack[sp-n-1]
			kw := th.vm.kwnames
			th.vm.kwnames = nil
			f.LastI = pc - 1
			th.Steps++
			var args []Value
			if self.t != nil {
				args = stack[sp-n-1 : sp]
			} else {
				args = stack[sp-n : sp]
			}
			var r Value
			if meth.t == FunctionType {
				r, err = th.callFunc(meth.o.(*Function), args, kw)
			} else {
				r, err = th.callMethodOther(meth, self, args, kw)
			}
			for i := sp - n - 2; i < sp; i++ {
				stack[i] = Value{}
			}
			sp -= n + 2
			if err != nil {
				continue
			}
			stack[sp] = r
			sp++
		case compile.LOAD_METHOD:
			obj := stack[sp-1]
			m, isMeth, e := th.loadMethod(f, obj, int(in.Arg))
			if e != nil {
				err = e
				continue
			}
			stack[sp-1] = m
			if isMeth {
				stack[sp] = obj
			} else {
				stack[sp] = Value{}
			}
			sp++
		case compile.LOAD_ATTR:
			var v Value
			v, err = th.loadAttr(f, stack[sp-1], int(in.Arg))
			if err != nil {
				continue
			}
			stack[sp-1] = v
		case compile.STORE_ATTR:
			err = th.storeAttr(f, stack[sp-1], int(in.Arg), stack[sp-2])
			stack[sp-1], stack[sp-2] = Value{}, Value{}
			sp -= 2
		case compile.BINARY_SUBSCR:
			k := stack[sp-1]
			c := stack[sp-2]
			var r Value
			if l, ok := c.o.(*List); ok && c.t == ListType && k.t == IntType && k.o == nil {
				i := int64(k.n)
				if i < 0 {
					i += int64(len(l.Items))
				}
				if i >= 0 && i < int64(len(l.Items)) {
					stack[sp-2] = l.Items[i]
					stack[sp-1] = Value{}
					sp--
					continue
				}
			}
			r, err = th.GetItem(c, k)
			if err != nil {
				continue
			}
			stack[sp-2] = r
			stack[sp-1] = Value{}
			sp--
		case compile.STORE_SUBSCR:
			k := stack[sp-1]
			c := stack[sp-2]
			v := stack[sp-3]
			stack[sp-1], stack[sp-2], stack[sp-3] = Value{}, Value{}, Value{}
			sp -= 3
			if l, ok := c.o.(*List); ok && c.t == ListType && k.t == IntType && k.o == nil {
				i := int64(k.n)
				if i < 0 {
					i += int64(len(l.Items))
				}
				if i >= 0 && i < int64(len(l.Items)) {
					l.Items[i] = v
					continue
				}
			}
			err = th.SetItem(c, k, v)
		case compile.RETURN_VALUE:
			sp--
			v := stack[sp]
			stack[sp] = Value{}
			f.sp = sp
			f.PC = pc
			return v, nil, statusReturn
		case compile.POP_TOP:
			sp--
			stack[sp] = Value{}
		case compile.YIELD_VALUE:
			// Here rather than in execCold: a generator pipeline yields
			// once per item at each stage.
			sp--
			v := stack[sp]
			stack[sp] = Value{}
			f.sp, f.PC, f.LastI = sp, pc, pc-1
			f.suspended = true
			return v, nil, statusYield
		case compile.LOAD_DEREF:
			v := f.Cells[in.Arg].V
			if v.t == nil {
				err = th.unboundDeref(f, int(in.Arg))
				continue
			}
			stack[sp] = v
			sp++
		case compile.STORE_DEREF:
			sp--
			f.Cells[in.Arg].V = stack[sp]
			stack[sp] = Value{}
		case compile.IS_OP:
			r := stack[sp-2].Is(stack[sp-1]) != (in.Arg == 1)
			stack[sp-2] = Bool(r)
			stack[sp-1] = Value{}
			sp--
		case compile.CONTAINS_OP:
			var r bool
			r, err = th.Contains(stack[sp-1], stack[sp-2])
			if err != nil {
				continue
			}
			stack[sp-2] = Bool(r != (in.Arg == 1))
			stack[sp-1] = Value{}
			sp--
		case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
			var truth bool
			truth, err = th.Truth(stack[sp-1])
			if err != nil {
				continue
			}
			if truth == (in.Op == compile.JUMP_IF_TRUE_OR_POP) {
				pc = int(in.Arg)
			} else {
				sp--
				stack[sp] = Value{}
			}
		case compile.UNARY_NOT:
			var truth bool
			truth, err = th.Truth(stack[sp-1])
			if err != nil {
				continue
			}
			stack[sp-1] = Bool(!truth)
		default:
			// The rest, cold: out of exec, whose size costs on every entry.
			f.sp, f.PC = sp, pc
			f.LastI = pc - 1
			var v Value
			var yield bool
			v, err, reraise, yield = th.execCold(f, in)
			if yield {
				return v, nil, statusYield
			}
			sp, pc = f.sp, f.PC
		}
	}
}

// execCold runs the opcodes that exec's hot switch does not, on the frame's
// saved state (f.sp, f.PC past the instruction, f.LastI at it). yield
// reports a suspension with the value v; reraise that err is re-raised.
func (th *Thread) execCold(f *Frame, in compile.Instr) (v Value, err *Exception, reraise, yield bool) {
	stack := f.Stack
	switch in.Op {
	case compile.FORMAT_VALUE:
		// An f-string's {x} of a str or an int, without execRare. An int
		// that BUILD_STRING takes next (Arg 8) is written there.
		if v := stack[f.sp-1]; in.Arg&^compile.FormatIntoString == 0 && (v.t == StrType || v.t == IntType && v.o == nil) {
			if v.t == IntType && in.Arg == 0 {
				stack[f.sp-1] = strFromInt(int64(v.n))
			}
			return Value{}, nil, false, false
		}
	case compile.BUILD_STRING:
		n := int(in.Arg)
		parts := stack[f.sp-n : f.sp]
		r := buildString(parts)
		clearValues(parts)
		f.sp -= n
		stack[f.sp] = r
		f.sp++
		return Value{}, nil, false, false
	case compile.YIELD_FROM:
		var done bool
		v, done, err = th.yieldFrom(f)
		if err != nil {
			return Value{}, err, false, false
		}
		if !done {
			f.PC-- // resume re-executes YIELD_FROM with the sent value
			f.suspended = true
			return v, nil, false, true
		}
		return Value{}, nil, false, false
	case compile.RERAISE:
		f.sp--
		err = excOf(stack[f.sp])
		stack[f.sp] = Value{}
		if err == nil {
			err = Errorf(SystemError, "RERAISE of a non-exception")
		}
		return Value{}, err, true, false
	case compile.END_ASYNC_FOR:
		f.sp--
		exc := excOf(stack[f.sp])
		stack[f.sp] = Value{}
		if exc != nil && exc.Matches(StopAsyncIteration) {
			f.sp--
			stack[f.sp] = Value{}
			return Value{}, nil, false, false
		}
		return Value{}, exc, true, false
	case compile.RAISE_VARARGS:
		err, reraise = th.raiseVarargs(f, int(in.Arg))
		return Value{}, err, reraise, false
	case compile.COPY:
		// With SWAP, what `x[k] += v` compiles to: not worth execRare.
		stack[f.sp] = stack[f.sp-int(in.Arg)]
		f.sp++
		return Value{}, nil, false, false
	case compile.SWAP:
		i := f.sp - int(in.Arg)
		stack[f.sp-1], stack[i] = stack[i], stack[f.sp-1]
		return Value{}, nil, false, false
	case compile.GET_AWAITABLE:
		// `await` of a Go coroutine or a coroutine not yet started (never
		// one being awaited already) is the object itself.
		v := stack[f.sp-1]
		if g, ok := v.o.(*Generator); ok && g.kind == genCoroutine && !g.started || v.t.Resume != nil {
			return Value{}, nil, false, false
		}
	}
	return Value{}, th.execRare(f, in), false, false
}

// unwind handles err raised at f.PC-1: it adds f's traceback entry
// (unless the error is re-raised) and, when a handler block is active,
// jumps there with the exception pushed and reports true. Otherwise it
// clears f's stack and reports false: the error leaves the frame.
func (th *Thread) unwind(f *Frame, err *Exception, reraise bool) bool {
	lasti := f.PC - 1
	f.LastI = lasti
	if !reraise {
		if err.Traceback == nil {
			th.setContext(err)
		}
		if !nativeFiles[f.Code.Filename] {
			err.Traceback = &Traceback{Next: err.Traceback, Frame: f, Line: f.Line(), Lasti: lasti}
		}
		f.exposed = true
	}
	stack, sp := f.Stack, f.sp
	if n := len(f.Blocks); n > 0 && th.halted == nil {
		b := f.Blocks[n-1]
		f.Blocks = f.Blocks[:n-1]
		clear(stack[b.level:sp])
		sp = int(b.level)
		stack[sp] = err.Value()
		f.sp = sp + 1
		f.PC = int(b.handler)
		return true
	}
	clear(stack[:sp])
	f.sp = 0
	return false
}

// unboundLocal is LOAD_FAST's error. As CPython's, its name attribute is
// None, so tracebacks suggest no other name.
func unboundLocal(code *compile.Code, i int) *Exception {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.VarNames[i])
}

// binaryOther is BINARY_OP/INPLACE_OP past the small-int fast path.
func (th *Thread) binaryOther(in compile.Instr, a, b Value) (Value, *Exception) {
	if a.t == FloatType && b.t == FloatType {
		x, y := a.Float64(), b.Float64()
		switch compile.BinOp(in.Arg) {
		case compile.Add:
			return Float(x + y), nil
		case compile.Sub:
			return Float(x - y), nil
		case compile.Mul:
			return Float(x * y), nil
		case compile.TrueDiv:
			if y != 0 {
				return Float(x / y), nil
			}
		}
	}
	if a.t == StrType && BinOp(in.Arg) == compile.Mod && (b.t == IntType || b.t == FloatType || b.t == StrType || b.t == TupleType) {
		// str % x where x's exact type cannot take over with __rmod__:
		// str.__mod__ without looking it up ("acct-%d" % i).
		r, err := th.PercentFormat(a.o.(*Str).S, b)
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	}
	if in.Op == compile.BINARY_OP {
		return th.Binary(BinOp(in.Arg), a, b)
	}
	return th.InPlace(BinOp(in.Arg), a, b)
}

// callOther is CALL of anything but a plain Python function: slot holds
// the callee followed by the arguments (see callOnStack).
func (th *Thread) callOther(slot []Value, kw []string) (Value, *Exception) {
	r, err, ok := th.callOnStack(slot, kw)
	if !ok {
		r, err = th.Call(slot[0], copyArgs(slot[1:]), kw)
	}
	if th.Steps >= th.vm.checkAt && err == nil {
		err = th.callSwitchPoint(slot[0], len(slot)-1)
	}
	return r, err
}

// callMethodOther is CALL_METHOD of anything but a Python function; args
// starts with self when self is set.
func (th *Thread) callMethodOther(meth, self Value, args []Value, kw []string) (r Value, err *Exception) {
	b, _ := meth.o.(*Builtin)
	switch {
	case meth.t == MethodDescriptorType && self.t != nil && (b.Borrows || noRetainTypes(self.t)):
		// The core types' methods do not keep args: no copy.
		r, err = b.Fn(th, args, kw)
	case meth.t == MethodDescriptorType && self.t != nil:
		r, err = b.Fn(th, copyArgs(args), kw)
	case meth.t == BuiltinType && b.Borrows && b.Self.t == nil && self.t == nil:
		// A module function (asyncio.sleep, math.sqrt) that does not
		// keep its arguments.
		r, err = b.Fn(th, args, kw)
	default:
		r, err = th.Call(meth, copyArgs(args), kw)
	}
	if th.Steps >= th.vm.checkAt && err == nil {
		// After a call of anything but a Python function: CPython's CALL
		// checks its eval breaker there.
		err = th.callSwitchPoint(meth, len(args))
	}
	return r, err
}

// noRetainTypes reports whether t's built-in methods may be called with
// arguments that live on the VM's stack: the core's own types, whose methods
// never keep the args slice (other Go code gets a copy).
func noRetainTypes(t *Type) bool {
	switch t {
	case ListType, DictType, StrType, TupleType, SetType, FrozenSetType, IntType, FloatType, BytesType:
		return true
	}
	return false
}

func copyArgs(a []Value) []Value {
	if len(a) == 0 {
		return nil
	}
	c := make([]Value, len(a))
	copy(c, a)
	return c
}

func nameError(name string) *Exception {
	e := Errorf(NameError, "name '%s' is not defined", name)
	e.GetDict().SetStr("name", NewStr(name))
	return e
}

func (th *Thread) unboundDeref(f *Frame, i int) *Exception {
	code := f.Code
	if i < len(code.CellVars) {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.CellName(i))
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", code.CellName(i))
}

// attrCache remembers a class whose instances' attribute of some name is
// just their dict entry: the class (at a version) does not override
// __getattribute__ and defines no attribute of that name along its MRO.
// It also remembers where the last instance held the name: instances of a
// class usually get their attributes in the same order, under the same key
// object (the str of the code that stored them), so checking that one
// entry's key by identity mostly spares the dict lookup.
type attrCache struct {
	typ *Type
	ver uint64
	key *Str // the key found at entries[idx] of the last instance dict
	idx int
	// setattr is set when the class also has its own __setattr__, so
	// STORE_ATTR may not write the instance dict directly.
	setattr bool
}

// loadAttr is LOAD_ATTR of name i. An attribute of an instance of a
// class recorded in the name's attrCache is read from the instance dict
// directly; the rest (and dict misses, for __getattr__) take GetAttr.
func (th *Thread) loadAttr(f *Frame, obj Value, i int) (Value, *Exception) {
	if inst, ok := obj.o.(*Instance); ok && inst.Dict != nil && !obj.t.Static {
		c := &f.ext.acache[i]
		if c.typ == obj.t && c.ver == obj.t.VersionTag() || c.refill(obj.t, f.Code.Names[i]) {
			d := inst.Dict
			if j := c.idx; j < len(d.entries) {
				if k, _ := d.entries[j].key.o.(*Str); k == c.key && k != nil {
					return d.entries[j].val, nil
				}
			}
			if j := d.lookupStrHash(f.Code.Names[i], f.ext.names[i].o.(*Str).Hash()); j >= 0 {
				if k, ok := d.entries[j].key.o.(*Str); ok {
					c.key, c.idx = k, j
				}
				return d.entries[j].val, nil
			}
		}
	}
	return th.GetAttr(obj, f.Code.Names[i])
}

// methodCache remembers the plain function a class resolves a LOAD_METHOD
// name to, valid while the class's version tag is unchanged.
type methodCache struct {
	typ *Type
	ver uint64
	fn  Value
}

// loadMethod is LOAD_METHOD: on an instance of a Python class it finds the
// class's function through the site's cache, checking only that the
// instance dict does not shadow it; on a value of a core type
// (noRetainTypes: no instance dict, a dict that never changes) the
// site's cache holds the method descriptor; otherwise it is GetMethod.
func (th *Thread) loadMethod(f *Frame, obj Value, i int) (Value, bool, *Exception) {
	name := f.Code.Names[i]
	if obj.t.Static {
		c := &f.ext.mcache[i]
		if c.typ == obj.t {
			return c.fn, true, nil
		}
		if noRetainTypes(obj.t) {
			if fn, ok := th.lookup(obj.t, name); ok && fn.t == MethodDescriptorType {
				*c = methodCache{typ: obj.t, fn: fn}
				return fn, true, nil
			}
		}
	} else if inst, ok := obj.o.(*Instance); ok {
		t := obj.t
		ext := f.ext
		c := &ext.mcache[i]
		if c.typ != t || c.ver != t.VersionTag() {
			c.typ = nil
			if !t.attrHooks().getattribute {
				if fn, ok := t.Lookup(name); ok && fn.t == FunctionType {
					*c = methodCache{typ: t, ver: t.VersionTag(), fn: fn}
				}
			}
		}
		if c.typ == t {
			d := inst.Dict
			if d == nil || d.live == 0 {
				return c.fn, true, nil
			}
			// The instance dict must not shadow the method. A small dict of
			// str keys is scanned here for an entry of the name's hash
			// (instances hold a few attributes, none of a method's name).
			h := ext.names[i].o.(*Str).Hash()
			if d.index == nil && !d.nonStr {
				shadowed := false
				for j := range d.entries {
					if d.entries[j].hash == h {
						shadowed = true
						break
					}
				}
				if !shadowed {
					return c.fn, true, nil
				}
			}
			if d.lookupStrHash(name, h) < 0 {
				return c.fn, true, nil
			}
		}
	}
	return th.GetMethod(obj, name)
}

// refill makes the cache say that t (with no __getattribute__) has no
// attribute name, so an instance's own dict decides, and reports whether
// that is so.
func (c *attrCache) refill(t *Type, name string) bool {
	c.typ = nil
	hooks := t.attrHooks()
	if !hooks.getattribute {
		if _, found := t.Lookup(name); !found {
			c.typ, c.ver, c.setattr = t, t.VersionTag(), hooks.setattr
		}
	}
	return c.typ == t
}

// storeAttr is STORE_ATTR. On an instance of a Python class whose class has
// no such attribute and no __setattr__, the value goes straight into the
// instance dict under the code's own key string (no key allocated).
func (th *Thread) storeAttr(f *Frame, obj Value, i int, x Value) *Exception {
	if inst, ok := obj.o.(*Instance); ok && inst.Dict != nil && !obj.t.Static {
		t := obj.t
		c := &f.ext.acache[i]
		if (c.typ == t && c.ver == t.VersionTag() || c.refill(t, f.Code.Names[i])) && !c.setattr {
			d := inst.Dict
			if j := c.idx; j < len(d.entries) {
				if k, _ := d.entries[j].key.o.(*Str); k == c.key && k != nil {
					d.entries[j].val = x
					return nil
				}
			}
			key := f.ext.names[i]
			h := key.o.(*Str).Hash()
			if d.index == nil && !d.nonStr && len(d.entries) < smallDictMax {
				// A new attribute of a small instance dict (__init__):
				// appendEntry's work inline once no entry has the name's
				// hash, three Go calls fewer per attribute.
				found := false
				for j := range d.entries {
					if d.entries[j].hash == h {
						found = true
						break
					}
				}
				if !found {
					d.entries = append(d.entries, dictEntry{key: key, val: x, hash: h})
					d.live++
					d.Version++
					noteInstanceSize(t, d.live)
					return nil
				}
			}
			if j := d.lookupStrHash(key.o.(*Str).S, h); j >= 0 {
				// Where the name is, for the next store at this site.
				d.entries[j].val = x
				if k, ok := d.entries[j].key.o.(*Str); ok && d.entries[j].key.t == StrType {
					c.key, c.idx = k, j
				}
				return nil
			}
			d.appendEntry(key, x, h)
			noteInstanceSize(t, d.live)
			return nil
		}
	}
	return th.SetAttr(obj, f.Code.Names[i], x)
}

// globalCache remembers where LOAD_GLOBAL found a name: valid while neither
// dict gained or lost keys (their Version is unchanged).
type globalCache struct {
	globals, builtins *Dict
	gver, bver        uint64
	idx               int
	inBuiltins        bool
}

func (f *Frame) loadGlobalSlow(c *globalCache, name string) (Value, *Exception) {
	if i := f.Globals.lookupStr(name); i >= 0 {
		*c = globalCache{globals: f.Globals, gver: f.Globals.Version, idx: i}
		return f.Globals.entries[i].val, nil
	}
	if f.Builtins != nil {
		if i := f.Builtins.lookupStr(name); i >= 0 {
			*c = globalCache{globals: f.Globals, gver: f.Globals.Version, builtins: f.Builtins,
				bver: f.Builtins.Version, idx: i, inBuiltins: true}
			return f.Builtins.entries[i].val, nil
		}
	}
	return Value{}, nameError(name)
}

// The count of garbage collections (gcCountNow, gcCountAdd in
// yield_js.go and yield_other.go): the heap is measured (which costs about
// a microsecond) only after a collection, when it may have grown.

type gcSentinel struct{ _ [16]byte }

func armGCSentinel() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		gcCountAdd()
		armGCSentinel()
	})
}

func init() { armGCSentinel() }

// heapBytes is the Go heap in use (for the approximate memory limit).
// ReadMemStats rather than runtime/metrics, which costs ~20 KB of wasm; it
// stops the world, but runs only after a collection (see gcCountNow).
func heapBytes() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// SetMaxMemory sets the run's memory budget in bytes of Go heap grown
// since now (0 = none): past it the run stops with MemoryError. The heap is
// shared by concurrent runs, so the limit is approximate.
func (th *Thread) SetMaxMemory(n int64) {
	th.vm.maxMemory = n
	if n > 0 {
		th.vm.heapBase = heapBytes()
		th.vm.lastGC = gcCountNow()
	}
}
