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
