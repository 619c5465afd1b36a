package core

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/compile"
)

// Frame is the execution state of one code object: a function call, a
// generator or coroutine (which keep their frame while suspended), a class
// body or a module body. Frames are heap objects; tracebacks keep them.
type Frame struct {
	Code     *compile.Code
	Func     *Function // nil for module and class bodies
	Globals  *Dict
	Builtins *Dict
	Locals   *Dict // the namespace of class and module bodies (nil in functions)
	Fast     []Value
	Cells    []*Cell
	Stack    []Value
	sp       int
	PC       int // next instruction to execute
	LastI    int // instruction being executed (for tracebacks and line numbers)
	Blocks   []block
	Back     *Frame
	gen      *Generator // set for generator, coroutine and async generator frames
	ext      *codeExt   // Code.Ext, without the type assertion

	// suspended is set when the frame stopped at a yield (not a return).
	suspended bool
	// exposed is set once Python code or a traceback may hold the frame;
	// frames that were never exposed are recycled when their call returns.
	exposed bool
}

// Value returns the frame as a Python frame object (and keeps it from
// being recycled).
func (f *Frame) Value() Value {
	f.exposed = true
	return Value{t: FrameType, o: f}
}

// block is an entry of the frame's block stack: where to go when an
// exception is raised and how high the value stack was.
type block struct {
	handler int32
	level   int32
}

// codeExt is the runtime side of a code object: its constants as values.
type codeExt struct {
	consts  []Value
	names   []Value // names as str values (for attribute keys)
	kwnames map[int][]string
	free    []*Frame      // recycled frames of this code
	gcache  []globalCache // LOAD_GLOBAL caches, one per name
	acache  []attrCache   // LOAD_ATTR and STORE_ATTR caches, one per name
	mcache  []methodCache // LOAD_METHOD caches, one per name

	// plainArgs is the number of positional parameters of a function
	// whose frame needs nothing but them: no cells, no *args, **kwargs or
	// keyword-only parameters, not a generator or coroutine (callFunc's
	// fast path). It is -1 for other code.
	plainArgs int
}

// vmState is the VM's per-thread state kept in the Thread.
type vmState struct {
	ticks   int     // backward jumps and calls since the limits were last checked
	checkAt int64   // Steps at which the next check is due: the step budget or a thread switch (sched.go)
	scratch []Value // argument lists built for nested calls (callFuncSelf)

	// kwnames are the keyword names KW_NAMES set for the CALL that
	// follows it at once. They live here rather than in each Frame: no
	// other frame runs between the two instructions, and frames are what
	// a pending task's memory is made of.
	kwnames []string

	asyncGenFirstIter func(gen Value) // sys.set_asyncgen_hooks(firstiter=...)

	lastGC    int64 // gcCount when the heap was last measured
	maxMemory int64 // heap growth allowed (0 = unlimited)
	heapBase  int64 // heap in use when the limit was set
}

func codeExtOf(code *compile.Code) *codeExt {
	if e, ok := code.Ext.(*codeExt); ok {
		return e
	}
	return newCodeExt(code)
}

func newCodeExt(code *compile.Code) *codeExt {
	e := &codeExt{consts: make([]Value, len(code.Consts))}
	e.plainArgs = -1
	if code.NumCells() == 0 && code.KwOnlyCount == 0 &&
		code.Flags&(compile.FlagVarArgs|compile.FlagVarKeywords|compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) == 0 {
		e.plainArgs = code.ArgCount
	}
	for i, k := range code.Consts {
		e.consts[i] = constValue(k)
	}
	e.gcache = make([]globalCache, len(code.Names))
	e.acache = make([]attrCache, len(code.Names))
	e.mcache = make([]methodCache, len(code.Names))
	e.names = make([]Value, len(code.Names))
	for i, n := range code.Names {
		e.names[i] = NewStr(n)
	}
	code.Ext = e
	return e
}

