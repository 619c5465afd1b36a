package core

import "testing"

// TestSlot checks that each run has its own value in a slot, made once on
// first use, and that slots declared together do not share values.
func TestSlot(t *testing.T) {
	made := 0
	count := NewSlot(func(*Thread) *int { made++; return new(int) })
	name := NewSlot(func(*Thread) string { return "fresh" })
	a, b := NewThread(nil, nil), NewThread(nil, nil)
	*count.Get(a) += 2
	*count.Get(a) += 3
	*count.Get(b) += 7
	if got := *count.Get(a); got != 5 {
		t.Errorf("run a: count %d, want 5", got)
	}
	if got := *count.Get(b); got != 7 {
		t.Errorf("run b: count %d, want 7", got)
	}
	if made != 2 {
		t.Errorf("init ran %d times, want once per run (2)", made)
	}
	if got := name.Get(a); got != "fresh" {
		t.Errorf("second slot: %q, want %q", got, "fresh")
	}
}
