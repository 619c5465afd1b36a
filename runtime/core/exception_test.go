package core

import "testing"

func TestExceptionStr(t *testing.T) {
	th := NewThread(nil, nil)
	s := NewStr
	tests := []struct {
		typ       *Type
		args      []Value
		str, repr string
	}{
		{ValueError, nil, "", "ValueError()"},
		{ValueError, []Value{s("bad")}, "bad", "ValueError('bad')"},
		{ValueError, []Value{s("a"), s("b")}, "('a', 'b')", "ValueError('a', 'b')"},
		{KeyError, []Value{s("k")}, "'k'", "KeyError('k')"},
		{KeyError, nil, "", "KeyError()"},
		{StopIteration, []Value{s("v")}, "v", "StopIteration('v')"},
		{OSError, []Value{s("plain")}, "plain", "OSError('plain')"},
		{SyntaxError, []Value{s("bad"), NewTuple([]Value{s("dir/f.py"), Int(3), Int(4), s("x y")})}, "bad (f.py, line 3)", ""},
	}
	_, tupleRepr := TupleType.Dict.GetStr("__repr__")
	for _, tc := range tests {
		if len(tc.args) > 1 && !tupleRepr {
			continue // needs tuple.__repr__ (TYPES)
		}
		full := append([]Value{tc.typ.Value()}, tc.args...)
		ev, err := th.Call(tc.typ.Value(), full[1:], nil)
		if err != nil {
			t.Fatalf("%s(...): %v", tc.typ.Name, err)
		}
		got, err := th.StrOf(ev)
		if err != nil || got != tc.str {
			t.Errorf("str(%s) = %q (%v), want %q", tc.typ.Name, got, err, tc.str)
		}
		if tc.repr == "" {
			continue
		}
		got, err = th.Repr(ev)
		if err != nil || got != tc.repr {
			t.Errorf("repr(%s) = %q (%v), want %q", tc.typ.Name, got, err, tc.repr)
		}
	}
}

func TestExceptionAttributes(t *testing.T) {
	th := NewThread(nil, nil)
	si := mustCall(t, th, StopIteration.Value(), NewStr("result"))
	if v, err := th.GetAttr(si, "value"); err != nil || str(v) != "result" {
		t.Errorf("StopIteration.value = %v, %v", v, err)
	}
	se := mustCall(t, th, SystemExit.Value())
	if v, err := th.GetAttr(se, "code"); err != nil || !v.IsNone() {
		t.Errorf("SystemExit().code = %v, %v", v, err)
	}
	e := mustCall(t, th, ValueError.Value(), NewStr("x"))
	if err := th.SetAttr(e, "__cause__", NewStr("no")); err == nil ||
		err.Error() != "TypeError: exception cause must be None or derive from BaseException" {
		t.Errorf("bad __cause__: %v", err)
	}
	cause := mustCall(t, th, KeyError.Value())
	if err := th.SetAttr(e, "__cause__", cause); err != nil {
		t.Fatal(err)
	}
	if sc, _ := th.GetAttr(e, "__suppress_context__"); !sc.Is(True) {
		t.Errorf("setting __cause__ should set __suppress_context__")
	}
	addNote, err := th.GetAttr(e, "add_note")
	if err != nil {
		t.Fatal(err)
	}
	mustCall(t, th, addNote, NewStr("note 1"))
	mustCall(t, th, addNote, NewStr("note 2"))
	notes, err := th.GetAttr(e, "__notes__")
	if err != nil || len(notes.o.(*List).Items) != 2 {
		t.Errorf("__notes__ = %v, %v", notes, err)
	}
	if _, err := th.Call(addNote, []Value{Int(1)}, nil); err == nil || err.Error() != "TypeError: note must be a str, not 'int'" {
		t.Errorf("add_note(1): %v", err)
	}
	// User subclass: args come from __new__ even if __init__ is overridden.
	my := newClass(t, th, "MyError", []*Type{ExceptionType}, "__init__", constMethod("__init__", None))
	mi := mustCall(t, th, my.Value(), NewStr("m"))
	if got, _ := th.StrOf(mi); got != "m" {
		t.Errorf("str(MyError('m')) = %q", got)
	}
	if !AsException(mi).Matches(ExceptionType) || AsException(mi).Matches(ValueError) {
		t.Errorf("MyError matching wrong")
	}
	// OSError(errno, msg) picks the errno's subclass.
	fe := mustCall(t, th, OSError.Value(), Int(2), NewStr("No such file"), NewStr("f.txt"))
	if fe.t != FileNotFoundError {
		t.Errorf("OSError(2, ...) is %s", fe.t.Name)
	}
}