func constValue(k compile.Const) Value {
	switch k.Kind {
	case compile.ConstNone:
		return None
	case compile.ConstTrue:
		return True
	case compile.ConstFalse:
		return False
	case compile.ConstEllipsis:
		return Ellipsis
	case compile.ConstInt:
		return Int(k.Int)
	case compile.ConstBigInt:
		b, ok := new(big.Int).SetString(k.Str, 0)
		if !ok {
			return Int(0)
		}
		return BigInt(b)
	case compile.ConstFloat:
		return Float(k.Float)
	case compile.ConstImag:
		return NewComplex(0, k.Float)
	case compile.ConstStr:
		return NewStr(k.Str)
	case compile.ConstBytes:
		return NewBytes([]byte(k.Str))
	case compile.ConstTuple:
		if len(k.Tuple) == 0 {
			return EmptyTuple()
		}
		items := make([]Value, len(k.Tuple))
		for i, t := range k.Tuple {
			items[i] = constValue(t)
		}
		return NewTuple(items)
	case compile.ConstFrozenSet:
		items := make([]Value, len(k.Tuple))
		for i, t := range k.Tuple {
			items[i] = constValue(t)
		}
		if fs, ok := NewFrozenSetConst(items); ok {
			return fs
		}
		return NewTuple(items) // not reached: the compiler folds only constants
	case compile.ConstCode:
		return Value{t: CodeType, o: k.Code}
	}
	return None
}

// newFrame allocates a frame for code; locals is the namespace for class and
// module bodies (nil for functions).
func (th *Thread) newFrame(code *compile.Code, globals, locals *Dict, fn *Function) *Frame {
	ext := codeExtOf(code)
	if n := len(ext.free); n > 0 {
		f := ext.free[n-1]
		ext.free = ext.free[:n-1]
		f.Func, f.Globals, f.Locals = fn, globals, locals
		if code.NumCells() > 0 {
			th.initFrameCells(f, fn)
		}
		return f
	}
	nfast := len(code.VarNames)
	// One allocation for the locals and the value stack.
	mem := make([]Value, nfast+code.StackSize)
	f := &Frame{
		Code:    code,
		Func:    fn,
		Globals: globals,
		Locals:  locals,
		Fast:    mem[:nfast:nfast],
		Stack:   mem[nfast:],
		ext:     ext,
	}
	if th.Builtins != nil {
		f.Builtins = th.Builtins.Dict
	}
	if code.NumCells() > 0 {
		f.Cells = make([]*Cell, code.NumCells())
		th.initFrameCells(f, fn)
	}
	return f
}

// initFrameCells gives the frame fresh cells for its own captured
// variables and the function's closure cells for its free variables.
func (th *Thread) initFrameCells(f *Frame, fn *Function) {
	nc := len(f.Code.CellVars)
	for i := 0; i < nc; i++ {
		f.Cells[i] = &Cell{}
	}
	if fn != nil {
		copy(f.Cells[nc:], fn.Closure)
	}
}

// releaseFrame recycles a finished frame that nothing can reference.
func (th *Thread) releaseFrame(f *Frame) {
	if f.exposed || f.gen != nil {
		return
	}
	clear(f.Fast)
	// The dispatch loop zeroes every slot it pops, so only what a return
	// left on the stack (below f.sp) can still hold values: clearing just
	// that spares write barriers while the GC runs.
	clear(f.Stack[:f.sp])
	f.sp, f.PC, f.LastI = 0, 0, 0
	f.Blocks = f.Blocks[:0]
	f.Back, f.Func, f.Locals = nil, nil, nil
	f.suspended = false
	ext := f.ext
	if len(ext.free) < 64 {
		ext.free = append(ext.free, f)
	}
}

// initCells copies parameters that are captured by inner functions into
// their cells (after argument binding).
func (f *Frame) initCells() {
	for i, a := range f.Code.Cell2Arg {
		if a >= 0 {
			f.Cells[i].V = f.Fast[a]
		}
	}
}

// Line returns the source line the frame is executing.
func (f *Frame) Line() int {
	if f.LastI >= 0 && f.LastI < len(f.Code.Spans) {
		if l := int(f.Code.Spans[f.LastI].Line); l > 0 {
			return l
		}
		// Instructions without a position (cleanup code) report the
		// nearest earlier line.
		for i := f.LastI; i >= 0; i-- {
			if l := int(f.Code.Spans[i].Line); l > 0 {
				return l
			}
		}
	}
	return f.Code.FirstLine
}

