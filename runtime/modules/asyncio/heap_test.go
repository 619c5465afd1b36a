package asyncio

import (
	"reflect"
	"testing"
)

// Expected orders come from Python's heapq over objects compared by a
// deadline alone (see the generator in the commit that added this test:
// push all, pop all, record the push index of each popped item).
func TestHeapMatchesPythonHeapq(t *testing.T) {
	cases := []struct {
		whens []float64
		order []int
	}{
		{[]float64{1, 1, 1, 1, 1, 1, 1, 1}, []int{0, 2, 6, 5, 7, 4, 1, 3}}, // A C G F H B D E
		{[]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, []int{0, 2, 6, 11, 10, 9, 8, 5, 7, 4, 1, 3}},
		{[]float64{2, 1, 2, 1, 2, 1, 3, 1, 2}, []int{1, 5, 3, 7, 2, 8, 4, 0, 6}},
		{[]float64{1.0, 0.5, 1.0, 1.5, 0.5, 0.5, 1.5, 0.5, 1.0, 1.5, 0.5, 1.5, 0.5, 0.5, 0.5, 1.0, 1.0, 0.5, 0.5, 0.5},
			[]int{1, 5, 13, 14, 18, 12, 4, 10, 19, 7, 17, 8, 2, 0, 16, 15, 9, 6, 3, 11}},
	}
	for _, c := range cases {
		var h []*Handle
		for i, w := range c.whens {
			h = heapPush(h, &Handle{id: int64(i), when: w})
		}
		var got []int
		for len(h) > 0 {
			var x *Handle
			h, x = heapPop(h)
			got = append(got, int(x.id))
		}
		if !reflect.DeepEqual(got, c.order) {
			t.Errorf("whens %v: popped %v, heapq pops %v", c.whens, got, c.order)
		}
	}
}

// TestHeapifyMatchesPythonHeapq checks the rebuild _run_once does when
// many timers are cancelled: filter in heap order, heapify, pop.
func TestHeapifyMatchesPythonHeapq(t *testing.T) {
	whens := []float64{2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2}
	cancel := map[int]bool{3: true, 5: true, 7: true, 11: true, 13: true, 17: true, 19: true, 23: true}
	want := []int{20, 8, 4, 1, 16, 15, 6, 2, 21, 12, 9, 22, 10, 14, 27, 28, 26, 18, 0, 24, 29, 25}
	var h []*Handle
	for i, w := range whens {
		h = heapPush(h, &Handle{id: int64(i), when: w})
	}
	kept := h[:0]
	for _, x := range h {
		if !cancel[int(x.id)] {
			kept = append(kept, x)
		}
	}
	heapify(kept)
	var got []int
	for len(kept) > 0 {
		var x *Handle
		kept, x = heapPop(kept)
		got = append(got, int(x.id))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("popped %v, heapq pops %v", got, want)
	}
}
