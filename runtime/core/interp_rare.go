package core

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/compile"
)

// execRare executes the opcodes outside the hot switch. It works on the
// frame's saved stack pointer and pc (f.sp, f.PC).
func (th *Thread) execRare(f *Frame, in compile.Instr) *Exception {
	stack := f.Stack
	sp := f.sp
	code := f.Code
	push := func(v Value) {
		stack[sp] = v
		sp++
	}
	pop := func() Value {
		sp--
		v := stack[sp]
		stack[sp] = Value{}
		return v
	}
	var err *Exception
	switch in.Op {
	case compile.NOP:
	case compile.LOAD_NAME:
		name := code.Names[in.Arg]
		var v Value
		var ok bool
		if ns, isNS := th.classNamespace(f.Locals); isNS {
			if v, ok, err = th.nsGetItem(ns, name); err != nil {
				break
			}
		} else {
			v, ok = f.Locals.GetStr(name)
		}
		if !ok {
			v, ok = f.Globals.GetStr(name)
			if !ok && f.Builtins != nil {
				v, ok = f.Builtins.GetStr(name)
			}
		}
		if !ok {
			err = nameError(name)
			break
		}
		push(v)
	case compile.STORE_NAME:
		if ns, isNS := th.classNamespace(f.Locals); isNS {
			err = th.SetItem(ns, NewStr(code.Names[in.Arg]), pop())
			break
		}
		f.Locals.SetStr(code.Names[in.Arg], pop())
	case compile.DELETE_NAME:
		name := code.Names[in.Arg]
		if ns, isNS := th.classNamespace(f.Locals); isNS {
			if err = th.DelItem(ns, NewStr(name)); err != nil && err.Matches(KeyError) {
				err = nameError(name)
			}
			break
		}
		if !f.Locals.DelStr(name) {
			err = nameError(name)
		}
	case compile.STORE_GLOBAL:
		f.Globals.SetStr(code.Names[in.Arg], pop())
	case compile.DELETE_GLOBAL:
		name := code.Names[in.Arg]
		if !f.Globals.DelStr(name) {
			err = nameError(name)
		}
	case compile.DELETE_FAST:
		if f.Fast[in.Arg].t == nil {
			err = Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.VarNames[in.Arg])
			break
		}
		f.Fast[in.Arg] = Value{}
	case compile.DELETE_DEREF:
		c := f.Cells[in.Arg]
		if c.V.t == nil {
			err = th.unboundDeref(f, int(in.Arg))
			break
		}
		c.V = Value{}
	case compile.LOAD_CLASSDEREF:
		name := code.CellName(int(in.Arg))
		if v, ok := f.Locals.GetStr(name); ok {
			push(v)
			break
		}
		v := f.Cells[in.Arg].V
		if v.t == nil {
			err = th.unboundDeref(f, int(in.Arg))
			break
		}
		push(v)
	case compile.LOAD_CLOSURE:
		push(Value{t: CellType, o: f.Cells[in.Arg]})
	case compile.DELETE_ATTR:
		err = th.DelAttr(pop(), code.Names[in.Arg])
	case compile.DELETE_SUBSCR:
		k := pop()
		c := pop()
		err = th.DelItem(c, k)
	case compile.UNARY_NEGATIVE, compile.UNARY_POSITIVE, compile.UNARY_INVERT:
		op := Neg
		if in.Op == compile.UNARY_POSITIVE {
			op = Pos
		} else if in.Op == compile.UNARY_INVERT {
			op = Invert
		}
		v := stack[sp-1]
		if v.t == IntType && v.o == nil && op == Neg && int64(v.n) != -1<<63 {
			stack[sp-1] = Int(-int64(v.n))
			break
		}
		var r Value
		r, err = th.Unary(op, v)
		if err == nil {
			stack[sp-1] = r
		}
	case compile.COPY:
		push(stack[sp-int(in.Arg)])
	case compile.SWAP:
		i := sp - int(in.Arg)
		stack[sp-1], stack[i] = stack[i], stack[sp-1]
	case compile.KW_NAMES:
		th.vm.kwnames = kwNamesOf(code, int(in.Arg))
	case compile.CALL_EX:
		var kwargs Value
		if in.Arg&1 != 0 {
			kwargs = pop()
		}
		args := pop().o.(*Tuple).Items
		fn := pop()
		var kw []string
		all := append([]Value(nil), args...)
		if kwargs.t != nil {
			d := kwargs.o.(*Dict)
			for _, it := range d.Items() {
				k, ok := it.Key.AsStr()
				if !ok {
					err = Errorf(TypeError, "keywords must be strings")
					break
				}
				kw = append(kw, k)
				all = append(all, it.Value)
			}
			if err != nil {
				break
			}
		}
		var r Value
		r, err = th.Call(fn, all, kw)
		if err == nil {
			push(r)
		}
	case compile.BUILD_TUPLE:
		n := int(in.Arg)
		items := make([]Value, n)
		copy(items, stack[sp-n:sp])
		clearValues(stack[sp-n : sp])
		sp -= n
		push(NewTuple(items))
	case compile.BUILD_LIST:
		n := int(in.Arg)
		items := make([]Value, n)
		copy(items, stack[sp-n:sp])
		clearValues(stack[sp-n : sp])
		sp -= n
		push(NewList(items))
	case compile.BUILD_SET:
		n := int(in.Arg)
		items := make([]Value, n)
		copy(items, stack[sp-n:sp])
		clearValues(stack[sp-n : sp])
		sp -= n
		set := newSet()
		for _, it := range items {
			if err = set.add(th, it); err != nil {
				break
			}
		}
		if err == nil {
			push(Value{t: SetType, o: set})
		}
	case compile.BUILD_MAP:
		n := int(in.Arg)
		d := NewDict()
		base := sp - 2*n
		for i := 0; i < n; i++ {
			if err = d.Set(th, stack[base+2*i], stack[base+2*i+1]); err != nil {
				break
			}
		}
		clearValues(stack[base:sp])
		sp = base
		if err == nil {
			push(d.Value())
		}
	case compile.BUILD_SLICE:
		var step Value = None
		if in.Arg == 3 {
			step = pop()
		}
		stop := pop()
		start := pop()
		push(NewSlice(start, stop, step))
	case compile.LIST_APPEND:
		v := pop()
		stack[sp-int(in.Arg)].o.(*List).append(v)
	case compile.SET_ADD:
		v := pop()
		err = stack[sp-int(in.Arg)].o.(*Set).add(th, v)
	case compile.MAP_ADD:
		v := pop()
		k := pop()
		err = stack[sp-int(in.Arg)].o.(*Dict).Set(th, k, v)
	case compile.LIST_EXTEND:
		v := pop()
		l := stack[sp-int(in.Arg&0xff)].o.(*List)
		if o, ok := v.o.(*List); ok && v.t == ListType {
			l.Items = append(l.Items, o.Items...)
			break
		}
		if o, ok := v.o.(*Tuple); ok && v.t == TupleType {
			l.Items = append(l.Items, o.Items...)
			break
		}
		var notIterable bool
		if notIterable, err = th.extendFromIter(l, v); notIterable && in.Arg&0x100 != 0 {
			return starError(f, sp, v)
		}
	case compile.SET_UPDATE:
		v := pop()
		_, err = th.CallMethod(stack[sp-int(in.Arg)], "update", v)
	case compile.DICT_UPDATE, compile.DICT_MERGE:
		v := pop()
		d := stack[sp-int(in.Arg)].o.(*Dict)
		err = th.dictMerge(d, v, in.Op == compile.DICT_MERGE, stack, sp)
	case compile.LIST_TO_TUPLE:
		l := stack[sp-1].o.(*List)
		stack[sp-1] = NewTuple(l.Items)
	case compile.FORMAT_VALUE:
		var spec string
		hasSpec := in.Arg&4 != 0
		if hasSpec {
			spec, _ = pop().AsStr()
		}
		v := pop()
		var s string
		switch in.Arg & 3 {
		case 1:
			s, err = th.StrOf(v)
			v = NewStr(s)
		case 2:
			s, err = th.Repr(v)
			v = NewStr(s)
		case 3:
			s, err = th.Repr(v)
			v = NewStr(asciiEscape(s))
		}
		if err != nil {
			break
		}
		if !hasSpec && v.t == StrType {
			push(v)
			break
		}
		s, err = th.Format(v, spec)
		if err == nil {
			push(NewStr(s))
		}
	case compile.UNPACK_SEQUENCE:
		v := pop()
		n := int(in.Arg)
		var items []Value
		switch o := v.o.(type) {
		case *Tuple:
			if v.t == TupleType {
				items = o.Items
			}
		case *List:
			if v.t == ListType {
				items = o.Items
			}
		}
		if items == nil {
			items, err = th.unpackIter(v, n, -1)
			if err != nil {
				break
			}
		}
		if len(items) != n {
			if len(items) < n {
				err = Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
			} else {
				err = Errorf(ValueError, "too many values to unpack (expected %d)", n)
			}
			break
		}
		for i := n - 1; i >= 0; i-- {
			push(items[i])
		}
	case compile.UNPACK_EX:
		v := pop()
		before, after := int(in.Arg&0xff), int(in.Arg>>8)
		var items []Value
		items, err = th.unpackIter(v, -1, before+after)
		if err != nil {
			break
		}
		if len(items) < before+after {
			err = Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
			break
		}
		n := len(items)
		for i := n - 1; i >= n-after; i-- {
			push(items[i])
		}
		mid := make([]Value, n-after-before)
		copy(mid, items[before:n-after])
		push(NewList(mid))
		for i := before - 1; i >= 0; i-- {
			push(items[i])
		}
	case compile.GET_ITER:
		var it Value
		it, err = th.Iter(stack[sp-1])
		if err == nil {
			stack[sp-1] = it
		}
	case compile.SETUP_FINALLY:
		f.Blocks = append(f.Blocks, block{handler: int32(in.Arg), level: int32(sp)})
	case compile.SETUP_CLEANUP:
		f.Blocks = append(f.Blocks, block{handler: int32(in.Arg), level: int32(sp - 1)})
	case compile.POP_BLOCK:
		f.Blocks = f.Blocks[:len(f.Blocks)-1]
	case compile.PUSH_EXC_INFO:
		exc := stack[sp-1]
		stack[sp-1] = excValue(th.Exc)
		push(exc)
		th.Exc = excOf(exc)
	case compile.POP_EXCEPT:
		th.Exc = excOf(pop())
	case compile.CHECK_EXC_MATCH:
		t := pop()
		exc := excOf(stack[sp-1])
		var ok bool
		ok, err = th.excMatches(exc, t)
		if err == nil {
			push(Bool(ok))
		}
	case compile.CHECK_EG_MATCH:
		t := pop()
		rest := pop()
		var m, r Value
		m, r, err = th.egMatch(rest, t)
		if err == nil {
			push(r)
			push(m)
		}
	case compile.PREP_RERAISE_STAR:
		list := pop().o.(*List)
		orig := pop()
		var r Value
		r, err = th.prepReraiseStar(orig, list.Items)
		if err == nil {
			push(r)
		}
	case compile.LOAD_ASSERTION_ERROR:
		push(AssertionError.Value())
	case compile.BEFORE_WITH, compile.BEFORE_ASYNC_WITH:
		exit, entered, e := th.enterContext(pop(), in.Op == compile.BEFORE_ASYNC_WITH)
		if exit.IsValid() {
			push(exit)
		}
		if e != nil {
			err = e
			break
		}
		push(entered)
	case compile.WITH_EXCEPT_START:
		exc := excOf(stack[sp-1])
		exit := stack[sp-3]
		var tb Value = None
		if exc.Traceback != nil {
			tb = Value{t: TracebackType, o: exc.Traceback}
		}
		var r Value
		r, err = th.Call(exit, []Value{exc.Type.Value(), exc.Value(), tb}, nil)
		if err == nil {
			push(r)
		}
	case compile.MAKE_FUNCTION:
		codeObj := pop().o.(*compile.Code)
		fn := newFunction(th, codeObj, f.Globals)
		if in.Arg&8 != 0 {
			cells := pop().o.(*Tuple).Items
			fn.Closure = make([]*Cell, len(cells))
			for i, c := range cells {
				fn.Closure[i] = c.o.(*Cell)
			}
		}
		if in.Arg&4 != 0 {
			fn.Annotations = pop().o.(*Dict)
		}
		if in.Arg&2 != 0 {
			fn.KwDefaults = pop().o.(*Dict)
		}
		if in.Arg&1 != 0 {
			fn.Defaults = pop().o.(*Tuple).Items
		}
		push(Value{t: FunctionType, o: fn})
	case compile.LOAD_BUILD_CLASS:
		v, ok := Value{}, false
		if f.Builtins != nil {
			v, ok = f.Builtins.GetStr("__build_class__")
		}
		if !ok {
			err = Errorf(NameError, "__build_class__ not found")
			break
		}
		push(v)
	case compile.SETUP_ANNOTATIONS:
		if _, ok := f.Locals.GetStr("__annotations__"); !ok {
			f.Locals.SetStr("__annotations__", NewDict().Value())
		}
	case compile.IMPORT_NAME:
		fromlist := pop()
		level := pop()
		var m Value
		m, err = th.importName(code.Names[in.Arg], fromlist, level)
		if err == nil {
			push(m)
		}
	case compile.IMPORT_FROM:
		var v Value
		v, err = th.importFrom(stack[sp-1], code.Names[in.Arg])
		if err == nil {
			push(v)
		}
	case compile.IMPORT_STAR:
		m := pop()
		err = th.importStar(f, m)
	case compile.GET_YIELD_FROM_ITER:
		var it Value
		it, err = th.yieldFromIter(f, stack[sp-1])
		if err == nil {
			stack[sp-1] = it
		}
	case compile.GET_AWAITABLE:
		var it Value
		it, err = th.getAwaitable(stack[sp-1], int(in.Arg))
		if err == nil {
			stack[sp-1] = it
		}
	case compile.GET_AITER:
		var it Value
		it, err = th.getAIter(stack[sp-1])
		if err == nil {
			stack[sp-1] = it
		}
	case compile.GET_ANEXT:
		var aw Value
		aw, err = th.getANext(stack[sp-1])
		if err == nil {
			push(aw)
		}
	case compile.ASYNC_GEN_WRAP:
		stack[sp-1] = Value{t: asyncGenWrappedType, o: &asyncGenWrapped{stack[sp-1]}}
	case compile.RETURN_GENERATOR:
	case compile.MATCH_MAPPING:
		push(Bool(isMappingForMatch(stack[sp-1])))
	case compile.MATCH_SEQUENCE:
		push(Bool(isSequenceForMatch(stack[sp-1])))
	case compile.GET_LEN:
		var n int
		n, err = th.Len(stack[sp-1])
		if err == nil {
			push(Int(int64(n)))
		}
	case compile.MATCH_KEYS:
		var r Value
		r, err = th.matchKeys(stack[sp-2], stack[sp-1])
		if err == nil {
			push(r)
		}
	case compile.COPY_DICT_WITHOUT_KEYS:
		keys := pop()
		subj := stack[sp-1]
		var rest Value
		rest, err = th.dictWithoutKeys(subj, keys)
		if err == nil {
			push(rest)
		}
	case compile.MATCH_CLASS:
		names := pop()
		cls := pop()
		subj := pop()
		var r Value
		r, err = th.matchClass(subj, cls, names, int(in.Arg))
		if err == nil {
			push(r)
		}
	default:
		err = Errorf(SystemError, "unknown opcode %s", in.Op)
	}
	f.sp = sp
	return err
}

