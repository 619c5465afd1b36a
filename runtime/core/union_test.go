package core

import "testing"

func TestUnionTypes(t *testing.T) {
	th := NewThread(nil, nil)
	iu, err := th.Binary(Or, IntType.Value(), None)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := th.Repr(iu); s != "int | None" {
		t.Errorf("repr(int | None) = %q", s)
	}
	isu, _ := th.Binary(Or, iu, StrType.Value())
	again, _ := th.Binary(Or, isu, IntType.Value())
	if s, _ := th.Repr(again); s != "int | None | str" {
		t.Errorf("repr(int | None | str | int) = %q", s)
	}
	for _, tc := range []struct {
		v    Value
		want bool
	}{{Int(1), true}, {None, true}, {NewStr("s"), true}, {Float(1), false}} {
		ok, err := th.IsInstance(tc.v, isu)
		if err != nil || ok != tc.want {
			t.Errorf("isinstance(%s, int | None | str) = %v, %v", tc.v.t.Name, ok, err)
		}
	}
	if _, err := th.Binary(Or, IntType.Value(), NewStr("x")); err == nil ||
		err.Error() != "TypeError: unsupported operand type(s) for |: 'type' and 'str'" {
		t.Errorf("int | 'x': %v", err)
	}
}

func TestGenericAlias(t *testing.T) {
	th := NewThread(nil, nil)
	a := newClass(t, th, "A", nil)
	inner, err := th.GetItem(ListType.Value(), a.Value())
	if err != nil {
		t.Fatal(err)
	}
	ga, err := th.GetItem(DictType.Value(), NewTuple([]Value{StrType.Value(), inner}))
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := th.Repr(ga); s != "dict[str, list[__main__.A]]" {
		t.Errorf("repr = %q", s)
	}
	if _, err := th.IsInstance(NewDict().Value(), ga); err == nil ||
		err.Error() != "TypeError: isinstance() argument 2 cannot be a parameterized generic" {
		t.Errorf("isinstance with a generic alias: %v", err)
	}
	if v := mustCall(t, th, ga); v.t != DictType {
		t.Errorf("calling dict[...] gave a %s", v.t.Name)
	}
}
