package core

import (
	"strings"
)

// BuiltinFunc is a function implemented in Go. args holds the positional
// arguments followed by len(kw) keyword values; kw holds the keyword names
// (vectorcall style). For methods of built-in types, args[0] is self.
type BuiltinFunc func(th *Thread, args []Value, kw []string) (Value, *Exception)

// Builtin is a Go function as a Python object: a builtin function
// (BuiltinType), an unbound method descriptor of a built-in type
// (MethodDescriptorType), or a bound method (BuiltinType with Self set).
type Builtin struct {
	Name  string
	Fn    BuiltinFunc
	Self  Value // the bound receiver, or the zero Value
	Owner *Type // for methods: the type defining them
	// Borrows is set for functions that never keep their args slice: the
	// VM then passes a view of its value stack instead of a copy.
	Borrows bool
}

// NewBuiltin returns a builtin function value.
func NewBuiltin(name string, fn BuiltinFunc) Value {
	return Value{t: BuiltinType, o: &Builtin{Name: name, Fn: fn}}
}

// callBuiltin calls a Builtin, prepending its bound receiver.
func callBuiltin(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	b := fn.o.(*Builtin)
	if b.Self.t != nil {
		full := make([]Value, len(args)+1)
		full[0] = b.Self
		copy(full[1:], args)
		args = full
	} else if fn.t == MethodDescriptorType {
		// An unbound method called through the class: check the receiver.
		if len(args)-len(kw) < 1 {
			return Value{}, receiverError(b.Name, b.Owner, Value{})
		}
		if !args[0].t.IsSubtype(b.Owner) {
			return Value{}, receiverError(b.Name, b.Owner, args[0])
		}
	}
	return b.Fn(th, args, kw)
}

// UnpackArgs assigns positional and keyword arguments to parameters,
// starlark-style: pairs alternate a parameter name and a *Value. A name
// ending in "?" marks it and all following parameters optional (absent ones
// are left unchanged, normally the zero Value). Errors read like CPython's.
func (th *Thread) UnpackArgs(fname string, args []Value, kw []string, pairs ...any) *Exception {
	nparams := len(pairs) / 2
	npos := len(args) - len(kw)
	required := nparams
	names := make([]string, nparams)
	for i := 0; i < nparams; i++ {
		name := pairs[2*i].(string)
		if strings.HasSuffix(name, "?") {
			name = name[:len(name)-1]
			if required == nparams {
				required = i
			}
		}
		names[i] = name
	}
	if npos > nparams {
		if required == nparams {
			if nparams == 1 {
				return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, npos)
			}
			return Errorf(TypeError, "%s() takes exactly %d arguments (%d given)", fname, nparams, npos)
		}
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, nparams, plural(nparams), npos)
	}
	set := make([]bool, nparams)
	for i := 0; i < npos; i++ {
		*pairs[2*i+1].(*Value) = args[i]
		set[i] = true
	}
	for j, k := range kw {
		found := false
		for i, n := range names {
			if n == k {
				if set[i] {
					return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
				*pairs[2*i+1].(*Value) = args[npos+j]
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if !set[i] {
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

// NoKwargs returns a TypeError when keyword arguments were passed to a
// function that takes none.
func NoKwargs(fname string, kw []string) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// methodArgs checks the argument count of method name of a built-in
// type, not counting the receiver in args[0] (CPython's messages count
// only the explicit arguments), with methodArgCount's messages for the
// built-in type of the receiver's that defines name.
func methodArgs(name string, args []Value, kw []string, lo, hi int) *Exception {
	rest := args[min(1, len(args)):]
	if len(kw) == 0 && len(rest) >= lo && len(rest) <= hi {
		return nil
	}
	if len(args) > 0 && args[0].t != nil {
		for _, t := range args[0].t.MRO {
			if m, ok := t.Dict.GetStr(name); ok && m.t == MethodDescriptorType {
				return methodArgCount(t, name, "", rest, kw, lo, hi)
			}
		}
	}
	if isSlotName(name) {
		return slotArgCount(nil, name, len(rest), kw, lo, hi)
	}
	return ArgCount(name, rest, kw, lo, hi)
}

// subRangeArgs checks the arguments of count, find, index, startswith
// and their kin ((sub[, start[, end]]) after self in args[0]), with
// CPython's messages for them ("count() takes at least 1 argument (0
// given)", "str.count() takes no keyword arguments").
func subRangeArgs(name string, args []Value, kw []string) *Exception {
	switch n := len(args) - 1; {
	case len(kw) > 0:
		return methodArgs(name, args, kw, 1, 3)
	case n < 1:
		return Errorf(TypeError, "%s() takes at least 1 argument (%d given)", name, max(n, 0))
	case n > 3:
		return Errorf(TypeError, "%s() takes at most 3 arguments (%d given)", name, n)
	}
	return nil
}

// methodArgCount checks the lo to hi arguments after self of method attr
// of owner, with the messages CPython gives for its kind of method: a
// slot wrapper's (slotArgCount), a method taking no argument or one
// ("list.append() takes exactly one argument (0 given)"), or one taking
// more ("insert expected 2 arguments, got 1").
func methodArgCount(owner *Type, attr, shown string, args []Value, kw []string, lo, hi int) *Exception {
	n := len(args)
	if len(kw) == 0 && n >= lo && n <= hi {
		return nil
	}
	if isSlotWrapper(owner, attr) {
		return slotArgCount(owner, attr, n, kw, lo, hi)
	}
	if len(kw) > 0 {
		return Errorf(TypeError, "%s.%s() takes no keyword arguments", owner.Name, attr)
	}
	switch {
	case shown != "":
		attr = shown
	case lo == hi && lo <= 1:
		attr = owner.Name + "." + attr
	}
	return ArgCount(attr, args, nil, lo, hi)
}

// slotArgCount is a slot wrapper's argument check ([].__len__(1):
// "expected 0 arguments, got 1"). The wrappers that unpack their
// arguments with an empty function name put a space before "expected".
func slotArgCount(owner *Type, name string, n int, kw []string, lo, hi int) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	if n >= lo && n <= hi {
		return nil
	}
	sp := ""
	switch name {
	case "__pow__", "__rpow__", "__setitem__", "__setattr__", "__get__", "__set__":
		sp = " "
	case "__mul__", "__rmul__", "__imul__":
		// A sequence's repeat, not a number's product.
		switch owner {
		case ListType, TupleType, StrType, BytesType, ByteArrayType:
			sp = " "
		}
	}
	switch {
	case lo == hi:
		return Errorf(TypeError, "%sexpected %d argument%s, got %d", sp, lo, plural(lo), n)
	case n < lo:
		return Errorf(TypeError, "%sexpected at least %d argument%s, got %d", sp, lo, plural(lo), n)
	}
	return Errorf(TypeError, "%sexpected at most %d argument%s, got %d", sp, hi, plural(hi), n)
}

// ArgCount checks the number of positional arguments (no keywords allowed).
func ArgCount(fname string, args []Value, kw []string, min, max int) *Exception {
	if err := NoKwargs(fname, kw); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return Errorf(TypeError, "%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return Errorf(TypeError, "%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	default:
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func init() {
	BuiltinType.Call = callBuiltin
	MethodDescriptorType.Call = callBuiltin
}
