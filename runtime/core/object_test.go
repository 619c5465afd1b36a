package core

import "testing"

func TestMROAndSubtype(t *testing.T) {
	th := NewThread(nil, nil)
	a, err := th.NewClass(TypeType, "A", nil, NewDict(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := th.NewClass(TypeType, "B", []*Type{a}, NewDict(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := th.NewClass(TypeType, "C", []*Type{a}, NewDict(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := th.NewClass(TypeType, "D", []*Type{b, c}, NewDict(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range d.MRO {
		names = append(names, m.Name)
	}
	if got, want := join(names), "D B C A object"; got != want {
		t.Errorf("MRO = %s, want %s", got, want)
	}
	if !d.IsSubtype(a) || a.IsSubtype(d) {
		t.Errorf("IsSubtype wrong")
	}
	if _, err := th.NewClass(TypeType, "E", []*Type{a, b}, NewDict(), nil, nil); err == nil ||
		err.Error() != "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B" {
		t.Errorf("inconsistent MRO error = %v", err)
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func TestInstanceCreationProtocol(t *testing.T) {
	th := NewThread(nil, nil)
	var log []string
	other := NewStr("not an A")
	newA := NewBuiltin("__new__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		log = append(log, "new")
		if len(args) > 1 && args[1].Is(other) {
			return other, nil
		}
		return th.Call(mustLookup(t, ObjectType, "__new__").o.(*StaticMethod).Func, args[:1], nil)
	})
	initA := goMethod("__init__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		log = append(log, "init")
		if len(args) > 1 && args[1].IsBool() {
			return Int(1), nil
		}
		return None, nil
	})
	a := newClass(t, th, "A", nil, "__new__", Value{t: StaticMethodType, o: &StaticMethod{Func: newA}}, "__init__", initA)
	if v := mustCall(t, th, a.Value(), None); v.t != a {
		t.Errorf("A(None) is a %s", v.t.Name)
	}
	// __new__ returning something else skips __init__.
	if v := mustCall(t, th, a.Value(), other); !v.Is(other) {
		t.Errorf("A(other) = %v", v.t.Name)
	}
	if _, err := th.Call(a.Value(), []Value{True}, nil); err == nil || err.Error() != "TypeError: __init__() should return None, not 'int'" {
		t.Errorf("__init__ returning 1: %v", err)
	}
	if got := join(log); got != "new init new new init" {
		t.Errorf("calls = %q", got)
	}
	// type(x) and type(name, bases, dict).
	if v := mustCall(t, th, TypeType.Value(), NewStr("s")); v.AsType() != StrType {
		t.Errorf("type('s') = %v", v)
	}
	ns := NewDict()
	ns.SetStr("k", NewStr("v"))
	dyn := mustCall(t, th, TypeType.Value(), NewStr("Dyn"), NewTuple([]Value{a.Value()}), ns.Value()).AsType()
	if dyn == nil || dyn.Name != "Dyn" || !dyn.IsSubtype(a) {
		t.Fatalf("type('Dyn', (A,), {...}) = %v", dyn)
	}
	if _, err := th.Call(TypeType.Value(), []Value{None, None}, nil); err == nil || err.Error() != "TypeError: type() takes 1 or 3 arguments" {
		t.Errorf("type(None, None): %v", err)
	}
	// A metaclass's __call__ replaces type.__call__.
	meta := newClass(t, th, "Meta", []*Type{TypeType}, "__call__", constMethod("__call__", NewStr("intercepted")))
	m, err := th.NewClass(meta, "M", nil, NewDict(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Meta != meta {
		t.Errorf("type(M) = %s", m.Meta.Name)
	}
	if v := mustCall(t, th, m.Value()); str(v) != "intercepted" {
		t.Errorf("M() = %v", v)
	}
	// A class deriving from M gets Meta as its metaclass.
	n, err := th.NewClass(TypeType, "N", []*Type{m}, NewDict(), nil, nil)
	if err != nil || n.Meta != meta {
		t.Errorf("type(N) = %v, %v", n, err)
	}
}

func mustLookup(t *testing.T, typ *Type, name string) Value {
	t.Helper()
	v, ok := typ.Lookup(name)
	if !ok {
		t.Fatalf("%s.%s missing", typ.Name, name)
	}
	return v
}

func TestVersionTag(t *testing.T) {
	th := NewThread(nil, nil)
	a := newClass(t, th, "A", nil, "x", None)
	b := newClass(t, th, "B", []*Type{a})
	va, vb := a.VersionTag(), b.VersionTag()
	if va == 0 || vb == 0 || va == vb || a.VersionTag() != va {
		t.Fatalf("tags %d %d", va, vb)
	}
	if err := th.SetAttr(a.Value(), "x", True); err != nil {
		t.Fatal(err)
	}
	if a.VersionTag() == va || b.VersionTag() == vb {
		t.Errorf("tags did not change after A.x = True")
	}
	if IntType.VersionTag() != IntType.VersionTag() || IntType.VersionTag() == 0 {
		t.Errorf("static tag unstable")
	}
}

func TestClassDictLayout(t *testing.T) {
	th := NewThread(nil, nil)
	keys := func(c *Type) string {
		var names []string
		for _, k := range c.Dict.Keys() {
			names = append(names, str(k))
		}
		return join(names)
	}
	ns := NewDict()
	ns.SetStr("__module__", NewStr("__main__"))
	ns.SetStr("x", None)
	a, err := th.NewClass(TypeType, "A", nil, ns, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newClass(t, th, "B", []*Type{a})
	e := newClass(t, th, "E", []*Type{ExceptionType})
	m := newClass(t, th, "M", []*Type{TypeType})
	// Expected orders are CPython 3.11's list(C.__dict__).
	for _, tc := range []struct {
		c    *Type
		want string
	}{
		{a, "__module__ x __dict__ __weakref__ __doc__"},
		{b, "__module__ __doc__"},
		{e, "__module__ __weakref__ __doc__"},
		{m, "__module__ __doc__"},
	} {
		if got := keys(tc.c); got != tc.want {
			t.Errorf("%s.__dict__ keys = %q, want %q", tc.c.Name, got, tc.want)
		}
	}
	// The __dict__ descriptor reads and replaces the instance dict.
	bi := mustCall(t, th, b.Value())
	nd := NewDict()
	nd.SetStr("q", True)
	if err := th.SetAttr(bi, "__dict__", nd.Value()); err != nil {
		t.Fatal(err)
	}
	if v, err := th.GetAttr(bi, "q"); err != nil || !v.Is(True) {
		t.Errorf("after __dict__ = {'q': True}: b.q = %v, %v", v, err)
	}
	if err := th.SetAttr(bi, "__dict__", Int(1)); err == nil || err.Error() != "TypeError: __dict__ must be set to a dictionary, not a 'int'" {
		t.Errorf("__dict__ = 1: %v", err)
	}
}

func TestMisappliedDescriptors(t *testing.T) {
	th := NewThread(nil, nil)
	call := func(owner *Type, name string, args ...Value) string {
		f, ok := owner.Lookup(name)
		if !ok {
			t.Fatalf("%s.%s missing", owner.Name, name)
		}
		_, err := th.Call(f, args, nil)
		if err == nil {
			return "ok"
		}
		return err.Error()
	}
	for _, tc := range []struct {
		got, want string
	}{
		{call(TypeType, "__repr__", Int(5)), "TypeError: descriptor '__repr__' requires a 'type' object but received a 'int'"},
		{call(ObjectType, "__init__"), "TypeError: descriptor '__init__' of 'object' object needs an argument"},
		{call(BaseException, "with_traceback", Int(1), None), "TypeError: descriptor 'with_traceback' for 'BaseException' objects doesn't apply to a 'int' object"},
		{call(ObjectType, "__setattr__", IntType.Value(), NewStr("x"), None), "TypeError: can't apply this __setattr__ to type object"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if _, err := th.Call(TypeType.Value(), []Value{NewStr("X"), NewTuple([]Value{Int(5)}), NewDict().Value()}, nil); err == nil ||
		err.Error() != "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases" {
		t.Errorf("type('X', (5,), {}): %v", err)
	}
	ga, err := th.GetItem(TypeType.Value(), IntType.Value())
	if err != nil || ga.t != GenericAliasType {
		t.Errorf("type[int] = %v, %v", ga.t, err)
	}
}

func TestAbstractClasses(t *testing.T) {
	th := NewThread(nil, nil)
	// A class attribute named __abstractmethods__ does not make a class
	// abstract; assigning it through type's descriptor does.
	plain := newClass(t, th, "Plain", nil, "__abstractmethods__", NewTuple([]Value{NewStr("f")}))
	if _, err := th.Call(plain.Value(), nil, nil); err != nil {
		t.Errorf("Plain(): %v", err)
	}
	abs := newClass(t, th, "Shape", nil)
	if err := th.SetAttr(abs.Value(), "__abstractmethods__", NewTuple([]Value{NewStr("area"), NewStr("name")})); err != nil {
		t.Fatal(err)
	}
	if _, err := th.Call(abs.Value(), nil, nil); err == nil ||
		err.Error() != "TypeError: Can't instantiate abstract class Shape with abstract methods area, name" {
		t.Errorf("Shape(): %v", err)
	}
	if err := th.SetAttr(abs.Value(), "__abstractmethods__", EmptyTuple()); err != nil {
		t.Fatal(err)
	}
	if _, err := th.Call(abs.Value(), nil, nil); err != nil {
		t.Errorf("Shape() after clearing: %v", err)
	}
}
