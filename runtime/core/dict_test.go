package core

import (
	"math/rand"
	"strconv"
	"testing"
)

// TestDictModel drives a Dict through random insertions, replacements,
// deletions and popitems (crossing the small/indexed boundary and the
// compactions) and checks it against a Go map plus an insertion order.
func TestDictModel(t *testing.T) {
	th := NewThread(nil, nil)
	r := rand.New(rand.NewSource(1))
	d := NewDict()
	vals := map[string]int64{}
	var order []string
	key := func(i int) Value {
		if i%3 == 0 {
			return Int(int64(i)) // mix int and str keys
		}
		return NewStr("k" + strconv.Itoa(i))
	}
	name := func(v Value) string {
		if s, ok := AsStr(v); ok {
			return s
		}
		x, _ := AsInt64(v)
		return "#" + strconv.FormatInt(x, 10)
	}
	for step := 0; step < 20000; step++ {
		k := key(r.Intn(300))
		n := name(k)
		switch op := r.Intn(10); {
		case op < 5:
			v := int64(step)
			if err := d.Set(th, k, Int(v)); err != nil {
				t.Fatal(err)
			}
			if _, ok := vals[n]; !ok {
				order = append(order, n)
			}
			vals[n] = v
		case op < 8:
			ok, err := d.Delete(th, k)
			if err != nil {
				t.Fatal(err)
			}
			_, want := vals[n]
			if ok != want {
				t.Fatalf("step %d: delete %s = %v, want %v", step, n, ok, want)
			}
			if want {
				delete(vals, n)
				for i, o := range order {
					if o == n {
						order = append(order[:i], order[i+1:]...)
						break
					}
				}
			}
		case op < 9:
			it, ok := d.popLast()
			if ok != (len(order) > 0) {
				t.Fatalf("step %d: popitem ok=%v with %d items", step, ok, len(order))
			}
			if ok {
				last := order[len(order)-1]
				if name(it.Key) != last {
					t.Fatalf("step %d: popitem gave %s, want %s", step, name(it.Key), last)
				}
				order = order[:len(order)-1]
				delete(vals, last)
			}
		default:
			v, ok, err := d.Get(th, k)
			if err != nil {
				t.Fatal(err)
			}
			want, wok := vals[n]
			if ok != wok || (ok && v.Int64() != want) {
				t.Fatalf("step %d: get %s = %v %v, want %v %v", step, n, v, ok, want, wok)
			}
			if s, isStr := AsStr(k); isStr {
				if v2, ok2 := d.GetStr(s); ok2 != wok || (ok2 && v2.Int64() != want) {
					t.Fatalf("step %d: GetStr %s disagrees", step, s)
				}
			}
		}
		if d.Len() != len(order) {
			t.Fatalf("step %d: len %d, want %d", step, d.Len(), len(order))
		}
	}
	keys := d.Keys()
	if len(keys) != len(order) {
		t.Fatalf("%d keys, want %d", len(keys), len(order))
	}
	for i, k := range keys {
		if name(k) != order[i] {
			t.Fatalf("key %d is %s, want %s (insertion order)", i, name(k), order[i])
		}
	}
	c := d.Copy()
	for _, it := range d.Items() {
		v, ok, _ := c.Get(th, it.Key)
		if !ok || !v.Is(it.Value) {
			t.Fatalf("copy lost %s", name(it.Key))
		}
	}
}

// TestDictIterationChangeSize: adding a key while iterating raises
// RuntimeError as in CPython.
func TestDictIterationChangeSize(t *testing.T) {
	th := NewThread(nil, nil)
	d := NewDict()
	for i := 0; i < 3; i++ {
		d.Set(th, Int(int64(i)), None)
	}
	it := NewDictIter(d)
	if _, ok, err := th.Next(it); !ok || err != nil {
		t.Fatal("first next failed")
	}
	d.Set(th, Int(99), None)
	_, _, err := th.Next(it)
	if err == nil || err.Type != RuntimeError {
		t.Fatalf("err = %v, want RuntimeError", err)
	}
}

// TestSetModel checks membership and size of a Set under random adds and
// discards (dummies, resizes) against a Go map.
func TestSetModel(t *testing.T) {
	th := NewThread(nil, nil)
	r := rand.New(rand.NewSource(2))
	s := newSet()
	want := map[int64]bool{}
	for step := 0; step < 20000; step++ {
		x := int64(r.Intn(500)) - 250
		if r.Intn(3) > 0 {
			if err := s.add(th, Int(x)); err != nil {
				t.Fatal(err)
			}
			want[x] = true
		} else {
			h := hashInt64(x)
			found, err := s.discardEntry(th, Int(x), h)
			if err != nil {
				t.Fatal(err)
			}
			if found != want[x] {
				t.Fatalf("step %d: discard %d found=%v", step, x, found)
			}
			delete(want, x)
		}
		if s.Len() != len(want) {
			t.Fatalf("step %d: len %d, want %d", step, s.Len(), len(want))
		}
	}
	for x := int64(-250); x < 250; x++ {
		ok, _ := s.contains(th, Int(x))
		if ok != want[x] {
			t.Fatalf("contains(%d) = %v", x, ok)
		}
	}
}
