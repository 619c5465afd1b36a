package modules

import "testing"

// TestStdlibList keeps the module list readable and complete: sorted by
// name, each name once, each module with a Go init or a Python body whose
// file is embedded.
func TestStdlibList(t *testing.T) {
	for i, e := range stdlib {
		if i > 0 && stdlib[i-1].name >= e.name {
			t.Errorf("stdlib: %q after %q (keep the list sorted, each name once)", e.name, stdlib[i-1].name)
		}
		if e.init == nil && e.py == noPy {
			t.Errorf("stdlib: %q has neither a Go init nor a Python body", e.name)
		}
	}
	r := Registry()
	if len(r) != len(stdlib) {
		t.Errorf("Registry has %d modules, the list %d", len(r), len(stdlib))
	}
	for _, e := range stdlib {
		if e.py != noPy && r[e.name].Source == "" {
			t.Errorf("%s: empty Python body", e.name)
		}
	}
}