// iterableType reports whether t claims to be iterable (CPython: it has
// tp_iter, or is a sequence: __getitem__ outside dict), so that a failed
// iter() on its instance keeps its own error rather than "not iterable".
func iterableType(t *Type) bool {
	if _, ok := t.Lookup("__iter__"); ok {
		return true
	}
	_, ok := t.Lookup("__getitem__")
	return ok && !t.IsSubtype(DictType)
}

// starError is the TypeError for f(*x) with a non-iterable x.
func starError(f *Frame, sp int, v Value) *Exception {
	f.sp = sp
	return Errorf(TypeError, "%s argument after * must be an iterable, not %s", funcDesc(f.Stack[sp-2]), v.t.Name)
}

func clearValues(s []Value) {
	for i := range s {
		s[i] = Value{}
	}
}

func kwNamesOf(code *compile.Code, i int) []string {
	ext := codeExtOf(code)
	if ext.kwnames == nil {
		ext.kwnames = map[int][]string{}
	}
	if k, ok := ext.kwnames[i]; ok {
		return k
	}
	t := code.Consts[i].Tuple
	k := make([]string, len(t))
	for j, c := range t {
		k[j] = c.Str
	}
	ext.kwnames[i] = k
	return k
}

// extendFromIter appends v's items to l for [*v]. When v cannot be
// iterated at all the error says so (and notIterable is set, for f(*v));
// an __iter__ that fails keeps its own error, as in CPython.
func (th *Thread) extendFromIter(l *List, v Value) (notIterable bool, err *Exception) {
	it, err := th.Iter(v)
	if err != nil {
		if err.Matches(TypeError) && !iterableType(v.t) {
			return true, Errorf(TypeError, "Value after * must be an iterable, not %s", v.t.Name)
		}
		return false, err
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, nil
		}
		l.Items = append(l.Items, x)
	}
}

