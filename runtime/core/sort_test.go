package core

import (
	"math/rand"
	"sort"
	"testing"
)

// TestStableSortLarge checks the merge sort against Go's stable sort on
// inputs long enough to recurse, with many equal keys (stability), and
// with reverse=True keeping equal items in their original order.
func TestStableSortLarge(t *testing.T) {
	th := NewThread(nil, nil)
	for _, n := range []int{0, 1, 31, 32, 33, 100, 1000, 4097} {
		r := rand.New(rand.NewSource(int64(n)))
		type rec struct{ key, id int }
		recs := make([]rec, n)
		items := make([]Value, n)
		for i := range recs {
			recs[i] = rec{r.Intn(50), i}
			items[i] = NewTuple([]Value{Int(int64(recs[i].key)), Int(int64(i))})
		}
		keyFn := NewBuiltin("key", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
			return args[0].o.(*Tuple).Items[0], nil
		})
		for _, reverse := range []bool{false, true} {
			got := append([]Value(nil), items...)
			if err := th.SortValues(got, keyFn, reverse); err != nil {
				t.Fatal(err)
			}
			want := append([]rec(nil), recs...)
			sort.SliceStable(want, func(i, j int) bool {
				if reverse {
					return want[i].key > want[j].key
				}
				return want[i].key < want[j].key
			})
			for i := range want {
				id, _ := AsInt64(got[i].o.(*Tuple).Items[1])
				if int(id) != want[i].id {
					t.Fatalf("n=%d reverse=%v: position %d has item %d, want %d", n, reverse, i, id, want[i].id)
				}
			}
		}
	}
}

// TestSortStopsOnError: a failing comparison is reported and no item is lost.
func TestSortStopsOnError(t *testing.T) {
	th := NewThread(nil, nil)
	items := make([]Value, 200)
	for i := range items {
		items[i] = Int(int64(200 - i))
	}
	items[150] = NewStr("x")
	err := th.SortValues(items, Value{}, false)
	if err == nil || err.Type != TypeError {
		t.Fatalf("err = %v, want TypeError", err)
	}
	seen := map[int64]bool{}
	strs := 0
	for _, v := range items {
		if x, ok := AsInt64(v); ok {
			seen[x] = true
		} else {
			strs++
		}
	}
	if len(seen) != 199 || strs != 1 {
		t.Fatalf("items lost: %d ints, %d strs", len(seen), strs)
	}
}
