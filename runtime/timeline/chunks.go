package timeline

// chunks is an append-only list kept in fixed-size arrays, so that growing
// it never copies (or clears) what it holds: a lane of a big run has
// hundreds of thousands of segments.
type chunks[T any] struct {
	c [][]T
	n int
}

const chunkLen = 1024

func (l *chunks[T]) add(v T) {
	if l.n%chunkLen == 0 {
		if l.n/chunkLen < len(l.c) {
			l.c[l.n/chunkLen] = l.c[l.n/chunkLen][:0]
		} else {
			l.c = append(l.c, make([]T, 0, chunkLen))
		}
	}
	i := l.n / chunkLen
	l.c[i] = append(l.c[i], v)
	l.n++
}

func (l *chunks[T]) at(i int) *T { return &l.c[i/chunkLen][i%chunkLen] }

func (l *chunks[T]) pop() {
	l.n--
	i := l.n / chunkLen
	l.c[i] = l.c[i][:l.n%chunkLen]
}

// search returns the first index in [0, n) for which f is true (n if none),
// f being false then true over the list, as sort.Search.
func (l *chunks[T]) search(f func(*T) bool) int {
	lo, hi := 0, l.n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if !f(l.at(mid)) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