// CurrentFrame returns the innermost running frame, or nil. The frame is
// marked as exposed: callers may keep it.
func (th *Thread) CurrentFrame() *Frame {
	f := th.Frame
	if f != nil {
		f.exposed = true
	}
	return f
}

// ExecCode runs a module-level code object with globals as its namespace.
func (th *Thread) ExecCode(code *compile.Code, globals *Dict) *Exception {
	if _, ok := globals.GetStr("__builtins__"); !ok && th.Builtins != nil {
		globals.SetStr("__builtins__", th.Builtins.Value())
	}
	th.writeSyntaxWarnings(code)
	f := th.newFrame(code, globals, globals, nil)
	_, err := th.runFrame(f)
	return err
}

// writeSyntaxWarnings prints the compiler's SyntaxWarnings for a module
// about to run, as CPython's warnings module shows them:
// "file:line: SyntaxWarning: msg" and the stripped source line (none for
// pseudo-files such as <stdin> and <string>, which linecache cannot read).
func (th *Thread) writeSyntaxWarnings(code *compile.Code) {
	if len(code.Warnings) == 0 {
		return
	}
	fn := code.Filename
	pseudo := strings.HasPrefix(fn, "<") && strings.HasSuffix(fn, ">")
	var b strings.Builder
	for _, w := range code.Warnings {
		b.WriteString(fn + ":" + strconv.Itoa(w.Line) + ": SyntaxWarning: " + w.Msg + "\n")
		if line := strings.TrimSpace(th.SourceLine(fn, w.Line)); line != "" && !pseudo {
			b.WriteString("  " + line + "\n")
		}
	}
	th.Write(false, b.String())
}

// zeroArgSuper finds super()'s implicit arguments: the class in the
// __class__ cell of the calling method and its first argument, or the
// RuntimeError CPython raises.
func zeroArgSuper(th *Thread) (*Type, Value, *Exception) {
	f := th.Frame
	if f == nil || f.Code.Flags&compile.FlagNewLocals == 0 {
		return nil, Value{}, Errorf(RuntimeError, "super(): no arguments")
	}
	code := f.Code
	if code.ArgCount == 0 && code.Flags&compile.FlagVarArgs == 0 {
		return nil, Value{}, Errorf(RuntimeError, "super(): no arguments")
	}
	var obj Value
	// The first argument may have been moved into a cell.
	obj = f.Fast[0]
	for i, a := range code.Cell2Arg {
		if a == 0 {
			obj = f.Cells[i].V
		}
	}
	if code.ArgCount == 0 {
		if t, ok := obj.o.(*Tuple); ok && len(t.Items) > 0 {
			obj = t.Items[0]
		}
	}
	if obj.t == nil {
		return nil, Value{}, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range code.FreeVars {
		if name == "__class__" {
			c := f.Cells[len(code.CellVars)+i]
			if c.V.t == nil {
				return nil, Value{}, Errorf(RuntimeError, "super(): empty __class__ cell")
			}
			t := c.V.AsType()
			if t == nil {
				return nil, Value{}, Errorf(RuntimeError, "super(): __class__ is not a type (%s)", c.V.t.Name)
			}
			return t, obj, nil
		}
	}
	return nil, Value{}, Errorf(RuntimeError, "super(): __class__ cell not found")
}

// runClassBody runs a class body function with ns as its local namespace
// and returns the body's __class__ cell (nil when it has none), which the
// caller fills with the new class so that zero-argument super() works.
func runClassBody(th *Thread, body Value, ns *Dict) (*Cell, *Exception) {
	fn, ok := body.o.(*Function)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: func must be a function")
	}
	f := th.newFrame(fn.Code, fn.Globals, ns, fn)
	r, err := th.runFrame(f)
	if err != nil {
		return nil, err
	}
	c, _ := r.o.(*Cell)
	return c, nil
}
