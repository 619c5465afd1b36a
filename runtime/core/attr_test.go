package core

import (
	"strings"
	"testing"
)

// goMethod makes a class-dict entry that binds like a Python function.
func goMethod(name string, fn BuiltinFunc) Value {
	return Value{t: MethodDescriptorType, o: &Builtin{Name: name, Fn: fn, Owner: ObjectType}}
}

func constMethod(name string, v Value) Value {
	return goMethod(name, func(th *Thread, args []Value, kw []string) (Value, *Exception) { return v, nil })
}

// newClass builds a class from name/value pairs.
func newClass(t *testing.T, th *Thread, name string, bases []*Type, attrs ...any) *Type {
	t.Helper()
	ns := NewDict()
	for i := 0; i < len(attrs); i += 2 {
		ns.SetStr(attrs[i].(string), attrs[i+1].(Value))
	}
	c, err := th.NewClass(TypeType, name, bases, ns, nil, nil)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c
}

func mustCall(t *testing.T, th *Thread, fn Value, args ...Value) Value {
	t.Helper()
	v, err := th.Call(fn, args, nil)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return v
}

func str(v Value) string {
	s, _ := v.AsStr()
	return s
}

func TestAttributeLookup(t *testing.T) {
	th := NewThread(nil, nil)
	getter := NewBuiltin("get", func(th *Thread, args []Value, kw []string) (Value, *Exception) { return NewStr("from property"), nil })
	prop := mustCall(t, th, PropertyType.Value(), getter)
	fallback := goMethod("__getattr__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return NewStr("fallback " + str(args[1])), nil
	})
	a := newClass(t, th, "A", nil, "p", prop, "m", constMethod("m", NewStr("method")), "c", NewStr("class attr"))
	b := newClass(t, th, "B", []*Type{a}, "__getattr__", fallback)
	ai := mustCall(t, th, a.Value())
	bi := mustCall(t, th, b.Value())
	// Instance dict entries shadow non-data descriptors but not data descriptors.
	for _, n := range []string{"p", "m"} {
		if err := th.genericSetAttr(ai, n, NewStr("instance "+n)); n == "p" {
			if err == nil || err.Error() != "AttributeError: property 'p' of 'A' object has no setter" {
				t.Errorf("set property: %v", err)
			}
		} else if err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		obj       Value
		name, out string
	}{
		{ai, "p", "from property"},
		{ai, "m", "instance m"},
		{ai, "c", "class attr"},
		{bi, "c", "class attr"},
		{bi, "nope", "fallback nope"},
		{ai, "nope", "AttributeError: 'A' object has no attribute 'nope'"},
		{a.Value(), "nope", "AttributeError: type object 'A' has no attribute 'nope'"},
		{NewModule("m").Value(), "x", "AttributeError: module 'm' has no attribute 'x'"},
		{a.Value(), "__name__", "A"},
		{b.Value(), "__qualname__", "B"},
		{NewStr("s"), "zz", "AttributeError: 'str' object has no attribute 'zz'"},
	}
	for _, tc := range tests {
		v, err := th.GetAttr(tc.obj, tc.name)
		got := str(v)
		if err != nil {
			got = err.Error()
		}
		if got != tc.out {
			t.Errorf("%s.%s = %q, want %q", tc.obj.t.Name, tc.name, got, tc.out)
		}
	}
	// A bound method calls with self.
	bm, err := th.GetAttr(bi, "m")
	if err != nil || bm.t != BuiltinType {
		t.Fatalf("bound method: %v %v", bm.t, err)
	}
}

