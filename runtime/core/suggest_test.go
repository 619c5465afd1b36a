package core

import "testing"

// Expected suggestions come from CPython 3.11's traceback output.
func TestSuggestName(t *testing.T) {
	tests := []struct {
		name       string
		candidates []string
		want       string
	}{
		{"lenght", []string{"len", "length", "list"}, "length"},
		{"prnt", []string{"print", "sorted"}, "print"},
		{"Foo", []string{"foo", "bar"}, "foo"},
		{"xyz", []string{"abc", "print"}, ""},
		{"apend", []string{"append", "extend", "pop"}, "append"},
		{"a", []string{"b"}, ""},
	}
	for _, tc := range tests {
		if got := SuggestName(tc.name, tc.candidates); got != tc.want {
			t.Errorf("SuggestName(%q, %v) = %q, want %q", tc.name, tc.candidates, got, tc.want)
		}
	}
}
