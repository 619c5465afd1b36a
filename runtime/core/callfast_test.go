package core

import "testing"

func TestBorrowingBuiltinsMarked(t *testing.T) {
	want := map[string]bool{"len": true, "isinstance": true, "abs": true, "setattr": false, "vars": false}
	seen := map[string]bool{}
	for _, it := range builtinValues {
		b, ok := it.Value.o.(*Builtin)
		if !ok {
			continue
		}
		if w, ok := want[b.Name]; ok {
			seen[b.Name] = true
			if b.Borrows != w {
				t.Errorf("%s: Borrows = %v, want %v", b.Name, b.Borrows, w)
			}
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("builtin %s not found", name)
		}
	}
}