func TestClassAttributeCacheInvalidation(t *testing.T) {
	th := NewThread(nil, nil)
	a := newClass(t, th, "A", nil, "x", NewStr("one"))
	b := newClass(t, th, "B", []*Type{a})
	c := newClass(t, th, "C", []*Type{b})
	get := func() string {
		v, err := th.GetAttr(c.Value(), "x")
		if err != nil {
			return err.Error()
		}
		return str(v)
	}
	if got := get(); got != "one" {
		t.Fatalf("C.x = %q", got)
	}
	if err := th.SetAttr(a.Value(), "x", NewStr("two")); err != nil {
		t.Fatal(err)
	}
	if got := get(); got != "two" {
		t.Errorf("after A.x = 'two': C.x = %q", got)
	}
	if err := th.SetAttr(b.Value(), "x", NewStr("three")); err != nil {
		t.Fatal(err)
	}
	if got := get(); got != "three" {
		t.Errorf("after B.x = 'three': C.x = %q", got)
	}
	if err := th.DelAttr(b.Value(), "x"); err != nil {
		t.Fatal(err)
	}
	if got := get(); got != "two" {
		t.Errorf("after del B.x: C.x = %q", got)
	}
	if err := th.SetAttr(IntType.Value(), "x", None); err == nil || err.Error() != "TypeError: cannot set 'x' attribute of immutable type 'int'" {
		t.Errorf("setattr on int: %v", err)
	}
}

func TestCompareReflection(t *testing.T) {
	th := NewThread(nil, nil)
	// B is a subclass of A that overrides __eq__: B's reflected __eq__ goes first.
	a := newClass(t, th, "A", nil, "__eq__", constMethod("__eq__", NewStr("A.eq")),
		"__lt__", constMethod("__lt__", NotImplemented))
	b := newClass(t, th, "B", []*Type{a}, "__eq__", constMethod("__eq__", NewStr("B.eq")),
		"__gt__", constMethod("__gt__", NewStr("B.gt")))
	ai, bi := mustCall(t, th, a.Value()), mustCall(t, th, b.Value())
	plain := newClass(t, th, "P", nil)
	pi := mustCall(t, th, plain.Value())
	tests := []struct {
		op   CmpOp
		x, y Value
		want string
	}{
		{Eq, ai, bi, "B.eq"},
		{Eq, bi, ai, "B.eq"},
		{Eq, ai, ai, "A.eq"},
		{Lt, ai, bi, "B.gt"},
		{Lt, pi, pi, "TypeError: '<' not supported between instances of 'P' and 'P'"},
		{Ge, pi, NewStr("x"), "TypeError: '>=' not supported between instances of 'P' and 'str'"},
	}
	for _, tc := range tests {
		r, err := th.Compare(tc.op, tc.x, tc.y)
		got := str(r)
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s %s %s = %q, want %q", tc.x.t.Name, cmpSymbols[tc.op], tc.y.t.Name, got, tc.want)
		}
	}
	// Identity fallback for == and != when both sides return NotImplemented.
	if r, _ := th.Compare(Eq, pi, pi); !r.Is(True) {
		t.Errorf("p == p should be True")
	}
	if r, _ := th.Compare(Ne, pi, mustCall(t, th, plain.Value())); !r.Is(True) {
		t.Errorf("p != q should be True")
	}
}

func TestBinaryProtocol(t *testing.T) {
	th := NewThread(nil, nil)
	a := newClass(t, th, "A", nil,
		"__add__", constMethod("__add__", NotImplemented),
		"__radd__", constMethod("__radd__", NewStr("A.radd")))
	b := newClass(t, th, "B", nil, "__add__", constMethod("__add__", NewStr("B.add")))
	sub := newClass(t, th, "Sub", []*Type{a}, "__radd__", constMethod("__radd__", NewStr("Sub.radd")))
	ai, bi, si := mustCall(t, th, a.Value()), mustCall(t, th, b.Value()), mustCall(t, th, sub.Value())
	tests := []struct {
		x, y Value
		want string
	}{
		{bi, ai, "B.add"},
		{ai, bi, "TypeError: unsupported operand type(s) for +: 'A' and 'B'"},
		{ai, si, "Sub.radd"}, // the subclass's overriding reflected method goes first
		{NewStr("a"), ai, "A.radd"},
		{bi, NewStr("a"), "B.add"},
		{NewStr("a"), bi, "TypeError: can only concatenate str (not \"B\") to str"},
	}
	for _, tc := range tests {
		r, err := th.Binary(Add, tc.x, tc.y)
		got := str(r)
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s + %s = %q, want %q", tc.x.t.Name, tc.y.t.Name, got, tc.want)
		}
	}
	if _, err := th.InPlace(Sub, ai, bi); err == nil || err.Error() != "TypeError: unsupported operand type(s) for -=: 'A' and 'B'" {
		t.Errorf("a -= b: %v", err)
	}
	if _, err := th.Unary(Neg, ai); err == nil || err.Error() != "TypeError: bad operand type for unary -: 'A'" {
		t.Errorf("-a: %v", err)
	}
}

