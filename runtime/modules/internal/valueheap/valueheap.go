// Package valueheap holds CPython's heapq sift algorithms over Python
// values, for the heapq module and asyncio.PriorityQueue, so that both
// keep their items in the order CPython's heaps do. A heap is a slice
// reached through a pointer: a comparison runs Python code (__lt__),
// which may change the heap's length, and that is an error, as in
// CPython.
package valueheap

import "github.com/asynchrony/asynchrony/runtime/core"

// Less is a < b as the heap compares items (maxHeap: a > b).
func Less(th *core.Thread, a, b core.Value, maxHeap bool) (bool, *core.Exception) {
	if maxHeap {
		a, b = b, a
	}
	if a.IsSmallInt() && b.IsSmallInt() {
		return a.Int64() < b.Int64(), nil
	}
	return th.Less(a, b)
}

func changed() *core.Exception {
	return core.Errorf(core.RuntimeError, "list changed size during iteration")
}

// SiftDown is heapq._siftdown: it moves the item at pos toward start
// while it is smaller than its parent.
func SiftDown(th *core.Thread, heap *[]core.Value, start, pos int, maxHeap bool) *core.Exception {
	h := *heap
	newitem := h[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := h[parentpos]
		lt, err := Less(th, newitem, parent, maxHeap)
		if err != nil {
			return err
		}
		if len(*heap) != len(h) {
			return changed()
		}
		if !lt {
			break
		}
		h[pos] = parent
		pos = parentpos
	}
	h[pos] = newitem
	return nil
}

// SiftUp is heapq._siftup: it moves the smaller child up until a leaf
// is reached at pos's place, puts the item there and sifts it down.
func SiftUp(th *core.Thread, heap *[]core.Value, pos int, maxHeap bool) *core.Exception {
	h := *heap
	end, start := len(h), pos
	newitem := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			lt, err := Less(th, h[child], h[right], maxHeap)
			if err != nil {
				return err
			}
			if len(*heap) != end {
				return changed()
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = newitem
	return SiftDown(th, heap, start, pos, maxHeap)
}

// Push is heapq.heappush.
func Push(th *core.Thread, heap *[]core.Value, item core.Value) *core.Exception {
	*heap = append(*heap, item)
	return SiftDown(th, heap, 0, len(*heap)-1, false)
}

// Pop is heapq.heappop (maxHeap: _heappop_max).
func Pop(th *core.Thread, heap *[]core.Value, maxHeap bool) (core.Value, *core.Exception) {
	h := *heap
	n := len(h)
	if n == 0 {
		return core.Value{}, core.Errorf(core.IndexError, "index out of range")
	}
	last := h[n-1]
	h[n-1] = core.Value{}
	*heap = h[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := h[0]
	h[0] = last
	return ret, SiftUp(th, heap, 0, maxHeap)
}