// unpackIter collects v's items for unpacking; exact (>=0) stops after
// exact+1 items (enough to report "too many").
func (th *Thread) unpackIter(v Value, exact, atLeast int) ([]Value, *Exception) {
	it, err := th.Iter(v)
	if err != nil {
		if err.Matches(TypeError) && !iterableType(v.t) {
			return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", v.t.Name)
		}
		return nil, err
	}
	var items []Value
	for {
		x, ok, err := th.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return items, nil
		}
		items = append(items, x)
		if exact >= 0 && len(items) > exact {
			return items, nil
		}
	}
}

func funcDesc(fn Value) string {
	switch o := fn.o.(type) {
	case *Function:
		if m, ok := o.Module.AsStr(); ok && m != "builtins" {
			return m + "." + o.QualName + "()"
		}
		return o.QualName + "()"
	case *Builtin:
		return o.Name + "()"
	case *Type:
		return o.Name + "()"
	case *Method:
		return funcDesc(o.Func)
	}
	return fn.t.Name + " object"
}

// dictMerge implements DICT_UPDATE ({**m}) and DICT_MERGE (f(**m)).
func (th *Thread) dictMerge(d *Dict, v Value, call bool, stack []Value, sp int) *Exception {
	var keys []Value
	src, isDict := Unwrap(v).o.(*Dict)
	if !isDict {
		kf, ok, err := th.LookupAttr(v, "keys")
		if err != nil {
			return err
		}
		if !ok {
			if call {
				return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(stack[sp-3]), v.t.Name)
			}
			return Errorf(TypeError, "'%s' object is not a mapping", v.t.Name)
		}
		kv, err := th.Call(kf, nil, nil)
		if err != nil {
			return err
		}
		it, err := th.Iter(kv)
		if err != nil {
			return err
		}
		for {
			k, ok, err := th.Next(it)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			keys = append(keys, k)
		}
	} else {
		keys = src.Keys()
	}
	for _, k := range keys {
		var val Value
		var err *Exception
		if isDict {
			val, _, err = src.Get(th, k)
		} else {
			val, err = th.GetItem(v, k)
		}
		if err != nil {
			return err
		}
		if call {
			// Non-string keys are refused by the call itself ("keywords
			// must be strings"), as in CPython; merging only finds duplicates.
			if _, dup, _ := d.Get(th, k); dup {
				s, err := th.StrOf(k)
				if err != nil {
					return err
				}
				return Errorf(TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(stack[sp-3]), s)
			}
		}
		if err := d.Set(th, k, val); err != nil {
			return err
		}
	}
	return nil
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString("\\x" + hex2(int(r)))
		case r < 0x10000:
			b.WriteString("\\u" + hex2(int(r>>8)) + hex2(int(r&0xff)))
		default:
			b.WriteString("\\U" + hex2(int(r>>24)) + hex2(int(r>>16&0xff)) + hex2(int(r>>8&0xff)) + hex2(int(r&0xff)))
		}
	}
	return b.String()
}