func TestHashAndEqWithoutHash(t *testing.T) {
	th := NewThread(nil, nil)
	a := newClass(t, th, "A", nil, "__eq__", constMethod("__eq__", True))
	ai := mustCall(t, th, a.Value())
	if _, err := th.Hash(ai); err == nil || err.Error() != "TypeError: unhashable type: 'A'" {
		t.Errorf("hash of class with __eq__ only: %v", err)
	}
	p := newClass(t, th, "P", nil)
	pi := mustCall(t, th, p.Value())
	h1, err1 := th.Hash(pi)
	h2, err2 := th.Hash(pi)
	if err1 != nil || err2 != nil || h1 != h2 {
		t.Errorf("default hash not stable: %v %v %v %v", h1, h2, err1, err2)
	}
}

func TestSuperAndMRO(t *testing.T) {
	th := NewThread(nil, nil)
	a := newClass(t, th, "A", nil, "who", constMethod("who", NewStr("A")))
	b := newClass(t, th, "B", []*Type{a}, "who", constMethod("who", NewStr("B")))
	c := newClass(t, th, "C", []*Type{a}, "who", constMethod("who", NewStr("C")))
	d := newClass(t, th, "D", []*Type{b, c}, "who", constMethod("who", NewStr("D")))
	di := mustCall(t, th, d.Value())
	for _, tc := range []struct {
		start *Type
		want  string
	}{{d, "B"}, {b, "C"}, {c, "A"}} {
		s, err := NewSuper(tc.start, di)
		if err != nil {
			t.Fatal(err)
		}
		f, err := th.GetAttr(s, "who")
		if err != nil {
			t.Fatal(err)
		}
		if got := str(mustCall(t, th, f)); got != tc.want {
			t.Errorf("super(%s, d).who() = %q, want %q", tc.start.Name, got, tc.want)
		}
		// The method-call path must not bypass super's lookup.
		m, isMeth, err := th.GetMethod(s, "who")
		if err != nil || isMeth {
			t.Fatalf("GetMethod(super, who) = method %v, %v", isMeth, err)
		}
		if got := str(mustCall(t, th, m)); got != tc.want {
			t.Errorf("GetMethod(super(%s, d), who)() = %q, want %q", tc.start.Name, got, tc.want)
		}
	}
	if _, err := NewSuper(b, mustCall(t, th, c.Value())); err == nil {
		t.Errorf("super(B, C()) should fail")
	}
	ok, err := th.IsInstance(di, NewTuple([]Value{IntType.Value(), c.Value()}))
	if err != nil || !ok {
		t.Errorf("isinstance(d, (int, C)) = %v, %v", ok, err)
	}
	ok, err = th.IsSubclass(a.Value(), d.Value())
	if err != nil || ok {
		t.Errorf("issubclass(A, D) = %v, %v", ok, err)
	}
}

