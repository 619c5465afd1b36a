package core

// Calls the VM makes without copying the arguments off its value stack.
// Python functions copy their arguments into their frame before running,
// so a call that ends in callFunc can be given a view of the stack; the
// generic path (th.Call) copies because Go callables may keep the slice.

// callOnStack calls slot[0] with the arguments slot[1:] (followed by the
// values of the keyword names kw) when the callee is a bound Python method
// or a plain class whose __init__ is a Python function; ok=false leaves
// the call to the generic path. slot[0] may be overwritten (with the
// method's self or the new instance), which is what lets self and the
// arguments be passed as one slice.
func (th *Thread) callOnStack(slot []Value, kw []string) (r Value, err *Exception, ok bool) {
	fn := slot[0]
	switch fn.t {
	case MethodType:
		m := fn.o.(*Method)
		if m.Func.t != FunctionType {
			return Value{}, nil, false
		}
		slot[0] = m.Self
		r, err = th.callFunc(m.Func.o.(*Function), slot, kw)
		return r, err, true
	case BuiltinType:
		b := fn.o.(*Builtin)
		if !b.Borrows || b.Self.t != nil {
			return Value{}, nil, false
		}
		r, err = b.Fn(th, slot[1:], kw)
		return r, err, true
	case TypeType:
		cls := fn.o.(*Type)
		if cls.Static {
			return th.callScalarType(cls, slot, kw)
		}
		init := cls.ctorInit
		if cls.ctorVer != cls.version || cls.version == 0 {
			// The two lookups once per version of the class, not per
			// instance made.
			init = nil
			newf, _ := cls.Lookup("__new__")
			if newf.t == StaticMethodType && newf.o.(*StaticMethod).Func.o == objectNewFn {
				if initf, _ := cls.Lookup("__init__"); initf.t == FunctionType {
					init = initf.o.(*Function)
				}
			}
			cls.ctorInit, cls.ctorVer = init, cls.VersionTag()
		}
		if init == nil {
			return Value{}, nil, false
		}
		obj, err := objectNewChecked(th, cls, len(slot) > 1)
		if err != nil {
			return Value{}, err, true
		}
		slot[0] = obj
		r, err := th.callFunc(init, slot, kw)
		if err != nil {
			return Value{}, err, true
		}
		if !r.IsNone() {
			return Value{}, Errorf(TypeError, "__init__() should return None, not '%s'", r.t.Name), true
		}
		return obj, nil, true
	}
	return Value{}, nil, false
}

// callScalarType calls str, int, float or bool: their __new__ only reads
// its arguments and their __init__ is object's, so __new__ gets slot (the
// class followed by the arguments) as it stands.
func (th *Thread) callScalarType(cls *Type, slot []Value, kw []string) (Value, *Exception, bool) {
	if cls != StrType && cls != IntType && cls != FloatType && cls != BoolType {
		return Value{}, nil, false
	}
	newf, _ := th.lookup(cls, "__new__")
	initf, _ := th.lookup(cls, "__init__")
	sm, ok := newf.o.(*StaticMethod)
	if !ok || newf.t != StaticMethodType || initf.o != objectInitFn {
		return Value{}, nil, false
	}
	b, ok := sm.Func.o.(*Builtin)
	if !ok || sm.Func.t != BuiltinType {
		return Value{}, nil, false
	}
	r, err := b.Fn(th, slot, kw)
	return r, err, true
}

// callFuncSelf calls the Python function f with self prepended to args,
// building the argument list in the thread's scratch stack instead of a
// new slice (callFunc copies it into the frame before anything runs, and
// calls nest, so the scratch is used as a stack).
func (th *Thread) callFuncSelf(f *Function, self Value, args []Value, kw []string) (Value, *Exception) {
	base := len(th.vm.scratch)
	th.vm.scratch = append(th.vm.scratch, self)
	th.vm.scratch = append(th.vm.scratch, args...)
	r, err := th.callFunc(f, th.vm.scratch[base:], kw)
	clear(th.vm.scratch[base:])
	th.vm.scratch = th.vm.scratch[:base]
	return r, err
}

// callBuiltinSelf is callFuncSelf for a method of one of the core's types
// (noRetainTypes), whose Go functions never keep their args slice.
func (th *Thread) callBuiltinSelf(b *Builtin, self Value, args []Value, kw []string) (Value, *Exception) {
	base := len(th.vm.scratch)
	th.vm.scratch = append(th.vm.scratch, self)
	th.vm.scratch = append(th.vm.scratch, args...)
	r, err := b.Fn(th, th.vm.scratch[base:], kw)
	clear(th.vm.scratch[base:])
	th.vm.scratch = th.vm.scratch[:base]
	return r, err
}

// Borrowing marks the builtin function v as one that never keeps its args
// slice (Builtin.Borrows) and returns it.
func Borrowing(v Value) Value {
	if b, ok := v.o.(*Builtin); ok {
		b.Borrows = true
	}
	return v
}

// MarkBorrows marks the named Go methods of t (added with AddMethod) as
// never keeping their args slice (Builtin.Borrows), so calls to them pass
// a view of the VM's stack or of a scratch stack instead of a copy. Call it
// at init time only, for methods that read their arguments during the call
// and keep no part of the slice.
func (t *Type) MarkBorrows(names ...string) {
	for _, name := range names {
		v, ok := t.Dict.GetStr(name)
		b, isBuiltin := v.o.(*Builtin)
		if !ok || !isBuiltin || v.t != MethodDescriptorType {
			panic("core: MarkBorrows: " + t.Name + "." + name + " is not a Go method")
		}
		b.Borrows = true
	}
}