func hex2(n int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[n>>4&15], digits[n&15]})
}

// excMatches is `except T` for exception e; every class of a tuple is
// checked before matching, as CPython does.
func (th *Thread) excMatches(e *Exception, t Value) (bool, *Exception) {
	if tu, ok := t.o.(*Tuple); ok && t.t == TupleType {
		for _, x := range tu.Items {
			if c := x.AsType(); c == nil || !c.IsSubtype(BaseException) {
				return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range tu.Items {
			ok, err := th.excMatches(e, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	cls := t.AsType()
	if cls == nil || !cls.IsSubtype(BaseException) {
		return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
	}
	return e != nil && e.Type.IsSubtype(cls), nil
}

// raiseVarargs implements `raise`, `raise exc` and `raise exc from cause`.
// reraise reports a bare raise (no new traceback entry).
func (th *Thread) raiseVarargs(f *Frame, n int) (*Exception, bool) {
	stack := f.Stack
	sp := f.sp
	defer func() { f.sp = sp }()
	if n == 0 {
		if th.Exc == nil {
			return Errorf(RuntimeError, "No active exception to reraise"), false
		}
		return th.Exc, true
	}
	var causeV Value
	if n == 2 {
		sp--
		causeV = stack[sp]
		stack[sp] = Value{}
	}
	sp--
	excV := stack[sp]
	stack[sp] = Value{}
	exc, err := th.makeException(excV, "exceptions must derive from BaseException")
	if err != nil {
		return err, false
	}
	if n == 2 {
		if causeV.IsNone() {
			exc.Cause = nil
		} else {
			cause, err := th.makeException(causeV, "exception causes must derive from BaseException")
			if err != nil {
				return err, false
			}
			exc.Cause = cause
		}
		exc.SuppressContext = true
	}
	th.setContext(exc)
	return exc, false
}

// makeException turns a raised value (an exception class or instance) into
// an exception.
func (th *Thread) makeException(v Value, msg string) (*Exception, *Exception) {
	if e := excOf(v); e != nil {
		return e, nil
	}
	if t := v.AsType(); t != nil && t.IsSubtype(BaseException) {
		r, err := th.Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		if e := excOf(r); e != nil {
			return e, nil
		}
		return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", t.Name, r.t.Name)
	}
	return nil, Errorf(TypeError, "%s", msg)
}

// enterContext starts a with (or async with) block on cm: it looks up
// __enter__/__exit__ (__aenter__/__aexit__), binds the exit method and calls
// the enter method. exit is valid once bound, even when entering fails.
func (th *Thread) enterContext(cm Value, async bool) (exit, entered Value, err *Exception) {
	enterName, exitName, protocol := "__enter__", "__exit__", "context manager protocol"
	if async {
		enterName, exitName, protocol = "__aenter__", "__aexit__", "asynchronous context manager protocol"
	}
	enter, ok1 := cm.t.Lookup(enterName)
	exitFn, ok2 := cm.t.Lookup(exitName)
	if !ok1 {
		return Value{}, Value{}, Errorf(TypeError, "'%s' object does not support the %s", cm.t.Name, protocol)
	}
	if !ok2 {
		return Value{}, Value{}, Errorf(TypeError, "'%s' object does not support the %s (missed %s method)", cm.t.Name, protocol, exitName)
	}
	if exit, err = th.bindDescr(exitFn, cm, cm.t); err != nil {
		return Value{}, Value{}, err
	}
	entered, err = th.callDescr(enter, cm, nil, nil)
	return exit, entered, err
}