func TestClassCreationErrors(t *testing.T) {
	th := NewThread(nil, nil)
	x := newClass(t, th, "X", nil)
	y := newClass(t, th, "Y", []*Type{x})
	tests := []struct {
		bases []*Type
		want  string
	}{
		{[]*Type{BoolType}, "TypeError: type 'bool' is not an acceptable base type"},
		{[]*Type{x, x}, "TypeError: duplicate base class X"},
		{[]*Type{x, y}, "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y"},
		{[]*Type{IntType, StrType}, "TypeError: multiple bases have instance lay-out conflict"},
	}
	for _, tc := range tests {
		_, err := th.NewClass(TypeType, "C", tc.bases, NewDict(), nil, nil)
		if err == nil || err.Error() != tc.want {
			t.Errorf("class C%v: %v, want %s", tc.bases, err, tc.want)
		}
	}
	// object() takes no arguments unless __init__ is overridden.
	if _, err := th.Call(x.Value(), []Value{None}, nil); err == nil || err.Error() != "TypeError: X() takes no arguments" {
		t.Errorf("X(None): %v", err)
	}
	// __init_subclass__ receives the class keywords; object's rejects them.
	_, err := th.NewClass(TypeType, "K", nil, NewDict(), []string{"k"}, []Value{None})
	if err == nil || err.Error() != "TypeError: K.__init_subclass__() takes no keyword arguments" {
		t.Errorf("class K(k=None): %v", err)
	}
}

func TestSetNameAndInitSubclass(t *testing.T) {
	th := NewThread(nil, nil)
	var calls []string
	rec := newClass(t, th, "Rec", nil, "__set_name__", goMethod("__set_name__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		calls = append(calls, "set_name "+args[1].AsType().Name+"."+str(args[2]))
		return None, nil
	}))
	isc := NewBuiltin("isc", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		calls = append(calls, "init_subclass "+args[0].AsType().Name+" "+strings.Join(kw, ","))
		return None, nil
	})
	base := newClass(t, th, "Base", nil, "__init_subclass__", Value{t: ClassMethodType, o: &ClassMethod{Func: isc}})
	ns := NewDict()
	ns.SetStr("field", mustCall(t, th, rec.Value()))
	if _, err := th.NewClass(TypeType, "Child", []*Type{base}, ns, []string{"flag"}, []Value{True}); err != nil {
		t.Fatal(err)
	}
	want := "set_name Child.field|init_subclass Child flag"
	if got := strings.Join(calls, "|"); got != want {
		t.Errorf("calls = %q, want %q", got, want)
	}
}

func TestAttributeHooks(t *testing.T) {
	th := NewThread(nil, nil)
	var log []string
	ga := goMethod("__getattribute__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		n := str(args[1])
		log = append(log, "get "+n)
		if n == "missing" {
			return Value{}, Errorf(AttributeError, "no")
		}
		return NewStr("ga " + n), nil
	})
	gattr := goMethod("__getattr__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return NewStr("getattr " + str(args[1])), nil
	})
	sa := goMethod("__setattr__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		log = append(log, "set "+str(args[1]))
		// Delegate to object.__setattr__ as Python code would with super().
		f, _ := ObjectType.Lookup("__setattr__")
		return th.callDescr(f, args[0], args[1:], nil)
	})
	a := newClass(t, th, "A", nil, "__getattribute__", ga, "__getattr__", gattr, "__setattr__", sa)
	ai := mustCall(t, th, a.Value())
	if err := th.SetAttr(ai, "x", NewStr("v")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, want string }{{"x", "ga x"}, {"missing", "getattr missing"}} {
		v, err := th.GetAttr(ai, tc.name)
		if err != nil || str(v) != tc.want {
			t.Errorf("a.%s = %q, %v; want %q", tc.name, str(v), err, tc.want)
		}
	}
	if got := strings.Join(log, ","); got != "set x,get x,get missing" {
		t.Errorf("hook calls = %s", got)
	}
	// Adding a hook later to a base class is seen by subclasses.
	b := newClass(t, th, "B", nil)
	c := newClass(t, th, "C", []*Type{b})
	ci := mustCall(t, th, c.Value())
	if _, err := th.GetAttr(ci, "zz"); err == nil {
		t.Fatal("c.zz should fail before __getattr__ exists")
	}
	if err := th.SetAttr(b.Value(), "__getattr__", gattr); err != nil {
		t.Fatal(err)
	}
	if v, err := th.GetAttr(ci, "zz"); err != nil || str(v) != "getattr zz" {
		t.Errorf("after B.__getattr__ = ...: c.zz = %q, %v", str(v), err)
	}
}