func TestExceptionGroups(t *testing.T) {
	th := NewThread(nil, nil)
	ve := mustCall(t, th, ValueError.Value(), NewStr("v"))
	te := mustCall(t, th, TypeError.Value(), NewStr("t"))
	ki := mustCall(t, th, KeyboardInterrupt.Value())
	inner := mustCall(t, th, ExceptionGroup.Value(), NewStr("inner"), NewList([]Value{te}))
	eg := mustCall(t, th, BaseExceptionGroup.Value(), NewStr("outer"), NewList([]Value{ve, inner}))
	if eg.t != ExceptionGroup {
		t.Errorf("BaseExceptionGroup of Exceptions should be an ExceptionGroup, got %s", eg.t.Name)
	}
	if s, _ := th.StrOf(eg); s != "outer (2 sub-exceptions)" {
		t.Errorf("str(eg) = %q", s)
	}
	split, err := th.GetAttr(eg, "split")
	if err != nil {
		t.Fatal(err)
	}
	r := mustCall(t, th, split, TypeError.Value()).o.(*Tuple).Items
	match, rest := AsException(r[0]), AsException(r[1])
	if match == nil || len(match.Exceptions) != 1 || match.Exceptions[0].Message != "inner" ||
		match.Exceptions[0].Exceptions[0] != AsException(te) {
		t.Errorf("split match wrong: %+v", match)
	}
	if rest == nil || len(rest.Exceptions) != 1 || rest.Exceptions[0] != AsException(ve) || rest.Message != "outer" {
		t.Errorf("split rest wrong: %+v", rest)
	}
	sub, _ := th.GetAttr(eg, "subgroup")
	if r := mustCall(t, th, sub, NewTuple([]Value{KeyError.Value()})); !r.IsNone() {
		t.Errorf("subgroup(KeyError) = %v, want None", r.t.Name)
	}
	if r := mustCall(t, th, sub, ExceptionType.Value()); !r.Is(eg) {
		t.Errorf("subgroup(Exception) should be the group itself")
	}
	errs := []struct {
		args []Value
		want string
	}{
		{[]Value{Int(1), NewList([]Value{ve})}, "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int"},
		{[]Value{NewStr("m"), NewList(nil)}, "ValueError: second argument (exceptions) must be a non-empty sequence"},
		{[]Value{NewStr("m"), NewList([]Value{Int(1)})}, "ValueError: Item 0 of second argument (exceptions) is not an exception"},
		{[]Value{NewStr("m"), NewList([]Value{ki})}, "TypeError: Cannot nest BaseExceptions in an ExceptionGroup"},
	}
	for _, tc := range errs {
		_, err := th.Call(ExceptionGroup.Value(), tc.args, nil)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ExceptionGroup(%v): %v, want %s", tc.args, err, tc.want)
		}
	}
}

func TestUnpackArgs(t *testing.T) {
	th := NewThread(nil, nil)
	tests := []struct {
		args []Value
		kw   []string
		want string
	}{
		{[]Value{Int(1)}, nil, "a=1 b=<nil>"},
		{[]Value{Int(1), Int(2)}, []string{"b"}, "a=1 b=2"},
		{nil, nil, "TypeError: f() missing required argument 'a' (pos 1)"},
		{[]Value{Int(1), Int(2), Int(3)}, nil, "TypeError: f() takes at most 2 arguments (3 given)"},
		{[]Value{Int(1), Int(2)}, []string{"c"}, "TypeError: f() got an unexpected keyword argument 'c'"},
		{[]Value{Int(1), Int(2)}, []string{"a"}, "TypeError: argument for f() given by name ('a') and position (1)"},
	}
	for _, tc := range tests {
		var a, b Value
		err := th.UnpackArgs("f", tc.args, tc.kw, "a", &a, "b?", &b)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = "a=" + show(a) + " b=" + show(b)
		}
		if got != tc.want {
			t.Errorf("UnpackArgs(%v, %v) = %q, want %q", tc.args, tc.kw, got, tc.want)
		}
	}
}

func show(v Value) string {
	if !v.IsValid() {
		return "<nil>"
	}
	if v.IsSmallInt() {
		return string(rune('0' + v.Int64()))
	}
	return v.t.Name
}

func TestDictOrderAndDelete(t *testing.T) {
	th := NewThread(nil, nil)
	d := NewDict()
	for i := int64(0); i < 40; i++ {
		if err := d.Set(th, Int(i), Int(i*i)); err != nil {
			t.Fatal(err)
		}
		d.SetStr(string(rune('a'+i%26))+"k", Int(i))
	}
	for i := int64(0); i < 40; i += 2 {
		if ok, err := d.Delete(th, Int(i)); !ok || err != nil {
			t.Fatalf("delete %d: %v %v", i, ok, err)
		}
	}
	if ok, _ := d.Delete(th, Int(0)); ok {
		t.Errorf("deleted twice")
	}
	if v, ok, _ := d.Get(th, Int(7)); !ok || v.Int64() != 49 {
		t.Errorf("d[7] = %v %v", v, ok)
	}
	if _, listHash := ListType.Dict.GetStr("__hash__"); !listHash {
		// list.__hash__ = None comes with the list type (TYPES).
	} else if _, _, err := d.Get(th, NewList(nil)); err == nil || err.Error() != "TypeError: unhashable type: 'list'" {
		t.Errorf("d[[]]: %v", err)
	}
	var order []int64
	for _, k := range d.Keys() {
		if k.IsSmallInt() {
			order = append(order, k.Int64())
		}
	}
	for i, k := range order {
		if k != int64(2*i+1) {
			t.Fatalf("order after deletes: %v", order)
		}
	}
	if d.Len() != 20+26 {
		t.Errorf("len = %d", d.Len())
	}
	c := d.Copy()
	d.Clear()
	if c.Len() != 46 || d.Len() != 0 {
		t.Errorf("copy/clear: %d %d", c.Len(), d.Len())
	}
	if v, ok := c.GetStr("bk"); !ok || v.Int64() != 27 {
		t.Errorf("copy lost str key: %v %v", v, ok)
	}
}
