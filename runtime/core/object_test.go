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
