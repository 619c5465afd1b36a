package asyncio

// The timer heap reproduces Python's heapq (push, pop and heapify, with the
// same sift steps) over handles compared by deadline alone, so timers with
// equal deadlines come out in the same, not first-in-first-out, order as in
// CPython: eight call_at with one deadline run A C G F H B D E.

// heapPush is heapq.heappush.
func heapPush(h []*Handle, x *Handle) []*Handle {
	h = append(h, x)
	siftDown(h, 0, len(h)-1)
	return h
}

// heapPop is heapq.heappop: the last item replaces the root and sifts up.
func heapPop(h []*Handle) ([]*Handle, *Handle) {
	n := len(h) - 1
	last := h[n]
	h[n] = nil
	h = h[:n]
	if n == 0 {
		return h, last
	}
	top := h[0]
	h[0] = last
	siftUp(h, 0)
	return h, top
}

// heapify is heapq.heapify.
func heapify(h []*Handle) {
	for i := len(h)/2 - 1; i >= 0; i-- {
		siftUp(h, i)
	}
}

// siftDown is heapq._siftdown: move the item at pos up towards start while
// it is smaller than its parent.
func siftDown(h []*Handle, start, pos int) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if item.when < h[parent].when {
			h[pos] = h[parent]
			pos = parent
			continue
		}
		break
	}
	h[pos] = item
}

// siftUp is heapq._siftup: walk the smaller child down to a leaf, then
// sift the item back up from there (fewer comparisons, and a different order
// among equal keys than a textbook sift).
func siftUp(h []*Handle, pos int) {
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !(h[child].when < h[right].when) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	siftDown(h, start, pos)
}
