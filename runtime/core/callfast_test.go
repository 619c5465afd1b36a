package core

import "testing"

func TestInstancesSizedByAttributeHint(t *testing.T) {
	th := NewThread(nil, nil)
	cls := newClass(t, th, "P", []*Type{ObjectType})
	tests := []struct {
		attrs   int // attributes set on an instance before the next is made
		wantCap int // capacity of the next instance's dict
	}{
		{0, 0}, {2, 2}, {3, 4}, {7, 7}, {1, 7},
	}
	for _, tt := range tests {
		obj := NewInstance(cls, Value{})
		if got := cap(obj.o.(*Instance).Dict.entries); got != tt.wantCap && tt.attrs == 0 {
			t.Errorf("first instance: cap %d, want %d", got, tt.wantCap)
		}
		for i := 0; i < tt.attrs; i++ {
			if err := th.SetAttr(obj, string(rune('a'+i))+"x", Int(int64(i))); err != nil {
				t.Fatal(err)
			}
		}
		next := NewInstance(cls, Value{})
		if tt.attrs > 0 {
			if got := cap(next.o.(*Instance).Dict.entries); got != tt.wantCap {
				t.Errorf("after %d attributes: next instance has room for %d, want %d", tt.attrs, got, tt.wantCap)
			}
		}
	}
}

func TestMarkBorrowsRejectsNonMethods(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MarkBorrows of a missing method did not panic")
		}
	}()
	ListType.MarkBorrows("no_such_method")
}
