package core

import "testing"

// TestFrozenSetConst: constant set displays fold like CPython's, equal
// numbers of different types collapse, and the merge into a set gives
// CPython's iteration order (recorded from CPython 3.11).
func TestFrozenSetConst(t *testing.T) {
	th := NewThread(nil, nil)
	cases := []struct {
		items []Value
		want  string
	}{
		{[]Value{Int(1), Float(1.0), True, Int(2)}, "{1, 2}"},
		{[]Value{NewStr("apple"), NewStr("banana"), NewStr("cherry"), NewStr("date"), NewStr("elderberry"), NewStr("fig"), NewStr("grape")},
			"{'banana', 'fig', 'cherry', 'apple', 'grape', 'date', 'elderberry'}"},
		{[]Value{Int(3), Int(1), Int(2), Int(100), Int(33), Int(17)}, "{1, 2, 3, 100, 33, 17}"},
		{[]Value{NewTuple([]Value{Int(1), NewStr("a")}), NewTuple([]Value{Int(1), NewStr("a")}), Float(2.5), NewStr("x")}, "{(1, 'a'), 2.5, 'x'}"},
	}
	for _, c := range cases {
		fs, ok := NewFrozenSetConst(c.items)
		if !ok {
			t.Fatalf("%v: not constant", c.items)
		}
		s := newSet()
		if err := th.setUpdate(s, fs); err != nil {
			t.Fatal(err)
		}
		got, err := th.Repr(Value{t: SetType, o: s})
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
	if _, ok := NewFrozenSetConst([]Value{NewList(nil)}); ok {
		t.Errorf("a list is not a constant")
	}
}
