package modules

import (
	"testing"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// TestBuiltinsModule checks the builtins a run starts with: the names of
// each list, Borrows as the list marks it, and a fresh dict per run.
func TestBuiltinsModule(t *testing.T) {
	m := NewBuiltins()
	for _, b := range builtinFuncs {
		v, ok := m.Dict.GetStr(b.name)
		if !ok {
			t.Errorf("builtin %s missing", b.name)
			continue
		}
		fn, ok := v.Obj().(*core.Builtin)
		if !ok || fn.Name != b.name {
			t.Errorf("builtin %s: got %v", b.name, v)
			continue
		}
		if fn.Borrows != b.borrows {
			t.Errorf("%s: Borrows = %v, want %v", b.name, fn.Borrows, b.borrows)
		}
	}
	for _, b := range builtinTypes() {
		if v, _ := m.Dict.GetStr(b.name); v.AsType() != b.t {
			t.Errorf("builtin %s is not its type", b.name)
		}
		if b.t.Name != b.name && b.t != core.OSError {
			t.Errorf("builtin %s names type %s", b.name, b.t.Name)
		}
	}
	for _, e := range core.ExceptionTypes() {
		if v, _ := m.Dict.GetStr(e.Name); v.AsType() != e {
			t.Errorf("exception %s missing", e.Name)
		}
	}
	m.Dict.SetStr("len", core.None)
	if v, _ := NewBuiltins().Dict.GetStr("len"); v.IsNone() {
		t.Error("a run's change to builtins reached the next run")
	}
}
